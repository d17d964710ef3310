/* opt_consent--1.0.sql */

-- complain if script is sourced in psql, rather than via CREATE EXTENSION
\echo Use "CREATE EXTENSION opt_consent" to load this file. \quit

-- The schema: CREATE EXTENSION uses a schema opt_consent that exists.  One
-- that a role other than a superuser (or the extension's owner) owns is
-- refused (42501), and so is one that holds a relation, function, type or
-- operator of such a role: its owner could rename it, or such objects could
-- stand in for the extension's own, where its SECURITY DEFINER functions
-- (run as a superuser) look for them.  lint() reports the same.
CREATE FUNCTION opt_consent.check_schema(raise boolean DEFAULT true) RETURNS text
	AS 'MODULE_PATHNAME', 'check_schema' LANGUAGE C VOLATILE;
REVOKE ALL ON FUNCTION opt_consent.check_schema(boolean) FROM PUBLIC;
SELECT opt_consent.check_schema();

-- PUBLIC may use the schema (functions, types) but gets no table privilege.
GRANT USAGE ON SCHEMA @extschema@ TO PUBLIC;

------------------------------------------------------------------------------
-- 1. The e164 type
------------------------------------------------------------------------------

CREATE TYPE opt_consent.e164;

-- STABLE: national numbers depend on opt_consent.default_country_code
CREATE FUNCTION opt_consent.e164_in(cstring) RETURNS opt_consent.e164
	AS 'MODULE_PATHNAME' LANGUAGE C STABLE STRICT PARALLEL SAFE;
CREATE FUNCTION opt_consent.e164_out(opt_consent.e164) RETURNS cstring
	AS 'MODULE_PATHNAME' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
CREATE FUNCTION opt_consent.e164_recv(internal) RETURNS opt_consent.e164
	AS 'MODULE_PATHNAME' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
CREATE FUNCTION opt_consent.e164_send(opt_consent.e164) RETURNS bytea
	AS 'MODULE_PATHNAME' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;

CREATE TYPE opt_consent.e164 (
	INPUT = opt_consent.e164_in,
	OUTPUT = opt_consent.e164_out,
	RECEIVE = opt_consent.e164_recv,
	SEND = opt_consent.e164_send,
	INTERNALLENGTH = 8,
	PASSEDBYVALUE,
	ALIGNMENT = double,
	STORAGE = plain
);
COMMENT ON TYPE opt_consent.e164 IS 'phone number in E.164 form (+ and 7 to 15 digits)';

CREATE FUNCTION opt_consent.e164(text) RETURNS opt_consent.e164
	AS 'MODULE_PATHNAME', 'e164_from_text' LANGUAGE C STABLE STRICT PARALLEL SAFE;
CREATE FUNCTION opt_consent.text(opt_consent.e164) RETURNS text
	AS 'MODULE_PATHNAME', 'e164_to_text' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;

CREATE CAST (text AS opt_consent.e164) WITH FUNCTION opt_consent.e164(text) AS ASSIGNMENT;
CREATE CAST (opt_consent.e164 AS text) WITH FUNCTION opt_consent.text(opt_consent.e164) AS ASSIGNMENT;

CREATE FUNCTION opt_consent.e164_eq(opt_consent.e164, opt_consent.e164) RETURNS boolean
	AS 'MODULE_PATHNAME' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE LEAKPROOF;
CREATE FUNCTION opt_consent.e164_ne(opt_consent.e164, opt_consent.e164) RETURNS boolean
	AS 'MODULE_PATHNAME' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE LEAKPROOF;
CREATE FUNCTION opt_consent.e164_lt(opt_consent.e164, opt_consent.e164) RETURNS boolean
	AS 'MODULE_PATHNAME' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE LEAKPROOF;
CREATE FUNCTION opt_consent.e164_le(opt_consent.e164, opt_consent.e164) RETURNS boolean
	AS 'MODULE_PATHNAME' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE LEAKPROOF;
CREATE FUNCTION opt_consent.e164_gt(opt_consent.e164, opt_consent.e164) RETURNS boolean
	AS 'MODULE_PATHNAME' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE LEAKPROOF;
CREATE FUNCTION opt_consent.e164_ge(opt_consent.e164, opt_consent.e164) RETURNS boolean
	AS 'MODULE_PATHNAME' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE LEAKPROOF;
CREATE FUNCTION opt_consent.e164_cmp(opt_consent.e164, opt_consent.e164) RETURNS integer
	AS 'MODULE_PATHNAME' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE LEAKPROOF;
CREATE FUNCTION opt_consent.e164_hash(opt_consent.e164) RETURNS integer
	AS 'MODULE_PATHNAME' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE LEAKPROOF;
CREATE FUNCTION opt_consent.e164_hash_extended(opt_consent.e164, bigint) RETURNS bigint
	AS 'MODULE_PATHNAME' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE LEAKPROOF;

CREATE OPERATOR opt_consent.= (
	LEFTARG = opt_consent.e164, RIGHTARG = opt_consent.e164,
	FUNCTION = opt_consent.e164_eq,
	COMMUTATOR = OPERATOR(opt_consent.=), NEGATOR = OPERATOR(opt_consent.<>),
	RESTRICT = eqsel, JOIN = eqjoinsel, HASHES, MERGES
);
CREATE OPERATOR opt_consent.<> (
	LEFTARG = opt_consent.e164, RIGHTARG = opt_consent.e164,
	FUNCTION = opt_consent.e164_ne,
	COMMUTATOR = OPERATOR(opt_consent.<>), NEGATOR = OPERATOR(opt_consent.=),
	RESTRICT = neqsel, JOIN = neqjoinsel
);
CREATE OPERATOR opt_consent.< (
	LEFTARG = opt_consent.e164, RIGHTARG = opt_consent.e164,
	FUNCTION = opt_consent.e164_lt,
	COMMUTATOR = OPERATOR(opt_consent.>), NEGATOR = OPERATOR(opt_consent.>=),
	RESTRICT = scalarltsel, JOIN = scalarltjoinsel
);
CREATE OPERATOR opt_consent.<= (
	LEFTARG = opt_consent.e164, RIGHTARG = opt_consent.e164,
	FUNCTION = opt_consent.e164_le,
	COMMUTATOR = OPERATOR(opt_consent.>=), NEGATOR = OPERATOR(opt_consent.>),
	RESTRICT = scalarlesel, JOIN = scalarlejoinsel
);
CREATE OPERATOR opt_consent.> (
	LEFTARG = opt_consent.e164, RIGHTARG = opt_consent.e164,
	FUNCTION = opt_consent.e164_gt,
	COMMUTATOR = OPERATOR(opt_consent.<), NEGATOR = OPERATOR(opt_consent.<=),
	RESTRICT = scalargtsel, JOIN = scalargtjoinsel
);
CREATE OPERATOR opt_consent.>= (
	LEFTARG = opt_consent.e164, RIGHTARG = opt_consent.e164,
	FUNCTION = opt_consent.e164_ge,
	COMMUTATOR = OPERATOR(opt_consent.<=), NEGATOR = OPERATOR(opt_consent.<),
	RESTRICT = scalargesel, JOIN = scalargejoinsel
);

CREATE OPERATOR CLASS opt_consent.e164_ops
	DEFAULT FOR TYPE opt_consent.e164 USING btree AS
		OPERATOR 1 opt_consent.< ,
		OPERATOR 2 opt_consent.<= ,
		OPERATOR 3 opt_consent.= ,
		OPERATOR 4 opt_consent.>= ,
		OPERATOR 5 opt_consent.> ,
		FUNCTION 1 opt_consent.e164_cmp(opt_consent.e164, opt_consent.e164);

CREATE OPERATOR CLASS opt_consent.e164_hash_ops
	DEFAULT FOR TYPE opt_consent.e164 USING hash AS
		OPERATOR 1 opt_consent.= ,
		FUNCTION 1 opt_consent.e164_hash(opt_consent.e164),
		FUNCTION 2 opt_consent.e164_hash_extended(opt_consent.e164, bigint);

CREATE FUNCTION opt_consent.e164_smaller(opt_consent.e164, opt_consent.e164) RETURNS opt_consent.e164
	AS 'MODULE_PATHNAME' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
CREATE FUNCTION opt_consent.e164_larger(opt_consent.e164, opt_consent.e164) RETURNS opt_consent.e164
	AS 'MODULE_PATHNAME' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
CREATE AGGREGATE opt_consent.min(opt_consent.e164) (
	SFUNC = opt_consent.e164_smaller, STYPE = opt_consent.e164,
	SORTOP = OPERATOR(opt_consent.<), COMBINEFUNC = opt_consent.e164_smaller,
	PARALLEL = SAFE
);
CREATE AGGREGATE opt_consent.max(opt_consent.e164) (
	SFUNC = opt_consent.e164_larger, STYPE = opt_consent.e164,
	SORTOP = OPERATOR(opt_consent.>), COMBINEFUNC = opt_consent.e164_larger,
	PARALLEL = SAFE
);

-- The canonical form of a scope id or sender (SPEC 3): international numbers
-- (+, 00, tel:) in E.164 form, anything else as given.
CREATE FUNCTION opt_consent.canonical_scope(text) RETURNS text
	AS 'MODULE_PATHNAME' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;

------------------------------------------------------------------------------
-- 2. Keyword classification
------------------------------------------------------------------------------

CREATE TYPE opt_consent.keyword_class AS ENUM ('none', 'opt_out', 'opt_in', 'help');

CREATE FUNCTION opt_consent.normalize_keyword(body text) RETURNS text
	AS 'MODULE_PATHNAME' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;

CREATE FUNCTION opt_consent.classify(body text, scope text DEFAULT NULL, mode text DEFAULT 'exact')
	RETURNS opt_consent.keyword_class
	AS 'MODULE_PATHNAME' LANGUAGE C STABLE PARALLEL SAFE;

-- Keeps every backend's keyword cache in step with the tables it reads.
CREATE FUNCTION opt_consent.invalidate_cache() RETURNS trigger
	AS 'MODULE_PATHNAME' LANGUAGE C;

-- Refuses writes to a read-only reference table.
CREATE FUNCTION opt_consent.reject_write() RETURNS trigger
LANGUAGE plpgsql SET search_path = pg_catalog, pg_temp AS $$
BEGIN
	RAISE EXCEPTION 'opt_consent.% is read-only', TG_TABLE_NAME
		USING ERRCODE = '42501',
			  HINT = 'Add or override keywords in opt_consent.keywords.';
END
$$;

-- The built-in keywords (SPEC 2).  Recreated by CREATE EXTENSION, not dumped.
CREATE TABLE opt_consent.builtin_keywords (
	keyword text PRIMARY KEY,
	class opt_consent.keyword_class NOT NULL,
	language text NOT NULL DEFAULT 'en',
	reach text NOT NULL DEFAULT 'service' CHECK (reach IN ('service', 'account'))
);
INSERT INTO opt_consent.builtin_keywords (keyword, class, reach) VALUES
	('STOP', 'opt_out', 'service'),
	('STOPALL', 'opt_out', 'account'),
	('UNSUBSCRIBE', 'opt_out', 'service'),
	('CANCEL', 'opt_out', 'service'),
	('END', 'opt_out', 'service'),
	('QUIT', 'opt_out', 'service'),
	('REVOKE', 'opt_out', 'service'),
	('OPTOUT', 'opt_out', 'service'),
	('OPT OUT', 'opt_out', 'service'),
	('START', 'opt_in', 'service'),
	('YES', 'opt_in', 'service'),
	('UNSTOP', 'opt_in', 'service'),
	('HELP', 'help', 'service'),
	('INFO', 'help', 'service');
CREATE TRIGGER builtin_keywords_read_only
	BEFORE INSERT OR UPDATE OR DELETE OR TRUNCATE ON opt_consent.builtin_keywords
	FOR EACH STATEMENT EXECUTE FUNCTION opt_consent.reject_write();

-- Shipped language packs, copied into opt_consent.keywords by add_language().
-- Where each word comes from: doc/language_packs.md.  Not dumped.
CREATE TABLE opt_consent.language_packs (
	language text NOT NULL,
	keyword text NOT NULL,
	class opt_consent.keyword_class NOT NULL,
	reach text NOT NULL DEFAULT 'service' CHECK (reach IN ('service', 'account')),
	PRIMARY KEY (language, keyword)
);
INSERT INTO opt_consent.language_packs (language, keyword, class, reach) VALUES
-- es: Twilio Spanish-language short code FAQ (ALTO, AYUDA); sent.dm Spain and Mexico SMS guides (BAJA, ALTO, AYUDA); Aivo help opt-out SMS (DETENER, PARAR, DESUSCRIBIR, BAJA, CANCELAR, INICIAR, SUSCRIBIR); Notifycame SMS manual (COMENZAR, SUSCRIBIRME, ALTA)
('es', 'BAJA', 'opt_out', 'service'),
('es', 'ALTO', 'opt_out', 'service'),
('es', 'PARAR', 'opt_out', 'service'),
('es', 'CANCELAR', 'opt_out', 'service'),
('es', 'DETENER', 'opt_out', 'service'),
('es', 'DESUSCRIBIR', 'opt_out', 'service'),
('es', 'ALTA', 'opt_in', 'service'),
('es', 'COMENZAR', 'opt_in', 'service'),
('es', 'INICIAR', 'opt_in', 'service'),
('es', 'SUSCRIBIR', 'opt_in', 'service'),
('es', 'SUSCRIBIRME', 'opt_in', 'service'),
('es', 'AYUDA', 'help', 'service'),
-- fr: CWTA Canada rules via Infobip, Twilio, AWS End User Messaging (ARRET, AIDE); Twilio France short code best practices (CONTACT); ARRETER, DESABONNER, DESINSCRIRE, ABONNER, REPRENDRE common usage, no source found
('fr', 'ARRET', 'opt_out', 'service'),
('fr', 'ARRETER', 'opt_out', 'service'),
('fr', 'DESABONNER', 'opt_out', 'service'),
('fr', 'DESINSCRIRE', 'opt_out', 'service'),
('fr', 'ABONNER', 'opt_in', 'service'),
('fr', 'REPRENDRE', 'opt_in', 'service'),
('fr', 'AIDE', 'help', 'service'),
('fr', 'CONTACT', 'help', 'service'),
-- de: sent.dm Germany SMS guide (STOPP, ENDE); ABMELDEN, ABBESTELLEN, ANMELDEN, STARTEN, HILFE common usage, no source found
('de', 'STOPP', 'opt_out', 'service'),
('de', 'ENDE', 'opt_out', 'service'),
('de', 'ABMELDEN', 'opt_out', 'service'),
('de', 'ABBESTELLEN', 'opt_out', 'service'),
('de', 'ANMELDEN', 'opt_in', 'service'),
('de', 'STARTEN', 'opt_in', 'service'),
('de', 'HILFE', 'help', 'service'),
-- it: AGCOM rule reported by Il Sole 24 Ore (ANNULLA); CANCELLA, DISISCRIVI, ISCRIVIMI, RIATTIVA, AIUTO common usage, no source found
('it', 'ANNULLA', 'opt_out', 'service'),
('it', 'CANCELLA', 'opt_out', 'service'),
('it', 'DISISCRIVI', 'opt_out', 'service'),
('it', 'ISCRIVIMI', 'opt_in', 'service'),
('it', 'RIATTIVA', 'opt_in', 'service'),
('it', 'AIUTO', 'help', 'service'),
-- pt: sent.dm Brazil SMS guide (PARE, SAIR, AJUDA); Anatel via Estadao (SAIR); sent.dm Portugal SMS guide (PARAR, CANCELAR); DESCADASTRAR, INSCREVER, REATIVAR common usage, no source found
('pt', 'PARAR', 'opt_out', 'service'),
('pt', 'PARE', 'opt_out', 'service'),
('pt', 'SAIR', 'opt_out', 'service'),
('pt', 'CANCELAR', 'opt_out', 'service'),
('pt', 'DESCADASTRAR', 'opt_out', 'service'),
('pt', 'INSCREVER', 'opt_in', 'service'),
('pt', 'REATIVAR', 'opt_in', 'service'),
('pt', 'AJUDA', 'help', 'service');
CREATE TRIGGER language_packs_read_only
	BEFORE INSERT OR UPDATE OR DELETE OR TRUNCATE ON opt_consent.language_packs
	FOR EACH STATEMENT EXECUTE FUNCTION opt_consent.reject_write();

-- Custom keywords and overrides per scope (SPEC 2).  Dumped whole.
CREATE TABLE opt_consent.keywords (
	scope text NOT NULL DEFAULT '*',
	keyword text NOT NULL,
	class opt_consent.keyword_class NOT NULL,
	language text,
	enabled boolean NOT NULL DEFAULT true,
	reach text NOT NULL DEFAULT 'service',
	PRIMARY KEY (scope, keyword),
	CONSTRAINT keywords_reach_check CHECK (reach IN ('service', 'account')),
	CONSTRAINT keywords_keyword_check CHECK (keyword <> ''),
	-- STOP, START and HELP can be neither disabled nor reclassified
	CONSTRAINT keywords_protected_check CHECK (
		(keyword <> 'STOP' OR (class = 'opt_out' AND enabled)) AND
		(keyword <> 'START' OR (class = 'opt_in' AND enabled)) AND
		(keyword <> 'HELP' OR (class = 'help' AND enabled)))
);
COMMENT ON TABLE opt_consent.keywords IS 'custom inbound keywords and overrides, per scope';

-- Stores keywords normalized and scope ids canonical, whatever was written.
CREATE FUNCTION opt_consent.keywords_normalize() RETURNS trigger
LANGUAGE plpgsql SET search_path = pg_catalog, pg_temp AS $$
BEGIN
	NEW.keyword := opt_consent.normalize_keyword(NEW.keyword);
	NEW.scope := opt_consent.canonical_scope(NEW.scope);
	RETURN NEW;
END
$$;
CREATE TRIGGER keywords_normalize
	BEFORE INSERT OR UPDATE ON opt_consent.keywords
	FOR EACH ROW EXECUTE FUNCTION opt_consent.keywords_normalize();
CREATE TRIGGER keywords_invalidate
	AFTER INSERT OR UPDATE OR DELETE ON opt_consent.keywords
	FOR EACH ROW EXECUTE FUNCTION opt_consent.invalidate_cache();
CREATE TRIGGER keywords_invalidate_truncate
	AFTER TRUNCATE ON opt_consent.keywords
	FOR EACH STATEMENT EXECUTE FUNCTION opt_consent.invalidate_cache();
-- Logical replication's apply worker fires only ALWAYS/REPLICA triggers.
ALTER TABLE opt_consent.keywords ENABLE ALWAYS TRIGGER keywords_normalize;
ALTER TABLE opt_consent.keywords ENABLE ALWAYS TRIGGER keywords_invalidate;
ALTER TABLE opt_consent.keywords ENABLE ALWAYS TRIGGER keywords_invalidate_truncate;

SELECT pg_catalog.pg_extension_config_dump('opt_consent.keywords', '');

-- Copies a shipped language pack into opt_consent.keywords (SPEC 2).
CREATE FUNCTION opt_consent.add_language(language text, scope text DEFAULT '*')
	RETURNS integer
LANGUAGE plpgsql SECURITY DEFINER SET search_path = pg_catalog, pg_temp AS $$
DECLARE
	lang text := lower(btrim(add_language.language));
	target text := coalesce(add_language.scope, '*');
	added integer;
BEGIN
	IF lang IS NULL THEN
		RAISE EXCEPTION 'language must not be null'
			USING ERRCODE = '22004';
	END IF;
	IF NOT EXISTS (SELECT FROM opt_consent.language_packs p WHERE p.language = lang) THEN
		RAISE EXCEPTION 'unknown language "%"', add_language.language
			USING ERRCODE = '22023',
				  HINT = 'Shipped languages: ' ||
					(SELECT string_agg(DISTINCT p.language, ', ' ORDER BY p.language)
					   FROM opt_consent.language_packs p) || '.';
	END IF;
	INSERT INTO opt_consent.keywords AS k (scope, keyword, class, language, enabled, reach)
		SELECT target, p.keyword, p.class, p.language, true, p.reach
		  FROM opt_consent.language_packs p
		 WHERE p.language = lang
		 ORDER BY p.keyword
		ON CONFLICT ON CONSTRAINT keywords_pkey DO NOTHING;
	GET DIAGNOSTICS added = ROW_COUNT;
	RETURN added;
END
$$;
REVOKE ALL ON FUNCTION opt_consent.add_language(text, text) FROM PUBLIC;

------------------------------------------------------------------------------
-- Helpers of the registry (internal)
------------------------------------------------------------------------------

-- The calling role (current_user where the function was called, also inside
-- a SECURITY DEFINER function), for the ledger's actor.
CREATE FUNCTION opt_consent.calling_role() RETURNS text
	AS 'MODULE_PATHNAME' LANGUAGE C STABLE PARALLEL SAFE;
CREATE FUNCTION opt_consent.caller_is_superuser() RETURNS boolean
	AS 'MODULE_PATHNAME' LANGUAGE C STABLE PARALLEL SAFE;

-- sms/mms/rcs -> sms, call -> voice, all, or a lower-case identifier (22023)
CREATE FUNCTION opt_consent.channel_family(channel text) RETURNS text
	AS 'MODULE_PATHNAME' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;

------------------------------------------------------------------------------
-- 3. Scopes and their hierarchy
------------------------------------------------------------------------------

CREATE TABLE opt_consent.scopes (
	id text PRIMARY KEY,
	kind text NOT NULL,
	parent text REFERENCES opt_consent.scopes (id),
	label text,
	CONSTRAINT scopes_kind_check
		CHECK (kind IN ('account', 'messaging_service', 'number', 'channel_sender')),
	CONSTRAINT scopes_id_check CHECK (id <> '*' AND id <> '' AND length(id) <= 255),
	CONSTRAINT scopes_parent_check CHECK (parent <> id)
);
CREATE INDEX scopes_parent_idx ON opt_consent.scopes (parent);
COMMENT ON TABLE opt_consent.scopes IS 'accounts, messaging services, numbers and channel senders, and who belongs to whom';

-- Canonical ids, parent kinds, no cycles, chains of at most 16 scopes.
CREATE FUNCTION opt_consent.scopes_check() RETURNS trigger
LANGUAGE plpgsql SET search_path = pg_catalog, pg_temp AS $$
DECLARE
	parent_kind text;
	depth integer := 1;
	height integer;
	cur text;
BEGIN
	-- one writer at a time: two concurrent changes cannot make a cycle together
	LOCK TABLE opt_consent.scopes IN SHARE ROW EXCLUSIVE MODE;

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
		WITH RECURSIVE below(id, h) AS (
			SELECT OLD.id, 0
			UNION ALL
			SELECT c.id, b.h + 1 FROM opt_consent.scopes c JOIN below b ON c.parent = b.id
			 WHERE b.h < 17)
		SELECT max(h) INTO height FROM below;
	END IF;

	IF depth + height > 16 THEN
		RAISE EXCEPTION 'scope "%" would be too deep in its hierarchy', NEW.id
			USING ERRCODE = '23514',
				  DETAIL = 'A chain of scopes from a number to its topmost account has at most 16 scopes.';
	END IF;
	RETURN NEW;
END
$$;
CREATE TRIGGER scopes_check
	BEFORE INSERT OR UPDATE ON opt_consent.scopes
	FOR EACH ROW EXECUTE FUNCTION opt_consent.scopes_check();
CREATE TRIGGER scopes_invalidate
	AFTER INSERT OR UPDATE OR DELETE ON opt_consent.scopes
	FOR EACH ROW EXECUTE FUNCTION opt_consent.invalidate_cache();
CREATE TRIGGER scopes_invalidate_truncate
	AFTER TRUNCATE ON opt_consent.scopes
	FOR EACH STATEMENT EXECUTE FUNCTION opt_consent.invalidate_cache();
ALTER TABLE opt_consent.scopes ENABLE ALWAYS TRIGGER scopes_check;
ALTER TABLE opt_consent.scopes ENABLE ALWAYS TRIGGER scopes_invalidate;
ALTER TABLE opt_consent.scopes ENABLE ALWAYS TRIGGER scopes_invalidate_truncate;

CREATE FUNCTION opt_consent.scope_chain(sender text, service text DEFAULT NULL)
	RETURNS SETOF text
	AS 'MODULE_PATHNAME' LANGUAGE C STABLE PARALLEL SAFE ROWS 4;

------------------------------------------------------------------------------
-- 4. Consent state: suppressions and the ledger
------------------------------------------------------------------------------

CREATE TABLE opt_consent.suppressions (
	recipient opt_consent.e164 NOT NULL,
	scope text NOT NULL DEFAULT '*',
	channel text NOT NULL DEFAULT 'sms',
	kind text NOT NULL,
	permanent boolean NOT NULL DEFAULT false,
	keyword text,
	source text,
	since timestamptz NOT NULL DEFAULT now(),
	event_id bigint,
	-- recipient first: the lookup of a send is one probe of this index
	PRIMARY KEY (recipient, scope, channel, kind),
	CONSTRAINT suppressions_kind_check CHECK (kind IN ('opt_out', 'dnd')),
	CONSTRAINT suppressions_scope_check CHECK (scope <> ''),
	CONSTRAINT suppressions_channel_check
		CHECK (channel ~ '^[a-z][a-z0-9_]{0,31}$' AND channel NOT IN ('mms', 'rcs', 'call'))
);
COMMENT ON TABLE opt_consent.suppressions IS 'current opt-outs and Do Not Disturb settings: the source of truth for enforcement';
-- The lookup of a send probes this index: one bucket page, where a btree
-- descent costs about three times the instructions (see README, Performance).
CREATE INDEX suppressions_recipient_idx ON opt_consent.suppressions USING hash (recipient);

-- Rows written directly (imports, replication) get canonical scope, channel
-- family and keyword too.
CREATE FUNCTION opt_consent.suppressions_normalize() RETURNS trigger
LANGUAGE plpgsql SET search_path = pg_catalog, pg_temp AS $$
BEGIN
	NEW.scope := opt_consent.canonical_scope(NEW.scope);
	NEW.channel := opt_consent.channel_family(NEW.channel);
	NEW.keyword := opt_consent.normalize_keyword(NEW.keyword);
	RETURN NEW;
END
$$;
CREATE TRIGGER suppressions_normalize
	BEFORE INSERT OR UPDATE ON opt_consent.suppressions
	FOR EACH ROW EXECUTE FUNCTION opt_consent.suppressions_normalize();
ALTER TABLE opt_consent.suppressions ENABLE ALWAYS TRIGGER suppressions_normalize;

CREATE TABLE opt_consent.events (
	id bigint GENERATED BY DEFAULT AS IDENTITY PRIMARY KEY,
	at timestamptz NOT NULL DEFAULT now(),
	recipient opt_consent.e164 NOT NULL,
	scope text NOT NULL,
	channel text NOT NULL,
	action text NOT NULL,
	keyword text,
	body text,
	source text,
	message_id text,
	actor text NOT NULL DEFAULT opt_consent.calling_role(),
	CONSTRAINT events_action_check
		CHECK (action IN ('opt_out', 'opt_in', 'dnd_on', 'dnd_off', 'help'))
);
CREATE INDEX events_recipient_idx ON opt_consent.events (recipient, id);
COMMENT ON TABLE opt_consent.events IS 'append-only ledger of every consent event';

-- The ledger is append-only for every role, its owner and superusers too.
CREATE FUNCTION opt_consent.events_append_only() RETURNS trigger
LANGUAGE plpgsql SET search_path = pg_catalog, pg_temp AS $$
BEGIN
	RAISE EXCEPTION '% on opt_consent.events is not allowed', TG_OP
		USING ERRCODE = '42501',
			  DETAIL = 'The consent ledger is append-only: its rows are evidence.',
			  HINT = 'Record a new event instead (opt_out, opt_in, set_dnd).';
END
$$;
CREATE TRIGGER events_append_only
	BEFORE UPDATE OR DELETE ON opt_consent.events
	FOR EACH STATEMENT EXECUTE FUNCTION opt_consent.events_append_only();
CREATE TRIGGER events_append_only_truncate
	BEFORE TRUNCATE ON opt_consent.events
	FOR EACH STATEMENT EXECUTE FUNCTION opt_consent.events_append_only();
ALTER TABLE opt_consent.events ENABLE ALWAYS TRIGGER events_append_only;
ALTER TABLE opt_consent.events ENABLE ALWAYS TRIGGER events_append_only_truncate;

SELECT pg_catalog.pg_extension_config_dump('opt_consent.scopes', '');
SELECT pg_catalog.pg_extension_config_dump('opt_consent.suppressions', '');
SELECT pg_catalog.pg_extension_config_dump('opt_consent.events', '');
SELECT pg_catalog.pg_extension_config_dump(pg_catalog.pg_get_serial_sequence('opt_consent.events', 'id'), '');

-- opt_out: one ledger row; the suppression keeps its first since (SPEC 4)
CREATE FUNCTION opt_consent.opt_out(recipient opt_consent.e164, scope text DEFAULT '*',
	channel text DEFAULT 'sms', source text DEFAULT 'api', keyword text DEFAULT NULL)
	RETURNS bigint
LANGUAGE plpgsql SECURITY DEFINER SET search_path = pg_catalog, opt_consent, pg_temp AS $$
#variable_conflict use_variable
DECLARE
	v_scope text := opt_consent.canonical_scope(coalesce(scope, '*'));
	v_channel text := opt_consent.channel_family(coalesce(channel, 'sms'));
	v_source text := coalesce(source, 'api');
	v_keyword text := NULLIF(opt_consent.normalize_keyword(keyword), '');
	v_event bigint;
BEGIN
	IF recipient IS NULL THEN
		RAISE EXCEPTION 'recipient must not be null' USING ERRCODE = '22004';
	END IF;
	-- one writer per recipient at a time: the ledger's order is the state's
	PERFORM pg_catalog.pg_advisory_xact_lock(1869640053, pg_catalog.hashtext(recipient::text));
	INSERT INTO opt_consent.events (recipient, scope, channel, action, keyword, source, actor)
		VALUES (recipient, v_scope, v_channel, 'opt_out', v_keyword, v_source,
				opt_consent.calling_role())
		RETURNING id INTO v_event;
	INSERT INTO opt_consent.suppressions (recipient, scope, channel, kind, keyword, source, since, event_id)
		VALUES (recipient, v_scope, v_channel, 'opt_out', v_keyword, v_source, now(), v_event)
		ON CONFLICT ON CONSTRAINT suppressions_pkey DO NOTHING;
	RETURN v_event;
END
$$;

-- opt_in: removes opt-outs at exactly that scope and channel family
CREATE FUNCTION opt_consent.opt_in(recipient opt_consent.e164, scope text DEFAULT '*',
	channel text DEFAULT 'sms', source text DEFAULT 'api')
	RETURNS integer
LANGUAGE plpgsql SECURITY DEFINER SET search_path = pg_catalog, opt_consent, pg_temp AS $$
#variable_conflict use_variable
DECLARE
	v_scope text := opt_consent.canonical_scope(coalesce(scope, '*'));
	v_channel text := opt_consent.channel_family(coalesce(channel, 'sms'));
	v_removed integer;
BEGIN
	IF recipient IS NULL THEN
		RAISE EXCEPTION 'recipient must not be null' USING ERRCODE = '22004';
	END IF;
	-- one writer per recipient at a time: the ledger's order is the state's
	PERFORM pg_catalog.pg_advisory_xact_lock(1869640053, pg_catalog.hashtext(recipient::text));
	DELETE FROM opt_consent.suppressions s
	 WHERE s.recipient = recipient AND s.scope = v_scope
	   AND s.channel = v_channel AND s.kind = 'opt_out';
	GET DIAGNOSTICS v_removed = ROW_COUNT;
	INSERT INTO opt_consent.events (recipient, scope, channel, action, source, actor)
		VALUES (recipient, v_scope, v_channel, 'opt_in', coalesce(source, 'api'),
				opt_consent.calling_role());
	RETURN v_removed;
END
$$;

-- set_dnd: Do Not Disturb on or off; a permanent one only a superuser lifts
CREATE FUNCTION opt_consent.set_dnd(recipient opt_consent.e164, channel text DEFAULT 'all',
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

-- Classifies an inbound body with the keywords of scope_chain(sender, service)
-- and says which keyword decided (used by handle_inbound).
CREATE FUNCTION opt_consent.match_inbound(body text, sender text, service text, mode text,
	OUT class opt_consent.keyword_class, OUT keyword text, OUT reach text)
	AS 'MODULE_PATHNAME' LANGUAGE C STABLE PARALLEL SAFE;

-- handle_inbound: one call per message a contact sends in (SPEC 4)
CREATE FUNCTION opt_consent.handle_inbound(contact text, sender text, body text,
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
					message_id, opt_consent.calling_role());
	ELSE
		INSERT INTO opt_consent.events (recipient, scope, channel, action, keyword, body, source, message_id, actor)
			VALUES (v_who, v_record_at, v_channel, 'help', v_match.keyword, body, 'inbound',
					message_id, opt_consent.calling_role());
	END IF;
	RETURN v_match.class;
END
$$;

------------------------------------------------------------------------------
-- 5. Looking up suppression state
------------------------------------------------------------------------------

CREATE FUNCTION opt_consent.status(recipient opt_consent.e164, sender text DEFAULT NULL,
	service text DEFAULT NULL, channel text DEFAULT 'sms')
	RETURNS TABLE (allowed boolean, kind text, scope text, on_channel text,
				   since timestamptz, keyword text)
	AS 'MODULE_PATHNAME' LANGUAGE C STABLE PARALLEL SAFE ROWS 1;

CREATE FUNCTION opt_consent.is_blocked(recipient opt_consent.e164, sender text DEFAULT NULL,
	service text DEFAULT NULL, channel text DEFAULT 'sms')
	RETURNS boolean
	AS 'MODULE_PATHNAME' LANGUAGE C STABLE PARALLEL SAFE;

CREATE FUNCTION opt_consent.history(recipient opt_consent.e164)
	RETURNS SETOF opt_consent.events
LANGUAGE sql STABLE SECURITY DEFINER SET search_path = pg_catalog, opt_consent, pg_temp AS $$
	SELECT e.* FROM opt_consent.events e WHERE e.recipient = history.recipient ORDER BY e.id
$$;

------------------------------------------------------------------------------
-- 7. Privileges: write functions and the history are granted by the DBA
------------------------------------------------------------------------------

REVOKE ALL ON FUNCTION opt_consent.opt_out(opt_consent.e164, text, text, text, text) FROM PUBLIC;
REVOKE ALL ON FUNCTION opt_consent.opt_in(opt_consent.e164, text, text, text) FROM PUBLIC;
REVOKE ALL ON FUNCTION opt_consent.set_dnd(opt_consent.e164, text, boolean, text, boolean) FROM PUBLIC;
REVOKE ALL ON FUNCTION opt_consent.handle_inbound(text, text, text, text, text, text, text) FROM PUBLIC;
REVOKE ALL ON FUNCTION opt_consent.history(opt_consent.e164) FROM PUBLIC;

------------------------------------------------------------------------------
-- 6. Enforcement on outbound tables
------------------------------------------------------------------------------

-- BEFORE INSERT OR UPDATE ... FOR EACH ROW; arguments key=value (SPEC 6)
CREATE FUNCTION opt_consent.enforce() RETURNS trigger
	AS 'MODULE_PATHNAME' LANGUAGE C;

-- Raises 42501 unless the calling role owns tbl (or is a superuser)
CREATE FUNCTION opt_consent.check_table_owner(tbl regclass) RETURNS void
LANGUAGE plpgsql STABLE SET search_path = pg_catalog, pg_temp AS $$
DECLARE
	v_owner oid;
BEGIN
	SELECT c.relowner INTO v_owner FROM pg_catalog.pg_class c WHERE c.oid = tbl;
	IF NOT FOUND THEN
		RAISE EXCEPTION 'relation with OID % does not exist', tbl::oid
			USING ERRCODE = '42P01';
	END IF;
	IF NOT (opt_consent.caller_is_superuser() OR
			pg_catalog.pg_has_role(opt_consent.calling_role(), v_owner, 'USAGE')) THEN
		RAISE EXCEPTION 'must be owner of table %', tbl
			USING ERRCODE = '42501';
	END IF;
END
$$;
REVOKE ALL ON FUNCTION opt_consent.check_table_owner(regclass) FROM PUBLIC;

-- Is typ (or the base type of a domain) of the string category?
CREATE FUNCTION opt_consent.is_text_type(typ oid) RETURNS boolean
LANGUAGE sql STABLE SET search_path = pg_catalog, pg_temp AS $$
	WITH RECURSIVE base(oid, typtype, typbasetype, typcategory, depth) AS (
		SELECT t.oid, t.typtype, t.typbasetype, t.typcategory, 1
		  FROM pg_catalog.pg_type t WHERE t.oid = typ
		UNION ALL
		SELECT t.oid, t.typtype, t.typbasetype, t.typcategory, b.depth + 1
		  FROM pg_catalog.pg_type t JOIN base b ON t.oid = b.typbasetype
		 WHERE b.typtype = 'd' AND b.depth < 32)
	SELECT b.typcategory = 'S' FROM base b WHERE b.typtype <> 'd'
$$;

-- A base type of PostgreSQL's own (no domain, no type of a user's): a
-- value can be cast to it without running anyone's code
CREATE FUNCTION opt_consent.is_builtin_base_type(typ oid) RETURNS boolean
LANGUAGE sql STABLE SET search_path = pg_catalog, pg_temp AS $$
	SELECT coalesce((SELECT t.typtype = 'b' AND t.typnamespace = 'pg_catalog'::regnamespace
					   FROM pg_catalog.pg_type t WHERE t.oid = typ), false)
$$;

CREATE FUNCTION opt_consent.protect(tbl regclass, recipient_column name,
	sender_column name DEFAULT NULL, service_column name DEFAULT NULL,
	channel_column name DEFAULT NULL, on_block text DEFAULT 'error',
	status_column name DEFAULT NULL, error_code_column name DEFAULT NULL,
	blocked_status text DEFAULT 'failed')
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
		ELSIF v_col.key IN ('sender', 'service', 'channel') THEN
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

CREATE FUNCTION opt_consent.unprotect(tbl regclass) RETURNS void
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
END
$$;

REVOKE ALL ON FUNCTION opt_consent.protect(regclass, name, name, name, name, text, name, name, text) FROM PUBLIC;
REVOKE ALL ON FUNCTION opt_consent.unprotect(regclass) FROM PUBLIC;
