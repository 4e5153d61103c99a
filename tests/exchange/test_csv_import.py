"""CSV import: encodings, delimiters, French/English/Galette headers, preview, all-or-nothing, matching."""

from __future__ import annotations

from datetime import date

import pytest

from commons_desktop.core.errors import Cancelled
from commons_desktop.core.model import Email, Person
from commons_desktop.exchange.errors import RowErrors, UnreadableFile
from commons_desktop.exchange.plan import ImportOptions
from commons_desktop.services import imports
from commons_desktop.services.progress import CancelToken
from commons_desktop.vault.memberships import Contributions, Memberships
from commons_desktop.vault.people import People

from .conftest import row_counts

FR = ("Nom;Prénom;Courriel;Téléphone;Adresse;Code postal;Ville;Date de naissance;Cotisation;Date d'échéance;"
      "Étiquettes;Profession\r\n"
      "Dupré;Émilie;emilie@exemple.org;06 12 34 56 78;3 rue des Lilas;75011;Paris;12/03/1985;25,00 €;31/12/2030;"
      "bénévole, CA;Infirmière\r\n"
      "Martin;Paul;paul@exemple.org;;;;;;;;;\r\n")


def load(vault, data: bytes, **kw):
    return imports.read(vault, data, name="f.csv", today=date(2025, 6, 1), **kw)


@pytest.mark.parametrize("encoding", ["utf-8", "utf-8-sig", "cp1252", "latin-1", "utf-16"])
@pytest.mark.parametrize("delimiter", [";", ",", "\t"])
def test_encodings_and_delimiters(vault, encoding, delimiter):
    text = FR.replace("25,00 €", "25.00 EUR").replace("bénévole, CA", "CA").replace(";", delimiter)
    src = load(vault, text.encode(encoding))
    assert src.delimiter == delimiter
    report = imports.preview(vault, src, ImportOptions())
    assert (report.created, report.errors) == (2, [])
    imports.apply(vault, src, ImportOptions())
    emilie = People(vault).get(People(vault).find_by_contact("email", "emilie@exemple.org")[0])
    assert (emilie.given, emilie.family, emilie.addresses[0].city) == ("Émilie", "Dupré", "Paris")
    assert emilie.birth_date == date(1985, 3, 12)
    assert emilie.custom == {"profession": "Infirmière"}


def test_french_headers_fill_memberships_contributions_and_tags(vault):
    src = load(vault, FR.encode("utf-8"))
    assert src.columns["Courriel"] == "email" and src.columns["Date d'échéance"] == "membership_end"
    imports.apply(vault, src, ImportOptions())
    pid = People(vault).find_by_contact("email", "emilie@exemple.org")[0]
    emilie = People(vault).get(pid)
    assert sorted(emilie.tags) == ["CA", "bénévole"]
    [m] = Memberships(vault).of_person(pid)
    assert (m.status, m.end) == ("active", date(2030, 12, 31))
    [c] = Contributions(vault).list(person_id=pid)
    assert (str(c.amount), c.currency, c.date) == ("25.00", "EUR", date(2025, 6, 1))


def test_galette_database_columns(vault):
    data = ("id_adh,nom_adh,prenom_adh,ddn_adh,adresse_adh,adresse2_adh,cp_adh,ville_adh,pays_adh,tel_adh,gsm_adh,"
            "email_adh,url_adh,prof_adh,pseudo_adh,date_crea_adh,date_echeance,pref_lang,info_adh,login_adh\n"
            "12,DURAND,Léa,1990-07-14,12 avenue Foch,Bât. B,69006,Lyon,France,04 78 00 00 00,06 11 22 33 44,"
            "lea@exemple.fr,https://lea.example,Menuisière,lea,2019-09-01,2020-09-01,fr_FR,Trésorière,ldurand\n")
    src = load(vault, data.encode())
    assert not [h for h, f in src.columns.items() if f == "ignore" and h not in ("id_adh", "login_adh")]
    imports.apply(vault, src, ImportOptions())
    p = People(vault).get(People(vault).ids()[0])
    assert (p.given, p.family, p.birth_date, p.languages) == ("Léa", "DURAND", date(1990, 7, 14), ["fr-FR"])
    assert p.addresses[0].street == "12 avenue Foch, Bât. B" and p.addresses[0].country == "France"
    assert [(x.number, x.kind) for x in p.phones] == [("04 78 00 00 00", "home"), ("06 11 22 33 44", "mobile")]
    assert p.custom == {"website": "https://lea.example", "profession": "Menuisière", "pseudo": "lea"}
    assert p.notes == "Trésorière"
    [m] = Memberships(vault).of_person(p.id)
    assert (m.start, m.end, m.status) == (date(2019, 9, 1), date(2020, 9, 1), "lapsed")


