-- classify(): modes, scopes, custom keywords and the keyword cache (SPEC 2)
\set SHOW_CONTEXT never
SET search_path = opt_consent, public;

-- the built-ins
SELECT keyword, class, language, reach FROM builtin_keywords ORDER BY class, keyword;

-- every built-in in every mode
SELECT keyword, classify(keyword) AS exact, classify(lower(keyword), NULL, 'first_word') AS first_word,
       classify(keyword || '!', NULL, 'contains') AS contains
  FROM builtin_keywords ORDER BY keyword;

-- NULL body is 'none'; NULL mode is 'exact'; NULL scope is global
SELECT classify(NULL), classify(NULL, NULL, 'contains'), classify('stop', NULL, NULL),
       classify('stop please', NULL, NULL), classify('STOP', NULL);

-- mode names
SELECT classify('stop now', NULL, 'FIRST_WORD') AS upper_case_mode;
SELECT classify('stop', NULL, 'fuzzy');
SELECT classify('stop', NULL, '');
DO $$
BEGIN
	PERFORM opt_consent.classify('stop', NULL, 'fuzzy');
EXCEPTION WHEN invalid_parameter_value THEN
	RAISE NOTICE 'caught SQLSTATE %', SQLSTATE;
END
$$;

-- opt-in and help only by exact match
SELECT body, classify(body, NULL, 'exact') AS exact, classify(body, NULL, 'first_word') AS first_word,
       classify(body, NULL, 'contains') AS contains
  FROM (VALUES ('yes please'), ('help me'), ('start now'), ('info please'), ('I said yes')) AS t(body);

-- custom keywords: global, per scope, overrides, disabling
INSERT INTO keywords (scope, keyword, class) VALUES
	('*', 'Remove me', 'opt_out'),
	('MG-acme', 'pause', 'opt_out'),
	('MG-acme', 'RESUME', 'opt_in'),
	('MG-acme', 'quit', 'help'),
	('MG-acme', 'cancel', 'opt_out');
UPDATE keywords SET enabled = false WHERE scope = 'MG-acme' AND keyword = 'CANCEL';
-- stored normalized
SELECT scope, keyword, class, enabled, reach FROM keywords ORDER BY scope, keyword;
SELECT body,
       classify(body) AS global,
       classify(body, 'MG-acme') AS acme,
       classify(body, 'MG-other') AS other,
       classify(body, 'MG-acme', 'contains') AS acme_contains
  FROM (VALUES ('remove me!'), ('Pause'), ('resume'), ('QUIT'), ('cancel'), ('please pause'),
               ('please cancel'), ('STOP')) AS t(body);

-- a wider scope can disable a built-in everywhere except STOP/START/HELP
INSERT INTO keywords (scope, keyword, class, enabled) VALUES ('*', 'END', 'opt_out', false);
SELECT classify('end') AS end_global, classify('the end', NULL, 'contains') AS end_contains;
-- ... and a narrower scope can turn it back on
INSERT INTO keywords (scope, keyword, class) VALUES ('MG-acme', 'END', 'opt_out');
SELECT classify('end', 'MG-acme') AS end_acme, classify('end', 'MG-other') AS end_other;

-- scope ids written as international numbers are canonical
INSERT INTO keywords (scope, keyword, class) VALUES ('tel:+1 555 010 0100', 'basta', 'opt_out');
SELECT scope FROM keywords WHERE keyword = 'BASTA';
SELECT classify('basta', '+15550100100') AS canonical, classify('basta', '001 555 0100100') AS zero_zero,
       classify('basta', '+1 (555) 010-0100') AS formatted, classify('basta', '+15550100101') AS other_number;

-- multi-word custom opt-out keywords in first_word and contains modes
INSERT INTO keywords (keyword, class) VALUES ('leave me alone', 'opt_out');
SELECT classify('Leave me alone!!', NULL) AS exact,
       classify('leave me alone, thanks', NULL, 'first_word') AS first_word,
       classify('please just leave me alone', NULL, 'contains') AS contains,
       classify('leave me', NULL, 'contains') AS partial;

-- the cache sees changes at the next command, also inside a transaction
BEGIN;
SELECT classify('zut');
INSERT INTO keywords (keyword, class) VALUES ('zut', 'opt_out');
SELECT classify('zut');
UPDATE keywords SET class = 'help' WHERE keyword = 'ZUT';
SELECT classify('zut');
DELETE FROM keywords WHERE keyword = 'ZUT';
SELECT classify('zut');
ROLLBACK;
-- a rolled-back change is forgotten
INSERT INTO keywords (keyword, class) VALUES ('zut', 'opt_out');
BEGIN;
DELETE FROM keywords WHERE keyword = 'ZUT';
SELECT classify('zut');
ROLLBACK;
SELECT classify('zut');
TRUNCATE keywords;
SELECT classify('zut'), classify('remove me'), classify('end');

-- the same expression over many rows with changing scopes (per-call cache)
INSERT INTO keywords (scope, keyword, class) VALUES ('A', 'alpha', 'opt_out'), ('B', 'beta', 'opt_out');
SELECT scope, body, classify(body, scope)
  FROM (VALUES ('A', 'alpha'), ('A', 'beta'), ('B', 'beta'), ('B', 'alpha'), (NULL, 'alpha'),
               ('A', 'alpha'), ('*', 'alpha')) AS t(scope, body);

-- a scope too long to be a key of the keyword-set cache: resolved for each
-- call in its own memory, never kept by the call site
INSERT INTO keywords (scope, keyword, class) VALUES (repeat('x', 300), 'longscope', 'opt_out');
SELECT i, classify('longscope', repeat('x', 300)) AS long_scope, classify('longscope', repeat('y', 300)) AS other_long_scope
  FROM generate_series(1, 3) i;
DELETE FROM keywords WHERE keyword = 'LONGSCOPE';

-- a long body in every mode
SELECT classify(repeat('x ', 500000) || 'stop') AS exact,
       classify(repeat('x ', 500000) || 'stop', NULL, 'first_word') AS first_word,
       classify(repeat('x ', 500000) || 'stop', NULL, 'contains') AS contains,
       classify('stop' || repeat('!', 1000000)) AS trailing_punct,
       classify('stop ' || repeat('x', 1000000), NULL, 'first_word') AS first_word_long;

-- the longest keyword followed by a non-ASCII word, in first_word mode
-- (found by the fuzzer: the prefix kept room for a byte, not a character)
SELECT classify(U&'UNSUBSCRIBE \043F\043E\0436\0430\043B\0443\0439\0441\0442\0430', NULL, 'first_word') AS cyrillic_after,
       classify(U&'unsubscribe \00E9t\00E9', NULL, 'first_word') AS accent_after,
       classify(U&'unsubscribe \D83D\DE21', NULL, 'first_word') AS emoji_after;

-- a role with no table privileges can classify and normalize
CREATE ROLE oc_classify_nobody;
SET ROLE oc_classify_nobody;
SELECT opt_consent.classify('stop'), opt_consent.classify('alpha', 'A'),
       opt_consent.normalize_keyword('Opt-out');
SELECT count(*) FROM opt_consent.keywords;
RESET ROLE;
DROP ROLE oc_classify_nobody;

-- STABLE, PARALLEL SAFE, not STRICT
SELECT provolatile, proisstrict, proparallel FROM pg_proc
 WHERE oid = 'opt_consent.classify'::regproc;
TRUNCATE keywords;
