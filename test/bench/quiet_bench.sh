#!/usr/bin/env bash
# test/bench/quiet_bench.sh [OLD_REV] -- what quiet hours and caps (SPEC 10)
# cost on the enforcement hot path, side by side in one cluster:
#
#   7a  a table protected without a category column: this tree against
#       OLD_REV (default b5cacc1, the last commit before quiet hours), built
#       and installed as extension opt_consent_old in a database of its own
#   7b  a table with a category column whose rows are of a category that no
#       rule applies to (not a solicitation, no user rules): this tree
#       against OLD_REV
#   7c  the same table with send_at mapped, rows of a solicitation category
#       to New York numbers at an allowed hour (the federal TCPA window is
#       looked up and passes; no cap applies in New York): the added cost
#       per row against the same rows of the non-solicitation category (the
#       rules and regions, read once per session, are read before timing)
#
# Run by test/bench/run.sh (make bench) as figure 7, or alone through the
# harness: bash test/harness.sh quietbench.  QB_ROWS (default 200000) rows
# per insert and suppressions; QB_RUNS (default 5) alternating runs; the
# medians are printed, and the last lines are "key value" pairs for run.sh.
set -euo pipefail
top=$(cd "$(dirname "$0")/../.." && pwd)
: "${PGHOST:?run me through test/harness.sh quietbench (or make bench)}"
old_rev=${1:-${QB_OLD_REV:-b5cacc1}}
rows=${QB_ROWS:-200000}
runs=${QB_RUNS:-5}
pg_config=${PG_CONFIG:-pg_config}
export PGOPTIONS="-c client_min_messages=warning"

work=$(mktemp -d)
chmod 755 "$work"
trap 'rm -rf "$work"' EXIT
# the older code, as extension opt_consent_old
bash "$top/test/bench/build_old.sh" "$old_rev" "$work"

psqlq() { psql -X -q -v ON_ERROR_STOP=1 "$@"; }

setup() {
	local db=$1 ext=$2
	psqlq -d postgres -c "DROP DATABASE IF EXISTS $db" -c "CREATE DATABASE $db"
	psqlq -d "$db" -v rows="$rows" <<SQL
CREATE EXTENSION $ext;
-- suppressed numbers (+1555, no region), and New York numbers (+1212)
CREATE FUNCTION recip(k int) RETURNS text LANGUAGE sql IMMUTABLE
	AS \$\$ SELECT '+1555' || lpad(((k::bigint * 7919) % 10000000)::text, 7, '0') \$\$;
CREATE FUNCTION ny(k int) RETURNS text LANGUAGE sql IMMUTABLE
	AS \$\$ SELECT '+1212' || lpad(((k::bigint * 7919) % 10000000)::text, 7, '0') \$\$;
INSERT INTO opt_consent.scopes (id, kind) VALUES ('MG1', 'messaging_service');
INSERT INTO opt_consent.scopes (id, kind, parent) VALUES ('+15550100100', 'number', 'MG1');
INSERT INTO opt_consent.suppressions (recipient, scope, channel, kind, source, since)
	SELECT recip(k)::opt_consent.e164, 'MG1', 'sms', 'opt_out', 'bench', now()
	  FROM generate_series(1, :rows) k;
INSERT INTO opt_consent.categories (id, solicitation) VALUES ('notices', false), ('promo', true);
CREATE TABLE out_plain (to_number text, from_number text, category text, send_at timestamptz, body text);
CREATE TABLE out_nocat (LIKE out_plain);
CREATE TABLE out_cat (LIKE out_plain);
SELECT opt_consent.protect('out_nocat', 'to_number', 'from_number');
SELECT opt_consent.protect('out_cat', 'to_number', 'from_number', category_column => 'category');
VACUUM ANALYZE;
SQL
}

setup qb_old opt_consent_old >/dev/null
setup qb_new opt_consent >/dev/null
psqlq -d qb_new >/dev/null <<'SQL'
CREATE TABLE out_quiet (LIKE out_plain);
SELECT opt_consent.protect('out_quiet', 'to_number', 'from_number', category_column => 'category',
						   send_at_column => 'send_at');
SQL

