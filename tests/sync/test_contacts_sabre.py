"""The ``carddav`` job against a REAL sabre/dav CardDAV server (Debian's php-sabre-dav on a sqlite file, served by
``php -S`` at ``/remote.php/dav/`` as Nextcloud is; tests/sync/servers.py SabreCardDav), through the fault proxy:
discovery from the server's root (principal -> addressbook-home-set -> the book) and what the book accepts, the
book made by extended MKCOL, publishing only the profile (a canary scan of the database), no request beyond two when
nothing changed, the server's edits coming back field by field, conflicts, a 412 on a stale If-Match, a card made
there, deletions both ways with the mass-delete fail-safe, what changed found without sync-collection (sabre/dav
1.8 offers only getctag; its sync-collection where the installed sabre/dav has it), the book's card size limit.

Nextcloud's contacts are this library with its own backend: this is the closest stand-in for Nextcloud here."""

from __future__ import annotations

import uuid

import pytest
import requests

from commons_desktop.core.model import Email, Person
from commons_desktop.exchange.selection import Selection
from commons_desktop.services import conflicts as conflict_service
from commons_desktop.services import profiles, servers, sync
from commons_desktop.services.sync_contacts import device_of
from commons_desktop.sync.carddav import CardDav
from commons_desktop.sync.http import Http
from commons_desktop.vault import cards, changelog, exchange_log, tags
from commons_desktop.vault import servers as store
from commons_desktop.vault.organisations import Organisations
from commons_desktop.vault.people import People
from tests.sync.conftest import PASSWORDS
from tests.sync.servers import SabreCardDav, sabre_carddav_missing
from tests.sync.test_contacts import (
    CANARY_NOTES,
    CANARY_PERSON,
    FIELDS,
    add_records,
    changed_after_listing,
    phone_card,
    run,
)

BOOK = "/remote.php/dav/addressbooks/alice/contacts/"


@pytest.fixture
def book(vault, sabre_carddav, proxy, secrets):
    """Three records tagged 'carnet' (two people, one organisation) and one not; a carddav server 'book' carrying
    profile 'carnet' given by the server's ROOT URL (the book is found through alice's principal), through a fault
    proxy in front of sabre/dav. Yields (vault, ids, server, proxy, secrets)."""
    ids = add_records(vault)
    p = proxy(sabre_carddav.port)
    servers.add(vault, secrets, "book", "carddav", p.url("/remote.php/dav/"), "alice", password=PASSWORDS["alice"],
                profile="carnet")
    report = servers.test(vault, secrets, "book")
    assert not report.created and report.vcard_version == "3.0" and report.can_write
    p.clear()
    yield vault, ids, sabre_carddav, p, secrets
    servers.remove(vault, secrets, "book")


def stored(server: SabreCardDav, book: str = "contacts") -> dict[str, str]:
    return server.cards("alice", book)


def raw(server: SabreCardDav, method: str, path: str, body: str | None = None, **headers) -> requests.Response:
    """A request straight to sabre/dav (another client: a phone, Nextcloud Contacts)."""
    return requests.request(method, f"http://127.0.0.1:{server.port}{path}", data=body.encode() if body else None,
                            auth=("alice", PASSWORDS["alice"]), headers={"Content-Type": "text/vcard", **headers},
                            timeout=10)


def edit_there(server: SabreCardDav, ident: str, old: str, new: str) -> None:
    """Edit a card on the server as Nextcloud Contacts would: GET it, replace a line, PUT it over its ETag."""
    href = f"{BOOK}{ident}.vcf"
    got = raw(server, "GET", href)
    assert got.status_code == 200 and old in got.text
    assert raw(server, "PUT", href, got.text.replace(old, new), **{"If-Match": got.headers["ETag"]}).status_code \
        in (201, 204)


