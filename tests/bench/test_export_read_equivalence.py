"""Export fast paths give what the plain ones give: JSON columns decoded with the C scanner alone (the same value as
``json.loads`` for any text, or the same error), CSV cells guarded only where needed, whole-table bulk reads."""

from __future__ import annotations

import json

from hypothesis import given, settings
from hypothesis import strategies as st

from commons_desktop.vault.exchange_read import _json

VALUES = st.recursive(st.none() | st.booleans() | st.floats(allow_nan=False) | st.integers() | st.text(),
                      lambda inner: st.lists(inner) | st.dictionaries(st.text(), inner), max_leaves=10)


def _loads(text):
    try:
        return json.loads(text)
    except json.JSONDecodeError as exc:
        return ("error", type(exc))


def _fast(text):
    try:
        return _json(text)
    except json.JSONDecodeError as exc:
        return ("error", type(exc))


@settings(max_examples=500, deadline=None)
@given(VALUES, st.sampled_from(["", " ", "x", "]", "\n"]), st.booleans())
def test_json_columns_decode_as_json_loads(value, tail, compact):
    text = json.dumps(value, ensure_ascii=False, separators=(",", ":") if compact else None) + tail
    assert repr(_fast(text)) == repr(_loads(text))  # repr: NaN equals itself there
    assert _fast(" " + text) == _loads(" " + text)


@given(st.text(max_size=40))
def test_any_text_decodes_or_fails_as_json_loads(text):
    assert repr(_fast(text)) == repr(_loads(text))  # repr: NaN equals itself there


def test_bulk_reads_of_most_of_a_table_give_what_the_repositories_give(vault, monkeypatch):
    """The whole-table path of the bulk reads (taken from 2,000 records on) on a small vault: forced on."""
    from commons_desktop.services import demo
    from commons_desktop.vault import exchange_read
    from commons_desktop.vault.memberships import Contributions, Memberships
    from commons_desktop.vault.people import People
    from commons_desktop.vault.relationships import Relationships
    demo.generate(vault, people=300, seed=5)
    people = People(vault)
    ids = people.ids()
    monkeypatch.setattr(exchange_read, "_broad", lambda *a: True)
    assert exchange_read.people(vault, ids) == [people.get(i) for i in ids]
    held, paid = exchange_read.memberships_of(vault, ids[:250]), exchange_read.contributions_of(vault, ids[:250])
    related = exchange_read.relationships_of(vault, ids[:250])
    for i in ids[:250]:
        assert held.get(i, []) == Memberships(vault).of_person(i)
        assert paid.get(i, []) == list(reversed(Contributions(vault).list(person_id=i, limit=1_000_000)))
        assert related.get(i, []) == Relationships(vault).of(i)
    assert all(i in ids[:250] for i in held) and sum(map(len, paid.values())) and sum(map(len, related.values()))


@settings(max_examples=300, deadline=None)
@given(st.lists(st.lists(st.one_of(st.text(max_size=6), st.sampled_from(["=1", "+32", "-", "@x", "\tx", "\rx", "'",
                                                                          "'=", "''", "'a", ""])), max_size=5),
                max_size=6), st.sampled_from([",", ";", "\t"]))
def test_csv_table_guards_every_cell_as_guard_does(rows, delimiter):
    """write_table calls cells.guard only on cells starting with a character it may change: the same bytes as
    guarding every cell."""
    import csv
    import io

    from commons_desktop.exchange import csv_io
    from commons_desktop.exchange.cells import guard
    out = io.StringIO(newline="")
    writer = csv.writer(out, delimiter=delimiter, quoting=csv.QUOTE_MINIMAL, lineterminator="\r\n")
    header = [f"c{n}" for n in range(5)]
    writer.writerow([guard(h) for h in header])
    for row in rows:
        writer.writerow([guard(c) for c in row])
    assert csv_io.write_table(header, rows, delimiter=delimiter) == b"\xef\xbb\xbf" + out.getvalue().encode("utf-8")
