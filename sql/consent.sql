-- Consent state: opt_out, opt_in, set_dnd, handle_inbound, the ledger (SPEC 4)
\set SHOW_CONTEXT never
SET search_path = opt_consent, public;

INSERT INTO scopes (id, kind, parent) VALUES
	('AC1', 'account', NULL),
	('AC1-sub', 'account', 'AC1'),
	('MG1', 'messaging_service', 'AC1-sub'),
	('+15550100100', 'number', 'MG1'),
	('+15550100101', 'number', 'MG1'),
	('+15550100200', 'number', NULL),
	('MG2', 'messaging_service', 'AC1');

-- opt_out: one ledger row per call, idempotent on state
SELECT opt_out('+15550100001') AS ev1 \gset
SELECT opt_out('+15550100001') AS ev2 \gset
SELECT :ev2 > :ev1 AS second_event_is_new;
SELECT recipient, scope, channel, kind, permanent, keyword, source, event_id = :ev1 AS first_event
  FROM suppressions WHERE recipient = '+15550100001';
SELECT count(*) AS ledger_rows FROM events WHERE recipient = '+15550100001';
-- arguments: scope canonical, channel family, keyword normalized, NULL = default
SELECT opt_out('+15550100002', 'tel:+1 555 010 0100', 'MMS', 'import', 'stop!') > 0 AS ok;
SELECT opt_out('+15550100002', NULL, NULL, NULL, NULL) > 0 AS ok;
SELECT recipient, scope, channel, kind, keyword, source FROM suppressions
 WHERE recipient = '+15550100002' ORDER BY scope;
-- bad arguments
SELECT opt_out(NULL);
SELECT opt_out('+15550100002', '*', 'pigeon post');
SELECT opt_out('+15550100002', '+1 bad');
SELECT opt_out('not a number');

-- status: blocked on the family, on 'all', not on other channels
SELECT allowed, kind, scope, on_channel, since IS NOT NULL AS has_since, keyword FROM status('+15550100001');
SELECT allowed, kind, scope, on_channel, keyword FROM status('+15550100001', NULL, NULL, 'rcs');
SELECT allowed, kind, scope, on_channel FROM status('+15550100001', NULL, NULL, 'whatsapp');
SELECT is_blocked('+15550100001'), is_blocked('+15550100001', channel => 'mms'),
	   is_blocked('+15550100001', channel => 'whatsapp'), is_blocked('+15550100999');
SELECT is_blocked(NULL), (SELECT allowed FROM status(NULL));
SELECT is_blocked('+15550100001', channel => 'carrier pigeon');

-- opt_in: exactly that scope and channel family, returns how many
SELECT opt_in('+15550100002', '+15550100100', 'sms') AS removed;
SELECT opt_in('+15550100002', '+15550100100', 'sms') AS removed_again;
SELECT scope, channel FROM suppressions WHERE recipient = '+15550100002';
SELECT opt_in('+15550100002') AS removed;
SELECT count(*) FROM suppressions WHERE recipient = '+15550100002';

-- channel families: sms/mms/rcs together, whatsapp apart, all covers everything
SELECT opt_out('+15550100003', '*', 'whatsapp') > 0 AS ok;
SELECT is_blocked('+15550100003', channel => 'sms') AS sms, is_blocked('+15550100003', channel => 'whatsapp') AS wa;
SELECT opt_out('+15550100004', '*', 'all') > 0 AS ok;
SELECT c, is_blocked('+15550100004', channel => c) FROM (VALUES ('sms'), ('rcs'), ('whatsapp'), ('voice'), ('email'), ('fb')) t(c);
SELECT opt_in('+15550100004', '*', 'sms') AS removed_sms_only;
SELECT opt_in('+15550100004', '*', 'all') AS removed_all;

-- DND: on, idempotent, off; never removed by opt_in
SELECT set_dnd('+15550100005') > 0 AS ok;
SELECT set_dnd('+15550100005', 'all', true) > 0 AS ok;
SELECT recipient, scope, channel, kind, permanent FROM suppressions WHERE recipient = '+15550100005';
SELECT allowed, kind, scope, on_channel, keyword FROM status('+15550100005', channel => 'whatsapp');
SELECT opt_in('+15550100005') AS removed;
SELECT is_blocked('+15550100005');
SELECT set_dnd('+15550100005', 'all', false) > 0 AS ok;
SELECT is_blocked('+15550100005');
SELECT action, channel FROM events WHERE recipient = '+15550100005' ORDER BY id;
-- NULL enabled means on
SELECT set_dnd('+15550100006', 'sms', NULL) > 0 AS ok;
SELECT kind, channel FROM suppressions WHERE recipient = '+15550100006';

