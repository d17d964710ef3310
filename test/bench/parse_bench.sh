#!/usr/bin/env bash
# test/bench/parse_bench.sh [OLD_REV] -- e164_parse() cost per value, the
# parser of the work tree against the one of OLD_REV (default: the last
# commit before the per-country rules), built alike (-O2), run alternately
# three times; prints ns per value and the ratio new/old per input class.
set -euo pipefail
top=$(cd "$(dirname "$0")/../.." && pwd)
old_rev=${1:-$(git -C "$top" log --format=%H -n 1 --grep='Phone numbers follow each country' )~1}
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
mkdir -p "$work/old" "$work/new"
git -C "$top" show "$old_rev:src/e164_parse.c" >"$work/old/e164_parse.c"
git -C "$top" show "$old_rev:src/e164.h" >"$work/old/e164.h"
cc=${CC:-gcc}
$cc -O2 -I"$work/old" "$top/test/bench/parse_bench.c" "$work/old/e164_parse.c" -o "$work/old/bench"
$cc -O2 -I"$top/src" "$top/test/bench/parse_bench.c" "$top/src/e164_parse.c" \
	"$top/src/phone_rx.c" "$top/src/phone_metadata.c" -o "$work/new/bench"
for i in 1 2 3; do
	"$work/old/bench" >"$work/old.$i"
	"$work/new/bench" >"$work/new.$i"
done
echo "e164_parse(), ns per value (median of 3 alternating runs; $(uname -m), $(nproc) cores)"
printf '%-30s %8s %8s %8s\n' "input" "before" "after" "ratio"
cut -f1 "$work/old.1" | while IFS= read -r what; do
	o=$(grep -h -F "$what	" "$work"/old.* | cut -f2 | sort -n | sed -n 2p)
	n=$(grep -h -F "$what	" "$work"/new.* | cut -f2 | sort -n | sed -n 2p)
	awk -v w="$what" -v o="$o" -v n="$n" 'BEGIN { printf "%-30s %8.1f %8.1f %7.2fx\n", w, o, n, n / o }'
done
