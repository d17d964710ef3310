#!/usr/bin/env bash
# test/matrix/chroot.sh SUITE MAJOR [server] -- build (once) a minimal
# Debian chroot of SUITE with PostgreSQL MAJOR's server and development
# packages and what the test suites need, under
# ${OPT_CONSENT_CHROOTS:-/var/cache/opt_consent}.  With "server": only the
# server package (a clean system to install the built .deb into).
# Prints the chroot's path.  Needs root, debootstrap and the network access
# to Debian's archive that apt already uses on this machine.
#
# Facts it relies on: forky has no debootstrap script of its own in
# Debian 12 (the sid script builds it), and its Release file may be older
# than this machine's clock (Acquire::Check-Valid-Until "false"); apt needs
# /proc mounted while postgresql-common configures; a policy-rc.d that
# exits 101 keeps packages from starting servers inside the chroot.
set -euo pipefail
suite=$1
major=$2
kind=${3:-dev}
base=${OPT_CONSENT_CHROOTS:-/var/cache/opt_consent}
dir=$base/$suite
[ "$kind" = server ] && dir=$base/$suite-server
log() { printf '%s\n' "$*" >&2; }

[ "$(id -u)" = 0 ] || { log "building a chroot needs root"; exit 1; }
if [ -f "$dir/.opt_consent_ready" ]; then
	echo "$dir"
	exit 0
fi

# the Debian mirror this machine's apt uses (override: DEBIAN_MIRROR)
mirror=${DEBIAN_MIRROR:-}
if [ -z "$mirror" ]; then
	mirror=$(cat /etc/apt/sources.list /etc/apt/sources.list.d/*.list \
		/etc/apt/sources.list.d/*.sources 2>/dev/null |
		grep -oE '(https?|file)://[^ ]*/debian/?( |$)' | grep -v security | head -n 1 |
		sed 's/ *$//' || true)
fi
[ -n "$mirror" ] || { log "no Debian mirror found in apt's sources; set DEBIAN_MIRROR"; exit 1; }

if ! command -v debootstrap >/dev/null; then
	DEBIAN_FRONTEND=noninteractive apt-get install -y -qq debootstrap >/dev/null
fi
script=/usr/share/debootstrap/scripts/$suite
[ -e "$script" ] || script=/usr/share/debootstrap/scripts/sid

mkdir -p "$base"
rm -rf "$dir.tmp"
log "debootstrap $suite from $mirror into $dir (once; cached afterwards)"
name=$(basename "$dir")
debootstrap --variant=minbase "$suite" "$dir.tmp" "$mirror" "$script" \
	>"$base/$name.debootstrap.log" 2>&1 ||
	{ tail -n 20 "$base/$name.debootstrap.log" >&2; exit 1; }

cat >"$dir.tmp/usr/sbin/policy-rc.d" <<'POLICY'
#!/bin/sh
exit 101
POLICY
chmod 755 "$dir.tmp/usr/sbin/policy-rc.d"
echo 'Acquire::Check-Valid-Until "false";' >"$dir.tmp/etc/apt/apt.conf.d/99opt-consent-no-valid-until"
echo "deb $mirror $suite main" >"$dir.tmp/etc/apt/sources.list"

mount -t proc proc "$dir.tmp/proc"
trap 'umount "$dir.tmp/proc" 2>/dev/null || true' EXIT
# clang (the fuzz harnesses) and contrib are optional: the suites say what
# they skip without them
if [ "$kind" = server ]; then
	install="apt-get install -y -qq --no-install-recommends postgresql-$major"
else
	install="apt-get install -y -qq --no-install-recommends postgresql-$major postgresql-server-dev-$major \
		libipc-run-perl make gcc libc6-dev perl ca-certificates debhelper dpkg-dev build-essential \
		postgresql-server-dev-all &&
	{ apt-get install -y -qq --no-install-recommends clang libclang-rt-dev >/dev/null 2>&1 ||
	  apt-get install -y -qq --no-install-recommends clang >/dev/null 2>&1 || true; } &&
	{ apt-get install -y -qq --no-install-recommends postgresql-contrib-$major >/dev/null 2>&1 || true; }"
fi
chroot "$dir.tmp" /usr/bin/env -i PATH=/usr/sbin:/usr/bin:/sbin:/bin \
	DEBIAN_FRONTEND=noninteractive sh -c "apt-get update -qq && $install && apt-get clean" \
	>"$base/$name.apt.log" 2>&1 ||
	{ tail -n 30 "$base/$name.apt.log" >&2; exit 1; }
umount "$dir.tmp/proc"
trap - EXIT
touch "$dir.tmp/.opt_consent_ready"
rm -rf "$dir"
mv "$dir.tmp" "$dir"
echo "$dir"
