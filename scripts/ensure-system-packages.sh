#!/usr/bin/env bash
# Installs, with apt-get, the Debian/Ubuntu packages that are missing.
#
#   scripts/ensure-system-packages.sh run    what the desktop app needs to open its window (`make run`)
#   scripts/ensure-system-packages.sh test   the same plus what the test suite uses (`make test`; the default)
#   scripts/ensure-system-packages.sh --list run|test    print the list (one package a line) and stop
#
# Another apt-get or dpkg at work (an unattended upgrade, a second `make test`) is waited for, up to
# LOCK_WAIT seconds (600 by default), instead of failing at once. Without root, apt-get runs through sudo;
# without root and without sudo the script names what is missing, points to the README ("Without root")
# and exits 1.
set -euo pipefail

# What the desktop needs at run time: Qt's xcb platform plugin and the libraries it links (a fresh Debian 12
# lacks libxcb-icccm4 and libxcb-keysyms1), its Wayland plugin's, EGL/GL, fontconfig, GLib, D-Bus, a font. The .deb's Depends name the same
# set (packaging/linux/build-deb.sh reads it from here). "a|b": either package (names that changed with the
# 64-bit time_t transition of Debian 13 / Ubuntu 24.04). poppler-utils: pdftoppm previews the first page of a PDF
# document (from memory: ui/documents/pdf_pages.py).
RUN_PACKAGES=(
    libxcb1
    libxcb-cursor0
    libxcb-glx0
    libxcb-icccm4
    libxcb-image0
    libxcb-keysyms1
    libxcb-randr0
    libxcb-render-util0
    libxcb-render0
    libxcb-shape0
    libxcb-shm0
    libxcb-sync1
    libxcb-util1
    libxcb-xfixes0
    libxcb-xkb1
    libx11-6
    libx11-xcb1
    libxkbcommon0
    libxkbcommon-x11-0
    libwayland-client0
    libwayland-cursor0
    libwayland-egl1
    libegl1
    libgl1
    libdrm2
    libfontconfig1
    libfreetype6
    libdbus-1-3
    libzstd1
    libbrotli1
    libgssapi-krb5-2
    "libglib2.0-0t64|libglib2.0-0"
    fonts-dejavu-core
    poppler-utils
)

# What the test suite uses on top of RUN_PACKAGES (one package a line: several people add to this list).
PACKAGES=(
    dbus
    gnome-keyring
    age
    poppler-utils
    libreoffice-calc-nogui
    xvfb
    xauth
    xdotool
    x11-utils
    imagemagick
    desktop-file-utils
    appstream
    shared-mime-info
    dpkg-dev
    nsis
    wine
    wine64
    shellcheck
    php-cli
    php-sabre-dav
    php-sqlite3
    zbar-tools
)

LOCK_WAIT="${LOCK_WAIT:-600}"

list="test"
listing=0
for arg in "$@"; do
    case "$arg" in
        run|test) list="$arg" ;;
        --list) listing=1 ;;
        *) echo "usage: $0 [--list] [run|test]" >&2; exit 2 ;;
    esac
done
wanted=("${RUN_PACKAGES[@]}")
if [ "$list" = test ]; then wanted+=("${PACKAGES[@]}"); fi
if [ "$listing" -eq 1 ]; then
    printf '%s\n' "${wanted[@]}"
    exit 0
fi

installed() { dpkg-query -W -f='${Status}' "$1" 2>/dev/null | grep -q "install ok installed"; }
known() { apt-cache policy "$1" 2>/dev/null | sed -n 's/^ *Candidate: //p' | grep -qv '(none)'; }

missing=()
for entry in "${wanted[@]}"; do
    IFS='|' read -r -a choices <<<"$entry"
    found=0
    for p in "${choices[@]}"; do
        if installed "$p"; then found=1; break; fi
    done
    [ "$found" -eq 1 ] && continue
    pick="${choices[-1]}"
    for p in "${choices[@]}"; do
        if known "$p"; then pick="$p"; break; fi
    done
    missing+=("$pick")
done
if [ ${#missing[@]} -eq 0 ]; then
    exit 0
fi

SUDO=()
if [ "$(id -u)" -ne 0 ]; then
    if command -v sudo >/dev/null 2>&1; then
        SUDO=(sudo DEBIAN_FRONTEND=noninteractive)
    else
        echo "These system packages are missing: ${missing[*]}" >&2
        echo "Ask an administrator to run: apt-get install ${missing[*]}" >&2
        echo "or see \"Without root\" in README.md to run the app without installing them system-wide." >&2
        exit 1
    fi
fi

# apt-get waits for the dpkg lock itself (DPkg::Lock::Timeout) but not for the package lists' lock that
# `apt-get update` takes: that one is retried here until LOCK_WAIT has passed.
apt_wait() {
    local deadline=$((SECONDS + LOCK_WAIT)) said=0 status out
    while :; do
        status=0
        out="$("${SUDO[@]}" apt-get -o DPkg::Lock::Timeout="$LOCK_WAIT" "$@" 2>&1)" || status=$?
        if [ "$status" -eq 0 ]; then return 0; fi
        if grep -q -e "Could not get lock" -e "Unable to lock" <<<"$out" && [ "$SECONDS" -lt "$deadline" ]; then
            if [ "$said" -eq 0 ]; then echo "waiting for another package manager to finish..." >&2; said=1; fi
            sleep 3
            continue
        fi
        printf '%s\n' "$out" >&2
        return "$status"
    done
}

echo "installing system packages: ${missing[*]}"
export DEBIAN_FRONTEND=noninteractive
apt_wait update -qq
apt_wait install -y -qq --no-install-recommends "${missing[@]}"
