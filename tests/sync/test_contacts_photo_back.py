"""A photo changed on a phone or the server coming back into the vault, against a real Radicale (raw PUTs, as a phone
would): a new photo is a new version of the person's photo document through the merge engine (a version made here
meanwhile is kept too), a photo added to someone without one a new document linked to them, a photo removed there
unlinks the document (the document stays); a photo is read as hostile (its kind from its bytes, its size bounded,
what the scaler cannot decode refused); the same photo written otherwise (another encoding, Nextcloud's rewrite) is no
change."""

from __future__ import annotations

import base64
import re
import uuid

import pytest
from PySide6.QtCore import QBuffer, QByteArray, QIODevice
from PySide6.QtGui import QImage

from commons_desktop.exchange.selection import Selection
from commons_desktop.services import profiles, sync
from commons_desktop.services.sync_contacts import MAX_PHOTO, device_of
from commons_desktop.ui.photo_scale import scale_photo
from commons_desktop.vault import changelog, exchange_log
from commons_desktop.vault import servers as store
from commons_desktop.vault.documents import Documents
from commons_desktop.vault.people import People
from tests.sync.test_contacts import FIELDS, book, phone_card, raw, stored  # noqa: F401 - the address book fixture
from tests.ui.photos import noisy_jpeg, png_declaring


def small_png() -> bytes:
    image = QImage(48, 40, QImage.Format.Format_RGB888)
    image.fill(0x3366AA)
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    assert image.save(buffer, "PNG")
    return bytes(data.data())


def run(vault, secrets) -> sync.Outcome:
    return sync.run(vault, secrets, ["book"], scale_photo=scale_photo)["book"]


def settled(vault, secrets) -> None:
    again = run(vault, secrets)
    assert again.error is None and again.counts.sent == 0 and again.counts.received == 0, again
    assert again.counts.conflicts == 0 and again.requests <= 2, again


def photo_line(data: bytes, media: str = "JPEG") -> str:
    return f"PHOTO;ENCODING=b;TYPE={media}:{base64.b64encode(data).decode()}\r\n"


def set_photo(radicale, path: str, ident: str, line: str | None) -> None:
    """The PHOTO of the card ``ident``.vcf replaced (or removed: None, or added) on the server, as a phone would."""
    href = f"{path}{ident}.vcf"
    got = raw(radicale, "GET", href)
    assert got.status_code == 200
    text = re.sub(r"\r?\n[ \t]", "", got.text)
    text = re.sub(r"PHOTO[;:][^\r\n]*\r\n", "", text)
    if line is not None:
        text = text.replace("END:VCARD", line + "END:VCARD")
    assert raw(radicale, "PUT", href, text, **{"If-Match": got.headers["ETag"]}).status_code in (201, 204)


def photos_of(vault, ident: str) -> list:
    docs = Documents(vault)
    return [d for d in docs.list(linked_to=ident, limit=100) if d.current and d.current.media_type.startswith("image/")]


@pytest.fixture
def pictured(book):  # noqa: F811
    """The book's profile carrying documents; Émilie has a small photo (it fits a card as it is). One sync done."""
    vault, ids, radicale, p, secrets, path = book
    profiles.remove(vault, "carnet")
    profiles.add(vault, "carnet", Selection(tag="carnet"), [*FIELDS, "documents"])
    doc = Documents(vault).add("Photo", noisy_jpeg(60, 40, seed=1), "emilie.jpg", "image/jpeg",
                               [("person", ids["emilie"])])
    out = run(vault, secrets)
    assert out.error is None and out.counts.sent == 3, out
    assert "documents" in exchange_log.disclosures(vault)[0].fields  # the photo, logged as what left
    return vault, {**ids, "photo": doc.id}, radicale, p, secrets, path


def test_a_photo_changed_there_is_a_new_version_of_the_persons_photo(pictured):
    vault, ids, radicale, p, secrets, path = pictured
    new = noisy_jpeg(64, 48, seed=2)
    set_photo(radicale, path, ids["emilie"], photo_line(new))
    out = run(vault, secrets)
    assert out.error is None and out.counts.received == 1 and out.counts.sent == 0 and out.counts.conflicts == 0, out
    doc = Documents(vault).get(ids["photo"])
    assert doc.current.number == 2 and Documents(vault).content(doc.id) == new
    assert doc.current.media_type == "image/jpeg"
    assert changelog.history(vault, doc.id, limit=1)[0].device == device_of(store.get(vault, "book").target_id)
    assert [d.id for d in photos_of(vault, ids["emilie"])] == [doc.id]
    settled(vault, secrets)


