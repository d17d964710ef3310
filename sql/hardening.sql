-- Hardening (SPEC 11): each attack of the 1.2 security review, replayed as
-- a non-superuser role, and shown to fail.  (The crash of item 2 with a
-- real login is also a TAP test: test/t/005_hardening.pl.)
\set SHOW_CONTEXT never
SET search_path = public, opt_consent;
SET timezone = 'UTC';
\set VERBOSITY default

CREATE ROLE oc_alice LOGIN;
CREATE ROLE oc_bob LOGIN;
GRANT USAGE, CREATE ON SCHEMA public TO oc_alice, oc_bob;
GRANT EXECUTE ON FUNCTION
	protect(regclass, name, name, name, name, text, name, name, text, name, text, text, name, name, name, name, text),
	unprotect(regclass), opt_in(e164, text, text, text, text),
	set_dnd(e164, text, boolean, text, boolean) TO oc_alice, oc_bob;
SELECT opt_out('+15550100801') > 0 AS ok;

------------------------------------------------------------------------------
-- 1. protect() never runs a domain's CHECK (or any cast) as its definer
------------------------------------------------------------------------------
SET ROLE oc_alice;
CREATE FUNCTION pwn(text) RETURNS boolean LANGUAGE plpgsql AS $$
BEGIN
	EXECUTE 'ALTER ROLE oc_alice SUPERUSER';
	RETURN true;
END
$$;
CREATE DOMAIN evil AS text CHECK (pwn(VALUE));
CREATE DOMAIN evil_int AS integer CHECK (pwn(VALUE::text));
CREATE TABLE outq (to_number text, status evil, code evil_int, st text, code_ok integer);
CREATE TABLE outq_ok (to_number text, st text, code_ok integer);
-- the status column is a domain: refused with 42804 before anything runs
SELECT opt_consent.protect('outq', 'to_number', on_block => 'mark', status_column => 'status');
-- the error_code column likewise
SELECT opt_consent.protect('outq', 'to_number', on_block => 'mark', status_column => 'st',
	error_code_column => 'code');
RESET ROLE;
SELECT rolsuper FROM pg_roles WHERE rolname = 'oc_alice';
SET ROLE oc_alice;
-- the same table with plain types is fine
SELECT opt_consent.protect('outq_ok', 'to_number', on_block => 'mark', status_column => 'st',
	error_code_column => 'code_ok');
INSERT INTO outq_ok (to_number) VALUES ('+15550100801') RETURNING to_number, st, code_ok;
-- a blocked status that does not fit a varchar(n) column is refused, not cast
CREATE TABLE outq2 (to_number text, st varchar(4));
SELECT opt_consent.protect('outq2', 'to_number', on_block => 'mark', status_column => 'st');
SELECT opt_consent.protect('outq2', 'to_number', on_block => 'mark', status_column => 'st',
	blocked_status => 'bad');
INSERT INTO outq2 (to_number) VALUES ('+15550100801') RETURNING *;
-- an enum status is not a string type
CREATE TYPE st_enum AS ENUM ('queued', 'failed');
CREATE TABLE outq3 (to_number text, st st_enum);
SELECT opt_consent.protect('outq3', 'to_number', on_block => 'mark', status_column => 'st');
RESET ROLE;

------------------------------------------------------------------------------
-- 2. columns of a type that is not text: refused, never read as text
--    (name is not a varlena: reading it as text crashed the server)
------------------------------------------------------------------------------
SET ROLE oc_bob;
CREATE TEMP TABLE c (to_number name);
CREATE TRIGGER x BEFORE INSERT ON c FOR EACH ROW
	EXECUTE FUNCTION opt_consent.enforce('recipient=to_number');
INSERT INTO c VALUES ((chr(1) || chr(1) || 'AAAAAAAA')::name);
INSERT INTO c VALUES ('+15550100801');
DROP TABLE c;
CREATE TEMP TABLE c (to_number text, sender name, n int);
CREATE TRIGGER x BEFORE INSERT ON c FOR EACH ROW
	EXECUTE FUNCTION opt_consent.enforce('recipient=to_number', 'sender=sender');
