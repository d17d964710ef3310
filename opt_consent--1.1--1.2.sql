/* opt_consent--1.1--1.2.sql: version 1.2 (so far SPEC 11, hardening) */

-- complain if script is sourced in psql, rather than via ALTER EXTENSION
\echo Use "ALTER EXTENSION opt_consent UPDATE TO '1.2'" to load this file. \quit

------------------------------------------------------------------------------
-- Hardening (SPEC 11)
------------------------------------------------------------------------------

-- The caller of a write function is its current_user at the call, never a
-- role further out.  PostgreSQL does not record who called a SECURITY
-- DEFINER function, so each public write function becomes a C entry point
-- (running as its caller, with a fixed search_path) that notes the caller
-- and calls <name>_impl: the former SECURITY DEFINER body, which no other
-- role may execute.  calling_role() and caller_is_superuser() read the
-- noted caller.  The public functions keep their OIDs and the grants the
-- DBA gave on them.
DO $$
DECLARE
	v_fn regprocedure;
	v_name text;
	v_ident text;
	v_def text;
BEGIN
	FOREACH v_fn IN ARRAY ARRAY[
		'opt_consent.opt_out(opt_consent.e164, text, text, text, text)',
		'opt_consent.opt_in(opt_consent.e164, text, text, text)',
		'opt_consent.set_dnd(opt_consent.e164, text, boolean, text, boolean)',
		'opt_consent.handle_inbound(text, text, text, text, text, text, text)',
		'opt_consent.grant_consent(opt_consent.e164, text, text, text, text, timestamptz)',
		'opt_consent.mark_reassigned(opt_consent.e164, date)',
		'opt_consent.unprotect(regclass)']::regprocedure[]
	LOOP
		SELECT p.proname INTO v_name FROM pg_catalog.pg_proc p WHERE p.oid = v_fn;
		v_ident := pg_catalog.pg_get_function_identity_arguments(v_fn);
		-- the implementation: the same definition under the name <name>_impl
		v_def := pg_catalog.pg_get_functiondef(v_fn);
		IF v_def NOT LIKE 'CREATE OR REPLACE FUNCTION opt_consent.' || v_name || '(%' THEN
			RAISE EXCEPTION 'unexpected definition of opt_consent.%', v_name;
		END IF;
		v_def := 'CREATE FUNCTION opt_consent.' || v_name || '_impl(' ||
			pg_catalog.substr(v_def, pg_catalog.length('CREATE OR REPLACE FUNCTION opt_consent.' || v_name || '(') + 1);
		EXECUTE v_def;
		EXECUTE pg_catalog.format('REVOKE ALL ON FUNCTION opt_consent.%I(%s) FROM PUBLIC',
								  v_name || '_impl', v_ident);
		-- the public entry point: same name, arguments, defaults and OID
		EXECUTE pg_catalog.format(
			'CREATE OR REPLACE FUNCTION opt_consent.%I(%s) RETURNS %s '
			'AS %L, %L LANGUAGE C VOLATILE SECURITY INVOKER '
			'SET search_path = pg_catalog, pg_temp',
			v_name, pg_catalog.pg_get_function_arguments(v_fn),
			pg_catalog.pg_get_function_result(v_fn),
			'MODULE_PATHNAME', 'call_as_owner');
	END LOOP;
END
$$;

-- Is a default country (calling code or ISO region) one the metadata knows?
CREATE FUNCTION opt_consent.valid_country(text) RETURNS boolean
	AS 'MODULE_PATHNAME' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;

