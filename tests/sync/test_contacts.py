"""The ``carddav`` job against a real Radicale (through the fault proxy): publishing only the profile's records and
fields, the server's edits coming back through the merge engine field by field, concurrent edits as conflicts,
deletions both ways with the mass-delete fail-safe, no request beyond two when nothing changed, and convergence
after faults (an answer lost after the server stored the PUT, a connection reset, a 503)."""

from __future__ import annotations

import uuid

import pytest
import requests

from commons_desktop.core.model import Email, Organisation, Person, Phone
from commons_desktop.exchange.selection import Selection
from commons_desktop.services import conflicts as conflict_service
from commons_desktop.services import profiles, servers, sync
from commons_desktop.services.sync_contacts import device_of
from commons_desktop.sync.carddav import CardDav
from commons_desktop.sync.http import Http
from commons_desktop.vault import cards, exchange_log, tags
from commons_desktop.vault import servers as store
from commons_desktop.vault.organisations import Organisations
from commons_desktop.vault.people import People
from tests.sync.conftest import PASSWORDS

CANARY_NOTES = "CANARY-NOTES-3c1f"        # a field outside the profile
CANARY_PERSON = "CANARY-UNSELECTED-9e2d"  # a person the profile does not select
FIELDS = ["given", "family", "emails", "phones", "name"]


def run(vault, secrets, **options) -> sync.Outcome:
    return sync.run(vault, secrets, ["book"], options=sync.Options(**options))["book"]


def add_records(vault) -> dict[str, str]:
    """Three records tagged 'carnet' (two people, one organisation), one that is not, and the profile 'carnet'
    (fields: names, emails, phones). Returns the ids: emilie, marc, hidden, org."""
    people = People(vault)
    emilie = people.add(Person(given="Émilie", family="Dupré", emails=[Email("emilie@exemple.org")],
                               phones=[Phone("+32 470 12 34 56")], notes=CANARY_NOTES))
    marc = people.add(Person(given="Marc", family="Leroy", emails=[Email("marc@exemple.org", "work")]))
    hidden = people.add(Person(given=CANARY_PERSON, family="Caché"))
    org = Organisations(vault).add(Organisation(name="Maison du Peuple", kind="association", notes=CANARY_NOTES))
    tags.add_tag(vault, "carnet", [emilie.id, marc.id, org.id])
    profiles.add(vault, "carnet", Selection(tag="carnet"), FIELDS)
    return {"emilie": emilie.id, "marc": marc.id, "hidden": hidden.id, "org": org.id}


def phone_card(uid: str, lines: str = "") -> str:
    """Nadia Benali's card as another client (a phone) makes it on the server: vCard 3.0, ``lines`` before its end."""
    return f"BEGIN:VCARD\r\nVERSION:3.0\r\nUID:{uid}\r\nFN:Nadia Benali\r\nN:Benali;Nadia;;;\r\n{lines}END:VCARD\r\n"


def changed_after_listing(vault, secrets) -> None:
    """As if the server's change had come between this vault's listing and its PUT: the ctag the vault saw is now."""
    server = store.get(vault, "book")
    state = store.target_state(vault, server.target_id)
    with Http(servers.endpoint(vault, secrets, server)) as http:
        state["ctag"] = CardDav(http).discover().ctag
    store.set_target_state(vault, server.target_id, state)


@pytest.fixture
def book(vault, radicale, proxy, secrets):
    """A vault with three records tagged 'carnet' (two people, one organisation) and one that is not, a carddav server
    'book' carrying profile 'carnet' (fields: names, emails, phones) through a fault proxy in front of Radicale, its
    address book created by 'test connection'. Yields (vault, ids, radicale, proxy, secrets, the book's folder)."""
    ids = add_records(vault)
    path = f"/alice/{uuid.uuid4().hex}/"
    p = proxy(radicale.port)
    servers.add(vault, secrets, "book", "carddav", p.url(path), "alice", password=PASSWORDS["alice"], profile="carnet")
    servers.test(vault, secrets, "book", create=True)
    p.clear()
    yield vault, ids, radicale, p, secrets, path
    servers.remove(vault, secrets, "book")


def stored(radicale, path: str) -> dict[str, str]:
    """The cards in Radicale's storage for the book: file name -> text."""
    folder = radicale.storage / "collection-root" / path.strip("/")
    return {f.name: f.read_text("utf-8") for f in folder.iterdir() if f.suffix == ".vcf"}


