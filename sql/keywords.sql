-- The keyword tables and language packs (SPEC 2)
\set SHOW_CONTEXT never
SET search_path = opt_consent, public;

-- STOP, START and HELP cannot be disabled or reclassified, at any scope (23514)
INSERT INTO keywords (keyword, class, enabled) VALUES ('stop', 'opt_out', false);
INSERT INTO keywords (scope, keyword, class) VALUES ('MG1', ' Stop! ', 'help');
INSERT INTO keywords (keyword, class) VALUES ('start', 'opt_out');
INSERT INTO keywords (scope, keyword, class, enabled) VALUES ('MG1', 'HELP', 'help', false);
INSERT INTO keywords (keyword, class) VALUES ('help', 'none');
-- restating them as they are is allowed
INSERT INTO keywords (scope, keyword, class) VALUES ('MG1', 'stop', 'opt_out');
UPDATE keywords SET enabled = false WHERE keyword = 'STOP';
UPDATE keywords SET keyword = 'START' WHERE keyword = 'STOP';
DELETE FROM keywords;
-- other checks
INSERT INTO keywords (keyword, class, reach) VALUES ('arret', 'opt_out', 'galaxy');
INSERT INTO keywords (keyword, class) VALUES ('!!!', 'opt_out');
INSERT INTO keywords (keyword, class) VALUES (NULL, 'opt_out');
INSERT INTO keywords (scope, keyword, class) VALUES ('+1 bad', 'x', 'opt_out');
-- the primary key applies to the normalized keyword
INSERT INTO keywords (keyword, class) VALUES ('Remove-me', 'opt_out');
INSERT INTO keywords (keyword, class) VALUES ('REMOVE ME', 'opt_out');
INSERT INTO keywords (keyword, class, reach) VALUES ('stop all now', 'opt_out', 'account');
SELECT scope, keyword, class, language, enabled, reach FROM keywords ORDER BY keyword;
DELETE FROM keywords;

-- the built-in table is read-only, even for its owner
INSERT INTO builtin_keywords VALUES ('ARRET', 'opt_out', 'fr', 'service');
UPDATE builtin_keywords SET class = 'help' WHERE keyword = 'STOP';
DELETE FROM builtin_keywords;
TRUNCATE builtin_keywords;
SELECT count(*) AS builtins FROM builtin_keywords;

-- language packs
SELECT language, class, count(*) FROM language_packs GROUP BY 1, 2 ORDER BY 1, 2;
SELECT add_language('fr');
SELECT add_language('fr');			-- nothing new the second time
SELECT add_language('ES', 'MG-madrid');
SELECT add_language('de', NULL);		-- NULL scope is '*'
SELECT scope, count(*), min(language), max(language) FROM keywords GROUP BY scope ORDER BY scope;
SELECT body, classify(body) AS global, classify(body, 'MG-madrid') AS madrid
  FROM (VALUES (U&'Arr\00EAt'), ('AIDE'), ('baja'), ('ayuda'), ('Stopp'), ('hilfe')) AS t(body);
-- every pack has opt-out, opt-in and help words, French has ARRET
SELECT language, bool_or(class = 'opt_out') AND bool_or(class = 'opt_in') AND bool_or(class = 'help') AS complete
  FROM language_packs GROUP BY language ORDER BY language;
SELECT class FROM language_packs WHERE language = 'fr' AND keyword = 'ARRET';
-- pack words are stored normalized and never touch STOP/START/HELP
SELECT count(*) AS not_normalized FROM language_packs WHERE keyword <> normalize_keyword(keyword);
SELECT count(*) AS protected FROM language_packs WHERE keyword IN ('STOP', 'START', 'HELP');
-- a pack does not override a row the user already has
DELETE FROM keywords;
INSERT INTO keywords (keyword, class) VALUES ('aide', 'opt_out');
SELECT add_language('fr');
SELECT keyword, class, language FROM keywords WHERE keyword = 'AIDE';
DELETE FROM keywords;
-- unknown or missing language
SELECT add_language('xx');
SELECT add_language('');
SELECT add_language(NULL);
DO $$
BEGIN
	PERFORM opt_consent.add_language('klingon');
EXCEPTION WHEN invalid_parameter_value THEN
	RAISE NOTICE 'caught SQLSTATE %', SQLSTATE;
END
$$;

-- privileges: PUBLIC uses the schema but not the tables, nor add_language
CREATE ROLE oc_kw_nobody;
SET ROLE oc_kw_nobody;
SELECT count(*) FROM opt_consent.keywords;
SELECT count(*) FROM opt_consent.builtin_keywords;
SELECT opt_consent.add_language('fr');
RESET ROLE;
GRANT EXECUTE ON FUNCTION opt_consent.add_language(text, text) TO oc_kw_nobody;
SET ROLE oc_kw_nobody;
SELECT opt_consent.add_language('it');
RESET ROLE;
SELECT count(*) AS italian FROM keywords WHERE language = 'it';
DELETE FROM keywords;
REVOKE EXECUTE ON FUNCTION opt_consent.add_language(text, text) FROM oc_kw_nobody;
DROP ROLE oc_kw_nobody;

-- add_language is SECURITY DEFINER with a fixed search_path
SELECT proname, prosecdef, proconfig FROM pg_proc
 WHERE oid = 'opt_consent.add_language'::regproc;

-- keywords is dumped, builtin_keywords and language_packs are not
SELECT c.relname FROM pg_extension e, unnest(e.extconfig) AS x(oid) JOIN pg_class c ON c.oid = x.oid
 WHERE e.extname = 'opt_consent' AND (c.relname LIKE '%keyword%' OR c.relname = 'language_packs') ORDER BY 1;

-- a keyword is at most 160 characters (classify's contains mode tries
-- every keyword at every word of a body); a long body can be cancelled
INSERT INTO keywords (scope, keyword, class) VALUES ('*', repeat('x', 161), 'opt_out');
INSERT INTO keywords (scope, keyword, class)
	VALUES ('*', rtrim(repeat('hello world ', 13)) || ' zzz', 'opt_out');
SELECT max(char_length(keyword)) AS longest FROM keywords;
SET statement_timeout = '300ms';
SELECT opt_consent.classify(repeat('hello world ', 2000000), NULL, 'contains');
RESET statement_timeout;
DELETE FROM keywords;
