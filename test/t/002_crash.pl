# A server crash (immediate stop) right after opt-outs commit: after
# restart, every committed opt-out is there and enforced.
use strict;
use warnings;
use PostgreSQL::Test::Cluster;
use PostgreSQL::Test::Utils;
use Test::More;

my $node = PostgreSQL::Test::Cluster->new('crash');
$node->init;
$node->append_conf('postgresql.conf', "synchronous_commit = on\n");
$node->start;
$node->safe_psql('postgres', q{
	CREATE EXTENSION opt_consent;
	CREATE TABLE outbound (id serial, phone text, sender text);
	SELECT opt_consent.protect('outbound', 'phone', 'sender');
});
# 200 opt-outs, each its own committed transaction, then an immediate crash
for my $i (1 .. 200)
{
	$node->safe_psql('postgres',
		sprintf("SELECT opt_consent.handle_inbound('+1555010%04d', '+15550100100', 'STOP')", $i));
}
$node->stop('immediate');
$node->start;

is($node->safe_psql('postgres',
	"SELECT count(*) FROM opt_consent.suppressions WHERE kind = 'opt_out'"),
	'200', 'every committed opt-out survived the crash');
is($node->safe_psql('postgres',
	"SELECT count(*) FROM opt_consent.events WHERE action = 'opt_out'"),
	'200', 'every ledger row survived the crash');
is($node->safe_psql('postgres', q{
	SELECT count(*) FROM generate_series(1, 200) i
	 WHERE opt_consent.is_blocked(('+1555010' || lpad(i::text, 4, '0'))::opt_consent.e164, '+15550100100')}),
	'200', 'and each is enforced by the lookup');
my ($ret, $stdout, $stderr) = $node->psql('postgres',
	"INSERT INTO outbound (phone, sender) VALUES ('+15550100200', '+15550100100')");
like($stderr, qr/unsubscribed recipient \+15550100200/, 'and by the trigger');
# the hash index on suppressions is crash-safe too (WAL-logged)
is($node->safe_psql('postgres', q{
	SET enable_seqscan = off; SET enable_bitmapscan = on;
	SELECT count(*) FROM opt_consent.suppressions
	 WHERE recipient OPERATOR(opt_consent.=) '+15550100150'}), '1', 'the index is intact');
$node->stop;
done_testing();
