-- normalize_keyword (SPEC 2): NFKC, accents, case, white space, punctuation
\set SHOW_CONTEXT never
SET search_path = opt_consent, public;

-- the SPEC's examples
SELECT normalize_keyword(' Stop. '), normalize_keyword(U&'\FF33\FF34\FF2F\FF30'),
       normalize_keyword('stop!!'), normalize_keyword('Opt-out');

SELECT input_note, normalize_keyword(body) AS normalized, length(normalize_keyword(body)) AS len
  FROM (VALUES
	('accent', U&'ARR\00CAT'),
	('decomposed accent', U&'ARRE\0302T'),
	('lower-case accents', U&'d\00E9sabonner'),
	('german sharp s', U&'stra\00DFe'),
	('greek lower', U&'\03C3\03C4\03BF\03C0'),
	('cyrillic look-alike stays cyrillic', U&'\0405\0422\041E\0420'),
	('full-width with punctuation', U&'\FF33\FF34\FF2F\FF30\FF01'),
	('ligature', U&'\FB00 stop'),
	('circled letters', U&'\24C8\24C9\24C4\24C5'),
	('zero-width inside', U&'ST\200BOP'),
	('zero-width around', U&'\200B\FEFFSTOP\200D'),
	('soft hyphen', U&'UN\00ADSUBSCRIBE'),
	('hangul fillers', U&'\3164ST\115FOP\FFA0'),
	('no-break spaces', U&'\00A0STOP\00A0NOW\00A0'),
	('ideographic space', U&'\3000stop\3000'),
	('em space inside', U&'opt\2003out'),
	('line breaks', E'\r\nstop\r\n'),
	('tabs and newlines inside', E'stop\t\n now'),
	('en dash', U&'opt\2013out'),
	('underscore', 'opt_out'),
	('run of separators', 'opt - _ out'),
	('emoji around', U&'\D83D\DED1 stop \D83D\DC4D\D83C\DFFD'),
	('emoji with variation selector', U&'\2764\FE0F stop \2764\FE0F'),
	('flag tag sequence', U&'stop \D83C\DFF4\DB40\DC67\DB40\DC62\DB40\DC7F'),
	('inner punctuation kept', 'stop, now.'),
	('ellipsis', U&'stop\2026'),
	('quotes and brackets', '"(STOP)"'),
	('only punctuation', '?!...'),
	('only spaces', '   '),
	('empty', ''),
	('digits kept', 'ST0P'),
	('spaced letters', 's t o p'),
	('ascii control characters', E'\x01stop\x02'),
	('arabic-indic digits stay', U&'\0661\0662'),
	('hangul composes back', U&'\1112\1161\11AB')
  ) AS t(input_note, body);

-- NULL in, NULL out (the only STRICT function)
SELECT normalize_keyword(NULL) IS NULL AS strict_null;

-- a 1 MB body
SELECT length(normalize_keyword(repeat('stop ', 200000))) AS long_len;
SELECT length(normalize_keyword(repeat(U&'\00E9', 100000))) AS long_non_ascii_len;

-- IMMUTABLE, STRICT, PARALLEL SAFE
SELECT provolatile, proisstrict, proparallel FROM pg_proc
 WHERE oid = 'opt_consent.normalize_keyword'::regproc;

-- the only STRICT function of the extension (SPEC), besides the e164 type's
-- own support functions (input, output, comparison, hash, casts); the
-- helpers answer NULL for NULL without being STRICT, and lock_key refuses it
SELECT p.oid::regprocedure AS strict_function FROM pg_proc p
 WHERE p.pronamespace = 'opt_consent'::regnamespace AND p.proisstrict
   AND p.proname !~ '^e164' AND p.proname <> 'text'
 ORDER BY 1;
SELECT opt_consent.canonical_scope(NULL) IS NULL AS canonical_scope,
	   opt_consent.channel_family(NULL) IS NULL AS channel_family,
	   opt_consent.valid_country(NULL) IS NULL AS valid_country,
	   opt_consent.valid_timezones(NULL) IS NULL AS valid_timezones,
	   opt_consent.filter_probe(NULL) IS NULL AS filter_probe;
SELECT opt_consent.lock_key(1, NULL);
