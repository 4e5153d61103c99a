"""Encrypted bundles: round trip between two groups, signatures, senders, replays, tombstones."""

from __future__ import annotations

import io
import json
import zipfile

import pytest

from commons_desktop.core.errors import Cancelled, InvalidInput
from commons_desktop.core.model import Email, Person
from commons_desktop.exchange import archive, bundle, identity
from commons_desktop.exchange.errors import (
    BadSignature,
    BundlePassphraseWrong,
    NotForUs,
    ReplayedBundle,
    SenderKeyChanged,
    UnknownSender,
    UnreadableFile,
    UnsafeArchive,
)
from commons_desktop.exchange.plan import ImportOptions
from commons_desktop.exchange.selection import Selection
from commons_desktop.services import bundles, partners, profiles
from commons_desktop.services.progress import CancelToken
from commons_desktop.vault import exchange_store
from commons_desktop.vault.documents import Documents
from commons_desktop.vault.memberships import Contributions, Memberships
from commons_desktop.vault.people import People
from commons_desktop.vault.relationships import Relationships

from .bundle_helpers import age_secret, pair, receive, send
from .conftest import row_counts, snapshot


@pytest.fixture
def groups(filled, make_vault):
    a, ids, org = filled
    b = make_vault("b")
    pair(a, b)
    return a, b, ids, org


def test_identity_card_and_fingerprint(vault):
    shown = partners.show_identity(vault)
    card = identity.Card.parse(shown["card"])
    assert card.fingerprint == shown["fingerprint"] and len(shown["fingerprint"]) == 39
    assert shown["recipient"].startswith("age1")
    assert partners.show_identity(vault) == shown  # created once
    with pytest.raises(InvalidInput):
        identity.Card.parse(shown["card"].replace("age1", "age2"))


def test_round_trip_between_groups(groups, tmp_path):
    a, b, ids, org = groups
    Documents(a).add("Statuts", b"%PDF-1.4 statuts", "statuts.pdf", "application/pdf", [("organisation", org)])
    out = tmp_path / "a.commonsx"
    written = send(a, out)
    assert written.sequences == {"B": 1} and written.leaves.people == 3
    assert out.read_bytes().startswith(b"age-encryption.org/v1\n")
    report = receive(b, out.read_bytes(), mode="create")
    assert (report.created, report.errors) == (4, [])
    assert snapshot(b) == snapshot(a)
    assert [m.end for m in Memberships(b).of_person(ids[0])] == [m.end for m in Memberships(a).of_person(ids[0])]
    assert len(Contributions(b).list()) == 2
    assert [(r.kind, r.role) for r in Relationships(b).of(ids[0])] == [("member_of", "trésorière")]
    [doc] = Documents(b).list(linked_to=org)
    assert Documents(b).content(doc.id) == b"%PDF-1.4 statuts"
    [d] = profiles.disclosures(a, ids[0])
    assert (d.kind, d.recipients) == ("bundle", ["B"])
    assert exchange_store.partner_by(b, name="A").received_seq == 1


def test_replayed_and_older_bundles_are_refused(groups, tmp_path):
    a, b, ids, _ = groups
    first, second = tmp_path / "1.commonsx", tmp_path / "2.commonsx"
    send(a, first)
    send(a, second)
    receive(b, second.read_bytes())
    before = row_counts(b)
    with pytest.raises(ReplayedBundle):
        receive(b, second.read_bytes())
    with pytest.raises(ReplayedBundle):
        receive(b, first.read_bytes())
    assert row_counts(b) == before


def test_updates_and_tombstones_from_the_sender(groups, tmp_path):
    a, b, ids, _ = groups
    send(a, tmp_path / "1.commonsx")
    receive(b, (tmp_path / "1.commonsx").read_bytes())
    # B's own record with the same id as nothing from A: A cannot delete it
    mine = People(b).add(People(a).get(ids[2]).__class__(given="Local", family="Only")).id
    p = People(a).get(ids[0])
    p.phones = p.phones[:1]
    People(a).update(ids[0], p)
    People(a).delete(ids[1])
    send(a, tmp_path / "2.commonsx")
    report = receive(b, (tmp_path / "2.commonsx").read_bytes())
    assert report.updated == 1
    assert People(b).get(ids[0]).phones == People(a).get(ids[0]).phones  # the sender's record replaces ours
    assert ids[1] not in People(b).ids()
    assert mine in People(b).ids()


