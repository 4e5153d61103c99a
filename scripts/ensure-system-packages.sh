#!/usr/bin/env bash
# Installs, with apt-get, the Debian packages the test suite uses when they are missing:
# the real Secret Service (gnome-keyring in a private D-Bus session), the age tool for interop,
# poppler for PDF checks, and the libraries Qt's offscreen platform needs.
set -euo pipefail
PACKAGES=(dbus gnome-keyring age poppler-utils libegl1 libgl1 libxkbcommon0 libfontconfig1 libglib2.0-0
          fonts-dejavu-core libreoffice-calc-nogui php-cli php-sabre-dav)
missing=()
for p in "${PACKAGES[@]}"; do
    dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
done
if [ ${#missing[@]} -eq 0 ]; then
    exit 0
fi
echo "installing system packages: ${missing[*]}"
SUDO=""
if [ "$(id -u)" -ne 0 ]; then SUDO="sudo"; fi
export DEBIAN_FRONTEND=noninteractive
$SUDO apt-get update -qq
$SUDO apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
