"""Galette's own exports (issue 10 items 5 and 6), read from files written by hand from Galette's documented columns
(tests/fixtures/galette: the members list export in French, the database export of galette_adherents, the
contributions list export; ``;`` between values, every value quoted, d/m/Y dates or Y-m-d with 1901-01-01 for an
unknown date, as Galette writes them): Statut is a role (a tag), never an active membership; member numbers; the
codes of the database export; contributions with their period and date; what Galette calls Personne morale and
Autres informations (admin) is kept."""

from __future__ import annotations

from datetime import date
from decimal import Decimal
from pathlib import Path

import pytest

from commons_desktop.exchange.plan import ImportOptions
from commons_desktop.services import imports
from commons_desktop.vault.memberships import Contributions, Memberships
from commons_desktop.vault.organisations import Organisations
from commons_desktop.vault.people import People
from commons_desktop.vault.relationships import Relationships

FILES = Path(__file__).parent.parent / "fixtures" / "galette"
TODAY = date(2025, 6, 1)


def load(vault, name: str, **kw):
    return imports.read(vault, (FILES / name).read_bytes(), name=name, today=TODAY, **kw)


def by_number(vault) -> dict:
    people = People(vault)
    return {p.member_number or p.display_name: p for p in map(people.get, people.ids())}


@pytest.mark.parametrize("name", ["galette-adherents-liste.csv", "galette-adherents-base.csv"])
def test_members_exports(vault, name):
    src = load(vault, name)
    assert src.delimiter == ";"
    report = imports.apply(vault, src, ImportOptions())
    assert (report.created, report.errors, report.flagged) == (5, [], 1)  # 4 people, Hugo's company; Lucie flagged
    people = by_number(vault)
    assert sorted(people) == ["2019-001", "2019-002", "2022-014", "Hugo LEROY"]
    emilie, paul, lucie, hugo = (people[k] for k in ("2019-001", "2019-002", "2022-014", "Hugo LEROY"))
    base = name.endswith("base.csv")

    # Statut: a role in the association, kept as a tag; "Non membre" is never a membership
    assert emilie.tags == ["Président" if base else "Président·e"]
    assert paul.tags == ["Trésorier" if base else "Trésorier·ère"]
    assert (lucie.tags, hugo.tags) == (["Membre actif"], ["Non membre"])
    assert Memberships(vault).of_person(hugo.id) == []
    assert hugo.custom["membership start"] == "2021-03-03"  # his Galette record's creation date, kept
    [m] = Memberships(vault).of_person(emilie.id)
    assert (m.status, m.start, m.end) == ("active", date(2019, 9, 14), date(2030, 12, 31))
    [m] = Memberships(vault).of_person(lucie.id)
    assert (m.status, m.end) == ("lapsed", date(2024, 12, 31))

    # Personne morale: the organisation Hugo is the contact for
    [rel] = Relationships(vault).of(hugo.id)
    assert (rel.kind, Organisations(vault).get(rel.to_id).name) == ("contact_for", "Imprimerie Leroy SARL")
    # Autres informations (admin), then Autres informations: the notes
    assert emilie.notes == "A payé en deux fois en 2024\nDisponible le samedi"
    assert hugo.notes == "Fournisseur des tracts"
    # titles and genders as Galette's labels (codes of the database export included); "unspecified": nothing
    assert (emilie.custom["title"], emilie.custom["gender"], paul.custom["title"], paul.custom["gender"]) == \
        ("Mme.", "Femme", "M.", "Homme")
    assert "gender" not in hugo.custom
    # Galette's own id, beside the member number; dates: d/m/Y or Y-m-d, 1901-01-01 and empty are no date
    assert (emilie.custom["galette id"], hugo.custom["galette id"], hugo.member_number) == ("1", "3", "")
    assert (emilie.birth_date, paul.birth_date, hugo.birth_date) == (date(1985, 3, 12), None, None)
    assert (emilie.languages, emilie.custom["birth place"], emilie.custom["pseudo"]) == (["fr-FR"], "Lyon", "emi")
    assert [(p.number, p.kind) for p in emilie.phones] == [("01 40 00 00 00", "home"), ("06 12 34 56 78", "mobile")]
    assert "exempt de cotisation" not in emilie.custom  # "Non" / 0 says nothing
    # a password hash (mdp_adh) or a login never lands in the vault
    text = repr([(p.custom, p.notes, p.tags) for p in people.values()])
    assert "$2y$" not in text and "edupre" not in text