def test_unknown_sender_refused_unless_accepted(filled, make_vault, tmp_path):
    a, ids, _ = filled
    c = make_vault("c")
    out = tmp_path / "x.commonsx"
    bundles.write(a, bundles.ExportSpec("bundle", Selection(ids=ids[:1])), out,
                  keys=[partners.show_identity(c)["recipient"]])
    fp = partners.show_identity(a)["fingerprint"]
    with pytest.raises(UnknownSender) as exc:
        bundles.open_bundle(c, out.read_bytes())
    assert exc.value.fingerprint == fp and fp in str(exc.value)
    assert row_counts(c)["person"] == 0
    with pytest.raises(UnknownSender):
        bundles.open_bundle(c, out.read_bytes(), accept_sender="0000 " + fp[5:])
    got = bundles.open_bundle(c, out.read_bytes(), accept_sender=fp.replace(" ", "").lower())
    report = bundles.apply(c, got, ImportOptions())
    assert report.created == 1
    assert [p.fingerprint for p in exchange_store.partners(c)] == [fp]
    with pytest.raises(ReplayedBundle):
        bundles.open_bundle(c, out.read_bytes())


def _payload(b, data: bytes) -> bytes:
    return bundle.decrypt(data, age_secret=age_secret(b))


def _entries(payload: bytes) -> dict[str, bytes]:
    arc = archive.Archive(payload)
    return {name: arc.read(name, arc.size(name)) for name in arc.entries}


