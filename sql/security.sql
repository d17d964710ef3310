-- Security review: each finding with its test (see README, Security)
\set SHOW_CONTEXT never
SET search_path = public, opt_consent;
SET timezone = 'UTC';
\set VERBOSITY terse

CREATE ROLE oc_owner LOGIN;
CREATE ROLE oc_app;
GRANT USAGE, CREATE ON SCHEMA public TO oc_owner;
GRANT EXECUTE ON FUNCTION protect(regclass, name, name, name, name, text, name, name, text, name, text, text, name, name, name, name, text),
	unprotect(regclass) TO oc_owner;
SELECT opt_out('+15550100701') > 0 AS ok;

-- 1. the owner of an outbound table cannot switch enforcement off while
--    leaving the trigger in place (it may remove it with unprotect())
SET ROLE oc_owner;
CREATE TABLE owned_outbound (id serial, phone text);
SELECT opt_consent.protect('owned_outbound', 'phone');
ALTER TABLE owned_outbound DISABLE TRIGGER opt_consent_enforce;
ALTER TABLE owned_outbound DISABLE TRIGGER ALL;
ALTER TABLE owned_outbound DISABLE TRIGGER USER;
ALTER TABLE owned_outbound ENABLE REPLICA TRIGGER opt_consent_enforce;
INSERT INTO owned_outbound (phone) VALUES ('+15550100701');
SET session_replication_role = replica;
SET opt_consent.enforce = off;
RESET ROLE;
SELECT tgenabled FROM pg_trigger WHERE tgrelid = 'owned_outbound'::regclass;
-- a superuser may (maintenance)
ALTER TABLE owned_outbound DISABLE TRIGGER opt_consent_enforce;
ALTER TABLE owned_outbound ENABLE TRIGGER opt_consent_enforce;

-- 2. row-level security on the outbound table does not hide the check
ALTER TABLE owned_outbound OWNER TO oc_owner;
SET ROLE oc_owner;
ALTER TABLE owned_outbound ENABLE ROW LEVEL SECURITY;
ALTER TABLE owned_outbound FORCE ROW LEVEL SECURITY;
CREATE POLICY anything ON owned_outbound USING (true) WITH CHECK (true);
GRANT INSERT, SELECT ON owned_outbound TO oc_app;
GRANT USAGE ON SEQUENCE owned_outbound_id_seq TO oc_app;
RESET ROLE;
SET ROLE oc_app;
INSERT INTO owned_outbound (phone) VALUES ('+15550100701');
INSERT INTO owned_outbound (phone) VALUES ('+15550100702');
RESET ROLE;

-- 3. look-alike objects earlier on the caller's search_path change nothing:
--    types, operators, functions and tables named like opt_consent's
CREATE SCHEMA oc_trap AUTHORIZATION oc_app;
SET ROLE oc_app;
CREATE TABLE oc_trap.suppressions (recipient text, scope text, channel text, kind text);
CREATE TABLE oc_trap.scopes (id text, kind text, parent text);
CREATE TABLE oc_trap.events (id bigint);
CREATE FUNCTION oc_trap.canonical_scope(text) RETURNS text LANGUAGE sql AS $$ SELECT 'hijacked' $$;
CREATE FUNCTION oc_trap.channel_family(text) RETURNS text LANGUAGE sql AS $$ SELECT 'hijacked' $$;
CREATE FUNCTION oc_trap.normalize_keyword(text) RETURNS text LANGUAGE sql AS $$ SELECT 'STOP' $$;
CREATE FUNCTION oc_trap.calling_role() RETURNS text LANGUAGE sql AS $$ SELECT 'postgres' $$;
CREATE FUNCTION oc_trap.now() RETURNS timestamptz LANGUAGE sql AS $$ SELECT '1999-01-01'::timestamptz $$;
CREATE FUNCTION oc_trap.f_eq(text, text) RETURNS boolean LANGUAGE sql AS $$ SELECT true $$;
CREATE OPERATOR oc_trap.= (LEFTARG = text, RIGHTARG = text, FUNCTION = oc_trap.f_eq);
CREATE TYPE oc_trap.e164 AS (x int);
CREATE TYPE oc_trap.keyword_class AS ENUM ('none');
SET search_path = oc_trap, public, opt_consent, pg_catalog;
SELECT opt_consent.classify('stop'), opt_consent.classify('hello'), opt_consent.normalize_keyword('Stop.');
SELECT opt_consent.is_blocked('+15550100701'), opt_consent.is_blocked('+15550100703');
SELECT allowed, kind, scope FROM opt_consent.status('+15550100701');
SELECT * FROM opt_consent.scope_chain('+15550100100');
INSERT INTO owned_outbound (phone) VALUES ('+15550100701');
RESET ROLE;
-- the write functions too: run by a granted role with the trap first on its path
GRANT EXECUTE ON FUNCTION opt_consent.opt_out(opt_consent.e164, text, text, text, text, text),
	opt_consent.handle_inbound(text, text, text, text, text, text, text, text) TO oc_app;
