"""The desktop's words for servers and sync: the codes of sync/errors.py (``Failure``) and of the sync jobs
(services/sync.py, the documents mirror) turned into sentences in the interface language.

Layers below pass codes and numbers; these are the only sentences the desktop shows for them (the CLI has its own,
naming its options, in cli/server_words.py). A code without words here is shown as "failed (code)", never dropped.
"""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

CONTEXT = "ServerWords"

KINDS = {
    "webdav": QT_TRANSLATE_NOOP("ServerWords", "Documents folder (WebDAV)"),
    "carddav": QT_TRANSLATE_NOOP("ServerWords", "Address book (CardDAV)"),
    "team": QT_TRANSLATE_NOOP("ServerWords", "Team folder (WebDAV)"),
}

# %1: the HTTP status where one is given; %2 and %3: a mass delete's numbers (files to delete, files there)
_WORDS = {
    "unreachable": QT_TRANSLATE_NOOP("ServerWords", "The server cannot be reached: check the address and the "
                                                    "network. Changes wait here and go out at the next sync that "
                                                    "reaches it."),
    "timeout": QT_TRANSLATE_NOOP("ServerWords", "The server did not answer in time. Changes wait here and go out at "
                                                "the next sync that reaches it."),
    "interrupted": QT_TRANSLATE_NOOP("ServerWords", "The connection broke before the server's answer was complete. "
                                                    "The next sync resumes where this one stopped."),
    "tls": QT_TRANSLATE_NOOP("ServerWords", "The server's certificate could not be verified (TLS). If your hoster "
                                            "uses its own certificate authority, give its certificate as the CA file "
                                            "(Edit)."),
    "insecure": QT_TRANSLATE_NOOP("ServerWords", "This address uses plain http to another computer: the password and "
                                                 "the data would travel unencrypted. Use https, or confirm plain http "
                                                 "for this address (Edit)."),
    "auth": QT_TRANSLATE_NOOP("ServerWords", "Wrong user name or password: the server refused them. Nothing more is "
                                             "sent with them until you change them (Edit) or test the connection "
                                             "again."),
    "forbidden": QT_TRANSLATE_NOOP("ServerWords", "This account may not write there: ask the server's administrator "
                                                  "for write permission."),
    "not-found:webdav": QT_TRANSLATE_NOOP("ServerWords", "There is no folder at this address on the server. Test the "
                                                         "connection to create it."),
    "not-found:team": QT_TRANSLATE_NOOP("ServerWords", "There is no folder at this address on the server. Test the "
                                                       "connection to create it."),
    "not-found:carddav": QT_TRANSLATE_NOOP("ServerWords", "There is no address book at this address on the server. "
                                                          "Test the connection to create it."),
    "precondition": QT_TRANSLATE_NOOP("ServerWords", "Someone changed it on the server meanwhile: it was left as they "
                                                     "made it."),
    "conflict": QT_TRANSLATE_NOOP("ServerWords", "The server refused: the folder above this address does not exist."),
    "too-large": QT_TRANSLATE_NOOP("ServerWords", "Too large: for the server, or an answer over this program's "
                                                  "limit."),
    "full": QT_TRANSLATE_NOOP("ServerWords", "The server has no space left."),
    "server": QT_TRANSLATE_NOOP("ServerWords", "The server failed (HTTP %1). Try again later."),
    "unexpected": QT_TRANSLATE_NOOP("ServerWords", "Unexpected answer from the server (HTTP %1)."),
    "bad-answer": QT_TRANSLATE_NOOP("ServerWords", "The server's answer was refused: it is not what this protocol "
                                                   "answers, or it is of absurd size."),
    "bad-url": QT_TRANSLATE_NOOP("ServerWords", "This is not a usable http or https address (and it must not hold a "
                                                "password)."),
    "redirect": QT_TRANSLATE_NOOP("ServerWords", "The server sends elsewhere (another server, or plain http): give "
                                                 "the final address."),
    "not-addressbook": QT_TRANSLATE_NOOP("ServerWords", "This address is a collection, but not an address book."),
    "not-collection": QT_TRANSLATE_NOOP("ServerWords", "This address is a file, not a folder."),
    "several": QT_TRANSLATE_NOOP("ServerWords", "This account has several address books: give the address of one "
                                                "of them."),
    "mass-delete": QT_TRANSLATE_NOOP("ServerWords", "Stopped before changing anything: this sync would delete %2 of "
                                                    "the %3 files on the server."),
    "no-profile": QT_TRANSLATE_NOOP("ServerWords", "This server has no export profile, so nothing may go there: "
                                                   "choose one (Edit)."),
    "not-available": QT_TRANSLATE_NOOP("ServerWords", "Syncing this kind of server comes in a later version."),
    "cancelled": QT_TRANSLATE_NOOP("ServerWords", "Stopped before the end; the next sync resumes where it stopped."),
    "damaged-content": QT_TRANSLATE_NOOP("ServerWords", "A document's content in the vault does not match its "
                                                        "checksum, so it was not sent: check the vault."),
    "KeyringLocked": QT_TRANSLATE_NOOP("ServerWords", "The keyring of this computer is locked: unlock it so that the "
                                                      "server's password can be read."),
    "KeyringUnavailable": QT_TRANSLATE_NOOP("ServerWords", "No secure keyring is available on this computer: the "
                                                           "server's password cannot be read."),
}
_FAILED = QT_TRANSLATE_NOOP("ServerWords", "Failed (%1).")
MASS_DELETE_UNCOUNTED = QT_TRANSLATE_NOOP("ServerWords", "Stopped before changing anything: this sync would delete "
                                                         "more than a fifth of the files on the server.")

