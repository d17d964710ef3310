#!/usr/bin/env bash
# test/fuzz/smoke.sh -- build the libFuzzer harnesses and run each one for a
# few seconds over the seed corpus in test/fuzz/corpus (part of `make test`).
#
#   test/fuzz/smoke.sh                           10 seconds per harness
#   FUZZ_SMOKE_SECONDS=60 test/fuzz/smoke.sh
#
# New inputs go to a temporary directory, removed afterwards, never into the
# repository.  Exits non-zero if a harness cannot be built, crashes, fails an
# invariant, or a sanitizer reports anything; then the logs and reproducers
# are kept and their directory printed.  The last line is always
# "fuzz smoke: N passed, M failed".
FUZZ_MODE=smoke exec "$(dirname "$0")/run.sh" "${FUZZ_SMOKE_SECONDS:-10}"
