/* opt_consent--1.0.sql */

-- complain if script is sourced in psql, rather than via CREATE EXTENSION
\echo Use "CREATE EXTENSION opt_consent" to load this file. \quit

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
