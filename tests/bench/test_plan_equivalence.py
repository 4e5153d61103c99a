"""The import planner with its lazy, targeted match index plans exactly what the former planner (full index read
up front, tests/bench/former) planned: same actions, rows, errors, relationships and notes, for CSV and JSON
batches, every match rule and mode. New ids are numbered the same way in both (uuid7 replaced).

Since issue 10 a match is the same person only when names and birth dates agree (exchange/same_person.py), and rows
carry codes instead of English details: the batches here match the same people (a twin keeps the names and birth
date of the record it copies), and rows are compared on what both planners say (line, outcome, entity, label,
target, an error's message). tests/exchange/test_matching.py covers the people who only resemble each other."""

from __future__ import annotations

import itertools
import json
import random
from dataclasses import asdict
from datetime import date

import pytest

from commons_desktop.core.model import Email, Phone
from commons_desktop.core.text import phone_digits
from commons_desktop.exchange import csv_io, csv_people, fields, json_io
from commons_desktop.exchange import plan as plan_mod
from commons_desktop.exchange import plan_links as links_mod
from commons_desktop.exchange.collect import collect
from commons_desktop.services import demo_data
from commons_desktop.vault.exchange_match import organisation_ids
from commons_desktop.vault.people import People
from tests.bench.former import plan as former_plan
from tests.bench.former import plan_links as former_links
from tests.bench.vaults import demo_vault

TODAY = date(2026, 11, 27)


@pytest.fixture(scope="module")
def federation(tmp_path_factory, vault_template):
    with demo_vault(tmp_path_factory, vault_template, "plan-equivalence", people=400, seed=4) as vault:
        yield vault


def _csv_batch(vault, seed: int):
    """People as another tool's spreadsheet: some with an email, phone or name + birth date of people in the vault,
    some twice in the file, some invalid, some with an organisation (known or new)."""
    rng = random.Random(seed)
    people_here = People(vault)
    # twins of people whose email and phone are theirs alone (a value several people share finds its first owner in
    # the former planner, the one with the same names in this one), and new phone numbers no one has
    existing = [p for p in (people_here.get(i) for i in people_here.ids()[:90])
                if all(len(people_here.find_by_contact(kind, value)) == 1 for kind, value in
                       ([("email", p.emails[0].address.casefold())] if p.emails else [])
                       + ([("phone", phone_digits(p.phones[0].number))] if p.phones else []))][:60]
    orgs = vault.conn.execute("SELECT name FROM organisation ORDER BY rid LIMIT 5").fetchall()
    people, extra = [], []
    for n in range(250):
        p = demo_data.person(rng, 5000 + n)
        for k, phone in enumerate(p.phones):
            phone.number = f"+32 47{k} {5000 + n:06d}"
        twin = rng.choice(existing)
        roll = rng.random()
        if roll < 0.15 and twin.emails:
            p.emails[0] = Email(twin.emails[0].address.upper())
            p.given, p.family, p.birth_date = twin.given.upper(), twin.family, twin.birth_date
        elif roll < 0.3 and twin.phones:
            p.phones = [Phone(twin.phones[0].number.replace(" ", ""))]
            p.given, p.family, p.birth_date = "", twin.family, twin.birth_date
        elif roll < 0.4:
            p.given, p.family, p.birth_date = twin.given, twin.family, twin.birth_date
        elif roll < 0.45 and people:
            other = rng.choice(people)
            p.emails, p.given, p.family, p.birth_date = list(other.emails), other.given, other.family, other.birth_date
        elif roll < 0.5:
            # (valid ones of each row its own: rows sharing one with other names are other people)
            p.emails.append(Email(rng.choice(["not an email", "x@@y", f" a{n}@b.example ", f"\u202eb{n}@c.example"])))
        elif roll < 0.53:
            p.phones.append(Phone("12"))
        people.append(p)
        extra.append(rng.choice(["", "", "", rng.choice(orgs)[0] if orgs else "", "Nouvelle Coop", "  "]))
    cols = csv_people.columns_for(people, csv_people.PERSON_EXPORT_FIELDS) + ["organisation"]
    rows = (csv_people.person_cells(p, cols[:-1]) + [o] for p, o in zip(people, extra, strict=True))
    data = csv_io.write_table(cols, rows, delimiter=";")
    table = csv_io.read_table(data)
    return csv_people.table_to_batch(table, fields.guess_mapping(table.header, {}), today=TODAY)


