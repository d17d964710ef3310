-- The opt_consent.e164 type (SPEC 1)
\set SHOW_CONTEXT never
SET search_path = opt_consent, public;

-- every accepted form of the same number
SELECT input, input::e164 AS e164
  FROM (VALUES ('+15550100199'), ('+1 (555) 010-0199'), ('tel:+1-555-010-0199'),
               ('TEL:+15550100199'), ('0015550100199'), ('00 1 555 010 0199'),
               ('+1.555.010.0199'), ('+1/555/010/0199'), (' +1 555 0100199 '),
               (E'+1\t555 010 0199'), (E'+15550100199\r\n'), (E'\n+1 555 010 0199\r'),
               ('+44 (0)20 7946 0958'), ('+44 20 7946 0958'),
               ('+1234567'), ('+123456789012345')) AS t(input);

-- canonical output round-trips, and the cast from text agrees with input
SELECT '+15550100199'::e164::text = '+15550100199' AS round_trip,
       e164('+1 555 010 0199') = '+15550100199'::e164 AS cast_agrees,
       pg_typeof('+15550100199'::e164::text) AS text_type;

-- 8 bytes, passed by value
SELECT typlen, typbyval FROM pg_type WHERE oid = 'opt_consent.e164'::regtype;
SELECT pg_column_size('+15550100199'::e164);

-- rejections: each names what is wrong (SQLSTATE 22P02)
\set VERBOSITY default
SELECT ''::e164;
SELECT '   '::e164;
SELECT '+'::e164;
SELECT '+1 555 CALL NOW'::e164;
SELECT '+1555010019x'::e164;
SELECT '+1 555 010 019é'::e164;
SELECT 'whatsapp:+15550100199'::e164;
SELECT 'sms:+15550100199'::e164;
SELECT '+123456'::e164;
SELECT '+1234567890123456'::e164;
SELECT '+0155501001'::e164;
SELECT '00 0155501001'::e164;
SELECT '+1+5550100199'::e164;
SELECT '5550100199'::e164;
SELECT '07700 900123'::e164;
\set VERBOSITY terse
-- the SQLSTATE
DO $$
BEGIN
	PERFORM 'abc'::opt_consent.e164;
EXCEPTION WHEN invalid_text_representation THEN
	RAISE NOTICE 'caught SQLSTATE %', SQLSTATE;
END
$$;
\set VERBOSITY default

-- national numbers with opt_consent.default_country_code
SET opt_consent.default_country_code = '44';
SELECT '07700 900123'::e164, '7700900123'::e164, '+1 555 010 0199'::e164;
SET opt_consent.default_country_code = '1';
SELECT '(555) 010-0199'::e164, '15550100199'::e164, '1 555 010 0199'::e164,
       '555-0100'::e164;
-- too long once the country code is added
SELECT '555010019912345'::e164;
SET opt_consent.default_country_code = '0';
SET opt_consent.default_country_code = '1234';
SET opt_consent.default_country_code = 'x';
RESET opt_consent.default_country_code;
SELECT '5550100199'::e164;

-- the input function and the cast from text are STABLE (they read the GUC)
SELECT p.proname, p.provolatile FROM pg_proc p
 WHERE p.oid IN ('opt_consent.e164_in'::regproc, 'opt_consent.e164(text)'::regprocedure,
                 'opt_consent.e164_out'::regproc)
 ORDER BY 1;

-- casts: text -> e164 explicit and on assignment; e164 -> text
SELECT castsource::regtype, casttarget::regtype, castcontext
  FROM pg_cast WHERE castsource = 'opt_consent.e164'::regtype OR casttarget = 'opt_consent.e164'::regtype
 ORDER BY 1, 2;
CREATE TEMP TABLE assign_test (n e164);
INSERT INTO assign_test VALUES ('+1 555 010 0199'::text);
SELECT n FROM assign_test;

-- ordering follows the canonical text
CREATE TEMP TABLE nums (n e164);
INSERT INTO nums VALUES ('+447700900123'), ('+15550100199'), ('+1555010019'),
	('+4915112345678'), ('+15550100200'), ('+33612345678'), ('+15550100199'),
	('+1234567'), ('+999999999999999');