-- permanent DND: a superuser may lift it, another role may not (42501)
SELECT set_dnd('+15550100007', 'all', true, '*', true) > 0 AS ok;
SELECT set_dnd('+15550100007', 'all', true, '*', false) > 0 AS ok;	-- stays permanent
SELECT permanent FROM suppressions WHERE recipient = '+15550100007';
CREATE ROLE oc_app;
GRANT EXECUTE ON FUNCTION set_dnd(e164, text, boolean, text, boolean) TO oc_app;
SET ROLE oc_app;
SELECT opt_consent.set_dnd('+15550100007', 'all', false);
SELECT opt_consent.set_dnd('+15550100008', 'sms', true) > 0 AS app_can_set;
SELECT opt_consent.set_dnd('+15550100008', 'sms', false) > 0 AS app_can_lift_normal;
RESET ROLE;
SELECT set_dnd('+15550100007', 'all', false) > 0 AS superuser_lifts;
SELECT count(*) FROM suppressions WHERE recipient = '+15550100007';

-- the ledger's actor is the calling role, not the definer
SELECT actor, action FROM events WHERE recipient = '+15550100008' ORDER BY id;

-- handle_inbound: recording scopes
-- a number in a service: the opt-out covers every sender of the service
SELECT handle_inbound('+15550100010', '+15550100100', 'STOP', message_id => 'SM1');
SELECT scope, channel, keyword, source FROM suppressions WHERE recipient = '+15550100010';
SELECT is_blocked('+15550100010', '+15550100100') AS same_number,
	   is_blocked('+15550100010', '+15550100101') AS other_number_same_service,
	   is_blocked('+15550100010', '+15550100200') AS standalone_number,
	   is_blocked('+15550100010', NULL, 'MG1') AS service_itself,
	   is_blocked('+15550100010', '+15550100100', channel => 'whatsapp') AS other_channel;
-- a standalone number records at the number
SELECT handle_inbound('+15550100011', '+15550100200', 'unsubscribe');
SELECT scope FROM suppressions WHERE recipient = '+15550100011';
SELECT is_blocked('+15550100011', '+15550100200'), is_blocked('+15550100011', '+15550100100');
-- an unregistered sender records at itself
SELECT handle_inbound('+15550100012', '+15559999999', 'stop');
SELECT scope FROM suppressions WHERE recipient = '+15550100012';
-- an explicit service wins
SELECT handle_inbound('+15550100013', '+15550100200', 'Stop.', 'MG2');
SELECT scope, keyword FROM suppressions WHERE recipient = '+15550100013';
-- STOPALL goes to the topmost account
SELECT handle_inbound('+15550100014', '+15550100100', 'stopall');
SELECT scope, keyword FROM suppressions WHERE recipient = '+15550100014';
SELECT is_blocked('+15550100014', NULL, 'MG2') AS other_service_same_account;
-- STOPALL from a standalone number: the number itself (never '*')
SELECT handle_inbound('+15550100015', '+15550100200', 'STOPALL');
SELECT scope FROM suppressions WHERE recipient = '+15550100015';
-- HELP is logged only; none records nothing
SELECT handle_inbound('+15550100016', '+15550100100', 'help');
SELECT handle_inbound('+15550100016', '+15550100100', 'Thanks!');
SELECT action, scope, keyword, body FROM events WHERE recipient = '+15550100016' ORDER BY id;
SELECT count(*) FROM suppressions WHERE recipient = '+15550100016';
-- modes
SELECT handle_inbound('+15550100017', '+15550100100', 'please stop texting me');
SELECT handle_inbound('+15550100017', '+15550100100', 'please stop texting me', mode => 'contains');
SELECT handle_inbound('+15550100017', '+15550100100', 'stop', mode => 'sometimes');
-- channel prefixes on the contact
SELECT handle_inbound('whatsapp:+15550100018', 'whatsapp:+14155238886', 'STOP');
SELECT scope, channel FROM suppressions WHERE recipient = '+15550100018';
SELECT handle_inbound('+15550100018', '+15550100100', 'STOP', channel => 'RCS');
SELECT scope, channel FROM suppressions WHERE recipient = '+15550100018' ORDER BY channel;
SELECT handle_inbound('+15550100018', '+15550100100', 'STOP', channel => 'all');
SELECT handle_inbound(NULL, '+15550100100', 'STOP');
SELECT handle_inbound('garbage', '+15550100100', 'STOP');

-- START clears opt-outs along the whole chain except '*'; DND stays
SELECT opt_out('+15550100020', '+15550100100') > 0,
	   opt_out('+15550100020', 'MG1') > 0,
	   opt_out('+15550100020', 'AC1') > 0,
	   opt_out('+15550100020', '*') > 0,
	   opt_out('+15550100020', 'MG2') > 0,
	   opt_out('+15550100020', 'MG1', 'whatsapp') > 0,
	   set_dnd('+15550100020', 'sms', true, 'MG1') > 0;
