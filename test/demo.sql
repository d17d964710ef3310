-- opt_consent demo: run by 'make demo' in a throwaway cluster.
\pset footer off
\set VERBOSITY default
\set SHOW_CONTEXT never
SET timezone = 'UTC';
\echo
\echo '=== opt_consent demo ==='
CREATE EXTENSION opt_consent;
SET search_path = public, opt_consent;

\echo
\echo '--- 1. Phone numbers in any common form become one E.164 value'
SELECT input, input::opt_consent.e164 AS e164
  FROM (VALUES ('+1 (555) 010-0199'), ('tel:+1-555-010-0199'), ('0015550100199'),
               ('+44 7700 900123')) AS t(input);

\echo
\echo '--- 2. Inbound replies, as carriers deliver them, classified'
SELECT body AS inbound_body,
       opt_consent.normalize_keyword(body) AS normalized,
       opt_consent.classify(body) AS exact,
       opt_consent.classify(body, NULL, 'first_word') AS first_word,
       opt_consent.classify(body, NULL, 'contains') AS contains
  FROM (VALUES ('STOP'), (' Stop. '), ('stop!!'), (U&'\FF33\FF34\FF2F\FF30'),
               ('Opt-out'), (E'unsubscribe\u200B'), (U&'STOP \D83D\DED1'),
               ('Stop please'), ('please stop texting me'), ('START'), ('yes!'),
               ('HELP?'), ('STOPPING'), ('unstoppable'), ('Thanks, see you then')) AS t(body);
SELECT opt_consent.add_language('fr') AS french_keywords_added;
SELECT body, opt_consent.classify(body) FROM (VALUES (U&'ARR\00CAT'), ('Aide')) AS t(body);

\echo
\echo '--- 3. A messaging service with two numbers, and the outbound queue it protects'
INSERT INTO opt_consent.scopes (id, kind, parent, label) VALUES
    ('AC-acme', 'account', NULL, 'ACME Inc.'),
    ('MG-alerts', 'messaging_service', 'AC-acme', 'Order alerts'),
    ('+1 555 010 0100', 'number', 'MG-alerts', 'alerts long code 1'),
    ('+1 555 010 0101', 'number', 'MG-alerts', 'alerts long code 2');
CREATE TABLE outbound_messages (
    id bigserial PRIMARY KEY,
    to_number text NOT NULL,
    from_number text NOT NULL,
    body text NOT NULL,
    status text NOT NULL DEFAULT 'queued',
    error_code integer
);
SELECT opt_consent.protect('outbound_messages', 'to_number', 'from_number');
INSERT INTO outbound_messages (to_number, from_number, body)
    VALUES ('+15550100199', '+15550100100', 'Your order has shipped.');
SELECT id, to_number, from_number, body, status FROM outbound_messages;

\echo
\echo '--- 4. The customer replies STOP to the first number'
SELECT opt_consent.handle_inbound('+1 (555) 010-0199', '+15550100100', 'Stop.', message_id => 'SM0001');
SELECT * FROM opt_consent.status('+15550100199', '+15550100101');

\echo
\echo '--- 5. The next send, even from the other number of the service, is refused (SQLSTATE 23610)'
INSERT INTO outbound_messages (to_number, from_number, body)
    VALUES ('+15550100199', '+15550100101', 'Your order was delivered.');
\echo 'SQLSTATE:' :LAST_ERROR_SQLSTATE

\echo
\echo '--- 6. A table in mark mode keeps the row, marked failed with Twilio''s error code 21610'
SELECT opt_consent.protect('outbound_messages', 'to_number', 'from_number', on_block => 'mark',
                           status_column => 'status', error_code_column => 'error_code');
INSERT INTO outbound_messages (to_number, from_number, body) VALUES
    ('+15550100199', '+15550100101', 'Your order was delivered.'),
    ('+15550100177', '+15550100101', 'Your order was delivered.');
SELECT id, to_number, body, status, error_code FROM outbound_messages ORDER BY id;

\echo
\echo '--- 7. The customer replies START: sends go through again'
SELECT opt_consent.protect('outbound_messages', 'to_number', 'from_number');
SELECT opt_consent.handle_inbound('+15550100199', '+15550100100', 'START', message_id => 'SM0002');
INSERT INTO outbound_messages (to_number, from_number, body)
    VALUES ('+15550100199', '+15550100101', 'Welcome back!');
SELECT id, to_number, body, status FROM outbound_messages ORDER BY id;

\echo
\echo '--- 8. The consent history of the recipient'
SELECT id, action, scope, channel, keyword, body, message_id, actor FROM opt_consent.history('+15550100199');
