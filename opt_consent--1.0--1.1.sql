/* opt_consent--1.0--1.1.sql: consent evidence (SPEC 8) */

-- complain if script is sourced in psql, rather than via ALTER EXTENSION
\echo Use "ALTER EXTENSION opt_consent UPDATE TO '1.1'" to load this file. \quit

-- Scopes that require recorded consent before any send
ALTER TABLE opt_consent.scopes ADD COLUMN require_consent boolean NOT NULL DEFAULT false;

-- Recorded consent (dumped)
CREATE TABLE opt_consent.consents (
	recipient opt_consent.e164 NOT NULL,
	scope text NOT NULL,
	channel text NOT NULL DEFAULT 'sms',
	method text NOT NULL DEFAULT 'api',
	evidence text,
	granted_at timestamptz NOT NULL,
	expires_at timestamptz,
	event_id bigint,
	PRIMARY KEY (recipient, scope, channel),
	CONSTRAINT consents_scope_check CHECK (scope <> ''),
	CONSTRAINT consents_channel_check
		CHECK (channel ~ '^[a-z][a-z0-9_]{0,31}$' AND channel NOT IN ('mms', 'rcs', 'call'))
);
COMMENT ON TABLE opt_consent.consents IS 'recorded consent (opt-in evidence) per recipient, scope and channel';
SELECT pg_catalog.pg_extension_config_dump('opt_consent.consents', '');

CREATE FUNCTION opt_consent.consents_normalize() RETURNS trigger
LANGUAGE plpgsql SET search_path = pg_catalog, pg_temp AS $$
BEGIN
	NEW.scope := opt_consent.canonical_scope(NEW.scope);
	NEW.channel := opt_consent.channel_family(NEW.channel);
	RETURN NEW;
END
$$;
CREATE TRIGGER consents_normalize
	BEFORE INSERT OR UPDATE ON opt_consent.consents
	FOR EACH ROW EXECUTE FUNCTION opt_consent.consents_normalize();
ALTER TABLE opt_consent.consents ENABLE ALWAYS TRIGGER consents_normalize;

-- A reassigned number is a suppression of kind 'reassigned' (scope '*',
-- channel 'all', since = the disconnection date), so that the one probe of
-- a send finds it; a consent granted since lifts it.
ALTER TABLE opt_consent.suppressions DROP CONSTRAINT suppressions_kind_check;
ALTER TABLE opt_consent.suppressions ADD CONSTRAINT suppressions_kind_check
	CHECK (kind IN ('opt_out', 'dnd', 'reassigned'));
-- When the one confirmation of an opt-out was sent (FCC)
ALTER TABLE opt_consent.suppressions ADD COLUMN confirmed_at timestamptz;

-- New ledger actions
ALTER TABLE opt_consent.events DROP CONSTRAINT events_action_check;
ALTER TABLE opt_consent.events ADD CONSTRAINT events_action_check
	CHECK (action IN ('opt_out', 'opt_in', 'dnd_on', 'dnd_off', 'help', 'consent', 'reassigned'));

-- grant_consent: ledger action 'consent'; a repeat refreshes granted_at
CREATE FUNCTION opt_consent.grant_consent(recipient opt_consent.e164, scope text,
	channel text DEFAULT 'sms', method text DEFAULT 'api', evidence text DEFAULT NULL,
	expires_at timestamptz DEFAULT NULL)
	RETURNS bigint
LANGUAGE plpgsql SECURITY DEFINER SET search_path = pg_catalog, opt_consent, pg_temp AS $$
#variable_conflict use_variable
DECLARE
	v_scope text := opt_consent.canonical_scope(coalesce(scope, '*'));
	v_channel text := opt_consent.channel_family(coalesce(channel, 'sms'));
	v_method text := coalesce(method, 'api');
	v_event bigint;
