#!/usr/bin/env bash
# test/bench/run.sh -- the benchmark suite of opt_consent (make bench).
#
# Run through the harness, which builds and installs the extension, starts a
# throwaway cluster and exports PGHOST/PGPORT/PGUSER/PGDATABASE and PG_CONFIG:
#
#   make bench
#   BENCH_ROWS=20000 BENCH_RUNS=1 BENCH_SECONDS=5 bash test/harness.sh bench
#
#   BENCH_ROWS     rows per bulk figure (default 1000000; figure 5 uses 5x)
#   BENCH_RUNS     runs per figure, the median is reported (default 3)
#   BENCH_SECONDS  duration of each pgbench run (default 15)
#   BENCH_FILTER_SIZES  suppressions for figure 8, the filter's memory and
#                  build time (default "1000000 10000000"; loaded one after
#                  the other into one database, so the largest counts)
#   BENCH_HUGE_PAGES  on: the cluster's shared memory in huge pages
#                  (huge_pages = on, as PostgreSQL recommends for a large
#                  shared_buffers); as root, vm.nr_hugepages is raised for
#                  the run when too few are free, and set back at the end.
#                  Default off (the kernel's normal pages)
#
# The cluster preloads opt_consent (shared_preload_libraries) with
# opt_consent.filter_size = 64MB: the lookups go through the shared-memory
# filter (src/filter.c), rebuilt and checked valid before every timed run.
#
# Prints a Markdown table and writes it, with a description of the machine,
# to test/bench/results/latest.md.  Targets are marked PASS or FAIL; a missed
# target does not make the script fail, only a real error does.
set -euo pipefail

here=$(cd "$(dirname "$0")" && pwd)
: "${PGHOST:?run me through test/harness.sh bench (make bench)}"
bindir=${bindir:-$("${PG_CONFIG:-pg_config}" --bindir)}

ROWS=${BENCH_ROWS:-1000000}
RUNS=${BENCH_RUNS:-3}
SECS=${BENCH_SECONDS:-15}
for v in ROWS RUNS SECS; do
	[[ ${!v} =~ ^[0-9]+$ ]] && [ "${!v}" -gt 0 ] || { echo "error: BENCH_$v must be a positive integer" >&2; exit 2; }
done
# figure 8: ascending; recipient k is '+1' || (555 + k / 10^7) || k mod 10^7
FILTER_SIZES=$(printf '%s\n' ${BENCH_FILTER_SIZES:-1000000 10000000} | sort -n -u | tr '\n' ' ')
for n in $FILTER_SIZES; do
	[[ $n =~ ^[0-9]+$ ]] && [ "$n" -ge 1000 ] && [ "$n" -le 100000000 ] ||
		{ echo "error: BENCH_FILTER_SIZES must be numbers between 1000 and 100000000" >&2; exit 2; }
done
FILTER_SIZES=${FILTER_SIZES% }
FILTER_MB=64			# opt_consent.filter_size, per database
HUGE=${BENCH_HUGE_PAGES:-off}
[ "$HUGE" = on ] || [ "$HUGE" = off ] || { echo "error: BENCH_HUGE_PAGES must be on or off" >&2; exit 2; }
# recipient numbers come from a bijection on 1 .. 10^7-1: suppressions use
# 1 .. ROWS, the rows sent ROWS+1 .. 2 ROWS
[ "$ROWS" -ge 1000 ] && [ "$ROWS" -le 4000000 ] ||
	{ echo "error: BENCH_ROWS must be between 1000 and 4000000" >&2; exit 2; }
NS=$ROWS				# suppressions in the registry
MEM_ROWS=$((5 * ROWS))	# figure 5
DB=opt_consent_bench
started=$SECONDS
export PGOPTIONS="-c client_min_messages=warning"

results_dir=$here/results
mkdir -p "$results_dir"
out=$results_dir/latest.md

tmp=$(mktemp -d "${TMPDIR:-/tmp}/opt_consent_bench.XXXXXX")
bg_pids=()
hugepages_before=""		# vm.nr_hugepages to set back, if this run raised it
cleanup() {
	local p
	for p in "${bg_pids[@]}"; do
		kill "$p" 2>/dev/null || true
	done
	# (pages the server still holds are freed when the harness stops it)
	[ -z "$hugepages_before" ] || sysctl -q -w vm.nr_hugepages="$hugepages_before" || true
	rm -rf "$tmp"
}
trap cleanup EXIT

note() { printf '== %s\n' "$*" >&2; }
die() { printf 'error: %s\n' "$*" >&2; exit 1; }

psqlc() { "$bindir/psql" -X -q -v ON_ERROR_STOP=1 "$@"; }
# one statement, unaligned output
sql() { psqlc -At -c "$1"; }
# times one DML statement server-side: prints "ms|rows"; $2: SQL to run
# first in the same session
time_dml() { printf '%s\n' "${2:-}" "SELECT ms, n FROM bench.time_dml(:'q');" | psqlc -At -v q="$1"; }
# times one query returning one value: prints "ms|value"
time_select() { printf '%s\n' "SELECT ms, result FROM bench.time_select(:'q');" | psqlc -At -v q="$1"; }

median() {
	printf '%s\n' "$@" | sort -g |
		awk '{ a[NR] = $1 } END { if (NR % 2) print a[(NR + 1) / 2]; else print (a[NR / 2] + a[NR / 2 + 1]) / 2 }'
}
# calc EXPR: floating-point arithmetic; prints "n/a" on division by zero
calc() { awk "BEGIN { d = $2; if (d == 0) print \"n/a\"; else printf \"$1\", ($3) / d }"; }
fmt() { awk -v x="$2" "BEGIN { printf \"$1\", x }"; }
# check VALUE OP LIMIT -> PASS/FAIL
check() {
	[ "$1" = n/a ] && { echo FAIL; return; }
	awk -v x="$1" -v y="$3" "BEGIN { print ((x $2 y) ? \"PASS\" : \"FAIL\") }"
}
ms_fmt() { awk -v x="$1" 'BEGIN { if (x >= 100) printf "%.0f ms", x; else printf "%.1f ms", x }'; }
per_row() { awk -v x="$1" -v n="$2" 'BEGIN { printf "%.3f µs/row", 1000 * x / n }'; }
thousands() { printf '%s' "$1" | sed ':a;s/\B[0-9]\{3\}\>/,&/;ta'; }

table=()
row() { table+=("| $1 | $2 | $3 | $4 | $5 |"); }
raw=()

if [ "$(id -u)" = 0 ]; then
	# (from /: PostgreSQL's programs go back to their working directory, which
	# postgres may not be able to read, and say so)
	as_server() { (cd / && runuser -u postgres -- "$@"); }
else
	as_server() { "$@"; }
fi

# --- the cluster, tuned for benchmarking --------------------------------------

