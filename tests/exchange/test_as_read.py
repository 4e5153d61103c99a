"""The CSV column reader marks the people that are already what their validation makes of them
(exchange/as_read.py); the planner then takes those records as they are. For every row, hostile ones included:
a record marked so validates without error to an equal record, and the plan is the one made when every record
is validated."""

from __future__ import annotations

from dataclasses import replace
from datetime import date, timedelta

from hypothesis import given, settings
from hypothesis import strategies as st

from commons_desktop.core.model import Address, Consent, Email, Person, Phone
from commons_desktop.exchange import csv_io, csv_people, fields
from commons_desktop.exchange.as_read import AsRead

# hostile cells and a header of every field (one column each, an ignored column), as spreadsheets hold them
HEADER = ["prénom", "nom", "courriel", "email_type", "email2", "téléphone", "phone_type", "mobile", "adresse",
          "street2", "code postal", "ville", "pays", "address_type", "address2_city", "date de naissance", "langues",
          "notes", "notes", "consents", "tags", "statut", "type d'adhésion", "membership_start", "membership_end",
          "cotisation", "date de paiement", "contribution_currency", "moyen de paiement", "id", "name",
          "organisation", "custom:taille", "inconnue"]
CELLS = st.one_of(
    st.sampled_from(["", " ", "Émilie", "DUPRÉ, Émilie", "a@b.example", "x@y.example; z@w.example", "'+32 470 12",
                     "'=1+1", "''x", "home", "Travail", "portable", "2020-02-03", "2020-2-3", "03/02/2020",
                     "12/31/2020", "0000-00-00", "1901-01-01", "2020-13-01", "31/02/2020", "１２/０１/２０２０",
                     "fr, en", "Français", "fr_BE", "a;b\nc", "newsletter | 2024-01-01 | 2027-01-01", "photos|bad",
                     "actif", "lapsed",
                     "honoraire", "25,00 €", "1.234,50", "abc €", "0", "virement", "cb", "EUR", "x" * 300,
                     "0190a3c2-7a1b-7c3d-8e4f-0123456789ab", "\u202eevil", "tab\there", " padded ",
                     "'\t", "'\r", "'", " '- ", "a@b.example, c@d.example", ",", "x@y.example;", "O'Brien",
                     "news | 2024-01-01 | nope", "a | 2020-01-01\nb|2020-02-30", "x|31/12/2020|", " | |",
                     "0190A3C2-7A1B-7C3D-8E4F-0123456789AB"]),
    st.text(max_size=12))


# each field from one column (the reader takes the cells column by column), with an ignored column
UNIQUE_HEADER = ["login", *(h for h in HEADER if h != "notes"), "notes", "email3", "email3_type", "phone_home",
                 "address2_street", "address2_type", "custom:autre"]

TEXTS = st.one_of(CELLS, st.text(max_size=8), st.sampled_from(["a  b", " a", "\u00a0x", "x\u200e", "é" * 201]))


def _table(rows: list[list[str]]) -> csv_io.Table:
    return csv_io.Table(list(UNIQUE_HEADER), [(n + 2, r) for n, r in enumerate(rows)], "utf-8", ";")


@settings(max_examples=400, deadline=None)
@given(st.lists(st.lists(TEXTS, min_size=0, max_size=len(UNIQUE_HEADER) + 2), max_size=12),
       st.sampled_from([None, {"email2": "ignore"}, {"prénom": "name", "nom": "custom:x"}]))
def test_records_marked_as_read_validate_to_themselves(rows, saved):
    table = _table(rows)
    batch = csv_people.table_to_batch(table, fields.guess_mapping(table.header, saved))
    for item in batch.items:
        if item.as_read:
            assert item.record.validated() == item.record


