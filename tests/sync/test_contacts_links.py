"""Organisations and relationships on published cards (ORG, RELATED), against a real Radicale: carried when the
server's profile carries relationships, and only to records published there too (a link to someone not selected is
left off the card, and stays in the vault whatever the server does); never when the profile does not carry them
(canary scan); logged in the disclosure log. Their edits on a phone or the server come back: an ORG naming a known
organisation relinks the person through the merge engine, an unknown name is a notice (no organisation made
silently), a RELATED removed or changed there is a relationship deleted or updated, one naming no person of the vault
a notice."""

from __future__ import annotations

import re
from datetime import date

import pytest

from commons_desktop.core.model import Organisation, Relationship
from commons_desktop.exchange.selection import Selection
from commons_desktop.services import conflicts as conflict_service
from commons_desktop.services import profiles
from commons_desktop.services.sync_contacts import device_of
from commons_desktop.vault import changelog, exchange_log, tags
from commons_desktop.vault import servers as store
from commons_desktop.vault.exchange_match import organisation_ids
from commons_desktop.vault.organisations import Organisations
from commons_desktop.vault.people import People
from commons_desktop.vault.relationships import Relationships
from tests.sync.test_contacts import FIELDS, book, raw, run, stored  # noqa: F401 - the address book fixture
from tests.sync.test_contacts_tags import settled

CANARY_ORG = "CANARY-ORG-UNPUBLISHED-51d7"


def links_of(vault, ident: str) -> list[tuple[str, str, str, str]]:
    """A person's live relationships from them: (kind, to id, role, start)."""
    return sorted((r.kind, r.to_id, r.role, r.start.isoformat() if r.start else "")
                  for r in Relationships(vault).of(ident) if r.from_id == ident)


@pytest.fixture
def linked(book):  # noqa: F811
    """The book's people linked: Émilie works at the Maison du Peuple (published, role 'Trésorière', since
    2024-01-05), lives with Marc (published) and with the unselected canary person; Marc is a member of an unselected
    organisation. The profile carries relationships."""
    vault, ids, radicale, p, secrets, path = book
    other = Organisations(vault).add(Organisation(name=CANARY_ORG))
    rels = Relationships(vault)
    made = {
        "works": rels.add(Relationship("works_at", ids["emilie"], ids["org"], "organisation", "Trésorière",
                                       date(2024, 1, 5))),
        "home": rels.add(Relationship("household", ids["emilie"], ids["marc"], "person")),
        "to_hidden": rels.add(Relationship("household", ids["emilie"], ids["hidden"], "person")),
        "secret": rels.add(Relationship("member_of", ids["marc"], other.id, "organisation")),
    }
    profiles.remove(vault, "carnet")
    profiles.add(vault, "carnet", Selection(tag="carnet"), [*FIELDS, "relationships"])
    ids = {**ids, "other": other.id, **{k: r.id for k, r in made.items()}}
    return vault, ids, radicale, p, secrets, path


def card(radicale, path: str, ident: str) -> str:
    """The card as Radicale stores it, unfolded, LF line ends."""
    return re.sub(r"\r?\n ", "", stored(radicale, path)[f"{ident}.vcf"]).replace("\r\n", "\n")


def edit_card(radicale, path: str, name: str, change) -> None:
    """The card ``name``.vcf changed on the server as a phone would (GET, ``change(text)``, PUT over its ETag)."""
    href = f"{path}{name}.vcf"
    got = raw(radicale, "GET", href)
    assert got.status_code == 200
    text = change(re.sub(r"\r?\n ", "", got.text))
    assert raw(radicale, "PUT", href, text, **{"If-Match": got.headers["ETag"]}).status_code in (201, 204)


def test_a_card_carries_org_and_related_to_published_records_only(linked):
    vault, ids, radicale, p, secrets, path = linked
    out = run(vault, secrets)
    assert out.error is None and out.counts.sent == 3, out
    emilie = card(radicale, path, ids["emilie"])
    org = re.search(r"^(rel\d+)\.ORG;([^\r\n]*):Maison du Peuple$", emilie, re.MULTILINE)
    assert org is not None, emilie
    assert f"X-COMMONS-ORG={ids['org']}" in org.group(2) and "X-COMMONS-START=2024-01-05" in org.group(2)
    assert f"{org.group(1)}.ROLE:Trésorière" in emilie.splitlines()
    related = [line for line in emilie.splitlines() if "RELATED" in line]  # (a 3.0 book: X-COMMONS-RELATED)
    assert len(related) == 1 and related[0].endswith(f":urn:uuid:{ids['marc']}"), related
    assert ids["hidden"] not in emilie  # a link to someone the profile does not select: left off the card
    for f in radicale.files():  # nor the unselected organisation, anywhere
        assert CANARY_ORG.encode() not in f.read_bytes() and ids["other"].encode() not in f.read_bytes(), f
    assert "ORG" not in card(radicale, path, ids["marc"])
    logged = exchange_log.disclosures(vault)[0]
    assert "relationships" in logged.fields and logged.count == 3
    settled(vault, secrets)
    # the link to the unpublished person stays in the vault through every later run
    assert len(links_of(vault, ids["emilie"])) == 3
    # Marc renamed to come first in name order: his card only (Émilie's links keep their order on hers)
    People(vault).update_fields(ids["marc"], {"family": "Abel"})
    out = run(vault, secrets)
    assert out.error is None and out.counts.sent == 1 and out.requests <= 3, out