# milliseconds of one bulk insert of ROWS rows (none blocked), server-side;
# $5: SQL run first in the same session (untimed)
timed() {
	local db=$1 tbl=$2 numbers=$3 category=$4 warm=${5:-}
	psqlq -d "$db" -v rows="$rows" -At <<SQL
$warm
TRUNCATE $tbl;
CHECKPOINT;
SELECT extract(epoch FROM clock_timestamp()) AS t0 \\gset
INSERT INTO $tbl SELECT $numbers(k), '+15550100100', $category, '2054-12-01 15:00Z', 'hello'
  FROM generate_series(:rows + 1, 2 * :rows) k;
SELECT round(((extract(epoch FROM clock_timestamp()) - :t0) * 1000)::numeric, 1);
SQL
}

: >"$work/times"
for i in $(seq 1 "$runs"); do
	echo "quiet_bench: run $i/$runs" >&2
	# each table in turn, old and new back to back, who goes first alternating
	order="old new"
	[ $((i % 2)) -eq 0 ] && order="new old"
	for t in plain nocat cat; do
		for side in $order; do
			case $t in
				plain) echo "$side plain $(timed qb_$side out_plain recip NULL)" ;;
				nocat) echo "$side nocat $(timed qb_$side out_nocat recip NULL)" ;;
				cat) echo "$side cat $(timed qb_$side out_cat ny "'notices'")" ;;
			esac >>"$work/times"
		done
	done
	# (the rules and the 3,279 regions are read once per session, at the
	# first solicitation row: read them first, so that 7c is the per-row cost)
	warm="SELECT opt_consent.next_allowed('+12125550100', 'promo', '2054-12-01 15:00Z') IS NOT NULL AS warm \\g /dev/null"
	echo "new quiet_notices $(timed qb_new out_quiet ny "'notices'" "$warm")" >>"$work/times"
	echo "new quiet_promo $(timed qb_new out_quiet ny "'promo'" "$warm")" >>"$work/times"
done
# the promo rows really were checked against the rules: one in quiet hours is refused
refused=$(psql -X -At -d qb_new -c "INSERT INTO out_quiet VALUES ('+12125550100', NULL, 'promo', '2054-12-01 06:00Z', 'x')" 2>&1 || true)
case $refused in *"in quiet hours"*) checked=yes ;; *) checked="NO: $refused" ;; esac

median() { grep "^$1 $2 " "$work/times" | awk '{print $3}' | sort -g | awk '{a[NR]=$1} END {print a[int((NR+1)/2)]}'; }
op=$(median old plain); onc=$(median old nocat); oc=$(median old cat)
np=$(median new plain); nnc=$(median new nocat); nc=$(median new cat)
qn=$(median new quiet_notices); qp=$(median new quiet_promo)
echo "quiet hours on the hot path: $rows rows per insert, $rows suppressions, median of $runs alternating runs"
echo "(old: $old_rev as opt_consent_old; new: this tree; $(nproc) cores)"
awk -v op="$op" -v onc="$onc" -v oc="$oc" -v np="$np" -v nnc="$nnc" -v nc="$nc" \
	-v qn="$qn" -v qp="$qp" -v n="$rows" -v checked="$checked" 'BEGIN {
	u = 1000 / n
	printf "%-46s %10s %10s %8s\n", "us/row", "old", "new", "new/old"
	printf "%-46s %10.3f %10.3f %8.3f\n", "plain insert (no trigger)", op * u, np * u, np / op
	printf "%-46s %10.3f %10.3f %8.3f\n", "7a protected, no category column", onc * u, nnc * u, nnc / onc
	printf "%-46s %10.3f %10.3f %8.3f\n", "7b category column, non-solicitation rows", oc * u, nc * u, nc / oc
	printf "%-46s %10s %10.3f\n", "7c send_at mapped, non-solicitation rows", "", qn * u
	printf "%-46s %10s %10.3f\n", "7c send_at mapped, solicitation rows (checked)", "", qp * u
	printf "trigger overhead over the plain insert, new / old: 7a %.3f, 7b %.3f\n", (nnc - np) / (onc - op), (nc - np) / (oc - op)
	printf "7c added per solicitation row: %.3f us (rules checked: %s)\n", (qp - qn) * u, checked
	# for run.sh
	printf "ratio_nocat %.3f\nratio_cat %.3f\nadded_us %.3f\nchecked %s\n", nnc / onc, nc / oc, (qp - qn) * u, checked
	printf "old_nocat_us %.3f\nnew_nocat_us %.3f\nold_cat_us %.3f\nnew_cat_us %.3f\nplain_us %.3f\n", onc * u, nnc * u, oc * u, nc * u, np * u
}'
psqlq -d postgres -c "DROP DATABASE qb_old" -c "DROP DATABASE qb_new"
