-- Message categories, the FCC revoke-all rule and reply texts (SPEC 9.5)
\set SHOW_CONTEXT never
SET search_path = public, opt_consent;
SET timezone = 'UTC';
\set VERBOSITY terse
-- (the revoke-all date is a setting: both sides of it are tested by
-- setting it, never by waiting)
SET opt_consent.revoke_all_from = 'never';

INSERT INTO categories (id, label, solicitation) VALUES
	('marketing', 'Offers and promotions', true), ('notices', 'Account notices', false);
INSERT INTO categories (id) VALUES ('all');
INSERT INTO categories (id) VALUES ('Promo');
INSERT INTO scopes (id, kind, label) VALUES ('AC-cat', 'account', 'ACME');
INSERT INTO scopes (id, kind, parent) VALUES ('MG-cat', 'messaging_service', 'AC-cat'),
	('MG-nolabel', 'messaging_service', NULL);
INSERT INTO scopes (id, kind, parent) VALUES ('+15550102100', 'number', 'MG-cat');

------------------------------------------------------------------------------
-- an opt-out of one category
------------------------------------------------------------------------------
SELECT opt_out('+15550102001', 'MG-cat', category => 'marketing') > 0 AS ok;
SELECT opt_out('+15550102001', 'MG-cat', category => 'offers');
SELECT category, requested_category FROM events WHERE recipient = '+15550102001';
-- status and is_blocked: that category and unlabelled messages are blocked
SELECT c AS category, is_blocked('+15550102001', '+15550102100', NULL, 'sms', c) AS blocked
  FROM (VALUES ('marketing'), ('notices'), (NULL)) v(c);
SELECT allowed, kind, scope, on_channel, keyword FROM status('+15550102001', '+15550102100', category => 'marketing');
SELECT is_blocked('+15550102001', '+15550102100', category => 'nope');

-- the trigger: category=<column>
CREATE TABLE cat_out (id serial, to_number text, from_number text, category text);
SELECT protect('cat_out', 'to_number', 'from_number', category_column => 'category');
INSERT INTO cat_out (to_number, from_number, category) VALUES ('+15550102001', '+15550102100', 'notices');
INSERT INTO cat_out (to_number, from_number, category) VALUES ('+15550102001', '+15550102100', 'marketing');
INSERT INTO cat_out (to_number, from_number, category) VALUES ('+15550102001', '+15550102100', NULL);
-- an unregistered category is an error in every mode
INSERT INTO cat_out (to_number, from_number, category) VALUES ('+15550102002', '+15550102100', 'nope');
SELECT protect('cat_out', 'to_number', 'from_number', category_column => 'category', on_block => 'skip');
INSERT INTO cat_out (to_number, from_number, category) VALUES ('+15550102002', '+15550102100', 'nope');
-- (the empty string is not a category either)
INSERT INTO cat_out (to_number, from_number, category) VALUES ('+15550102002', '+15550102100', '');
-- a table without a category column: every opt-out counts (unlabelled)
CREATE TABLE plain_cat_out (to_number text, from_number text);
SELECT protect('plain_cat_out', 'to_number', 'from_number');
INSERT INTO plain_cat_out VALUES ('+15550102001', '+15550102100');

-- an opt-in of one category clears only that category
SELECT opt_out('+15550102003', 'MG-cat', category => 'marketing') > 0 AS ok,
	   opt_out('+15550102003', 'MG-cat', category => 'notices') > 0 AS ok2;
SELECT opt_in('+15550102003', 'MG-cat', category => 'notices') AS removed;
SELECT category FROM suppressions WHERE recipient = '+15550102003' ORDER BY 1;
-- an opt-in of '*' clears every category at that scope
SELECT opt_in('+15550102003', 'MG-cat') AS removed;

------------------------------------------------------------------------------
-- consent of a category counts for that category
------------------------------------------------------------------------------
UPDATE scopes SET require_consent = true WHERE id = 'MG-cat';
SELECT grant_consent('+15550102004', 'MG-cat', category => 'notices') > 0 AS ok;
SELECT c AS category, is_blocked('+15550102004', '+15550102100', NULL, 'sms', c) AS blocked
  FROM (VALUES ('marketing'), ('notices'), (NULL)) v(c);
SELECT grant_consent('+15550102004', 'MG-cat') > 0 AS every_category;
SELECT is_blocked('+15550102004', '+15550102100', category => 'marketing') AS blocked;
UPDATE scopes SET require_consent = false WHERE id = 'MG-cat';

------------------------------------------------------------------------------
-- keywords of a category: STOP PROMOS
------------------------------------------------------------------------------
INSERT INTO keywords (scope, keyword, class, category) VALUES ('*', 'stop promos', 'opt_out', 'marketing');
INSERT INTO keywords (scope, keyword, class, category) VALUES ('*', 'stop news', 'opt_out', 'news');
SELECT handle_inbound('+15550102005', '+15550102100', 'Stop promos');
SELECT scope, category FROM suppressions WHERE recipient = '+15550102005';
SELECT is_blocked('+15550102005', '+15550102100', category => 'notices') AS notices_blocked;
-- START (every category) clears it
SELECT handle_inbound('+15550102005', '+15550102100', 'START');
SELECT count(*) FROM suppressions WHERE recipient = '+15550102005';