SELECT n AS num, n::text AS txt FROM nums ORDER BY 1;
SELECT bool_and((a.n < b.n) = (a.n::text < b.n::text COLLATE "C")) AS order_matches_text,
       bool_and((a.n = b.n) = (a.n::text = b.n::text)) AS equality_matches_text,
       bool_and((a.n <> b.n) = NOT (a.n = b.n)) AS ne_is_not_eq,
       bool_and((a.n <= b.n) = (a.n < b.n OR a.n = b.n)) AS le_ok,
       bool_and((a.n >= b.n) = (b.n <= a.n)) AS ge_ok,
       bool_and((a.n > b.n) = (b.n < a.n)) AS gt_ok
  FROM nums a, nums b;
SELECT min(n), max(n) FROM nums;

-- DISTINCT and GROUP BY, by hashing and by sorting
SET enable_sort = off;
EXPLAIN (COSTS OFF) SELECT DISTINCT n FROM nums;
SELECT DISTINCT n FROM nums ORDER BY n;
RESET enable_sort;
SET enable_hashagg = off;
SELECT n, count(*) FROM nums GROUP BY n ORDER BY n;
RESET enable_hashagg;

-- hash join
CREATE TEMP TABLE contacts (phone e164 PRIMARY KEY, name text);
INSERT INTO contacts VALUES ('+15550100199', 'Ann'), ('+447700900123', 'Bob'), ('+33612345678', 'Chloé');
ANALYZE nums; ANALYZE contacts;
SET enable_mergejoin = off; SET enable_nestloop = off;
EXPLAIN (COSTS OFF) SELECT * FROM nums JOIN contacts ON nums.n = contacts.phone;
SELECT n, name FROM nums JOIN contacts ON nums.n = contacts.phone ORDER BY n, name;
RESET enable_mergejoin; RESET enable_nestloop;
-- hash functions agree for equal values
SELECT e164_hash('+15550100199') = e164_hash('tel:+1 555 010 0199') AS same_hash,
       e164_hash_extended('+15550100199', 42) = e164_hash_extended('0015550100199', 42) AS same_ext_hash,
       e164_hash('+15550100199') <> e164_hash('+15550100198') AS differs;

-- primary key: the same number written twice is a duplicate
INSERT INTO contacts VALUES ('tel:+1-555-010-0199', 'Ann again');
-- btree index scans
CREATE TEMP TABLE many AS
	SELECT ('+1555' || lpad(i::text, 7, '0'))::e164 AS n FROM generate_series(1, 2000) i;
CREATE INDEX ON many (n);
ANALYZE many;
SET enable_seqscan = off;
EXPLAIN (COSTS OFF) SELECT n FROM many WHERE n = '+15550001000';
SELECT n FROM many WHERE n = '+15550001000';
SELECT count(*) FROM many WHERE n BETWEEN '+15550000100' AND '+15550000199';
RESET enable_seqscan;
-- a hash index
CREATE INDEX ON many USING hash (n);

-- binary send/receive round-trips through COPY BINARY
CREATE TEMP TABLE bin_src (n e164);
INSERT INTO bin_src SELECT n FROM nums;
COPY bin_src TO '/tmp/opt_consent_e164.bin' WITH (FORMAT binary);
CREATE TEMP TABLE bin_dst (n e164);
COPY bin_dst FROM '/tmp/opt_consent_e164.bin' WITH (FORMAT binary);
SELECT (SELECT array_agg(n ORDER BY n) FROM bin_src) = (SELECT array_agg(n ORDER BY n) FROM bin_dst) AS binary_round_trip;
SELECT e164_send('+15550100199');

-- each country's own dialling rules (SPEC 9.1, libphonenumber's metadata):
-- every spelling of one number gives one value
CREATE FUNCTION pg_temp.read_in(country text, input text) RETURNS text
LANGUAGE plpgsql AS $$
BEGIN
	PERFORM pg_catalog.set_config('opt_consent.default_country_code', country, true);
	RETURN input::opt_consent.e164::text;
EXCEPTION WHEN invalid_text_representation THEN
	RETURN 'ERROR: ' || SQLERRM;
