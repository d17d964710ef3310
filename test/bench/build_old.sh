#!/usr/bin/env bash
# test/bench/build_old.sh REV DIR -- build and install the code of commit REV
# as extension opt_consent_old (its own library and scripts), from a copy in
# DIR, so that a benchmark can run it beside this tree in one cluster.
# Used by ab_hotpath.sh and quiet_bench.sh.  PG_CONFIG as for make.
set -euo pipefail
rev=$1 dir=$2
top=$(cd "$(dirname "$0")/../.." && pwd)
pg_config=${PG_CONFIG:-pg_config}
git -C "$top" rev-parse --verify -q "$rev^{commit}" >/dev/null ||
	{ echo "build_old.sh: $rev is not a commit of this repository" >&2; exit 2; }
git -C "$top" archive "$rev" | tar -x -C "$dir"
cd "$dir"
for f in opt_consent--*.sql; do mv "$f" "${f/opt_consent/opt_consent_old}"; done
sed "s|module_pathname = '\$libdir/opt_consent'|module_pathname = '\$libdir/opt_consent_old'|" \
	opt_consent.control >opt_consent_old.control
rm opt_consent.control
sed -i -e 's/^EXTENSION = opt_consent$/EXTENSION = opt_consent_old/' \
	-e 's/^MODULE_big = opt_consent$/MODULE_big = opt_consent_old/' \
	-e 's/opt_consent--/opt_consent_old--/g' Makefile
make -s PG_CONFIG="$pg_config" >/dev/null 2>&1
make -s PG_CONFIG="$pg_config" install >/dev/null 2>&1
