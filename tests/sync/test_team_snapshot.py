"""A team snapshot is a copy of the database (vault/snapshot_copy.py) sealed in parts (sync/segments.py): nothing
readable in the folder, a part tampered, missing, swapped or foreign refuses the join with nothing written, a join
stopped at any point leaves no half vault and no temporary file, and a device holding a snapshot of the former kind
(JSON items) replaces it at its next sync."""

from __future__ import annotations

import pytest

from commons_desktop.core import signing
from commons_desktop.core.errors import TeamError
from commons_desktop.core.model import Person
from commons_desktop.services import team
from commons_desktop.sync import replicate
from commons_desktop.sync import segments as seg
from commons_desktop.vault import servers, tags
from commons_desktop.vault import team as store
from commons_desktop.vault.documents import Documents
from commons_desktop.vault.people import People
from tests.sync.team_helpers import canonical, close_all, make_team, sync_vault
from tests.vault.replicas import open_replicas


def _snapshot(vault):
    (server,) = team.transports(vault)
    return servers.target_state(vault, server.target_id)["snapshot"]


def _leftovers(folder):
    """Hidden temporary files beside the vaults (a snapshot being written or read)."""
    return sorted(p.name for p in folder.iterdir() if p.name.startswith(".") and p.name.endswith(".part"))


@pytest.fixture
def team_a(vault_template, tmp_path, monkeypatch):
    """A team of one device whose snapshot is in several parts (small parts for the test)."""
    monkeypatch.setattr(seg, "SNAPSHOT_CHUNK", 16 * 1024)
    share = tmp_path / "share"
    vaults = make_team(vault_template, tmp_path, ["a"], [share])
    a = vaults["a"]
    people = People(a).add_many([Person(given=f"Zéphyrine{i}", family=f"CanaryFamily{i}",
                                        notes="CanaryNote about them") for i in range(300)])
    tags.add_tag(a, "CanaryTagName", people[:50])
    Documents(a).add("CanaryTitle", b"%PDF-1.4 CanaryContent", "CanaryFileName.pdf", "application/pdf",
                     links=[("person", people[0])])
    assert not [o.error for o in sync_vault(a).values() if o.error]
    yield vaults, share
    close_all(vaults)


def _join(vaults, vault_template, tmp_path, **options):
    b = vaults["b"] = open_replicas(vault_template, tmp_path, ["b"])["b"]
    identity, recipient = seg.new_identity()
    return b, team.join(b, team.invite(vaults["a"], recipient=recipient), identity=identity, **options)


def test_the_snapshot_is_a_sealed_copy_with_nothing_readable(team_a, vault_template, tmp_path):
    vaults, share = team_a
    snap = _snapshot(vaults["a"])
    assert snap["kind"] == "copy" and len(snap["parts"]) > 2 and len(snap["key"]) == 64
    data = b"".join(f.read_bytes() for f in share.iterdir())
    for word in ("CanaryTagName", "CanaryTitle", "CanaryContent", "CanaryFileName", "CanaryFamily", "CanaryNote",
                 "Zéphyrine", "SQLite format", snap["key"]):
        assert word.encode() not in data, word
    assert all(seg.is_name(f.name) for f in share.iterdir())
    sizes = [(share / p["name"]).stat().st_size for p in snap["parts"]]
    # full parts alike (but for age's random header stanza), each at least its chunk; the last one padded (Padmé)
    assert max(sizes[:-1]) - min(sizes[:-1]) < 1024 and min(sizes) >= seg.MIN_SIZE
    assert min(sizes[:-1]) >= seg.SNAPSHOT_CHUNK
    assert _leftovers(tmp_path) == []
    b, report = _join(vaults, vault_template, tmp_path)
    assert report["snapshot"] == str(share)
    assert canonical(b) == canonical(vaults["a"]) and People(b).count(text="canaryfamily299") == 1
    assert _leftovers(tmp_path) == []


def _swap(share, one, other):
    x, y = (share / one).read_bytes(), (share / other).read_bytes()
    (share / one).write_bytes(y)
    (share / other).write_bytes(x)


