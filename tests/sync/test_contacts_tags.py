"""Tags (vCard CATEGORIES) coming back from a real Radicale through the merge engine, by element: a tag added or removed
on the server (a raw PUT, as a phone would) is a tag/untag change from the server's device; the profile's selection
tag removed there is kept, said by a notice, and the card goes back with it; the same tag changed on both sides
agrees, different tags changed on both sides merge; a card created there brings its tags; a state agreed before tags
came back sends nothing again. Every case: a second sync sends nothing."""

from __future__ import annotations

import re
import uuid

import pytest

from commons_desktop.exchange.selection import Selection
from commons_desktop.services import conflicts as conflict_service
from commons_desktop.services import profiles
from commons_desktop.services.sync_contacts import device_of
from commons_desktop.vault import cards, changelog, tags
from commons_desktop.vault import servers as store
from commons_desktop.vault.organisations import Organisations
from commons_desktop.vault.people import People
from tests.sync.test_contacts import FIELDS, book, phone_card, raw, run, stored  # noqa: F401 - the address book fixture


@pytest.fixture
def tagged(book):  # noqa: F811
    """The book's profile carrying tags too; Émilie also tagged 'bénévole'; one first sync done."""
    vault, ids, radicale, p, secrets, path = book
    tags.add_tag(vault, "bénévole", [ids["emilie"]])
    profiles.remove(vault, "carnet")
    profiles.add(vault, "carnet", Selection(tag="carnet"), [*FIELDS, "tags"])
    out = run(vault, secrets)
    assert out.error is None and out.counts.sent == 3, out
    return book


def categories(radicale, path: str, name: str, names: list[str] | None) -> None:
    """The CATEGORIES of the card ``name``.vcf set on the server as a phone would (GET, the line replaced or dropped,
    PUT over its ETag); None: no CATEGORIES line at all."""
    href = f"{path}{name}.vcf"
    got = raw(radicale, "GET", href)
    assert got.status_code == 200 and "CATEGORIES" in got.text
    line = f"CATEGORIES:{','.join(names)}\r\n" if names is not None else ""
    text = re.sub(r"CATEGORIES:[^\r\n]*\r\n", lambda _: line, got.text)
    assert raw(radicale, "PUT", href, text, **{"If-Match": got.headers["ETag"]}).status_code in (201, 204)


def card_tags(radicale, path: str, ident: str) -> list[str]:
    found = re.search(r"CATEGORIES:([^\r\n]*)", stored(radicale, path)[f"{ident}.vcf"])
    return sorted(found.group(1).split(",")) if found else []


def settled(vault, secrets) -> None:
    again = run(vault, secrets)
    assert again.error is None and again.counts.sent == 0 and again.counts.received == 0, again
    assert again.counts.conflicts == 0 and again.requests <= 2


def test_tags_added_and_removed_on_the_server_come_back_by_element(tagged):
    vault, ids, radicale, p, secrets, path = tagged
    assert card_tags(radicale, path, ids["emilie"]) == ["bénévole", "carnet"]
    categories(radicale, path, ids["emilie"], ["carnet", "AG 2026"])
    out = run(vault, secrets)
    assert out.error is None and out.counts.received == 1 and out.counts.sent == 0 and out.counts.conflicts == 0, out
    assert People(vault).get(ids["emilie"]).tags == ["AG 2026", "carnet"]
    device = device_of(store.get(vault, "book").target_id)
    made = [(c.op.value, (c.fields or {}).get("tag")) for c in changelog.history(vault, ids["emilie"], limit=2)]
    assert sorted(made) == [("tag", "AG 2026"), ("untag", "bénévole")]
    assert all(c.device == device for c in changelog.history(vault, ids["emilie"], limit=2))
    assert People(vault).get(ids["marc"]).tags == ["carnet"]  # the others untouched
    settled(vault, secrets)