INSERT INTO c VALUES ('+15550100801', 'x');
DROP TRIGGER x ON c;
CREATE TRIGGER x BEFORE INSERT ON c FOR EACH ROW
	EXECUTE FUNCTION opt_consent.enforce('recipient=n');
INSERT INTO c VALUES ('+15550100801', 'x', 1);
DROP TABLE c;
-- protect() says the same
CREATE TABLE named (to_number text, sender name, svc "char", rcpt integer);
SELECT opt_consent.protect('named', 'to_number', sender_column => 'sender');
SELECT opt_consent.protect('named', 'to_number', service_column => 'svc');
SELECT opt_consent.protect('named', 'rcpt');
-- a domain over text is refused for mapped columns too
RESET ROLE;
SET ROLE oc_alice;
CREATE DOMAIN phone AS text;
CREATE TABLE domained (to_number phone);
SELECT opt_consent.protect('domained', 'to_number');
RESET ROLE;

-- (from here on, errors in one line: their details carry timestamps)
\set VERBOSITY terse

------------------------------------------------------------------------------
-- 3. a BEFORE trigger that fires after the check cannot change the
--    recipient into a blocked one
------------------------------------------------------------------------------
SET ROLE oc_alice;
CREATE TABLE contacts (id int PRIMARY KEY, phone text);
INSERT INTO contacts VALUES (1, '+15550100801'), (2, '+15550100899');
CREATE TABLE outbox (id serial, contact_id int, to_number text, status text DEFAULT 'queued');
SELECT opt_consent.protect('outbox', 'to_number');
CREATE FUNCTION set_recipient() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
	NEW.to_number := (SELECT phone FROM contacts WHERE id = NEW.contact_id);
	RETURN NEW;
END
$$;
-- 'set_recipient' sorts after 'opt_consent_enforce': it fires after the check
CREATE TRIGGER set_recipient BEFORE INSERT OR UPDATE ON outbox
	FOR EACH ROW EXECUTE FUNCTION set_recipient();
INSERT INTO outbox (contact_id) VALUES (1);
INSERT INTO outbox (contact_id) VALUES (2);
UPDATE outbox SET contact_id = 1 WHERE contact_id = 2;
SELECT contact_id, to_number FROM outbox;
-- a row whose values the later trigger leaves alone passes without a second look
INSERT INTO outbox (contact_id, to_number) VALUES (2, '+15550100899');
-- skip mode: the row cannot be skipped any more once stored: it is refused
SELECT opt_consent.protect('outbox', 'to_number', on_block => 'skip');
INSERT INTO outbox (contact_id) VALUES (1);
-- mark mode: a row marked by the check stays marked; a row changed into a
-- blocked send afterwards is refused
SELECT opt_consent.protect('outbox', 'to_number', on_block => 'mark', status_column => 'status');
INSERT INTO outbox (contact_id, to_number) VALUES (1, '+15550100801') RETURNING to_number, status;
INSERT INTO outbox (contact_id) VALUES (1);
SELECT count(*) FROM outbox WHERE to_number = '+15550100801' AND status <> 'failed';
-- a trigger created by hand without the final check: rows are refused
DROP TRIGGER opt_consent_enforce_final ON outbox;
INSERT INTO outbox (contact_id) VALUES (2);
RESET ROLE;
-- a table without later triggers queues no final check (its WHEN is false)
SET ROLE oc_alice;
CREATE TABLE plain_out (to_number text);
SELECT opt_consent.protect('plain_out', 'to_number');
BEGIN;
INSERT INTO plain_out VALUES ('+15550100802');
SELECT opt_consent.final_check_armed() AS armed_by_plain_out;
COMMIT;
BEGIN;
SELECT opt_consent.protect('outbox', 'to_number');
INSERT INTO outbox (contact_id, to_number) VALUES (2, '+15550100899');
SELECT opt_consent.final_check_armed() AS armed_by_outbox;
COMMIT;
RESET ROLE;

