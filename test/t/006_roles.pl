# Roles through real logins (SPEC 9.4): each level, granted with
# grant_role(), can do its job with no other privilege, and no internal
# function or trigger fails because of the caller's privileges.
use strict;
use warnings;
use PostgreSQL::Test::Cluster;
use PostgreSQL::Test::Utils;
use Test::More;

my $node = PostgreSQL::Test::Cluster->new('roles');
$node->init;
$node->start;
$node->safe_psql('postgres', q{
	CREATE EXTENSION opt_consent;
	CREATE ROLE app_login LOGIN;
	CREATE ROLE admin_login LOGIN;
	CREATE ROLE reader_login LOGIN;
	SELECT opt_consent.grant_role('app_login', 'app');
	SELECT opt_consent.grant_role('admin_login', 'admin');
	SELECT opt_consent.grant_role('reader_login', 'reader');
	GRANT CREATE ON SCHEMA public TO admin_login;
	INSERT INTO opt_consent.scopes (id, kind) VALUES ('MG1', 'messaging_service');
});

sub as
{
	my ($role, $sql) = @_;
	my ($ret, $stdout, $stderr) = $node->psql('postgres', $sql,
		extra_params => [ '-U', $role, '-v', 'ON_ERROR_STOP=1' ]);
	return ($ret, $stdout, $stderr);
}

# admin: the registry, keywords, a protected table
my ($ret, $out, $err) = as('admin_login', q{
	INSERT INTO opt_consent.scopes (id, kind) VALUES ('AC1', 'account');
	UPDATE opt_consent.scopes SET parent = 'AC1' WHERE id = 'MG1';
	INSERT INTO opt_consent.scopes (id, kind, parent) VALUES ('+15550100100', 'number', 'MG1');
	INSERT INTO opt_consent.keywords (scope, keyword, class) VALUES ('MG1', 'basta', 'opt_out');
	CREATE TABLE outbound (id serial, to_number text, from_number text, status text DEFAULT 'queued');
	SELECT opt_consent.protect('outbound', 'to_number', 'from_number', recheck => 'status:sending');
	GRANT INSERT, UPDATE, SELECT ON outbound TO app_login;
	GRANT USAGE ON SEQUENCE outbound_id_seq TO app_login;
	SELECT count(*) FROM opt_consent.lint();
});
is($ret, 0, 'admin: scopes, keywords, protect and lint need nothing else') or diag($err);

# app: webhooks and sends
($ret, $out, $err) = as('app_login', q{
	SELECT opt_consent.handle_inbound('+15550100901', '+15550100100', 'basta', message_id => 'SM1');
	SELECT opt_consent.handle_inbound('+15550100902', '+15550100100', 'hi', opt_out_type => 'stop');
	SELECT opt_consent.grant_consent('+15550100903', 'MG1');
	SELECT opt_consent.opt_out('+15550100904', 'MG1');
	INSERT INTO outbound (to_number, from_number) VALUES ('+15550100905', '+15550100100');
});
is($ret, 0, 'app: handle_inbound, grant_consent, opt_out and sends') or diag($err);
($ret, $out, $err) = as('app_login', q{
	INSERT INTO outbound (to_number, from_number) VALUES ('+15550100901', '+15550100100');
});
like($err, qr/unsubscribed recipient \+15550100901/, 'app: a send to an opted-out recipient is refused');
($ret, $out, $err) = as('app_login', q{INSERT INTO opt_consent.scopes (id, kind) VALUES ('MG2', 'messaging_service')});
like($err, qr/permission denied for table scopes/, 'app: no writing to the registry');
($ret, $out, $err) = as('app_login', q{SELECT opt_consent.opt_out_impl('+15550100906', '*', 'sms', 'api', NULL)});
like($err, qr/permission denied for function opt_out_impl/, 'app: the _impl functions are not granted');

# reader: reports
($ret, $out, $err) = as('reader_login', q{SELECT count(*) FROM opt_consent.events});
is($ret, 0, 'reader: reads the ledger') or diag($err);
($ret, $out, $err) = as('reader_login', q{SELECT opt_consent.opt_out('+15550100907')});
like($err, qr/permission denied for function opt_out/, 'reader: writes nothing');

is($node->safe_psql('postgres', q{SELECT string_agg(DISTINCT actor, ',') FROM opt_consent.events}),
	'app_login', 'every ledger row names the login role that called');
$node->stop;
done_testing();
