"""Links (ORG, RELATED) and photos on published cards against a REAL sabre/dav (the library Nextcloud's contacts are
built on; tests/sync/test_contacts_sabre.py's fixture): carried to the records published there only; a role edited
and a photo replaced in the card there (a raw PUT, as Nextcloud Contacts would) come back, a second sync sends
nothing. sabre/vobject reads and rewrites every card it stores: what it does to our parameters and photos is what
this test holds."""

from __future__ import annotations

import base64
import re
from datetime import date

from commons_desktop.core.model import Relationship
from commons_desktop.exchange.selection import Selection
from commons_desktop.services import profiles
from commons_desktop.services import sync as sync_service
from commons_desktop.ui.photo_scale import scale_photo
from commons_desktop.vault.documents import Documents
from commons_desktop.vault.relationships import Relationships
from tests.sync.test_contacts_sabre import BOOK, FIELDS, book, raw, stored  # noqa: F401 - the sabre/dav book fixture
from tests.ui.photos import noisy_jpeg


def run(vault, secrets) -> sync_service.Outcome:
    return sync_service.run(vault, secrets, ["book"], scale_photo=scale_photo)["book"]


def unfolded(text: str) -> str:
    return re.sub(r"\r?\n[ \t]", "", text)


def edit(server, ident: str, change) -> None:
    href = f"{BOOK}{ident}.vcf"
    got = raw(server, "GET", href)
    assert got.status_code == 200
    assert raw(server, "PUT", href, change(unfolded(got.text)), **{"If-Match": got.headers["ETag"]}).status_code \
        in (201, 204)


def test_links_and_a_photo_go_out_and_their_edits_come_back_through_sabre(book):  # noqa: F811
    vault, ids, server, p, secrets = book
    rels = Relationships(vault)
    works = rels.add(Relationship("works_at", ids["emilie"], ids["org"], "organisation", "Trésorière",
                                  date(2024, 1, 5)))
    rels.add(Relationship("household", ids["emilie"], ids["marc"], "person"))
    hidden = rels.add(Relationship("household", ids["emilie"], ids["hidden"], "person"))
    photo = Documents(vault).add("Photo", noisy_jpeg(60, 40, seed=5), "e.jpg", "image/jpeg",
                                 [("person", ids["emilie"])])
    profiles.remove(vault, "carnet")
    profiles.add(vault, "carnet", Selection(tag="carnet"), [*FIELDS, "relationships", "documents"])
    out = run(vault, secrets)
    assert out.error is None and out.counts.sent == 3, out
    card = next(unfolded(t) for t in stored(server).values() if ids["emilie"] in t and "FN:Émilie" in t)
    assert re.search(r"ORG;[^\r\n]*:Maison du Peuple\r?\n", card) and ".ROLE:Trésorière" in card
    assert ids["hidden"] not in card and ids["marc"] in card
    again = run(vault, secrets)
    assert again.error is None and again.counts.sent == 0 and again.counts.received == 0 and again.requests <= 2

    new = noisy_jpeg(64, 48, seed=6)
    edit(server, ids["emilie"], lambda t: re.sub(r"PHOTO[;:][^\r\n]*", "PHOTO;ENCODING=b;TYPE=JPEG:"
                                                 + base64.b64encode(new).decode(), t)
         .replace(".ROLE:Trésorière", ".ROLE:Présidente"))
    out = run(vault, secrets)
    assert out.error is None and out.counts.received == 1 and out.counts.conflicts == 0, out
    assert rels.get(works.id).role == "Présidente" and rels.get(hidden.id).to_id == ids["hidden"]
    assert Documents(vault).content(photo.id) == new and Documents(vault).get(photo.id).current.number == 2
    again = run(vault, secrets)
    assert again.error is None and again.counts.sent == 0 and again.counts.received == 0 and again.requests <= 2
