"""team init | invite | join | status | name | remove | folder add | server add|list|remove: several laptops of one
collective (issue 12), replicated through folders and through the group's WebDAV hosters (issue 13).

``team server add NAME --url URL --user U [--password-stdin] [--ca-file F]`` (one per hoster) adds the same server
record as ``server add NAME --kind team``, tests it and creates its folder when missing. An invitation carries the
team servers' URLs and accounts, never a password: ``team join`` asks the password of each (at a terminal, or one
line each on stdin with --password-stdin, in the order the invitation names them) and reads the snapshot from
whichever transport answers.

Exit codes: 0 ok, 1 a team refusal (foreign or empty folder, not a team vault...), 2 usage, 3 a wrong passphrase,
4 an invitation that cannot be opened (nothing written), 5 a folder or server that cannot be reached.
"""

from __future__ import annotations

import sys
from pathlib import Path

from ...core.atomic import write_file
from ...core.errors import TeamError, UsageError
from ...services import devices, servers, team
from .. import errors, passphrase, prompts, server_words, team_words
from . import server as server_cmd

INVITATION_BYTES = 1024 * 1024


def register(sub) -> None:
    p = sub.add_parser("team", help="several laptops of one collective: init, invite, join, status, remove, folder")
    tsub = p.add_subparsers(dest="team_command", metavar="ACTION", required=True)

    q = tsub.add_parser("init", help="make this vault a team vault (a random team id and key, kept in the vault)")
    q.set_defaults(func=run_init)

    q = tsub.add_parser("invite", help="write an encrypted invitation for another laptop to join the team")
    q.add_argument("--to", required=True, metavar="FILE", help="where to write the invitation")
    how = q.add_mutually_exclusive_group(required=True)
    how.add_argument("--invite-passphrase-file", metavar="F", help="encrypt it with the passphrase in F")
    how.add_argument("--recipient", metavar="AGE_KEY", help="encrypt it to this age public key (age1...)")
    q.set_defaults(func=run_invite)

    q = tsub.add_parser("join", help="create the vault at --vault as a new device of the team an invitation names")
    q.add_argument("invitation", metavar="FILE")
    how = q.add_mutually_exclusive_group(required=True)
    how.add_argument("--invite-passphrase-file", metavar="F", help="the invitation's passphrase is in F")
    how.add_argument("--identity-file", metavar="F", help="the age identity (AGE-SECRET-KEY-1...) it was sent to")
    q.add_argument("--folder", action="append", default=[], metavar="PATH",
                   help="the team folder as it is on this computer (repeatable; default: the invitation's)")
    q.add_argument("--password-stdin", action="store_true",
                   help="read the password of each team server the invitation names from stdin, one line each, in "
                        "its order (else asked at a terminal)")
    q.add_argument("--ca-file", metavar="F", help="the certificate of the hosters' own certificate authority (PEM), "
                   "for the servers the invitation says need one")
    q.add_argument("--allow-plain-http", action="store_true",
                   help="confirm plain http to the invitation's servers that use it")
    q.set_defaults(func=run_join)

    q = tsub.add_parser("status", help="the team: devices, last seen, transports, changes not yet sent")
    q.set_defaults(func=run_status)

    q = tsub.add_parser("name", help="name this laptop as the other devices of the team list it (default: its host "
                                     "name)")
    q.add_argument("name", metavar="NAME")
    q.set_defaults(func=run_name)

    q = tsub.add_parser("remove", help="remove a device: a new team key for everything written from now on")
    q.add_argument("device", metavar="DEVICE", help="its id (or the start of it), as 'team status' shows")
    q.set_defaults(func=run_remove)

    q = tsub.add_parser("folder", help="team folders (a USB stick, a Syncthing or Nextcloud folder, a share)")
    fsub = q.add_subparsers(dest="folder_command", metavar="ACTION", required=True)
    r = fsub.add_parser("add", help="exchange with this folder at each 'commons sync' (repeatable)")
    r.add_argument("path", metavar="PATH")
    r.add_argument("--name", help="the name 'commons sync' shows (default: team-FOLDERNAME)")
    r.set_defaults(func=run_folder_add)

    q = tsub.add_parser("server", help="team servers: WebDAV folders of the group's hosters (one per hoster)")
    ssub = q.add_subparsers(dest="server_command", metavar="ACTION", required=True)
    r = ssub.add_parser("add", help="send the team's changes to this WebDAV folder too (repeatable: one per hoster); "
                        "its password goes to the OS keyring")
    r.add_argument("name", metavar="NAME")
    r.add_argument("--url", required=True, help="the folder's address (created when missing)")
    r.add_argument("--user", default="", help="the account on the server")
    r.add_argument("--password-stdin", action="store_true", help="read the password or app token from stdin")
    r.add_argument("--ca-file", metavar="F", help="the certificate of the hoster's own certificate authority (PEM)")
    r.add_argument("--allow-plain-http", action="store_true",
                   help="confirm plain http to another computer (passwords travel unencrypted; the team's files "
                        "are encrypted anyway)")
    r.add_argument("--no-check", action="store_true", help="add it without testing the connection now")
    r.set_defaults(func=run_server_add)
    ssub.add_parser("list", help="the team's servers and folders, with their last success and last error"
                    ).set_defaults(func=run_server_list)
    r = ssub.add_parser("remove", help="forget a team server or folder and its password (nothing is deleted there)")
    r.add_argument("name", metavar="NAME")
    r.set_defaults(func=run_server_remove)


