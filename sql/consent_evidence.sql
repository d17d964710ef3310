-- Consent evidence (SPEC 8, version 1.1)
\set SHOW_CONTEXT never
SET search_path = public, opt_consent;
SET timezone = 'UTC';

INSERT INTO opt_consent.scopes (id, kind, parent) VALUES
	('AC1', 'account', NULL), ('MG-mkt', 'messaging_service', 'AC1'),
	('MG-ops', 'messaging_service', 'AC1'),
	('+15550100100', 'number', 'MG-mkt'), ('+15550100101', 'number', 'MG-ops');
CREATE TABLE outbound (id serial PRIMARY KEY, phone text, sender text, channel text,
	purpose text, status text DEFAULT 'queued', error_code integer);
SELECT opt_consent.protect('outbound', 'phone', 'sender', channel_column => 'channel',
	purpose_column => 'purpose');

-- without any scope requiring consent, nothing changes
INSERT INTO outbound (phone, sender) VALUES ('+15550100501', '+15550100100');

-- the marketing service requires consent (23612)
UPDATE opt_consent.scopes SET require_consent = true WHERE id = 'MG-mkt';
INSERT INTO outbound (phone, sender) VALUES ('+15550100501', '+15550100100');
DO $$
BEGIN
	INSERT INTO outbound (phone, sender) VALUES ('+15550100501', '+15550100100');
EXCEPTION WHEN OTHERS THEN
	RAISE NOTICE 'SQLSTATE %', SQLSTATE;
END
$$;
SELECT allowed, kind, scope, on_channel, since, keyword FROM status('+15550100501', '+15550100100');
-- the operations service does not
INSERT INTO outbound (phone, sender) VALUES ('+15550100501', '+15550100101');

-- consent at each scope level of the chain counts
SELECT grant_consent('+15550100501', '+15550100100', method => 'web_form', evidence => 'form #17') > 0 AS ok;
INSERT INTO outbound (phone, sender) VALUES ('+15550100501', '+15550100100');
SELECT grant_consent('+15550100502', 'MG-mkt') > 0 AS ok;
SELECT grant_consent('+15550100503', 'AC1') > 0 AS ok;
SELECT grant_consent('+15550100504', '*') > 0 AS ok;
SELECT grant_consent('+15550100505', 'MG-ops') > 0 AS ok;		-- outside the chain
SELECT r, is_blocked(r::e164, '+15550100100') AS blocked,
	   (SELECT kind FROM status(r::e164, '+15550100100')) AS kind
  FROM (VALUES ('+15550100502'), ('+15550100503'), ('+15550100504'), ('+15550100505')) AS t(r);
-- a requiring scope anywhere in the chain: an account
UPDATE opt_consent.scopes SET require_consent = false WHERE id = 'MG-mkt';
UPDATE opt_consent.scopes SET require_consent = true WHERE id = 'AC1';
SELECT is_blocked('+15550100505', '+15550100101') AS blocked_ops, (SELECT scope FROM status('+15550100506', '+15550100101')) AS required_by;
UPDATE opt_consent.scopes SET require_consent = false WHERE id = 'AC1';
UPDATE opt_consent.scopes SET require_consent = true WHERE id = 'MG-mkt';

-- channel families and 'all'
SELECT grant_consent('+15550100507', 'MG-mkt', 'whatsapp') > 0 AS ok;
SELECT is_blocked('+15550100507', '+15550100100', channel => 'sms') AS sms,
	   is_blocked('+15550100507', '+15550100100', channel => 'whatsapp') AS whatsapp;
SELECT grant_consent('+15550100507', 'MG-mkt', 'all') > 0 AS ok;
SELECT is_blocked('+15550100507', '+15550100100', channel => 'rcs') AS rcs;

-- expiry
SELECT grant_consent('+15550100508', 'MG-mkt', expires_at => now() + interval '1 day') > 0 AS ok;
SELECT is_blocked('+15550100508', '+15550100100') AS blocked;
UPDATE opt_consent.consents SET expires_at = now() - interval '1 second' WHERE recipient = '+15550100508';
SELECT is_blocked('+15550100508', '+15550100100') AS blocked_when_expired;
-- a repeat refreshes granted_at (and the rest) and writes a new ledger row
SELECT granted_at AS first_granted FROM opt_consent.consents WHERE recipient = '+15550100508' \gset
SELECT pg_sleep(0.01);
SELECT grant_consent('+15550100508', 'MG-mkt', method => 'paper') > 0 AS ok;
SELECT granted_at > :'first_granted' AS refreshed, method, expires_at IS NULL AS no_expiry
  FROM opt_consent.consents WHERE recipient = '+15550100508';
