-- test/bench/pgbench_opt_out.sql: a global SMS opt-out of one of 20 recipients,
-- then (a new transaction, after the commit returned) the time by which it
-- was certainly visible to everyone
\set r random(1, 20)
SELECT opt_consent.opt_out(('+1999000' || lpad(:r::text, 4, '0'))::opt_consent.e164, '*', 'sms', 'bench') AS event_id \gset
INSERT INTO bench.live_acks (event_id) VALUES (:event_id);
