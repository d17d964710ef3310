-- test/bench/pgbench_opt_out.sql: a global SMS opt-out of one of 20 recipients
\set r random(1, 20)
SELECT opt_consent.opt_out(('+1999000' || lpad(:r::text, 4, '0'))::opt_consent.e164, '*', 'sms', 'bench');