def raw(radicale, method: str, path: str, body: str | None = None, **headers) -> requests.Response:
    """A request straight to Radicale (another client: a phone, Nextcloud Contacts)."""
    return requests.request(method, radicale.url.rstrip("/") + path, data=body.encode() if body else None,
                            auth=("alice", PASSWORDS["alice"]), headers={"Content-Type": "text/vcard", **headers},
                            timeout=10)


def edit_there(radicale, path: str, ident: str, old: str, new: str) -> None:
    """Edit a card on the server as Nextcloud would: GET it, replace a line, PUT it over its ETag."""
    href = f"{path}{ident}.vcf"
    got = raw(radicale, "GET", href)
    assert got.status_code == 200 and old in got.text
    assert raw(radicale, "PUT", href, got.text.replace(old, new), **{"If-Match": got.headers["ETag"]}).status_code \
        in (201, 204)


def test_publish_carries_only_the_profile_and_a_second_sync_sends_nothing(book):
    vault, ids, radicale, p, secrets, path = book
    out = run(vault, secrets)
    assert out.error is None, out
    assert out.to_json()["sent"] == 3 and out.counts.received == 0 and out.counts.deleted == 0
    files = stored(radicale, path)
    assert sorted(files) == sorted(f"{ids[k]}.vcf" for k in ("emilie", "marc", "org"))
    emilie = files[f"{ids['emilie']}.vcf"]
    assert "VERSION:3.0" in emilie and "emilie@exemple.org" in emilie and "+32 470 12 34 56" in emilie
    for f in radicale.files():  # the canary scan of the whole storage: nothing outside the profile
        data = f.read_bytes()
        assert CANARY_NOTES.encode() not in data and CANARY_PERSON.encode() not in data, f
    assert not any("carnet" in text for text in files.values())  # tags are not among the profile's fields
    puts = [s for s in p.seen if s.method == "PUT"]
    assert len(puts) == 3 and all(s.headers.get("If-None-Match") == "*" for s in puts)
    logged = exchange_log.disclosures(vault)[0]
    assert logged.kind == "carddav" and logged.recipients == ["book"] and logged.count == 3
    assert "notes" not in logged.fields and {"given", "emails"} <= set(logged.fields)
    again = run(vault, secrets)
    assert again.to_json() == {"sent": 0, "received": 0, "deleted": 0, "conflicts": 0, "requests": again.requests,
                               "error": None}
    assert again.requests <= 2
    third = run(vault, secrets)
    assert third.requests == 1 and third.counts.sent == 0
    # an edit here goes out with If-Match, only that card
    People(vault).update_fields(ids["marc"], {"given": "Marcel"})
    p.clear()
    edited = run(vault, secrets)
    assert edited.counts.sent == 1 and edited.error is None
    assert [s.headers.get("If-Match") is not None for s in p.seen if s.method == "PUT"] == [True]
    assert "Marcel" in stored(radicale, path)[f"{ids['marc']}.vcf"]


def test_an_edit_on_the_server_comes_back_field_by_field(book):
    vault, ids, radicale, p, secrets, path = book
    run(vault, secrets)
    edit_there(radicale, path, ids["emilie"], "+32 470 12 34 56", "+32 499 00 00 00")
    out = run(vault, secrets)
    assert out.error is None and out.counts.received == 1 and out.counts.sent == 0 and out.counts.conflicts == 0
    person = People(vault).get(ids["emilie"])
    assert [ph.number for ph in person.phones] == ["+32 499 00 00 00"]
    assert person.notes == CANARY_NOTES and person.emails[0].address == "emilie@exemple.org"  # the rest untouched
    from commons_desktop.vault import changelog
    last = changelog.history(vault, ids["emilie"], limit=1)[0]
    assert last.device == device_of(store.get(vault, "book").target_id) and set(last.fields or {}) == {"phones"}
    assert run(vault, secrets).to_json()["sent"] == 0


def test_an_etag_change_without_a_content_change_is_no_change(book):
    vault, ids, radicale, p, secrets, path = book
    run(vault, secrets)
    href = f"{path}{ids['marc']}.vcf"
    got = raw(radicale, "GET", href)  # the same card, written again with its lines folded otherwise (a new ETag)
    text = got.text.replace("\r\nEND:VCARD", "\r\nPRODID:-//Other//EN\r\nEND:VCARD")
    assert raw(radicale, "PUT", href, text, **{"If-Match": got.headers["ETag"]}).status_code in (201, 204)
    out = run(vault, secrets)
    assert out.error is None and out.counts.received == 0 and out.counts.sent == 0 and out.counts.conflicts == 0
    from commons_desktop.vault import changelog
    assert changelog.history(vault, ids["marc"], limit=1)[0].device != device_of(store.get(vault, "book").target_id)
    assert conflict_service.listed(vault) == []


