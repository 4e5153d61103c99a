"""The CardDAV client against a real Radicale: discovery, creation by extended MKCOL, what the book accepts,
getctag, sync-collection with the invalid-token fallback, multiget in batches, conditional writes."""

from __future__ import annotations

import uuid

import pytest

from commons_desktop.sync import davxml
from commons_desktop.sync.carddav import AddressBook, CardDav
from commons_desktop.sync.errors import DavError, Failure
from commons_desktop.sync.http import Endpoint, Http
from tests.sync.conftest import PASSWORDS


def client(url: str, user: str = "alice", *, batch: int = 50) -> CardDav:
    return CardDav(Http(Endpoint(url, user, PASSWORDS[user])), batch=batch)


def card(uid: str, name: str = "Émilie Dupré") -> str:
    given, family = name.split(" ", 1)
    return (f"BEGIN:VCARD\r\nVERSION:3.0\r\nUID:{uid}\r\nFN:{name}\r\nN:{family};{given};;;\r\n"
            "EMAIL:emilie@exemple.org\r\nEND:VCARD\r\n")


@pytest.fixture
def book(radicale):
    """A new, empty address book of alice's (created by extended MKCOL), and its client."""
    url = f"{radicale.url}alice/{uuid.uuid4().hex}/"
    c = client(url)
    with pytest.raises(DavError) as info:
        c.discover()
    assert info.value.failure is Failure.NOT_FOUND  # nothing at the URL yet: it can be created there
    made = c.create("Federation")
    assert made.display_name == "Federation" and made.path == url[len(radicale.url) - 1:]
    return c, made


def test_discovery_from_the_book_the_home_and_the_server_root(radicale, book):
    c, made = book
    assert client(radicale.url + made.path.lstrip("/")).discover().path == made.path
    other = f"{radicale.url}bob/{uuid.uuid4().hex}/"
    client(other, "bob").create("Only one")
    for start in (radicale.url, radicale.url + "bob/"):  # principal -> addressbook-home-set -> the one book
        assert client(start, "bob").discover().path == other[len(radicale.url) - 1:]
    client(f"{radicale.url}alice/{uuid.uuid4().hex}/").create("Another")
    with pytest.raises(DavError) as info:  # alice has several: the URL must say which
        client(radicale.url).discover()
    assert info.value.failure is Failure.SEVERAL


def test_what_the_book_accepts(book):
    c, made = book
    assert made.versions == ("3.0",) and made.vcard_version == "3.0"  # Radicale announces 3.0 only
    assert made.sync_collection and made.ctag and made.sync_token
    entry = davxml.multistatus(
        b"<d:multistatus xmlns:d='DAV:' xmlns:c='urn:ietf:params:xml:ns:carddav'><d:response><d:href>/b/</d:href>"
        b"<d:propstat><d:prop><d:resourcetype><d:collection/><c:addressbook/></d:resourcetype>"
        b"<c:supported-address-data><c:address-data-type content-type='text/vcard' version='3.0'/>"
        b"<c:address-data-type content-type='text/vcard' version='4.0'/></c:supported-address-data>"
        b"<c:max-resource-size>1048576</c:max-resource-size></d:prop><d:status>HTTP/1.1 200 OK</d:status>"
        b"</d:propstat></d:response></d:multistatus>", "https://cloud.example/").entries[0]
    nextcloud_like = AddressBook.of(entry)
    assert nextcloud_like.vcard_version == "4.0" and nextcloud_like.max_size == 1048576


def test_ctag_and_sync_collection_see_changes(book):
    c, made = book
    first = c.changes(made, None)
    assert first.full and first.changed == {} and first.token
    assert c.changes(made, first.token).changed == {}
    etag = c.put_card(made, made.path + "a.vcf", card("a"), create=True)
    with pytest.raises(DavError) as info:  # If-None-Match: * on a card that exists
        c.put_card(made, made.path + "a.vcf", card("a"), create=True)
    assert info.value.failure is Failure.PRECONDITION
    after = c.refresh(made)
    assert after.ctag != made.ctag
    second = c.changes(after, first.token)
    assert not second.full and list(second.changed) == [made.path + "a.vcf"] and second.token != first.token
    assert c.changes(after, second.token).changed == {}
    new_etag = c.put_card(made, made.path + "a.vcf", card("a", "Émilie Martin"), if_match=etag)
    with pytest.raises(DavError) as info:  # a stale ETag: 412, nothing overwritten
        c.put_card(made, made.path + "a.vcf", card("a", "Someone Else"), if_match=etag)
    assert info.value.failure is Failure.PRECONDITION
    third = c.changes(after, second.token)
    assert third.changed == {made.path + "a.vcf": new_etag}
    c.delete_card(made.path + "a.vcf", if_match=new_etag)
    gone = c.changes(after, third.token)
    assert gone.removed == {made.path + "a.vcf"} and gone.changed == {}


def test_an_invalid_sync_token_means_one_full_listing(book, radicale, proxy):
    c, made = book
    for uid in ("x", "y"):
        c.put_card(made, made.path + f"{uid}.vcf", card(uid), create=True)
    p = proxy(radicale.port)
    via = client(p.url(made.path))
    found = via.changes(made, "http://radicale.org/ns/sync/not-a-token-it-knows")
    assert found.full and set(found.changed) == {made.path + "x.vcf", made.path + "y.vcf"} and found.token
    assert [s.method for s in p.seen] == ["REPORT", "REPORT"]  # the refused token, then the full listing
    assert via.changes(made, found.token).changed == {}


def test_multiget_in_batches(book, radicale, proxy):
    c, made = book
    paths = []
    for i in range(5):
        c.put_card(made, made.path + f"c{i}.vcf", card(f"c{i}", f"Person{i} Family"), create=True)
        paths.append(made.path + f"c{i}.vcf")
    p = proxy(radicale.port)
    via = client(p.url(made.path), batch=2)
    cards = list(via.multiget(made, [*paths, made.path + "gone.vcf"]))
    assert sorted(x.path for x in cards) == paths
    assert all("BEGIN:VCARD" in x.text and x.etag for x in cards)
    assert p.count("REPORT") == 3 and via.requests == 3


def test_a_reader_is_told_from_a_writer(book, radicale):
    c, made = book
    assert {"write", "all"} & c.dav.privileges(made.path)
    reader = client(radicale.url + made.path.lstrip("/"), "reader")
    assert reader.discover().path == made.path
    assert not {"write", "write-content", "all", "bind"} & reader.dav.privileges(made.path)
    with pytest.raises(DavError) as info:
        reader.put_card(made, made.path + "r.vcf", card("r"), create=True)
    assert info.value.failure is Failure.FORBIDDEN


def test_a_card_over_the_announced_size_is_not_sent(book):
    from dataclasses import replace
    c, made = book
    small = replace(made, max_size=200)
    before = c.requests
    with pytest.raises(DavError) as info:
        c.put_card(small, made.path + "big.vcf", card("big") + "NOTE:" + "x" * 300, create=True)
    assert info.value.failure is Failure.TOO_LARGE and c.requests == before
    assert c.put_card(small, made.path + "ok.vcf", card("ok"), create=True)
