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

# the tables of SPEC 10 in a fresh install of the default version
my $quiet_tables = [qw(builtin_regions builtin_quiet_hours builtin_caps regions quiet_hours caps cap_sends)];
my %fresh;
$node->safe_psql('postgres', 'CREATE DATABASE fresh');
$node->safe_psql('fresh', 'CREATE EXTENSION opt_consent');
for my $t (@$quiet_tables)
{
	$fresh{$t} = $node->safe_psql('fresh',
		"SELECT count(*) || ':' || coalesce(md5(string_agg(t::text, '|' ORDER BY t::text)), '') FROM opt_consent.$t t");
}
like($fresh{builtin_regions}, qr/^3279:/, 'a fresh install has the built-in regions');

# the application's grants (and a revoke from PUBLIC) on functions that
# updates replace: kept by the update, and by a dump and restore after it
$node->safe_psql('postgres', 'CREATE ROLE oc_dump_app; CREATE ROLE oc_dump_other; CREATE ROLE oc_tab_owner');
my $privs = q{
	SELECT count(*) || ':' || count(*) FILTER (WHERE NOT has_function_privilege('oc_dump_app', p.oid, 'EXECUTE')
											   OR has_function_privilege('oc_dump_other', p.oid, 'EXECUTE'))
	  FROM pg_proc p
	 WHERE p.pronamespace = 'opt_consent'::regnamespace
	   AND p.proname IN ('protect', 'handle_inbound', 'opt_out', 'opt_in', 'status')};

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
		GRANT EXECUTE ON FUNCTION opt_consent.protect, opt_consent.handle_inbound,
			opt_consent.opt_out, opt_consent.opt_in, opt_consent.status TO oc_dump_app;
		REVOKE EXECUTE ON FUNCTION opt_consent.status FROM PUBLIC;
		-- a table of the application's role (which may not call protect()),
		-- protected by a superuser, as 1.0 and 1.1 deployments did
		CREATE TABLE owned_out (phone text);
		ALTER TABLE owned_out OWNER TO oc_tab_owner;
		SELECT protect('owned_out', 'phone');
	});
	# a function of the DBA's in the extension's schema, with 1.1's lock
	$node->safe_psql($db, q{
		CREATE FUNCTION opt_consent.dba_helper(k text) RETURNS void LANGUAGE plpgsql AS $f$
		BEGIN
			PERFORM pg_catalog.pg_advisory_xact_lock(1869640053, pg_catalog.hashtext(k));
		END $f$;
	});
	# 1.1: a confirmation already claimed, and a table whose text error_code
	# no longer fits (SPEC 11)
	my $has_confirmations = $node->safe_psql($db,
		"SELECT count(*) FROM pg_attribute WHERE attrelid = 'opt_consent.suppressions'::regclass AND attname = 'confirmed_at'");
	if ($has_confirmations)
	{
		$node->safe_psql($db, q{
			SET search_path = public, opt_consent;
			SELECT opt_out('+15550100009');
			CREATE TABLE confirm_out (phone text, purpose text, status text, code text);
			SELECT protect('confirm_out', 'phone', purpose_column => 'purpose');
			INSERT INTO confirm_out (phone, purpose) VALUES ('+15550100009', 'opt_out_confirmation');
			CREATE TABLE "envíos" ("teléfono" text, estado text);
			SELECT protect('"envíos"', 'teléfono', on_block => 'mark', status_column => 'estado',
						   blocked_status => 'rechazó');
			CREATE TABLE coded_out (phone text, status text, code text);
			SELECT protect('coded_out', 'phone', on_block => 'mark', status_column => 'status',
						   error_code_column => 'code');
		});
	}
	# rows are compared on the columns they had before the update
	my (%before, %cols);
	for my $t (@$tables)
	{
		$cols{$t} = $node->safe_psql($db, qq{
			SELECT string_agg(quote_ident(attname), ', ' ORDER BY attnum) FROM pg_attribute
			 WHERE attrelid = 'opt_consent.$t'::regclass AND attnum > 0 AND NOT attisdropped});
		$before{$t} = $node->safe_psql($db,
			"SELECT count(*) || ':' || md5(string_agg(t::text, '|' ORDER BY t::text)) FROM (SELECT $cols{$t} FROM opt_consent.$t) t");
	}
	my ($uret, $uout, $uerr) = $node->psql($db, 'ALTER EXTENSION opt_consent UPDATE');
	is($uret, 0, "$from: ALTER EXTENSION UPDATE succeeds");
	if ($has_confirmations)
	{
		like($uerr, qr/WARNING:  opt_consent enforcement on table public.coded_out will refuse rows: its error_code column "code" has type text/,
			"$from: the update warns about a mapping that no longer fits");
		my ($cret, $cout, $cerr) = $node->psql($db, "INSERT INTO coded_out (phone) VALUES ('+15550100009')");
		like($cerr, qr/given for error_code has type text; it must be smallint, integer or bigint/,
			"$from -> $default: and that table refuses rows with the reason");
	}
	is($node->safe_psql($db, "SELECT extversion FROM pg_extension WHERE extname = 'opt_consent'"),
		$default, "$from updated to $default");
	for my $t (@$tables)
	{
		my $after = $node->safe_psql($db,
			"SELECT count(*) || ':' || md5(string_agg(t::text, '|' ORDER BY t::text)) FROM (SELECT $cols{$t} FROM opt_consent.$t) t");
		is($after, $before{$t}, "$from -> $default keeps every row of $t");
	}
	my ($ret, $stdout, $stderr) = $node->psql($db,
		"INSERT INTO outbound (phone, sender) VALUES ('+15550100001', '+15550100100')");
	like($stderr, qr/unsubscribed recipient/, "$from -> $default: the old trigger still enforces");
	# 1.2: every opt-out kept its meaning: category '*'
	is($node->safe_psql($db, q{SELECT count(*) FROM opt_consent.suppressions WHERE category <> '*'}),
		'0', "$from -> $default: every suppression is of category '*'");
	# 1.2: the final check was added to the protected table, and a BEFORE
	# trigger that sorts after the check cannot change the recipient
	is($node->safe_psql($db, q{SELECT count(*) FROM pg_trigger
		WHERE tgrelid = 'outbound'::regclass AND tgname = 'opt_consent_enforce_final'}),
		'1', "$from -> $default: the protected table got its final check");
	$node->safe_psql($db, q{
		CREATE FUNCTION set_phone() RETURNS trigger LANGUAGE plpgsql
			AS $$ BEGIN NEW.phone := '+15550100001'; RETURN NEW; END $$;
		CREATE TRIGGER set_phone BEFORE INSERT ON outbound FOR EACH ROW EXECUTE FUNCTION set_phone();
		CREATE FUNCTION set_phone_es() RETURNS trigger LANGUAGE plpgsql
			AS $$ BEGIN RETURN NEW; END $$;
	});
	($ret, $stdout, $stderr) = $node->psql($db,
		"INSERT INTO outbound (phone, sender) VALUES ('+15550100888', '+15550100100')");
	like($stderr, qr/unsubscribed recipient \+15550100001/,
		"$from -> $default: a later trigger cannot change the recipient after the check");
	if ($has_confirmations)
	{
		# non-ASCII names and values reach the final check unchanged
		is($node->safe_psql($db, q{
			SELECT count(DISTINCT substring(pg_get_triggerdef(oid), 'enforce\((.*)\)$'))
			  FROM pg_trigger WHERE tgrelid = '"envíos"'::regclass}), '1',
			"$from -> $default: the final check got the same (non-ASCII) arguments");
		$node->safe_psql($db, q{
			CREATE TRIGGER zz_same BEFORE INSERT ON "envíos" FOR EACH ROW EXECUTE FUNCTION set_phone_es()});
		# (+15550100003 has a permanent global DND)
		is($node->safe_psql($db, q{INSERT INTO "envíos" ("teléfono") VALUES ('+15550100003') RETURNING estado}),
			'rechazó', "$from -> $default: a marked row stays marked through the final check");
		is($node->safe_psql($db, 'SELECT count(*) FROM opt_consent.confirmations'), '1',
			"$from -> $default: the claimed confirmation moved to opt_consent.confirmations");
		($ret, $stdout, $stderr) = $node->psql($db,
			"INSERT INTO confirm_out (phone, purpose) VALUES ('+15550100009', 'opt_out_confirmation')");
		like($stderr, qr/unsubscribed recipient/, "$from -> $default: and a second confirmation is blocked");
	}
	# 1.2: the tables of quiet hours and caps are those of a fresh install,
	# and they apply to a table protected before the update
	for my $t (@$quiet_tables)
	{
		is($node->safe_psql($db, "SELECT count(*) || ':' || coalesce(md5(string_agg(t::text, '|' ORDER BY t::text)), '') FROM opt_consent.$t t"),
			$fresh{$t}, "$from -> $default: opt_consent.$t is as in a fresh install");
	}
	# 1.2: a table protected before the update counts toward caps whoever
	# owns it (before: the sends of owned_out were never counted)
	is($node->safe_psql($db, q{SELECT owner_name FROM opt_consent.protected_tables WHERE table_name = 'owned_out'}),
		'oc_tab_owner', "$from -> $default: the tables protected before the update are in protected_tables");
	$node->safe_psql($db, q{INSERT INTO opt_consent.caps (region, category, max_messages, per) VALUES ('US-FL', '*', 1, '1 day')});
	$node->safe_psql($db, q{INSERT INTO owned_out VALUES ('+13055550111')});
	($ret, $stdout, $stderr) = $node->psql($db, q{INSERT INTO owned_out VALUES ('+13055550111')});
	like($stderr, qr/over a frequency cap/, "$from -> $default: and their sends count toward caps");
	$node->safe_psql($db, q{DELETE FROM opt_consent.caps});
	$node->safe_psql($db, q{
		INSERT INTO opt_consent.categories (id, solicitation) VALUES ('promo', true);
		CREATE TABLE quiet_out (phone text, category text, send_at timestamptz);
		SELECT opt_consent.protect('quiet_out', 'phone', category_column => 'category',
								   send_at_column => 'send_at');
	});
	($ret, $stdout, $stderr) = $node->psql($db,
		"INSERT INTO quiet_out VALUES ('+13055550100', 'promo', '2054-12-01 06:00Z')");
	like($stderr, qr/attempt to send to \+13055550100 in quiet hours/,
		"$from -> $default: quiet hours apply");
	is($node->safe_psql($db, "SELECT opt_consent.region('+13055550100')"), 'US-FL',
		"$from -> $default: region() works");
	is($node->safe_psql($db, "SELECT opt_consent.classify('basta', '+15550100100')"), 'opt_out',
		"$from -> $default: custom keywords still apply");
	is($node->safe_psql($db, "SELECT kind || ' ' || scope FROM opt_consent.status('+15550100002', '+15550100100')"),
		'opt_out AC1', "$from -> $default: STOPALL still reaches the account");
	is($node->safe_psql($db, q{SELECT string_agg(proname, ',') FROM pg_proc
		WHERE pronamespace = 'opt_consent'::regnamespace AND prosrc LIKE '%pg_advisory%'}), 'dba_helper',
		"$from -> $default: no function of the extension takes an advisory lock any role could take from SQL, the DBA's own is left alone");
	$node->safe_psql($db, 'DROP FUNCTION opt_consent.dba_helper(text)');
	my $kept = $node->safe_psql($db, $privs);
	like($kept, qr/^[1-9][0-9]*:0$/, "$from -> $default: the grants on replaced functions are kept ($kept)");
	my $dump = $PostgreSQL::Test::Utils::tmp_check . "/$db.dump";
	$node->command_ok([ 'pg_dump', '-Fc', '-f', $dump, '-d', $node->connstr($db) ],
		"$from -> $default: pg_dump of the updated database");
	$node->safe_psql('postgres', "CREATE DATABASE ${db}_restored");
	$node->command_ok([ 'pg_restore', '--exit-on-error', '-d', $node->connstr("${db}_restored"), $dump ],
		"$from -> $default: pg_restore into a fresh database");
	is($node->safe_psql("${db}_restored", $privs), $kept,
		"$from -> $default: and so are they after a dump and restore");
}
# the roles granted to can be dropped (17 and later track the roles of
# pg_init_privs: none of the copied grants may be left there)
for my $d (split /\n/, $node->safe_psql('postgres',
	"SELECT datname FROM pg_database WHERE datname LIKE 'up\\_%'"))
{
	$node->safe_psql($d, 'DROP OWNED BY oc_dump_app, oc_dump_other, oc_tab_owner');
}
my ($dret, $dout, $derr) = $node->psql('postgres', 'DROP ROLE oc_dump_app, oc_dump_other, oc_tab_owner');
is($dret, 0, 'the roles granted to before the updates can be dropped') or diag("stderr: $derr");
$node->stop;
done_testing();