def test_found_from_the_root_publishes_only_the_profile_and_a_second_sync_sends_nothing(book):
    vault, ids, server, p, secrets = book
    out = run(vault, secrets)
    assert out.error is None, out
    assert out.to_json()["sent"] == 3 and out.counts.received == 0 and out.counts.deleted == 0
    target = store.get(vault, "book").target_id
    assert store.target_state(vault, target)["book"] == BOOK  # root -> principals/alice/ -> addressbooks/alice/
    files = stored(server)
    assert sorted(files) == sorted(f"{ids[k]}.vcf" for k in ("emilie", "marc", "org"))
    emilie = files[f"{ids['emilie']}.vcf"]
    assert "VERSION:3.0" in emilie and "emilie@exemple.org" in emilie and "+32 470 12 34 56" in emilie
    for f in server.files():  # the canary scan of everything the server stores (its database, journal, log)
        data = f.read_bytes()
        assert CANARY_NOTES.encode() not in data and CANARY_PERSON.encode() not in data, f
    assert not any("carnet" in text for text in files.values())
    puts = [s for s in p.seen if s.method == "PUT"]
    assert len(puts) == 3 and all(s.headers.get("If-None-Match") == "*" for s in puts)
    assert all(i.etag and i.etag.startswith('"') for i in cards.items(vault, target).values())  # sabre's MD5s
    logged = exchange_log.disclosures(vault)[0]
    assert logged.kind == "carddav" and logged.recipients == ["book"] and logged.count == 3
    p.clear()
    again = run(vault, secrets)
    assert again.to_json() == {"sent": 0, "received": 0, "deleted": 0, "conflicts": 0, "requests": again.requests,
                               "error": None}
    assert again.requests == len(p.seen)
    p.clear()
    third = run(vault, secrets)
    assert third.counts.sent == 0 and third.counts.received == 0
    assert [(s.method, s.path) for s in p.seen] == [("PROPFIND", BOOK)]  # the book found before, its ctag still
    People(vault).update_fields(ids["marc"], {"given": "Marcel"})
    p.clear()
    edited = run(vault, secrets)
    assert edited.counts.sent == 1 and edited.error is None
    assert [s.headers.get("If-Match") is not None for s in p.seen if s.method == "PUT"] == [True]
    assert "Marcel" in stored(server)[f"{ids['marc']}.vcf"]


def test_a_sync_with_no_change_costs_at_most_two_requests(book):
    """The issue's target for a sync with nothing changed (≤ 2 requests) holds on sabre/dav too."""
    vault, ids, server, p, secrets = book
    run(vault, secrets)
    p.clear()
    again = run(vault, secrets)
    assert again.counts.sent == 0 and again.requests <= 2, [(s.method, s.path) for s in p.seen]


def test_the_book_is_created_by_extended_mkcol(vault, sabre_carddav, proxy, secrets):
    ids = add_records(vault)
    p = proxy(sabre_carddav.port)
    servers.add(vault, secrets, "book", "carddav", p.url("/remote.php/dav/addressbooks/alice/commons/"), "alice",
                password=PASSWORDS["alice"], profile="carnet")
    report = servers.test(vault, secrets, "book", create=True)
    assert report.created and report.vcard_version == "3.0"
    assert [s.method for s in p.seen].count("MKCOL") == 1
    out = run(vault, secrets)
    assert out.error is None and out.counts.sent == 3, out
    assert sorted(stored(sabre_carddav, "commons")) == sorted(f"{ids[k]}.vcf" for k in ("emilie", "marc", "org"))
    assert stored(sabre_carddav, "contacts") == {}


def test_an_edit_on_the_server_comes_back_field_by_field(book):
    vault, ids, server, p, secrets = book
    run(vault, secrets)
    edit_there(server, ids["emilie"], "+32 470 12 34 56", "+32 499 00 00 00")
    out = run(vault, secrets)
    assert out.error is None and out.counts.received == 1 and out.counts.sent == 0 and out.counts.conflicts == 0
    person = People(vault).get(ids["emilie"])
    assert [ph.number for ph in person.phones] == ["+32 499 00 00 00"]
    assert person.notes == CANARY_NOTES and person.emails[0].address == "emilie@exemple.org"
    last = changelog.history(vault, ids["emilie"], limit=1)[0]
    assert last.device == device_of(store.get(vault, "book").target_id) and set(last.fields or {}) == {"phones"}
    assert run(vault, secrets).to_json()["sent"] == 0


def test_concurrent_edits_of_one_field_are_a_conflict_and_of_two_fields_merge(book):
    vault, ids, server, p, secrets = book
    run(vault, secrets)
    edit_there(server, ids["emilie"], "Dupré", "Dupré-Server")
    People(vault).update_fields(ids["emilie"], {"family": "Dupré-Local"})
    edit_there(server, ids["marc"], "marc@exemple.org", "marc@serveur.org")
    People(vault).update_fields(ids["marc"], {"given": "Marcel"})
    out = run(vault, secrets)
    assert out.error is None and out.counts.conflicts == 1 and out.counts.received == 2, out
    queued = [q for q in conflict_service.listed(vault) if q.kind == "conflict"]
    assert [(q.entity_id, q.field) for q in queued] == [(ids["emilie"], "family")]
    marc = stored(server)[f"{ids['marc']}.vcf"]
    assert "Marcel" in marc and "marc@serveur.org" in marc  # the merged card went back
    assert run(vault, secrets).counts.sent == 0