------------------------------------------------------------------------------
-- the FCC revoke-all rule: from its date, one category's opt-out is all
------------------------------------------------------------------------------
-- before the date (the date is tomorrow): the category is kept
SELECT set_config('opt_consent.revoke_all_from', to_char(current_date + 1, 'YYYY-MM-DD'), false) IS NOT NULL AS set;
SELECT opt_out('+15550102006', 'MG-cat', category => 'marketing') > 0 AS ok;
SELECT category, requested_category FROM events WHERE recipient = '+15550102006';
-- on and after the date (today): recorded at '*', the request kept in the ledger
SELECT set_config('opt_consent.revoke_all_from', to_char(current_date, 'YYYY-MM-DD'), false) IS NOT NULL AS set;
SELECT opt_out('+15550102007', 'MG-cat', category => 'marketing') > 0 AS ok;
SELECT handle_inbound('+15550102008', '+15550102100', 'stop promos');
SELECT recipient, category, requested_category FROM events
 WHERE recipient IN ('+15550102007', '+15550102008') ORDER BY recipient;
SELECT recipient, category FROM suppressions
 WHERE recipient IN ('+15550102006', '+15550102007', '+15550102008') ORDER BY recipient;
SELECT is_blocked('+15550102007', '+15550102100', category => 'notices') AS notices_blocked;
-- opt-outs recorded before the date keep their category
SELECT is_blocked('+15550102006', '+15550102100', category => 'notices') AS notices_blocked;
-- the requested category is checked on both sides of the date
SELECT opt_out('+15550102010', 'MG-cat', category => 'no_such');
RESET opt_consent.revoke_all_from;
SET opt_consent.revoke_all_from = 'soon';
-- (YYYY-MM-DD only: a date that reads differently under another DateStyle is refused)
SET opt_consent.revoke_all_from = '02/12/2026';
SHOW opt_consent.revoke_all_from;
-- only a superuser may change it
CREATE ROLE oc_cat_user;
SET ROLE oc_cat_user;
SET opt_consent.revoke_all_from = 'never';
RESET ROLE;
DROP ROLE oc_cat_user;
SET opt_consent.revoke_all_from = 'never';

------------------------------------------------------------------------------
-- reply texts
------------------------------------------------------------------------------
-- built-in defaults, with the brand of the nearest labelled scope
SELECT c AS class, reply('+15550102100', NULL, c) AS text
  FROM unnest(enum_range(NULL::keyword_class)) c;
-- without any labelled scope: the service (or sender) stands for the brand
SELECT reply(NULL, 'MG-nolabel', 'opt_out');
-- the most specific scope's text, in that language, else in English
INSERT INTO replies (scope, class, language, body) VALUES
	('*', 'opt_out', 'en', 'Global: unsubscribed from {brand}.'),
	('AC-cat', 'opt_out', 'es', '{brand}: te has dado de baja. Responde START para volver.'),
	('MG-cat', 'help', 'en', '{brand} help: call 555-0100. Reply STOP to stop.');
SELECT reply('+15550102100', NULL, 'opt_out') AS en, reply('+15550102100', NULL, 'opt_out', 'es') AS es,
	   reply('+15550102100', NULL, 'opt_out', 'FR') AS fr, reply('+15550102100', NULL, 'help', 'es') AS help_es;
-- a regional tag falls back to its language, then to English (before: 'es-MX'
-- got English although a Spanish text exists)
SELECT reply('+15550102100', NULL, 'opt_out', 'es-MX') AS es_mx, reply('+15550102100', NULL, 'opt_out', 'es_419') AS es_419,
	   reply('+15550102100', NULL, 'opt_out', 'pt-BR') AS pt_br;
-- and a text for the region itself comes first
INSERT INTO replies (scope, class, language, body) VALUES ('*', 'opt_out', 'es-MX', '{brand}: baja confirmada (MX).');
SELECT reply('+15550102100', NULL, 'opt_out', 'es-mx') AS es_mx, reply('+15550102100', NULL, 'opt_out', 'es') AS es;
DELETE FROM replies WHERE language = 'es-mx';
INSERT INTO replies (scope, class, body) VALUES ('*', 'none', 'x');
INSERT INTO replies (scope, class, language, body) VALUES ('*', 'help', 'english', 'x');
-- PUBLIC may ask (no table privilege needed)
CREATE ROLE oc_replier;
SET ROLE oc_replier;
SELECT reply('+15550102100', NULL, 'help') AS as_public;
RESET ROLE;
DROP ROLE oc_replier;

