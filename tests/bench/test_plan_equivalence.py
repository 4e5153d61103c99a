"""The import planner with its lazy, targeted match index plans exactly what the former planner (full index read
up front, tests/bench/former) planned: same actions, rows, errors, relationships and notes, for CSV and JSON
batches, every match rule and mode. New ids are numbered the same way in both (uuid7 replaced)."""

from __future__ import annotations

import itertools
import json
import random
from dataclasses import asdict
from datetime import date

import pytest

from commons_desktop.core.model import Email, Phone
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
    existing = [People(vault).get(i) for i in People(vault).ids()[:60]]
    orgs = vault.conn.execute("SELECT name FROM organisation ORDER BY rid LIMIT 5").fetchall()
    people, extra = [], []
    for n in range(250):
        p = demo_data.person(rng, 5000 + n)
        twin = rng.choice(existing)
        roll = rng.random()
        if roll < 0.15 and twin.emails:
            p.emails[0] = Email(twin.emails[0].address.upper())
        elif roll < 0.3 and twin.phones:
            p.phones = [Phone(twin.phones[0].number.replace(" ", ""))]
        elif roll < 0.4:
            p.given, p.family, p.birth_date = twin.given, twin.family, twin.birth_date
        elif roll < 0.45 and people:
            p.emails = list(rng.choice(people).emails)
        elif roll < 0.5:
            p.emails.append(Email(rng.choice(["not an email", "x@@y", " a@b.example ", "\u202eb@c.example"])))
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
        record["given"] = f"Changed {n}"
        if n % 3 == 0:
            record["id"] = f"0190a3c2-7a1b-7c3d-8e4f-{n:012d}"  # unknown id: matched by its contact points
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
        return asdict(module.make_plan(vault, batch, options))
    finally:
        setattr(module, name, saved[0])
        links_module.uuid7 = saved[1]


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