def test_a_photo_changed_on_both_sides_keeps_both_versions(pictured):
    vault, ids, radicale, p, secrets, path = pictured
    here, there = noisy_jpeg(50, 50, seed=3), noisy_jpeg(40, 40, seed=4)
    Documents(vault).add_version(ids["photo"], here, "emilie-2.jpg", "image/jpeg")
    set_photo(radicale, path, ids["emilie"], photo_line(there))
    out = run(vault, secrets)
    assert out.error is None and out.counts.received == 1, out
    docs = Documents(vault)
    contents = {docs.content(ids["photo"], n) for n in (1, 2, 3)}
    assert {here, there} <= contents and len(contents) == 3  # the first, and both new ones
    settled(vault, secrets)


def test_a_photo_added_there_is_a_new_document_linked_to_the_person(pictured):
    vault, ids, radicale, p, secrets, path = pictured
    png = small_png()
    set_photo(radicale, path, ids["marc"], photo_line(png, "PNG"))
    out = run(vault, secrets)
    assert out.error is None and out.counts.received == 1, out
    (doc,) = photos_of(vault, ids["marc"])
    assert Documents(vault).content(doc.id) == png and doc.current.media_type == "image/png"
    settled(vault, secrets)


def test_a_photo_removed_there_unlinks_the_document_and_keeps_it(pictured):
    vault, ids, radicale, p, secrets, path = pictured
    set_photo(radicale, path, ids["emilie"], None)
    out = run(vault, secrets)
    assert out.error is None and out.counts.received == 1 and out.counts.sent == 0, out
    assert photos_of(vault, ids["emilie"]) == []
    assert Documents(vault).get(ids["photo"]).current.number == 1  # the document stays, unlinked
    assert "PHOTO" not in stored(radicale, path)[f"{ids['emilie']}.vcf"]
    settled(vault, secrets)


def test_a_card_made_on_a_phone_brings_its_photo(pictured):
    vault, ids, radicale, p, secrets, path = pictured
    uid = str(uuid.uuid4())
    png = small_png()
    card = phone_card(uid, photo_line(png, "PNG"))
    assert raw(radicale, "PUT", f"{path}phone-made.vcf", card, **{"If-None-Match": "*"}).status_code == 201
    out = run(vault, secrets)
    assert out.error is None and out.counts.received == 1, out
    (doc,) = photos_of(vault, uid)
    assert Documents(vault).content(doc.id) == png
    settled(vault, secrets)


@pytest.mark.parametrize("what", ["garbage", "bomb", "text", "too-large"])
def test_a_hostile_photo_is_refused(pictured, what):
    vault, ids, radicale, p, secrets, path = pictured
    data = {"garbage": b"\x89PNG\r\n\x1a\n" + bytes(range(256)) * 8,  # a PNG's signature, then nothing readable
            "bomb": png_declaring(100_000, 100_000, rows=2),
            "text": b"<svg xmlns='http://www.w3.org/2000/svg'><script>alert(1)</script></svg>",
            "too-large": b"\xff\xd8\xff\xe0" + bytes(MAX_PHOTO)}[what]  # (a card over 4 MB: a bad answer)
    set_photo(radicale, path, ids["emilie"], photo_line(data, "PNG"))
    out = run(vault, secrets)
    assert out.error is None, out
    doc = Documents(vault).get(ids["photo"])
    assert doc.current.number == 1 and [d.id for d in photos_of(vault, ids["emilie"])] == [doc.id]
    assert len(Documents(vault).list(limit=100)) == 1  # no document made of it
    again = run(vault, secrets)
    assert again.error is None and again.counts.received == 0, again


def test_the_same_photo_written_otherwise_is_no_change(pictured):
    """Nextcloud rewrites PHOTO data (its encoding, the ETag changes): the same bytes, no new version. (Radicale's
    3.0 cards keep neither a data: URI nor ENCODING=BASE64: written here with its parameters the other way round and
    the card with another PRODID.)"""
    vault, ids, radicale, p, secrets, path = pictured
    same = Documents(vault).content(ids["photo"])
    before = stored(radicale, path)[f"{ids['emilie']}.vcf"]
    set_photo(radicale, path, ids["emilie"], f"PRODID:-//Other//EN\r\nPHOTO;TYPE=jpeg;ENCODING=B:"
                                             f"{base64.b64encode(same).decode()}\r\n")
    assert stored(radicale, path)[f"{ids['emilie']}.vcf"] != before
    out = run(vault, secrets)
    assert out.error is None and out.counts.received == 0 and out.counts.sent == 0, out
    assert Documents(vault).get(ids["photo"]).current.number == 1
    assert People(vault).get(ids["emilie"]).given == "Émilie"
    settled(vault, secrets)
