#!/usr/bin/env bash
# test/matrix/deb.sh SUITE MAJOR -- build the Debian package
# postgresql-MAJOR-opt-consent with pg_buildext in the SUITE chroot that has
# the development packages, install it into a fresh copy of a clean SUITE
# chroot that has nothing but the server package, then CREATE EXTENSION
# and run the pg_regress suites there against the installed files.
# (pg_regress itself comes from the development chroot: it is a test tool,
# not part of what the package needs.)  Last line: "deb: N passed, N failed".
set -uo pipefail
suite=$1
major=$2
top=$(cd "$(dirname "$0")/../.." && pwd)
log() { printf '%s\n' "$*"; }
fail() { log "deb ($suite, $major): $*"; echo "deb: 0 passed, 1 failed"; exit 1; }

dev=$(bash "$top/test/matrix/chroot.sh" "$suite" "$major") || fail "no development chroot"
clean=$(bash "$top/test/matrix/chroot.sh" "$suite" "$major" server) || fail "no clean chroot"

mounts=()
work=""
cleanup() {
	local m
	for m in "${mounts[@]}"; do umount -R "$m" 2>/dev/null || umount -l "$m" 2>/dev/null || true; done
	[ -n "$work" ] && rm -rf "$work"
}
trap cleanup EXIT

# 1. build in the development chroot (debhelper, dpkg-dev and the
#    Build-Depends postgresql-server-dev-all are installed
#    there by chroot.sh; chroots cached without them get them now)
rm -rf "$dev/build/deb"
mkdir -p "$dev/build/deb/opt_consent"
(cd "$top" && git ls-files -co --exclude-standard -z |
	xargs -0 -I{} sh -c 'test -e "{}" && printf "%s\0" "{}"' |
	tar --null -T - -cf -) | tar -xf - -C "$dev/build/deb/opt_consent"
mount -t proc proc "$dev/proc" && mounts+=("$dev/proc")
chroot "$dev" /usr/bin/env -i PATH=/usr/sbin:/usr/bin:/sbin:/bin HOME=/root LANG=C.UTF-8 \
	DEBIAN_FRONTEND=noninteractive sh -c '
	set -e
	dpkg -s build-essential debhelper dpkg-dev postgresql-server-dev-all >/dev/null 2>&1 ||
		{ apt-get update -qq && apt-get install -y -qq --no-install-recommends \
			build-essential debhelper dpkg-dev postgresql-server-dev-all >/dev/null; }
	cd /build/deb/opt_consent
	pg_buildext updatecontrol
	dpkg-buildpackage -b -us -uc' >"$dev/build/deb/build.log" 2>&1 ||
	{ tail -n 30 "$dev/build/deb/build.log"; fail "dpkg-buildpackage failed"; }
umount "$dev/proc"; mounts=()
deb=$(ls "$dev/build/deb/postgresql-$major-opt-consent_"*.deb 2>/dev/null | grep -v dbgsym | head -n 1)
[ -n "$deb" ] || fail "no postgresql-$major-opt-consent package was built"
log "built $(basename "$deb")"

# 2. a fresh copy of the clean chroot; install the package there
work=$(mktemp -d /var/tmp/opt_consent_deb.XXXXXX)
cp -a "$clean/." "$work/"
cp "$deb" "$work/tmp/"
mkdir -p "$work/tmp/suite"
cp -r "$top/sql" "$top/expected" "$work/tmp/suite/"
mkdir -p "$work/tmp/suite/test"
cp "$top/test/phone_corpus.tsv" "$work/tmp/suite/test/"
cp "$dev/usr/lib/postgresql/$major/lib/pgxs/src/test/regress/pg_regress" "$work/tmp/suite/"
regress=$(sed -n 's/^REGRESS = //p' "$top/Makefile")
mount -t proc proc "$work/proc" && mounts+=("$work/proc")
mount --rbind /dev "$work/dev" && mounts+=("$work/dev")
chroot "$work" /usr/bin/env -i PATH=/usr/sbin:/usr/bin:/sbin:/bin HOME=/root LANG=C.UTF-8 \
	sh -c "
	set -e
	dpkg -i /tmp/$(basename "$deb") >/tmp/dpkg.log 2>&1 || { cat /tmp/dpkg.log; exit 1; }
	echo 'installed:'; dpkg -l | awk '/^ii/ && /postgresql/ {print \"  \" \$2, \$3}'
	chown -R postgres /tmp/suite
	cd /tmp/suite
	su postgres -s /bin/sh -c '
		set -e
		B=/usr/lib/postgresql/$major/bin
		\$B/initdb -D /tmp/suite/data -A trust -E UTF8 --locale=C.UTF-8 >/dev/null
		\$B/pg_ctl -D /tmp/suite/data -o \"-c listen_addresses= -c unix_socket_directories=/tmp/suite -c port=5433\" -l /tmp/suite/log -w start >/dev/null
		status=0
		psql -X -h /tmp/suite -p 5433 -d postgres -c \"CREATE EXTENSION opt_consent\" -c \"SELECT extname, extversion FROM pg_extension ORDER BY 1\" || status=1
		psql -X -h /tmp/suite -p 5433 -d postgres -c \"DROP EXTENSION opt_consent\" >/dev/null
		./pg_regress --bindir=\$B --host=/tmp/suite --port=5433 --inputdir=. \
			--load-extension=opt_consent $regress || { cat regression.diffs 2>/dev/null | head -50; status=1; }
		\$B/pg_ctl -D /tmp/suite/data -m fast -w stop >/dev/null
		exit \$status
	'"
rc=$?
if [ $rc -eq 0 ]; then
	log "deb ($suite, $major): installed into a clean chroot; CREATE EXTENSION and the pg_regress suites pass"
	echo "deb: 1 passed, 0 failed"
else
	fail "the installed package failed its tests"
fi
