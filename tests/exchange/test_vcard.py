"""vCard import/export: 2.1/3.0/4.0, people and organisations, types, folding, quoted-printable, photos."""

from __future__ import annotations

from datetime import date

import pytest

from commons_desktop.exchange import vcard
from commons_desktop.exchange.errors import RowErrors, UnreadableFile
from commons_desktop.exchange.plan import ImportOptions
from commons_desktop.services import exports, imports
from commons_desktop.vault.documents import Documents
from commons_desktop.vault.exchange_match import organisation_ids
from commons_desktop.vault.organisations import Organisations
from commons_desktop.vault.people import People
from commons_desktop.vault.relationships import Relationships

from .conftest import row_counts, snapshot

PNG = b"\x89PNG\r\n\x1a\n" + b"\x00" * 40

OLD_PHONE = (
    "BEGIN:VCARD\r\nVERSION:2.1\r\n"
    "N;CHARSET=UTF-8;ENCODING=QUOTED-PRINTABLE:Dupr=C3=A9;=C3=89milie;;;\r\n"
    "FN;CHARSET=UTF-8;ENCODING=QUOTED-PRINTABLE:=C3=89milie Dupr=C3=A9\r\n"
    "NOTE;CHARSET=UTF-8;ENCODING=QUOTED-PRINTABLE:Premi=C3=A8re ligne=0D=0ADeuxi=C3=A8me =\r\n"
    "ligne\r\n"
    "TEL;CELL:+33 6 12 34 56 78\r\nTEL;WORK;VOICE:01 40 00 00 00\r\n"
    "EMAIL;INTERNET;WORK:e.dupre@work.org\r\n"
    "ADR;HOME:;;3 rue des Lilas;Paris;;75011;France\r\n"
    "END:VCARD\r\n")

MODERN = (
    "BEGIN:VCARD\r\nVERSION:4.0\r\nKIND:org\r\nFN:Les Amis\r\nORG:Les Amis;Bureau\r\n"
    "EMAIL;TYPE=work:contact@amis.org\r\nURL:https://amis.example\r\nEND:VCARD\r\n"
    "BEGIN:VCARD\r\nVERSION:3.0\r\nFN:Paul Martin\r\nN:Martin;Paul;;;\r\n"
    "EMAIL;TYPE=INTERNET,HOME:paul@exemple.org\r\nEMAIL;TYPE=INTERNET,WORK:p.martin@amis.org\r\n"
    "TEL;TYPE=HOME,VOICE:01 02 03 04 05\r\nTEL;TYPE=CELL:06 07 08 09 10\r\n"
    "ADR;TYPE=WORK:;;1 quai du Port;Marseille;;13002;France\r\nADR;TYPE=HOME:;;2 rue Haute;Lyon;;69001;\r\n"
    "BDAY:1979-01-02\r\nORG:Les Amis\r\nTITLE:Trésorier\r\nCATEGORIES:CA,bénévole\r\n"
    "NOTE:a very long note that is folded across several lines because it is longer th\r\n"
    " an seventy-five characters\r\n"
    "PHOTO;ENCODING=b;TYPE=PNG:" + __import__("base64").b64encode(PNG).decode() + "\r\n"
    "END:VCARD\r\n")


def load(vault, text: str | bytes):
    return imports.read(vault, text.encode() if isinstance(text, str) else text, name="c.vcf")


def test_old_phone_quoted_printable_and_bare_types(vault):
    src = load(vault, OLD_PHONE)
    assert src.format == "vcard"
    imports.apply(vault, src, ImportOptions())
    p = People(vault).get(People(vault).ids()[0])
    assert (p.given, p.family) == ("Émilie", "Dupré")
    assert p.notes == "Première ligne\nDeuxième ligne"
    assert [(x.number, x.kind) for x in p.phones] == [("+33 6 12 34 56 78", "mobile"), ("01 40 00 00 00", "work")]
    assert [(x.address, x.kind) for x in p.emails] == [("e.dupre@work.org", "work")]
    assert (p.addresses[0].street, p.addresses[0].city, p.addresses[0].kind) == ("3 rue des Lilas", "Paris", "home")


