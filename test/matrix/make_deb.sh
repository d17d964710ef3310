#!/usr/bin/env bash
# make deb: build postgresql-NN-opt-consent for every PostgreSQL major whose
# server development package is installed, with pg_buildext (debian/), in a
# copy of the tree; the packages land in deb/.  As root, installs the build
# tools (debhelper, dpkg-dev) if they are missing; otherwise prints them.
set -euo pipefail
top=$(cd "$(dirname "$0")/../.." && pwd)
if ! command -v dpkg-buildpackage >/dev/null || ! command -v dh >/dev/null ||
	! command -v pg_buildext >/dev/null; then
	if [ "$(id -u)" = 0 ]; then
		DEBIAN_FRONTEND=noninteractive apt-get install -y -qq debhelper dpkg-dev \
			postgresql-server-dev-all >/dev/null
	else
		echo "needed: sudo apt-get install -y debhelper dpkg-dev postgresql-server-dev-all"
		exit 1
	fi
fi
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
mkdir -p "$work/opt_consent" "$top/deb"
(cd "$top" && git ls-files -co --exclude-standard -z |
	xargs -0 -I{} sh -c 'test -e "{}" && printf "%s\0" "{}"' |
	tar --null -T - -cf -) | tar -xf - -C "$work/opt_consent"
cd "$work/opt_consent"
pg_buildext updatecontrol
dpkg-buildpackage -b -us -uc >"$work/build.log" 2>&1 || { tail -n 40 "$work/build.log"; exit 1; }
cp "$work"/*.deb "$top/deb/"
ls -1 "$top"/deb/*.deb
