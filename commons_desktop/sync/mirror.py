"""Documents mirrored to a WebDAV folder as readable files, one way (vault -> server), incrementally.

What is wanted there comes from the caller (services/sync_documents.py: the documents the server's profile
selects, each with its file name, SHA-256 and a way to read its content from the vault). What was sent is in the
target's state (vault/sync_state.py): path, key, ETag and SHA-256 confirmed, and a write sent but not confirmed.

- Only what changed is sent: a file whose ETag is the one recorded holds what the state says; its content is only
  fetched and hashed when the ETag moved, is absent, or a write's answer was never seen — so a PUT whose answer
  was lost is recognised on the server and never sent twice, and a server rewriting ETags costs a GET, not a PUT.
- Every overwrite and every delete is conditional (``If-Match`` on the ETag last seen; a creation is
  ``If-None-Match: *``). A resource known only by a weak or no ETag is checked by its content just before.
  Content this vault did not write is never overwritten or deleted: it is a conflict, left on the server and
  counted, unless the caller asks to overwrite conflicts.
- Files of the folder that this target never wrote are never touched (the group's other tools keep theirs there).
- Mass-delete fail-safe: a run that would delete more than 20% of the files there stops before writing anything
  (``MassDelete``) unless the deletions were confirmed.
- Each step's outcome is written to the state at once: killed at any point, the next run finishes the work.
"""

from __future__ import annotations

import hashlib
from collections.abc import Callable
from dataclasses import dataclass

from ..core.errors import CommonsError
from ..vault import sync_state
from ..vault.connection import Vault
from ..vault.sync_state import Item
from .errors import DavError, Failure
from .etags import usable_for_if_match
from .jobs import Counts, Progress, Stop
from .webdav import Resource, WebDav, as_folder, child_path

MASS_DELETE_SHARE = 0.20


@dataclass(frozen=True)
class Outgoing:
    """A document to keep on the server: its key (the document's id), its file name there (one path segment), the
    SHA-256 and size of its current content, and how to read that content (from the vault, into memory)."""
    key: str
    name: str
    sha256: str
    size: int
    media_type: str
    content: Callable[[], bytes]


class MassDelete(CommonsError):
    """The run would delete ``count`` of the ``present`` files on the server: it stopped before any change."""

    def __init__(self, count: int, present: int):
        super().__init__(f"mass-delete ({count} of {present})")
        self.count = count
        self.present = present
        self.code = "mass-delete"


class DamagedContent(CommonsError):
    """A document's content in the vault no longer matches its SHA-256: it is not sent."""

    def __init__(self, key: str):
        super().__init__(f"damaged-content ({key})")
        self.key = key
        self.code = "damaged-content"


@dataclass
class _Known:
    """What the server holds at a path, as this run established it."""
    sha256: str | None      # None: nothing there
    etag: str | None
    ours: bool              # this vault wrote it (or the same content)