BEGIN
	IF recipient IS NULL THEN
		RAISE EXCEPTION 'recipient must not be null' USING ERRCODE = '22004';
	END IF;
	PERFORM pg_catalog.pg_advisory_xact_lock(1869640053, pg_catalog.hashtext(recipient::text));
	INSERT INTO opt_consent.events (recipient, scope, channel, action, body, source, actor)
		VALUES (recipient, v_scope, v_channel, 'consent', evidence, v_method,
				opt_consent.calling_role())
		RETURNING id INTO v_event;
	INSERT INTO opt_consent.consents AS c (recipient, scope, channel, method, evidence, granted_at, expires_at, event_id)
		VALUES (recipient, v_scope, v_channel, v_method, evidence, now(), expires_at, v_event)
		ON CONFLICT ON CONSTRAINT consents_pkey DO UPDATE
		SET method = EXCLUDED.method, evidence = EXCLUDED.evidence,
			granted_at = EXCLUDED.granted_at, expires_at = EXCLUDED.expires_at,
			event_id = EXCLUDED.event_id;
	RETURN v_event;
END
$$;
REVOKE ALL ON FUNCTION opt_consent.grant_consent(opt_consent.e164, text, text, text, text, timestamptz) FROM PUBLIC;

-- mark_reassigned: the number changed hands after disconnected_on
CREATE FUNCTION opt_consent.mark_reassigned(recipient opt_consent.e164, disconnected_on date)
	RETURNS bigint
LANGUAGE plpgsql SECURITY DEFINER SET search_path = pg_catalog, opt_consent, pg_temp AS $$
#variable_conflict use_variable
DECLARE
	-- the date is read in UTC: consents granted from its midnight UTC count
	v_since timestamptz := (disconnected_on::timestamp AT TIME ZONE 'UTC');
	v_event bigint;
BEGIN
	IF recipient IS NULL OR disconnected_on IS NULL THEN
		RAISE EXCEPTION 'recipient and disconnected_on must not be null' USING ERRCODE = '22004';
	END IF;
	IF disconnected_on = 'infinity'::date OR disconnected_on = '-infinity'::date THEN
		RAISE EXCEPTION 'disconnected_on must be a date, not %', disconnected_on
			USING ERRCODE = '22023';
	END IF;
	PERFORM pg_catalog.pg_advisory_xact_lock(1869640053, pg_catalog.hashtext(recipient::text));
	INSERT INTO opt_consent.events (recipient, scope, channel, action, body, source, actor)
		VALUES (recipient, '*', 'all', 'reassigned', disconnected_on::text, 'api',
				opt_consent.calling_role())
		RETURNING id INTO v_event;
	-- the latest disconnection counts
	INSERT INTO opt_consent.suppressions AS s (recipient, scope, channel, kind, source, since, event_id)
		VALUES (recipient, '*', 'all', 'reassigned', 'reassigned', v_since, v_event)
		ON CONFLICT ON CONSTRAINT suppressions_pkey DO UPDATE
		SET since = EXCLUDED.since, event_id = EXCLUDED.event_id
		WHERE s.since < EXCLUDED.since;
	RETURN v_event;
END
$$;
REVOKE ALL ON FUNCTION opt_consent.mark_reassigned(opt_consent.e164, date) FROM PUBLIC;

-- handle_inbound: an opt-in keyword also records consent (method 'keyword')
CREATE OR REPLACE FUNCTION opt_consent.handle_inbound(contact text, sender text, body text,
	service text DEFAULT NULL, channel text DEFAULT 'sms', message_id text DEFAULT NULL,
	mode text DEFAULT 'exact')
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
	v_record_at text;
	v_target text;
	v_event bigint;
