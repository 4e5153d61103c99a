"""Who wrote a team file (docs/team.md "Who wrote a file"): every device signs what it writes with its own Ed25519
key, and every reader checks the signature against the key it pinned for the device a file claims. A member (or a
removed device) holding the team key cannot write as another device: real forged files in a real folder."""

from __future__ import annotations

import json

import pytest

from commons_desktop.core import signing
from commons_desktop.core.model import Person
from commons_desktop.services import team
from commons_desktop.sync import segments as seg
from commons_desktop.sync.folder import Folder
from commons_desktop.sync.replicate import Session
from commons_desktop.vault import replication
from commons_desktop.vault import team as store
from commons_desktop.vault.people import People
from tests.sync.team_helpers import canonical, close_all, errors_of, make_team, sync_vault


def _converge(vaults, rounds=2):
    for _ in range(rounds):
        for v in vaults.values():
            assert not errors_of(sync_vault(v))


def _team_before_signatures(vault_template, tmp_path, share, monkeypatch) -> dict:
    """a, b and c, a team made before signatures: no device key pinned anywhere, and the files they write unsigned
    until ``monkeypatch.undo()`` (their upgrade)."""
    real_seal = seg.seal
    monkeypatch.setattr(seg, "seal", lambda header, body, recipients, signer=None, **kw:
                        real_seal(header, body, recipients, **kw))   # files written as before signatures
    vaults = make_team(vault_template, tmp_path, ["a", "b", "c"], [share])
    for v in vaults.values():   # as before signatures: no key pinned anywhere
        v.conn.execute("UPDATE team_device SET signing = ''")
    return vaults


def _families(v) -> set[str]:
    people = People(v)
    return {people.get(i).family for i in people.ids()}


def _forge_as(victim, forger, share, how: str) -> None:
    """``forger`` (a member: it holds the team key) writes, into the real folder, a segment claiming to be
    ``victim``'s, carrying a person it made, and ``victim``'s index naming that segment: unsigned as files were
    before signatures, or signed with the forger's own key."""
    t = store.get(forger)
    ids = [i for i, _ in store.keys(forger)]
    recipient = store.current_recipient(forger)
    victim_id = replication.device_id(victim)
    index_file = share / seg.index_name(t.id, victim_id)
    header, body = seg.open_sealed(index_file.read_bytes(), ids, team_id=t.id, kind="index")
    content = json.loads(body)
    People(forger).add(Person(given="Forged", family="Forgery"))
    (server,) = team.transports(forger)
    _, after = store.last_published(forger, server.target_id)
    wired = [replication.wire(c) for c in replication.local_changes(forger, after_hlc=after)]
    for w in wired:
        w["device"] = victim_id
    number = max([s["number"] for s in content["segments"]], default=0) + 1
    seg_header = {"kind": "segment", "team": t.id, "device": victim_id, "number": number, "count": len(wired),
                  "first": wired[0]["hlc"], "last": wired[-1]["hlc"]}
    body = json.dumps(wired).encode()
    signer = None if how == "unsigned" else (victim_id, signing.new_key()[0])
    data = seg.seal(seg_header, body, [recipient], signer) if signer else seg.seal(seg_header, body, [recipient])
    name = seg.random_name()
    (share / name).write_bytes(data)
    content["segments"].append({"number": number, "name": name, "sha256": seg.sha256(data), "first": wired[0]["hlc"],
                                "last": wired[-1]["hlc"], "count": len(wired)})
    if signer:
        content["signing"] = signing.public_of(signer[1])
    index_body = json.dumps(content).encode()
    head = {"kind": "index", "team": t.id, "device": victim_id}
    index_file.write_bytes(seg.seal(head, index_body, [recipient], signer) if signer
                           else seg.seal(head, index_body, [recipient]))


@pytest.mark.parametrize("how", ["unsigned", "signed-by-another"])
def test_a_forged_segment_in_a_real_folder_is_refused_and_reported(vault_template, tmp_path, how):
    share = tmp_path / "share"
    vaults = make_team(vault_template, tmp_path, ["a", "b", "c"], [share])
    try:
        a, b, c = vaults["a"], vaults["b"], vaults["c"]
        People(a).add(Person(given="Ada", family="Lovelace"))
        _converge(vaults)
        _forge_as(a, c, share, how)
        (server,) = team.transports(b)
        session = Session(b, Folder(share), server.target_id)
        result = session.run()
        refused = [r for r in result.refused if r["device"] == replication.device_id(a)]
        assert refused and refused[0]["why"] in ("unsigned", "key-changed", "signature"), result.refused
        assert "Forgery" not in _families(b)
        assert errors_of(sync_vault(b)) == {"team-share": "tampered"}   # reported as a tampered file, never merged
        assert "Forgery" not in _families(b) and _families(b) == {"Lovelace"}
        # a's next index (signed with its own key) replaces the forged one: everything converges, the forgery never
        People(a).add(Person(given="Grace", family="Hopper"))
        assert not errors_of(sync_vault(a))
        assert not errors_of(sync_vault(b))
        assert _families(b) == {"Lovelace", "Hopper"}
    finally:
        close_all(vaults)


