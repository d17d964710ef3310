# PostgreSQL 13 and 14 ship their TAP modules as PostgresNode and TestLib;
# 15 renamed them PostgreSQL::Test::Cluster and PostgreSQL::Test::Utils.
# This shim gives opt_consent's TAP tests the new names on the old
# servers; test/harness.sh puts it on PERL5LIB only when the server's own
# PostgreSQL/Test/Cluster.pm is missing.
package PostgreSQL::Test::Cluster;

use strict;
use warnings;

use PostgresNode;

our @ISA = ('PostgresNode');

sub new
{
	my ($class, $name, %params) = @_;
	my $node = PostgresNode->get_new_node($name, %params);
	return bless $node, $class;
}

1;
