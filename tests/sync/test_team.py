"""The team through real folders (issue 12): real vaults, real age encryption, services/sync.py's team job.

Convergence of two and three vaults editing offline through two folders (one disappearing midway), joining
through a snapshot, removal with key rotation, tampered/truncated/foreign segments refused, empty and foreign
folders refused, a sync with nothing new reading only indexes, compaction, and a canary scan of the folders."""

from __future__ import annotations

import random
import shutil

import pytest

from commons_desktop.core import signing
from commons_desktop.core.errors import TeamError
from commons_desktop.core.model import Person
from commons_desktop.services import team
from commons_desktop.sync import segments as seg
from commons_desktop.sync.folder import Folder
from commons_desktop.sync.replicate import Session
from commons_desktop.vault import replication, tags
from commons_desktop.vault import team as store
from commons_desktop.vault.documents import Documents
from commons_desktop.vault.people import People
from tests.sync.team_helpers import Workload, canonical, close_all, errors_of, make_team, sync_vault


def converge(vaults, rounds=3):
    for _ in range(rounds):
        for v in vaults.values():
            assert not errors_of(sync_vault(v, allow_deletes=True))


def run_workload(vault_template, tmp_path, seed, names, *, folders=2, steps=12, lose_folder=True):
    rnd = random.Random(seed)
    paths = [tmp_path / f"share{i}" for i in range(folders)]
    vaults = make_team(vault_template, tmp_path, names, paths)
    work = Workload(seed)
    try:
        for round_ in range(steps):
            name = rnd.choice(names)
            for _ in range(rnd.randrange(1, 6)):
                work.step(vaults[name])
            if lose_folder and round_ == steps // 2 and len(paths) > 1:
                shutil.rmtree(paths[0])   # one folder disappears midway (a stick unplugged for good)
            if rnd.random() < 0.5:
                outcomes = sync_vault(rnd.choice(list(vaults.values())), allow_deletes=True)
                assert set(errors_of(outcomes).values()) <= {"folder-missing"}
        for _ in range(3):
            for v in vaults.values():
                assert set(errors_of(sync_vault(v, allow_deletes=True)).values()) <= {"folder-missing"}
        dumps = [canonical(v) for v in vaults.values()]
        assert all(d == dumps[0] for d in dumps[1:])
        return vaults, paths
    except BaseException:
        close_all(vaults)
        raise


@pytest.mark.parametrize("seed", [1, 2])
def test_two_vaults_converge_through_two_folders_one_lost(vault_template, tmp_path, seed):
    vaults, _ = run_workload(vault_template, tmp_path, seed, ["a", "b"])
    close_all(vaults)


def test_three_vaults_converge(vault_template, tmp_path):
    vaults, paths = run_workload(vault_template, tmp_path, 7, ["a", "b", "c"], lose_folder=False)
    try:
        _canary_scan(paths, vaults)
    finally:
        close_all(vaults)


@pytest.mark.slow
@pytest.mark.parametrize("seed", range(10, 40))
def test_many_seeds_converge(vault_template, tmp_path, seed):
    vaults, _ = run_workload(vault_template, tmp_path, seed, ["a", "b", "c"][:2 + seed % 2], steps=30)
    close_all(vaults)


def _canary_scan(paths, vaults):
    """No plaintext of any name, email, tag, note or document file name in any file of any folder."""
    words = set()
    for v in vaults.values():
        for ident in People(v).ids():
            p = People(v).get(ident)
            words.update([p.family, p.given, *(e.address for e in p.emails), p.notes])
    words.update(["CanaryTag", "bénévole", "Canary", "example.org"])
    words = {w for w in words if w and len(w) >= 4}
    assert words
    for path in paths:
        for f in path.rglob("*"):
            if f.is_file():
                data = f.read_bytes()
                for w in words:
                    assert w.encode() not in data, (w, f.name)
                    assert w.encode("utf-16-le") not in data


def test_canary_scan_of_a_folder(vault_template, tmp_path):
    vaults = make_team(vault_template, tmp_path, ["a", "b"], [tmp_path / "share"])
    try:
        a = vaults["a"]
        p = People(a).add(Person(given="Zéphyrine", family="CanaryFamily", notes="CanaryNote in the notes"))
        tags.add_tag(a, "CanaryTagName", [p.id])
        Documents(a).add("CanaryTitle", b"%PDF-1.4 CanaryContent", "CanaryFileName.pdf", "application/pdf",
                         links=[("person", p.id)])
        converge(vaults)
        assert People(vaults["b"]).ids()
        _canary_scan([tmp_path / "share"], vaults)
        data = b"".join(f.read_bytes() for f in (tmp_path / "share").iterdir())
        for word in ("CanaryTagName", "CanaryTitle", "CanaryContent", "CanaryFileName", "CanaryFamily"):
            assert word.encode() not in data
        names = [f.name for f in (tmp_path / "share").iterdir()]
        assert names and all(seg.is_name(n) for n in names)
    finally:
        close_all(vaults)