def test_concurrent_edits_of_one_field_are_a_conflict_and_of_two_fields_merge(book):
    vault, ids, radicale, p, secrets, path = book
    run(vault, secrets)
    edit_there(radicale, path, ids["emilie"], "Dupré", "Dupré-Server")
    People(vault).update_fields(ids["emilie"], {"family": "Dupré-Local"})
    edit_there(radicale, path, ids["marc"], "marc@exemple.org", "marc@serveur.org")
    People(vault).update_fields(ids["marc"], {"given": "Marcel"})
    out = run(vault, secrets)
    assert out.error is None and out.counts.conflicts == 1 and out.counts.received == 2
    queued = [q for q in conflict_service.listed(vault) if q.kind == "conflict"]
    assert [(q.entity_id, q.field) for q in queued] == [(ids["emilie"], "family")]
    marc = People(vault).get(ids["marc"])
    assert marc.given == "Marcel" and [e.address for e in marc.emails] == ["marc@serveur.org"]
    assert "Marcel" in stored(radicale, path)[f"{ids['marc']}.vcf"]  # the merged card went back
    assert "marc@serveur.org" in stored(radicale, path)[f"{ids['marc']}.vcf"]


def test_a_card_created_on_the_server_comes_in_tagged_and_stays_published(book):
    vault, ids, radicale, p, secrets, path = book
    run(vault, secrets)
    uid = str(uuid.uuid4())
    card = phone_card(uid, "EMAIL;TYPE=HOME:nadia@exemple.org\r\n")
    assert raw(radicale, "PUT", f"{path}phone-made.vcf", card, **{"If-None-Match": "*"}).status_code == 201
    out = run(vault, secrets)
    assert out.error is None and out.counts.received == 1
    nadia = People(vault).get(uid)
    assert (nadia.given, nadia.family, nadia.emails[0].address) == ("Nadia", "Benali", "nadia@exemple.org")
    assert "carnet" in nadia.tags
    assert sorted(stored(radicale, path)) == sorted([*(f"{ids[k]}.vcf" for k in ("emilie", "marc", "org")),
                                                     "phone-made.vcf"])
    assert run(vault, secrets).to_json()["sent"] == 0


def test_deletions_both_ways(book):
    vault, ids, radicale, p, secrets, path = book
    run(vault, secrets)
    People(vault).delete(ids["marc"])
    p.clear()
    out = run(vault, secrets)
    assert out.error is None and out.counts.deleted == 1
    assert [s.headers.get("If-Match") is not None for s in p.seen if s.method == "DELETE"] == [True]
    assert f"{ids['marc']}.vcf" not in stored(radicale, path)
    # deleted on the server: the person stays in the vault, and is published again
    assert raw(radicale, "DELETE", f"{path}{ids['emilie']}.vcf").status_code in (200, 204)
    out = run(vault, secrets)
    assert out.error is None and out.counts.sent == 1
    assert People(vault).get(ids["emilie"]).given == "Émilie"
    assert f"{ids['emilie']}.vcf" in stored(radicale, path)


def test_mass_deletes_are_refused_both_ways(book):
    vault, ids, radicale, p, secrets, path = book
    run(vault, secrets)
    tags.remove_tag(vault, "carnet", [ids["marc"], ids["org"]])
    out = run(vault, secrets)
    assert out.error == "mass-delete" and len(stored(radicale, path)) == 3
    out = run(vault, secrets, confirm_deletions=True)
    assert out.error is None and out.counts.deleted == 2 and len(stored(radicale, path)) == 1
    tags.add_tag(vault, "carnet", [ids["marc"], ids["org"]])
    run(vault, secrets)
    for name in list(stored(radicale, path)):  # the book emptied there (another tool, a hoster's mistake)
        raw(radicale, "DELETE", f"{path}{name}")
    out = run(vault, secrets)
    assert out.error == "mass-delete" and stored(radicale, path) == {}
    assert len(People(vault).ids()) == 3
    out = run(vault, secrets, confirm_deletions=True)
    assert out.error is None and out.counts.sent == 3 and len(stored(radicale, path)) == 3


