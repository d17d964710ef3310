-- test/bench/pgbench_live_send.sql: a send to one of 20 recipients that other
-- clients opt out and in; blocked sends are counted by bench.live_send
\set r random(1, 20)
\set n random(0, 9999)
\set s :n % 1000
SELECT bench.live_send('+1999000' || lpad(:r::text, 4, '0'), '+1201555' || lpad(:n::text, 4, '0'),
                       'MG' || lpad(:s::text, 32, '0'));
