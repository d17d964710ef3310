# One consent registry enforced by many databases: a hub and two spokes on
# PostgreSQL's logical replication, on loopback.
use strict;
use warnings;
use PostgreSQL::Test::Cluster;
use PostgreSQL::Test::Utils;
use Test::More;
use Time::HiRes qw(time usleep);

my $hub = PostgreSQL::Test::Cluster->new('hub');
$hub->init(allows_streaming => 'logical');
$hub->start;

my @spokes = map { PostgreSQL::Test::Cluster->new("spoke$_") } (1, 2);
for my $spoke (@spokes)
{
	$spoke->init;
	$spoke->start;
}

$hub->safe_psql('postgres', q{
	CREATE EXTENSION opt_consent;
	INSERT INTO opt_consent.scopes (id, kind, parent) VALUES
		('AC1', 'account', NULL), ('MG1', 'messaging_service', 'AC1'),
		('MG2', 'messaging_service', 'AC1'), ('+15550100100', 'number', 'MG1');
	SELECT opt_consent.opt_out('+15550100900', 'MG2');
	SELECT opt_consent.create_registry_publication();
});

my $hub_connstr = 'host=' . $hub->host . ' port=' . $hub->port . ' dbname=postgres';
my $i = 0;
for my $spoke (@spokes)
{
	$i++;
	$spoke->safe_psql('postgres', qq{
		CREATE EXTENSION opt_consent;
		SELECT opt_consent.become_spoke('hub');
		CREATE TABLE outbound (id serial PRIMARY KEY, phone text, sender text);
		SELECT opt_consent.protect('outbound', 'phone', 'sender');
	});
	$spoke->safe_psql('postgres',
		"CREATE SUBSCRIPTION registry$i CONNECTION '$hub_connstr' PUBLICATION opt_consent_registry");
	$spoke->wait_for_subscription_sync($hub, "registry$i");
}

# can spoke send to phone from +15550100100?  (1 = sent, 0 = blocked)
sub try_send
{
	my ($spoke, $phone) = @_;
	my ($ret, $out, $err) = $spoke->psql('postgres',
		"INSERT INTO outbound (phone, sender) VALUES ('$phone', '+15550100100')");
	return 1 if $ret == 0;
	die "unexpected error: $err" unless $err =~ /unsubscribed recipient|no recorded consent/;
	return 0;
}

# poll until try_send gives the expected answer; return the delay in ms
sub wait_for_send
{
	my ($spoke, $phone, $want, $t0) = @_;
	for (1 .. 3000)
	{
		return (time() - $t0) * 1000 if try_send($spoke, $phone) == $want;
		usleep(10_000);
	}
	return undef;
}

for my $spoke (@spokes)
{
	is($spoke->safe_psql('postgres', 'SELECT count(*) FROM opt_consent.scopes'), '4',
		$spoke->name . ': the scopes arrived');
	is(try_send($spoke, '+15550100901'), 1, $spoke->name . ': a send goes through');
}

# a STOP on the hub blocks sends on both spokes
my $t0 = time();
$hub->safe_psql('postgres',
	"SELECT opt_consent.handle_inbound('+15550100901', '+15550100100', 'STOP')");
my @delays;
for my $spoke (@spokes)
{
	my $ms = wait_for_send($spoke, '+15550100901', 0, $t0);
	ok(defined $ms, $spoke->name . ': the STOP blocks sends');
	push @delays, $ms // -1;
}
diag(sprintf('STOP on the hub to a blocked send on the spokes: %.0f ms, %.0f ms', @delays));

# START on the hub lets them through again
$t0 = time();
$hub->safe_psql('postgres',
	"SELECT opt_consent.handle_inbound('+15550100901', '+15550100100', 'START')");
