#!/usr/bin/env bash
# Builds the Debian/Ubuntu package from a bundle made by `make bundle` (`make deb` runs it):
#
#   packaging/linux/build-deb.sh BUNDLE_DIR OUT_DIR [xz|gzip|none]
#
# writes OUT_DIR/commons-desktop_<version>_<arch>.deb (the version is pyproject.toml's) holding
#   /opt/commons-desktop/                  the bundle (the app, the commons command, Python, Qt, SQLCipher)
#   /usr/bin/commons-desktop, /usr/bin/commons     symbolic links to it
#   /usr/share/applications, icons/hicolor, metainfo, mime/packages    the desktop integration (resources/)
#   /usr/share/doc/commons-desktop/copyright
# Depends: what dpkg-shlibdeps finds the bundle's binaries link from the system (with minimum versions), plus
# every package of `scripts/ensure-system-packages.sh --list run` (what `make run` installs: Qt's xcb set...).
# No maintainer scripts: dpkg's triggers refresh the MIME, desktop and icon caches, and `dpkg -r` removes every
# file the package installed; the users' vaults and settings (in their home folders) are never touched.
set -euo pipefail
BUNDLE="$(cd "${1:?usage: $0 BUNDLE_DIR OUT_DIR [xz|gzip|none]}" && pwd)"
OUT="${2:?usage: $0 BUNDLE_DIR OUT_DIR [xz|gzip|none]}"
COMPRESSION="${3:-xz}"
HERE="$(cd "$(dirname "$0")" && pwd)"
REPO="$(cd "$HERE/../.." && pwd)"
META="$HERE/../meta.py"
PACKAGE=commons-desktop
# Debian orders 0.2.0~rc1 before 0.2.0 (a PEP 440 pre-release written 0.2.0rc1).
VERSION="$(python3 "$META" version | sed -E 's/([0-9])(a|b|rc)([0-9]+)$/\1~\2\3/')"
ARCH="$(dpkg --print-architecture)"
HOMEPAGE="$(python3 "$META" homepage)"

WORK="$(mktemp -d)"
trap 'rm -rf "$WORK"' EXIT
ROOT="$WORK/root"
install -d "$ROOT/opt" "$ROOT/usr/bin" "$ROOT/DEBIAN" "$ROOT/usr/share/doc/$PACKAGE"
cp -a "$BUNDLE" "$ROOT/opt/$PACKAGE"
ln -s "/opt/$PACKAGE/commons-desktop" "$ROOT/usr/bin/commons-desktop"
ln -s "/opt/$PACKAGE/commons" "$ROOT/usr/bin/commons"
"$HERE/install-integration.sh" "$ROOT" /usr
cat > "$ROOT/usr/share/doc/$PACKAGE/copyright" <<EOF
Format: https://www.debian.org/doc/packaging-manuals/copyright-format/1.0/
Upstream-Name: Commons Desktop
Source: $HOMEPAGE

Files: *
Copyright: The Commons Desktop contributors
License: AGPL-3.0-or-later
 On Debian systems the licence's full text is at /usr/share/common-licenses/AGPL-3.
 /opt/$PACKAGE/_internal holds Python, Qt (LGPL-3.0), PySide6 (LGPL-3.0), SQLCipher (BSD-3-Clause),
 pyrage, cryptography, keyring and the other libraries the application runs on, under their own licences.
EOF
chmod -R u+rwX,go+rX,go-w "$ROOT"

# Depends: the system libraries the bundle's binaries link (dpkg-shlibdeps reads their symbols and the
# system's shlibs/symbols files), and the run-time list of ensure-system-packages.sh.
mkdir -p "$WORK/debian"
printf 'Source: %s\n\nPackage: %s\nArchitecture: any\n' "$PACKAGE" "$PACKAGE" > "$WORK/debian/control"
INTERNAL="$ROOT/opt/$PACKAGE/_internal"
mapfile -t ELFS < <(find "$ROOT/opt" -type f \( -name '*.so*' -o -perm -u+x \) -exec sh -c \
    'head -c4 "$1" | grep -q "ELF" && echo "$1"' _ {} \;)
SHLIBS="$(cd "$WORK" && dpkg-shlibdeps -O --ignore-missing-info -l"$INTERNAL" -l"$INTERNAL/PySide6/Qt/lib" \
          -l"$INTERNAL/PySide6" "${ELFS[@]}" 2>/dev/null | sed -n 's/^shlibs:Depends=//p')"
DEPENDS="$(REPO="$REPO" python3 - "$SHLIBS" <<'PY'
import os, subprocess, sys
from pathlib import Path
repo = Path(os.environ["REPO"])
found = [d.strip() for d in sys.argv[1].split(",") if d.strip()]
names = {d.split()[0] for d in found}
run = subprocess.run([str(repo / "scripts/ensure-system-packages.sh"), "--list", "run"], check=True,
                     capture_output=True, text=True).stdout.split()
for entry in run:
    choices = entry.split("|")
    if not names & set(choices):
        found.append(" | ".join(choices))
print(", ".join(sorted(found)))
PY
)"
INSTALLED_SIZE="$(du -sk --exclude=DEBIAN "$ROOT" | cut -f1)"
cat > "$ROOT/DEBIAN/control" <<EOF
Package: $PACKAGE
Version: $VERSION
Architecture: $ARCH
Maintainer: Commons Desktop contributors <packaging@commonsdesktop.org>
Installed-Size: $INSTALLED_SIZE
Depends: $DEPENDS
Section: misc
Priority: optional
Homepage: $HOMEPAGE
Description: encrypted member register and address book for collectives
 Commons Desktop keeps the members, contacts, memberships, dues and documents of
 an association, a union section or a tenants' committee in one encrypted file
 (SQLCipher) on its own computers, and shares only what the group chooses:
 encrypted exports, signed bundles between partner groups, a disclosure log.
 .
 This package holds the desktop application (commons-desktop) and the command
 line (commons), with the Python, Qt and SQLCipher they run on, in
 /opt/$PACKAGE.
EOF
mkdir -p "$OUT"
DEB="$OUT/${PACKAGE}_${VERSION}_${ARCH}.deb"
case "$COMPRESSION" in
    xz) dpkg-deb --build --root-owner-group -Zxz "$ROOT" "$DEB" >/dev/null ;;
    gzip) dpkg-deb --build --root-owner-group -Zgzip -z1 "$ROOT" "$DEB" >/dev/null ;;
    none) dpkg-deb --build --root-owner-group -Znone "$ROOT" "$DEB" >/dev/null ;;
    *) echo "compression: xz, gzip or none" >&2; exit 2 ;;
esac
echo "$DEB ($(du -h "$DEB" | cut -f1), installs $((INSTALLED_SIZE / 1024)) MB)"
