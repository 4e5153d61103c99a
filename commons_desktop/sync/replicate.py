"""The team protocol over any transport (sync/folder.py today, WebDAV next): docs/team.md.

One sync of one transport:
1. list it; our marker must be there (a first use of an EMPTY folder writes it). A folder that is not empty and
   lacks our marker is another team's or not a team folder: refused. A folder where we had published and that is
   now empty is refused too: never read as "everything was deleted".
2. read the new team keys written after a removal (key files named by generation), then every device's index
   (the known devices' by name; a file never seen before is opened once to see whether it is a new device's).
3. publish: this device's changes since the last one published here as ONE segment (a backlog of more than
   SEGMENT_CHANGES in several; the segment's row is committed
   before its file is written, so a sync killed in between writes the same changes under the same name next time),
   then a snapshot when due, then our index (atomic replace).
4. fetch the others' segments not applied yet (nor covered by the snapshot this vault joined from), verify each
   (age AEAD, the index's SHA-256, the header's team/device/number), and apply them all with
   replication.apply_remote in ONE transaction that also records them as applied. A segment failing a check is
   refused and reported, never merged, and that device's later segments wait. MassDelete stops with nothing
   applied (``allow_deletes`` goes on).
5. compaction: our segments every known device acknowledged and our snapshot covers are deleted. A device whose
   changes were compacted before this vault applied them (it joined without a snapshot, unknown to that device
   then) is refused as a ``gap``, never applied with a hole.

Killed at any moment, the next sync completes it: every step's outcome is either committed with what it did, or
redone the same way.
"""

from __future__ import annotations

import json
import secrets as _secrets
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from ..core import signing
from ..core.atomic import PRIVATE, open_temp, temp_name
from ..core.errors import BadChange, TeamError
from ..vault import replication, snapshot_copy
from ..vault import servers as server_store
from ..vault import team as store
from ..vault.connection import Vault
from . import segments as seg
from .folder import Transport

SNAPSHOT_KIND = "copy"    # a snapshot is a copy of the database (vault/snapshot_copy.py)
SNAPSHOT_EVERY = 5000     # own changes published here since our last snapshot before another is written
APPLY_BATCH = 20000       # changes applied per transaction
SEGMENT_CHANGES = 50000   # changes per segment at most (a first sync of a large vault writes several)


@dataclass
class Result:
    sent: int = 0
    received: int = 0
    duplicates: int = 0
    conflicts: int = 0
    notices: int = 0
    deleted: int = 0
    refused: list[dict[str, Any]] = field(default_factory=list)   # {"device", "number", "why"}: never merged
    files_written: int = 0
    bytes_written: int = 0
    segment_bytes: int = 0     # of the segments alone (the rest: the index, a snapshot when one was due)
    recovered: list[str] = field(default_factory=list)   # devices whose compacted changes came from a snapshot


Stop = Callable[[], None]


def _never() -> None:
    return None