def _fail(exc: TeamError) -> int:
    print(f"commons: error: {team_words.words(exc.code, **exc.params)}", file=sys.stderr)
    if exc.code == "unreadable-invitation":
        return errors.INVALID
    if exc.code == "folder-missing":
        return errors.SERVER
    return errors.ERROR


def run_init(ctx, args) -> int:
    try:
        with ctx.vault() as vault:
            made = team.init(vault)
    except TeamError as exc:
        return _fail(exc)
    ctx.out.result(made, [f"this vault is now a team vault (team {made['team'][:8]}, this device {made['device']})",
                          "next: 'commons team folder add PATH', then 'commons team invite --to FILE ...'"])
    return errors.OK


def run_invite(ctx, args) -> int:
    secret = passphrase.read_file(args.invite_passphrase_file) if args.invite_passphrase_file else None
    if secret is not None and not secret:
        raise UsageError("the invitation's passphrase must not be empty")
    try:
        with ctx.vault() as vault:
            data = team.invite(vault, passphrase=secret, recipient=args.recipient)
    except TeamError as exc:
        if exc.code == "bad-key":
            raise UsageError("--recipient is not an age public key (age1...)") from exc
        return _fail(exc)
    write_file(Path(args.to).expanduser(), data)
    ctx.out.result({"invitation": str(args.to)},
                   [f"invitation written to {args.to}",
                    "it holds the team's keys: give it only to the person joining, and delete it afterwards"])
    return errors.OK


def run_join(ctx, args) -> int:
    path = Path(args.invitation).expanduser()
    try:
        with open(path, "rb") as f:
            data = f.read(INVITATION_BYTES + 1)
    except OSError as exc:
        raise UsageError(f"cannot read the invitation {args.invitation}: {exc.strerror}") from exc
    if len(data) > INVITATION_BYTES:
        return _fail(TeamError("unreadable-invitation"))
    identity = None
    secret = None
    if args.identity_file:
        identity = next((ln.strip() for ln in passphrase.read_file(args.identity_file).splitlines()
                         if ln.strip().startswith("AGE-SECRET-KEY-")), "")
    else:
        secret = passphrase.read_file(args.invite_passphrase_file)
    try:  # opened before the new vault is created: a wrong passphrase writes nothing
        invited = team.check_invitation(data, passphrase=secret, identity=identity)
    except TeamError as exc:
        return _fail(exc)
    passwords = _server_passwords(invited, args.password_stdin)
    ca_file = servers.check_ca_file(args.ca_file or "")   # refused before the vault is made
    vault = ctx.create_vault()
    try:
        report = team.join(vault, data, passphrase=secret, identity=identity, folders=args.folder or None,
                           secrets=server_cmd.secrets_of(ctx), passwords=passwords, ca_file=ca_file,
                           plain_http=args.allow_plain_http)
    except TeamError as exc:
        vault.close()
        team.discard_new_vault(vault.path)
        return _fail(exc)
    except BaseException:
        vault.close()
        team.discard_new_vault(vault.path)
        raise
    vault.close()
    lines = [f"joined team {report['team'][:8]} as device {report['device']}"
             + (f" (caught up from a snapshot in {report['snapshot']})" if report["snapshot"] else "")]
    for name, code in report["not_read"].items():
        lines.append(f"{name}: not read for the snapshot: {team_words.words(code, name=name)}")
    failed = False
    for name, r in report["transports"].items():
        if r["error"] is None:
            lines.append(f"{name}: received {r['received']}, sent {r['sent']}")
        else:
            failed = True
            lines.append(f"{name}: {team_words.words(r['error'], name=name)} (the next 'commons sync' tries again)")
    ctx.out.result(report, lines)
    return errors.SERVER if failed and not report["snapshot"] and not any(
        r["error"] is None for r in report["transports"].values()) else errors.OK


