#!/usr/bin/env bash
# Runs the test suite the way it must run: offscreen Qt, a private HOME and temp folder, and a real
# Secret Service (gnome-keyring, unlocked) inside its own D-Bus session. Arguments go to pytest; the exit
# status is pytest's. The temporary folder (vaults, bundles, a few hundred MB) is removed however the run ends.
set -euo pipefail
ROOT="$(cd "$(dirname "$0")/.." && pwd)"
T="$(mktemp -d /tmp/commons-tests.XXXXXX)"
# No `exec` below: it would replace this shell and drop the trap, leaving $T behind at every run.
trap 'rm -rf "$T"' EXIT
trap 'exit 130' INT
trap 'exit 143' TERM
mkdir -p "$T/home" "$T/tmp" "$T/run" "$T/home/.local/share" "$T/home/.config" "$T/home/.cache"
chmod 700 "$T/run"
export HOME="$T/home" XDG_DATA_HOME="$T/home/.local/share" XDG_CONFIG_HOME="$T/home/.config" \
       XDG_CACHE_HOME="$T/home/.cache" XDG_RUNTIME_DIR="$T/run" TMPDIR="$T/tmp" \
       QT_QPA_PLATFORM=offscreen COMMONS_TEST_ROOT="$T" PYTHONDONTWRITEBYTECODE=1
unset COMMONS_PASSPHRASE COMMONS_VAULT COMMONS_NEW_PASSPHRASE DISPLAY WAYLAND_DISPLAY
cd "$ROOT"
status=0
dbus-run-session -- scripts/run-tests-inner.sh "$@" || status=$?
exit "$status"