SPOILS = {
    "a bit flipped": lambda share, parts, other: (share / parts[1]["name"]).write_bytes(
        (share / parts[1]["name"]).read_bytes()[:-40] + bytes(40)),
    "a part missing (truncated)": lambda share, parts, other: (share / parts[-1]["name"]).unlink(),
    "a part cut short": lambda share, parts, other: (share / parts[0]["name"]).write_bytes(
        (share / parts[0]["name"]).read_bytes()[:5000]),
    "two parts swapped": lambda share, parts, other: _swap(share, parts[0]["name"], parts[1]["name"]),
    "another team's part": lambda share, parts, other: (share / parts[1]["name"]).write_bytes(other),
}


@pytest.mark.parametrize("how", sorted(SPOILS))
def test_a_spoilt_snapshot_fails_the_join_and_leaves_nothing(team_a, vault_template, tmp_path, how):
    vaults, share = team_a
    parts = _snapshot(vaults["a"])["parts"]
    other = seg.snapshot_part("f" * 32, ("x", signing.new_key()[0]), "y", 1, len(parts), b"\0" * 1000,
                              [seg.new_identity()[1]])
    SPOILS[how](share, parts, other)
    with pytest.raises(TeamError) as caught:
        _join(vaults, vault_template, tmp_path)
    assert caught.value.code == ("missing-file" if "missing" in how else "tampered")
    b = vaults["b"]
    assert People(b).count() == 0 and store.get(b) is None and _leftovers(tmp_path) == []


def test_cancel_while_the_snapshot_loads_leaves_the_vault_empty(team_a, vault_template, tmp_path):
    """The Cancel of the app's join (ui/team/jobs.py: its progress checks the cancel token): at any step of the
    snapshot, reading its parts or copying its tables, nothing of the team is written and no file is left."""
    vaults, _ = team_a
    parts = len(_snapshot(vaults["a"])["parts"])
    # the snapshot's progress calls: (0, 1) first, then one per part read, then one per table copied
    for stop_at in (3, parts + 1, parts + 8):
        calls = []

        def progress(done, total, label, stop_at=stop_at, calls=calls):
            if label == "snapshot":
                calls.append(done)
                if len(calls) == stop_at:
                    raise KeyboardInterrupt

        with pytest.raises(KeyboardInterrupt):
            _join(vaults, vault_template, tmp_path, progress=progress)
        b = vaults.pop("b")
        try:
            assert People(b).count() == 0 and store.get(b) is None and not b.conn.in_transaction
            assert _leftovers(tmp_path) == []
        finally:
            b.close()
            for p in tmp_path.glob("b.commons*"):
                p.unlink()
    b, report = _join(vaults, vault_template, tmp_path)   # and the same vault then joins
    assert canonical(b) == canonical(vaults["a"])


def test_a_former_json_snapshot_is_replaced_at_the_next_sync_and_never_joined_from(vault_template, tmp_path):
    share = tmp_path / "share"
    vaults = make_team(vault_template, tmp_path, ["a"], [share])
    a = vaults["a"]
    try:
        People(a).add(Person(given="Ada"))
        sync_vault(a)
        (server,) = team.transports(a)
        state = servers.target_state(a, server.target_id)
        now = state["snapshot"]
        former = {"id": "0123456789abcdef", "parts": now["parts"], "covered": now["covered"], "count": 1,
                  "written": now["written"]}   # what an index held of the former kind
        state["snapshot"] = former
        servers.set_target_state(a, server.target_id, state)
        assert replicate.best_snapshot({"a": {"snapshot": former}}) is None
        sync_vault(a)   # nothing new, but its snapshot is of the former kind: replaced
        snap = _snapshot(a)
        assert snap["kind"] == "copy" and snap["id"] != former["id"]
        b, report = _join(vaults, vault_template, tmp_path)
        assert report["snapshot"] == str(share) and canonical(b) == canonical(a)
    finally:
        close_all(vaults)
