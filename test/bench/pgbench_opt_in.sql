-- test/bench/pgbench_opt_in.sql: the opt-in that lifts it
\set r random(1, 20)
SELECT opt_consent.opt_in(('+1999000' || lpad(:r::text, 4, '0'))::opt_consent.e164, '*', 'sms', 'bench');