def test_without_relationships_in_the_profile_no_link_leaves(book):  # noqa: F811
    vault, ids, radicale, p, secrets, path = book
    Relationships(vault).add(Relationship("works_at", ids["emilie"], ids["org"], "organisation", "Trésorière"))
    Relationships(vault).add(Relationship("household", ids["emilie"], ids["marc"], "person"))
    out = run(vault, secrets)
    assert out.error is None and out.counts.sent == 3, out
    folder = radicale.storage / "collection-root" / path.strip("/")
    for f in folder.rglob("*"):  # the canary scan of the book's storage: no link, no role, no linked record's id
        data = f.read_bytes() if f.is_file() else b""
        assert b"RELATED" not in data and "Trésorière".encode() not in data and b"X-COMMONS-ORG" not in data, f
        assert b"ORG;" not in data and ids["marc"].encode() not in data or f.name == f"{ids['marc']}.vcf", f
    assert "ORG" not in card(radicale, path, ids["emilie"])
    assert "relationships" not in exchange_log.disclosures(vault)[0].fields


def relation_line(text: str) -> str:
    (line,) = [x for x in text.split("\n") if "RELATED" in x]
    return line.rstrip("\r")


def test_an_org_renamed_on_a_phone_relinks_to_the_known_organisation(linked):
    """The ORG's name edited to another organisation's, our parameters kept (the same link, its target changed: the
    role and dates stay) or dropped by the phone (a new link, the old one gone): through the merge engine, from the
    server's device. The unpublished links stay."""
    vault, ids, radicale, p, secrets, path = linked
    amis = Organisations(vault).add(Organisation(name="Les Amis du Parc"))
    run(vault, secrets)
    edit_card(radicale, path, ids["emilie"], lambda t: t.replace(":Maison du Peuple\r\n", ":les amis du parc\r\n"))
    out = run(vault, secrets)
    assert out.error is None and out.counts.received == 1 and out.counts.conflicts == 0, out
    assert links_of(vault, ids["emilie"]) == sorted([("works_at", amis.id, "Trésorière", "2024-01-05"),
                                                    ("household", ids["marc"], "", ""),
                                                    ("household", ids["hidden"], "", "")])
    assert Relationships(vault).get(ids["works"]).to_id == amis.id  # the same relationship, relinked
    device = device_of(store.get(vault, "book").target_id)
    assert changelog.history(vault, ids["works"], limit=1)[0].device == device
    # 'Les Amis du Parc' is not published there: the card goes back without it (both ends, as the vCard export)
    assert "ORG" not in card(radicale, path, ids["emilie"])
    settled(vault, secrets)
    # a phone writing a plain ORG line (no parameters, no group) naming a published organisation: a new link
    Relationships(vault).update_fields(ids["works"], {"to_id": ids["org"]})
    run(vault, secrets)
    edit_card(radicale, path, ids["emilie"],
              lambda t: re.sub(r"rel1\.ORG;[^\r\n]*\r\n", "ORG:Les Amis du Parc\r\n", t).replace("rel1.ROLE", "ROLE"))
    tags.add_tag(vault, "carnet", [amis.id])
    out = run(vault, secrets)
    assert out.error is None and out.counts.received == 1 and out.counts.conflicts == 0, out
    assert links_of(vault, ids["emilie"]) == sorted([("works_at", amis.id, "", ""),
                                                    ("household", ids["marc"], "", ""),
                                                    ("household", ids["hidden"], "", "")])
    assert ids["works"] not in {r.id for r in Relationships(vault).of(ids["emilie"])}  # deleted, a new one made
    settled(vault, secrets)


