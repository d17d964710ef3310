#!/usr/bin/env bash
# test/harness.sh -- build, install, start a throwaway cluster, run something.
#
#   bash test/harness.sh demo    run test/demo.sql and show its output
#   bash test/harness.sh test    run every suite (pg_regress, isolation, TAP),
#                                then pg_regress and isolation once more with
#                                opt_consent in shared_preload_libraries
#   bash test/harness.sh shell   start a cluster and open psql in it
#   bash test/harness.sh bench   run the benchmarks (test/bench/run.sh)
#   bash test/harness.sh valgrind  run the pg_regress suites with every
#                                  backend under valgrind memcheck
#
# Works as root (CI: installs packages with apt-get, runs the server as the
# postgres user) and as a normal user (prints the apt-get command if
# something is missing, uses sudo for 'make install').  The cluster is UTF8
# whatever the machine's locale, has its own data directory, socket
# directory and port, and is stopped and removed on exit, even on failure.
set -euo pipefail

action=${1:-test}
top=$(cd "$(dirname "$0")/.." && pwd)
cd "$top"

log() { printf '\n== %s\n' "$*"; }
die() { printf 'error: %s\n' "$*" >&2; exit 1; }

is_root() { [ "$(id -u)" = 0 ]; }

# --- 1. dependencies ---------------------------------------------------------