------------------------------------------------------------------------------
-- the loop: webhook -> handle_inbound -> reply -> the one confirmation
------------------------------------------------------------------------------
CREATE TABLE loop_out (to_number text, from_number text, body text, purpose text);
SELECT protect('loop_out', 'to_number', 'from_number', purpose_column => 'purpose');
-- (the README's statement: a webhook delivered again queues no second
-- confirmation, and does not fail)
PREPARE loop(text, text, text, text) AS
WITH inbound AS (
	SELECT handle_inbound($1, $2, $3, message_id => $4) AS class,
		   EXISTS (SELECT FROM opt_consent.events e WHERE e.message_id = $4) AS retried
)
INSERT INTO loop_out (to_number, from_number, body, purpose)
	SELECT $1, $2, reply($2, NULL, i.class), 'opt_out_confirmation'
	  FROM inbound i WHERE i.class = 'opt_out' AND NOT i.retried
RETURNING body;
EXECUTE loop('+15550102009', '+15550102100', 'STOP', 'SM-loop');
EXECUTE loop('+15550102009', '+15550102100', 'STOP', 'SM-loop');
EXECUTE loop('+15550102009', '+15550102100', 'STOP', 'SM-loop');
SELECT count(*) AS confirmations_queued FROM loop_out;
DEALLOCATE loop;
INSERT INTO loop_out VALUES ('+15550102009', '+15550102100', 'again', 'opt_out_confirmation');

------------------------------------------------------------------------------
-- from the review
------------------------------------------------------------------------------
-- a row labelled '*' (every category) is a message not labelled, as NULL:
-- the marketing opt-out blocks it, in the trigger (here in skip mode) and in
-- is_blocked/status
INSERT INTO cat_out (to_number, from_number, category) VALUES ('+15550102001', '+15550102100', '*')
	RETURNING category;
SELECT is_blocked('+15550102001', '+15550102100', category => '*') AS star,
	   is_blocked('+15550102001', '+15550102100', category => NULL) AS null,
	   is_blocked('+15550102001', '+15550102100', category => 'notices') AS notices;
SELECT allowed, kind, scope FROM status('+15550102001', '+15550102100', category => '*');
-- a category in use cannot be removed (its STOPs would record nothing)
DELETE FROM categories WHERE id = 'marketing';
UPDATE categories SET id = 'promos' WHERE id = 'marketing';
UPDATE categories SET label = 'Promotions' WHERE id = 'marketing';
-- STOP, START and HELP cannot be narrowed to one category
INSERT INTO keywords (scope, keyword, class, category) VALUES ('MG-cat', 'stop', 'opt_out', 'marketing');
-- OptOutType STOP with a body that is an opt-in keyword of a category: '*'
INSERT INTO keywords (scope, keyword, class, category) VALUES ('*', 'start promos', 'opt_in', 'marketing');
SELECT handle_inbound('+15550102011', '+15550102100', 'start promos', opt_out_type => 'STOP');
SELECT category FROM suppressions WHERE recipient = '+15550102011';
-- a confirmation queued after the STOP passes again at its dispatch
CREATE TABLE disp_out (id int, to_number text, from_number text, purpose text, status text DEFAULT 'queued');
SELECT protect('disp_out', 'to_number', 'from_number', purpose_column => 'purpose', recheck => 'status:sending');
SELECT handle_inbound('+15550102012', '+15550102100', 'STOP');
INSERT INTO disp_out (id, to_number, from_number, purpose) VALUES (1, '+15550102012', '+15550102100', 'opt_out_confirmation');
UPDATE disp_out SET status = 'sending' WHERE id = 1 RETURNING id, status;
INSERT INTO disp_out (id, to_number, from_number, purpose) VALUES (2, '+15550102012', '+15550102100', 'opt_out_confirmation');
-- a trigger argument given twice is refused (it crashed the server)
CREATE TRIGGER twice BEFORE INSERT OR UPDATE ON disp_out FOR EACH ROW
	EXECUTE FUNCTION enforce('recipient=to_number', 'recheck=status:a|b|c|d|e|f|g|h|i', 'recheck=status:z');
UPDATE disp_out SET status = 'zz' WHERE id = 1;
DROP TRIGGER twice ON disp_out;

-- a permanent DND of one category beside the API's DND: turning DND off
-- removes both, so it needs a superuser (before: only the first row read
-- was asked, and an application role lifted the permanent one)
INSERT INTO suppressions (recipient, scope, channel, kind, permanent, source, since, category)
	VALUES ('+15550102013', '*', 'all', 'dnd', true, 'import', now(), 'marketing');
CREATE ROLE oc_dnd_app;
SELECT grant_role('oc_dnd_app', 'app');
SET ROLE oc_dnd_app;
SELECT set_dnd('+15550102013') > 0 AS dnd_on;
SELECT set_dnd('+15550102013', 'all', false);
RESET ROLE;
SELECT category, permanent FROM suppressions WHERE recipient = '+15550102013' ORDER BY category;
SELECT set_dnd('+15550102013', 'all', false) > 0 AS superuser_lifts_it;
SELECT count(*) FROM suppressions WHERE recipient = '+15550102013';
SELECT revoke_role('oc_dnd_app');
DROP ROLE oc_dnd_app;
DROP TABLE cat_out, plain_cat_out, loop_out, disp_out;
DELETE FROM keywords WHERE category IS NOT NULL;
DELETE FROM replies;
RESET opt_consent.revoke_all_from;