------------------------------------------------------------------------------
-- 4. the caller is current_user at the call, not a role further out
------------------------------------------------------------------------------
SET ROLE oc_bob;
CREATE TABLE bob_out (to_number text);
SELECT opt_consent.protect('bob_out', 'to_number');
CREATE TABLE bob_inbox (n text);
GRANT INSERT ON bob_inbox TO oc_alice;
RESET ROLE;
SET ROLE oc_alice;
-- alice's SECURITY DEFINER trigger function, fired by bob's insert
CREATE TABLE alice_hook (n text);
GRANT INSERT ON alice_hook TO oc_bob;
CREATE FUNCTION alice_hook() RETURNS trigger LANGUAGE plpgsql SECURITY DEFINER AS $$
BEGIN
	PERFORM opt_consent.unprotect('bob_out');
	RETURN NEW;
END
$$;
CREATE TRIGGER alice_hook BEFORE INSERT ON alice_hook FOR EACH ROW EXECUTE FUNCTION alice_hook();
-- alice alone may not unprotect bob's table
SELECT opt_consent.unprotect('bob_out');
RESET ROLE;
SET ROLE oc_bob;
-- bob's insert runs alice's function as alice: still 42501
INSERT INTO alice_hook VALUES ('x');
RESET ROLE;
SELECT count(*) AS bob_out_triggers FROM pg_trigger WHERE tgrelid = 'bob_out'::regclass;
-- actor of the ledger is the role that called opt_in, not the session's
SET ROLE oc_alice;
CREATE FUNCTION alice_opt_in(r text) RETURNS integer LANGUAGE sql SECURITY DEFINER
	AS $$ SELECT opt_consent.opt_in(r::opt_consent.e164, '*', 'voice') $$;
GRANT EXECUTE ON FUNCTION alice_opt_in(text) TO oc_bob;
RESET ROLE;
SET ROLE oc_bob;
SELECT alice_opt_in('+15550100803');
RESET ROLE;
SELECT action, channel, actor FROM events WHERE recipient = '+15550100803';
-- a superuser's SECURITY DEFINER function called by alice: alice is the caller
-- there only if she calls ours herself; a permanent DND stays
SELECT set_dnd('+15550100804', permanent => true) > 0 AS ok;
SET ROLE oc_alice;
CREATE FUNCTION alice_lift() RETURNS bigint LANGUAGE sql SECURITY DEFINER
	AS $$ SELECT opt_consent.set_dnd('+15550100804', enabled => false) $$;
RESET ROLE;
-- a superuser calling alice's SECURITY DEFINER function: the caller of
-- set_dnd is alice, who may not lift a permanent DND
SELECT alice_lift();
SELECT kind, permanent FROM suppressions WHERE recipient = '+15550100804';
-- the superuser itself may
SELECT set_dnd('+15550100804', enabled => false) > 0 AS ok;
-- calling_role() outside our functions is current_user
SET ROLE oc_alice;
SELECT opt_consent.calling_role();
RESET ROLE;
-- the implementations cannot be called directly
SET ROLE oc_alice;
SELECT opt_consent.opt_in_impl('+15550100801', '*', 'sms', 'api');
SELECT opt_consent.protect_impl('outq', 'to_number');
RESET ROLE;

------------------------------------------------------------------------------
-- 5. char(n) sender and service columns: the padding is not part of the id
------------------------------------------------------------------------------
INSERT INTO scopes (id, kind) VALUES ('MG1', 'messaging_service');
SELECT opt_out('+15550100805', 'MG1') > 0 AS ok;
SET ROLE oc_alice;
CREATE TABLE padded (to_number char(20), sender char(12), service char(12));
SELECT opt_consent.protect('padded', 'to_number', 'sender', 'service');
INSERT INTO padded VALUES ('+15550100805', 'ACME', 'MG1');
INSERT INTO padded VALUES ('+15550100805', 'ACME', 'MG2');
RESET ROLE;
SELECT allowed, scope FROM status('+15550100805', 'ACME', 'MG1');

------------------------------------------------------------------------------
-- 6. the lookups work in parallel plans
------------------------------------------------------------------------------
CREATE TABLE many (phone opt_consent.e164, sender text);
INSERT INTO many SELECT ('+1555020' || lpad(i::text, 4, '0'))::opt_consent.e164, 'MG1'
  FROM generate_series(1, 2000) i;