def test_a_stale_if_match_gets_412_and_is_merged_and_sent_again(book):
    vault, ids, server, p, secrets = book
    run(vault, secrets)
    People(vault).update_fields(ids["emilie"], {"family": "Dupré-Ici"})
    edit_there(server, ids["emilie"], "+32 470 12 34 56", "+32 499 00 00 00")
    People(vault).update_fields(ids["marc"], {"given": "Marc-Ici"})
    edit_there(server, ids["marc"], "Marc", "Marc-Là")
    changed_after_listing(vault, secrets)
    p.clear()
    out = run(vault, secrets)
    assert out.error is None and out.counts.conflicts == 1 and out.counts.received == 2, out
    assert [s.outcome for s in p.seen if s.method == "PUT"].count("412") == 2
    card = stored(server)[f"{ids['emilie']}.vcf"]
    assert "Dupré-Ici" in card and "+32 499 00 00 00" in card
    queued = [q for q in conflict_service.listed(vault) if q.kind == "conflict"]
    assert [(q.entity_id, q.field, q.local, q.remote) for q in queued] == [
        (ids["marc"], "given", "Marc-Ici", "Marc-Là")]
    assert run(vault, secrets).counts.sent == 0


def test_a_card_created_on_the_server_comes_in_tagged_and_stays_published(book):
    vault, ids, server, p, secrets = book
    run(vault, secrets)
    uid = str(uuid.uuid4())
    card = phone_card(uid, "EMAIL;TYPE=HOME:nadia@exemple.org\r\n")
    assert raw(server, "PUT", f"{BOOK}phone-made.vcf", card, **{"If-None-Match": "*"}).status_code == 201
    out = run(vault, secrets)
    assert out.error is None and out.counts.received == 1, out
    nadia = People(vault).get(uid)
    assert (nadia.given, nadia.family, nadia.emails[0].address) == ("Nadia", "Benali", "nadia@exemple.org")
    assert "carnet" in nadia.tags
    assert "phone-made.vcf" in stored(server) and len(stored(server)) == 4
    assert run(vault, secrets).to_json()["sent"] == 0


def test_deletions_both_ways(book):
    vault, ids, server, p, secrets = book
    run(vault, secrets)
    People(vault).delete(ids["marc"])
    p.clear()
    out = run(vault, secrets)
    assert out.error is None and out.counts.deleted == 1, out
    assert [s.headers.get("If-Match") is not None for s in p.seen if s.method == "DELETE"] == [True]
    assert f"{ids['marc']}.vcf" not in stored(server)
    assert raw(server, "DELETE", f"{BOOK}{ids['emilie']}.vcf").status_code in (200, 204)
    out = run(vault, secrets)  # deleted there: the person stays, and is published again
    assert out.error is None and out.counts.sent == 1, out
    assert People(vault).get(ids["emilie"]).given == "Émilie"
    assert f"{ids['emilie']}.vcf" in stored(server)


def test_mass_deletes_are_refused_both_ways(book):
    vault, ids, server, p, secrets = book
    run(vault, secrets)
    tags.remove_tag(vault, "carnet", [ids["marc"], ids["org"]])
    out = run(vault, secrets)
    assert out.error == "mass-delete" and len(stored(server)) == 3
    out = run(vault, secrets, confirm_deletions=True)
    assert out.error is None and out.counts.deleted == 2 and len(stored(server)) == 1
    tags.add_tag(vault, "carnet", [ids["marc"], ids["org"]])
    run(vault, secrets)
    for name in list(stored(server)):  # the book emptied there (another tool, a hoster's mistake)
        assert raw(server, "DELETE", f"{BOOK}{name}").status_code in (200, 204)
    out = run(vault, secrets)
    assert out.error == "mass-delete" and stored(server) == {}
    assert len(People(vault).ids()) == 3
    out = run(vault, secrets, confirm_deletions=True)
    assert out.error is None and out.counts.sent == 3 and len(stored(server)) == 3


