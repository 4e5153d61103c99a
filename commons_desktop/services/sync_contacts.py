"""The ``carddav`` job: the people and organisations a server's profile selects, kept two-way in its address book.

- **Publish**: each selected record as a vCard carrying only the profile's fields (4.0 where the book announces it,
  else 3.0; a photo when the profile carries documents, the card staying under the book's size limit, 1 MB at most
  — a larger photo is scaled by the injected ``scale_photo``, else left out), sent only when it
  changed (the SHA-256 of the card last agreed, vault/cards.py): ``If-None-Match: *`` on a creation,
  ``If-Match`` on an update. A card's place is ``<record id>.vcf``: a creation retried after its answer
  was lost finds its card there (412) and never makes a second one; a card with our UID elsewhere (Nextcloud's "uid
  already exists") is looked up by UID and taken over. Every run that sends cards writes the disclosure log first.
- **Receive**: what changed on the server (sync-collection, or getctag + an ETag listing), fetched by multiget. A
  card whose content did not change is no change (only its ETag is noted); a field changed there comes into the vault
  THROUGH THE MERGE ENGINE (vault/replication.apply_remote) as an update from a device standing for that server,
  whose replaced clocks are those of the values last agreed: a field changed on both sides since is a conflict
  queued for a person, never a silent overwrite. A 412 on an update is the same: fetched, merged, sent again. A card
  created on the server comes in as a new record, tagged with the profile's tag (or added to its chosen ids) so that
  it stays published; a profile selecting everything keeps it too, one selecting by a search only if it matches (else
  its card is removed there: the record stays in the vault).
- **Tags** (CATEGORIES, when the profile carries tags) come back by element, as the merge engine merges tags: each tag
  added or removed there since the card last agreed is a ``tag``/``untag`` change from the server's device (tag names
  compared as the vault compares them, ASCII case ignored; a name the vault refuses is left out). Concurrent changes
  of one tag follow the engine's rule for tags: the latest stamp wins, and a server's change is stamped when it is
  received. A tag that keeps the card published (the profile's selection tag, or the tag its saved search filters
  on) is never removed from a server: a phone's owner tidying categories is not the group unpublishing someone (the
  card would be deleted there). It is kept, a notice says so (``kept-tag``, counted with the conflicts), and the card
  goes back with it. Without a common
  base (a card taken over, a state from before tags came back) the card's tags the vault lacks are added, none
  removed.
- **Links** (when the profile carries relationships): a person's card carries ORG (with the link's role in its group)
  and RELATED as the vCard export writes them (vcard_write.person_links), only to the organisations and people
  published in the same book — a link to a record the profile does not select is left off the card, is not in the
  card's base, and so nothing a server does to the card touches it. Coming back (by link, against the links last
  agreed): a link gone there is a relationship deleted, one changed (its role, dates, kind, or an ORG naming another
  organisation: relinked) an update, one added a new relationship — all through the merge engine from the server's
  device (a field changed on both sides is a conflict). An ORG naming no organisation of the vault (or several)
  makes none behind the group's back: a notice (``unknown-organisation``) says the name, and the links agreed on stay;
  a RELATED to no person of the vault, or of a kind it does not know, is a notice (``unmapped-link``). A 3.0 card
  carries a link to a person as X-COMMONS-RELATED, which some phones drop when they save a card: a 3.0 card with none
  left removes none (one removed among others is removed).
- **Photos** (when the profile carries documents) come back by their content: the card's base holds the SHA-256 of
  the photo it carries (as sent, scaled), so a server writing the same photo otherwise (Nextcloud's rewrite, another
  encoding, a new ETag) changes nothing. A new photo there is a new version of the record's photo document (the first
  image linked to it) through the merge engine — a version made here meanwhile is kept too, the later one current —
  or a new document linked to the record when it has none; a photo removed there unlinks the document from the record
  and keeps it (a photo is a document of the vault's, not only the card's). A photo there is read as hostile: at most
  MAX_PHOTO bytes, its kind decided by its bytes (JPEG, PNG, GIF, WebP), and readable by the injected scaler
  (ui/photo_scale.py checks its declared size before decoding); one refused is as if unchanged.
- **Delete**: a record deleted, erased or no longer selected has its card removed (``If-Match``). A card deleted on
  the server does NOT delete anyone in the vault: the address book is a view of what the group chose to share (a
  contact removed from a phone is not a member leaving), so the card is published again; to stop publishing someone,
  change their tags or the profile. The mass-delete fail-safe works both ways: a run that would delete more than 20%
  of the cards there (and more than one), or that finds more than 20% of them gone from the server (an emptied or
  foreign book), stops before writing anything unless the deletions were confirmed.
- Nothing changed on either side: one PROPFIND (the ctag did not move), or two after this vault's own writes. Each
  step is written to the vault as soon as the server answered: killed anywhere, the next run finishes the work.
"""

from __future__ import annotations

import base64
import hashlib
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass
from typing import Any

from ..core import validation
from ..core.changes import Change, Op
from ..core.enums import RelationshipKind
from ..core.errors import BadChange, CommonsError
from ..core.ids import is_uuid, uuid7
from ..core.model import Document, DocumentVersion, Organisation, Person, Relationship
from ..core.text import sort_key
from ..exchange.collect import collect
from ..exchange.selection import RELATED, Selection, resolve
from ..exchange.vcard import _links as card_links
from ..exchange.vcard import read_batch
from ..exchange.vcard_lines import split_cards
from ..exchange.vcard_values import parse
from ..exchange.vcard_write import Card as VCard
from ..exchange.vcard_write import _photo as add_photo
from ..exchange.vcard_write import fold, organisation_card, person_card, person_links
from ..sync.carddav import AddressBook, CardDav
from ..sync.errors import DavError, Failure
from ..sync.etags import usable_for_if_match
from ..sync.http import away_from_ctrl_c
from ..sync.mirror import MASS_DELETE_SHARE, MassDelete
from ..vault import cards, conflicts, exchange_log, exchange_match, exchange_plain, replication
from ..vault import servers as server_store
from ..vault import tags as vtags
from ..vault.cards import CardItem, Held, Sent
from ..vault.codecs import BY_ENTITY, DOCUMENT, DOCUMENT_VERSION, RELATIONSHIP
from ..vault.contacts import tags_of
from ..vault.documents import Documents
from ..vault.field_changes import field_sets
from ..vault.organisations import Organisations
from ..vault.saved_searches import SavedSearches
from .sync import JobContext
from .sync_documents import server_profile