SELECT action, scope, channel, body, source FROM opt_consent.events
 WHERE recipient = '+15550100508' ORDER BY id;
SELECT is_blocked('+15550100508', '+15550100100') AS blocked;

-- opt-outs and DND win over consent
SELECT opt_out('+15550100502', 'MG-mkt') > 0 AS ok;
SELECT kind FROM status('+15550100502', '+15550100100');
SELECT set_dnd('+15550100503') > 0 AS ok;
SELECT kind FROM status('+15550100503', '+15550100100');

-- an inbound START records consent at its recording scope, one ledger row
SELECT handle_inbound('+15550100509', '+15550100100', 'START');
SELECT recipient, scope, channel, method, evidence, event_id = (SELECT max(id) FROM opt_consent.events WHERE recipient = '+15550100509') AS evidence_is_the_opt_in
  FROM opt_consent.consents WHERE recipient = '+15550100509';
SELECT action FROM opt_consent.events WHERE recipient = '+15550100509';
INSERT INTO outbound (phone, sender) VALUES ('+15550100509', '+15550100100');

-- reassigned numbers (23613), whether or not a scope requires consent
SELECT mark_reassigned('+15550100510', '2026-01-15') > 0 AS ok;
INSERT INTO outbound (phone, sender) VALUES ('+15550100510', '+15550100101');
DO $$
BEGIN
	INSERT INTO outbound (phone, sender) VALUES ('+15550100510', '+15550100101');
EXCEPTION WHEN OTHERS THEN
	RAISE NOTICE 'SQLSTATE %', SQLSTATE;
END
$$;
SELECT allowed, kind, scope, on_channel, since FROM status('+15550100510', '+15550100101');
-- a consent granted before the date stops counting, one after it counts
INSERT INTO opt_consent.consents (recipient, scope, channel, method, granted_at)
	VALUES ('+15550100510', 'MG-ops', 'sms', 'paper', '2025-06-01 00:00:00+00');
SELECT is_blocked('+15550100510', '+15550100101') AS blocked_old_consent;
SELECT grant_consent('+15550100510', 'MG-ops') > 0 AS ok;
SELECT is_blocked('+15550100510', '+15550100101') AS blocked_new_consent;
-- only within the chain of the send
SELECT is_blocked('+15550100510', '+15550100100') AS blocked_other_service;
-- an inbound opt-in from the new owner records one
SELECT mark_reassigned('+15550100511', '2026-01-15') > 0 AS ok;
SELECT handle_inbound('+15550100511', '+15550100101', 'yes');
SELECT is_blocked('+15550100511', '+15550100101') AS blocked_after_yes;
-- a later disconnection counts, an earlier one does not move it back
SELECT mark_reassigned('+15550100511', '2026-01-01') > 0 AS ok;
SELECT since FROM opt_consent.suppressions WHERE recipient = '+15550100511' AND kind = 'reassigned';
-- opt-outs recorded before the date stay
SELECT opt_out('+15550100512', 'MG-ops') > 0 AS ok;
SELECT mark_reassigned('+15550100512', '2099-01-01') > 0 AS ok;
SELECT kind FROM status('+15550100512', '+15550100101');
SELECT kind, scope FROM opt_consent.suppressions WHERE recipient = '+15550100512' ORDER BY kind;
-- opt_in never lifts a reassignment
SELECT opt_in('+15550100510', '*', 'all') AS removed;
SELECT count(*) FROM opt_consent.suppressions WHERE recipient = '+15550100510' AND kind = 'reassigned';
SELECT mark_reassigned(NULL, '2026-01-01');
SELECT mark_reassigned('+15550100513', NULL);
SELECT mark_reassigned('+15550100513', 'infinity');
SELECT grant_consent('+15550100513', '*', 'pigeon post');

