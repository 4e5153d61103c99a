"""The words of the CLI for the team's codes (core.errors.TeamError, and the team job's outcome in `commons sync`)."""

from __future__ import annotations

from typing import Any

from . import server_words

_WORDS = {
    "not-team": "this vault is not part of a team (make it one: 'commons team init')",
    "already-team": "this vault is already part of a team",
    "bad-name": "a device's name needs at least one letter or digit",
    "not-empty": "a vault joining a team must be new: give --vault a path where no vault exists yet",
    "foreign-folder": "refused: this folder belongs to another team or holds other files (a team folder must start "
                      "empty)",
    "empty-folder": "refused: this folder is empty although this device had published there (was it replaced or "
                    "wiped?); nothing was taken as deleted",
    "folder-missing": "the folder cannot be reached (is the drive or share connected?)",
    "not-a-folder": "this transport is not a folder",
    "tampered": "{count} file(s) in the folder failed their checks (damaged, truncated, or not signed by the device "
                "they claim to come from): refused, nothing of them was merged",
    "missing-file": "a file named by a device's index is missing from the folder",
    "removed-from-team": "this device was removed from the team: it can no longer read what the team writes",
    "unreadable-invitation": "the invitation cannot be opened (wrong passphrase or key, or not an invitation)",
    "unknown-device": "no device {device} in this team ('commons team status' lists them)",
    "remove-self": "a device cannot remove itself",
    "bad-key": "not a usable age key",
    "mass-delete": "stopped before changing anything: the changes received would delete {count} of the {present} "
                   "records in this vault; if that is intended, run it again with --allow-deletes",
    "gap": "no snapshot in the folder reaches the changes left there: sync a device of the team first",
    "gap-behind": "the changes device {device} made before this vault first read them were compacted away (a "
                  "snapshot holds them, but only a new vault can load one): nothing of it was applied; join the team "
                  "again with a new vault ('commons --vault NEW.commons team join ...')",
    "server-url": "the invitation names the server {name} at {url}, which this computer refuses: {reason}",
    "not-a-team-server": "{name} is not a team server ('commons server remove {name}' removes it)",
}


def words(code: str, **params: Any) -> str:
    if code == "tampered" and "count" not in params:
        return ("a file in the folder failed its checks (damaged, truncated, or not signed by the device it claims "
                "to come from): refused, nothing of it was merged")
    if code not in _WORDS:   # a team server's own failure (unreachable, auth...): sync/errors.py's codes
        return server_words.words(code, **{"kind": "team", **params})
    if code == "server-url":
        params = {**params, "reason": server_words.words(str(params.get("why", "")))}
    text = _WORDS.get(code, f"team: failed ({code})")
    return text.format_map({"count": "?", "present": "?", "device": "?", "name": "?", "url": "?", **params})
