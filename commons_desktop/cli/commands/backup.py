"""backup --to DIR, restore FILE: rotating encrypted backups (same key as the vault) and putting one back."""

from __future__ import annotations

from ...core.errors import VaultNotFound
from ...services import maintenance
from .. import passphrase, prompts
from ..arguments import positive_int


def register(sub) -> None:
    p = sub.add_parser("backup", help="write an encrypted backup into DIR, keeping the newest N")
    p.add_argument("--to", required=True, metavar="DIR", help="backup folder")
    p.add_argument("--keep", type=positive_int, default=7, help="how many backups to keep in DIR (default 7)")
    p.set_defaults(func=run_backup)

    p = sub.add_parser("restore", help="replace the vault by a backup (the current vault is kept aside)",
                       epilog="The backup must open with the vault's passphrase. The vault being replaced is "
                       "first copied into <vault>.backups/. Refused (exit 3) while any program has the vault open.")
    p.add_argument("file", metavar="FILE", help="a .commons-backup file")
    p.add_argument("--yes", action="store_true", help="do not ask for confirmation")
    p.set_defaults(func=run_restore)


def run_backup(ctx, args) -> None:
    with ctx.vault() as vault:
        target, removed = maintenance.backup_to(vault, args.to, keep=args.keep)
    lines = [f"backup written to {target}"] + ([f"removed {len(removed)} older backup(s)"] if removed else [])
    ctx.out.result({"backup": str(target), "removed": [str(p) for p in removed]}, lines)


def run_restore(ctx, args) -> None:
    path = ctx.vault_path
    try:
        vault = ctx.open_vault(readonly=True)  # proves the key; closed before the vault is replaced
    except VaultNotFound:
        key = maintenance.backup_key(args.file, passphrase.given(args.passphrase_file) or passphrase.ask(args.file))
    else:
        key = vault.key
        vault.close()
    prompts.confirm(f"Replace {path} by the backup {args.file}?", assume_yes=args.yes)
    # refused (exit 3, naming the program) while the vault is open anywhere else
    kept = maintenance.restore(args.file, path, key, program=ctx.session.program)
    lines = [f"restored {args.file} into {path}"]
    if kept:
        lines.append(f"the vault it replaced is kept at {kept}")
    ctx.out.result({"path": str(path), "restored_from": str(args.file),
                    "replaced_kept_at": str(kept) if kept else None}, lines)