class DocumentMirror:
    def __init__(self, vault: Vault, target_id: str, dav: WebDav, *, max_bytes: int,
                 confirm_deletions: bool = False, overwrite_conflicts: bool = False,
                 progress: Progress | None = None, stop: Stop | None = None, counts: Counts | None = None):
        self.vault = vault
        self.target = target_id
        self.dav = dav
        self.folder = as_folder(dav.root)
        self.max_bytes = max_bytes
        self.confirm_deletions = confirm_deletions
        self.overwrite_conflicts = overwrite_conflicts
        self.progress = progress or (lambda done, total, label: None)
        self.stop = stop or (lambda: None)
        self.counts = counts if counts is not None else Counts()

    def path_of(self, name: str) -> str:
        if not name or "/" in name or name in (".", ".."):
            raise ValueError(f"not a file name: {name!r}")
        return child_path(self.folder, name)

    def run(self, wanted: list[Outgoing], before_sending: Callable[[list[Outgoing]], None]) -> Counts:
        """Make the folder hold ``wanted``; ``before_sending`` gets the documents about to leave, before the first
        byte of them does (the disclosure log)."""
        desired: dict[str, Outgoing] = {}
        for o in wanted:
            path = self.path_of(o.name)
            if path in desired:
                raise ValueError(f"two documents named {o.name!r}")
            desired[path] = o
        files = {p: r for p, r in self.dav.listing(self.folder).items() if not r.collection}
        state = sync_state.items(self.vault, self.target)
        known = {path: self._establish(path, state.get(path), files.get(path), desired.get(path))
                 for path in sorted(set(desired) | set(state))}
        puts, deletes = self._plan(desired, state, known)
        wanted_keys = {o.key for o in desired.values()}
        removals = [p for p in deletes if state[p].key not in wanted_keys]  # not a rename
        if removals and len(removals) > MASS_DELETE_SHARE * len(files) and not self.confirm_deletions:
            raise MassDelete(len(removals), len(files))
        total = len(puts) + len(deletes)
        done = 0
        self.progress(done, total, "sending")
        if puts:
            before_sending([desired[p] for p in puts])
        for path in puts:
            self.stop()
            self._put(path, desired[path], known[path])
            done += 1
            self.progress(done, total, "sending")
        for path in deletes:
            self.stop()
            self._delete(path, known[path])
            done += 1
            self.progress(done, total, "deleting")
        return self.counts

    # -- what is there ------------------------------------------------------------------------------------------
    def _establish(self, path: str, item: Item | None, res: Resource | None, want: Outgoing | None) -> _Known:
        if res is None:  # nothing there (never sent, or deleted on the server): created if wanted, else forgotten
            return _Known(None, None, True)
        if item is not None and item.etag is not None and res.etag == item.etag and not item.pending \
                and not item.conflict and item.sha256:
            unchanged = want is not None and want.sha256 == item.sha256
            if unchanged or usable_for_if_match(item.etag):
                return _Known(item.sha256, item.etag, True)
            # a weak ETag cannot guard the write about to be made (If-Match never matches it): look first
        # the ETag moved, is absent or weak, a write's answer was never seen, or this vault never wrote here: look
        answer = self.dav.get(path, max_bytes=self.max_bytes)
        sha = hashlib.sha256(answer.body).hexdigest()
        etag = answer.etag or res.etag
        ours = {item.sha256, item.pending} if item is not None else set()
        if want is not None:
            ours.add(want.sha256)
        ours.discard(None)
        ours.discard("")
        if sha in ours:
            key = want.key if want is not None else item.key  # type: ignore[union-attr]
            sync_state.confirmed(self.vault, self.target, path, key, etag, sha)
            return _Known(sha, etag, True)
        if item is not None and want is not None and item.pending == want.sha256 and len(answer.body) < want.size:
            # a write of ours cut short (killed mid-upload) that the server kept in part: what is there is the
            # start of what we sent, and is replaced (over its ETag) by the whole
            content = want.content()
            if content.startswith(answer.body):
                return _Known(sha, etag, True)
        return _Known(sha, etag, False)

    def _plan(self, desired: dict[str, Outgoing], state: dict[str, Item], known: dict[str, _Known]
              ) -> tuple[list[str], list[str]]:
        puts, deletes = [], []
        for path, k in known.items():
            want = desired.get(path)
            if want is not None:
                if k.sha256 == want.sha256 and k.ours:
                    continue
                if not k.ours and not self.overwrite_conflicts:
                    self._conflict(path, want.key)
                    continue
                puts.append(path)
            else:
                if k.sha256 is None:
                    sync_state.forget(self.vault, self.target, path)  # already gone from the server
                elif not k.ours:
                    # someone else's content now: not ours to delete; this vault stops tracking it
                    sync_state.forget(self.vault, self.target, path)
                    self.counts.conflicts += 1
                else:
                    deletes.append(path)
        return puts, deletes

    def _conflict(self, path: str, key: str) -> None:
        sync_state.conflict(self.vault, self.target, path, key)
        self.counts.conflicts += 1

    # -- writing ------------------------------------------------------------------------------------------------
    def _put(self, path: str, o: Outgoing, k: _Known) -> None:
        body = o.content()
        if hashlib.sha256(body).hexdigest() != o.sha256:
            raise DamagedContent(o.key)
        sync_state.pending(self.vault, self.target, path, o.key, o.sha256)
        try:
            if k.sha256 is None:
                etag = self.dav.put(path, body, content_type=o.media_type, create=True)
            elif usable_for_if_match(k.etag):
                etag = self.dav.put(path, body, content_type=o.media_type, if_match=k.etag)
            else:  # weak or no ETag: its content was fetched and compared just now (_establish)
                etag = self.dav.put_checked(path, body, content_type=o.media_type)
        except DavError as exc:
            if exc.failure is Failure.PRECONDITION:  # changed on the server meanwhile: not overwritten
                self._conflict(path, o.key)
                return
            raise
        if etag is None:
            res = self.dav.stat(path)
            etag = res.etag if res else None
        sync_state.confirmed(self.vault, self.target, path, o.key, etag, o.sha256)
        self.counts.sent += 1

    def _delete(self, path: str, k: _Known) -> None:
        try:
            if usable_for_if_match(k.etag):
                self.dav.delete(path, if_match=k.etag)
            else:
                self.dav.delete(path, if_match=None, checked=True)
        except DavError as exc:
            if exc.failure is Failure.PRECONDITION:
                sync_state.forget(self.vault, self.target, path)
                self.counts.conflicts += 1
                return
            raise
        sync_state.forget(self.vault, self.target, path)
        self.counts.deleted += 1