KIND = "carddav"
WORKERS = 4                 # cards written at once (Radicale takes 4 at a time about 1.5x as fast as one by one)
BATCH = 32                  # cards between two checks of the stop button
PHOTO_LIMIT = 1024 * 1024   # bytes of a card with its photo, at most (Baïkal and Nextcloud refuse more)
MAX_CARD_TAGS = 500         # categories a card may carry; one with more is not read (a hostile server's flood of tags)
MAX_CARD_LINKS = 200        # ORG and RELATED properties of a card read, at most
MAX_PHOTO = 2 * 1024 * 1024  # bytes of a photo taken from a card, at most (Nextcloud and Baïkal keep cards under 1 MB)
_MAGIC = ((b"\xff\xd8\xff", "image/jpeg"), (b"\x89PNG\r\n\x1a\n", "image/png"), (b"GIF87a", "image/gif"),
          (b"GIF89a", "image/gif"))
_FIELDS = {"person": Person.FIELDS, "organisation": Organisation.FIELDS}


def device_of(target_id: str) -> str:
    """The device a server's changes are stamped with in the vault's log (conflicts name it)."""
    return f"carddav-{target_id}"


REFUSED = "refused"  # a card's photo that was not read (hostile, too large, not an image): as if unchanged


@dataclass
class _Card:
    """A card of the server as read: its record, a person's links (ORG, RELATED), its photo (media type from its
    bytes, content) and the photo's SHA-256 (None: no photo; REFUSED: one not taken)."""
    record: Person | Organisation
    links: list
    photo: tuple[str, bytes] | None = None
    photo_sha: str | None = None


@dataclass
class _Out:
    """A record as it is to be on the server now."""
    entity: str
    record_id: str
    text: str
    sha256: str
    base: dict[str, Any]       # its published fields' plain values
    clocks: dict[str, Any]     # their clocks


def _image_kind(content: bytes) -> str | None:
    """The media type of a photo by its first bytes (JPEG, PNG, GIF, WebP); None: none of them."""
    for magic, media in _MAGIC:
        if content.startswith(magic):
            return media
    return "image/webp" if content[:4] == b"RIFF" and content[8:12] == b"WEBP" else None


def _sha(text: str) -> str:
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


def _confirmed(item: CardItem) -> bool:
    """Whether the server was seen holding the record's card (a write confirmed, or the card received)."""
    return item.etag is not None or bool(item.sha256) or bool(item.base)


def _subset(clocks: dict[str, Any], names: tuple[str, ...]) -> dict[str, Any]:
    return {k: v for k, v in clocks.items() if k.split("[", 1)[0] in names}


PHOTO = "photo"  # the SHA-256 of the photo a card carries (None: none) in a card's base
TAGS = "tags"  # a record's tags in a card's base: their names as the vault compares them (vtags.nocase)
LINKS = "relationships"  # a person's links on its card (ORG, RELATED) in a card's base: their plain values with ids
_LINK_FIELDS = ("kind", "to_entity", "to_id", "role", "start", "end")
_KINDS = {k.value for k in RelationshipKind}


def _tag_names(names: list[str]) -> dict[str, str]:
    """A card's or a record's tags by the name the vault compares them by (ASCII case ignored), those the vault
    refuses (blank, too long) left out."""
    out: dict[str, str] = {}
    for name in names:
        try:
            name = validation.tag_name(name)
        except CommonsError:
            continue
        out.setdefault(vtags.nocase(name), name)
    return out


def _tags_base(names: list[str]) -> list[str]:
    return sorted(_tag_names(names))


def _uid_of(text: str) -> str | None:
    """A card's UID as written (None: none, or not one line of text of reasonable length)."""
    try:
        found, _ = split_cards(text)
        for line in found[0].lines if len(found) == 1 else ():
            prop = parse(line)
            if prop.name == "UID":
                uid = prop.raw.strip()
                return uid if 0 < len(uid) <= 300 and uid.isprintable() else None
    except (CommonsError, ValueError):  # (vcard_values.BadLine)
        return None
    return None


def run(ctx: JobContext) -> None:
    dav = CardDav(ctx.http)
    known = server_store.target_state(ctx.vault, ctx.server.target_id).get("book")  # found at an earlier sync
    _Sync(ctx, server_profile(ctx), dav, dav.discover(known if isinstance(known, str) else None)).run()


