-- Enforcement on outbound tables (SPEC 6)
\set SHOW_CONTEXT never
SET search_path = public, opt_consent;
SET timezone = 'UTC';
-- suppressions shown in error details get a fixed since
\set fix_since 'UPDATE opt_consent.suppressions SET since = ''2026-11-01 09:00:00+00'';'

INSERT INTO opt_consent.scopes (id, kind, parent) VALUES
	('AC1', 'account', NULL), ('MG1', 'messaging_service', 'AC1'),
	('+15550100100', 'number', 'MG1'), ('+15550100101', 'number', 'MG1'),
	('+15550100200', 'number', NULL);

CREATE TABLE outbound (
	id bigserial PRIMARY KEY,
	to_number text,
	from_number text,
	service_sid text,
	channel text,
	body text,
	status text NOT NULL DEFAULT 'queued',
	error_code integer
);
SELECT opt_consent.protect('outbound', 'to_number', 'from_number', 'service_sid');
SELECT tgname, tgenabled, pg_get_triggerdef(oid) FROM pg_trigger WHERE tgrelid = 'outbound'::regclass;

-- before any STOP: the send goes through
INSERT INTO outbound (to_number, from_number, body) VALUES ('+15550100301', '+15550100100', 'hello');
-- an inbound STOP on a number of MG1 blocks every sender of MG1 (23610)
SELECT opt_consent.handle_inbound('+15550100301', '+15550100100', 'STOP');
:fix_since
INSERT INTO outbound (to_number, from_number, body) VALUES ('+1 (555) 010-0301', '+15550100101', 'hello again');
DO $$
BEGIN
	INSERT INTO outbound (to_number, from_number, body) VALUES ('+15550100301', '+15550100101', 'x');
EXCEPTION WHEN OTHERS THEN
	RAISE NOTICE 'SQLSTATE %', SQLSTATE;
END
$$;
-- the whole statement fails: nothing is inserted
INSERT INTO outbound (to_number, from_number, body) VALUES
	('+15550100302', '+15550100100', 'fine'), ('+15550100301', '+15550100100', 'blocked');
SELECT count(*) FROM outbound WHERE to_number = '+15550100302';
-- other senders, channels and services are not blocked
INSERT INTO outbound (to_number, from_number, body) VALUES ('+15550100301', '+15550100200', 'other number');
INSERT INTO outbound (to_number, from_number, channel, body) VALUES ('+15550100301', '+15550100100', 'whatsapp', 'wa, but no channel column mapped: sms');
SELECT opt_consent.protect('outbound', 'to_number', 'from_number', 'service_sid', 'channel');
INSERT INTO outbound (to_number, from_number, channel, body) VALUES ('+15550100301', '+15550100100', 'whatsapp', 'wa');
INSERT INTO outbound (to_number, from_number, channel, body) VALUES ('+15550100301', '+15550100100', 'MMS', 'mms');
INSERT INTO outbound (to_number, from_number, channel, body) VALUES ('+15550100301', '+15550100100', 'pigeon post', 'bad channel');
-- the service column is part of the chain
INSERT INTO outbound (to_number, service_sid, body) VALUES ('+15550100301', 'MG1', 'via the service');
INSERT INTO outbound (to_number, service_sid, body) VALUES ('+15550100301', 'MG2', 'another service');
-- an invalid recipient in error mode: 22P02
INSERT INTO outbound (to_number, body) VALUES ('not a number', 'x');
INSERT INTO outbound (to_number, body) VALUES ('5550100301', 'national, no default country code');
-- NULL recipient passes
INSERT INTO outbound (to_number, body) VALUES (NULL, 'no recipient');

-- DND: 23611
SELECT opt_consent.set_dnd('+15550100303') > 0 AS ok;
:fix_since
INSERT INTO outbound (to_number, body) VALUES ('+15550100303', 'dnd');
DO $$
BEGIN
	INSERT INTO outbound (to_number, body) VALUES ('+15550100303', 'x');
EXCEPTION WHEN OTHERS THEN
	RAISE NOTICE 'SQLSTATE %', SQLSTATE;
END
$$;
SELECT opt_consent.set_dnd('+15550100303', 'all', true, '*', true) > 0 AS ok;
INSERT INTO outbound (to_number, body) VALUES ('+15550100303', 'permanent dnd');

