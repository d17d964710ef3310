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
	default_country text DEFAULT NULL)
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
		v_args := v_args || (v_col.key || '=' || v_col.colname);
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
REVOKE ALL ON FUNCTION opt_consent.protect_impl(regclass, name, name, name, name, text, name, name, text, name, text) FROM PUBLIC;

CREATE FUNCTION opt_consent.protect(tbl regclass, recipient_column name,
	sender_column name DEFAULT NULL, service_column name DEFAULT NULL,
	channel_column name DEFAULT NULL, on_block text DEFAULT 'error',
	status_column name DEFAULT NULL, error_code_column name DEFAULT NULL,
	blocked_status text DEFAULT 'failed', purpose_column name DEFAULT NULL,
	default_country text DEFAULT NULL)
	RETURNS void
	AS 'MODULE_PATHNAME', 'call_as_owner'
	LANGUAGE C VOLATILE SECURITY INVOKER SET search_path = pg_catalog, pg_temp;
REVOKE ALL ON FUNCTION opt_consent.protect(regclass, name, name, name, name, text, name, name, text, name, text) FROM PUBLIC;
DO $$
DECLARE
	r record;
BEGIN
	FOR r IN SELECT g.grantee, g.is_grantable FROM opt_consent_protect_grants g LOOP
		EXECUTE pg_catalog.format(
			'GRANT EXECUTE ON FUNCTION opt_consent.protect(regclass, name, name, name, name, text, name, name, text, name, text) TO %s%s',
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
