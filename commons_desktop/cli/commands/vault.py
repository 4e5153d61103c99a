"""init, info, check, passwd: the vault file itself."""

from __future__ import annotations

from ...services import maintenance
from .. import passphrase


def register(sub) -> None:
    p = sub.add_parser("init", help="create a new, empty vault at --vault")
    p.add_argument("--name", default="", help="name of the collective (default: the file name)")
    p.set_defaults(func=run_init)

    p = sub.add_parser("info", help="what the vault holds: name, schema version, counts per kind of record")
    p.set_defaults(func=run_info)

    p = sub.add_parser("check", help="check the vault's integrity (every page's HMAC, the WAL's frames, the database, "
                       "the schema) without changing anything; exit 1 on damage")
    p.set_defaults(func=run_check)

    p = sub.add_parser("passwd", help="change the vault's passphrase (an encrypted backup is taken first)")
    p.add_argument("--new-passphrase-file", metavar="FILE",
                   help="read the new passphrase from FILE (else $COMMONS_NEW_PASSPHRASE, else asked twice)")
    p.set_defaults(func=run_passwd)


def run_init(ctx, args) -> None:
    vault = ctx.create_vault(args.name)
    try:
        info = maintenance.vault_info(vault)
    finally:
        vault.close()
    ctx.out.result(info, f"created vault {info['name']!r} at {vault.path}")


def run_info(ctx, args) -> None:
    with ctx.vault(readonly=True, upgrade=False) as vault:
        info = maintenance.vault_info(vault)
    if ctx.out.json:
        ctx.out.data(info)
        return
    ctx.out.fields([("name", info["name"]), ("path", info["path"]), ("schema", info["schema_version"]),
                    ("created", info["created"]), ("size", f"{info['size_bytes']:,} bytes")])
    ctx.out.table(("records", "count"), [(k.replace("_", " "), f"{v:,}") for k, v in info["counts"].items()])


def run_check(ctx, args) -> int:
    """Read-only: nothing is written, the WAL is not checkpointed (what is found stays there to be seen)."""
    path = ctx.vault_path
    found = maintenance.check_vault_file(lambda: ctx.open_vault(readonly=True), path, ctx.attempted_key)
    lines = [line for problem in found.problems for line in problem.splitlines() if line.strip()]
    notes = [line for note in found.notes for line in note.splitlines() if line.strip()]
    said = ([f"the vault is damaged ({len(found.problems)} problem(s)):", *lines] if lines else ["ok"])
    ctx.out.result({"path": str(path), "ok": not lines, "problems": lines, "notes": notes},
                   said + [f"note: {n}" for n in notes])
    return 1 if lines else 0


def run_passwd(ctx, args) -> None:
    with ctx.vault() as vault:  # the current passphrase first, then the new one
        new = passphrase.new_for_change(args.new_passphrase_file)
        remembered = ctx.opened_from_keyring or ctx.is_remembered()
        backup = maintenance.change_passphrase(vault, new)
        updated = ctx.remember(vault) if remembered else False
    lines = ["passphrase changed", f"the vault as it was before the change is kept (encrypted) at {backup}"]
    if updated:
        lines.append("the key remembered in the keyring was updated")
    ctx.out.result({"path": str(vault.path), "backup": str(backup), "keyring_updated": updated}, lines)
