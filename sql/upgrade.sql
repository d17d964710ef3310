-- Upgrade 1.0 -> 1.1 keeps every row and behaviour (run last: it reinstalls)
\set SHOW_CONTEXT never
SET timezone = 'UTC';
\set VERBOSITY terse
-- (the ledger holds rows of the suites before: DROP is refused, SPEC 9.4,
-- unless a superuser allows it for the session)
\set VERBOSITY sqlstate
DROP EXTENSION opt_consent CASCADE;
DROP SCHEMA opt_consent CASCADE;
DROP OWNED BY CURRENT_USER;
-- a cascade from what the extension depends on would drop it too
DROP EXTENSION plpgsql CASCADE;
DROP LANGUAGE plpgsql CASCADE;
-- a member by name: PostgreSQL's own refusal, not the guard's
DROP FUNCTION opt_consent.region(opt_consent.e164) CASCADE;
-- replica mode does not turn the guard off (only allow_drop does)
SET session_replication_role = replica;
DROP EXTENSION opt_consent CASCADE;
RESET session_replication_role;
\set VERBOSITY terse
-- a role that may not read the ledger is not told how many rows it holds
CREATE ROLE oc_nobody;
SET ROLE oc_nobody;
DROP EXTENSION opt_consent;
RESET ROLE;
DROP ROLE oc_nobody;
-- a cascade that does not reach it is not refused
CREATE SCHEMA oc_other;
CREATE TYPE oc_other.t AS (a int);
DROP SCHEMA oc_other CASCADE;
SELECT count(*) AS extensions_left FROM pg_extension WHERE extname IN ('opt_consent', 'plpgsql');
SET opt_consent.allow_drop = on;
DROP EXTENSION opt_consent CASCADE;
RESET opt_consent.allow_drop;
CREATE EXTENSION opt_consent VERSION '1.0';
SELECT extversion FROM pg_extension WHERE extname = 'opt_consent';
SET search_path = public, opt_consent;
-- 1.0 data of every kind
INSERT INTO scopes (id, kind, parent) VALUES ('AC1', 'account', NULL), ('MG1', 'messaging_service', 'AC1'),
	('+15550100100', 'number', 'MG1');
INSERT INTO keywords (scope, keyword, class) VALUES ('MG1', 'basta', 'opt_out');
SELECT handle_inbound('+15550100601', '+15550100100', 'basta');
SELECT handle_inbound('+15550100602', '+15550100100', 'STOPALL');
SELECT set_dnd('+15550100603', 'all', true, '*', true) > 0 AS ok;
SELECT opt_out('+15550100604', '*', 'whatsapp') > 0 AS ok;
CREATE TABLE outbound (id serial, phone text, sender text, status text DEFAULT 'queued');
SELECT protect('outbound', 'phone', 'sender');
INSERT INTO outbound (phone, sender) VALUES ('+15550100605', '+15550100100');
INSERT INTO outbound (phone, sender) VALUES ('+15550100601', '+15550100100');
-- 1.0 has no 1.1 objects
SELECT count(*) FROM pg_proc WHERE proname IN ('grant_consent', 'mark_reassigned');
CREATE TEMP TABLE before_sup AS SELECT * FROM suppressions;
CREATE TEMP TABLE before_ev AS SELECT * FROM events;
CREATE TEMP TABLE before_kw AS SELECT * FROM keywords;
CREATE TEMP TABLE before_sc AS SELECT * FROM scopes;