def test_people_and_organisations_with_types_and_photo(vault):
    report = imports.apply(vault, load(vault, MODERN), ImportOptions())
    assert (report.created, report.errors) == (2, [])
    [org_id] = organisation_ids(vault)
    org = Organisations(vault).get(org_id)
    assert (org.name, org.website, org.emails[0].kind) == ("Les Amis", "https://amis.example", "work")
    p = People(vault).get(People(vault).ids()[0])
    assert [(e.address, e.kind) for e in p.emails] == [("paul@exemple.org", "home"), ("p.martin@amis.org", "work")]
    assert [x.kind for x in p.phones] == ["home", "mobile"]
    assert [(a.city, a.kind) for a in p.addresses] == [("Marseille", "work"), ("Lyon", "home")]
    assert p.birth_date == date(1979, 1, 2) and sorted(p.tags) == ["CA", "bénévole"]
    assert p.custom == {"title": "Trésorier"}
    assert p.notes.endswith("longer than seventy-five characters")
    [rel] = Relationships(vault).of(p.id)
    assert (rel.kind, rel.to_id) == ("works_at", org_id)
    [doc] = Documents(vault).list(linked_to=p.id)
    assert Documents(vault).content(doc.id) == PNG and doc.current.media_type == "image/png"
    # the same file again changes nothing (the photo is recognised by its hash)
    again = imports.apply(vault, load(vault, MODERN), ImportOptions(mode="update"))
    assert (again.created, again.updated) == (0, 0)
    assert len(Documents(vault).list()) == 1


def test_photos_can_be_dropped(vault):
    report = imports.apply(vault, load(vault, MODERN), ImportOptions(keep_photos=False))
    assert any("dropped" in n for n in report.notes)
    assert Documents(vault).list() == []


@pytest.mark.parametrize("version", ["3.0", "4.0"])
def test_round_trip(filled, make_vault, tmp_path, version):
    vault, ids, org = filled
    Documents(vault).add("Photo", PNG, "photo.png", "image/png", [("person", ids[0])])
    out = tmp_path / "all.vcf"
    spec = exports.ExportSpec("vcard", vcard_version=version)
    exports.export_file(vault, spec, out)
    text = out.read_text()
    assert text.count("BEGIN:VCARD") == 4 and f"VERSION:{version}" in text
    other = make_vault("other")
    report = imports.apply(other, imports.read(other, out.read_bytes()), ImportOptions())
    assert report.errors == [] and report.created == 4
    assert snapshot(other) == snapshot(vault)
    [rel] = Relationships(other).of(ids[0])
    assert (rel.kind, rel.to_id) == ("member_of", org)
    [doc] = Documents(other).list(linked_to=ids[0])
    assert Documents(other).content(doc.id) == PNG


def test_bad_cards_are_row_errors_with_lines(vault):
    text = ("BEGIN:VCARD\r\nVERSION:3.0\r\nFN:Good\r\nN:Good;;;;\r\nEND:VCARD\r\n"
            "BEGIN:VCARD\r\nVERSION:3.0\r\nthis is not a property\r\nEND:VCARD\r\n"
            "BEGIN:VCARD\r\nVERSION:3.0\r\nFN:No email\r\nEMAIL:not-an-email\r\nEND:VCARD\r\n"
            "BEGIN:VCARD\r\nVERSION:3.0\r\nFN:Unfinished\r\n")
    before = row_counts(vault)
    src = load(vault, text)
    report = imports.preview(vault, src, ImportOptions())
    assert report.created == 1
    assert [line for line, _ in report.errors] == [6, 10, 15]
    assert "readable" in report.errors[0][1]
    with pytest.raises(RowErrors):
        imports.apply(vault, src, ImportOptions())
    assert row_counts(vault) == before


def test_not_a_vcard():
    with pytest.raises(UnreadableFile):
        vcard.read_batch(b"hello")


def test_folding_and_escaping_round_trip(vault, make_vault, tmp_path):
    from commons_desktop.core.model import Email, Organisation, Person
    tricky = "é" * 120 + " ; , \\ \\n backslash-n and a\nline break " + "漢字" * 40
    people = People(vault)
    org = Organisations(vault).add(Organisation(name="A; B, C \\ D", notes=tricky, tags=["x,y", "z;w"]))
    pid = people.add(Person(given="Zoë", family="Ünal; Jr", notes=tricky, emails=[Email("z@x.org")],
                            custom={"clé: spéciale;": tricky[:300]})).id
    from commons_desktop.vault import tags
    tags.add_tag(vault, "a,b", [pid])
    out = tmp_path / "t.vcf"
    exports.export_file(vault, exports.ExportSpec("vcard", vcard_version="3.0"), out)
    for line in out.read_bytes().split(b"\r\n"):
        assert len(line) <= 75
        line.decode("utf-8")  # no character cut in two
    other = make_vault("other")
    imports.apply(other, imports.read(other, out.read_bytes()), ImportOptions())
    assert snapshot(other) == snapshot(vault)
    assert Organisations(other).get(org.id).name == "A; B, C \\ D"