class _Sync:
    def __init__(self, ctx: JobContext, profile: exchange_log.Profile, dav: CardDav, book: AddressBook):
        self.ctx, self.vault, self.server = ctx, ctx.vault, ctx.server
        self.profile, self.dav, self.book = profile, dav, book
        self.target = ctx.server.target_id
        self.device = device_of(self.target)
        self.counts = ctx.counts
        self.allowed = set(profile.fields) if profile.fields else None
        self.names = {e: tuple(f for f in names if self._allows(f)) for e, names in _FIELDS.items()}
        self.selection = Selection.from_json(profile.selection)
        state = server_store.target_state(self.vault, self.target)
        self.state = state if state.get("book") == book.path else {}
        # the UID a card made elsewhere carries, by record, where it is not this vault's (urn:uuid:<id>): a server
        # refuses a write changing a card's UID (Radicale: 409 no-uid-conflict), so the card goes back with it
        self.uids: dict[str, str] = dict(self.state.get("uids") or {})
        self.items = cards.items(self.vault, self.target)
        self.scale_photo = ctx.scale_photo  # (None: a photo over the book's limit is left out)
        self.kept_tags = self._kept_tags()
        # a person's links (ORG: to an organisation, RELATED: to a person) when the profile carries relationships, the
        # organisation's name too for ORG; only those whose other end is published there too
        self.links = self._allows(LINKS)
        self.org_links = self.links and self._allows("name")
        self.published: tuple[list[str], list[str]] = ([], [])
        self.match: exchange_match.MatchIndex | None = None  # organisations by name (read once, when an ORG asks)

    def _allows(self, name: str) -> bool:
        return self.allowed is None or name in self.allowed

    # -- the run ------------------------------------------------------------------------------------------------
    def run(self) -> None:
        wanted = self._wanted()
        self.wanted_ids = {k: o.entity for k, o in wanted.items()}
        gone = [i for i in self.items.values() if i.record_id not in wanted]
        confirmed = [i for i in self.items.values() if _confirmed(i)]
        leaving = [i for i in gone if _confirmed(i)]
        self._fail_safe(len(leaving), len(confirmed))
        token = self._receive(wanted)
        if self.received_ids:  # what came in may change what the profile selects (a new record, one restored)
            people, orgs = resolve(self.vault, self.selection)
            self.published = (people, orgs)
            selected = {*people, *orgs}
            wanted = {k: o for k, o in wanted.items() if k in selected}
            wanted.update(self._render([i for i in dict.fromkeys(self.received_ids) if i in selected]))
        self._publish(wanted)
        self._delete([i for i in self.items.values() if i.record_id not in wanted])
        self.items = cards.items(self.vault, self.target)
        self.uids = {k: v for k, v in self.uids.items() if k in self.items}
        state: dict[str, Any] = {"book": self.book.path, "ctag": self.book.ctag, "token": token}
        if self.uids:
            state["uids"] = self.uids
        server_store.set_target_state(self.vault, self.target, state)

    def _fail_safe(self, count: int, present: int) -> None:
        """More than 20% of the cards there, and more than one, deleted at once: not without a confirmation."""
        if count > 1 and count > MASS_DELETE_SHARE * present and not self.ctx.options.confirm_deletions:
            raise MassDelete(count, present)

    # -- what is to be there ------------------------------------------------------------------------------------
    def _wanted(self) -> dict[str, _Out]:
        people, orgs = resolve(self.vault, self.selection)
        self.published = (people, orgs)
        return self._render([*people, *orgs], people=people, orgs=orgs)

    def _links_of(self, people: list[str], names: dict[str, str]) -> dict[str, list[tuple[Relationship, str]]]:
        """The links the cards of ``people`` carry (vcard_write.person_links: a relationship whose other end is
        published there too), read among every record published there; ``names``: the organisations' names known."""
        pub_people, pub_orgs = self.published
        chosen = set(people)
        if not self.org_links:
            pub_orgs = []
        rels = [r for r in exchange_plain.relationships(self.vault, pub_people, pub_orgs, RELATIONSHIP.decoder)
                if r.from_id in chosen] if people and pub_people else []
        rels.sort(key=lambda r: (r.created, r.id))  # (read in the order of the people's names: a card's own order)
        wanted = {r.to_id for r in rels if r.to_entity == "organisation"}
        orgs = Organisations(self.vault)
        org_names = {i: names.get(i) or orgs.get(i).name for i in wanted}
        return person_links(rels, org_names, set(pub_people))

    def _render(self, ids: list[str], *, people: list[str] | None = None, orgs: list[str] | None = None
                ) -> dict[str, _Out]:
        if people is None or orgs is None:
            kinds = {i: vtags.entity_of(self.vault, i) for i in ids}
            people = [i for i in ids if kinds[i] == "person"]
            orgs = [i for i in ids if kinds[i] == "organisation"]
        fields = [f for f in (self.profile.fields or ()) if f not in RELATED] or \
            [*dict.fromkeys((*Person.FIELDS, *Organisation.FIELDS, "tags"))]
        if self._allows("documents"):
            fields.append("documents")  # (their photos: the first image linked to each record)
        got = collect(self.vault, people, orgs, fields)
        photos: dict[str, tuple[str, int, str]] = {}
        for d in got.documents:
            if d.current and d.current.media_type.startswith("image/"):
                for _, ident in d.links:
                    photos.setdefault(ident, (d.id, d.current.number, d.current.media_type))
        version = self.book.vcard_version
        links = self._links_of(people, {o.id: o.name for o in got.organisations} if self.org_links else {}) \
            if self.links else {}
        out: dict[str, _Out] = {}
        for entity, records, ident_list in (("person", got.people, people), ("organisation", got.organisations,
                                                                                orgs)):
            held = cards.held(self.vault, entity, ident_list)
            codec = BY_ENTITY[entity]
            names = self.names[entity]
            for rec in records:
                carried = links.get(rec.id, [])
                card = person_card(rec, version, carried) if entity == "person" else organisation_card(rec, version)
                if rec.id in self.uids:
                    card.lines = [fold("UID:" + self.uids[rec.id]) if line.startswith("UID:") else line
                                  for line in card.lines]
                photo = self._photo(card, *photos[rec.id]) if rec.id in photos else None
                text = card.text()
                plain = codec.plain(rec)
                h = held[rec.id]
                base = {n: plain[n] for n in names}
                if self._allows(TAGS):
                    base[TAGS] = _tags_base(rec.tags)
                clocks = {**_subset(h.clocks, names), "": h.created}
                if carried:
                    base[LINKS], clocks[LINKS] = self._links_base([r.id for r, _ in carried])
                if self._allows("documents"):  # the photo the card carries (as sent: scaled), to tell its change there
                    base[PHOTO] = hashlib.sha256(photo).hexdigest() if photo else None
                out[rec.id] = _Out(entity, rec.id, text, _sha(text), base, clocks)
        return out

    def _links_base(self, ids: list[str]) -> tuple[list[dict[str, Any]], dict[str, Any]]:
        """The links ``ids`` as a card's base holds them (their plain values, by id) and their clocks now."""
        held = cards.held(self.vault, "relationship", ids)
        base = [{"id": i, **{k: held[i].values[k] for k in _LINK_FIELDS}} for i in sorted(held) if not held[i].deleted]
        return base, {i: {**held[i].clocks, "": held[i].created} for i in sorted(held) if not held[i].deleted}

    def _photo(self, card: VCard, doc_id: str, number: int, media_type: str) -> bytes | None:
        """The record's photo in its card, the card staying under the book's limit (1 MB at most: Baïkal and
        Nextcloud refuse more; base64 takes 4 bytes for 3, folding 77 for 75). A larger photo is scaled to fit by
        the injected scaler (ui/photo_scale.py: Qt lives in ui/), or left out without one or when it cannot be
        (not an image, hostile); what the scaler gives back is checked against the room too."""
        limit = min(self.book.max_size or PHOTO_LIMIT, PHOTO_LIMIT)
        room = (limit - len(card.text().encode("utf-8")) - 200) * 3 // 4 * 74 // 77
        content = Documents(self.vault).content(doc_id, number)
        if len(content) > room:
            scaled = self.scale_photo(content, media_type, room) if self.scale_photo is not None and room > 0 else None
            if scaled is None or len(scaled[0]) > room or not scaled[1].startswith("image/"):
                return None
            content, media_type = scaled
        add_photo(card, media_type, content, self.book.vcard_version == "3.0")
        return content

    # -- receiving ----------------------------------------------------------------------------------------------
    def _receive(self, wanted: dict[str, _Out]) -> str | None:
        """Take in what changed on the server; the sync token to ask from next time."""
        self.received_ids: list[str] = []
        token = self.state.get("token")
        if self.state.get("ctag") and self.book.ctag == self.state["ctag"]:
            return token  # nothing moved there
        changes = self.dav.changes(self.book, token)
        by_href = {i.href: i for i in self.items.values()}
        fetch = []
        for href, etag in changes.changed.items():
            item = by_href.get(href)
            if item is not None and etag is not None and item.etag == etag and item.pending is None:
                continue
            fetch.append(href)
        removed = set(changes.removed)
        if changes.full:
            removed |= {h for h in by_href if h not in changes.changed}
        removed = {h for h in removed if h in by_href and _confirmed(by_href[h])}
        confirmed = sum(1 for i in self.items.values() if _confirmed(i))
        self._fail_safe(len(removed), confirmed)
        for href in sorted(removed):  # deleted there: published again (see the module's docstring)
            item = by_href[href]
            cards.forget(self.vault, self.target, item.record_id)
            self.items.pop(item.record_id, None)
        self.ctx.stop()
        fetched = list(self.dav.multiget(self.book, fetch)) if fetch else []
        self._take(fetched, by_href)
        return changes.token

    def _take(self, fetched: list, by_href: dict[str, CardItem]) -> None:
        updates: list[tuple[list[Change], CardItem, dict[str, Any], str | None, list[str], list]] = []
        creates: list[tuple[list[Change], str, dict[str, Any], str | None, list]] = []
        ours = {i.record_id for i in self.items.values()}
        for card in fetched:
            item = by_href.get(card.path)
            sha = _sha(card.text)
            if item is not None and item.pending is not None and sha == item.pending.sha256:
                self._agree(item, card.path, card.etag, item.pending.sha256, item.pending.base, item.pending.clocks)
                continue
            if item is not None and sha == item.sha256:
                cards.seen(self.vault, self.target, item.record_id, card.etag)
                continue
            there = self._read_card(card.text)
            if there is None:
                continue  # not a card we can read: left there as it is
            record = there.record
            entity = "person" if isinstance(record, Person) else "organisation"
            if item is None:
                uid = (record.id or "").lower()
                if uid in ours:
                    continue  # a second card of a record published here: left as it is
                if self.wanted_ids.get(uid) == entity:
                    # a card of a selected record that this vault has no state of (another laptop of the team
                    # published it, or the state was lost): taken over, no common base (differences are conflicts)
                    item = CardItem(entity, uid, card.path, None, "", {}, {}, None)
                    self.items[uid] = item
                    ours.add(uid)
                else:
                    creates.append(self._create(entity, record, there, uid, ours, card.path, card.etag))
                    ours.add(creates[-1][0][0].entity_id)
                    self._note_uid(creates[-1][0][0].entity_id, card.text)
                    continue
            if entity != item.entity:
                continue  # a person's card turned into an organisation's there: not taken
            self._note_uid(item.record_id, card.text)
            if item.pending is not None and \
                    self._values(entity, record, there, item.pending.base, item.record_id) == item.pending.base:
                self._agree(item, card.path, card.etag, item.pending.sha256, item.pending.base, item.pending.clocks)
                continue
            changes, kept, links, unmapped = self._update(item, record, there)
            values = self._values(entity, record, there, item.base, item.record_id)
            if links:
                values[LINKS] = sorted(links, key=lambda v: v["id"])
            if not changes and not kept and not unmapped and item.base and values != item.base:
                # what changed there the vault says already (a tag removed on both sides): agreed on, nothing sent
                updates.append(([], item, values, card.etag, [], []))
                continue
            if not changes and not kept and not unmapped:
                # the same values there (another tool's formatting, a new ETag): no change
                if _confirmed(item):
                    self._agree(item, card.path, card.etag, item.sha256, item.base, item.clocks)
                continue
            updates.append((changes, item, values, card.etag, kept, unmapped))
        self._apply(updates, creates)

    def _read(self, text: str) -> Person | Organisation | None:
        read = self._read_card(text)
        return read.record if read is not None else None

    def _read_card(self, text: str) -> _Card | None:
        """The card's record (its tags as the vault names them), for a person's card when links come back its links
        (ORG and RELATED properties, as vcard.py reads them), and its photo when photos are published (read as
        hostile: _photo_there)."""
        try:
            batch = read_batch(text.encode("utf-8"))
        except CommonsError:
            return None
        if len(batch.items) != 1:
            return None
        item = batch.items[0]
        if len(item.tags) > MAX_CARD_TAGS:
            return None
        record = item.record
        record.id = item.source_id or ""
        record.tags = list(_tag_names(item.tags).values())
        there = _Card(record, self._links_there(text) if self.links and isinstance(record, Person) else [])
        if self._allows("documents"):
            if any(n.code.value.startswith("photo-") for n in batch.notes):
                there.photo_sha = REFUSED  # a photo vcard.py dropped (a link, over its limit, not base64)
            elif batch.documents:
                there.photo = self._photo_there(batch.documents[0].content)
                there.photo_sha = hashlib.sha256(there.photo[1]).hexdigest() if there.photo else REFUSED
        return there

    def _photo_there(self, content: bytes) -> tuple[str, bytes] | None:
        """A card's photo as the vault may keep it: at most MAX_PHOTO bytes, its kind decided by its bytes (JPEG, PNG,
        GIF or WebP), and read by the injected scaler without a failure where there is one (ui/photo_scale.py reads
        its header before decoding anything); None: refused."""
        media = _image_kind(content)
        if media is None or len(content) > MAX_PHOTO:
            return None
        if self.scale_photo is not None and self.scale_photo(content, media, MAX_PHOTO) is None:
            return None
        return media, content

    @staticmethod
    def _links_there(text: str) -> list:
        """A person's card's ORG and RELATED properties (vcard.py's reading of them); at most MAX_CARD_LINKS."""
        found, _ = split_cards(text)
        props: dict[str, list] = {}
        for line in found[0].lines if len(found) == 1 else ():
            try:
                prop = parse(line)
            except ValueError:  # (vcard_values.BadLine)
                continue
            if prop.name in ("ORG", "ROLE", "RELATED", "X-COMMONS-RELATED"):
                props.setdefault(prop.name, []).append(prop)
        return card_links(props)[0][:MAX_CARD_LINKS]

    def _map_links(self, ident: str, there: list, base: list[dict[str, Any]]
                   ) -> tuple[list[dict[str, Any]], list[tuple[str, str]]]:
        """The card's links as the vault would hold them, matched to the links last agreed (``base``): by the id a
        link carries (X-COMMONS-ID), else by the record it points to (when another tool rewrote the line without any
        of our parameters, its kind, role and dates are taken as agreed). An ORG's organisation is the one its name says
        (the name is what a phone shows and edits; X-COMMONS-ORG when it names it): one organisation of that name
        in the vault, else it cannot be mapped; a RELATED points to a person of the vault by UID, with a kind the
        vault knows. New links have the id ''. Also the links that could not be mapped: (notice code, value); while
        an ORG cannot be, the links agreed on to organisations that were not found are kept; so are the links to
        people of a 3.0 card that carries none any more (see below)."""
        by_id = {b["id"]: b for b in base}
        used: set[str] = set()
        mapped: list[dict[str, Any]] = []
        unmapped: list[tuple[str, str]] = []
        seen: set[tuple[str, str]] = set()
        for link in there:
            if link.prop.name == "ORG":
                target = self._org_of(link.target, link.name)
                if target is None:
                    if link.name:
                        unmapped.append((conflicts.UNKNOWN_ORG, link.name))
                    continue
                value = {"kind": link.kind if link.kind in _KINDS else "works_at", "to_entity": "organisation",
                         "to_id": target}
            else:
                target = link.target if link.target and link.target != ident and \
                    self._live("person", link.target) else None
                if target is None or link.kind not in _KINDS:
                    unmapped.append((conflicts.UNMAPPED_LINK, link.prop.raw.strip()[:300]))
                    continue
                value = {"kind": link.kind, "to_entity": "person", "to_id": target}
            value.update(role=link.role, start=link.start.isoformat() if link.start else None,
                         end=link.end.isoformat() if link.end else None)
            agreed = by_id.get(link.id) if link.id not in used else None
            if agreed is None:
                same = [b for b in base if b["id"] not in used and b["to_id"] == target]  # of its kind first
                agreed = next((b for b in same if b["kind"] == value["kind"]), same[0] if same else None)
                if agreed is not None and not any(k.startswith("X-COMMONS-") for k in link.prop.params):
                    # another tool's line, without our parameters (kind, role, dates): what was agreed, for its target
                    value = {**{k: agreed[k] for k in _LINK_FIELDS}, "to_id": target}
            if agreed is not None:
                used.add(agreed["id"])
                value["id"] = agreed["id"]
            elif (value["kind"], target) in seen:
                continue  # (the same link twice)
            else:
                value["id"] = ""
            seen.add((value["kind"], target))
            mapped.append(value)
        # an ORG that cannot be mapped may be one agreed on, edited (its name typed otherwise on a phone): the links to
        # organisations agreed on that were not found stay as they are, the notice saying what the card said (a
        # RELATED's value is a UID nobody types: one to no one of the vault is a link to a phone's own contact)
        kinds = {"organisation"} if any(code == conflicts.UNKNOWN_ORG for code, _ in unmapped) else set()
        if not any(link.prop.name != "ORG" for link in there) and self.book.vcard_version == "3.0":
            # a 3.0 card carries them as X-COMMONS-RELATED, which some phones drop when they save a card: a card with
            # none left is not believed to remove them all (one removed among others is)
            kinds.add("person")
        for entity in kinds:
            mapped += [dict(b) for b in base if b["id"] not in used and b["to_entity"] == entity]
        return sorted(mapped, key=lambda v: (not v["id"], v["id"])), unmapped

    def _org_of(self, ident: str, name: str) -> str | None:
        """The organisation an ORG names: the one its X-COMMONS-ORG says if that one bears its name (or it has
        none), else the only live organisation of that name."""
        if ident and self._live("organisation", ident) and \
                (not name.strip() or sort_key(Organisations(self.vault).get(ident).name) == sort_key(name)):
            return ident
        if not name.strip():
            return None
        if self.match is None:
            self.match = exchange_match.load(self.vault)
        found = self.match.org_names.get(sort_key(name), [])
        return found[0] if len(found) == 1 else None

    def _live(self, entity: str, ident: str) -> bool:
        held = cards.held(self.vault, entity, [ident]).get(ident)
        return held is not None and not held.deleted

    def _link_changes(self, ident: str, mapped: list[dict[str, Any]], base: list[dict[str, Any]],
                      clocks: dict[str, Any]) -> list[Change]:
        """The relationship changes the server made since ``base`` (``clocks``: theirs then): a link added there is a
        new relationship, one changed an update of its fields (replacing the clocks agreed: a field changed here
        too is a conflict), one gone a delete (that saw what was agreed: an edit made here since restores it). New
        links get their id here."""
        by_id = {b["id"]: b for b in base}
        out: list[Change] = []
        for value in mapped:
            if not value["id"]:
                value["id"] = uuid7()
                rel = Relationship(value["kind"], ident, value["to_id"], value["to_entity"], value["role"])
                plain = {**RELATIONSHIP.plain(rel), "start": value["start"], "end": value["end"]}
                out.append(Change(Op.CREATE, "relationship", value["id"], plain, **self._stamp()))
                continue
            theirs = clocks.get(value["id"]) or {}
            sets = field_sets(RELATIONSHIP, {k: by_id[value["id"]][k] for k in _LINK_FIELDS},
                              {k: value[k] for k in _LINK_FIELDS}, {k: v for k, v in theirs.items() if k},
                              theirs.get(""))
            if sets:
                out.append(Change.update("relationship", value["id"], sets, **self._stamp()))
        kept = {v["id"] for v in mapped}
        for b in base:
            if b["id"] not in kept:
                saw = max((v for v in (clocks.get(b["id"]) or {}).values() if isinstance(v, str)), default=None)
                out.append(Change(Op.DELETE, "relationship", b["id"], {"saw": saw} if saw else None,
                                  **self._stamp()))
        return out

    def _stamp(self) -> dict[str, str]:
        return {"hlc": cards.stamp(self.vault), "device": self.device, "author": self.server.name}

    def _values(self, entity: str, record: Person | Organisation, there: _Card | None = None,
                base: dict[str, Any] | None = None, ident: str = "") -> dict[str, Any]:
        """A card's values as a base holds them; with the card as read (``there``), its links matched to ``base``'s
        and its photo's SHA-256 (a photo refused: as in ``base``)."""
        plain = BY_ENTITY[entity].plain(record)
        values = {n: plain[n] for n in self.names[entity]}
        if self._allows(TAGS):
            values[TAGS] = _tags_base(record.tags)
        if there is not None and (there.links or (base or {}).get(LINKS)):
            links = self._map_links(ident, there.links, (base or {}).get(LINKS) or [])[0]
            if links:
                values[LINKS] = links
        if there is not None and self._allows("documents"):
            values[PHOTO] = (base or {}).get(PHOTO) if there.photo_sha == REFUSED else there.photo_sha
        return values

    def _update(self, item: CardItem, record: Person | Organisation, there: _Card
                ) -> tuple[list[Change], list[str], list[dict[str, Any]], list[tuple[str, str]]]:
        """The changes the server made since the values last agreed (an update of its fields, a tag or untag per tag
        added or removed there, its links added, changed or removed), the tags it removed that were kept (the
        profile's selection tag), the card's links (ids given to the new ones) and those that could not be mapped."""
        values = self._values(item.entity, record)
        held = cards.held(self.vault, item.entity, [item.record_id]).get(item.record_id)
        if held is None:
            return [], [], [], []  # erased here: its card goes (_delete)
        clocks = {k: v for k, v in item.clocks.items() if k}
        created = item.clocks.get("") if item.clocks else None  # (none: no common base, every difference concurrent)
        fields = {k: v for k, v in values.items() if k != TAGS}
        sets = field_sets(BY_ENTITY[item.entity], item.base, fields, clocks, created)
        changes = [Change.update(item.entity, item.record_id, sets, hlc=cards.stamp(self.vault), device=self.device,
                                 author=self.server.name)] if sets else []
        kept: list[str] = []
        if TAGS in values and not held.deleted:
            tag_changes, kept = self._tag_changes(item.entity, item.record_id, item.base.get(TAGS), record.tags)
            changes += tag_changes
        links: list[dict[str, Any]] = []
        unmapped: list[tuple[str, str]] = []
        if self.links and item.entity == "person" and not held.deleted:
            base = item.base.get(LINKS) or []
            links, unmapped = self._map_links(item.record_id, there.links, base)
            changes += self._link_changes(item.record_id, links, base, item.clocks.get(LINKS) or {})
        if PHOTO in item.base and there.photo_sha not in (REFUSED, item.base[PHOTO]) and not held.deleted:
            changes += self._photo_changes(item.entity, item.record_id, there)
        return changes, kept, links, unmapped

    def _photo_changes(self, entity: str, ident: str, there: _Card) -> list[Change]:
        """The record's photo changed there since the card last agreed: a new version of its photo document (the
        first image linked to it, the one its card carries; a version made here meanwhile is kept too, as the
        engine keeps concurrent versions), or a new document linked to it when it has none; removed there: the
        document unlinked from it and kept. The vault holding that photo already: nothing."""
        doc = next((d for d in Documents(self.vault).list(linked_to=ident, limit=10_000)
                    if d.current and d.current.media_type.startswith("image/")), None)
        if there.photo is None:
            return [Change(Op.UNLINK, "document", doc.id, {"entity": entity, "id": ident}, **self._stamp())] \
                if doc is not None else []
        media, content = there.photo
        sha = hashlib.sha256(content).hexdigest()
        if doc is not None and doc.current.sha256 == sha:  # type: ignore[union-attr]
            return []
        out = []
        if doc is None:
            doc_id = uuid7()
            out.append(Change(Op.CREATE, "document", doc_id, DOCUMENT.plain(Document("Photo")), **self._stamp()))
        else:
            doc_id = doc.id
        version = DocumentVersion(doc_id, (doc.current.number + 1) if doc is not None else 1,  # type: ignore[union-attr]
                                  "photo." + media.split("/")[1].replace("jpeg", "jpg"), media, len(content), sha)
        out.append(Change(Op.VERSION, "document", doc_id, {**DOCUMENT_VERSION.plain(version),
                                                            "content": base64.b64encode(content).decode("ascii")},
                          **self._stamp()))
        if doc is None:
            out.append(Change(Op.LINK, "document", doc_id, {"entity": entity, "id": ident}, **self._stamp()))
        return out

    def _tag_changes(self, entity: str, ident: str, base: list[str] | None, there: list[str]
                     ) -> tuple[list[Change], list[str]]:
        """A tag or untag change per tag added or removed on the server since ``base`` (the tags last agreed; None:
        no common base, only additions), leaving out what the vault already says; the profile's selection tag is
        never removed (returned, for a notice)."""
        here = _tag_names(tags_of(self.vault, ident))
        theirs = _tag_names(there)
        agreed = set(base) if base is not None else set(here)
        added = [theirs[k] for k in theirs if k not in agreed and k not in here]
        removed = [here[k] for k in here if k in agreed and k not in theirs] if base is not None else []
        kept = [name for name in removed if vtags.nocase(name) in self.kept_tags]
        out = [Change(Op.TAG, entity, ident, {"tag": name}, hlc=cards.stamp(self.vault), device=self.device,
                      author=self.server.name) for name in added]
        out += [Change(Op.UNTAG, entity, ident, {"tag": name}, hlc=cards.stamp(self.vault), device=self.device,
                       author=self.server.name) for name in removed if name not in kept]
        return out, kept

    def _kept_tags(self) -> set[str]:
        """The tags that keep a record published, as tags are compared: the profile's selection tag, or the tag its
        saved search filters on. A phone removing one of them would unpublish the record (and delete its card there)
        by an edit that was not meant to change the group's choice: they are kept and said, never removed."""
        names = [self.selection.tag] if self.selection.tag else []
        if self.selection.search:
            try:
                saved = SavedSearches(self.vault).by_name(self.selection.search)
            except CommonsError:  # (a plain search's text: no tag it depends on by name)
                saved = None
            tag = (saved.filters or {}).get("tag") if saved is not None else None
            if isinstance(tag, str) and tag:
                names.append(tag)
        out = set()
        for name in names:
            try:
                name = vtags.find_tag(self.vault, name) or name
            except CommonsError:
                pass
            out.add(vtags.nocase(name))
        return out

    def _create(self, entity: str, record: Person | Organisation, there: _Card, uid: str, ours: set[str], href: str,
                etag: str | None) -> tuple[list[Change], str, dict[str, Any], str | None, list]:
        ident = uid if is_uuid(uid) and uid not in ours and not self._exists(uid) else uuid7()
        record.id = ""
        plain = BY_ENTITY[entity].plain(record)
        changes = [Change(Op.CREATE, entity, ident, plain, hlc=cards.stamp(self.vault), device=self.device,
                          author=self.server.name)]
        if self._allows(TAGS):  # its tags, once it is there (the engine applies creations first)
            changes += [Change(Op.TAG, entity, ident, {"tag": name}, hlc=cards.stamp(self.vault), device=self.device,
                               author=self.server.name) for name in record.tags]
        values = self._values(entity, record)
        if self._allows("documents"):  # its photo, a document linked to it
            values[PHOTO] = there.photo_sha if there.photo_sha != REFUSED else None
            if there.photo is not None:
                changes += self._photo_changes(entity, ident, there)
        unmapped: list[tuple[str, str]] = []
        if there.links:  # its links to records of the vault (the engine applies the relationships after the person)
            links, unmapped = self._map_links(ident, there.links, [])
            changes += self._link_changes(ident, links, [], {})
            if links:
                values[LINKS] = sorted(links, key=lambda v: v["id"])
        return changes, href, values, etag, unmapped

    def _exists(self, ident: str) -> bool:
        try:
            vtags.entity_of(self.vault, ident)
        except CommonsError:
            return False
        return True

    def _apply(self, updates: list, creates: list) -> None:
        changes = [c for cs, *_ in updates for c in cs] + [c for cs, *_ in creates for c in cs]
        checked = []
        for change in changes:  # a server's card is hostile input: its values are checked as any received change
            try:
                checked.append(replication.unwire(replication.wire(change)))
            except BadChange:
                continue
        keep = {c.key for c in checked}
        with self.vault.transaction():
            if checked:
                applied = replication.apply_remote(self.vault, checked, allow_mass_delete=True)
                self.counts.conflicts += applied.conflicts
            for made, href, values, etag, unmapped in creates:
                if any(c.key not in keep for c in made):
                    continue
                change = made[0]
                self._keep_published(change.entity, change.entity_id)
                self._unmapped(change.entity_id, unmapped)
                self._received(change.entity, change.entity_id, href, etag, values, {})
            for made, item, values, etag, kept, unmapped in updates:
                if any(c.key not in keep for c in made):
                    continue
                self._unmapped(item.record_id, unmapped)
                for name in kept:  # the tag that keeps the card published, removed there: kept, and said
                    conflicts.add(self.vault, conflicts.NOTICE, conflicts.KEPT_TAG, item.entity, item.record_id,
                                  remote_hlc=cards.stamp(self.vault), remote_device=self.device, field=TAGS,
                                  element=name, local=name)
                    self.counts.conflicts += 1
                self._received(item.entity, item.record_id, item.href, etag, values, item.clocks)

    def _unmapped(self, ident: str, unmapped: list[tuple[str, str]]) -> None:
        """A notice for each link of a card the vault cannot hold (an organisation it does not know: none is made
        behind the group's back; a RELATED to no person of the vault), once while it is open; the card there keeps
        it until the record's card is next sent."""
        if not unmapped:
            return
        known = {(q.code, q.element) for q in conflicts.listed(self.vault, kind=conflicts.NOTICE)
                 if q.entity_id == ident and q.remote_device == self.device}
        for code, value in unmapped:
            if (code, value) in known:
                continue
            known.add((code, value))
            conflicts.add(self.vault, conflicts.NOTICE, code, "person", ident, remote_hlc=cards.stamp(self.vault),
                          remote_device=self.device, field=LINKS, element=value, remote=value)
            self.counts.conflicts += 1

    def _keep_published(self, entity: str, ident: str) -> None:
        """A record made from a card created on the server stays selected by the profile."""
        if self.selection.tag:
            name = vtags.find_tag(self.vault, self.selection.tag) or self.selection.tag
            vtags.add_tag(self.vault, name, [ident])
        elif self.selection.ids:
            self.selection.ids.append(ident)
            exchange_log.set_profile_selection(self.vault, self.profile.name, self.selection.to_json())

    def _note_uid(self, ident: str, text: str) -> None:
        """The UID the card there carries, kept when it is not this vault's (the card goes back with it)."""
        uid = _uid_of(text)
        if uid is None or uid == f"urn:uuid:{ident}" or self.uids.get(ident) == uid:
            return
        self.uids[ident] = uid  # kept at once, beside the ctag and token seen before this run (nothing skipped)
        server_store.set_target_state(self.vault, self.target, {**self.state, "book": self.book.path,
                                                                "uids": self.uids})

    def _received(self, entity: str, ident: str, href: str, etag: str | None, values: dict[str, Any],
                  old_clocks: dict[str, Any]) -> None:
        """What the vault and the server now agree on, after the merge: the server's values; for each field the
        vault holds the same value of, its clock now; for one it holds another value of (changed here, to be sent),
        the clock last agreed."""
        held: Held | None = cards.held(self.vault, entity, [ident]).get(ident)
        if held is None:
            return
        clocks: dict[str, Any] = {"": held.created}
        for name in self.names[entity]:
            source = held.clocks if held.values.get(name) == values.get(name) else old_clocks
            clocks.update(_subset({k: v for k, v in source.items() if k}, (name,)))
        if values.get(LINKS):  # each link's clocks: the relationship's now where it holds the card's value
            rels = cards.held(self.vault, "relationship", [v["id"] for v in values[LINKS]])
            old = old_clocks.get(LINKS) or {}
            clocks[LINKS] = {}
            for v in values[LINKS]:
                rel = rels.get(v["id"])
                if rel is not None and all(rel.values[k] == v[k] for k in _LINK_FIELDS):
                    clocks[LINKS][v["id"]] = {**rel.clocks, "": rel.created}
                elif v["id"] in old:
                    clocks[LINKS][v["id"]] = old[v["id"]]
        cards.agreed(self.vault, self.target, entity, ident, href, etag, "", values, clocks)
        self.received_ids.append(ident)
        self.counts.received += 1

    def _agree(self, item: CardItem, href: str, etag: str | None, sha: str, base: dict, clocks: dict) -> None:
        cards.agreed(self.vault, self.target, item.entity, item.record_id, href, etag, sha, base, clocks)
        self.items[item.record_id] = CardItem(item.entity, item.record_id, href, etag, sha, base, clocks, None)

    # -- publishing ---------------------------------------------------------------------------------------------
    def _publish(self, wanted: dict[str, _Out]) -> None:
        self.items = cards.items(self.vault, self.target)
        todo = []
        for out in wanted.values():
            item = self.items.get(out.record_id)
            if item is not None and item.pending is None and item.sha256 == out.sha256 and item.base != out.base:
                # the very card agreed on, its base from before tags, links or photos came back: the card's values are
                # the base from now on (with its links' clocks), nothing sent
                self._agree(item, item.href, item.etag, out.sha256, out.base,
                            {**item.clocks, **({LINKS: out.clocks[LINKS]} if LINKS in out.clocks else {})})
                continue
            if item is not None and item.pending is None and item.base == out.base:
                if item.sha256 == out.sha256:
                    continue
                if not item.sha256 and _confirmed(item):  # received: the vault agrees with what is there
                    self._agree(item, item.href, item.etag, out.sha256, out.base, item.clocks)
                    continue
            todo.append(out)
        if not todo:
            return
        fields = [f for f in (*dict.fromkeys((*Person.FIELDS, *Organisation.FIELDS)), "tags", LINKS, "documents")
                  if self._allows(f)]
        exchange_log.log_disclosure(self.vault, kind=KIND, recipients=[self.server.name],
                                    destination=self.server.url, profile=self.profile.name,
                                    selection=self.profile.selection, fields=fields,
                                    records=[(o.entity, o.record_id) for o in todo])
        total = len(todo)
        with ThreadPoolExecutor(WORKERS) as pool:
            for start in range(0, total, BATCH):
                self.ctx.stop()
                self.ctx.progress(start, total, "sending")
                self._put_batch(todo[start:start + BATCH], pool)
        self.ctx.progress(total, total, "sending")

    def _put_batch(self, batch: list[_Out], pool: ThreadPoolExecutor) -> None:
        """Writes guarded by the server (a creation, or If-Match on a strong ETag) go out ``WORKERS`` at a time, each
        noted as pending first; their answers are taken in order. Those over a weak or no ETag, and the answers that
        need a look at the card (412, a UID already there), are done one after the other. The first failure stops
        the batch once the answers of the writes already sent are noted."""
        guarded, looked = [], []
        with self.vault.transaction():  # the batch's pending notes in one commit (one fsync, not one per card)
            for out in batch:
                item = self.items.get(out.record_id)
                create = item is None or not _confirmed(item)
                if not create and not usable_for_if_match(item.etag):  # type: ignore[union-attr]
                    looked.append(out)
                    continue
                href = item.href if item is not None else f"{self.book.path}{out.record_id}.vcf"
                cards.pending(self.vault, self.target, out.entity, out.record_id, href,
                              Sent(out.sha256, out.base, out.clocks))
                guarded.append((out, href, create, None if create else item.etag))  # type: ignore[union-attr]

        def send(job: tuple[_Out, str, bool, str | None]) -> tuple[str | None, DavError | None]:
            out, href, create, etag = job
            try:
                return self.dav.put_card(self.book, href, out.text, create=create, if_match=etag), None
            except DavError as exc:
                return None, exc

        if len(guarded) > 1:  # (the answers waited for where a Ctrl+C cannot leave a future's lock held: sync/http.py)
            answers = away_from_ctrl_c(lambda: list(pool.map(send, guarded)))
        else:
            answers = [send(j) for j in guarded]
        with self.vault.transaction():  # the cards the server took with their ETag: noted in one commit
            for (out, href, _, _), (etag, exc) in zip(guarded, answers, strict=True):
                if exc is None and etag is not None:
                    self._sent(out, href, etag)
        failure: DavError | None = None
        for (out, href, create, _), (etag, exc) in zip(guarded, answers, strict=True):
            if exc is None:
                if etag is None:
                    self._sent(out, href, etag)  # (the ETag asked of the server: outside the transaction)
            elif failure is not None or exc.failure is Failure.TOO_LARGE:
                continue  # (a card over the book's limit even without a photo: left out, the others go on)
            elif exc.failure is Failure.PRECONDITION or (create and exc.status in (400, 403, 409)):
                self._precondition(out, href, create, True, exc)
            else:
                failure = exc
        if failure is not None:
            raise failure
        for out in looked:
            self._put(out, self.items.get(out.record_id), again=True)

    def _put(self, out: _Out, item: CardItem | None, *, again: bool) -> None:
        href = item.href if item is not None else f"{self.book.path}{out.record_id}.vcf"
        create = item is None or not _confirmed(item)
        cards.pending(self.vault, self.target, out.entity, out.record_id, href, Sent(out.sha256, out.base, out.clocks))
        try:
            if create:
                etag = self.dav.put_card(self.book, href, out.text, create=True)
            elif usable_for_if_match(item.etag):  # type: ignore[union-attr]
                etag = self.dav.put_card(self.book, href, out.text, if_match=item.etag)  # type: ignore[union-attr]
            else:  # a weak or no ETag cannot guard the write (If-Match never matches it): the card is looked at first
                found = list(self.dav.multiget(self.book, [href]))
                if found and self._changed_there(item, found[0]):  # type: ignore[arg-type]
                    self._merge_then_put(out, found[0], again)
                    return
                etag = self.dav.put_card(self.book, href, out.text, checked=True)
        except DavError as exc:
            if exc.failure is Failure.PRECONDITION or (create and exc.status in (400, 403, 409)):
                self._precondition(out, href, create, again, exc)
                return
            if exc.failure is Failure.TOO_LARGE:
                return  # over the book's limit even without a photo: left out, the others go on
            raise
        self._sent(out, href, etag)

    def _sent(self, out: _Out, href: str, etag: str | None) -> None:
        if etag is None:
            res = self.dav.dav.stat(href)
            etag = res.etag if res else None
        cards.agreed(self.vault, self.target, out.entity, out.record_id, href, etag, out.sha256, out.base,
                     out.clocks)
        self.counts.sent += 1

    def _precondition(self, out: _Out, href: str, create: bool, again: bool, exc: DavError) -> None:
        """The card changed there (412 on an update), is there already (412 on a creation: a creation whose answer
        was lost), or the server has our UID elsewhere (Nextcloud: 400/403/409): fetch it, merge, send once more."""
        found = list(self.dav.multiget(self.book, [href])) if exc.failure is Failure.PRECONDITION else []
        if not found and create:
            found = self._by_uid(out.record_id)
        if not found:
            if exc.failure is Failure.PRECONDITION and not create:
                # gone there since the listing (412 on If-Match, nothing to merge): deleted on the server, so
                # published again (see the module's docstring) now, rather than an If-Match failing at every run
                cards.forget(self.vault, self.target, out.record_id)
                self.items.pop(out.record_id, None)
                self._put(out, None, again=False)
                return
            if exc.failure is Failure.PRECONDITION:
                self.counts.conflicts += 1  # left for the next run
                return
            raise exc
        self._merge_then_put(out, found[0], again)

    def _changed_there(self, item: CardItem, card) -> bool:
        """Whether the card there says something else than what was last agreed on."""
        if _sha(card.text) == item.sha256:
            return False
        read = self._read_card(card.text)
        return read is not None and self._values(item.entity, read.record, read, item.base, item.record_id) != item.base

    def _merge_then_put(self, out: _Out, card, again: bool) -> None:
        """The card there merged into the vault (a conflict where both sides changed a field), then the record's card
        sent once more (``again``)."""
        item = self.items.get(out.record_id)
        pending = Sent(out.sha256, out.base, out.clocks)
        base = item if item is not None and _confirmed(item) else \
            CardItem(out.entity, out.record_id, card.path, None, "", {}, {}, None)
        base = CardItem(base.entity, base.record_id, card.path, base.etag, base.sha256, base.base, base.clocks, pending)
        self.items[out.record_id] = base
        self.received_ids = []
        self._take([card], {card.path: base})
        if not again:
            return
        redone = self._render([out.record_id])
        self.items = cards.items(self.vault, self.target)
        now = self.items.get(out.record_id)
        if out.record_id in redone and now is not None and (now.pending is not None or now.sha256 !=
                                                            redone[out.record_id].sha256):
            self._put(redone[out.record_id], now, again=False)

    def _by_uid(self, record_id: str) -> list:
        """The card carrying this record's UID at some other place of the book (looked up before writing again)."""
        known = {i.href for i in self.items.values()}
        others = [p for p in self.dav.listing(self.book).changed if p not in known]
        for card in self.dav.multiget(self.book, others) if others else ():
            record = self._read(card.text)
            if record is not None and (record.id or "").lower() == record_id:
                return [card]
        return []

    # -- deleting -----------------------------------------------------------------------------------------------
    def _delete(self, gone: list[CardItem]) -> None:
        for item in gone:
            self.ctx.stop()
            etag = item.etag
            checked = False
            if not usable_for_if_match(etag):
                # a weak or no ETag (or a creation whose answer was lost): the card there is looked at first
                found = list(self.dav.multiget(self.book, [item.href]))
                if not found:
                    cards.forget(self.vault, self.target, item.record_id)
                    continue
                if item.base and self._changed_there(item, found[0]):  # (an erased record's goes whatever it says)
                    cards.forget(self.vault, self.target, item.record_id)
                    self.counts.conflicts += 1
                    continue
                etag, checked = found[0].etag, True
            try:
                self.dav.delete_card(item.href, if_match=etag if usable_for_if_match(etag) else None,
                                     checked=checked)
            except DavError as exc:
                if exc.failure is Failure.NOT_FOUND:
                    cards.forget(self.vault, self.target, item.record_id)
                    continue
                if exc.failure is Failure.PRECONDITION:  # changed there since: not ours to delete any more
                    cards.forget(self.vault, self.target, item.record_id)
                    self.counts.conflicts += 1
                    continue
                raise
            cards.forget(self.vault, self.target, item.record_id)
            self.counts.deleted += 1
