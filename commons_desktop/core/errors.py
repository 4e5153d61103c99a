"""Typed errors of the domain. They carry facts, never secrets; words are chosen at the edge (ui/, cli/)."""

from __future__ import annotations


class CommonsError(Exception):
    """Base of every error the application expects and reports to the user."""


class UsageError(CommonsError):
    """The command or call was malformed (CLI exit code 2)."""


class VaultError(CommonsError):
    """Something about the vault file itself."""


class VaultNotFound(VaultError):
    def __init__(self, path: str):
        super().__init__(f"no vault at {path}")
        self.path = path


class VaultExists(VaultError):
    def __init__(self, path: str):
        super().__init__(f"a file already exists at {path}")
        self.path = path


class WrongPassphrase(VaultError):
    def __init__(self) -> None:
        super().__init__("wrong passphrase (or not a Commons vault)")


class VaultLocked(VaultError):
    """The vault is busy (another process holds a write lock) or was locked by the app."""

    def __init__(self, reason: str = "the vault is locked by another program") -> None:
        super().__init__(reason)


class VaultInUse(VaultLocked):
    """Another program has the vault open, so it cannot be replaced, re-keyed or vacuumed now (CLI exit 3).
    ``holders``: what the lock file says of them (objects with program, pid, host); ``exclusive``: one of them
    is itself restoring, re-keying or erasing; ``this_process``: the holder is this very program."""

    def __init__(self, holders: list, *, exclusive: bool = False, this_process: bool = False) -> None:
        self.holders = list(holders)
        self.exclusive = exclusive
        self.this_process = this_process
        named = [h for h in self.holders if getattr(h, "pid", 0)]
        if this_process:
            text = "the vault is still open in this program"
        elif named:
            first = named[0]
            more = f" and {len(self.holders) - 1} other program(s)" if len(self.holders) > 1 else ""
            doing = "is busy with it (restore, passphrase change or erasure)" if exclusive else "has it open"
            text = f"{first.program} (pid {first.pid} on {first.host}){more} {doing}: close it there and try again"
        else:
            text = "another program has the vault open: close it there and try again"
        VaultError.__init__(self, text)


class VaultReplaced(VaultError):
    """The vault's file was replaced, moved or deleted since it was opened here: nothing more is written into
    the old one (every later save is refused); the vault must be opened again."""

    def __init__(self, path: str) -> None:
        super().__init__(f"the vault file {path} was replaced or moved since it was opened: nothing was saved; "
                         "open it again")
        self.path = path


class VaultDamaged(VaultError):
    def __init__(self, problems: list[str]):
        super().__init__("vault is damaged: " + "; ".join(problems[:5]))
        self.problems = problems


class NewerSchema(VaultError):
    def __init__(self, found: int, supported: int):
        super().__init__(f"this vault was written by a newer version (schema {found}, this program knows {supported})")
        self.found = found
        self.supported = supported


class KeyringError(CommonsError):
    """Base of keyring problems: never reported as a wrong passphrase."""


class KeyringUnavailable(KeyringError):
    def __init__(self, detail: str = "no secure keyring is available on this computer"):
        super().__init__(detail)


class KeyringLocked(KeyringError):
    def __init__(self) -> None:
        super().__init__("the keyring is locked: unlock your keyring and try again")


class NoPassphrase(CommonsError):
    """No passphrase source was available (no variable, no file, no terminal)."""

    def __init__(self, detail: str = "no passphrase given (set COMMONS_PASSPHRASE or use --passphrase-file)"):
        super().__init__(detail)


class InvalidInput(CommonsError):
    """Input data is not acceptable; nothing was written (CLI exit code 4)."""


class InvalidField(InvalidInput):
    def __init__(self, field: str, reason: str, value: str | None = None):
        shown = f" ({value!r})" if value is not None and len(value) <= 80 else ""
        super().__init__(f"invalid {field}{shown}: {reason}")
        self.field = field
        self.reason = reason


class MemberNumberTaken(InvalidInput):
    """A member number is unique among live people: another one (``holder``, an id) already has it."""

    def __init__(self, number: str, holder: str):
        super().__init__(f"member number {number!r} already belongs to person {holder}")
        self.number = number
        self.holder = holder


class DocumentTooLarge(InvalidInput):
    def __init__(self, size: int, limit: int):
        super().__init__(f"document is {size:,} bytes, over the vault's limit of {limit:,} bytes")
        self.size = size
        self.limit = limit


class NotFound(CommonsError):
    def __init__(self, kind: str, ident: str):
        super().__init__(f"no {kind} with id {ident}")
        self.kind = kind
        self.ident = ident


class AmbiguousTag(UsageError):
    """A tag given by name that is none of the tags as spelt, and that several tags match once accents and case are
    ignored: the user names one of them exactly (CLI exit code 2)."""

    def __init__(self, name: str, matches: list[str]):
        shown = ", ".join(repr(m) for m in matches[:10])
        super().__init__(f"tag {name!r} matches several tags ({shown}): give one of them as it is spelt")
        self.name = name
        self.matches = matches


class Conflict(CommonsError):
    """A write conflicts with the current state (e.g. duplicate unique name)."""


class Cancelled(CommonsError):
    def __init__(self) -> None:
        super().__init__("cancelled")


class ServerError(CommonsError):
    """A sync or network peer failed (CLI exit code 5)."""


class BadChange(InvalidInput):
    """A change (or snapshot item) received from another laptop that is not well formed: refused, nothing of its
    batch applied. ``code`` says what is wrong (``not-an-object``, ``unknown-key``, ``bad-hlc``, ``bad-device``,
    ``unknown-entity``, ``unknown-op``, ``bad-id``, ``unknown-field``, ``bad-value``, ``too-large``, ...); ``params``
    the facts that place it (the key or field name, never a record's value)."""

    def __init__(self, code: str, **params: object) -> None:
        shown = ", ".join(f"{k}={v}" for k, v in sorted(params.items()))
        super().__init__(f"bad change from another laptop: {code}" + (f" ({shown})" if shown else ""))
        self.code = code
        self.params = params


class MassDelete(CommonsError):
    """Changes from other laptops would delete or erase more than the allowed share of this vault's records: nothing
    was applied (the user confirms, then the sync is run again allowing it)."""

    def __init__(self, would_delete: int, total: int) -> None:
        super().__init__(f"the changes received would delete {would_delete} of the vault's {total} records")
        self.would_delete = would_delete
        self.total = total