-- The types a mapped column may have: built-in types only, never a domain
-- (whose CHECK would run another role's code).  Mirrors ColumnTypeFits()
-- in src/enforce.c.
CREATE FUNCTION opt_consent.column_type_fits(typ oid, kind text) RETURNS boolean
LANGUAGE sql STABLE SET search_path = pg_catalog, pg_temp AS $$
	SELECT CASE kind
		WHEN 'text' THEN typ IN ('pg_catalog.text'::regtype, 'pg_catalog.varchar'::regtype,
								 'pg_catalog.bpchar'::regtype)
		WHEN 'recipient' THEN typ IN ('pg_catalog.text'::regtype, 'pg_catalog.varchar'::regtype,
									  'pg_catalog.bpchar'::regtype, 'opt_consent.e164'::regtype)
		WHEN 'status' THEN EXISTS (SELECT FROM pg_catalog.pg_type t
									WHERE t.oid = typ AND t.typtype = 'b'
									  AND t.typcategory = 'S' AND t.typlen = -1)
		WHEN 'integer' THEN typ IN ('pg_catalog.int2'::regtype, 'pg_catalog.int4'::regtype,
									'pg_catalog.int8'::regtype)
		ELSE false
	END
$$;

-- protect(): no cast of a user type as definer (SPEC 11), the final check
-- trigger, default_country.  Grants on the old signature are carried over.
CREATE TEMPORARY TABLE opt_consent_protect_grants AS
	SELECT a.grantee, a.is_grantable
	  FROM pg_catalog.pg_proc p, pg_catalog.aclexplode(p.proacl) a
	 WHERE p.oid = 'opt_consent.protect(regclass, name, name, name, name, text, name, name, text, name)'::regprocedure
	   AND a.privilege_type = 'EXECUTE' AND a.grantee <> p.proowner;
DROP FUNCTION opt_consent.protect(regclass, name, name, name, name, text, name, name, text, name);
DROP FUNCTION opt_consent.is_text_type(oid);

CREATE FUNCTION opt_consent.protect_impl(tbl regclass, recipient_column name,
	sender_column name DEFAULT NULL, service_column name DEFAULT NULL,
	channel_column name DEFAULT NULL, on_block text DEFAULT 'error',
	status_column name DEFAULT NULL, error_code_column name DEFAULT NULL,
	blocked_status text DEFAULT 'failed', purpose_column name DEFAULT NULL,
	default_country text DEFAULT NULL, recheck text DEFAULT NULL,
	category_column name DEFAULT NULL)
	RETURNS void
LANGUAGE plpgsql SECURITY DEFINER SET search_path = pg_catalog, pg_temp AS $$
#variable_conflict use_variable
DECLARE
	v_mode text := lower(coalesce(on_block, 'error'));
	v_status text := coalesce(blocked_status, 'failed');
	v_args text[] := '{}';
	v_col record;
	v_type oid;
	v_typmod integer;
	v_generated "char";
	v_arglist text;
	v_recheck_col name;
	v_recheck_values text;
BEGIN
	IF tbl IS NULL OR recipient_column IS NULL THEN
		RAISE EXCEPTION 'tbl and recipient_column must not be null' USING ERRCODE = '22004';
	END IF;
	PERFORM opt_consent.check_table_owner(tbl);
	IF (SELECT c.relkind FROM pg_catalog.pg_class c WHERE c.oid = tbl) NOT IN ('r', 'p') THEN
		RAISE EXCEPTION '"%" is not a table', tbl
			USING ERRCODE = '42809',
				  DETAIL = 'Only ordinary and partitioned tables can be protected.';
	END IF;
	IF (SELECT c.relispartition FROM pg_catalog.pg_class c WHERE c.oid = tbl) THEN
		RAISE EXCEPTION '"%" is a partition', tbl
			USING ERRCODE = '42809',
				  DETAIL = pg_catalog.format('Its triggers come from its partitioned table %s.',
					(SELECT i.inhparent::regclass FROM pg_catalog.pg_inherits i WHERE i.inhrelid = tbl)),
				  HINT = 'Protect the partitioned table: every partition, present and future, gets the triggers.';
	END IF;
	IF recheck IS NOT NULL THEN
		-- <column>:<value>[|<value>...]
		IF recheck !~ '^[^:]+:[^|]+(\|[^|]+)*$' THEN
			RAISE EXCEPTION 'invalid recheck "%"', recheck
				USING ERRCODE = '22023',
					  HINT = 'recheck is <column>:<value>[|<value>...], such as status:sending or status:sending|sent.';
		END IF;
		v_recheck_col := pg_catalog.split_part(recheck, ':', 1);
		v_recheck_values := pg_catalog.substr(recheck, pg_catalog.strpos(recheck, ':') + 1);
	END IF;
	IF v_mode NOT IN ('error', 'skip', 'mark') THEN
		RAISE EXCEPTION 'invalid on_block "%"', on_block
			USING ERRCODE = '22023', HINT = 'on_block is error, skip or mark.';
	END IF;
	IF v_mode = 'mark' AND status_column IS NULL THEN
		RAISE EXCEPTION 'on_block => ''mark'' needs status_column'
			USING ERRCODE = '22023';
	END IF;
	IF default_country IS NOT NULL AND NOT opt_consent.valid_country(default_country) THEN
		RAISE EXCEPTION 'invalid default_country "%"', default_country
			USING ERRCODE = '22023',
				  HINT = 'default_country is a calling code such as 1 or 44, or an ISO 3166-1 region such as GB.';
	END IF;

	FOR v_col IN
		SELECT v.key, v.colname, v.kind
		  FROM (VALUES (1, 'recipient', recipient_column, 'recipient'),
					   (2, 'sender', sender_column, 'text'),
					   (3, 'service', service_column, 'text'),
					   (4, 'channel', channel_column, 'text'),
					   (7, 'purpose', purpose_column, 'text'),
					   (8, 'recheck', v_recheck_col, 'status'),
					   (9, 'category', category_column, 'text'),
					   (5, 'status', CASE WHEN v_mode = 'mark' THEN status_column END, 'status'),
					   (6, 'error_code', CASE WHEN v_mode = 'mark' THEN error_code_column END, 'integer'))
			   AS v(ord, key, colname, kind)
		 WHERE v.colname IS NOT NULL
		 ORDER BY v.ord
	LOOP
		SELECT a.atttypid, a.atttypmod, a.attgenerated INTO v_type, v_typmod, v_generated
		  FROM pg_catalog.pg_attribute a
		 WHERE a.attrelid = tbl AND a.attname = v_col.colname AND a.attnum > 0
		   AND NOT a.attisdropped;
		IF NOT FOUND THEN
			RAISE EXCEPTION 'column "%" of relation % does not exist', v_col.colname, tbl
				USING ERRCODE = '42703';
		END IF;
		-- a stored generated column is computed after the BEFORE triggers
		IF v_generated <> '' THEN
			RAISE EXCEPTION '% column "%" is a generated column', v_col.key, v_col.colname
				USING ERRCODE = '428C9',
					  DETAIL = 'Generated columns are computed after the check; map the columns they are computed from.';
		END IF;
		-- only the type's OID is looked at: nothing of it is run (SPEC 11)
		IF NOT opt_consent.column_type_fits(v_type, v_col.kind) THEN
			RAISE EXCEPTION '% column "%" has type %', v_col.key, v_col.colname,
				pg_catalog.format_type(v_type, v_typmod)
				USING ERRCODE = '42804',
					  HINT = CASE v_col.kind
						WHEN 'recipient' THEN 'The recipient column is text, varchar, char(n) or opt_consent.e164 (not a domain).'
						WHEN 'text' THEN 'It must be text, varchar or char(n) (not a domain).'
						WHEN 'status' THEN 'It must be a string type such as text or varchar (not a domain or an enum).'
						ELSE 'It must be smallint, integer or bigint (not a domain).' END;
		END IF;
		IF v_col.key = 'status' AND v_typmod > 4 AND
		   pg_catalog.length(v_status) > v_typmod - 4 THEN
			RAISE EXCEPTION 'blocked_status "%" is too long for column "%" of type %',
				v_status, v_col.colname, pg_catalog.format_type(v_type, v_typmod)
				USING ERRCODE = '22023';
		END IF;
		IF v_col.key = 'recheck' THEN
			v_args := v_args || ('recheck=' || v_col.colname || ':' || v_recheck_values);
		ELSE
			v_args := v_args || (v_col.key || '=' || v_col.colname);
		END IF;
	END LOOP;

	v_args := v_args || ('on_block=' || v_mode);
	IF v_mode = 'mark' THEN
		v_args := v_args || ('blocked_status=' || v_status);
	END IF;
	IF default_country IS NOT NULL THEN
		v_args := v_args || ('country=' || default_country);
	END IF;
	v_arglist := (SELECT pg_catalog.string_agg(pg_catalog.quote_literal(a), ', ')
					FROM pg_catalog.unnest(v_args) AS a);

	IF EXISTS (SELECT FROM pg_catalog.pg_trigger t
				WHERE t.tgrelid = tbl AND t.tgname = 'opt_consent_enforce') THEN
		EXECUTE pg_catalog.format('DROP TRIGGER opt_consent_enforce ON %s', tbl);
	END IF;
	IF EXISTS (SELECT FROM pg_catalog.pg_trigger t
				WHERE t.tgrelid = tbl AND t.tgname = 'opt_consent_enforce_final') THEN
		EXECUTE pg_catalog.format('DROP TRIGGER opt_consent_enforce_final ON %s', tbl);
	END IF;
	EXECUTE pg_catalog.format(
		'CREATE TRIGGER opt_consent_enforce BEFORE INSERT OR UPDATE ON %s '
		'FOR EACH ROW EXECUTE FUNCTION opt_consent.enforce(%s)', tbl, v_arglist);
	-- BEFORE ROW triggers fire in name order: one that sorts after
	-- opt_consent_enforce could change the row after the check.  This one
	-- checks such rows as they are stored; its WHEN clause is false (and no
	-- event is queued) until such a trigger was seen in the transaction.
	EXECUTE pg_catalog.format(
		'CREATE TRIGGER opt_consent_enforce_final AFTER INSERT OR UPDATE ON %s '
		'FOR EACH ROW WHEN (opt_consent.final_check_armed()) '
		'EXECUTE FUNCTION opt_consent.enforce(%s)', tbl, v_arglist);
END
$$;
REVOKE ALL ON FUNCTION opt_consent.protect_impl(regclass, name, name, name, name, text, name, name, text, name, text, text, name) FROM PUBLIC;

CREATE FUNCTION opt_consent.protect(tbl regclass, recipient_column name,
	sender_column name DEFAULT NULL, service_column name DEFAULT NULL,
	channel_column name DEFAULT NULL, on_block text DEFAULT 'error',
	status_column name DEFAULT NULL, error_code_column name DEFAULT NULL,
	blocked_status text DEFAULT 'failed', purpose_column name DEFAULT NULL,
	default_country text DEFAULT NULL, recheck text DEFAULT NULL,
	category_column name DEFAULT NULL)
	RETURNS void
	AS 'MODULE_PATHNAME', 'call_as_owner'
	LANGUAGE C VOLATILE SECURITY INVOKER SET search_path = pg_catalog, pg_temp;
REVOKE ALL ON FUNCTION opt_consent.protect(regclass, name, name, name, name, text, name, name, text, name, text, text, name) FROM PUBLIC;
DO $$
DECLARE
	r record;
BEGIN
	FOR r IN SELECT g.grantee, g.is_grantable FROM opt_consent_protect_grants g LOOP
		EXECUTE pg_catalog.format(
			'GRANT EXECUTE ON FUNCTION opt_consent.protect(regclass, name, name, name, name, text, name, name, text, name, text, text, name) TO %s%s',
			CASE WHEN r.grantee = 0 THEN 'PUBLIC'
				 ELSE pg_catalog.quote_ident(pg_catalog.pg_get_userbyid(r.grantee)) END,
			CASE WHEN r.is_grantable THEN ' WITH GRANT OPTION' ELSE '' END);
	END LOOP;
END
$$;
DROP TABLE opt_consent_protect_grants;

-- unprotect() also drops the final check
CREATE OR REPLACE FUNCTION opt_consent.unprotect_impl(tbl regclass) RETURNS void
LANGUAGE plpgsql SECURITY DEFINER SET search_path = pg_catalog, pg_temp AS $$
BEGIN
	IF tbl IS NULL THEN
		RAISE EXCEPTION 'tbl must not be null' USING ERRCODE = '22004';
	END IF;
	PERFORM opt_consent.check_table_owner(tbl);
	IF EXISTS (SELECT FROM pg_catalog.pg_trigger t
				WHERE t.tgrelid = tbl AND t.tgname = 'opt_consent_enforce') THEN
		EXECUTE pg_catalog.format('DROP TRIGGER opt_consent_enforce ON %s', tbl);
	END IF;
	IF EXISTS (SELECT FROM pg_catalog.pg_trigger t
				WHERE t.tgrelid = tbl AND t.tgname = 'opt_consent_enforce_final') THEN
		EXECUTE pg_catalog.format('DROP TRIGGER opt_consent_enforce_final ON %s', tbl);
	END IF;
END
$$;

-- The WHEN clause of opt_consent_enforce_final
CREATE FUNCTION opt_consent.final_check_armed() RETURNS boolean
	AS 'MODULE_PATHNAME' LANGUAGE C VOLATILE PARALLEL RESTRICTED;

-- Tables protected before 1.2 get their final check now, with the arguments
-- of their BEFORE trigger as pg_get_triggerdef() quotes them (whatever its
-- name, if it was made by hand)
DO $$
DECLARE
	r record;
BEGIN
	FOR r IN
		SELECT DISTINCT ON (t.tgrelid) t.tgrelid::regclass AS tbl, t.tgname,
			   pg_catalog.substring(pg_catalog.pg_get_triggerdef(t.oid),
									'EXECUTE FUNCTION [^(]*enforce\((.*)\)$') AS args
		  FROM pg_catalog.pg_trigger t
		 WHERE t.tgfoid = 'opt_consent.enforce()'::regprocedure
		   AND t.tgparentid = 0
		   AND (t.tgtype & 2) <> 0			-- BEFORE
		   AND (t.tgtype & 1) <> 0			-- ROW
		   AND NOT EXISTS (SELECT FROM pg_catalog.pg_trigger f
							WHERE f.tgrelid = t.tgrelid
							  AND f.tgfoid = 'opt_consent.enforce()'::regprocedure
							  AND (f.tgtype & 2) = 0)
		 ORDER BY t.tgrelid, t.tgname <> 'opt_consent_enforce', t.tgname
	LOOP
		IF EXISTS (SELECT FROM pg_catalog.pg_trigger f
					WHERE f.tgrelid = r.tbl AND f.tgname = 'opt_consent_enforce_final') THEN
			RAISE WARNING 'table % has a trigger named opt_consent_enforce_final that is not opt_consent''s final check', r.tbl
				USING HINT = 'Rename it, then call opt_consent.protect() on the table.';
			CONTINUE;
		END IF;
		EXECUTE pg_catalog.format(
			'CREATE TRIGGER opt_consent_enforce_final AFTER INSERT OR UPDATE ON %s '
			'FOR EACH ROW WHEN (opt_consent.final_check_armed()) '
			'EXECUTE FUNCTION opt_consent.enforce(%s)', r.tbl, coalesce(r.args, ''));
	END LOOP;
END
$$;

-- Enforcement triggers whose columns no longer fit (SPEC 11: a domain, an
-- enum status, a text error code, a name column ...) raise 42804 when they
-- next fire: say so now, table by table.
DO $$
DECLARE
	r record;
BEGIN
	FOR r IN
		SELECT DISTINCT t.tgrelid::regclass AS tbl, a.attname, pg_catalog.format_type(a.atttypid, a.atttypmod) AS typ,
			   pg_catalog.split_part(arg, '=', 1) AS key
		  FROM pg_catalog.pg_trigger t,
			   -- tgargs: each argument followed by a NUL byte; escape-encoded,
			   -- split, and decoded back to text (non-ASCII names too)
			   LATERAL (SELECT pg_catalog.convert_from(pg_catalog.decode(piece, 'escape'),
													   pg_catalog.getdatabaseencoding()) AS arg
						  FROM pg_catalog.unnest(pg_catalog.string_to_array(
								pg_catalog.encode(t.tgargs, 'escape'), pg_catalog.chr(92) || '000')) AS piece
						 WHERE piece <> '') AS args,
			   pg_catalog.pg_attribute a
		 WHERE t.tgfoid = 'opt_consent.enforce()'::regprocedure AND t.tgparentid = 0
		   AND a.attrelid = t.tgrelid AND a.attnum > 0 AND NOT a.attisdropped
		   AND a.attname = pg_catalog.substr(arg, pg_catalog.strpos(arg, '=') + 1)
		   AND NOT opt_consent.column_type_fits(a.atttypid,
					CASE pg_catalog.split_part(arg, '=', 1)
						WHEN 'recipient' THEN 'recipient'
						WHEN 'status' THEN 'status'
						WHEN 'error_code' THEN 'integer'
						ELSE 'text' END)
		   AND pg_catalog.split_part(arg, '=', 1) IN
				('recipient', 'sender', 'service', 'channel', 'purpose', 'status', 'error_code')
	LOOP
		RAISE WARNING 'opt_consent enforcement on table % will refuse rows: its % column "%" has type %',
			r.tbl, r.key, r.attname, r.typ
			USING HINT = 'Change the column''s type (text, varchar or char(n); an integer type for error_code), then call opt_consent.protect() again.';
	END LOOP;
END
$$;

-- Functions that read the extension's tables run in the leader of a
-- parallel query (SPEC 11)
ALTER FUNCTION opt_consent.status(opt_consent.e164, text, text, text) PARALLEL RESTRICTED;
ALTER FUNCTION opt_consent.is_blocked(opt_consent.e164, text, text, text) PARALLEL RESTRICTED;
ALTER FUNCTION opt_consent.scope_chain(text, text) PARALLEL RESTRICTED;
ALTER FUNCTION opt_consent.classify(text, text, text) PARALLEL RESTRICTED;
ALTER FUNCTION opt_consent.match_inbound(text, text, text, text) PARALLEL RESTRICTED;
-- (they read the caller noted by the entry point, a backend-local value)
ALTER FUNCTION opt_consent.calling_role() PARALLEL RESTRICTED;
ALTER FUNCTION opt_consent.caller_is_superuser() PARALLEL RESTRICTED;

-- The one confirmation of an opt-out is claimed in a table of this
-- database, so that it also works on a spoke, whose replicated
-- suppressions refuse local writes (SPEC 11).  suppressions.confirmed_at
-- (1.1) is no longer written.
CREATE TABLE opt_consent.confirmations (
	recipient opt_consent.e164 NOT NULL,
	scope text NOT NULL,
	channel text NOT NULL,
	since timestamptz NOT NULL,
	claimed_at timestamptz NOT NULL DEFAULT pg_catalog.clock_timestamp(),
	PRIMARY KEY (recipient, scope, channel, since)
);
COMMENT ON TABLE opt_consent.confirmations IS 'opt-out confirmations already sent (one per opt-out)';
SELECT pg_catalog.pg_extension_config_dump('opt_consent.confirmations', '');
INSERT INTO opt_consent.confirmations (recipient, scope, channel, since, claimed_at)
	SELECT s.recipient, s.scope, s.channel, s.since, s.confirmed_at
	  FROM opt_consent.suppressions s
	 WHERE s.kind = 'opt_out' AND s.confirmed_at IS NOT NULL;

-- Disabling or renaming the enforcement triggers (whatever their names) is
-- refused for non-superusers (SPEC 11)
CREATE OR REPLACE FUNCTION opt_consent.guard_enforcement() RETURNS event_trigger
LANGUAGE plpgsql SET search_path = pg_catalog, pg_temp AS $$
DECLARE
	v_table regclass;
	v_trigger name;
BEGIN
	IF pg_catalog.current_setting('is_superuser') = 'on' THEN
		RETURN;
	END IF;
	IF TG_TAG = 'ALTER TRIGGER' THEN
		SELECT t.tgrelid::regclass, t.tgname INTO v_table, v_trigger
		  FROM pg_catalog.pg_event_trigger_ddl_commands() c
		  JOIN pg_catalog.pg_trigger t ON t.oid = c.objid
		 WHERE c.classid = 'pg_catalog.pg_trigger'::regclass
		   AND t.tgfoid = 'opt_consent.enforce()'::regprocedure
		 LIMIT 1;
		IF FOUND THEN
			RAISE EXCEPTION 'opt_consent enforcement trigger on table % cannot be renamed', v_table
				USING ERRCODE = '42501',
					  DETAIL = pg_catalog.format('The trigger is now named "%s".', v_trigger),
					  HINT = 'Only a superuser can rename it; opt_consent.unprotect() removes it.';
		END IF;
		RETURN;
	END IF;
	SELECT t.tgrelid::regclass INTO v_table
	  FROM pg_catalog.pg_event_trigger_ddl_commands() c
	  JOIN pg_catalog.pg_trigger t ON t.tgrelid = c.objid
	 WHERE c.classid = 'pg_catalog.pg_class'::regclass
	   AND t.tgfoid = 'opt_consent.enforce()'::regprocedure
	   AND t.tgenabled IN ('D', 'R')
	 LIMIT 1;
	IF FOUND THEN
		RAISE EXCEPTION 'opt_consent enforcement on table % cannot be disabled', v_table
			USING ERRCODE = '42501',
				  HINT = 'Only a superuser can disable the trigger; opt_consent.unprotect() removes it.';
	END IF;
END
$$;
DROP EVENT TRIGGER opt_consent_guard_enforcement;
CREATE EVENT TRIGGER opt_consent_guard_enforcement ON ddl_command_end
	WHEN TAG IN ('ALTER TABLE', 'ALTER FOREIGN TABLE', 'ALTER TRIGGER')
	EXECUTE FUNCTION opt_consent.guard_enforcement();

------------------------------------------------------------------------------
-- Real deployments (SPEC 9.2 - 9.4)
------------------------------------------------------------------------------

-- Internal triggers do not depend on the caller's privileges: a role that
-- may insert into scopes need not read registry_node, nor lock scopes.
ALTER FUNCTION opt_consent.refuse_spoke_writes() SECURITY DEFINER;
ALTER FUNCTION opt_consent.scopes_check() SECURITY DEFINER;
-- (a trigger needs no EXECUTE to fire: no role may put these on its tables)
REVOKE ALL ON FUNCTION opt_consent.refuse_spoke_writes() FROM PUBLIC;
REVOKE ALL ON FUNCTION opt_consent.scopes_check() FROM PUBLIC;

-- Recording at a scope that is not registered (SPEC 9.3): a WARNING by
-- default; opt_consent.unknown_scope = error raises 23503, allow is silent.
CREATE FUNCTION opt_consent.check_scope_registered(scope text) RETURNS void
LANGUAGE plpgsql STABLE SECURITY DEFINER SET search_path = pg_catalog, pg_temp AS $$
DECLARE
	v_mode text := coalesce(nullif(pg_catalog.current_setting('opt_consent.unknown_scope', true), ''), 'warn');
BEGIN
	IF scope IS NULL OR scope = '*' OR v_mode = 'allow' OR
	   EXISTS (SELECT FROM opt_consent.scopes s WHERE s.id = scope) THEN
		RETURN;
	END IF;
	IF v_mode = 'error' THEN
		RAISE EXCEPTION 'scope "%" is not registered in opt_consent.scopes', scope
			USING ERRCODE = '23503',
				  DETAIL = 'Sends from numbers registered under other scopes would not find what is recorded here.',
				  HINT = 'Register it with its parent service or account, or SET opt_consent.unknown_scope = allow.';
	END IF;
	RAISE WARNING 'scope "%" is not registered in opt_consent.scopes', scope
		USING DETAIL = 'Sends from numbers registered under other scopes will not find what is recorded here.',
			  HINT = 'Register it with its parent service or account (opt_consent.lint() lists such scopes); opt_consent.unknown_scope = error refuses, allow silences this.';
END
$$;
REVOKE ALL ON FUNCTION opt_consent.check_scope_registered(text) FROM PUBLIC;



-- handle_inbound gains opt_out_type (Twilio's OptOutType) and is idempotent
-- by message_id (providers retry webhooks), SPEC 9.3
CREATE INDEX events_message_id_idx ON opt_consent.events (message_id) WHERE message_id IS NOT NULL;
-- The action recorded for an inbound message, read with the latest
-- committed state (a REPEATABLE READ retry must see the first delivery)
CREATE FUNCTION opt_consent.message_recorded(message_id text) RETURNS text
	AS 'MODULE_PATHNAME' LANGUAGE C VOLATILE STRICT PARALLEL RESTRICTED;
REVOKE ALL ON FUNCTION opt_consent.message_recorded(text) FROM PUBLIC;
-- the number an inbound message was sent to (for lint())
ALTER TABLE opt_consent.events ADD COLUMN sender text;

CREATE TEMPORARY TABLE opt_consent_inbound_grants AS
	SELECT a.grantee, a.is_grantable
	  FROM pg_catalog.pg_proc p, pg_catalog.aclexplode(p.proacl) a
	 WHERE p.oid = 'opt_consent.handle_inbound(text, text, text, text, text, text, text)'::regprocedure
	   AND a.privilege_type = 'EXECUTE' AND a.grantee <> p.proowner;
DROP FUNCTION opt_consent.handle_inbound(text, text, text, text, text, text, text);
DROP FUNCTION opt_consent.handle_inbound_impl(text, text, text, text, text, text, text);

CREATE FUNCTION opt_consent.handle_inbound_impl(contact text, sender text, body text,
	service text DEFAULT NULL, channel text DEFAULT 'sms', message_id text DEFAULT NULL,
	mode text DEFAULT 'exact', opt_out_type text DEFAULT NULL)
	RETURNS opt_consent.keyword_class
LANGUAGE plpgsql SECURITY DEFINER SET search_path = pg_catalog, opt_consent, pg_temp AS $$
#variable_conflict use_variable
DECLARE
	v_prefix text;
	v_number text := contact;
	v_channel text := coalesce(channel, 'sms');
	v_who opt_consent.e164;
	v_sender text := opt_consent.canonical_scope(sender);
	v_service text := opt_consent.canonical_scope(service);
	v_match record;
	v_class opt_consent.keyword_class;
	v_keyword text;
	v_reach text;
	v_category text;
	v_requested text;
	v_record_at text;
	v_target text;
	v_event bigint;
	v_done text;
BEGIN
	IF contact IS NULL THEN
		RAISE EXCEPTION 'contact must not be null' USING ERRCODE = '22004';
	END IF;
	IF opt_out_type IS NOT NULL AND upper(opt_out_type) NOT IN ('STOP', 'START', 'HELP') THEN
		RAISE EXCEPTION 'invalid opt_out_type "%"', opt_out_type
			USING ERRCODE = '22023',
				  HINT = 'opt_out_type is Twilio''s OptOutType: STOP, START or HELP (any case), or NULL.';
	END IF;
	-- a channel prefix on the contact (whatsapp:+1...) is the channel, unless
	-- another one than the default is given
	v_prefix := substring(contact FROM '^\s*([A-Za-z][A-Za-z0-9_]*):');
	IF v_prefix IS NOT NULL AND lower(v_prefix) <> 'tel' THEN
		v_number := substring(contact FROM '^\s*[A-Za-z][A-Za-z0-9_]*:(.*)$');
		IF channel IS NULL OR lower(channel) = 'sms' THEN
			v_channel := v_prefix;
		END IF;
	END IF;
	v_who := v_number::opt_consent.e164;
	v_channel := opt_consent.channel_family(v_channel);
	IF v_channel = 'all' THEN
		RAISE EXCEPTION 'an inbound message has one channel, not "all"'
			USING ERRCODE = '22023';
	END IF;

	-- a webhook delivered again: what the first delivery recorded, whatever
	-- the keywords say now (providers retry webhooks)
	IF message_id IS NOT NULL THEN
		PERFORM pg_catalog.pg_advisory_xact_lock(1869640054, pg_catalog.hashtext(message_id));
		v_done := opt_consent.message_recorded(message_id);
		IF v_done IS NOT NULL THEN
			RETURN v_done::opt_consent.keyword_class;
		END IF;
	END IF;

	v_match := opt_consent.match_inbound(body, v_sender, v_service, mode);
	v_class := v_match.class;
	v_keyword := v_match.keyword;
	v_reach := v_match.reach;
	v_category := v_match.category;
	IF opt_out_type IS NOT NULL THEN
		-- the provider decided the class; the keyword is the body's own,
		-- if the body is a keyword
		v_class := CASE upper(opt_out_type) WHEN 'STOP' THEN 'opt_out'
					WHEN 'START' THEN 'opt_in' ELSE 'help' END;
		v_match := opt_consent.match_inbound(body, v_sender, v_service, 'exact');
		IF v_match.class <> 'none' THEN
			v_keyword := v_match.keyword;
			v_reach := v_match.reach;
			-- (a keyword of another class lends no category)
			v_category := CASE WHEN v_match.class = v_class THEN v_match.category END;
		ELSE
			v_keyword := NULL;
			v_reach := 'service';
			v_category := NULL;
		END IF;
	END IF;
	IF v_class = 'none' THEN
		RETURN 'none';
	END IF;

	PERFORM pg_catalog.pg_advisory_xact_lock(1869640053, pg_catalog.hashtext(v_who::text));

	-- the recording scope: the service, else the sender's nearest messaging
	-- service, else the sender itself
	v_record_at := v_service;
	IF v_record_at IS NULL AND v_sender IS NOT NULL THEN
		WITH RECURSIVE up(id, kind, parent, depth) AS (
			SELECT s.id, s.kind, s.parent, 1 FROM opt_consent.scopes s WHERE s.id = v_sender
			UNION ALL
			SELECT s.id, s.kind, s.parent, u.depth + 1
			  FROM opt_consent.scopes s JOIN up u ON s.id = u.parent
			 WHERE u.depth < 17)
		SELECT u.id INTO v_record_at FROM up u
		 WHERE u.kind = 'messaging_service' ORDER BY u.depth LIMIT 1;
		v_record_at := coalesce(v_record_at, v_sender);
	END IF;
	v_record_at := coalesce(v_record_at, '*');
	PERFORM opt_consent.check_scope_registered(v_record_at);
	-- a custom keyword of one category records at it ("STOP PROMOS");
	-- from the revoke-all date an opt-out covers every category
	v_category := coalesce(v_category, '*');
	v_requested := v_category;
	IF v_class = 'opt_out' AND v_category <> '*' AND opt_consent.revoke_all_in_force() THEN
		v_category := '*';
	END IF;

	IF v_class = 'opt_out' THEN
		v_target := v_record_at;
		IF v_reach = 'account' AND v_record_at <> '*' THEN
			-- STOPALL: the topmost ancestor of the recording scope
			WITH RECURSIVE up(id, parent, depth) AS (
				SELECT s.id, s.parent, 1 FROM opt_consent.scopes s WHERE s.id = v_record_at
				UNION ALL
				SELECT s.id, s.parent, u.depth + 1
				  FROM opt_consent.scopes s JOIN up u ON s.id = u.parent
				 WHERE u.depth < 17)
			SELECT u.id INTO v_target FROM up u ORDER BY u.depth DESC LIMIT 1;
			v_target := coalesce(v_target, v_record_at);
		END IF;
		INSERT INTO opt_consent.events (recipient, scope, channel, action, keyword, body, source, message_id, actor, sender,
										category, requested_category)
			VALUES (v_who, v_target, v_channel, 'opt_out', v_keyword, body, 'inbound',
					message_id, opt_consent.calling_role(), v_sender, v_category,
					CASE WHEN v_requested <> v_category THEN v_requested END)
			RETURNING id INTO v_event;
		INSERT INTO opt_consent.suppressions (recipient, scope, channel, kind, keyword, source, since, event_id, category)
			VALUES (v_who, v_target, v_channel, 'opt_out', v_keyword, 'inbound', now(), v_event, v_category)
			ON CONFLICT ON CONSTRAINT suppressions_pkey DO NOTHING;
	ELSIF v_class = 'opt_in' THEN
		-- clears the opt-outs of the whole chain except '*'; DND stays
		-- (an opt-in keyword of one category clears only that category)
		DELETE FROM opt_consent.suppressions s
		 WHERE s.recipient = v_who AND s.kind = 'opt_out' AND s.channel = v_channel
		   AND (v_category = '*' OR s.category = v_category)
		   AND s.scope IN (SELECT c FROM opt_consent.scope_chain(v_sender, v_service) AS c
							WHERE c <> '*');
		INSERT INTO opt_consent.events (recipient, scope, channel, action, keyword, body, source, message_id, actor, sender,
										category)
			VALUES (v_who, v_record_at, v_channel, 'opt_in', v_keyword, body, 'inbound',
					message_id, opt_consent.calling_role(), v_sender, v_category)
			RETURNING id INTO v_event;
		-- the opt-in is recorded consent; its ledger row is the evidence
		INSERT INTO opt_consent.consents AS c (recipient, scope, channel, method, evidence, granted_at, expires_at, event_id, category)
			VALUES (v_who, v_record_at, v_channel, 'keyword', v_keyword, now(), NULL, v_event, v_category)
			ON CONFLICT ON CONSTRAINT consents_pkey DO UPDATE
			SET method = EXCLUDED.method, evidence = EXCLUDED.evidence,
				granted_at = EXCLUDED.granted_at, expires_at = NULL, event_id = EXCLUDED.event_id;
	ELSE
		INSERT INTO opt_consent.events (recipient, scope, channel, action, keyword, body, source, message_id, actor, sender)
			VALUES (v_who, v_record_at, v_channel, 'help', v_keyword, body, 'inbound',
					message_id, opt_consent.calling_role(), v_sender);
	END IF;
	RETURN v_class;
END
$$;
REVOKE ALL ON FUNCTION opt_consent.handle_inbound_impl(text, text, text, text, text, text, text, text) FROM PUBLIC;

CREATE FUNCTION opt_consent.handle_inbound(contact text, sender text, body text,
	service text DEFAULT NULL, channel text DEFAULT 'sms', message_id text DEFAULT NULL,
	mode text DEFAULT 'exact', opt_out_type text DEFAULT NULL)
	RETURNS opt_consent.keyword_class
	AS 'MODULE_PATHNAME', 'call_as_owner'
	LANGUAGE C VOLATILE SECURITY INVOKER SET search_path = pg_catalog, pg_temp;
REVOKE ALL ON FUNCTION opt_consent.handle_inbound(text, text, text, text, text, text, text, text) FROM PUBLIC;
DO $$
DECLARE
	r record;
BEGIN
	FOR r IN SELECT g.grantee, g.is_grantable FROM opt_consent_inbound_grants g LOOP
		EXECUTE pg_catalog.format(
			'GRANT EXECUTE ON FUNCTION opt_consent.handle_inbound(text, text, text, text, text, text, text, text) TO %s%s',
			CASE WHEN r.grantee = 0 THEN 'PUBLIC'
				 ELSE pg_catalog.quote_ident(pg_catalog.pg_get_userbyid(r.grantee)) END,
			CASE WHEN r.is_grantable THEN ' WITH GRANT OPTION' ELSE '' END);
	END LOOP;
END
$$;
DROP TABLE opt_consent_inbound_grants;


-- Roles (SPEC 9.4): what a role needs, by level, in one call
CREATE FUNCTION opt_consent.grant_role(role name, level text) RETURNS void
LANGUAGE plpgsql SECURITY DEFINER SET search_path = pg_catalog, pg_temp AS $$
DECLARE
	v_level text := lower(level);
	v_role text;
	r record;
BEGIN
	IF role IS NULL OR level IS NULL THEN
		RAISE EXCEPTION 'role and level must not be null' USING ERRCODE = '22004';
	END IF;
	IF v_level NOT IN ('reader', 'app', 'admin') THEN
		RAISE EXCEPTION 'invalid level "%"', level
			USING ERRCODE = '22023', HINT = 'The levels are reader, app and admin.';
	END IF;
	IF NOT EXISTS (SELECT FROM pg_catalog.pg_roles WHERE rolname = role) THEN
		RAISE EXCEPTION 'role "%" does not exist', role USING ERRCODE = '42704';
	END IF;
	v_role := pg_catalog.quote_ident(role);
	-- reader: every table and sequence of the schema, and history (enough
	-- for reports and for pg_dump of a database that has the extension)
	EXECUTE pg_catalog.format('GRANT USAGE ON SCHEMA opt_consent TO %s', v_role);
	EXECUTE pg_catalog.format('GRANT SELECT ON ALL TABLES IN SCHEMA opt_consent TO %s', v_role);
	EXECUTE pg_catalog.format('GRANT SELECT, USAGE ON ALL SEQUENCES IN SCHEMA opt_consent TO %s', v_role);
	EXECUTE pg_catalog.format('GRANT EXECUTE ON FUNCTION opt_consent.history(opt_consent.e164) TO %s', v_role);
	IF v_level IN ('app', 'admin') THEN
		FOR r IN
			SELECT p.oid::regprocedure AS fn
			  FROM pg_catalog.pg_proc p
			 WHERE p.pronamespace = 'opt_consent'::regnamespace
			   AND p.proname IN ('handle_inbound', 'opt_out', 'opt_in', 'set_dnd',
								 'grant_consent', 'mark_reassigned', 'reply')
		LOOP
			EXECUTE pg_catalog.format('GRANT EXECUTE ON FUNCTION %s TO %s', r.fn, v_role);
		END LOOP;
	END IF;
	IF v_level = 'admin' THEN
		FOR r IN
			SELECT c.oid::regclass AS tbl
			  FROM pg_catalog.pg_class c
			 WHERE c.relnamespace = 'opt_consent'::regnamespace AND c.relkind = 'r'
			   AND c.relname IN ('scopes', 'keywords', 'categories', 'replies', 'quiet_hours',
								 'caps', 'regions')
		LOOP
			EXECUTE pg_catalog.format('GRANT INSERT, UPDATE, DELETE ON %s TO %s', r.tbl, v_role);
		END LOOP;
		FOR r IN
			SELECT p.oid::regprocedure AS fn
			  FROM pg_catalog.pg_proc p
			 WHERE p.pronamespace = 'opt_consent'::regnamespace
			   AND p.proname IN ('add_language', 'protect', 'unprotect', 'lint')
		LOOP
			EXECUTE pg_catalog.format('GRANT EXECUTE ON FUNCTION %s TO %s', r.fn, v_role);
		END LOOP;
	END IF;
END
$$;
REVOKE ALL ON FUNCTION opt_consent.grant_role(name, text) FROM PUBLIC;

CREATE FUNCTION opt_consent.revoke_role(role name) RETURNS void
LANGUAGE plpgsql SECURITY DEFINER SET search_path = pg_catalog, pg_temp AS $$
DECLARE
	v_role text;
	r record;
BEGIN
	IF role IS NULL THEN
		RAISE EXCEPTION 'role must not be null' USING ERRCODE = '22004';
	END IF;
	IF NOT EXISTS (SELECT FROM pg_catalog.pg_roles WHERE rolname = role) THEN
		RAISE EXCEPTION 'role "%" does not exist', role USING ERRCODE = '42704';
	END IF;
	v_role := pg_catalog.quote_ident(role);
	EXECUTE pg_catalog.format('REVOKE ALL ON ALL TABLES IN SCHEMA opt_consent FROM %s', v_role);
	EXECUTE pg_catalog.format('REVOKE ALL ON ALL SEQUENCES IN SCHEMA opt_consent FROM %s', v_role);
	FOR r IN
		SELECT p.oid::regprocedure AS fn
		  FROM pg_catalog.pg_proc p
		 WHERE p.pronamespace = 'opt_consent'::regnamespace
		   AND p.proname IN ('history', 'handle_inbound', 'opt_out', 'opt_in', 'set_dnd',
							 'grant_consent', 'mark_reassigned', 'reply', 'add_language',
							 'protect', 'unprotect', 'lint')
	LOOP
		EXECUTE pg_catalog.format('REVOKE ALL ON FUNCTION %s FROM %s', r.fn, v_role);
	END LOOP;
END
$$;
REVOKE ALL ON FUNCTION opt_consent.revoke_role(name) FROM PUBLIC;

-- A stored key that the 1.2 dialling rules would read otherwise when it is
-- written with a space (SPEC 9.1: values are not re-parsed by the update):
-- a trunk prefix kept after the country code by the 1.1 rule, such as
-- +4407400123456 (now +447400123456)
CREATE FUNCTION opt_consent.read_otherwise(key opt_consent.e164) RETURNS opt_consent.e164
LANGUAGE plpgsql STABLE SET search_path = pg_catalog, pg_temp AS $$
DECLARE
	v opt_consent.e164;
BEGIN
	v := pg_catalog.regexp_replace(key::text, '^[+]([0-9])', '+\1 ')::opt_consent.e164;
	RETURN CASE WHEN v OPERATOR(opt_consent.<>) key THEN v END;
EXCEPTION WHEN invalid_text_representation THEN
	RETURN NULL;
END
$$;

-- lint() (SPEC 9.3): what looks wrong in the registry and its use
CREATE FUNCTION opt_consent.lint()
	RETURNS TABLE (problem text, object text, detail text)
LANGUAGE sql STABLE SECURITY DEFINER SET search_path = pg_catalog, pg_temp AS $$
	-- scope ids in use that are not registered
	SELECT 'unregistered scope', u.scope,
		   pg_catalog.format('%s row(s) of opt_consent.%s name it; sends from numbers registered under other scopes do not find them', u.n, u.tbl)
	  FROM (SELECT 'suppressions' AS tbl, s.scope, pg_catalog.count(*) AS n FROM opt_consent.suppressions s GROUP BY s.scope
			UNION ALL
			SELECT 'consents', c.scope, pg_catalog.count(*) FROM opt_consent.consents c GROUP BY c.scope
			UNION ALL
			SELECT 'keywords', k.scope, pg_catalog.count(*) FROM opt_consent.keywords k GROUP BY k.scope) u
	 WHERE u.scope <> '*' AND NOT EXISTS (SELECT FROM opt_consent.scopes s WHERE s.id = u.scope)
	UNION ALL
	-- protected tables whose enforcement is switched off
	SELECT 'enforcement disabled', t.tgrelid::regclass::text,
		   pg_catalog.format('trigger %s is %s', pg_catalog.quote_ident(t.tgname),
				CASE t.tgenabled WHEN 'D' THEN 'disabled' WHEN 'R' THEN 'enabled for replicas only' END)
	  FROM pg_catalog.pg_trigger t
	 WHERE t.tgfoid = 'opt_consent.enforce()'::regprocedure AND t.tgenabled IN ('D', 'R')
	UNION ALL
	-- protected tables that read national numbers with each session's setting
	SELECT 'no default country', t.tgrelid::regclass::text,
		   'national numbers are read with the session''s opt_consent.default_country_code; protect(..., default_country => ...) fixes it for the table'
	  FROM pg_catalog.pg_trigger t
	 WHERE t.tgfoid = 'opt_consent.enforce()'::regprocedure AND t.tgparentid = 0
	   AND (t.tgtype & 2) <> 0
	   AND pg_catalog.strpos(pg_catalog.encode(t.tgargs, 'escape'), 'country=') = 0
	   AND (SELECT a.atttypid FROM pg_catalog.pg_attribute a
			 WHERE a.attrelid = t.tgrelid AND NOT a.attisdropped
			   AND a.attname = pg_catalog.substring(pg_catalog.encode(t.tgargs, 'escape'), 'recipient=([^\\]*)')) <> 'opt_consent.e164'::regtype
	UNION ALL
	-- a number registered under one service while the opt-outs it received
	-- were recorded at a scope outside its chain
	SELECT 'number under another service', e.sender,
		   pg_catalog.format('registered under %s, but %s opt-out(s) it received were recorded at %s, which its sends do not look at',
				coalesce(s.parent, 'no parent'), pg_catalog.count(*), pg_catalog.string_agg(DISTINCT e.scope, ', '))
	  FROM opt_consent.events e
	  JOIN opt_consent.scopes s ON s.id = e.sender
	 WHERE e.action = 'opt_out' AND e.sender IS NOT NULL
	   AND e.scope NOT IN (SELECT c FROM opt_consent.scope_chain(e.sender) AS c)
	 GROUP BY e.sender, s.parent
	UNION ALL
	-- keys of the 1.1 parse rules that the 1.2 rules read otherwise (SPEC 9.1)
	SELECT 'key of the 1.1 number rules', k.recipient::text,
		   pg_catalog.format('opt_consent.%s holds %s, which is now read as %s: a send written the usual way does not find it',
				k.tbl, k.recipient, opt_consent.read_otherwise(k.recipient))
	  FROM (SELECT DISTINCT 'suppressions' AS tbl, s.recipient FROM opt_consent.suppressions s
			UNION
			SELECT DISTINCT 'consents', c.recipient FROM opt_consent.consents c) k
	 WHERE opt_consent.read_otherwise(k.recipient) IS NOT NULL
	ORDER BY 1, 2
$$;
REVOKE ALL ON FUNCTION opt_consent.lint() FROM PUBLIC;

-- The DROP guard (SPEC 9.4): a C event trigger sees which objects a DROP
-- names
CREATE FUNCTION opt_consent.guard_drop() RETURNS event_trigger
	AS 'MODULE_PATHNAME' LANGUAGE C;
CREATE EVENT TRIGGER opt_consent_guard_drop ON ddl_command_start
	WHEN TAG IN ('DROP EXTENSION', 'DROP SCHEMA', 'DROP OWNED')
	EXECUTE FUNCTION opt_consent.guard_drop();

------------------------------------------------------------------------------
-- Message categories and the FCC revoke-all rule (SPEC 9.5)
------------------------------------------------------------------------------

CREATE TABLE opt_consent.categories (
	id text PRIMARY KEY,
	label text,
	solicitation boolean NOT NULL DEFAULT false,
	CONSTRAINT categories_id_check CHECK (id ~ '^[a-z][a-z0-9_]{0,62}$' AND id <> 'all')
);
COMMENT ON TABLE opt_consent.categories IS 'message categories (marketing, account notices ...): what an opt-out or a consent covers';
SELECT pg_catalog.pg_extension_config_dump('opt_consent.categories', '');
CREATE TRIGGER categories_invalidate
	AFTER INSERT OR UPDATE OR DELETE ON opt_consent.categories
	FOR EACH ROW EXECUTE FUNCTION opt_consent.invalidate_cache();
CREATE TRIGGER categories_invalidate_truncate
	AFTER TRUNCATE ON opt_consent.categories
	FOR EACH STATEMENT EXECUTE FUNCTION opt_consent.invalidate_cache();
-- (the apply worker of a spoke fires only ALWAYS/REPLICA triggers)
ALTER TABLE opt_consent.categories ENABLE ALWAYS TRIGGER categories_invalidate;
ALTER TABLE opt_consent.categories ENABLE ALWAYS TRIGGER categories_invalidate_truncate;

-- A category in use cannot be removed or renamed: its opt-outs would name
-- nothing, and its keywords would record nothing (23503)
CREATE FUNCTION opt_consent.category_in_use() RETURNS trigger
LANGUAGE plpgsql SECURITY DEFINER SET search_path = pg_catalog, pg_temp AS $$
BEGIN
	IF TG_OP = 'UPDATE' AND NEW.id = OLD.id THEN
		RETURN NEW;
	END IF;
	IF EXISTS (SELECT FROM opt_consent.suppressions s WHERE s.category = OLD.id) OR
	   EXISTS (SELECT FROM opt_consent.consents c WHERE c.category = OLD.id) OR
	   EXISTS (SELECT FROM opt_consent.keywords k WHERE k.category = OLD.id) THEN
		RAISE EXCEPTION 'message category "%" is in use', OLD.id
			USING ERRCODE = '23503',
				  DETAIL = 'Opt-outs, consents or keywords of opt_consent name it.',
				  HINT = 'Keep it; relabel it with label instead.';
	END IF;
	RETURN CASE TG_OP WHEN 'DELETE' THEN OLD ELSE NEW END;
END
$$;
REVOKE ALL ON FUNCTION opt_consent.category_in_use() FROM PUBLIC;
CREATE TRIGGER categories_in_use BEFORE DELETE OR UPDATE OF id ON opt_consent.categories
	FOR EACH ROW EXECUTE FUNCTION opt_consent.category_in_use();

-- A category that is neither '*' nor registered: 23503 (not fired by the
-- apply worker of a spoke: the hub checked it)
CREATE FUNCTION opt_consent.check_category() RETURNS trigger
LANGUAGE plpgsql SECURITY DEFINER SET search_path = pg_catalog, pg_temp AS $$
BEGIN
	IF NEW.category IS NOT NULL AND NEW.category <> '*' AND
	   NOT EXISTS (SELECT FROM opt_consent.categories c WHERE c.id = NEW.category) THEN
		RAISE EXCEPTION 'message category "%" is not registered', NEW.category
			USING ERRCODE = '23503',
				  HINT = 'Register it in opt_consent.categories, or use ''*'' (every category).';
	END IF;
	RETURN NEW;
END
$$;
REVOKE ALL ON FUNCTION opt_consent.check_category() FROM PUBLIC;

ALTER TABLE opt_consent.suppressions ADD COLUMN category text NOT NULL DEFAULT '*';
ALTER TABLE opt_consent.suppressions DROP CONSTRAINT suppressions_pkey;
ALTER TABLE opt_consent.suppressions ADD CONSTRAINT suppressions_pkey
	PRIMARY KEY (recipient, scope, channel, kind, category);
ALTER TABLE opt_consent.consents ADD COLUMN category text NOT NULL DEFAULT '*';
ALTER TABLE opt_consent.consents DROP CONSTRAINT consents_pkey;
ALTER TABLE opt_consent.consents ADD CONSTRAINT consents_pkey
	PRIMARY KEY (recipient, scope, channel, category);
ALTER TABLE opt_consent.events ADD COLUMN category text NOT NULL DEFAULT '*';
-- the category an opt-out asked for, when the revoke-all rule widened it to '*'
ALTER TABLE opt_consent.events ADD COLUMN requested_category text;
ALTER TABLE opt_consent.keywords ADD COLUMN category text;
-- STOP, START and HELP cannot be narrowed to one category either (23514)
ALTER TABLE opt_consent.keywords ADD CONSTRAINT keywords_protected_category_check
	CHECK (category IS NULL OR keyword NOT IN ('STOP', 'START', 'HELP'));
CREATE TRIGGER suppressions_category BEFORE INSERT OR UPDATE OF category ON opt_consent.suppressions
	FOR EACH ROW EXECUTE FUNCTION opt_consent.check_category();
CREATE TRIGGER consents_category BEFORE INSERT OR UPDATE OF category ON opt_consent.consents
	FOR EACH ROW EXECUTE FUNCTION opt_consent.check_category();
CREATE TRIGGER events_category BEFORE INSERT ON opt_consent.events
	FOR EACH ROW EXECUTE FUNCTION opt_consent.check_category();
CREATE TRIGGER keywords_category BEFORE INSERT OR UPDATE OF category ON opt_consent.keywords
	FOR EACH ROW EXECUTE FUNCTION opt_consent.check_category();

-- Is the FCC revoke-all rule in force (opt_consent.revoke_all_from, UTC)?
CREATE FUNCTION opt_consent.revoke_all_in_force() RETURNS boolean
LANGUAGE sql STABLE SET search_path = pg_catalog, pg_temp AS $$
	SELECT CASE pg_catalog.lower(coalesce(nullif(pg_catalog.current_setting('opt_consent.revoke_all_from', true), ''), '2027-01-31'))
		WHEN 'never' THEN false
		ELSE (pg_catalog.now() AT TIME ZONE 'UTC')::date >=
			 coalesce(nullif(pg_catalog.current_setting('opt_consent.revoke_all_from', true), ''), '2027-01-31')::date
	END
$$;

-- opt_out, opt_in and grant_consent gain a trailing category: new
-- signatures (grants carried over)
CREATE TEMPORARY TABLE opt_consent_category_grants AS
	SELECT p.proname::text AS proname, a.grantee, a.is_grantable
	  FROM pg_catalog.pg_proc p, pg_catalog.aclexplode(p.proacl) a
	 WHERE p.oid IN ('opt_consent.opt_out(opt_consent.e164, text, text, text, text)'::regprocedure,
					 'opt_consent.opt_in(opt_consent.e164, text, text, text)'::regprocedure,
					 'opt_consent.grant_consent(opt_consent.e164, text, text, text, text, timestamptz)'::regprocedure)
	   AND a.privilege_type = 'EXECUTE' AND a.grantee <> p.proowner;
DROP FUNCTION opt_consent.opt_out(opt_consent.e164, text, text, text, text);
DROP FUNCTION opt_consent.opt_out_impl(opt_consent.e164, text, text, text, text);
DROP FUNCTION opt_consent.opt_in(opt_consent.e164, text, text, text);
DROP FUNCTION opt_consent.opt_in_impl(opt_consent.e164, text, text, text);
DROP FUNCTION opt_consent.grant_consent(opt_consent.e164, text, text, text, text, timestamptz);
DROP FUNCTION opt_consent.grant_consent_impl(opt_consent.e164, text, text, text, text, timestamptz);

CREATE FUNCTION opt_consent.opt_out_impl(recipient opt_consent.e164, scope text DEFAULT '*',
	channel text DEFAULT 'sms', source text DEFAULT 'api', keyword text DEFAULT NULL,
	category text DEFAULT '*')
	RETURNS bigint
LANGUAGE plpgsql SECURITY DEFINER SET search_path = pg_catalog, opt_consent, pg_temp AS $$
#variable_conflict use_variable
DECLARE
	v_scope text := opt_consent.canonical_scope(coalesce(scope, '*'));
	v_channel text := opt_consent.channel_family(coalesce(channel, 'sms'));
	v_source text := coalesce(source, 'api');
	v_keyword text := NULLIF(opt_consent.normalize_keyword(keyword), '');
	v_requested text := coalesce(category, '*');
	v_category text := coalesce(category, '*');
	v_event bigint;
BEGIN
	IF recipient IS NULL THEN
		RAISE EXCEPTION 'recipient must not be null' USING ERRCODE = '22004';
	END IF;
	PERFORM opt_consent.check_scope_registered(v_scope);
	IF v_requested <> '*' AND NOT EXISTS (SELECT FROM opt_consent.categories c WHERE c.id = v_requested) THEN
		RAISE EXCEPTION 'message category "%" is not registered', v_requested
			USING ERRCODE = '23503',
				  HINT = 'Register it in opt_consent.categories, or use ''*'' (every category).';
	END IF;
	-- the FCC revoke-all rule: from its date an opt-out covers every category
	IF v_category <> '*' AND opt_consent.revoke_all_in_force() THEN
		v_category := '*';
	END IF;
	-- one writer per recipient at a time: the ledger's order is the state's
	PERFORM pg_catalog.pg_advisory_xact_lock(1869640053, pg_catalog.hashtext(recipient::text));
	INSERT INTO opt_consent.events (recipient, scope, channel, action, keyword, source, actor,
									category, requested_category)
		VALUES (recipient, v_scope, v_channel, 'opt_out', v_keyword, v_source,
				opt_consent.calling_role(), v_category,
				CASE WHEN v_requested <> v_category THEN v_requested END)
		RETURNING id INTO v_event;
	INSERT INTO opt_consent.suppressions (recipient, scope, channel, kind, keyword, source, since,
										  event_id, category)
		VALUES (recipient, v_scope, v_channel, 'opt_out', v_keyword, v_source, now(), v_event,
				v_category)
		ON CONFLICT ON CONSTRAINT suppressions_pkey DO NOTHING;
	RETURN v_event;
END
$$;

-- opt_in: an opt-in of one category clears only that category's opt-outs;
-- of '*', every category's (at exactly that scope and channel family)
CREATE FUNCTION opt_consent.opt_in_impl(recipient opt_consent.e164, scope text DEFAULT '*',
	channel text DEFAULT 'sms', source text DEFAULT 'api', category text DEFAULT '*')
	RETURNS integer
LANGUAGE plpgsql SECURITY DEFINER SET search_path = pg_catalog, opt_consent, pg_temp AS $$
#variable_conflict use_variable
DECLARE
	v_scope text := opt_consent.canonical_scope(coalesce(scope, '*'));
	v_channel text := opt_consent.channel_family(coalesce(channel, 'sms'));
	v_category text := coalesce(category, '*');
	v_removed integer;
BEGIN
	IF recipient IS NULL THEN
		RAISE EXCEPTION 'recipient must not be null' USING ERRCODE = '22004';
	END IF;
	PERFORM opt_consent.check_scope_registered(v_scope);
	PERFORM pg_catalog.pg_advisory_xact_lock(1869640053, pg_catalog.hashtext(recipient::text));
	DELETE FROM opt_consent.suppressions s
	 WHERE s.recipient = recipient AND s.scope = v_scope
	   AND s.channel = v_channel AND s.kind = 'opt_out'
	   AND (v_category = '*' OR s.category = v_category);
	GET DIAGNOSTICS v_removed = ROW_COUNT;
	INSERT INTO opt_consent.events (recipient, scope, channel, action, source, actor, category)
		VALUES (recipient, v_scope, v_channel, 'opt_in', coalesce(source, 'api'),
				opt_consent.calling_role(), v_category);
	RETURN v_removed;
END
$$;

CREATE FUNCTION opt_consent.grant_consent_impl(recipient opt_consent.e164, scope text,
	channel text DEFAULT 'sms', method text DEFAULT 'api', evidence text DEFAULT NULL,
	expires_at timestamptz DEFAULT NULL, category text DEFAULT '*')
	RETURNS bigint
LANGUAGE plpgsql SECURITY DEFINER SET search_path = pg_catalog, opt_consent, pg_temp AS $$
#variable_conflict use_variable
DECLARE
	v_scope text := opt_consent.canonical_scope(coalesce(scope, '*'));
	v_channel text := opt_consent.channel_family(coalesce(channel, 'sms'));
	v_method text := coalesce(method, 'api');
	v_category text := coalesce(category, '*');
	v_event bigint;
BEGIN
	IF recipient IS NULL THEN
		RAISE EXCEPTION 'recipient must not be null' USING ERRCODE = '22004';
	END IF;
	PERFORM opt_consent.check_scope_registered(v_scope);
	PERFORM pg_catalog.pg_advisory_xact_lock(1869640053, pg_catalog.hashtext(recipient::text));
	INSERT INTO opt_consent.events (recipient, scope, channel, action, body, source, actor, category)
		VALUES (recipient, v_scope, v_channel, 'consent', evidence, v_method,
				opt_consent.calling_role(), v_category)
		RETURNING id INTO v_event;
	INSERT INTO opt_consent.consents AS c (recipient, scope, channel, method, evidence, granted_at,
										   expires_at, event_id, category)
		VALUES (recipient, v_scope, v_channel, v_method, evidence, now(), expires_at, v_event,
				v_category)
		ON CONFLICT ON CONSTRAINT consents_pkey DO UPDATE
		SET method = EXCLUDED.method, evidence = EXCLUDED.evidence,
			granted_at = EXCLUDED.granted_at, expires_at = EXCLUDED.expires_at,
			event_id = EXCLUDED.event_id;
	RETURN v_event;
END
$$;
REVOKE ALL ON FUNCTION opt_consent.opt_out_impl(opt_consent.e164, text, text, text, text, text) FROM PUBLIC;
REVOKE ALL ON FUNCTION opt_consent.opt_in_impl(opt_consent.e164, text, text, text, text) FROM PUBLIC;
REVOKE ALL ON FUNCTION opt_consent.grant_consent_impl(opt_consent.e164, text, text, text, text, timestamptz, text) FROM PUBLIC;

CREATE FUNCTION opt_consent.opt_out(recipient opt_consent.e164, scope text DEFAULT '*',
	channel text DEFAULT 'sms', source text DEFAULT 'api', keyword text DEFAULT NULL,
	category text DEFAULT '*')
	RETURNS bigint AS 'MODULE_PATHNAME', 'call_as_owner'
	LANGUAGE C VOLATILE SECURITY INVOKER SET search_path = pg_catalog, pg_temp;
CREATE FUNCTION opt_consent.opt_in(recipient opt_consent.e164, scope text DEFAULT '*',
	channel text DEFAULT 'sms', source text DEFAULT 'api', category text DEFAULT '*')
	RETURNS integer AS 'MODULE_PATHNAME', 'call_as_owner'
	LANGUAGE C VOLATILE SECURITY INVOKER SET search_path = pg_catalog, pg_temp;
CREATE FUNCTION opt_consent.grant_consent(recipient opt_consent.e164, scope text,
	channel text DEFAULT 'sms', method text DEFAULT 'api', evidence text DEFAULT NULL,
	expires_at timestamptz DEFAULT NULL, category text DEFAULT '*')
	RETURNS bigint AS 'MODULE_PATHNAME', 'call_as_owner'
	LANGUAGE C VOLATILE SECURITY INVOKER SET search_path = pg_catalog, pg_temp;
REVOKE ALL ON FUNCTION opt_consent.opt_out(opt_consent.e164, text, text, text, text, text) FROM PUBLIC;
REVOKE ALL ON FUNCTION opt_consent.opt_in(opt_consent.e164, text, text, text, text) FROM PUBLIC;
REVOKE ALL ON FUNCTION opt_consent.grant_consent(opt_consent.e164, text, text, text, text, timestamptz, text) FROM PUBLIC;
DO $$
DECLARE
	r record;
BEGIN
	FOR r IN SELECT g.proname, g.grantee, g.is_grantable FROM opt_consent_category_grants g LOOP
		EXECUTE pg_catalog.format('GRANT EXECUTE ON FUNCTION %s TO %s%s',
			CASE r.proname
				WHEN 'opt_out' THEN 'opt_consent.opt_out(opt_consent.e164, text, text, text, text, text)'
				WHEN 'opt_in' THEN 'opt_consent.opt_in(opt_consent.e164, text, text, text, text)'
				ELSE 'opt_consent.grant_consent(opt_consent.e164, text, text, text, text, timestamptz, text)' END,
			CASE WHEN r.grantee = 0 THEN 'PUBLIC'
				 ELSE pg_catalog.quote_ident(pg_catalog.pg_get_userbyid(r.grantee)) END,
			CASE WHEN r.is_grantable THEN ' WITH GRANT OPTION' ELSE '' END);
	END LOOP;
END
$$;
DROP TABLE opt_consent_category_grants;

-- match_inbound also says the keyword's category
DROP FUNCTION opt_consent.match_inbound(text, text, text, text);
CREATE FUNCTION opt_consent.match_inbound(body text, sender text, service text, mode text,
	OUT class opt_consent.keyword_class, OUT keyword text, OUT reach text, OUT category text)
	AS 'MODULE_PATHNAME' LANGUAGE C STABLE PARALLEL RESTRICTED;

-- status and is_blocked gain a trailing category (NULL: an unlabelled message).
-- A view or function of yours that uses them must be dropped first (and
-- made again after the update); their privileges are carried over.
DO $$
DECLARE
	v_dep text;
BEGIN
	SELECT pg_catalog.pg_describe_object(d.classid, d.objid, d.objsubid) INTO v_dep
	  FROM pg_catalog.pg_depend d
	 WHERE d.refclassid = 'pg_catalog.pg_proc'::regclass
	   AND d.refobjid IN ('opt_consent.status(opt_consent.e164, text, text, text)'::regprocedure,
						  'opt_consent.is_blocked(opt_consent.e164, text, text, text)'::regprocedure)
	   AND d.deptype = 'n'
	 LIMIT 1;
	IF FOUND THEN
		RAISE EXCEPTION 'opt_consent 1.2 changes status() and is_blocked(), and % uses them', v_dep
			USING ERRCODE = '2BP01',
				  HINT = 'Drop it, run ALTER EXTENSION opt_consent UPDATE, then create it again.';
	END IF;
END
$$;
CREATE TEMPORARY TABLE opt_consent_lookup_acl AS
	SELECT p.proname::text AS proname, p.proacl
	  FROM pg_catalog.pg_proc p
	 WHERE p.oid IN ('opt_consent.status(opt_consent.e164, text, text, text)'::regprocedure,
					 'opt_consent.is_blocked(opt_consent.e164, text, text, text)'::regprocedure);
DROP FUNCTION opt_consent.status(opt_consent.e164, text, text, text);
DROP FUNCTION opt_consent.is_blocked(opt_consent.e164, text, text, text);
CREATE FUNCTION opt_consent.status(recipient opt_consent.e164, sender text DEFAULT NULL,
	service text DEFAULT NULL, channel text DEFAULT 'sms', category text DEFAULT NULL)
	RETURNS TABLE (allowed boolean, kind text, scope text, on_channel text, since timestamptz,
				   keyword text)
	AS 'MODULE_PATHNAME' LANGUAGE C STABLE PARALLEL RESTRICTED ROWS 1;
CREATE FUNCTION opt_consent.is_blocked(recipient opt_consent.e164, sender text DEFAULT NULL,
	service text DEFAULT NULL, channel text DEFAULT 'sms', category text DEFAULT NULL)
	RETURNS boolean
	AS 'MODULE_PATHNAME' LANGUAGE C STABLE PARALLEL RESTRICTED;
DO $$
DECLARE
	r record;
	a record;
	v_fn text;
BEGIN
	FOR r IN SELECT * FROM opt_consent_lookup_acl WHERE proacl IS NOT NULL LOOP
		v_fn := pg_catalog.format('opt_consent.%I(opt_consent.e164, text, text, text, text)', r.proname);
		EXECUTE pg_catalog.format('REVOKE ALL ON FUNCTION %s FROM PUBLIC', v_fn);
		FOR a IN SELECT * FROM pg_catalog.aclexplode(r.proacl) x
				  WHERE x.privilege_type = 'EXECUTE'
					AND x.grantee <> (SELECT p.proowner FROM pg_catalog.pg_proc p
									   WHERE p.oid = v_fn::regprocedure) LOOP
			EXECUTE pg_catalog.format('GRANT EXECUTE ON FUNCTION %s TO %s%s', v_fn,
				CASE WHEN a.grantee = 0 THEN 'PUBLIC'
					 ELSE pg_catalog.quote_ident(pg_catalog.pg_get_userbyid(a.grantee)) END,
				CASE WHEN a.is_grantable THEN ' WITH GRANT OPTION' ELSE '' END);
		END LOOP;
	END LOOP;
END
$$;
DROP TABLE opt_consent_lookup_acl;

-- Reply texts (SPEC 9.5): per scope, class and language; built-in English
-- defaults shaped by the CTIA Messaging Principles and Best Practices
CREATE TABLE opt_consent.replies (
	scope text NOT NULL DEFAULT '*',
	class opt_consent.keyword_class NOT NULL,
	language text NOT NULL DEFAULT 'en',
	body text NOT NULL,
	PRIMARY KEY (scope, class, language),
	CONSTRAINT replies_class_check CHECK (class <> 'none'),
	CONSTRAINT replies_language_check CHECK (language ~ '^[a-z]{2,3}(-[A-Za-z0-9]{2,8})?$'),
	CONSTRAINT replies_body_check CHECK (body <> '')
);
COMMENT ON TABLE opt_consent.replies IS 'texts to send back to STOP, START and HELP, per scope and language';
SELECT pg_catalog.pg_extension_config_dump('opt_consent.replies', '');
CREATE FUNCTION opt_consent.replies_normalize() RETURNS trigger
LANGUAGE plpgsql SET search_path = pg_catalog, pg_temp AS $$
BEGIN
	NEW.scope := opt_consent.canonical_scope(NEW.scope);
	NEW.language := pg_catalog.lower(NEW.language);
	RETURN NEW;
END
$$;
CREATE TRIGGER replies_normalize BEFORE INSERT OR UPDATE ON opt_consent.replies
	FOR EACH ROW EXECUTE FUNCTION opt_consent.replies_normalize();

CREATE FUNCTION opt_consent.reply(sender text, service text, class opt_consent.keyword_class,
	language text DEFAULT 'en')
	RETURNS text
LANGUAGE plpgsql STABLE SECURITY DEFINER SET search_path = pg_catalog, pg_temp AS $$
#variable_conflict use_variable
DECLARE
	v_lang text := pg_catalog.lower(coalesce(language, 'en'));
	v_body text;
	v_brand text;
BEGIN
	IF class IS NULL OR class = 'none' THEN
		RETURN NULL;
	END IF;
	-- the most specific scope's text in that language, else in English
	SELECT r.body INTO v_body
	  FROM opt_consent.scope_chain(sender, service) WITH ORDINALITY AS c(id, n)
	  JOIN opt_consent.replies r ON r.scope = c.id AND r.class = reply.class
	 WHERE r.language IN (v_lang, 'en')
	 ORDER BY (r.language <> v_lang), c.n
	 LIMIT 1;
	-- the brand: the label of the most specific labelled scope
	SELECT s.label INTO v_brand
	  FROM opt_consent.scope_chain(sender, service) WITH ORDINALITY AS c(id, n)
	  JOIN opt_consent.scopes s ON s.id = c.id
	 WHERE s.label IS NOT NULL AND s.label <> ''
	 ORDER BY c.n
	 LIMIT 1;
	IF v_body IS NULL THEN
		v_body := CASE class
			WHEN 'opt_out' THEN '{brand}: You are unsubscribed and will receive no further messages. Reply START to resubscribe.'
			WHEN 'help' THEN '{brand}: For help, contact {brand}. Reply STOP to unsubscribe. Msg & data rates may apply.'
			ELSE '{brand}: You are subscribed to messages. Msg frequency varies. Msg & data rates may apply. Reply HELP for help, STOP to cancel.'
		END;
	END IF;
	RETURN pg_catalog.replace(v_body, '{brand}',
		coalesce(v_brand, opt_consent.canonical_scope(service), opt_consent.canonical_scope(sender), 'this sender'));
END
$$;

-- The registry publication carries the categories and reply texts too
-- (a spoke checks a row's category against them)
CREATE OR REPLACE FUNCTION opt_consent.create_registry_publication(
	publication name DEFAULT 'opt_consent_registry', include_ledger boolean DEFAULT false)
	RETURNS void
LANGUAGE plpgsql SECURITY DEFINER SET search_path = pg_catalog, pg_temp AS $$
BEGIN
	IF EXISTS (SELECT FROM opt_consent.registry_node n WHERE n.role = 'spoke') THEN
		RAISE EXCEPTION 'this database is a spoke of the consent registry'
			USING ERRCODE = '55000', HINT = 'Create the publication on the hub.';
	END IF;
	EXECUTE format('CREATE PUBLICATION %I FOR TABLE opt_consent.scopes, opt_consent.suppressions, '
				   'opt_consent.keywords, opt_consent.consents, opt_consent.categories, '
				   'opt_consent.replies%s',
				   coalesce(publication, 'opt_consent_registry'),
				   CASE WHEN coalesce(include_ledger, false) THEN ', opt_consent.events' ELSE '' END);
	INSERT INTO opt_consent.registry_node (role, hub) VALUES ('hub', NULL)
		ON CONFLICT (singleton) DO UPDATE SET role = 'hub', hub = NULL, since = now();
END
$$;
CREATE TRIGGER categories_spoke_guard BEFORE INSERT OR UPDATE OR DELETE OR TRUNCATE
	ON opt_consent.categories FOR EACH STATEMENT EXECUTE FUNCTION opt_consent.refuse_spoke_writes();
CREATE TRIGGER replies_spoke_guard BEFORE INSERT OR UPDATE OR DELETE OR TRUNCATE
	ON opt_consent.replies FOR EACH STATEMENT EXECUTE FUNCTION opt_consent.refuse_spoke_writes();

-- set_dnd records at a scope too: the unknown-scope check (SPEC 9.3)
CREATE OR REPLACE FUNCTION opt_consent.set_dnd_impl(recipient opt_consent.e164, channel text DEFAULT 'all',
	enabled boolean DEFAULT true, scope text DEFAULT '*', permanent boolean DEFAULT false)
	RETURNS bigint
LANGUAGE plpgsql SECURITY DEFINER SET search_path = pg_catalog, opt_consent, pg_temp AS $$
#variable_conflict use_variable
DECLARE
	v_scope text := opt_consent.canonical_scope(coalesce(scope, '*'));
	v_channel text := opt_consent.channel_family(coalesce(channel, 'all'));
	v_permanent boolean := coalesce(permanent, false);
	v_was_permanent boolean;
	v_event bigint;
BEGIN
	IF recipient IS NULL THEN
		RAISE EXCEPTION 'recipient must not be null' USING ERRCODE = '22004';
	END IF;
	PERFORM opt_consent.check_scope_registered(v_scope);
	-- one writer per recipient at a time: the ledger's order is the state's
	PERFORM pg_catalog.pg_advisory_xact_lock(1869640053, pg_catalog.hashtext(recipient::text));
	IF coalesce(enabled, true) THEN
		INSERT INTO opt_consent.events (recipient, scope, channel, action, source, actor)
			VALUES (recipient, v_scope, v_channel, 'dnd_on', 'api', opt_consent.calling_role())
			RETURNING id INTO v_event;
		INSERT INTO opt_consent.suppressions AS s (recipient, scope, channel, kind, permanent, source, since, event_id)
			VALUES (recipient, v_scope, v_channel, 'dnd', v_permanent, 'api', now(), v_event)
			ON CONFLICT ON CONSTRAINT suppressions_pkey
			DO UPDATE SET permanent = s.permanent OR EXCLUDED.permanent;
	ELSE
		SELECT s.permanent INTO v_was_permanent
		  FROM opt_consent.suppressions s
		 WHERE s.recipient = recipient AND s.scope = v_scope
		   AND s.channel = v_channel AND s.kind = 'dnd'
		   FOR UPDATE;
		IF v_was_permanent AND NOT opt_consent.caller_is_superuser() THEN
			RAISE EXCEPTION 'permission denied to turn off a permanent Do Not Disturb'
				USING ERRCODE = '42501',
					  DETAIL = format('%s has a permanent Do Not Disturb at scope %s on channel %s.',
									  recipient, v_scope, v_channel),
					  HINT = 'Only a superuser can lift a permanent Do Not Disturb.';
		END IF;
		DELETE FROM opt_consent.suppressions s
		 WHERE s.recipient = recipient AND s.scope = v_scope
		   AND s.channel = v_channel AND s.kind = 'dnd';
		INSERT INTO opt_consent.events (recipient, scope, channel, action, source, actor)
			VALUES (recipient, v_scope, v_channel, 'dnd_off', 'api', opt_consent.calling_role())
			RETURNING id INTO v_event;
	END IF;
	RETURN v_event;
END
$$;
