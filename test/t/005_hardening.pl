# Hardening (SPEC 11), the attacks that need a real login: a role with no
# privilege at all, only a TEMP table, tries to crash the server with a
# column of type name (not a varlena) under the enforcement trigger.
use strict;
use warnings;
use PostgreSQL::Test::Cluster;
use PostgreSQL::Test::Utils;
use Test::More;
use IPC::Run;

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
	SELECT 'stored: ' || count(*) FROM s;
}, extra_params => [ '-U', 'mallory' ], on_error_stop => 0);
like($stderr, qr/has type name; it must be text/, 'a name sender is refused, not slipped past');
# (asked in the same session: its temporary table is dropped when it ends,
# and a later session could see it still there, or not)
like($stdout, qr/^stored: 0$/m, 'and nothing was stored');

# --- the write functions' locks cannot be held from SQL ----------------------
# 1.0 and 1.1 serialized per recipient and per message id with
# pg_advisory_xact_lock and keys computable from the number and the id: a
# role with no privilege could hold them and stall every STOP of a number
# until a timeout rolled it back.  Now they are locks of a class of ours.
sub wait_for
{
	my ($h, $out, $tag) = @_;
	my $deadline = time() + 60;
	$h->pump until $$out =~ /\Q$tag\E/ || time() > $deadline;
	return $$out =~ /\Q$tag\E/;
}

# how many sessions run the statement and wait for a lock (up to 60 s for one,
# while the command h still runs)
sub waiting_on_lock
{
	my ($db, $query, $h) = @_;
	my $waiting = 0;
	my $deadline = time() + 60;
	while (time() < $deadline)
	{
		$waiting = $node->safe_psql($db, qq{
			SELECT count(*) FROM pg_stat_activity
			 WHERE query = '$query' AND wait_event_type = 'Lock'});
		last if $waiting > 0 || !$h->pumpable;
		select(undef, undef, undef, 0.2);
	}
	return $waiting;
}
my ($m_in, $m_out, $m_err) = ('', '', '');
my $m = IPC::Run::start([ 'psql', '-XAtq', '-d', $node->connstr('postgres'), '-U', 'mallory' ],
	'<', \$m_in, '>', \$m_out, '2>', \$m_err);
$m_in .= q{SELECT pg_advisory_lock(1869640053, hashtext('+15550100902')),
	pg_advisory_lock(1869640054, hashtext('SM-held-1'));
SELECT 'held';
};
ok(wait_for($m, \$m_out, 'held'), 'mallory holds the advisory keys 1.1 locked') or diag($m_err);
($ret, $stdout, $stderr) = $node->psql('postgres', q{
	SET lock_timeout = '5s';
	SELECT opt_consent.handle_inbound('+15550100902', '+15550100100', 'STOP', message_id => 'SM-held-1');
	SELECT opt_consent.opt_out('+15550100902', 'MG9');
});
is($ret, 0, 'a STOP and an opt_out are recorded while she holds them') or diag($stderr);
is($node->safe_psql('postgres', q{SELECT count(*) FROM opt_consent.suppressions WHERE recipient::text = '+15550100902'}),
	'2', 'both suppressions are there');
($ret, $stdout, $stderr) = $node->psql('postgres', q{SELECT opt_consent.lock_key(1, '+15550100902')},
	extra_params => [ '-U', 'mallory' ]);
like($stderr, qr/permission denied for function lock_key/, 'and she cannot take the new lock');
$m_in .= "\\q\n";
$m->finish;

# --- DROP EXTENSION racing the first write of a ledger (SPEC 9.4) ------------
# The guard counted the ledger before the drop locked it: a write in
# progress committed after a count of none, and the drop, which had waited
# for it, dropped it.
$node->safe_psql('postgres', 'CREATE DATABASE dropguard');
$node->safe_psql('dropguard', 'CREATE EXTENSION opt_consent');
my ($a_in, $a_out, $a_err) = ('', '', '');
my $a = IPC::Run::start([ 'psql', '-XAtq', '-d', $node->connstr('dropguard') ],
	'<', \$a_in, '>', \$a_out, '2>', \$a_err);