# the codes that say the server was not reached: nothing is wrong with the vault or the profile, changes wait
OFFLINE_CODES = frozenset({"unreachable", "timeout", "interrupted"})
# codes that are not a failure of the server or of the sync: the kind's sync is not there yet, the user stopped it
NOT_FAILURES = frozenset({"not-available", "cancelled"})


def _t(text: str) -> str:
    return QCoreApplication.translate(CONTEXT, text)


def kind_name(kind: str) -> str:
    return _t(KINDS[kind]) if kind in KINDS else kind


def words(code: str, *, kind: str = "", status: int | None = None, count: int | None = None,
          present: int | None = None) -> str:
    """The sentence of an error code (a ``Failure``, or a sync job's code) for a server of ``kind``."""
    text = _WORDS.get(f"{code}:{kind}") or _WORDS.get(code)
    if text is None:
        if code == "not-found":
            text = _WORDS["not-found:webdav"]
        else:
            return _t(_FAILED).replace("%1", code)
    if code == "mass-delete" and (count is None or present is None):
        return _t(MASS_DELETE_UNCOUNTED)
    return (_t(text).replace("%1", str(status) if status else "?").replace("%2", str(count))
            .replace("%3", str(present)))



def of_outcome(outcome, kind: str) -> str:
    """The sentence of a sync outcome's error (services/sync.Outcome)."""
    detail = outcome.detail or {}
    return words(outcome.error, kind=kind, status=outcome.status, count=detail.get("count"),
                 present=detail.get("present"))


def of_server(server, detail: dict | None = None) -> str:
    """The sentence of a server's last error as the vault keeps it (a code and a status), '' when none.
    ``detail``: the numbers of the same error when this session saw it happen (a mass delete's)."""
    if not server.last_error:
        return ""
    detail = detail or {}
    return words(server.last_error, kind=server.kind, status=server.last_status, count=detail.get("count"),
                 present=detail.get("present"))


def of_error(exc: BaseException, kind: str = "") -> str:
    """The sentence of an exception a server job ended with: a server's failure, the keyring, else the usual."""
    from ...sync.errors import DavError
    from ..errors import describe

    if isinstance(exc, DavError):
        return words(exc.code, kind=kind, status=exc.status)
    if type(exc).__name__ in ("KeyringLocked", "KeyringUnavailable"):
        return words(type(exc).__name__)
    return describe(exc)


# -- "Test connection": what went right ------------------------------------------------------------------------
_TESTED = {
    ("webdav", False): QT_TRANSLATE_NOOP("ServerWords", "Connected: the folder is there and this account can write "
                                                        "in it."),
    ("webdav", True): QT_TRANSLATE_NOOP("ServerWords", "Connected: the folder was created, and this account can "
                                                       "write in it."),
    ("carddav", False): QT_TRANSLATE_NOOP("ServerWords", "Connected: the address book is there and this account can "
                                                         "write in it."),
    ("carddav", True): QT_TRANSLATE_NOOP("ServerWords", "Connected: the address book was created, and this account "
                                                        "can write in it."),
}
VCARD = QT_TRANSLATE_NOOP("ServerWords", "Cards will be written as vCard %1.")


def tested(report) -> str:
    """The sentence of a successful test (services/servers.TestReport)."""
    kind = "carddav" if report.kind == "carddav" else "webdav"
    text = _t(_TESTED[(kind, bool(report.created))])
    if report.vcard_version:
        text += " " + _t(VCARD).replace("%1", report.vcard_version)
    return text
