#!/usr/bin/env bash
# test/fuzz/run.sh -- build the libFuzzer harnesses and run them.
#
#   test/fuzz/run.sh [seconds] [harness...]
#
#   seconds   per harness (default 600)
#   harness   e164, normalize, classify (default: all three)
#
# Each harness starts from the seed corpus in test/fuzz/corpus and from what
# earlier runs found, kept in $FUZZ_WORKDIR/<harness> (default
# ${TMPDIR:-/tmp}/opt_consent_fuzz), never in the repository.  Reproducers
# and logs go to a fresh directory under $FUZZ_WORKDIR, printed at the end.
# FUZZ_JOBS=n runs n fuzzing processes per harness (libFuzzer -fork).
# Exits non-zero on any crash, failed invariant or sanitizer report; the
# last line is "fuzz run: N passed, M failed".
#
# smoke.sh runs this in smoke mode (a few seconds, nothing kept).
set -u

here=$(cd "$(dirname "$0")" && pwd)
mode=${FUZZ_MODE:-run}
seconds=${1:-600}
[ $# -gt 0 ] && shift
case "$seconds" in
	''|*[!0-9]*) echo "usage: $0 [seconds] [e164|normalize|classify...]" >&2; exit 2 ;;
esac

# harness:seed corpus (the classifier reads the normalizer's corpus)
all="e164:e164 normalize:normalize classify:normalize"
if [ $# -gt 0 ]; then
	harnesses=""
	for want in "$@"; do
		match=""
		for h in $all; do
			[ "${h%%:*}" = "$want" ] && match=$h
		done
		[ -n "$match" ] || { echo "unknown harness '$want' (e164, normalize, classify)" >&2; exit 2; }
		harnesses="$harnesses $match"
	done
else
	harnesses=$all
fi
total=$(echo $harnesses | wc -w)

summary() {
	echo "fuzz $mode: $1 passed, $2 failed"
}

if [ -z "${PG_CONFIG:-}" ]; then
	if command -v pg_config >/dev/null 2>&1; then
		PG_CONFIG=pg_config
	else
		PG_CONFIG=$(ls -d /usr/lib/postgresql/*/bin/pg_config 2>/dev/null | sort -t/ -k5 -n | tail -n 1)
	fi
fi
export PG_CONFIG

echo "building the harnesses (test/fuzz/build)"
if ! make -s -C "$here" PG_CONFIG="${PG_CONFIG:-pg_config}" all; then
	echo "could not build the fuzz harnesses" >&2
	summary 0 "$total"
	exit 1
fi

# known, reported bugs the harnesses tolerate (see known_issues)
FUZZ_KNOWN_ISSUES=$(sed -e 's/#.*//' "$here/known_issues" 2>/dev/null |
	tr -s ' \t\n' ' ' | sed -e 's/^ //' -e 's/ $//')
export FUZZ_KNOWN_ISSUES
[ -n "$FUZZ_KNOWN_ISSUES" ] && echo "tolerated known issues: $FUZZ_KNOWN_ISSUES"

export ASAN_OPTIONS=${ASAN_OPTIONS:-abort_on_error=1:detect_leaks=1}
export UBSAN_OPTIONS=${UBSAN_OPTIONS:-print_stacktrace=1:halt_on_error=1}

if [ "$mode" = smoke ]; then
	tmp=$(mktemp -d "${TMPDIR:-/tmp}/opt_consent_fuzz_smoke.XXXXXX")
else
	workdir=${FUZZ_WORKDIR:-${TMPDIR:-/tmp}/opt_consent_fuzz}
	mkdir -p "$workdir"
	tmp=$(mktemp -d "$workdir/run.XXXXXX")
fi
passed=0
failed=0

# run_one name corpus-dir extra-args...
run_one() {
	local name=$1 seeds=$2 dir=$tmp/$1 found
	shift 2
	if [ "$mode" = smoke ]; then
		found=$dir/new
	else
		found=$workdir/$name
	fi
	mkdir -p "$dir" "$found"
	"$here/build/fuzz_$name" -max_total_time="$seconds" -max_len=1024 \
		-timeout=10 -rss_limit_mb=2048 -print_final_stats=1 \
		${FUZZ_JOBS:+-fork=$FUZZ_JOBS -ignore_crashes=0} \
		-artifact_prefix="$dir/" "$@" \
		"$found" "$here/corpus/$seeds" >"$dir/log" 2>&1
}

for h in $harnesses; do
	name=${h%%:*}
	seeds=${h#*:}
	dir=$tmp/$name
	rc=0
	[ "$mode" = smoke ] || echo "fuzz_$name: running for ${seconds}s (log: $dir/log)"
	run_one "$name" "$seeds" || rc=$?
	# LeakSanitizer cannot run where ptrace is not allowed: retry without it
	if grep -q "LeakSanitizer has encountered a fatal error" "$dir/log"; then
		echo "fuzz_$name: LeakSanitizer unavailable here, running without leak detection"
		rm -rf "$dir"
		rc=0
		run_one "$name" "$seeds" -detect_leaks=0 || rc=$?
	fi
	runs=$(sed -n 's/^stat::number_of_executed_units: *//p' "$dir/log" | tail -n 1)
	# (-fork prints no final stats, only "#runs: ..." lines)
	[ -n "$runs" ] || runs=$(sed -n 's/^#\([0-9]*\): .*/\1/p' "$dir/log" | tail -n 1)
	artifacts=$(ls "$dir" | grep -E '^(crash|leak|timeout|oom)-' || true)
	if [ $rc -eq 0 ] && [ -z "$artifacts" ] &&
		! grep -q -E 'ERROR: (AddressSanitizer|LeakSanitizer|libFuzzer)|runtime error:|invariant violated|fuzz: ' "$dir/log"; then
		echo "fuzz_$name: ok (${runs:-?} runs in ${seconds}s)"
		passed=$((passed + 1))
	else
		echo "fuzz_$name: FAILED (exit status $rc)"
		echo "--- last lines of $dir/log ---"
		grep -v -E '^#[0-9]+[[:space:]]+(NEW|REDUCE|pulse|RELOAD)' "$dir/log" | tail -n 60
		for a in $artifacts; do
			echo "--- reproducer $dir/$a (hex) ---"
			od -An -v -tx1 "$dir/$a" | tr -d ' \n'
			echo
			echo "rerun: $here/build/fuzz_$name $dir/$a"
		done
		failed=$((failed + 1))
	fi
done

if [ "$mode" = smoke ] && [ $failed -eq 0 ]; then
	rm -rf "$tmp"
else
	echo "logs and reproducers in $tmp"
fi
summary "$passed" "$failed"
[ $failed -eq 0 ]