-- the one confirmation of an opt-out, within opt_consent.confirmation_window
-- (errors terse here: their details carry the opt-outs' times)
\set VERBOSITY terse
SHOW opt_consent.confirmation_window;
SELECT handle_inbound('+15550100520', '+15550100101', 'STOP');
INSERT INTO outbound (phone, sender, purpose) VALUES ('+15550100520', '+15550100101', 'opt_out_confirmation');
INSERT INTO outbound (phone, sender, purpose) VALUES ('+15550100520', '+15550100101', 'opt_out_confirmation');
INSERT INTO outbound (phone, sender, purpose) VALUES ('+15550100520', '+15550100101', 'marketing');
SELECT phone, purpose FROM outbound WHERE phone = '+15550100520';
SELECT count(*) AS confirmed FROM opt_consent.confirmations WHERE recipient = '+15550100520';
-- a DND of the chain still refuses the confirmation, at a wider scope too
-- (permanent, global), and a second opt-out at the sender's own scope (more
-- specific, so the one reported) gets no confirmation through it either;
-- reported as the DND (23611).  Before, the most specific opt-out alone was
-- asked, and each new opt-out let one more row through the DND
\set VERBOSITY sqlstate
SELECT set_dnd('+15550100540', 'all', true, '*', permanent => true) IS NOT NULL AS recorded;
SELECT handle_inbound('+15550100540', '+15550100101', 'STOP');
INSERT INTO outbound (phone, sender, purpose) VALUES ('+15550100540', '+15550100101', 'opt_out_confirmation');
SELECT opt_out('+15550100540', '+15550100101') IS NOT NULL AS opted_out;
INSERT INTO outbound (phone, sender, purpose) VALUES ('+15550100540', '+15550100101', 'opt_out_confirmation');
SELECT count(*) AS sent, (SELECT count(*) FROM opt_consent.confirmations WHERE recipient = '+15550100540') AS confirmed
  FROM outbound WHERE phone = '+15550100540';