note "tuning the cluster, preloading opt_consent (both need a restart)"
PGDATABASE=postgres psqlc <<'SQL'
ALTER SYSTEM SET shared_buffers = '1GB';
ALTER SYSTEM SET track_commit_timestamp = on;
ALTER SYSTEM SET synchronous_commit = off;
ALTER SYSTEM SET max_wal_size = '20GB';
ALTER SYSTEM SET checkpoint_timeout = '1h';
ALTER SYSTEM SET autovacuum = off;
ALTER SYSTEM SET jit = off;
ALTER SYSTEM SET max_parallel_workers_per_gather = 0;
ALTER SYSTEM SET work_mem = '256MB';
ALTER SYSTEM SET maintenance_work_mem = '512MB';
ALTER SYSTEM SET huge_pages = off;
SQL
# The preload and the filter's settings, in a file of their own that
# postgresql.conf includes: figure 7 empties it for a while (the older
# library it loads defines the same parameters, which a preloaded
# opt_consent already holds), and the filter's parameters exist only when
# the library is preloaded (elsewhere each session loading it would warn
# about them).  64MB per database: at least 2 bytes per suppression up to
# 32 million.  Three databases: this one and figure 8's (dropped after it)
# have one each, and one is spare.
preload_conf=$PGHOST/data/opt_consent_bench.conf
echo "include_if_exists = 'opt_consent_bench.conf'" >>"$PGHOST/data/postgresql.conf"
preload() {
	if [ "$1" = on ]; then
		cat >"$preload_conf" <<CONF
shared_preload_libraries = 'opt_consent'
opt_consent.filter_size = '${FILTER_MB}MB'
opt_consent.filter_databases = 3
CONF
	else
		: >"$preload_conf"
	fi
	chmod 644 "$preload_conf"
	as_server "$bindir/pg_ctl" -D "$PGHOST/data" -l "$PGHOST/server.log" -m fast -w restart >/dev/null ||
		die "the server did not restart$([ "$HUGE" = off ] || printf ' (huge pages: %s)' "$(grep '^HugePages_' /proc/meminfo | tr -s ' \n' ' ')")"
	if [ "$1" = on ]; then
		[ "$(PGDATABASE=postgres sql "SHOW opt_consent.filter_size")" = "${FILTER_MB}MB" ] ||
			die "the restarted server does not preload opt_consent with filter_size ${FILTER_MB}MB"
	else
		[ -z "$(PGDATABASE=postgres sql "SHOW shared_preload_libraries")" ] ||
			die "the restarted server still preloads a library"
	fi
}
preload on
# huge pages: how many this server needs (PostgreSQL 15 computes it), made
# free if root, then the restart that must get them (huge_pages = on fails
# to start otherwise, it never falls back).  Another server on the machine
# with huge_pages = try (the default) can take free pages between the
# run's restarts: run it alone.
if [ "$HUGE" = on ]; then
	need=$(PGDATABASE=postgres sql "SELECT setting FROM pg_settings WHERE name = 'shared_memory_size_in_huge_pages'")
	[[ $need =~ ^[0-9]+$ ]] && [ "$need" -gt 0 ] ||
		die "BENCH_HUGE_PAGES=on: the server does not report shared_memory_size_in_huge_pages (PostgreSQL 15 or later, a kernel with huge pages)"
	free_pages=$(awk '/^HugePages_Free:/ { print $2 }' /proc/meminfo)
	rsvd_pages=$(awk '/^HugePages_Rsvd:/ { print $2 }' /proc/meminfo)
	short=$((need + 8 - (free_pages - rsvd_pages)))
	if [ "$short" -gt 0 ]; then
		[ "$(id -u)" = 0 ] ||
			die "BENCH_HUGE_PAGES=on: $need huge pages needed, $((free_pages - rsvd_pages)) free; as root: sysctl -w vm.nr_hugepages=$(( $(awk '/^HugePages_Total:/ { print $2 }' /proc/meminfo) + short ))"
		hugepages_before=$(cat /proc/sys/vm/nr_hugepages)
		# (from the pages that exist: surplus ones in use count too)
		sysctl -q -w vm.nr_hugepages=$(( $(awk '/^HugePages_Total:/ { print $2 }' /proc/meminfo) + short ))
		got=$(awk '/^HugePages_Free:/ { print $2 }' /proc/meminfo)
		[ "$got" -ge $((need + rsvd_pages)) ] ||
			die "BENCH_HUGE_PAGES=on: the kernel gave $got free huge pages, $need needed (memory too fragmented?)"
	fi
	PGDATABASE=postgres sql "ALTER SYSTEM SET huge_pages = on" >/dev/null
	preload on
