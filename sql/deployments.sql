-- Real deployments (SPEC 9.2 - 9.4): dispatch re-check, webhooks as
-- providers send them, unknown scopes, lint(), roles, partitions
\set SHOW_CONTEXT never
SET search_path = public, opt_consent;
SET timezone = 'UTC';
\set VERBOSITY terse

------------------------------------------------------------------------------
-- 9.2 a row queued before the STOP does not go out at dispatch
------------------------------------------------------------------------------
CREATE TABLE queue (id int PRIMARY KEY, to_number text, status text DEFAULT 'queued', error_code int);
SELECT protect('queue', 'to_number', recheck => 'status:sending|sent');
INSERT INTO queue (id, to_number) VALUES (1, '+15550101001'), (2, '+15550101002');
SELECT opt_out('+15550101001') > 0 AS stop_after_queueing;
-- error mode: the worker's UPDATE fails for the opted-out row only
UPDATE queue SET status = 'sending' WHERE id = 1;
UPDATE queue SET status = 'sending' WHERE id = 2 RETURNING id, status;
-- an UPDATE that does not dispatch is not checked again
UPDATE queue SET status = 'held' WHERE id = 1 RETURNING id, status;
-- sending -> sent is a dispatch value too (from a different value)
UPDATE queue SET status = 'sent' WHERE id = 2 RETURNING id, status;
-- mark mode: the worker gets the row back marked
SELECT protect('queue', 'to_number', on_block => 'mark', status_column => 'status',
	error_code_column => 'error_code', recheck => 'status:sending');
UPDATE queue SET status = 'queued' WHERE id = 1;
UPDATE queue SET status = 'sending' WHERE status = 'queued' RETURNING id, status, error_code;
-- skip mode: the UPDATE does nothing to the row
SELECT protect('queue', 'to_number', on_block => 'skip', recheck => 'status:sending');
UPDATE queue SET status = 'queued', error_code = NULL WHERE id = 1;
UPDATE queue SET status = 'sending' WHERE id = 1 RETURNING id, status;
SELECT id, status FROM queue ORDER BY id;
-- INSERT ... ON CONFLICT DO UPDATE: the proposed row is checked (and
-- marked) by BEFORE INSERT, so EXCLUDED carries the mark; the existing row
-- takes it when the DO UPDATE copies the status and the error code
SELECT protect('queue', 'to_number', on_block => 'mark', status_column => 'status',
	error_code_column => 'error_code', recheck => 'status:sending');
UPDATE queue SET status = 'queued', error_code = NULL WHERE id = 1;
INSERT INTO queue (id, to_number, status) VALUES (1, '+15550101001', 'sending')
	ON CONFLICT (id) DO UPDATE SET status = EXCLUDED.status, error_code = EXCLUDED.error_code
	RETURNING id, status, error_code;
-- a DO UPDATE that dispatches the existing row is checked as a dispatch
UPDATE queue SET status = 'queued', error_code = NULL WHERE id = 1;
INSERT INTO queue (id, to_number, status) VALUES (1, '+15550101001', 'queued')
	ON CONFLICT (id) DO UPDATE SET status = 'sending' RETURNING id, status, error_code;
-- bad recheck values
SELECT protect('queue', 'to_number', recheck => 'status');
SELECT protect('queue', 'to_number', recheck => 'nope:sending');
SELECT protect('queue', 'to_number', recheck => 'error_code:1');
-- a value with a space around it would never match: refused
SELECT protect('queue', 'to_number', recheck => 'status:sending | sent');
SELECT protect('queue', 'to_number', recheck => 'status: sending');
CREATE TRIGGER hand BEFORE UPDATE ON queue FOR EACH ROW
	EXECUTE FUNCTION enforce('recipient=to_number', 'recheck=status:');
UPDATE queue SET status = 'x' WHERE id = 2;
DROP TRIGGER hand ON queue;
CREATE TRIGGER hand BEFORE UPDATE ON queue FOR EACH ROW
	EXECUTE FUNCTION enforce('recipient=to_number', 'recheck=status:sending |sent');
UPDATE queue SET status = 'x' WHERE id = 2;
DROP TRIGGER hand ON queue;
CREATE TRIGGER hand BEFORE UPDATE ON queue FOR EACH ROW
	EXECUTE FUNCTION enforce('recipient=to_number', 'recheck=status:sending||sent');
UPDATE queue SET status = 'x' WHERE id = 2;
DROP TRIGGER hand ON queue;

-- a status column that compares without case (citext; a nondeterministic
-- collation): 'Sending' is a dispatch value there, as the worker's own
-- queries see it (before, the values were compared by their bytes, and the
-- row went out unchecked)
CREATE EXTENSION IF NOT EXISTS citext;
CREATE TABLE ciqueue (id int PRIMARY KEY, to_number text, status citext DEFAULT 'queued', error_code int);
SELECT protect('ciqueue', 'to_number', on_block => 'mark', status_column => 'status',
	error_code_column => 'error_code', recheck => 'status:sending');
INSERT INTO ciqueue (id, to_number) VALUES (1, '+15550101003'), (2, '+15550101003'), (3, '+15550101004');
SELECT opt_out('+15550101003') > 0 AS stop_after_queueing;
UPDATE ciqueue SET status = 'Sending' WHERE id = 1 RETURNING id, status, error_code;
UPDATE ciqueue SET status = 'SENDING' WHERE id = 2 RETURNING id, status, error_code;
UPDATE ciqueue SET status = 'Sending' WHERE id = 3 RETURNING id, status, error_code;
SELECT id FROM ciqueue WHERE status = 'sending' ORDER BY id;
CREATE COLLATION ci_level2 (provider = icu, locale = 'und-u-ks-level2', deterministic = false);
CREATE TABLE icuqueue (id int PRIMARY KEY, to_number text, status text COLLATE ci_level2 DEFAULT 'queued');
SELECT protect('icuqueue', 'to_number', recheck => 'status:sending|sent');
INSERT INTO icuqueue (id, to_number) VALUES (1, '+15550101005'), (2, '+15550101006');
SELECT opt_out('+15550101005') > 0 AS stop_after_queueing;
UPDATE icuqueue SET status = 'Sending' WHERE id = 1;
UPDATE icuqueue SET status = 'SENT' WHERE id = 1;
UPDATE icuqueue SET status = 'Sent' WHERE id = 2 RETURNING id, status;
DROP TABLE ciqueue, icuqueue;
DROP COLLATION ci_level2;

