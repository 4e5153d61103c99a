"""A CardDAV client over sync/webdav.py: finding the address book, what it accepts, and what changed in it.

- Discovery from the URL a person gives: the address book itself; or a principal (no collection on sabre/dav, so
  on Nextcloud) / home, found through ``current-user-principal`` -> ``addressbook-home-set``, holding exactly one
  address book. A book found at an earlier sync is asked first (one PROPFIND), the URL followed again only when it
  is gone. Properties all refused (403 inside a 207: sabre/dav's ACLs) are FORBIDDEN, not "not a collection".
- What the book accepts: ``supported-address-data`` (vCard 4.0 only where announced, else 3.0, as DAVx5 does),
  ``max-resource-size`` where announced (Baïkal and Nextcloud refuse cards over 1 MB).
- Creating one: extended MKCOL (RFC 5689), which Radicale, sabre/dav and Nextcloud accept.
- What changed: ``sync-collection`` (RFC 6578) from the last token where the server offers it; an invalid token
  (Radicale answers it often) means one full listing, not an error; else ``getctag`` (nothing to do when it did not
  move) and a full ETag listing, as when the server refuses sync-collection as unsupported (403 supported-report).
  Bodies come with ``addressbook-multiget`` in batches; a batch answered 404 as a whole (sabre/dav 1.8, when one
  card is gone) is asked again in halves.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass, field

from . import davxml
from .davxml import ADDRESS_DATA, ADDRESSBOOK, CARD, CS, DAV, GETETAG, RESOURCETYPE, Entry, q
from .errors import DavError, Failure
from .http import MAX_XML, Http
from .webdav import WebDav, as_folder

VCARD = "text/vcard; charset=utf-8"
BATCH = 50                  # cards per multiget (DAVx5 asks 10, Evolution 100)
CTAG = q(CS, "getctag")
SYNC_TOKEN = q(DAV, "sync-token")
SUPPORTED_DATA = q(CARD, "supported-address-data")
MAX_SIZE = q(CARD, "max-resource-size")
REPORTS = q(DAV, "supported-report-set")
DISPLAY_NAME = q(DAV, "displayname")
PRINCIPAL = q(DAV, "current-user-principal")
HOME_SET = q(CARD, "addressbook-home-set")
BOOK_PROPS = [RESOURCETYPE, DISPLAY_NAME, SUPPORTED_DATA, MAX_SIZE, CTAG, SYNC_TOKEN, REPORTS]
INVALID_TOKEN = q(DAV, "valid-sync-token")
SUPPORTED_REPORT = q(DAV, "supported-report")
_HALVED = (Failure.NOT_FOUND, Failure.TOO_LARGE)   # a multiget answered so is asked again in halves


class _NoSyncReport(Exception):
    """The server refused the sync-collection REPORT as one it does not support."""


@dataclass
class AddressBook:
    path: str
    display_name: str = ""
    versions: tuple[str, ...] = ()      # vCard versions announced by supported-address-data (empty: none said)
    max_size: int | None = None         # max-resource-size, when announced
    ctag: str | None = None
    sync_token: str | None = None
    sync_collection: bool = False       # the server offers the sync-collection REPORT

    @property
    def vcard_version(self) -> str:
        """4.0 only where announced; 3.0 otherwise (what every CardDAV server takes)."""
        return "4.0" if "4.0" in self.versions else "3.0"

    @classmethod
    def of(cls, entry: Entry) -> AddressBook:
        versions = []
        supported = entry.props.get(SUPPORTED_DATA)
        if supported is not None:
            for el in supported.findall(q(CARD, "address-data-type")):
                kind = (el.get("content-type") or "text/vcard").lower()
                if kind == "text/vcard" and el.get("version"):
                    versions.append(el.get("version", "").strip())
        raw_size = (entry.text(MAX_SIZE) or "").strip()
        reports = entry.props.get(REPORTS)
        offers_sync = reports is not None and reports.find(f".//{q(DAV, 'sync-collection')}") is not None
        return cls(as_folder(entry.path), (entry.text(DISPLAY_NAME) or "").strip(), tuple(versions),
                   int(raw_size) if raw_size.isdigit() and len(raw_size) < 19 else None,
                   (entry.text(CTAG) or "").strip() or None, (entry.text(SYNC_TOKEN) or "").strip() or None,
                   offers_sync or entry.text(SYNC_TOKEN) is not None)


@dataclass
class Changes:
    """What the server lists since ``token``: cards changed or added (path -> ETag), cards removed, and the token
    to ask from next time. ``full``: a complete listing (first sync, invalid token, no sync-collection); a card
    not in ``changed`` then is not on the server."""
    changed: dict[str, str | None] = field(default_factory=dict)
    removed: set[str] = field(default_factory=set)
    token: str | None = None
    full: bool = False


@dataclass
class Card:
    path: str
    etag: str | None
    text: str


class CardDav:
    def __init__(self, http: Http, *, batch: int = BATCH):
        self.dav = WebDav(http)
        self.batch = batch

    @property
    def requests(self) -> int:
        return self.dav.requests

    # -- the address book -------------------------------------------------------------------------------------
    def discover(self, known: str | None = None) -> AddressBook:
        """The address book the URL names, or the only one of the account it leads to. NOT_FOUND: nothing at the
        URL (it can be created there); NOT_ADDRESSBOOK: a collection without one; SEVERAL: more than one.
        ``known``: the book found there before (a sync's state), asked first in ONE request; looked for again
        from the URL only when it is no longer an address book (a server's root or principal URL otherwise costs
        four PROPFINDs at every sync: root, principal, its home, the book)."""
        if known and known.startswith("/"):
            try:
                return self.refresh(AddressBook(as_folder(known)))
            except DavError as exc:
                if exc.failure not in (Failure.NOT_FOUND, Failure.NOT_ADDRESSBOOK):
                    raise
        start = as_folder(self.dav.root)
        entry = self._one(start, [*BOOK_PROPS, PRINCIPAL, HOME_SET])
        if entry is None:
            raise DavError(Failure.NOT_FOUND, method="PROPFIND")
        if entry.has_type(ADDRESSBOOK):
            return AddressBook.of(entry)
        homes = self._hrefs(entry, HOME_SET)
        if not entry.is_collection and not homes:  # (a principal is no collection: sabre/dav, so Nextcloud)
            raise DavError(Failure.NOT_COLLECTION, method="PROPFIND")
        if not homes:
            principals = self._hrefs(entry, PRINCIPAL)
            for principal in principals[:1]:
                found = self._one(principal, [HOME_SET])
                homes = self._hrefs(found, HOME_SET) if found else []
        books: dict[str, AddressBook] = {}
        for home in dict.fromkeys([start, *homes] if entry.is_collection else homes):
            for e in self.dav.propfind(home, BOOK_PROPS, 1).entries:
                if e.has_type(ADDRESSBOOK) and (e.status in (None, 200)):
                    books[as_folder(e.path)] = AddressBook.of(e)
        if len(books) == 1:
            return next(iter(books.values()))
        raise DavError(Failure.SEVERAL if books else Failure.NOT_ADDRESSBOOK, method="PROPFIND")

    def refresh(self, book: AddressBook) -> AddressBook:
        """The book's properties now (its ctag and sync token)."""
        entry = self._one(book.path, BOOK_PROPS)
        if entry is None:
            raise DavError(Failure.NOT_FOUND, method="PROPFIND")
        if not entry.has_type(ADDRESSBOOK):
            raise DavError(Failure.NOT_ADDRESSBOOK, method="PROPFIND")
        return AddressBook.of(entry)

    def create(self, display_name: str = "") -> AddressBook:
        """An address book at the URL (extended MKCOL)."""
        path = as_folder(self.dav.root)
        self.dav.mkcol(path, davxml.mkcol_addressbook(display_name))
        return self.refresh(AddressBook(path))

    def _one(self, path: str, names: list[str]) -> Entry | None:
        """One resource's properties; FORBIDDEN when the server refuses them all (sabre/dav's ACLs answer another
        account's book with every property 403 in a 207, which read as "not a collection")."""
        entry = self.dav.entry(path, names)
        if entry is not None and not entry.props and entry.refused:
            raise DavError(Failure.FORBIDDEN, status=403, method="PROPFIND")
        return entry

    def _hrefs(self, entry: Entry | None, name: str) -> list[str]:
        el = entry.props.get(name) if entry else None
        if el is None:
            return []
        return [davxml.path_of(h.text or "", self.dav.http.endpoint.url) for h in el.findall(q(DAV, "href"))
                if (h.text or "").strip()]

    # -- what changed -------------------------------------------------------------------------------------------
    def changes(self, book: AddressBook, token: str | None) -> Changes:
        """Since ``token`` (None: everything). An invalid token gives one full listing; so does a sync-collection
        the server turns out not to support (a sync-token shown, the REPORT refused: sabre/dav answers 403
        ``supported-report``, others 501)."""
        if book.sync_collection:
            try:
                if token:
                    found = self._sync_report(book, token)
                    if found is not None:
                        return found
                full = self._sync_report(book, "")
                if full is not None:
                    full.full = True
                    return full
            except _NoSyncReport:
                pass
        return self.listing(book)

    def listing(self, book: AddressBook) -> Changes:
        """Every card with its ETag (PROPFIND depth 1)."""
        out = Changes(full=True)
        for path, res in self.dav.listing(book.path).items():
            if not res.collection:
                out.changed[path] = res.etag
        return out

    def _sync_report(self, book: AddressBook, token: str) -> Changes | None:
        answer = self.dav.http.send("REPORT", self.dav.href(book.path),
                                    headers={"Content-Type": 'application/xml; charset="utf-8"', "Depth": "0"},
                                    body=davxml.sync_collection(token, [GETETAG]),
                                    ok=(207, 400, 403, 405, 409, 501), max_bytes=MAX_XML)
        if answer.status != 207:
            conditions = davxml.error_conditions(answer.body)
            if INVALID_TOKEN in conditions and token:
                return None  # "invalid sync token": one full listing instead
            if answer.status in (405, 501) or (answer.status == 403 and SUPPORTED_REPORT in conditions):
                raise _NoSyncReport
            raise DavError(Failure.FORBIDDEN if answer.status == 403 else Failure.UNEXPECTED, status=answer.status,
                           method="REPORT")
        found = davxml.multistatus(answer.body, answer.url, "REPORT")
        out = Changes(token=found.sync_token)
        for e in found.entries:
            if as_folder(e.path) == book.path:
                continue
            if e.status == 404:
                out.removed.add(e.path)
            elif e.status in (None, 200):
                out.changed[e.path] = e.etag
        return out

    # -- cards ------------------------------------------------------------------------------------------------
    def multiget(self, book: AddressBook, paths: list[str]) -> Iterator[Card]:
        """The cards at ``paths`` (in batches), with their ETags; a card gone meanwhile is left out."""
        for i in range(0, len(paths), self.batch):
            chunk = paths[i:i + self.batch]
            try:
                got = self._multiget(book, chunk)
            except DavError as exc:
                if exc.failure not in _HALVED:
                    raise
                # sabre/dav 1.8 answers the WHOLE report 404 when one of its hrefs is gone (a card deleted since
                # the listing), and a batch of huge cards can pass the answer's bound: unless the book itself is gone
                # (refresh raises), the cards are asked in halves, down to the one that is gone or too large
                if exc.failure is Failure.NOT_FOUND:
                    self.refresh(book)
                got = self._halves(book, chunk)
            yield from got

    def _halves(self, book: AddressBook, chunk: list[str]) -> list[Card]:
        if len(chunk) == 1:
            return []  # the one that is gone, or whose answer alone is over the bound: left there, not read
        out: list[Card] = []
        half = len(chunk) // 2
        for part in (chunk[:half], chunk[half:]):
            try:
                out += self._multiget(book, part)
            except DavError as exc:
                if exc.failure not in _HALVED:
                    raise
                out += self._halves(book, part)
        return out

    def _multiget(self, book: AddressBook, chunk: list[str]) -> list[Card]:
        answer = self.dav.http.send("REPORT", self.dav.href(book.path),
                                    headers={"Content-Type": 'application/xml; charset="utf-8"', "Depth": "1"},
                                    body=davxml.addressbook_multiget([self.dav.href(p) for p in chunk],
                                                                     [GETETAG, ADDRESS_DATA]),
                                    ok=(207,), max_bytes=MAX_XML)
        out = []
        for e in davxml.multistatus(answer.body, answer.url, "REPORT").entries:
            try:
                text = e.text(ADDRESS_DATA)
            except DavError:
                continue  # one card over davxml.MAX_TEXT: left there, not read; the others are taken
            if e.status not in (None, 200) or text is None:
                continue
            out.append(Card(e.path, e.etag, text))
        return out

    def put_card(self, book: AddressBook, path: str, text: str, *, if_match: str | None = None,
                 create: bool = False, checked: bool = False) -> str | None:
        """Write a card; one over the book's announced max-resource-size is refused here, without a request
        (the caller scales its photo down and tries again). ``checked``: over a card known only by a weak or no ETag,
        that the caller has just fetched and compared (webdav.put_checked)."""
        body = text.encode("utf-8")
        if book.max_size is not None and len(body) > book.max_size:
            raise DavError(Failure.TOO_LARGE, method="PUT")
        if checked:
            return self.dav.put_checked(path, body, content_type=VCARD)
        return self.dav.put(path, body, content_type=VCARD, if_match=if_match, create=create)

    def delete_card(self, path: str, *, if_match: str | None, checked: bool = False) -> None:
        self.dav.delete(path, if_match=if_match, checked=checked)