fi
settings=$(PGDATABASE=postgres sql "SELECT string_agg(name || '=' || current_setting(name), ', ' ORDER BY name)
	FROM pg_settings WHERE name IN ('shared_buffers', 'synchronous_commit', 'fsync', 'max_wal_size',
		'checkpoint_timeout', 'autovacuum', 'jit', 'max_parallel_workers_per_gather', 'work_mem',
		'track_commit_timestamp', 'shared_preload_libraries', 'opt_consent.filter_size',
		'opt_consent.filter_databases', 'opt_consent.filter_max_fpr', 'huge_pages')")
pg_version=$(PGDATABASE=postgres sql "SELECT version()")

PGDATABASE=postgres psqlc <<SQL
DROP DATABASE IF EXISTS $DB;
CREATE DATABASE $DB;
ALTER DATABASE $DB SET search_path = bench, public, opt_consent;
SQL
export PGDATABASE=$DB

# --- data ----------------------------------------------------------------------

note "loading: 11,100 scopes, $NS suppressions, $ROWS-row sources, bodies and queue"
t0=$SECONDS
psqlc -v rows="$ROWS" -v ns="$NS" -f "$here/setup.sql" >/dev/null
sql "VACUUM (FREEZE, ANALYZE)"
sql "CHECKPOINT"
setup_secs=$((SECONDS - t0))

# The shared-memory filter of this database, rebuilt from the rows that
# exist (it is invalid after the restart, and DDL such as DROP TRIGGER
# invalidates it) and checked valid: before every timed run.
filter_ready() {
	local n="" i
	for i in 1 2 3; do
		# NULL: invalidated meanwhile (a worker's rebuild, DDL): again
		n=$(sql "SELECT opt_consent.filter_rebuild()") && [ -n "$n" ] &&
			[ "$(sql "SELECT state FROM opt_consent.filter_status()")" = valid ] && return 0
	done
	die "the filter is not valid after opt_consent.filter_rebuild() (returned '${n}'): $(sql "SELECT row(s.*) FROM opt_consent.filter_status() s")"
}
# after a timed run: was the filter still valid?  ($1: the run)
filter_lost=""
filter_after() {
	[ "$(sql "SELECT state FROM opt_consent.filter_status()")" = valid ] ||
		filter_lost="$filter_lost, $1"
}
filter_ready
filter_keys=$(sql "SELECT keys_built FROM opt_consent.filter_status()")
[ "$filter_keys" = "$NS" ] || die "the filter was built from $filter_keys suppressions, expected $NS"

note "sanity checks"
# the filter answers 'absent' for no suppressed recipient
filter_absent=$(sql "SELECT count(*) FROM opt_consent.suppressions WHERE opt_consent.filter_probe(recipient) <> 'maybe'")
[ "$filter_absent" = 0 ] || die "the filter does not answer 'maybe' for $filter_absent of the $NS suppressed recipients"
blocked_mixed=$(sql "SELECT count(*) FILTER (WHERE opt_consent.is_blocked(to_number::opt_consent.e164, from_number, service_sid)) FROM bench.src_mixed")
[ "$blocked_mixed" = $((ROWS / 10)) ] ||
	die "bench.src_mixed has $blocked_mixed blocked rows, expected $((ROWS / 10))"
blocked_src=$(sql "SELECT count(*) FILTER (WHERE opt_consent.is_blocked(to_number::opt_consent.e164, from_number, service_sid)) FROM bench.src")
[ "$blocked_src" = 0 ] || die "bench.src has $blocked_src blocked rows, expected 0"
# the PL/pgSQL peer and the C trigger skip the same rows
check_n=$((ROWS < 50000 ? ROWS : 50000))
peer_check=$(psqlc -At <<SQL
CREATE TEMP TABLE peer_c (LIKE bench.outbound INCLUDING DEFAULTS);
CREATE TRIGGER peer BEFORE INSERT ON peer_c FOR EACH ROW EXECUTE FUNCTION bench.peer_enforce('skip');
CREATE TEMP TABLE peer_sp (LIKE bench.outbound INCLUDING DEFAULTS);
CREATE TRIGGER peer BEFORE INSERT ON peer_sp FOR EACH ROW EXECUTE FUNCTION bench.peer_enforce_sp('skip');
CREATE TEMP TABLE c_skip (LIKE bench.outbound INCLUDING DEFAULTS);
SELECT opt_consent.protect('c_skip', 'to_number', 'from_number', 'service_sid', on_block => 'skip');
SELECT opt_consent.filter_rebuild();
INSERT INTO peer_c (to_number, from_number, service_sid, body) SELECT to_number, from_number, service_sid, body FROM bench.src_mixed WHERE id <= $check_n;
INSERT INTO peer_sp (to_number, from_number, service_sid, body) SELECT to_number, from_number, service_sid, body FROM bench.src_mixed WHERE id <= $check_n;
INSERT INTO c_skip (to_number, from_number, service_sid, body) SELECT to_number, from_number, service_sid, body FROM bench.src_mixed WHERE id <= $check_n;
SELECT (SELECT count(*) FROM peer_c) || ' ' || (SELECT count(*) FROM peer_sp) || ' ' || (SELECT count(*) FROM c_skip)
	|| ' ' || (SELECT count(*) FROM (SELECT to_number FROM peer_c EXCEPT ALL SELECT to_number FROM c_skip) d);
SQL
)
read -r n_peer n_peer_sp n_cskip n_diff <<<"$(tail -n 1 <<<"$peer_check")"
want=$((check_n - check_n / 10))
[ "$n_peer" = "$want" ] && [ "$n_peer_sp" = "$want" ] && [ "$n_cskip" = "$want" ] && [ "$n_diff" = 0 ] ||
	die "PL/pgSQL peer and opt_consent disagree on $check_n rows: peer $n_peer, peer (search_path) $n_peer_sp, opt_consent $n_cskip (want $want), $n_diff rows differ"

prewarm() {
	local r
	for r in "$@"; do
		sql "SELECT pg_prewarm('$r')" >/dev/null
	done
}
prewarm bench.src bench.src_mixed bench.contacts bench.contacts_pkey opt_consent.suppressions \
	opt_consent.suppressions_recipient_idx opt_consent.suppressions_pkey

# --- 1. trigger overhead of a bulk INSERT ... SELECT ---------------------------

variant_sql() {
	case $1 in
		a) ;;
		b|b0) echo "SELECT opt_consent.protect('bench.outbound', 'to_number', 'from_number', 'service_sid');" ;;
		c0) echo "CREATE TRIGGER peer_enforce BEFORE INSERT ON bench.outbound FOR EACH ROW EXECUTE FUNCTION bench.noop_trigger();" ;;
		c) echo "CREATE TRIGGER peer_enforce BEFORE INSERT ON bench.outbound FOR EACH ROW EXECUTE FUNCTION bench.peer_enforce('error');" ;;
		c2) echo "CREATE TRIGGER peer_enforce BEFORE INSERT ON bench.outbound FOR EACH ROW EXECUTE FUNCTION bench.peer_enforce_sp('error');" ;;
		d) echo "ALTER TABLE bench.outbound ADD CONSTRAINT outbound_to_number_fkey FOREIGN KEY (to_number) REFERENCES bench.contacts (phone);" ;;
		e) echo "SELECT opt_consent.protect('bench.outbound', 'to_number', 'from_number', 'service_sid', on_block => 'skip');" ;;
		f) echo "SELECT opt_consent.protect('bench.outbound', 'to_number', 'from_number', 'service_sid', on_block => 'mark', status_column => 'status');" ;;
		# 1.1: a scope requiring consent exists (outside these sends' chains),
		# so every row's chain is resolved (from the backend's cache)
		g) echo "SELECT opt_consent.protect('bench.outbound', 'to_number', 'from_number', 'service_sid');"
		   echo "INSERT INTO opt_consent.scopes (id, kind, require_consent) VALUES ('AC-bench-consent', 'account', true);" ;;
	esac
}

# an empty outbound table with only the given variant's check on it
reset_outbound() {
	psqlc >/dev/null <<SQL
SELECT opt_consent.unprotect('bench.outbound');
DELETE FROM opt_consent.scopes WHERE id = 'AC-bench-consent';
DROP TRIGGER IF EXISTS peer_enforce ON bench.outbound;
ALTER TABLE bench.outbound DROP CONSTRAINT IF EXISTS outbound_to_number_fkey;
TRUNCATE bench.outbound RESTART IDENTITY;
$(variant_sql "${1:-a}")
VACUUM (ANALYZE) bench.outbound;
CHECKPOINT;
SQL
	filter_ready
}

cols="to_number, from_number, service_sid, body"
declare -A ins_src=(
	[a]=bench.src [b]=bench.src [b0]=bench.src [c]=bench.src [c0]=bench.src [c2]=bench.src
	[d]=bench.src [e]=bench.src_mixed [f]=bench.src_mixed [g]=bench.src)
# b0: the trigger with opt_consent.enforce off (its call, no lookup)
declare -A session_sql=([b0]="SET opt_consent.enforce = off;")
variants=(a b b0 c c0 c2 d e f g)
declare -A t1 n1
for v in "${variants[@]}"; do t1[$v]=""; done
mark_failed=""
for run in $(seq 1 "$RUNS"); do
	for v in "${variants[@]}"; do
		note "1. bulk insert, variant $v, run $run/$RUNS"
		reset_outbound "$v"
		res=$(time_dml "INSERT INTO bench.outbound ($cols) SELECT $cols FROM ${ins_src[$v]}" "${session_sql[$v]:-}")
		IFS='|' read -r ms n <<<"$res"
		t1[$v]="${t1[$v]} $ms"
		n1[$v]=$n
		filter_after "1$v run $run"
		if [ "$v" = f ]; then
			mark_failed=$(sql "SELECT count(*) FROM bench.outbound WHERE status = 'failed'")
		fi
	done
