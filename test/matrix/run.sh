#!/usr/bin/env bash
# test/matrix/run.sh (make matrix) -- `make test` on every PostgreSQL major
# that Debian packages: the host's own server, and one Debian chroot per
# other major (built once by chroot.sh, cached under /var/cache).  Prints a
# table major x suite -> pass / fail / skipped and exits non-zero if any
# suite failed or a run could not start.
#
#   OPT_CONSENT_MATRIX="host bullseye:13 trixie:17 forky:18"  (the default)
#   OPT_CONSENT_MATRIX_DEB="trixie:17"  the .deb test (deb.sh); "" skips it
#
# The host run works in a copy of the tree in a private mktemp directory
# (mode 700, owned by root), which the server's postgres user cannot read:
# it shows that `make test` works from a checkout such as /root/opt_consent.
# PostgreSQL 14 and 16 are in no Debian suite, so they are not in the
# matrix (see src/compat.h).
set -uo pipefail
top=$(cd "$(dirname "$0")/../.." && pwd)
targets=${OPT_CONSENT_MATRIX:-"host bullseye:13 trixie:17 forky:18"}
deb_targets=${OPT_CONSENT_MATRIX_DEB-"trixie:17"}
[ "$(id -u)" = 0 ] || { echo "make matrix needs root (chroots, packages)"; exit 1; }

logdir=${OPT_CONSENT_MATRIX_LOGS:-$top/test/matrix/logs}
mkdir -p "$logdir"
summary=$(mktemp)
started=$(date +%s)
failed_runs=""
mounted=()

cleanup() {
	local m
	for m in "${mounted[@]}"; do
		umount -R "$m" 2>/dev/null || umount -l "$m" 2>/dev/null || true
	done
}
trap cleanup EXIT

# copy the tree as it is (tracked and untracked files, not ignored ones)
copy_tree() {
	local dest=$1
	mkdir -p "$dest"
	if git -C "$top" rev-parse --git-dir >/dev/null 2>&1; then
		(cd "$top" && git ls-files -co --exclude-standard -z |
			xargs -0 -I{} sh -c 'test -e "{}" && printf "%s\0" "{}"' |
			tar --null -T - -cf -) | tar -xf - -C "$dest"
	else
		(cd "$top" && tar --exclude='./test/matrix/logs' -cf - .) | tar -xf - -C "$dest"
	fi
}