def test_what_changed_is_found_with_the_ctag_and_a_listing_without_sync_collection(book):
    """sabre/dav 1.8 (Debian 12) offers no sync-collection: a moved ctag means one ETag listing, never a REPORT the
    server does not offer; only the changed card is fetched (one multiget)."""
    vault, ids, server, p, secrets = book
    run(vault, secrets)
    server_state = store.target_state(vault, store.get(vault, "book").target_id)
    with Http(servers.endpoint(vault, secrets, store.get(vault, "book"))) as http:
        found = CardDav(http).discover()
    if found.sync_collection:  # a sabre/dav with its Sync plugin: tokens as Nextcloud gives them
        assert server_state["token"]
    else:
        assert server_state["token"] is None and server_state["ctag"]
    edit_there(server, ids["marc"], "Leroy", "Leroy-Bis")
    p.clear()
    out = run(vault, secrets)
    assert out.error is None and out.counts.received == 1, out
    reports = [s for s in p.seen if s.method == "REPORT"]
    assert len(reports) == (2 if found.sync_collection else 1)  # (the sync-collection) and one multiget
    assert People(vault).get(ids["marc"]).family == "Leroy-Bis"


@pytest.fixture
def limited(vault, tmp_path, proxy, secrets):
    """The records and profile of ``book`` on a sabre/dav whose book announces (and enforces) a 2,000-byte limit
    on a card, as Nextcloud and Baïkal announce 1 MB."""
    missing = sabre_carddav_missing()
    if missing:
        pytest.skip(missing)
    server = SabreCardDav(tmp_path / "limited", PASSWORDS, {"alice": ["contacts"]}, max_size=2000).start()
    ids = add_records(vault)
    p = proxy(server.port)
    servers.add(vault, secrets, "book", "carddav", p.url(BOOK), "alice", password=PASSWORDS["alice"],
                profile="carnet")
    p.clear()
    yield vault, ids, server, p, secrets
    servers.remove(vault, secrets, "book")
    server.stop()


def test_a_card_over_the_books_announced_limit_is_left_out_and_the_others_go(limited):
    vault, ids, server, p, secrets = limited
    big = "BEGIN:VCARD\r\nVERSION:3.0\r\nUID:big\r\nFN:Big\r\nN:Big;;;;\r\nNOTE:" + "x" * 3000 + "\r\nEND:VCARD\r\n"
    assert raw(server, "PUT", f"{BOOK}big.vcf", big, **{"If-None-Match": "*"}).status_code == 403  # it enforces it
    People(vault).update_fields(ids["marc"], {"given": "Marc " + "x" * 3000})
    out = run(vault, secrets)
    assert out.error is None and out.counts.sent == 2, out
    assert sorted(stored(server)) == sorted(f"{ids[k]}.vcf" for k in ("emilie", "org"))
    assert len([s for s in p.seen if s.method == "PUT"]) == 2  # the card over the limit was not even sent


def test_a_multiget_naming_a_card_gone_still_gives_the_others(sabre_carddav):
    """sabre/dav 1.8 answers a whole addressbook-multiget with 404 when ONE of its hrefs is gone (a card deleted
    between the listing and the fetch): the cards still there come, the gone one is left out."""
    for name in ("a", "b"):
        card = f"BEGIN:VCARD\r\nVERSION:3.0\r\nUID:{name}\r\nFN:{name}\r\nN:{name};;;;\r\nEND:VCARD\r\n"
        assert raw(sabre_carddav, "PUT", f"{BOOK}{name}.vcf", card, **{"If-None-Match": "*"}).status_code == 201
    from commons_desktop.sync.http import Endpoint
    with Http(Endpoint(sabre_carddav.url + "addressbooks/alice/contacts/", "alice", PASSWORDS["alice"])) as http:
        dav = CardDav(http)
        book = dav.discover()
        got = list(dav.multiget(book, [f"{BOOK}a.vcf", f"{BOOK}gone.vcf", f"{BOOK}b.vcf"]))
        assert sorted(c.path for c in got) == [f"{BOOK}a.vcf", f"{BOOK}b.vcf"] and all(c.etag for c in got)
        assert list(dav.multiget(book, [f"{BOOK}gone.vcf"])) == []