$a_in .= "BEGIN;\nSELECT opt_consent.opt_out('+15550100903');\nSELECT 'written';\n";
ok(wait_for($a, \$a_out, 'written'), 'the first opt-out of the database, not committed') or diag($a_err);
# a role that cannot drop the extension does not queue the ledger's lock
($ret, $stdout, $stderr) = $node->psql('dropguard', q{SET lock_timeout = '3s'; DROP EXTENSION opt_consent},
	extra_params => [ '-U', 'mallory' ]);
like($stderr, qr/must be owner of extension opt_consent/, "mallory's DROP fails its permission check, without waiting");
my ($d_out, $d_err) = ('', '');
my $d = IPC::Run::start([ 'psql', '-XAtq', '-d', $node->connstr('dropguard'), '-c', 'DROP EXTENSION opt_consent' ],
	'>', \$d_out, '2>', \$d_err);
is(waiting_on_lock('dropguard', 'DROP EXTENSION opt_consent', $d), 1,
	"the owner's DROP waits for the write");
$a_in .= "COMMIT;\n\\q\n";
$a->finish;
$d->finish;
like($d_err, qr/would lose its ledger of 1 consent events/, 'then refuses: the committed opt-out is in the ledger');
is($node->safe_psql('dropguard', q{SELECT count(*) FROM opt_consent.events}), '1',
	'the extension and its ledger are kept');

# a drop refused anyway does not queue behind a long reader of the ledger
# (its lock would stall every writer meanwhile): refused at once
my ($r_in, $r_out, $r_err) = ('', '', '');
my $r = IPC::Run::start([ 'psql', '-XAtq', '-d', $node->connstr('dropguard') ],
	'<', \$r_in, '>', \$r_out, '2>', \$r_err);
$r_in .= "BEGIN;\nSELECT count(*) FROM opt_consent.events;\nSELECT 'reading';\n";
ok(wait_for($r, \$r_out, 'reading'), 'a report reads the ledger in a long transaction') or diag($r_err);
($ret, $stdout, $stderr) = $node->psql('dropguard', q{SET lock_timeout = '3s'; DROP EXTENSION opt_consent});
like($stderr, qr/would lose its ledger of 1 consent events/, 'a DROP is refused without waiting for it');
($ret, $stdout, $stderr) = $node->psql('dropguard', q{SET lock_timeout = '3s'; SELECT opt_consent.opt_out('+15550100904')});
is($ret, 0, 'and writers go on') or diag($stderr);
$r_in .= "COMMIT;\n\\q\n";
$r->finish;

# a schema opt_consent that a role other than a superuser made before the
# extension: CREATE EXTENSION is refused (its owner could rename it and plant
# look-alike functions that the SECURITY DEFINER bodies call as superuser),
# and so is an update to 1.2 of a 1.1 whose schema was given to such a role
$node->safe_psql('postgres', q{CREATE DATABASE dropguard2; CREATE ROLE bob LOGIN});
$node->safe_psql('dropguard2', q{CREATE SCHEMA opt_consent AUTHORIZATION bob});
($ret, $stdout, $stderr) = $node->psql('dropguard2', 'CREATE EXTENSION opt_consent');
like($stderr, qr/schema opt_consent is owned by role bob, which is not a superuser/,
	'CREATE EXTENSION refuses a schema opt_consent owned by a non-superuser');
is($node->safe_psql('dropguard2', q{SELECT count(*) FROM pg_extension WHERE extname = 'opt_consent'}), '0',
	'and installs nothing');