BEGIN
	IF contact IS NULL THEN
		RAISE EXCEPTION 'contact must not be null' USING ERRCODE = '22004';
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

	v_match := opt_consent.match_inbound(body, v_sender, v_service, mode);
	IF v_match.class = 'none' THEN
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

	IF v_match.class = 'opt_out' THEN
		v_target := v_record_at;
		IF v_match.reach = 'account' AND v_record_at <> '*' THEN
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
		INSERT INTO opt_consent.events (recipient, scope, channel, action, keyword, body, source, message_id, actor)
			VALUES (v_who, v_target, v_channel, 'opt_out', v_match.keyword, body, 'inbound',
					message_id, opt_consent.calling_role())
			RETURNING id INTO v_event;
		INSERT INTO opt_consent.suppressions (recipient, scope, channel, kind, keyword, source, since, event_id)
			VALUES (v_who, v_target, v_channel, 'opt_out', v_match.keyword, 'inbound', now(), v_event)
			ON CONFLICT ON CONSTRAINT suppressions_pkey DO NOTHING;
	ELSIF v_match.class = 'opt_in' THEN
		-- clears the opt-outs of the whole chain except '*'; DND stays
		DELETE FROM opt_consent.suppressions s
		 WHERE s.recipient = v_who AND s.kind = 'opt_out' AND s.channel = v_channel
		   AND s.scope IN (SELECT c FROM opt_consent.scope_chain(v_sender, v_service) AS c
							WHERE c <> '*');
		INSERT INTO opt_consent.events (recipient, scope, channel, action, keyword, body, source, message_id, actor)
			VALUES (v_who, v_record_at, v_channel, 'opt_in', v_match.keyword, body, 'inbound',
					message_id, opt_consent.calling_role())
			RETURNING id INTO v_event;
		-- 1.1: the opt-in is recorded consent; its ledger row is the evidence
		INSERT INTO opt_consent.consents AS c (recipient, scope, channel, method, evidence, granted_at, expires_at, event_id)
			VALUES (v_who, v_record_at, v_channel, 'keyword', v_match.keyword, now(), NULL, v_event)
			ON CONFLICT ON CONSTRAINT consents_pkey DO UPDATE
			SET method = EXCLUDED.method, evidence = EXCLUDED.evidence,
				granted_at = EXCLUDED.granted_at, expires_at = NULL, event_id = EXCLUDED.event_id;
	ELSE
		INSERT INTO opt_consent.events (recipient, scope, channel, action, keyword, body, source, message_id, actor)
			VALUES (v_who, v_record_at, v_channel, 'help', v_match.keyword, body, 'inbound',
					message_id, opt_consent.calling_role());
	END IF;
	RETURN v_match.class;
END
$$;

-- A base type of PostgreSQL's own (no domain, no type of a user's): a
-- value can be cast to it without running anyone's code (also made by the
-- 1.0 script of this release; a 1.0 installed from an earlier one lacks it)
CREATE OR REPLACE FUNCTION opt_consent.is_builtin_base_type(typ oid) RETURNS boolean
LANGUAGE sql STABLE SET search_path = pg_catalog, pg_temp AS $$
	SELECT coalesce((SELECT t.typtype = 'b' AND t.typnamespace = 'pg_catalog'::regnamespace
					   FROM pg_catalog.pg_type t WHERE t.oid = typ), false)
$$;

-- protect gains purpose_column (the one opt-out confirmation message); the
-- EXECUTE grants of the old one go to the new one
CREATE TEMPORARY TABLE opt_consent_protect_grants AS
	SELECT a.grantee, a.is_grantable
	  FROM pg_catalog.pg_proc p, pg_catalog.aclexplode(p.proacl) a
	 WHERE p.oid = 'opt_consent.protect(regclass, name, name, name, name, text, name, name, text)'::regprocedure
	   AND a.privilege_type = 'EXECUTE' AND a.grantee <> p.proowner;
