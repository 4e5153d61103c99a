"""The SQLCipher connection of one vault: keying, pragmas, transactions, integrity, rekey.

A vault is keyed with the raw 256-bit key that SQLCipher 4 itself would derive from the passphrase
(PBKDF2-HMAC-SHA512, 256,000 iterations, the 16-byte salt at the head of the file). Deriving it
here lets us open further connections (workers, backups) without paying the KDF again, and lets the
OS keyring remember the key rather than the passphrase. The file stays openable by any SQLCipher 4
tool with the passphrase alone.

Opening never writes before the key is proven: the key is first tried on a read-only connection (which
never checkpoints the WAL into the file); only then is the vault opened for writing, or kept read-only for
commands that only look. A key SQLite refuses is told apart from a damaged file by reading the pages
directly (vault/filecheck.py). Every opener holds a share of the vault's lock file (vault/lockfile.py), and
a vault whose file was replaced or moved since it was opened refuses every later write (VaultReplaced).
"""

from __future__ import annotations

import os
import threading
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path

import sqlcipher3

from ..core.errors import (
    VaultDamaged,
    VaultError,
    VaultExists,
    VaultLocked,
    VaultNotFound,
    VaultReplaced,
    WrongPassphrase,
)
from ..core.hlc import HybridClock
from . import filecheck, lockfile
from .events import Pending, VaultEvents

KDF_ITERATIONS = 256_000
SALT_BYTES = 16
KEY_BYTES = 32
SUFFIX = ".commons"
BUSY_TIMEOUT = 10.0  # seconds to wait for another writer before reporting the vault as locked


def derive_key(passphrase: str, salt: bytes) -> bytes:
    """The key SQLCipher 4 derives from ``passphrase`` with its default settings."""
    import hashlib  # (here: opening with a remembered key needs no hashlib, which loads the system's OpenSSL, ~3 ms)

    return hashlib.pbkdf2_hmac("sha512", passphrase.encode("utf-8"), salt, KDF_ITERATIONS, KEY_BYTES)


class VaultKey:
    """A raw key plus the file's salt. ``hex`` is the form kept in the OS keyring. Never logged."""

    __slots__ = ("key", "salt")

    def __init__(self, key: bytes, salt: bytes):
        if len(key) != KEY_BYTES or len(salt) != SALT_BYTES:
            raise ValueError("malformed vault key")
        self.key = key
        self.salt = salt

    @classmethod
    def from_passphrase(cls, passphrase: str, salt: bytes) -> VaultKey:
        return cls(derive_key(passphrase, salt), salt)

    @classmethod
    def from_hex(cls, text: str) -> VaultKey:
        raw = bytes.fromhex(text.strip())
        return cls(raw[:KEY_BYTES], raw[KEY_BYTES:])

    @property
    def hex(self) -> str:
        return (self.key + self.salt).hex()

    def pragma_value(self) -> str:
        return f"\"x'{self.hex}'\""

    def __repr__(self) -> str:  # never show the key
        return "VaultKey(<hidden>)"


def read_salt(path: Path) -> bytes:
    """The salt at the head of the vault file. An empty or too short file is damage, not a wrong passphrase."""
    try:
        with open(path, "rb") as fh:
            salt = fh.read(SALT_BYTES)
    except FileNotFoundError:
        raise VaultNotFound(str(path)) from None
    except IsADirectoryError:
        raise VaultNotFound(str(path)) from None
    damage = filecheck.empty_or_short(path)
    if damage:
        raise VaultDamaged(damage)
    return salt


def _uri(path: Path) -> str:
    quoted = str(path.absolute()).replace("%", "%25").replace("?", "%3f").replace("#", "%23")
    return f"file:{quoted}?mode=ro"


def _connect(path: Path, key: VaultKey, *, readonly: bool = False) -> sqlcipher3.Connection:
    if readonly:  # SQLite then never writes the file nor checkpoints its WAL (it may refresh the -shm index)
        conn = sqlcipher3.connect(_uri(path), uri=True, isolation_level=None, check_same_thread=False,
                                  timeout=BUSY_TIMEOUT)
    else:
        conn = sqlcipher3.connect(str(path), isolation_level=None, check_same_thread=False, timeout=BUSY_TIMEOUT)
    conn.execute("PRAGMA cipher_log_level = NONE")
    conn.execute(f"PRAGMA key = {key.pragma_value()}")
    return conn