-- channel prefixes on a text recipient set the channel when no channel column is mapped
SELECT opt_consent.protect('outbound', 'to_number', 'from_number');
SELECT opt_consent.opt_out('+15550100304', '*', 'whatsapp') > 0 AS ok,
	   opt_consent.opt_out('+15550100312', '*', 'sms') > 0 AS ok;
:fix_since
INSERT INTO outbound (to_number, body) VALUES ('whatsapp:+15550100304', 'wa prefix');
INSERT INTO outbound (to_number, body) VALUES ('sms:+15550100304', 'sms prefix');
INSERT INTO outbound (to_number, body) VALUES ('rcs:+15550100312', 'rcs prefix: sms family');
INSERT INTO outbound (to_number, body) VALUES ('WhatsApp:+15550100312', 'other family');
INSERT INTO outbound (to_number, body) VALUES ('tel:+15550100304', 'tel is not a channel');
INSERT INTO outbound (to_number, body) VALUES ('pigeon post:+15550100304', 'bad prefix');
-- with a channel column mapped, the prefix still counts (the provider
-- routes by it): a column left NULL or empty leaves the channel to the
-- prefix, and a column naming another family has both checked (before: the
-- column alone, or sms, and the WhatsApp opt-out let these through)
SELECT opt_consent.protect('outbound', 'to_number', 'from_number', channel_column => 'channel');
INSERT INTO outbound (to_number, channel, body) VALUES ('whatsapp:+15550100304', NULL, 'wa prefix, channel NULL');
INSERT INTO outbound (to_number, channel, body) VALUES ('whatsapp:+15550100304', '', 'wa prefix, channel empty');
INSERT INTO outbound (to_number, channel, body) VALUES ('whatsapp:+15550100304', 'sms', 'wa prefix, channel sms');
INSERT INTO outbound (to_number, channel, body) VALUES ('sms:+15550100304', 'whatsapp', 'sms prefix, channel whatsapp');
INSERT INTO outbound (to_number, channel, body) VALUES ('whatsapp:+15550100312', 'SMS', 'wa prefix, channel sms (opted out of sms)');
INSERT INTO outbound (to_number, channel, body) VALUES ('whatsapp:+15550100312', 'WhatsApp', 'prefix and column agree: passes');
INSERT INTO outbound (to_number, channel, body) VALUES ('rcs:+15550100304', 'sms', 'one family: passes');
-- "all" is a suppression's channel, not a message's: 22023 in every mode
INSERT INTO outbound (to_number, channel, body) VALUES ('+15550100399', 'all', 'channel all');
INSERT INTO outbound (to_number, channel, body) VALUES ('all:+15550100399', NULL, 'prefix all');
INSERT INTO outbound (to_number, channel, body) VALUES ('all:+15550100399', 'sms', 'prefix all, channel sms');
SELECT opt_consent.protect('outbound', 'to_number', 'from_number');
INSERT INTO outbound (to_number, body) VALUES ('all:+15550100399', 'prefix all, no channel column');

-- +15550100302 opts out everywhere; the sections below send to it
SELECT opt_consent.opt_out('+15550100302') > 0 AS ok;
:fix_since

-- on UPDATE the row is checked again only when a mapped column changed
INSERT INTO outbound (to_number, from_number, body) VALUES ('+15550100311', '+15550100200', 'before the opt-out');
SELECT opt_consent.opt_out('+15550100311', '+15550100200') > 0 AS ok;
:fix_since
UPDATE outbound SET status = 'sent', body = 'edited' WHERE to_number = '+15550100311';
UPDATE outbound SET from_number = '+15550100200' WHERE to_number = '+15550100311';
UPDATE outbound SET from_number = '+15550100100' WHERE to_number = '+15550100311';
UPDATE outbound SET from_number = '+15550100200' WHERE to_number = '+15550100311';
UPDATE outbound SET to_number = '+15550100312' WHERE body = 'sms prefix';
SELECT to_number, from_number, body, status FROM outbound WHERE to_number = '+15550100311';

-- skip mode: blocked rows are silently not written
SELECT opt_consent.protect('outbound', 'to_number', 'from_number', on_block => 'skip');
INSERT INTO outbound (to_number, from_number, body) VALUES
	('+15550100301', '+15550100100', 'skipped'), ('+15550100305', '+15550100100', 'kept'),
	('+15550100303', NULL, 'skipped dnd'), ('garbage', NULL, 'skipped invalid'), (NULL, NULL, 'kept null');