-- SPEC 11 applies to every version's code: the protect() of 1.0 and of 1.1
-- casts nothing of a domain as its definer (the domain's CHECK would run
-- the caller's function as the extension owner, a superuser)
CREATE ROLE oc_up_evil;
GRANT CREATE ON SCHEMA public TO oc_up_evil;
GRANT EXECUTE ON FUNCTION protect TO oc_up_evil;
SET ROLE oc_up_evil;
CREATE FUNCTION oc_up_pwn(text) RETURNS boolean LANGUAGE plpgsql AS
$$ BEGIN RAISE NOTICE 'ran as % (superuser: %)', current_user,
	(SELECT rolsuper FROM pg_roles WHERE rolname = current_user); RETURN true; END $$;
CREATE DOMAIN oc_up_dom AS text CHECK (oc_up_pwn(VALUE));
CREATE DOMAIN oc_up_int AS integer CHECK (oc_up_pwn(VALUE::text));
CREATE TABLE oc_up_t (r text, st oc_up_dom, s text, code oc_up_int);
\set VERBOSITY default
SELECT protect('oc_up_t', 'r', on_block => 'mark', status_column => 'st');
SELECT protect('oc_up_t', 'r', on_block => 'mark', status_column => 's', error_code_column => 'code');
\set VERBOSITY terse
RESET ROLE;
ALTER EXTENSION opt_consent UPDATE TO '1.1';
-- the grant on protect is kept by the update (1.1 replaced the function)
SELECT has_function_privilege('oc_up_evil',
	'protect(regclass, name, name, name, name, text, name, name, text, name)', 'EXECUTE') AS grant_kept;
SET ROLE oc_up_evil;
SELECT protect('oc_up_t', 'r', on_block => 'mark', status_column => 'st');
SELECT protect('oc_up_t', 'r', on_block => 'mark', status_column => 's', error_code_column => 'code');
RESET ROLE;
DROP TABLE oc_up_t;
DROP DOMAIN oc_up_dom;
DROP DOMAIN oc_up_int;
DROP FUNCTION oc_up_pwn(text);
REVOKE CREATE ON SCHEMA public FROM oc_up_evil;
-- a keyword longer than 1.2 allows, stored by 1.1: the update stops and
-- names it (kept, a dump of the table would not restore), and nothing of it
-- is left; shortened, the update goes through
INSERT INTO keywords (scope, keyword, class) VALUES ('MG1', repeat('A', 200), 'opt_out');
\set VERBOSITY default
ALTER EXTENSION opt_consent UPDATE;
\set VERBOSITY terse
SELECT extversion FROM pg_extension WHERE extname = 'opt_consent';
UPDATE keywords SET keyword = repeat('A', 160) WHERE keyword = repeat('A', 200);
-- the tables protected before 1.2 count toward caps (protected_tables);
-- those whose owner may not call protect() are named, for their trigger
-- may have been made by hand (enforce() is PUBLIC)
CREATE ROLE oc_up_hand;
CREATE TABLE hand_out (phone text);
ALTER TABLE hand_out OWNER TO oc_up_hand;
CREATE TRIGGER opt_consent_enforce BEFORE INSERT OR UPDATE ON hand_out
	FOR EACH ROW EXECUTE FUNCTION opt_consent.enforce('recipient=phone');
-- (not named: a table of a role granted protect() in 1.1, which the update
-- grants again)
CREATE TABLE granted_out (phone text);
ALTER TABLE granted_out OWNER TO oc_up_evil;
SELECT protect('granted_out', 'phone');

ALTER EXTENSION opt_consent UPDATE;
SELECT extversion FROM pg_extension WHERE extname = 'opt_consent';
SELECT schema_name, table_name, owner_name, protected_by FROM protected_tables ORDER BY 2;
DROP TABLE hand_out, granted_out;
DELETE FROM protected_tables WHERE table_name IN ('hand_out', 'granted_out');
DROP ROLE oc_up_hand;
-- ... and by the update to 1.2 (which replaced it again)
SELECT p.oid::regprocedure AS protect, has_function_privilege('oc_up_evil', p.oid, 'EXECUTE') AS grant_kept
  FROM pg_proc p WHERE p.proname = 'protect' AND p.pronamespace = 'opt_consent'::regnamespace;
-- ... and a longer keyword is refused
INSERT INTO keywords (scope, keyword, class) VALUES ('MG1', repeat('B', 200), 'opt_out');
DELETE FROM keywords WHERE keyword = repeat('A', 160);
-- every row kept
SELECT (SELECT count(*) FROM before_sup) AS suppressions_before, count(*) AS after,
	   count(*) FILTER (WHERE (s.recipient, s.scope, s.channel, s.kind, s.since, s.event_id) IN
			(SELECT b.recipient, b.scope, b.channel, b.kind, b.since, b.event_id FROM before_sup b)) AS same
  FROM suppressions s;
SELECT (SELECT count(*) FROM before_ev) AS events_before, count(*) AS after,
	   count(*) FILTER (WHERE (e.id, e.action, e.recipient) IN (SELECT b.id, b.action, b.recipient FROM before_ev b)) AS same
  FROM events e;
SELECT count(*) = (SELECT count(*) FROM before_kw) AS keywords_kept FROM keywords;
SELECT id, kind, parent, require_consent FROM scopes ORDER BY id;
-- 1.0 behaviour intact: the trigger made by 1.0's protect still enforces
INSERT INTO outbound (phone, sender) VALUES ('+15550100601', '+15550100100');
INSERT INTO outbound (phone, sender) VALUES ('+15550100606', '+15550100100');
SELECT kind, scope FROM status('+15550100602', '+15550100100');
SELECT kind FROM status('+15550100603');
SELECT classify('basta', '+15550100100');
SELECT handle_inbound('+15550100601', '+15550100100', 'START');
INSERT INTO outbound (phone, sender) VALUES ('+15550100601', '+15550100100');
-- and 1.1 works on upgraded data
SELECT count(*) FROM consents WHERE recipient = '+15550100601';
UPDATE scopes SET require_consent = true WHERE id = 'MG1';
INSERT INTO outbound (phone, sender) VALUES ('+15550100607', '+15550100100');
SELECT protect('outbound', 'phone', 'sender', purpose_column => 'status');
SELECT phone FROM outbound ORDER BY id;
-- new ledger rows continue the sequence
SELECT grant_consent('+15550100607', 'MG1') > (SELECT max(id) FROM before_ev) AS ids_continue;
-- the extension's tables are all dumped
SELECT x.oid::regclass FROM pg_extension e, unnest(e.extconfig) AS x(oid)
 WHERE e.extname = 'opt_consent' ORDER BY x.oid::regclass::text;
DROP TABLE outbound;
DROP OWNED BY oc_up_evil;
DROP ROLE oc_up_evil;
