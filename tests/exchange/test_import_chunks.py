"""A big import is read, planned and written a few thousand records at a time (issue 16: its memory): the CSV
column reader takes the table a slice at a time and drops each slice, the planner prepares and places records a
chunk at a time, the bulk insert writes the change log as the rows are inserted. Wherever the chunks end, the
result is what one chunk of everything gives."""

from __future__ import annotations

import random
from dataclasses import replace

import pytest

from commons_desktop.core.model import Email, Person
from commons_desktop.exchange import csv_io, csv_people, fields
from commons_desktop.exchange import plan as planmod
from commons_desktop.exchange.plan import ImportOptions, make_plan
from commons_desktop.services import demo_data
from commons_desktop.vault import changelog, records
from commons_desktop.vault.people import People

COLUMNS = ("given", "family", "emails", "phones", "addresses", "birth_date", "languages", "notes", "consents", "tags")


def _demo(count: int, seed: int) -> list[Person]:
    rng = random.Random(seed)
    people = []
    for n in range(count):
        p = demo_data.person(rng, n).validated()
        p.tags = ["a", "b"][: n % 3]
        people.append(p)
    return people


def _people(count: int, seed: int = 5) -> list[Person]:
    people = _demo(count, seed)
    # rows that match earlier rows of the file (in another chunk) and a row the reader refuses
    people[9] = replace(people[2], notes="again")
    people[14] = replace(people[1], phones=[])
    people[6] = replace(people[6], given="", family="")
    people[7] = replace(people[7], emails=[Email("bad address", "home")])
    return people


def _table(people: list[Person]) -> csv_io.Table:
    cols = csv_people.columns_for(people, COLUMNS)
    return csv_io.read_table(csv_io.write_table(cols, (csv_people.person_cells(p, cols) for p in people)))


def _batch(people: list[Person]):
    table = _table(people)
    return csv_people.table_to_batch(table, fields.guess_mapping(table.header, {}))


@pytest.mark.parametrize("chunk", [1, 4, 7])
def test_the_csv_column_reader_gives_the_same_records_wherever_its_slices_end(monkeypatch, chunk):
    people = _people(23)
    whole = _batch(people)
    monkeypatch.setattr(csv_people, "COLUMN_ROWS", chunk)
    sliced = _batch(people)
    assert sliced.items == whole.items and sliced.notes == whole.notes and sliced.errors == whole.errors
    assert len(whole.items) == 23 and not whole.items[7].as_read


@pytest.mark.parametrize("mode", ["create", "update"])
def test_the_plan_is_the_same_wherever_its_chunks_end(vault, monkeypatch, mode):
    people = _people(23)
    People(vault).insert_many([people[n] for n in (3, 11, 17)])  # in the vault already: matched
    options = ImportOptions(match=("email", "phone"), mode=mode)
    whole = make_plan(vault, _batch(people), options)
    monkeypatch.setattr(planmod, "_PREPARED", 4)
    chunked = make_plan(vault, _batch(people), options)
    assert [(a.op, a.record, a.line, a.tags, a.changed) for a in chunked.actions] == \
        [(a.op, a.record, a.line, a.tags, a.changed) for a in whole.actions]
    # (new people's ids are new in each plan: compared by the line they came from)
    line_of = {a.target: a.line for a in whole.actions} | {a.target: a.line for a in chunked.actions}

    def rows(plan):
        return [replace(r, target=line_of.get(r.target, r.target), matched=line_of.get(r.matched, r.matched))
                for r in plan.rows]

    assert rows(chunked) == rows(whole) and chunked.errors == whole.errors
    reasons = {r.reason for r in whole.rows}
    assert {"exists" if mode == "create" else "changed"} <= reasons and whole.errors


def test_a_bulk_insert_logs_every_record_once_wherever_its_steps_end(vault, monkeypatch):
    monkeypatch.setattr(records, "STEP", 3)
    people = _demo(10, seed=6)
    steps: list[int] = []
    ids = People(vault).insert_many(people, tags=[p.tags for p in people], step=steps.append)
    assert sum(steps) == 10 and steps == [3, 3, 3, 1]
    logged = [c for c in changelog.history(vault, limit=1000) if c.op == "create" and c.entity == "person"]
    assert sorted(c.entity_id for c in logged) == sorted(ids)
    assert all(People(vault).get(i).given == p.given for i, p in zip(ids, people, strict=True))
    by_id = {c.entity_id: c for c in logged}
    for ident, p in zip(ids, people, strict=True):
        assert by_id[ident].fields["given"] == p.given and by_id[ident].fields["family"] == p.family


def test_a_bulk_insert_cancelled_between_steps_leaves_no_row_and_no_log(vault, monkeypatch):
    monkeypatch.setattr(records, "STEP", 3)
    before = len(changelog.history(vault, limit=1000))

    def cancel(n: int) -> None:
        if n == 3 and cancel.calls == 1:
            raise RuntimeError("cancelled")
        cancel.calls += 1
    cancel.calls = 0
    with pytest.raises(RuntimeError, match="cancelled"):
        People(vault).insert_many(_demo(10, seed=7), step=cancel)
    assert People(vault).count() == 0 and len(changelog.history(vault, limit=1000)) == before
