"""The faster query forms the bench led to give the same answers as the straightforward SQL."""

from __future__ import annotations

import pytest

from commons_desktop.services import demo
from commons_desktop.vault import people as people_module
from commons_desktop.vault import search
from commons_desktop.vault.people import People

NAIVE_PAGE = ("SELECT p.id FROM person p WHERE {where} ORDER BY {order} {dir}, p.rid {dir} LIMIT 100")
NAIVE_PERSON = ("SELECT p.id, bm25(person_fts) AS r FROM person_fts JOIN person p ON p.rid = person_fts.rowid "
                "WHERE person_fts MATCH ? ORDER BY r LIMIT ?")


@pytest.fixture
def filled(vault):
    demo.generate(vault, people=600, seed=4)
    return vault


@pytest.mark.parametrize("selective", [1, 10_000])  # every filter broad / every filter selective
def test_people_page_is_the_naive_query(filled, monkeypatch, selective):
    monkeypatch.setattr(people_module, "_SELECTIVE", selective)
    people = People(filled)
    for text, tag in [("", None), ("liege", None), ("ma", None), ("", "bénévole"), ("", "presse"),
                      ("le", "newsletter"), ("zzz", None), ("", "no such tag")]:
        for order in ("name", "family", "city", "given", "email", "phone", "updated", "created"):
            for descending in (False, True):
                where, params = People._filter(people, text, tag)
                sql = NAIVE_PAGE.format(where=where, order=people_module._ORDER[order],
                                        dir="DESC" if descending else "ASC")
                expected = [r[0] for r in filled.conn.execute(sql, params)]  # noqa: S608
                got = [r.id for r in people.page(text=text, tag=tag, order=order, descending=descending)]
                assert got == expected, (text, tag, order, descending)


def test_ranked_search_is_the_naive_query(filled):
    for text in ("ma", "liege", "dup", "emilie", "co", "khan", "zzz", "montr"):
        query = search.fts_query(text)
        naive = filled.conn.execute(NAIVE_PERSON, (query, 50)).fetchall()
        hits = [(h.id, h.rank) for h in search.search(filled, text, entities=("person",))]
        assert sorted(r for _, r in hits) == [r for _, r in naive]
        assert set(hits) == set(naive) or len(set(r for _, r in naive)) < len(naive)  # ties may swap at the cut


def test_every_id_in_list_order_is_the_naive_query(filled):
    """People.ids() of the whole list sorts a table scan (NOT INDEXED): the same order as walking the index."""
    people = People(filled)
    filled.conn.execute("UPDATE person SET deleted = '1' WHERE rid % 7 = 0")  # tombstones are left out either way
    for order in ("name", "family", "city", "given", "email", "phone", "updated", "created"):
        for descending in (False, True):
            sql = NAIVE_PAGE.replace(" LIMIT 100", "").format(where="p.deleted IS NULL",
                                                               order=people_module._ORDER[order],
                                                               dir="DESC" if descending else "ASC")
            expected = [r[0] for r in filled.conn.execute(sql)]  # noqa: S608
            assert people.ids(order=order, descending=descending) == expected, (order, descending)
            assert len(expected) == people.count()


def test_every_organisation_id_is_read_by_a_table_scan_in_list_order(filled):
    """organisation_ids (what an export of every record reads first) sorts a scan of the table, not a walk of its sort
    index looking each row up (decrypting pages again and again under an export's small cache): the same order."""
    from commons_desktop.vault.exchange_match import organisation_ids
    filled.conn.execute("UPDATE organisation SET deleted = '1' WHERE rid % 5 = 0")
    expected = [r[0] for r in filled.conn.execute(
        "SELECT id FROM organisation WHERE deleted IS NULL ORDER BY sort_key, rid")]
    statements: list[str] = []
    filled.conn.set_trace_callback(statements.append)
    try:
        assert organisation_ids(filled) == expected and len(expected) > 10
    finally:
        filled.conn.set_trace_callback(None)
    [sql] = [s for s in statements if "FROM organisation" in s]
    plan = " / ".join(r[-1] for r in filled.conn.execute("EXPLAIN QUERY PLAN " + sql))
    assert "SCAN organisation" in plan and "INDEX" not in plan, plan
