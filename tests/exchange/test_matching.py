"""Matching never takes two people for one (issue 10 item 4): a household sharing one email address, a couple
sharing a landline, people with the same name are imported as distinct people when their names or birth dates
disagree, flagged as possible duplicates; the preview lists every skipped, updated or flagged row with its line,
the record it matched (id and name) and the rule that matched it."""

from __future__ import annotations

from datetime import date

import pytest

from commons_desktop.core.model import Email, Person, Phone
from commons_desktop.exchange.plan import ImportOptions
from commons_desktop.services import duplicates, imports
from commons_desktop.vault.people import People


def load(vault, text: str):
    return imports.read(vault, text.encode(), name="f.csv", today=date(2025, 6, 1))


@pytest.fixture
def dupont(vault):
    """Marie Dupont, born 1970-02-03, famille.dupont@exemple.org and the family's landline."""
    return People(vault).add(Person(given="Marie", family="Dupont", birth_date=date(1970, 2, 3),
                                    emails=[Email("famille.dupont@exemple.org")], phones=[Phone("01 40 00 00 00")]))


HOUSEHOLD = ("prénom;nom;courriel;date de naissance;ville\n"
             "Marie;Dupont;famille.dupont@exemple.org;03/02/1970;Lyon\n"          # line 2: Marie herself
             "Jean;Dupont;famille.dupont@exemple.org;11/09/1968;Lyon\n"           # line 3: her husband
             "Marie;Dupont;famille.dupont@exemple.org;14/07/2001;Lyon\n"          # line 4: their daughter Marie
             "Lucie;Dupont;famille.dupont@exemple.org;;Grenoble\n"                # line 5: another daughter
             "Jean;DUPONT;FAMILLE.DUPONT@exemple.org;11/09/1968;Lyon\n")          # line 6: Jean again


def test_a_household_sharing_an_email_is_imported_as_distinct_people(vault, dupont):
    """Before issue 10, lines 3 to 6 were 'skipped' (same email as Marie) and never imported, without a word."""
    src = load(vault, HOUSEHOLD)
    report = imports.preview(vault, src, ImportOptions())
    assert (report.created, report.updated, report.skipped, report.flagged) == (3, 0, 2, 3)
    rows = {r.line: r for r in report.rows}
    assert (rows[2].outcome, rows[2].reason, rows[2].rule, rows[2].matched, rows[2].matched_name) == \
        ("skipped", "exists", "email", dupont.id, "Marie Dupont")
    for line, differ in ((3, ["given", "birth_date"]), (4, ["birth_date"]), (5, ["given"])):
        assert (rows[line].outcome, rows[line].reason, rows[line].rule) == ("created", "possible-duplicate", "email")
        assert (rows[line].matched, rows[line].matched_name, rows[line].conflicts) == (dupont.id, "Marie Dupont",
                                                                                      differ), line
    # line 6 is Jean of line 3 (case does not disagree): the same new person, not a fourth one
    assert (rows[6].outcome, rows[6].reason, rows[6].matched_line, rows[6].matched_name, rows[6].rule) == \
        ("skipped", "duplicate-row", 3, "Jean Dupont", "email")
    assert [r.line for r in report.listed] == [2, 3, 4, 5, 6]

    imports.apply(vault, src, ImportOptions(), preview=report)
    people = People(vault)
    owners = people.find_by_contact("email", "famille.dupont@exemple.org")
    assert sorted((p.given, p.birth_date) for p in map(people.get, owners)) == [
        ("Jean", date(1968, 9, 11)), ("Lucie", None), ("Marie", date(1970, 2, 3)), ("Marie", date(2001, 7, 14))]
    assert people.get(dupont.id).addresses == []  # create mode: Marie herself left as she was
    # they show on the Possible duplicates page, each with Marie (the shared email)
    pairs = {(p.first, p.second): p.reasons for p in duplicates.find(vault)}
    for other in set(owners) - {dupont.id}:
        assert "email" in pairs[(dupont.id, other)]


