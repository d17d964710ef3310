# pg_dump / pg_restore of a database using opt_consent into a fresh database:
# every row of every user-data table is kept, built-in keywords are not
# duplicated, the ledger's ids continue after the restored maximum, and
# enforcement works at once.
use strict;
use warnings;
use PostgreSQL::Test::Cluster;
use PostgreSQL::Test::Utils;
use Test::More;

my $node = PostgreSQL::Test::Cluster->new('dump');
$node->init;
$node->start;

$node->safe_psql('postgres', 'CREATE DATABASE src');
$node->safe_psql('src', q{
	CREATE EXTENSION opt_consent;
	SET search_path = public, opt_consent;
	INSERT INTO scopes (id, kind, parent, require_consent) VALUES
		('AC1', 'account', NULL, false), ('MG1', 'messaging_service', 'AC1', false),
		('MG2', 'messaging_service', 'AC1', true),
		('+15550100100', 'number', 'MG1', false), ('+15550100200', 'number', 'MG2', false);
	INSERT INTO keywords (scope, keyword, class) VALUES ('MG1', 'basta', 'opt_out');
	SELECT add_language('fr');
	SELECT handle_inbound('+15550100001', '+15550100100', 'STOP', message_id => 'SM1');
	SELECT handle_inbound('+15550100002', '+15550100100', 'basta');
	SELECT handle_inbound('+15550100003', '+15550100200', 'START');
	SELECT set_dnd('+15550100004', 'all', true, '*', true);
	SELECT opt_out('+15550100005', '*', 'whatsapp');
	SELECT grant_consent('+15550100006', 'MG2', 'sms', 'web_form', 'form 17');
	SELECT mark_reassigned('+15550100007', '2026-01-01');
	CREATE TABLE outbound (id bigserial PRIMARY KEY, phone text, sender text, purpose text);
	SELECT protect('outbound', 'phone', 'sender', purpose_column => 'purpose');
	INSERT INTO outbound (phone, sender) VALUES ('+15550100099', '+15550100100');
	SELECT opt_out('+15550100010');
	INSERT INTO outbound (phone, purpose) VALUES ('+15550100010', 'opt_out_confirmation');
	-- 1.2: categories, a category opt-out, a reply text
	SET opt_consent.revoke_all_from = 'never';
	INSERT INTO categories (id, label, solicitation) VALUES ('marketing', 'Offers', true);
	SELECT opt_out('+15550100011', 'MG1', category => 'marketing');
	INSERT INTO replies (scope, class, language, body) VALUES ('MG1', 'help', 'en', '{brand}: call us');
	CREATE TABLE cat_out (phone text, sender text, category text);
	SELECT protect('cat_out', 'phone', 'sender', category_column => 'category');
	-- 1.2: quiet hours, caps, regions and a counted send (SPEC 10)
	INSERT INTO regions (prefix, region, timezones) VALUES ('1555010', 'US-FL', '{America/New_York}');
	INSERT INTO quiet_hours (region, category, days, allowed_from, allowed_until)
		VALUES ('US', 'marketing', '{1,2,3,4,5}', '10:00', '18:00');
	INSERT INTO caps (region, category, max_messages, per) VALUES ('US-FL', 'marketing', 2, '1 day');
	CREATE TABLE quiet_out (phone text, category text, send_at timestamptz);
	SELECT protect('quiet_out', 'phone', category_column => 'category', send_at_column => 'send_at',
				   on_quiet => 'defer');
	INSERT INTO quiet_out VALUES ('+15550100020', 'marketing', '2054-12-01 16:00Z'),
		('+15550100020', 'marketing', '2054-12-01 17:00Z');
	-- a table of a role that may not call protect(), protected by a
	-- superuser: its sends count toward caps (protected_tables)
	CREATE ROLE tab_owner;
	CREATE TABLE owned_out (phone text, category text);
	ALTER TABLE owned_out OWNER TO tab_owner;
	SELECT protect('owned_out', 'phone', category_column => 'category');
	INSERT INTO categories (id, label, solicitation) VALUES ('alerts', 'Alerts', false);
	INSERT INTO caps (region, category, max_messages, per) VALUES ('US-FL', 'alerts', 1, '1 day');
	INSERT INTO owned_out VALUES ('+15550100021', 'alerts');
});

