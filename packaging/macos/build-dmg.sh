#!/usr/bin/env bash
# On a Mac: "Commons Desktop.app" (PyInstaller, packaging/pyinstaller/commons.spec), a smoke test of it, the .dmg,
# and — when a key is at hand — signing, notarization and stapling.
#
#   packaging/macos/build-dmg.sh [OUT_DIR]        (OUT_DIR: dist) -> OUT_DIR/commons-desktop-<version>-macos-<arch>.dmg
#
# Signing and notarization, all optional (without them the app is signed ad hoc: fine for testing, refused
# by Gatekeeper on other Macs):
#   MACOS_SIGN_IDENTITY   "Developer ID Application: <name> (<team id>)", in the keychain; PyInstaller signs every
#                         binary and the app with it, hardened runtime, packaging/macos/entitlements.plist
#   NOTARY_PROFILE        a keychain profile made by `xcrun notarytool store-credentials`, or else
#   APPLE_ID, APPLE_TEAM_ID, APPLE_APP_PASSWORD   (an app-specific password) for `xcrun notarytool submit`
set -euo pipefail
if [ "$(uname -s)" != Darwin ]; then
    echo "build-dmg.sh runs on macOS (PyInstaller builds for the system it runs on)" >&2
    exit 2
fi
HERE="$(cd "$(dirname "$0")" && pwd)"
REPO="$(cd "$HERE/../.." && pwd)"
PYTHON="${PYTHON:-$REPO/.venv/bin/python}"
OUT="${1:-$REPO/dist}"
VERSION="$("$PYTHON" "$HERE/../meta.py" version)"
NAME="$("$PYTHON" "$HERE/../meta.py" name)"
ARCH="$(uname -m)"
APP="$OUT/$NAME.app"
DMG="$OUT/commons-desktop-$VERSION-macos-$ARCH.dmg"

# 1. The app (signed by PyInstaller when MACOS_SIGN_IDENTITY is set: see commons.spec).
"$PYTHON" "$HERE/../pyinstaller/build.py" --dist "$OUT" --work "$REPO/build/pyinstaller"
if [ -n "${MACOS_SIGN_IDENTITY:-}" ]; then
    codesign --verify --deep --strict --verbose=2 "$APP"
    codesign --display --verbose=2 "$APP" 2>&1 | grep -q "flags=0x10000(runtime)"
fi

# 2. The smoke test, on the app itself.
"$APP/Contents/MacOS/commons" --version | grep -qx "commons $VERSION"
"$APP/Contents/MacOS/commons-desktop" --self-test

# 3. The disk image: the app and a link to /Applications to drag it onto.
STAGE="$(mktemp -d)"
trap 'rm -rf "$STAGE"' EXIT
cp -R "$APP" "$STAGE/"
ln -s /Applications "$STAGE/Applications"
rm -f "$DMG"
hdiutil create -volname "$NAME $VERSION" -srcfolder "$STAGE" -fs HFS+ -format UDZO -ov "$DMG"

# 4. Signing, notarization, stapling.
if [ -n "${MACOS_SIGN_IDENTITY:-}" ]; then
    codesign --force --timestamp --sign "$MACOS_SIGN_IDENTITY" "$DMG"
    if [ -n "${NOTARY_PROFILE:-}" ]; then
        xcrun notarytool submit "$DMG" --keychain-profile "$NOTARY_PROFILE" --wait
    elif [ -n "${APPLE_ID:-}" ] && [ -n "${APPLE_TEAM_ID:-}" ] && [ -n "${APPLE_APP_PASSWORD:-}" ]; then
        xcrun notarytool submit "$DMG" --apple-id "$APPLE_ID" --team-id "$APPLE_TEAM_ID" \
            --password "$APPLE_APP_PASSWORD" --wait
    else
        echo "signed but not notarized: set NOTARY_PROFILE or APPLE_ID, APPLE_TEAM_ID, APPLE_APP_PASSWORD" >&2
        echo "$DMG"
        exit 0
    fi
    xcrun stapler staple "$DMG"
    xcrun stapler validate "$DMG"
    spctl --assess --type open --context context:primary-signature --verbose "$DMG"
fi
echo "$DMG"