def test_an_unknown_organisation_is_a_notice_and_makes_nothing(linked):
    vault, ids, radicale, p, secrets, path = linked
    run(vault, secrets)
    before = organisation_ids(vault)
    edit_card(radicale, path, ids["emilie"], lambda t: t.replace(":Maison du Peuple\r\n", ":Coopérative Inconnue\r\n"))
    out = run(vault, secrets)
    assert out.error is None and out.counts.conflicts == 1, out
    assert organisation_ids(vault) == before  # none made
    assert len(links_of(vault, ids["emilie"])) == 3  # the link agreed on kept
    notices = [(q.kind, q.code, q.entity_id, q.remote) for q in conflict_service.listed(vault)]
    assert notices == [("notice", "unknown-organisation", ids["emilie"], "Coopérative Inconnue")]
    from commons_desktop.cli.commands.conflicts import NOTICE_WORDS  # what `commons conflicts list` says of it
    assert "organisation 'Coopérative Inconnue', which" in NOTICE_WORDS["unknown-organisation"].format(
        value=conflict_service.listed(vault)[0].remote)
    settled(vault, secrets)
    edit_card(radicale, path, ids["emilie"], lambda t: t.replace("+32 470 12 34 56", "+32 470 00 00 00"))
    out = run(vault, secrets)  # another edit of the card: the same unknown organisation is not said twice
    assert out.error is None and out.counts.received == 1 and len(conflict_service.listed(vault)) == 1, out


def test_related_added_removed_changed_or_unknown_there(linked):
    """A RELATED added on the server to a published person is a new relationship, one removed deletes it (through
    the engine), its role edited updates it; one naming no person of the vault is a notice; a 3.0 card that lost every
    X-COMMONS-RELATED (a phone dropping what it does not know) removes none; the unpublished link is never touched."""
    vault, ids, radicale, p, secrets, path = linked
    run(vault, secrets)
    stranger = "urn:uuid:0f0e0d0c-0b0a-4909-8807-060504030201"
    edit_card(radicale, path, ids["emilie"], lambda t: t.replace(
        "END:VCARD", f"X-COMMONS-RELATED;X-COMMONS-KIND=contact_for;X-COMMONS-ROLE=voisin:urn:uuid:{ids['marc']}\r\n"
                     f"X-COMMONS-RELATED;X-COMMONS-KIND=household:{stranger}\r\nEND:VCARD"))
    out = run(vault, secrets)
    assert out.error is None and out.counts.received == 1 and out.counts.conflicts == 1, out
    assert links_of(vault, ids["emilie"]) == sorted([("works_at", ids["org"], "Trésorière", "2024-01-05"),
                                                    ("household", ids["marc"], "", ""),
                                                    ("contact_for", ids["marc"], "voisin", ""),
                                                    ("household", ids["hidden"], "", "")])
    assert [(q.code, q.remote) for q in conflict_service.listed(vault)] == [("unmapped-link", stranger)]
    settled(vault, secrets)
    # the household link removed there (the other stays): deleted here, by the server's device
    edit_card(radicale, path, ids["emilie"], lambda t: re.sub(r"X-COMMONS-RELATED;[^\r\n]*KIND=household[^\r\n]*"
                                                              + ids["marc"] + "\r\n", "", t))
    out = run(vault, secrets)
    assert out.error is None and out.counts.received == 1 and out.counts.conflicts == 0, out
    assert ("household", ids["marc"], "", "") not in links_of(vault, ids["emilie"])
    last = changelog.history(vault, ids["home"], limit=1)[0]
    assert last.op.value == "delete" and last.device == device_of(store.get(vault, "book").target_id)
    settled(vault, secrets)
    # its role edited there, our parameters kept: an update of that relationship
    edit_card(radicale, path, ids["emilie"], lambda t: t.replace("X-COMMONS-ROLE=voisin", "X-COMMONS-ROLE=gardien"))
    out = run(vault, secrets)
    assert out.error is None and out.counts.received == 1, out
    assert ("contact_for", ids["marc"], "gardien", "") in links_of(vault, ids["emilie"])
    settled(vault, secrets)
    # a phone saving the card without any X-COMMONS-RELATED: the links stay
    edit_card(radicale, path, ids["emilie"], lambda t: re.sub(r"X-COMMONS-RELATED[^\r\n]*\r\n", "", t))
    out = run(vault, secrets)
    assert out.error is None and out.counts.conflicts == 0, out
    assert links_of(vault, ids["emilie"]) == sorted([("works_at", ids["org"], "Trésorière", "2024-01-05"),
                                                    ("contact_for", ids["marc"], "gardien", ""),
                                                    ("household", ids["hidden"], "", "")])
    settled(vault, secrets)


def test_a_role_changed_on_both_sides_is_a_conflict(linked):
    vault, ids, radicale, p, secrets, path = linked
    run(vault, secrets)
    Relationships(vault).update_fields(ids["works"], {"role": "Présidente"})
    edit_card(radicale, path, ids["emilie"], lambda t: t.replace(".ROLE:Trésorière", ".ROLE:Secrétaire"))
    out = run(vault, secrets)
    assert out.error is None and out.counts.conflicts == 1, out
    (q,) = conflict_service.listed(vault)
    assert (q.kind, q.entity_id, q.field) == ("conflict", ids["works"], "role")
    assert {q.local, q.remote} == {"Présidente", "Secrétaire"}