@settings(max_examples=400, deadline=None)
@given(st.builds(Person, given=TEXTS, family=TEXTS,
                 emails=st.lists(st.builds(Email, TEXTS, st.sampled_from(["home", "work", "x", ""])), max_size=2),
                 phones=st.lists(st.builds(Phone, TEXTS, st.sampled_from(["mobile", "other", "Home"])), max_size=2),
                 addresses=st.lists(st.builds(Address, TEXTS, TEXTS, TEXTS, TEXTS, TEXTS,
                                              st.sampled_from(["home", "work", "bureau"])), max_size=2),
                 birth_date=st.one_of(st.none(), st.dates(date(1800, 1, 1), date(2100, 1, 1))),
                 languages=st.lists(st.sampled_from(["fr", "nl-BE", "FR", "x", "fr "]), max_size=2), notes=TEXTS,
                 consents=st.lists(st.builds(Consent, TEXTS, st.one_of(st.none(), st.dates()),
                                             st.one_of(st.none(), st.dates())), max_size=2),
                 custom=st.dictionaries(TEXTS, TEXTS, max_size=2)))
def test_any_person_marked_as_read_validates_to_itself(person):
    p = person
    if AsRead().person(p.given, p.family, p.emails, p.phones, p.addresses, p.birth_date, p.languages, p.notes,
                       p.consents, p.custom):
        assert p.validated() == p


def test_what_is_not_as_read():
    check = AsRead(today=date(2026, 12, 2)).person
    ok = Person("Émilie", "Dupré", [Email("e@x.example", "work")], [Phone("+32 470 12 34 56", "mobile")],
                [Address("rue Haute 1", "4000", "Liège", "", "Belgique", "home")], date(1990, 1, 2), ["fr"],
                "Note\nsur deux lignes", [Consent("photos", date(2024, 1, 1))], {"taille": "M"})
    values = lambda p: (p.given, p.family, p.emails, p.phones, p.addresses, p.birth_date, p.languages,  # noqa: E731
                        p.notes, p.consents, p.custom)
    assert check(*values(ok))
    assert ok.validated() == ok
    for other in (replace(ok, given="", family=""), replace(ok, given="Émilie  Anne"),
                  replace(ok, emails=[Email("not an address", "work")]), replace(ok, emails=[Email("e@x.example", "")]),
                  replace(ok, phones=[Phone("12", "mobile")]), replace(ok, addresses=[Address(postcode="x" * 21)]),
                  replace(ok, birth_date=date(2026, 12, 3)), replace(ok, birth_date=date(1849, 12, 31)),
                  replace(ok, languages=["français"]), replace(ok, notes=" trailing "),
                  replace(ok, consents=[Consent("photos", date(2024, 1, 2), date(2024, 1, 1))]),
                  replace(ok, custom={"": "x"}), replace(ok, family="\u202eevil")):
        assert not check(*values(other))
    assert check(*values(replace(ok, birth_date=date(2026, 12, 2) - timedelta(days=1))))


def test_a_spreadsheet_of_demo_people_is_read_as_it_is_and_planned_the_same(vault):
    import random

    from commons_desktop.exchange.plan import ImportOptions, make_plan
    from commons_desktop.services import demo_data

    rng = random.Random(8)
    people = [demo_data.person(rng, n).validated() for n in range(300)]
    people[5].given, people[6].emails = " Padded", [Email("bad address", "home")]  # one cleaned, one refused
    cols = [c for c in csv_people.columns_for(people, ("given", "family", "emails", "phones", "addresses",
                                                        "birth_date", "languages", "notes", "consents"))]
    table = csv_io.read_table(csv_io.write_table(cols, (csv_people.person_cells(p, cols) for p in people)))
    batch = csv_people.table_to_batch(table, fields.guess_mapping(table.header, {}))
    marked = [i.as_read for i in batch.items]
    assert sum(marked) >= 290 and not marked[6]
    options = ImportOptions(match=("email",), mode="create")
    fast = make_plan(vault, batch, options)
    for item in batch.items:
        item.as_read = False
    slow = make_plan(vault, batch, options)
    assert [(a.op, a.record, a.line, a.tags) for a in fast.actions] == \
        [(a.op, a.record, a.line, a.tags) for a in slow.actions]
    assert [replace(r, target="") for r in fast.rows] == [replace(r, target="") for r in slow.rows]  # new ids
    assert fast.errors == slow.errors and len(fast.errors) == 1