def test_a_lost_answer_a_reset_and_a_503_converge_without_duplicates(book):
    vault, ids, radicale, p, secrets, path = book
    p.add("lose", method="PUT", times=1)
    out = run(vault, secrets)
    assert out.error == "interrupted"
    for rule, error in ((dict(action="status", status=503), "server"), (dict(action="reset"), "interrupted")):
        for k in ("emilie", "marc"):  # something to send again
            People(vault).update_fields(ids[k], {"family": f"Famille {error}"})
        p.add(**rule, method="PUT", times=1)
        out = run(vault, secrets)
        assert out.error == error
    p.rules.clear()
    out = run(vault, secrets)
    assert out.error is None, out
    files = stored(radicale, path)
    assert sorted(files) == sorted(f"{ids[k]}.vcf" for k in ("emilie", "marc", "org"))
    assert all("Famille interrupted" in files[f"{ids[k]}.vcf"] for k in ("emilie", "marc"))
    target = store.get(vault, "book").target_id
    items = cards.items(vault, target)
    assert len(items) == 3 and not any(i.pending for i in items.values())
    again = run(vault, secrets)
    assert again.counts.sent == 0 and again.requests <= 2
    # an update whose answer is lost: sent once, recognised on the server next time
    People(vault).update_fields(ids["emilie"], {"given": "Emi"})
    p.add("lose", method="PUT", times=1)
    assert run(vault, secrets).error == "interrupted"
    p.rules.clear()
    p.seen.clear()
    out = run(vault, secrets)
    assert out.error is None and out.counts.conflicts == 0 and out.counts.sent == 0
    assert not [s for s in p.seen if s.method == "PUT"]
    assert "Emi" in stored(radicale, path)[f"{ids['emilie']}.vcf"]


def test_an_erased_person_leaves_the_server_and_the_sync_state(book):
    from commons_desktop.vault.erase import erase_person
    vault, ids, radicale, p, secrets, path = book
    run(vault, secrets)
    target = store.get(vault, "book").target_id
    assert cards.items(vault, target)[ids["emilie"]].base["given"] == "Émilie"
    erase_person(vault, ids["emilie"])
    kept = cards.items(vault, target)[ids["emilie"]]  # where the card is, nothing of what it said
    assert kept.base == {} and kept.clocks == {} and kept.etag
    out = run(vault, secrets)
    assert out.error is None and out.counts.deleted == 1
    assert f"{ids['emilie']}.vcf" not in stored(radicale, path) and ids["emilie"] not in cards.items(vault, target)


def test_a_412_on_update_is_merged_and_sent_again_not_an_error(book):
    vault, ids, radicale, p, secrets, path = book
    run(vault, secrets)
    People(vault).update_fields(ids["emilie"], {"family": "Dupré-Ici"})
    edit_there(radicale, path, ids["emilie"], "+32 470 12 34 56", "+32 499 00 00 00")
    People(vault).update_fields(ids["marc"], {"given": "Marc-Ici"})
    edit_there(radicale, path, ids["marc"], "Marc", "Marc-Là")
    changed_after_listing(vault, secrets)
    p.clear()
    out = run(vault, secrets)
    assert out.error is None and out.counts.conflicts == 1 and out.counts.received == 2, out
    assert [s.outcome for s in p.seen if s.method == "PUT"].count("412") == 2
    emilie = People(vault).get(ids["emilie"])
    assert emilie.family == "Dupré-Ici" and [ph.number for ph in emilie.phones] == ["+32 499 00 00 00"]
    card = stored(radicale, path)[f"{ids['emilie']}.vcf"]
    assert "Dupré-Ici" in card and "+32 499 00 00 00" in card
    queued = [q for q in conflict_service.listed(vault) if q.kind == "conflict"]
    assert [(q.entity_id, q.field, q.local, q.remote) for q in queued] == [
        (ids["marc"], "given", "Marc-Ici", "Marc-Là")]
    assert run(vault, secrets).counts.sent == 0


def _card_of(ident: str, given: str, family: str, phone: str) -> str:
    return (f"BEGIN:VCARD\r\nVERSION:3.0\r\nUID:urn:uuid:{ident}\r\nFN:{given} {family}\r\nN:{family};{given};;;\r\n"
            f"TEL;TYPE=CELL:{phone}\r\nEND:VCARD\r\n")


