#!/usr/bin/env bash
# Inside the private D-Bus session: start and unlock gnome-keyring's Secret Service, then pytest.
set -euo pipefail
eval "$(echo -n 'commons-test-keyring' | gnome-keyring-daemon --unlock --components=secrets 2>/dev/null)" || true
export COMMONS_TEST_KEYRING=1
exec .venv/bin/python -m pytest -p no:cacheprovider "$@"