------------------------------------------------------------------------------
-- 9.3 webhooks: OptOutType, retries by message_id
------------------------------------------------------------------------------
INSERT INTO scopes (id, kind) VALUES ('MG-hook', 'messaging_service');
-- the provider's OptOutType decides; the keyword is the body's if it is one
SELECT handle_inbound('+15550101010', '+15550100100', 'please no more', 'MG-hook',
	message_id => 'SM-a', opt_out_type => 'stop');
SELECT handle_inbound('+15550101011', '+15550100100', 'Stop', 'MG-hook',
	message_id => 'SM-b', opt_out_type => 'STOP');
SELECT handle_inbound('+15550101012', '+15550100100', 'yes please', 'MG-hook',
	opt_out_type => 'START');
SELECT handle_inbound('+15550101012', '+15550100100', 'hi', 'MG-hook', opt_out_type => 'Help');
SELECT handle_inbound('+15550101012', '+15550100100', 'hi', 'MG-hook', opt_out_type => 'UNSUB');
-- an empty or blank OptOutType is none: the body decides (a STOP is kept)
SELECT handle_inbound('+15550101015', '+15550100100', 'STOP', 'MG-hook', opt_out_type => ''),
	   handle_inbound('+15550101015', '+15550100100', 'hello', 'MG-hook', opt_out_type => ' ');
SELECT recipient, action, keyword, message_id FROM events
 WHERE recipient IN ('+15550101010', '+15550101011', '+15550101012') ORDER BY id;
-- a retried webhook writes nothing and answers what was recorded
SELECT handle_inbound('+15550101010', '+15550100100', 'please no more', 'MG-hook',
	message_id => 'SM-a', opt_out_type => 'stop');
-- (the same id with another body or contact is no provider's retry, but the
-- id is in the ledger: nothing is recorded, as SPEC 9.3 says, with a WARNING
-- so that an application passing a constant id sees it)
SELECT handle_inbound('+15550101010', '+15550100100', 'START', 'MG-hook', message_id => 'SM-a');
SELECT handle_inbound('+15550101018', '+15550100100', 'please no more', 'MG-hook',
	message_id => 'SM-a', opt_out_type => 'stop');
SELECT count(*) AS ledger_rows_for_SM_a FROM events WHERE message_id = 'SM-a';
-- (a long id is shown clipped at a whole character)
SELECT handle_inbound('+15550101020', '+15550100100', 'STOP', 'MG-hook',
	message_id => 'a' || repeat(U&'\00E9', 40));
SELECT handle_inbound('+15550101021', '+15550100100', 'STOP', 'MG-hook',
	message_id => 'a' || repeat(U&'\00E9', 40));
-- a sender or service written with white space around it is the same scope
SELECT canonical_scope(E'\n+1 555 010 0100\r') AS scope;
-- an empty or blank id is no id: a STOP after a START, both with '', is recorded
SELECT handle_inbound('+15550101013', '+15550100100', 'START', 'MG-hook', message_id => '');
SELECT handle_inbound('+15550101014', '+15550100100', 'STOP', 'MG-hook', message_id => '');
SELECT handle_inbound('+15550101014', '+15550100100', 'STOP', 'MG-hook', message_id => E' \t\n');
SELECT recipient, action, message_id IS NULL AS no_id FROM events
 WHERE recipient IN ('+15550101013', '+15550101014') ORDER BY id;
SELECT is_blocked('+15550101014', '+15550100100', 'MG-hook') AS blocked;
-- an empty or blank service (MessagingServiceSid is optional) is none: the
-- STOP is recorded at the sender, and reply() answers (an empty sender is
-- still refused: the To number is always there)
SELECT handle_inbound('+15550101019', '+15550100100', 'STOP', '', message_id => 'SM-nosvc');
SELECT handle_inbound('+15550101019', '+15550100100', 'HELP', ' ');
SELECT scope FROM suppressions WHERE recipient = '+15550101019';
SELECT reply('+15550100100', '', 'opt_out') IS NOT NULL AS replied;
SELECT handle_inbound('+15550101019', '', 'STOP');
-- an id of any length is recorded and found again (3,200 incompressible
-- bytes: a btree index on message_id refused it, and the STOP was lost)
CREATE TEMP TABLE long_id AS
SELECT string_agg(md5(i::text), '') AS id FROM generate_series(1, 100) i;
SELECT handle_inbound('+15550101016', '+15550100100', 'STOP', 'MG-hook',
	message_id => (SELECT id FROM long_id));
SELECT handle_inbound('+15550101016', '+15550100100', 'START', 'MG-hook',
	message_id => (SELECT id FROM long_id)) AS retried;
SELECT count(*) AS rows_for_long_id, bool_and(action = 'opt_out') AS opt_out
  FROM events WHERE message_id = (SELECT id FROM long_id);
SELECT is_blocked('+15550101016', '+15550100100', 'MG-hook') AS blocked;
-- a scope id too long to be a key is refused up front with 22001, naming it,
-- by every function that records (before: a bare 54000 from the index)
\set VERBOSITY default
SELECT handle_inbound('+15550101017', (SELECT id FROM long_id), 'STOP');
SELECT opt_out('+15550101017', (SELECT id FROM long_id));
SELECT set_dnd('+15550101017', scope => (SELECT id FROM long_id));
SELECT grant_consent('+15550101017', (SELECT id FROM long_id));
-- (an opt-in writes no key: it may lift what 1.1 stored at a longer scope;
-- the unknown-scope rule still holds)
SELECT opt_in('+15550101017', (SELECT left(id, 2049) FROM long_id)) AS removed;
SET opt_consent.unknown_scope = error;
SELECT opt_in('+15550101017', (SELECT left(id, 2049) FROM long_id)) AS removed;
RESET opt_consent.unknown_scope;
-- nor a DND turned off, nor a HELP (logged only)
SET opt_consent.unknown_scope = allow;
SELECT set_dnd('+15550101017', scope => (SELECT left(id, 2049) FROM long_id), enabled => false) > 0 AS dnd_off,
	   handle_inbound('+15550101017', (SELECT left(id, 2049) FROM long_id), 'HELP') AS help;
RESET opt_consent.unknown_scope;
\set VERBOSITY terse
-- 2048 bytes is a key, with the longest channel and category beside it
SET opt_consent.unknown_scope = allow;
INSERT INTO categories (id) VALUES (rpad('c', 63, 'x'));
SELECT opt_out('+15550101017', (SELECT left(id, 2048) FROM long_id), rpad('c', 32, 'x'),
			   category => rpad('c', 63, 'x')) > 0 AS recorded,
	   grant_consent('+15550101017', (SELECT left(id, 2048) FROM long_id), rpad('c', 32, 'x'),
					 category => rpad('c', 63, 'x')) > 0 AS consent_recorded,
	   set_dnd('+15550101017', rpad('c', 32, 'x'), scope => (SELECT left(id, 2048) FROM long_id)) > 0 AS dnd_recorded;