done
reset_outbound a
declare -A m1
for v in "${variants[@]}"; do
	# shellcheck disable=SC2086
	m1[$v]=$(median ${t1[$v]})
	raw+=("1$v bulk insert (ms): ${t1[$v]# }")
done

label_a="no trigger"
label_b="opt_consent trigger (\`protect\`, on_block error)"
label_b0="same with \`opt_consent.enforce = off\` (the trigger's call, no lookup)"
label_c="PL/pgSQL peer trigger (one indexed probe, chain only when needed)"
label_c0="no-op PL/pgSQL trigger (\`RETURN NEW\`: the floor of any PL/pgSQL trigger)"
label_c2="PL/pgSQL peer with \`SET search_path\` on the function"
label_d="foreign key to contacts(phone) (PostgreSQL's C RI trigger)"
rows_fmt=$(thousands "$ROWS")
for v in a b b0 c c0 c2 d; do
	lbl=label_$v
	info=""
	[ "${n1[$v]}" = "$ROWS" ] || info=" — wrote ${n1[$v]} rows, expected $ROWS"
	row "1$v" "INSERT … SELECT $rows_fmt rows: ${!lbl}" \
		"$(ms_fmt "${m1[$v]}") ($(per_row "${m1[$v]}" "$ROWS"))$info" "" "$([ -n "$info" ] && echo MISMATCH || true)"
done
want_e=$((ROWS - ROWS / 10))
info_e="wrote ${n1[e]} rows (expected $want_e)"
row "1e" "same, 10% suppressed, on_block skip" \
	"$(ms_fmt "${m1[e]}") ($(per_row "${m1[e]}" "$ROWS")); $info_e" "" \
	"$([ "${n1[e]}" = "$want_e" ] || echo MISMATCH)"
row "1f" "same, 10% suppressed, on_block mark" \
	"$(ms_fmt "${m1[f]}") ($(per_row "${m1[f]}" "$ROWS")); ${mark_failed} rows marked failed (expected $((ROWS / 10)))" "" \
	"$([ "${n1[f]}" = "$ROWS" ] && [ "$mark_failed" = $((ROWS / 10)) ] || echo MISMATCH)"

row "1g" "same as (b), with a scope that requires consent in the registry (1.1)" \
	"$(ms_fmt "${m1[g]}") ($(per_row "${m1[g]}" "$ROWS"))" "" \
	"$([ "${n1[g]}" = "$ROWS" ] || echo MISMATCH)"

added_b=$(calc '%.6f' 1 "${m1[b]} - ${m1[a]}")
added_c=$(calc '%.6f' 1 "${m1[c]} - ${m1[a]}")
added_c2=$(calc '%.6f' 1 "${m1[c2]} - ${m1[a]}")
added_d=$(calc '%.6f' 1 "${m1[d]} - ${m1[a]}")
pct_b=$(calc '%+.1f' "${m1[a]}" "100 * ($added_b)")
r_bc=$(calc '%.3f' "$added_c" "$added_b")
r_bc2=$(calc '%.3f' "$added_c2" "$added_b")
r_bd=$(calc '%.2f' "$added_d" "$added_b")
inv() { [ "$1" = n/a ] && echo n/a || calc '1/%.1f' "$1" 1; }
row "1" "(b) added cost vs (a)" "$pct_b% ($(per_row "$added_b" "$ROWS"))" "≤ 10%" "$(check "$pct_b" '<=' 10)"
# the same, run by run: (b) was timed right after (a) in each run, so the
# median of the per-run ratios is less moved by the VM's drift over the
# minutes between runs.  The target is judged on both: the ratio of the
# medians alone can pass on one slow (a) (2026-12-03: +6.0% by the medians,
# +20.0% by the runs)
read -r -a ta <<<"${t1[a]}"
read -r -a tb <<<"${t1[b]}"
pairs=()
for i in "${!ta[@]}"; do pairs+=("$(calc '%.4f' "${ta[$i]}" "100 * (${tb[$i]} - ${ta[$i]})")"); done
pct_b_paired=$(fmt '%+.1f' "$(median "${pairs[@]}")")
row "1" "the same, median of the $RUNS per-run ratios ((b) timed right after (a) in each run)" \
	"$pct_b_paired% (runs: $(printf '%s\n' "${pairs[@]}" | awk '{ printf "%s%+.1f%%", (NR > 1 ? " " : ""), $1 }'))" "≤ 10%" \
	"$(check "$pct_b_paired" '<=' 10)"
row "1" "(b) added cost / (c) added cost" "$r_bc ($(inv "$r_bc"); (c) adds $(per_row "$added_c" "$ROWS"))" "≤ 1/20 (0.05)" "$(check "$r_bc" '<=' 0.05)"
row "1" "(b) added cost / (c2) added cost" "$r_bc2 ($(inv "$r_bc2"); (c2) adds $(per_row "$added_c2" "$ROWS"))" "" ""
added_b0=$(calc '%.6f' 1 "${m1[b0]} - ${m1[a]}")
added_c0=$(calc '%.6f' 1 "${m1[c0]} - ${m1[a]}")
row "1" "where (b)'s added cost goes: calling the trigger (b0 - a) + the lookup (b - b0)" \
	"$(per_row "$added_b0" "$ROWS") + $(per_row "$(calc '%.6f' 1 "${m1[b]} - ${m1[b0]}")" "$ROWS")" "" ""
row "1" "where (c)'s added cost goes: calling PL/pgSQL (c0 - a) + its body (c - c0)" \
	"$(per_row "$added_c0" "$ROWS") + $(per_row "$(calc '%.6f' 1 "${m1[c]} - ${m1[c0]}")" "$ROWS")" "" ""
row "1" "(b) added cost / (d) added cost" "$r_bd ((d) adds $(per_row "$added_d" "$ROWS"))" "< 1" "$(check "$r_bd" '<' 1)"

# --- 2. single-row inserts, 8 pgbench clients ----------------------------------

declare -A tps lat
tps[off]="" tps[on]="" lat[off]="" lat[on]=""
pgb_failed=0
for run in $(seq 1 "$RUNS"); do
	for v in off on; do
		note "2. pgbench single-row inserts, trigger $v, run $run/$RUNS (${SECS}s)"
		if [ $v = on ]; then reset_outbound b; else reset_outbound a; fi
		"$bindir/pgbench" -n -M prepared -c 8 -j 2 -T "$SECS" -D ns="$NS" \
			-f "$here/pgbench_insert.sql" >"$tmp/pgb.out" 2>&1 ||
			{ cat "$tmp/pgb.out" >&2; die "pgbench failed"; }
		t=$(sed -n 's/^tps = \([0-9.]*\) (without initial connection time)$/\1/p' "$tmp/pgb.out")
		l=$(sed -n 's/^latency average = \([0-9.]*\) ms$/\1/p' "$tmp/pgb.out")
		f=$(sed -n 's/^number of failed transactions: \([0-9]*\).*/\1/p' "$tmp/pgb.out")
		[ -n "$t" ] && [ -n "$l" ] || { cat "$tmp/pgb.out" >&2; die "cannot read pgbench's output"; }
		pgb_failed=$((pgb_failed + ${f:-0}))
		tps[$v]="${tps[$v]} $t"
		lat[$v]="${lat[$v]} $l"
		filter_after "2 $v run $run"
	done
