# Hardening (SPEC 11), the attacks that need a real login: a role with no
# privilege at all, only a TEMP table, tries to crash the server with a
# column of type name (not a varlena) under the enforcement trigger.
use strict;
use warnings;
use PostgreSQL::Test::Cluster;
use PostgreSQL::Test::Utils;
use Test::More;

my $node = PostgreSQL::Test::Cluster->new('hardening');
$node->init;
$node->start;
$node->safe_psql('postgres', q{
	CREATE EXTENSION opt_consent;
	CREATE ROLE mallory LOGIN;
	SELECT opt_consent.opt_out('+15550100901');
});

my ($ret, $stdout, $stderr) = $node->psql('postgres', q{
	CREATE TEMP TABLE c (to_number name);
	CREATE TRIGGER x BEFORE INSERT ON c FOR EACH ROW
		EXECUTE FUNCTION opt_consent.enforce('recipient=to_number');
	INSERT INTO c VALUES ((chr(1) || chr(1) || 'AAAAAAAA')::name);
}, extra_params => [ '-U', 'mallory' ]);
like($stderr, qr/has type name; it must be text/, 'a name recipient is refused');

($ret, $stdout, $stderr) = $node->psql('postgres', q{
	CREATE TEMP TABLE s (to_number text, sender name);
	CREATE TRIGGER x BEFORE INSERT ON s FOR EACH ROW
		EXECUTE FUNCTION opt_consent.enforce('recipient=to_number', 'sender=sender');
	INSERT INTO s VALUES ('+15550100901', 'ACME');
}, extra_params => [ '-U', 'mallory' ]);
like($stderr, qr/has type name; it must be text/, 'a name sender is refused, not slipped past');
is($node->safe_psql('postgres', q{SELECT count(*) FROM pg_class WHERE relname = 's' AND relpersistence = 't'}),
	'0', 'and nothing was stored');

is($node->safe_psql('postgres', 'SELECT 1'), '1', 'the server is up');
my $log = slurp_file($node->logfile);
unlike($log, qr/terminated by signal/, 'no backend crashed');
unlike($log, qr/server process .* was terminated/, 'no server process was terminated');
$node->stop;
done_testing();