def test_a_card_deleted_there_and_edited_here_is_published_again(book):
    """Deleted on the server after this vault's listing, edited here: the If-Match PUT gets 412, the card is not
    there to merge (sabre/dav 1.8: a multiget of it is a 404); it is published again at once, edit included (it was
    an error on sabre/dav, and on Radicale a conflict counted at every run, the If-Match failing for ever)."""
    vault, ids, server, p, secrets = book
    run(vault, secrets)
    assert raw(server, "DELETE", f"{BOOK}{ids['emilie']}.vcf").status_code in (200, 204)
    People(vault).update_fields(ids["emilie"], {"family": "Dupré-Ici"})
    changed_after_listing(vault, secrets)
    p.clear()
    out = run(vault, secrets)
    assert out.error is None and out.counts.sent == 1 and out.counts.conflicts == 0, out
    assert [(s.outcome, "If-None-Match" in s.headers) for s in p.seen if s.method == "PUT"] == [("412", False),
                                                                                                 ("201", True)]
    assert "Dupré-Ici" in stored(server)[f"{ids['emilie']}.vcf"]
    assert People(vault).get(ids["emilie"]).family == "Dupré-Ici"
    again = run(vault, secrets)
    assert again.error is None and again.counts.sent == 0 and again.counts.conflicts == 0, again


def test_a_book_replaced_on_the_server_is_found_again_from_the_url(book):
    """The book found before is asked first; when it is gone (deleted in Nextcloud, a new one made), the account's
    book is looked for again from the server's URL: every card this vault had there being gone, the mass-delete
    fail-safe stops first; confirmed, everything is published in the new book."""
    vault, ids, server, p, secrets = book
    run(vault, secrets)
    assert raw(server, "DELETE", BOOK).status_code in (200, 204)
    mkcol = ('<?xml version="1.0"?><d:mkcol xmlns:d="DAV:" xmlns:c="urn:ietf:params:xml:ns:carddav"><d:set><d:prop>'
             '<d:resourcetype><d:collection/><c:addressbook/></d:resourcetype></d:prop></d:set></d:mkcol>')
    assert raw(server, "MKCOL", "/remote.php/dav/addressbooks/alice/fresh/", mkcol,
               **{"Content-Type": "application/xml"}).status_code == 201
    out = run(vault, secrets)  # the cards this vault had there are all gone: the fail-safe asks first
    assert out.error == "mass-delete" and stored(server, "fresh") == {}, out
    out = run(vault, secrets, confirm_deletions=True)
    assert out.error is None and out.counts.sent == 3, out
    assert sorted(stored(server, "fresh")) == sorted(f"{ids[k]}.vcf" for k in ("emilie", "marc", "org"))
    assert store.target_state(vault, store.get(vault, "book").target_id)["book"] == \
        "/remote.php/dav/addressbooks/alice/fresh/"


@pytest.mark.parametrize("url", ["/remote.php/dav/principals/alice/", "/remote.php/dav/addressbooks/alice/", BOOK])
def test_the_book_is_found_from_the_principal_the_home_or_itself(vault, sabre_carddav, secrets, url):
    """What a person may paste from Nextcloud's settings: the principal (a DAV:principal that is no collection in
    sabre/dav), the address book home, or the book."""
    add_records(vault)
    servers.add(vault, secrets, "book", "carddav", sabre_carddav.url.split("/remote.php")[0] + url, "alice",
                password=PASSWORDS["alice"], profile="carnet")
    report = servers.test(vault, secrets, "book")
    assert not report.created and report.can_write and report.vcard_version == "3.0"
    out = run(vault, secrets)
    assert out.error is None and out.counts.sent == 3, out
    assert len(stored(sabre_carddav)) == 3


def test_wrong_credentials_stop_after_one_request(vault, sabre_carddav, proxy, secrets):
    from commons_desktop.sync.errors import DavError, Failure
    add_records(vault)
    p = proxy(sabre_carddav.port)
    servers.add(vault, secrets, "book", "carddav", p.url("/remote.php/dav/"), "alice", password="wrong",
                profile="carnet")
    with pytest.raises(DavError) as caught:
        servers.test(vault, secrets, "book")
    assert caught.value.failure is Failure.AUTH and "wrong" not in str(caught.value)
    out = run(vault, secrets)
    assert out.error == "auth" and p.count() == 1, out  # the sync sends nothing more with these credentials