find_pg_config() {
	if [ -n "${PG_CONFIG:-}" ] && [ -x "$PG_CONFIG" ]; then
		echo "$PG_CONFIG"; return
	fi
	# the newest server with its development files
	local d
	for d in $(ls -d /usr/lib/postgresql/* 2>/dev/null | sort -t/ -k5 -n -r); do
		if [ -x "$d/bin/pg_config" ] && [ -f "$d/lib/pgxs/src/makefiles/pgxs.mk" ] &&
			[ -x "$d/bin/postgres" ]; then
			echo "$d/bin/pg_config"; return
		fi
	done
	if command -v pg_config >/dev/null && [ -f "$(pg_config --pgxs 2>/dev/null)" ] &&
		[ -x "$(pg_config --bindir)/postgres" ]; then
		command -v pg_config; return
	fi
}

packages="postgresql postgresql-contrib postgresql-server-dev-all libipc-run-perl make gcc clang python3-psycopg"

have_fuzzer_runtime() {
	local f
	for f in /usr/lib/llvm-*/lib/clang/*/lib/linux/libclang_rt.fuzzer-x86_64.a \
		/usr/lib/llvm-*/lib/clang/*/lib/*-linux-gnu/libclang_rt.fuzzer.a; do
		[ -f "$f" ] && return 0
	done
	return 1
}

PG_CONFIG=$(find_pg_config || true)
if [ -z "$PG_CONFIG" ] || ! perl -MIPC::Run -e1 2>/dev/null ||
	{ [ "$action" = test ] && is_root && ! have_fuzzer_runtime; }; then
	if is_root; then
		log "installing packages: $packages"
		export DEBIAN_FRONTEND=noninteractive
		apt-get update -qq
		apt-get install -y -qq $packages >/dev/null
		# libFuzzer's runtime (a Recommends of clang on Debian 12)
		have_fuzzer_runtime || apt-get install -y -qq libclang-rt-14-dev >/dev/null 2>&1 ||
			apt-get install -y -qq libclang-rt-dev >/dev/null 2>&1 || true
		PG_CONFIG=$(find_pg_config || true)
		[ -n "$PG_CONFIG" ] || die "PostgreSQL server development files still missing"
	elif [ -z "$PG_CONFIG" ]; then
		echo "PostgreSQL server and development files are needed. Install them with:"
		echo "  sudo apt-get install -y $packages"
		exit 1
	fi
fi
# the psycopg example's driver, if it can be had (otherwise it is skipped)
if [ "$action" = test ] && is_root && [ -x /usr/bin/python3 ] &&
	! /usr/bin/python3 -c 'import psycopg' 2>/dev/null; then
	DEBIAN_FRONTEND=noninteractive apt-get install -y -qq python3-psycopg >/dev/null 2>&1 || true
fi
export PG_CONFIG
bindir=$("$PG_CONFIG" --bindir)
pgxs_dir=$(dirname "$("$PG_CONFIG" --pgxs)")/..
pg_major=$("$PG_CONFIG" --version | sed -E 's/^PostgreSQL ([0-9]+).*/\1/')
log "using $("$bindir/postgres" --version) ($PG_CONFIG)"

# --- 2. build and install ----------------------------------------------------

log "building"
make -s PG_CONFIG="$PG_CONFIG" all
log "installing"
pkglibdir=$("$PG_CONFIG" --pkglibdir)
if [ -w "$pkglibdir" ]; then
	make -s PG_CONFIG="$PG_CONFIG" install
else
	echo "(installing into $pkglibdir needs root: running sudo make install)"
	sudo make -s PG_CONFIG="$PG_CONFIG" install
fi

# --- 3. a throwaway cluster --------------------------------------------------

if is_root; then
	id postgres >/dev/null 2>&1 || die "there is no postgres user to run the server as"
	# (from /: PostgreSQL's programs go back to their working directory, which
	# postgres may not be able to read, and say so)
	as_server() { (cd / && runuser -u postgres -- "$@"); }
else
	as_server() { "$@"; }
fi

work=$(mktemp -d "${TMPDIR:-/tmp}/opt_consent_test.XXXXXX")
chmod 755 "$work"
is_root && chown postgres "$work"
export PGHOST="$work"
# the socket lives in our own directory, so any port number is free there
export PGPORT=${OPT_CONSENT_TEST_PORT:-$((20000 + RANDOM % 20000))}
export PGUSER=postgres
export PGDATABASE=postgres
unset PGSERVICE PGPASSWORD PGOPTIONS

cleanup() {
	local rc=$?
	if [ -f "$work/data/postmaster.pid" ]; then
		as_server "$bindir/pg_ctl" -D "$work/data" -m immediate -w stop >/dev/null 2>&1 || true
	fi
	if [ $rc -ne 0 ] && [ -f "$work/server.log" ]; then
		echo "--- last lines of the server log ---" >&2
		tail -n 30 "$work/server.log" >&2 || true
	fi
	rm -rf "$work"
	exit $rc
}
trap cleanup EXIT
trap 'exit 130' INT TERM

log "starting a throwaway cluster in $work (port $PGPORT)"
as_server "$bindir/initdb" -D "$work/data" -U postgres -A trust -E UTF8 \
	--locale=C.UTF-8 --no-sync >"$work/initdb.log" 2>&1 ||
	{ cat "$work/initdb.log"; die "initdb failed"; }
cat >>"$work/data/postgresql.conf" <<CONF
listen_addresses = ''
port = $PGPORT
unix_socket_directories = '$work'
max_prepared_transactions = 10
fsync = off
CONF
if [ "$action" = valgrind ]; then
	# every backend under memcheck; reports are filtered for our code below
	command -v valgrind >/dev/null || die "valgrind is not installed (apt-get install valgrind)"
	mkdir -p "$work/valgrind"
	is_root && chown postgres "$work/valgrind"
	as_server valgrind --quiet --trace-children=yes --track-origins=yes \
		--read-var-info=yes --num-callers=30 --error-limit=no \
		--log-file="$work/valgrind/%p.log" \
		"$bindir/postgres" -D "$work/data" >"$work/server.log" 2>&1 &
	for _ in $(seq 1 120); do
		"$bindir/pg_isready" -q && break
		sleep 1
	done
	"$bindir/pg_isready" -q || die "the server did not start under valgrind"
else
	as_server "$bindir/pg_ctl" -D "$work/data" -l "$work/server.log" -w start >/dev/null ||
		die "the server did not start"
fi

# --- 4. the action -------------------------------------------------------------

# Each suite returns 0 (passed), 1 (failed) or 2 (skipped, with its reason
# in $skip_reason); record() keeps the verdicts for the summary.
summary=""
skip_reason=""
record() {
	local suite=$1 status=$2 verdict
	case $status in
		0) verdict=pass ;;
		2) verdict="skipped: $skip_reason" ;;
		*) verdict=fail ;;
	esac
	summary="$summary$suite	$verdict
"
	if [ -n "${OPT_CONSENT_SUMMARY:-}" ]; then
		printf '%s\t%s\t%s\n' "$pg_major" "$suite" "$verdict" >>"$OPT_CONSENT_SUMMARY"
	fi
}