SELECT to_number, body FROM outbound WHERE body IN ('skipped', 'kept', 'skipped dnd', 'skipped invalid', 'kept null') ORDER BY id;

-- mark mode: written with the blocked status and the error code
SELECT opt_consent.protect('outbound', 'to_number', 'from_number', on_block => 'mark',
	status_column => 'status', error_code_column => 'error_code');
INSERT INTO outbound (to_number, from_number, body) VALUES
	('+15550100301', '+15550100100', 'marked'), ('+15550100306', '+15550100100', 'clean'),
	('+15550100303', NULL, 'marked dnd'), ('garbage', NULL, 'marked invalid');
SELECT to_number, body, status, error_code FROM outbound
 WHERE body IN ('marked', 'clean', 'marked dnd', 'marked invalid') ORDER BY id;
-- a custom blocked status, no error code column
SELECT opt_consent.protect('outbound', 'to_number', 'from_number', on_block => 'mark',
	status_column => 'status', blocked_status => 'suppressed');
INSERT INTO outbound (to_number, from_number, body) VALUES ('+15550100301', '+15550100100', 'custom status');
SELECT status, error_code FROM outbound WHERE body = 'custom status';

-- after START, the send goes through again
SELECT opt_consent.protect('outbound', 'to_number', 'from_number');
SELECT opt_consent.handle_inbound('+15550100301', '+15550100100', 'START');
INSERT INTO outbound (to_number, from_number, body) VALUES ('+15550100301', '+15550100100', 'welcome back');

-- COPY FROM goes through the trigger too
COPY outbound (to_number, from_number, body) FROM stdin;
+15550100307	+15550100100	copied
\.
COPY outbound (to_number, from_number, body) FROM stdin;
+15550100307	+15550100100	copied again
+15550100302	+15550100100	blocked in copy
\.
SELECT body FROM outbound WHERE body LIKE 'copied%' OR body LIKE '%in copy' ORDER BY id;

-- a recipient column of type e164, on a partitioned table
CREATE TABLE outbound_part (
	id bigint GENERATED ALWAYS AS IDENTITY,
	region text NOT NULL,
	recipient opt_consent.e164,
	sender text,
	status text DEFAULT 'queued'
) PARTITION BY LIST (region);
CREATE TABLE outbound_part_us PARTITION OF outbound_part FOR VALUES IN ('us');
CREATE TABLE outbound_part_eu PARTITION OF outbound_part FOR VALUES IN ('eu');
SELECT opt_consent.protect('outbound_part', 'recipient', 'sender');
INSERT INTO outbound_part (region, recipient, sender) VALUES ('us', '+15550100308', '+15550100100');
INSERT INTO outbound_part (region, recipient, sender) VALUES ('eu', '+15550100302', '+15550100100');
INSERT INTO outbound_part (region, recipient, sender) VALUES ('us', '+15550100302', '+15550100100');
CREATE TABLE outbound_part_apac PARTITION OF outbound_part FOR VALUES IN ('apac');
INSERT INTO outbound_part (region, recipient, sender) VALUES ('apac', '+15550100302', '+15550100100');
SELECT region, recipient FROM outbound_part ORDER BY id;
-- moving a row to another partition is an UPDATE of no mapped column
UPDATE outbound_part SET region = 'eu' WHERE recipient = '+15550100308';
SELECT tableoid::regclass, recipient FROM outbound_part;