END
$$;
SELECT country, input, pg_temp.read_in(country, input) AS value FROM (VALUES
	('RU', '8 (912) 345-67-89'), ('RU', '+7 912 345-67-89'), ('RU', '810 44 7400 123456'),
	('KZ', '8 (771) 000 9998'), ('BY', '8 029 491 19 11'),
	('HU', '06 20 123 4567'), ('HU', '+36 20 123 4567'),
	('IT', '02 1234 5678'), ('IT', '+39 02 1234 5678'), ('SM', '0549 886377'),
	('CI', '01 23 45 67 89'), ('BJ', '01 90 01 12 34'),
	('GB', '07400 123456'), ('GB', '+44 07400 123456'), ('GB', '+44 (0)7400 123456'),
	('GB', '44 7400 123456'), ('gb', '0044 7400 123456'),
	('US', '011 44 7400 123456'), ('1', '(555) 010-0199'), ('1', '1 555 010 0199'),
	('AU', '0011 44 7400 123456'), ('AU', '0412 345 678'), ('JP', '010 44 7400 123456'),
	('JP', '090-1234-5678'), ('AR', '011 15-2345-6789'), ('AR', '+54 9 11 2345-6789'),
	('DE', '030 123456'), ('FR', '06 12 34 56 78'), ('GB', '+44 20 7946 0958 ext. 12'),
	('GB', '+44 20 7946 0958;ext=12')
) AS t(country, input);
-- "00" is international in every country, also where the country's own
-- exit code begins with 00 and goes on (a carrier's: 0015 in Australia,
-- 0055 in Brazil, 001 in Korea); that exit code still reads when "00"
-- alone would give no possible number (+1 144..., +211 5...)
SELECT country, input, pg_temp.read_in(country, input) AS value FROM (VALUES
	('AU', '0015550100199'), ('BR', '0015550100199'), ('KR', '0015550100199'),
	('SG', '0015550100199'), ('TH', '00447700900123'), ('BR', '005511961234567'),
	('AU', '0011 44 20 7946 0958'), ('KR', '001 44 20 7946 0958'),
	('BR', '0021 1 555 010 0199'), ('BR', '0021 55 11 96123 4567')
) AS t(country, input);
-- ... but where "00" is not the country's own exit code (or a country code
-- would begin with 0 after it), its numbers may begin with 00, and
-- libphonenumber reads them as national: so do we, when no valid number
-- follows "00" (each national spelling next to the number's E.164)
SELECT country, input, pg_temp.read_in(country, input) AS value FROM (VALUES
	('TJ', '00 229 8243'), ('TJ', '+992 00 229 8243'),
	('JP', '007775412'), ('JP', '+81 007775412'),
	('JP', '003768 90 1234 5678'), ('JP', '+81 90 1234 5678'),
	('KR', '003082031407'), ('KR', '+82 00308 2031407'),
	('IN', '0008005603264'), ('IN', '+91 000800 5603264'),
	('UY', '000 408 0690'), ('UY', '+598 000 408 0690'),
	-- both readings numbers: "00" is international (SPEC 1), also with the
	-- other country's trunk prefix written after its code
	('JP', '0015550100199'), ('JP', '00 44 20 7946 0958'), ('US', '0015550100199'),
	('JP', '0032 (0)2 555 12 34'), ('US', '0032 (0)2 555 12 34'),
	('KR', '0049 (0)30 1234567'), ('US', '0049 (0)30 1234567'),
	('ID', '0061 (0)2 9555 1234'), ('US', '0061 (0)2 9555 1234'),
	('JP', '0043 (0)1 588 58 0'),
	-- (and a carrier's exit code still yields to 00 when 00 gives a number
	-- and the exit code none: the trunk prefix after the code is not taken
	-- as stripped for that test)
	('HK', '00 86 20 8608 4466'), ('SG', '00 34 601 26 84 58'), ('TH', '00 45 30 39 14 26'),
	('BR', '00 994 60 648 26 28'), ('TW', '00 64 9 023 94325'), ('CO', '00962 (0)790123456')
) AS t(country, input);
-- ISO regions and known calling codes only
SET opt_consent.default_country_code = 'gb';
SHOW opt_consent.default_country_code;
SET opt_consent.default_country_code = 'XX';
SET opt_consent.default_country_code = '999';
RESET opt_consent.default_country_code;
-- a value written as the type prints it reads back unchanged, whatever the
-- rules say (dump and restore of values stored by 1.1)
SELECT '+4407400123456'::e164 AS kept_as_written, '+44 07400 123456'::e164 AS read_by_the_rules;
-- only "+" then digits is as written: a separator anywhere, right after the
-- "+" too, means the country's rules apply (a STOP under one spelling blocks
-- the others)
SELECT s, s::e164 AS value FROM (VALUES ('+ 4407400123456'), ('+/4407400123456'),
	('+(44)07400123456'), ('+ 2619208523'), ('+261 9208523'), ('+ 15551234567')) v(s);
SELECT canonical_scope('+ 4407400123456') AS scope;