SELECT opt_out('+15550200007', 'MG1') > 0 AS ok;
ANALYZE many;
SET parallel_setup_cost = 0;
SET parallel_tuple_cost = 0;
SET min_parallel_table_scan_size = 0;
SET max_parallel_workers_per_gather = 2;
SELECT proname, proparallel FROM pg_proc
 WHERE pronamespace = 'opt_consent'::regnamespace
   AND proname IN ('status', 'is_blocked', 'scope_chain', 'classify')
 ORDER BY proname;
-- the leader evaluates them above the Gather, in parallel mode
EXPLAIN (COSTS OFF, VERBOSE)
SELECT count(*) FILTER (WHERE b)
  FROM (SELECT opt_consent.is_blocked(phone, sender) AS b FROM many OFFSET 0) s;
SELECT count(*) FILTER (WHERE b)
  FROM (SELECT opt_consent.is_blocked(phone, sender) AS b FROM many OFFSET 0) s;
SELECT count(*) FILTER (WHERE (st).allowed)
  FROM (SELECT opt_consent.status(phone, sender) AS st FROM many OFFSET 0) s;
SELECT count(*) FILTER (WHERE c = 'opt_out')
  FROM (SELECT opt_consent.classify('STOP', sender) AS c FROM many OFFSET 0) s;
