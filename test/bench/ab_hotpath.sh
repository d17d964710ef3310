#!/usr/bin/env bash
# test/bench/ab_hotpath.sh [OLD_REV] -- the enforcement hot path of this
# tree against an older one, side by side in one cluster: the older code
# is built and installed under another name (opt_consent_old, its own
# library) and created in a database of its own, so that both run on the
# same server, the same data and the same machine, alternately.
#
# Run through the harness: bash test/harness.sh abbench
#   AB_ROWS (default 200000) rows inserted per run and suppressions;
#   AB_RUNS (default 3) alternating runs; medians are printed.
#
# The figure: a bulk INSERT ... SELECT into a table protected with
# (recipient, sender) and no category column, none of whose rows is blocked,
# against the same insert into an unprotected table.
set -euo pipefail
top=$(cd "$(dirname "$0")/../.." && pwd)
: "${PGHOST:?run me through test/harness.sh abbench}"
old_rev=${1:-${AB_OLD_REV:-0ca364b}}
rows=${AB_ROWS:-200000}
runs=${AB_RUNS:-3}
pg_config=${PG_CONFIG:-pg_config}

work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
# the older code, as extension opt_consent_old
bash "$top/test/bench/build_old.sh" "$old_rev" "$work"

setup() {
	local db=$1 ext=$2
	psql -X -q -d postgres -c "DROP DATABASE IF EXISTS $db" -c "CREATE DATABASE $db"
	psql -X -q -d "$db" -v rows="$rows" <<SQL
SET client_min_messages = warning;
CREATE EXTENSION $ext;
CREATE FUNCTION recip(k int) RETURNS text LANGUAGE sql IMMUTABLE
	AS \$\$ SELECT '+1555' || lpad(((k::bigint * 7919) % 10000000)::text, 7, '0') \$\$;
INSERT INTO opt_consent.scopes (id, kind) VALUES ('MG1', 'messaging_service');
INSERT INTO opt_consent.scopes (id, kind, parent) VALUES ('+15550100100', 'number', 'MG1');
INSERT INTO opt_consent.suppressions (recipient, scope, channel, kind, source, since)
	SELECT recip(k)::opt_consent.e164, 'MG1', 'sms', 'opt_out', 'bench', now()
	  FROM generate_series(1, :rows) k;
CREATE TABLE out_plain (to_number text, from_number text, body text);
CREATE TABLE out_protected (to_number text, from_number text, body text);
SELECT opt_consent.protect('out_protected', 'to_number', 'from_number');
VACUUM ANALYZE;
SQL
}

# milliseconds of one bulk insert of rows ROWS+1 .. 2 ROWS (none blocked)
timed() {
	local db=$1 tbl=$2
	psql -X -q -d "$db" -v rows="$rows" -At <<SQL
SET client_min_messages = warning;
TRUNCATE $tbl;
CHECKPOINT;
SELECT extract(epoch FROM clock_timestamp()) AS t0 \\gset
INSERT INTO $tbl SELECT recip(k), '+15550100100', 'hello' FROM generate_series(:rows + 1, 2 * :rows) k;
SELECT round(((extract(epoch FROM clock_timestamp()) - :t0) * 1000)::numeric, 1);
SQL
}

setup ab_old opt_consent_old
setup ab_new opt_consent
for i in $(seq 1 "$runs"); do
	for side in old new; do
		echo "$side plain $(timed ab_$side out_plain)" >>"$work/times"
		echo "$side protected $(timed ab_$side out_protected)" >>"$work/times"
	done
done
median() { grep "^$1 $2 " "$work/times" | awk '{print $3}' | sort -n | awk '{a[NR]=$1} END {print a[int((NR+1)/2)]}'; }
op=$(median old plain); opr=$(median old protected)
np=$(median new plain); npr=$(median new protected)
echo "enforcement hot path, $rows rows against $rows suppressions, median of $runs alternating runs"
echo "(old: $old_rev as opt_consent_old; new: the work tree; $(nproc) cores)"
awk -v op="$op" -v opr="$opr" -v np="$np" -v npr="$npr" -v n="$rows" 'BEGIN {
	printf "%-8s %14s %18s %10s\n", "", "plain us/row", "protected us/row", "overhead"
	printf "%-8s %14.2f %18.2f %9.0f%%\n", "old", op * 1000 / n, opr * 1000 / n, (opr / op - 1) * 100
	printf "%-8s %14.2f %18.2f %9.0f%%\n", "new", np * 1000 / n, npr * 1000 / n, (npr / np - 1) * 100
	printf "protected insert, new / old: %.2fx\n", npr / opr
}'
psql -X -q -d postgres -c "DROP DATABASE ab_old" -c "DROP DATABASE ab_new"