-- misuse: each raises a clear error when the trigger first fires
CREATE TABLE misuse (id int, phone text, st text, num int);
CREATE TRIGGER t BEFORE INSERT ON misuse FOR EACH ROW EXECUTE FUNCTION opt_consent.enforce('phone=phone');
INSERT INTO misuse VALUES (1, '+15550100302');
DROP TRIGGER t ON misuse;
CREATE TRIGGER t BEFORE INSERT ON misuse FOR EACH ROW EXECUTE FUNCTION opt_consent.enforce('recipient');
INSERT INTO misuse VALUES (1, '+15550100302');
DROP TRIGGER t ON misuse;
CREATE TRIGGER t BEFORE INSERT ON misuse FOR EACH ROW EXECUTE FUNCTION opt_consent.enforce('recipient=nope');
INSERT INTO misuse VALUES (1, '+15550100302');
DROP TRIGGER t ON misuse;
CREATE TRIGGER t BEFORE INSERT ON misuse FOR EACH ROW EXECUTE FUNCTION opt_consent.enforce();
INSERT INTO misuse VALUES (1, '+15550100302');
DROP TRIGGER t ON misuse;
CREATE TRIGGER t BEFORE INSERT ON misuse FOR EACH ROW EXECUTE FUNCTION opt_consent.enforce('recipient=num');
INSERT INTO misuse VALUES (1, '+15550100302', NULL, 5);
DROP TRIGGER t ON misuse;
CREATE TRIGGER t BEFORE INSERT ON misuse FOR EACH ROW EXECUTE FUNCTION opt_consent.enforce('recipient=phone', 'on_block=mark');
INSERT INTO misuse VALUES (1, '+15550100302');
DROP TRIGGER t ON misuse;
CREATE TRIGGER t BEFORE INSERT ON misuse FOR EACH ROW EXECUTE FUNCTION opt_consent.enforce('recipient=phone', 'on_block=maybe');
INSERT INTO misuse VALUES (1, '+15550100302');
DROP TRIGGER t ON misuse;
CREATE TRIGGER t BEFORE INSERT ON misuse FOR EACH ROW EXECUTE FUNCTION opt_consent.enforce('recipient=phone', 'on_block=mark', 'status=st', 'error_code=num', 'blocked_status=x');
INSERT INTO misuse VALUES (1, '+15550100302');
SELECT * FROM misuse;
DROP TRIGGER t ON misuse;
CREATE TRIGGER t BEFORE INSERT ON misuse FOR EACH ROW EXECUTE FUNCTION opt_consent.enforce('recipient=phone', 'on_block=mark', 'status=num');
INSERT INTO misuse VALUES (1, '+15550100302');
DROP TRIGGER t ON misuse;
CREATE TRIGGER t AFTER INSERT ON misuse FOR EACH ROW EXECUTE FUNCTION opt_consent.enforce('recipient=phone');
INSERT INTO misuse VALUES (1, '+15550100302');
DROP TRIGGER t ON misuse;
CREATE TRIGGER t BEFORE INSERT ON misuse FOR EACH STATEMENT EXECUTE FUNCTION opt_consent.enforce('recipient=phone');
INSERT INTO misuse VALUES (1, '+15550100302');
DROP TRIGGER t ON misuse;
CREATE TRIGGER t BEFORE DELETE ON misuse FOR EACH ROW EXECUTE FUNCTION opt_consent.enforce('recipient=phone');
DELETE FROM misuse;
DROP TRIGGER t ON misuse;
SELECT opt_consent.enforce();
-- protect validates up front
SELECT opt_consent.protect('misuse', 'nope');
SELECT opt_consent.protect('misuse', 'num');
SELECT opt_consent.protect('misuse', 'phone', sender_column => 'num');
SELECT opt_consent.protect('misuse', 'phone', on_block => 'maybe');
SELECT opt_consent.protect('misuse', 'phone', on_block => 'mark');
SELECT opt_consent.protect('misuse', 'phone', on_block => 'mark', status_column => 'num');
SELECT opt_consent.protect('misuse', 'phone', on_block => 'mark', status_column => 'st', error_code_column => 'nope');
-- ... also the columns only mark uses, in the other modes (SPEC 6, 11)
SELECT opt_consent.protect('misuse', 'phone', status_column => 'nope');
SELECT opt_consent.protect('misuse', 'phone', on_block => 'skip', status_column => 'num');
SELECT opt_consent.protect('misuse', 'phone', error_code_column => 'st');
SELECT opt_consent.protect('misuse', NULL);
SELECT opt_consent.protect(NULL, 'phone');
CREATE VIEW misuse_view AS SELECT * FROM misuse;
SELECT opt_consent.protect('misuse_view', 'phone');
-- unprotect drops the trigger, and is quiet when there is none
SELECT opt_consent.protect('misuse', 'phone');
SELECT count(*) FROM pg_trigger WHERE tgrelid = 'misuse'::regclass;
SELECT opt_consent.unprotect('misuse');
SELECT opt_consent.unprotect('misuse');
SELECT count(*) FROM pg_trigger WHERE tgrelid = 'misuse'::regclass;
INSERT INTO misuse VALUES (2, '+15550100302');

