-- test/bench/pgbench_insert.sql: one queued message to a recipient with no
-- suppression, from a registered number (run with -D ns=<suppressions>)
\set k random(:ns + 1, 9999999)
\set r (:k * 7919) % 10000000
\set n random(0, 9999)
\set s :n % 1000
INSERT INTO bench.outbound (to_number, from_number, service_sid, body)
VALUES ('+1555' || lpad(:r::text, 7, '0'), '+1201555' || lpad(:n::text, 4, '0'),
        'MG' || lpad(:s::text, 32, '0'), 'Your verification code is 123456. It expires in 10 minutes.');
