-- Bad input everywhere: NULL in every argument of every function, empty
-- strings, invalid names.  Each call gives the SPEC's SQLSTATE or a
-- documented result; none crashes.  (Ids returned are shown as "id".)
\set SHOW_CONTEXT never
SET search_path = public, opt_consent;
SET timezone = 'UTC';

CREATE TEMP TABLE calls (ord serial, call text);
INSERT INTO calls (call) VALUES
	-- e164 and casts
	($$SELECT NULL::opt_consent.e164$$),
	($$SELECT ''::opt_consent.e164$$),
	($$SELECT opt_consent.e164(NULL)$$),
	($$SELECT opt_consent.canonical_scope(NULL)$$),
	($$SELECT opt_consent.canonical_scope('')$$),
	($$SELECT opt_consent.channel_family(NULL)$$),
	($$SELECT opt_consent.channel_family('')$$),
	-- classification
	($$SELECT opt_consent.normalize_keyword(NULL)$$),
	($$SELECT opt_consent.normalize_keyword('')$$),
	($$SELECT opt_consent.classify(NULL, NULL, NULL)$$),
	($$SELECT opt_consent.classify('stop', '', 'exact')$$),
	($$SELECT opt_consent.classify('stop', NULL, '')$$),
	($$SELECT opt_consent.classify('stop', '+1 bad', 'exact')$$),
	-- (too long to normalize: 54000, not the allocator's XX000; ASCII is not)
	($$SELECT opt_consent.normalize_keyword(repeat('ﷺ', 14913081))$$),
	($$SELECT opt_consent.classify(repeat('ﷺ', 14913081))$$),
	($$SELECT length(opt_consent.normalize_keyword(repeat('s', 20000000)))$$),
	($$SELECT length(opt_consent.normalize_keyword(repeat('s', 20000000) || 'é'))$$),
	($$SELECT opt_consent.add_language(NULL, NULL)$$),
	($$SELECT opt_consent.add_language('', '*')$$),
	($$SELECT opt_consent.add_language('fr', '')$$),
	-- scopes
	($$SELECT count(*) FROM opt_consent.scope_chain(NULL, NULL)$$),
	($$SELECT count(*) FROM opt_consent.scope_chain('', '')$$),
	-- consent state
	($$SELECT opt_consent.opt_out(NULL)$$),
	($$SELECT opt_consent.opt_out('+15550100801', NULL, NULL, NULL, NULL)$$),
	($$SELECT opt_consent.opt_out('+15550100801', '', 'sms')$$),
	($$SELECT opt_consent.opt_out('+15550100801', '*', '')$$),
	($$SELECT opt_consent.opt_out('+15550100801', '*', 'sms', '', '')$$),
	($$SELECT opt_consent.opt_in(NULL)$$),
	($$SELECT opt_consent.opt_in('+15550100801', NULL, NULL, NULL)$$),
	($$SELECT opt_consent.opt_in('+15550100801', '*', 'nope!')$$),
	($$SELECT opt_consent.set_dnd(NULL)$$),
	($$SELECT opt_consent.set_dnd('+15550100802', NULL, NULL, NULL, NULL)$$),
	($$SELECT opt_consent.set_dnd('+15550100802', 'all', false, NULL, NULL)$$),
	($$SELECT opt_consent.handle_inbound(NULL, NULL, NULL)$$),
	($$SELECT opt_consent.handle_inbound('+15550100803', NULL, NULL)$$),
	($$SELECT opt_consent.handle_inbound('+15550100803', NULL, 'STOP', NULL, NULL, NULL, NULL)$$),
	($$SELECT opt_consent.handle_inbound('', '+15550100100', 'STOP')$$),
	($$SELECT opt_consent.handle_inbound('+15550100803', '', 'START')$$),
	($$SELECT opt_consent.handle_inbound('+15550100803', '+15550100100', 'STOP', '', 'sms', '', 'exact')$$),
	($$SELECT opt_consent.handle_inbound('whatsapp:', '+15550100100', 'STOP')$$),
	($$SELECT opt_consent.handle_inbound('+15550100803', '+15550100100', repeat('stop ', 200000), mode => 'contains')$$),
	-- lookups
	($$SELECT opt_consent.is_blocked(NULL, NULL, NULL, NULL)$$),
	($$SELECT opt_consent.is_blocked('+15550100801', NULL, NULL, NULL)$$),
	($$SELECT opt_consent.is_blocked('+15550100801', '', '', 'sms')$$),
	($$SELECT opt_consent.is_blocked('+15550100801', NULL, NULL, '')$$),
	($$SELECT allowed FROM opt_consent.status(NULL, NULL, NULL, NULL)$$),
	($$SELECT kind FROM opt_consent.status('+15550100801', NULL, NULL, NULL)$$),
	($$SELECT count(*) FROM opt_consent.history(NULL)$$),
	-- enforcement
	($$SELECT opt_consent.protect(NULL, NULL)$$),
	($$SELECT opt_consent.protect('bad_input_out', '')$$),
	($$SELECT opt_consent.protect('bad_input_out', 'phone', on_block => NULL)$$),
	($$SELECT opt_consent.protect('bad_input_out', 'phone', on_block => '')$$),
	($$SELECT opt_consent.protect('bad_input_out', 'phone', on_block => 'mark', status_column => 'st', blocked_status => NULL)$$),
	($$SELECT opt_consent.unprotect(NULL)$$),
	($$SELECT opt_consent.unprotect('bad_input_out')$$),
	-- version 1.1
	($$SELECT opt_consent.grant_consent(NULL, NULL)$$),
	($$SELECT opt_consent.grant_consent('+15550100804', NULL, NULL, NULL, NULL, NULL)$$),
	($$SELECT opt_consent.grant_consent('+15550100804', '', 'sms')$$),
	($$SELECT opt_consent.mark_reassigned(NULL, NULL)$$),
	($$SELECT opt_consent.become_spoke(NULL)$$),
	($$SELECT opt_consent.become_spoke(E' \t')$$),
	($$SELECT opt_consent.become_spoke('hub.example:5432')$$),
	($$SELECT opt_consent.create_registry_publication(NULL, NULL)$$);

CREATE TABLE bad_input_out (phone text, st text);
-- empty sender or channel columns in an outbound row mean "not given"
CREATE TABLE bad_input_rows (phone text, sender text, channel text);
SELECT opt_consent.protect('bad_input_rows', 'phone', 'sender', channel_column => 'channel');
SELECT opt_consent.opt_out('+15550100805') > 0 AS ok;
\set VERBOSITY terse
INSERT INTO bad_input_rows VALUES ('+15550100805', '', '');
\set VERBOSITY default
INSERT INTO bad_input_rows VALUES ('+15550100806', '', '');
SELECT * FROM bad_input_rows;
DROP TABLE bad_input_rows;

DO $$
DECLARE
	r record;
	res text;
BEGIN
	FOR r IN SELECT * FROM calls ORDER BY ord LOOP
		BEGIN
			EXECUTE r.call INTO res;
			IF res ~ '^[0-9]{2,}$' AND r.call ~ '(opt_out|set_dnd|grant_consent)\(' THEN
				res := 'id';
			END IF;
			RAISE NOTICE '% => %', r.call, coalesce(res, 'NULL');
		EXCEPTION WHEN OTHERS THEN
			RAISE NOTICE '% => ERROR % %', r.call, SQLSTATE, SQLERRM;
		END;
	END LOOP;
END
$$;

-- what those calls left behind: defaults applied where NULL meant "not given"
SELECT recipient, scope, channel, kind, keyword, source FROM suppressions
 WHERE recipient IN ('+15550100801', '+15550100802', '+15550100803') ORDER BY 1, 2, 3, 4;
SELECT recipient, scope, channel, method FROM consents WHERE recipient = '+15550100804';
SELECT role, hub FROM registry_node;
DELETE FROM registry_node;
DROP PUBLICATION IF EXISTS opt_consent_registry;
DROP TABLE bad_input_out;
