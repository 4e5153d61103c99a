#!/usr/bin/env bash
# Runs the test suite the way it must run: offscreen Qt, a private HOME and temp folder, and a real
# Secret Service (gnome-keyring, unlocked) inside its own D-Bus session. Arguments go to pytest; the exit
# status is pytest's. The temporary folder (vaults, bundles, a few hundred MB) is removed however the run ends.
set -euo pipefail
ROOT="$(cd "$(dirname "$0")/.." && pwd)"
# The folder lives in memory (tmpfs /dev/shm) where there is one we may write and run programs in: every vault
# commit fsyncs (synchronous=FULL), ~8 ms each on this machine's disk and nothing on tmpfs, and the suite makes tens
# of thousands of them. COMMONS_TEST_TMP chooses the parent folder (the default is /tmp without such a tmpfs).
PARENT="${COMMONS_TEST_TMP:-}"
if [ -z "$PARENT" ]; then
    PARENT=/tmp
    if [ -d /dev/shm ] && [ -w /dev/shm ] && awk '$2 == "/dev/shm" && $3 == "tmpfs" && $4 !~ /(^|,)noexec(,|$)/ \
            { found = 1 } END { exit !found }' /proc/mounts 2>/dev/null \
            && [ "$(df -Pk /dev/shm | awk 'NR == 2 { print $4 }')" -ge $((4 * 1024 * 1024)) ]; then
        PARENT=/dev/shm  # (with 4 GiB free at least: the suite's folder grows to ~2 GB; a container's 64 MB is not)
    fi
fi
# A run that was killed (SIGKILL: its traps never ran) left its folder behind, ~2 GB of memory when in /dev/shm:
# remove the folders whose run is gone (each holds the pid of its shell; a folder without one is left alone).
for old in "$PARENT"/commons-tests.*; do
    if [ -O "$old" ] && [ -f "$old/pid" ] && ! kill -0 "$(cat "$old/pid" 2>/dev/null)" 2>/dev/null; then
        rm -rf "$old" 2>/dev/null || true  # (ours only: another user's run is theirs to clean)
    fi
done
T="$(mktemp -d "$PARENT/commons-tests.XXXXXX")"
echo $$ > "$T/pid"
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