def test_nothing_new_reads_only_indexes(vault_template, tmp_path):
    vaults = make_team(vault_template, tmp_path, ["a", "b"], [tmp_path / "share"])
    try:
        People(vaults["a"]).add(Person(given="Ada", family="Lovelace"))
        converge(vaults)
        v = vaults["b"]
        (server,) = team.transports(v)
        folder = Folder(tmp_path / "share")
        Session(v, folder, server.target_id).run()
        assert folder.reads == 1   # a's index (b's own is written, not read)
    finally:
        close_all(vaults)


def test_empty_folder_after_publishing_is_refused(vault_template, tmp_path):
    share = tmp_path / "share"
    vaults = make_team(vault_template, tmp_path, ["a", "b"], [share])
    try:
        People(vaults["a"]).add(Person(given="Ada", family="Lovelace"))
        converge(vaults)
        for f in share.iterdir():
            f.unlink()
        outcome = sync_vault(vaults["b"])
        assert errors_of(outcome) == {"team-share": "empty-folder"}
        assert People(vaults["b"]).count() == 1
        assert not list(share.iterdir())   # nothing written into it either
    finally:
        close_all(vaults)


def test_foreign_folder_is_refused(vault_template, tmp_path):
    ours = make_team(vault_template, tmp_path / "ours", ["a"], [tmp_path / "ours-share"])
    theirs = make_team(vault_template, tmp_path / "theirs", ["x"], [tmp_path / "their-share"])
    try:
        People(theirs["x"]).add(Person(given="Other", family="Team"))
        sync_vault(theirs["x"])
        server = team.add_folder(ours["a"], tmp_path / "their-share", "theirs")
        assert errors_of(sync_vault(ours["a"], names=[server.name])) == {"theirs": "foreign-folder"}
        other = tmp_path / "photos"
        other.mkdir()
        (other / "holiday.jpg").write_bytes(b"\xff\xd8")
        server = team.add_folder(ours["a"], other, "photos")
        assert errors_of(sync_vault(ours["a"], names=[server.name])) == {"photos": "foreign-folder"}
        assert sorted(p.name for p in other.iterdir()) == ["holiday.jpg"]
    finally:
        close_all(ours)
        close_all(theirs)


