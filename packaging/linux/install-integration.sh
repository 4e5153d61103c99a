#!/usr/bin/env bash
# Installs the desktop integration of resources/ under ROOT (default prefix /usr), the way a Linux system
# expects it: the .desktop file, the icons (hicolor theme), the AppStream metainfo and the MIME types.
#
#   packaging/linux/install-integration.sh ROOT [PREFIX]
#
# build-deb.sh lays out the package with it; the smoke tests use it for a temporary root. After installing
# into a live system, the .deb's triggers (or update-mime-database, update-desktop-database and
# gtk-update-icon-cache) refresh the caches.
set -euo pipefail
ROOT="${1:?usage: $0 ROOT [PREFIX]}"
PREFIX="${2:-/usr}"
HERE="$(cd "$(dirname "$0")" && pwd)"
RES="$HERE/../../resources"
APP_ID="$(python3 "$HERE/../meta.py" app-id)"
SHARE="$ROOT$PREFIX/share"

install -d "$SHARE/applications" "$SHARE/metainfo" "$SHARE/mime/packages"
install -m 644 "$RES/$APP_ID.desktop" "$SHARE/applications/$APP_ID.desktop"
install -m 644 "$RES/$APP_ID.metainfo.xml" "$SHARE/metainfo/$APP_ID.metainfo.xml"
install -m 644 "$RES/$APP_ID.mime.xml" "$SHARE/mime/packages/$APP_ID.xml"
for icon in "$RES"/icons/hicolor/*/apps/"$APP_ID".*; do
    size="$(basename "$(dirname "$(dirname "$icon")")")"
    install -d "$SHARE/icons/hicolor/$size/apps"
    install -m 644 "$icon" "$SHARE/icons/hicolor/$size/apps/"
done