# $1: pg_regress's output directory (results/ and regression.diffs), the
# top of the tree unless given
run_regress() {
	local outdir=${1:-.} status=0
	log "pg_regress suites${1:+ (output in $outdir)}"
	mkdir -p "$outdir"
	make -s PG_CONFIG="$PG_CONFIG" installcheck \
		${1:+EXTRA_REGRESS_OPTS=--outputdir=$outdir} || status=$?
	if [ $status -ne 0 ] && [ -f "$outdir/regression.diffs" ]; then
		cat "$outdir/regression.diffs"
	fi
	[ $status -eq 0 ] || return 1
}

# $1: input directory (specs/ and expected/), $2: output directory
run_isolation() {
	local indir=${1:-test/isolation} outdir=${2:-test/isolation/output}
	[ -d "$indir/specs" ] || { skip_reason="no specs"; return 2; }
	log "isolation specs${1:+ (from $indir)}"
	mkdir -p "$outdir"
	local specs status=0
	if [ ! -x "$pgxs_dir/test/isolation/pg_isolation_regress" ]; then
		skip_reason="PostgreSQL $pg_major's development package has no pg_isolation_regress"
		echo "skipped: $skip_reason"
		return 2
	fi
	specs=$(cd "$indir/specs" && ls *.spec | sed 's/\.spec$//' | sort)
	"$pgxs_dir/test/isolation/pg_isolation_regress" \
		--bindir="$bindir" --inputdir="$indir" \
		--outputdir="$outdir" --load-extension=opt_consent \
		--dbname=opt_consent_isolation $specs || status=$?
	if [ $status -ne 0 ] && [ -f "$outdir/regression.diffs" ]; then
		cat "$outdir/regression.diffs"
	fi
	[ $status -eq 0 ] || return 1
}

# The shared-memory filter (src/filter.c) exists only with opt_consent in
# shared_preload_libraries: after the other suites, the same cluster is
# restarted with it, and the pg_regress and isolation suites run once more.
# Their output goes where git ignores it (results/preload,
# test/isolation/output/preload), beside that of the first pass.
preload_status=""
preload_cluster() {
	if [ -z "$preload_status" ]; then
		log "restarting the cluster with shared_preload_libraries = 'opt_consent'"
		preload_status=0
		echo "shared_preload_libraries = 'opt_consent'" >>"$work/data/postgresql.conf"
		as_server "$bindir/pg_ctl" -D "$work/data" -l "$work/server.log" -m fast -w \
			restart >/dev/null || preload_status=1
		if [ $preload_status = 0 ] &&
			[ "$(psql -X -At -c "SHOW shared_preload_libraries")" != opt_consent ]; then
			echo "the restarted server does not preload opt_consent"
			preload_status=1
		fi
		[ $preload_status = 0 ] || { echo "--- last lines of the server log ---"; tail -n 30 "$work/server.log"; }
	fi
	return $preload_status
}

run_regress_preload() {
	preload_cluster || return 1
	local status=0 db=contrib_regression enabled
	run_regress results/preload || status=1
	# the pass counts only if the filter was really on in that cluster: ask
	# in the tests' database (or a fresh one, if they dropped the extension)
	if [ "$(psql -X -At -d "$db" -c "SELECT to_regprocedure('opt_consent.filter_status()') IS NOT NULL" 2>/dev/null)" != t ]; then
		db=opt_consent_preload_check
		psql -X -q -c "DROP DATABASE IF EXISTS $db" -c "CREATE DATABASE $db" >/dev/null &&
			psql -X -q -d "$db" -c "CREATE EXTENSION opt_consent" >/dev/null || return 1
	fi
	enabled=$(psql -X -At -d "$db" -c "SELECT enabled FROM opt_consent.filter_status()") || return 1
	echo "filter in database $db: $(psql -X -At -F ', ' -d "$db" -c "SELECT 'enabled ' || enabled, 'state ' || coalesce(state, '-'), 'bytes ' || coalesce(bytes::text, '-'), 'keys ' || coalesce(keys_built::text, '-') || '+' || coalesce(keys_added::text, '-') FROM opt_consent.filter_status()")"
	if [ "$enabled" != t ]; then
		echo "error: opt_consent.filter_status() says the filter is off: this pass was not preloaded"
		return 1
	fi
	return $status
}