RESET opt_consent.unknown_scope;
SELECT count(*) AS suppressions_17 FROM suppressions WHERE recipient = '+15550101017';
DELETE FROM suppressions WHERE recipient = '+15550101017';
DELETE FROM consents WHERE recipient = '+15550101017';
DELETE FROM categories WHERE id = rpad('c', 63, 'x');

------------------------------------------------------------------------------
-- 9.3 recording at a scope that is not registered
------------------------------------------------------------------------------
SELECT opt_out('+15550101020', 'MG-typo') > 0 AS warned;
SET opt_consent.unknown_scope = 'error';
SELECT opt_out('+15550101021', 'MG-typo');
SELECT handle_inbound('+15550101021', '+15550100100', 'STOP', 'MG-other');
SELECT opt_out('+15550101021', 'MG-hook') > 0 AS registered_is_fine;
SET opt_consent.unknown_scope = 'allow';
SELECT opt_out('+15550101022', 'MG-typo2') > 0 AS silent;
SET opt_consent.unknown_scope = 'sometimes';
RESET opt_consent.unknown_scope;

------------------------------------------------------------------------------
-- 9.3 lint()
------------------------------------------------------------------------------
INSERT INTO scopes (id, kind) VALUES ('MG-alerts', 'messaging_service');
INSERT INTO scopes (id, kind, parent) VALUES ('+15550100277', 'number', 'MG-alerts');
-- the webhook carried another service id: recorded there, sends from the number miss it
SELECT handle_inbound('+15550101030', '+15550100277', 'STOP', 'MG-hook');
SELECT allowed FROM status('+15550101030', '+15550100277');
CREATE TABLE lint_out (to_number text);
SELECT protect('lint_out', 'to_number');
ALTER TABLE lint_out DISABLE TRIGGER opt_consent_enforce;
-- a key the 1.1 rule made from '+44 07400 123456' (written as the type prints it)
SELECT opt_out('+4407400123456') > 0 AS old_key;
-- (what this suite made; earlier suites leave scopes of their own)
SELECT * FROM lint()
 WHERE object IN ('public.lint_out', '+15550100277', 'MG-typo', 'MG-typo2', '+4407400123456') ORDER BY 1, 2;
ALTER TABLE lint_out ENABLE TRIGGER opt_consent_enforce;
-- the owner replaced the trigger with one that never fires: not disabled,
-- but it checks nothing (before: lint() said nothing)
-- (CREATE OR REPLACE TRIGGER on 14 and later; drop and create on 13)
DROP TRIGGER opt_consent_enforce ON lint_out;
CREATE TRIGGER opt_consent_enforce BEFORE INSERT OR UPDATE ON lint_out
	FOR EACH ROW WHEN (false) EXECUTE FUNCTION enforce('recipient=to_number');
CREATE TABLE lint_out2 (to_number text, kind text);
CREATE TRIGGER opt_consent_enforce BEFORE INSERT OR UPDATE ON lint_out2
	FOR EACH ROW WHEN (NEW.kind IS DISTINCT FROM 'internal') EXECUTE FUNCTION enforce('recipient=to_number');
SELECT problem, object, detail FROM lint() WHERE problem = 'enforcement conditional' ORDER BY 2;
SELECT protect('lint_out', 'to_number');
DROP TABLE lint_out2;
SELECT count(*) AS conditional FROM lint() WHERE problem = 'enforcement conditional';
-- an opt-out that was taken back is no longer a problem
SELECT handle_inbound('+15550101030', '+15550100277', 'START', 'MG-hook');
SELECT count(*) AS under_another_service FROM lint() WHERE object = '+15550100277';
-- ENABLE TRIGGER ALL (the end of pg_restore --disable-triggers) leaves the
-- extension's ALWAYS triggers firing in origin mode only
ALTER TABLE opt_consent.suppressions DISABLE TRIGGER ALL;
ALTER TABLE opt_consent.suppressions ENABLE TRIGGER ALL;
SELECT problem, object, detail FROM lint() WHERE problem = 'extension trigger not ENABLE ALWAYS' ORDER BY 3;
ALTER TABLE opt_consent.suppressions ENABLE ALWAYS TRIGGER suppressions_filter;
ALTER TABLE opt_consent.suppressions ENABLE ALWAYS TRIGGER suppressions_normalize;
SELECT count(*) AS not_always FROM lint() WHERE problem = 'extension trigger not ENABLE ALWAYS';

