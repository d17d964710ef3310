# Every upgrade path of the extension: install each older version, fill it
# with data of every kind that version has, update to the default version,
# and check that every row is kept and enforcement still works.  New upgrade
# scripts are picked up from pg_extension_update_paths() automatically.
use strict;
use warnings;
use PostgreSQL::Test::Cluster;
use PostgreSQL::Test::Utils;
use Test::More;

my $node = PostgreSQL::Test::Cluster->new('upgrades');
$node->init;
$node->start;

my $default = $node->safe_psql('postgres',
	"SELECT default_version FROM pg_available_extensions WHERE name = 'opt_consent'");
my @sources = split /\n/, $node->safe_psql('postgres', qq{
	SELECT source FROM pg_extension_update_paths('opt_consent')
	 WHERE target = '$default' AND path IS NOT NULL ORDER BY source});
ok(scalar(@sources) >= 1, "there is at least one upgrade path to $default");

my $tables = [qw(scopes keywords suppressions events)];

for my $from (@sources)
{
	my $db = "up_" . ($from =~ s/\W/_/gr);
	$node->safe_psql('postgres', "CREATE DATABASE $db");
	$node->safe_psql($db, qq{
		CREATE EXTENSION opt_consent VERSION '$from';
		SET search_path = public, opt_consent;
		INSERT INTO scopes (id, kind, parent) VALUES ('AC1', 'account', NULL),
			('MG1', 'messaging_service', 'AC1'), ('+15550100100', 'number', 'MG1');
		INSERT INTO keywords (scope, keyword, class) VALUES ('MG1', 'basta', 'opt_out');
		SELECT handle_inbound('+15550100001', '+15550100100', 'basta');
		SELECT handle_inbound('+15550100002', '+15550100100', 'STOPALL');
		SELECT set_dnd('+15550100003', 'all', true, '*', true);
		CREATE TABLE outbound (id serial, phone text, sender text);
		SELECT protect('outbound', 'phone', 'sender');
	});
	my %before;
	for my $t (@$tables)
	{
		$before{$t} = $node->safe_psql($db,
			"SELECT count(*) || ':' || md5(string_agg(t::text, '|' ORDER BY t::text)) FROM opt_consent.$t t");
	}
	$node->safe_psql($db, 'ALTER EXTENSION opt_consent UPDATE');
	is($node->safe_psql($db, "SELECT extversion FROM pg_extension WHERE extname = 'opt_consent'"),
		$default, "$from updated to $default");
	for my $t (@$tables)
	{
		# rows are compared on the columns they had before the update
		my $cols = $node->safe_psql($db, qq{
			SELECT string_agg(quote_ident(attname), ', ' ORDER BY attnum) FROM pg_attribute
			 WHERE attrelid = 'opt_consent.$t'::regclass AND attnum > 0 AND NOT attisdropped
			   AND attname NOT IN ('require_consent', 'confirmed_at')});
		my $after = $node->safe_psql($db,
			"SELECT count(*) || ':' || md5(string_agg(t::text, '|' ORDER BY t::text)) FROM (SELECT $cols FROM opt_consent.$t) t");
		is($after, $before{$t}, "$from -> $default keeps every row of $t");
	}
	my ($ret, $stdout, $stderr) = $node->psql($db,
		"INSERT INTO outbound (phone, sender) VALUES ('+15550100001', '+15550100100')");
	like($stderr, qr/unsubscribed recipient/, "$from -> $default: the old trigger still enforces");
	is($node->safe_psql($db, "SELECT opt_consent.classify('basta', '+15550100100')"), 'opt_out',
		"$from -> $default: custom keywords still apply");
	is($node->safe_psql($db, "SELECT kind || ' ' || scope FROM opt_consent.status('+15550100002', '+15550100100')"),
		'opt_out AC1', "$from -> $default: STOPALL still reaches the account");
}
$node->stop;
done_testing();
