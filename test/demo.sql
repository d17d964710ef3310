-- opt_consent demo: run by 'make demo' in a throwaway cluster.
\pset footer off
\echo
\echo '=== opt_consent demo ==='
CREATE EXTENSION opt_consent;

\echo
\echo '--- Phone numbers in any common form become one E.164 value'
SELECT input, input::opt_consent.e164 AS e164
  FROM (VALUES ('+1 (555) 010-0199'), ('tel:+1-555-010-0199'), ('0015550100199'),
               ('+44 7700 900123')) AS t(input);

\echo
\echo '--- Inbound replies, as a carrier delivers them, and how they are classified'
SELECT body AS inbound_body,
       opt_consent.normalize_keyword(body) AS normalized,
       opt_consent.classify(body) AS exact,
       opt_consent.classify(body, NULL, 'first_word') AS first_word,
       opt_consent.classify(body, NULL, 'contains') AS contains
  FROM (VALUES ('STOP'), (' Stop. '), ('stop!!'), (U&'\FF33\FF34\FF2F\FF30'),
               ('Opt-out'), (E'unsubscribe\u200B'), (U&'STOP \D83D\DED1'),
               ('Stop please'), ('please stop texting me'), ('START'), ('yes!'),
               ('HELP?'), ('STOPPING'), ('unstoppable'), ('Thanks, see you then')) AS t(body);

\echo
\echo '--- Other languages: add the French pack, then ARRÊT is an opt-out'
SELECT opt_consent.add_language('fr') AS keywords_added;
SELECT body, opt_consent.classify(body) FROM (VALUES (U&'ARR\00CAT'), ('arret'), ('Aide')) AS t(body);

\echo
\echo '--- A custom keyword for one messaging service only'
INSERT INTO opt_consent.keywords (scope, keyword, class) VALUES ('MG-acme', 'remove me', 'opt_out');
SELECT opt_consent.classify('Remove me!', 'MG-acme') AS at_acme,
       opt_consent.classify('Remove me!') AS elsewhere;