------------------------------------------------------------------------------
-- 9.4 roles by level, through login roles
------------------------------------------------------------------------------
CREATE ROLE oc_reader LOGIN;
CREATE ROLE oc_appl LOGIN;
CREATE ROLE oc_admin LOGIN;
SELECT grant_role('oc_reader', 'reader'), grant_role('oc_appl', 'app'), grant_role('oc_admin', 'admin');
SELECT grant_role('oc_reader', 'owner');
SELECT grant_role('oc_nobody_at_all', 'reader');
SET ROLE oc_reader;
SELECT count(*) > 0 AS reads_ledger FROM events;
SELECT count(*) >= 0 AS reads_history FROM history('+15550101010');
SELECT opt_out('+15550101040');
-- the ledger's sequence can be read (pg_dump), not advanced
SELECT last_value > 0 AS reads_sequence FROM events_id_seq;
SELECT nextval('events_id_seq');
RESET ROLE;
SET ROLE oc_appl;
SELECT handle_inbound('+15550101041', '+15550100100', 'STOP', 'MG-hook') AS app_inbound;
SELECT opt_out('+15550101042', 'MG-hook') > 0 AS app_opt_out;
SELECT grant_consent('+15550101043', 'MG-hook') > 0 AS app_consent;
INSERT INTO scopes (id, kind) VALUES ('MG-app', 'messaging_service');
RESET ROLE;
GRANT CREATE ON SCHEMA public TO oc_admin;
SET ROLE oc_admin;
-- writing scopes and keywords needs no other privilege (internal triggers)
INSERT INTO scopes (id, kind) VALUES ('AC-admin', 'account');
INSERT INTO scopes (id, kind, parent) VALUES ('MG-admin', 'messaging_service', 'AC-admin');
INSERT INTO keywords (scope, keyword, class) VALUES ('MG-admin', 'basta', 'opt_out');
CREATE TABLE admin_out (to_number text);
SELECT protect('admin_out', 'to_number');
SELECT add_language('fr', 'MG-admin') > 0 AS pack_added;
-- (lint() answers an admin: this table reads national numbers with the session's country)
SELECT problem, object FROM lint() WHERE object = 'public.admin_out';
RESET ROLE;
SELECT revoke_role('oc_appl');
SET ROLE oc_appl;
SELECT opt_out('+15550101044');
RESET ROLE;

------------------------------------------------------------------------------
-- protect() on a partition: protect the parent
------------------------------------------------------------------------------
CREATE TABLE parted (to_number text, at date) PARTITION BY RANGE (at);
CREATE TABLE parted_2026 PARTITION OF parted FOR VALUES FROM ('2026-01-01') TO ('2027-01-01');
SELECT protect('parted_2026', 'to_number');
SELECT protect('parted', 'to_number');
INSERT INTO parted VALUES ('+15550101001', '2026-06-01');

-- an UPDATE that moves a row to another partition (PostgreSQL deletes it
-- and inserts it there) is the UPDATE, not a new send: archiving a row
-- sent before its recipient's STOP is not checked (no mapped column
-- changes), in every mode, and a dispatch that moves the row is checked once
CREATE TABLE pq (id int, to_number text, status text NOT NULL, error_code int) PARTITION BY LIST (status);
CREATE TABLE pq_live PARTITION OF pq FOR VALUES IN ('queued', 'sending', 'sent', 'failed');
CREATE TABLE pq_archive (error_code int, status text NOT NULL, to_number text, id int);
ALTER TABLE pq ATTACH PARTITION pq_archive FOR VALUES IN ('archived');
CREATE TABLE pq_out PARTITION OF pq FOR VALUES IN ('out');
SELECT protect('pq', 'to_number', on_block => 'skip', recheck => 'status:sending|out');
INSERT INTO pq VALUES (1, '+15550101051', 'sent'), (2, '+15550101052', 'sent');
SELECT opt_out('+15550101051') > 0 AS opted_out;
UPDATE pq SET status = 'archived' WHERE status = 'sent';
SELECT tableoid::regclass, id, status FROM pq ORDER BY id;
SELECT protect('pq', 'to_number', on_block => 'error', recheck => 'status:sending|out');
UPDATE pq SET status = 'sent' WHERE status = 'archived';
SELECT protect('pq', 'to_number', on_block => 'mark', status_column => 'status',
			   error_code_column => 'error_code', recheck => 'status:sending|out');
UPDATE pq SET status = 'archived' WHERE status = 'sent' RETURNING tableoid::regclass, id, status, error_code;
-- a dispatch that moves the row is checked (here: marked, where it was)
INSERT INTO pq VALUES (3, '+15550101053', 'queued'), (4, '+15550101052', 'queued');
SELECT opt_out('+15550101053') > 0 AS opted_out;
UPDATE pq SET status = 'out' WHERE status = 'queued' RETURNING tableoid::regclass, id, status, error_code;
-- the same values inserted by a later statement are a new send
SELECT protect('pq', 'to_number', recheck => 'status:sending|out');
INSERT INTO pq VALUES (1, '+15550101051', 'archived');
SELECT opt_in('+15550101051'), opt_in('+15550101053');
-- the same with a later BEFORE trigger (such as an updated_at stamp): the
-- final check of the moved row is the UPDATE's, not a new send's (it
-- refused the archiving of a row sent before the STOP); a later trigger that
-- changes the recipient on the way in is checked
CREATE FUNCTION pq_touch() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
	IF TG_OP = 'INSERT' AND NEW.status = 'archived' AND NEW.id = 6 THEN
		NEW.to_number := '+15550101056';
	END IF;
	RETURN NEW;
END $$;
CREATE TRIGGER set_updated_at BEFORE INSERT OR UPDATE ON pq FOR EACH ROW EXECUTE FUNCTION pq_touch();
SELECT protect('pq', 'to_number', recheck => 'status:sending|out');
INSERT INTO pq VALUES (5, '+15550101055', 'sent'), (6, '+15550101057', 'sent');
SELECT opt_out('+15550101055') > 0 AS opted_out, opt_out('+15550101056') > 0 AS opted_out;
UPDATE pq SET status = 'archived' WHERE id = 5 RETURNING tableoid::regclass, id, to_number, status;
UPDATE pq SET status = 'archived' WHERE id = 6 RETURNING tableoid::regclass, id, to_number, status;
DROP TRIGGER set_updated_at ON pq;
DROP FUNCTION pq_touch();
SELECT opt_in('+15550101055'), opt_in('+15550101056');
-- a later BEFORE INSERT trigger of the target partition only (the final
-- check was not armed for a moved row, so whatever it changed was stored
-- unchecked): one that adds a channel prefix is checked on that family, one
-- that changes the recipient on the new recipient
CREATE FUNCTION pq_wa() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
	IF NEW.id = 2 THEN
		NEW.to_number := '+15550101055';
	ELSE
		NEW.to_number := 'whatsapp:' || NEW.to_number;
	END IF;
	RETURN NEW;
END $$;
CREATE TABLE pqc (id int, part int, to_number text, channel text DEFAULT 'sms') PARTITION BY LIST (part);
CREATE TABLE pqc1 PARTITION OF pqc FOR VALUES IN (1);
CREATE TABLE pqc2 PARTITION OF pqc FOR VALUES IN (2);
CREATE TRIGGER z_wa BEFORE INSERT ON pqc2 FOR EACH ROW EXECUTE FUNCTION pq_wa();
SELECT protect('pqc', 'to_number', channel_column => 'channel');
SELECT opt_out('+15550101058', '*', 'whatsapp') > 0 AS opted_out;
INSERT INTO pqc VALUES (0, 2, '+15550101058');
INSERT INTO pqc VALUES (1, 1, '+15550101058'), (2, 1, '+15550101059');
UPDATE pqc SET part = 2 WHERE id = 1;
SELECT opt_out('+15550101055') > 0 AS opted_out;
UPDATE pqc SET part = 2 WHERE id = 2;
SELECT tableoid::regclass, id, to_number FROM pqc ORDER BY id;
SELECT opt_in('+15550101055');
DROP TABLE pqc;
DROP FUNCTION pq_wa();
-- ... but a later trigger of the target partition that changes what is no
-- mapped column (the status of an archived row) does not make the move a
-- new send: archiving a row sent before the STOP goes through, in error and
-- in mark mode (the final check, armed for the move, refused it)
CREATE TABLE msg (id int, to_number text, status text NOT NULL, error_code int,
	archived bool NOT NULL DEFAULT false) PARTITION BY LIST (archived);