SELECT handle_inbound('+15550100020', '+15550100100', 'START');
SELECT scope, channel, kind FROM suppressions WHERE recipient = '+15550100020' ORDER BY scope, channel, kind;
SELECT action, scope FROM events WHERE recipient = '+15550100020' AND action = 'opt_in';

-- status chooses: most specific scope, then opt_out before dnd, then family before all
SELECT opt_out('+15550100030', '*') > 0, opt_out('+15550100030', 'AC1', 'all') > 0;
SELECT kind, scope, on_channel FROM status('+15550100030', '+15550100100');
SELECT set_dnd('+15550100030', 'all', true, 'MG1') > 0;
SELECT kind, scope, on_channel FROM status('+15550100030', '+15550100100');
SELECT opt_out('+15550100030', 'MG1', 'all') > 0;
SELECT kind, scope, on_channel FROM status('+15550100030', '+15550100100');
SELECT opt_out('+15550100030', 'MG1', 'sms') > 0;
SELECT kind, scope, on_channel FROM status('+15550100030', '+15550100100');
SELECT opt_out('+15550100030', '+15550100100', 'all') > 0;
SELECT kind, scope, on_channel FROM status('+15550100030', '+15550100100');
-- a suppression outside the chain does not block
SELECT opt_out('+15550100031', 'MG2') > 0;
SELECT allowed FROM status('+15550100031', '+15550100100');
SELECT allowed, scope FROM status('+15550100031', NULL, 'MG2');
-- with keyword and since
SELECT allowed, kind, scope, on_channel, keyword, since = (SELECT since FROM suppressions WHERE recipient = '+15550100010') AS since_ok
  FROM status('+15550100010', '+15550100101');

-- history: oldest first, with bodies
SELECT handle_inbound('+15550100040', '+15550100100', 'STOP', message_id => 'SM40a');
SELECT handle_inbound('+15550100040', '+15550100100', 'HELP', message_id => 'SM40b');
SELECT handle_inbound('+15550100040', '+15550100100', 'Start', message_id => 'SM40c');
SELECT set_dnd('+15550100040') > 0;
SELECT action, scope, channel, keyword, body, source, message_id, actor FROM history('+15550100040');
SELECT bool_and(id > lag) FROM (SELECT id, lag(id, 1, 0::bigint) OVER (ORDER BY id) FROM history('+15550100040')) s;

-- the ledger is append-only, for its owner and superusers too (42501)
UPDATE events SET body = 'forged' WHERE recipient = '+15550100040';
DELETE FROM events WHERE recipient = '+15550100040';
TRUNCATE events;
DELETE FROM events WHERE false;
SELECT count(*) FROM events WHERE recipient = '+15550100040';
-- even with session_replication_role = replica
SET session_replication_role = replica;
DELETE FROM events;
RESET session_replication_role;

-- the owner may write suppressions directly (imports): canonical, enforced, not logged
INSERT INTO suppressions (recipient, scope, channel, kind, keyword, source)
	VALUES ('+15550100050', 'tel:+1 555 010 0100', 'MMS', 'opt_out', 'stop.', 'import');
SELECT recipient, scope, channel, kind, keyword FROM suppressions WHERE recipient = '+15550100050';
SELECT is_blocked('+15550100050', '+15550100100');
SELECT count(*) FROM events WHERE recipient = '+15550100050';
\set VERBOSITY terse
INSERT INTO suppressions (recipient, scope, channel, kind) VALUES ('+15550100051', '*', 'sms', 'vacation');
\set VERBOSITY default
INSERT INTO suppressions (recipient, scope, channel, kind) VALUES ('+15550100051', '*', 'SMS!', 'opt_out');

-- every call writes exactly one ledger row, even when the state does not change
SELECT count(*) AS before FROM events \gset
SELECT opt_out('+15550100060') > 0, opt_out('+15550100060') > 0,
	   opt_in('+15550100060') = 1, opt_in('+15550100060') = 0,
	   set_dnd('+15550100060') > 0, set_dnd('+15550100060') > 0,
	   set_dnd('+15550100060', 'all', false) > 0, set_dnd('+15550100060', 'all', false) > 0;
SELECT count(*) - :before AS new_rows FROM events;
-- handle_inbound: one row for opt_out, opt_in and help, none for none
SELECT handle_inbound('+15550100060', '+15550100100', 'STOP'),
	   handle_inbound('+15550100060', '+15550100100', 'hello'),
	   handle_inbound('+15550100060', '+15550100100', 'HELP'),
	   handle_inbound('+15550100060', '+15550100100', 'START');
SELECT count(*) - :before AS new_rows FROM events;
SELECT action FROM events WHERE recipient = '+15550100060' ORDER BY id;

REVOKE EXECUTE ON FUNCTION set_dnd(e164, text, boolean, text, boolean) FROM oc_app;
DROP ROLE oc_app;

-- leave no scopes behind
TRUNCATE scopes;
