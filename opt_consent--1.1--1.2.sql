/* opt_consent--1.1--1.2.sql: version 1.2 (so far SPEC 11, hardening) */

-- complain if script is sourced in psql, rather than via ALTER EXTENSION
\echo Use "ALTER EXTENSION opt_consent UPDATE TO '1.2'" to load this file. \quit

-- The schema, checked first as opt_consent--1.0.sql checks it (since 1.2's
-- last review; a 1.1 installed from an earlier release has no such check):
-- one that a role other than a superuser (or the extension's owner) owns,
-- or that holds objects of such a role, is refused (42501).
CREATE OR REPLACE FUNCTION opt_consent.check_schema(raise boolean DEFAULT true) RETURNS text
	AS 'MODULE_PATHNAME', 'check_schema' LANGUAGE C VOLATILE;
REVOKE ALL ON FUNCTION opt_consent.check_schema(boolean) FROM PUBLIC;
SELECT opt_consent.check_schema();

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
	AS 'MODULE_PATHNAME' LANGUAGE C IMMUTABLE PARALLEL SAFE;
-- (SPEC: only normalize_keyword is STRICT; these 1.0 helpers were, and
-- answer NULL for NULL as before)
ALTER FUNCTION opt_consent.canonical_scope(text) CALLED ON NULL INPUT;
ALTER FUNCTION opt_consent.channel_family(text) CALLED ON NULL INPUT;

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
		WHEN 'timestamptz' THEN typ = 'pg_catalog.timestamptz'::regtype
		ELSE false
	END
$$;

-- protect(): no cast of a user type as definer (SPEC 11), the final check
-- trigger, default_country.  Grants on the old signature are carried over
-- (at the end of this script, with the other replaced functions').
CREATE TEMPORARY TABLE opt_consent_protect_grants AS
	SELECT a.grantee, a.is_grantable
	  FROM pg_catalog.pg_proc p, pg_catalog.aclexplode(p.proacl) a
	 WHERE p.oid = 'opt_consent.protect(regclass, name, name, name, name, text, name, name, text, name)'::regprocedure
	   AND a.privilege_type = 'EXECUTE' AND a.grantee <> p.proowner;
DROP FUNCTION opt_consent.protect(regclass, name, name, name, name, text, name, name, text, name);
DROP FUNCTION opt_consent.is_text_type(oid);
-- (made by the 1.0 and 1.0--1.1 scripts of this release; not by earlier ones)
DROP FUNCTION IF EXISTS opt_consent.is_builtin_base_type(oid);

CREATE FUNCTION opt_consent.protect_impl(tbl regclass, recipient_column name,
	sender_column name DEFAULT NULL, service_column name DEFAULT NULL,
	channel_column name DEFAULT NULL, on_block text DEFAULT 'error',
	status_column name DEFAULT NULL, error_code_column name DEFAULT NULL,
	blocked_status text DEFAULT 'failed', purpose_column name DEFAULT NULL,
	default_country text DEFAULT NULL, recheck text DEFAULT NULL,
	category_column name DEFAULT NULL, send_at_column name DEFAULT NULL,
	region_column name DEFAULT NULL, timezone_column name DEFAULT NULL,
	on_quiet text DEFAULT NULL)
	RETURNS void
LANGUAGE plpgsql SECURITY DEFINER SET search_path = pg_catalog, pg_temp AS $$
#variable_conflict use_variable
DECLARE
	v_mode text := lower(coalesce(on_block, 'error'));
	v_quiet text := lower(coalesce(on_quiet, on_block, 'error'));
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
		-- 'status: sending | sent' would never match 'sending' or 'sent'
		IF v_recheck_values ~ '(^|\|)\s|\s($|\|)' THEN
			RAISE EXCEPTION 'invalid recheck "%": a value begins or ends with a space', recheck
				USING ERRCODE = '22023',
					  HINT = 'Write the values as they are stored, without spaces around ":" and "|": status:sending|sent.';
		END IF;
	END IF;
	IF v_mode NOT IN ('error', 'skip', 'mark') THEN
		RAISE EXCEPTION 'invalid on_block "%"', on_block
			USING ERRCODE = '22023', HINT = 'on_block is error, skip or mark.';
	END IF;
	IF v_mode = 'mark' AND status_column IS NULL THEN
		RAISE EXCEPTION 'on_block => ''mark'' needs status_column'
			USING ERRCODE = '22023';
	END IF;
	IF v_quiet NOT IN ('error', 'skip', 'mark', 'defer') THEN
		RAISE EXCEPTION 'invalid on_quiet "%"', on_quiet
			USING ERRCODE = '22023', HINT = 'on_quiet is error, skip, mark or defer.';
	END IF;
	IF v_quiet = 'mark' AND status_column IS NULL THEN
		RAISE EXCEPTION 'on_quiet => ''mark'' needs status_column'
			USING ERRCODE = '22023';
	END IF;
	IF v_quiet = 'defer' AND send_at_column IS NULL THEN
		RAISE EXCEPTION 'on_quiet => ''defer'' needs send_at_column'
			USING ERRCODE = '22023',
				  HINT = 'The row goes in with its send_at column set to the next allowed time.';
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
					   (10, 'send_at', send_at_column, 'timestamptz'),
					   (11, 'region', region_column, 'text'),
					   (12, 'timezone', timezone_column, 'text'),
					   -- (checked in every mode, used by mark only)
					   (5, 'status', status_column, 'status'),
					   (6, 'error_code', error_code_column, 'integer'))
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
						WHEN 'timestamptz' THEN 'It must be timestamp with time zone (not a domain).'
						ELSE 'It must be smallint, integer or bigint (not a domain).' END;
		END IF;
		-- an e164 value was parsed by its input function before any trigger
		IF v_col.key = 'recipient' AND default_country IS NOT NULL AND
		   v_type = 'opt_consent.e164'::pg_catalog.regtype THEN
			RAISE EXCEPTION 'default_country cannot apply to recipient column "%" of type opt_consent.e164', v_col.colname
				USING ERRCODE = '22023',
					  DETAIL = 'An e164 value is parsed when it is written, with the session''s opt_consent.default_country_code, before the table''s trigger sees it.',
					  HINT = 'Omit default_country, or store the recipient as text so that the table reads national numbers with its own country.';
		END IF;
		IF v_col.key IN ('status', 'error_code') AND 'mark' NOT IN (v_mode, v_quiet) THEN
			CONTINUE;
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

	-- mark and defer change the row in a BEFORE trigger: a column they set
	-- that is in a partition key makes PostgreSQL refuse the INSERT (0A000,
	-- moving a row to another partition), so such a send fails instead
	FOR v_col IN
		SELECT k.colname, k.what
		  FROM (VALUES (status_column, 'mark', 'mark' IN (v_mode, v_quiet)),
					   (error_code_column, 'mark', 'mark' IN (v_mode, v_quiet)),
					   (send_at_column, 'defer', v_quiet = 'defer')) AS k(colname, what, used)
		 WHERE k.used AND k.colname IS NOT NULL
		   AND EXISTS (SELECT FROM pg_catalog.pg_partition_tree(tbl) pt
						 JOIN pg_catalog.pg_partitioned_table p ON p.partrelid = pt.relid
						 JOIN pg_catalog.pg_attribute a ON a.attrelid = pt.relid
						WHERE a.attname = k.colname AND NOT a.attisdropped
						  AND (a.attnum = ANY (p.partattrs::pg_catalog.int2[])
							   OR pg_catalog.strpos(p.partexprs::text, ':varattno ' || a.attnum || ' ') > 0))
	LOOP
		RAISE WARNING 'column "%" of % is in a partition key: a new row that % would move to another partition is refused',
			v_col.colname, tbl, v_col.what
			USING DETAIL = 'PostgreSQL does not let a BEFORE ROW trigger move a new row to another partition (0A000); an UPDATE can move it.',
				  HINT = CASE v_col.what
					WHEN 'mark' THEN pg_catalog.format('Keep the values mark sets (status %L) in the partitions new rows go to, or use another mode.', v_status)
					ELSE 'Let the partitions new rows go to hold the deferred send_at too, or use another mode.' END;
	END LOOP;

	v_args := v_args || ('on_block=' || v_mode);
	IF v_quiet <> v_mode THEN
		v_args := v_args || ('on_quiet=' || v_quiet);
	END IF;
	IF 'mark' IN (v_mode, v_quiet) THEN
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

	-- children by inheritance (INHERITS, not partitions) get no trigger of
	-- their parent: their rows, inserted into them or dispatched through
	-- the parent, are not checked until they are protected too (lint()
	-- reports them)
	FOR v_col IN
		SELECT i.inhrelid::pg_catalog.regclass AS child
		  FROM pg_catalog.pg_inherits i
		  JOIN pg_catalog.pg_class c ON c.oid = i.inhrelid
		 WHERE i.inhparent = tbl AND NOT c.relispartition
		   AND NOT EXISTS (SELECT FROM pg_catalog.pg_trigger t
							WHERE t.tgrelid = i.inhrelid
							  AND t.tgfoid = 'opt_consent.enforce()'::pg_catalog.regprocedure)
		 ORDER BY 1
	LOOP
		RAISE WARNING 'table % inherits from %, and its rows are not checked', v_col.child, tbl
			USING DETAIL = 'Tables that inherit (INHERITS) do not get their parent''s triggers, as partitions do: rows inserted into them, or dispatched through the parent, are not checked.',
				  HINT = pg_catalog.format('Protect it too: SELECT opt_consent.protect(%L, ...) with the same arguments.', v_col.child::text);
	END LOOP;

	-- its sends count toward frequency caps whoever owns it (see
	-- protected_tables)
	INSERT INTO opt_consent.protected_tables AS p (schema_name, table_name, owner_name, protected_by)
	SELECT n.nspname, c.relname, pg_catalog.pg_get_userbyid(c.relowner), opt_consent.calling_role()
	  FROM pg_catalog.pg_class c JOIN pg_catalog.pg_namespace n ON n.oid = c.relnamespace
	 WHERE c.oid = tbl
	ON CONFLICT (schema_name, table_name) DO UPDATE
	   SET owner_name = excluded.owner_name, protected_by = excluded.protected_by,
		   protected_at = pg_catalog.now();
END
$$;
REVOKE ALL ON FUNCTION opt_consent.protect_impl(regclass, name, name, name, name, text, name, name, text, name, text, text, name, name, name, name, text) FROM PUBLIC;

CREATE FUNCTION opt_consent.protect(tbl regclass, recipient_column name,
	sender_column name DEFAULT NULL, service_column name DEFAULT NULL,
	channel_column name DEFAULT NULL, on_block text DEFAULT 'error',
	status_column name DEFAULT NULL, error_code_column name DEFAULT NULL,
	blocked_status text DEFAULT 'failed', purpose_column name DEFAULT NULL,
	default_country text DEFAULT NULL, recheck text DEFAULT NULL,
	category_column name DEFAULT NULL, send_at_column name DEFAULT NULL,
	region_column name DEFAULT NULL, timezone_column name DEFAULT NULL,
	on_quiet text DEFAULT NULL)
	RETURNS void
	AS 'MODULE_PATHNAME', 'call_as_owner'
	LANGUAGE C VOLATILE SECURITY INVOKER SET search_path = pg_catalog, pg_temp;
REVOKE ALL ON FUNCTION opt_consent.protect(regclass, name, name, name, name, text, name, name, text, name, text, text, name, name, name, name, text) FROM PUBLIC;

-- The tables protect() was run on, by a role allowed to (SPEC 10: caps
-- count the sends of every protected table).  Any role can put
-- opt_consent.enforce() on a table of its own, and counting its sends would
-- let it use up other senders' caps: a table counts when its owner may
-- call protect(), or when it (or the partitioned table it belongs to) is
-- listed here under its present name and owner.  Names, not OIDs, so that a
-- dump restores it; a rename or a new owner needs protect() again (lint()
-- says so).
CREATE TABLE opt_consent.protected_tables (
	schema_name text NOT NULL,
	table_name text NOT NULL,
	owner_name text NOT NULL,
	protected_by text NOT NULL,
	protected_at timestamptz NOT NULL DEFAULT pg_catalog.now(),
	PRIMARY KEY (schema_name, table_name)
);
COMMENT ON TABLE opt_consent.protected_tables IS 'tables protect() was run on: their sends count toward frequency caps whoever owns them';
SELECT pg_catalog.pg_extension_config_dump('opt_consent.protected_tables', '');

-- Was tbl (or a partitioned table it is a partition of) protected with
-- protect() under its present name and owner?  Read by the enforcement
-- trigger as the extension's owner, and by lint().
CREATE FUNCTION opt_consent.protected_with_protect(tbl oid) RETURNS boolean
LANGUAGE sql STABLE SET search_path = pg_catalog, pg_temp AS $$
	SELECT EXISTS (
		SELECT FROM (SELECT tbl AS relid
					 UNION
					 SELECT a.relid FROM pg_catalog.pg_partition_ancestors(tbl::pg_catalog.regclass) AS a(relid)) r
		  JOIN pg_catalog.pg_class c ON c.oid = r.relid
		  JOIN pg_catalog.pg_namespace n ON n.oid = c.relnamespace
		  JOIN opt_consent.protected_tables p
			ON p.schema_name = n.nspname AND p.table_name = c.relname
		 WHERE p.owner_name = pg_catalog.pg_get_userbyid(c.relowner))
$$;
REVOKE ALL ON FUNCTION opt_consent.protected_with_protect(oid) FROM PUBLIC;

-- unprotect() also drops the final check, and the table's entry in
-- protected_tables
CREATE OR REPLACE FUNCTION opt_consent.unprotect_impl(tbl regclass) RETURNS void
LANGUAGE plpgsql SECURITY DEFINER SET search_path = pg_catalog, pg_temp AS $$
BEGIN
	IF tbl IS NULL THEN
		RAISE EXCEPTION 'tbl must not be null' USING ERRCODE = '22004';
	END IF;
	PERFORM opt_consent.check_table_owner(tbl);
	DELETE FROM opt_consent.protected_tables p
	 USING pg_catalog.pg_class c JOIN pg_catalog.pg_namespace n ON n.oid = c.relnamespace
	 WHERE c.oid = tbl AND p.schema_name = n.nspname AND p.table_name = c.relname;
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

-- Tables protected before 1.2 count toward frequency caps, whoever owns
-- them: protect() was granted to no one by default, and a superuser
-- protecting the application role's tables is how 1.0 and 1.1 were run
-- (the end of this script names those of owners who may not call it)
INSERT INTO opt_consent.protected_tables (schema_name, table_name, owner_name, protected_by)
SELECT DISTINCT n.nspname, c.relname, pg_catalog.pg_get_userbyid(c.relowner), 'ALTER EXTENSION opt_consent UPDATE'
  FROM pg_catalog.pg_trigger t
  JOIN pg_catalog.pg_class c ON c.oid = t.tgrelid
  JOIN pg_catalog.pg_namespace n ON n.oid = c.relnamespace
 WHERE t.tgfoid = 'opt_consent.enforce()'::pg_catalog.regprocedure
   AND t.tgname = 'opt_consent_enforce' AND t.tgparentid = 0
   AND (t.tgtype & 2) <> 0 AND (t.tgtype & 1) <> 0;

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
	-- when a row carrying it was sent: written, or dispatched (recheck=);
	-- NULL while the row that claimed it is only queued
	dispatched_at timestamptz,
	PRIMARY KEY (recipient, scope, channel, since)
);
COMMENT ON TABLE opt_consent.confirmations IS 'opt-out confirmations already sent (one per opt-out)';
SELECT pg_catalog.pg_extension_config_dump('opt_consent.confirmations', '');
INSERT INTO opt_consent.confirmations (recipient, scope, channel, since, claimed_at, dispatched_at)
	SELECT s.recipient, s.scope, s.channel, s.since, s.confirmed_at, s.confirmed_at
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
			-- (ALTER TRIGGER renames, or makes it depend on an extension, which
			-- a DROP EXTENSION would then drop it with)
			RAISE EXCEPTION 'opt_consent enforcement trigger on table % cannot be renamed or made to depend on an extension', v_table
				USING ERRCODE = '42501',
					  DETAIL = 'The command is rolled back.',
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
-- On a spoke: healthy only once the subscription carries every registry
-- table (those create_registry_publication() publishes) and each one's
-- initial copy is done (state 'r'): until then the apply worker runs but
-- the spoke's suppressions are empty or partial (or a table is not
-- replicated at all: a publication restored without its tables, a 1.1 hub's
-- without the 1.2 ones), and sends pass that the hub blocks
CREATE OR REPLACE FUNCTION opt_consent.registry_status()
	RETURNS TABLE (subscription name, enabled boolean, worker_pid integer,
				   received_lsn pg_lsn, last_msg_receipt_time timestamptz,
				   latest_end_time timestamptz, lag interval, healthy boolean)
LANGUAGE sql STABLE SECURITY DEFINER SET search_path = pg_catalog, pg_temp AS $$
	SELECT s.subname, s.subenabled, st.pid, st.received_lsn, st.last_msg_receipt_time,
		   st.latest_end_time, now() - st.latest_end_time,
		   s.subenabled AND st.pid IS NOT NULL AND
		   NOT EXISTS (SELECT FROM pg_catalog.unnest(ARRAY['scopes', 'suppressions', 'keywords',
						 'consents', 'categories', 'replies', 'regions', 'quiet_hours', 'caps']) t(name)
						WHERE NOT EXISTS (SELECT FROM pg_catalog.pg_subscription_rel sr
										   WHERE sr.srsubid = s.oid AND sr.srsubstate = 'r'
											 AND sr.srrelid = pg_catalog.format('opt_consent.%I', t.name)::pg_catalog.regclass))
	  FROM pg_catalog.pg_subscription s
	  LEFT JOIN pg_catalog.pg_stat_subscription st ON st.subid = s.oid AND st.relid IS NULL
	 WHERE s.subdbid = (SELECT d.oid FROM pg_catalog.pg_database d WHERE d.datname = current_database())
	 ORDER BY s.subname
$$;


-- The hierarchy's checks (SPEC 3: no cycle, at most 16 scopes in a chain)
-- in REPEATABLE READ and SERIALIZABLE transactions: their walks read with
-- the transaction's snapshot, and a change committed while the writer
-- waited for the lock on scopes went unseen (a cycle, or a chain of 18
-- whose topmost accounts no send looked at).  See scopes_check_snapshot()
-- in src/scopes.c.
CREATE FUNCTION opt_consent.scopes_check_snapshot() RETURNS void
	AS 'MODULE_PATHNAME', 'scopes_check_snapshot'
	LANGUAGE C VOLATILE PARALLEL UNSAFE;
REVOKE ALL ON FUNCTION opt_consent.scopes_check_snapshot() FROM PUBLIC;
CREATE OR REPLACE FUNCTION opt_consent.scopes_check() RETURNS trigger
LANGUAGE plpgsql SET search_path = pg_catalog, pg_temp AS $$
DECLARE
	parent_kind text;
	depth integer := 1;
	height integer;
	cur text;
	in_cycle boolean;