CREATE TABLE msg_live PARTITION OF msg FOR VALUES IN (false);
CREATE TABLE msg_arch PARTITION OF msg FOR VALUES IN (true);
CREATE FUNCTION msg_arch_status() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
	NEW.status := 'archived_' || NEW.status;
	RETURN NEW;
END $$;
CREATE TRIGGER set_status BEFORE INSERT ON msg_arch FOR EACH ROW EXECUTE FUNCTION msg_arch_status();
SELECT protect('msg', 'to_number', recheck => 'status:sending|sent');
INSERT INTO msg VALUES (1, '+15550101060', 'queued');
UPDATE msg SET status = 'sent';
SELECT opt_out('+15550101060') > 0 AS opted_out;
UPDATE msg SET archived = true WHERE id = 1 RETURNING tableoid::regclass, id, status;
SELECT protect('msg', 'to_number', recheck => 'status:sending|sent', on_block => 'mark',
			   status_column => 'status', error_code_column => 'error_code');
INSERT INTO msg VALUES (2, '+15550101060', 'queued');
UPDATE msg SET archived = true WHERE id = 2 RETURNING tableoid::regclass, id, status, error_code;
-- a later trigger that makes the moved row a dispatch is checked, as an UPDATE is
CREATE OR REPLACE FUNCTION msg_arch_status() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
	NEW.status := CASE WHEN NEW.id = 3 THEN 'sending' ELSE 'archived_' || NEW.status END;
	RETURN NEW;
END $$;
SELECT protect('msg', 'to_number', recheck => 'status:sending|sent');
SELECT opt_in('+15550101060') AS opted_in;
INSERT INTO msg VALUES (3, '+15550101060', 'queued');
SELECT opt_out('+15550101060') > 0 AS opted_out;
UPDATE msg SET archived = true WHERE id = 3;
SELECT tableoid::regclass, id, status FROM msg ORDER BY id;
DROP TABLE msg;
DROP FUNCTION msg_arch_status();
SELECT opt_in('+15550101060') AS opted_in;
-- what the move must not be confused with, and what must not confuse it
CREATE TABLE mv (id int, to_number text, status text NOT NULL, note text,
	archived bool NOT NULL DEFAULT false) PARTITION BY LIST (archived);
CREATE TABLE mv_live PARTITION OF mv FOR VALUES IN (false);
CREATE TABLE mv_arch PARTITION OF mv FOR VALUES IN (true);
CREATE TABLE mv_labels (status text, label text);
INSERT INTO mv_labels VALUES ('sent', 'Sent'), ('queued', 'Queued');
-- a later trigger of the archive that runs a query (the command id moves on)
CREATE FUNCTION mv_label() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
	SELECT l.label INTO NEW.note FROM mv_labels l WHERE l.status = NEW.status;
	RETURN NEW;
END $$;
CREATE TRIGGER set_label BEFORE INSERT ON mv_arch FOR EACH ROW EXECUTE FUNCTION mv_label();
SELECT protect('mv', 'to_number', recheck => 'status:sending|sent');
INSERT INTO mv VALUES (1, '+15550101065', 'sent'), (2, '+15550101065', 'queued'),
	(3, '+15550101065', 'sending');