def test_galette_english_labels(vault):
    src = load(vault, b"Name,Surname,Town,Amount,Begin date,End date\nDURAND,Lea,Lyon,30,2024-01-01,2024-12-31\n")
    assert src.columns["Name"] == "family" and src.columns["Surname"] == "given"
    imports.apply(vault, src, ImportOptions())
    p = People(vault).get(People(vault).ids()[0])
    assert (p.given, p.family) == ("Lea", "DURAND")


def test_english_headers_and_month_first_dates(vault):
    data = (b"First Name,Last Name,E-mail Address,Mobile Phone,Birthday,Notes\n"
            b"Ann,Lee,ann@example.com,+1 555 0100,12/31/1980,\"multi\nline, note\"\n"
            b"Bob,Ray,bob@example.com,,01/02/1979,\n")
    src = load(vault, data)
    imports.apply(vault, src, ImportOptions())
    ann = People(vault).get(People(vault).find_by_contact("email", "ann@example.com")[0])
    assert ann.birth_date == date(1980, 12, 31) and ann.notes == "multi\nline, note"
    assert ann.phones[0].kind == "mobile"
    bob = People(vault).get(People(vault).find_by_contact("email", "bob@example.com")[0])
    assert bob.birth_date == date(1979, 1, 2)


def test_row_errors_have_line_numbers_and_import_nothing(vault):
    data = ("nom,prénom,courriel,date de naissance\n"
            "A,a,a@x.org,\n"
            "\"B\nwith a line break\",b,not-an-email,\n"
            "C,c,c@x.org,31/02/1990\n"
            ",,,\n"
            ",,,1990-01-01\n").encode()
    before = row_counts(vault)
    src = load(vault, data)
    report = imports.preview(vault, src, ImportOptions())
    assert report.created == 1
    assert [line for line, _ in report.errors] == [3, 5, 7]
    assert "email" in report.errors[0][1] and "date" in report.errors[1][1] and "name" in report.errors[2][1]
    with pytest.raises(RowErrors) as exc:
        imports.apply(vault, src, ImportOptions())
    assert [e for e, _ in exc.value.errors] == [3, 5, 7]
    assert row_counts(vault) == before
    done = imports.apply(vault, src, ImportOptions(skip_invalid=True))
    assert done.created == 1 and len(done.errors) == 3
    assert People(vault).count() == 1


@pytest.mark.parametrize(("match", "row"), [  # (names that differ by case, accents or emptiness only)
    ("email", "emilie,DUPRÉ,EMILIE@exemple.org,,"),
    ("phone", ",Dupre,,0612345678,"),
    ("name-birth", "Émilie,dupre,,,1985-03-12"),
])
def test_match_rules(vault, match, row):
    base = "given,family,email,phone,birth date\nÉmilie,Dupré,emilie@exemple.org,06 12 34 56 78,1985-03-12\n"
    imports.apply(vault, load(vault, base.encode()), ImportOptions())
    src = load(vault, f"given,family,email,phone,birth date\n{row}\n".encode())
    assert imports.preview(vault, src, ImportOptions(match=(match,))).skipped == 1
    other = "email" if match != "email" else "phone"
    assert imports.preview(vault, src, ImportOptions(match=(other,))).created == 1


def test_modes_create_update_fill(vault):
    base = b"given,family,email,city,notes\nAnn,Lee,ann@x.org,,old note\n"
    imports.apply(vault, load(vault, base), ImportOptions())
    again = b"given,family,email,city,notes,tags\nANN,Lee,ann@x.org,Lyon,new note,vip\nZed,Zee,z@x.org,,,\n"
    r = imports.apply(vault, load(vault, again), ImportOptions(mode="create"))
    assert (r.created, r.updated, r.skipped) == (1, 0, 1)
    pid = People(vault).find_by_contact("email", "ann@x.org")[0]
    assert People(vault).get(pid).given == "Ann"
    r = imports.apply(vault, load(vault, again), ImportOptions(mode="fill"))
    assert (r.created, r.updated, r.skipped) == (0, 1, 1)
    p = People(vault).get(pid)
    assert (p.given, p.notes, p.addresses[0].city, p.tags) == ("Ann", "old note", "Lyon", ["vip"])
    r = imports.apply(vault, load(vault, again), ImportOptions(mode="update"))
    p = People(vault).get(pid)
    assert (r.updated, p.given, p.notes) == (1, "ANN", "new note")
    assert People(vault).count() == 2


def test_duplicates_inside_one_file_are_merged(vault):
    data = b"given,family,email,phone\nAnn,Lee,ann@x.org,\nAnn,Lee,ANN@x.org,0600000000\n"
    r = imports.apply(vault, load(vault, data), ImportOptions(mode="update"))
    assert (r.created, r.skipped) == (1, 1)
    p = People(vault).get(People(vault).ids()[0])
    assert [x.number for x in p.phones] == ["0600000000"]