def _server_passwords(invited: list[dict], from_stdin: bool) -> dict[str, str]:
    """The password of each team server the invitation names: one line each from stdin (in its order), else asked
    at a terminal; none when nobody can answer (the server is then tried without one)."""
    out: dict[str, str] = {}
    for item in invited:
        if from_stdin:
            line = sys.stdin.readline()
            secret = line[:-1] if line.endswith("\n") else line
            secret = secret[:-1] if secret.endswith("\r") else secret
        elif prompts.interactive():
            who = f"{item['user']} at " if item["user"] else ""
            secret = prompts.secret(f"Password of {who}{item['url']} ({item['name']}; empty: none): ")
        else:
            secret = ""
        if secret:
            out[item["name"]] = secret
    return out


def run_status(ctx, args) -> int:
    try:
        with ctx.vault(readonly=True) as vault:
            info = team.status(vault)
    except TeamError as exc:
        return _fail(exc)
    if ctx.out.json:
        ctx.out.data(info)
        return errors.OK
    ctx.out.fields([("team", info["team"]), ("this device", info["device"]), ("team keys", info["keys"])])
    ctx.out.table(("device", "name", "last seen", "last change", "state"),
                  [(d["device"] + (" (this one)" if d["this"] else ""), d["name"] or "-", d["last_seen"] or "-",
                    d["last_change"] or "-", "removed" if d["removed"] else "in the team") for d in info["devices"]])
    ctx.out.table(("transport", "where", "last success", "last error", "not yet sent"),
                  [(t["name"], t["path"], t["last_success"] or "-",
                    team_words.words(t["last_error"], name=t["name"]) if t["last_error"] else "-", t["pending"])
                   for t in info["transports"]], empty="(no folder: 'commons team folder add PATH' or "
                         "'commons team server add NAME --url URL --user USER')")
    return errors.OK


def run_name(ctx, args) -> int:
    try:
        with ctx.vault() as vault:
            team.status(vault)   # a team vault only ('not-team' otherwise)
            kept = devices.set_name(vault, args.name)
            me = devices.this_device(vault)
    except TeamError as exc:
        return _fail(exc)
    ctx.out.result({"device": me, "name": kept},
                   f"this device is now called {kept!r}: the others see it after its next 'commons sync'")
    return errors.OK


def run_remove(ctx, args) -> int:
    try:
        with ctx.vault() as vault:
            done = team.remove(vault, args.device)
    except TeamError as exc:
        return _fail(exc)
    ctx.out.result(done, [f"device {done['device']} removed: what the team writes from now on uses a new key it "
                          "does not have (sent to the other devices at the next 'commons sync')",
                          "what that device has already seen cannot be recalled: it keeps its copy of the vault"])
    return errors.OK


def run_folder_add(ctx, args) -> int:
    try:
        with ctx.vault() as vault:
            server = team.add_folder(vault, args.path, args.name)
    except TeamError as exc:
        return _fail(exc)
    ctx.out.result({"name": server.name, "url": server.url},
                   f"team folder {server.name} added: 'commons sync' exchanges with it")
    return errors.OK


def run_server_add(ctx, args) -> int:
    password = server_cmd.read_password(args, asked=bool(args.user))
    with ctx.vault() as vault, server_cmd._urls():
        server, failure = team.add_server(vault, server_cmd.secrets_of(ctx), args.name, args.url, args.user,
                                          password=password, ca_file=args.ca_file or "",
                                          plain_http=args.allow_plain_http, check=not args.no_check)
    if failure is not None:
        why = server_words.of(failure, name=server.name, kind="team")
        print(f"commons: error: team server {server.name!r} added, but {why} (each 'commons sync' tries it again)",
              file=sys.stderr)
        return errors.SERVER
    ctx.out.result(server_cmd.plain(server),
                   f"team server {server.name!r} added ({server.url}): 'commons sync' sends the team's changes there"
                   + ("; password kept in the OS keyring" if password else ""))
    return errors.OK


def run_server_list(ctx, args) -> int:
    with ctx.vault(readonly=True) as vault:
        found = team.transports(vault)
    if ctx.out.json:
        ctx.out.data([{**server_cmd.plain(s), "where": team.location(s), "folder": team.is_folder(s)} for s in found])
        return errors.OK
    ctx.out.table(("name", "where", "user", "last success", "last error"),
                  [(s.name, team.location(s), s.account, s.last_success or "never",
                    team_words.words(s.last_error, name=s.name, status=s.last_status) if s.last_error else "")
                   for s in found],
                  empty="no team server or folder ('commons team server add NAME --url URL --user USER')")
    return errors.OK


def run_server_remove(ctx, args) -> int:
    try:
        with ctx.vault() as vault:
            server = team.remove_server(vault, server_cmd.secrets_of(ctx), args.name)
    except TeamError as exc:
        return _fail(exc)
    ctx.out.result({"name": server.name, "removed": True},
                   f"team server {server.name!r} removed (nothing was deleted on it; the team's other servers and "
                   "folders still carry everything)")
    return errors.OK