# build the chroots first, in parallel (the downloads dominate)
declare -A chroot_of
pids=()
for t in $targets; do
	[ "$t" = host ] && continue
	suite=${t%%:*}
	major=${t##*:}
	( bash "$top/test/matrix/chroot.sh" "$suite" "$major" >"$logdir/chroot-$suite.out" 2>"$logdir/chroot-$suite.err" ) &
	pids+=($!)
done
for p in "${pids[@]}"; do wait "$p" || true; done

for t in $targets; do
	t0=$(date +%s)
	if [ "$t" = host ]; then
		name=host
		private=$(mktemp -d /tmp/opt_consent_private.XXXXXX)
		chmod 700 "$private"
		copy_tree "$private/opt_consent"
		echo "== host: make test in $private/opt_consent (not readable by postgres)"
		before=$(wc -l <"$summary")
		OPT_CONSENT_SUMMARY=$summary make -C "$private/opt_consent" test >"$logdir/host.log" 2>&1
		rc=$?
		if [ "$(wc -l <"$summary")" = "$before" ]; then
			printf '%s\t%s\t%s\n' "host" "build" "fail" >>"$summary"
		fi
		rm -rf "$private"
	else
		suite=${t%%:*}
		major=${t##*:}
		name="$suite ($major)"
		root=$(cat "$logdir/chroot-$suite.out" 2>/dev/null)
		if [ -z "$root" ] || [ ! -f "$root/.opt_consent_ready" ]; then
			echo "== $name: the chroot could not be built:"
			tail -n 20 "$logdir/chroot-$suite.err"
			failed_runs="$failed_runs $suite"
			printf '%s\t%s\t%s\n' "$major" "chroot" "fail" >>"$summary"
			continue
		fi
		rm -rf "$root/build"
		copy_tree "$root/build/opt_consent"
		mount -t proc proc "$root/proc" && mounted+=("$root/proc")
		mount --rbind /dev "$root/dev" && mounted+=("$root/dev")
		echo "== $name: make test in the chroot $root"
		chroot "$root" /usr/bin/env -i PATH=/usr/sbin:/usr/bin:/sbin:/bin HOME=/root \
			LANG=C.UTF-8 OPT_CONSENT_SUMMARY=/build/summary \
			bash -c 'cd /build/opt_consent && make test' >"$logdir/$suite.log" 2>&1
		rc=$?
		if [ -s "$root/build/summary" ]; then
			cat "$root/build/summary" >>"$summary"
		else
			# it failed before any suite ran (the build, the cluster ...)
			printf '%s\t%s\t%s\n' "$major" "build" "fail" >>"$summary"
		fi
		umount -R "$root/dev" 2>/dev/null || umount -l "$root/dev"
		umount "$root/proc"
		mounted=()
	fi
	echo "   exit $rc after $(( $(date +%s) - t0 )) s; log: $logdir/${name%% *}.log"
	tail -n 7 "$logdir/${name%% *}.log" | sed 's/^/   | /'
	[ $rc -eq 0 ] || failed_runs="$failed_runs ${name%% *}"
done

# the Debian package, built with pg_buildext, installed into a clean chroot
for t in $deb_targets; do
	suite=${t%%:*}
	major=${t##*:}
	t0=$(date +%s)
	echo "== deb: postgresql-$major-opt-consent built in $suite, installed into a clean $suite"
	bash "$top/test/matrix/deb.sh" "$suite" "$major" >"$logdir/deb-$suite.log" 2>&1
	rc=$?
	echo "   exit $rc after $(( $(date +%s) - t0 )) s; log: $logdir/deb-$suite.log"
	tail -n 4 "$logdir/deb-$suite.log" | sed 's/^/   | /'
	if [ $rc -eq 0 ]; then
		printf '%s\t%s\t%s\n' "$major" "deb" "pass" >>"$summary"
	else
		printf '%s\t%s\t%s\n' "$major" "deb" "fail" >>"$summary"
		failed_runs="$failed_runs deb-$suite"
	fi
done

echo
echo "== matrix (major x suite), $(( $(date +%s) - started )) s in all"
awk -F'\t' '
	{ v[$1] = 1; s[$2] = 1; r[$1 SUBSEP $2] = $3 }
	END {
		ns = split("build regress isolation tap fuzz node python deb chroot", order, " ")
		printf "%-6s", "major"
		for (i = 1; i <= ns; i++) if (order[i] in s) printf " | %-9s", order[i]
		printf "\n"
		n = 0
		for (k in v) vs[++n] = k
		for (i = 2; i <= n; i++)		# (insertion sort: mawk has no asorti)
			for (j = i; j > 1 && vs[j - 1] + 0 > vs[j] + 0; j--) { t = vs[j]; vs[j] = vs[j - 1]; vs[j - 1] = t }
		for (j = 1; j <= n; j++) {
			printf "%-6s", vs[j]
			for (i = 1; i <= ns; i++) if (order[i] in s) {
				x = r[vs[j] SUBSEP order[i]]
				if (x == "") x = "-"
				printf " | %-9s", substr(x, 1, index(x, ":") ? index(x, ":") - 1 : length(x))
			}
			printf "\n"
		}
	}' "$summary"
grep -P '\tskipped: ' "$summary" | awk -F'\t' '{ sub(/^skipped: /, "", $3); printf "skipped on %s: %s (%s)\n", $1, $2, $3 }'
npass=$(awk -F'\t' '$3 == "pass"' "$summary" | wc -l)
nfail=$(awk -F'\t' '$3 == "fail"' "$summary" | wc -l)
nskip=$(awk -F'\t' '$3 ~ /^skipped/' "$summary" | wc -l)
rm -f "$summary"
echo "matrix: $npass passed, $nfail failed, $nskip skipped"
if [ -n "$failed_runs" ]; then
	echo "failed:$failed_runs (logs in $logdir)"
	exit 1
fi