SELECT opt_out('+15550101065') > 0 AS opted_out;
UPDATE mv SET archived = true WHERE id = 1 RETURNING tableoid::regclass, id, note;
-- a CTE that updates a row in place and inserts the same send: a new send,
-- refused (before: taken for the move of the updated row, stored unchecked)
WITH u AS (UPDATE mv SET note = 'retried' WHERE id = 2 RETURNING to_number, status)
INSERT INTO mv (id, to_number, status) SELECT 99, to_number, status FROM u;
-- one UPDATE archiving a sent and a queued row of one recipient, with a
-- later trigger that changes neither: both go
UPDATE mv SET archived = true WHERE id IN (2, 3) RETURNING tableoid::regclass, id, status;
UPDATE mv SET archived = false WHERE id IN (2, 3);
-- (the way back is a move too: checked as the UPDATE it is)
SELECT tableoid::regclass, id, status FROM mv WHERE id IN (2, 3) ORDER BY id;
-- a statement that moves a row where the target partition's check is off
-- (a superuser's maintenance), then inserts the same send: the insert is
-- checked (before: taken for that move, stored unchecked)
ALTER TABLE mv_arch DISABLE TRIGGER opt_consent_enforce;
DO $$
BEGIN
	UPDATE mv SET archived = true WHERE id = 3;
	INSERT INTO mv (id, to_number, status) VALUES (98, '+15550101065', 'sending');
END $$;
ALTER TABLE mv_arch ENABLE TRIGGER opt_consent_enforce;
-- skip mode: a trigger's insert into a protected table between the UPDATE
-- and the move does not make the moved row a new send (skipped, the row
-- was lost: deleted from its partition, not inserted in the other)
SELECT protect('mv', 'to_number', recheck => 'status:sending|sent', on_block => 'skip');
CREATE TABLE mv_audit (to_number text);
SELECT protect('mv_audit', 'to_number');
CREATE FUNCTION mv_audit() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
	INSERT INTO mv_audit VALUES ('+15550101066');
	RETURN OLD;
END $$;
CREATE TRIGGER audit BEFORE DELETE ON mv_live FOR EACH ROW EXECUTE FUNCTION mv_audit();
CREATE OR REPLACE FUNCTION mv_label() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
	RETURN NEW;
END $$;
UPDATE mv SET archived = true WHERE id = 2 RETURNING tableoid::regclass, id, status;
-- nor a trigger's UPDATE of another row while the move is under way
CREATE OR REPLACE FUNCTION mv_audit() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
	UPDATE mv SET note = 'audited' WHERE id = 1;
	RETURN OLD;
END $$;
UPDATE mv SET archived = true WHERE id = 3 RETURNING tableoid::regclass, id, status;
-- ... however many rows it updates (the move was pushed out at 8)
INSERT INTO mv SELECT g, '+15550101066', 'queued', NULL, false FROM generate_series(10, 19) g;
INSERT INTO mv VALUES (4, '+15550101079', 'queued', NULL, false), (5, '+15550101079', 'queued', NULL, false);
SELECT opt_out('+15550101079') > 0 AS opted_out;
CREATE OR REPLACE FUNCTION mv_audit() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
	UPDATE mv SET note = 'touched' WHERE id >= 10;
	RETURN OLD;
END $$;
UPDATE mv SET archived = true WHERE id = 4 RETURNING tableoid::regclass, id, status;
-- nor a protected insert by a trigger of the target partition that fires
-- before the check (the move was dropped as past)
CREATE TABLE mv_hist (to_number text, at date NOT NULL DEFAULT current_date) PARTITION BY RANGE (at);
CREATE TABLE mv_hist_all PARTITION OF mv_hist DEFAULT;
SELECT protect('mv_hist', 'to_number');
CREATE FUNCTION mv_copy() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
	INSERT INTO mv_hist VALUES ('+15550101077');
	RETURN NEW;
END $$;
CREATE TRIGGER a_copy BEFORE INSERT ON mv_arch FOR EACH ROW EXECUTE FUNCTION mv_copy();
UPDATE mv SET archived = true WHERE id = 5 RETURNING tableoid::regclass, id, status;
SELECT tableoid::regclass, id, status, note FROM mv WHERE id < 10 ORDER BY id;
DROP TABLE mv, mv_labels, mv_audit, mv_hist;
DROP FUNCTION mv_label(), mv_audit(), mv_copy();
SELECT opt_in('+15550101079') AS opted_in;
-- a move made by a later trigger of the old partition (it archives a row
-- once delivered), or changed by an earlier trigger of the new one: the
-- move is known by its old row, and passes (skip mode lost the row, error
-- mode refused it)
CREATE TABLE mq (id int, to_number text, status text NOT NULL, delivered_at timestamptz,
	purpose text) PARTITION BY LIST (status);
CREATE TABLE mq_live PARTITION OF mq FOR VALUES IN ('queued', 'sending', 'sent');
CREATE TABLE mq_arch PARTITION OF mq FOR VALUES IN ('archived', 'done');
CREATE FUNCTION mq_auto() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
	IF NEW.delivered_at IS NOT NULL THEN NEW.status := 'archived'; END IF;
	RETURN NEW;
END $$;
CREATE TRIGGER set_archived BEFORE UPDATE ON mq FOR EACH ROW EXECUTE FUNCTION mq_auto();
CREATE FUNCTION mq_done() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
	IF NEW.id = 2 THEN NEW.status := 'done'; END IF;
	RETURN NEW;
END $$;
CREATE TRIGGER archive_status BEFORE INSERT ON mq_arch FOR EACH ROW EXECUTE FUNCTION mq_done();
SELECT protect('mq', 'to_number', on_block => 'skip', recheck => 'status:sending|sent',
			   purpose_column => 'purpose');
INSERT INTO mq VALUES (1, '+15550101080', 'sent'), (2, '+15550101080', 'sent');
SELECT opt_out('+15550101080') > 0 AS opted_out;
UPDATE mq SET delivered_at = now() WHERE id = 1 RETURNING tableoid::regclass, id, status;
UPDATE mq SET status = 'archived' WHERE id = 2 RETURNING tableoid::regclass, id, status;
-- a queued confirmation that an earlier trigger of the new partition
-- dispatches is checked as a dispatch: its claim is its own (refused before)
CREATE OR REPLACE FUNCTION mq_done() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
	NEW.status := 'sending';
	RETURN NEW;
END $$;
ALTER TABLE mq DETACH PARTITION mq_arch;
ALTER TABLE mq_live RENAME TO mq_old;
ALTER TABLE mq DETACH PARTITION mq_old;
CREATE TABLE mq_q PARTITION OF mq FOR VALUES IN ('queued');
CREATE TABLE mq_s PARTITION OF mq FOR VALUES IN ('sending', 'sent', 'archived', 'done');
CREATE TRIGGER a_send_it BEFORE INSERT ON mq_s FOR EACH ROW EXECUTE FUNCTION mq_done();
SELECT protect('mq', 'to_number', recheck => 'status:sending|sent', purpose_column => 'purpose');
SELECT opt_out('+15550101081') > 0 AS opted_out;
INSERT INTO mq VALUES (3, '+15550101081', 'queued', NULL, 'opt_out_confirmation');
UPDATE mq SET status = 'archived' WHERE id = 3 RETURNING tableoid::regclass, id, status;
-- ... and a moved row that became a dispatch to an opted-out recipient is
-- refused even in skip mode (its old row is gone)
SELECT protect('mq', 'to_number', on_block => 'skip', recheck => 'status:sending|sent',
			   purpose_column => 'purpose');
INSERT INTO mq VALUES (4, '+15550101082', 'queued');
SELECT opt_out('+15550101082') > 0 AS opted_out;
UPDATE mq SET status = 'archived' WHERE id = 4;
SELECT tableoid::regclass, id, status FROM mq ORDER BY id;
DROP TABLE mq, mq_arch, mq_old;
DROP FUNCTION mq_auto(), mq_done();
SELECT opt_in('+15550101080'), opt_in('+15550101081'), opt_in('+15550101082');
-- a dispatch moved to another partition counts once against a cap, and the
-- slot its UPDATE took for the final check does not stay behind for another
-- row to take (a cap of 1 a day let two out)
INSERT INTO caps (region, category, max_messages, per) VALUES ('*', '*', 1, '1 day');
CREATE TABLE t2 (id int, to_number text, status text NOT NULL, note text, send_at timestamptz,
	arch bool NOT NULL DEFAULT false) PARTITION BY LIST (arch);
CREATE TABLE t2_live PARTITION OF t2 FOR VALUES IN (false);
CREATE TABLE t2_out PARTITION OF t2 FOR VALUES IN (true);
CREATE FUNCTION t2_auto() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
	IF NEW.note = 'go' THEN NEW.status := 'sending'; END IF;
	RETURN NEW;
END $$;
CREATE TRIGGER z_auto BEFORE UPDATE ON t2 FOR EACH ROW EXECUTE FUNCTION t2_auto();
SELECT protect('t2', 'to_number', recheck => 'status:sending|sent', send_at_column => 'send_at');
INSERT INTO t2 VALUES (1, '+15550102061', 'queued', NULL, '2054-03-03 15:00+00'),
	(2, '+15550102061', 'queued', NULL, '2054-03-03 15:00+00');
BEGIN;
UPDATE t2 SET status = 'sending', arch = true WHERE id = 1 RETURNING tableoid::regclass, id, status;
UPDATE t2 SET note = 'go' WHERE id = 2;
ROLLBACK;
DROP TABLE t2;
DROP FUNCTION t2_auto();
DELETE FROM caps;
-- a move whose insert a trigger sends elsewhere (it never reaches the
-- check): an insert into another protected table in the same command is not
-- taken for it (it was: stored unchecked with the same send, refused instead
-- of skipped with another)
CREATE TABLE ra (id int, to_number text, status text NOT NULL) PARTITION BY LIST (status);
CREATE TABLE ra_live PARTITION OF ra FOR VALUES IN ('queued', 'sending', 'sent');
CREATE TABLE ra_arch PARTITION OF ra FOR VALUES IN ('archived');
CREATE TABLE ra_cold (LIKE ra);
CREATE FUNCTION ra_cold() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
	INSERT INTO ra_cold SELECT NEW.*;
	RETURN NULL;
END $$;
CREATE TRIGGER a_redirect BEFORE INSERT ON ra_arch FOR EACH ROW EXECUTE FUNCTION ra_cold();
SELECT protect('ra', 'to_number', recheck => 'status:sending|sent');
CREATE TABLE rb (id int, to_number text, kind text NOT NULL) PARTITION BY LIST (kind);
CREATE TABLE rb_1 PARTITION OF rb FOR VALUES IN ('sms');
SELECT protect('rb', 'to_number', on_block => 'skip');
INSERT INTO ra VALUES (1, '+15550109001', 'sent'), (2, '+15550109003', 'sent');
SELECT opt_out('+15550109001') > 0, opt_out('+15550109003') > 0, opt_out('+15550109002') > 0;
WITH u AS (UPDATE ra SET status = 'archived' WHERE id = 2 RETURNING 1)
INSERT INTO rb SELECT 2, '+15550109002', 'sms' FROM (SELECT count(*) FROM u) c;
WITH u AS (UPDATE ra SET status = 'archived' WHERE id = 1 RETURNING 1)
INSERT INTO rb SELECT 1, '+15550109001', 'sms' FROM (SELECT count(*) FROM u) c RETURNING *;
SELECT count(*) AS rb_rows, (SELECT count(*) FROM ra_cold) AS cold_rows FROM rb;
DROP TABLE ra, ra_cold, rb;
DROP FUNCTION ra_cold();
SELECT opt_in('+15550109001'), opt_in('+15550109002'), opt_in('+15550109003');
-- an UPDATE of a partitioned table that changes no mapped column is not
-- checked, as on a plain table, whatever the row holds (a category since
-- unregistered: every UPDATE failed with 23503, moves too)
INSERT INTO categories (id) VALUES ('promo_gone');
CREATE TABLE pc (id int, phone text, category text, status text, note text) PARTITION BY LIST (status);
CREATE TABLE pc_queued PARTITION OF pc FOR VALUES IN ('queued');
CREATE TABLE pc_sent PARTITION OF pc FOR VALUES IN ('sent');
SELECT protect('pc', 'phone', category_column => 'category');
INSERT INTO pc VALUES (1, '+12025550101', 'promo_gone', 'queued', '');
DELETE FROM categories WHERE id = 'promo_gone';
UPDATE pc SET note = 'x';
UPDATE pc SET status = 'sent' RETURNING tableoid::regclass, id, status;
-- but a later trigger of the new partition that turns a NULL recipient or
-- category into an empty one has the moved row checked (it was stored)
CREATE FUNCTION pc_empty() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
	IF NEW.id = 2 THEN NEW.phone := ''; ELSE NEW.category := ''; END IF;
	RETURN NEW;
END $$;
CREATE TRIGGER z_empty BEFORE INSERT ON pc_sent FOR EACH ROW EXECUTE FUNCTION pc_empty();
INSERT INTO pc VALUES (2, NULL, NULL, 'queued', ''), (3, '+12025550103', NULL, 'queued', '');
UPDATE pc SET status = 'sent' WHERE id = 2;
UPDATE pc SET status = 'sent' WHERE id = 3;
DROP TABLE pc;
DROP FUNCTION pc_empty();
-- a move by ON UPDATE CASCADE, with a later trigger: its final check (in
-- the outer statement) knows it (it was refused)
CREATE TABLE tenants (code text PRIMARY KEY);
INSERT INTO tenants VALUES ('a'), ('c');
CREATE TABLE fmv (id int, to_number text, status text NOT NULL, note text,
	tenant text NOT NULL REFERENCES tenants ON UPDATE CASCADE) PARTITION BY LIST (tenant);
CREATE TABLE fmv_a PARTITION OF fmv FOR VALUES IN ('a');
CREATE TABLE fmv_o PARTITION OF fmv DEFAULT;
CREATE FUNCTION fmv_stamp() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN NEW.note := 'x'; RETURN NEW; END $$;
CREATE TRIGGER z_stamp BEFORE INSERT OR UPDATE ON fmv FOR EACH ROW EXECUTE FUNCTION fmv_stamp();
SELECT protect('fmv', 'to_number', recheck => 'status:sending|sent');
INSERT INTO fmv VALUES (1, '+15550101078', 'sent', NULL, 'a');
SELECT opt_out('+15550101078') > 0 AS opted_out;
UPDATE tenants SET code = 'd' WHERE code = 'a';
SELECT tableoid::regclass, id, tenant FROM fmv;
DROP TABLE fmv, tenants;
DROP FUNCTION fmv_stamp();
SELECT opt_in('+15550101078') AS opted_in;
-- a pending move whose partition is dropped before the next insert
CREATE TABLE mvd (id int, to_number text, part int) PARTITION BY LIST (part);
CREATE TABLE mvd1 PARTITION OF mvd FOR VALUES IN (1);
CREATE TABLE mvd2 PARTITION OF mvd FOR VALUES IN (2);
SELECT protect('mvd', 'to_number');
INSERT INTO mvd VALUES (1, '+15550101068', 1);
DO $$
BEGIN
	UPDATE mvd SET to_number = '+15550101069' WHERE id = 1;
	DROP TABLE mvd1;
	INSERT INTO mvd VALUES (2, '+15550101070', 2);
END $$;
SELECT id, to_number FROM mvd;
DROP TABLE mvd;
SELECT opt_in('+15550101065') AS opted_in;
-- a queued opt-out confirmation that the move makes a dispatch is its
-- dispatch (before: checked as a new send, which claimed again: refused)
CREATE TABLE cq (id int, to_number text, status text NOT NULL, purpose text,
	archived bool NOT NULL DEFAULT false) PARTITION BY LIST (archived);
CREATE TABLE cq_live PARTITION OF cq FOR VALUES IN (false);
CREATE TABLE cq_out PARTITION OF cq FOR VALUES IN (true);
CREATE FUNCTION cq_send() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
	NEW.status := 'sending';
	RETURN NEW;
END $$;
CREATE TRIGGER send_it BEFORE INSERT ON cq_out FOR EACH ROW EXECUTE FUNCTION cq_send();
SELECT protect('cq', 'to_number', recheck => 'status:sending|sent', purpose_column => 'purpose');
SELECT opt_out('+15550101067') > 0 AS opted_out;
INSERT INTO cq VALUES (1, '+15550101067', 'queued', 'opt_out_confirmation');
UPDATE cq SET archived = true WHERE id = 1 RETURNING tableoid::regclass, id, status;
-- a second confirmation is refused as ever
INSERT INTO cq VALUES (2, '+15550101067', 'queued', 'opt_out_confirmation');
DROP TABLE cq;
DROP FUNCTION cq_send();
SELECT opt_in('+15550101067') AS opted_in;
-- a reassigned number is judged on the family the message goes out on (the
-- prefix's): a fresh WhatsApp consent lets 'whatsapp:' rows through whatever
-- the channel column says, not 'sms' ones; opt-outs and DND forbid on either
CREATE TABLE out2 (to_number text, channel text);
SELECT protect('out2', 'to_number', channel_column => 'channel');
SELECT mark_reassigned('+15550101190', '2020-01-01') > 0 AS reassigned,
	   grant_consent('+15550101190', '*', 'whatsapp') > 0 AS wa_consent_after;
INSERT INTO out2 VALUES ('+15550101190', 'sms');
INSERT INTO out2 VALUES ('whatsapp:+15550101190', 'sms');
INSERT INTO out2 VALUES ('whatsapp:+15550101190', 'whatsapp');
INSERT INTO out2 VALUES ('sms:+15550101190', 'whatsapp');
SELECT set_dnd('+15550101190', 'sms') > 0 AS sms_dnd;
INSERT INTO out2 VALUES ('whatsapp:+15550101190', 'sms');
SELECT count(*) AS stored FROM out2;
-- white space before the prefix, as handle_inbound reads a contact: still a
-- WhatsApp number (before: 22P02, and a dropped row in skip mode)
INSERT INTO out2 VALUES (E' whatsapp:+15550101190\r', 'whatsapp');
SELECT opt_out('+15550101191', '*', 'whatsapp') > 0 AS wa_opt_out;
INSERT INTO out2 VALUES (E'\twhatsapp:+15550101191', NULL);
SELECT count(*) AS stored FROM out2;
DROP TABLE out2;
-- mark (or defer) cannot move a new row to another partition: protect()
-- warns, and such a row is refused by PostgreSQL (0A000) instead of marked
CREATE TABLE pq2 (to_number text, status text NOT NULL DEFAULT 'queued', error_code int,
	send_at timestamptz) PARTITION BY LIST (status);
CREATE TABLE pq2_queued PARTITION OF pq2 FOR VALUES IN ('queued');
CREATE TABLE pq2_failed PARTITION OF pq2 FOR VALUES IN ('failed');
SELECT protect('pq2', 'to_number', on_block => 'mark', status_column => 'status',
			   error_code_column => 'error_code');
SELECT opt_out('+15550101054') > 0 AS opted_out;
INSERT INTO pq2 (to_number) VALUES ('+15550101054');
SELECT protect('pq2', 'to_number', on_block => 'skip', status_column => 'status');
CREATE TABLE pq3 (to_number text, send_at timestamptz NOT NULL) PARTITION BY RANGE (send_at);
CREATE TABLE pq3_all PARTITION OF pq3 FOR VALUES FROM (MINVALUE) TO (MAXVALUE);
SELECT protect('pq3', 'to_number', send_at_column => 'send_at', on_quiet => 'defer');
SELECT opt_in('+15550101054');
DROP TABLE pq2, pq3;

------------------------------------------------------------------------------
-- the hub's publication: created, completed when run again, never another's
------------------------------------------------------------------------------
SET client_min_messages = error;		-- (wal_level is not logical here)
CREATE ROLE oc_pubsquat;
SELECT current_database() AS db \gset
GRANT CREATE ON DATABASE :"db" TO oc_pubsquat;
SET ROLE oc_pubsquat;
CREATE PUBLICATION oc_test_pub WITH (publish = 'delete');
RESET ROLE;
\set VERBOSITY default
SELECT create_registry_publication('oc_test_pub');
\set VERBOSITY terse
DROP PUBLICATION oc_test_pub;
REVOKE CREATE ON DATABASE :"db" FROM oc_pubsquat;
DROP ROLE oc_pubsquat;
CREATE PUBLICATION oc_test_pub WITH (publish = 'insert, update');
SELECT create_registry_publication('oc_test_pub');
DROP PUBLICATION oc_test_pub;
SELECT create_registry_publication('oc_test_pub');
ALTER PUBLICATION oc_test_pub DROP TABLE opt_consent.caps, opt_consent.replies;
SELECT create_registry_publication('oc_test_pub', include_ledger => true);
SELECT count(*) AS published FROM pg_publication_tables WHERE pubname = 'oc_test_pub';
DROP PUBLICATION oc_test_pub;
DELETE FROM registry_node;
RESET client_min_messages;

-- lint() names a missing or changed suppressions_filter (the filter's trigger)
SELECT count(*) AS filter_trigger_problems FROM lint() WHERE problem = 'filter trigger changed';
DROP TRIGGER suppressions_filter ON opt_consent.suppressions;
SELECT problem, object FROM lint() WHERE problem = 'filter trigger changed';
CREATE TRIGGER suppressions_filter AFTER INSERT OR UPDATE ON opt_consent.suppressions
	FOR EACH ROW EXECUTE FUNCTION opt_consent.filter_add();
ALTER TABLE opt_consent.suppressions ENABLE ALWAYS TRIGGER suppressions_filter;
SELECT count(*) AS filter_trigger_problems FROM lint() WHERE problem = 'filter trigger changed';

------------------------------------------------------------------------------
-- clean up
------------------------------------------------------------------------------
DROP TABLE queue, lint_out, parted, pq;
SET ROLE oc_admin;
DROP TABLE admin_out;
RESET ROLE;
REVOKE CREATE ON SCHEMA public FROM oc_admin;
SELECT revoke_role('oc_reader'), revoke_role('oc_admin');
-- revoke_role leaves nothing behind that DROP ROLE would trip on
SELECT count(*) AS acl_entries_left FROM pg_namespace n, aclexplode(n.nspacl) a
 WHERE n.nspname = 'opt_consent'
   AND a.grantee IN ('oc_reader'::regrole, 'oc_appl'::regrole, 'oc_admin'::regrole);
DROP ROLE oc_reader;
DROP ROLE oc_appl;
DROP ROLE oc_admin;
