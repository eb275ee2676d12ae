#!/usr/bin/env bash
# Sign "Office Desk.app" for distribution (Developer ID, hardened runtime), inside out.
#
#   packaging/macos/sign_and_notarize.sh sign "packaging/dist/Office Desk.app"
#   packaging/macos/sign_and_notarize.sh notarize packaging/dist/OfficeDesk-0.1.0.dmg
#
# Environment (each step is skipped, exit 0, when its variables are unset):
#   MACOS_SIGN_IDENTITY    "Developer ID Application: Name (TEAMID)", in the keychain
#   APPLE_ID, APPLE_TEAM_ID, APPLE_APP_PASSWORD   notarization (an app-specific password)
#
# Order matters: every library first, then QtWebEngineProcess.app on its own with the
# disable-executable-page-protection entitlement (without it, notarized apps show no
# web page), then the frameworks around it, then the executables and the bundle.
# Nothing is signed with --deep: that would give the helper the app's entitlements.
set -euo pipefail

here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
action="${1:?usage: $0 sign APP | notarize DMG}"
target="${2:?usage: $0 sign APP | notarize DMG}"

sign() {  # sign FILE [ENTITLEMENTS]
    local args=(--force --timestamp --options runtime --sign "$MACOS_SIGN_IDENTITY")
    [ -n "${2:-}" ] && args+=(--entitlements "$2")
    codesign "${args[@]}" "$1"
}

case "$action" in
sign)
    if [ -z "${MACOS_SIGN_IDENTITY:-}" ]; then
        echo "MACOS_SIGN_IDENTITY is not set: leaving $target with PyInstaller's ad-hoc signature"
        exit 0
    fi
    app="$target"
    # 1. every Mach-O file except the executables signed below
    while IFS= read -r -d '' file; do
        if file -b "$file" | grep -q "Mach-O"; then
            sign "$file"
        fi
    done < <(find "$app/Contents" -type f \
        ! -path "*/QtWebEngineProcess.app/Contents/MacOS/*" \
        ! -path "$app/Contents/MacOS/*" -print0)
    # 2. the Chromium helper, with its own entitlement
    while IFS= read -r -d '' helper; do
        sign "$helper" "$here/webengine.entitlements"
    done < <(find "$app/Contents" -type d -name "QtWebEngineProcess.app" -print0)
    # 3. the frameworks (sealing the helper inside QtWebEngineCore.framework)
    while IFS= read -r -d '' framework; do
        sign "$framework"
    done < <(find "$app/Contents" -type d -name "*.framework" -prune -print0)
    # 4. the executables, then the bundle
    for exe in "$app/Contents/MacOS/"*; do
        sign "$exe" "$here/app.entitlements"
    done
    sign "$app" "$here/app.entitlements"
    codesign --verify --strict --verbose=2 "$app"
    ;;
notarize)
    dmg="$target"
    if [ -n "${MACOS_SIGN_IDENTITY:-}" ]; then
        codesign --force --timestamp --sign "$MACOS_SIGN_IDENTITY" "$dmg"
    fi
    if [ -z "${APPLE_ID:-}" ] || [ -z "${APPLE_TEAM_ID:-}" ] || [ -z "${APPLE_APP_PASSWORD:-}" ]; then
        echo "APPLE_ID / APPLE_TEAM_ID / APPLE_APP_PASSWORD not set: not notarizing $dmg"
        exit 0
    fi
    xcrun notarytool submit "$dmg" --apple-id "$APPLE_ID" --team-id "$APPLE_TEAM_ID" \
        --password "$APPLE_APP_PASSWORD" --wait
    xcrun stapler staple "$dmg"
    spctl --assess --type open --context context:primary-signature --verbose "$dmg" || true
    ;;
*)
    echo "unknown action $action (sign or notarize)" >&2
    exit 2
    ;;
esac
