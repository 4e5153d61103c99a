"""The words of the CLI for what went wrong with a server (codes from sync/errors.py and the sync jobs)."""

from __future__ import annotations

from typing import Any

from ..sync.errors import DavError

FOLDER_WORDS = {"carddav": "address book", "webdav": "folder", "team": "folder"}

_WORDS = {
    "unreachable": "cannot reach the server (check the address and the network)",
    "timeout": "the server did not answer in time",
    "interrupted": "the connection broke before the server's answer was complete",
    "tls": "the server's certificate could not be verified (TLS); for a hoster with its own certificate "
           "authority, give its certificate with --ca-file",
    "insecure": "plain http to another computer is refused: use https, or confirm it with --allow-plain-http",
    "auth": "wrong user name or password: the server refused them, and nothing more is sent with them until they "
            "change ('commons server edit {name} --password-stdin') or you test again ('commons server test {name}')",
    "forbidden": "this account has no write permission there",
    "not-found": "there is no such {what} at this address (create it: 'commons server test {name} --create')",
    "precondition": "it changed on the server meanwhile",
    "conflict": "the server refused: the folder above it does not exist",
    "too-large": "too large (for the server, or an answer over this program's limit)",
    "full": "the server has no space left",
    "server": "the server failed (HTTP {status})",
    "unexpected": "unexpected answer from the server (HTTP {status})",
    "bad-answer": "the server's answer was refused (not what this protocol answers, or of absurd size)",
    "bad-url": "not a usable http or https address (and it must not hold a password)",
    "redirect": "the server sends elsewhere (another server, or plain http): give the final address",
    "not-addressbook": "this address is a collection, but not an address book",
    "not-collection": "this address is a file, not a folder",
    "several": "this account has several address books: give the address of one of them",
    "mass-delete": "stopped before changing anything: this sync would delete {count} of the {present} files on the "
                   "server; if that is intended, run it again with --confirm-deletions",
    "no-profile": "this server has no export profile, so nothing may leave for it "
                  "('commons server edit {name} --profile PROFILE')",
    "not-available": "syncing this kind of server comes in a later version",
    "cancelled": "stopped before the end; the next sync resumes where it stopped",
    "damaged-content": "a document's content in the vault does not match its checksum: run 'commons check'",
}


def words(code: str, *, name: str = "", kind: str = "", status: int | None = None, **detail: Any) -> str:
    text = _WORDS.get(code, f"failed ({code})")
    return text.format(name=name or "NAME", what=FOLDER_WORDS.get(kind, "collection"), status=status or "?",
                       count=detail.get("count", "?"), present=detail.get("present", "?"))


def of(exc: DavError, *, name: str = "", kind: str = "") -> str:
    return words(exc.code, name=name, kind=kind, status=exc.status)