def test_many_cards_go_and_come_back_in_batches(vault, sabre_carddav, proxy, secrets):
    """60 people: published (several writes at a time: sabre/dav's sqlite takes them), then 51 edited on the server
    come back through multigets of at most 50 cards, then a sync with no change sends nothing."""
    people = People(vault)
    ids = [people.add(Person(given=f"Prénom{i:03}", family="Famille", emails=[Email(f"p{i}@exemple.org")])).id
           for i in range(60)]
    tags.add_tag(vault, "carnet", ids)
    profiles.add(vault, "carnet", Selection(tag="carnet"), FIELDS)
    p = proxy(sabre_carddav.port)
    servers.add(vault, secrets, "book", "carddav", p.url(BOOK), "alice", password=PASSWORDS["alice"],
                profile="carnet")
    out = run(vault, secrets)
    assert out.error is None and out.counts.sent == 60, out
    assert len(stored(sabre_carddav)) == 60
    for ident in ids[:51]:
        edit_there(sabre_carddav, ident, "Famille", "Famille-Serveur")
    p.clear()
    out = run(vault, secrets)
    assert out.error is None and out.counts.received == 51 and out.counts.sent == 0, out
    assert [s.method for s in p.seen].count("REPORT") == 2  # 51 cards: two multigets
    assert sum(People(vault).get(i).family == "Famille-Serveur" for i in ids) == 51
    p.clear()
    again = run(vault, secrets)
    assert again.error is None and again.counts.sent == 0 and again.requests <= 2, again


def test_a_card_named_with_spaces_and_signs_there_is_read_and_written_back(book):
    """Clients name cards as they like (a space, a plus, an at sign, an accent): sabre/dav writes such hrefs encoded
    its own way; the card comes in, and an edit here goes back to the same card, not a second one."""
    vault, ids, server, p, secrets = book
    run(vault, secrets)
    uid = str(uuid.uuid4())
    name = "Nadia Benali+1@téléphone (2).vcf"
    card = phone_card(uid)
    from urllib.parse import quote
    assert raw(server, "PUT", BOOK + quote(name), card, **{"If-None-Match": "*"}).status_code == 201
    out = run(vault, secrets)
    assert out.error is None and out.counts.received == 1, out
    People(vault).update_fields(uid, {"family": "Benali-Ici"})
    out = run(vault, secrets)
    assert out.error is None and out.counts.sent == 1, out
    files = stored(server)
    assert len(files) == 4 and "Benali-Ici" in files[name]
    assert run(vault, secrets).counts.sent == 0


def test_vcard_4_where_the_book_announces_it_as_nextcloud_does(vault, tmp_path, secrets):
    """A book announcing text/vcard 4.0 (and jCard, which is not a text/vcard) gets vCard 4.0 cards, and a server's
    edit of one comes back."""
    missing = sabre_carddav_missing()
    if missing:
        pytest.skip(missing)
    server = SabreCardDav(tmp_path / "v4", PASSWORDS, {"alice": ["contacts"]}, vcard4=True).start()
    try:
        ids = add_records(vault)
        servers.add(vault, secrets, "book", "carddav", server.url, "alice", password=PASSWORDS["alice"],
                    profile="carnet")
        assert servers.test(vault, secrets, "book").vcard_version == "4.0"
        out = run(vault, secrets)
        assert out.error is None and out.counts.sent == 3, out
        emilie = stored(server)[f"{ids['emilie']}.vcf"]
        assert "VERSION:4.0" in emilie and "emilie@exemple.org" in emilie
        edit_there(server, ids["emilie"], "+32 470 12 34 56", "+32 499 00 00 00")
        out = run(vault, secrets)
        assert out.error is None and out.counts.received == 1 and out.counts.sent == 0, out
        assert [ph.number for ph in People(vault).get(ids["emilie"]).phones] == ["+32 499 00 00 00"]
    finally:
        server.stop()