def test_keys_are_pinned_through_the_invitation_and_the_rosters(vault_template, tmp_path):
    """b joins through a's invitation (a's key in it); c joins later through b's, and meets a's key in b's roster
    (the invitation's), never on first sight. Every device ends pinning every other's published key."""
    share = tmp_path / "share"
    vaults = make_team(vault_template, tmp_path, ["a", "b"], [share])
    try:
        a, b = vaults["a"], vaults["b"]
        a_key = signing.public_of(store.signing_key(a))
        assert store.pinned(b)[replication.device_id(a)] == a_key     # from the invitation
        from tests.vault.replicas import open_replicas
        c = vaults["c"] = open_replicas(vault_template, tmp_path, ["c"])["c"]
        identity, recipient = seg.new_identity()
        opened = seg.read_invitation(team.invite(b, recipient=recipient), identity=identity)
        assert team.invited_keys(opened) == {replication.device_id(a): a_key,
                                             replication.device_id(b): signing.public_of(store.signing_key(b))}
        team.join(c, team.invite(b, recipient=recipient), identity=identity)
        assert store.pinned(c)[replication.device_id(a)] == a_key
        _converge(vaults)
        keys = {replication.device_id(v): signing.public_of(store.signing_key(v)) for v in vaults.values()}
        for v in vaults.values():
            assert store.pinned(v) == keys
    finally:
        close_all(vaults)


@pytest.mark.parametrize("certificate", ["none", "self-signed"])
def test_a_device_nobody_introduced_is_not_taken(vault_template, tmp_path, certificate):
    """Someone holding the team key makes up a device of its own (a new id, a key of its own, an index and a
    segment in the real folder): no device the others pinned vouched for its key, so nothing of it is taken."""
    share = tmp_path / "share"
    vaults = make_team(vault_template, tmp_path, ["a", "b"], [share])
    try:
        a, b = vaults["a"], vaults["b"]
        ident = People(a).add(Person(given="Ada", family="Lovelace")).id
        _converge(vaults)
        t = store.get(a)
        recipient = store.current_recipient(a)
        stranger = ("0" * 8 + "-stranger", signing.new_key()[0])
        wired = [{**replication.wire(c), "device": stranger[0]}
                 for c in replication.local_changes(a, after_hlc=None)][-1:]
        wired[0]["hlc"] = "9" * 13 + ".00000"
        data = seg.segment(t.id, stranger, 1, wired, [recipient])
        name = seg.random_name()
        (share / name).write_bytes(data)
        content = {"segments": [{"number": 1, "name": name, "sha256": seg.sha256(data), "first": wired[0]["hlc"],
                                 "last": wired[0]["hlc"], "count": 1}]}
        if certificate == "self-signed":
            public = signing.public_of(stranger[1])
            content["certificate"] = {"by": stranger[0], "signature": signing.certify(stranger[1], public)}
        (share / seg.index_name(t.id, stranger[0])).write_bytes(seg.index(t.id, stranger, content, [recipient]))
        for v in (a, b):
            assert not errors_of(sync_vault(v))
            assert stranger[0] not in store.pinned(v) and store.device(v, stranger[0]) is None
            assert v.conn.execute("SELECT count(*) FROM change_log WHERE device = ?", (stranger[0],)).fetchone() == (0,)
            assert People(v).get(ident).family == "Lovelace"
    finally:
        close_all(vaults)


def test_a_key_that_changes_is_refused_never_re_pinned(vault_template, tmp_path):
    """A device's index signed with another key than the one pinned (a device claiming a known id with a key of its
    own) is refused and reported; the pinned key stays."""
    share = tmp_path / "share"
    vaults = make_team(vault_template, tmp_path, ["a", "b"], [share])
    try:
        a, b = vaults["a"], vaults["b"]
        _converge(vaults)
        pinned = store.pinned(b)[replication.device_id(a)]
        t = store.get(a)
        impostor = (replication.device_id(a), signing.new_key()[0])
        (share / seg.index_name(t.id, impostor[0])).write_bytes(
            seg.index(t.id, impostor, {"segments": []}, [store.current_recipient(a)]))
        (server,) = team.transports(b)
        result = Session(b, Folder(share), server.target_id).run()
        assert {"device": impostor[0], "number": None, "why": "key-changed"} in result.refused
        assert store.pinned(b)[impostor[0]] == pinned
    finally:
        close_all(vaults)


