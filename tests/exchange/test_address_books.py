"""Other address books' CSV exports, read without manual mapping (issue 10 item 9): Google Contacts (both
exports), Outlook (English and French), Thunderbird (English and French). Before, their home/work addresses, second
emails, mobiles, birth year/month/day and groups were left out or misread (the Outlook file's '0/0/00' birthday
and Google's 'a ::: b' cells refused the whole import)."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from commons_desktop.exchange import address_books
from commons_desktop.exchange.plan import ImportOptions
from commons_desktop.services import imports
from commons_desktop.vault.people import People
from commons_desktop.vault.tags import list_tags

FIXTURES = Path(__file__).resolve().parents[1] / "fixtures" / "address_books"


def _read(vault, name):
    source = imports.read(vault, (FIXTURES / name).read_bytes(), name=name)
    assert [i.error for i in source.batch.items if i.error] == []
    return source, {i.record.given or i.record.family: i for i in source.batch.items}


def _contacts(p):
    return ([(e.address, e.kind) for e in p.emails], [(x.number, x.kind) for x in p.phones],
            [(a.street, a.postcode, a.city, a.region, a.country, a.kind) for a in p.addresses])


HOME = ("3 rue des Lilas, Bâtiment B", "75011", "Paris", "", "France", "home")
WORK = ("1 quai du Port", "13002", "Marseille", "", "France", "work")


def test_google_contacts(vault):
    source, items = _read(vault, "google.csv")
    assert source.tool == "google"
    emilie = items["Émilie"]
    p = emilie.record
    assert (p.given, p.family, p.birth_date) == ("Émilie", "Dupré", date(1962, 7, 14))
    assert _contacts(p) == (
        [("emilie@exemple.org", "home"), ("e.dupre@travail.example", "work")],
        [("+33 6 12 34 56 78", "mobile"), ("01 40 00 00 00", "home"), ("+33 6 98 76 54 32", "mobile")],
        [HOME, WORK])
    assert p.notes == "Rencontrée à l'AG\nappelle le soir"
    assert p.custom == {"middle name": "Anne", "title": "Mme", "pseudo": "Mimi", "profession": "Trésorière",
                        "website": "https://exemple.org/emilie"}
    assert emilie.tags == ["Bénévoles", "starred"] and emilie.organisation == "Maison du Peuple"
    jean = items["Jean"].record
    assert [(e.address, e.kind) for e in jean.emails] == [("jean@exemple.org", "other"),
                                                           ("jean.martin@exemple.net", "other")]
    assert (jean.birth_date, jean.custom) == (None, {"birthday": "--03-04"})  # a birthday without its year
    assert items["Jean"].tags == []  # '* myContacts' is every contact: no tag
    report = imports.apply(vault, source, ImportOptions())
    assert (report.created, report.errors) == (3, [])  # two people, one organisation
    assert ("Bénévoles", 1) in [(t, n) for t, n in list_tags(vault)]


def test_google_contacts_former_export(vault):
    source, items = _read(vault, "google_legacy.csv")
    p = items["Émilie"].record
    assert source.tool == "google" and (p.given, p.family, p.birth_date) == ("Émilie", "Dupré", date(1962, 7, 14))
    assert _contacts(p)[0] == [("emilie@exemple.org", "home")]
    assert _contacts(p)[2] == [("3 rue des Lilas", "75011", "Paris", "", "France", "home")]
    assert items["Émilie"].tags == ["Bénévoles"] and p.custom == {"profession": "Trésorière"}


def test_outlook(vault):
    source, items = _read(vault, "outlook.csv")
    assert source.tool == "outlook"
    p = items["Émilie"].record
    assert p.birth_date == date(1962, 7, 14)  # 7/14/1962: the column is month first (a US Outlook)
    assert _contacts(p) == (
        [("emilie@exemple.org", "home"), ("e.dupre@travail.example", "home")],
        [("+33 6 12 34 56 78", "mobile"), ("01 40 00 00 00", "home"), ("01 40 00 00 01", "work"),
         ("01 40 00 00 02", "home")],
        [HOME, WORK])
    assert p.custom == {"title": "Mrs.", "profession": "Treasurer", "gender": "Female",
                        "website": "https://exemple.org/emilie"}  # no 'Unspecified', no '0/0/00' anniversary
    assert items["Émilie"].tags == ["Bénévoles", "CA"] and items["Émilie"].organisation == "Maison du Peuple"
    jean = items["Jean"].record
    assert (jean.birth_date, _contacts(jean)[1]) == (date(1962, 4, 3), [("04 91 00 00 00", "other")])
    assert "gender" not in jean.custom  # Outlook's 'Unspecified' is nothing
    assert imports.apply(vault, source, ImportOptions()).created == 3  # two people, one organisation


def test_outlook_in_french(vault):
    source, items = _read(vault, "outlook_fr.csv")
    p = items["Émilie"].record
    assert source.tool == "outlook" and source.encoding == "cp1252"
    assert p.birth_date == date(1962, 7, 14)
    assert _contacts(p) == ([("emilie@exemple.org", "home")],
                            [("06 12 34 56 78", "mobile"), ("01 40 00 00 01", "work")],
                            [("3 rue des Lilas", "75011", "Paris", "", "France", "home"),
                             ("1 quai du Port", "13002", "Marseille", "", "", "work")])
    assert p.custom == {"title": "Mme", "profession": "Trésorière", "gender": "Féminin"}  # the two 'Titre'
    assert items["Émilie"].tags == ["Bénévoles"]


def test_thunderbird(vault):
    source, items = _read(vault, "thunderbird.csv")
    assert source.tool == "thunderbird"
    p = items["Émilie"].record
    assert p.birth_date == date(1962, 7, 14)  # Birth Year, Birth Month, Birth Day
    assert _contacts(p) == (
        [("emilie@exemple.org", "home"), ("e.dupre@travail.example", "home")],
        [("+33 6 12 34 56 78", "mobile"), ("01 40 00 00 00", "home"), ("01 40 00 00 01", "work")],
        [HOME, WORK])
    assert p.custom == {"pseudo": "Mimi", "profession": "Trésorière"}
    assert items["Jean"].record.custom == {"birthday": "--04-03"}  # a month and a day, no year
    zoe = items["Zoé"].record  # only a display name: split
    assert (zoe.given, zoe.family, zoe.custom) == ("Zoé", "Lefèvre", {"birth year": "1964"})
    assert imports.apply(vault, source, ImportOptions()).created == 4  # three people, one organisation


def test_thunderbird_in_french_reads_its_repeated_headers_by_position(vault):
    source, items = _read(vault, "thunderbird_fr.csv")
    p = items["Émilie"].record
    assert source.tool == "thunderbird" and p.birth_date == date(1962, 7, 14)
    assert _contacts(p)[2] == [("3 rue des Lilas, Bâtiment B", "75011", "Paris", "Île-de-France", "France", "home"),
                               ("1 quai du Port", "13002", "Marseille", "Provence", "France", "work")]
    assert _contacts(p)[1] == [("06 12 34 56 78", "mobile"), ("01 40 00 00 00", "home"), ("01 40 00 00 01", "work")]


def test_a_file_of_no_known_tool_is_left_to_the_ordinary_guesses():
    assert address_books.recognise(["Prénom", "Nom", "Courriel", "Labels"]) is None
    assert address_books.groups("Amis ::: * myContacts ::: * starred ::: Amis") == ["Amis", "starred"]


@pytest.mark.parametrize("name", sorted(p.name for p in FIXTURES.glob("*.csv")))
def test_every_fixture_imports_without_a_row_error(vault, name):
    source = imports.read(vault, (FIXTURES / name).read_bytes(), name=name)
    before = People(vault).count()
    report = imports.apply(vault, source, ImportOptions())
    assert report.errors == [] and People(vault).count() == before + len(source.batch.items)