def test_contributions_export_dated_with_their_period(vault):
    """The contributions list names the member (NAME First) and nothing else: matched by name, each contribution
    keeps its date, its period, its kind and comments (before: dated the day of the import, period lost)."""
    imports.apply(vault, load(vault, "galette-adherents-base.csv"), ImportOptions())
    src = load(vault, "galette-cotisations-liste.csv")
    assert src.columns["Date de début d’adhésion : / Date contribution :"] == "contribution_period_start"
    report = imports.apply(vault, src, ImportOptions(match=("name",), mode="fill"))
    assert (report.created, report.updated, report.skipped, report.errors) == (0, 3, 1, [])
    rows = {r.line: r for r in report.rows}
    assert (rows[2].rule, rows[2].matched_name, rows[2].changed) == ("name", "Émilie DUPRÉ", ["contributions"])
    assert (rows[5].reason, rows[5].matched_line) == ("merged", 2)  # Émilie's second contribution
    people = by_number(vault)
    paid = {k: Contributions(vault).list(person_id=p.id) for k, p in people.items()}
    second, first = paid["2019-001"]  # (newest first)
    assert (first.date, first.period_start, first.period_end, first.amount, first.method, first.kind) == \
        (date(2024, 1, 5), date(2024, 1, 1), date(2024, 12, 31), Decimal("25.00"), "cheque", "dues")
    assert first.notes == "cotisation annuelle\nchèque n° 1234567"
    assert (second.date, second.period_start, second.period_end, second.method) == \
        (date(2025, 1, 3), date(2025, 1, 1), date(2025, 12, 31), "transfer")
    [gift] = paid["Hugo LEROY"]
    assert (gift.kind, gift.date, gift.period_start, gift.period_end, gift.method) == \
        ("donation", date(2024, 3, 20), date(2024, 3, 20), None, "other")
    [dues] = paid["2019-002"]
    assert (dues.amount, dues.method, dues.notes) == (Decimal("10.00"), "cash", "cotisation annuelle réduite")
    assert paid["2022-014"] == []


def test_member_numbers_are_matched_first(vault):
    imports.apply(vault, load(vault, "galette-adherents-liste.csv"), ImportOptions())
    again = ('"Numéro adhérent :";"Nom :";"Prénom :";"Courriel :"\n'
             '"2019-002";"MARTIN";"Paul";"paul@nouveau.example"\n'       # new email: found by his number
             '"2019-001";"Martin";"Paul";"emilie@exemple.org"\n')        # Émilie's number on someone else
    src = imports.read(vault, again.encode(), name="again.csv", today=TODAY)
    report = imports.preview(vault, src, ImportOptions(mode="update"))
    rows = {r.line: r for r in report.rows}
    paul = by_number(vault)["2019-002"]
    assert (rows[2].outcome, rows[2].rule, rows[2].matched, rows[2].changed) == \
        ("updated", "member_number", paul.id, ["emails"])
    # a number that is another person's is a row error (never a second holder, never a merge of two people)
    assert (rows[3].outcome, rows[3].reason, rows[3].rule, rows[3].matched_name) == \
        ("error", "member-number-taken", "member_number", "Émilie DUPRÉ")
    assert [line for line, _ in report.errors] == [3]
    report = imports.apply(vault, src, ImportOptions(mode="update", skip_invalid=True))
    assert [e.address for e in People(vault).get(paul.id).emails] == ["paul.martin@exemple.org",
                                                                      "paul@nouveau.example"]


def test_galette_member_id_is_the_member_number_without_num_adh(vault):
    data = '"ID de l\'adhérent :";"Statut :";"Nom :";"Prénom :"\n"17";"Membre actif";"Durand";"Léa"\n'
    src = imports.read(vault, data.encode(), name="old.csv", today=TODAY)
    assert src.columns == {"ID de l'adhérent :": "member_number", "Statut :": "role", "Nom :": "family",
                           "Prénom :": "given"}
    imports.apply(vault, src, ImportOptions())
    lea = People(vault).get(People(vault).ids()[0])
    assert (lea.member_number, lea.tags, Memberships(vault).of_person(lea.id)) == ("17", ["Membre actif"], [])


def test_a_status_saying_not_a_member_is_never_an_active_membership(vault):
    """Any file: a status column saying "Non membre" used to become an active membership of type "Non membre"."""
    data = "prénom;nom;statut;date d'adhésion\nLéa;Durand;Non membre;01/02/2020\nMax;Roy;actif;01/02/2020\n"
    imports.apply(vault, imports.read(vault, data.encode(), name="s.csv", today=TODAY), ImportOptions())
    people = {p.given: p for p in map(People(vault).get, People(vault).ids())}
    assert Memberships(vault).of_person(people["Léa"].id) == []
    assert (people["Léa"].tags, people["Léa"].custom) == (["Non membre"], {"membership start": "2020-02-01"})
    [m] = Memberships(vault).of_person(people["Max"].id)
    assert (m.status, m.start) == ("active", date(2020, 2, 1))