done
reset_outbound a
# shellcheck disable=SC2086
{ tps_off=$(median ${tps[off]}); tps_on=$(median ${tps[on]}); lat_off=$(median ${lat[off]}); lat_on=$(median ${lat[on]}); }
raw+=("2 pgbench TPS without trigger: ${tps[off]# }" "2 pgbench TPS with trigger: ${tps[on]# }")
raw+=("2 pgbench latency without (ms): ${lat[off]# }" "2 pgbench latency with (ms): ${lat[on]# }")
row "2a" "pgbench, 8 clients, prepared single-row INSERT, no trigger" \
	"$(fmt '%.0f' "$tps_off") TPS, latency $(fmt '%.3f' "$lat_off") ms" "" ""
row "2b" "same with the opt_consent trigger" \
	"$(fmt '%.0f' "$tps_on") TPS, latency $(fmt '%.3f' "$lat_on") ms$([ "$pgb_failed" = 0 ] || echo "; $pgb_failed failed transactions")" "" \
	"$([ "$pgb_failed" = 0 ] || echo MISMATCH)"
r_tps=$(calc '%.3f' "$tps_off" "$tps_on")
r_lat=$(calc '%.3f' "$lat_off" "$lat_on")
row "2" "throughput with / without trigger" "$r_tps (latency ×$r_lat)" "≥ 0.95" "$(check "$r_tps" '>=' 0.95)"

# --- 3. classification ----------------------------------------------------------

prewarm bench.bodies
filter_ready
kw_out="'STOP','STOPALL','UNSUBSCRIBE','CANCEL','END','QUIT','REVOKE','OPTOUT','OPT OUT'"
declare -A q3=(
	[length]="SELECT count(*) FILTER (WHERE length(body) <> 0) FROM bench.bodies"
	[classify]="SELECT count(*) FILTER (WHERE opt_consent.classify(body) <> 'none') FROM bench.bodies"
	[sql_case]="SELECT count(*) FILTER (WHERE CASE upper(btrim(body))
		WHEN 'STOP' THEN 'opt_out' WHEN 'STOPALL' THEN 'opt_out' WHEN 'UNSUBSCRIBE' THEN 'opt_out'
		WHEN 'CANCEL' THEN 'opt_out' WHEN 'END' THEN 'opt_out' WHEN 'QUIT' THEN 'opt_out'
		WHEN 'REVOKE' THEN 'opt_out' WHEN 'OPTOUT' THEN 'opt_out' WHEN 'OPT OUT' THEN 'opt_out'
		WHEN 'START' THEN 'opt_in' WHEN 'YES' THEN 'opt_in' WHEN 'UNSTOP' THEN 'opt_in'
		WHEN 'HELP' THEN 'help' WHEN 'INFO' THEN 'help' ELSE 'none' END <> 'none') FROM bench.bodies"
	[sql_any]="SELECT count(*) FILTER (WHERE CASE
		WHEN upper(btrim(body)) = ANY (ARRAY[$kw_out]) THEN 'opt_out'
		WHEN upper(btrim(body)) = ANY (ARRAY['START','YES','UNSTOP']) THEN 'opt_in'
		WHEN upper(btrim(body)) = ANY (ARRAY['HELP','INFO']) THEN 'help'
		ELSE 'none' END <> 'none') FROM bench.bodies"
	[sql_regex]="SELECT count(*) FILTER (WHERE CASE
		WHEN body ~* '^[[:space:][:punct:]]*(stop|stopall|unsubscribe|cancel|end|quit|revoke|optout|opt[ _-]+out)[[:space:][:punct:]]*\$' THEN 'opt_out'
		WHEN body ~* '^[[:space:][:punct:]]*(start|yes|unstop)[[:space:][:punct:]]*\$' THEN 'opt_in'
		WHEN body ~* '^[[:space:][:punct:]]*(help|info)[[:space:][:punct:]]*\$' THEN 'help'
		ELSE 'none' END <> 'none') FROM bench.bodies"
)
kinds3=(length classify sql_case sql_any sql_regex)
declare -A t3 c3
for k in "${kinds3[@]}"; do t3[$k]=""; done
for run in $(seq 1 "$RUNS"); do
	for k in "${kinds3[@]}"; do
		note "3. classification, $k, run $run/$RUNS"
		res=$(time_select "${q3[$k]}")
		IFS='|' read -r ms c <<<"$res"
		t3[$k]="${t3[$k]} $ms"
		c3[$k]=$c
		filter_after "3 $k run $run"
	done
done
declare -A m3
for k in "${kinds3[@]}"; do
	# shellcheck disable=SC2086
	m3[$k]=$(median ${t3[$k]})
	raw+=("3 $k (ms): ${t3[$k]# }")
done
row "3a" "floor: \`length(body)\` over $rows_fmt bodies" "$(ms_fmt "${m3[length]}") ($(per_row "${m3[length]}" "$ROWS"))" "" ""
row "3b" "\`opt_consent.classify(body)\`" "$(ms_fmt "${m3[classify]}") ($(per_row "${m3[classify]}" "$ROWS")); ${c3[classify]} keyword bodies" "" ""
row "3c" "SQL: \`CASE upper(btrim(body)) WHEN 'STOP' THEN …\` (14 keywords)" "$(ms_fmt "${m3[sql_case]}") ($(per_row "${m3[sql_case]}" "$ROWS")); ${c3[sql_case]} keyword bodies" "" ""
row "3d" "SQL: \`CASE WHEN upper(btrim(body)) = ANY (ARRAY[…])\` per class" "$(ms_fmt "${m3[sql_any]}") ($(per_row "${m3[sql_any]}" "$ROWS")); ${c3[sql_any]} keyword bodies" "" ""
row "3e" "SQL: case-insensitive regular expressions per class" "$(ms_fmt "${m3[sql_regex]}") ($(per_row "${m3[sql_regex]}" "$ROWS")); ${c3[sql_regex]} keyword bodies" "" ""
r_cl=$(calc '%.2f' "${m3[length]}" "${m3[classify]}")
row "3" "classify / length" "$r_cl" "≤ 2" "$(check "$r_cl" '<=' 2)"
declare -A id3=([sql_case]=3c [sql_any]=3d [sql_regex]=3e)
for k in sql_case sql_any sql_regex; do
	r=$(calc '%.2f' "${m3[classify]}" "${m3[$k]}")
	row "3" "SQL peer (${id3[$k]}) / classify" "$r" "≥ 3" "$(check "$r" '>=' 3)"
done

# --- 4. is_blocked in a WHERE clause ----------------------------------------------