class Session:
    """One sync of one transport (``target_id``: the vault's sync target of it)."""

    def __init__(self, vault: Vault, transport: Transport, target_id: str, *, allow_deletes: bool = False,
                 stop: Stop = _never):
        self.vault, self.transport, self.target_id = vault, transport, target_id
        self.allow_deletes, self.stop = allow_deletes, stop
        self.team = store.require(vault)
        self.me = replication.device_id(vault)
        self.signer: seg.Signer = (self.me, store.signing_key(vault))   # made here for a team made before signatures
        self.pins = store.pinned(vault)   # device -> its pinned public signing key
        self.result = Result()
        self.state = server_store.target_state(vault, target_id)
        self.listing: dict[str, int] = {}
        self.indexes: dict[str, dict[str, Any]] = {}   # device -> its index content
        self.merged: set[str] = set()   # snapshots merged in this sync (a gap-behind vault catching up)

    # -- helpers ------------------------------------------------------------------------------------------------
    @property
    def identities(self) -> list[str]:
        return [i for i, _ in store.keys(self.vault)]

    @property
    def recipient(self) -> str:
        return store.current_recipient(self.vault)

    def _save_state(self) -> None:
        server_store.set_target_state(self.vault, self.target_id, self.state)

    def _write(self, name: str, data: bytes, *, replace: bool = False) -> None:
        if replace:
            self.transport.replace(name, data)
        else:
            self.transport.write_new(name, data)
        self.listing[name] = len(data)
        self.result.files_written += 1
        self.result.bytes_written += len(data)

    # -- the steps ------------------------------------------------------------------------------------------
    def run(self) -> Result:
        self.check_folder()
        self.stop()
        self.read_keys()
        self.publish_keys()
        self.read_indexes()
        self.read_keys()   # a key file signed by a device whose key its index (or a roster) pinned just now
        self.stop()
        self.publish()
        self.stop()
        self.fetch_and_apply()
        self.stop()
        self.write_snapshot_when_due()
        self.write_index()
        self.compact()
        return self.result

    def check_folder(self) -> None:
        self.listing = self.transport.listing()
        marker = seg.marker_name(self.team.id)
        if marker not in self.listing:
            if self.listing or self.transport.foreign_entries():
                raise TeamError("foreign-folder")
            if self.state.get("used") or store.published(self.vault, self.target_id):
                raise TeamError("empty-folder")
            self._write(marker, seg.marker(self.team.id, [self.recipient]))
            self.state["used"] = True
            self._save_state()
            return
        if not self.state.get("marker_checked"):
            seg.check_marker(self.transport.read(marker), self.identities, self.team.id)
            self.state["marker_checked"] = True
            self.state["used"] = True
            self._save_state()
        elif self.state.get("indexed") and seg.index_name(self.team.id, self.me) not in self.listing:
            raise TeamError("empty-folder")   # our index went away: the folder was reset, not "all deleted"

    def read_keys(self) -> None:
        """Team keys added by a removal since we last looked (generation n: the file giving key n + 1)."""
        while True:
            name = seg.derived_name(self.team.id, "keys", str(len(store.keys(self.vault))))
            if name not in self.listing:
                return
            # signed by a device pinned here; while no other device is pinned here (a team not upgraded as this
            # vault sees it) read as before signatures: its writer's key may be in an index under the new key only
            legacy = not any(d != self.me for d in self.pins)
            data = self.transport.read(name)
            try:
                content = seg.read_keys_file(data, self.team.device_identity, self.team.id,
                                             None if legacy else seg.pinned_keys(self.pins))
            except TeamError as exc:
                why = exc.params.get("why")
                if why == "unknown-signer":
                    # its writer is not pinned here: taken as an index would be when that device was known before
                    # keys existed (it removed a device at its first signed sync); otherwise read again later
                    content = seg.read_keys_file(data, self.team.device_identity, self.team.id, None)
                    if not self._known_before_keys(content.get("device")):
                        return
                elif why in ("signature", "unsigned"):
                    self.result.refused.append({"device": None, "number": None, "why": why})
                    return
                else:
                    raise TeamError("removed-from-team") from exc
            if content.get("device") in store.removed_ids(self.vault):
                self.result.refused.append({"device": content["device"], "number": None, "why": "removed"})
                return
            added = False
            for identity in content["keys"]:
                try:
                    added |= store.add_key(self.vault, identity, seg.recipient_of(identity))
                except ValueError as exc:
                    raise TeamError("tampered", why="keys") from exc
            for dev in content.get("removed", []):
                if isinstance(dev, str):
                    store.mark_removed(self.vault, dev)
            if not added:
                return

    def publish_keys(self) -> None:
        """Key files missing here (a removal made on this device, or a transport that did not have them): each gives
        the keys up to its generation's, for every device still in the team (their own keys), this one included."""
        keys = store.keys(self.vault)
        removed = sorted(store.removed_ids(self.vault))
        for generation in range(1, len(keys)):
            name = seg.derived_name(self.team.id, "keys", str(generation))
            if name in self.listing:
                continue
            to = {seg.recipient_of(self.team.device_identity)}
            to.update(d.recipient for d in store.devices(self.vault) if d.recipient and d.removed is None)
            self._write(name, seg.keys_file(self.team.id, self.signer, [i for i, _ in keys[:generation + 1]], removed,
                                            sorted(to)))

    def read_indexes(self) -> None:
        removed = store.removed_ids(self.vault)
        known = {d.id for d in store.devices(self.vault)} | set(self.state.get("devices", []))
        # the devices already pinned first: their rosters pin the keys of devices this vault has not met yet; the
        # removed ones last (what they wrote before their removal is applied: their remover's index says which)
        named = {seg.index_name(self.team.id, d): d
                 for d in sorted(known, key=lambda d: (d in removed, d not in self.pins, d)) if d != self.me}
        take = set(self.state.get("take_accepted") or [])
        for name, dev in named.items():
            if name not in self.listing:
                continue
            if dev in store.removed_ids(self.vault):
                if dev not in take and not store.accepted(self.vault).get(dev):
                    continue
                content = self._read_index(name, dev, removed=True)
                if dev in take and content is not None:
                    # this device removed it: what its signed index lists now was written before (docs/team.md)
                    store.accept(self.vault, dev, {s["sha256"] for s in _segments_of(content)})
                    take.discard(dev)
                continue
            self._read_index(name, dev)
        self.state["take_accepted"] = sorted(d for d in take if seg.index_name(self.team.id, d) in self.listing)
        self._save_state()   # taken once: a later sync never widens what is kept
        probed = set(self.state.get("probed", []))
        named = self._named_files()
        waiting: dict[str, dict[str, Any]] = {}   # new devices' indexes whose introducer is not pinned (yet)
        for name in sorted(set(self.listing) - named - probed):
            if name in named:
                continue   # named by an index found earlier in this loop (a new device's segments)
            probed.add(name)
            try:
                content = seg.read_index(self.transport.read(name), self.identities, self.team.id, None, self.pins)
            except TeamError:
                continue   # a segment written since its index was read, a foreign or damaged file: not an index
            dev = content["device"]
            if name == seg.index_name(self.team.id, dev) and dev != self.me and dev not in removed:
                if self._accept_index(dev, content):
                    named = self._named_files()
                else:
                    waiting[name] = content
        while waiting:   # a device introduced by another device met in this same listing
            accepted = [name for name, content in waiting.items() if self._accept_index(content["device"], content)]
            if not accepted:
                break
            for name in accepted:
                del waiting[name]
        probed -= set(waiting)   # read again at the next sync: its introducer may be known then
        self.state["probed"] = sorted(probed & set(self.listing))
        self.state["devices"] = sorted(set(self.state.get("devices", [])) | set(self.indexes))

    def _read_index(self, name: str, dev: str, *, removed: bool = False) -> dict[str, Any] | None:
        try:
            content = seg.read_index(self.transport.read(name), self.identities, self.team.id, dev, self.pins)
        except TeamError as exc:
            self.result.refused.append({"device": dev, "number": None, "why": exc.params.get("why", "index")})
            return None
        if removed:   # a removed device's index: its segments only (nothing it says about others is taken)
            self.indexes[dev] = content
        else:
            self._accept_index(dev, content)
        return content

    def _accept_index(self, dev: str, content: dict[str, Any]) -> bool:
        """An index whose signature was checked (``trust``). A device met for the first time is pinned with the key
        it signed with when a device pinned here vouched for that key (its certificate: the inviting device, or the
        device whose file it is a copy of), or when this vault knew the device before its key (a team made before
        signatures): otherwise it is not taken (False) and waits. The roster of a device pinned before pins the
        devices it knows that this vault does not (a roster naming another key than the one pinned here is refused
        and reported, never re-pinned)."""
        if content.get("trust") == "first-sight":
            if not self._introduced(dev, content):
                return False
            if store.pin(self.vault, dev, content["signing"]) == "changed":   # (a roster pinned another meanwhile)
                self.result.refused.append({"device": dev, "number": None, "why": "key-changed"})
                return False
            self.pins[dev] = content["signing"]
        elif content.get("trust") == "pinned":
            for other, public in sorted(_dict(content.get("roster")).items()):
                if other == self.me or not isinstance(other, str) or not signing.is_public_key(public):
                    continue
                outcome = store.pin(self.vault, other, public)
                if outcome == "new":
                    self.pins[other] = public
                elif outcome == "changed":
                    self.result.refused.append({"device": other, "number": None, "why": "key-changed"})
        self.indexes[dev] = content
        recipient = content.get("recipient")
        store.note_device(self.vault, dev, recipient=recipient if isinstance(recipient, str) else "",
                          name=store.clean_name(str(content.get("name", ""))),
                          seen=str(content.get("written", "")) or None)
        for gone in _list(content.get("removed")):
            if isinstance(gone, str) and gone != self.me:
                store.mark_removed(self.vault, gone)
        for gone, sha256s in _dict(content.get("accepted")).items():   # what its removals keep of the removed
            if isinstance(gone, str) and gone != self.me and gone in store.removed_ids(self.vault):
                store.accept(self.vault, gone, set(_list(sha256s)))
        return True

    def _introduced(self, dev: str, content: dict[str, Any]) -> bool:
        removed = store.removed_ids(self.vault)
        vouching = {d: k for d, k in self.pins.items() if d not in removed}
        if signing.check_certificate(content.get("certificate"), content["signing"], vouching):
            return True
        return store.device(self.vault, dev) is not None   # known before keys existed: pinned on first sight

    def _known_before_keys(self, dev: Any) -> bool:
        """A device this vault knew before signing keys existed, whose key it has not pinned yet (not removed)."""
        found = store.device(self.vault, dev) if isinstance(dev, str) else None
        return found is not None and found.removed is None and dev not in self.pins

    def _named_files(self) -> set[str]:
        out = {seg.marker_name(self.team.id), seg.index_name(self.team.id, self.me)}
        out.update(seg.derived_name(self.team.id, "keys", str(n)) for n in range(1, len(store.keys(self.vault)) + 1))
        for dev in self.indexes:
            out.add(seg.index_name(self.team.id, dev))
        for content in [*self.indexes.values(), self._own_index_content(partial=True)]:
            for s in _segments_of(content):
                out.add(s["name"])
            for part in _list(_dict(content.get("snapshot")).get("parts")):
                if isinstance(part, dict) and isinstance(part.get("name"), str):
                    out.add(part["name"])
        return out

    # -- publishing ---------------------------------------------------------------------------------------------
    def publish(self) -> None:
        rows = store.published(self.vault, self.target_id)
        compacted = self.state.get("compacted", 0)
        previous = None
        for row in rows:   # a row committed whose file was not written (killed in between): written now
            if row.number > compacted and row.name not in self.listing:
                self._republish(row, previous)
            previous = row.last_hlc
        while True:   # one segment per sync; a backlog (a first sync) in segments of SEGMENT_CHANGES
            number, after = store.last_published(self.vault, self.target_id)
            changes = replication.local_changes(self.vault, after_hlc=after, limit=SEGMENT_CHANGES)
            if not changes:
                return
            wired = [replication.wire(c) for c in changes]
            del changes
            data = seg.segment(self.team.id, self.signer, number + 1, wired, [self.recipient])
            row = store.Published(number + 1, seg.random_name(), seg.sha256(data), wired[0]["hlc"],
                                  wired[-1]["hlc"], len(wired), len(data))
            store.add_published(self.vault, self.target_id, row)
            self.stop()
            self._write(row.name, data)
            self.result.sent += len(wired)
            self.result.segment_bytes += len(data)
            if len(wired) < SEGMENT_CHANGES:
                return

    def _republish(self, row: store.Published, after: str | None) -> None:
        changes = replication.local_changes(self.vault, after_hlc=after, limit=row.count)
        wired = [replication.wire(c) for c in changes]
        if not wired or wired[-1]["hlc"] != row.last_hlc:
            raise TeamError("tampered", why="own-segments")
        data = seg.segment(self.team.id, self.signer, row.number, wired, [self.recipient])
        store.republished(self.vault, self.target_id, row.number, seg.sha256(data), len(data))
        self._write(row.name, data)
        self.result.sent += len(wired)

    def _own_index_content(self, *, partial: bool = False) -> dict[str, Any]:
        compacted = self.state.get("compacted", 0)
        rows = [r for r in store.published(self.vault, self.target_id) if r.number > compacted]
        content: dict[str, Any] = {
            "segments": [{"number": r.number, "name": r.name, "sha256": r.sha256, "first": r.first_hlc,
                          "last": r.last_hlc, "count": r.count} for r in rows],
            "snapshot": self.state.get("snapshot"),
        }
        if partial:
            return content
        content.update({
            "recipient": seg.recipient_of(self.team.device_identity),
            "name": store.names(self.vault).get(self.me, ""),   # this device's name, for the others' lists
            "written": store.now(),
            "acks": self.state.get("acks", {}),
            "compacted": self.state.get("compacted_last"),
            "removed": sorted(store.removed_ids(self.vault)),
            "certificate": store.certificate(self.vault),   # who vouched for this device's signing key
            "accepted": {d: sorted(shas) for d, shas in store.accepted(self.vault).items() if shas},
            # the keys pinned here, for the devices that trust this one (docs/team.md "Who wrote a file")
            "roster": {d: k for d, k in self.pins.items() if d != self.me and d not in store.removed_ids(self.vault)},
        })
        return content

    def write_index(self) -> None:
        name = seg.index_name(self.team.id, self.me)
        self._write(name, seg.index(self.team.id, self.signer, self._own_index_content(), [self.recipient]),
                    replace=True)
        self.state["indexed"] = True
        self._save_state()

    # -- receiving ----------------------------------------------------------------------------------------------
    def _covered(self) -> dict[str, str]:
        text = self.vault.get_meta("team_covered")
        return json.loads(text) if text else {}

    def fetch_and_apply(self) -> None:
        applied = store.applied(self.vault, self.target_id)
        covered = self._covered()
        acks: dict[str, str] = dict(self.state.get("acks", {}))
        held = {d.id: d.last_hlc or "" for d in store.devices(self.vault)}   # applied through any transport
        removed, kept = store.removed_ids(self.vault), store.accepted(self.vault)
        batch: list[tuple[str, dict[str, Any], list]] = []
        size = 0
        for dev, content in sorted(self.indexes.items()):
            start = max(acks.get(dev, ""), covered.get(dev, ""))
            compacted = content.get("compacted")
            if isinstance(compacted, str) and compacted > max(start, held.get(dev, "")):
                # segments this vault never applied were compacted away (it joined without a snapshot and was not
                # known yet when they went): applying the later ones would silently lack them. The newest snapshot
                # that covers them gives their changes, merged (this vault's own kept); without one: refused.
                reached = self._recover_gap(dev, compacted, acks)
                if reached is None:
                    self.result.refused.append({"device": dev, "number": None, "why": "gap"})
                    continue
                start = max(start, reached)
            for s in _segments_of(content):
                if (dev, s["number"]) in applied or s["last"] <= start:
                    if (dev, s["number"]) in applied or s["last"] <= covered.get(dev, ""):
                        acks[dev] = max(acks.get(dev, ""), s["last"])
                    continue
                if dev in removed and s["sha256"] not in kept.get(dev, ()):
                    # written after its removal (or not seen by its remover before): never applied
                    self.result.refused.append({"device": dev, "number": s["number"], "why": "removed"})
                    break
                if s["name"] not in self.listing:
                    break   # not arrived yet (a sync tool still copying): later segments wait
                try:
                    changes = self._read_segment(dev, s)
                except TeamError as exc:
                    self.result.refused.append({"device": dev, "number": s["number"],
                                                "why": exc.params.get("why", exc.code)})
                    break
                batch.append((dev, s, changes))
                size += len(changes)
                if size >= APPLY_BATCH:
                    self._apply(batch, acks)
                    batch, size = [], 0
                    self.stop()
        if batch:
            self._apply(batch, acks)
        self.state["acks"] = acks
        self._save_state()

    def _recover_gap(self, dev: str, compacted: str, acks: dict[str, str]) -> str | None:
        """Merge the changes of the newest snapshot (here) that covers ``dev`` up to ``compacted``: those of its log
        this vault lacks, applied with apply_remote in one transaction (conflicts queued, this vault's own changes
        kept, MassDelete as for segments). Returns the stamp of ``dev`` it reached, None when no snapshot here
        covers the gap or the one found fails its checks (the gap stays reported)."""
        removed = store.removed_ids(self.vault)   # (a removed device's index is read for its segments only)
        found = best_snapshot({d: c for d, c in self.indexes.items() if d not in removed})
        if found is None or str(found[1]["covered"].get(dev, "")) < compacted:
            return None
        source, snap = found
        reached = str(snap["covered"][dev])
        if snap["id"] in self.merged:   # merged for another device's gap in this sync
            acks[dev] = max(acks.get(dev, ""), reached)
            self.result.recovered.append(dev)
            return reached
        temp = temp_name(self.vault.path)
        open_temp(temp, PRIVATE).close()
        try:
            snapshot_file(self.transport, self.identities, self.team.id, source, snap, self.pins, temp,
                          lambda _d, _t: self.stop())
            changes = snapshot_copy.missing_changes(self.vault, temp, snap["key"], covered=snap["covered"])
        except (TeamError, BadChange) as exc:
            self.result.refused.append({"device": source, "number": None,
                                        "why": exc.params.get("why", exc.code) if isinstance(exc, TeamError)
                                        else "snapshot"})
            return None
        finally:
            temp.unlink(missing_ok=True)
        r = self.result
        for at in range(0, max(1, len(changes)), APPLY_BATCH):   # (stopped between batches: the next sync goes on)
            with self.vault.transaction():
                done = replication.apply_remote(self.vault, changes[at:at + APPLY_BATCH],
                                                allow_mass_delete=self.allow_deletes)
            r.received += done.applied
            r.duplicates += done.duplicates
            r.conflicts += done.conflicts
            r.notices += done.notices
            r.deleted += done.deleted + done.erased
            self.stop()
        with self.vault.transaction():
            for d, hlc in snap["covered"].items():
                if d != self.me:
                    store.note_device(self.vault, str(d), last_hlc=str(hlc))
        r.recovered.append(dev)
        self.merged.add(snap["id"])
        acks[dev] = max(acks.get(dev, ""), reached)
        return reached

    def _read_segment(self, dev: str, s: dict[str, Any]) -> list:
        data = self.transport.read(s["name"])
        if seg.sha256(data) != s["sha256"]:
            raise TeamError("tampered", why="sha256")
        # signed by the device's pinned key; one written before signatures is authentic through its SHA-256, which
        # the device's verified index gives
        wired = seg.read_segment(data, self.identities, self.team.id, dev, s["number"], seg.pinned_keys(self.pins),
                                 unsigned=True)
        try:
            changes = [replication.unwire(w) for w in wired]
        except BadChange as exc:
            raise TeamError("tampered", why="change") from exc
        if any(c.device != dev for c in changes):
            raise TeamError("tampered", why="device")
        return changes

    def _apply(self, batch: list[tuple[str, dict[str, Any], list]], acks: dict[str, str]) -> None:
        """Apply a batch of segments; a change the vault refuses (BadChange) refuses its segment only: the batch is
        then applied segment by segment, the refused one's device stopping there."""
        try:
            self._apply_now(batch, acks)
            return
        except BadChange:
            if len(batch) == 1:
                dev, s, _ = batch[0]
                self.result.refused.append({"device": dev, "number": s["number"], "why": "change"})
                return
        stopped: set[str] = set()
        for item in batch:
            dev, s, _ = item
            if dev in stopped:
                continue
            try:
                self._apply_now([item], acks)
            except BadChange:
                stopped.add(dev)
                self.result.refused.append({"device": dev, "number": s["number"], "why": "change"})

    def _apply_now(self, batch: list[tuple[str, dict[str, Any], list]], acks: dict[str, str]) -> None:
        changes = [c for _, _, items in batch for c in items]
        with self.vault.transaction():   # MassDelete or BadChange: nothing applied, nothing recorded
            done = replication.apply_remote(self.vault, changes, allow_mass_delete=self.allow_deletes)
            for dev, s, _ in batch:
                store.mark_applied(self.vault, self.target_id, dev, s["number"], s["sha256"], s["last"])
                store.note_device(self.vault, dev, last_hlc=s["last"])
        r = self.result
        r.received += done.applied
        r.duplicates += done.duplicates
        r.conflicts += done.conflicts
        r.notices += done.notices
        r.deleted += done.deleted + done.erased
        for dev, s, _ in batch:
            acks[dev] = max(acks.get(dev, ""), s["last"])

    # -- snapshots and compaction -------------------------------------------------------------------------------
    def write_snapshot_when_due(self) -> None:
        rows = store.published(self.vault, self.target_id)
        if not rows:
            return
        snap = self.state.get("snapshot")
        since = sum(r.count for r in rows if not snap or r.last_hlc > snap["covered"].get(self.me, ""))
        if snap and snap.get("kind") == SNAPSHOT_KIND and since < SNAPSHOT_EVERY:
            return   # (a snapshot of the former kind, JSON items, is replaced at the next sync)
        self.write_snapshot()

    def write_snapshot(self) -> None:
        """A copy of the vault's replicated tables (vault/snapshot_copy.py: a SQLCipher file under a random key, made
        in a hidden temporary file beside the vault and removed afterwards), sealed in parts to the team key; the
        index carries its key, parts and size."""
        old = self.state.get("snapshot")
        snap_id = _secrets.token_hex(8)
        temp = temp_name(self.vault.path)
        open_temp(temp, PRIVATE).close()
        try:
            made = snapshot_copy.write(self.vault, temp)
            size = temp.stat().st_size
            count = max(1, -(-size // seg.SNAPSHOT_CHUNK))
            parts = []
            with temp.open("rb") as f:
                for number in range(count):
                    part = seg.snapshot_part(self.team.id, self.signer, snap_id, number, count,
                                             f.read(seg.SNAPSHOT_CHUNK), [self.recipient])
                    name = seg.random_name()
                    self._write(name, part)
                    parts.append({"name": name, "sha256": seg.sha256(part)})
                    self.stop()
        finally:
            temp.unlink(missing_ok=True)
        self.state["snapshot"] = {"id": snap_id, "kind": SNAPSHOT_KIND, "key": made.key, "size": size,
                                  "parts": parts, "covered": made.covered, "count": made.count, "written": store.now()}
        self.state["old_snapshot"] = old
        self._save_state()

    def compact(self) -> None:
        old = self.state.get("old_snapshot")
        if old:   # the index naming the new snapshot is written: the former one's chunks go
            for part in old.get("parts", []):
                self.transport.delete(part["name"])
            del self.state["old_snapshot"]
        snap = self.state.get("snapshot")
        if not snap:
            self._save_state()
            return
        mine = snap["covered"].get(self.me, "")
        live = [d for d in self.indexes if d not in store.removed_ids(self.vault)]
        acked = min([str(_dict(self.indexes[d].get("acks")).get(self.me, "")) for d in live], default=mine)
        through = min(mine, acked)
        compacted = self.state.get("compacted", 0)
        gone = [r for r in store.published(self.vault, self.target_id)
                if r.number > compacted and r.last_hlc <= through]
        if not gone:
            self._save_state()
            return
        self.state["compacted"] = gone[-1].number
        self.state["compacted_last"] = gone[-1].last_hlc
        self._save_state()
        self.write_index()   # the index no longer names them before they go
        for r in gone:
            self.transport.delete(r.name)


def _segments_of(content: Any) -> list[dict[str, Any]]:
    """An index's segments, each checked for shape (hostile input), in number order."""
    out = []
    items = content.get("segments") if isinstance(content, dict) else None
    for s in items if isinstance(items, list) else []:
        if (isinstance(s, dict) and isinstance(s.get("number"), int) and s["number"] > 0
                and seg.is_name(str(s.get("name")))
                and isinstance(s.get("sha256"), str) and isinstance(s.get("last"), str)):
            out.append(s)
    return sorted(out, key=lambda s: s["number"])


def _dict(value: Any) -> dict:
    return value if isinstance(value, dict) else {}


def _list(value: Any) -> list:
    return value if isinstance(value, list) else []


# -- joining ------------------------------------------------------------------------------------------------------
def best_snapshot(indexes: dict[str, dict[str, Any]]) -> tuple[str, dict[str, Any]] | None:
    """The snapshot to join from: the one that leaves no gap (it covers every device's compacted segments),
    newest first. Only snapshots of this kind (a copy of the database); a former JSON snapshot is not read (its
    device replaces it at its next sync)."""
    found = []
    for dev, content in indexes.items():
        snap = content.get("snapshot")
        if not (isinstance(snap, dict) and snap.get("kind") == SNAPSHOT_KIND and isinstance(snap.get("covered"), dict)
                and isinstance(snap.get("parts"), list) and snap["parts"] and isinstance(snap.get("id"), str)
                and isinstance(snap.get("key"), str) and isinstance(snap.get("size"), int)
                and all(isinstance(p, dict) for p in snap["parts"])):
            continue
        covered = snap["covered"]
        gap = any(isinstance(c.get("compacted"), str) and str(covered.get(d, "")) < c["compacted"]
                  for d, c in indexes.items())
        if not gap:
            found.append((str(snap.get("written", "")), dev, snap))
    if not found:
        return None
    _, dev, snap = max(found, key=lambda x: (x[0], x[1]))
    return dev, snap


def snapshot_file(transport: Transport, identities: list[str], team_id: str, dev: str, snap: dict[str, Any],
                  pins: dict[str, str], path: Path, step: Callable[[int, int], None]) -> None:
    """The snapshot's parts, each checked (the index's SHA-256, the age AEAD, the header's team, device, snapshot,
    part and count, the signature of that device's key in ``pins``), written one after the other into ``path`` (a
    file already created, private): SQLCipher's encrypted pages, never plaintext. ``step(done, total)`` after each
    part (raise there to stop). A part missing, tampered or foreign, or a size other than the index's, is
    ``TeamError("tampered")``."""
    parts = snap["parts"]
    written = 0
    with path.open("r+b") as out:
        for number, part in enumerate(parts):
            data = transport.read(str(part.get("name")))
            if seg.sha256(data) != part.get("sha256"):
                raise TeamError("tampered", why="sha256")
            body = seg.read_snapshot_part(data, identities, team_id, dev, snap["id"], number, len(parts),
                                          seg.pinned_keys(pins))
            out.write(body)
            written += len(body)
            step(number + 1, len(parts))
    if written != snap["size"]:
        raise TeamError("tampered", why="size")


def join_indexes(transport: Transport, identities: list[str], team_id: str,
                 devices: list[str], pins: dict[str, str]) -> dict[str, dict[str, Any]]:
    """Every device's index in a transport, for a vault joining: those of the devices the invitation names; when
    none is there, every file is opened once to find them."""
    listing = transport.listing()
    if seg.marker_name(team_id) not in listing:
        raise TeamError("foreign-folder")
    seg.check_marker(transport.read(seg.marker_name(team_id)), identities, team_id)
    names = [seg.index_name(team_id, d) for d in devices if seg.index_name(team_id, d) in listing]
    out = {}
    waiting = []
    for name in names or sorted(listing):
        try:
            content = seg.read_index(transport.read(name), identities, team_id, None, pins)
        except TeamError:
            continue
        if name == seg.index_name(team_id, content["device"]):
            waiting.append(content)
    while waiting:   # a device the invitation gave no key for: taken when a device pinned vouched for its key (or,
        # from a team made before signatures, when the invitation named it)
        taken = [c for c in waiting if c["trust"] != "first-sight" or c["device"] in devices
                 or signing.check_certificate(c.get("certificate"), c["signing"], pins)]
        if not taken:
            break
        for content in taken:
            waiting.remove(content)
            out[content["device"]] = content
            if content["trust"] == "first-sight":
                pins[content["device"]] = content["signing"]
    return out