DROP FUNCTION opt_consent.protect(regclass, name, name, name, name, text, name, name, text);
CREATE FUNCTION opt_consent.protect(tbl regclass, recipient_column name,
	sender_column name DEFAULT NULL, service_column name DEFAULT NULL,
	channel_column name DEFAULT NULL, on_block text DEFAULT 'error',
	status_column name DEFAULT NULL, error_code_column name DEFAULT NULL,
	blocked_status text DEFAULT 'failed', purpose_column name DEFAULT NULL)
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

	FOR v_col IN
		SELECT v.key, v.colname
		  FROM (VALUES (1, 'recipient', recipient_column), (2, 'sender', sender_column),
					   (3, 'service', service_column), (4, 'channel', channel_column),
					   (7, 'purpose', purpose_column),
					   (5, 'status', CASE WHEN v_mode = 'mark' THEN status_column END),
					   (6, 'error_code', CASE WHEN v_mode = 'mark' THEN error_code_column END))
			   AS v(ord, key, colname)
		 WHERE v.colname IS NOT NULL
		 ORDER BY v.ord
	LOOP
		SELECT a.atttypid, a.atttypmod INTO v_type, v_typmod
		  FROM pg_catalog.pg_attribute a
		 WHERE a.attrelid = tbl AND a.attname = v_col.colname AND a.attnum > 0
		   AND NOT a.attisdropped;
		IF NOT FOUND THEN
			RAISE EXCEPTION 'column "%" of relation % does not exist', v_col.colname, tbl
				USING ERRCODE = '42703';
		END IF;
		IF v_col.key = 'recipient' THEN
			IF v_type <> 'opt_consent.e164'::regtype AND NOT opt_consent.is_text_type(v_type) THEN
				RAISE EXCEPTION 'recipient column "%" has type %', v_col.colname, pg_catalog.format_type(v_type, v_typmod)
					USING ERRCODE = '42804', HINT = 'The recipient column is text or opt_consent.e164.';
			END IF;
		ELSIF v_col.key IN ('sender', 'service', 'channel', 'purpose') THEN
			IF NOT opt_consent.is_text_type(v_type) THEN
				RAISE EXCEPTION '% column "%" has type %', v_col.key, v_col.colname, pg_catalog.format_type(v_type, v_typmod)
					USING ERRCODE = '42804', HINT = 'It must be a text type.';
			END IF;
		ELSIF v_col.key = 'status' THEN
			-- (SPEC 11, every version's code) nothing of a user-defined type or
			-- domain is cast as the definer: its CHECK or input function would
			-- run the caller's code with the extension owner's rights
			IF NOT opt_consent.is_builtin_base_type(v_type) THEN
				RAISE EXCEPTION 'status column "%" has type %', v_col.colname, pg_catalog.format_type(v_type, v_typmod)
					USING ERRCODE = '42804', HINT = 'It must be a built-in string type such as text.';
			END IF;
			-- the blocked status must be a value of the column's type
			BEGIN
				EXECUTE pg_catalog.format('SELECT %L::%s', v_status, pg_catalog.format_type(v_type, v_typmod));
			EXCEPTION WHEN OTHERS THEN
				RAISE EXCEPTION 'blocked_status "%" is not a valid value of column "%"', v_status, v_col.colname
					USING ERRCODE = '22023', DETAIL = SQLERRM;
			END;
		ELSIF v_col.key = 'error_code' THEN
			IF NOT opt_consent.is_builtin_base_type(v_type) THEN
				RAISE EXCEPTION 'error code column "%" has type %', v_col.colname, pg_catalog.format_type(v_type, v_typmod)
					USING ERRCODE = '42804', HINT = 'It must be a built-in integer type such as integer.';
			END IF;
			BEGIN
				EXECUTE pg_catalog.format('SELECT %L::%s', '21610', pg_catalog.format_type(v_type, v_typmod));
			EXCEPTION WHEN OTHERS THEN
				RAISE EXCEPTION 'error code column "%" cannot hold the code 21610', v_col.colname
					USING ERRCODE = '42804', DETAIL = SQLERRM;
			END;
		END IF;
		v_args := v_args || (v_col.key || '=' || v_col.colname);
	END LOOP;

	v_args := v_args || ('on_block=' || v_mode);
	IF v_mode = 'mark' THEN
		v_args := v_args || ('blocked_status=' || v_status);
	END IF;

	IF EXISTS (SELECT FROM pg_catalog.pg_trigger t
				WHERE t.tgrelid = tbl AND t.tgname = 'opt_consent_enforce') THEN
		EXECUTE pg_catalog.format('DROP TRIGGER opt_consent_enforce ON %s', tbl);
	END IF;
	EXECUTE pg_catalog.format(
		'CREATE TRIGGER opt_consent_enforce BEFORE INSERT OR UPDATE ON %s '
		'FOR EACH ROW EXECUTE FUNCTION opt_consent.enforce(%s)',
		tbl, (SELECT pg_catalog.string_agg(pg_catalog.quote_literal(a), ', ') FROM unnest(v_args) AS a));
END
$$;
REVOKE ALL ON FUNCTION opt_consent.protect(regclass, name, name, name, name, text, name, name, text, name) FROM PUBLIC;
-- (grants copied to a new function are the database's own, not the
-- extension's initial privileges: pg_dump dumps only what differs from
-- those, so they are set back to what a fresh install records)
CREATE TEMPORARY TABLE opt_consent_init_privs AS
	SELECT i.objoid, i.initprivs FROM pg_catalog.pg_init_privs i
	 WHERE i.classoid = 'pg_catalog.pg_proc'::pg_catalog.regclass AND i.objsubid = 0
	   AND i.objoid IN (SELECT p.oid FROM pg_catalog.pg_proc p
						 WHERE p.pronamespace = 'opt_consent'::pg_catalog.regnamespace);
DO $$
DECLARE
	r record;
BEGIN
	FOR r IN SELECT g.grantee, g.is_grantable FROM opt_consent_protect_grants g LOOP
		EXECUTE pg_catalog.format(
			'GRANT EXECUTE ON FUNCTION opt_consent.protect(regclass, name, name, name, name, text, name, name, text, name) TO %s%s',
			CASE WHEN r.grantee = 0 THEN 'PUBLIC'
				 ELSE pg_catalog.quote_ident(pg_catalog.pg_get_userbyid(r.grantee)) END,
			CASE WHEN r.is_grantable THEN ' WITH GRANT OPTION' ELSE '' END);
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

------------------------------------------------------------------------------
-- One registry, many databases: hub and spokes on logical replication
------------------------------------------------------------------------------

-- This database's part in a registry topology (one row at most; dumped)
CREATE TABLE opt_consent.registry_node (
	singleton boolean PRIMARY KEY DEFAULT true CHECK (singleton),
	role text NOT NULL CHECK (role IN ('hub', 'spoke')),
	hub text,
	since timestamptz NOT NULL DEFAULT now()
);
SELECT pg_catalog.pg_extension_config_dump('opt_consent.registry_node', '');

-- On a spoke, local writes to replicated registry tables are refused; the
-- apply worker (session_replication_role = replica) does not fire these.
CREATE FUNCTION opt_consent.refuse_spoke_writes() RETURNS trigger
LANGUAGE plpgsql SET search_path = pg_catalog, pg_temp AS $$
DECLARE
	v_hub text;
BEGIN
	SELECT n.hub INTO v_hub FROM opt_consent.registry_node n WHERE n.role = 'spoke';
	IF FOUND THEN
		RAISE EXCEPTION 'opt_consent.% is replicated from the consent registry hub', TG_TABLE_NAME
			USING ERRCODE = '25006',
				  DETAIL = format('This database is a spoke of %s; it enforces consent but does not record it.',
								  coalesce(v_hub, 'the hub')),
				  HINT = 'Call the opt_consent functions (handle_inbound, opt_out, ...) on the hub.';
	END IF;
	RETURN NULL;
END
$$;
CREATE TRIGGER scopes_spoke_guard BEFORE INSERT OR UPDATE OR DELETE OR TRUNCATE
	ON opt_consent.scopes FOR EACH STATEMENT EXECUTE FUNCTION opt_consent.refuse_spoke_writes();
CREATE TRIGGER suppressions_spoke_guard BEFORE INSERT OR UPDATE OR DELETE OR TRUNCATE
	ON opt_consent.suppressions FOR EACH STATEMENT EXECUTE FUNCTION opt_consent.refuse_spoke_writes();
CREATE TRIGGER keywords_spoke_guard BEFORE INSERT OR UPDATE OR DELETE OR TRUNCATE
	ON opt_consent.keywords FOR EACH STATEMENT EXECUTE FUNCTION opt_consent.refuse_spoke_writes();
CREATE TRIGGER consents_spoke_guard BEFORE INSERT OR UPDATE OR DELETE OR TRUNCATE
	ON opt_consent.consents FOR EACH STATEMENT EXECUTE FUNCTION opt_consent.refuse_spoke_writes();
CREATE TRIGGER events_spoke_guard BEFORE INSERT
	ON opt_consent.events FOR EACH STATEMENT EXECUTE FUNCTION opt_consent.refuse_spoke_writes();

-- On the hub: the publication of the registry tables (the ledger optionally)
CREATE FUNCTION opt_consent.create_registry_publication(
	publication name DEFAULT 'opt_consent_registry', include_ledger boolean DEFAULT false)
	RETURNS void
LANGUAGE plpgsql SECURITY DEFINER SET search_path = pg_catalog, pg_temp AS $$
BEGIN
	IF EXISTS (SELECT FROM opt_consent.registry_node n WHERE n.role = 'spoke') THEN
		RAISE EXCEPTION 'this database is a spoke of the consent registry'
			USING ERRCODE = '55000', HINT = 'Create the publication on the hub.';
	END IF;
	EXECUTE format('CREATE PUBLICATION %I FOR TABLE opt_consent.scopes, opt_consent.suppressions, '
				   'opt_consent.keywords, opt_consent.consents%s',
				   coalesce(publication, 'opt_consent_registry'),
				   CASE WHEN coalesce(include_ledger, false) THEN ', opt_consent.events' ELSE '' END);
	INSERT INTO opt_consent.registry_node (role, hub) VALUES ('hub', NULL)
		ON CONFLICT (singleton) DO UPDATE SET role = 'hub', hub = NULL, since = now();
END
$$;
REVOKE ALL ON FUNCTION opt_consent.create_registry_publication(name, boolean) FROM PUBLIC;

-- On a spoke: refuse local registry writes from now on (before subscribing)
CREATE FUNCTION opt_consent.become_spoke(hub text) RETURNS void
LANGUAGE plpgsql SECURITY DEFINER SET search_path = pg_catalog, pg_temp AS $$
BEGIN
	INSERT INTO opt_consent.registry_node (role, hub) VALUES ('spoke', hub)
		ON CONFLICT (singleton) DO UPDATE SET role = 'spoke', hub = EXCLUDED.hub, since = now();
END
$$;
REVOKE ALL ON FUNCTION opt_consent.become_spoke(text) FROM PUBLIC;

-- On a spoke: is the subscription to the registry healthy, how far behind?
CREATE FUNCTION opt_consent.registry_status()
	RETURNS TABLE (subscription name, enabled boolean, worker_pid integer,
				   received_lsn pg_lsn, last_msg_receipt_time timestamptz,
				   latest_end_time timestamptz, lag interval, healthy boolean)
LANGUAGE sql STABLE SECURITY DEFINER SET search_path = pg_catalog, pg_temp AS $$
	SELECT s.subname, s.subenabled, st.pid, st.received_lsn, st.last_msg_receipt_time,
		   st.latest_end_time, now() - st.latest_end_time,
		   s.subenabled AND st.pid IS NOT NULL
	  FROM pg_catalog.pg_subscription s
	  LEFT JOIN pg_catalog.pg_stat_subscription st ON st.subid = s.oid AND st.relid IS NULL
	 WHERE s.subdbid = (SELECT d.oid FROM pg_catalog.pg_database d WHERE d.datname = current_database())
	 ORDER BY s.subname
$$;
REVOKE ALL ON FUNCTION opt_consent.registry_status() FROM PUBLIC;

------------------------------------------------------------------------------
-- Enforcement cannot be switched off by the owner of an outbound table
------------------------------------------------------------------------------

-- ALTER TABLE ... DISABLE TRIGGER (or ENABLE REPLICA TRIGGER, which a normal
-- session never fires) on opt_consent_enforce is refused unless the role is
-- a superuser; unprotect() (which checks ownership) is the way to remove it.
CREATE FUNCTION opt_consent.guard_enforcement() RETURNS event_trigger
LANGUAGE plpgsql SET search_path = pg_catalog, pg_temp AS $$
DECLARE
	v_table regclass;
BEGIN
	IF pg_catalog.current_setting('is_superuser') = 'on' THEN
		RETURN;
	END IF;
	SELECT t.tgrelid::regclass INTO v_table
	  FROM pg_catalog.pg_event_trigger_ddl_commands() c
	  JOIN pg_catalog.pg_trigger t ON t.tgrelid = c.objid
	 WHERE c.classid = 'pg_catalog.pg_class'::regclass
	   AND t.tgname = 'opt_consent_enforce' AND t.tgenabled IN ('D', 'R')
	 LIMIT 1;
	IF FOUND THEN
		RAISE EXCEPTION 'opt_consent enforcement on table % cannot be disabled', v_table
			USING ERRCODE = '42501',
				  HINT = 'Only a superuser can disable the trigger; opt_consent.unprotect() removes it.';
	END IF;
END
$$;
CREATE EVENT TRIGGER opt_consent_guard_enforcement ON ddl_command_end
	WHEN TAG IN ('ALTER TABLE')
	EXECUTE FUNCTION opt_consent.guard_enforcement();
