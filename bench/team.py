"""The team (issue 12): replicate 10,000 small edits between two vaults through a folder (time, files, bytes on disk
per change), and a new laptop joining through a snapshot against restoring an encrypted backup of the same vault.

``team replicate`` makes its own two vaults (2,000 people, then 10,000 edits of one field on the first): the time
of the first's sync (publishing) plus the second's (fetching, verifying and applying), the files written and their
bytes per change. ``team join`` makes a copy of the federation a team vault, syncs it into a folder (its segment and
snapshot), then times a new vault joining through the snapshot, against the floor: an encrypted backup of the
same vault (``backup_to``) restored and opened (``restore``).
"""

from __future__ import annotations

import shutil

from commons_desktop.core.model import Person
from commons_desktop.services import team
from commons_desktop.sync import replicate
from commons_desktop.sync import segments as seg
from commons_desktop.sync.folder import Folder
from commons_desktop.vault import backup
from commons_desktop.vault.connection import Vault, VaultKey
from commons_desktop.vault.people import People

from . import exchange_data as xd
from .federation import PASSPHRASE
from .registry import Row, measurement
from .timing import now

EDITS = 10_000
PEOPLE = 2_000
SMALL = 300       # a federation this small (the test suite's): 1,000 edits between 300 people


def _sync(vault: Vault, folder) -> replicate.Result:
    (server,) = team.transports(vault)
    return replicate.Session(vault, Folder(folder), server.target_id, allow_deletes=True).run()


def _pair(work, folder):
    a = Vault.create(work / "team-a.commons", PASSPHRASE, device="bench-a", author="a")
    b = Vault.create(work / "team-b.commons", PASSPHRASE, device="bench-b", author="b")
    team.init(a)
    team.add_folder(a, folder)
    _sync(a, folder)
    identity, recipient = seg.new_identity()
    team.join(b, team.invite(a, recipient=recipient), identity=identity)
    return a, b


@measurement("team replicate", federation=False)
def measure_replicate(ctx) -> list[Row]:
    work = ctx.work / "team-replicate"
    folder = work / "share"
    folder.mkdir(parents=True)
    small = ctx.sizes["people"] <= SMALL
    edits, count = (1_000, SMALL) if small else (EDITS, PEOPLE)
    a, b = _pair(work, folder)
    try:
        people = People(a)
        ids = people.add_many([Person(given=f"P{i}", family=f"Bench{i}") for i in range(count)])
        _sync(a, folder)
        _sync(b, folder)
        _sync(a, folder)   # the snapshot of the first sync is behind: the edits' segment is measured alone
        rng = ctx.rng("team")
        for i in range(edits):
            ident = ids[rng.randrange(len(ids))]
            p = people.get(ident)
            people.update(ident, Person(given=p.given, family=p.family, notes=f"edit {i}"))
        t0 = now()
        sent = _sync(a, folder)
        t1 = now()
        got = _sync(b, folder)
        t2 = now()
        assert got.received == edits, got
        per_change = sent.segment_bytes / edits
        all_per_change = sent.bytes_written / edits
        files = sent.files_written
    finally:
        a.close()
        b.close()
        shutil.rmtree(work, ignore_errors=True)
    return [
        Row(f"replicate {edits:,} edits through a folder (publish + fetch, verify, apply)", t2 - t0, "s",
            extra={"publish_s": round(t1 - t0, 3), "apply_s": round(t2 - t1, 3)}),
        Row("files written per 500 changes", files * 500 / edits, "files", target="< 1",
            met=files * 500 / edits < 1),
        Row("bytes on disk per small edit (its segment)", per_change, "B", target="< 300", met=per_change < 300,
            extra={"with the index and the snapshot written in the same sync": round(all_per_change, 1),
                   "files": files}),
    ]


@measurement("team join")
def measure_join(ctx) -> list[Row]:
    work = ctx.work / "team-join"
    folder = work / "share"
    folder.mkdir(parents=True)
    path = xd.federation_copy(ctx, "team")
    source = Vault.open(path, key=ctx.key_hex, device="bench", author="bench")
    try:
        team.init(source)
        team.add_folder(source, folder)
        _sync(source, folder)
        identity, recipient = seg.new_identity()
        invitation = team.invite(source, recipient=recipient)
        t0 = now()
        saved, _ = backup.backup_to(source, work / "backups")
        backup_s = now() - t0
    finally:
        source.close()
    joiner = Vault.create(work / "joiner.commons", PASSPHRASE, device="bench-j", author="j")
    t0 = now()
    team.join(joiner, invitation, identity=identity)
    join_s = now() - t0
    joiner.close()
    restored = work / "restored.commons"
    t0 = now()
    backup.restore(saved, restored, VaultKey.from_hex(ctx.key_hex))
    Vault.open(restored, key=ctx.key_hex).close()
    restore_s = now() - t0
    shutil.rmtree(work, ignore_errors=True)
    people = ctx.sizes["people"]
    return [Row(f"a new laptop joins a team of {people:,} people through a snapshot", join_s, "s", restore_s,
                "restore + open an encrypted backup of the same vault", "< 2x", join_s / restore_s < 2,
                extra={"backup_s": round(backup_s, 3)})]