def _verify_key(conn: sqlcipher3.Connection, path: Path | None = None, key: VaultKey | None = None) -> None:
    """Read through ``conn`` (a fresh connection): raise WrongPassphrase, VaultDamaged (the key is right: some
    page verifies under it) or VaultLocked; the connection is closed on failure."""
    try:
        conn.execute("SELECT count(*) FROM sqlite_master").fetchone()
    except sqlcipher3.DatabaseError as exc:
        conn.close()
        msg = str(exc).lower()
        if "locked" in msg or "busy" in msg:
            raise VaultLocked() from None
        damage = filecheck.diagnose(path, key.key, key.salt) if path is not None and key is not None else None
        if damage:
            raise VaultDamaged(damage) from None
        raise WrongPassphrase() from None


def _identity(path: Path) -> tuple[int, int] | None:
    """Which file is at ``path`` (device, inode; volume serial and file index on Windows)."""
    try:
        st = os.stat(path)
    except OSError:
        return None
    return (st.st_dev, st.st_ino)


def _side(path: Path, suffix: str) -> Path:
    return path.with_name(path.name + suffix)


def _set_aside_stale_wal(path: Path) -> Path | None:
    """Move the WAL of a vault file that was replaced under us into ``<vault>.backups/`` (kept, never deleted: it
    belongs to the replaced file) and drop its index (-shm), so that the file now at the path opens as it is.
    Returns where the WAL went (None when it could not be moved: the file then still says it is damaged)."""
    from .backup import backup_dir_beside

    wal = _side(path, "-wal")
    folder = backup_dir_beside(path)
    stamp = time.strftime("%Y%m%d-%H%M%S")
    try:
        folder.mkdir(mode=0o700, parents=True, exist_ok=True)
        for n in range(1000):
            target = folder / f"{path.stem}-replaced-{stamp}{f'-{n}' if n else ''}.commons-wal"
            try:
                os.link(wal, target)  # never over another file
            except FileExistsError:
                continue
            break
        else:
            return None
        wal.unlink()
        _side(path, "-shm").unlink(missing_ok=True)
    except OSError:
        return None
    return target


CACHE_KIB = 32_000  # the page cache of a connection (decrypted pages)
BULK_CACHE_KIB = 131_072  # during a bulk job that writes indexes in random order (vault.bulk_cache())


def _configure(conn: sqlcipher3.Connection) -> None:
    conn.execute("PRAGMA foreign_keys = ON")
    conn.execute("PRAGMA temp_store = MEMORY")  # no temp files, even encrypted ones
    conn.execute("PRAGMA secure_delete = ON")  # erased rows are zeroed, not left in free pages
    mode = conn.execute("PRAGMA journal_mode = WAL").fetchone()[0]
    if str(mode).lower() != "wal":
        raise VaultError(f"cannot switch the vault to WAL journal (got {mode})")
    conn.execute("PRAGMA synchronous = FULL")
    conn.execute(f"PRAGMA cache_size = {-CACHE_KIB:d}")


def _configure_reader(conn: sqlcipher3.Connection) -> None:
    """A read-only connection: no temporary files, and the page cache of the others (a job reading every membership
    of 100,000 people with SQLite's default 2 MB decrypts pages again: a fifth more CPU)."""
    conn.execute("PRAGMA temp_store = MEMORY")
    conn.execute(f"PRAGMA cache_size = {-CACHE_KIB:d}")