prewarm bench.queue
filter_ready
declare -A q4=(
	[is_blocked]="SELECT count(*) FROM bench.queue
		WHERE NOT opt_consent.is_blocked(to_number::opt_consent.e164, from_number, service_sid)"
	[anti_join]="SELECT count(*) FROM bench.queue q
		LEFT JOIN opt_consent.scopes n ON n.id = q.from_number
		LEFT JOIN opt_consent.scopes m ON m.id = n.parent
		LEFT JOIN opt_consent.scopes v ON v.id = q.service_sid
		WHERE NOT EXISTS (
			SELECT FROM opt_consent.suppressions s
			 WHERE s.recipient = q.to_number::opt_consent.e164
			   AND s.channel IN ('sms', 'all')
			   AND s.scope IN ('*', q.from_number, n.parent, m.parent, q.service_sid, v.parent))"
)
kinds4=(is_blocked anti_join)
declare -A t4 c4
for k in "${kinds4[@]}"; do t4[$k]=""; done
for run in $(seq 1 "$RUNS"); do
	for k in "${kinds4[@]}"; do
		note "4. filtering the queue, $k, run $run/$RUNS"
		res=$(time_select "${q4[$k]}")
		IFS='|' read -r ms c <<<"$res"
		t4[$k]="${t4[$k]} $ms"
		c4[$k]=$c
		filter_after "4 $k run $run"
	done
done
declare -A m4
for k in "${kinds4[@]}"; do
	# shellcheck disable=SC2086
	m4[$k]=$(median ${t4[$k]})
	raw+=("4 $k (ms): ${t4[$k]# }")
done
want4=$((ROWS - ROWS / 100))
row "4a" "\`WHERE NOT opt_consent.is_blocked(…)\` over $rows_fmt queued rows" \
	"$(ms_fmt "${m4[is_blocked]}") ($(per_row "${m4[is_blocked]}" "$ROWS")); ${c4[is_blocked]} allowed (expected $want4)" "" \
	"$([ "${c4[is_blocked]}" = "$want4" ] || echo MISMATCH)"
row "4b" "\`NOT EXISTS\` anti-join on suppressions, chain joined from scopes" \
	"$(ms_fmt "${m4[anti_join]}") ($(per_row "${m4[anti_join]}" "$ROWS")); ${c4[anti_join]} allowed (expected $want4)" "" \
	"$([ "${c4[anti_join]}" = "$want4" ] || echo MISMATCH)"
row "4" "anti-join / is_blocked" "$(calc '%.2f' "${m4[is_blocked]}" "${m4[anti_join]}")" "" ""
r_ib=$(calc '%.2f' "${m4[anti_join]}" "${m4[is_blocked]}")
row "4" "is_blocked / anti-join (is_blocked no slower than the hand-written anti-join)" "$r_ib" "≤ 1.0" "$(check "$r_ib" '<=' 1.0)"

# --- 5. memory of a long insert -----------------------------------------------------

note "5. memory: one session, $MEM_ROWS-row INSERT … SELECT with the trigger"
reset_outbound b
# the rows of bench.src, five times over
mem=$(psqlc -At -v warm="INSERT INTO bench.outbound ($cols) SELECT $cols FROM bench.src WHERE id <= 1000" \
	-v big="INSERT INTO bench.outbound ($cols) SELECT s.to_number, s.from_number, s.service_sid, s.body
		FROM generate_series(1, 5) r, bench.src s" <<'SQL'
SELECT sum(total_bytes) AS m0 FROM pg_backend_memory_contexts \gset
SELECT n AS n_warm FROM bench.time_dml(:'warm') \gset
SELECT sum(total_bytes) AS m1 FROM pg_backend_memory_contexts \gset
SELECT ms AS ms_big, n AS n_big FROM bench.time_dml(:'big') \gset
SELECT sum(total_bytes) AS m2 FROM pg_backend_memory_contexts \gset
\echo :m0 :m1 :m2 :ms_big :n_big
SQL
)
read -r m0 m1 m2 ms_big n_big <<<"$mem"
filter_after "5"
reset_outbound a
growth=$((m2 - m1))
raw+=("5 backend memory (bytes): fresh $m0, after 1,000-row warm-up $m1, after $MEM_ROWS rows $m2; insert took $ms_big ms")
row "5" "backend memory growth over a $(thousands "$MEM_ROWS")-row INSERT … SELECT with the trigger (after a 1,000-row warm-up)" \
	"$(thousands "$growth") bytes (warm-up: $(thousands $((m1 - m0))) bytes once; insert $(ms_fmt "$ms_big"), $(thousands "$n_big") rows)" \
	"< 1 MB" "$(check "$growth" '<' 1048576)"

# --- 6. correctness under load ---------------------------------------------------------

note "6. correctness under load: 4 clients send, 2 clients opt out and in (${SECS}s)"
psqlc >/dev/null <<'SQL'
TRUNCATE bench.live, bench.live_errors, bench.live_acks RESTART IDENTITY;
CHECKPOINT;
SQL
filter_ready
live_rc=0 opt_rc=0
"$bindir/pgbench" -n -M prepared -c 4 -j 1 -T "$SECS" -f "$here/pgbench_live_send.sql" >"$tmp/live.out" 2>&1 &
bg_pids+=($!)
"$bindir/pgbench" -n -M prepared -c 2 -j 1 -T "$SECS" -f "$here/pgbench_opt_out.sql@1" \
	-f "$here/pgbench_opt_in.sql@1" >"$tmp/opt.out" 2>&1 &
bg_pids+=($!)
wait "${bg_pids[0]}" || live_rc=$?
wait "${bg_pids[1]}" || opt_rc=$?
bg_pids=()
[ $live_rc = 0 ] && [ $opt_rc = 0 ] ||
	{ cat "$tmp/live.out" "$tmp/opt.out" >&2; die "pgbench failed in figure 6"; }
filter_after "6"
live_tx=$(sed -n 's/^number of transactions actually processed: \([0-9]*\).*/\1/p' "$tmp/live.out")
opt_tx=$(sed -n 's/^number of transactions actually processed: \([0-9]*\).*/\1/p' "$tmp/opt.out")
live_failed=$(($(sed -n 's/^number of failed transactions: \([0-9]*\).*/\1/p' "$tmp/live.out" "$tmp/opt.out" | paste -sd+ -)))
margin_at=50 margin_ct=5
res=$(psqlc -At -F ' ' -v margin_at_ms=$margin_at -v margin_ct_ms=$margin_ct -f "$here/check_live.sql")
read -r n_sent v_at v_ack v_ct n_out n_in <<<"$(head -n 1 <<<"$res")"
while IFS= read -r line; do
	[ -n "$line" ] && raw+=("6 suspect $line")