@pytest.mark.parametrize(("rule", "error"), [
    (dict(action="lose", method="PUT"), "interrupted"),
    (dict(action="truncate", method="PUT"), "interrupted"),
    (dict(action="cut", method="REPORT"), "interrupted"),
    (dict(action="status", status=503, method="PROPFIND"), "server"),
    (dict(action="lose", method="DELETE"), "interrupted"),
])
def test_a_fault_stops_the_run_and_the_next_one_converges(book, rule, error):
    """Changes on both sides waiting (an edit here, one there, a deletion here, a card made there); a fault stops
    the run; the next converges: each side's change once, nothing duplicated, every card stored once."""
    from collections import Counter
    vault, ids, server, p, secrets = book
    run(vault, secrets)
    People(vault).update_fields(ids["emilie"], {"family": "Dupré-Ici"})
    edit_there(server, ids["marc"], "marc@exemple.org", "marc@serveur.org")
    Organisations(vault).delete(ids["org"])
    new = str(uuid.uuid4())
    card = phone_card(new)
    assert raw(server, "PUT", f"{BOOK}phone-made.vcf", card, **{"If-None-Match": "*"}).status_code == 201
    p.seen.clear()
    p.add(**{**rule, "times": 1})
    out = run(vault, secrets)
    assert out.error == error, out
    p.rules.clear()
    out = run(vault, secrets)
    assert out.error is None, out
    files = stored(server)
    assert sorted(files) == sorted([f"{ids['emilie']}.vcf", f"{ids['marc']}.vcf", "phone-made.vcf"])
    assert "Dupré-Ici" in files[f"{ids['emilie']}.vcf"]
    assert [e.address for e in People(vault).get(ids["marc"]).emails] == ["marc@serveur.org"]
    assert People(vault).get(new).given == "Nadia" and len(People(vault).ids()) == 4
    puts = Counter(s.path for s in p.seen if s.method == "PUT" and s.outcome.split()[-1] in ("201", "204"))
    assert all(n == 1 for n in puts.values()), puts
    again = run(vault, secrets)
    assert again.error is None and again.counts.sent == 0 and again.counts.received == 0 and again.requests <= 2


@pytest.mark.parametrize("url", [BOOK, "/remote.php/dav/addressbooks/alice/"])
def test_another_accounts_book_is_forbidden_not_a_file(vault, sabre_carddav, secrets, url):
    """bob given alice's book: sabre/dav's ACLs answer every property 403 (in a 207): no permission, said so (it
    read as "not a collection" before)."""
    from commons_desktop.sync.errors import DavError, Failure
    add_records(vault)
    servers.add(vault, secrets, "book", "carddav", sabre_carddav.url.split("/remote.php")[0] + url, "bob",
                password=PASSWORDS["bob"], profile="carnet")
    with pytest.raises(DavError) as caught:
        servers.test(vault, secrets, "book", create=True)
    assert caught.value.failure is Failure.FORBIDDEN
    assert run(vault, secrets).error == "forbidden"
    assert stored(sabre_carddav) == {}


def test_a_delete_over_a_card_changed_there_is_refused_and_counted(book):
    """Unselected here while edited there (unseen: after this vault's listing): the DELETE's If-Match gets 412 from
    sabre/dav, the card stays there with the server's edit, a conflict is counted, the vault's record untouched."""
    vault, ids, server, p, secrets = book
    run(vault, secrets)
    edit_there(server, ids["org"], "Maison du Peuple", "Maison du Peuple (changée)")
    tags.remove_tag(vault, "carnet", [ids["org"]])
    changed_after_listing(vault, secrets)
    p.clear()
    out = run(vault, secrets)
    assert out.error is None and out.counts.deleted == 0 and out.counts.conflicts == 1, out
    assert [s.outcome for s in p.seen if s.method == "DELETE"] == ["412"]
    assert "Maison du Peuple (changée)" in stored(server)[f"{ids['org']}.vcf"]
    assert Organisations(vault).get(ids["org"]).name == "Maison du Peuple"


def test_a_card_made_there_without_a_uid_comes_in_once(book):
    """A client sending a card without UID: sabre/dav adds one itself (and stores its own rewriting); the card comes
    in once, under that UID, and is not sent back."""
    vault, ids, server, p, secrets = book
    run(vault, secrets)
    card = "BEGIN:VCARD\r\nVERSION:3.0\r\nFN:Sans Uid\r\nN:Uid;Sans;;;\r\nEND:VCARD\r\n"
    assert raw(server, "PUT", f"{BOOK}no-uid.vcf", card, **{"If-None-Match": "*"}).status_code == 201
    assert "UID:" in stored(server)["no-uid.vcf"]
    out = run(vault, secrets)
    assert out.error is None and out.counts.received == 1, out
    assert [p2.given for p2 in (People(vault).get(i) for i in People(vault).ids())].count("Sans") == 1
    again = run(vault, secrets)
    assert again.error is None and again.counts.sent == 0 and again.counts.received == 0, again