def test_the_selection_tag_removed_there_is_kept_said_and_sent_back(tagged):
    vault, ids, radicale, p, secrets, path = tagged
    categories(radicale, path, ids["emilie"], ["bénévole", "Voisins"])
    categories(radicale, path, ids["org"], None)  # every category gone
    out = run(vault, secrets)
    assert out.error is None and out.counts.received == 2 and out.counts.conflicts == 2, out
    assert People(vault).get(ids["emilie"]).tags == ["bénévole", "carnet", "Voisins"]
    assert Organisations(vault).get(ids["org"]).tags == ["carnet"]
    notices = [(q.kind, q.code, q.entity_id, q.field, q.element) for q in conflict_service.listed(vault)]
    assert sorted(notices) == sorted([("notice", "kept-tag", ids["emilie"], "tags", "carnet"),
                                      ("notice", "kept-tag", ids["org"], "tags", "carnet")])
    assert out.counts.sent == 2  # the cards went back with the tag that keeps them published
    assert card_tags(radicale, path, ids["emilie"]) == ["Voisins", "bénévole", "carnet"]
    assert card_tags(radicale, path, ids["org"]) == ["carnet"]
    assert len(stored(radicale, path)) == 3
    settled(vault, secrets)
    assert len(conflict_service.listed(vault)) == 2  # not said twice


def test_the_same_tag_changed_on_both_sides_agrees_and_different_tags_merge(tagged):
    vault, ids, radicale, p, secrets, path = tagged
    # the same tag removed here and there, and 'ag' added there while 'AG' is added here: one tag each way
    tags.remove_tag(vault, "bénévole", [ids["emilie"]])
    tags.add_tag(vault, "AG", [ids["emilie"]])
    categories(radicale, path, ids["emilie"], ["carnet", "ag"])
    # different tags of Marc changed on each side: both kept
    tags.add_tag(vault, "Bureau", [ids["marc"]])
    categories(radicale, path, ids["marc"], ["carnet", "Trésorerie"])
    before = len(changelog.history(vault, ids["emilie"]))
    out = run(vault, secrets)
    assert out.error is None and out.counts.conflicts == 0 and out.counts.received == 2, out
    assert People(vault).get(ids["emilie"]).tags == ["AG", "carnet"]
    assert len(changelog.history(vault, ids["emilie"])) == before  # what the vault said already: no change logged
    assert People(vault).get(ids["marc"]).tags == ["Bureau", "carnet", "Trésorerie"]
    assert card_tags(radicale, path, ids["marc"]) == ["Bureau", "Trésorerie", "carnet"]
    assert out.counts.sent == 1  # Marc's merged card; Émilie's there says what the vault says
    settled(vault, secrets)


def test_a_tag_changed_there_after_it_changed_here_follows_the_latest_stamp(tagged):
    """The engine's rule for a tag changed on two sides: the latest tag/untag wins. Removed, then added again here
    (after the last sync), and removed there: the server's change, stamped when it is received, is the later."""
    vault, ids, radicale, p, secrets, path = tagged
    tags.remove_tag(vault, "bénévole", [ids["emilie"]])
    tags.add_tag(vault, "bénévole", [ids["emilie"]])
    categories(radicale, path, ids["emilie"], ["carnet"])
    out = run(vault, secrets)
    assert out.error is None and out.counts.conflicts == 0 and out.counts.received == 1, out
    assert People(vault).get(ids["emilie"]).tags == ["carnet"]
    assert card_tags(radicale, path, ids["emilie"]) == ["carnet"]
    settled(vault, secrets)


def test_a_card_created_there_brings_its_tags(tagged):
    """Its categories come in as tags (a blank one left out); the card goes back with the profile's tag that keeps it
    published, under the UID the phone gave it (a server refuses a write changing a card's UID)."""
    vault, ids, radicale, p, secrets, path = tagged
    uid = str(uuid.uuid4())
    card = phone_card(uid, "CATEGORIES:Famille,  ,Voisins\r\n")
    assert raw(radicale, "PUT", f"{path}phone-made.vcf", card, **{"If-None-Match": "*"}).status_code == 201
    out = run(vault, secrets)
    assert out.error is None and out.counts.received == 1 and out.counts.sent == 1, out
    assert People(vault).get(uid).tags == ["carnet", "Famille", "Voisins"]
    there = stored(radicale, path)["phone-made.vcf"]
    assert f"UID:{uid}" in there.splitlines() and "urn:uuid" not in there and "carnet" in there
    settled(vault, secrets)
    categories(radicale, path, "phone-made", ["carnet", "Voisins"])  # a tag removed there later comes back as any other
    out = run(vault, secrets)
    assert out.error is None and out.counts.received == 1 and out.counts.sent == 0, out
    assert People(vault).get(uid).tags == ["carnet", "Voisins"]
    settled(vault, secrets)