for my $spoke (@spokes)
{
	my $ms = wait_for_send($spoke, '+15550100901', 1, $t0);
	ok(defined $ms, $spoke->name . ': START lets sends through again');
	diag(sprintf('%s: START propagated in %.0f ms', $spoke->name, $ms // -1));
}

# local writes on a spoke are refused, with the place to write instead
my ($ret, $out, $err) = $spokes[0]->psql('postgres',
	"SELECT opt_consent.opt_out('+15550100902')");
like($err, qr/replicated from the consent registry hub/, 'a spoke refuses local registry writes');
($ret, $out, $err) = $spokes[0]->psql('postgres',
	"DELETE FROM opt_consent.suppressions");
like($err, qr/on the hub/, 'even direct ones, with a hint');

# a number moved to another service on the hub: the spokes' scope caches
# (warm in a long-lived session) follow, though the apply worker fires no
# ordinary triggers
my $session = $spokes[1]->background_psql('postgres');
$session->query_safe("SELECT opt_consent.is_blocked('+15550100900', '+15550100100')");
is($session->query_safe("SELECT opt_consent.is_blocked('+15550100900', '+15550100100')"),
	'f', 'before the move, MG2\'s opt-out does not cover +15550100100');
$hub->safe_psql('postgres', "UPDATE opt_consent.scopes SET parent = 'MG2' WHERE id = '+15550100100'");
$hub->wait_for_catchup('registry2');
is($session->query_safe("SELECT opt_consent.is_blocked('+15550100900', '+15550100100')"),
	't', 'after the move, the warm session of a spoke sees the new chain');
# and the keyword cache follows too
$session->query_safe("SELECT opt_consent.classify('basta', '+15550100100')");
$hub->safe_psql('postgres', "INSERT INTO opt_consent.keywords (scope, keyword, class) VALUES ('MG2', 'basta', 'opt_out')");
$hub->wait_for_catchup('registry2');
is($session->query_safe("SELECT opt_consent.classify('basta', '+15550100100')"),
	'opt_out', 'a keyword added on the hub is seen by the warm session of a spoke');
$session->quit;

# a spoke that was down catches up with nothing lost
$spokes[1]->stop;
$hub->safe_psql('postgres', q{
	SELECT opt_consent.opt_out(('+1555020' || lpad(i::text, 4, '0'))::opt_consent.e164)
	  FROM generate_series(1, 100) i});
$spokes[1]->start;
$hub->wait_for_catchup('registry2');
is($spokes[1]->safe_psql('postgres', q{
	SELECT count(*) FROM generate_series(1, 100) i
	 WHERE opt_consent.is_blocked(('+1555020' || lpad(i::text, 4, '0'))::opt_consent.e164)}),
	'100', 'the restarted spoke caught up with every opt-out');
is(try_send($spokes[1], '+15550200050'), 0, 'and enforces them');

# the health check
my $status = $spokes[0]->safe_psql('postgres',
	'SELECT subscription, enabled, healthy, lag IS NOT NULL FROM opt_consent.registry_status()');
is($status, 'registry1|t|t|t', 'registry_status() reports a healthy subscription');

# registry_status() of a spoke once its subscription registry3's apply
# worker runs: enabled, worker running, healthy
sub status_once_running
{
	my ($spoke) = @_;
	$spoke->poll_query_until('postgres', q{SELECT count(*) > 0 FROM pg_stat_subscription
		WHERE subname = 'registry3' AND relid IS NULL AND pid IS NOT NULL})
	  or die 'the apply worker of registry3 did not start';
	return $spoke->safe_psql('postgres',
		'SELECT enabled, worker_pid IS NOT NULL, healthy FROM opt_consent.registry_status()');
}

# a new spoke is not healthy until the initial copy of every registry table is
# done: its worker runs, but its suppressions are still empty (a session holds
# a SHARE lock on the table, so the copy waits)
my $spoke3 = PostgreSQL::Test::Cluster->new('spoke3');
$spoke3->init;
$spoke3->start;
$spoke3->safe_psql('postgres', q{CREATE EXTENSION opt_consent; SELECT opt_consent.become_spoke('hub')});
my $holder = $spoke3->background_psql('postgres');
$holder->query_safe('BEGIN; LOCK TABLE opt_consent.suppressions IN SHARE MODE');
$spoke3->safe_psql('postgres',
	"CREATE SUBSCRIPTION registry3 CONNECTION '$hub_connstr' PUBLICATION opt_consent_registry");
is(status_once_running($spoke3), 't|t|f', 'registry_status(): not healthy while the initial copy waits');
$holder->query_safe('COMMIT');
$holder->quit;
$spoke3->wait_for_subscription_sync($hub, 'registry3');
$spoke3->poll_query_until('postgres', 'SELECT healthy FROM opt_consent.registry_status()')
  or die 'registry3 did not become healthy';
is($spoke3->safe_psql('postgres', q{SELECT opt_consent.is_blocked('+15550200050')}), 't',
	'healthy once the copy is done, with the opt-outs there');
# nor with a subscription that carries no registry table (a hub restored before
# create_registry_publication() was run again publishes none of them)
$hub->safe_psql('postgres', 'CREATE PUBLICATION empty_registry');
$spoke3->safe_psql('postgres', 'DROP SUBSCRIPTION registry3');
$spoke3->safe_psql('postgres',
	"CREATE SUBSCRIPTION registry3 CONNECTION '$hub_connstr' PUBLICATION empty_registry");
is(status_once_running($spoke3), 't|t|f', 'registry_status(): not healthy when the registry tables are not subscribed');
$spoke3->safe_psql('postgres', 'DROP SUBSCRIPTION registry3');
$hub->safe_psql('postgres', 'DROP PUBLICATION empty_registry');
$spoke3->stop;

# a dump of the hub restored: pg_dump leaves out the publication's member
# tables (they belong to the extension); create_registry_publication() run
# again adds them
{
	my $dump = $PostgreSQL::Test::Utils::tmp_check . '/hub.dump';
	$hub->command_ok([ 'pg_dump', '-Fc', '-f', $dump, '-d', $hub->connstr('postgres') ], 'pg_dump of the hub');
	$hub->safe_psql('postgres', 'CREATE DATABASE hub_restored');
	$hub->command_ok([ 'pg_restore', '--exit-on-error', '-d', $hub->connstr('hub_restored'), $dump ],
		'pg_restore of the hub');
	my $members = q{SELECT count(*) FROM pg_publication_tables WHERE pubname = 'opt_consent_registry'};
	my $published = $hub->safe_psql('postgres', $members);
	$hub->safe_psql('hub_restored', 'SELECT opt_consent.create_registry_publication()');
	is($hub->safe_psql('hub_restored', $members), $published,
		"create_registry_publication() again gives the restored hub's publication its $published tables");
	$hub->safe_psql('hub_restored', 'SELECT opt_consent.create_registry_publication()');
	is($hub->safe_psql('hub_restored', $members), $published, 'and a third call changes nothing');
}

$_->stop for (@spokes, $hub);
done_testing();