SET ROLE oc_app;
SELECT opt_consent.handle_inbound('+15550100704', '+15550100100', 'Stop please');
SELECT opt_consent.opt_out('+15550100705', 'tel:+1 555 010 0100', 'MMS') > 0 AS ok;
RESET ROLE;
SET search_path = public, opt_consent;
SELECT recipient, scope, channel, kind FROM suppressions WHERE recipient IN ('+15550100704', '+15550100705');
SELECT recipient, action, actor, at > '2000-01-01' AS real_time FROM events
 WHERE recipient IN ('+15550100704', '+15550100705') ORDER BY id;
REVOKE EXECUTE ON FUNCTION opt_consent.opt_out(opt_consent.e164, text, text, text, text, text),
	opt_consent.handle_inbound(text, text, text, text, text, text, text, text) FROM oc_app;

-- 4. every SECURITY DEFINER function of the extension pins search_path with
--    pg_temp last, and none is executable by PUBLIC except by design
SELECT p.oid::regprocedure AS function,
	   (SELECT c FROM unnest(p.proconfig) c WHERE c LIKE 'search_path=%') AS search_path,
	   has_function_privilege('public', p.oid, 'EXECUTE') AS public_execute
  FROM pg_proc p
 WHERE p.pronamespace = 'opt_consent'::regnamespace AND p.prosecdef
 ORDER BY p.oid::regprocedure::text;

-- 5. other roles can neither write the ledger nor disable its append-only
--    triggers (only the extension's owner could, and it is a superuser)
SET ROLE oc_owner;
DELETE FROM opt_consent.events;
ALTER TABLE opt_consent.events DISABLE TRIGGER events_append_only;
RESET ROLE;

-- 6. a huge body, odd names, NULLs: no crash, the documented answer
SELECT opt_consent.classify(repeat(U&'\00E9', 500000) || ' stop', NULL, 'contains');
SELECT opt_consent.normalize_keyword(repeat(U&'\FDFA', 1000)) IS NOT NULL AS expanded_ok;

-- 7. the write functions serialize with a lock of the extension's own class,
-- not pg_advisory_xact_lock (keys any role could compute and hold): no
-- function takes an advisory lock SQL can reach, and lock_key is not PUBLIC
SELECT p.oid::regprocedure AS takes_sql_advisory_lock
  FROM pg_proc p
 WHERE p.pronamespace = 'opt_consent'::regnamespace AND p.prosrc LIKE '%pg_advisory%';
SELECT p.proname, count(*) AS functions
  FROM pg_proc p, pg_proc c
 WHERE c.pronamespace = 'opt_consent'::regnamespace AND p.oid = 'opt_consent.lock_key'::regproc
   AND c.prosrc LIKE '%opt_consent.lock_key(%'
 GROUP BY 1;
SELECT has_function_privilege('oc_app', 'opt_consent.lock_key(integer, text)', 'EXECUTE') AS app_may_lock;
BEGIN;
SELECT opt_consent.opt_out('+15550100977') > 0 AS ok;
SELECT locktype, objsubid, mode FROM pg_locks
 WHERE pid = pg_backend_pid() AND locktype = 'advisory';
ROLLBACK;

DROP SCHEMA oc_trap CASCADE;
DROP TABLE owned_outbound;
REVOKE EXECUTE ON FUNCTION protect(regclass, name, name, name, name, text, name, name, text, name, text, text, name, name, name, name, text),
	unprotect(regclass) FROM oc_owner;
REVOKE ALL ON SCHEMA public FROM oc_owner;
DROP ROLE oc_owner;
DROP ROLE oc_app;