def test_a_team_from_before_signatures_upgrades_keeping_its_unsigned_files(vault_template, tmp_path, monkeypatch):
    """Files written before signatures (unsigned, devices without keys): each device makes its key at its next sync
    and publishes it in its index (pinned on first sight); the unsigned segments already in the folder, named by
    SHA-256 in those signed indexes, are still applied; once a device is pinned, an unsigned file claiming it is
    refused."""
    share = tmp_path / "share"
    vaults = _team_before_signatures(vault_template, tmp_path, share, monkeypatch)
    try:
        a, b, c = vaults["a"], vaults["b"], vaults["c"]
        People(a).add(Person(given="Old", family="Unsigned"))
        assert not errors_of(sync_vault(a))                        # an unsigned segment and index, as the old code
        monkeypatch.undo()                                         # a upgrades: what it writes now is signed
        assert not errors_of(sync_vault(a))                        # a's index now signed (its segment still unsigned)
        assert not errors_of(sync_vault(b))
        assert _families(b) == {"Unsigned"}
        assert store.pinned(b)[replication.device_id(a)] == signing.public_of(store.signing_key(a))
        _converge(vaults)
        assert canonical(a) == canonical(b) == canonical(c)
        _forge_as(a, c, share, "unsigned")                       # c writes as a, the old way: refused now
        (server,) = team.transports(b)
        result = Session(b, Folder(share), server.target_id).run()
        assert {"device": replication.device_id(a), "number": None, "why": "unsigned"} in result.refused
        assert "Forgery" not in _families(b)
    finally:
        close_all(vaults)


def test_a_removed_device_s_changes_before_its_removal_are_applied_and_after_refused(vault_template, tmp_path,
                                                                                    monkeypatch):
    """c publishes an edit nobody has received yet, then a removes c: a (at its next sync) and b (through a's signed
    index) still apply it. c, not reading the key file, writes on: what it writes after a's sync is refused, by
    a and by b, and never merged."""
    share = tmp_path / "share"
    vaults = make_team(vault_template, tmp_path, ["a", "b", "c"], [share])
    try:
        a, b, c = vaults["a"], vaults["b"], vaults["c"]
        People(a).add(Person(given="Ada", family="Lovelace"))
        _converge(vaults)
        People(c).add(Person(given="Written", family="BeforeRemoval"))
        assert not errors_of(sync_vault(c))
        team.remove(a, replication.device_id(c))
        assert not errors_of(sync_vault(a))
        assert _families(a) == {"Lovelace", "BeforeRemoval"}
        People(c).add(Person(given="Written", family="AfterRemoval"))
        monkeypatch.setattr(Session, "read_keys", lambda self: None)   # c writes on as if it had not been removed
        (outcome,) = sync_vault(c).values()   # (a's segments since, under the new key, it cannot read)
        assert outcome.counts.sent == 1
        monkeypatch.undo()
        for v in (b, a):
            (server,) = team.transports(v)
            result = Session(v, Folder(share), server.target_id).run()
            assert [r["why"] for r in result.refused if r["device"] == replication.device_id(c)] == ["removed"]
            assert _families(v) == {"Lovelace", "BeforeRemoval"}
        assert not errors_of(sync_vault(b)) and not errors_of(sync_vault(a))   # expected, not a tampered transport
        assert canonical(a) == canonical(b)
        assert store.accepted(b) == store.accepted(a) and len(store.accepted(a)[replication.device_id(c)]) >= 1
    finally:
        close_all(vaults)


@pytest.mark.parametrize("b_pinned_another", [False, True])
def test_a_removal_made_at_the_first_sync_after_the_upgrade_reaches_the_others(vault_template, tmp_path,
                                                                               monkeypatch, b_pinned_another):
    """A team made before signatures: a upgrades and removes c before b ever saw a's key. The key file a signs
    cannot be checked by b (a is not pinned there yet, and a's index is under the new key): it is taken as a's index
    would be, a being known to b before keys existed, and b goes on with the new key (whether or not b pinned
    another device already)."""
    share = tmp_path / "share"
    vaults = _team_before_signatures(vault_template, tmp_path, share, monkeypatch)
    try:
        a, b, c = vaults["a"], vaults["b"], vaults["c"]
        _converge(vaults)
        monkeypatch.undo()                                         # the upgrade: files signed from now on
        if b_pinned_another:
            store.pin(b, "another-device", signing.new_key()[1])
        team.remove(a, replication.device_id(c))
        People(a).add(Person(given="After", family="Removal"))
        assert not errors_of(sync_vault(a))
        assert not errors_of(sync_vault(b))
        assert len(store.keys(b)) == 2 and _families(b) == {"Removal"}
        assert replication.device_id(c) in store.removed_ids(b)
    finally:
        close_all(vaults)
