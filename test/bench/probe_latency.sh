#!/usr/bin/env bash
# test/bench/probe_latency.sh -- what one read of the filter's cache line
# costs on this machine between a bulk insert's system calls and streaming
# writes (see probe_latency.c); HUGE=1 puts the table in huge pages.
set -euo pipefail
top=$(cd "$(dirname "$0")/../.." && pwd)
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
${CC:-gcc} -O2 -Wall -Wextra -Werror -I"$top/src" "$top/test/bench/probe_latency.c" -o "$work/probe_latency"
echo "$(uname -m), $(nproc) cores, $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2- | sed 's/^ //')"
"$work/probe_latency" "$work/pwrite.tmp"