def _json_batch(vault):
    """The vault's own records as a JSON export, a few changed: matched by id, with relationships and documents."""
    data = collect(vault, People(vault).ids()[:150], organisation_ids(vault)[:10])
    doc = json.loads(json_io.dumps(json_io.build(data, source={"name": "x"})))
    for n, record in enumerate(doc.get("people", [])[:40]):
        if n % 3 == 0:
            record["id"] = f"0190a3c2-7a1b-7c3d-8e4f-{n:012d}"  # unknown id: matched by its contact points
            record["notes"] = f"Changed {n}"  # (the same person: names and birth date kept)
        else:
            record["given"] = f"Changed {n}"  # matched by its id: a new name is an update
    return json_io.read_batch(json_io.dumps(doc))


def _plan(module, links_module, vault, batch, options):
    """The plan with predictable new ids: records' ids (the planner's, one by one or in batches) and those of the
    organisations plan_links creates are counted apart, so that both planners give the same ones."""
    records, links = itertools.count(), itertools.count()

    def one(now_ms=None):
        return f"00000000-0000-7000-8000-{next(records):012x}"

    def many(count, now_ms=None):
        return [one() for _ in range(count)]

    def link(now_ms=None):
        return f"00000000-0000-7000-9000-{next(links):012x}"

    name = "uuid7_batch" if hasattr(module, "uuid7_batch") else "uuid7"
    saved = getattr(module, name), links_module.uuid7
    setattr(module, name, many if name == "uuid7_batch" else one)
    links_module.uuid7 = link
    try:
        plan = asdict(module.make_plan(vault, batch, options))
        plan["rows"] = [{k: r[k] for k in _SAID if k != "detail" or r["outcome"] == "error"} for r in plan["rows"]]
        return plan
    finally:
        setattr(module, name, saved[0])
        links_module.uuid7 = saved[1]


_SAID = ("line", "outcome", "entity", "label", "target", "detail")  # what both planners' rows say

RULES = [(), ("email",), ("phone",), ("name-birth",), ("email", "phone", "name-birth"), ("name-birth", "phone")]


@pytest.mark.parametrize("mode", ["create", "update", "fill"])
@pytest.mark.parametrize("match", RULES)
def test_csv_batches_plan_the_same(federation, match, mode):
    batch = _csv_batch(federation, seed=len(match) * 7 + len(mode))
    options = plan_mod.ImportOptions(match=match, mode=mode)
    new = _plan(plan_mod, links_mod, federation, batch, options)
    assert new == _plan(former_plan, former_links, federation, batch, options)
    assert new["actions"] and new["rows"]


@pytest.mark.parametrize("mode", ["create", "update", "fill"])
@pytest.mark.parametrize("match", [("email",), ("email", "phone", "name-birth")])
def test_json_batches_plan_the_same(federation, match, mode):
    batch = _json_batch(federation)
    options = plan_mod.ImportOptions(match=match, mode=mode)
    new = _plan(plan_mod, links_mod, federation, batch, options)
    assert new == _plan(former_plan, former_links, federation, batch, options)
    assert new["rows"]


def test_owners_read_one_by_one_are_those_read_together(federation):
    from commons_desktop.vault.exchange_match import MatchIndex
    from tests.bench.former.exchange_match import load as former_load
    former = former_load(federation)
    together, alone = MatchIndex(federation), MatchIndex(federation)
    for kind, entity, table in (("email", "person", former.emails), ("phone", "person", former.phones),
                                ("email", "organisation", former.org_emails)):
        values = [*table, "nobody@example.org", "+0"]
        together.prefetch(entity, kind, values)
        for value in values:
            assert together.owners(entity, kind, value) == alone.owners(entity, kind, value) == table.get(value, [])
    assert together.people == former.people and together.organisations == former.organisations
    assert together.name_birth == former.name_birth and together.org_names == former.org_names