def test_a_card_of_ours_already_there_is_taken_over_not_duplicated(book):
    """Another laptop of the team published Émilie, or this vault lost its state: her card (our UID) is found in
    the listing and taken over; with no common base, what differs is merged (lists by element) or a conflict."""
    vault, ids, radicale, p, secrets, path = book
    assert raw(radicale, "PUT", f"{path}other.vcf", _card_of(ids["emilie"], "Émilie", "Dupré", "+32 499 00 00 00"),
               **{"If-None-Match": "*"}).status_code == 201
    out = run(vault, secrets)
    assert out.error is None, out
    files = stored(radicale, path)
    assert sorted(files) == sorted(["other.vcf", f"{ids['marc']}.vcf", f"{ids['org']}.vcf"])
    assert "+32 470 12 34 56" in files["other.vcf"] and "+32 499 00 00 00" in files["other.vcf"]
    assert len(People(vault).ids()) == 3
    assert sorted(ph.number for ph in People(vault).get(ids["emilie"]).phones) == ["+32 470 12 34 56",
                                                                                   "+32 499 00 00 00"]
    assert run(vault, secrets).counts.sent == 0


def test_a_uid_already_there_answer_finds_the_card_by_its_uid(book):
    """The server refuses a new card whose UID it holds elsewhere (Radicale: 409 no-uid-conflict; Nextcloud: 400
    "uid already exists"): the card is looked up by UID, merged, and written over where it is."""
    vault, ids, radicale, p, secrets, path = book
    tags.remove_tag(vault, "carnet", [ids["emilie"]])
    run(vault, secrets)
    assert raw(radicale, "PUT", f"{path}phone.vcf", _card_of(ids["emilie"], "Émilie", "Dupré", "+32 470 12 34 56"),
               **{"If-None-Match": "*"}).status_code == 201
    changed_after_listing(vault, secrets)  # this vault's listing did not see it
    tags.add_tag(vault, "carnet", [ids["emilie"]])
    p.clear()
    out = run(vault, secrets)
    assert out.error is None and out.counts.sent == 1, out
    assert [s.outcome for s in p.seen if s.method == "PUT"] == ["409", "204"] or \
        [s.outcome for s in p.seen if s.method == "PUT"] == ["409", "201"]
    files = stored(radicale, path)
    assert f"{ids['emilie']}.vcf" not in files and "emilie@exemple.org" in files["phone.vcf"]
    assert len(People(vault).ids()) == 3
    assert run(vault, secrets).counts.sent == 0


def test_photos_go_when_the_profile_carries_documents_and_the_card_stays_under_1_mb(book):
    import base64

    from commons_desktop.vault.documents import Documents
    vault, ids, radicale, p, secrets, path = book
    big, small = b"\xff\xd8\xff\xe0" + bytes(900_000), b"\x89PNG\r\n\x1a\n" + b"small-photo" * 10
    docs = Documents(vault)
    docs.add("Photo", big, "emilie.jpg", "image/jpeg", [("person", ids["emilie"])])  # 1.2 MB once in base64
    docs.add("Photo", small, "marc.png", "image/png", [("person", ids["marc"])])
    run(vault, secrets)
    assert not any("PHOTO" in text for text in stored(radicale, path).values())  # the profile carries no documents
    profiles.remove(vault, "carnet")  # the profile now carries documents too
    profiles.add(vault, "carnet", Selection(tag="carnet"), [*FIELDS, "documents"])
    out = run(vault, secrets)
    assert out.error is None and out.counts.sent == 1, out  # Marc's card, now with his photo
    files = stored(radicale, path)
    emilie, marc = files[f"{ids['emilie']}.vcf"], files[f"{ids['marc']}.vcf"]
    assert "PHOTO" not in emilie and len(emilie.encode()) < 1024 * 1024  # too large: left out, the card still there
    unfolded = marc.replace("\r\n ", "")
    assert base64.b64decode(unfolded.split("PHOTO;ENCODING=b;TYPE=PNG:")[1].split("\r\n")[0]) == small
    assert run(vault, secrets).counts.sent == 0


