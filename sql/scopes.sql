-- Scopes and their hierarchy (SPEC 3)
\set SHOW_CONTEXT never
SET search_path = opt_consent, public;

-- an agency account with a sub-account, a messaging service, numbers and senders
INSERT INTO scopes (id, kind, parent, label) VALUES
	('AC-agency', 'account', NULL, 'Agency'),
	('AC-shop', 'account', 'AC-agency', 'Shop sub-account'),
	('MG-shop', 'messaging_service', 'AC-shop', 'Shop notifications'),
	('tel:+1 (555) 010-0100', 'number', 'MG-shop', 'long code in the service'),
	('12345', 'number', 'AC-shop', 'short code'),
	('whatsapp:+14155238886', 'channel_sender', 'MG-shop', 'WhatsApp sender'),
	('ACME', 'channel_sender', NULL, 'alphanumeric sender, standalone'),
	('MG-solo', 'messaging_service', NULL, 'service without an account');
-- phone-number ids are stored canonical, others as given
SELECT id, kind, parent, label FROM scopes ORDER BY id;

-- scope_chain: most specific first, then the service's chain, then '*'
SELECT * FROM scope_chain('+15550100100');
SELECT * FROM scope_chain('+1 555 010 0100');			-- canonicalized
SELECT * FROM scope_chain('0015550100100', 'MG-solo');
SELECT * FROM scope_chain('12345', 'MG-shop');			-- AC-shop and AC-agency once
SELECT * FROM scope_chain('whatsapp:+14155238886');
SELECT * FROM scope_chain('+15550199999');				-- unregistered: itself
SELECT * FROM scope_chain('+15550199999', 'MG-unknown');
SELECT * FROM scope_chain(NULL, 'MG-shop');
SELECT * FROM scope_chain(NULL);
SELECT * FROM scope_chain(NULL, NULL);
SELECT * FROM scope_chain('*');
SELECT * FROM scope_chain('+1 bad');

-- parent rules (23514)
INSERT INTO scopes VALUES ('+15550100101', 'number', '12345');				-- a number as parent
INSERT INTO scopes VALUES ('MG-x', 'messaging_service', 'MG-shop');		-- service under a service
INSERT INTO scopes VALUES ('AC-x', 'account', 'MG-shop');					-- account under a service
INSERT INTO scopes VALUES ('ACME2', 'channel_sender', 'ACME');			-- sender under a sender
INSERT INTO scopes VALUES ('+15550100102', 'phone', NULL);					-- unknown kind
INSERT INTO scopes VALUES ('*', 'account', NULL);							-- '*' is reserved
INSERT INTO scopes VALUES ('', 'account', NULL);
INSERT INTO scopes VALUES ('+15550100103', 'number', 'AC-missing');		-- foreign key (23503)
INSERT INTO scopes VALUES ('AC-self', 'account', 'AC-self');
-- cycles (23514)
UPDATE scopes SET parent = 'AC-shop' WHERE id = 'AC-agency';
UPDATE scopes SET parent = 'AC-agency' WHERE id = 'AC-agency';
-- a scope with children cannot become a leaf kind
UPDATE scopes SET kind = 'number' WHERE id = 'MG-shop';
UPDATE scopes SET kind = 'messaging_service' WHERE id = 'AC-agency';
-- a number moves to another service: its chain follows
UPDATE scopes SET parent = 'MG-solo' WHERE id = '+15550100100';
SELECT * FROM scope_chain('+15550100100');
UPDATE scopes SET parent = 'MG-shop' WHERE id = '+15550100100';

-- depth: a chain of at most 16 scopes
INSERT INTO scopes (id, kind, parent)
	SELECT 'AC-d' || i, 'account', CASE WHEN i > 1 THEN 'AC-d' || (i - 1) END
	  FROM generate_series(1, 15) i;
INSERT INTO scopes VALUES ('MG-d16', 'messaging_service', 'AC-d15');		-- 16: fine
INSERT INTO scopes VALUES ('+15550100116', 'number', 'MG-d16');			-- 17: too deep
SELECT count(*) AS chain_length FROM scope_chain('MG-d16');			-- 16 + '*'
-- moving a subtree under another one counts the depth below it too
INSERT INTO scopes VALUES ('AC-top', 'account', NULL), ('AC-mid', 'account', 'AC-top');
UPDATE scopes SET parent = 'AC-mid' WHERE id = 'AC-d1';
UPDATE scopes SET parent = 'AC-top' WHERE id = 'AC-d2';					-- 15 below + AC-top: 16, fine
SELECT count(*) AS chain_length FROM scope_chain('MG-d16');
DELETE FROM scopes WHERE id LIKE 'MG-d%' OR id LIKE 'AC-d%' OR id IN ('AC-top', 'AC-mid');

-- a scope with children cannot be deleted (foreign key)
DELETE FROM scopes WHERE id = 'MG-shop';

-- changes are seen by scope_chain at once in this session, also after rollback
BEGIN;
INSERT INTO scopes VALUES ('+15550100150', 'number', 'MG-solo');
SELECT * FROM scope_chain('+15550100150');
ROLLBACK;
SELECT * FROM scope_chain('+15550100150');

-- channel families
SELECT c, channel_family(c) FROM (VALUES ('sms'), ('MMS'), ('rcs'), ('WhatsApp'), ('voice'), ('call'),
	('email'), ('all'), ('fb'), ('gmb'), ('x_1')) AS t(c);
SELECT channel_family('');
SELECT channel_family('1sms');
SELECT channel_family('what sapp');
SELECT channel_family('a_very_long_channel_name_of_33_chr');
SELECT channel_family('whatsapp:');

-- leave no scopes behind for the next suites
TRUNCATE scopes;
SELECT count(*) FROM scopes;