def test_tampered_truncated_and_foreign_bundles(groups, tmp_path):
    a, b, ids, _ = groups
    out = tmp_path / "a.commonsx"
    send(a, out)
    data = out.read_bytes()
    before = row_counts(b)
    tampered = bytearray(data)
    tampered[-100] ^= 0x01
    for bad in (bytes(tampered), data[:len(data) // 2], data[:200]):
        with pytest.raises((NotForUs, UnreadableFile)):
            bundles.open_bundle(b, bad)
    # a bundle for someone else
    c_vault_card = identity.card_of(identity.generate("C"))
    other = bundle.encrypt(_payload(b, data), recipients=[c_vault_card.recipient])
    with pytest.raises(NotForUs):
        bundles.open_bundle(b, other)
    # records changed after signing (re-encrypted to B by someone holding the plaintext)
    entries = _entries(_payload(b, data))
    entries["records.json"] = entries["records.json"].replace(b"Paul", b"Saul")
    forged = bundle.encrypt(archive.write_zip(list(entries.items())),
                            recipients=[partners.show_identity(b)["recipient"]])
    with pytest.raises(BadSignature):
        bundles.open_bundle(b, forged)
    assert row_counts(b) == before


def test_resigned_by_a_stranger(groups, tmp_path):
    a, b, ids, _ = groups
    out = tmp_path / "a.commonsx"
    send(a, out)
    entries = _entries(_payload(b, out.read_bytes()))
    manifest = json.loads(entries["manifest.json"])
    stranger = identity.generate("Stranger")
    card = identity.card_of(stranger)
    before = row_counts(b)
    for claimed_name, claimed_group, error in (("Stranger", card.group_id, UnknownSender),
                                               ("A", manifest["sender"]["group_id"], SenderKeyChanged)):
        m = dict(manifest)
        m["sender"] = {"name": claimed_name, "group_id": claimed_group, "recipient": card.recipient,
                       "signing_key": card.signing_key, "fingerprint": card.fingerprint}
        records = entries["records.json"].replace(b"Paul", b"Saul")
        files = {k[6:]: v for k, v in entries.items() if k.startswith("files/")}
        payload = bundle.pack({k: v for k, v in m.items() if k not in ("records", "files")}, records, files,
                              stranger)
        forged = bundle.encrypt(payload, recipients=[partners.show_identity(b)["recipient"]])
        with pytest.raises(error) as exc:
            bundles.open_bundle(b, forged)
        if error is SenderKeyChanged:
            assert "CHANGED" in str(exc.value)
    assert row_counts(b) == before


def test_passphrase_bundle(filled, make_vault, tmp_path):
    a, ids, _ = filled
    c = make_vault("c")
    out = tmp_path / "p.commonsx"
    bundles.write(a, bundles.ExportSpec("bundle", Selection(ids=ids[:2])), out, passphrase="tres secret", armor=True)
    assert out.read_bytes().startswith(b"-----BEGIN AGE ENCRYPTED FILE-----")
    fp = partners.show_identity(a)["fingerprint"]
    with pytest.raises(BundlePassphraseWrong):
        bundles.open_bundle(c, out.read_bytes(), passphrase="wrong", accept_sender=fp)
    report = receive(c, out.read_bytes(), passphrase="tres secret", accept_sender=fp)
    assert report.created == 2


def test_archive_refusals():
    def make(name, data=b"x", *, attr=None):
        buf = io.BytesIO()
        with zipfile.ZipFile(buf, "w") as zf:
            info = zipfile.ZipInfo(name)
            if attr is not None:
                info.external_attr = attr << 16
            zf.writestr(info, data)
        return buf.getvalue()
    for bad in ("../evil", "/etc/passwd", "files/../../x", "C:/x", "a\\b", "other.txt"):
        with pytest.raises(UnsafeArchive):
            archive.Archive(make(bad))
    with pytest.raises(UnsafeArchive):
        archive.Archive(make("records.json", b"target", attr=0o120777))
    bomb = io.BytesIO()
    with zipfile.ZipFile(bomb, "w", zipfile.ZIP_DEFLATED) as zf:
        zf.writestr("records.json", b"\0" * (50 * 1024 * 1024))
    with pytest.raises(UnsafeArchive, match="compressed too much"):
        archive.Archive(bomb.getvalue())


@pytest.fixture
def plans_made(monkeypatch):
    """A spy on bundles.make_plan: the real planner runs, each call is counted."""
    calls: list[int] = []
    real = bundles.make_plan

    def counting(*args, **kwargs):
        calls.append(1)
        return real(*args, **kwargs)

    monkeypatch.setattr(bundles, "make_plan", counting)
    return calls


def test_apply_reuses_the_preview_plan(groups, tmp_path, plans_made):
    a, b, ids, _ = groups
    out = tmp_path / "a.commonsx"
    send(a, out)
    got = bundles.open_bundle(b, out.read_bytes())
    options = ImportOptions(mode="create")
    report = bundles.preview(b, got, options)
    assert (report.created, report.errors, len(plans_made)) == (4, [], 1)
    done = bundles.apply(b, got, options, preview=report)
    assert len(plans_made) == 1 and done.plan is report.plan  # planned once
    assert (done.applied, done.created, done.updated, done.skipped, done.errors) == (True, 4, 0, 0, [])
    assert done.notes == report.notes
    assert snapshot(b) == snapshot(a)
    partner = exchange_store.partner_by(b, name="A")
    assert partner.received_seq == 1
    assert exchange_store.origins_from(b, partner.rid) == frozenset(snapshot(a))
    with pytest.raises(ReplayedBundle):
        bundles.open_bundle(b, out.read_bytes())


def test_reused_plan_still_refuses_a_replay_at_apply_time(groups, tmp_path, plans_made):
    """Two previews of one bundle, nothing written by the first apply (every record already here): the second plan
    is still exact for the vault, yet the sequence check inside the transaction refuses it."""
    a, b, ids, _ = groups
    send(a, tmp_path / "1.commonsx")
    receive(b, (tmp_path / "1.commonsx").read_bytes(), mode="create")
    send(a, tmp_path / "2.commonsx")
    data = (tmp_path / "2.commonsx").read_bytes()
    options = ImportOptions(mode="create")
    first, second = bundles.open_bundle(b, data), bundles.open_bundle(b, data)
    previews = [bundles.preview(b, got, options) for got in (first, second)]
    assert [(r.created, r.updated, r.skipped) for r in previews] == [(0, 0, 4)] * 2
    calls = len(plans_made)
    done = bundles.apply(b, first, options, preview=previews[0])
    assert (len(plans_made), done.skipped) == (calls, 4)
    assert exchange_store.partner_by(b, name="A").received_seq == 2
    before = row_counts(b)
    with pytest.raises(ReplayedBundle):
        bundles.apply(b, second, options, preview=previews[1])
    assert row_counts(b) == before and exchange_store.partner_by(b, name="A").received_seq == 2


def test_apply_reuses_the_plan_for_a_sender_accepted_by_fingerprint(filled, make_vault, tmp_path, plans_made):
    a, ids, _ = filled
    c = make_vault("c")
    out = tmp_path / "x.commonsx"
    bundles.write(a, bundles.ExportSpec("bundle", Selection(ids=ids[:2])), out,
                  keys=[partners.show_identity(c)["recipient"]])
    fp = partners.show_identity(a)["fingerprint"]
    got = bundles.open_bundle(c, out.read_bytes(), accept_sender=fp)
    report = bundles.preview(c, got, ImportOptions())
    assert got.partner is None and report.created == 2
    done = bundles.apply(c, got, ImportOptions(), preview=report)
    assert len(plans_made) == 1 and done.plan is report.plan
    assert done.created == 2 and sorted(People(c).ids()) == sorted(ids[:2])
    [partner] = exchange_store.partners(c)
    assert partner.fingerprint == fp and exchange_store.origins_from(c, partner.rid) == frozenset(ids[:2])


def test_apply_plans_again_when_the_vault_changed_since_the_preview(groups, tmp_path, plans_made):
    a, b, ids, _ = groups
    out = tmp_path / "a.commonsx"
    send(a, out)
    got = bundles.open_bundle(b, out.read_bytes())
    options = ImportOptions(mode="create")
    report = bundles.preview(b, got, options)
    assert report.created == 4
    # someone adds Paul (same email as the bundle's Paul Martin, no family name) between the preview and the import
    local = People(b).add(Person(given="PAUL", emails=[Email("paul@exemple.org")])).id
    done = bundles.apply(b, got, options, preview=report)
    assert len(plans_made) == 2 and done.plan is not report.plan  # the stale plan was not written
    assert (done.created, done.skipped, done.errors) == (3, 1, [])
    assert People(b).find_by_contact("email", "paul@exemple.org") == [local]  # no second Paul
    assert ids[1] not in People(b).ids() and {ids[0], ids[2]} <= set(People(b).ids())
    assert (People(b).get(local).given, People(b).get(local).family) == ("PAUL", "")
    assert exchange_store.partner_by(b, name="A").received_seq == 1
    # with the same options and nothing written since, a fresh preview is reused again
    send(a, tmp_path / "2.commonsx")
    got = bundles.open_bundle(b, (tmp_path / "2.commonsx").read_bytes())
    report = bundles.preview(b, got, ImportOptions(mode="update"))
    calls = len(plans_made)
    assert bundles.apply(b, got, ImportOptions(mode="update"), preview=report).plan is report.plan
    assert len(plans_made) == calls


def test_a_cancelled_import_from_a_new_sender_can_be_tried_again(filled, make_vault, tmp_path, plans_made):
    a, ids, _ = filled
    c = make_vault("c")
    out = tmp_path / "x.commonsx"
    bundles.write(a, bundles.ExportSpec("bundle", Selection(ids=ids[:2])), out,
                  keys=[partners.show_identity(c)["recipient"]])
    fp = partners.show_identity(a)["fingerprint"]
    got = bundles.open_bundle(c, out.read_bytes(), accept_sender=fp)
    report = bundles.preview(c, got, ImportOptions())
    before = row_counts(c)
    cancel = CancelToken()
    cancel.cancel()
    with pytest.raises(Cancelled):
        bundles.apply(c, got, ImportOptions(), preview=report, cancel=cancel)
    assert got.partner is None and exchange_store.partners(c) == [] and row_counts(c) == before
    done = bundles.apply(c, got, ImportOptions(), preview=report)  # before: "no partner with id <fingerprint>"
    assert (done.created, len(plans_made)) == (2, 1) and sorted(People(c).ids()) == sorted(ids[:2])
    assert [p.fingerprint for p in exchange_store.partners(c)] == [fp]
