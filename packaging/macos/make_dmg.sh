#!/usr/bin/env bash
# Put "Office Desk.app" into a compressed disk image with an Applications link.
#
#   packaging/macos/make_dmg.sh        -> packaging/dist/OfficeDesk-<version>.dmg
#
# Run after the PyInstaller build (and after sign_and_notarize.sh sign, when signing).
# The version is pyproject.toml's. Then: sign_and_notarize.sh notarize <the dmg>.
set -euo pipefail

here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
root="$(cd "$here/../.." && pwd)"
dist="$root/packaging/dist"
app="$dist/Office Desk.app"
python="${PYTHON:-python3}"
version="$("$python" -c 'import tomllib; print(tomllib.load(open("'"$root"'/pyproject.toml", "rb"))["project"]["version"])')"
dmg="$dist/OfficeDesk-$version.dmg"

[ -d "$app" ] || { echo "no $app: build it first" >&2; exit 1; }
staging="$(mktemp -d)"
trap 'rm -rf "$staging"' EXIT
ditto "$app" "$staging/Office Desk.app"
ln -s /Applications "$staging/Applications"
rm -f "$dmg"
hdiutil create -volname "Office Desk $version" -srcfolder "$staging" -fs HFS+ \
    -format UDZO -imagekey zlib-level=9 -ov "$dmg"
echo "$dmg"