-- odd table and column names are quoted
CREATE TABLE "Out ""Box""; DROP TABLE misuse; --" ("To Phone=1" text, "weird'col" text);
SELECT opt_consent.protect('"Out ""Box""; DROP TABLE misuse; --"', 'To Phone=1', 'weird''col');
INSERT INTO "Out ""Box""; DROP TABLE misuse; --" VALUES ('+15550100302', '+15550100100');
INSERT INTO "Out ""Box""; DROP TABLE misuse; --" VALUES ('+15550100309', '+15550100100');
SELECT count(*) FROM misuse;
SELECT * FROM "Out ""Box""; DROP TABLE misuse; --";

-- the GUC: only a superuser can turn enforcement off
SET opt_consent.enforce = off;
INSERT INTO outbound (to_number, body) VALUES ('+15550100302', 'maintenance');
RESET opt_consent.enforce;
INSERT INTO outbound (to_number, body) VALUES ('+15550100302', 'enforced again');

-- an application role with no privilege on any opt_consent table
CREATE ROLE oc_sender;
GRANT INSERT, SELECT, UPDATE ON outbound TO oc_sender;
GRANT USAGE ON SEQUENCE outbound_id_seq TO oc_sender;
SET ROLE oc_sender;
INSERT INTO outbound (to_number, body) VALUES ('+15550100310', 'app send');
INSERT INTO outbound (to_number, body) VALUES ('+15550100302', 'app send blocked');
SET opt_consent.enforce = off;
RESET ROLE;
-- search_path tricks change nothing: enforcement runs no SQL
CREATE SCHEMA oc_evil AUTHORIZATION oc_sender;
SET ROLE oc_sender;
CREATE TABLE oc_evil.suppressions (recipient text);
CREATE FUNCTION oc_evil.is_blocked(text) RETURNS boolean LANGUAGE sql AS 'SELECT false';
CREATE FUNCTION oc_evil.texteq_evil(text, text) RETURNS boolean LANGUAGE sql AS 'SELECT false';
CREATE OPERATOR oc_evil.= (LEFTARG = text, RIGHTARG = text, FUNCTION = oc_evil.texteq_evil);
SET search_path = oc_evil, public, opt_consent, pg_catalog;
INSERT INTO outbound (to_number, body) VALUES ('+15550100302', 'hijack attempt');
CREATE TABLE oc_evil.mine (phone text);
-- protect is not granted to PUBLIC
SELECT opt_consent.protect('oc_evil.mine', 'phone');
RESET ROLE;
SET search_path = public, opt_consent;
-- once granted, protect and unprotect still require ownership of the table (42501)
GRANT EXECUTE ON FUNCTION opt_consent.protect(regclass, name, name, name, name, text, name, name, text, name, text, text, name, name, name, name, text),
	opt_consent.unprotect(regclass) TO oc_sender;
SET ROLE oc_sender;
SELECT opt_consent.unprotect('outbound');
SELECT opt_consent.protect('outbound', 'to_number');
SELECT opt_consent.protect('oc_evil.mine', 'phone');
INSERT INTO oc_evil.mine VALUES ('+15550100302');
SELECT opt_consent.unprotect('oc_evil.mine');
RESET ROLE;
SELECT count(*) AS still_protected FROM pg_trigger WHERE tgrelid = 'outbound'::regclass AND tgname = 'opt_consent_enforce';
REVOKE EXECUTE ON FUNCTION opt_consent.protect(regclass, name, name, name, name, text, name, name, text, name, text, text, name, name, name, name, text),
	opt_consent.unprotect(regclass) FROM oc_sender;
DROP SCHEMA oc_evil CASCADE;
REVOKE ALL ON outbound FROM oc_sender;
REVOKE ALL ON SEQUENCE outbound_id_seq FROM oc_sender;
DROP ROLE oc_sender;

-- the lookup keeps its index scan open within a statement only: after each
-- statement (INSERT, COPY, DO with a simple expression) nothing is held, so
-- DDL on the registry in the same transaction is not blocked by it
BEGIN;
INSERT INTO outbound (to_number, body) VALUES ('+15550100313', 'in a transaction');
COPY outbound (to_number, body) FROM stdin;
+15550100313	copied in a transaction
\.
DO $$
DECLARE
	b boolean;
