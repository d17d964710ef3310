-- Privileges (SPEC 7): PUBLIC reads state through functions, writes nothing
\set SHOW_CONTEXT never
SET search_path = opt_consent, public;

SELECT opt_out('+15550200001', '*') > 0 AS ok;
CREATE ROLE oc_nobody;
CREATE ROLE oc_app;

-- schema usage for PUBLIC, no table privileges
SELECT has_schema_privilege('oc_nobody', 'opt_consent', 'USAGE') AS usage,
	   has_schema_privilege('oc_nobody', 'opt_consent', 'CREATE') AS can_create;
SELECT c.relname, has_table_privilege('oc_nobody', c.oid, 'SELECT') AS sel,
	   has_table_privilege('oc_nobody', c.oid, 'INSERT,UPDATE,DELETE') AS write
  FROM pg_class c WHERE c.relnamespace = 'opt_consent'::regnamespace AND c.relkind IN ('r', 'S')
 ORDER BY 1;

-- who may execute what
SELECT p.proname, has_function_privilege('oc_nobody', p.oid, 'EXECUTE') AS public_execute,
	   p.prosecdef AS security_definer, p.proconfig
  FROM pg_proc p
 WHERE p.pronamespace = 'opt_consent'::regnamespace
   AND p.proname IN ('classify', 'normalize_keyword', 'scope_chain', 'status', 'is_blocked',
					 'opt_out', 'opt_in', 'set_dnd', 'handle_inbound', 'add_language', 'history')
 ORDER BY 1;
-- every SECURITY DEFINER function has a fixed search_path
SELECT p.oid::regprocedure FROM pg_proc p
 WHERE p.pronamespace = 'opt_consent'::regnamespace AND p.prosecdef
   AND NOT EXISTS (SELECT FROM unnest(p.proconfig) c WHERE c LIKE 'search_path=%');

-- a role without privileges: read functions work, tables and write functions do not
SET ROLE oc_nobody;
SELECT opt_consent.is_blocked('+15550200001'), opt_consent.is_blocked('+15550200002');
SELECT allowed, kind, scope FROM opt_consent.status('+15550200001');
SELECT * FROM opt_consent.scope_chain('+15550100100');
SELECT opt_consent.classify('stop');
SELECT count(*) FROM opt_consent.suppressions;
SELECT count(*) FROM opt_consent.events;
SELECT count(*) FROM opt_consent.scopes;
SELECT opt_consent.opt_out('+15550200002');
SELECT opt_consent.opt_in('+15550200001');
SELECT opt_consent.set_dnd('+15550200002');
SELECT opt_consent.handle_inbound('+15550200002', '+15550100100', 'STOP');
SELECT * FROM opt_consent.history('+15550200001');
INSERT INTO opt_consent.suppressions (recipient, kind) VALUES ('+15550200002', 'opt_out');
RESET ROLE;

-- once granted, the application role writes through the functions only
GRANT EXECUTE ON FUNCTION opt_out(e164, text, text, text, text, text), opt_in(e164, text, text, text, text),
	handle_inbound(text, text, text, text, text, text, text, text), history(e164) TO oc_app;
SET ROLE oc_app;
SELECT opt_consent.handle_inbound('+15550200003', '+15550100100', 'STOP') AS class;
SELECT opt_consent.opt_out('+15550200004') > 0 AS ok;
SELECT opt_consent.opt_in('+15550200004') AS removed;
SELECT action, actor FROM opt_consent.history('+15550200003');
SELECT count(*) FROM opt_consent.suppressions;
DELETE FROM opt_consent.events;
RESET ROLE;
SELECT DISTINCT actor FROM events WHERE recipient IN ('+15550200003', '+15550200004');

-- SET ROLE inside a session: the actor is the role in effect
SET ROLE oc_app;
SELECT opt_consent.opt_out('+15550200005') > 0 AS ok;
RESET ROLE;
SELECT actor FROM events WHERE recipient = '+15550200005';

REVOKE EXECUTE ON FUNCTION opt_out(e164, text, text, text, text, text), opt_in(e164, text, text, text, text),
	handle_inbound(text, text, text, text, text, text, text, text), history(e164) FROM oc_app;
DROP ROLE oc_app;
DROP ROLE oc_nobody;

-- user data is dumped; reference tables are not
SELECT x.oid::regclass FROM pg_extension e, unnest(e.extconfig) AS x(oid)
 WHERE e.extname = 'opt_consent' ORDER BY x.oid::regclass::text;
