"""The CSV writer guards a batch of rows with one search over their cells (cells.guard_rows): it must give exactly
what guarding every cell one by one gives (cells.guard), for any cell, whatever the others hold."""

from __future__ import annotations

from hypothesis import given as examples
from hypothesis import settings
from hypothesis import strategies as st

from commons_desktop.exchange import cells, csv_io

TRICKY = ["+33 6 12 34 56 78", "+33 6 12 34 56 78 poste 12", "-5", "-5%", "+", "-", "=1+1", "@x", "\tx", "\rx", "'",
          "''", "'=x", "'abc", "a=b", "", "+1\x00=2", "\x00=x", "x\x00", "\x00", "+33\u00a06", "-2+3", "+A1", "plain"]


def _one_by_one(rows):
    return [[cells.guard(c) if c else c for c in row] for row in rows]


def test_a_batch_is_guarded_as_each_cell_would_be():
    for first in TRICKY:
        for second in TRICKY:
            rows = [["plain", first], [second, "+32 470 12 34 56", ""]]
            assert cells.guard_rows(rows) == _one_by_one(rows), (first, second)
    rows = [["+33 6 12 34 56 78", "-5", "a"]] * 3
    assert cells.guard_rows(rows) is rows  # nothing to guard: the rows themselves
    assert cells.guard_rows([[None, "=x"], ["a", None]]) == [[None, "'=x"], ["a", None]]  # (not text: one by one)
    assert cells.guard_rows([]) == []


@settings(max_examples=300, deadline=None)
@examples(st.lists(st.lists(st.one_of(st.sampled_from(TRICKY), st.text(alphabet="+-=@'\t\r\x00 0123456789().ab/",
                                                                         max_size=8)), max_size=5), max_size=6))
def test_any_rows_are_guarded_as_each_cell_would_be(rows):
    assert cells.guard_rows(rows) == _one_by_one(rows)


def test_the_written_file_guards_every_cell_of_every_batch(monkeypatch):
    monkeypatch.setattr(csv_io, "_BATCH", 2)
    rows = [["a", "+32 470 12 34 56"], ["b", "c"], ["=1+1", "d"], ["e", "-5"], ["f", "@SUM(1)"]]
    text = csv_io.write_table(["x", "y"], rows, bom=False).decode()
    assert text == "x,y\r\na,+32 470 12 34 56\r\nb,c\r\n'=1+1,d\r\ne,-5\r\nf,'@SUM(1)\r\n"