# the isolation specs, and those of test/isolation/preload/specs (which
# need the filter: they run only here), in one run; an expected file of
# test/isolation/preload/expected takes the place of a main one of the
# same name
run_isolation_preload() {
	[ -d test/isolation/specs ] || [ -d test/isolation/preload/specs ] ||
		{ skip_reason="no specs"; return 2; }
	if [ ! -x "$pgxs_dir/test/isolation/pg_isolation_regress" ]; then
		skip_reason="PostgreSQL $pg_major's development package has no pg_isolation_regress"
		echo "skipped: $skip_reason"
		return 2
	fi
	preload_cluster || return 1
	local indir="$work/isolation_preload" d
	rm -rf "$indir"
	mkdir -p "$indir/specs" "$indir/expected"
	for d in test/isolation test/isolation/preload; do
		[ -d "$d/specs" ] || continue
		cp "$d"/specs/*.spec "$indir/specs/"
		[ -d "$d/expected" ] && cp "$d"/expected/*.out "$indir/expected/" 2>/dev/null
	done
	run_isolation "$indir" test/isolation/output/preload
}

run_tap() {
	[ -d test/t ] || { skip_reason="no TAP tests"; return 2; }
	log "TAP tests"
	# PostgreSQL refuses to run as root: the tests run as the server's
	# user, from a copy in the work directory (the checkout may be where
	# that user cannot read, such as /root)
	local tapdir="$work/tap"
	mkdir -p "$tapdir/tmp_check/log"
	cp -r test/t "$tapdir/t"
	local perl5lib="$pgxs_dir/test/perl"
	if [ ! -f "$pgxs_dir/test/perl/PostgreSQL/Test/Cluster.pm" ]; then
		# PostgreSQL 13 and 14 name the modules PostgresNode and TestLib
		cp -r test/perl "$tapdir/perl"
		perl5lib="$perl5lib:$tapdir/perl"
	fi
	local runner=()
	if is_root; then
		chown -R postgres "$tapdir"
		runner=(runuser -u postgres --)
	fi
	local status=0
	# TESTDIR (up to 16), TESTDATADIR and TESTLOGDIR (17 and later)
	(cd "$tapdir" && "${runner[@]}" env PERL5LIB="$perl5lib${PERL5LIB:+:$PERL5LIB}" \
		PATH="$bindir:$PATH" PG_REGRESS="$pgxs_dir/test/regress/pg_regress" \
		TESTDIR="$tapdir" TESTDATADIR="$tapdir/tmp_check" \
		TESTLOGDIR="$tapdir/tmp_check/log" \
		sh -c 'cd "$1" && prove t/*.pl' sh "$tapdir") || status=$?
	if [ $status -ne 0 ]; then
		for f in "$tapdir"/tmp_check/log/*; do
			[ -f "$f" ] && { echo "--- $f"; tail -n 40 "$f"; }
		done
	fi
	[ $status -eq 0 ] || return 1
}

# The example apps (examples/): their smoke tests against this cluster, in
# a database of their own.  A missing runtime is a skip, with its reason.
examples_db_ready=""
examples_db() {
	[ -n "$examples_db_ready" ] && return 0
	psql -X -q -c "DROP DATABASE IF EXISTS opt_consent_examples" \
		-c "CREATE DATABASE opt_consent_examples" >/dev/null &&
		psql -X -q -d opt_consent_examples -c "CREATE EXTENSION opt_consent" >/dev/null &&
		examples_db_ready=1
}

run_node() {
	[ -f examples/node/smoke_test.js ] || { skip_reason="no node example"; return 2; }
	log "example: node-postgres"
	if ! command -v node >/dev/null || ! command -v npm >/dev/null; then
		skip_reason="node and npm are not installed"
		echo "skipped: $skip_reason"
		return 2
	fi
	if [ ! -d examples/node/node_modules/pg ] &&
		! (cd examples/node && npm install --no-audit --no-fund --silent >/dev/null 2>&1); then
		skip_reason="npm could not install pg (no access to the npm registry?)"
		echo "skipped: $skip_reason"
		return 2
	fi
	examples_db || return 1
	(cd examples/node && EXAMPLE_DB=opt_consent_examples node smoke_test.js) || return 1
}

run_python() {
	[ -f examples/python/smoke_test.py ] || { skip_reason="no python example"; return 2; }
	log "example: psycopg 3"
	# Debian's python3 has python3-psycopg; another python3 on PATH may not
	local py=/usr/bin/python3
	[ -x "$py" ] || py=$(command -v python3 || true)
	if [ -z "$py" ] || ! "$py" -c 'import psycopg' 2>/dev/null; then
		skip_reason="psycopg 3 is not installed (apt-get install python3-psycopg)"
		echo "skipped: $skip_reason"
		return 2
	fi
	examples_db || return 1
	(cd examples/python && EXAMPLE_DB=opt_consent_examples "$py" smoke_test.py) || return 1
}

run_fuzz() {
	[ -x test/fuzz/smoke.sh ] || { skip_reason="no fuzz harnesses"; return 2; }
	log "fuzz smoke"
	if [ "$pg_major" -lt 14 ]; then
		skip_reason="the fuzz harnesses link PostgreSQL 14+ frontend libraries"
		echo "skipped: $skip_reason"
		return 2
	fi
	if ! command -v clang >/dev/null && ! command -v clang-14 >/dev/null; then
		skip_reason="clang is not installed"
		echo "skipped: $skip_reason"
		return 2
	fi
	if ! have_fuzzer_runtime; then
		skip_reason="clang's libFuzzer runtime (libclang-rt-dev) is not installed"
		echo "skipped: $skip_reason"
		return 2
	fi
	test/fuzz/smoke.sh || return 1
}

case "$action" in
	demo)
		log "demo"
		psql -X -v ON_ERROR_STOP=0 -q -f ${DEMO_SQL:-test/demo.sql}
		;;
	test)
		nfail=0
		npass=0
		nskip=0
		timings=""
		for suite in regress isolation tap fuzz node python regress_preload isolation_preload; do
			status=0
			skip_reason=""
			t0=$(date +%s.%N)
			"run_$suite" || status=$?
			secs=$(awk -v a="$t0" -v b="$(date +%s.%N)" 'BEGIN { printf "%.0f", b - a }')
			timings="$timings$suite $secs
"
			record "$suite" $status
			case $status in
				0) npass=$((npass + 1)) ;;
				2) nskip=$((nskip + 1)) ;;
				*) nfail=$((nfail + 1)) ;;
			esac
		done
		log "summary (PostgreSQL $pg_major)"
		# the verdicts, with each suite's seconds (the restart with
		# shared_preload_libraries is counted in regress_preload's)
		printf '%s' "$summary" | awk -F'\t' -v t="$timings" '
			BEGIN { n = split(t, l, "\n"); for (i = 1; i <= n; i++) { split(l[i], f, " "); s[f[1]] = f[2] } }
			{ printf "%-18s %-6s %s\n", $1, s[$1] "s", $2 }'
		echo "suites: $npass passed, $nfail failed, $nskip skipped"
		awk -v t="$timings" 'BEGIN { n = split(t, l, "\n"); for (i = 1; i <= n; i++) { split(l[i], f, " ");
			all += f[2]; if (f[1] ~ /_preload$/) pre += f[2] }
			printf "time: %ds in the suites, of which %ds in the preloaded passes\n", all, pre }'
		[ $nfail -eq 0 ] || exit 1
		;;
	shell)
		psql -X
		;;
	bench)
		bash test/bench/run.sh
		;;
	abbench)
		bash test/bench/ab_hotpath.sh
		;;
	quietbench)
		bash test/bench/quiet_bench.sh
		;;
	valgrind)
		run_regress || true
		as_server "$bindir/pg_ctl" -D "$work/data" -m fast -w stop >/dev/null 2>&1 || true
		sleep 2
		log "valgrind memcheck reports that involve opt_consent"
		# an error report is a block of lines from "==pid== <message>" to a
		# blank "==pid==" line; keep the blocks with a frame in opt_consent.so
		# (an error counts when one of its first four frames is ours: the
		# entry points of the write functions sit low in the stack of
		# everything they call, PostgreSQL's own regex cache included)
		found=$(awk '
			/^==[0-9]+== [A-Z]/ { block = $0; frames = 0; ours = 0; next }
			/^==[0-9]+== *$/ { if (ours) { print block; print "" ; n++ } block = ""; next }
			/^==[0-9]+== +(at|by) / { frames++; if (frames <= 4 && $0 ~ /opt_consent/) ours = 1 }
			{ if (block != "") block = block "\n" $0 }
			END { exit (n > 0) }' "$work"/valgrind/*.log) || true
		nlogs=$(ls "$work"/valgrind/*.log | wc -l)
		if [ -n "$found" ]; then
			printf '%b\n' "$found"
			log "valgrind: errors in opt_consent's code (see above)"
			exit 1
		fi
		log "valgrind: no memcheck error involves opt_consent ($nlogs processes checked)"
		;;
	*)
		die "unknown action '$action' (demo, test or shell)"
		;;
esac