SELECT count(*) FROM (SELECT opt_consent.scope_chain(sender) AS c FROM many OFFSET 0) s;
-- where numbers are, in the leader and in the workers (the regions read in
-- parallel mode are kept for the statement's snapshot)
SELECT r, count(*) FROM (SELECT opt_consent.region(('+1305' || right(phone::text, 7))::opt_consent.e164) AS r
  FROM many OFFSET 0) s GROUP BY r;
SELECT count(*) FROM many WHERE opt_consent.region(('+1212' || right(phone::text, 7))::opt_consent.e164) = 'US-NY';
-- and in a WHERE clause (no parallel plan then: restricted)
SELECT count(*) FROM many WHERE NOT opt_consent.is_blocked(phone, sender);
RESET parallel_setup_cost;
RESET parallel_tuple_cost;
RESET min_parallel_table_scan_size;
RESET max_parallel_workers_per_gather;

------------------------------------------------------------------------------
-- 7. the one opt-out confirmation also works on a spoke
------------------------------------------------------------------------------
SELECT opt_out('+15550100807') > 0 AS ok;
SELECT become_spoke('host=hub dbname=app');
CREATE TABLE confirm_out (to_number text, purpose text);
SELECT protect('confirm_out', 'to_number', purpose_column => 'purpose', on_block => 'skip');
INSERT INTO confirm_out VALUES ('+15550100807', 'opt_out_confirmation');
INSERT INTO confirm_out VALUES ('+15550100807', 'opt_out_confirmation');
SELECT count(*) FROM confirm_out;
SELECT count(*) FROM confirmations WHERE recipient = '+15550100807';
DELETE FROM registry_node;

------------------------------------------------------------------------------
-- 8. national numbers of a table are read with its own country
------------------------------------------------------------------------------
SET opt_consent.default_country_code = '1';
SELECT opt_out('5550100806') > 0 AS ok;
SET ROLE oc_alice;
CREATE TABLE national (to_number text);
SELECT opt_consent.protect('national', 'to_number', default_country => '1');
SET opt_consent.default_country_code = '44';
-- the session's 44 does not change how this table reads 5550100806
INSERT INTO national VALUES ('555 010 0806');
SELECT opt_consent.protect('national', 'to_number', default_country => '0');
SELECT opt_consent.protect('national', 'to_number', default_country => 'GBR');
-- an e164 column is parsed before the trigger: its table cannot have a country
CREATE TABLE national_e164 (to_number opt_consent.e164);
\set VERBOSITY default
SELECT opt_consent.protect('national_e164', 'to_number', default_country => 'GB');
\set VERBOSITY terse
SELECT opt_consent.protect('national_e164', 'to_number');
DROP TABLE national_e164;
RESET ROLE;
RESET opt_consent.default_country_code;

------------------------------------------------------------------------------
-- 9. the enforcement trigger cannot be renamed (then disabled) by its owner
------------------------------------------------------------------------------
SET ROLE oc_alice;
ALTER TRIGGER opt_consent_enforce ON plain_out RENAME TO harmless;
ALTER TRIGGER opt_consent_enforce_final ON plain_out RENAME TO harmless;
ALTER TRIGGER opt_consent_enforce ON plain_out DEPENDS ON EXTENSION plpgsql;
ALTER TABLE plain_out DISABLE TRIGGER opt_consent_enforce_final;
INSERT INTO plain_out VALUES ('+15550100801');
RESET ROLE;
SELECT tgname, tgenabled FROM pg_trigger WHERE tgrelid = 'plain_out'::regclass ORDER BY tgname;
-- a superuser may rename it (and back)
ALTER TRIGGER opt_consent_enforce ON plain_out RENAME TO oc_renamed;
ALTER TRIGGER oc_renamed ON plain_out RENAME TO opt_consent_enforce;

------------------------------------------------------------------------------
-- 11. from the review of the fixes above
------------------------------------------------------------------------------
-- the implementation functions refuse direct calls, even when granted
GRANT EXECUTE ON ALL FUNCTIONS IN SCHEMA opt_consent TO oc_bob;
SELECT set_dnd('+15550100811', permanent => true) > 0 AS ok;
SET ROLE oc_bob;
SELECT opt_consent.set_dnd_impl('+15550100811', 'all', false, '*', false);
SELECT opt_consent.unprotect_impl('outq_ok');
RESET ROLE;
REVOKE EXECUTE ON ALL FUNCTIONS IN SCHEMA opt_consent FROM oc_bob;
GRANT EXECUTE ON FUNCTION
	protect(regclass, name, name, name, name, text, name, name, text, name, text, text, name, name, name, name, text),
	unprotect(regclass), opt_in(e164, text, text, text, text),
	set_dnd(e164, text, boolean, text, boolean) TO oc_bob;
SELECT kind, permanent FROM suppressions WHERE recipient = '+15550100811';
-- a generated recipient is computed after the check: refused
SET ROLE oc_alice;
CREATE TABLE gen (raw text, recipient text GENERATED ALWAYS AS (trim(raw)) STORED);
SELECT opt_consent.protect('gen', 'recipient');
CREATE TRIGGER g BEFORE INSERT ON gen FOR EACH ROW EXECUTE FUNCTION opt_consent.enforce('recipient=recipient');
INSERT INTO gen (raw) VALUES (' +15550100801 ');
-- a final check that checks nothing (WHEN false) does not count
CREATE TABLE whenfalse (to_number text, contact_id int);
SELECT opt_consent.protect('whenfalse', 'to_number');
DROP TRIGGER opt_consent_enforce_final ON whenfalse;
CREATE TRIGGER opt_consent_enforce_final AFTER INSERT OR UPDATE ON whenfalse
	FOR EACH ROW WHEN (false) EXECUTE FUNCTION opt_consent.enforce('recipient=to_number');
CREATE TRIGGER set_recipient BEFORE INSERT ON whenfalse FOR EACH ROW EXECUTE FUNCTION set_recipient();
INSERT INTO whenfalse (contact_id) VALUES (1);
RESET ROLE;
-- the one confirmation passes once even when a later trigger touches the
-- row, and only a role that may record opt-outs can claim it
GRANT EXECUTE ON FUNCTION opt_out(e164, text, text, text, text, text) TO oc_alice;
SELECT opt_out('+15550100812') > 0 AS ok;
SET ROLE oc_bob;
CREATE TABLE burn (r text, p text);
CREATE TRIGGER a BEFORE INSERT ON burn FOR EACH ROW
	EXECUTE FUNCTION opt_consent.enforce('recipient=r', 'purpose=p', 'on_block=skip');
INSERT INTO burn VALUES ('+15550100812', 'opt_out_confirmation');
SELECT count(*) AS burnt FROM burn;
RESET ROLE;
SET ROLE oc_alice;
CREATE TABLE confirm2 (to_number text, purpose text, note text);
SELECT opt_consent.protect('confirm2', 'to_number', purpose_column => 'purpose');
CREATE FUNCTION touch_note() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
	NEW.note := 'touched';
	RETURN NEW;
END
$$;
CREATE TRIGGER touch_note BEFORE INSERT ON confirm2 FOR EACH ROW EXECUTE FUNCTION touch_note();
INSERT INTO confirm2 (to_number, purpose) VALUES ('+15550100812', 'opt_out_confirmation');
INSERT INTO confirm2 (to_number, purpose) VALUES ('+15550100812', 'opt_out_confirmation');
SELECT to_number, note FROM confirm2;
RESET ROLE;
REVOKE EXECUTE ON FUNCTION opt_out(e164, text, text, text, text, text) FROM oc_alice;
DROP TABLE gen, whenfalse, confirm2;
DROP TABLE burn;
DROP FUNCTION touch_note();

------------------------------------------------------------------------------
-- 10. per-backend caches are bounded: 40,000 distinct senders, 40,000
--     distinct raw (sender, service) pairs and 3,000 distinct classify
--     scopes stay within about 10, 15 and 4 MB (unbounded: about 24, 36
--     and 12 MB).  A full cache keeps what it holds and serves the rest
--     uncached.
--     pg_backend_memory_contexts exists from PostgreSQL 14; on 13 the sizes
--     are not measured (the statements still run).
------------------------------------------------------------------------------
SELECT count(*) FROM generate_series(1, 40000) i, LATERAL opt_consent.scope_chain('S' || i) c;
SELECT count(*) FROM generate_series(1, 3000) i WHERE opt_consent.classify('STOP', 'K' || i) = 'opt_out';
SELECT opt_out('+15550100810', 'OTHER') > 0 AS ok;
CREATE TEMP TABLE sends (to_number text, sender text);
SELECT protect('sends', 'to_number', 'sender');
INSERT INTO sends SELECT '+15550100810', 'R' || i FROM generate_series(1, 40000) i;
DO $$
DECLARE
	r record;
BEGIN
	IF pg_catalog.current_setting('server_version_num')::int < 140000 THEN
		RETURN;
	END IF;
	FOR r IN EXECUTE $q$
		SELECT g.what, pg_catalog.sum(c.total_bytes) AS bytes, g.limit_bytes
		  FROM (VALUES ('scope nodes', '{"opt_consent scopes"}'::text[], 12000000),
					   ('row chains', '{"opt_consent chains","opt_consent row chains"}', 18000000),
					   ('keyword sets', '{"opt_consent keywords","opt_consent keyword sets"}', 4000000))
			   AS g(what, names, limit_bytes)
		  JOIN pg_catalog.pg_backend_memory_contexts c ON c.name = ANY (g.names)
		 GROUP BY g.what, g.limit_bytes $q$
	LOOP
		IF r.bytes > r.limit_bytes THEN
			RAISE EXCEPTION 'the % cache holds % bytes (more than %)', r.what, r.bytes, r.limit_bytes;
		END IF;
	END LOOP;
END
$$;
DROP TABLE sends;
-- the configs of triggers that are gone (a pool's backend protecting TEMP
-- staging tables, protect() run at each deploy) are dropped as new ones come:
-- 300 cycles leave at most 64 (before: one per trigger ever fired, 1.3 kB each)
DO $$
DECLARE
	n bigint;
BEGIN
	FOR i IN 1 .. 300 LOOP
		CREATE TEMP TABLE stage (r text, s text);
		PERFORM opt_consent.protect('stage', 'r', 's');
		INSERT INTO stage VALUES ('+12125550001', 'x');
		DROP TABLE stage;
	END LOOP;
	IF pg_catalog.current_setting('server_version_num')::int < 140000 THEN
		RETURN;
	END IF;
	EXECUTE $q$SELECT pg_catalog.count(*) FROM pg_catalog.pg_backend_memory_contexts
				WHERE name = 'opt_consent trigger config'$q$ INTO n;
	IF n > 64 THEN
		RAISE EXCEPTION '% trigger configs kept after 300 protected tables were dropped', n;
	END IF;
END
$$;

-- recheck= needs a trigger that sees the dispatch (an UPDATE of its column);
-- lint() names hand-made triggers that miss UPDATEs
CREATE TABLE rq (id int, to_number text, status text DEFAULT 'queued');
CREATE TRIGGER opt_consent_enforce BEFORE INSERT OR UPDATE OF to_number ON rq
	FOR EACH ROW EXECUTE FUNCTION opt_consent.enforce('recipient=to_number', 'recheck=status:sending');
INSERT INTO rq (id, to_number) VALUES (1, '+15550109202');
DROP TRIGGER opt_consent_enforce ON rq;
CREATE TRIGGER opt_consent_enforce BEFORE INSERT ON rq
	FOR EACH ROW EXECUTE FUNCTION opt_consent.enforce('recipient=to_number', 'recheck=status:sending');
INSERT INTO rq (id, to_number) VALUES (1, '+15550109202');
DROP TRIGGER opt_consent_enforce ON rq;
CREATE TRIGGER opt_consent_enforce BEFORE INSERT OR UPDATE OF status, to_number ON rq
	FOR EACH ROW EXECUTE FUNCTION opt_consent.enforce('recipient=to_number', 'recheck=status:sending');
INSERT INTO rq (id, to_number) VALUES (1, '+15550109202');
SELECT problem, object, detail FROM lint() WHERE problem = 'updates not checked';
DROP TABLE rq;
-- ... and triggers that map a column the table no longer has
CREATE TABLE rc (id int, "to nümber" text, status text DEFAULT 'queued', "send\000er" text);
SELECT protect('rc', 'to nümber', 'send\000er', recheck => 'status:sending|sent');
SELECT count(*) AS missing FROM lint() WHERE problem = 'trigger maps a missing column';
ALTER TABLE rc RENAME COLUMN "to nümber" TO to_number;
ALTER TABLE rc RENAME COLUMN status TO state;
ALTER TABLE rc DROP COLUMN "send\000er";
INSERT INTO rc (id, to_number) VALUES (1, '+15550109203');
SELECT problem, object, detail FROM lint() WHERE problem = 'trigger maps a missing column' ORDER BY detail;
-- (whatever the session's string settings)
SET standard_conforming_strings = off;
SELECT count(*) AS missing FROM lint() WHERE problem = 'trigger maps a missing column';
RESET standard_conforming_strings;
DROP TABLE rc;
-- ... and mapped columns whose type the owner changed after protect()
-- (before: lint() said nothing while every row failed)
CREATE DOMAIN rt_phone AS text;
CREATE TYPE rt_state AS ENUM ('queued', 'sending');
CREATE TABLE rt (id int, to_number text, sender text, status text DEFAULT 'queued',
	err int, at timestamptz);
SELECT protect('rt', 'to_number', 'sender', on_block => 'mark', status_column => 'status',
	error_code_column => 'err', send_at_column => 'at');
SELECT count(*) AS wrong_type FROM lint() WHERE problem = 'mapped column of the wrong type';
ALTER TABLE rt ALTER COLUMN to_number TYPE rt_phone, ALTER COLUMN sender TYPE name,
	ALTER COLUMN status DROP DEFAULT, ALTER COLUMN status TYPE rt_state USING status::rt_state,
	ALTER COLUMN err TYPE text, ALTER COLUMN at TYPE timestamp;
SELECT problem, object, detail FROM lint() WHERE problem = 'mapped column of the wrong type' ORDER BY detail;
INSERT INTO rt (id, to_number) VALUES (1, '+15550109204');
DROP TABLE rt;
DROP TYPE rt_state;
DROP DOMAIN rt_phone;

------------------------------------------------------------------------------
-- clean up
------------------------------------------------------------------------------
DROP TABLE outq, outq_ok, outq2, outq3, named, domained, contacts, outbox, plain_out,
	bob_out, bob_inbox, alice_hook, padded, many, national, confirm_out;
DROP DOMAIN evil, evil_int;
DROP FUNCTION pwn(text);
DROP FUNCTION set_recipient(), alice_hook(), alice_opt_in(text), alice_lift();
DROP DOMAIN phone;
DROP TYPE st_enum;
REVOKE ALL ON SCHEMA public FROM oc_alice, oc_bob;
REVOKE ALL ON FUNCTION
	protect(regclass, name, name, name, name, text, name, name, text, name, text, text, name, name, name, name, text),
	unprotect(regclass), opt_in(e164, text, text, text, text),
	set_dnd(e164, text, boolean, text, boolean) FROM oc_alice, oc_bob;
DROP ROLE oc_alice;
DROP ROLE oc_bob;
