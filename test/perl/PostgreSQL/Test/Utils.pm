# The PostgreSQL 15 name of TestLib (see Cluster.pm beside this file).
package PostgreSQL::Test::Utils;

use strict;
use warnings;

use TestLib;
use Exporter 'import';

our @EXPORT = @TestLib::EXPORT;

# the same variables, not copies
*PostgreSQL::Test::Utils::tmp_check = \$TestLib::tmp_check;
*PostgreSQL::Test::Utils::log_path = \$TestLib::log_path;

1;