my $tables = [qw(scopes keywords suppressions events consents confirmations categories replies
	regions quiet_hours caps cap_sends protected_tables)];

# a fingerprint of every table: its rows in a stable order
sub fingerprint
{
	my ($db) = @_;
	my %fp;
	for my $t (@$tables)
	{
		$fp{$t} = $node->safe_psql($db,
			"SELECT count(*) || ':' || coalesce(md5(string_agg(t::text, '|' ORDER BY t::text)), '')
			   FROM opt_consent.$t t");
	}
	return \%fp;
}

my $before = fingerprint('src');
my $dump = $PostgreSQL::Test::Utils::tmp_check . '/src.dump';
$node->command_ok([ 'pg_dump', '-Fc', '-f', $dump, '-d', $node->connstr('src') ],
	'pg_dump of the source database');
$node->safe_psql('postgres', 'CREATE DATABASE dst');
$node->command_ok([ 'pg_restore', '--exit-on-error', '-d', $node->connstr('dst'), $dump ],
	'pg_restore into a fresh database');

my $after = fingerprint('dst');
for my $t (@$tables)
{
	is($after->{$t}, $before->{$t}, "every row of opt_consent.$t is kept");
	unlike($before->{$t}, qr/^0:/, "opt_consent.$t was not empty");
}

# pg_restore -j loads the tables of the extension at the same time, not in
# the order they need: the README's way, their data first and serially,
# then the rest in parallel
{
	my ($lout, $lerr) = ('', '');
	IPC::Run::run([ 'pg_restore', '-l', $dump ], '>', \$lout, '2>', \$lerr)
	  or die "pg_restore -l: $lerr";
	my $ours = qr/ (?:TABLE DATA|SEQUENCE SET) opt_consent /;
	my $ext_list = $PostgreSQL::Test::Utils::tmp_check . '/opt_consent.list';
	my $rest_list = $PostgreSQL::Test::Utils::tmp_check . '/rest.list';
	PostgreSQL::Test::Utils::append_to_file($ext_list,
		join('', map { "$_\n" } grep { /$ours/ } split /\n/, $lout));
	PostgreSQL::Test::Utils::append_to_file($rest_list,
		join('', map { "$_\n" } grep { !/$ours/ } split /\n/, $lout));
	$node->safe_psql('postgres', 'CREATE DATABASE dst_j');
	$node->command_ok([ 'pg_restore', '--exit-on-error', '--section=pre-data', '-d', $node->connstr('dst_j'), $dump ],
		'pg_restore -j: pre-data');
	$node->command_ok([ 'pg_restore', '--exit-on-error', '--section=data', '-L', $ext_list,
		'-d', $node->connstr('dst_j'), $dump ], "pg_restore -j: opt_consent's data, serially");
	$node->command_ok([ 'pg_restore', '--exit-on-error', '-j', '4', '--section=data', '--section=post-data',
		'-L', $rest_list, '-d', $node->connstr('dst_j'), $dump ], 'pg_restore -j: the rest in parallel');
	my $after_j = fingerprint('dst_j');
	is($after_j->{$_}, $before->{$_}, "pg_restore -j: every row of opt_consent.$_ is kept") for @$tables;
}

is($node->safe_psql('dst', 'SELECT count(*) FROM opt_consent.builtin_keywords'),
	'14', 'built-in keywords are not duplicated');
for my $t (qw(builtin_regions builtin_quiet_hours builtin_caps))
{
	is($node->safe_psql('dst', "SELECT count(*) FROM opt_consent.$t"),
		$node->safe_psql('src', "SELECT count(*) FROM opt_consent.$t"),
		"built-in opt_consent.$t is not duplicated");
}

# a role with the reader level (not a superuser, not the owner) can dump
# the database, and that dump restores too (SPEC 9.4)
$node->safe_psql('src', q{
	CREATE ROLE dump_reader LOGIN;
	SELECT opt_consent.grant_role('dump_reader', 'reader');
	GRANT SELECT ON ALL TABLES IN SCHEMA public TO dump_reader;
	GRANT SELECT ON ALL SEQUENCES IN SCHEMA public TO dump_reader;
});
my $reader_dump = $PostgreSQL::Test::Utils::tmp_check . '/reader.dump';
$node->command_ok([ 'pg_dump', '-Fc', '-f', $reader_dump, '-U', 'dump_reader', '-d', $node->connstr('src') ],
	'pg_dump by a role granted the reader level');
$node->safe_psql('postgres', 'CREATE DATABASE dst_reader');
$node->command_ok([ 'pg_restore', '--exit-on-error', '-d', $node->connstr('dst_reader'), $reader_dump ],
	'its dump restores');
my $after_reader = {};
for my $t (@$tables)
{
	is($node->safe_psql('dst_reader',
		"SELECT count(*) || ':' || coalesce(md5(string_agg(t::text, '|' ORDER BY t::text)), '') FROM opt_consent.$t t"),
		$before->{$t}, "the reader's dump keeps every row of opt_consent.$t");
}

my $max_before = $node->safe_psql('src', 'SELECT max(id) FROM opt_consent.events');
my $new_id = $node->safe_psql('dst', "SELECT opt_consent.opt_out('+15550100008')");
cmp_ok($new_id, '>', $max_before, 'ledger ids continue after the restored maximum');

# enforcement works at once in the restored database
my ($ret, $stdout, $stderr) = $node->psql('dst',
	"INSERT INTO outbound (phone, sender) VALUES ('+15550100001', '+15550100100')");
isnt($ret, 0, 'a send to an opted-out recipient fails after restore');
like($stderr, qr/attempt to send to unsubscribed recipient \+15550100001/, 'with the opt-out error');
($ret, $stdout, $stderr) = $node->psql('dst',
	"INSERT INTO outbound (phone, sender) VALUES ('+15550100200', '+15550100200')");
like($stderr, qr/no recorded consent/, 'require_consent survives the restore');
($ret, $stdout, $stderr) = $node->psql('dst',
	"INSERT INTO outbound (phone, sender) VALUES ('+15550100007', '+15550100100')");
like($stderr, qr/reassigned/, 'a reassignment survives the restore');
($ret, $stdout, $stderr) = $node->psql('dst',
	"INSERT INTO outbound (phone, purpose) VALUES ('+15550100010', 'opt_out_confirmation')");
like($stderr, qr/unsubscribed recipient \+15550100010/, 'a confirmation already sent stays sent after restore');
is($node->safe_psql('dst', q{SELECT string_agg(tgname, ',' ORDER BY tgname) FROM pg_trigger
	WHERE tgrelid = 'outbound'::regclass}), 'opt_consent_enforce,opt_consent_enforce_final',
	'both enforcement triggers are restored');
($ret, $stdout, $stderr) = $node->psql('dst',
	"INSERT INTO cat_out VALUES ('+15550100011', '+15550100100', 'marketing')");
like($stderr, qr/unsubscribed recipient \+15550100011/, 'a category opt-out survives the restore');
is($node->safe_psql('dst', "SELECT opt_consent.reply(NULL, 'MG1', 'help')"),
	$node->safe_psql('src', "SELECT opt_consent.reply(NULL, 'MG1', 'help')"),
	'the restored reply texts give the same reply');
is($node->safe_psql('dst', "SELECT opt_consent.classify('arret')"), 'opt_out',
	'the restored language pack is active');
is($node->safe_psql('dst', "SELECT opt_consent.classify('basta', '+15550100100')"), 'opt_out',
	'the restored custom keyword is active');
# the restored rules and counts: the region override, the cap (2 counted
# already, so the third send is deferred past the first's 24 hours) and the
# user window (Wednesday 10:00 EST = 15:00Z)
is($node->safe_psql('dst', "SELECT opt_consent.region('+15550100020')"), 'US-FL',
	'the restored region override is used');
is($node->safe_psql('dst', "SET timezone = 'UTC'; INSERT INTO quiet_out VALUES ('+15550100020', 'marketing', '2054-12-01 18:00Z') RETURNING send_at"),
	'2054-12-02 16:00:00+00', 'the restored cap counts and windows defer a send');
($ret, $stdout, $stderr) = $node->psql('dst', "INSERT INTO owned_out VALUES ('+15550100021', 'alerts')");
like($stderr, qr/over a frequency cap/,
	'a table protected by a superuser for another owner still counts toward caps after restore');
($ret, $stdout, $stderr) = $node->psql('dst', 'DELETE FROM opt_consent.events');
like($stderr, qr/not allowed/, 'the restored ledger is append-only');

$node->stop;
done_testing();
