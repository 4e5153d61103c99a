"""server add|edit|list|test|remove: the group's servers (CardDAV address books, WebDAV folders, team folders).

Passwords and app tokens go to the OS keyring only: read from stdin (--password-stdin) or asked at a terminal,
never taken as an option (it would be in the shell's history and the process list).
"""

from __future__ import annotations

import sys
from collections.abc import Iterator
from contextlib import contextmanager

from ...core.errors import InvalidField, InvalidInput, ServerError, UsageError
from ...services import servers
from ...sync.errors import DavError
from ...vault.keyring_store import ServerSecrets
from ...vault.servers import KINDS, Server
from .. import prompts, server_words


def register(sub) -> None:
    group = sub.add_parser("server", help="the group's servers: add, edit, list, test, remove")
    actions = group.add_subparsers(dest="action", metavar="ACTION", required=True)

    p = actions.add_parser("add", help="add a server (its password goes to the OS keyring)")
    p.add_argument("name", metavar="NAME")
    p.add_argument("--kind", required=True, choices=KINDS, help="carddav: an address book; webdav: a folder for "
                   "documents; team: a folder carrying the team's changes")
    p.add_argument("--url", required=True, help="the address book's or the folder's address")
    p.add_argument("--user", default="", help="the account on the server")
    _common(p)
    p.set_defaults(func=run_add)

    p = actions.add_parser("edit", help="change a server (a new URL or account is a new target: it starts empty, "
                           "nothing is deleted on the old one)")
    p.add_argument("name", metavar="NAME")
    p.add_argument("--url", help="a new address")
    p.add_argument("--user", help="another account")
    _common(p)
    p.add_argument("--no-plain-http", action="store_true", help="withdraw the confirmation of plain http")
    p.set_defaults(func=run_edit)

    actions.add_parser("list", help="the servers, with their last success and last error").set_defaults(
        func=run_list)

    p = actions.add_parser("test", help="test the connection: reach, log in, find the collection, write permission")
    p.add_argument("name", metavar="NAME")
    p.add_argument("--create", action="store_true", help="create the address book or folder when it is missing")
    p.set_defaults(func=run_test)

    p = actions.add_parser("remove", help="forget a server and its password (nothing is deleted on the server)")
    p.add_argument("name", metavar="NAME")
    p.set_defaults(func=run_remove)


def _common(p) -> None:
    p.add_argument("--password-stdin", action="store_true", help="read the password or app token from stdin")
    p.add_argument("--profile", help="the export profile it carries (what may go there)")
    p.add_argument("--ca-file", metavar="F", help="the certificate of the hoster's own certificate authority (PEM)")
    p.add_argument("--allow-plain-http", action="store_true",
                   help="confirm plain http to another computer (passwords and data then travel unencrypted)")


@contextmanager
def _urls() -> Iterator[None]:
    try:
        yield
    except InvalidField as exc:
        if exc.field != "url":
            raise
        raise _url_words(exc) from None


def secrets_of(ctx) -> ServerSecrets:
    return ServerSecrets(ctx.session.keystore)


def read_password(args, *, asked: bool) -> str | None:
    """The password from stdin (--password-stdin), else asked at a terminal when ``asked``, else None."""
    if args.password_stdin:
        line = sys.stdin.readline()
        secret = line[:-1] if line.endswith("\n") else line
        secret = secret[:-1] if secret.endswith("\r") else secret
        if not secret:
            raise UsageError("--password-stdin: stdin gave no password")
        return secret
    if asked and prompts.interactive():
        return prompts.secret("Password or app token (empty: none): ") or None
    return None


def failed(exc: DavError, server: Server | None, name: str) -> ServerError:
    return ServerError(f"{name}: {server_words.of(exc, name=name, kind=server.kind if server else '')}")


def plain(server: Server) -> dict:
    return {"name": server.name, "kind": server.kind, "url": server.url, "user": server.account,
            "profile": server.profile, "ca_file": server.ca_file, "plain_http": server.plain_http,
            "last_success": server.last_success, "last_error": server.last_error,
            "auth_failed": server.auth_failed}


def _url_words(exc: InvalidField) -> InvalidInput:
    """A refused URL (a code from sync/http.check_url) in words."""
    return InvalidInput(f"invalid url: {server_words.words(exc.reason)}")


def run_add(ctx, args) -> None:
    password = read_password(args, asked=bool(args.user))
    with ctx.vault() as vault, _urls():
        server = servers.add(vault, secrets_of(ctx), args.name, args.kind, args.url, args.user, password=password,
                             profile=args.profile or "", ca_file=args.ca_file or "",
                             plain_http=args.allow_plain_http)
    ctx.out.result(plain(server), f"server {server.name!r} added ({server.kind}, {server.url})"
                   + ("; password kept in the OS keyring" if password else ""))


def run_edit(ctx, args) -> None:
    if args.allow_plain_http and args.no_plain_http:
        raise UsageError("choose one of --allow-plain-http and --no-plain-http")
    plain_http = True if args.allow_plain_http else False if args.no_plain_http else None
    password = read_password(args, asked=False)
    with ctx.vault() as vault, _urls():
        server, moved = servers.change(vault, secrets_of(ctx), args.name, url=args.url, user=args.user,
                                       password=password, profile=args.profile, ca_file=args.ca_file,
                                       plain_http=plain_http)
    lines = [f"server {server.name!r} changed"]
    if moved:
        lines.append("its new address or account is a new target: it starts empty (the first sync sends "
                     "everything again); nothing was deleted on the old one or in the vault")
    ctx.out.result({**plain(server), "new_target": moved}, lines)


def run_list(ctx, args) -> None:
    with ctx.vault() as vault:
        found = servers.list_all(vault)
    if ctx.out.json:
        ctx.out.data([plain(s) for s in found])
        return
    rows = [(s.name, s.kind, s.url, s.account, s.profile, s.last_success or "never",
             server_words.words(s.last_error, name=s.name, kind=s.kind, status=s.last_status)
             if s.last_error else "") for s in found]
    ctx.out.table(("name", "kind", "url", "user", "profile", "last success", "last error"), rows,
                  empty="no servers")


def run_test(ctx, args) -> None:
    with ctx.vault() as vault:
        server = servers.get(vault, args.name)
        try:
            report = servers.test(vault, secrets_of(ctx), server.name, create=args.create)
        except DavError as exc:
            raise failed(exc, server, server.name) from None
    what = server_words.FOLDER_WORDS.get(server.kind, "collection")
    lines = [f"{server.name}: connected; the {what} is there" + (" (created now)" if report.created else "")
             + "; this account may write there"]
    if report.vcard_version:
        lines.append(f"{server.name}: cards will be written as vCard {report.vcard_version}")
    ctx.out.result({"name": server.name, "ok": True, "created": report.created, "can_write": report.can_write,
                    "vcard_version": report.vcard_version, "requests": report.requests}, lines)


def run_remove(ctx, args) -> None:
    with ctx.vault() as vault:
        server = servers.remove(vault, secrets_of(ctx), args.name)
    ctx.out.result({"name": server.name, "removed": True},
                   f"server {server.name!r} removed (nothing was deleted on it)")