def test_a_state_agreed_before_tags_came_back_sends_nothing_again(tagged):
    vault, ids, radicale, p, secrets, path = tagged
    target = store.get(vault, "book").target_id
    for item in cards.items(vault, target).values():  # as an earlier version left it: a base without tags
        assert "tags" in item.base
        cards.agreed(vault, target, item.entity, item.record_id, item.href, item.etag, item.sha256,
                     {k: v for k, v in item.base.items() if k != "tags"}, item.clocks)
    People(vault).update_fields(ids["marc"], {"given": "Marcel"})  # so that the run looks at the cards
    out = run(vault, secrets)
    assert out.error is None and out.counts.sent == 1, out  # Marc's card only
    assert all("tags" in i.base for i in cards.items(vault, target).values())
    settled(vault, secrets)


@pytest.mark.parametrize("uid", ["F1C9A3B2-7D4E-4C1A-9B8E-2A6D5C4B3A21", "3f2a9c@android.example"])
def test_a_card_made_elsewhere_goes_back_under_its_own_uid(book, uid):  # noqa: F811
    """A card a phone made (an iPhone's UID in capitals, an Android one that is no UUID), edited here: written back
    over its ETag with the UID it carries — a server refuses a write changing a card's UID (Radicale: 409)."""
    vault, ids, radicale, p, secrets, path = book
    run(vault, secrets)
    card = phone_card(uid)
    assert raw(radicale, "PUT", f"{path}phone-made.vcf", card, **{"If-None-Match": "*"}).status_code == 201
    out = run(vault, secrets)
    assert out.error is None and out.counts.received == 1, out
    (nadia,) = [i for i in People(vault).ids() if i not in ids.values()]
    People(vault).update_fields(nadia, {"given": "Nadia-Lina"})
    out = run(vault, secrets)
    assert out.error is None and out.counts.sent == 1, out
    there = stored(radicale, path)["phone-made.vcf"]
    assert f"UID:{uid}" in there.splitlines() and "Nadia-Lina" in there
    assert len(stored(radicale, path)) == 4
    settled(vault, secrets)


def test_a_card_flooded_with_categories_is_left_as_it_is(tagged):
    """A server's card carrying more categories than MAX_CARD_TAGS is not read: no tag made, none removed."""
    from commons_desktop.services.sync_contacts import MAX_CARD_TAGS
    vault, ids, radicale, p, secrets, path = tagged
    categories(radicale, path, ids["marc"], [f"flood {n}" for n in range(MAX_CARD_TAGS + 1)])
    out = run(vault, secrets)
    assert out.error is None and out.counts.received == 0 and out.counts.sent == 0, out
    assert People(vault).get(ids["marc"]).tags == ["carnet"]
    assert not [name for name, _ in tags.list_tags(vault) if name.startswith("flood")]


def test_a_tag_the_profiles_saved_search_filters_on_is_kept_when_a_phone_removes_it(book):  # noqa: F811
    """A profile selecting by a saved search on the tag 'bénévole': a phone removing 'bénévole' from a card would
    unpublish the person and delete the card there (what the phone's owner tidied is not the group's choice). The tag
    is kept as the profile's own tag is: said by a notice, the card sent back with it; another tag removed goes."""
    from commons_desktop.vault.saved_searches import SavedSearches
    vault, ids, radicale, p, secrets, path = book
    tags.add_tag(vault, "Bénévole", [ids["emilie"], ids["marc"]])
    tags.add_tag(vault, "AG", [ids["emilie"]])
    SavedSearches(vault).add("Les bénévoles", "", {"tag": "Bénévole"})
    profiles.remove(vault, "carnet")
    profiles.add(vault, "carnet", Selection(search="Les bénévoles"), [*FIELDS, "tags"])
    out = run(vault, secrets)
    assert out.error is None and out.counts.sent == 2, out
    categories(radicale, path, ids["emilie"], ["carnet"])  # 'Bénévole' and 'AG' removed on a phone
    out = run(vault, secrets)
    assert out.error is None and out.counts.received == 1 and out.counts.deleted == 0, out
    assert out.counts.conflicts == 1 and out.counts.sent == 1, out
    assert People(vault).get(ids["emilie"]).tags == ["Bénévole", "carnet"]
    notices = [(q.kind, q.code, q.entity_id, q.element) for q in conflict_service.listed(vault)]
    assert notices == [("notice", "kept-tag", ids["emilie"], "Bénévole")]
    assert sorted(stored(radicale, path)) == sorted(f"{ids[k]}.vcf" for k in ("emilie", "marc"))
    assert card_tags(radicale, path, ids["emilie"]) == ["Bénévole", "carnet"]
    settled(vault, secrets)
