#!/usr/bin/env bash
# Build the frozen app (onedir) with the same spec the Windows and macOS builds use.
#
#   packaging/build.sh            -> packaging/dist/office-desk/office-desk
#   PYTHON=/path/python packaging/build.sh
#
# Installs PyInstaller into the environment if it is missing (a build tool only: the
# frozen app does not need it). On macOS this also gives packaging/dist/Office Desk.app;
# packaging/macos/make_dmg.sh then makes the .dmg. On Windows use the workflow's steps.
set -euo pipefail

here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
root="$(dirname "$here")"
python="${PYTHON:-$root/.venv/bin/python}"
[ -x "$python" ] || python="$(command -v python3)"

cd "$root"
if ! "$python" -c "import PyInstaller" 2>/dev/null; then
    "$python" -m pip install --quiet "pyinstaller>=6.22"
fi
# office_desk.__version__ comes from the installed metadata: the spec refuses to build
# when it differs from pyproject.toml; reinstall (no dependencies touched) in that case.
if ! "$python" -c '
import importlib.metadata, sys, tomllib
wanted = tomllib.load(open("pyproject.toml", "rb"))["project"]["version"]
sys.exit(importlib.metadata.version("office-desk") != wanted)'
then
    "$python" -m pip install --quiet --no-deps -e .
fi

# The translations (.ts -> .qm) are compiled as part of every build.
"$python" packaging/translations.py compile

"$python" -m PyInstaller --noconfirm --clean \
    --distpath "$here/dist" --workpath "$here/build" \
    "$here/office_desk.spec"

out="$here/dist/office-desk"
echo
echo "built: $out ($(du -sh "$out" | cut -f1))"
"$out/office-desk" --version