# given to a superuser, it still holds what bob made in it: refused too
$node->safe_psql('dropguard2', q{SET ROLE bob;
	CREATE FUNCTION opt_consent.canonical_scope(text) RETURNS text LANGUAGE sql AS 'SELECT $1';
	RESET ROLE; ALTER SCHEMA opt_consent OWNER TO CURRENT_USER});
($ret, $stdout, $stderr) = $node->psql('dropguard2', 'CREATE EXTENSION opt_consent');
like($stderr, qr/schema opt_consent holds function canonical_scope of role bob/,
	'and one that holds an object of a non-superuser');
$node->safe_psql('dropguard2', q{DROP FUNCTION opt_consent.canonical_scope(text);
	CREATE EXTENSION opt_consent VERSION '1.1'; ALTER SCHEMA opt_consent OWNER TO bob});
($ret, $stdout, $stderr) = $node->psql('dropguard2', q{ALTER EXTENSION opt_consent UPDATE TO '1.2'});
like($stderr, qr/schema opt_consent is owned by role bob/, 'an update to 1.2 refuses it too');
$node->safe_psql('dropguard2', q{ALTER SCHEMA opt_consent OWNER TO CURRENT_USER;
	ALTER EXTENSION opt_consent UPDATE TO '1.2'});
# the owner of the schema given to bob after the install can drop it (DROP
# SCHEMA ... CASCADE): the guard waits for the write for that role too, and
# lint() names the schema's owner
$node->safe_psql('dropguard2', q{ALTER SCHEMA opt_consent OWNER TO bob});
is($node->safe_psql('dropguard2', q{SELECT problem || ': ' || detail FROM opt_consent.lint()
	WHERE problem LIKE 'schema%'}),
	'schema not safe: schema opt_consent is owned by role bob, which is not a superuser',
	'lint() reports the schema in the hands of a non-superuser');
$node->safe_psql('dropguard2', q{SET ROLE bob; CREATE TABLE opt_consent.planted (a int); RESET ROLE;
	ALTER SCHEMA opt_consent OWNER TO CURRENT_USER});
is($node->safe_psql('dropguard2', q{SELECT detail FROM opt_consent.lint() WHERE problem = 'schema not safe'}),
	'schema opt_consent holds relation planted of role bob, which is not a superuser',
	'and an object of such a role in it');
$node->safe_psql('dropguard2', q{DROP TABLE opt_consent.planted; ALTER SCHEMA opt_consent OWNER TO bob});
($a_in, $a_out, $a_err) = ('', '', '');
$a = IPC::Run::start([ 'psql', '-XAtq', '-d', $node->connstr('dropguard2') ],
	'<', \$a_in, '>', \$a_out, '2>', \$a_err);
$a_in .= "BEGIN;\nSELECT opt_consent.opt_out('+15550100905');\nSELECT 'written';\n";
ok(wait_for($a, \$a_out, 'written'), 'schema owned by bob: the first opt-out, not committed') or diag($a_err);
($d_out, $d_err) = ('', '');
$d = IPC::Run::start([ 'psql', '-XAtq', '-U', 'bob', '-d', $node->connstr('dropguard2'), '-c',
		'DROP SCHEMA opt_consent CASCADE' ], '>', \$d_out, '2>', \$d_err);
is(waiting_on_lock('dropguard2', 'DROP SCHEMA opt_consent CASCADE', $d), 1,
	"bob's DROP SCHEMA waits for the write");
$a_in .= "COMMIT;\n\\q\n";
$a->finish;
$d->finish;
like($d_err, qr/would lose its ledger of consent events/, 'then refuses (no count: bob may not read the ledger)');
is($node->safe_psql('dropguard2', q{SELECT count(*) FROM opt_consent.events}), '1', 'and the ledger is kept');

is($node->safe_psql('postgres', 'SELECT 1'), '1', 'the server is up');
my $log = slurp_file($node->logfile);
unlike($log, qr/terminated by signal/, 'no backend crashed');
unlike($log, qr/server process .* was terminated/, 'no server process was terminated');
$node->stop;
done_testing();