BEGIN
	b := opt_consent.is_blocked('+15550100302');
	RAISE NOTICE 'blocked: %', b;
END
$$;
ALTER TABLE opt_consent.suppressions ADD COLUMN probe integer;
ROLLBACK;
-- errors in and around savepoints leave the lookup usable
BEGIN;
SAVEPOINT a;
INSERT INTO outbound (to_number, body) VALUES ('+15550100302', 'blocked in a savepoint');
ROLLBACK TO a;
INSERT INTO outbound (to_number, body) VALUES ('+15550100314', 'after the savepoint');
DO $$
BEGIN
	INSERT INTO outbound (to_number, body) VALUES ('+15550100302', 'blocked in an exception block');
EXCEPTION WHEN SQLSTATE '23610' THEN
	RAISE NOTICE 'caught %', SQLSTATE;
	INSERT INTO outbound (to_number, body) VALUES ('+15550100315', 'after the exception');
END
$$;
SAVEPOINT b;
INSERT INTO outbound (to_number, body) VALUES ('+15550100302', 'blocked after it all');
ROLLBACK TO b;
COMMIT;
SELECT to_number, body FROM outbound WHERE to_number IN ('+15550100313', '+15550100314', '+15550100315') ORDER BY id;

-- every error of the check names the table and the column, as 23610 does:
-- a client reads them (psycopg's e.diag.table_name, node-postgres' e.table)
CREATE TABLE diag_out (to_number text, category text);
SELECT protect('diag_out', 'to_number', category_column => 'category');
SELECT opt_out('+15550100399') > 0 AS ok;
CREATE FUNCTION pg_temp.diag(stmt text) RETURNS text LANGUAGE plpgsql AS $$
DECLARE
	v_state text;
	v_table text;
	v_column text;
BEGIN
	EXECUTE stmt;
	RETURN 'no error';
EXCEPTION WHEN OTHERS THEN
	GET STACKED DIAGNOSTICS v_state = RETURNED_SQLSTATE, v_table = TABLE_NAME,
		v_column = COLUMN_NAME;
	RETURN v_state || ' ' || v_table || '.' || v_column;
END
$$;
SELECT pg_temp.diag($$INSERT INTO diag_out VALUES ('+15550100399', NULL)$$) AS opted_out,
	   pg_temp.diag($$INSERT INTO diag_out VALUES ('+1 555 CALL NOW', NULL)$$) AS invalid,
	   pg_temp.diag($$INSERT INTO diag_out VALUES ('+15550100398', 'no-such-category')$$) AS unregistered;
DROP TABLE diag_out;

-- tables that inherit (INHERITS) from a protected table get none of its
-- triggers: protect() warns, lint() names them at any depth, until each is
-- protected (partitions get the triggers and are not named)
CREATE TABLE inh_out (id int, to_number text, status text DEFAULT 'queued');
CREATE TABLE inh_out_2025 () INHERITS (inh_out);
SELECT protect('inh_out', 'to_number', recheck => 'status:sending');
CREATE TABLE inh_out_2026 () INHERITS (inh_out);
CREATE TABLE inh_out_2026_12 () INHERITS (inh_out_2026);
SELECT problem, object, detail FROM lint() WHERE problem = 'inherited table not protected' ORDER BY object;
SELECT protect('inh_out_2025', 'to_number', recheck => 'status:sending'),
	   protect('inh_out_2026', 'to_number', recheck => 'status:sending');
SELECT problem, object FROM lint() WHERE problem = 'inherited table not protected' ORDER BY object;
SELECT protect('inh_out_2026_12', 'to_number', recheck => 'status:sending');
SELECT count(*) AS unprotected FROM lint() WHERE problem = 'inherited table not protected';
SELECT opt_out('+15550100398') > 0 AS ok;
\set VERBOSITY terse
INSERT INTO inh_out_2026_12 (id, to_number) VALUES (1, '+15550100398');
\set VERBOSITY default
DROP TABLE inh_out CASCADE;

-- what got through
SELECT to_number, from_number, channel, body, status FROM outbound ORDER BY id;

DROP TABLE outbound, outbound_part, misuse, "Out ""Box""; DROP TABLE misuse; --" CASCADE;
TRUNCATE opt_consent.scopes;