def test_update_mode_updates_the_same_person_only(vault, dupont):
    src = load(vault, HOUSEHOLD)
    report = imports.apply(vault, src, ImportOptions(mode="update"))
    rows = {r.line: r for r in report.rows}
    assert (rows[2].outcome, rows[2].reason, rows[2].changed, rows[2].matched) == \
        ("updated", "changed", ["addresses"], dupont.id)
    assert (report.created, report.updated, report.flagged) == (3, 1, 3)
    marie = People(vault).get(dupont.id)
    assert (marie.given, marie.birth_date, marie.addresses[0].city) == ("Marie", date(1970, 2, 3), "Lyon")
    assert (rows[6].reason, rows[6].matched_line) == ("merged", 3)


def test_every_owner_of_a_shared_value_is_tried(vault, dupont):
    """Jean is already in the vault with the family's email: his row is his, not Marie's (the first owner)."""
    jean = People(vault).add(Person(given="Jean", family="Dupont", emails=[Email("famille.dupont@exemple.org")]))
    src = load(vault, "prénom;nom;courriel\nJean;Dupont;famille.dupont@exemple.org\n")
    report = imports.preview(vault, src, ImportOptions())
    [row] = report.rows
    assert (row.outcome, row.reason, row.matched, row.matched_name) == ("skipped", "exists", jean.id, "Jean Dupont")


def test_a_shared_phone_and_the_same_name_with_another_birth_date(vault, dupont):
    src = load(vault, "prénom;nom;téléphone;date de naissance\n"
                      "Jean;Dupont;01.40.00.00.00;\n"                     # the landline: Jean is not Marie
                      "Marie;Dupont;;14/07/2001\n")                       # Marie's namesake daughter
    report = imports.preview(vault, src, ImportOptions(match=("phone", "name")))
    rows = {r.line: r for r in report.rows}
    assert (rows[2].reason, rows[2].rule, rows[2].conflicts) == ("possible-duplicate", "phone", ["given"])
    assert (rows[3].reason, rows[3].rule, rows[3].conflicts) == ("possible-duplicate", "name", ["birth_date"])
    assert report.created == 2


@pytest.mark.parametrize(("incoming", "stored", "differ"), [
    (("Émilie", "DUPRÉ", None, ""), ("emilie", "Dupre", date(1980, 5, 17), ""), []),   # accents, case; no date
    (("Jean-Pierre", "Martin", None, ""), ("Jean Pierre", "Martin", None, ""), []),  # spacing and punctuation
    (("", "O'Brien", None, ""), ("Ann", "OBRIEN", None, ""), []),                      # empty on one side
    (("Dupont", "Marie", None, ""), ("Marie", "Dupont", None, ""), []),                # the same words, swapped
    (("", "Marie Dupont", None, ""), ("Marie", "Dupont", None, ""), []),               # a whole name in one cell
    (("Ann", "Lee", None, ""), ("Annie", "Lee", None, ""), ["given"]),                 # another name
    (("J.", "Lee", None, ""), ("Jean", "Lee", None, ""), ["given"]),                   # an initial is not a name
    (("Ann", "Lee", date(1990, 1, 1), ""), ("Ann", "Lee", "1991-01-01", ""), ["birth_date"]),
    (("Ann", "Lee", None, "A-12"), ("Ann", "Lee", None, "a 12"), []),                 # member numbers folded
    (("Ann", "Lee", None, "042"), ("Ann", "Lee", None, "42"), ["member_number"]),       # leading zeros count
])
def test_the_rule_of_disagreement(incoming, stored, differ):
    from commons_desktop.exchange.same_person import conflicts
    assert conflicts(incoming, stored) == differ


def test_a_match_by_id_is_the_same_record(vault, dupont):
    """Our own records (a CSV export with its id column, a JSON export, a bundle) are the same record by their id:
    a corrected name there is an update."""
    src = load(vault, f"id;prénom;nom;courriel\n{dupont.id};Marie-Claire;Dupont;famille.dupont@exemple.org\n")
    report = imports.apply(vault, src, ImportOptions(mode="update"))
    [row] = report.rows
    assert (row.outcome, row.rule, row.changed) == ("updated", "id", ["given"])
    assert People(vault).get(dupont.id).given == "Marie-Claire"