def test_saved_mapping_is_reused(vault):
    data = b"Colonne A|Colonne B|Zone\nLee|Ann|Nord\n"
    src = load(vault, data, columns={"Colonne A": "family", "Colonne B": "given", "Zone": "custom:zone"})
    imports.save_mapping(vault, "adhérents 2024", src)
    again = load(vault, data, mapping="Adhérents 2024")
    assert again.columns == {"Colonne A": "family", "Colonne B": "given", "Zone": "custom:zone"}
    imports.apply(vault, again, ImportOptions())
    assert People(vault).get(People(vault).ids()[0]).custom == {"zone": "Nord"}


def test_organisation_column_links_people(vault):
    data = b"given,family,organisation\nAnn,Lee,Amis du parc\nBob,Ray,amis du PARC\n"
    r = imports.apply(vault, load(vault, data), ImportOptions())
    assert r.created == 3
    assert vault.conn.execute("SELECT count(*) FROM relationship").fetchone()[0] == 2
    moved = b"given,family,organisation\nAnn,Lee,Autre asso\n"
    r = imports.apply(vault, load(vault, moved), ImportOptions(match=("name-birth",)))
    assert r.created == 2  # no birth date to match on: a new Ann Lee, and a new organisation
    before = row_counts(vault)
    data2 = b"given,family,email,organisation\nZoe,Kay,z@x.org,\n"
    imports.apply(vault, load(vault, data2), ImportOptions())
    again = b"given,family,email,organisation\nZoe,Kay,z@x.org,Troisieme asso\n"
    r = imports.apply(vault, load(vault, again), ImportOptions(mode="create"))
    assert (r.created, r.skipped) == (0, 1)
    assert row_counts(vault)["organisation"] == before["organisation"]


def test_cancel_rolls_back(vault):
    data = "given,family\n" + "".join(f"P{i},F{i}\n" for i in range(50))
    token = CancelToken()

    def progress(done, total, label):
        token.cancel()

    before = row_counts(vault)
    with pytest.raises(Cancelled):
        imports.apply(vault, load(vault, data.encode()), ImportOptions(), progress=progress, cancel=token)
    assert row_counts(vault) == before


def test_cancel_while_the_rows_are_being_written_rolls_back(vault):
    """Progress comes every few thousand records from inside the bulk insert; a cancel there stops SQLite mid-table
    and the whole import is rolled back."""
    data = "given,family,email\n" + "".join(f"P{i},F{i},p{i}@exemple.org\n" for i in range(12_000))
    token, seen = CancelToken(), []

    def progress(done, total, label):
        seen.append((done, label))
        if done >= 5000:
            token.cancel()

    before = row_counts(vault)
    with pytest.raises(Cancelled):
        imports.apply(vault, load(vault, data.encode()), ImportOptions(), progress=progress, cancel=token)
    assert seen == [(5000, "creating records")]
    assert row_counts(vault) == before
    done = imports.apply(vault, load(vault, data.encode()), ImportOptions(), progress=lambda *a: seen.append(a[:1]))
    assert done.created == 12_000 and seen[1:] == [(5000,), (10_000,), (12_000,)]


def test_unreadable(vault):
    with pytest.raises(UnreadableFile):
        load(vault, b"")
    with pytest.raises(UnreadableFile):
        load(vault, b"a,b\n\"" + b"x" * 200_000 + b"\"\n")


def test_preview_plan_is_reused_only_when_nothing_changed(vault):
    src = load(vault, b"given,family,email\nAnn,Lee,ann@x.org\n")
    report = imports.preview(vault, src, ImportOptions())
    People(vault).add(Person(given="Ann", family="Lee", emails=[Email("ann@x.org")]))
    done = imports.apply(vault, src, ImportOptions(), preview=report)  # the vault changed: planned again
    assert (done.created, done.skipped) == (0, 1)
    src2 = load(vault, b"given,family,email\nBob,Ray,bob@x.org\n")
    report2 = imports.preview(vault, src2, ImportOptions())
    assert imports.apply(vault, src2, ImportOptions(), preview=report2).plan is report2.plan
    assert imports.apply(vault, src2, ImportOptions(), preview=report2).created == 0  # not written twice


def test_a_name_cell_of_only_spaces_is_a_row_error_not_a_crash(vault):
    data = "name;email\n'\t;a@b.example\nÉmilie Dupré;e@d.example\n".encode()
    report = imports.preview(vault, load(vault, data), ImportOptions())
    assert report.created == 1 and [line for line, _ in report.errors] == [2]
    assert "name" in report.errors[0][1]