class Vault:
    """An open vault. Repositories take it; only vault/ touches ``conn`` directly."""

    def __init__(self, path: Path, conn: sqlcipher3.Connection, key: VaultKey, *, device: str, author: str,
                 clock: Callable[[], float] = time.time, readonly: bool = False,
                 share: lockfile.Share | None = None, identity: tuple[int, int] | None = None,
                 install: str | None = None):
        self.path = path
        # which installation of the program opened it (services/session.py: one id per computer and account); None:
        # not said (tests, tools): the device id is then neither bound nor checked (vault/replication.py bind_device)
        self.install = install
        self.conn = conn
        self.key = key
        self.device = device
        self.author = author
        self.clock = clock
        self.readonly = readonly
        self.share = share or lockfile.Share(None)
        self.identity = identity if identity is not None else _identity(path)
        self.replaced = False
        # the WAL seen beside the file while it was still ours: after a replacement, the one to set aside
        self.wal_seen = None if readonly else _identity(_side(path, "-wal"))
        self.lock = threading.RLock()
        self._depth = 0
        self.events = VaultEvents()  # "vault changed", after each commit that wrote changes (vault/events.py)
        self.pending: Pending | None = None  # what the open transaction changed (kept by vault/changelog.py)
        self._after: list[Callable[[], None]] = []  # to run once the outermost transaction has committed
        last = None
        try:
            row = conn.execute("SELECT max(hlc) FROM change_log").fetchone()
            last = row[0] if row else None
        except sqlcipher3.OperationalError:
            pass  # not migrated yet
        self.hlc = HybridClock(clock, last)
        try:  # a vault that replicates is a device of its own (vault/replication.py): its changes carry its id
            row = conn.execute("SELECT value FROM meta WHERE key = 'device_id'").fetchone()
            if row:
                self.device = row[0]
        except sqlcipher3.OperationalError:
            pass  # a new file: no meta table yet

    # -- opening -----------------------------------------------------------------------------------
    @classmethod
    def create(cls, path: str | os.PathLike, passphrase: str, *, name: str = "", device: str = "device",
               author: str = "", clock: Callable[[], float] = time.time, install: str | None = None) -> Vault:
        from .migrations import migrate

        p = Path(path)
        if p.exists():
            raise VaultExists(str(p))
        if not passphrase:
            raise VaultError("a passphrase is required")
        p.parent.mkdir(parents=True, exist_ok=True)
        key = VaultKey.from_passphrase(passphrase, os.urandom(SALT_BYTES))
        # owner-only from the first byte (SQLite gives the -wal and -shm files the same mode): an encrypted
        # file still should not be copyable by other accounts for offline passphrase guessing
        os.close(os.open(p, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600))
        share = lockfile.share(p)
        try:
            conn = _connect(p, key)
            _configure(conn)
        except BaseException:
            share.release()
            raise
        vault = cls(p, conn, key, device=device, author=author, clock=clock, share=share, install=install)
        migrate(vault, backup=False)
        vault.set_meta("name", name or p.stem)
        vault.set_meta("created", vault.hlc.now())
        from ..core.ids import uuid7
        vault.set_meta("vault_id", uuid7())
        return vault

    @classmethod
    def open(cls, path: str | os.PathLike, *, passphrase: str | None = None, key: VaultKey | str | None = None,
             device: str = "device", author: str = "", clock: Callable[[], float] = time.time,
             migrate_schema: bool = True, readonly: bool = False, program: str | None = None,
             install: str | None = None) -> Vault:
        """Open with a passphrase (KDF, ~150 ms) or a raw key (hex or VaultKey, ~0.1 ms).

        Nothing is written before the key is proven on a read-only connection: a wrong key raises
        WrongPassphrase, a damaged file VaultDamaged, and the files are left as they were. ``readonly``
        keeps that read-only connection (no migration, no checkpoint on close): for commands that only look.
        ``program`` names this opener in the lock file (for another program's "in use by" message).
        ``install`` is this installation's id: a team vault that another installation made its device (a copy of
        the file) takes a device id of its own before it writes anything (vault/replication.py bind_device).
        """
        p = Path(path)
        if not p.is_file():
            raise VaultNotFound(str(p))
        share = lockfile.share(p, program, required=not readonly)
        try:
            return cls._open(p, passphrase, key, device, author, clock, migrate_schema, readonly, share, install)
        except BaseException:
            share.release()
            raise

    @classmethod
    def _open(cls, p: Path, passphrase: str | None, key: VaultKey | str | None, device: str, author: str,
              clock: Callable[[], float], migrate_schema: bool, readonly: bool, share: lockfile.Share,
              install: str | None = None) -> Vault:
        from .migrations import migrate

        identity = _identity(p)
        salt = read_salt(p)
        if key is None:
            if passphrase is None:
                raise WrongPassphrase()
            vkey = VaultKey.from_passphrase(passphrase, salt)
        else:
            vkey = VaultKey.from_hex(key) if isinstance(key, str) else key
            if vkey.salt != salt:
                damage = filecheck.diagnose(p, vkey.key, vkey.salt)  # the salt itself may be what was damaged
                if damage:
                    raise VaultDamaged(damage)
                raise WrongPassphrase()
        probe = _connect(p, vkey, readonly=True)
        _verify_key(probe, p, vkey)
        # a file cut short is damage, whatever is read; a WAL hiding commits matters to a writer (its checkpoint
        # would drop them): a reader sees what SQLite sees, and `check` says the rest
        # (a WAL another running program is writing is read only by `check`: a snapshot of it could look torn)
        live = bool(lockfile.others(p))
        damage = filecheck.precheck(p, vkey.key, vkey.salt, log=not readonly and not live, live=live)
        if damage:
            probe.close()
            raise VaultDamaged(damage)
        if readonly:
            _configure_reader(probe)
            return cls(p, probe, vkey, device=device, author=author, clock=clock, readonly=True, share=share,
                       identity=identity, install=install)
        probe.close()
        vault = cls._writable(p, vkey, device, author, clock, share, identity, install)
        try:
            if migrate_schema:
                migrate(vault, backup=True)
                if install is not None:
                    from .replication import bind_device
                    bind_device(vault)
        except BaseException:
            vault.close()
            raise
        return vault

    @classmethod
    def _writable(cls, p: Path, vkey: VaultKey, device: str, author: str, clock: Callable[[], float],
                  share: lockfile.Share, identity: tuple[int, int] | None, install: str | None = None) -> Vault:
        conn = _connect(p, vkey)
        try:
            _verify_key(conn)
            _configure(conn)
        except sqlcipher3.OperationalError as exc:
            conn.close()
            if "locked" in str(exc).lower():
                raise VaultLocked() from None
            raise
        if _identity(p) != identity:  # replaced between the check and the connection
            conn.close()
            raise VaultReplaced(str(p))
        return cls(p, conn, vkey, device=device, author=author, clock=clock, share=share, identity=identity,
                   install=install)

    def reopen(self, readonly: bool = False) -> Vault:
        """A second connection to the same vault file (for a worker thread), without the KDF, sharing this one's
        clock and "vault changed" listeners. Refused (VaultReplaced) when another file now stands at the vault's
        path. ``readonly`` (always so for a read-only vault): for a job that only reads, which then writes nothing,
        not even a checkpoint of the WAL when it closes."""
        self.check_file()
        readonly = readonly or self.readonly
        share = lockfile.share(self.path, required=not readonly)
        try:
            if readonly:
                conn = _connect(self.path, self.key, readonly=True)
                _verify_key(conn)
                _configure_reader(conn)
                vault = Vault(self.path, conn, self.key, device=self.device, author=self.author, clock=self.clock,
                              readonly=True, share=share, identity=self.identity, install=self.install)
            else:
                vault = Vault._writable(self.path, self.key, self.device, self.author, self.clock, share,
                                        self.identity, self.install)
        except BaseException:
            share.release()
            raise
        vault.events, vault.hlc = self.events, self.hlc  # one set of listeners, one clock for the vault
        return vault

    def check_file(self) -> None:
        """Raise VaultReplaced if the file at the vault's path is no longer the one opened (restored, copied
        over, moved, deleted): from then on every write is refused, so no save goes into a file nobody reads."""
        if not self.replaced:
            if _identity(self.path) != self.identity:
                self.replaced = True
            elif not self.readonly:
                self.wal_seen = _identity(_side(self.path, "-wal"))
        if self.replaced:
            raise VaultReplaced(str(self.path))

    def exclusive(self):
        """A context in which this is the only program with the vault open (restore, passphrase change,
        erasure): VaultInUse, naming the others, when it is not."""
        return lockfile.exclusive(self.path, own=self.share)

    def close(self) -> None:
        if self.conn is not None:
            ours = not self.readonly and not self.replaced and _identity(self.path) == self.identity
            if ours:
                try:
                    self.conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
                except sqlcipher3.Error:
                    pass
            # replaced: the WAL beside the path is still the replaced file's (its frames verify under the same key
            # when the new file is a copy or backup of this vault): SQLite would replay it onto the new file
            stale = not self.readonly and not ours and self.wal_seen is not None \
                and _identity(_side(self.path, "-wal")) == self.wal_seen
            self.conn.close()
            self.conn = None  # type: ignore[assignment]
            if stale and not lockfile.others(self.path):
                _set_aside_stale_wal(self.path)
        self.share.release()

    def __enter__(self) -> Vault:
        return self

    def __exit__(self, *exc) -> None:
        self.close()

    @contextmanager
    def bulk_cache(self) -> Iterator[None]:
        """A larger page cache while a bulk job runs (the demo federation: 1.1 million rows whose indexes grow in
        random order; with the usual cache the pages it keeps coming back to are written out and decrypted again).
        The 100,000-person demo, A/B alternating on a loaded machine: 33.9 and 34.8 s of CPU against 37.1 and 42.1 s.
        Back to the usual size afterwards."""
        self.conn.execute(f"PRAGMA cache_size = {-BULK_CACHE_KIB:d}")
        try:
            yield
        finally:
            self.conn.execute(f"PRAGMA cache_size = {-CACHE_KIB:d}")

    # -- transactions --------------------------------------------------------------------------------
    @contextmanager
    def transaction(self) -> Iterator[sqlcipher3.Connection]:
        """One write transaction; nested calls join the outer one. Any exception rolls it all back."""
        with self.lock:
            if self._depth:
                self._depth += 1
                try:
                    yield self.conn
                finally:
                    self._depth -= 1
                return
            if not self.readonly:
                self.check_file()
            try:
                self.conn.execute("BEGIN" if self.readonly else "BEGIN IMMEDIATE")
            except sqlcipher3.OperationalError as exc:
                if "locked" in str(exc).lower() or "busy" in str(exc).lower():
                    raise VaultLocked() from None
                raise
            except BaseException:  # a Ctrl+C handled the moment BEGIN returned: no transaction is left open
                if self.conn.in_transaction:
                    self.conn.execute("ROLLBACK")
                raise
            self._depth = 1
            try:
                yield self.conn
                if not self.readonly:
                    self.check_file()  # replaced while the transaction ran: it is not committed into the old file
            except BaseException:
                self._depth = 0
                self.pending = None
                self._after = []
                self.conn.execute("ROLLBACK")
                raise
            else:
                self._depth = 0
                try:
                    self.conn.execute("COMMIT")
                except BaseException:
                    self.pending = None
                    self._after = []
                    raise
                done, self.pending = self.pending, None
                after, self._after = self._after, []
                try:
                    for step in after:
                        step()
                finally:
                    if done is not None:  # (committed: said even when a step after it failed)
                        self.events.publish(done.event())

    def after_commit(self, step: Callable[[], None]) -> None:
        """Run ``step`` once the outermost transaction open now has committed (never if it rolls back): what cannot
        run inside a transaction, such as the VACUUM that follows a received erasure (vault/replication.py)."""
        if not self._depth:
            raise VaultError("after_commit outside a transaction")
        self._after.append(step)

    # -- settings --------------------------------------------------------------------------------------
    def get_meta(self, key: str, default: str | None = None) -> str | None:
        row = self.conn.execute("SELECT value FROM meta WHERE key = ?", (key,)).fetchone()
        return row[0] if row else default

    def set_meta(self, key: str, value: str) -> None:
        with self.transaction() as c:
            c.execute("INSERT INTO meta(key, value) VALUES(?, ?) ON CONFLICT(key) DO UPDATE SET value = excluded.value",
                      (key, value))

    @property
    def schema_version(self) -> int:
        return self.conn.execute("PRAGMA user_version").fetchone()[0]