BEGIN
	-- one writer at a time: two concurrent changes cannot make a cycle together
	LOCK TABLE opt_consent.scopes IN SHARE ROW EXCLUSIVE MODE;
	-- the walks below read with the statement's snapshot: in REPEATABLE
	-- READ or SERIALIZABLE, the transaction's, which must not miss a change
	-- committed while this one waited for the lock (40001 if it does)
	PERFORM opt_consent.scopes_check_snapshot();

	NEW.id := opt_consent.canonical_scope(NEW.id);
	NEW.parent := opt_consent.canonical_scope(NEW.parent);

	IF NEW.parent IS NOT NULL THEN
		SELECT s.kind INTO parent_kind FROM opt_consent.scopes s WHERE s.id = NEW.parent;
		IF FOUND THEN			-- (a missing parent is the foreign key's error)
			IF parent_kind NOT IN ('account', 'messaging_service') THEN
				RAISE EXCEPTION 'scope "%" cannot be the parent of "%"', NEW.parent, NEW.id
					USING ERRCODE = '23514',
						  DETAIL = format('"%s" is a %s; a parent must be an account or a messaging service.', NEW.parent, parent_kind);
			END IF;
			IF NEW.kind IN ('messaging_service', 'account') AND parent_kind <> 'account' THEN
				RAISE EXCEPTION 'scope "%" cannot be the parent of "%"', NEW.parent, NEW.id
					USING ERRCODE = '23514',
						  DETAIL = format('A %s must have an account as its parent; "%s" is a %s.', NEW.kind, NEW.parent, parent_kind);
			END IF;
		END IF;
		-- walk up from the parent: finding ourselves is a cycle
		cur := NEW.parent;
		WHILE cur IS NOT NULL LOOP
			IF cur = NEW.id THEN
				RAISE EXCEPTION 'scope "%" cannot have parent "%"', NEW.id, NEW.parent
					USING ERRCODE = '23514',
						  DETAIL = format('"%s" is below "%s" already: this would make a cycle.', NEW.parent, NEW.id);
			END IF;
			depth := depth + 1;
			EXIT WHEN depth > 17;
			SELECT s.parent INTO cur FROM opt_consent.scopes s WHERE s.id = cur;
		END LOOP;
	END IF;

	height := 0;
	IF TG_OP = 'UPDATE' THEN
		IF NEW.kind IN ('number', 'channel_sender') AND
		   EXISTS (SELECT FROM opt_consent.scopes c WHERE c.parent = OLD.id) THEN
			RAISE EXCEPTION 'scope "%" cannot become a %', OLD.id, NEW.kind
				USING ERRCODE = '23514',
					  DETAIL = 'It has scopes below it; only accounts and messaging services can be parents.';
		END IF;
		IF NEW.kind = 'messaging_service' AND
		   EXISTS (SELECT FROM opt_consent.scopes c
					WHERE c.parent = OLD.id AND c.kind IN ('account', 'messaging_service')) THEN
			RAISE EXCEPTION 'scope "%" cannot become a messaging_service', OLD.id
				USING ERRCODE = '23514',
					  DETAIL = 'Accounts or messaging services are below it; their parent must be an account.';
		END IF;
		-- (not around a cycle, which only a disabled check lets in: its
		-- members could not be given their parent NULL to break it)
		WITH RECURSIVE below(id, h, path) AS (
			SELECT OLD.id, 0, ARRAY[OLD.id]
			UNION ALL
			SELECT c.id, b.h + 1, b.path || c.id FROM opt_consent.scopes c JOIN below b ON c.parent = b.id
			 WHERE b.h < 17 AND c.id <> ALL (b.path))
		SELECT max(h) INTO height FROM below;
	END IF;

	-- (a change that takes a scope out of a cycle, which only a disabled
	-- check or a race before 1.2 let in, is not held to the depth: a cycle
	-- of more than 16 could never be broken; lint() names the chains left
	-- too long)
	IF depth + height > 16 AND TG_OP = 'UPDATE' AND OLD.parent IS NOT NULL THEN
		WITH RECURSIVE up(id, path) AS (
			SELECT OLD.parent, ARRAY[OLD.id]
			UNION ALL
			SELECT s.parent, u.path || s.id FROM opt_consent.scopes s JOIN up u ON s.id = u.id
			 WHERE s.id <> ALL (u.path))
		SELECT EXISTS (SELECT FROM up WHERE up.id = OLD.id) INTO in_cycle;
		IF in_cycle THEN
			RETURN NEW;
		END IF;
	END IF;
	IF depth + height > 16 THEN
		RAISE EXCEPTION 'scope "%" would be too deep in its hierarchy', NEW.id
			USING ERRCODE = '23514',
				  DETAIL = 'A chain of scopes from a number to its topmost account has at most 16 scopes.';
	END IF;
	RETURN NEW;
END
$$;

-- Internal triggers do not depend on the caller's privileges: a role that
-- may insert into scopes need not read registry_node, nor lock scopes.
ALTER FUNCTION opt_consent.refuse_spoke_writes() SECURITY DEFINER;
ALTER FUNCTION opt_consent.scopes_check() SECURITY DEFINER;
-- (a trigger needs no EXECUTE to fire: no role may put these on its tables)
REVOKE ALL ON FUNCTION opt_consent.refuse_spoke_writes() FROM PUBLIC;
REVOKE ALL ON FUNCTION opt_consent.scopes_check() FROM PUBLIC;

-- Recording at a scope that is not registered (SPEC 9.3): a WARNING by
-- default; opt_consent.unknown_scope = error raises 23503, allow is silent.
CREATE FUNCTION opt_consent.check_scope_registered(scope text, check_length boolean DEFAULT true) RETURNS void
LANGUAGE plpgsql STABLE SECURITY DEFINER SET search_path = pg_catalog, pg_temp AS $$
DECLARE
	v_mode text := coalesce(nullif(pg_catalog.current_setting('opt_consent.unknown_scope', true), ''), 'warn');
BEGIN
	-- A scope id is a key of suppressions and consents: past about 2.7 kB the
	-- btree refuses it with a bare 54000 after the work is done.  Refuse it
	-- first, saying what is wrong (2048 bytes leaves room for the rest of
	-- either key).
	IF check_length AND pg_catalog.octet_length(scope) > 2048 THEN
		RAISE EXCEPTION 'scope id is too long (% bytes)', pg_catalog.octet_length(scope)
			USING ERRCODE = '22001',
				  DETAIL = 'A scope id is at most 2048 bytes: '
						   || pg_catalog.left(scope, 40) || '...',
				  HINT = 'A scope is a number, a messaging service, an account or ''*''; check what is passed as sender, service or scope.';
	END IF;
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
REVOKE ALL ON FUNCTION opt_consent.check_scope_registered(text, boolean) FROM PUBLIC;



-- handle_inbound gains opt_out_type (Twilio's OptOutType) and is idempotent
-- by message_id (providers retry webhooks), SPEC 9.3
-- A hash index: it holds the hash of the id, not the id, so an id of any
-- length is recorded (a btree refuses keys over about 2.7 kB, and the STOP
-- would be lost with the statement); only equality is ever asked of it.
CREATE INDEX events_message_id_idx ON opt_consent.events USING hash (message_id) WHERE message_id IS NOT NULL;
-- The action recorded for an inbound message, read with the latest
-- committed state (a REPEATABLE READ retry must see the first delivery)
-- The class recorded for a message id, if any (a retry writes nothing); an id
-- used again for another contact or body raises a WARNING
CREATE FUNCTION opt_consent.message_recorded(message_id text, recipient opt_consent.e164,
	body text) RETURNS text
	AS 'MODULE_PATHNAME' LANGUAGE C VOLATILE PARALLEL RESTRICTED;
REVOKE ALL ON FUNCTION opt_consent.message_recorded(text, opt_consent.e164, text) FROM PUBLIC;
-- After an opt-in or a DND turned off: in REPEATABLE READ or SERIALIZABLE,
-- a suppression committed after the snapshot that the DELETE could not see
-- raises 40001 (retry), instead of an opt_in ledger row beside an opt-out
-- that stays.  category '*': any.
CREATE FUNCTION opt_consent.check_unseen_suppressions(recipient opt_consent.e164, kind text,
	channel text, category text, scopes text[]) RETURNS void
	AS 'MODULE_PATHNAME' LANGUAGE C VOLATILE PARALLEL RESTRICTED;
REVOKE ALL ON FUNCTION opt_consent.check_unseen_suppressions(opt_consent.e164, text, text, text, text[]) FROM PUBLIC;
-- The per-recipient (1) and per-message (2) locks of the write functions:
-- advisory locks of a class pg_advisory_*() cannot take, so that no role
-- can hold them from SQL and stall the recording of a STOP.  (1.0 and 1.1
-- took pg_advisory_xact_lock(1869640053 / 1869640054, hashtext(...)).)
CREATE FUNCTION opt_consent.lock_key(space integer, key text) RETURNS void
	AS 'MODULE_PATHNAME' LANGUAGE C VOLATILE PARALLEL RESTRICTED;
REVOKE ALL ON FUNCTION opt_consent.lock_key(integer, text) FROM PUBLIC;
-- (the functions of 1.1 that this script does not define again, such as
-- mark_reassigned_impl, take it too: their definitions with the lock replaced)
DO $$
DECLARE
	v_fn oid;
	v_def text;
BEGIN
	FOR v_fn IN
		SELECT p.oid FROM pg_catalog.pg_proc p
		 WHERE p.pronamespace = 'opt_consent'::pg_catalog.regnamespace
		   AND p.prosrc LIKE '%pg_advisory%'
		   -- (the extension's own: a function of the DBA's in the schema is not ours to rewrite)
		   AND EXISTS (SELECT FROM pg_catalog.pg_depend d, pg_catalog.pg_extension e
						WHERE d.classid = 'pg_catalog.pg_proc'::pg_catalog.regclass
						  AND d.objid = p.oid AND d.deptype = 'e'
						  AND d.refclassid = 'pg_catalog.pg_extension'::pg_catalog.regclass
						  AND d.refobjid = e.oid AND e.extname = 'opt_consent')
	LOOP
		v_def := pg_catalog.replace(pg_catalog.replace(pg_catalog.pg_get_functiondef(v_fn),
			'pg_catalog.pg_advisory_xact_lock(1869640053, pg_catalog.hashtext(',
			'opt_consent.lock_key(1, ('),
			'pg_catalog.pg_advisory_xact_lock(1869640054, pg_catalog.hashtext(',
			'opt_consent.lock_key(2, (');
		IF v_def LIKE '%pg_advisory%' THEN
			RAISE EXCEPTION 'unexpected lock in %', v_fn::pg_catalog.regprocedure;
		END IF;
		EXECUTE v_def;
	END LOOP;
END
$$;
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
	-- (the provider's MessagingServiceSid is optional: a handler that passes
	-- '' for it must not have every STOP refused; empty or blank is none)
	v_service text := opt_consent.canonical_scope(
		CASE WHEN service OPERATOR(pg_catalog.~) '^[[:space:]]*$' THEN NULL ELSE service END);
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
	v_chain text[];
BEGIN
	IF contact IS NULL THEN
		RAISE EXCEPTION 'contact must not be null' USING ERRCODE = '22004';
	END IF;
	-- an empty or blank OptOutType is none, as for message_id below (a
	-- handler that passes '' for a missing field must not lose a STOP)
	IF opt_out_type OPERATOR(pg_catalog.~) '^[[:space:]]*$' THEN
		opt_out_type := NULL;
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
	-- the keywords say now (providers retry webhooks).  An empty or blank
	-- id is no id (an application that sends '' for a missing one must not
	-- have every later STOP taken for a retry): not matched, stored as NULL
	IF message_id OPERATOR(pg_catalog.~) '^[[:space:]]*$' THEN
		message_id := NULL;
	END IF;
	IF message_id IS NOT NULL THEN
		PERFORM opt_consent.lock_key(2, (message_id));
		v_done := opt_consent.message_recorded(message_id, v_who, body);
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

	PERFORM opt_consent.lock_key(1, (v_who::text));

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
	-- (the length limit where a key is written: an opt-out's suppression, an
	-- opt-in's consent; a HELP is only logged)
	PERFORM opt_consent.check_scope_registered(v_record_at, v_class IN ('opt_out', 'opt_in'));
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
		v_chain := ARRAY(SELECT c FROM opt_consent.scope_chain(v_sender, v_service) AS c
						  WHERE c <> '*');
		DELETE FROM opt_consent.suppressions s
		 WHERE s.recipient = v_who AND s.kind = 'opt_out' AND s.channel = v_channel
		   AND (v_category = '*' OR s.category = v_category)
		   AND s.scope = ANY (v_chain);
		PERFORM opt_consent.check_unseen_suppressions(v_who, 'opt_out', v_channel, v_category, v_chain);
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
	-- for reports and for pg_dump of a database that has the extension);
	-- SELECT on the sequence (pg_dump reads it), not USAGE: nextval() would
	-- leave gaps in the ledger's ids
	EXECUTE pg_catalog.format('GRANT USAGE ON SCHEMA opt_consent TO %s', v_role);
	EXECUTE pg_catalog.format('GRANT SELECT ON ALL TABLES IN SCHEMA opt_consent TO %s', v_role);
	EXECUTE pg_catalog.format('GRANT SELECT ON ALL SEQUENCES IN SCHEMA opt_consent TO %s', v_role);
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
	-- (what grant_role granted: the schema's USAGE too, or DROP ROLE would fail)
	EXECUTE pg_catalog.format('REVOKE USAGE ON SCHEMA opt_consent FROM %s', v_role);
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
LANGUAGE sql STABLE SECURITY DEFINER SET search_path = pg_catalog, pg_temp
	SET standard_conforming_strings = on AS $$
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
	-- a hierarchy that breaks SPEC 3's rules (a cycle, a chain of more than
	-- 16 scopes): possible only through a race that 1.2 closes, or with
	-- scopes_check disabled; sends do not look past 16 scopes
	SELECT 'scope hierarchy broken', w.start,
		   CASE WHEN w.cycle
				THEN 'walking up its parents reaches a cycle: sends from it do not find the opt-outs of the accounts above; set the parent of one scope of the cycle to NULL to break it (then give chains of more than 16 scopes other parents)'
				ELSE 'its chain has more than 16 scopes: sends from it do not look at the topmost ones; give a scope of the chain another parent (or NULL)' END
	  FROM (WITH RECURSIVE up(start, next, depth, path, cycle) AS (
				SELECT s.id, s.parent, 1, ARRAY[s.id], false FROM opt_consent.scopes s
				UNION ALL
				SELECT u.start, p.parent, u.depth + 1, u.path || p.id, p.id = ANY (u.path)
				  FROM up u JOIN opt_consent.scopes p ON p.id = u.next
				 WHERE NOT u.cycle AND u.depth <= 17)
			SELECT up.start, pg_catalog.bool_or(up.cycle) AS cycle, pg_catalog.max(up.depth) AS depth
			  FROM up GROUP BY up.start) w
	 WHERE w.cycle OR w.depth > 16
	UNION ALL
	-- the schema in the hands of a role that is not a superuser (ALTER
	-- SCHEMA ... OWNER TO after the install), or objects of such a role in
	-- it (a role given CREATE on it): see opt_consent.check_schema()
	SELECT 'schema not safe', 'opt_consent', p.problem
	  FROM opt_consent.check_schema(false) AS p(problem)
	 WHERE p.problem IS NOT NULL
	UNION ALL
	-- protected tables whose enforcement is switched off
	SELECT 'enforcement disabled', t.tgrelid::regclass::text,
		   pg_catalog.format('trigger %s is %s', pg_catalog.quote_ident(t.tgname),
				CASE t.tgenabled WHEN 'D' THEN 'disabled' WHEN 'R' THEN 'enabled for replicas only' END)
	  FROM pg_catalog.pg_trigger t
	 WHERE t.tgfoid = 'opt_consent.enforce()'::regprocedure AND t.tgenabled IN ('D', 'R')
	UNION ALL
	-- enforcement triggers made by hand that do not see every UPDATE: a
	-- changed recipient (or a dispatch) is not checked
	SELECT 'updates not checked', t.tgrelid::regclass::text,
		   pg_catalog.format('trigger %s fires on %s: an UPDATE of the recipient or another mapped column is not checked; run opt_consent.protect() on the table',
				pg_catalog.quote_ident(t.tgname),
				CASE WHEN (t.tgtype & 16) = 0 THEN 'INSERT only' ELSE 'UPDATE of some columns only' END)
	  FROM pg_catalog.pg_trigger t
	 WHERE t.tgfoid = 'opt_consent.enforce()'::regprocedure AND t.tgparentid = 0
	   AND (t.tgtype & 2) <> 0
	   AND ((t.tgtype & 16) = 0 OR pg_catalog.cardinality(t.tgattr::pg_catalog.int2[]) > 0)
	UNION ALL
	-- tables that inherit (INHERITS, not partitions) from a protected table,
	-- at any depth, without an enforcement trigger of their own: their rows,
	-- inserted into them or dispatched through the parent, are not checked
	SELECT 'inherited table not protected', d.child::pg_catalog.regclass::text,
		   pg_catalog.format('it inherits from %s, which is protected; tables that inherit do not get their parent''s triggers, as partitions do: run opt_consent.protect() on it too',
				d.root::pg_catalog.regclass)
	  FROM (WITH RECURSIVE tree(child, root) AS (
				SELECT i.inhrelid, i.inhparent
				  FROM pg_catalog.pg_inherits i
				 WHERE EXISTS (SELECT FROM pg_catalog.pg_trigger t
								WHERE t.tgrelid = i.inhparent
								  AND t.tgfoid = 'opt_consent.enforce()'::pg_catalog.regprocedure)
				UNION
				SELECT i.inhrelid, tree.root
				  FROM pg_catalog.pg_inherits i JOIN tree ON i.inhparent = tree.child)
			SELECT DISTINCT ON (tree.child) tree.child, tree.root FROM tree ORDER BY tree.child, tree.root) d
	  JOIN pg_catalog.pg_class c ON c.oid = d.child
	 WHERE NOT c.relispartition
	   AND NOT EXISTS (SELECT FROM pg_catalog.pg_trigger t
						WHERE t.tgrelid = d.child
						  AND t.tgfoid = 'opt_consent.enforce()'::pg_catalog.regprocedure)
	UNION ALL
	-- enforcement triggers with a WHEN clause (CREATE OR REPLACE TRIGGER by
	-- the table's owner; protect() makes none): a row the condition skips is
	-- stored unchecked, and WHEN (false) is a switched-off trigger that is
	-- not disabled
	SELECT 'enforcement conditional', t.tgrelid::regclass::text,
		   pg_catalog.format('trigger %s fires only WHEN (%s): rows it skips are sent unchecked; run opt_consent.protect() on the table unless that is meant',
				pg_catalog.quote_ident(t.tgname),
				pg_catalog.substring(pg_catalog.pg_get_triggerdef(t.oid), 'WHEN \((.*)\) EXECUTE FUNCTION'))
	  FROM pg_catalog.pg_trigger t
	 WHERE t.tgfoid = 'opt_consent.enforce()'::regprocedure AND t.tgparentid = 0
	   AND (t.tgtype & 2) <> 0 AND t.tgqual IS NOT NULL
	UNION ALL
	-- the extension's own triggers that must fire everywhere, also for the
	-- apply worker of a spoke and in replica mode (ENABLE ALWAYS): ALTER
	-- TABLE ... ENABLE TRIGGER ALL, which pg_restore --disable-triggers ends
	-- with, makes them fire in origin mode only; the shared-memory filter is
	-- not trusted again until suppressions_filter is ENABLE ALWAYS
	SELECT 'extension trigger not ENABLE ALWAYS', t.tgrelid::regclass::text,
		   pg_catalog.format('trigger %s is %s; run ALTER TABLE %s ENABLE ALWAYS TRIGGER %s',
				pg_catalog.quote_ident(t.tgname),
				CASE t.tgenabled WHEN 'D' THEN 'disabled' WHEN 'R' THEN 'enabled for replicas only'
					 ELSE 'enabled in origin mode only' END,
				t.tgrelid::regclass, pg_catalog.quote_ident(t.tgname))
	  FROM pg_catalog.pg_trigger t
	  JOIN pg_catalog.pg_class c ON c.oid = t.tgrelid
	 WHERE c.relnamespace = 'opt_consent'::regnamespace AND t.tgenabled <> 'A'
	   AND (t.tgname IN ('suppressions_filter', 'suppressions_normalize', 'consents_normalize',
						 'keywords_normalize', 'events_append_only', 'events_append_only_truncate',
						 'scopes_check')
			OR t.tgname LIKE '%\_invalidate' OR t.tgname LIKE '%\_invalidate\_truncate')
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
	-- protected tables whose sends are not counted toward frequency caps:
	-- their owner may not protect tables, and protect() was not run on them
	-- under their present name and owner (a trigger made by hand, a table
	-- renamed or given to another role since)
	SELECT DISTINCT 'sends not counted toward caps', t.tgrelid::regclass::text,
		   pg_catalog.format('its owner %s may not call opt_consent.protect(), and protect() was not run on it under its present name and owner: its sends are checked against frequency caps but not counted; run opt_consent.protect() on it again (as a superuser, say), or GRANT EXECUTE on opt_consent.protect to its owner (opt_consent.grant_role(%L, ''admin''))',
				pg_catalog.quote_ident(pg_catalog.pg_get_userbyid(c.relowner)),
				pg_catalog.pg_get_userbyid(c.relowner))
	  FROM pg_catalog.pg_trigger t
	  JOIN pg_catalog.pg_class c ON c.oid = t.tgrelid
	 WHERE t.tgfoid = 'opt_consent.enforce()'::regprocedure
	   AND NOT EXISTS (SELECT FROM pg_catalog.pg_proc p
					   WHERE p.pronamespace = 'opt_consent'::regnamespace AND p.proname = 'protect'
						 AND pg_catalog.has_function_privilege(c.relowner, p.oid, 'EXECUTE'))
	   AND NOT opt_consent.protected_with_protect(t.tgrelid)
	UNION ALL
	-- a number registered under one service while the opt-outs it received
	-- (those still in suppressions) were recorded at a scope outside its chain
	SELECT 'number under another service', e.sender,
		   pg_catalog.format('registered under %s, but %s opt-out(s) it received were recorded at %s, which its sends do not look at',
				coalesce(s.parent, 'no parent'), pg_catalog.count(*), pg_catalog.string_agg(DISTINCT e.scope, ', '))
	  FROM opt_consent.events e
	  JOIN opt_consent.scopes s ON s.id = e.sender
	 WHERE e.action = 'opt_out' AND e.sender IS NOT NULL
	   AND e.id IN (SELECT p.event_id FROM opt_consent.suppressions p
					 WHERE p.kind = 'opt_out' AND p.event_id IS NOT NULL)
	   AND e.scope NOT IN (SELECT c FROM opt_consent.scope_chain(e.sender) AS c)
	 GROUP BY e.sender, s.parent
	UNION ALL
	-- enforcement triggers that map a column the table no longer has (renamed
	-- or dropped): every row fails (22023) until protect() is run again; or
	-- one whose type no longer fits (the owner's ALTER COLUMN ... TYPE after
	-- protect(): a domain, an enum status, a text error code, a name
	-- column): every row fails (42804) until it is changed back and
	-- protect() is run again
	SELECT CASE WHEN att.attnum IS NULL THEN 'trigger maps a missing column'
				ELSE 'mapped column of the wrong type' END,
		   m.tgrelid::regclass::text,
		   CASE WHEN att.attnum IS NULL
				THEN pg_catalog.format('trigger %s maps %s to column %s, which the table does not have: rows are refused until opt_consent.protect() is run on the table again',
						pg_catalog.quote_ident(m.tgname), m.key, pg_catalog.quote_ident(m.col))
				ELSE pg_catalog.format('trigger %s maps %s to column %s of type %s; it must be %s: rows are refused (42804) until the column''s type is changed and opt_consent.protect() is run on the table again',
						pg_catalog.quote_ident(m.tgname), m.key, pg_catalog.quote_ident(m.col),
						pg_catalog.format_type(att.atttypid, att.atttypmod),
						CASE m.kind
							WHEN 'recipient' THEN 'text, varchar, char(n) or opt_consent.e164'
							WHEN 'text' THEN 'text, varchar or char(n)'
							WHEN 'status' THEN 'a string type such as text or varchar'
							WHEN 'timestamptz' THEN 'timestamp with time zone'
							ELSE 'smallint, integer or bigint' END) END
	  FROM (SELECT t.tgrelid, t.tgname, k.key, k.col, k.kind
			  FROM pg_catalog.pg_trigger t,
				   -- (the arguments: NUL-terminated, split as hex pairs, whatever bytes they hold)
				   LATERAL (SELECT pg_catalog.convert_from(pg_catalog.decode(p.h[1], 'hex'),
														   pg_catalog.getdatabaseencoding()) AS arg
							  FROM pg_catalog.regexp_matches(pg_catalog.encode(t.tgargs, 'hex'),
															 '((?:[0-9a-f]{2})*?)00', 'g') AS p(h)
							 WHERE p.h[1] <> '') a,
				   LATERAL (SELECT pg_catalog.split_part(a.arg, '=', 1) AS key,
								   CASE WHEN a.arg LIKE 'recheck=%'
										THEN pg_catalog.split_part(pg_catalog.substr(a.arg, 9), ':', 1)
										ELSE pg_catalog.substr(a.arg, pg_catalog.strpos(a.arg, '=') + 1) END AS col,
								   CASE pg_catalog.split_part(a.arg, '=', 1)
										WHEN 'recipient' THEN 'recipient'
										WHEN 'status' THEN 'status'
										WHEN 'recheck' THEN 'status'
										WHEN 'error_code' THEN 'integer'
										WHEN 'send_at' THEN 'timestamptz'
										ELSE 'text' END AS kind) k
			 WHERE t.tgfoid = 'opt_consent.enforce()'::regprocedure AND t.tgparentid = 0
			   AND (t.tgtype & 2) <> 0			-- BEFORE (not the final check's copy)
			   AND k.key IN ('recipient', 'sender', 'service', 'channel', 'purpose', 'status', 'error_code',
							 'category', 'send_at', 'region', 'timezone', 'recheck')) m
	  LEFT JOIN pg_catalog.pg_attribute att
		ON att.attrelid = m.tgrelid AND att.attname = m.col AND att.attnum > 0 AND NOT att.attisdropped
	 WHERE att.attnum IS NULL OR NOT opt_consent.column_type_fits(att.atttypid, m.kind)
	UNION ALL
	-- suppressions_filter missing or changed (another function, a WHEN
	-- clause, a column list, a constraint trigger, not AFTER INSERT OR UPDATE
	-- FOR EACH ROW): the shared-memory filter is not rebuilt until it is put back
	SELECT 'filter trigger changed', 'opt_consent.suppressions',
		   'trigger suppressions_filter is missing or not the one the extension made; put it back: DROP TRIGGER IF EXISTS suppressions_filter ON opt_consent.suppressions; CREATE TRIGGER suppressions_filter AFTER INSERT OR UPDATE ON opt_consent.suppressions FOR EACH ROW EXECUTE FUNCTION opt_consent.filter_add(); ALTER TABLE opt_consent.suppressions ENABLE ALWAYS TRIGGER suppressions_filter'
	 WHERE NOT EXISTS (
		SELECT FROM pg_catalog.pg_trigger t
		 WHERE t.tgrelid = 'opt_consent.suppressions'::pg_catalog.regclass
		   AND t.tgname = 'suppressions_filter'
		   AND t.tgfoid IN (SELECT p.oid FROM pg_catalog.pg_proc p
							 WHERE p.proname = 'filter_add' AND p.pronargs = 0
							   AND p.pronamespace = 'opt_consent'::pg_catalog.regnamespace)
		   AND t.tgqual IS NULL AND pg_catalog.cardinality(t.tgattr::pg_catalog.int2[]) = 0
		   AND t.tgconstraint = 0
		   AND (t.tgtype & 1) <> 0 AND (t.tgtype & 2) = 0 AND (t.tgtype & 64) = 0	-- AFTER ROW
		   AND (t.tgtype & 4) <> 0 AND (t.tgtype & 16) <> 0)						-- INSERT, UPDATE
	UNION ALL
	-- filter_add replaced (CREATE OR REPLACE keeps its OID): not rebuilt either
	SELECT 'filter function changed', 'opt_consent.filter_add()',
		   'opt_consent.filter_add() is not the extension''s C function; put it back: CREATE OR REPLACE FUNCTION opt_consent.filter_add() RETURNS trigger LANGUAGE c AS ''$libdir/opt_consent'', ''filter_add''; then, in a transaction of its own (not in the same psql -c), SELECT opt_consent.filter_rebuild()'
	  FROM pg_catalog.pg_proc p
	 WHERE p.proname = 'filter_add' AND p.pronargs = 0
	   AND p.pronamespace = 'opt_consent'::pg_catalog.regnamespace
	   AND (p.prolang <> (SELECT l.oid FROM pg_catalog.pg_language l WHERE l.lanname = 'c')
			OR p.prosrc <> 'filter_add')
	UNION ALL
	-- filter_add (or its trigger) made to depend on another extension while
	-- the library was not preloaded: dropping that extension would drop them
	SELECT 'filter object depends on an extension', pg_catalog.pg_describe_object(d.classid, d.objid, 0),
		   pg_catalog.format('it depends on extension %I, whose DROP would drop it; remove that: ALTER %s NO DEPENDS ON EXTENSION %I',
				e.extname,
				CASE WHEN d.classid = 'pg_catalog.pg_proc'::pg_catalog.regclass
					 THEN 'FUNCTION opt_consent.filter_add()'
					 ELSE 'TRIGGER suppressions_filter ON opt_consent.suppressions' END,
				e.extname)
	  FROM pg_catalog.pg_depend d
	  JOIN pg_catalog.pg_extension e ON e.oid = d.refobjid
	 WHERE d.deptype = 'x' AND d.refclassid = 'pg_catalog.pg_extension'::pg_catalog.regclass
	   AND ((d.classid = 'pg_catalog.pg_proc'::pg_catalog.regclass
			 AND d.objid IN (SELECT p.oid FROM pg_catalog.pg_proc p
							  WHERE p.proname = 'filter_add' AND p.pronargs = 0
								AND p.pronamespace = 'opt_consent'::pg_catalog.regnamespace))
			OR (d.classid = 'pg_catalog.pg_trigger'::pg_catalog.regclass
				AND d.objid IN (SELECT t.oid FROM pg_catalog.pg_trigger t
								 WHERE t.tgrelid = 'opt_consent.suppressions'::pg_catalog.regclass
								   AND t.tgname = 'suppressions_filter')))
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
-- names, and where a CASCADE would go (DROP EXTENSION plpgsql CASCADE too):
-- every command, as a DROP of any kind of object can cascade to the
-- extension (the function returns at once for the others)
CREATE FUNCTION opt_consent.guard_drop() RETURNS event_trigger
	AS 'MODULE_PATHNAME' LANGUAGE C;
CREATE EVENT TRIGGER opt_consent_guard_drop ON ddl_command_start
	EXECUTE FUNCTION opt_consent.guard_drop();
-- (in replica mode too, as the ledger's own triggers: only allow_drop lets a
-- DROP through, not session_replication_role = replica)
ALTER EVENT TRIGGER opt_consent_guard_drop ENABLE ALWAYS;
ALTER EVENT TRIGGER opt_consent_guard_enforcement ENABLE ALWAYS;

------------------------------------------------------------------------------
-- Message categories and the FCC revoke-all rule (SPEC 9.5)
------------------------------------------------------------------------------

CREATE TABLE opt_consent.categories (
	id text PRIMARY KEY,
	label text,
	solicitation boolean NOT NULL DEFAULT false,
	CONSTRAINT categories_id_check CHECK (id ~ '^[a-z][a-z0-9_]{0,62}$' AND id NOT IN ('all', 'solicitation'))
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
	-- (quiet_hours and caps are created further down this script)
	IF EXISTS (SELECT FROM opt_consent.suppressions s WHERE s.category = OLD.id) OR
	   EXISTS (SELECT FROM opt_consent.consents c WHERE c.category = OLD.id) OR
	   EXISTS (SELECT FROM opt_consent.keywords k WHERE k.category = OLD.id) OR
	   EXISTS (SELECT FROM opt_consent.quiet_hours q WHERE q.category = OLD.id) OR
	   EXISTS (SELECT FROM opt_consent.caps c WHERE c.category = OLD.id) THEN
		RAISE EXCEPTION 'message category "%" is in use', OLD.id
			USING ERRCODE = '23503',
				  DETAIL = 'Opt-outs, consents, keywords, quiet hours or caps of opt_consent name it.',
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
-- a keyword is a word or a few, not a text: classify()'s contains mode
-- looks for every keyword at every word of a body, and its work grows with
-- the longest (a 100,000-character keyword made a 48 KB body take minutes)
-- A longer keyword stored by 1.1 stops the update, naming it: kept under a
-- NOT VALID check (as until 1.2's last review), it made every dump of the
-- table fail to restore (the check of the table CREATE EXTENSION makes
-- refuses it, and the COPY of all the keywords with it) and stopped a 1.2
-- spoke's replication.  The whole update is rolled back; shorten or delete
-- the keyword, then update again.
DO $$
DECLARE
	v_n bigint;
	v_list text;
BEGIN
	SELECT pg_catalog.count(*),
		   pg_catalog.string_agg(pg_catalog.format('%s: %s characters starting %L', k.scope,
				pg_catalog.char_length(k.keyword), pg_catalog.left(k.keyword, 20)), '; ')
	  INTO v_n, v_list
	  FROM opt_consent.keywords k
	 WHERE pg_catalog.char_length(k.keyword) OPERATOR(pg_catalog.>) 160;
	IF v_n OPERATOR(pg_catalog.>) 0 THEN
		RAISE EXCEPTION 'opt_consent 1.2 allows keywords of at most 160 characters; % stored keyword(s) are longer', v_n
			USING ERRCODE = '23514',
				  DETAIL = v_list,
				  HINT = 'Shorten or delete them (UPDATE or DELETE on opt_consent.keywords; on a spoke, on its hub), then run ALTER EXTENSION opt_consent UPDATE again.';
	END IF;
END
$$;
ALTER TABLE opt_consent.keywords ADD CONSTRAINT keywords_keyword_length_check
	CHECK (pg_catalog.char_length(keyword) <= 160);
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
	PERFORM opt_consent.lock_key(1, (recipient::text));
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
	-- (no length limit here: an opt-in writes no key, and lifts what 1.1 may
	-- have stored at a scope id longer than the 2048 bytes now recorded)
	PERFORM opt_consent.check_scope_registered(v_scope, false);
	PERFORM opt_consent.lock_key(1, (recipient::text));
	DELETE FROM opt_consent.suppressions s
	 WHERE s.recipient = recipient AND s.scope = v_scope
	   AND s.channel = v_channel AND s.kind = 'opt_out'
	   AND (v_category = '*' OR s.category = v_category);
	GET DIAGNOSTICS v_removed = ROW_COUNT;
	PERFORM opt_consent.check_unseen_suppressions(recipient, 'opt_out', v_channel, v_category, ARRAY[v_scope]);
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
	PERFORM opt_consent.lock_key(1, (recipient::text));
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
	v_lang text := pg_catalog.replace(pg_catalog.lower(coalesce(language, 'en')), '_', '-');
	-- the language without its region or script ('es-mx' -> 'es')
	v_base text := pg_catalog.split_part(v_lang, '-', 1);
	v_body text;
	v_brand text;
BEGIN
	IF class IS NULL OR class = 'none' THEN
		RETURN NULL;
	END IF;
	-- (an empty or blank service is none, as in handle_inbound)
	IF service OPERATOR(pg_catalog.~) '^[[:space:]]*$' THEN
		service := NULL;
	END IF;
	-- the most specific scope's text in that language, else in its base
	-- language, else in English
	SELECT r.body INTO v_body
	  FROM opt_consent.scope_chain(sender, service) WITH ORDINALITY AS c(id, n)
	  JOIN opt_consent.replies r ON r.scope = c.id AND r.class = reply.class
	 WHERE r.language IN (v_lang, v_base, 'en')
	 ORDER BY CASE r.language WHEN v_lang THEN 0 WHEN v_base THEN 1 ELSE 2 END, c.n
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
DECLARE
	v_pub name := coalesce(publication, 'opt_consent_registry');
	v_tables text[] := ARRAY['scopes', 'suppressions', 'keywords', 'consents', 'categories',
							 'replies', 'regions', 'quiet_hours', 'caps'];
	v_table text;
	v_p record;
BEGIN
	IF EXISTS (SELECT FROM opt_consent.registry_node n WHERE n.role = 'spoke') THEN
		RAISE EXCEPTION 'this database is a spoke of the consent registry'
			USING ERRCODE = '55000', HINT = 'Create the publication on the hub.';
	END IF;
	IF coalesce(include_ledger, false) THEN
		v_tables := v_tables || 'events'::text;
	END IF;
	-- run again, it adds what the publication lacks: the tables of a later
	-- version, or all of them after a restore (pg_dump does not dump an
	-- extension's tables' membership of a publication)
	SELECT p.oid, p.pubowner, p.pubinsert AND p.pubupdate AND p.pubdelete AND p.pubtruncate AS publishes
	  INTO v_p FROM pg_catalog.pg_publication p WHERE p.pubname = v_pub;
	IF NOT FOUND THEN
		EXECUTE format('CREATE PUBLICATION %I', v_pub);
	ELSIF v_p.pubowner <> (SELECT r.oid FROM pg_catalog.pg_roles r WHERE r.rolname = current_user)
		  OR NOT v_p.publishes
		  -- (15 and later: a row filter or a column list on a table)
		  OR EXISTS (SELECT FROM pg_catalog.pg_publication_rel r
					  WHERE r.prpubid = v_p.oid
						AND (pg_catalog.to_jsonb(r) ->> 'prqual' IS NOT NULL
							 OR pg_catalog.to_jsonb(r) ->> 'prattrs' IS NOT NULL)) THEN
		-- (another role's, or one that would not carry every change)
		RAISE EXCEPTION 'publication "%" exists and is not one opt_consent can use', v_pub
			USING ERRCODE = '55000',
				  DETAIL = 'It must be owned by the extension''s owner, publish inserts, updates, deletes and truncates, and filter no rows or columns.',
				  HINT = 'Drop it (or pass another name), then call create_registry_publication() again.';
	END IF;
	IF NOT (SELECT p.puballtables FROM pg_catalog.pg_publication p WHERE p.pubname = v_pub) THEN
		FOREACH v_table IN ARRAY v_tables LOOP
			IF NOT EXISTS (SELECT FROM pg_catalog.pg_publication_rel r
							 JOIN pg_catalog.pg_publication p ON p.oid = r.prpubid
							WHERE p.pubname = v_pub
							  AND r.prrelid = pg_catalog.format('opt_consent.%I', v_table)::pg_catalog.regclass) THEN
				EXECUTE format('ALTER PUBLICATION %I ADD TABLE opt_consent.%I', v_pub, v_table);
			END IF;
		END LOOP;
	END IF;
	INSERT INTO opt_consent.registry_node (role, hub) VALUES ('hub', NULL)
		ON CONFLICT (singleton) DO UPDATE SET role = 'hub', hub = NULL, since = now();
END
$$;
-- The hub a spoke names is required: NULL or blank made a spoke "of " that
-- no message could name (22004, 22023)
CREATE OR REPLACE FUNCTION opt_consent.become_spoke(hub text) RETURNS void
LANGUAGE plpgsql SECURITY DEFINER SET search_path = pg_catalog, pg_temp AS $$
BEGIN
	IF hub IS NULL THEN
		RAISE EXCEPTION 'hub must not be null' USING ERRCODE = '22004',
			HINT = 'Name the hub this database subscribes to, e.g. its host and port.';
	END IF;
	IF pg_catalog.btrim(hub, E' \t\r\n') = '' THEN
		RAISE EXCEPTION 'hub cannot be empty' USING ERRCODE = '22023',
			HINT = 'Name the hub this database subscribes to, e.g. its host and port.';
	END IF;
	INSERT INTO opt_consent.registry_node (role, hub) VALUES ('spoke', hub)
		ON CONFLICT (singleton) DO UPDATE SET role = 'spoke', hub = EXCLUDED.hub, since = now();
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
	-- (turning DND off writes no key: any length, as opt_in)
	PERFORM opt_consent.check_scope_registered(v_scope, coalesce(enabled, true));
	-- one writer per recipient at a time: the ledger's order is the state's
	PERFORM opt_consent.lock_key(1, (recipient::text));
	IF coalesce(enabled, true) THEN
		INSERT INTO opt_consent.events (recipient, scope, channel, action, source, actor)
			VALUES (recipient, v_scope, v_channel, 'dnd_on', 'api', opt_consent.calling_role())
			RETURNING id INTO v_event;
		INSERT INTO opt_consent.suppressions AS s (recipient, scope, channel, kind, permanent, source, since, event_id)
			VALUES (recipient, v_scope, v_channel, 'dnd', v_permanent, 'api', now(), v_event)
			ON CONFLICT ON CONSTRAINT suppressions_pkey
			DO UPDATE SET permanent = s.permanent OR EXCLUDED.permanent;
	ELSE
		-- every DND this removes, of any category (1.2: one per category;
		-- an owner's import may hold a permanent one beside the API's), as
		-- the DELETE found them: one statement, so that a permanent one
		-- committed meanwhile is either not removed or asked about; the
		-- error undoes the DELETE
		WITH d AS (
			DELETE FROM opt_consent.suppressions s
			 WHERE s.recipient = recipient AND s.scope = v_scope
			   AND s.channel = v_channel AND s.kind = 'dnd'
			RETURNING s.permanent)
		SELECT coalesce(bool_or(d.permanent), false) INTO v_was_permanent FROM d;
		IF v_was_permanent AND NOT opt_consent.caller_is_superuser() THEN
			RAISE EXCEPTION 'permission denied to turn off a permanent Do Not Disturb'
				USING ERRCODE = '42501',
					  DETAIL = format('%s has a permanent Do Not Disturb at scope %s on channel %s.',
									  recipient, v_scope, v_channel),
					  HINT = 'Only a superuser can lift a permanent Do Not Disturb.';
		END IF;
		PERFORM opt_consent.check_unseen_suppressions(recipient, 'dnd', v_channel, '*', ARRAY[v_scope]);
		INSERT INTO opt_consent.events (recipient, scope, channel, action, source, actor)
			VALUES (recipient, v_scope, v_channel, 'dnd_off', 'api', opt_consent.calling_role())
			RETURNING id INTO v_event;
	END IF;
	RETURN v_event;
END
$$;

------------------------------------------------------------------------------
-- Quiet hours and frequency caps (SPEC 10)
------------------------------------------------------------------------------

-- every element an IANA time zone name that this server knows
CREATE FUNCTION opt_consent.valid_timezones(zones text[]) RETURNS boolean
	AS 'MODULE_PATHNAME', 'valid_timezones'
	LANGUAGE C STABLE PARALLEL SAFE;

-- Where numbers are: prefix (the digits after +) -> region and time zones.
-- Read-only and not dumped: the extension's scripts own it.
CREATE TABLE opt_consent.builtin_regions (
	prefix text PRIMARY KEY CHECK (prefix ~ '^[0-9]{1,15}$'),
	region text CHECK (region ~ '^[A-Z]{2}(-[A-Z0-9]{1,3})?$'),
	timezones text[]
);
COMMENT ON TABLE opt_consent.builtin_regions IS 'where numbers are (NANP area codes by state or province, other calling codes by country), from libphonenumber v9.0.35; see opt_consent.regions to override';
-- BEGIN builtin_regions (generated by tools/regions/embed_sql.mjs from
-- tools/regions/builtin_regions.tsv: libphonenumber v9.0.35 geocoding/en/1.txt and
-- timezones/map_data.txt, libphonenumber-js 1.13.16; 3279 rows; do not edit)
INSERT INTO opt_consent.builtin_regions (prefix, region, timezones) VALUES
('1201', 'US-NJ', '{America/New_York}'),
('1201631', 'US-NY', '{America/New_York}'),
('1202', 'US-DC', '{America/New_York}'),
('1203', 'US-CT', '{America/New_York}'),
('1204', 'CA-MB', '{America/Winnipeg}'),
('1205', 'US-AL', '{America/Chicago}'),
('1206', 'US-WA', '{America/Los_Angeles}'),
('1207', 'US-ME', '{America/New_York}'),
('1208', 'US-ID', '{America/Boise,America/Denver,America/Los_Angeles}'),
('12082', 'US-ID', '{America/Boise,America/Los_Angeles}'),
('1208201', 'US-ID', '{America/Denver}'),
('1208215', 'US-ID', '{America/Los_Angeles}'),
('1208221', 'US-ID', '{America/Denver}'),
('1208226', 'US-ID', '{America/Denver}'),
('1208227', 'US-ID', '{America/Denver}'),
('1208228', 'US-ID', '{America/Denver}'),
('120823', 'US-ID', '{America/Denver}'),
('1208241', 'US-ID', '{America/Denver}'),
('1208242', 'US-ID', '{America/Denver}'),
('1208245', 'US-ID', '{America/Los_Angeles}'),
('1208249', 'US-ID', '{America/Denver}'),
('1208250', 'US-ID', '{America/Denver}'),
('1208251', 'US-ID', '{America/Denver}'),
('1208253', 'US-ID', '{America/Denver}'),
('1208254', 'US-ID', '{America/Denver}'),
('1208255', 'US-ID', '{America/Los_Angeles}'),
('1208258', 'US-ID', '{America/Denver}'),
('1208262', 'US-ID', '{America/Los_Angeles}'),
('1208263', 'US-ID', '{America/Los_Angeles}'),
('1208265', 'US-ID', '{America/Los_Angeles}'),
('1208267', 'US-ID', '{America/Los_Angeles}'),
('1208278', 'US-ID', '{America/Denver}'),
('120828', 'US-ID', '{America/Denver}'),
('1208290', 'US-ID', '{America/Los_Angeles}'),
('1208292', 'US-ID', '{America/Los_Angeles}'),
('1208297', 'US-ID', '{America/Denver}'),
('12083', 'US-ID', '{America/Denver}'),
('120830', 'US-ID', '{America/Boise,America/Los_Angeles}'),
('1208304', 'US-ID', '{America/Los_Angeles}'),
('1208305', 'US-ID', '{America/Los_Angeles}'),
('120831', 'US-ID', '{America/Boise,America/Los_Angeles}'),
('1208320', 'US-ID', '{America/Boise,America/Los_Angeles}'),
('1208325', 'US-ID', '{America/Boise,America/Los_Angeles}'),
('1208328', 'US-ID', '{America/Boise,America/Los_Angeles}'),
('1208329', 'US-ID', '{America/Boise,America/Los_Angeles}'),
('1208330', 'US-ID', '{America/Boise,America/Los_Angeles}'),
('1208332', 'US-ID', '{America/Boise,America/Los_Angeles}'),
('1208335', 'US-ID', '{America/Boise,America/Los_Angeles}'),
('1208341', 'US-ID', '{America/Boise,America/Los_Angeles}'),
('1208347', 'US-ID', '{America/Boise,America/Los_Angeles}'),
('1208348', 'US-ID', '{America/Boise,America/Los_Angeles}'),
('1208349', 'US-ID', '{America/Boise,America/Los_Angeles}'),
('1208355', 'US-ID', '{America/Boise,America/Los_Angeles}'),
('1208358', 'US-ID', '{America/Boise,America/Los_Angeles}'),
('1208361', 'US-ID', '{America/Boise,America/Los_Angeles}'),
('1208363', 'US-ID', '{America/Boise,America/Los_Angeles}'),
('1208364', 'US-ID', '{America/Boise,America/Los_Angeles}'),
('1208368', 'US-ID', '{America/Boise,America/Los_Angeles}'),
('1208369', 'US-ID', '{America/Boise,America/Los_Angeles}'),
('1208370', 'US-ID', '{America/Boise,America/Los_Angeles}'),
('1208372', 'US-ID', '{America/Boise,America/Los_Angeles}'),
('1208374', 'US-ID', '{America/Boise,America/Los_Angeles}'),
('1208379', 'US-ID', '{America/Boise,America/Los_Angeles}'),
('1208380', 'US-ID', '{America/Boise,America/Los_Angeles}'),
('1208386', 'US-ID', '{America/Boise,America/Los_Angeles}'),
('1208387', 'US-ID', '{America/Boise,America/Los_Angeles}'),
('1208393', 'US-ID', '{America/Boise,America/Los_Angeles}'),
('1208394', 'US-ID', '{America/Boise,America/Los_Angeles}'),
('1208395', 'US-ID', '{America/Boise,America/Los_Angeles}'),
('1208396', 'US-ID', '{America/Boise,America/Los_Angeles}'),
('1208399', 'US-ID', '{America/Boise,America/Los_Angeles}'),
('1208400', 'US-ID', '{America/Boise,America/Los_Angeles}'),
('1208401', 'US-ID', '{America/Denver}'),
('1208402', 'US-ID', '{America/Denver}'),
('1208403', 'US-ID', '{America/Denver}'),
('1208404', 'US-ID', '{America/Boise,America/Los_Angeles}'),
('1208405', 'US-ID', '{America/Boise,America/Los_Angeles}'),
('1208406', 'US-ID', '{America/Boise,America/Los_Angeles}'),
('1208407', 'US-ID', '{America/Denver}'),
('1208408', 'US-ID', '{America/Boise,America/Los_Angeles}'),
('1208409', 'US-ID', '{America/Denver}'),
('120841', 'US-ID', '{America/Boise,America/Los_Angeles}'),
('1208412', 'US-ID', '{America/Denver}'),
('1208414', 'US-ID', '{America/Denver}'),
('1208419', 'US-ID', '{America/Denver}'),
('120842', 'US-ID', '{America/Denver}'),
('1208421', 'US-ID', '{America/Boise,America/Los_Angeles}'),
('1208427', 'US-ID', '{America/Boise,America/Los_Angeles}'),
('1208428', 'US-ID', '{America/Boise,America/Los_Angeles}'),
('1208430', 'US-ID', '{America/Boise,America/Los_Angeles}'),
('1208431', 'US-ID', '{America/Denver}'),
('1208432', 'US-ID', '{America/Boise,America/Los_Angeles}'),
('1208433', 'US-ID', '{America/Denver}'),
('1208434', 'US-ID', '{America/Boise,America/Los_Angeles}'),
('1208435', 'US-ID', '{America/Boise,America/Los_Angeles}'),
('1208436', 'US-ID', '{America/Denver}'),
('1208437', 'US-ID', '{America/Los_Angeles}'),
('1208438', 'US-ID', '{America/Denver}'),
('1208439', 'US-ID', '{America/Boise,America/Los_Angeles}'),
('1208440', 'US-ID', '{America/Denver}'),
('1208441', 'US-ID', '{America/Boise,America/Los_Angeles}'),
('1208442', 'US-ID', '{America/Denver}'),
('1208443', 'US-ID', '{America/Los_Angeles}'),
('1208444', 'US-ID', '{America/Boise,America/Los_Angeles}'),
('1208445', 'US-ID', '{America/Boise,America/Los_Angeles}'),
('1208446', 'US-ID', '{America/Los_Angeles}'),
('1208447', 'US-ID', '{America/Boise,America/Los_Angeles}'),
('1208448', 'US-ID', '{America/Los_Angeles}'),
('1208449', 'US-ID', '{America/Boise,America/Los_Angeles}'),
('1208450', 'US-ID', '{America/Boise,America/Los_Angeles}'),
('1208451', 'US-ID', '{America/Boise,America/Los_Angeles}'),
('1208452', 'US-ID', '{America/Denver}'),
('1208453', 'US-ID', '{America/Denver}'),
('1208454', 'US-ID', '{America/Denver}'),
('1208455', 'US-ID', '{America/Denver}'),
('1208456', 'US-ID', '{America/Boise,America/Los_Angeles}'),
('1208457', 'US-ID', '{America/Los_Angeles}'),
('1208458', 'US-ID', '{America/Boise,America/Los_Angeles}'),
('1208459', 'US-ID', '{America/Denver}'),
('120846', 'US-ID', '{America/Denver}'),
('1208460', 'US-ID', '{America/Boise,America/Los_Angeles}'),
('1208464', 'US-ID', '{America/Boise,America/Los_Angeles}'),
('1208469', 'US-ID', '{America/Boise,America/Los_Angeles}'),
('1208470', 'US-ID', '{America/Boise,America/Los_Angeles}'),
('1208471', 'US-ID', '{America/Boise,America/Los_Angeles}'),
('1208472', 'US-ID', '{America/Denver}'),
('1208473', 'US-ID', '{America/Denver}'),
('1208474', 'US-ID', '{America/Boise,America/Los_Angeles}'),
('1208475', 'US-ID', '{America/Denver}'),
('1208476', 'US-ID', '{America/Los_Angeles}'),
('1208477', 'US-ID', '{America/Boise,America/Los_Angeles}'),
('1208478', 'US-ID', '{America/Denver}'),
('1208479', 'US-ID', '{America/Boise,America/Los_Angeles}'),
('120848', 'US-ID', '{America/Boise,America/Los_Angeles}'),
('1208484', 'US-ID', '{America/Denver}'),
('1208489', 'US-ID', '{America/Denver}'),
('120849', 'US-ID', '{America/Boise,America/Los_Angeles}'),
('1208495', 'US-ID', '{America/Denver}'),
('12085', 'US-ID', '{America/Boise,America/Los_Angeles}'),
('1208505', 'US-ID', '{America/Denver}'),
('1208514', 'US-ID', '{America/Denver}'),
('1208515', 'US-ID', '{America/Denver}'),
('120852', 'US-ID', '{America/Denver}'),
('1208535', 'US-ID', '{America/Denver}'),
('1208536', 'US-ID', '{America/Denver}'),
('1208538', 'US-ID', '{America/Denver}'),
('1208539', 'US-ID', '{America/Denver}'),
('1208542', 'US-ID', '{America/Denver}'),
('1208543', 'US-ID', '{America/Denver}'),
('1208546', 'US-ID', '{America/Denver}'),
('1208547', 'US-ID', '{America/Denver}'),
('1208549', 'US-ID', '{America/Denver}'),
('1208552', 'US-ID', '{America/Denver}'),
('1208556', 'US-ID', '{America/Los_Angeles}'),
('1208557', 'US-ID', '{America/Denver}'),
('1208558', 'US-ID', '{America/Denver}'),
('1208559', 'US-ID', '{America/Denver}'),
('1208562', 'US-ID', '{America/Denver}'),
('1208569', 'US-ID', '{America/Denver}'),
('1208570', 'US-ID', '{America/Denver}'),
('1208571', 'US-ID', '{America/Denver}'),
('1208573', 'US-ID', '{America/Denver}'),
('1208577', 'US-ID', '{America/Denver}'),
('1208578', 'US-ID', '{America/Denver}'),
('1208585', 'US-ID', '{America/Denver}'),
('1208587', 'US-ID', '{America/Denver}'),
('1208588', 'US-ID', '{America/Denver}'),
('1208589', 'US-ID', '{America/Denver}'),
('1208595', 'US-ID', '{America/Denver}'),
('1208596', 'US-ID', '{America/Los_Angeles}'),
('12086', 'US-ID', '{America/Boise,America/Los_Angeles}'),
('1208602', 'US-ID', '{America/Denver}'),
('1208608', 'US-ID', '{America/Denver}'),
('1208610', 'US-ID', '{America/Los_Angeles}'),
('1208622', 'US-ID', '{America/Denver}'),
('1208623', 'US-ID', '{America/Los_Angeles}'),
('1208624', 'US-ID', '{America/Denver}'),
('1208625', 'US-ID', '{America/Los_Angeles}'),
('1208628', 'US-ID', '{America/Denver}'),
('1208629', 'US-ID', '{America/Denver}'),
('1208631', 'US-ID', '{America/Denver}'),
('1208634', 'US-ID', '{America/Denver}'),
('1208637', 'US-ID', '{America/Denver}'),
('1208639', 'US-ID', '{America/Denver}'),
('1208640', 'US-ID', '{America/Los_Angeles}'),
('1208642', 'US-ID', '{America/Denver}'),
('1208651', 'US-ID', '{America/Los_Angeles}'),
('1208652', 'US-ID', '{America/Denver}'),
('1208656', 'US-ID', '{America/Denver}'),
('1208658', 'US-ID', '{America/Denver}'),
('1208659', 'US-ID', '{America/Los_Angeles}'),
('120866', 'US-ID', '{America/Los_Angeles}'),
('1208672', 'US-ID', '{America/Denver}'),
('1208676', 'US-ID', '{America/Los_Angeles}'),
('1208677', 'US-ID', '{America/Denver}'),
('1208678', 'US-ID', '{America/Denver}'),
('1208681', 'US-ID', '{America/Denver}'),
('1208682', 'US-ID', '{America/Los_Angeles}'),
('1208683', 'US-ID', '{America/Los_Angeles}'),
('1208684', 'US-ID', '{America/Denver}'),
('1208686', 'US-ID', '{America/Los_Angeles}'),
('1208687', 'US-ID', '{America/Los_Angeles}'),
('1208691', 'US-ID', '{America/Los_Angeles}'),
('1208695', 'US-ID', '{America/Denver}'),
('1208697', 'US-ID', '{America/Denver}'),
('1208699', 'US-ID', '{America/Los_Angeles}'),
('1208700', 'US-ID', '{America/Boise,America/Los_Angeles}'),
('1208701', 'US-ID', '{America/Boise,America/Los_Angeles}'),
('1208702', 'US-ID', '{America/Boise,America/Los_Angeles}'),
('1208703', 'US-ID', '{America/Denver}'),
('1208704', 'US-ID', '{America/Los_Angeles}'),
('1208705', 'US-ID', '{America/Denver}'),
('1208706', 'US-ID', '{America/Denver}'),
('1208707', 'US-ID', '{America/Boise,America/Los_Angeles}'),
('1208708', 'US-ID', '{America/Boise,America/Los_Angeles}'),
('1208709', 'US-ID', '{America/Denver}'),
('120871', 'US-ID', '{America/Boise,America/Los_Angeles}'),
('1208713', 'US-ID', '{America/Denver}'),
('1208716', 'US-ID', '{America/Denver}'),
('120872', 'US-ID', '{America/Denver}'),
('1208721', 'US-ID', '{America/Boise,America/Los_Angeles}'),
('1208723', 'US-ID', '{America/Boise,America/Los_Angeles}'),
('1208728', 'US-ID', '{America/Boise,America/Los_Angeles}'),
('1208729', 'US-ID', '{America/Boise,America/Los_Angeles}'),
('120873', 'US-ID', '{America/Denver}'),
('1208730', 'US-ID', '{America/Boise,America/Los_Angeles}'),
('1208738', 'US-ID', '{America/Boise,America/Los_Angeles}'),
('1208739', 'US-ID', '{America/Boise,America/Los_Angeles}'),
('120874', 'US-ID', '{America/Boise,America/Los_Angeles}'),
('1208743', 'US-ID', '{America/Los_Angeles}'),
('1208745', 'US-ID', '{America/Denver}'),
('1208746', 'US-ID', '{America/Los_Angeles}'),
('120875', 'US-ID', '{America/Boise,America/Los_Angeles}'),
('1208755', 'US-ID', '{America/Los_Angeles}'),
('1208756', 'US-ID', '{America/Denver}'),
('1208760', 'US-ID', '{America/Boise,America/Los_Angeles}'),
('1208761', 'US-ID', '{America/Denver}'),
('1208762', 'US-ID', '{America/Los_Angeles}'),
('1208763', 'US-ID', '{America/Boise,America/Los_Angeles}'),
('1208764', 'US-ID', '{America/Boise,America/Los_Angeles}'),
('1208765', 'US-ID', '{America/Los_Angeles}'),
('1208766', 'US-ID', '{America/Denver}'),
('1208767', 'US-ID', '{America/Boise,America/Los_Angeles}'),
('1208768', 'US-ID', '{America/Boise,America/Los_Angeles}'),
('1208769', 'US-ID', '{America/Los_Angeles}'),
('120877', 'US-ID', '{America/Boise,America/Los_Angeles}'),
('1208772', 'US-ID', '{America/Los_Angeles}'),
('1208773', 'US-ID', '{America/Los_Angeles}'),
('1208777', 'US-ID', '{America/Los_Angeles}'),
('1208780', 'US-ID', '{America/Boise,America/Los_Angeles}'),
('1208781', 'US-ID', '{America/Boise,America/Los_Angeles}'),
('1208782', 'US-ID', '{America/Denver}'),
('1208783', 'US-ID', '{America/Los_Angeles}'),
('1208784', 'US-ID', '{America/Los_Angeles}'),
('1208785', 'US-ID', '{America/Denver}'),
('1208786', 'US-ID', '{America/Boise,America/Los_Angeles}'),
('1208787', 'US-ID', '{America/Denver}'),
('1208788', 'US-ID', '{America/Denver}'),
('1208789', 'US-ID', '{America/Denver}'),
('120879', 'US-ID', '{America/Boise,America/Los_Angeles}'),
('1208791', 'US-ID', '{America/Los_Angeles}'),
('1208794', 'US-ID', '{America/Denver}'),
('1208798', 'US-ID', '{America/Los_Angeles}'),
('1208799', 'US-ID', '{America/Los_Angeles}'),
('120880', 'US-ID', '{America/Boise,America/Los_Angeles}'),
('120881', 'US-ID', '{America/Boise,America/Los_Angeles}'),
('1208814', 'US-ID', '{America/Denver}'),
('1208818', 'US-ID', '{America/Los_Angeles}'),
('1208819', 'US-ID', '{America/Los_Angeles}'),
('120882', 'US-ID', '{America/Boise,America/Los_Angeles}'),
('120883', 'US-ID', '{America/Boise,America/Los_Angeles}'),
('1208830', 'US-ID', '{America/Denver}'),
('1208835', 'US-ID', '{America/Los_Angeles}'),
('1208837', 'US-ID', '{America/Denver}'),
('120884', 'US-ID', '{America/Boise,America/Los_Angeles}'),
('1208841', 'US-ID', '{America/Denver}'),
('1208843', 'US-ID', '{America/Los_Angeles}'),
('1208846', 'US-ID', '{America/Denver}'),
('1208847', 'US-ID', '{America/Denver}'),
('120885', 'US-ID', '{America/Denver}'),
('1208851', 'US-ID', '{America/Boise,America/Los_Angeles}'),
('1208856', 'US-ID', '{America/Boise,America/Los_Angeles}'),
('1208857', 'US-ID', '{America/Boise,America/Los_Angeles}'),
('1208858', 'US-ID', '{America/Boise,America/Los_Angeles}'),
('120886', 'US-ID', '{America/Denver}'),
('1208862', 'US-ID', '{America/Boise,America/Los_Angeles}'),
('1208864', 'US-ID', '{America/Boise,America/Los_Angeles}'),
('1208865', 'US-ID', '{America/Boise,America/Los_Angeles}'),
('1208868', 'US-ID', '{America/Boise,America/Los_Angeles}'),
('1208870', 'US-ID', '{America/Denver}'),
('1208871', 'US-ID', '{America/Denver}'),
('1208872', 'US-ID', '{America/Boise,America/Los_Angeles}'),
('1208873', 'US-ID', '{America/Boise,America/Los_Angeles}'),
('1208874', 'US-ID', '{America/Boise,America/Los_Angeles}'),
('1208875', 'US-ID', '{America/Los_Angeles}'),
('1208876', 'US-ID', '{America/Boise,America/Los_Angeles}'),
('1208877', 'US-ID', '{America/Boise,America/Los_Angeles}'),
('1208878', 'US-ID', '{America/Denver}'),
('1208879', 'US-ID', '{America/Denver}'),
('120888', 'US-ID', '{America/Denver}'),
('1208882', 'US-ID', '{America/Los_Angeles}'),
('1208883', 'US-ID', '{America/Los_Angeles}'),
('1208885', 'US-ID', '{America/Los_Angeles}'),
('1208889', 'US-ID', '{America/Boise,America/Los_Angeles}'),
('120889', 'US-ID', '{America/Denver}'),
('1208892', 'US-ID', '{America/Boise,America/Los_Angeles}'),
('1208893', 'US-ID', '{America/Boise,America/Los_Angeles}'),
('1208894', 'US-ID', '{America/Boise,America/Los_Angeles}'),
('1208897', 'US-ID', '{America/Boise,America/Los_Angeles}'),
('12089', 'US-ID', '{America/Boise,America/Los_Angeles}'),
('1208901', 'US-ID', '{America/Denver}'),
('1208904', 'US-ID', '{America/Denver}'),
('1208906', 'US-ID', '{America/Denver}'),
('1208908', 'US-ID', '{America/Denver}'),
('1208917', 'US-ID', '{America/Denver}'),
('1208918', 'US-ID', '{America/Denver}'),
('1208921', 'US-ID', '{America/Denver}'),
('1208922', 'US-ID', '{America/Denver}'),
('1208926', 'US-ID', '{America/Los_Angeles}'),
('1208928', 'US-ID', '{America/Denver}'),
('1208934', 'US-ID', '{America/Denver}'),
('1208935', 'US-ID', '{America/Los_Angeles}'),
('1208936', 'US-ID', '{America/Denver}'),
('1208938', 'US-ID', '{America/Denver}'),
('1208939', 'US-ID', '{America/Denver}'),
('1208941', 'US-ID', '{America/Denver}'),
('1208944', 'US-ID', '{America/Denver}'),
('1208946', 'US-ID', '{America/Los_Angeles}'),
('1208947', 'US-ID', '{America/Denver}'),
('1208949', 'US-ID', '{America/Denver}'),
('1208954', 'US-ID', '{America/Denver}'),
('1208955', 'US-ID', '{America/Denver}'),
('1208962', 'US-ID', '{America/Los_Angeles}'),
('1208964', 'US-ID', '{America/Los_Angeles}'),
('1208983', 'US-ID', '{America/Los_Angeles}'),
('1208989', 'US-ID', '{America/Denver}'),
('1208991', 'US-ID', '{America/Denver}'),
('1208994', 'US-ID', '{America/Denver}'),
('1208995', 'US-ID', '{America/Denver}'),
('1208996', 'US-ID', '{America/Denver}'),
('1209', 'US-CA', '{America/Los_Angeles}'),
('1210', 'US-TX', '{America/Chicago}'),
('1212', 'US-NY', '{America/New_York}'),
('1213', 'US-CA', '{America/Los_Angeles}'),
('1214', 'US-TX', '{America/Chicago}'),
('1215', 'US-PA', '{America/New_York}'),
('1216', 'US-OH', '{America/New_York}'),
('1217', 'US-IL', '{America/Chicago}'),
('1218', 'US-MN', '{America/Chicago}'),
('1219', 'US-IN', '{America/New_York}'),
('1219226', 'US-IN', '{America/Chicago}'),
('1219227', 'US-IN', '{America/Chicago}'),
('1219242', 'US-IN', '{America/Chicago}'),
('1219261', 'US-IN', '{America/Chicago}'),
('1219263', 'US-IN', '{America/Chicago}'),
('1219285', 'US-IN', '{America/Chicago}'),
('1219286', 'US-IN', '{America/Chicago}'),
('1219299', 'US-IN', '{America/Chicago}'),
('1219322', 'US-IN', '{America/Chicago}'),
('1219324', 'US-IN', '{America/Chicago}'),
('1219325', 'US-IN', '{America/Chicago}'),
('1219326', 'US-IN', '{America/Chicago}'),
('1219345', 'US-IN', '{America/Chicago}'),
('1219362', 'US-IN', '{America/Chicago}'),
('1219365', 'US-IN', '{America/Chicago}'),
('1219369', 'US-IN', '{America/Chicago}'),
('1219374', 'US-IN', '{America/Chicago}'),
('1219392', 'US-IN', '{America/Chicago}'),
('1219393', 'US-IN', '{America/Chicago}'),
('1219395', 'US-IN', '{America/Chicago}'),
('1219397', 'US-IN', '{America/Chicago}'),
('1219398', 'US-IN', '{America/Chicago}'),
('1219427', 'US-IN', '{America/Chicago}'),
('1219440', 'US-IN', '{America/Chicago}'),
('1219462', 'US-IN', '{America/Chicago}'),
('1219464', 'US-IN', '{America/Chicago}'),
('1219465', 'US-IN', '{America/Chicago}'),
('1219472', 'US-IN', '{America/Chicago}'),
('1219473', 'US-IN', '{America/Chicago}'),
('1219474', 'US-IN', '{America/Chicago}'),
('1219476', 'US-IN', '{America/Chicago}'),
('1219477', 'US-IN', '{America/Chicago}'),
('1219513', 'US-IN', '{America/Chicago}'),
('1219531', 'US-IN', '{America/Chicago}'),
('1219548', 'US-IN', '{America/Chicago}'),
('1219558', 'US-IN', '{America/Chicago}'),
('1219595', 'US-IN', '{America/Chicago}'),
('1219659', 'US-IN', '{America/Chicago}'),
('1219661', 'US-IN', '{America/Chicago}'),
('1219662', 'US-IN', '{America/Chicago}'),
('1219663', 'US-IN', '{America/Chicago}'),
('1219690', 'US-IN', '{America/Chicago}'),
('1219696', 'US-IN', '{America/Chicago}'),
('1219707', 'US-IN', '{America/Chicago}'),
('1219728', 'US-IN', '{America/Chicago}'),
('1219733', 'US-IN', '{America/Chicago}'),
('1219736', 'US-IN', '{America/Chicago}'),
('1219738', 'US-IN', '{America/Chicago}'),
('1219755', 'US-IN', '{America/Chicago}'),
('1219756', 'US-IN', '{America/Chicago}'),
('1219757', 'US-IN', '{America/Chicago}'),
('1219759', 'US-IN', '{America/Chicago}'),
('1219762', 'US-IN', '{America/Chicago}'),
('1219763', 'US-IN', '{America/Chicago}'),
('1219764', 'US-IN', '{America/Chicago}'),
('1219766', 'US-IN', '{America/Chicago}'),
('1219769', 'US-IN', '{America/Chicago}'),
('1219778', 'US-IN', '{America/Chicago}'),
('1219779', 'US-IN', '{America/Chicago}'),
('1219785', 'US-IN', '{America/Chicago}'),
('1219787', 'US-IN', '{America/Chicago}'),
('1219791', 'US-IN', '{America/Chicago}'),
('1219803', 'US-IN', '{America/Chicago}'),
('1219836', 'US-IN', '{America/Chicago}'),
('1219838', 'US-IN', '{America/Chicago}'),
('1219844', 'US-IN', '{America/Chicago}'),
('1219845', 'US-IN', '{America/Chicago}'),
('1219852', 'US-IN', '{America/Chicago}'),
('1219853', 'US-IN', '{America/Chicago}'),
('1219864', 'US-IN', '{America/Chicago}'),
('1219865', 'US-IN', '{America/Chicago}'),
('1219866', 'US-IN', '{America/Chicago}'),
('1219872', 'US-IN', '{America/Chicago}'),
('1219873', 'US-IN', '{America/Chicago}'),
('1219874', 'US-IN', '{America/Chicago}'),
('1219878', 'US-IN', '{America/Chicago}'),
('1219879', 'US-IN', '{America/Chicago}'),
('121988', 'US-IN', '{America/Chicago}'),
('121992', 'US-IN', '{America/Chicago}'),
('121993', 'US-IN', '{America/Chicago}'),
('121994', 'US-IN', '{America/Chicago}'),
('1219956', 'US-IN', '{America/Chicago}'),
('1219962', 'US-IN', '{America/Chicago}'),
('1219963', 'US-IN', '{America/Chicago}'),
('1219972', 'US-IN', '{America/Chicago}'),
('1219977', 'US-IN', '{America/Chicago}'),
('1219980', 'US-IN', '{America/Chicago}'),
('1219983', 'US-IN', '{America/Chicago}'),
('1219987', 'US-IN', '{America/Chicago}'),
('1219989', 'US-IN', '{America/Chicago}'),
('1219996', 'US-IN', '{America/Chicago}'),
('1220', 'US-OH', '{America/New_York}'),
('1223', 'US-PA', '{America/New_York}'),
('1224', 'US-IL', '{America/Chicago}'),
('1225', 'US-LA', '{America/Chicago}'),
('1226', 'CA-ON', '{America/Toronto}'),
('1227', 'US-MD', '{America/New_York}'),
('1228', 'US-MS', '{America/Chicago}'),
('1229', 'US-GA', '{America/New_York}'),
('1231', 'US-MI', '{America/New_York}'),
('1234', 'US-OH', '{America/New_York}'),
('1235', 'US-MO', '{America/Chicago}'),
('1236', 'CA-BC', '{America/Vancouver}'),
('1239', 'US-FL', '{America/New_York}'),
('1240', 'US-MD', '{America/New_York}'),
('1242', 'BS', '{America/Nassau}'),
('1246', 'BB', '{America/Barbados}'),
('1248', 'US-MI', '{America/New_York}'),
('1249', 'CA-ON', '{America/Toronto}'),
('1250', 'CA-BC', '{America/Vancouver}'),
('1250242', 'CA-BC', '{America/Edmonton}'),
('1250261', 'CA-BC', '{America/Edmonton}'),
('1250262', 'CA-BC', '{America/Edmonton}'),
('1250263', 'CA-BC', '{America/Edmonton}'),
('1250341', 'CA-BC', '{America/Edmonton}'),
('1250342', 'CA-BC', '{America/Edmonton}'),
('1250344', 'CA-BC', '{America/Edmonton}'),
('1250347', 'CA-BC', '{America/Edmonton}'),
('1250417', 'CA-BC', '{America/Edmonton}'),
('1250423', 'CA-BC', '{America/Edmonton}'),
('1250425', 'CA-BC', '{America/Edmonton}'),
('1250426', 'CA-BC', '{America/Edmonton}'),
('1250427', 'CA-BC', '{America/Edmonton}'),
('1250428', 'CA-BC', '{America/Edmonton}'),
('1250489', 'CA-BC', '{America/Edmonton}'),
('1250719', 'CA-BC', '{America/Edmonton}'),
('1250774', 'CA-BC', '{America/Edmonton}'),
('1250782', 'CA-BC', '{America/Edmonton}'),
('1250784', 'CA-BC', '{America/Edmonton}'),
('1250785', 'CA-BC', '{America/Edmonton}'),
('1250787', 'CA-BC', '{America/Edmonton}'),
('1250788', 'CA-BC', '{America/Edmonton}'),
('1251', 'US-AL', '{America/Chicago}'),
('1252', 'US-NC', '{America/New_York}'),
('1253', 'US-WA', '{America/Los_Angeles}'),
('1254', 'US-TX', '{America/Chicago}'),
('1256', 'US-AL', '{America/Chicago}'),
('1257', 'CA-BC', '{America/Vancouver}'),
('1260', 'US-IN', '{America/New_York}'),
('1262', 'US-WI', '{America/Chicago}'),
('1263', 'CA-QC', '{America/Toronto}'),
('1264', 'AI', '{America/Anguilla}'),
('1267', 'US-PA', '{America/New_York}'),
('1268', 'AG', '{America/Antigua}'),
('1269', 'US-MI', '{America/New_York}'),
('1270', 'US-KY', '{America/New_York}'),
('1270202', 'US-KY', '{America/Chicago}'),
('1270230', 'US-KY', '{America/Chicago}'),
('1270236', 'US-KY', '{America/Chicago}'),
('1270237', 'US-KY', '{America/Chicago}'),
('1270240', 'US-KY', '{America/Chicago}'),
('1270242', 'US-KY', '{America/Chicago}'),
('1270247', 'US-KY', '{America/Chicago}'),
('1270251', 'US-KY', '{America/Chicago}'),
('1270259', 'US-KY', '{America/Chicago}'),
('1270265', 'US-KY', '{America/Chicago}'),
('1270273', 'US-KY', '{America/Chicago}'),
('1270274', 'US-KY', '{America/Chicago}'),
('1270282', 'US-KY', '{America/Chicago}'),
('1270298', 'US-KY', '{America/Chicago}'),
('1270333', 'US-KY', '{America/Chicago}'),
('1270335', 'US-KY', '{America/Chicago}'),
('1270338', 'US-KY', '{America/Chicago}'),
('1270343', 'US-KY', '{America/Chicago}'),
('1270354', 'US-KY', '{America/Chicago}'),
('1270362', 'US-KY', '{America/Chicago}'),
('1270365', 'US-KY', '{America/Chicago}'),
('1270384', 'US-KY', '{America/Chicago}'),
('1270388', 'US-KY', '{America/Chicago}'),
('1270389', 'US-KY', '{America/Chicago}'),
('1270393', 'US-KY', '{America/Chicago}'),
('1270395', 'US-KY', '{America/Chicago}'),
('1270415', 'US-KY', '{America/Chicago}'),
('1270432', 'US-KY', '{America/Chicago}'),
('1270439', 'US-KY', '{America/Chicago}'),
('1270441', 'US-KY', '{America/Chicago}'),
('1270442', 'US-KY', '{America/Chicago}'),
('1270443', 'US-KY', '{America/Chicago}'),
('1270444', 'US-KY', '{America/Chicago}'),
('1270462', 'US-KY', '{America/Chicago}'),
('1270472', 'US-KY', '{America/Chicago}'),
('1270483', 'US-KY', '{America/Chicago}'),
('1270487', 'US-KY', '{America/Chicago}'),
('1270495', 'US-KY', '{America/Chicago}'),
('1270522', 'US-KY', '{America/Chicago}'),
('1270524', 'US-KY', '{America/Chicago}'),
('1270526', 'US-KY', '{America/Chicago}'),
('1270527', 'US-KY', '{America/Chicago}'),
('1270528', 'US-KY', '{America/Chicago}'),
('1270534', 'US-KY', '{America/Chicago}'),
('1270535', 'US-KY', '{America/Chicago}'),
('1270538', 'US-KY', '{America/Chicago}'),
('1270542', 'US-KY', '{America/Chicago}'),
('1270547', 'US-KY', '{America/Chicago}'),
('1270554', 'US-KY', '{America/Chicago}'),
('1270563', 'US-KY', '{America/Chicago}'),
('1270575', 'US-KY', '{America/Chicago}'),
('1270586', 'US-KY', '{America/Chicago}'),
('1270597', 'US-KY', '{America/Chicago}'),
('1270598', 'US-KY', '{America/Chicago}'),
('1270618', 'US-KY', '{America/Chicago}'),
('1270622', 'US-KY', '{America/Chicago}'),
('1270628', 'US-KY', '{America/Chicago}'),
('1270629', 'US-KY', '{America/Chicago}'),
('1270639', 'US-KY', '{America/Chicago}'),
('1270640', 'US-KY', '{America/Chicago}'),
('1270646', 'US-KY', '{America/Chicago}'),
('1270651', 'US-KY', '{America/Chicago}'),
('1270653', 'US-KY', '{America/Chicago}'),
('1270659', 'US-KY', '{America/Chicago}'),
('1270665', 'US-KY', '{America/Chicago}'),
('1270667', 'US-KY', '{America/Chicago}'),
('1270678', 'US-KY', '{America/Chicago}'),
('127068', 'US-KY', '{America/Chicago}'),
('1270691', 'US-KY', '{America/Chicago}'),
('1270707', 'US-KY', '{America/Chicago}'),
('1270725', 'US-KY', '{America/Chicago}'),
('1270726', 'US-KY', '{America/Chicago}'),
('1270745', 'US-KY', '{America/Chicago}'),
('1270746', 'US-KY', '{America/Chicago}'),
('1270753', 'US-KY', '{America/Chicago}'),
('1270754', 'US-KY', '{America/Chicago}'),
('1270755', 'US-KY', '{America/Chicago}'),
('1270756', 'US-KY', '{America/Chicago}'),
('1270759', 'US-KY', '{America/Chicago}'),
('1270761', 'US-KY', '{America/Chicago}'),
('1270762', 'US-KY', '{America/Chicago}'),
('1270767', 'US-KY', '{America/Chicago}'),
('1270773', 'US-KY', '{America/Chicago}'),
('1270780', 'US-KY', '{America/Chicago}'),
('1270781', 'US-KY', '{America/Chicago}'),
('1270782', 'US-KY', '{America/Chicago}'),
('1270783', 'US-KY', '{America/Chicago}'),
('1270786', 'US-KY', '{America/Chicago}'),
('1270792', 'US-KY', '{America/Chicago}'),
('1270793', 'US-KY', '{America/Chicago}'),
('1270796', 'US-KY', '{America/Chicago}'),
('1270797', 'US-KY', '{America/Chicago}'),
('1270798', 'US-KY', '{America/Chicago}'),
('1270821', 'US-KY', '{America/Chicago}'),
('1270824', 'US-KY', '{America/Chicago}'),
('1270825', 'US-KY', '{America/Chicago}'),
('1270826', 'US-KY', '{America/Chicago}'),
('1270827', 'US-KY', '{America/Chicago}'),
('1270830', 'US-KY', '{America/Chicago}'),
('1270831', 'US-KY', '{America/Chicago}'),
('1270842', 'US-KY', '{America/Chicago}'),
('1270843', 'US-KY', '{America/Chicago}'),
('1270846', 'US-KY', '{America/Chicago}'),
('1270852', 'US-KY', '{America/Chicago}'),
('1270864', 'US-KY', '{America/Chicago}'),
('1270866', 'US-KY', '{America/Chicago}'),
('1270879', 'US-KY', '{America/Chicago}'),
('1270881', 'US-KY', '{America/Chicago}'),
('1270885', 'US-KY', '{America/Chicago}'),
('1270886', 'US-KY', '{America/Chicago}'),
('1270887', 'US-KY', '{America/Chicago}'),
('1270889', 'US-KY', '{America/Chicago}'),
('1270898', 'US-KY', '{America/Chicago}'),
('1270901', 'US-KY', '{America/Chicago}'),
('1270904', 'US-KY', '{America/Chicago}'),
('1270924', 'US-KY', '{America/Chicago}'),
('1270926', 'US-KY', '{America/Chicago}'),
('1270927', 'US-KY', '{America/Chicago}'),
('1270928', 'US-KY', '{America/Chicago}'),
('1270929', 'US-KY', '{America/Chicago}'),
('1270932', 'US-KY', '{America/Chicago}'),
('1270965', 'US-KY', '{America/Chicago}'),
('1270988', 'US-KY', '{America/Chicago}'),
('1272', 'US-PA', '{America/New_York}'),
('1273', 'CA', NULL),
('1274', 'US-WI', '{America/Chicago}'),
('1276', 'US-VA', '{America/New_York}'),
('1279', 'US-CA', '{America/Los_Angeles}'),
('1281', 'US-TX', '{America/Chicago}'),
('1283', 'US-OH', '{America/New_York}'),
('1284', 'VG', '{America/Tortola}'),
('1289', 'CA-ON', '{America/Toronto}'),
('1301', 'US-MD', '{America/New_York}'),
('1302', 'US-DE', '{America/New_York}'),
('1303', 'US-CO', '{America/Denver}'),
('1304', 'US-WV', '{America/New_York}'),
('1305', 'US-FL', '{America/New_York}'),
('1306', 'CA-SK', '{America/Regina}'),
('1307', 'US-WY', '{America/Denver}'),
('1308', 'US-NE', '{America/Chicago}'),
('1308235', 'US-NE', '{America/Denver}'),
('130824', 'US-NE', '{America/Denver}'),
('1308254', 'US-NE', '{America/Denver}'),
('1308262', 'US-NE', '{America/Denver}'),
('1308282', 'US-NE', '{America/Denver}'),
('1308284', 'US-NE', '{America/Denver}'),
('1308327', 'US-NE', '{America/Denver}'),
('1308352', 'US-NE', '{America/Denver}'),
('1308394', 'US-NE', '{America/Denver}'),
('1308423', 'US-NE', '{America/Denver}'),
('1308432', 'US-NE', '{America/Denver}'),
('1308436', 'US-NE', '{America/Denver}'),
('1308546', 'US-NE', '{America/Denver}'),
('1308623', 'US-NE', '{America/Denver}'),
('1308630', 'US-NE', '{America/Denver}'),
('1308632', 'US-NE', '{America/Denver}'),
('1308633', 'US-NE', '{America/Denver}'),
('1308635', 'US-NE', '{America/Denver}'),
('1308665', 'US-NE', '{America/Denver}'),
('1308762', 'US-NE', '{America/Denver}'),
('1308772', 'US-NE', '{America/Denver}'),
('1308874', 'US-NE', '{America/Denver}'),
('1308882', 'US-NE', '{America/Denver}'),
('1309', 'US-IL', '{America/Chicago}'),
('1310', 'US-CA', '{America/Los_Angeles}'),
('1312', 'US-IL', '{America/Chicago}'),
('1313', 'US-MI', '{America/New_York}'),
('1314', 'US-MO', '{America/Chicago}'),
('1315', 'US-NY', '{America/New_York}'),
('1316', 'US-KS', '{America/Chicago}'),
('1317', 'US-IN', '{America/New_York}'),
('1318', 'US-LA', '{America/Chicago}'),
('1319', 'US-IA', '{America/Chicago}'),
('1320', 'US-MN', '{America/Chicago}'),
('1321', 'US-FL', '{America/New_York}'),
('1323', 'US-CA', '{America/Los_Angeles}'),
('1324', 'US-FL', '{America/New_York}'),
('1325', 'US-TX', '{America/Chicago}'),
('1326', 'US-OH', '{America/New_York}'),
('1327', 'US-AR', '{America/Chicago}'),
('1329', 'US-NY', '{America/New_York}'),
('1330', 'US-OH', '{America/New_York}'),
('1331', 'US-IL', '{America/Chicago}'),
('1332', 'US-NY', '{America/New_York}'),
('1334', 'US-AL', '{America/Chicago}'),
('1336', 'US-NC', '{America/New_York}'),
('1337', 'US-LA', '{America/Chicago}'),
('1339', 'US-MA', '{America/New_York}'),
('1340', 'US-VI', '{America/St_Thomas}'),
('1341', 'US-CA', '{America/Los_Angeles}'),
('1343', 'CA-ON', '{America/Toronto}'),
('1345', 'KY', '{America/Cayman}'),
('1346', 'US-TX', '{America/Chicago}'),
('1347', 'US-NY', '{America/New_York}'),
('1350', 'US-CA', '{America/Los_Angeles}'),
('1351', 'US-MA', '{America/New_York}'),
('1352', 'US-FL', '{America/New_York}'),
('1353', 'US-WI', '{America/Chicago}'),
('1354', 'CA-QC', '{America/Toronto}'),
('1360', 'US-WA', '{America/Los_Angeles}'),
('1361', 'US-TX', '{America/Chicago}'),
('1363', 'US-NY', '{America/New_York}'),
('1364', 'US-KY', '{America/New_York}'),
('1365', 'CA-ON', '{America/Toronto}'),
('1367', 'CA-QC', '{America/Toronto}'),
('1368', 'CA-AB', '{America/Edmonton}'),
('1369', 'US-CA', '{America/Los_Angeles}'),
('1380', 'US-OH', '{America/New_York}'),
('1382', 'CA-ON', '{America/Toronto}'),
('1385', 'US-UT', '{America/Denver}'),
('1386', 'US-FL', '{America/New_York}'),
('1401', 'US-RI', '{America/New_York}'),
('1402', 'US-NE', '{America/Chicago}'),
('1403', 'CA-AB', '{America/Edmonton}'),
('1404', 'US-GA', '{America/New_York}'),
('1405', 'US-OK', '{America/Chicago}'),
('1406', 'US-MT', '{America/Denver}'),
('1407', 'US-FL', '{America/New_York}'),
('1408', 'US-CA', '{America/Los_Angeles}'),
('1409', 'US-TX', '{America/Chicago}'),
('1410', 'US-MD', '{America/New_York}'),
('1412', 'US-PA', '{America/New_York}'),
('1413', 'US-MA', '{America/New_York}'),
('1414', 'US-WI', '{America/Chicago}'),
('1415', 'US-CA', '{America/Los_Angeles}'),
('1416', 'CA-ON', '{America/Toronto}'),
('1417', 'US-MO', '{America/Chicago}'),
('1418', 'CA-QC', '{America/Toronto}'),
('1418937', 'CA-QC', '{America/Halifax}'),
('1418986', 'CA-QC', '{America/Halifax}'),
('1419', 'US-OH', '{America/New_York}'),
('1423', 'US-TN', '{America/Chicago}'),
('1423202', 'US-TN', '{America/New_York}'),
('1423209', 'US-TN', '{America/New_York}'),
('1423217', 'US-TN', '{America/New_York}'),
('1423218', 'US-TN', '{America/New_York}'),
('1423224', 'US-TN', '{America/New_York}'),
('142323', 'US-TN', '{America/New_York}'),
('1423245', 'US-TN', '{America/New_York}'),
('1423246', 'US-TN', '{America/New_York}'),
('1423247', 'US-TN', '{America/New_York}'),
('1423253', 'US-TN', '{America/New_York}'),
('1423254', 'US-TN', '{America/New_York}'),
('1423257', 'US-TN', '{America/New_York}'),
('1423262', 'US-TN', '{America/New_York}'),
('1423263', 'US-TN', '{America/New_York}'),
('1423265', 'US-TN', '{America/New_York}'),
('1423266', 'US-TN', '{America/New_York}'),
('1423267', 'US-TN', '{America/New_York}'),
('1423272', 'US-TN', '{America/New_York}'),
('1423278', 'US-TN', '{America/New_York}'),
('1423279', 'US-TN', '{America/New_York}'),
('1423282', 'US-TN', '{America/New_York}'),
('1423283', 'US-TN', '{America/New_York}'),
('1423286', 'US-TN', '{America/New_York}'),
('1423288', 'US-TN', '{America/New_York}'),
('1423296', 'US-TN', '{America/New_York}'),
('1423305', 'US-TN', '{America/New_York}'),
('1423307', 'US-TN', '{America/New_York}'),
('1423317', 'US-TN', '{America/New_York}'),
('1423318', 'US-TN', '{America/New_York}'),
('1423323', 'US-TN', '{America/New_York}'),
('1423328', 'US-TN', '{America/New_York}'),
('142333', 'US-TN', '{America/New_York}'),
('1423343', 'US-TN', '{America/New_York}'),
('1423344', 'US-TN', '{America/New_York}'),
('1423345', 'US-TN', '{America/New_York}'),
('1423346', 'US-TN', '{America/New_York}'),
('1423349', 'US-TN', '{America/New_York}'),
('1423357', 'US-TN', '{America/New_York}'),
('1423365', 'US-TN', '{America/New_York}'),
('1423378', 'US-TN', '{America/New_York}'),
('1423391', 'US-TN', '{America/New_York}'),
('1423392', 'US-TN', '{America/New_York}'),
('1423396', 'US-TN', '{America/New_York}'),
('1423402', 'US-TN', '{America/New_York}'),
('1423421', 'US-TN', '{America/New_York}'),
('1423422', 'US-TN', '{America/New_York}'),
('1423424', 'US-TN', '{America/New_York}'),
('1423425', 'US-TN', '{America/New_York}'),
('1423431', 'US-TN', '{America/New_York}'),
('1423434', 'US-TN', '{America/New_York}'),
('1423439', 'US-TN', '{America/New_York}'),
('1423442', 'US-TN', '{America/New_York}'),
('1423443', 'US-TN', '{America/New_York}'),
('1423451', 'US-TN', '{America/New_York}'),
('1423453', 'US-TN', '{America/New_York}'),
('1423467', 'US-TN', '{America/New_York}'),
('1423468', 'US-TN', '{America/New_York}'),
('142347', 'US-TN', '{America/New_York}'),
('1423485', 'US-TN', '{America/New_York}'),
('1423487', 'US-TN', '{America/New_York}'),
('142349', 'US-TN', '{America/New_York}'),
('1423503', 'US-TN', '{America/New_York}'),
('1423507', 'US-TN', '{America/New_York}'),
('1423508', 'US-TN', '{America/New_York}'),
('1423510', 'US-TN', '{America/New_York}'),
('1423521', 'US-TN', '{America/New_York}'),
('1423525', 'US-TN', '{America/New_York}'),
('1423531', 'US-TN', '{America/New_York}'),
('1423538', 'US-TN', '{America/New_York}'),
('1423542', 'US-TN', '{America/New_York}'),
('1423543', 'US-TN', '{America/New_York}'),
('1423547', 'US-TN', '{America/New_York}'),
('1423553', 'US-TN', '{America/New_York}'),
('1423559', 'US-TN', '{America/New_York}'),
('1423562', 'US-TN', '{America/New_York}'),
('1423566', 'US-TN', '{America/New_York}'),
('1423569', 'US-TN', '{America/New_York}'),
('1423570', 'US-TN', '{America/New_York}'),
('1423573', 'US-TN', '{America/New_York}'),
('1423578', 'US-TN', '{America/New_York}'),
('1423581', 'US-TN', '{America/New_York}'),
('1423585', 'US-TN', '{America/New_York}'),
('1423586', 'US-TN', '{America/New_York}'),
('1423587', 'US-TN', '{America/New_York}'),
('1423595', 'US-TN', '{America/New_York}'),
('1423602', 'US-TN', '{America/New_York}'),
('1423610', 'US-TN', '{America/New_York}'),
('1423613', 'US-TN', '{America/New_York}'),
('1423614', 'US-TN', '{America/New_York}'),
('142362', 'US-TN', '{America/New_York}'),
('1423631', 'US-TN', '{America/New_York}'),
('1423634', 'US-TN', '{America/New_York}'),
('1423636', 'US-TN', '{America/New_York}'),
('1423638', 'US-TN', '{America/New_York}'),
('1423639', 'US-TN', '{America/New_York}'),
('1423643', 'US-TN', '{America/New_York}'),
('1423648', 'US-TN', '{America/New_York}'),
('1423652', 'US-TN', '{America/New_York}'),
('1423663', 'US-TN', '{America/New_York}'),
('1423664', 'US-TN', '{America/New_York}'),
('1423667', 'US-TN', '{America/New_York}'),
('1423697', 'US-TN', '{America/New_York}'),
('1423698', 'US-TN', '{America/New_York}'),
('1423702', 'US-TN', '{America/New_York}'),
('1423708', 'US-TN', '{America/New_York}'),
('1423710', 'US-TN', '{America/New_York}'),
('1423722', 'US-TN', '{America/New_York}'),
('1423725', 'US-TN', '{America/New_York}'),
('1423727', 'US-TN', '{America/New_York}'),
('1423728', 'US-TN', '{America/New_York}'),
('1423733', 'US-TN', '{America/New_York}'),
('1423735', 'US-TN', '{America/New_York}'),
('1423743', 'US-TN', '{America/New_York}'),
('1423744', 'US-TN', '{America/New_York}'),
('1423745', 'US-TN', '{America/New_York}'),
('1423746', 'US-TN', '{America/New_York}'),
('1423752', 'US-TN', '{America/New_York}'),
('1423753', 'US-TN', '{America/New_York}'),
('1423756', 'US-TN', '{America/New_York}'),
('1423757', 'US-TN', '{America/New_York}'),
('1423760', 'US-TN', '{America/New_York}'),
('1423764', 'US-TN', '{America/New_York}'),
('1423765', 'US-TN', '{America/New_York}'),
('1423768', 'US-TN', '{America/New_York}'),
('1423772', 'US-TN', '{America/New_York}'),
('1423775', 'US-TN', '{America/New_York}'),
('1423778', 'US-TN', '{America/New_York}'),
('1423784', 'US-TN', '{America/New_York}'),
('1423787', 'US-TN', '{America/New_York}'),
('1423788', 'US-TN', '{America/New_York}'),
('1423790', 'US-TN', '{America/New_York}'),
('1423794', 'US-TN', '{America/New_York}'),
('1423798', 'US-TN', '{America/New_York}'),
('1423800', 'US-TN', '{America/New_York}'),
('1423802', 'US-TN', '{America/New_York}'),
('1423803', 'US-TN', '{America/New_York}'),
('1423805', 'US-TN', '{America/New_York}'),
('1423821', 'US-TN', '{America/New_York}'),
('1423822', 'US-TN', '{America/New_York}'),
('1423825', 'US-TN', '{America/New_York}'),
('1423826', 'US-TN', '{America/New_York}'),
('1423839', 'US-TN', '{America/New_York}'),
('1423842', 'US-TN', '{America/New_York}'),
('1423843', 'US-TN', '{America/New_York}'),
('1423844', 'US-TN', '{America/New_York}'),
('1423847', 'US-TN', '{America/New_York}'),
('1423854', 'US-TN', '{America/New_York}'),
('1423855', 'US-TN', '{America/New_York}'),
('1423857', 'US-TN', '{America/New_York}'),
('1423867', 'US-TN', '{America/New_York}'),
('1423869', 'US-TN', '{America/New_York}'),
('1423870', 'US-TN', '{America/New_York}'),
('1423875', 'US-TN', '{America/New_York}'),
('1423876', 'US-TN', '{America/New_York}'),
('1423877', 'US-TN', '{America/New_York}'),
('1423878', 'US-TN', '{America/New_York}'),
('1423884', 'US-TN', '{America/New_York}'),
('1423886', 'US-TN', '{America/New_York}'),
('1423892', 'US-TN', '{America/New_York}'),
('1423893', 'US-TN', '{America/New_York}'),
('1423894', 'US-TN', '{America/New_York}'),
('1423899', 'US-TN', '{America/New_York}'),
('1423907', 'US-TN', '{America/New_York}'),
('1423913', 'US-TN', '{America/New_York}'),
('1423915', 'US-TN', '{America/New_York}'),
('1423921', 'US-TN', '{America/New_York}'),
('1423926', 'US-TN', '{America/New_York}'),
('1423928', 'US-TN', '{America/New_York}'),
('1423929', 'US-TN', '{America/New_York}'),
('1423933', 'US-TN', '{America/New_York}'),
('1423952', 'US-TN', '{America/New_York}'),
('1423954', 'US-TN', '{America/New_York}'),
('1423968', 'US-TN', '{America/New_York}'),
('1423975', 'US-TN', '{America/New_York}'),
('1423979', 'US-TN', '{America/New_York}'),
('1423989', 'US-TN', '{America/New_York}'),
('1424', 'US-CA', '{America/Los_Angeles}'),
('1425', 'US-WA', '{America/Los_Angeles}'),
('1428', 'CA-NB', '{America/Halifax}'),
('1430', 'US-TX', '{America/Chicago}'),
('1431', 'CA-MB', '{America/Winnipeg}'),
('1432', 'US-TX', '{America/Chicago}'),
('1434', 'US-VA', '{America/New_York}'),
('1435', 'US-UT', '{America/Denver}'),
('1437', 'CA-ON', '{America/Toronto}'),
('1438', 'CA-QC', '{America/Toronto}'),
('1440', 'US-OH', '{America/New_York}'),
('1441', 'BM', '{Atlantic/Bermuda}'),
('1442', 'US-CA', '{America/Los_Angeles}'),
('1443', 'US-MD', '{America/New_York}'),
('1445', 'US-PA', '{America/New_York}'),
('1447', 'US-IL', '{America/Chicago}'),
('1448', 'US-FL', '{America/Chicago,America/New_York}'),
('1450', 'CA-QC', '{America/Toronto}'),
('1458', 'US-OR', '{America/Los_Angeles}'),
('1463', 'US-IN', '{America/New_York}'),
('1464', 'US-IL', '{America/Chicago}'),
('1468', 'CA-QC', '{America/Toronto}'),
('1469', 'US-TX', '{America/Chicago}'),
('1470', 'US-GA', '{America/New_York}'),
('1472', 'US-NC', '{America/New_York}'),
('1473', 'GD', '{America/Grenada}'),
('1474', 'CA-SK', '{America/Regina}'),
('1475', 'US-CT', '{America/New_York}'),
('1478', 'US-GA', '{America/New_York}'),
('1479', 'US-AR', '{America/Chicago}'),
('1480', 'US-AZ', '{America/Phoenix}'),
('1484', 'US-PA', '{America/New_York}'),
('1501', 'US-AR', '{America/Chicago}'),
('1502', 'US-KY', '{America/New_York}'),
('1503', 'US-OR', '{America/Los_Angeles}'),
('1504', 'US-LA', '{America/Chicago}'),
('1505', 'US-NM', '{America/Denver}'),
('1506', 'CA-NB', '{America/Halifax}'),
('1507', 'US-MN', '{America/Chicago}'),
('1508', 'US-MA', '{America/New_York}'),
('1509', 'US-WA', '{America/Los_Angeles}'),
('1510', 'US-CA', '{America/Los_Angeles}'),
('1512', 'US-TX', '{America/Chicago}'),
('1513', 'US-OH', '{America/New_York}'),
('1514', 'CA-QC', '{America/Toronto}'),
('1515', 'US-IA', '{America/Chicago}'),
('1516', 'US-NY', '{America/New_York}'),
('1517', 'US-MI', '{America/New_York}'),
('1518', 'US-NY', '{America/New_York}'),
('1519', 'CA-ON', '{America/Toronto}'),
('1520', 'US-AZ', '{America/Phoenix}'),
('1530', 'US-CA', '{America/Los_Angeles}'),
('1531', 'US-NE', '{America/Chicago}'),
('1534', 'US-WI', '{America/Chicago}'),
('1539', 'US-OK', '{America/Chicago}'),
('1540', 'US-VA', '{America/New_York}'),
('1541', 'US-OR', '{America/Los_Angeles}'),
('1541372', 'US-OR', '{America/Denver}'),
('1541473', 'US-OR', '{America/Denver}'),
('1541881', 'US-OR', '{America/Denver}'),
('1541889', 'US-OR', '{America/Denver}'),
('1548', 'CA-ON', '{America/Toronto}'),
('1551', 'US-NJ', '{America/New_York}'),
('1557', 'US-MO', '{America/Chicago}'),
('1559', 'US-CA', '{America/Los_Angeles}'),
('1561', 'US-FL', '{America/New_York}'),
('1562', 'US-CA', '{America/Los_Angeles}'),
('1563', 'US-IA', '{America/Chicago}'),
('1564', 'US-WA', '{America/Los_Angeles}'),
('1567', 'US-OH', '{America/New_York}'),
('1570', 'US-PA', '{America/New_York}'),
('1571', 'US-VA', '{America/New_York}'),
('1572', 'US-OK', '{America/Chicago}'),
('1573', 'US-MO', '{America/Chicago}'),
('1574', 'US-IN', '{America/New_York}'),
('1574772', 'US-IN', '{America/Chicago}'),
('1574896', 'US-IN', '{America/Chicago}'),
('1575', 'US-NM', '{America/Denver}'),
('1579', 'CA-QC', '{America/Toronto}'),
('1580', 'US-OK', '{America/Chicago}'),
('1581', 'CA-QC', '{America/Toronto}'),
('1582', 'US-PA', '{America/New_York}'),
('1584', 'CA-MB', '{America/Winnipeg}'),
('1585', 'US-NY', '{America/New_York}'),
('1586', 'US-MI', '{America/New_York}'),
('1587', 'CA-AB', '{America/Edmonton}'),
('1601', 'US-MS', '{America/Chicago}'),
('1602', 'US-AZ', '{America/Phoenix}'),
('1603', 'US-NH', '{America/New_York}'),
('1604', 'CA-BC', '{America/Vancouver}'),
('1605', 'US-SD', '{America/Denver,America/North_Dakota/Center}'),
('1605201', 'US-SD', '{America/Chicago}'),
('1605209', 'US-SD', '{America/Denver}'),
('1605217', 'US-SD', '{America/Chicago}'),
('1605221', 'US-SD', '{America/Chicago}'),
('1605223', 'US-SD', '{America/Denver}'),
('1605224', 'US-SD', '{America/Chicago}'),
('1605225', 'US-SD', '{America/Chicago}'),
('1605226', 'US-SD', '{America/Chicago}'),
('1605229', 'US-SD', '{America/Chicago}'),
('1605232', 'US-SD', '{America/Chicago}'),
('1605234', 'US-SD', '{America/Chicago}'),
('1605255', 'US-SD', '{America/Denver}'),
('1605256', 'US-SD', '{America/Chicago}'),
('1605260', 'US-SD', '{America/Chicago}'),
('1605261', 'US-SD', '{America/Chicago}'),
('1605262', 'US-SD', '{America/Chicago}'),
('1605271', 'US-SD', '{America/Chicago}'),
('1605274', 'US-SD', '{America/Chicago}'),
('1605275', 'US-SD', '{America/Chicago}'),
('1605279', 'US-SD', '{America/Denver}'),
('1605284', 'US-SD', '{America/Chicago}'),
('1605297', 'US-SD', '{America/Chicago}'),
('1605310', 'US-SD', '{America/Chicago}'),
('1605312', 'US-SD', '{America/Chicago}'),
('1605321', 'US-SD', '{America/Chicago}'),
('1605322', 'US-SD', '{America/Chicago}'),
('1605323', 'US-SD', '{America/Chicago}'),
('1605328', 'US-SD', '{America/Chicago}'),
('160533', 'US-SD', '{America/Chicago}'),
('1605341', 'US-SD', '{America/Denver}'),
('1605342', 'US-SD', '{America/Denver}'),
('1605343', 'US-SD', '{America/Denver}'),
('1605345', 'US-SD', '{America/Chicago}'),
('1605347', 'US-SD', '{America/Denver}'),
('1605348', 'US-SD', '{America/Denver}'),
('160535', 'US-SD', '{America/Chicago}'),
('1605355', 'US-SD', '{America/Denver}'),
('160536', 'US-SD', '{America/Chicago}'),
('1605370', 'US-SD', '{America/Chicago}'),
('1605371', 'US-SD', '{America/Chicago}'),
('1605373', 'US-SD', '{America/Chicago}'),
('1605374', 'US-SD', '{America/Denver}'),
('1605376', 'US-SD', '{America/Chicago}'),
('1605381', 'US-SD', '{America/Denver}'),
('1605384', 'US-SD', '{America/Chicago}'),
('1605387', 'US-SD', '{America/Chicago}'),
('1605388', 'US-SD', '{America/Denver}'),
('1605390', 'US-SD', '{America/Denver}'),
('1605391', 'US-SD', '{America/Denver}'),
('1605393', 'US-SD', '{America/Denver}'),
('1605394', 'US-SD', '{America/Denver}'),
('1605397', 'US-SD', '{America/Chicago}'),
('1605399', 'US-SD', '{America/Denver}'),
('1605415', 'US-SD', '{America/Denver}'),
('1605425', 'US-SD', '{America/Chicago}'),
('1605426', 'US-SD', '{America/Chicago}'),
('1605428', 'US-SD', '{America/Chicago}'),
('1605430', 'US-SD', '{America/Denver}'),
('1605431', 'US-SD', '{America/Denver}'),
('1605432', 'US-SD', '{America/Chicago}'),
('1605448', 'US-SD', '{America/Chicago}'),
('1605455', 'US-SD', '{America/Denver}'),
('1605472', 'US-SD', '{America/Chicago}'),
('1605484', 'US-SD', '{America/Denver}'),
('1605487', 'US-SD', '{America/Chicago}'),
('1605498', 'US-SD', '{America/Chicago}'),
('1605528', 'US-SD', '{America/Chicago}'),
('1605532', 'US-SD', '{America/Chicago}'),
('1605539', 'US-SD', '{America/Chicago}'),
('1605543', 'US-SD', '{America/Chicago}'),
('1605553', 'US-SD', '{America/Chicago}'),
('1605574', 'US-SD', '{America/Denver}'),
('1605578', 'US-SD', '{America/Denver}'),
('1605582', 'US-SD', '{America/Chicago}'),
('1605584', 'US-SD', '{America/Denver}'),
('1605589', 'US-SD', '{America/Chicago}'),
('1605593', 'US-SD', '{America/Denver}'),
('1605594', 'US-SD', '{America/Chicago}'),
('1605598', 'US-SD', '{America/Chicago}'),
('1605610', 'US-SD', '{America/Chicago}'),
('1605622', 'US-SD', '{America/Chicago}'),
('1605624', 'US-SD', '{America/Chicago}'),
('1605626', 'US-SD', '{America/Chicago}'),
('1605627', 'US-SD', '{America/Chicago}'),
('1605641', 'US-SD', '{America/Denver}'),
('1605642', 'US-SD', '{America/Denver}'),
('1605644', 'US-SD', '{America/Denver}'),
('1605647', 'US-SD', '{America/Chicago}'),
('1605649', 'US-SD', '{America/Chicago}'),
('1605665', 'US-SD', '{America/Chicago}'),
('1605666', 'US-SD', '{America/Denver}'),
('1605668', 'US-SD', '{America/Chicago}'),
('1605669', 'US-SD', '{America/Chicago}'),
('1605673', 'US-SD', '{America/Denver}'),
('1605677', 'US-SD', '{America/Chicago}'),
('1605685', 'US-SD', '{America/Denver}'),
('160569', 'US-SD', '{America/Chicago}'),
('1605716', 'US-SD', '{America/Denver}'),
('1605717', 'US-SD', '{America/Denver}'),
('1605718', 'US-SD', '{America/Denver}'),
('1605719', 'US-SD', '{America/Denver}'),
('1605720', 'US-SD', '{America/Denver}'),
('1605721', 'US-SD', '{America/Denver}'),
('1605722', 'US-SD', '{America/Denver}'),
('1605723', 'US-SD', '{America/Denver}'),
('1605724', 'US-SD', '{America/Chicago}'),
('1605725', 'US-SD', '{America/Chicago}'),
('1605728', 'US-SD', '{America/Chicago}'),
('1605734', 'US-SD', '{America/Chicago}'),
('1605743', 'US-SD', '{America/Chicago}'),
('1605745', 'US-SD', '{America/Denver}'),
('1605747', 'US-SD', '{America/Chicago}'),
('1605753', 'US-SD', '{America/Chicago}'),
('1605755', 'US-SD', '{America/Denver}'),
('1605759', 'US-SD', '{America/Chicago}'),
('1605763', 'US-SD', '{America/Chicago}'),
('1605765', 'US-SD', '{America/Chicago}'),
('1605772', 'US-SD', '{America/Chicago}'),
('1605773', 'US-SD', '{America/Chicago}'),
('1605775', 'US-SD', '{America/Chicago}'),
('1605778', 'US-SD', '{America/Chicago}'),
('1605787', 'US-SD', '{America/Denver}'),
('1605791', 'US-SD', '{America/Denver}'),
('1605796', 'US-SD', '{America/Chicago}'),
('1605823', 'US-SD', '{America/Denver}'),
('1605835', 'US-SD', '{America/Chicago}'),
('1605837', 'US-SD', '{America/Denver}'),
('1605842', 'US-SD', '{America/Chicago}'),
('1605845', 'US-SD', '{America/Chicago}'),
('1605852', 'US-SD', '{America/Chicago}'),
('1605853', 'US-SD', '{America/Chicago}'),
('1605854', 'US-SD', '{America/Chicago}'),
('1605856', 'US-SD', '{America/Chicago}'),
('1605859', 'US-SD', '{America/Denver}'),
('1605867', 'US-SD', '{America/Denver}'),
('1605874', 'US-SD', '{America/Chicago}'),
('1605878', 'US-SD', '{America/Chicago}'),
('1605881', 'US-SD', '{America/Chicago}'),
('1605882', 'US-SD', '{America/Chicago}'),
('1605886', 'US-SD', '{America/Chicago}'),
('1605892', 'US-SD', '{America/Denver}'),
('1605923', 'US-SD', '{America/Denver}'),
('1605925', 'US-SD', '{America/Chicago}'),
('1605928', 'US-SD', '{America/Chicago}'),
('1605929', 'US-SD', '{America/Chicago}'),
('1605940', 'US-SD', '{America/Chicago}'),
('1605941', 'US-SD', '{America/Chicago}'),
('1605945', 'US-SD', '{America/Chicago}'),
('1605946', 'US-SD', '{America/Chicago}'),
('1605951', 'US-SD', '{America/Chicago}'),
('1605964', 'US-SD', '{America/Denver}'),
('1605977', 'US-SD', '{America/Chicago}'),
('1605983', 'US-SD', '{America/Chicago}'),
('1605987', 'US-SD', '{America/Chicago}'),
('1605988', 'US-SD', '{America/Chicago}'),
('1605990', 'US-SD', '{America/Chicago}'),
('1605995', 'US-SD', '{America/Chicago}'),
('1605996', 'US-SD', '{America/Chicago}'),
('1605997', 'US-SD', '{America/Chicago}'),
('1606', 'US-KY', '{America/New_York}'),
('1606387', 'US-KY', '{America/Chicago}'),
('1607', 'US-NY', '{America/New_York}'),
('1608', 'US-WI', '{America/Chicago}'),
('1609', 'US-NJ', '{America/New_York}'),
('1610', 'US-PA', '{America/New_York}'),
('1612', 'US-MN', '{America/Chicago}'),
('1613', 'CA-ON', '{America/Toronto}'),
('1614', 'US-OH', '{America/New_York}'),
('1615', 'US-TN', '{America/Chicago}'),
('1616', 'US-MI', '{America/New_York}'),
('1617', 'US-MA', '{America/New_York}'),
('1618', 'US-IL', '{America/Chicago}'),
('1619', 'US-CA', '{America/Los_Angeles}'),
('1620', 'US-KS', '{America/Chicago}'),
('1620376', 'US-KS', '{America/Denver}'),
('1620384', 'US-KS', '{America/Denver}'),
('1623', 'US-AZ', '{America/Phoenix}'),
('1626', 'US-CA', '{America/Los_Angeles}'),
('1628', 'US-CA', '{America/Los_Angeles}'),
('1629', 'US-TN', '{America/Chicago}'),
('1630', 'US-IL', '{America/Chicago}'),
('1631', 'US-NY', '{America/New_York}'),
('1636', 'US-MO', '{America/Chicago}'),
('1639', 'CA-SK', '{America/Regina}'),
('1640', 'US-NJ', '{America/New_York}'),
('1641', 'US-IA', '{America/Chicago}'),
('1645', 'US-FL', '{America/New_York}'),
('1646', 'US-NY', '{America/New_York}'),
('1647', 'CA-ON', '{America/Toronto}'),
('1649', 'TC', '{America/Grand_Turk}'),
('1650', 'US-CA', '{America/Los_Angeles}'),
('1651', 'US-MN', '{America/Chicago}'),
('1656', 'US-FL', '{America/New_York}'),
('1657', 'US-CA', '{America/Los_Angeles}'),
('1658', 'JM', '{America/Jamaica}'),
('1659', 'US-AL', '{America/Chicago}'),
('1660', 'US-MO', '{America/Chicago}'),
('1661', 'US-CA', '{America/Los_Angeles}'),
('1662', 'US-MS', '{America/Chicago}'),
('1664', 'MS', '{America/Montserrat}'),
('1667', 'US-MD', '{America/New_York}'),
('1669', 'US-CA', '{America/Los_Angeles}'),
('1670', 'US-MP', '{Pacific/Saipan}'),
('1671', 'US-GU', '{Pacific/Guam}'),
('1672', 'CA-BC', '{America/Vancouver}'),
('1678', 'US-GA', '{America/New_York}'),
('1680', 'US-NY', '{America/New_York}'),
('1681', 'US-WV', '{America/New_York}'),
('1682', 'US-TX', '{America/Chicago}'),
('1683', 'CA-ON', '{America/Toronto}'),
('1684', 'US-AS', '{Pacific/Pago_Pago}'),
('1686', 'US-VA', '{America/New_York}'),
('1689', 'US-FL', '{America/New_York}'),
('1701', 'US-ND', '{America/Denver,America/North_Dakota/Center}'),
('1701200', 'US-ND', '{America/Chicago}'),
('1701205', 'US-ND', '{America/Chicago}'),
('1701212', 'US-ND', '{America/Chicago}'),
('1701214', 'US-ND', '{America/Chicago}'),
('170122', 'US-ND', '{America/Chicago}'),
('1701225', 'US-ND', '{America/Denver}'),
('1701227', 'US-ND', '{America/Denver}'),
('170123', 'US-ND', '{America/Chicago}'),
('1701241', 'US-ND', '{America/Chicago}'),
('1701242', 'US-ND', '{America/Chicago}'),
('170125', 'US-ND', '{America/Chicago}'),
('1701261', 'US-ND', '{America/Chicago}'),
('1701265', 'US-ND', '{America/Chicago}'),
('1701271', 'US-ND', '{America/Chicago}'),
('1701277', 'US-ND', '{America/Chicago}'),
('1701280', 'US-ND', '{America/Chicago}'),
('1701281', 'US-ND', '{America/Chicago}'),
('1701282', 'US-ND', '{America/Chicago}'),
('1701284', 'US-ND', '{America/Chicago}'),
('1701288', 'US-ND', '{America/Chicago}'),
('1701290', 'US-ND', '{America/Denver}'),
('1701293', 'US-ND', '{America/Chicago}'),
('1701297', 'US-ND', '{America/Chicago}'),
('1701298', 'US-ND', '{America/Chicago}'),
('1701306', 'US-ND', '{America/Chicago}'),
('1701323', 'US-ND', '{America/Chicago}'),
('1701324', 'US-ND', '{America/Chicago}'),
('1701328', 'US-ND', '{America/Chicago}'),
('1701343', 'US-ND', '{America/Chicago}'),
('1701347', 'US-ND', '{America/Chicago}'),
('1701349', 'US-ND', '{America/Chicago}'),
('1701352', 'US-ND', '{America/Chicago}'),
('1701355', 'US-ND', '{America/Chicago}'),
('1701356', 'US-ND', '{America/Chicago}'),
('1701361', 'US-ND', '{America/Chicago}'),
('1701364', 'US-ND', '{America/Chicago}'),
('1701365', 'US-ND', '{America/Chicago}'),
('1701367', 'US-ND', '{America/Chicago}'),
('1701371', 'US-ND', '{America/Chicago}'),
('1701373', 'US-ND', '{America/Chicago}'),
('1701385', 'US-ND', '{America/Chicago}'),
('1701388', 'US-ND', '{America/Chicago}'),
('1701390', 'US-ND', '{America/Chicago}'),
('1701391', 'US-ND', '{America/Chicago}'),
('1701400', 'US-ND', '{America/Chicago}'),
('1701425', 'US-ND', '{America/Chicago}'),
('1701426', 'US-ND', '{America/Chicago}'),
('1701428', 'US-ND', '{America/Chicago}'),
('1701437', 'US-ND', '{America/Chicago}'),
('1701444', 'US-ND', '{America/Chicago}'),
('1701446', 'US-ND', '{America/Chicago}'),
('1701448', 'US-ND', '{America/Chicago}'),
('1701452', 'US-ND', '{America/Chicago}'),
('1701454', 'US-ND', '{America/Chicago}'),
('1701456', 'US-ND', '{America/Denver}'),
('1701462', 'US-ND', '{America/Chicago}'),
('1701463', 'US-ND', '{America/Chicago}'),
('1701471', 'US-ND', '{America/Chicago}'),
('1701476', 'US-ND', '{America/Chicago}'),
('1701477', 'US-ND', '{America/Chicago}'),
('1701478', 'US-ND', '{America/Chicago}'),
('1701483', 'US-ND', '{America/Denver}'),
('1701492', 'US-ND', '{America/Chicago}'),
('1701499', 'US-ND', '{America/Chicago}'),
('1701523', 'US-ND', '{America/Denver}'),
('1701527', 'US-ND', '{America/Chicago}'),
('1701530', 'US-ND', '{America/Chicago}'),
('1701532', 'US-ND', '{America/Chicago}'),
('1701540', 'US-ND', '{America/Chicago}'),
('1701549', 'US-ND', '{America/Chicago}'),
('1701566', 'US-ND', '{America/Chicago}'),
('1701567', 'US-ND', '{America/Denver}'),
('1701572', 'US-ND', '{America/Chicago}'),
('1701575', 'US-ND', '{America/Denver}'),
('1701577', 'US-ND', '{America/Chicago}'),
('1701584', 'US-ND', '{America/Denver}'),
('1701595', 'US-ND', '{America/Chicago}'),
('1701609', 'US-ND', '{America/Chicago}'),
('1701623', 'US-ND', '{America/Denver}'),
('1701627', 'US-ND', '{America/Chicago}'),
('1701628', 'US-ND', '{America/Chicago}'),
('1701636', 'US-ND', '{America/Chicago}'),
('1701642', 'US-ND', '{America/Chicago}'),
('1701652', 'US-ND', '{America/Chicago}'),
('1701662', 'US-ND', '{America/Chicago}'),
('1701663', 'US-ND', '{America/Chicago}'),
('1701664', 'US-ND', '{America/Chicago}'),
('1701667', 'US-ND', '{America/Chicago}'),
('1701683', 'US-ND', '{America/Chicago}'),
('1701724', 'US-ND', '{America/Chicago}'),
('1701730', 'US-ND', '{America/Chicago}'),
('1701738', 'US-ND', '{America/Chicago}'),
('1701739', 'US-ND', '{America/Chicago}'),
('1701742', 'US-ND', '{America/Chicago}'),
('1701746', 'US-ND', '{America/Chicago}'),
('1701748', 'US-ND', '{America/Chicago}'),
('1701751', 'US-ND', '{America/Chicago}'),
('1701754', 'US-ND', '{America/Chicago}'),
('1701756', 'US-ND', '{America/Chicago}'),
('1701757', 'US-ND', '{America/Chicago}'),
('1701764', 'US-ND', '{America/Denver}'),
('1701766', 'US-ND', '{America/Chicago}'),
('1701772', 'US-ND', '{America/Chicago}'),
('1701774', 'US-ND', '{America/Chicago}'),
('1701775', 'US-ND', '{America/Chicago}'),
('1701776', 'US-ND', '{America/Chicago}'),
('1701777', 'US-ND', '{America/Chicago}'),
('1701780', 'US-ND', '{America/Chicago}'),
('1701786', 'US-ND', '{America/Chicago}'),
('1701787', 'US-ND', '{America/Chicago}'),
('1701788', 'US-ND', '{America/Chicago}'),
('1701793', 'US-ND', '{America/Chicago}'),
('1701795', 'US-ND', '{America/Chicago}'),
('1701797', 'US-ND', '{America/Chicago}'),
('1701799', 'US-ND', '{America/Chicago}'),
('1701824', 'US-ND', '{America/Denver}'),
('1701833', 'US-ND', '{America/Chicago}'),
('1701837', 'US-ND', '{America/Chicago}'),
('1701838', 'US-ND', '{America/Chicago}'),
('1701839', 'US-ND', '{America/Chicago}'),
('1701842', 'US-ND', '{America/Chicago}'),
('1701843', 'US-ND', '{America/Chicago}'),
('1701845', 'US-ND', '{America/Chicago}'),
('1701852', 'US-ND', '{America/Chicago}'),
('1701854', 'US-ND', '{America/Chicago}'),
('1701857', 'US-ND', '{America/Chicago}'),
('1701858', 'US-ND', '{America/Chicago}'),
('1701866', 'US-ND', '{America/Chicago}'),
('1701872', 'US-ND', '{America/Denver}'),
('1701873', 'US-ND', '{America/Chicago}'),
('1701883', 'US-ND', '{America/Chicago}'),
('1701893', 'US-ND', '{America/Chicago}'),
('1701947', 'US-ND', '{America/Chicago}'),
('1701952', 'US-ND', '{America/Chicago}'),
('1701965', 'US-ND', '{America/Chicago}'),
('1701968', 'US-ND', '{America/Chicago}'),
('1702', 'US-NV', '{America/Los_Angeles}'),
('1703', 'US-VA', '{America/New_York}'),
('1704', 'US-NC', '{America/New_York}'),
('1705', 'CA-ON', '{America/Toronto}'),
('1706', 'US-GA', '{America/New_York}'),
('1707', 'US-CA', '{America/Los_Angeles}'),
('1708', 'US-IL', '{America/Chicago}'),
('1709', 'CA-NL', '{America/Puerto_Rico,America/St_Johns}'),
('1709227', 'CA-NL', '{America/St_Johns}'),
('1709229', 'CA-NL', '{America/St_Johns}'),
('1709237', 'CA-NL', '{America/St_Johns}'),
('1709256', 'CA-NL', '{America/St_Johns}'),
('1709257', 'CA-NL', '{America/St_Johns}'),
('1709279', 'CA-NL', '{America/St_Johns}'),
('1709282', 'CA-NL', '{America/Halifax}'),
('1709364', 'CA-NL', '{America/St_Johns}'),
('1709368', 'CA-NL', '{America/St_Johns}'),
('1709437', 'CA-NL', '{America/St_Johns}'),
('1709454', 'CA-NL', '{America/St_Johns}'),
('1709458', 'CA-NL', '{America/St_Johns}'),
('1709466', 'CA-NL', '{America/St_Johns}'),
('1709468', 'CA-NL', '{America/St_Johns}'),
('1709489', 'CA-NL', '{America/St_Johns}'),
('1709533', 'CA-NL', '{America/St_Johns}'),
('1709535', 'CA-NL', '{America/St_Johns}'),
('1709576', 'CA-NL', '{America/St_Johns}'),
('1709579', 'CA-NL', '{America/St_Johns}'),
('1709596', 'CA-NL', '{America/St_Johns}'),
('1709634', 'CA-NL', '{America/St_Johns}'),
('1709635', 'CA-NL', '{America/St_Johns}'),
('1709637', 'CA-NL', '{America/St_Johns}'),
('1709639', 'CA-NL', '{America/St_Johns}'),
('1709643', 'CA-NL', '{America/St_Johns}'),
('1709651', 'CA-NL', '{America/St_Johns}'),
('1709673', 'CA-NL', '{America/St_Johns}'),
('1709682', 'CA-NL', '{America/St_Johns}'),
('1709685', 'CA-NL', '{America/St_Johns}'),
('1709687', 'CA-NL', '{America/St_Johns}'),
('1709695', 'CA-NL', '{America/St_Johns}'),
('1709722', 'CA-NL', '{America/St_Johns}'),
('1709726', 'CA-NL', '{America/St_Johns}'),
('1709729', 'CA-NL', '{America/St_Johns}'),
('1709738', 'CA-NL', '{America/St_Johns}'),
('1709739', 'CA-NL', '{America/St_Johns}'),
('1709745', 'CA-NL', '{America/St_Johns}'),
('1709747', 'CA-NL', '{America/St_Johns}'),
('1709753', 'CA-NL', '{America/St_Johns}'),
('1709754', 'CA-NL', '{America/St_Johns}'),
('1709757', 'CA-NL', '{America/St_Johns}'),
('1709758', 'CA-NL', '{America/St_Johns}'),
('1709759', 'CA-NL', '{America/St_Johns}'),
('1709782', 'CA-NL', '{America/St_Johns}'),
('1709786', 'CA-NL', '{America/St_Johns}'),
('1709832', 'CA-NL', '{America/St_Johns}'),
('1709834', 'CA-NL', '{America/St_Johns}'),
('1709884', 'CA-NL', '{America/St_Johns}'),
('1709895', 'CA-NL', '{America/St_Johns}'),
('1709896', 'CA-NL', '{America/Halifax}'),
('1709944', 'CA-NL', '{America/Halifax}'),
('1712', 'US-IA', '{America/Chicago}'),
('1713', 'US-TX', '{America/Chicago}'),
('1714', 'US-CA', '{America/Los_Angeles}'),
('1715', 'US-WI', '{America/Chicago}'),
('1716', 'US-NY', '{America/New_York}'),
('1717', 'US-PA', '{America/New_York}'),
('1718', 'US-NY', '{America/New_York}'),
('1719', 'US-CO', '{America/Denver}'),
('1720', 'US-CO', '{America/Denver}'),
('1721', 'SX', '{America/Lower_Princes}'),
('1724', 'US-PA', '{America/New_York}'),
('1725', 'US-NV', '{America/Los_Angeles}'),
('1726', 'US-TX', '{America/Chicago}'),
('1727', 'US-FL', '{America/New_York}'),
('1728', 'US-FL', '{America/New_York}'),
('1730', 'US-IL', '{America/Chicago}'),
('1731', 'US-TN', '{America/Chicago}'),
('1732', 'US-NJ', '{America/New_York}'),
('1734', 'US-MI', '{America/New_York}'),
('1737', 'US-TX', '{America/Chicago}'),
('1738', 'US-CA', '{America/Los_Angeles}'),
('1740', 'US-OH', '{America/New_York}'),
('1742', 'CA-ON', '{America/Toronto}'),
('1743', 'US-NC', '{America/New_York}'),
('1747', 'US-CA', '{America/Los_Angeles}'),
('1748', 'US-CO', '{America/Denver}'),
('1753', 'CA-ON', '{America/Toronto}'),
('1754', 'US-FL', '{America/New_York}'),
('1757', 'US-VA', '{America/New_York}'),
('1758', 'LC', '{America/St_Lucia}'),
('1760', 'US-CA', '{America/Los_Angeles}'),
('1762', 'US-GA', '{America/New_York}'),
('1763', 'US-MN', '{America/Chicago}'),
('1765', 'US-IN', '{America/New_York}'),
('1767', 'DM', '{America/Dominica}'),
('1769', 'US-MS', '{America/Chicago}'),
('1770', 'US-GA', '{America/New_York}'),
('1771', 'US-DC', '{America/New_York}'),
('1772', 'US-FL', '{America/New_York}'),
('1773', 'US-IL', '{America/Chicago}'),
('1774', 'US-MA', '{America/New_York}'),
('1775', 'US-NV', '{America/Boise,America/Los_Angeles}'),
('1775200', 'US-NV', '{America/Los_Angeles}'),
('1775230', 'US-NV', '{America/Los_Angeles}'),
('1775232', 'US-NV', '{America/Los_Angeles}'),
('1775233', 'US-NV', '{America/Los_Angeles}'),
('1775237', 'US-NV', '{America/Los_Angeles}'),
('1775240', 'US-NV', '{America/Los_Angeles}'),
('1775246', 'US-NV', '{America/Los_Angeles}'),
('1775250', 'US-NV', '{America/Los_Angeles}'),
('1775265', 'US-NV', '{America/Los_Angeles}'),
('1775267', 'US-NV', '{America/Los_Angeles}'),
('1775273', 'US-NV', '{America/Los_Angeles}'),
('1775284', 'US-NV', '{America/Los_Angeles}'),
('1775287', 'US-NV', '{America/Los_Angeles}'),
('1775289', 'US-NV', '{America/Los_Angeles}'),
('1775298', 'US-NV', '{America/Los_Angeles}'),
('1775313', 'US-NV', '{America/Los_Angeles}'),
('177532', 'US-NV', '{America/Los_Angeles}'),
('177533', 'US-NV', '{America/Los_Angeles}'),
('1775345', 'US-NV', '{America/Los_Angeles}'),
('1775348', 'US-NV', '{America/Los_Angeles}'),
('177535', 'US-NV', '{America/Los_Angeles}'),
('1775360', 'US-NV', '{America/Los_Angeles}'),
('1775376', 'US-NV', '{America/Los_Angeles}'),
('1775384', 'US-NV', '{America/Los_Angeles}'),
('1775391', 'US-NV', '{America/Los_Angeles}'),
('1775392', 'US-NV', '{America/Los_Angeles}'),
('1775423', 'US-NV', '{America/Los_Angeles}'),
('1775424', 'US-NV', '{America/Los_Angeles}'),
('1775425', 'US-NV', '{America/Los_Angeles}'),
('1775428', 'US-NV', '{America/Los_Angeles}'),
('1775432', 'US-NV', '{America/Los_Angeles}'),
('1775445', 'US-NV', '{America/Los_Angeles}'),
('1775450', 'US-NV', '{America/Los_Angeles}'),
('1775453', 'US-NV', '{America/Los_Angeles}'),
('1775461', 'US-NV', '{America/Los_Angeles}'),
('1775463', 'US-NV', '{America/Los_Angeles}'),
('1775470', 'US-NV', '{America/Los_Angeles}'),
('1775473', 'US-NV', '{America/Los_Angeles}'),
('1775482', 'US-NV', '{America/Los_Angeles}'),
('1775525', 'US-NV', '{America/Los_Angeles}'),
('1775537', 'US-NV', '{America/Los_Angeles}'),
('1775544', 'US-NV', '{America/Los_Angeles}'),
('1775575', 'US-NV', '{America/Los_Angeles}'),
('1775577', 'US-NV', '{America/Los_Angeles}'),
('1775586', 'US-NV', '{America/Los_Angeles}'),
('1775588', 'US-NV', '{America/Los_Angeles}'),
('1775622', 'US-NV', '{America/Los_Angeles}'),
('1775623', 'US-NV', '{America/Los_Angeles}'),
('1775624', 'US-NV', '{America/Los_Angeles}'),
('1775625', 'US-NV', '{America/Los_Angeles}'),
('1775626', 'US-NV', '{America/Los_Angeles}'),
('1775635', 'US-NV', '{America/Los_Angeles}'),
('1775636', 'US-NV', '{America/Los_Angeles}'),
('1775657', 'US-NV', '{America/Los_Angeles}'),
('1775664', 'US-NV', '{America/Denver}'),
('1775673', 'US-NV', '{America/Los_Angeles}'),
('1775674', 'US-NV', '{America/Los_Angeles}'),
('1775677', 'US-NV', '{America/Los_Angeles}'),
('1775684', 'US-NV', '{America/Los_Angeles}'),
('1775686', 'US-NV', '{America/Los_Angeles}'),
('1775687', 'US-NV', '{America/Los_Angeles}'),
('1775688', 'US-NV', '{America/Los_Angeles}'),
('1775689', 'US-NV', '{America/Los_Angeles}'),
('1775720', 'US-NV', '{America/Los_Angeles}'),
('1775721', 'US-NV', '{America/Los_Angeles}'),
('1775722', 'US-NV', '{America/Los_Angeles}'),
('1775726', 'US-NV', '{America/Los_Angeles}'),
('1775727', 'US-NV', '{America/Los_Angeles}'),
('1775737', 'US-NV', '{America/Los_Angeles}'),
('1775738', 'US-NV', '{America/Los_Angeles}'),
('1775742', 'US-NV', '{America/Los_Angeles}'),
('1775746', 'US-NV', '{America/Los_Angeles}'),
('1775747', 'US-NV', '{America/Los_Angeles}'),
('1775750', 'US-NV', '{America/Los_Angeles}'),
('1775751', 'US-NV', '{America/Los_Angeles}'),
('1775752', 'US-NV', '{America/Los_Angeles}'),
('1775753', 'US-NV', '{America/Los_Angeles}'),
('1775762', 'US-NV', '{America/Los_Angeles}'),
('1775770', 'US-NV', '{America/Los_Angeles}'),
('1775771', 'US-NV', '{America/Los_Angeles}'),
('1775772', 'US-NV', '{America/Los_Angeles}'),
('1775777', 'US-NV', '{America/Los_Angeles}'),
('1775778', 'US-NV', '{America/Los_Angeles}'),
('1775782', 'US-NV', '{America/Los_Angeles}'),
('1775783', 'US-NV', '{America/Los_Angeles}'),
('1775784', 'US-NV', '{America/Los_Angeles}'),
('1775786', 'US-NV', '{America/Los_Angeles}'),
('1775787', 'US-NV', '{America/Los_Angeles}'),
('1775800', 'US-NV', '{America/Los_Angeles}'),
('177582', 'US-NV', '{America/Los_Angeles}'),
('1775830', 'US-NV', '{America/Los_Angeles}'),
('1775831', 'US-NV', '{America/Los_Angeles}'),
('1775832', 'US-NV', '{America/Los_Angeles}'),
('1775833', 'US-NV', '{America/Los_Angeles}'),
('1775835', 'US-NV', '{America/Los_Angeles}'),
('1775841', 'US-NV', '{America/Los_Angeles}'),
('1775843', 'US-NV', '{America/Los_Angeles}'),
('1775847', 'US-NV', '{America/Los_Angeles}'),
('1775849', 'US-NV', '{America/Los_Angeles}'),
('177585', 'US-NV', '{America/Los_Angeles}'),
('1775867', 'US-NV', '{America/Los_Angeles}'),
('1775870', 'US-NV', '{America/Los_Angeles}'),
('177588', 'US-NV', '{America/Los_Angeles}'),
('1775945', 'US-NV', '{America/Los_Angeles}'),
('1775971', 'US-NV', '{America/Los_Angeles}'),
('1775972', 'US-NV', '{America/Los_Angeles}'),
('1775982', 'US-NV', '{America/Los_Angeles}'),
('1778', 'CA-BC', '{America/Vancouver}'),
('1779', 'US-IL', '{America/Chicago}'),
('1780', 'CA-AB', '{America/Edmonton}'),
('1781', 'US-MA', '{America/New_York}'),
('1782', 'CA-NS', '{America/Halifax}'),
('1784', 'VC', '{America/St_Vincent}'),
('1785', 'US-KS', '{America/Chicago}'),
('1785852', 'US-KS', '{America/Denver}'),
('1785890', 'US-KS', '{America/Denver}'),
('1785899', 'US-KS', '{America/Denver}'),
('1786', 'US-FL', '{America/New_York}'),
('1787', 'US-PR', '{America/Puerto_Rico}'),
('1801', 'US-UT', '{America/Denver}'),
('1802', 'US-VT', '{America/New_York}'),
('1803', 'US-SC', '{America/New_York}'),
('1804', 'US-VA', '{America/New_York}'),
('1805', 'US-CA', '{America/Los_Angeles}'),
('1806', 'US-TX', '{America/Chicago}'),
('1807', 'CA-ON', '{America/Toronto}'),
('1807223', 'CA-ON', '{America/Winnipeg}'),
('1807274', 'CA-ON', '{America/Winnipeg}'),
('1807467', 'CA-ON', '{America/Winnipeg}'),
('1807468', 'CA-ON', '{America/Winnipeg}'),
('1807482', 'CA-ON', '{America/Winnipeg}'),
('1807548', 'CA-ON', '{America/Winnipeg}'),
('1807727', 'CA-ON', '{America/Winnipeg}'),
('1807737', 'CA-ON', '{America/Winnipeg}'),
('1807934', 'CA-ON', '{America/Winnipeg}'),
('1808', 'US-HI', '{Pacific/Honolulu}'),
('1809', 'DO', '{America/Santo_Domingo}'),
('1810', 'US-MI', '{America/New_York}'),
('1812', 'US-IN', '{America/New_York}'),
('1812385', 'US-IN', '{America/Chicago}'),
('1812386', 'US-IN', '{America/Chicago}'),
('1812401', 'US-IN', '{America/Chicago}'),
('1812402', 'US-IN', '{America/Chicago}'),
('181242', 'US-IN', '{America/Chicago}'),
('1812435', 'US-IN', '{America/Chicago}'),
('1812437', 'US-IN', '{America/Chicago}'),
('1812450', 'US-IN', '{America/Chicago}'),
('1812464', 'US-IN', '{America/Chicago}'),
('181247', 'US-IN', '{America/Chicago}'),
('1812485', 'US-IN', '{America/Chicago}'),
('1812490', 'US-IN', '{America/Chicago}'),
('1812491', 'US-IN', '{America/Chicago}'),
('1812547', 'US-IN', '{America/Chicago}'),
('1812618', 'US-IN', '{America/Chicago}'),
('1812649', 'US-IN', '{America/Chicago}'),
('1812682', 'US-IN', '{America/Chicago}'),
('1812749', 'US-IN', '{America/Chicago}'),
('1812753', 'US-IN', '{America/Chicago}'),
('1812768', 'US-IN', '{America/Chicago}'),
('1812838', 'US-IN', '{America/Chicago}'),
('1812842', 'US-IN', '{America/Chicago}'),
('1812853', 'US-IN', '{America/Chicago}'),
('1812858', 'US-IN', '{America/Chicago}'),
('1812867', 'US-IN', '{America/Chicago}'),
('1812874', 'US-IN', '{America/Chicago}'),
('1812897', 'US-IN', '{America/Chicago}'),
('1812925', 'US-IN', '{America/Chicago}'),
('1812937', 'US-IN', '{America/Chicago}'),
('1812962', 'US-IN', '{America/Chicago}'),
('1812963', 'US-IN', '{America/Chicago}'),
('1812985', 'US-IN', '{America/Chicago}'),
('1813', 'US-FL', '{America/New_York}'),
('1814', 'US-PA', '{America/New_York}'),
('1815', 'US-IL', '{America/Chicago}'),
('1816', 'US-MO', '{America/Chicago}'),
('1817', 'US-TX', '{America/Chicago}'),
('1818', 'US-CA', '{America/Los_Angeles}'),
('1819', 'CA-QC', '{America/Toronto}'),
('1820', 'US-CA', '{America/Los_Angeles}'),
('1821', 'US-SC', '{America/New_York}'),
('1825', 'CA-AB', '{America/Edmonton}'),
('1826', 'US-VA', '{America/New_York}'),
('1828', 'US-NC', '{America/New_York}'),
('1829', 'DO', '{America/Santo_Domingo}'),
('1830', 'US-TX', '{America/Chicago}'),
('1831', 'US-CA', '{America/Los_Angeles}'),
('1832', 'US-TX', '{America/Chicago}'),
('1835', 'US-PA', '{America/New_York}'),
('1838', 'US-NY', '{America/New_York}'),
('1839', 'US-SC', '{America/New_York}'),
('1840', 'US-CA', '{America/Los_Angeles}'),
('1843', 'US-SC', '{America/New_York}'),
('1845', 'US-NY', '{America/New_York}'),
('1847', 'US-IL', '{America/Chicago}'),
('1848', 'US-NJ', '{America/New_York}'),
('1849', 'DO', '{America/Santo_Domingo}'),
('1850', 'US-FL', '{America/New_York}'),
('1850200', 'US-FL', '{America/Chicago}'),
('1850206', 'US-FL', '{America/Chicago}'),
('1850208', 'US-FL', '{America/Chicago}'),
('1850213', 'US-FL', '{America/Chicago}'),
('1850215', 'US-FL', '{America/Chicago}'),
('1850217', 'US-FL', '{America/Chicago}'),
('1850218', 'US-FL', '{America/Chicago}'),
('1850221', 'US-FL', '{America/Chicago}'),
('1850225', 'US-FL', '{America/Chicago}'),
('1850226', 'US-FL', '{America/Chicago}'),
('1850227', 'US-FL', '{America/Chicago}'),
('1850229', 'US-FL', '{America/Chicago}'),
('185023', 'US-FL', '{America/Chicago}'),
('1850240', 'US-FL', '{America/Chicago}'),
('1850243', 'US-FL', '{America/Chicago}'),
('1850244', 'US-FL', '{America/Chicago}'),
('1850248', 'US-FL', '{America/Chicago}'),
('1850249', 'US-FL', '{America/Chicago}'),
('1850250', 'US-FL', '{America/Chicago}'),
('1850256', 'US-FL', '{America/Chicago}'),
('1850258', 'US-FL', '{America/Chicago}'),
('1850259', 'US-FL', '{America/Chicago}'),
('1850261', 'US-FL', '{America/Chicago}'),
('1850263', 'US-FL', '{America/Chicago}'),
('1850265', 'US-FL', '{America/Chicago}'),
('1850267', 'US-FL', '{America/Chicago}'),
('1850269', 'US-FL', '{America/Chicago}'),
('1850271', 'US-FL', '{America/Chicago}'),
('1850276', 'US-FL', '{America/Chicago}'),
('1850279', 'US-FL', '{America/Chicago}'),
('1850291', 'US-FL', '{America/Chicago}'),
('1850292', 'US-FL', '{America/Chicago}'),
('1850301', 'US-FL', '{America/Chicago}'),
('1850306', 'US-FL', '{America/Chicago}'),
('1850314', 'US-FL', '{America/Chicago}'),
('1850315', 'US-FL', '{America/Chicago}'),
('1850319', 'US-FL', '{America/Chicago}'),
('1850324', 'US-FL', '{America/Chicago}'),
('1850327', 'US-FL', '{America/Chicago}'),
('1850332', 'US-FL', '{America/Chicago}'),
('1850341', 'US-FL', '{America/Chicago}'),
('1850361', 'US-FL', '{America/Chicago}'),
('1850362', 'US-FL', '{America/Chicago}'),
('1850368', 'US-FL', '{America/Chicago}'),
('1850376', 'US-FL', '{America/Chicago}'),
('1850377', 'US-FL', '{America/Chicago}'),
('1850380', 'US-FL', '{America/Chicago}'),
('1850384', 'US-FL', '{America/Chicago}'),
('1850387', 'US-FL', '{America/Chicago}'),
('1850393', 'US-FL', '{America/Chicago}'),
('1850396', 'US-FL', '{America/Chicago}'),
('1850398', 'US-FL', '{America/Chicago}'),
('1850416', 'US-FL', '{America/Chicago}'),
('1850417', 'US-FL', '{America/Chicago}'),
('1850420', 'US-FL', '{America/Chicago}'),
('1850423', 'US-FL', '{America/Chicago}'),
('1850424', 'US-FL', '{America/Chicago}'),
('1850429', 'US-FL', '{America/Chicago}'),
('185043', 'US-FL', '{America/Chicago}'),
('1850444', 'US-FL', '{America/Chicago}'),
('185045', 'US-FL', '{America/Chicago}'),
('1850460', 'US-FL', '{America/Chicago}'),
('1850462', 'US-FL', '{America/Chicago}'),
('1850466', 'US-FL', '{America/Chicago}'),
('1850469', 'US-FL', '{America/Chicago}'),
('185047', 'US-FL', '{America/Chicago}'),
('1850481', 'US-FL', '{America/Chicago}'),
('1850482', 'US-FL', '{America/Chicago}'),
('1850484', 'US-FL', '{America/Chicago}'),
('1850492', 'US-FL', '{America/Chicago}'),
('1850494', 'US-FL', '{America/Chicago}'),
('1850496', 'US-FL', '{America/Chicago}'),
('1850497', 'US-FL', '{America/Chicago}'),
('1850499', 'US-FL', '{America/Chicago}'),
('1850501', 'US-FL', '{America/Chicago}'),
('1850502', 'US-FL', '{America/Chicago}'),
('1850505', 'US-FL', '{America/Chicago}'),
('1850516', 'US-FL', '{America/Chicago}'),
('1850522', 'US-FL', '{America/Chicago}'),
('1850525', 'US-FL', '{America/Chicago}'),
('1850526', 'US-FL', '{America/Chicago}'),
('1850527', 'US-FL', '{America/Chicago}'),
('1850529', 'US-FL', '{America/Chicago}'),
('1850535', 'US-FL', '{America/Chicago}'),
('1850537', 'US-FL', '{America/Chicago}'),
('1850543', 'US-FL', '{America/Chicago}'),
('1850547', 'US-FL', '{America/Chicago}'),
('1850572', 'US-FL', '{America/Chicago}'),
('1850581', 'US-FL', '{America/Chicago}'),
('1850585', 'US-FL', '{America/Chicago}'),
('1850586', 'US-FL', '{America/Chicago}'),
('1850587', 'US-FL', '{America/Chicago}'),
('1850588', 'US-FL', '{America/Chicago}'),
('1850592', 'US-FL', '{America/Chicago}'),
('1850593', 'US-FL', '{America/Chicago}'),
('1850595', 'US-FL', '{America/Chicago}'),
('1850596', 'US-FL', '{America/Chicago}'),
('1850607', 'US-FL', '{America/Chicago}'),
('1850622', 'US-FL', '{America/Chicago}'),
('1850623', 'US-FL', '{America/Chicago}'),
('1850624', 'US-FL', '{America/Chicago}'),
('1850626', 'US-FL', '{America/Chicago}'),
('1850637', 'US-FL', '{America/Chicago}'),
('1850638', 'US-FL', '{America/Chicago}'),
('1850639', 'US-FL', '{America/Chicago}'),
('1850640', 'US-FL', '{America/Chicago}'),
('1850650', 'US-FL', '{America/Chicago}'),
('1850651', 'US-FL', '{America/Chicago}'),
('1850654', 'US-FL', '{America/Chicago}'),
('1850659', 'US-FL', '{America/Chicago}'),
('1850664', 'US-FL', '{America/Chicago}'),
('1850674', 'US-FL', '{America/Chicago}'),
('1850675', 'US-FL', '{America/Chicago}'),
('1850677', 'US-FL', '{America/Chicago}'),
('1850678', 'US-FL', '{America/Chicago}'),
('185068', 'US-FL', '{America/Chicago}'),
('1850696', 'US-FL', '{America/Chicago}'),
('1850699', 'US-FL', '{America/Chicago}'),
('1850708', 'US-FL', '{America/Chicago}'),
('1850712', 'US-FL', '{America/Chicago}'),
('1850722', 'US-FL', '{America/Chicago}'),
('1850723', 'US-FL', '{America/Chicago}'),
('1850729', 'US-FL', '{America/Chicago}'),
('1850733', 'US-FL', '{America/Chicago}'),
('1850747', 'US-FL', '{America/Chicago}'),
('1850748', 'US-FL', '{America/Chicago}'),
('1850763', 'US-FL', '{America/Chicago}'),
('1850769', 'US-FL', '{America/Chicago}'),
('1850784', 'US-FL', '{America/Chicago}'),
('1850785', 'US-FL', '{America/Chicago}'),
('1850791', 'US-FL', '{America/Chicago}'),
('1850796', 'US-FL', '{America/Chicago}'),
('1850797', 'US-FL', '{America/Chicago}'),
('1850814', 'US-FL', '{America/Chicago}'),
('1850819', 'US-FL', '{America/Chicago}'),
('1850830', 'US-FL', '{America/Chicago}'),
('1850832', 'US-FL', '{America/Chicago}'),
('1850833', 'US-FL', '{America/Chicago}'),
('1850835', 'US-FL', '{America/Chicago}'),
('1850837', 'US-FL', '{America/Chicago}'),
('1850855', 'US-FL', '{America/Chicago}'),
('1850857', 'US-FL', '{America/Chicago}'),
('185086', 'US-FL', '{America/Chicago}'),
('1850871', 'US-FL', '{America/Chicago}'),
('1850872', 'US-FL', '{America/Chicago}'),
('1850874', 'US-FL', '{America/Chicago}'),
('1850883', 'US-FL', '{America/Chicago}'),
('1850890', 'US-FL', '{America/Chicago}'),
('1850892', 'US-FL', '{America/Chicago}'),
('1850897', 'US-FL', '{America/Chicago}'),
('1850898', 'US-FL', '{America/Chicago}'),
('1850912', 'US-FL', '{America/Chicago}'),
('1850913', 'US-FL', '{America/Chicago}'),
('1850914', 'US-FL', '{America/Chicago}'),
('1850916', 'US-FL', '{America/Chicago}'),
('1850932', 'US-FL', '{America/Chicago}'),
('1850934', 'US-FL', '{America/Chicago}'),
('1850936', 'US-FL', '{America/Chicago}'),
('1850937', 'US-FL', '{America/Chicago}'),
('1850939', 'US-FL', '{America/Chicago}'),
('1850941', 'US-FL', '{America/Chicago}'),
('1850944', 'US-FL', '{America/Chicago}'),
('1850951', 'US-FL', '{America/Chicago}'),
('1850968', 'US-FL', '{America/Chicago}'),
('1850969', 'US-FL', '{America/Chicago}'),
('1850972', 'US-FL', '{America/Chicago}'),
('1850974', 'US-FL', '{America/Chicago}'),
('1850981', 'US-FL', '{America/Chicago}'),
('1850982', 'US-FL', '{America/Chicago}'),
('1850983', 'US-FL', '{America/Chicago}'),
('1850994', 'US-FL', '{America/Chicago}'),
('1850995', 'US-FL', '{America/Chicago}'),
('1854', 'US-SC', '{America/New_York}'),
('1856', 'US-NJ', '{America/New_York}'),
('1857', 'US-MA', '{America/New_York}'),
('1858', 'US-CA', '{America/Los_Angeles}'),
('1859', 'US-KY', '{America/New_York}'),
('1860', 'US-CT', '{America/New_York}'),
('1862', 'US-NJ', '{America/New_York}'),
('1863', 'US-FL', '{America/New_York}'),
('1864', 'US-SC', '{America/New_York}'),
('1865', 'US-TN', '{America/New_York}'),
('1867', 'CA-NT', '{America/Fort_Nelson}'),
('1867334', 'CA-NT', '{America/Vancouver}'),
('1867393', 'CA-YT', '{America/Whitehorse}'),
('1867456', 'CA-YT', '{America/Whitehorse}'),
('1867536', 'CA-YT', '{America/Whitehorse}'),
('1867587', 'CA-NT', '{America/Edmonton}'),
('1867633', 'CA-YT', '{America/Whitehorse}'),
('1867645', 'CA-NU', '{America/Winnipeg}'),
('1867667', 'CA-YT', '{America/Whitehorse}'),
('1867668', 'CA-YT', '{America/Whitehorse}'),
('1867669', 'CA-NT', '{America/Edmonton}'),
('1867695', 'CA-NT', '{America/Edmonton}'),
('1867777', 'CA-NT', '{America/Edmonton}'),
('1867872', 'CA-NT', '{America/Edmonton}'),
('1867873', 'CA-NT', '{America/Edmonton}'),
('1867874', 'CA-NT', '{America/Edmonton}'),
('1867920', 'CA-NT', '{America/Edmonton}'),
('1867979', 'CA-NU', '{America/Toronto}'),
('1867983', 'CA-NT', '{America/Edmonton}'),
('1867993', 'CA-YT', '{America/Whitehorse}'),
('1868', 'TT', '{America/Port_of_Spain}'),
('1869', 'KN', '{America/St_Kitts}'),
('1870', 'US-AR', '{America/Chicago}'),
('1872', 'US-IL', '{America/Chicago}'),
('1873', 'CA-QC', '{America/Toronto}'),
('1876', 'JM', '{America/Jamaica}'),
('1878', 'US-PA', '{America/New_York}'),
('1879', 'CA-NL', '{America/Puerto_Rico,America/St_Johns}'),
('1901', 'US-TN', '{America/Chicago}'),
('1902', 'CA-NS', '{America/Halifax}'),
('1902367', 'CA-PE', '{America/Halifax}'),
('1902368', 'CA-PE', '{America/Halifax}'),
('1902370', 'CA-PE', '{America/Halifax}'),
('1902393', 'CA-PE', '{America/Halifax}'),
('1902436', 'CA-PE', '{America/Halifax}'),
('1902566', 'CA-PE', '{America/Halifax}'),
('1902569', 'CA-PE', '{America/Halifax}'),
('1902626', 'CA-PE', '{America/Halifax}'),
('1902628', 'CA-PE', '{America/Halifax}'),
('1902629', 'CA-PE', '{America/Halifax}'),
('1902687', 'CA-PE', '{America/Halifax}'),
('1902836', 'CA-PE', '{America/Halifax}'),
('1902838', 'CA-PE', '{America/Halifax}'),
('1902853', 'CA-PE', '{America/Halifax}'),
('1902859', 'CA-PE', '{America/Halifax}'),
('1902882', 'CA-PE', '{America/Halifax}'),
('1902888', 'CA-PE', '{America/Halifax}'),
('1902892', 'CA-PE', '{America/Halifax}'),
('1902894', 'CA-PE', '{America/Halifax}'),
('1902963', 'CA-PE', '{America/Halifax}'),
('1903', 'US-TX', '{America/Chicago}'),
('1904', 'US-FL', '{America/New_York}'),
('1905', 'CA-ON', '{America/Toronto}'),
('1906', 'US-MI', '{America/New_York}'),
('1906265', 'US-MI', '{America/Chicago}'),
('1906563', 'US-MI', '{America/Chicago}'),
('1906663', 'US-MI', '{America/Chicago}'),
('1906753', 'US-MI', '{America/Chicago}'),
('1906774', 'US-MI', '{America/Chicago}'),
('1906776', 'US-MI', '{America/Chicago}'),
('1906779', 'US-MI', '{America/Chicago}'),
('1906828', 'US-MI', '{America/Chicago}'),
('1906863', 'US-MI', '{America/Chicago}'),
('1906864', 'US-MI', '{America/Chicago}'),
('1906875', 'US-MI', '{America/Chicago}'),
('1906932', 'US-MI', '{America/Chicago}'),
('1907', 'US-AK', '{America/Adak,America/Anchorage}'),
('1907209', 'US-AK', '{America/Juneau}'),
('1907212', 'US-AK', '{America/Juneau}'),
('190722', 'US-AK', '{America/Juneau}'),
('1907230', 'US-AK', '{America/Juneau}'),
('1907232', 'US-AK', '{America/Juneau}'),
('1907235', 'US-AK', '{America/Juneau}'),
('190724', 'US-AK', '{America/Juneau}'),
('1907250', 'US-AK', '{America/Juneau}'),
('1907252', 'US-AK', '{America/Juneau}'),
('1907257', 'US-AK', '{America/Juneau}'),
('1907258', 'US-AK', '{America/Juneau}'),
('1907260', 'US-AK', '{America/Juneau}'),
('1907262', 'US-AK', '{America/Juneau}'),
('1907264', 'US-AK', '{America/Juneau}'),
('1907269', 'US-AK', '{America/Juneau}'),
('190727', 'US-AK', '{America/Juneau}'),
('1907283', 'US-AK', '{America/Juneau}'),
('1907299', 'US-AK', '{America/Juneau}'),
('1907301', 'US-AK', '{America/Juneau}'),
('1907306', 'US-AK', '{America/Juneau}'),
('1907317', 'US-AK', '{America/Juneau}'),
('190733', 'US-AK', '{America/Juneau}'),
('1907343', 'US-AK', '{America/Juneau}'),
('1907344', 'US-AK', '{America/Juneau}'),
('1907345', 'US-AK', '{America/Juneau}'),
('1907346', 'US-AK', '{America/Juneau}'),
('1907349', 'US-AK', '{America/Juneau}'),
('1907350', 'US-AK', '{America/Juneau}'),
('1907351', 'US-AK', '{America/Juneau}'),
('1907352', 'US-AK', '{America/Juneau}'),
('1907357', 'US-AK', '{America/Juneau}'),
('1907360', 'US-AK', '{America/Juneau}'),
('1907373', 'US-AK', '{America/Juneau}'),
('1907374', 'US-AK', '{America/Juneau}'),
('1907375', 'US-AK', '{America/Juneau}'),
('1907376', 'US-AK', '{America/Juneau}'),
('1907378', 'US-AK', '{America/Juneau}'),
('1907388', 'US-AK', '{America/Juneau}'),
('1907424', 'US-AK', '{America/Juneau}'),
('1907442', 'US-AK', '{America/Juneau}'),
('1907443', 'US-AK', '{America/Juneau}'),
('190745', 'US-AK', '{America/Juneau}'),
('1907463', 'US-AK', '{America/Juneau}'),
('1907465', 'US-AK', '{America/Juneau}'),
('1907474', 'US-AK', '{America/Juneau}'),
('1907479', 'US-AK', '{America/Juneau}'),
('1907486', 'US-AK', '{America/Juneau}'),
('1907487', 'US-AK', '{America/Juneau}'),
('1907488', 'US-AK', '{America/Juneau}'),
('1907490', 'US-AK', '{America/Juneau}'),
('1907495', 'US-AK', '{America/Juneau}'),
('1907522', 'US-AK', '{America/Juneau}'),
('1907523', 'US-AK', '{America/Juneau}'),
('1907543', 'US-AK', '{America/Juneau}'),
('1907561', 'US-AK', '{America/Juneau}'),
('1907562', 'US-AK', '{America/Juneau}'),
('1907563', 'US-AK', '{America/Juneau}'),
('1907567', 'US-AK', '{America/Juneau}'),
('1907569', 'US-AK', '{America/Juneau}'),
('1907580', 'US-AK', '{America/Juneau}'),
('1907581', 'US-AK', '{Pacific/Honolulu}'),
('1907586', 'US-AK', '{America/Juneau}'),
('1907622', 'US-AK', '{America/Juneau}'),
('1907631', 'US-AK', '{America/Juneau}'),
('1907644', 'US-AK', '{America/Juneau}'),
('1907646', 'US-AK', '{America/Juneau}'),
('1907677', 'US-AK', '{America/Juneau}'),
('1907683', 'US-AK', '{America/Juneau}'),
('1907688', 'US-AK', '{America/Juneau}'),
('1907694', 'US-AK', '{America/Juneau}'),
('1907696', 'US-AK', '{America/Juneau}'),
('1907714', 'US-AK', '{America/Juneau}'),
('1907723', 'US-AK', '{America/Juneau}'),
('1907727', 'US-AK', '{America/Juneau}'),
('1907729', 'US-AK', '{America/Juneau}'),
('1907733', 'US-AK', '{America/Juneau}'),
('1907742', 'US-AK', '{America/Juneau}'),
('1907743', 'US-AK', '{America/Juneau}'),
('1907745', 'US-AK', '{America/Juneau}'),
('1907746', 'US-AK', '{America/Juneau}'),
('1907747', 'US-AK', '{America/Juneau}'),
('1907766', 'US-AK', '{America/Juneau}'),
('1907770', 'US-AK', '{America/Juneau}'),
('1907772', 'US-AK', '{America/Juneau}'),
('1907776', 'US-AK', '{America/Juneau}'),
('1907780', 'US-AK', '{America/Juneau}'),
('1907783', 'US-AK', '{America/Juneau}'),
('1907786', 'US-AK', '{America/Juneau}'),
('1907789', 'US-AK', '{America/Juneau}'),
('1907790', 'US-AK', '{America/Juneau}'),
('1907822', 'US-AK', '{America/Juneau}'),
('1907826', 'US-AK', '{America/Juneau}'),
('1907830', 'US-AK', '{America/Juneau}'),
('1907835', 'US-AK', '{America/Juneau}'),
('1907841', 'US-AK', '{America/Juneau}'),
('1907842', 'US-AK', '{America/Juneau}'),
('1907852', 'US-AK', '{America/Juneau}'),
('1907868', 'US-AK', '{America/Juneau}'),
('1907874', 'US-AK', '{America/Juneau}'),
('1907883', 'US-AK', '{America/Juneau}'),
('1907892', 'US-AK', '{America/Juneau}'),
('1907895', 'US-AK', '{America/Juneau}'),
('1907929', 'US-AK', '{America/Juneau}'),
('1907966', 'US-AK', '{America/Juneau}'),
('1907983', 'US-AK', '{America/Juneau}'),
('1908', 'US-NJ', '{America/New_York}'),
('1909', 'US-CA', '{America/Los_Angeles}'),
('1910', 'US-NC', '{America/New_York}'),
('1912', 'US-GA', '{America/New_York}'),
('1913', 'US-KS', '{America/Chicago}'),
('1914', 'US-NY', '{America/New_York}'),
('1915', 'US-TX', '{America/Denver}'),
('1916', 'US-CA', '{America/Los_Angeles}'),
('1917', 'US-NY', '{America/New_York}'),
('1918', 'US-OK', '{America/Chicago}'),
('1919', 'US-NC', '{America/New_York}'),
('1920', 'US-WI', '{America/Chicago}'),
('1925', 'US-CA', '{America/Los_Angeles}'),
('1928', 'US-AZ', '{America/Phoenix}'),
('1928283', 'US-AZ', '{America/Denver,America/Phoenix}'),
('1928672', 'US-AZ', '{America/Denver,America/Phoenix}'),
('1928673', 'US-AZ', '{America/Denver,America/Phoenix}'),
('1928674', 'US-AZ', '{America/Denver,America/Phoenix}'),
('1928677', 'US-AZ', '{America/Denver,America/Phoenix}'),
('1928686', 'US-AZ', '{America/Denver,America/Phoenix}'),
('1928697', 'US-AZ', '{America/Denver,America/Phoenix}'),
('1928698', 'US-AZ', '{America/Denver,America/Phoenix}'),
('1928724', 'US-AZ', '{America/Denver,America/Phoenix}'),
('1928725', 'US-AZ', '{America/Denver,America/Phoenix}'),
('1928728', 'US-AZ', '{America/Denver,America/Phoenix}'),
('1928729', 'US-AZ', '{America/Denver,America/Phoenix}'),
('1928755', 'US-AZ', '{America/Denver,America/Phoenix}'),
('1928781', 'US-AZ', '{America/Denver,America/Phoenix}'),
('1928787', 'US-AZ', '{America/Denver,America/Phoenix}'),
('1928871', 'US-AZ', '{America/Denver,America/Phoenix}'),
('1929', 'US-NY', '{America/New_York}'),
('1930', 'US-IN', '{America/New_York}'),
('1931', 'US-TN', '{America/Chicago}'),
('1934', 'US-NY', '{America/New_York}'),
('1936', 'US-TX', '{America/Chicago}'),
('1937', 'US-OH', '{America/New_York}'),
('1938', 'US-AL', '{America/Chicago}'),
('1939', 'US-PR', '{America/Puerto_Rico}'),
('1940', 'US-TX', '{America/Chicago}'),
('1941', 'US-FL', '{America/New_York}'),
('1942', 'CA-ON', '{America/Toronto}'),
('1943', 'US-GA', '{America/New_York}'),
('1945', 'US-TX', '{America/Chicago}'),
('1947', 'US-MI', '{America/New_York}'),
('1948', 'US-VA', '{America/New_York}'),
('1949', 'US-CA', '{America/Los_Angeles}'),
('1951', 'US-CA', '{America/Los_Angeles}'),
('1952', 'US-MN', '{America/Chicago}'),
('1954', 'US-FL', '{America/New_York}'),
('1956', 'US-TX', '{America/Chicago}'),
('1959', 'US-CT', '{America/New_York}'),
('1970', 'US-CO', '{America/Denver}'),
('1971', 'US-OR', '{America/Los_Angeles}'),
('1972', 'US-TX', '{America/Chicago}'),
('1973', 'US-NJ', '{America/New_York}'),
('1975', 'US-MO', '{America/Chicago}'),
('1978', 'US-MA', '{America/New_York}'),
('1979', 'US-TX', '{America/Chicago}'),
('1980', 'US-NC', '{America/New_York}'),
('1983', 'US-CO', '{America/Denver}'),
('1984', 'US-NC', '{America/New_York}'),
('1985', 'US-LA', '{America/Chicago}'),
('1986', 'US-ID', '{America/Boise,America/Los_Angeles}'),
('1989', 'US-MI', '{America/New_York}'),
('20', 'EG', '{Africa/Cairo}'),
('211', 'SS', '{Africa/Juba}'),
('212', 'MA', '{Africa/Casablanca}'),
('213', 'DZ', '{Africa/Algiers}'),
('216', 'TN', '{Africa/Tunis}'),
('218', 'LY', '{Africa/Tripoli}'),
('220', 'GM', '{Africa/Banjul}'),
('221', 'SN', '{Africa/Dakar}'),
('222', 'MR', '{Africa/Nouakchott}'),
('223', 'ML', '{Africa/Bamako}'),
('224', 'GN', '{Africa/Conakry}'),
('225', 'CI', '{Africa/Abidjan}'),
('226', 'BF', '{Africa/Ouagadougou}'),
('227', 'NE', '{Africa/Niamey}'),
('228', 'TG', '{Africa/Lome}'),
('229', 'BJ', '{Africa/Porto-Novo}'),
('230', 'MU', '{Indian/Mauritius}'),
('231', 'LR', '{Atlantic/Reykjavik}'),
('232', 'SL', '{Africa/Freetown}'),
('233', 'GH', '{Africa/Accra}'),
('234', 'NG', '{Africa/Lagos}'),
('235', 'TD', '{Africa/Ndjamena}'),
('236', 'CF', '{Africa/Bangui}'),
('237', 'CM', '{Africa/Douala}'),
('238', 'CV', '{Atlantic/Cape_Verde}'),
('239', 'ST', '{Africa/Sao_Tome}'),
('240', 'GQ', '{Africa/Malabo}'),
('241', 'GA', '{Africa/Libreville}'),
('242', 'CG', '{Africa/Brazzaville}'),
('243', 'CD', '{Africa/Kinshasa,Africa/Lubumbashi}'),
('2431', 'CD', '{Africa/Kinshasa}'),
('2432', 'CD', '{Africa/Lubumbashi}'),
('2433', 'CD', '{Africa/Kinshasa}'),
('2434', 'CD', '{Africa/Kinshasa}'),
('2435', 'CD', '{Africa/Kinshasa}'),
('2436', 'CD', '{Africa/Kinshasa}'),
('244', 'AO', '{Africa/Luanda}'),
('245', 'GW', '{Atlantic/Reykjavik}'),
('246', 'IO', '{Indian/Chagos}'),
('247', 'AC', '{Atlantic/St_Helena}'),
('248', 'SC', '{Indian/Mahe}'),
('249', 'SD', '{Africa/Khartoum}'),
('250', 'RW', '{Africa/Kigali}'),
('251', 'ET', '{Africa/Addis_Ababa}'),
('252', 'SO', '{Africa/Mogadishu}'),
('253', 'DJ', '{Africa/Djibouti}'),
('254', 'KE', '{Africa/Nairobi}'),
('255', 'TZ', '{Africa/Dar_es_Salaam}'),
('256', 'UG', '{Africa/Kampala}'),
('257', 'BI', '{Africa/Bujumbura}'),
('258', 'MZ', '{Africa/Maputo}'),
('260', 'ZM', '{Africa/Lusaka}'),
('261', 'MG', '{Indian/Antananarivo}'),
('262', 'RE', '{Indian/Mayotte,Indian/Reunion}'),
('262262', 'RE', '{Indian/Reunion}'),
('262263', 'RE', '{Indian/Reunion}'),
('2622688', 'RE', '{Indian/Reunion}'),
('2622689', 'YT', '{Indian/Mayotte}'),
('262269', 'YT', '{Indian/Mayotte}'),
('26263', 'YT', '{Indian/Mayotte}'),
('26269', 'RE', '{Indian/Reunion}'),
('2627092', 'RE', '{Indian/Reunion}'),
('2627093', 'YT', '{Indian/Mayotte}'),
('26281', 'RE', '{Indian/Reunion}'),
('26282', 'RE', '{Indian/Reunion}'),
('26288', 'RE', '{Indian/Reunion}'),
('26289', 'RE', '{Indian/Reunion}'),
('2629398', 'YT', '{Indian/Mayotte}'),
('2629399', 'RE', '{Indian/Reunion}'),
('2629478', 'YT', '{Indian/Mayotte}'),
('2629479', 'RE', '{Indian/Reunion}'),
('2629762', 'RE', '{Indian/Reunion}'),
('2629763', 'RE', '{Indian/Reunion}'),
('2629769', 'YT', '{Indian/Mayotte}'),
('263', 'ZW', '{Africa/Harare}'),
('264', 'NA', '{Africa/Windhoek}'),
('265', 'MW', '{Africa/Blantyre}'),
('266', 'LS', '{Africa/Maseru}'),
('267', 'BW', '{Africa/Gaborone}'),
('268', 'SZ', '{Africa/Mbabane}'),
('269', 'KM', '{Indian/Comoro}'),
('27', 'ZA', '{Africa/Johannesburg}'),
('290', 'SH', '{Atlantic/St_Helena}'),
('2908', 'TA', '{Atlantic/St_Helena}'),
('291', 'ER', '{Africa/Asmara}'),
('297', 'AW', '{America/Aruba}'),
('298', 'FO', '{Atlantic/Faroe}'),
('299', 'GL', '{America/Nuuk,America/Scoresbysund,America/Thule}'),
('2991', 'GL', '{America/Nuuk}'),
('2992', 'GL', '{America/Nuuk}'),
('2993', 'GL', '{America/Nuuk}'),
('2994', 'GL', '{America/Nuuk}'),
('2995', 'GL', '{America/Nuuk}'),
('2996', 'GL', '{America/Nuuk}'),
('2998', 'GL', '{America/Nuuk}'),
('2999', 'GL', '{America/Nuuk}'),
('29997', 'GL', '{America/Thule}'),
('29999', 'GL', '{America/Scoresbysund}'),
('30', 'GR', '{Europe/Athens}'),
('31', 'NL', '{Europe/Amsterdam}'),
('32', 'BE', '{Europe/Brussels}'),
('33', 'FR', '{Europe/Paris}'),
('34', 'ES', '{Atlantic/Canary,Europe/Madrid}'),
('344', 'ES', '{Europe/Madrid}'),
('345', 'ES', '{Europe/Madrid}'),
('346', 'ES', '{Europe/Madrid}'),
('347', 'ES', '{Europe/Madrid}'),
('348', 'ES', '{Europe/Madrid}'),
('34822', 'ES', '{Atlantic/Canary}'),
('34827', 'ES', '{Atlantic/Canary}'),
('34828', 'ES', '{Atlantic/Canary}'),
('349', 'ES', '{Europe/Madrid}'),
('34922', 'ES', '{Atlantic/Canary}'),
('34928', 'ES', '{Atlantic/Canary}'),
('350', 'GI', '{Europe/Gibraltar}'),
('351', 'PT', '{Atlantic/Azores,Europe/Lisbon}'),
('3512', 'PT', '{Europe/Lisbon}'),
('351292', 'PT', '{Atlantic/Azores}'),
('351295', 'PT', '{Atlantic/Azores}'),
('351296', 'PT', '{Atlantic/Azores}'),
('352', 'LU', '{Europe/Luxembourg}'),
('353', 'IE', '{Europe/Guernsey,Europe/Isle_of_Man,Europe/London}'),
('354', 'IS', '{Atlantic/Reykjavik}'),
('355', 'AL', '{Europe/Tirane}'),
('356', 'MT', '{Europe/Malta}'),
('357', 'CY', '{Asia/Nicosia}'),
('358', 'FI', '{Europe/Helsinki,Europe/Mariehamn}'),
('3581', 'FI', '{Europe/Helsinki}'),
('35810', 'FI', '{Europe/Helsinki,Europe/Mariehamn}'),
('35818', 'AX', '{Europe/Mariehamn}'),
('3582', 'FI', '{Europe/Helsinki}'),
('35820', 'FI', '{Europe/Helsinki,Europe/Mariehamn}'),
('35829', 'FI', '{Europe/Helsinki,Europe/Mariehamn}'),
('3583', 'FI', '{Europe/Helsinki}'),
('35830', 'FI', '{Europe/Helsinki,Europe/Mariehamn}'),
('35839', 'FI', '{Europe/Helsinki,Europe/Mariehamn}'),
('3585', 'FI', '{Europe/Helsinki}'),
('35850', 'FI', '{Europe/Helsinki,Europe/Mariehamn}'),
('3586', 'FI', '{Europe/Helsinki}'),
('35860', 'FI', '{Europe/Helsinki,Europe/Mariehamn}'),
('3588', 'FI', '{Europe/Helsinki}'),
('35880', 'FI', '{Europe/Helsinki,Europe/Mariehamn}'),
('3589', 'FI', '{Europe/Helsinki}'),
('359', 'BG', '{Europe/Sofia}'),
('36', 'HU', '{Europe/Budapest}'),
('370', 'LT', '{Europe/Bucharest}'),
('371', 'LV', '{Europe/Bucharest}'),
('372', 'EE', '{Europe/Bucharest}'),
('373', 'MD', '{Europe/Chisinau}'),
('374', 'AM', '{Asia/Yerevan}'),
('375', 'BY', '{Europe/Moscow}'),
('376', 'AD', '{Europe/Andorra}'),
('377', 'MC', '{Europe/Monaco}'),
('378', 'SM', '{Europe/San_Marino}'),
('380', 'UA', '{Europe/Kyiv}'),
('381', 'RS', '{Europe/Belgrade}'),
('382', 'ME', '{Europe/Podgorica}'),
('383', 'XK', '{Europe/Belgrade}'),
('385', 'HR', '{Europe/Zagreb}'),
('386', 'SI', '{Europe/Ljubljana}'),
('387', 'BA', '{Europe/Sarajevo}'),
('389', 'MK', '{Europe/Skopje}'),
('39', 'IT', '{Europe/Rome,Europe/Vatican}'),
('390', 'IT', '{Europe/Rome}'),
('3906698', 'VA', '{Europe/Vatican}'),
('390878', 'IT', '{Europe/Rome,Europe/Vatican}'),
('394', 'IT', '{Europe/Rome}'),
('397', 'IT', '{Europe/Rome}'),
('40', 'RO', '{Europe/Bucharest}'),
('41', 'CH', '{Europe/Zurich}'),
('420', 'CZ', '{Europe/Prague}'),
('421', 'SK', '{Europe/Bratislava}'),
('423', 'LI', '{Europe/Vaduz}'),
('43', 'AT', '{Europe/Vienna}'),
('44', 'GB', '{Europe/Guernsey,Europe/Isle_of_Man,Europe/Jersey,Europe/London}'),
('441', 'GB', '{Europe/London}'),
('441481', 'GG', '{Europe/Guernsey}'),
('441534', 'JE', '{Europe/Jersey}'),
('441624', 'IM', '{Europe/Isle_of_Man}'),
('442', 'GB', '{Europe/London}'),
('443', 'GB', '{Europe/Guernsey,Europe/Isle_of_Man,Europe/London}'),
('445', 'GB', '{Europe/Guernsey,Europe/Isle_of_Man,Europe/London}'),
('4470', 'GB', '{Europe/Guernsey,Europe/Isle_of_Man,Europe/London}'),
('4471', 'GB', '{Europe/Guernsey,Europe/Isle_of_Man,Europe/London}'),
('4472', 'GB', '{Europe/Guernsey,Europe/Isle_of_Man,Europe/London}'),
('4473', 'GB', '{Europe/Guernsey,Europe/Isle_of_Man,Europe/London}'),
('4474', 'GB', '{Europe/Guernsey,Europe/Isle_of_Man,Europe/London}'),
('4474576', 'IM', '{Europe/Guernsey,Europe/Isle_of_Man,Europe/London}'),
('4475', 'GB', '{Europe/Guernsey,Europe/Isle_of_Man,Europe/London}'),
('447524', 'IM', '{Europe/Guernsey,Europe/Isle_of_Man,Europe/London}'),
('44760', 'GB', '{Europe/Guernsey,Europe/Isle_of_Man,Europe/London}'),
('44762', 'GB', '{Europe/Guernsey,Europe/Isle_of_Man,Europe/London}'),
('447624', 'IM', '{Europe/Guernsey,Europe/Isle_of_Man,Europe/London}'),
('44763', 'GB', '{Europe/Guernsey,Europe/Isle_of_Man,Europe/London}'),
('447640', 'GB', '{Europe/Guernsey,Europe/Isle_of_Man,Europe/London}'),
('447641', 'GB', '{Europe/Guernsey,Europe/Isle_of_Man,Europe/London}'),
('447643', 'GB', '{Europe/Guernsey,Europe/Isle_of_Man,Europe/London}'),
('447644', 'GB', '{Europe/Guernsey,Europe/Isle_of_Man,Europe/London}'),
('447646', 'GB', '{Europe/Guernsey,Europe/Isle_of_Man,Europe/London}'),
('44765', 'GB', '{Europe/Guernsey,Europe/Isle_of_Man,Europe/London}'),
('44766', 'GB', '{Europe/Guernsey,Europe/Isle_of_Man,Europe/London}'),
('44767', 'GB', '{Europe/Guernsey,Europe/Isle_of_Man,Europe/London}'),
('44768', 'GB', '{Europe/Guernsey,Europe/Isle_of_Man,Europe/London}'),
('447693', 'GB', '{Europe/Guernsey,Europe/Isle_of_Man,Europe/London}'),
('447699', 'GB', '{Europe/Guernsey,Europe/Isle_of_Man,Europe/London}'),
('4477', 'GB', '{Europe/Guernsey,Europe/Isle_of_Man,Europe/London}'),
('4478', 'GB', '{Europe/Guernsey,Europe/Isle_of_Man,Europe/London}'),
('4479', 'GB', '{Europe/Guernsey,Europe/Isle_of_Man,Europe/London}'),
('448', 'GB', '{Europe/Guernsey,Europe/Isle_of_Man,Europe/London}'),
('449', 'GB', '{Europe/Guernsey,Europe/Isle_of_Man,Europe/London}'),
('45', 'DK', '{Europe/Copenhagen}'),
('46', 'SE', '{Europe/Stockholm}'),
('47', 'NO', '{Arctic/Longyearbyen,Europe/Oslo}'),
('470', 'NO', '{Europe/Oslo}'),
('472', 'NO', '{Europe/Oslo}'),
('473', 'NO', '{Europe/Oslo}'),
('474', 'NO', '{Europe/Oslo}'),
('475', 'NO', '{Europe/Oslo}'),
('476', 'NO', '{Europe/Oslo}'),
('477', 'NO', '{Europe/Oslo}'),
('4779', 'SJ', '{Arctic/Longyearbyen}'),
('478', 'NO', '{Europe/Oslo}'),
('479', 'NO', '{Europe/Oslo}'),
('48', 'PL', '{Europe/Warsaw}'),
('49', 'DE', '{Europe/Berlin}'),
('500', 'FK', '{Atlantic/Stanley}'),
('501', 'BZ', '{America/Belize}'),
('502', 'GT', '{America/Guatemala}'),
('503', 'SV', '{America/El_Salvador}'),
('504', 'HN', '{America/Tegucigalpa}'),
('505', 'NI', '{America/Managua}'),
('506', 'CR', '{America/Costa_Rica}'),
('507', 'PA', '{America/Panama}'),
('508', 'PM', '{America/Miquelon}'),
('509', 'HT', '{America/Port-au-Prince}'),
('51', 'PE', '{America/Lima}'),
('52', 'MX', '{America/Cancun,America/Ciudad_Juarez,America/Matamoros,America/Mazatlan,America/Mexico_City,America/New_York,America/Ojinaga,America/Tijuana}'),
('522', 'MX', '{America/Mexico_City}'),
('52200', 'MX', '{America/Mexico_City,America/Tijuana}'),
('52201', 'MX', '{America/Mexico_City,America/New_York}'),
('523', 'MX', '{America/Mexico_City}'),
('52311', 'MX', '{America/Mazatlan}'),
('52319', 'MX', '{America/Mazatlan}'),
('52323', 'MX', '{America/Mazatlan}'),
('52324', 'MX', '{America/Mazatlan}'),
('52325', 'MX', '{America/Mazatlan}'),
('52327', 'MX', '{America/Mazatlan}'),
('52389', 'MX', '{America/Mazatlan}'),
('524', 'MX', '{America/Mexico_City}'),
('525', 'MX', '{America/Mexico_City}'),
('52612', 'MX', '{America/Mazatlan}'),
('52613', 'MX', '{America/Mazatlan}'),
('52614', 'MX', '{America/Mazatlan}'),
('52615', 'MX', '{America/Mazatlan}'),
('52616', 'MX', '{America/Tijuana}'),
('52618', 'MX', '{America/Mexico_City}'),
('5262', 'MX', '{America/Mazatlan}'),
('52626', 'MX', '{America/Ojinaga}'),
('5263', 'MX', '{America/Mazatlan}'),
('5264', 'MX', '{America/Mazatlan}'),
('52646', 'MX', '{America/Tijuana}'),
('52649', 'MX', '{America/Mazatlan,America/Mexico_City}'),
('52651', 'MX', '{America/Mazatlan}'),
('52652', 'MX', '{America/Mazatlan}'),
('52653', 'MX', '{America/Mazatlan}'),
('52656', 'MX', '{America/Ciudad_Juarez}'),
('52657', 'MX', '{America/Mazatlan}'),
('52658', 'MX', '{America/Tijuana}'),
('52659', 'MX', '{America/Mazatlan}'),
('52660', 'MX', '{America/Mazatlan}'),
('52661', 'MX', '{America/Tijuana}'),
('52662', 'MX', '{America/Mazatlan}'),
('52663', 'MX', '{America/Mexico_City}'),
('52664', 'MX', '{America/Tijuana}'),
('52665', 'MX', '{America/Tijuana}'),
('52667', 'MX', '{America/Mazatlan}'),
('52668', 'MX', '{America/Mazatlan}'),
('52669', 'MX', '{America/Mazatlan}'),
('52671', 'MX', '{America/Mexico_City}'),
('52672', 'MX', '{America/Mazatlan}'),
('52673', 'MX', '{America/Mazatlan}'),
('52674', 'MX', '{America/Mexico_City}'),
('52675', 'MX', '{America/Mexico_City}'),
('52676', 'MX', '{America/Mexico_City}'),
('52677', 'MX', '{America/Mexico_City}'),
('52686', 'MX', '{America/Tijuana}'),
('52687', 'MX', '{America/Mazatlan}'),
('5269', 'MX', '{America/Mazatlan}'),
('527', 'MX', '{America/Mexico_City}'),
('528', 'MX', '{America/Mexico_City}'),
('52867', 'MX', '{America/Matamoros}'),
('52877', 'MX', '{America/Matamoros}'),
('52878', 'MX', '{America/Matamoros}'),
('52894', 'MX', '{America/Matamoros}'),
('52899', 'MX', '{America/Matamoros}'),
('529', 'MX', '{America/Mexico_City}'),
('52983', 'MX', '{America/Cancun}'),
('52984', 'MX', '{America/Cancun}'),
('52987', 'MX', '{America/Cancun}'),
('52998', 'MX', '{America/Cancun}'),
('53', 'CU', '{America/Havana}'),
('54', 'AR', '{America/Argentina/Buenos_Aires}'),
('55', 'BR', '{America/Manaus,America/Noronha,America/Rio_Branco,America/Sao_Paulo}'),
('551', 'BR', '{America/Sao_Paulo}'),
('552', 'BR', '{America/Sao_Paulo}'),
('553', 'BR', '{America/Sao_Paulo}'),
('554', 'BR', '{America/Sao_Paulo}'),
('5550', 'BR', '{America/Sao_Paulo}'),
('5551', 'BR', '{America/Sao_Paulo}'),
('5553', 'BR', '{America/Sao_Paulo}'),
('5554', 'BR', '{America/Sao_Paulo}'),
('5555', 'BR', '{America/Sao_Paulo}'),
('55553682', 'BR', '{America/Manaus}'),
('5561', 'BR', '{America/Sao_Paulo}'),
('5562', 'BR', '{America/Sao_Paulo}'),
('5563', 'BR', '{America/Sao_Paulo}'),
('5564', 'BR', '{America/Sao_Paulo}'),
('5565', 'BR', '{America/Manaus}'),
('5566', 'BR', '{America/Manaus}'),
('5567', 'BR', '{America/Manaus}'),
('55673480', 'BR', '{America/Sao_Paulo}'),
('5568', 'BR', '{America/Rio_Branco}'),
('5569', 'BR', '{America/Manaus}'),
('55693527', 'BR', '{America/Sao_Paulo}'),
('557', 'BR', '{America/Sao_Paulo}'),
('558', 'BR', '{America/Sao_Paulo}'),
('55812', 'BR', '{America/Noronha}'),
('5581300', 'BR', '{America/Noronha}'),
('55813013', 'BR', '{America/Noronha}'),
('55813016', 'BR', '{America/Noronha}'),
('55813017', 'BR', '{America/Noronha}'),
('55813018', 'BR', '{America/Noronha}'),
('55813022', 'BR', '{America/Noronha}'),
('55813024', 'BR', '{America/Noronha}'),
('55813027', 'BR', '{America/Noronha}'),
('55813029', 'BR', '{America/Noronha}'),
('55813042', 'BR', '{America/Noronha}'),
('55813043', 'BR', '{America/Noronha}'),
('55813044', 'BR', '{America/Noronha}'),
('55813047', 'BR', '{America/Noronha}'),
('55813054', 'BR', '{America/Noronha}'),
('55813056', 'BR', '{America/Noronha}'),
('55813057', 'BR', '{America/Noronha}'),
('55813058', 'BR', '{America/Noronha}'),
('5581306', 'BR', '{America/Noronha}'),
('55813070', 'BR', '{America/Noronha}'),
('55813085', 'BR', '{America/Noronha}'),
('55813098', 'BR', '{America/Noronha}'),
('558131', 'BR', '{America/Noronha}'),
('55813200', 'BR', '{America/Noronha}'),
('55813206', 'BR', '{America/Noronha}'),
('55813208', 'BR', '{America/Noronha}'),
('55813209', 'BR', '{America/Noronha}'),
('55813210', 'BR', '{America/Noronha}'),
('55813211', 'BR', '{America/Noronha}'),
('55813215', 'BR', '{America/Noronha}'),
('55813218', 'BR', '{America/Noronha}'),
('55813219', 'BR', '{America/Noronha}'),
('55813220', 'BR', '{America/Noronha}'),
('5581323', 'BR', '{America/Noronha}'),
('55813240', 'BR', '{America/Noronha}'),
('55813245', 'BR', '{America/Noronha}'),
('55813246', 'BR', '{America/Noronha}'),
('55813247', 'BR', '{America/Noronha}'),
('55813248', 'BR', '{America/Noronha}'),
('55813250', 'BR', '{America/Noronha}'),
('55813258', 'BR', '{America/Noronha}'),
('55813259', 'BR', '{America/Noronha}'),
('55813260', 'BR', '{America/Noronha}'),
('55813261', 'BR', '{America/Noronha}'),
('55813262', 'BR', '{America/Noronha}'),
('55813263', 'BR', '{America/Noronha}'),
('5581327', 'BR', '{America/Noronha}'),
('5581328', 'BR', '{America/Noronha}'),
('5581329', 'BR', '{America/Noronha}'),
('55813300', 'BR', '{America/Noronha}'),
('55813306', 'BR', '{America/Noronha}'),
('55813307', 'BR', '{America/Noronha}'),
('55813308', 'BR', '{America/Noronha}'),
('55813309', 'BR', '{America/Noronha}'),
('55813310', 'BR', '{America/Noronha}'),
('55813313', 'BR', '{America/Noronha}'),
('55813315', 'BR', '{America/Noronha}'),
('55813321', 'BR', '{America/Noronha}'),
('55813324', 'BR', '{America/Noronha}'),
('55813329', 'BR', '{America/Noronha}'),
('5581333', 'BR', '{America/Noronha}'),
('55813340', 'BR', '{America/Noronha}'),
('55813346', 'BR', '{America/Noronha}'),
('55813347', 'BR', '{America/Noronha}'),
('55813348', 'BR', '{America/Noronha}'),
('55813349', 'BR', '{America/Noronha}'),
('5581335', 'BR', '{America/Noronha}'),
('5581336', 'BR', '{America/Noronha}'),
('55813370', 'BR', '{America/Noronha}'),
('55813373', 'BR', '{America/Noronha}'),
('55813374', 'BR', '{America/Noronha}'),
('5581338', 'BR', '{America/Noronha}'),
('5581339', 'BR', '{America/Noronha}'),
('5581340', 'BR', '{America/Noronha}'),
('55813410', 'BR', '{America/Noronha}'),
('55813415', 'BR', '{America/Noronha}'),
('55813417', 'BR', '{America/Noronha}'),
('55813418', 'BR', '{America/Noronha}'),
('55813420', 'BR', '{America/Noronha}'),
('55813430', 'BR', '{America/Noronha}'),
('55813440', 'BR', '{America/Noronha}'),
('55813450', 'BR', '{America/Noronha}'),
('55813460', 'BR', '{America/Noronha}'),
('55813470', 'BR', '{America/Noronha}'),
('55813480', 'BR', '{America/Noronha}'),
('55813485', 'BR', '{America/Noronha}'),
('55813488', 'BR', '{America/Noronha}'),
('55813489', 'BR', '{America/Noronha}'),
('55813490', 'BR', '{America/Noronha}'),
('55813496', 'BR', '{America/Noronha}'),
('558135', 'BR', '{America/Noronha}'),
('5581360', 'BR', '{America/Noronha}'),
('5581361', 'BR', '{America/Noronha}'),
('55813620', 'BR', '{America/Noronha}'),
('55813623', 'BR', '{America/Noronha}'),
('55813630', 'BR', '{America/Noronha}'),
('55813632', 'BR', '{America/Noronha}'),
('55813640', 'BR', '{America/Noronha}'),
('55813650', 'BR', '{America/Noronha}'),
('55813659', 'BR', '{America/Noronha}'),
('5581366', 'BR', '{America/Noronha}'),
('55813670', 'BR', '{America/Noronha}'),
('55813672', 'BR', '{America/Noronha}'),
('55813674', 'BR', '{America/Noronha}'),
('55813677', 'BR', '{America/Noronha}'),
('55813680', 'BR', '{America/Noronha}'),
('55813690', 'BR', '{America/Noronha}'),
('55813696', 'BR', '{America/Noronha}'),
('55813697', 'BR', '{America/Noronha}'),
('55813698', 'BR', '{America/Noronha}'),
('558137', 'BR', '{America/Noronha}'),
('558138', 'BR', '{America/Noronha}'),
('558139', 'BR', '{America/Noronha}'),
('55814', 'BR', '{America/Noronha}'),
('55815', 'BR', '{America/Noronha}'),
('55817', 'BR', '{America/Noronha}'),
('55819', 'BR', '{America/Noronha}'),
('559', 'BR', '{America/Manaus}'),
('5590', 'BR', '{America/Sao_Paulo}'),
('55912121', 'BR', '{America/Sao_Paulo}'),
('55912122', 'BR', '{America/Sao_Paulo}'),
('55912123', 'BR', '{America/Sao_Paulo}'),
('55912992', 'BR', '{America/Sao_Paulo}'),
('55913004', 'BR', '{America/Sao_Paulo}'),
('5591301', 'BR', '{America/Sao_Paulo}'),
('55913028', 'BR', '{America/Sao_Paulo}'),
('55913031', 'BR', '{America/Sao_Paulo}'),
('55913032', 'BR', '{America/Sao_Paulo}'),
('55913033', 'BR', '{America/Sao_Paulo}'),
('55913038', 'BR', '{America/Sao_Paulo}'),
('55913039', 'BR', '{America/Sao_Paulo}'),
('55913072', 'BR', '{America/Sao_Paulo}'),
('55913073', 'BR', '{America/Sao_Paulo}'),
('55913075', 'BR', '{America/Sao_Paulo}'),
('5591308', 'BR', '{America/Sao_Paulo}'),
('5591311', 'BR', '{America/Sao_Paulo}'),
('55913120', 'BR', '{America/Sao_Paulo}'),
('55913121', 'BR', '{America/Sao_Paulo}'),
('55913131', 'BR', '{America/Sao_Paulo}'),
('55913181', 'BR', '{America/Sao_Paulo}'),
('55913182', 'BR', '{America/Sao_Paulo}'),
('55913184', 'BR', '{America/Sao_Paulo}'),
('55913194', 'BR', '{America/Sao_Paulo}'),
('55913199', 'BR', '{America/Sao_Paulo}'),
('559132', 'BR', '{America/Sao_Paulo}'),
('55913311', 'BR', '{America/Sao_Paulo}'),
('55913321', 'BR', '{America/Sao_Paulo}'),
('55913322', 'BR', '{America/Sao_Paulo}'),
('55913323', 'BR', '{America/Sao_Paulo}'),
('5591334', 'BR', '{America/Sao_Paulo}'),
('55913351', 'BR', '{America/Sao_Paulo}'),
('55913352', 'BR', '{America/Sao_Paulo}'),
('55913353', 'BR', '{America/Sao_Paulo}'),
('55913355', 'BR', '{America/Sao_Paulo}'),
('55913366', 'BR', '{America/Sao_Paulo}'),
('55913397', 'BR', '{America/Sao_Paulo}'),
('55913411', 'BR', '{America/Sao_Paulo}'),
('55913412', 'BR', '{America/Sao_Paulo}'),
('55913423', 'BR', '{America/Sao_Paulo}'),
('55913425', 'BR', '{America/Sao_Paulo}'),
('55913429', 'BR', '{America/Sao_Paulo}'),
('55913434', 'BR', '{America/Sao_Paulo}'),
('5591344', 'BR', '{America/Sao_Paulo}'),
('55913456', 'BR', '{America/Sao_Paulo}'),
('5591346', 'BR', '{America/Sao_Paulo}'),
('55913481', 'BR', '{America/Sao_Paulo}'),
('55913482', 'BR', '{America/Sao_Paulo}'),
('55913483', 'BR', '{America/Sao_Paulo}'),
('55913484', 'BR', '{America/Sao_Paulo}'),
('55913485', 'BR', '{America/Sao_Paulo}'),
('55913494', 'BR', '{America/Sao_Paulo}'),
('55913521', 'BR', '{America/Sao_Paulo}'),
('55913556', 'BR', '{America/Sao_Paulo}'),
('55913605', 'BR', '{America/Sao_Paulo}'),
('55913606', 'BR', '{America/Sao_Paulo}'),
('55913617', 'BR', '{America/Sao_Paulo}'),
('55913621', 'BR', '{America/Sao_Paulo}'),
('55913633', 'BR', '{America/Sao_Paulo}'),
('55913636', 'BR', '{America/Sao_Paulo}'),
('55913637', 'BR', '{America/Sao_Paulo}'),
('55913658', 'BR', '{America/Sao_Paulo}'),
('55913661', 'BR', '{America/Sao_Paulo}'),
('55913662', 'BR', '{America/Sao_Paulo}'),
('55913665', 'BR', '{America/Sao_Paulo}'),
('55913692', 'BR', '{America/Sao_Paulo}'),
('55913694', 'BR', '{America/Sao_Paulo}'),
('55913711', 'BR', '{America/Sao_Paulo}'),
('55913712', 'BR', '{America/Sao_Paulo}'),
('5591372', 'BR', '{America/Sao_Paulo}'),
('5591373', 'BR', '{America/Sao_Paulo}'),
('55913741', 'BR', '{America/Sao_Paulo}'),
('55913744', 'BR', '{America/Sao_Paulo}'),
('55913746', 'BR', '{America/Sao_Paulo}'),
('5591375', 'BR', '{America/Sao_Paulo}'),
('55913764', 'BR', '{America/Sao_Paulo}'),
('55913765', 'BR', '{America/Sao_Paulo}'),
('55913767', 'BR', '{America/Sao_Paulo}'),
('5591377', 'BR', '{America/Sao_Paulo}'),
('55913781', 'BR', '{America/Sao_Paulo}'),
('55913783', 'BR', '{America/Sao_Paulo}'),
('55913784', 'BR', '{America/Sao_Paulo}'),
('55913795', 'BR', '{America/Sao_Paulo}'),
('55913796', 'BR', '{America/Sao_Paulo}'),
('55913798', 'BR', '{America/Sao_Paulo}'),
('55913802', 'BR', '{America/Sao_Paulo}'),
('55913803', 'BR', '{America/Sao_Paulo}'),
('55913809', 'BR', '{America/Sao_Paulo}'),
('55913811', 'BR', '{America/Sao_Paulo}'),
('55913812', 'BR', '{America/Sao_Paulo}'),
('55913817', 'BR', '{America/Sao_Paulo}'),
('55913821', 'BR', '{America/Sao_Paulo}'),
('55913822', 'BR', '{America/Sao_Paulo}'),
('55913823', 'BR', '{America/Sao_Paulo}'),
('55913829', 'BR', '{America/Sao_Paulo}'),
('5591400', 'BR', '{America/Sao_Paulo}'),
('55914040', 'BR', '{America/Sao_Paulo}'),
('55914042', 'BR', '{America/Sao_Paulo}'),
('55914103', 'BR', '{America/Sao_Paulo}'),
('55914104', 'BR', '{America/Sao_Paulo}'),
('55914107', 'BR', '{America/Sao_Paulo}'),
('55914141', 'BR', '{America/Sao_Paulo}'),
('559198', 'BR', '{America/Sao_Paulo}'),
('5591991', 'BR', '{America/Sao_Paulo}'),
('5591992', 'BR', '{America/Sao_Paulo}'),
('5591993', 'BR', '{America/Sao_Paulo}'),
('55919960', 'BR', '{America/Sao_Paulo}'),
('55919961', 'BR', '{America/Sao_Paulo}'),
('55919962', 'BR', '{America/Sao_Paulo}'),
('55919963', 'BR', '{America/Sao_Paulo}'),
('55919964', 'BR', '{America/Sao_Paulo}'),
('5591998', 'BR', '{America/Sao_Paulo}'),
('5591999', 'BR', '{America/Sao_Paulo}'),
('55925009', 'BR', '{America/Sao_Paulo}'),
('55932101', 'BR', '{America/Sao_Paulo}'),
('55932122', 'BR', '{America/Sao_Paulo}'),
('55933016', 'BR', '{America/Sao_Paulo}'),
('55933017', 'BR', '{America/Sao_Paulo}'),
('55933062', 'BR', '{America/Sao_Paulo}'),
('55933063', 'BR', '{America/Sao_Paulo}'),
('55933064', 'BR', '{America/Sao_Paulo}'),
('55933067', 'BR', '{America/Sao_Paulo}'),
('55933222', 'BR', '{America/Sao_Paulo}'),
('55933502', 'BR', '{America/Sao_Paulo}'),
('55933505', 'BR', '{America/Sao_Paulo}'),
('55933512', 'BR', '{America/Sao_Paulo}'),
('55933514', 'BR', '{America/Sao_Paulo}'),
('55933515', 'BR', '{America/Sao_Paulo}'),
('55933517', 'BR', '{America/Sao_Paulo}'),
('55933518', 'BR', '{America/Sao_Paulo}'),
('5593352', 'BR', '{America/Sao_Paulo}'),
('5593353', 'BR', '{America/Sao_Paulo}'),
('5593354', 'BR', '{America/Sao_Paulo}'),
('55933552', 'BR', '{America/Sao_Paulo}'),
('55933557', 'BR', '{America/Sao_Paulo}'),
('55933558', 'BR', '{America/Sao_Paulo}'),
('55933559', 'BR', '{America/Sao_Paulo}'),
('55933563', 'BR', '{America/Sao_Paulo}'),
('55933574', 'BR', '{America/Sao_Paulo}'),
('55933582', 'BR', '{America/Sao_Paulo}'),
('55933589', 'BR', '{America/Sao_Paulo}'),
('55933593', 'BR', '{America/Sao_Paulo}'),
('55933596', 'BR', '{America/Sao_Paulo}'),
('55933597', 'BR', '{America/Sao_Paulo}'),
('55933598', 'BR', '{America/Sao_Paulo}'),
('55933735', 'BR', '{America/Sao_Paulo}'),
('55933736', 'BR', '{America/Sao_Paulo}'),
('55933737', 'BR', '{America/Sao_Paulo}'),
('55933793', 'BR', '{America/Sao_Paulo}'),
('55939810', 'BR', '{America/Sao_Paulo}'),
('55939811', 'BR', '{America/Sao_Paulo}'),
('55939812', 'BR', '{America/Sao_Paulo}'),
('55939813', 'BR', '{America/Sao_Paulo}'),
('55939840', 'BR', '{America/Sao_Paulo}'),
('55939841', 'BR', '{America/Sao_Paulo}'),
('55939880', 'BR', '{America/Sao_Paulo}'),
('55939881', 'BR', '{America/Sao_Paulo}'),
('5593991', 'BR', '{America/Sao_Paulo}'),
('55939920', 'BR', '{America/Sao_Paulo}'),
('55939921', 'BR', '{America/Sao_Paulo}'),
('55939922', 'BR', '{America/Sao_Paulo}'),
('55939923', 'BR', '{America/Sao_Paulo}'),
('55939924', 'BR', '{America/Sao_Paulo}'),
('55939965', 'BR', '{America/Sao_Paulo}'),
('55939990', 'BR', '{America/Sao_Paulo}'),
('55939991', 'BR', '{America/Sao_Paulo}'),
('55939995', 'BR', '{America/Sao_Paulo}'),
('55939997', 'BR', '{America/Sao_Paulo}'),
('55942101', 'BR', '{America/Sao_Paulo}'),
('55942103', 'BR', '{America/Sao_Paulo}'),
('55943012', 'BR', '{America/Sao_Paulo}'),
('55943013', 'BR', '{America/Sao_Paulo}'),
('55943016', 'BR', '{America/Sao_Paulo}'),
('55943018', 'BR', '{America/Sao_Paulo}'),
('55943222', 'BR', '{America/Sao_Paulo}'),
('55943301', 'BR', '{America/Sao_Paulo}'),
('55943309', 'BR', '{America/Sao_Paulo}'),
('55943311', 'BR', '{America/Sao_Paulo}'),
('55943312', 'BR', '{America/Sao_Paulo}'),
('55943315', 'BR', '{America/Sao_Paulo}'),
('55943319', 'BR', '{America/Sao_Paulo}'),
('5594332', 'BR', '{America/Sao_Paulo}'),
('55943331', 'BR', '{America/Sao_Paulo}'),
('55943332', 'BR', '{America/Sao_Paulo}'),
('55943333', 'BR', '{America/Sao_Paulo}'),
('55943335', 'BR', '{America/Sao_Paulo}'),
('55943337', 'BR', '{America/Sao_Paulo}'),
('5594334', 'BR', '{America/Sao_Paulo}'),
('5594335', 'BR', '{America/Sao_Paulo}'),
('55943364', 'BR', '{America/Sao_Paulo}'),
('55943365', 'BR', '{America/Sao_Paulo}'),
('55943366', 'BR', '{America/Sao_Paulo}'),
('55943379', 'BR', '{America/Sao_Paulo}'),
('55943382', 'BR', '{America/Sao_Paulo}'),
('55943385', 'BR', '{America/Sao_Paulo}'),
('55943386', 'BR', '{America/Sao_Paulo}'),
('55943392', 'BR', '{America/Sao_Paulo}'),
('5594342', 'BR', '{America/Sao_Paulo}'),
('55943431', 'BR', '{America/Sao_Paulo}'),
('55943432', 'BR', '{America/Sao_Paulo}'),
('55943433', 'BR', '{America/Sao_Paulo}'),
('55943434', 'BR', '{America/Sao_Paulo}'),
('55943435', 'BR', '{America/Sao_Paulo}'),
('55943491', 'BR', '{America/Sao_Paulo}'),
('55943778', 'BR', '{America/Sao_Paulo}'),
('55943779', 'BR', '{America/Sao_Paulo}'),
('55943785', 'BR', '{America/Sao_Paulo}'),
('55943786', 'BR', '{America/Sao_Paulo}'),
('55943787', 'BR', '{America/Sao_Paulo}'),
('5594981', 'BR', '{America/Sao_Paulo}'),
('55949840', 'BR', '{America/Sao_Paulo}'),
('55949841', 'BR', '{America/Sao_Paulo}'),
('55949842', 'BR', '{America/Sao_Paulo}'),
('55949880', 'BR', '{America/Sao_Paulo}'),
('55949881', 'BR', '{America/Sao_Paulo}'),
('5594991', 'BR', '{America/Sao_Paulo}'),
('5594992', 'BR', '{America/Sao_Paulo}'),
('55949930', 'BR', '{America/Sao_Paulo}'),
('55949966', 'BR', '{America/Sao_Paulo}'),
('55949990', 'BR', '{America/Sao_Paulo}'),
('55949991', 'BR', '{America/Sao_Paulo}'),
('55949992', 'BR', '{America/Sao_Paulo}'),
('55949995', 'BR', '{America/Sao_Paulo}'),
('55949997', 'BR', '{America/Sao_Paulo}'),
('5596', 'BR', '{America/Sao_Paulo}'),
('5598', 'BR', '{America/Sao_Paulo}'),
('5599', 'BR', '{America/Sao_Paulo}'),
('56', 'CL', '{America/Santiago,Pacific/Easter}'),
('561', 'CL', '{America/Santiago}'),
('562', 'CL', '{America/Santiago}'),
('5632', 'CL', '{Pacific/Easter}'),
('56322', 'CL', '{America/Santiago}'),
('56323', 'CL', '{America/Santiago}'),
('5633', 'CL', '{America/Santiago}'),
('5634', 'CL', '{America/Santiago}'),
('5635', 'CL', '{America/Santiago}'),
('564', 'CL', '{America/Santiago}'),
('565', 'CL', '{America/Santiago}'),
('566', 'CL', '{America/Santiago}'),
('567', 'CL', '{America/Santiago}'),
('568', 'CL', '{America/Santiago}'),
('569', 'CL', '{America/Santiago}'),
('57', 'CO', '{America/Bogota}'),
('58', 'VE', '{America/Caracas}'),
('590', 'GP', '{America/Guadeloupe}'),
('591', 'BO', '{America/La_Paz}'),
('592', 'GY', '{America/Guyana}'),
('593', 'EC', '{America/Guayaquil,Pacific/Galapagos}'),
('5932', 'EC', '{America/Guayaquil}'),
('5933', 'EC', '{America/Guayaquil}'),
('5934', 'EC', '{America/Guayaquil}'),
('5935', 'EC', '{America/Guayaquil}'),
('59352', 'EC', '{America/Guayaquil,Pacific/Galapagos}'),
('5936', 'EC', '{America/Guayaquil}'),
('5937', 'EC', '{America/Guayaquil}'),
('5939', 'EC', '{America/Guayaquil}'),
('594', 'GF', '{America/Cayenne}'),
('595', 'PY', '{America/Asuncion}'),
('596', 'MQ', '{America/Martinique}'),
('597', 'SR', '{America/Paramaribo}'),
('598', 'UY', '{America/Montevideo}'),
('599', 'CW', '{America/Curacao,America/Kralendijk}'),
('5993', 'BQ', '{America/Kralendijk}'),
('5994', 'BQ', '{America/Kralendijk}'),
('5996', 'CW', '{America/Curacao}'),
('5997', 'BQ', '{America/Kralendijk}'),
('5999', 'CW', '{America/Curacao}'),
('60', 'MY', '{Asia/Kuching}'),
('61', 'AU', '{Australia/Adelaide,Australia/Brisbane,Australia/Eucla,Australia/Lord_Howe,Australia/Perth,Australia/Sydney,Indian/Christmas,Indian/Cocos}'),
('611', 'AU', '{Australia/Sydney}'),
('612', 'AU', '{Australia/Sydney}'),
('61255053', 'AU', '{Australia/Lord_Howe}'),
('61255143', 'AU', '{Australia/Lord_Howe}'),
('61255213', 'AU', '{Australia/Lord_Howe}'),
('61255280', 'AU', '{Australia/Lord_Howe}'),
('61255307', 'AU', '{Australia/Lord_Howe}'),
('61255369', 'AU', '{Australia/Lord_Howe}'),
('61255413', 'AU', '{Australia/Lord_Howe}'),
('61255568', 'AU', '{Australia/Lord_Howe}'),
('61255936', 'AU', '{Australia/Lord_Howe}'),
('61255937', 'AU', '{Australia/Lord_Howe}'),
('61265080', 'AU', '{Australia/Lord_Howe}'),
('61265081', 'AU', '{Australia/Lord_Howe}'),
('61265082', 'AU', '{Australia/Lord_Howe}'),
('61265099', 'AU', '{Australia/Lord_Howe}'),
('61265164', 'AU', '{Australia/Lord_Howe}'),
('61265251', 'AU', '{Australia/Lord_Howe}'),
('61265296', 'AU', '{Australia/Lord_Howe}'),
('61265341', 'AU', '{Australia/Lord_Howe}'),
('61265606', 'AU', '{Australia/Lord_Howe}'),
('61265632', 'AU', '{Australia/Lord_Howe}'),
('61265998', 'AU', '{Australia/Lord_Howe}'),
('613', 'AU', '{Australia/Sydney}'),
('614', 'AU', '{Australia/Sydney}'),
('617', 'AU', '{Australia/Sydney}'),
('61721000', 'AU', '{Australia/Brisbane}'),
('61721001', 'AU', '{Australia/Brisbane}'),
('61721002', 'AU', '{Australia/Brisbane}'),
('61721003', 'AU', '{Australia/Brisbane}'),
('6172101', 'AU', '{Australia/Brisbane}'),
('6172102', 'AU', '{Australia/Brisbane}'),
('6172103', 'AU', '{Australia/Brisbane}'),
('6172104', 'AU', '{Australia/Brisbane}'),
('6173018', 'AU', '{Australia/Brisbane}'),
('6173019', 'AU', '{Australia/Brisbane}'),
('617303', 'AU', '{Australia/Brisbane}'),
('6173040', 'AU', '{Australia/Brisbane}'),
('6173041', 'AU', '{Australia/Brisbane}'),
('6173046', 'AU', '{Australia/Brisbane}'),
('617305', 'AU', '{Australia/Brisbane}'),
('61730600', 'AU', '{Australia/Brisbane}'),
('6173061', 'AU', '{Australia/Brisbane}'),
('61730640', 'AU', '{Australia/Brisbane}'),
('61730641', 'AU', '{Australia/Brisbane}'),
('61730643', 'AU', '{Australia/Brisbane}'),
('61730651', 'AU', '{Australia/Brisbane}'),
('61730659', 'AU', '{Australia/Brisbane}'),
('6173066', 'AU', '{Australia/Brisbane}'),
('6173067', 'AU', '{Australia/Brisbane}'),
('6173068', 'AU', '{Australia/Brisbane}'),
('6173069', 'AU', '{Australia/Brisbane}'),
('617307', 'AU', '{Australia/Brisbane}'),
('617308', 'AU', '{Australia/Brisbane}'),
('61730923', 'AU', '{Australia/Brisbane}'),
('61730938', 'AU', '{Australia/Brisbane}'),
('6173096', 'AU', '{Australia/Brisbane}'),
('6173097', 'AU', '{Australia/Brisbane}'),
('61730992', 'AU', '{Australia/Brisbane}'),
('61731', 'AU', '{Australia/Brisbane}'),
('617322', 'AU', '{Australia/Brisbane}'),
('617323', 'AU', '{Australia/Brisbane}'),
('617326', 'AU', '{Australia/Brisbane}'),
('6173291', 'AU', '{Australia/Brisbane}'),
('6173292', 'AU', '{Australia/Brisbane}'),
('6173295', 'AU', '{Australia/Brisbane}'),
('6173296', 'AU', '{Australia/Brisbane}'),
('6173300', 'AU', '{Australia/Brisbane}'),
('61733095', 'AU', '{Australia/Brisbane}'),
('61733099', 'AU', '{Australia/Brisbane}'),
('6173316', 'AU', '{Australia/Brisbane}'),
('6173319', 'AU', '{Australia/Brisbane}'),
('6173322', 'AU', '{Australia/Brisbane}'),
('6173330', 'AU', '{Australia/Brisbane}'),
('6173333', 'AU', '{Australia/Brisbane}'),
('6173342', 'AU', '{Australia/Brisbane}'),
('617335', 'AU', '{Australia/Brisbane}'),
('617336', 'AU', '{Australia/Brisbane}'),
('6173403', 'AU', '{Australia/Brisbane}'),
('6173404', 'AU', '{Australia/Brisbane}'),
('6173405', 'AU', '{Australia/Brisbane}'),
('6173406', 'AU', '{Australia/Brisbane}'),
('6173407', 'AU', '{Australia/Brisbane}'),
('6173411', 'AU', '{Australia/Brisbane}'),
('6173414', 'AU', '{Australia/Brisbane}'),
('617342', 'AU', '{Australia/Brisbane}'),
('6173434', 'AU', '{Australia/Brisbane}'),
('6173435', 'AU', '{Australia/Brisbane}'),
('6173443', 'AU', '{Australia/Brisbane}'),
('6173452', 'AU', '{Australia/Brisbane}'),
('6173455', 'AU', '{Australia/Brisbane}'),
('6173456', 'AU', '{Australia/Brisbane}'),
('6173457', 'AU', '{Australia/Brisbane}'),
('6173460', 'AU', '{Australia/Brisbane}'),
('6173493', 'AU', '{Australia/Brisbane}'),
('61734973', 'AU', '{Australia/Brisbane}'),
('61734974', 'AU', '{Australia/Brisbane}'),
('61734975', 'AU', '{Australia/Brisbane}'),
('61734976', 'AU', '{Australia/Brisbane}'),
('617350', 'AU', '{Australia/Brisbane}'),
('617353', 'AU', '{Australia/Brisbane}'),
('6173540', 'AU', '{Australia/Brisbane}'),
('6173546', 'AU', '{Australia/Brisbane}'),
('6173547', 'AU', '{Australia/Brisbane}'),
('6173548', 'AU', '{Australia/Brisbane}'),
('617355', 'AU', '{Australia/Brisbane}'),
('61735678', 'AU', '{Australia/Brisbane}'),
('617360', 'AU', '{Australia/Brisbane}'),
('6173613', 'AU', '{Australia/Brisbane}'),
('617362', 'AU', '{Australia/Brisbane}'),
('617363', 'AU', '{Australia/Brisbane}'),
('61736404', 'AU', '{Australia/Brisbane}'),
('61736405', 'AU', '{Australia/Brisbane}'),
('61736406', 'AU', '{Australia/Brisbane}'),
('61736409', 'AU', '{Australia/Brisbane}'),
('6173646', 'AU', '{Australia/Brisbane}'),
('6173647', 'AU', '{Australia/Brisbane}'),
('6173648', 'AU', '{Australia/Brisbane}'),
('6173666', 'AU', '{Australia/Brisbane}'),
('61736677', 'AU', '{Australia/Brisbane}'),
('61736678', 'AU', '{Australia/Brisbane}'),
('61736679', 'AU', '{Australia/Brisbane}'),
('61736680', 'AU', '{Australia/Brisbane}'),
('617370', 'AU', '{Australia/Brisbane}'),
('617371', 'AU', '{Australia/Brisbane}'),
('617372', 'AU', '{Australia/Brisbane}'),
('617373', 'AU', '{Australia/Brisbane}'),
('6173748', 'AU', '{Australia/Brisbane}'),
('6173777', 'AU', '{Australia/Brisbane}'),
('61737788', 'AU', '{Australia/Brisbane}'),
('6173811', 'AU', '{Australia/Brisbane}'),
('6173815', 'AU', '{Australia/Brisbane}'),
('6173823', 'AU', '{Australia/Brisbane}'),
('6173828', 'AU', '{Australia/Brisbane}'),
('61738348', 'AU', '{Australia/Brisbane}'),
('61738359', 'AU', '{Australia/Brisbane}'),
('6173887', 'AU', '{Australia/Brisbane}'),
('617389', 'AU', '{Australia/Brisbane}'),
('6173900', 'AU', '{Australia/Brisbane}'),
('6173901', 'AU', '{Australia/Brisbane}'),
('6173904', 'AU', '{Australia/Brisbane}'),
('6173905', 'AU', '{Australia/Brisbane}'),
('6173910', 'AU', '{Australia/Brisbane}'),
('61739110', 'AU', '{Australia/Brisbane}'),
('61739111', 'AU', '{Australia/Brisbane}'),
('61739112', 'AU', '{Australia/Brisbane}'),
('6173914', 'AU', '{Australia/Brisbane}'),
('6173915', 'AU', '{Australia/Brisbane}'),
('61739160', 'AU', '{Australia/Brisbane}'),
('61739161', 'AU', '{Australia/Brisbane}'),
('6173917', 'AU', '{Australia/Brisbane}'),
('6173918', 'AU', '{Australia/Brisbane}'),
('6173922', 'AU', '{Australia/Brisbane}'),
('6173924', 'AU', '{Australia/Brisbane}'),
('61739475', 'AU', '{Australia/Brisbane}'),
('6173999', 'AU', '{Australia/Brisbane}'),
('618510', 'AU', '{Australia/Adelaide,Australia/Perth}'),
('61851001', 'CX', '{Indian/Christmas}'),
('61851002', 'CC', '{Indian/Cocos}'),
('61851030', 'CX', '{Indian/Christmas}'),
('61851031', 'CC', '{Indian/Cocos}'),
('61851059', 'CX', '{Indian/Christmas}'),
('61851060', 'CC', '{Indian/Cocos}'),
('61851087', 'AU', '{Australia/Perth}'),
('61851088', 'CX', '{Indian/Christmas}'),
('61851089', 'CC', '{Indian/Cocos}'),
('6185109', 'AU', '{Australia/Perth}'),
('618511', 'AU', '{Australia/Perth}'),
('61851100', 'AU', '{Australia/Adelaide,Australia/Perth}'),
('61851116', 'AU', '{Australia/Adelaide,Australia/Perth}'),
('61851117', 'CX', '{Indian/Christmas}'),
('61851118', 'CC', '{Indian/Cocos}'),
('61851119', 'AU', '{Australia/Adelaide,Australia/Perth}'),
('6185112', 'AU', '{Australia/Adelaide,Australia/Perth}'),
('6185113', 'AU', '{Australia/Adelaide,Australia/Perth}'),
('61851140', 'AU', '{Australia/Adelaide,Australia/Perth}'),
('61851141', 'AU', '{Australia/Adelaide,Australia/Perth}'),
('61851142', 'AU', '{Australia/Adelaide,Australia/Perth}'),
('61851143', 'AU', '{Australia/Adelaide,Australia/Perth}'),
('61851144', 'AU', '{Australia/Adelaide,Australia/Perth}'),
('61851146', 'CX', '{Indian/Christmas}'),
('61851156', 'AU', '{Australia/Adelaide,Australia/Perth}'),
('61851158', 'AU', '{Australia/Adelaide,Australia/Perth}'),
('61851175', 'CX', '{Indian/Christmas}'),
('61851176', 'CC', '{Indian/Cocos}'),
('61851185', 'AU', '{Australia/Adelaide,Australia/Perth}'),
('61851187', 'AU', '{Australia/Adelaide,Australia/Perth}'),
('6185120', 'AU', '{Australia/Perth}'),
('61851204', 'CX', '{Indian/Christmas}'),
('61851205', 'AU', '{Australia/Sydney}'),
('61851209', 'AU', '{Australia/Adelaide,Australia/Perth}'),
('6185121', 'AU', '{Australia/Adelaide,Australia/Perth}'),
('61851221', 'AU', '{Australia/Adelaide,Australia/Perth}'),
('61851222', 'CX', '{Indian/Christmas}'),
('61851223', 'CC', '{Indian/Cocos}'),
('61851224', 'AU', '{Australia/Perth}'),
('61851225', 'AU', '{Australia/Perth}'),
('61851226', 'AU', '{Australia/Perth}'),
('61851227', 'AU', '{Australia/Adelaide,Australia/Perth}'),
('61851228', 'AU', '{Australia/Adelaide,Australia/Perth}'),
('61851229', 'AU', '{Australia/Adelaide,Australia/Perth}'),
('61851230', 'AU', '{Australia/Sydney}'),
('61851231', 'AU', '{Australia/Adelaide,Australia/Perth}'),
('61851232', 'AU', '{Australia/Sydney}'),
('61851233', 'AU', '{Australia/Sydney}'),
('61851234', 'AU', '{Australia/Sydney}'),
('61851235', 'CX', '{Indian/Christmas}'),
('61851236', 'AU', '{Australia/Adelaide,Australia/Perth}'),
('61851237', 'AU', '{Australia/Adelaide,Australia/Perth}'),
('61851238', 'AU', '{Australia/Adelaide,Australia/Perth}'),
('61851239', 'AU', '{Australia/Adelaide,Australia/Perth}'),
('6185124', 'AU', '{Australia/Sydney}'),
('6185125', 'AU', '{Australia/Sydney}'),
('6185126', 'AU', '{Australia/Sydney}'),
('6185127', 'AU', '{Australia/Adelaide,Australia/Perth}'),
('6185128', 'AU', '{Australia/Adelaide,Australia/Perth}'),
('6185129', 'AU', '{Australia/Adelaide,Australia/Perth}'),
('618513', 'AU', '{Australia/Sydney}'),
('618514', 'AU', '{Australia/Sydney}'),
('61855', 'AU', '{Australia/Adelaide,Australia/Perth}'),
('6186', 'AU', '{Australia/Adelaide,Australia/Perth}'),
('6187', 'AU', '{Australia/Adelaide,Australia/Perth}'),
('6188', 'AU', '{Australia/Adelaide,Australia/Perth}'),
('6189', 'AU', '{Australia/Adelaide,Australia/Perth}'),
('61890393', 'AU', '{Australia/Adelaide,Australia/Eucla,Australia/Perth}'),
('61890395', 'AU', '{Australia/Adelaide,Australia/Eucla,Australia/Perth}'),
('61891006', 'AU', '{Australia/Adelaide,Australia/Perth,Indian/Christmas}'),
('61891007', 'AU', '{Australia/Adelaide,Australia/Perth,Indian/Christmas}'),
('61891008', 'AU', '{Australia/Adelaide,Australia/Perth,Indian/Christmas}'),
('61891009', 'AU', '{Australia/Adelaide,Australia/Perth,Indian/Christmas}'),
('61891010', 'AU', '{Australia/Adelaide,Australia/Perth,Indian/Cocos}'),
('61891011', 'AU', '{Australia/Adelaide,Australia/Perth,Indian/Cocos}'),
('61891012', 'AU', '{Australia/Adelaide,Australia/Perth,Indian/Cocos}'),
('61891029', 'AU', '{Australia/Adelaide,Australia/Perth,Indian/Cocos}'),
('61891122', 'AU', '{Australia/Adelaide,Australia/Perth,Indian/Cocos}'),
('61891149', 'AU', '{Australia/Adelaide,Australia/Perth,Indian/Christmas}'),
('61891150', 'AU', '{Australia/Adelaide,Australia/Perth,Indian/Cocos}'),
('61891178', 'AU', '{Australia/Adelaide,Australia/Perth,Indian/Christmas}'),
('61891179', 'AU', '{Australia/Adelaide,Australia/Perth,Indian/Cocos}'),
('61891181', 'AU', '{Australia/Adelaide,Australia/Perth,Indian/Christmas}'),
('61891182', 'AU', '{Australia/Adelaide,Australia/Perth,Indian/Cocos}'),
('61891209', 'AU', '{Australia/Adelaide,Australia/Perth,Indian/Christmas}'),
('61891210', 'AU', '{Australia/Adelaide,Australia/Perth,Indian/Cocos}'),
('61891263', 'AU', '{Australia/Adelaide,Australia/Perth,Indian/Christmas}'),
('61891264', 'AU', '{Australia/Adelaide,Australia/Perth,Indian/Cocos}'),
('61891308', 'AU', '{Australia/Adelaide,Australia/Perth,Indian/Cocos}'),
('61891312', 'AU', '{Australia/Adelaide,Australia/Perth,Indian/Christmas}'),
('61891322', 'AU', '{Australia/Adelaide,Australia/Perth,Indian/Cocos}'),
('61891326', 'AU', '{Australia/Adelaide,Australia/Perth,Indian/Christmas}'),
('61891368', 'AU', '{Australia/Adelaide,Australia/Perth,Indian/Cocos}'),
('61891375', 'AU', '{Australia/Adelaide,Australia/Perth,Indian/Christmas}'),
('61891428', 'AU', '{Australia/Adelaide,Australia/Perth,Indian/Cocos}'),
('61891456', 'AU', '{Australia/Adelaide,Australia/Perth,Indian/Christmas}'),
('61891497', 'AU', '{Australia/Adelaide,Australia/Perth,Indian/Christmas}'),
('61891498', 'AU', '{Australia/Adelaide,Australia/Perth,Indian/Cocos}'),
('6189162', 'CC', '{Indian/Cocos}'),
('6189164', 'CX', '{Indian/Christmas}'),
('61891700', 'AU', '{Australia/Adelaide,Australia/Perth,Indian/Christmas}'),
('61891701', 'AU', '{Australia/Adelaide,Australia/Perth,Indian/Christmas}'),
('61891702', 'AU', '{Australia/Adelaide,Australia/Perth,Indian/Cocos}'),
('61891703', 'CC', '{Indian/Cocos}'),
('61891710', 'AU', '{Australia/Adelaide,Australia/Perth,Indian/Christmas}'),
('61891711', 'AU', '{Australia/Adelaide,Australia/Perth,Indian/Christmas}'),
('61891712', 'AU', '{Australia/Adelaide,Australia/Perth,Indian/Christmas}'),
('61891958', 'CX', '{Indian/Christmas}'),
('61891959', 'AU', '{Australia/Adelaide,Australia/Perth,Indian/Cocos}'),
('62', 'ID', '{Asia/Jakarta,Asia/Jayapura,Asia/Makassar}'),
('62007', 'ID', '{Asia/Jakarta,Asia/Makassar}'),
('621', 'ID', '{Asia/Jakarta,Asia/Makassar}'),
('622', 'ID', '{Asia/Jakarta}'),
('6231', 'ID', '{Asia/Jakarta}'),
('6232', 'ID', '{Asia/Jakarta}'),
('6233', 'ID', '{Asia/Jakarta}'),
('6234', 'ID', '{Asia/Jakarta}'),
('6235', 'ID', '{Asia/Jakarta}'),
('6236', 'ID', '{Asia/Makassar}'),
('6237', 'ID', '{Asia/Makassar}'),
('62379', 'ID', '{Asia/Jakarta,Asia/Makassar}'),
('6238', 'ID', '{Asia/Makassar}'),
('624', 'ID', '{Asia/Makassar}'),
('62403', 'ID', '{Asia/Jayapura,Asia/Makassar}'),
('62458', 'ID', '{Asia/Jakarta,Asia/Makassar}'),
('62511', 'ID', '{Asia/Makassar}'),
('62512', 'ID', '{Asia/Makassar}'),
('62513', 'ID', '{Asia/Jakarta}'),
('62515', 'ID', '{Asia/Jakarta}'),
('62516', 'ID', '{Asia/Jakarta,Asia/Makassar}'),
('62517', 'ID', '{Asia/Makassar}'),
('62518', 'ID', '{Asia/Makassar}'),
('62519', 'ID', '{Asia/Jakarta}'),
('62522', 'ID', '{Asia/Jakarta}'),
('62525', 'ID', '{Asia/Jakarta}'),
('62526', 'ID', '{Asia/Makassar}'),
('62527', 'ID', '{Asia/Makassar}'),
('62528', 'ID', '{Asia/Jakarta}'),
('6253', 'ID', '{Asia/Jakarta}'),
('62539', 'ID', '{Asia/Jakarta,Asia/Makassar}'),
('6254', 'ID', '{Asia/Makassar}'),
('6255', 'ID', '{Asia/Makassar}'),
('6256', 'ID', '{Asia/Jakarta}'),
('626', 'ID', '{Asia/Jakarta}'),
('627', 'ID', '{Asia/Jakarta}'),
('628', 'ID', '{Asia/Jakarta}'),
('6280', 'ID', '{Asia/Jakarta,Asia/Makassar}'),
('62811', 'ID', '{Asia/Jakarta,Asia/Makassar}'),
('62818', 'ID', '{Asia/Jakarta,Asia/Makassar}'),
('62819', 'ID', '{Asia/Jakarta,Asia/Makassar}'),
('62824', 'ID', '{Asia/Jakarta,Asia/Makassar}'),
('62829', 'ID', '{Asia/Jakarta,Asia/Makassar}'),
('62831', 'ID', '{Asia/Jakarta,Asia/Makassar}'),
('62833', 'ID', '{Asia/Jakarta,Asia/Makassar}'),
('62834', 'ID', '{Asia/Jakarta,Asia/Makassar}'),
('62839', 'ID', '{Asia/Jakarta,Asia/Makassar}'),
('62853', 'ID', '{Asia/Jakarta,Asia/Makassar}'),
('62868', 'ID', '{Asia/Jakarta,Asia/Makassar}'),
('62876', 'ID', '{Asia/Jakarta,Asia/Makassar}'),
('62887', 'ID', '{Asia/Jakarta,Asia/Makassar}'),
('6290', 'ID', '{Asia/Jayapura}'),
('6291', 'ID', '{Asia/Jayapura}'),
('62915', 'ID', '{Asia/Jakarta,Asia/Jayapura}'),
('6292', 'ID', '{Asia/Jayapura}'),
('62920', 'ID', '{Asia/Jakarta}'),
('62951', 'ID', '{Asia/Jayapura}'),
('62952', 'ID', '{Asia/Jakarta,Asia/Jayapura}'),
('62955', 'ID', '{Asia/Jayapura}'),
('62956', 'ID', '{Asia/Jayapura}'),
('62957', 'ID', '{Asia/Jayapura}'),
('62958', 'ID', '{Asia/Jakarta}'),
('62962', 'ID', '{Asia/Jayapura}'),
('62963', 'ID', '{Asia/Jakarta}'),
('62966', 'ID', '{Asia/Jayapura}'),
('62967', 'ID', '{Asia/Jayapura}'),
('62969', 'ID', '{Asia/Jayapura}'),
('62971', 'ID', '{Asia/Jayapura}'),
('62975', 'ID', '{Asia/Jayapura}'),
('62979', 'ID', '{Asia/Jakarta}'),
('6298', 'ID', '{Asia/Jayapura}'),
('63', 'PH', '{Asia/Manila}'),
('64', 'NZ', '{Pacific/Auckland,Pacific/Chatham}'),
('641', 'NZ', '{Pacific/Auckland}'),
('642', 'NZ', '{Pacific/Auckland}'),
('643', 'NZ', '{Pacific/Auckland}'),
('64330', 'NZ', '{Pacific/Chatham}'),
('644', 'NZ', '{Pacific/Auckland}'),
('645', 'NZ', '{Pacific/Auckland}'),
('646', 'NZ', '{Pacific/Auckland}'),
('647', 'NZ', '{Pacific/Auckland}'),
('648', 'NZ', '{Pacific/Auckland}'),
('649', 'NZ', '{Pacific/Auckland}'),
('65', 'SG', '{Asia/Singapore}'),
('66', 'TH', '{Asia/Bangkok}'),
('670', 'TL', '{Asia/Dili}'),
('672', 'NF', '{Pacific/Norfolk}'),
('673', 'BN', '{Asia/Brunei}'),
('674', 'NR', '{Pacific/Nauru}'),
('675', 'PG', '{Pacific/Port_Moresby}'),
('676', 'TO', '{Pacific/Tongatapu}'),
('677', 'SB', '{Pacific/Guadalcanal}'),
('678', 'VU', '{Pacific/Efate}'),
('679', 'FJ', '{Pacific/Fiji}'),
('680', 'PW', '{Pacific/Palau}'),
('681', 'WF', '{Pacific/Wallis}'),
('682', 'CK', '{Pacific/Rarotonga}'),
('683', 'NU', '{Pacific/Niue}'),
('685', 'WS', '{Pacific/Apia}'),
('686', 'KI', '{Pacific/Kanton,Pacific/Kiritimati,Pacific/Tarawa}'),
('687', 'NC', '{Pacific/Noumea}'),
('688', 'TV', '{Pacific/Funafuti}'),
('689', 'PF', '{Pacific/Gambier,Pacific/Marquesas,Pacific/Tahiti}'),
('6894', 'PF', '{Pacific/Tahiti}'),
('68988', 'PF', '{Pacific/Tahiti}'),
('68989', 'PF', '{Pacific/Tahiti}'),
('690', 'TK', '{Pacific/Fakaofo}'),
('691', 'FM', '{Pacific/Chuuk,Pacific/Kosrae,Pacific/Pohnpei}'),
('6913', 'FM', '{Pacific/Chuuk}'),
('69132', 'FM', '{Pacific/Pohnpei}'),
('69137', 'FM', '{Pacific/Kosrae}'),
('691920', 'FM', '{Pacific/Pohnpei}'),
('691921', 'FM', '{Pacific/Pohnpei}'),
('691924', 'FM', '{Pacific/Pohnpei}'),
('691926', 'FM', '{Pacific/Pohnpei}'),
('691933', 'FM', '{Pacific/Chuuk}'),
('692', 'MH', '{Pacific/Majuro}'),
('7', 'RU', '{Asia/Almaty,Asia/Anadyr,Asia/Aqtobe,Asia/Irkutsk,Asia/Kamchatka,Asia/Krasnoyarsk,Asia/Magadan,Asia/Novosibirsk,Asia/Omsk,Asia/Sakhalin,Asia/Vladivostok,Asia/Yakutsk,Asia/Yekaterinburg,Europe/Bucharest,Europe/Moscow,Europe/Samara}'),
('7301', 'RU', '{Asia/Irkutsk}'),
('7302', 'RU', '{Asia/Yakutsk}'),
('733', 'RU', '{Asia/Yekaterinburg}'),
('734', 'RU', '{Asia/Yekaterinburg}'),
('7341', 'RU', '{Europe/Samara}'),
('735', 'RU', '{Asia/Yekaterinburg}'),
('736', 'RU', '{Europe/Moscow}'),
('7381', 'RU', '{Asia/Omsk}'),
('7382', 'RU', '{Asia/Novosibirsk}'),
('7383', 'RU', '{Asia/Novosibirsk}'),
('7384', 'RU', '{Asia/Krasnoyarsk}'),
('7385', 'RU', '{Asia/Krasnoyarsk}'),
('7388', 'RU', '{Asia/Krasnoyarsk}'),
('7390', 'RU', '{Asia/Krasnoyarsk}'),
('7391', 'RU', '{Asia/Krasnoyarsk}'),
('7394', 'RU', '{Asia/Krasnoyarsk}'),
('7395', 'RU', '{Asia/Irkutsk}'),
('740', 'RU', '{Europe/Kaliningrad}'),
('7411', 'RU', '{Asia/Yakutsk}'),
('7413', 'RU', '{Asia/Magadan}'),
('7415', 'RU', '{Asia/Kamchatka}'),
('7416', 'RU', '{Asia/Yakutsk}'),
('7421', 'RU', '{Asia/Vladivostok}'),
('7423', 'RU', '{Asia/Vladivostok}'),
('7424', 'RU', '{Asia/Sakhalin}'),
('7426', 'RU', '{Asia/Vladivostok}'),
('7427', 'RU', '{Asia/Anadyr}'),
('747', 'RU', '{Europe/Moscow}'),
('748', 'RU', '{Europe/Moscow}'),
('749', 'RU', '{Europe/Moscow}'),
('77', 'KZ', '{Asia/Almaty,Asia/Aqtobe}'),
('771', 'KZ', '{Asia/Almaty}'),
('7711', 'KZ', '{Asia/Aqtobe}'),
('7712', 'KZ', '{Asia/Aqtobe}'),
('7713', 'KZ', '{Asia/Aqtobe}'),
('772', 'KZ', '{Asia/Almaty}'),
('7729', 'KZ', '{Asia/Aqtobe}'),
('779', 'KZ', '{Asia/Almaty}'),
('7800', 'RU', '{Asia/Almaty,Asia/Aqtobe,Europe/Moscow}'),
('7803', 'RU', '{Europe/Moscow}'),
('7804', 'RU', '{Europe/Moscow}'),
('7808', 'RU', '{Asia/Almaty,Asia/Aqtobe,Europe/Moscow}'),
('7809', 'RU', '{Asia/Almaty,Asia/Aqtobe,Europe/Moscow}'),
('781', 'RU', '{Europe/Moscow}'),
('7810', 'RU', '{Asia/Almaty,Asia/Aqtobe,Europe/Moscow}'),
('782', 'RU', '{Europe/Moscow}'),
('783', 'RU', '{Europe/Moscow}'),
('7840', 'RU', '{Europe/Bucharest,Europe/Moscow}'),
('7841', 'RU', '{Europe/Moscow}'),
('7842', 'RU', '{Europe/Samara}'),
('7843', 'RU', '{Europe/Moscow}'),
('7844', 'RU', '{Europe/Moscow}'),
('7845', 'RU', '{Europe/Moscow}'),
('7846', 'RU', '{Europe/Samara}'),
('7847', 'RU', '{Europe/Moscow}'),
('7848', 'RU', '{Europe/Samara}'),
('7851', 'RU', '{Europe/Samara}'),
('7855', 'RU', '{Europe/Moscow}'),
('7856', 'RU', '{Europe/Moscow}'),
('7857', 'RU', '{Europe/Moscow}'),
('786', 'RU', '{Europe/Moscow}'),
('787', 'RU', '{Europe/Moscow}'),
('79', 'RU', '{Europe/Moscow}'),
('81', 'JP', '{Asia/Tokyo}'),
('82', 'KR', '{Asia/Seoul}'),
('84', 'VN', '{Asia/Ho_Chi_Minh}'),
('850', 'KP', '{Asia/Seoul}'),
('852', 'HK', '{Asia/Hong_Kong}'),
('853', 'MO', '{Asia/Shanghai}'),
('855', 'KH', '{Asia/Phnom_Penh}'),
('856', 'LA', '{Asia/Vientiane}'),
('86', 'CN', '{Asia/Shanghai}'),
('880', 'BD', '{Asia/Dhaka}'),
('886', 'TW', '{Asia/Taipei}'),
('90', 'TR', '{Europe/Istanbul}'),
('91', 'IN', '{Asia/Kolkata}'),
('92', 'PK', '{Asia/Karachi}'),
('93', 'AF', '{Asia/Kabul}'),
('94', 'LK', '{Asia/Colombo}'),
('95', 'MM', '{Asia/Yangon}'),
('960', 'MV', '{Indian/Maldives}'),
('961', 'LB', '{Asia/Beirut}'),
('962', 'JO', '{Asia/Amman}'),
('963', 'SY', '{Asia/Damascus}'),
('964', 'IQ', '{Asia/Baghdad}'),
('965', 'KW', '{Asia/Kuwait}'),
('966', 'SA', '{Asia/Riyadh}'),
('967', 'YE', '{Asia/Aden}'),
('968', 'OM', '{Asia/Muscat}'),
('970', 'PS', '{Asia/Gaza,Asia/Hebron}'),
('971', 'AE', '{Asia/Dubai}'),
('972', 'IL', '{Asia/Jerusalem}'),
('973', 'BH', '{Asia/Bahrain}'),
('974', 'QA', '{Asia/Qatar}'),
('975', 'BT', '{Asia/Thimphu}'),
('976', 'MN', '{Asia/Hovd,Asia/Ulaanbaatar}'),
('97611', 'MN', '{Asia/Ulaanbaatar}'),
('97612', 'MN', '{Asia/Ulaanbaatar}'),
('97613', 'MN', '{Asia/Ulaanbaatar}'),
('97614', 'MN', '{Asia/Hovd}'),
('97615', 'MN', '{Asia/Ulaanbaatar}'),
('97621', 'MN', '{Asia/Ulaanbaatar}'),
('97622', 'MN', '{Asia/Ulaanbaatar}'),
('97623', 'MN', '{Asia/Ulaanbaatar}'),
('97624', 'MN', '{Asia/Hovd}'),
('97625', 'MN', '{Asia/Ulaanbaatar}'),
('97626', 'MN', '{Asia/Ulaanbaatar}'),
('9765', 'MN', '{Asia/Ulaanbaatar}'),
('9766', 'MN', '{Asia/Ulaanbaatar}'),
('9767', 'MN', '{Asia/Ulaanbaatar}'),
('9768', 'MN', '{Asia/Ulaanbaatar}'),
('9769', 'MN', '{Asia/Ulaanbaatar}'),
('977', 'NP', '{Asia/Kathmandu}'),
('98', 'IR', '{Asia/Tehran}'),
('992', 'TJ', '{Asia/Dushanbe}'),
('993', 'TM', '{Asia/Ashgabat}'),
('994', 'AZ', '{Asia/Baku}'),
('995', 'GE', '{Asia/Tbilisi}'),
('996', 'KG', '{Asia/Bishkek}'),
('998', 'UZ', '{Asia/Tashkent}');
-- END builtin_regions

CREATE TABLE opt_consent.regions (
	prefix text PRIMARY KEY CHECK (prefix ~ '^[0-9]{1,15}$'),
	region text CHECK (region ~ '^[A-Z]{2}(-[A-Z0-9]{1,3})?$'),
	timezones text[] CHECK (timezones IS NULL OR
		(pg_catalog.cardinality(timezones) BETWEEN 1 AND 16 AND opt_consent.valid_timezones(timezones)))
);
COMMENT ON TABLE opt_consent.regions IS 'your prefixes -> region and time zones; your longest match wins over builtin_regions when at least as long as the built-in area or calling code';
SELECT pg_catalog.pg_extension_config_dump('opt_consent.regions', '');

-- The laws (SPEC 10); the README says how each was read.  Built-in rows
-- apply to solicitation categories only.
CREATE TABLE opt_consent.builtin_quiet_hours (
	region text NOT NULL,
	category text NOT NULL,
	days integer[] NOT NULL,
	allowed_from time NOT NULL,
	allowed_until time NOT NULL,
	citation text NOT NULL,
	effective date NOT NULL,
	PRIMARY KEY (region, category, days)
);
COMMENT ON TABLE opt_consent.builtin_quiet_hours IS 'the hours at which telemarketing texts may go out, recipient-local, by law';
INSERT INTO opt_consent.builtin_quiet_hours VALUES
	('US', 'solicitation', '{1,2,3,4,5,6,7}', '08:00', '21:00',
	 '47 CFR 64.1200(c)(1) (TCPA rules, FCC 92-443)', '1992-12-20'),
	('US-FL', 'solicitation', '{1,2,3,4,5,6,7}', '08:00', '20:00',
	 'Fla. Stat. 501.616(6)(a) (as amended by Laws of Fla. ch. 2021-185, CS/SB 1120)', '2021-07-01'),
	('US-OK', 'solicitation', '{1,2,3,4,5,6,7}', '08:00', '20:00',
	 '15 O.S. 775C.4 (Oklahoma Telephone Solicitation Act of 2022, HB 3168)', '2022-11-01'),
	('US-MD', 'solicitation', '{1,2,3,4,5,6,7}', '08:00', '20:00',
	 'Md. Code, Com. Law 14-4501 et seq. (Stop the Spam Calls Act of 2023, SB 90, ch. 413)', '2024-01-01'),
	('US-WA', 'solicitation', '{1,2,3,4,5,6,7}', '08:00', '20:00',
	 'RCW 19.158.040(2); RCW 80.36.390 (as amended by ESHB 1497, 2022)', '2022-06-09'),
	('US-CT', 'solicitation', '{1,2,3,4,5,6,7}', '09:00', '20:00',
	 'Conn. Gen. Stat. 42-288a (as amended by P.A. 23-98, SB 1058)', '2023-10-01'),
	('US-TX', 'solicitation', '{1,2,3,4,5,6}', '09:00', '21:00',
	 'Tex. Bus. & Com. Code 301.051 (texts: SB 140, 89th Leg., 2025)', '2025-09-01'),
	('US-TX', 'solicitation', '{7}', '12:00', '21:00',
	 'Tex. Bus. & Com. Code 301.051 (texts: SB 140, 89th Leg., 2025)', '2025-09-01');

CREATE TABLE opt_consent.builtin_caps (
	region text NOT NULL,
	category text NOT NULL,
	max_messages integer NOT NULL,
	per interval NOT NULL,
	citation text NOT NULL,
	effective date NOT NULL,
	PRIMARY KEY (region, category, per)
);
COMMENT ON TABLE opt_consent.builtin_caps IS 'how many telemarketing texts a person may get, by law (counted per category: "the same subject")';
INSERT INTO opt_consent.builtin_caps VALUES
	('US-FL', 'solicitation', 3, '24 hours',
	 'Fla. Stat. 501.616(6)(b) (as amended by Laws of Fla. ch. 2021-185, CS/SB 1120)', '2021-07-01'),
	('US-OK', 'solicitation', 3, '24 hours',
	 '15 O.S. 775C.4 (Oklahoma Telephone Solicitation Act of 2022, HB 3168)', '2022-11-01'),
	('US-MD', 'solicitation', 3, '24 hours',
	 'Md. Code, Com. Law 14-4501 et seq. (Stop the Spam Calls Act of 2023, SB 90, ch. 413)', '2024-01-01');

-- The built-in tables are read-only, as builtin_keywords is (the hint
-- names the table that overrides them)
CREATE OR REPLACE FUNCTION opt_consent.reject_write() RETURNS trigger
LANGUAGE plpgsql SET search_path = pg_catalog, pg_temp AS $$
BEGIN
	RAISE EXCEPTION 'opt_consent.% is read-only', TG_TABLE_NAME
		USING ERRCODE = '42501',
			  HINT = CASE WHEN TG_NARGS > 0 THEN TG_ARGV[0]
						  ELSE 'Add or override keywords in opt_consent.keywords.' END;
END
$$;
CREATE TRIGGER builtin_regions_read_only
	BEFORE INSERT OR UPDATE OR DELETE OR TRUNCATE ON opt_consent.builtin_regions
	FOR EACH STATEMENT
	EXECUTE FUNCTION opt_consent.reject_write('Add or override prefixes in opt_consent.regions.');
CREATE TRIGGER builtin_quiet_hours_read_only
	BEFORE INSERT OR UPDATE OR DELETE OR TRUNCATE ON opt_consent.builtin_quiet_hours
	FOR EACH STATEMENT
	EXECUTE FUNCTION opt_consent.reject_write('Add your own windows in opt_consent.quiet_hours.');
CREATE TRIGGER builtin_caps_read_only
	BEFORE INSERT OR UPDATE OR DELETE OR TRUNCATE ON opt_consent.builtin_caps
	FOR EACH STATEMENT
	EXECUTE FUNCTION opt_consent.reject_write('Add your own caps in opt_consent.caps.');

-- Your rules: region 'US', 'US-FL' or '*'; category an id, '*' or
-- 'solicitation' (every category flagged so)
CREATE TABLE opt_consent.quiet_hours (
	region text NOT NULL DEFAULT '*'
		CHECK (region = '*' OR region ~ '^[A-Z]{2}(-[A-Z0-9]{1,3})?$'),
	category text NOT NULL DEFAULT '*',
	days integer[] NOT NULL DEFAULT '{1,2,3,4,5,6,7}'
		CHECK (pg_catalog.cardinality(days) > 0 AND days <@ '{1,2,3,4,5,6,7}'::integer[]),
	allowed_from time NOT NULL,
	allowed_until time NOT NULL,
	-- a category id must be registered (23503); '*' and 'solicitation' are
	-- not ids.  A foreign key, so that pg_dump restores categories first.
	registered_category text GENERATED ALWAYS AS
		(CASE WHEN category NOT IN ('*', 'solicitation') THEN category END) STORED
		REFERENCES opt_consent.categories (id),
	PRIMARY KEY (region, category, days)
);
COMMENT ON TABLE opt_consent.quiet_hours IS 'your windows: sends allowed from allowed_from until allowed_until, recipient-local, on days (1 = Monday)';
SELECT pg_catalog.pg_extension_config_dump('opt_consent.quiet_hours', '');

CREATE TABLE opt_consent.caps (
	region text NOT NULL DEFAULT '*'
		CHECK (region = '*' OR region ~ '^[A-Z]{2}(-[A-Z0-9]{1,3})?$'),
	category text NOT NULL DEFAULT '*',
	max_messages integer NOT NULL CHECK (max_messages BETWEEN 1 AND 1000),
	per interval NOT NULL
		CHECK (per > '0' AND per <= '31 days' AND pg_catalog.date_part('month', per) = 0
			   AND pg_catalog.date_part('year', per) = 0),
	registered_category text GENERATED ALWAYS AS
		(CASE WHEN category NOT IN ('*', 'solicitation') THEN category END) STORED
		REFERENCES opt_consent.categories (id),
	PRIMARY KEY (region, category, per)
);
COMMENT ON TABLE opt_consent.caps IS 'your frequency caps: at most max_messages per interval per recipient and category';
SELECT pg_catalog.pg_extension_config_dump('opt_consent.caps', '');

-- The sends that caps count, kept while a cap can look at them
CREATE TABLE opt_consent.cap_sends (
	recipient opt_consent.e164 NOT NULL,
	category text NOT NULL,
	sent_at timestamptz NOT NULL
);
COMMENT ON TABLE opt_consent.cap_sends IS 'sends counted by frequency caps (written by the enforcement trigger; pruned when no cap can count them)';
CREATE INDEX cap_sends_key_idx ON opt_consent.cap_sends (recipient, category, sent_at);
CREATE INDEX cap_sends_sent_at_idx ON opt_consent.cap_sends (sent_at);
SELECT pg_catalog.pg_extension_config_dump('opt_consent.cap_sends', '');

-- a change to the rules reaches every backend's cache (ALWAYS: also on a
-- spoke, where the apply worker writes them)
DO $$
DECLARE
	t text;
BEGIN
	FOREACH t IN ARRAY ARRAY['regions', 'builtin_regions', 'quiet_hours', 'builtin_quiet_hours',
							 'caps', 'builtin_caps']
	LOOP
		EXECUTE pg_catalog.format(
			'CREATE TRIGGER %I AFTER INSERT OR UPDATE OR DELETE ON opt_consent.%I '
			'FOR EACH ROW EXECUTE FUNCTION opt_consent.invalidate_cache()', t || '_invalidate', t);
		EXECUTE pg_catalog.format(
			'CREATE TRIGGER %I AFTER TRUNCATE ON opt_consent.%I '
			'FOR EACH STATEMENT EXECUTE FUNCTION opt_consent.invalidate_cache()',
			t || '_invalidate_truncate', t);
		EXECUTE pg_catalog.format('ALTER TABLE opt_consent.%I ENABLE ALWAYS TRIGGER %I',
								  t, t || '_invalidate');
		EXECUTE pg_catalog.format('ALTER TABLE opt_consent.%I ENABLE ALWAYS TRIGGER %I',
								  t, t || '_invalidate_truncate');
	END LOOP;
	-- the rules come from the hub on a spoke
	FOREACH t IN ARRAY ARRAY['regions', 'quiet_hours', 'caps']
	LOOP
		EXECUTE pg_catalog.format(
			'CREATE TRIGGER %I BEFORE INSERT OR UPDATE OR DELETE OR TRUNCATE ON opt_consent.%I '
			'FOR EACH STATEMENT EXECUTE FUNCTION opt_consent.refuse_spoke_writes()',
			t || '_spoke_guard', t);
	END LOOP;
END
$$;


CREATE FUNCTION opt_consent.region(recipient opt_consent.e164) RETURNS text
	AS 'MODULE_PATHNAME', 'region_of'
	LANGUAGE C STABLE PARALLEL RESTRICTED;
CREATE FUNCTION opt_consent.timezones(recipient opt_consent.e164) RETURNS text[]
	AS 'MODULE_PATHNAME', 'timezones_of'
	LANGUAGE C STABLE PARALLEL RESTRICTED;
CREATE FUNCTION opt_consent.next_allowed(recipient opt_consent.e164, category text DEFAULT NULL,
	at timestamptz DEFAULT now(), region text DEFAULT NULL, timezone text DEFAULT NULL)
	RETURNS timestamptz
	AS 'MODULE_PATHNAME', 'next_allowed'
	LANGUAGE C STABLE PARALLEL RESTRICTED;

------------------------------------------------------------------------------
-- The shared-memory fast path (opt_consent in shared_preload_libraries)
------------------------------------------------------------------------------

-- Every suppression written sets its recipient's bits in the filter, also
-- when the apply worker of a spoke or a session in replica mode writes it
-- (ENABLE ALWAYS).  AFTER ROW: the row as stored, before any commit.
CREATE FUNCTION opt_consent.filter_add() RETURNS trigger
	AS 'MODULE_PATHNAME', 'filter_add' LANGUAGE C;
REVOKE ALL ON FUNCTION opt_consent.filter_add() FROM PUBLIC;
CREATE TRIGGER suppressions_filter AFTER INSERT OR UPDATE ON opt_consent.suppressions
	FOR EACH ROW EXECUTE FUNCTION opt_consent.filter_add();
ALTER TABLE opt_consent.suppressions ENABLE ALWAYS TRIGGER suppressions_filter;

CREATE FUNCTION opt_consent.filter_status(OUT enabled boolean, OUT state text, OUT bytes bigint,
	OUT keys_built bigint, OUT keys_added bigint, OUT estimated_fpr double precision,
	OUT built_at timestamptz, OUT build_ms double precision, OUT rebuilding boolean)
	RETURNS record
	AS 'MODULE_PATHNAME', 'filter_status' LANGUAGE C VOLATILE;
REVOKE ALL ON FUNCTION opt_consent.filter_status() FROM PUBLIC;
CREATE FUNCTION opt_consent.filter_rebuild() RETURNS bigint
	AS 'MODULE_PATHNAME', 'filter_rebuild' LANGUAGE C VOLATILE;
REVOKE ALL ON FUNCTION opt_consent.filter_rebuild() FROM PUBLIC;
CREATE FUNCTION opt_consent.filter_probe(recipient opt_consent.e164) RETURNS text
	AS 'MODULE_PATHNAME', 'filter_probe' LANGUAGE C VOLATILE;
REVOKE ALL ON FUNCTION opt_consent.filter_probe(opt_consent.e164) FROM PUBLIC;

------------------------------------------------------------------------------
-- The grants of the functions replaced above (new signatures), copied to
-- the new ones here, at the end: they are the database's own, not the
-- extension's initial privileges (pg_dump dumps only what differs from
-- those), so pg_init_privs is set back to what a fresh install records
------------------------------------------------------------------------------
CREATE TEMPORARY TABLE opt_consent_init_privs AS
	SELECT i.objoid, i.initprivs FROM pg_catalog.pg_init_privs i
	 WHERE i.classoid = 'pg_catalog.pg_proc'::pg_catalog.regclass AND i.objsubid = 0
	   AND i.objoid IN (SELECT p.oid FROM pg_catalog.pg_proc p
						 WHERE p.pronamespace = 'opt_consent'::pg_catalog.regnamespace);
DO $$
DECLARE
	r record;
BEGIN
	FOR r IN
		SELECT 'opt_consent.protect(regclass, name, name, name, name, text, name, name, text, name, text, text, name, name, name, name, text)' AS fn,
			   g.grantee, g.is_grantable
		  FROM opt_consent_protect_grants g
		UNION ALL
		SELECT 'opt_consent.handle_inbound(text, text, text, text, text, text, text, text)',
			   g.grantee, g.is_grantable
		  FROM opt_consent_inbound_grants g
		UNION ALL
		SELECT CASE g.proname
				WHEN 'opt_out' THEN 'opt_consent.opt_out(opt_consent.e164, text, text, text, text, text)'
				WHEN 'opt_in' THEN 'opt_consent.opt_in(opt_consent.e164, text, text, text, text)'
				ELSE 'opt_consent.grant_consent(opt_consent.e164, text, text, text, text, timestamptz, text)' END,
			   g.grantee, g.is_grantable
		  FROM opt_consent_category_grants g
	LOOP
		EXECUTE pg_catalog.format('GRANT EXECUTE ON FUNCTION %s TO %s%s', r.fn,
			CASE WHEN r.grantee = 0 THEN 'PUBLIC'
				 ELSE pg_catalog.quote_ident(pg_catalog.pg_get_userbyid(r.grantee)) END,
			CASE WHEN r.is_grantable THEN ' WITH GRANT OPTION' ELSE '' END);
	END LOOP;
END
$$;
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
UPDATE pg_catalog.pg_init_privs i SET initprivs = t.initprivs
  FROM opt_consent_init_privs t
 WHERE i.objoid = t.objoid AND i.classoid = 'pg_catalog.pg_proc'::pg_catalog.regclass
   AND i.objsubid = 0;
DELETE FROM pg_catalog.pg_init_privs i
 WHERE i.classoid = 'pg_catalog.pg_proc'::pg_catalog.regclass AND i.objsubid = 0
   AND i.objoid IN (SELECT p.oid FROM pg_catalog.pg_proc p
					 WHERE p.pronamespace = 'opt_consent'::pg_catalog.regnamespace)
   AND NOT EXISTS (SELECT FROM opt_consent_init_privs t WHERE t.objoid = i.objoid);
-- (17 and later track the roles named in pg_init_privs in pg_shdepend: the
-- entries of roles no longer named go too, or DROP ROLE would be refused)
DELETE FROM pg_catalog.pg_shdepend d
 WHERE d.deptype = 'i'
   AND d.dbid = (SELECT db.oid FROM pg_catalog.pg_database db
				  WHERE db.datname = pg_catalog.current_database())
   AND d.classid = 'pg_catalog.pg_proc'::pg_catalog.regclass AND d.objsubid = 0
   AND d.objid IN (SELECT p.oid FROM pg_catalog.pg_proc p
					WHERE p.pronamespace = 'opt_consent'::pg_catalog.regnamespace)
   AND NOT EXISTS (SELECT FROM pg_catalog.pg_init_privs i, pg_catalog.aclexplode(i.initprivs) a
					WHERE i.objoid = d.objid AND i.classoid = d.classid AND i.objsubid = 0
					  AND d.refobjid IN (a.grantee, a.grantor));
DROP TABLE opt_consent_init_privs;
DROP TABLE opt_consent_protect_grants;
DROP TABLE opt_consent_inbound_grants;
DROP TABLE opt_consent_category_grants;
DROP TABLE opt_consent_lookup_acl;

-- The tables listed in protected_tables by this update whose owner may not
-- call protect() (asked now that the grants on it are back): their trigger,
-- opt_consent_enforce, may have been made by hand by the owner (enforce()
-- was PUBLIC), so they are named, for the DBA to take out those that
-- protect() did not make
DO $$
DECLARE
	r record;
BEGIN
	FOR r IN
		SELECT t.schema_name, t.table_name, t.owner_name
		  FROM opt_consent.protected_tables t
		 WHERE t.protected_by = 'ALTER EXTENSION opt_consent UPDATE'
		   AND NOT EXISTS (SELECT FROM pg_catalog.pg_proc p, pg_catalog.pg_roles o
							WHERE p.pronamespace = 'opt_consent'::pg_catalog.regnamespace
							  AND p.proname = 'protect' AND o.rolname = t.owner_name
							  AND (o.rolsuper OR pg_catalog.has_function_privilege(o.oid, p.oid, 'EXECUTE')))
		 ORDER BY 1, 2
	LOOP
		RAISE WARNING 'the sends of table %.% (owner %) now count toward frequency caps',
			pg_catalog.quote_ident(r.schema_name), pg_catalog.quote_ident(r.table_name),
			pg_catalog.quote_ident(r.owner_name)
			USING DETAIL = 'Its trigger opt_consent_enforce is taken for one that opt_consent.protect() made; its owner may not call protect(), and could have made it by hand.',
				  HINT = pg_catalog.format('If protect() did not make it, take it out: DELETE FROM opt_consent.protected_tables WHERE schema_name = %L AND table_name = %L',
										   r.schema_name, r.table_name);
	END LOOP;
END
$$;