done < <(tail -n +2 <<<"$res")
errors=$(sql "SELECT coalesce(string_agg(sqlstate || ': ' || n, ', ' ORDER BY sqlstate), 'none')
	FROM (SELECT sqlstate, count(*) AS n FROM bench.live_errors GROUP BY sqlstate) e")
other=$(sql "SELECT count(*) FROM bench.live_errors WHERE sqlstate NOT IN ('23610', '23611')")
if [ "$other" != 0 ]; then
	raw+=("6 unexpected errors: $(sql "SELECT string_agg(DISTINCT sqlstate || ' ' || coalesce(message, ''), '; ') FROM bench.live_errors WHERE sqlstate NOT IN ('23610', '23611')")")
fi
raw+=("6 load: $live_tx sends ($n_sent written), $opt_tx opt-out/opt-in calls ($n_out opt_out and $n_in opt_in events)")
raw+=("6 rows sent after an opt-out's commit timestamp + ${margin_ct} ms (informational: a commit record precedes visibility; a backend preempted in between stays invisible for a time slice): $v_ct")
row "6a" "violations: row after an opt-out by the ledger's \`at\` + ${margin_at} ms, no opt-in since" \
	"$v_at of $n_sent rows ($live_tx sends vs $n_out opt-outs, $n_in opt-ins)" "0" "$(check "$v_at" '==' 0)"
row "6b" "violations: row after an opt-out's commit was acknowledged to its client, no opt-in since" \
	"$v_ack of $n_sent rows" "0" "$(check "$v_ack" '==' 0)"
row "6c" "errors by SQLSTATE during the load" \
	"$errors; pgbench failed transactions: $live_failed" "only 23610/23611" \
	"$([ "$other" = 0 ] && [ "$live_failed" = 0 ] && echo PASS || echo FAIL)"

# --- 7. quiet hours and caps on the hot path (this tree vs the commit before them) ----

note "7. quiet hours: this tree against the code before them (test/bench/quiet_bench.sh), not preloaded"
preload off
qb_rows=$((ROWS < 200000 ? ROWS : 200000))
if qb_out=$(QB_ROWS=$qb_rows QB_RUNS=$((RUNS < 5 ? 5 : RUNS)) PGDATABASE=postgres bash "$here/quiet_bench.sh" 2>"$tmp/qb.err"); then
	qb() { awk -v k="$1" '$1 == k { print $2 }' <<<"$qb_out"; }
	while IFS= read -r line; do raw+=("7 $line"); done < <(sed -n '1,/^7c added/p' <<<"$qb_out")
	row "7a" "protected, no category column, $(thousands "$qb_rows") rows: this tree / before quiet hours" \
		"$(qb ratio_nocat) ($(qb old_nocat_us) → $(qb new_nocat_us) µs/row)" "≤ 1.05" "$(check "$(qb ratio_nocat)" '<=' 1.05)"
	row "7b" "category column, rows of a category no rule applies to: this tree / before" \
		"$(qb ratio_cat) ($(qb old_cat_us) → $(qb new_cat_us) µs/row)" "≤ 1.05" "$(check "$(qb ratio_cat)" '<=' 1.05)"
	row "7c" "added per solicitation row checked against the rules (federal window, New York)" \
		"$(qb added_us) µs (rules checked: $(qb checked))" "≤ 1 µs" \
		"$([ "$(qb checked)" = yes ] && check "$(qb added_us)" '<=' 1 || echo FAIL)"
else
	raw+=("7 quiet_bench.sh failed: $(tail -n 3 "$tmp/qb.err" | tr '\n' ' ')")
	row "7" "quiet hours on the hot path" "not measured (see Runs)" "" "FAIL"
fi
preload on

# --- 8. the filter's memory and build time -------------------------------------------

# In a database of its own (the figures above keep theirs), dropped after:
# FILTER_SIZES suppressions, loaded one size after the other, then
# filter_rebuild() timed server-side, RUNS times (median).  The recipients
# are distinct: '+1555' || k for k < 10^7, '+1556' || k - 10^7 beyond.
DB8=opt_consent_bench_filter
fpr_probes=1000000
note "8. the filter's memory and build time: $FILTER_SIZES suppressions in database $DB8"
PGDATABASE=postgres psqlc <<SQL
DROP DATABASE IF EXISTS $DB8;
CREATE DATABASE $DB8;
SQL
PGDATABASE=$DB8 psqlc >/dev/null <<'SQL'
CREATE EXTENSION opt_consent;
CREATE FUNCTION f8_recipient(k bigint) RETURNS text
LANGUAGE sql IMMUTABLE PARALLEL SAFE AS
$$ SELECT '+1' || (555 + k / 10000000) || lpad((k % 10000000)::text, 7, '0') $$;
CREATE FUNCTION f8_rebuild(OUT ms double precision, OUT n bigint)
LANGUAGE plpgsql AS $fn$
DECLARE
	t0 timestamptz;
BEGIN
	t0 := clock_timestamp();
	n := opt_consent.filter_rebuild();
	ms := 1000 * extract(epoch FROM clock_timestamp() - t0);
END
$fn$;
SQL
sql8() { PGDATABASE=$DB8 sql "$1"; }
loaded=0
batch=1000000	# rows per INSERT (one transaction each: a bounded trigger queue)
for n in $FILTER_SIZES; do
	t0=$SECONDS
	while [ "$loaded" -lt "$n" ]; do
		hi=$((n < loaded + batch ? n : loaded + batch))
		note "8. loading suppressions $(thousands $((loaded + 1))) .. $(thousands "$hi") (of $(thousands "$n"))"
		sql8 "INSERT INTO opt_consent.suppressions (recipient, scope, channel, kind, source, since)
			SELECT f8_recipient(k)::opt_consent.e164, '*', 'sms', 'opt_out', 'bench', now()
			  FROM generate_series($((loaded + 1)), $hi) k" >/dev/null
		loaded=$hi
	done
	note "8. vacuuming $(thousands "$n") suppressions"
	sql8 "VACUUM (ANALYZE) opt_consent.suppressions"
	sql8 "CHECKPOINT"
	load_secs=$((SECONDS - t0))
	t8=""
	for run in $(seq 1 "$RUNS"); do
		note "8. filter_rebuild() over $(thousands "$n") suppressions, run $run/$RUNS"
		IFS='|' read -r ms keys <<<"$(sql8 "SELECT ms, n FROM f8_rebuild()")"
		t8="$t8 $ms"
	done
	# shellcheck disable=SC2086
	m8=$(median $t8)
	IFS='|' read -r state bytes est_fpr build_ms <<<"$(sql8 "SELECT state, bytes, estimated_fpr, build_ms FROM opt_consent.filter_status()")"
	# false positives measured: numbers never suppressed (+1212, New York)
	note "8. probing $(thousands "$fpr_probes") numbers that are not suppressed"
	IFS='|' read -r n_maybe n_unknown <<<"$(sql8 "SELECT count(*) FILTER (WHERE a = 'maybe'), count(*) FILTER (WHERE a = 'unknown')
		FROM (SELECT opt_consent.filter_probe(('+1212' || lpad(((k * 7919) % 10000000)::text, 7, '0'))::opt_consent.e164) AS a
		        FROM generate_series(1::bigint, $fpr_probes) k) p")"
	[ -n "$n_maybe" ] && [ -n "$keys" ] && [ -n "$bytes" ] || die "figure 8: a query failed"
	idx_bytes=$(sql8 "SELECT pg_relation_size('opt_consent.suppressions_recipient_idx')")
	heap_bytes=$(sql8 "SELECT pg_relation_size('opt_consent.suppressions')")
	raw+=("8 $n suppressions: filter_rebuild() (ms): ${t8# }; filter_status().build_ms of the last: $build_ms; loading took ${load_secs}s")
	nf=$(thousands "$n")
	row "8" "filter of $nf suppressions: \`filter_rebuild()\` (scan, waits, bits)" \
		"$(ms_fmt "$m8") ($(awk -v x="$m8" -v n="$n" 'BEGIN { printf "%.3f µs/suppression", 1000 * x / n }')); $(thousands "$keys") keys set, state $state" "" \
		"$([ "$keys" = "$n" ] && [ "$state" = valid ] || echo MISMATCH)"
	row "8" "memory at filter_size = ${FILTER_MB}MB, $nf suppressions" \
		"$(thousands "$bytes") bytes: $(awk -v b="$bytes" -v n="$n" 'BEGIN { printf "%.1f bytes/suppression, %.2f MiB per million suppressions", b / n, b / n * 1e6 / 1048576 }') (the recipient hash index: $(awk -v b="$idx_bytes" -v h="$heap_bytes" 'BEGIN { printf "%.1f MiB; the table: %.1f MiB", b / 1048576, h / 1048576 }'))" "" ""
	row "8" "false positives at that size, $nf suppressions" \
		"estimated $(awk -v x="$est_fpr" 'BEGIN { printf "%.2g", x }'); measured $(awk -v m="$n_maybe" -v p="$fpr_probes" 'BEGIN { printf "%.2g", m / p }') ($n_maybe of $(thousands "$fpr_probes") absent numbers 'maybe')" "" \
		"$([ "$n_unknown" = 0 ] || echo MISMATCH)"
done
PGDATABASE=postgres sql "DROP DATABASE $DB8"
# filter.c's estimate, inverted: the memory for an estimated 1% false
# positives (blocks of 512 bits, 6 bits per key, keys per block Poisson)
mib_1pct=$(awk 'function fpr(l,   p, f, j, e) { p = exp(-l); f = 0
		for (j = 0; j <= l + 10 * sqrt(l) + 10; j++) { e = (1 - 1 / 512) ^ (6 * j); f += p * (1 - e) ^ 6; p *= l / (j + 1) }
		return f }
	BEGIN { lo = 1; hi = 512; for (i = 0; i < 60; i++) { m = (lo + hi) / 2; if (fpr(m) > 0.01) hi = m; else lo = m }
		printf "%.2f", 1e6 / lo * 64 / 1048576 }')
row "8" "memory for an estimated 1% of false positives (filter.c's estimate)" \
	"$mib_1pct MiB per million suppressions ($(awk -v m="$mib_1pct" -v f="$FILTER_MB" 'BEGIN { printf "%.1f", f / m }') million fit in filter_size = ${FILTER_MB}MB)" "" ""
raw+=("filter rebuilt and valid before every timed run of figures 1-6; not valid after: ${filter_lost:+${filter_lost#, }}${filter_lost:-none}")
[ -z "$filter_lost" ] || row "-" "the filter was invalid after a timed run (see Runs)" "${filter_lost#, }" "valid" "FAIL"

# --- the report -------------------------------------------------------------------------

wall=$((SECONDS - started))
cpu=$(sed -n 's/^model name[[:space:]]*: //p' /proc/cpuinfo | head -n 1)
mem_total=$(awk '/^MemTotal:/ { printf "%.1f GiB", $2 / 1048576 }' /proc/meminfo)
{
	echo "# opt_consent benchmark"
	echo
	echo "- date: $(date -u '+%Y-%m-%d %H:%M:%S UTC')"
	echo "- machine: $(nproc) CPUs ($cpu), $mem_total memory, $(uname -sr)"
	echo "- server: $pg_version"
	echo "- settings: $settings"
	echo "- sizes: BENCH_ROWS=$ROWS ($NS suppressions, 3-level scope chains: 100 accounts, 1,000 services, 10,000 numbers), BENCH_RUNS=$RUNS (median reported), BENCH_SECONDS=$SECS, BENCH_FILTER_SIZES=\"$FILTER_SIZES\""
	echo "- wall time: ${wall}s (of which ${setup_secs}s loading data), plus the harness's build"
	echo
	echo "| # | figure | median | target | result |"
	echo "|---|---|---|---|---|"
	printf '%s\n' "${table[@]}"
	echo
	echo "Times are server-side (\`clock_timestamp()\` around one statement run by"
	echo "\`EXECUTE\` in a PL/pgSQL function), each the median of $RUNS runs, the variants"
	echo "of a figure interleaved run by run; outbound is truncated, vacuumed and a"
	echo "checkpoint taken before every run. Added cost = variant - (1a). Figures 5"
	echo "and 6 are single runs."
	echo
	echo "The cluster preloads opt_consent (\`shared_preload_libraries\`, with"
	echo "\`opt_consent.filter_size = ${FILTER_MB}MB\`): a lookup first asks the database's"
	echo "shared-memory Bloom filter of suppressed recipients, and probes the"
	echo "suppressions index only when the filter cannot rule the recipient out (or"
	echo "is not valid). After loading and before every timed run the filter is"
	echo "rebuilt with \`opt_consent.filter_rebuild()\` and checked valid (DDL such as"
	echo "the DROP TRIGGER of each reset invalidates it); after each run its state is"
	echo "checked again (a FAIL row says if it was not valid). Before timing, the"
	echo "filter is also checked to answer 'maybe' for every suppressed recipient."
	echo
	echo "(1c) is the PL/pgSQL trigger a careful user would write: one probe of"
	echo "opt_consent.suppressions on (recipient, channel in sms/all) per row, the scope"
	echo "chain (a recursive CTE on opt_consent.scopes) only when that finds a row, the"
	echo "operator schema-qualified so that the function needs no \`SET search_path\`"
	echo "((1c2) has one). Before timing, the peer and opt_consent are checked to skip"
	echo "the same rows. Figure 6: 4 pgbench clients send to 20 recipients that 2 other"
	echo "clients opt out and in at random (scope '*'); the rules are in"
	echo "test/bench/check_live.sql. Figure 7 runs test/bench/quiet_bench.sh: the code"
	echo "before quiet hours (commit b5cacc1) built as extension opt_consent_old in a"
	echo "database of its own, alternating with this tree in the same cluster; 1.05"
	echo "allows for the runs' noise. Figure 7 runs with opt_consent not preloaded (the"
	echo "server is restarted without it, then with it again for figure 8): the older"
	echo "library defines the same parameters and cannot be loaded beside it, and"
	echo "the comparison is of the code paths, without the filter."
	echo "Figure 8 loads the suppressions in a database of its own (dropped after),"
	echo "times \`filter_rebuild()\` server-side (it scans the table and sets 6 bits in"
	echo "one 64-byte block per key), reads the size and estimated false-positive"
	echo "rate from \`filter_status()\`, and measures false positives with"
	echo "\`filter_probe()\` on $(thousands "$fpr_probes") numbers that are not suppressed. The shared"
	echo "memory is reserved by \`opt_consent.filter_size\` (per database); a rebuild uses as much"
	echo "of it as the table needs (its estimated rows plus a quarter, 12 bits a key), which is what"
	echo "\`filter_status().bytes\` and this figure report."
	echo
	echo "Runs:"
	echo
	printf -- '- %s\n' "${raw[@]}"
} >"$out"
cat "$out"
note "written to ${out#"$PWD"/} (${wall}s)"