@pytest.mark.parametrize("damage", ["flip", "truncate", "foreign"])
def test_damaged_segment_is_refused_never_merged(vault_template, tmp_path, damage):
    share = tmp_path / "share"
    vaults = make_team(vault_template, tmp_path, ["a", "b"], [share])
    try:
        a, b = vaults["a"], vaults["b"]
        before = set(share.iterdir())
        People(a).add(Person(given="Ada", family="Lovelace"))
        sync_vault(a)
        (server,) = team.transports(a)
        row = store.published(a, server.target_id)[-1]
        target = share / row.name
        assert target in set(share.iterdir()) - before
        data = bytearray(target.read_bytes())
        if damage == "flip":
            data[-20] ^= 1
        elif damage == "truncate":
            data = data[: len(data) // 2]
        else:
            _, recipient = seg.new_identity()
            data = bytearray(seg.segment(store.get(a).id, (replication.device_id(a), store.signing_key(a)),
                                         row.number, [{"hlc": row.last_hlc}], [recipient]))
        target.write_bytes(bytes(data))
        outcome = sync_vault(b)
        assert errors_of(outcome) == {"team-share": "tampered"}
        assert People(b).count() == 0
    finally:
        close_all(vaults)


def test_join_through_a_snapshot_then_segments(vault_template, tmp_path):
    share = tmp_path / "share"
    vaults = make_team(vault_template, tmp_path, ["a"], [share])
    a = vaults["a"]
    try:
        people = People(a)
        for i in range(30):
            people.add(Person(given=f"P{i}", family="Snap"))
        sync_vault(a)   # the first sync of a device with changes writes its snapshot
        people.add(Person(given="After", family="Snapshot"))
        sync_vault(a)
        from tests.vault.replicas import open_replicas
        b = open_replicas(vault_template, tmp_path, ["b"])["b"]
        vaults["b"] = b
        identity, recipient = seg.new_identity()
        report = team.join(b, team.invite(a, recipient=recipient), identity=identity)
        assert report["snapshot"] == str(share)
        assert People(b).count() == 31
        sync_vault(a)
        assert canonical(a) == canonical(b)
    finally:
        close_all(vaults)


def _gap_behind(vault_template, tmp_path):
    """b joins while the team folder is out of reach (no snapshot loaded, its index nowhere) and edits offline; a,
    knowing no other device, compacts its first segments behind its snapshot, then edits on."""
    share = tmp_path / "share"
    vaults = make_team(vault_template, tmp_path, ["a"], [share])
    a = vaults["a"]
    from tests.vault.replicas import open_replicas
    b = open_replicas(vault_template, tmp_path, ["b"])["b"]
    vaults["b"] = b
    identity, recipient = seg.new_identity()
    report = team.join(b, team.invite(a, recipient=recipient), identity=identity,
                       folders=[str(tmp_path / "not-mounted")])
    assert report["snapshot"] is None and report["transports"] == {}
    People(a).add(Person(given="Before", family="Compacted"))
    assert not errors_of(sync_vault(a))          # its segment, its snapshot, then compacted: no other device known
    (server,) = team.transports(a)
    assert not any((share / r.name).exists() for r in store.published(a, server.target_id))
    People(a).add(Person(given="After", family="Compaction"))
    assert not errors_of(sync_vault(a))
    mine = People(b).add(Person(given="Offline", family="OnB"))   # b's own change, never sent yet
    team.add_folder(b, share)
    return vaults, share, mine


def test_a_device_behind_a_compaction_catches_up_from_the_snapshot_as_a_merge(vault_template, tmp_path):
    """b's first sync finds a's first changes compacted away: instead of refusing (or applying the later ones with a
    hole), it merges the changes of a's snapshot it lacks, keeps its own unsent change, then applies the segments
    after the snapshot; both converge, without a new join."""
    vaults, _share, mine = _gap_behind(vault_template, tmp_path)
    a, b = vaults["a"], vaults["b"]
    try:
        assert not errors_of(sync_vault(b))
        assert sorted(p.given for p in map(People(b).get, People(b).ids())) == ["After", "Before", "Offline"]
        assert People(b).get(mine.id).family == "OnB"
        assert not errors_of(sync_vault(a))
        assert canonical(a) == canonical(b) and People(a).get(mine.id).given == "Offline"
        assert not errors_of(sync_vault(b))   # and the next sync is an ordinary one
    finally:
        close_all(vaults)


def test_changes_compacted_without_a_readable_snapshot_are_a_gap_never_a_silent_hole(vault_template, tmp_path):
    """The same, but the snapshot covering the compacted changes is damaged: b must not apply the later segments as
    if it held everything: it reports the gap and applies nothing of that device."""
    vaults, share, mine = _gap_behind(vault_template, tmp_path)
    a, b = vaults["a"], vaults["b"]
    try:
        from commons_desktop.vault import servers
        (server,) = team.transports(a)
        for part in servers.target_state(a, server.target_id)["snapshot"]["parts"]:
            data = bytearray((share / part["name"]).read_bytes())
            data[-30] ^= 1
            (share / part["name"]).write_bytes(bytes(data))
        assert errors_of(sync_vault(b)) == {"team-share": "gap-behind"}
        assert [People(b).get(i).given for i in People(b).ids()] == ["Offline"]   # neither "Before" nor "After"
    finally:
        close_all(vaults)


def test_compaction_deletes_acknowledged_segments(vault_template, tmp_path, monkeypatch):
    from commons_desktop.sync import replicate
    monkeypatch.setattr(replicate, "SNAPSHOT_EVERY", 3)
    share = tmp_path / "share"
    vaults = make_team(vault_template, tmp_path, ["a", "b"], [share])
    try:
        a = vaults["a"]
        (server,) = team.transports(a)
        for i in range(4):
            People(a).add(Person(given=f"P{i}", family="Compact"))
            converge(vaults, rounds=1)
        converge(vaults, rounds=2)
        rows = store.published(a, server.target_id)
        live = [r for r in rows if (share / r.name).exists()]
        assert len(live) < len(rows)      # some were compacted away
        assert canonical(a) == canonical(vaults["b"])
    finally:
        close_all(vaults)


def test_remove_rotates_the_key(vault_template, tmp_path):
    share = tmp_path / "share"
    vaults = make_team(vault_template, tmp_path, ["a", "b", "c"], [share])
    try:
        a, b, c = vaults["a"], vaults["b"], vaults["c"]
        converge(vaults)
        team.remove(a, replication.device_id(c))
        People(a).add(Person(given="Secret", family="AfterRemoval"))
        assert not errors_of(sync_vault(a))
        (server,) = team.transports(a)
        newest = store.published(a, server.target_id)[-1]
        written_after = (share / newest.name).read_bytes()
        converge({"a": a, "b": b})
        assert canonical(a) == canonical(b)
        assert [People(b).get(i).family for i in People(b).ids()] == ["AfterRemoval"]
        assert len(store.keys(b)) == 2
        outcome = sync_vault(c)
        assert errors_of(outcome) == {"team-share": "removed-from-team"}
        assert canonical(c) != canonical(a)
        assert People(c).count() == 0
        # c's old key opens nothing written after the removal; b's keys do
        args = (store.get(a).id, replication.device_id(a), newest.number, seg.pinned_keys(store.pinned(b)))
        with pytest.raises(TeamError):
            seg.read_segment(written_after, [i for i, _ in store.keys(c)], *args)
        assert seg.read_segment(written_after, [i for i, _ in store.keys(b)], *args)
    finally:
        close_all(vaults)


def test_mass_delete_stops_the_sync(vault_template, tmp_path):
    vaults = make_team(vault_template, tmp_path, ["a", "b"], [tmp_path / "share"])
    try:
        a, b = vaults["a"], vaults["b"]
        ids = [People(a).add(Person(given=f"P{i}", family="Many")).id for i in range(20)]
        converge(vaults)
        for ident in ids[:10]:
            People(a).delete(ident)
        sync_vault(a)
        outcome = sync_vault(b)
        assert errors_of(outcome) == {"team-share": "mass-delete"}
        assert People(b).count() == 20
        assert not errors_of(sync_vault(b, allow_deletes=True))
        assert People(b).count() == 10
    finally:
        close_all(vaults)


def test_killed_between_the_segment_row_and_its_file(vault_template, tmp_path, monkeypatch):
    """The segment's row is committed, then the process dies before its file is written: the next sync writes the
    same changes under the same name, and the other vault gets each once."""
    share = tmp_path / "share"
    vaults = make_team(vault_template, tmp_path, ["a", "b"], [share])
    try:
        a, b = vaults["a"], vaults["b"]
        People(a).add_many([Person(given=f"P{i}", family="Killed") for i in range(5)])
        real = Folder.write_new

        def dies(self, name, data):
            raise KeyboardInterrupt

        monkeypatch.setattr(Folder, "write_new", dies)
        with pytest.raises(KeyboardInterrupt):
            sync_vault(a)
        monkeypatch.setattr(Folder, "write_new", real)
        (server,) = team.transports(a)
        row = store.published(a, server.target_id)[-1]
        assert row.count == 5 and not (share / row.name).exists()
        assert not errors_of(sync_vault(a))
        assert (share / row.name).exists() and store.published(a, server.target_id)[-1] == \
            store.Published(row.number, row.name, seg.sha256((share / row.name).read_bytes()), row.first_hlc,
                            row.last_hlc, 5, (share / row.name).stat().st_size)
        assert not errors_of(sync_vault(b))
        assert People(b).count() == 5
        assert canonical(a) == canonical(b)
    finally:
        close_all(vaults)


@pytest.mark.parametrize("content", [
    {"segments": "x", "snapshot": [1], "removed": "abc", "acks": []},
    {"segments": [{"number": "1", "name": "../etc/passwd", "sha256": 1, "last": None}, 7, None],
     "snapshot": {"id": 1, "parts": "p", "covered": []}, "removed": [None, 3], "acks": {"x": []}},
    {"segments": [{"number": 1, "name": "0" * 32, "sha256": "0" * 64, "first": "1", "last": "2", "count": 1}]},
])
def test_a_hostile_index_is_survived(vault_template, tmp_path, content):
    """An index written with the team key (by a member, or someone who had it) in shapes the protocol never
    writes: read as hostile input, nothing merged from it, no crash, every vault still converging."""
    share = tmp_path / "share"
    vaults = make_team(vault_template, tmp_path, ["a", "b"], [share])
    try:
        a, b = vaults["a"], vaults["b"]
        t = store.get(a)
        (share / seg.index_name(t.id, "evil-device")).write_bytes(
            seg.index(t.id, ("evil-device", signing.new_key()[0]), content, [store.current_recipient(a)]))
        People(a).add(Person(given="Ada", family="Lovelace"))
        for v in (a, b, a, b):
            assert set(errors_of(sync_vault(v)).values()) <= {"tampered"}
        assert canonical(a) == canonical(b) and People(b).count() == 1
        assert not store.removed_ids(a) and not store.removed_ids(b)
    finally:
        close_all(vaults)


def test_clock_skew_of_an_hour_converges(vault_template, tmp_path):
    from tests.vault.replicas import Clock
    clocks = {"a": Clock(1_780_000_000.0 + 3600), "b": Clock(1_780_000_000.0 - 3600)}
    vaults = make_team(vault_template, tmp_path, ["a", "b"], [tmp_path / "share"], clocks=clocks)
    try:
        a, b = vaults["a"], vaults["b"]
        ident = People(a).add(Person(given="Ada", family="Lovelace")).id
        converge(vaults)
        People(a).update(ident, Person(given="Ada", family="Lovelace", notes="from a, an hour ahead"))
        People(b).update(ident, Person(given="Ada", family="Lovelace", notes="from b, an hour behind"))
        converge(vaults)
        assert canonical(a) == canonical(b)
        assert People(a).get(ident).notes == People(b).get(ident).notes   # one of the two, the same on both
        assert People(b).get(ident).notes in ("from a, an hour ahead", "from b, an hour behind")
    finally:
        close_all(vaults)


def test_a_backlog_is_published_in_bounded_segments(vault_template, tmp_path, monkeypatch):
    from commons_desktop.sync import replicate
    monkeypatch.setattr(replicate, "SEGMENT_CHANGES", 3)
    vaults = make_team(vault_template, tmp_path, ["a", "b"], [tmp_path / "share"])
    try:
        a, b = vaults["a"], vaults["b"]
        People(a).add_many([Person(given=f"P{i}", family="Backlog") for i in range(7)])
        (server,) = team.transports(a)
        before = len(store.published(a, server.target_id))
        assert not errors_of(sync_vault(a))
        assert [r.count for r in store.published(a, server.target_id)[before:]] == [3, 3, 1]
        assert not errors_of(sync_vault(b))
        assert People(b).count() == 7 and canonical(a) == canonical(b)
    finally:
        close_all(vaults)


def test_a_tampered_snapshot_fails_the_join_and_writes_nothing(vault_template, tmp_path):
    share = tmp_path / "share"
    vaults = make_team(vault_template, tmp_path, ["a"], [share])
    try:
        a = vaults["a"]
        People(a).add_many([Person(given=f"P{i}", family="Snap") for i in range(5)])
        sync_vault(a)
        (server,) = team.transports(a)
        from commons_desktop.vault import servers
        part = servers.target_state(a, server.target_id)["snapshot"]["parts"][0]["name"]
        data = bytearray((share / part).read_bytes())
        data[-30] ^= 1
        (share / part).write_bytes(bytes(data))
        from tests.vault.replicas import open_replicas
        b = vaults["b"] = open_replicas(vault_template, tmp_path, ["b"])["b"]
        identity, recipient = seg.new_identity()
        with pytest.raises(TeamError) as caught:
            team.join(b, team.invite(a, recipient=recipient), identity=identity)
        assert caught.value.code == "tampered"
        assert People(b).count() == 0 and store.get(b) is None
    finally:
        close_all(vaults)


def test_the_servers_an_invitation_names_are_read_as_hostile():
    good = {"name": "hoster", "url": "https://dav.example.org/team/", "user": "club", "own_ca": True}
    content = {"servers": [good, "not a dict", {"name": "", "url": "https://x.example/"},
                           {"name": "evil\nname", "url": "https://x.example/"}, {"name": "x" * 81, "url": "https://x/"},
                           {"name": "HOSTER", "url": "https://other.example/"}, {"name": "n", "url": 3},
                           {"name": "tab", "url": "https://x.example/\t"}, {"name": "p", "url": "https://p/",
                                                                           "password": "never read"}]}
    got = team.invited_servers(content)
    assert got == [{"name": "hoster", "url": "https://dav.example.org/team/", "user": "club", "own_ca": True,
                    "plain_http": False},
                   {"name": "p", "url": "https://p/", "user": "", "own_ca": False, "plain_http": False}]
    assert team.invited_servers({"servers": {"a": 1}}) == [] and team.invited_servers({}) == []
    assert len(team.invited_servers({"servers": [dict(good, name=f"h{i}") for i in range(50)]})) == 20