@pytest.mark.parametrize("mode", ["none", "weak"])
def test_without_strong_etags_a_card_is_looked_at_before_it_is_overwritten(book, mode):
    """Baïkal may omit ETags; a weak one never matches If-Match: the card is fetched and compared first, and what
    changed there is merged (here a phone there, the family name here), not overwritten."""
    vault, ids, radicale, p, secrets, path = book
    p.add("pass", etags=mode, times=10_000)
    assert run(vault, secrets).counts.sent == 3
    target = store.get(vault, "book").target_id
    assert all(i.etag is None or i.etag.startswith("W/") for i in cards.items(vault, target).values())
    People(vault).update_fields(ids["emilie"], {"family": "Dupré-Ici"})
    edit_there(radicale, path, ids["emilie"], "+32 470 12 34 56", "+32 499 00 00 00")
    changed_after_listing(vault, secrets)
    out = run(vault, secrets)
    assert out.error is None and out.counts.received == 1 and out.counts.sent == 1, out
    card = stored(radicale, path)[f"{ids['emilie']}.vcf"]
    assert "Dupré-Ici" in card and "+32 499 00 00 00" in card
    assert [ph.number for ph in People(vault).get(ids["emilie"]).phones] == ["+32 499 00 00 00"]
    again = run(vault, secrets)
    assert again.error is None and again.counts.sent == 0
    People(vault).delete(ids["marc"])  # deleted here: its card, looked at first, goes
    edit_there(radicale, path, ids["org"], "Maison du Peuple", "Maison du Peuple (changée)")
    tags.remove_tag(vault, "carnet", [ids["org"]])  # unselected here, changed there unseen: left there, a conflict
    changed_after_listing(vault, secrets)
    out = run(vault, secrets, confirm_deletions=True)
    assert out.error is None and out.counts.deleted == 1 and out.counts.conflicts == 1, out
    assert sorted(stored(radicale, path)) == sorted([f"{ids['emilie']}.vcf", f"{ids['org']}.vcf"])


def test_a_card_over_the_servers_limit_is_left_out_and_the_others_go(book, monkeypatch):
    """Radicale announces no max-resource-size: the book read from its answer is given one of 2,000 bytes (as Baïkal
    announces 1 MB); a card over it even without a photo is not sent, and does not stop the others."""
    from commons_desktop.sync.carddav import AddressBook
    vault, ids, radicale, p, secrets, path = book
    People(vault).update_fields(ids["marc"], {"given": "Marc " + "x" * 3000})
    original = AddressBook.of

    def with_limit(entry):
        found = original(entry)
        found.max_size = 2000
        return found
    monkeypatch.setattr(AddressBook, "of", staticmethod(with_limit))
    out = run(vault, secrets)
    assert out.error is None and out.counts.sent == 2, out
    assert f"{ids['marc']}.vcf" not in stored(radicale, path)


def test_a_card_created_there_joins_a_profile_of_chosen_records(book):
    vault, ids, radicale, p, secrets, path = book
    profiles.remove(vault, "carnet")
    profiles.add(vault, "carnet", Selection(ids=[ids["emilie"], ids["org"]]), FIELDS)
    run(vault, secrets)
    uid = str(uuid.uuid4())
    card = phone_card(uid)
    assert raw(radicale, "PUT", f"{path}phone-made.vcf", card, **{"If-None-Match": "*"}).status_code == 201
    out = run(vault, secrets)
    assert out.error is None and out.counts.received == 1 and out.counts.deleted == 0
    assert uid in Selection.from_json(exchange_log.get_profile(vault, "carnet").selection).ids
    assert "phone-made.vcf" in stored(radicale, path)
    assert run(vault, secrets).counts.deleted == 0


def test_a_huge_card_there_is_left_aside_and_the_others_still_come_in(book):
    """A card over what one card may weigh (davxml.MAX_TEXT: 4 MB of text), put there by another client, is not
    read, and neither stops the sync nor keeps the other new cards out (the whole multiget was refused before)."""
    vault, ids, radicale, p, secrets, path = book
    run(vault, secrets)
    huge = (f"BEGIN:VCARD\r\nVERSION:3.0\r\nUID:{uuid.uuid4()}\r\nFN:Huge Card\r\nN:Card;Huge;;;\r\n"
            f"NOTE:{'x' * (5 * 1024 * 1024)}\r\nEND:VCARD\r\n")
    assert raw(radicale, "PUT", f"{path}huge.vcf", huge, **{"If-None-Match": "*"}).status_code == 201
    uid = str(uuid.uuid4())
    card = phone_card(uid, "EMAIL;TYPE=HOME:nadia@exemple.org\r\n")
    assert raw(radicale, "PUT", f"{path}phone-made.vcf", card, **{"If-None-Match": "*"}).status_code == 201
    out = run(vault, secrets)
    assert out.error is None and out.counts.received == 1
    assert People(vault).get(uid).given == "Nadia"
    assert "huge.vcf" in stored(radicale, path)   # left there as it is
    assert run(vault, secrets).error is None