def test_a_photo_is_scaled_under_the_limit_the_book_announces(vault, tmp_path, secrets):
    """sabre/dav announcing (and enforcing) 200,000 bytes a card: a photo of about 1 MB arrives scaled under it
    (ui/photo_scale.py, as the desktop and `commons sync` inject it), not refused."""
    missing = sabre_carddav_missing()
    if missing:
        pytest.skip(missing)
    from PySide6.QtGui import QImage

    from commons_desktop.ui.photo_scale import scale_photo
    from commons_desktop.vault.documents import Documents
    from tests.ui.photos import card_photo, noisy_jpeg
    limit = 200_000
    server = SabreCardDav(tmp_path / "photos", PASSWORDS, {"alice": ["contacts"]}, max_size=limit).start()
    try:
        ids = add_records(vault)
        profiles.remove(vault, "carnet")
        profiles.add(vault, "carnet", Selection(tag="carnet"), [*FIELDS, "documents"])
        data = noisy_jpeg(1200, 800)
        assert len(data) > 3 * limit
        Documents(vault).add("Photo", data, "emilie.jpg", "image/jpeg", [("person", ids["emilie"])])
        servers.add(vault, secrets, "book", "carddav", server.url + "addressbooks/alice/contacts/", "alice",
                    password=PASSWORDS["alice"], profile="carnet")
        out = sync.run(vault, secrets, ["book"], scale_photo=scale_photo)["book"]
        assert out.error is None and out.counts.sent == 3, out
        card = stored(server)[f"{ids['emilie']}.vcf"]
        assert len(card.encode("utf-8")) <= limit
        found = card_photo(card)
        assert found is not None
        image = QImage.fromData(found[0])
        assert not image.isNull() and abs(image.width() / image.height() - 1.5) < 2 / image.height()
        again = sync.run(vault, secrets, ["book"], scale_photo=scale_photo)["book"]
        assert again.error is None and again.counts.sent == 0, again
    finally:
        server.stop()


def test_a_sync_collection_the_server_refuses_means_the_listing(sabre_carddav):
    """A book shown with a sync-token whose server then refuses the sync-collection REPORT (sabre/dav without its
    Sync plugin: 403 supported-report): the changes come from the ETag listing, not an error."""
    card = "BEGIN:VCARD\r\nVERSION:3.0\r\nUID:a\r\nFN:a\r\nN:a;;;;\r\nEND:VCARD\r\n"
    assert raw(sabre_carddav, "PUT", f"{BOOK}a.vcf", card, **{"If-None-Match": "*"}).status_code == 201
    from commons_desktop.sync.http import Endpoint
    with Http(Endpoint(sabre_carddav.url + "addressbooks/alice/contacts/", "alice", PASSWORDS["alice"])) as http:
        dav = CardDav(http)
        book = dav.discover()
        if book.sync_collection:
            pytest.skip("this sabre/dav offers sync-collection")
        book.sync_collection = True  # as a server showing a sync-token would have it
        for token in (None, "http://sabre.io/ns/sync/1"):
            found = dav.changes(book, token)
            assert found.full and list(found.changed) == [f"{BOOK}a.vcf"] and found.token is None


def test_a_card_of_ours_already_there_is_taken_over_not_duplicated(book):
    """Another laptop of the team published Émilie at another name (or this vault lost its state): her card, our
    UID, is found in the listing and taken over; what differs is merged (lists by element)."""
    vault, ids, server, p, secrets = book
    card = (f"BEGIN:VCARD\r\nVERSION:3.0\r\nUID:urn:uuid:{ids['emilie']}\r\nFN:Émilie Dupré\r\nN:Dupré;Émilie;;;\r\n"
            "TEL;TYPE=CELL:+32 499 00 00 00\r\nEND:VCARD\r\n")
    assert raw(server, "PUT", f"{BOOK}other.vcf", card, **{"If-None-Match": "*"}).status_code == 201
    out = run(vault, secrets)
    assert out.error is None, out
    files = stored(server)
    assert sorted(files) == sorted(["other.vcf", f"{ids['marc']}.vcf", f"{ids['org']}.vcf"])
    assert "+32 470 12 34 56" in files["other.vcf"] and "+32 499 00 00 00" in files["other.vcf"]
    assert len(People(vault).ids()) == 3
    assert run(vault, secrets).counts.sent == 0