\set VERBOSITY terse
-- a DND on another channel family does not
SELECT set_dnd('+15550100541', 'whatsapp', true) IS NOT NULL AS recorded;
SELECT handle_inbound('+15550100541', '+15550100101', 'STOP');
INSERT INTO outbound (phone, sender, purpose) VALUES ('+15550100541', '+15550100101', 'opt_out_confirmation');
SELECT count(*) AS sent FROM outbound WHERE phone = '+15550100541';
-- outside the window: blocked as usual (a short window, no sleep of minutes)
SET opt_consent.confirmation_window = '0';
SELECT handle_inbound('+15550100521', '+15550100101', 'STOP');
INSERT INTO outbound (phone, sender, purpose) VALUES ('+15550100521', '+15550100101', 'opt_out_confirmation');
SET opt_consent.confirmation_window = '1 hour';
INSERT INTO outbound (phone, sender, purpose) VALUES ('+15550100521', '+15550100101', 'opt_out_confirmation');
-- an opt-out recorded for a time ahead: within the window before it, the
-- confirmation passes (a hub's clock may run ahead); further ahead, or at
-- infinity, it is blocked (also with a window as long as an interval goes)
RESET opt_consent.confirmation_window;
INSERT INTO opt_consent.suppressions (recipient, scope, channel, kind, source, since) VALUES
	('+15550100523', '*', 'sms', 'opt_out', 'test', now() + interval '1 min'),
	('+15550100524', '*', 'sms', 'opt_out', 'test', now() + interval '1 year'),
	('+15550100525', '*', 'sms', 'opt_out', 'test', 'infinity');
INSERT INTO outbound (phone, sender, purpose) VALUES ('+15550100523', '+15550100101', 'opt_out_confirmation');
INSERT INTO outbound (phone, sender, purpose) VALUES ('+15550100524', '+15550100101', 'opt_out_confirmation');
INSERT INTO outbound (phone, sender, purpose) VALUES ('+15550100525', '+15550100101', 'opt_out_confirmation');
SET opt_consent.confirmation_window = '106751991 days';
INSERT INTO outbound (phone, sender, purpose) VALUES ('+15550100524', '+15550100101', 'opt_out_confirmation');
INSERT INTO outbound (phone, sender, purpose) VALUES ('+15550100525', '+15550100101', 'opt_out_confirmation');
\set VERBOSITY default
SET opt_consent.confirmation_window = '2147483647 days';   -- (more than microseconds count)
\set VERBOSITY terse
RESET opt_consent.confirmation_window;
SELECT phone FROM outbound WHERE phone IN ('+15550100523', '+15550100524', '+15550100525');
-- a queue with recheck=: the confirmation goes out with the first row
-- dispatched; a row marked when queued, put back and dispatched, is blocked
CREATE TABLE conf_q (id serial PRIMARY KEY, phone text, sender text, purpose text,
	status text NOT NULL DEFAULT 'queued', error_code int);
SELECT opt_consent.protect('conf_q', 'phone', 'sender', purpose_column => 'purpose',
	on_block => 'mark', status_column => 'status', error_code_column => 'error_code',
	recheck => 'status:sending|sent');
SELECT handle_inbound('+15550100526', '+15550100101', 'STOP');
INSERT INTO conf_q (phone, sender, purpose) VALUES
	('+15550100526', '+15550100101', 'opt_out_confirmation'),
	('+15550100526', '+15550100101', 'opt_out_confirmation') RETURNING id, status, error_code;
UPDATE conf_q SET status = 'sending' WHERE id = 1 RETURNING id, status, error_code;
UPDATE conf_q SET status = 'sent' WHERE id = 1 RETURNING id, status, error_code;
UPDATE conf_q SET status = 'queued', error_code = NULL WHERE id = 2;
UPDATE conf_q SET status = 'sending' WHERE id = 2 RETURNING id, status, error_code;
-- the other order: the row put back is dispatched first, and is the one
SELECT handle_inbound('+15550100527', '+15550100101', 'STOP');
INSERT INTO conf_q (phone, sender, purpose) VALUES
	('+15550100527', '+15550100101', 'opt_out_confirmation'),
	('+15550100527', '+15550100101', 'opt_out_confirmation') RETURNING id, status, error_code;
UPDATE conf_q SET status = 'queued', error_code = NULL WHERE id = 4;
UPDATE conf_q SET status = 'sending' WHERE id = 4 RETURNING id, status, error_code;
UPDATE conf_q SET status = 'sending' WHERE id = 3 RETURNING id, status, error_code;
-- written as sent (already in a recheck value): that is its send
SELECT handle_inbound('+15550100528', '+15550100101', 'STOP');
INSERT INTO conf_q (phone, sender, purpose, status) VALUES
	('+15550100528', '+15550100101', 'opt_out_confirmation', 'sending') RETURNING id, status, error_code;
INSERT INTO conf_q (phone, sender, purpose) VALUES
	('+15550100528', '+15550100101', 'opt_out_confirmation') RETURNING id, status, error_code;
UPDATE conf_q SET status = 'queued', error_code = NULL WHERE id = 6;
UPDATE conf_q SET status = 'sending' WHERE id = 6 RETURNING id, status, error_code;
UPDATE conf_q SET status = 'sent' WHERE id = 5 RETURNING id, status, error_code;
SELECT recipient, dispatched_at IS NOT NULL AS dispatched FROM opt_consent.confirmations
 WHERE recipient IN ('+15550100526', '+15550100527', '+15550100528') ORDER BY 1;
DROP TABLE conf_q;
-- ... a dispatched row moves on (sending -> sent) also once the window is over;
-- a queued row whose mapped columns change stays queued (its dispatch
-- decides); a row a later trigger puts in a recheck value goes out with the
-- confirmation, so a row put back after it is blocked at its dispatch
CREATE TABLE conf_q2 (id serial PRIMARY KEY, phone text, sender text, channel text DEFAULT 'sms',
	purpose text, urgent boolean DEFAULT false, status text NOT NULL DEFAULT 'queued', error_code int);
SELECT opt_consent.protect('conf_q2', 'phone', 'sender', channel_column => 'channel',
	purpose_column => 'purpose', on_block => 'mark', status_column => 'status',
	error_code_column => 'error_code', recheck => 'status:sending|sent');
CREATE FUNCTION conf_q2_fast() RETURNS trigger LANGUAGE plpgsql AS
	$$ BEGIN IF NEW.urgent THEN NEW.status := 'sending'; END IF; RETURN NEW; END $$;
CREATE TRIGGER zz_fast BEFORE INSERT OR UPDATE ON conf_q2 FOR EACH ROW EXECUTE FUNCTION conf_q2_fast();
SELECT opt_consent.protect('conf_q2', 'phone', 'sender', channel_column => 'channel',
	purpose_column => 'purpose', on_block => 'mark', status_column => 'status',
	error_code_column => 'error_code', recheck => 'status:sending|sent');
INSERT INTO opt_consent.suppressions (recipient, scope, channel, kind, source, since) VALUES
	('+15550100529', '*', 'sms', 'opt_out', 'test', now() - interval '4 min'),
	('+15550100530', '*', 'sms', 'opt_out', 'test', now());
INSERT INTO conf_q2 (phone, sender, purpose) VALUES
	('+15550100529', '+15550100101', 'opt_out_confirmation') RETURNING id, status, error_code;
UPDATE conf_q2 SET status = 'sending' WHERE id = 1 RETURNING id, status, error_code;
SET opt_consent.confirmation_window = '1 min';   -- (the opt-out is 4 minutes old)
UPDATE conf_q2 SET status = 'sent' WHERE id = 1 RETURNING id, status, error_code;
RESET opt_consent.confirmation_window;
INSERT INTO conf_q2 (phone, sender, purpose) VALUES
	('+15550100530', '+15550100101', 'opt_out_confirmation') RETURNING id, status, error_code;
UPDATE conf_q2 SET channel = 'SMS' WHERE id = 2 RETURNING id, status, error_code;
DELETE FROM conf_q2 WHERE id = 2;
DELETE FROM opt_consent.confirmations WHERE recipient = '+15550100530';
INSERT INTO conf_q2 (phone, sender, purpose, urgent) VALUES
	('+15550100530', '+15550100101', 'opt_out_confirmation', true) RETURNING id, status, error_code;
INSERT INTO conf_q2 (phone, sender, purpose) VALUES
	('+15550100530', '+15550100101', 'opt_out_confirmation') RETURNING id, status, error_code;
UPDATE conf_q2 SET status = 'queued', error_code = NULL WHERE id = 4;
UPDATE conf_q2 SET status = 'sending' WHERE id = 4 RETURNING id, status, error_code;
-- (put back with a column changed, and sent by the later trigger: blocked)
UPDATE conf_q2 SET status = 'queued', error_code = NULL, channel = 'SMS', urgent = true
 WHERE id = 4 RETURNING id, status, error_code;
DROP TABLE conf_q2;
DROP FUNCTION conf_q2_fast();
-- a later trigger that rewrites the sender of a confirmation, which the same
-- opt-out still blocks: the claim its BEFORE check made is its own at the
-- final check (it went out); the second confirmation is blocked
CREATE TABLE conf_r (id serial PRIMARY KEY, phone text, sender text, purpose text);
CREATE FUNCTION conf_r_route() RETURNS trigger LANGUAGE plpgsql AS
	$$ BEGIN NEW.sender := '+15550100100'; RETURN NEW; END $$;
CREATE TRIGGER zz_route BEFORE INSERT ON conf_r FOR EACH ROW EXECUTE FUNCTION conf_r_route();
SELECT opt_consent.protect('conf_r', 'phone', 'sender', purpose_column => 'purpose');
INSERT INTO opt_consent.suppressions (recipient, scope, channel, kind, source, since) VALUES
	('+15550100531', '*', 'sms', 'opt_out', 'test', now());
INSERT INTO conf_r (phone, sender, purpose) VALUES
	('+15550100531', '+15550100101', 'opt_out_confirmation') RETURNING phone, sender;
INSERT INTO conf_r (phone, sender, purpose) VALUES
	('+15550100531', '+15550100101', 'opt_out_confirmation') RETURNING phone, sender;
SELECT count(*) FROM conf_r;
DROP TABLE conf_r;
DROP FUNCTION conf_r_route();
-- a DND is not an opt-out: no confirmation passes it
SELECT set_dnd('+15550100522') > 0 AS ok;
INSERT INTO outbound (phone, sender, purpose) VALUES ('+15550100522', '+15550100101', 'opt_out_confirmation');
\set VERBOSITY default
RESET opt_consent.confirmation_window;
SET opt_consent.confirmation_window = 'soon';
SET opt_consent.confirmation_window = '-5 min';
SET opt_consent.confirmation_window = '1 month';
-- only a superuser sets it
CREATE ROLE oc_window;
SET ROLE oc_window;
SET opt_consent.confirmation_window = '1 day';
RESET ROLE;
DROP ROLE oc_window;

-- mark mode writes 21610 for every kind, 21211 for an invalid number
SELECT opt_consent.protect('outbound', 'phone', 'sender', on_block => 'mark',
	status_column => 'status', error_code_column => 'error_code');
INSERT INTO outbound (phone, sender) VALUES
	('+15550100599', '+15550100100'), ('+15550100510', '+15550100100'),
	('+15550100502', '+15550100100'), ('+15550100503', '+15550100100'), ('bogus', NULL);
SELECT phone, status, error_code FROM outbound WHERE status = 'failed' ORDER BY id;
-- skip mode
SELECT opt_consent.protect('outbound', 'phone', 'sender', on_block => 'skip');
INSERT INTO outbound (phone, sender) VALUES ('+15550100598', '+15550100100'), ('+15550100508', '+15550100100');
SELECT count(*) FROM outbound WHERE phone IN ('+15550100598', '+15550100508');

-- a confirmation whose channel column (DEFAULT 'sms') and recipient prefix
-- name two families: checked on both, its one confirmation claimed on the
-- prefix's family only, and none when the row is blocked after all (before:
-- each family claimed its own, a skipped row kept its claim, and a later
-- trigger's final check refused the row)
CREATE TABLE conf2 (id serial, to_number text, channel text DEFAULT 'sms', purpose text);
SELECT opt_consent.protect('conf2', 'to_number', channel_column => 'channel',
	purpose_column => 'purpose', on_block => 'skip');
SELECT opt_consent.opt_out('+15550109702', '*', 'sms') > 0 AS sms_out,
	   opt_consent.set_dnd('+15550109702', 'whatsapp') > 0 AS wa_dnd;
-- blocked (DND on whatsapp): skipped, and no confirmation is used up
INSERT INTO conf2 (to_number, purpose) VALUES ('whatsapp:+15550109702', 'opt_out_confirmation');
SELECT count(*) AS claims_9702 FROM opt_consent.confirmations WHERE recipient = '+15550109702';
-- the sms confirmation still goes, once
INSERT INTO conf2 (to_number, purpose) VALUES ('+15550109702', 'opt_out_confirmation');
INSERT INTO conf2 (to_number, purpose) VALUES ('+15550109702', 'opt_out_confirmation');
SELECT to_number FROM conf2 ORDER BY id;
-- opted out of both: the whatsapp: row is the sms opt-out's send too, and is blocked
SELECT opt_consent.opt_out('+15550109802', '*', 'sms') > 0 AS sms_out,
	   opt_consent.opt_out('+15550109802', '*', 'whatsapp') > 0 AS wa_out;
INSERT INTO conf2 (to_number, purpose) VALUES ('whatsapp:+15550109802', 'opt_out_confirmation');
SELECT count(*) AS claims_9802 FROM opt_consent.confirmations WHERE recipient = '+15550109802';
-- opted out of whatsapp only, with a later trigger: passes the final check
CREATE FUNCTION conf2_touch() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN RETURN NEW; END $$;
CREATE TRIGGER z_touch BEFORE INSERT ON conf2 FOR EACH ROW EXECUTE FUNCTION conf2_touch();
SELECT opt_consent.protect('conf2', 'to_number', channel_column => 'channel', purpose_column => 'purpose');
SELECT opt_consent.opt_out('+15550109803', '*', 'whatsapp') > 0 AS wa_out;
INSERT INTO conf2 (to_number, purpose) VALUES ('whatsapp:+15550109803', 'opt_out_confirmation');
SELECT channel FROM opt_consent.confirmations WHERE recipient = '+15550109803';
\set VERBOSITY terse
INSERT INTO conf2 (to_number, purpose) VALUES ('whatsapp:+15550109803', 'opt_out_confirmation');
\set VERBOSITY default
-- an opt-out on all covers both families: its confirmation passes once
SELECT opt_consent.opt_out('+15550109912', '*', 'all') > 0 AS all_out;
INSERT INTO conf2 (to_number, purpose) VALUES ('whatsapp:+15550109912', 'opt_out_confirmation');
SELECT channel FROM opt_consent.confirmations WHERE recipient = '+15550109912';
\set VERBOSITY terse
INSERT INTO conf2 (to_number, purpose) VALUES ('whatsapp:+15550109912', 'opt_out_confirmation');
-- and an ordinary row is blocked by it, on either pass
INSERT INTO conf2 (to_number) VALUES ('whatsapp:+15550109912');
\set VERBOSITY default
DROP TABLE conf2;
DROP FUNCTION conf2_touch();
DELETE FROM opt_consent.suppressions
 WHERE recipient = ANY ('{+15550109702,+15550109802,+15550109803,+15550109912}'::opt_consent.e164[]);
DELETE FROM opt_consent.confirmations
 WHERE recipient = ANY ('{+15550109702,+15550109802,+15550109803,+15550109912}'::opt_consent.e164[]);

-- write functions are SECURITY DEFINER and not granted to PUBLIC
SELECT p.proname, p.prosecdef, has_function_privilege('public', p.oid, 'EXECUTE') AS public_execute
  FROM pg_proc p WHERE p.oid IN ('opt_consent.grant_consent'::regproc, 'opt_consent.mark_reassigned'::regproc)
 ORDER BY 1;

DROP TABLE outbound;
TRUNCATE opt_consent.scopes;
