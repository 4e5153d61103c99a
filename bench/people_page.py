"""The first page (100 rows) of the people list sorted by name: no filter, a text filter, a tag filter."""

from __future__ import annotations

from commons_desktop.vault import search as vault_search
from commons_desktop.vault.people import People

from .registry import Row, measurement
from .timing import median_of, ms

COLUMNS = ("SELECT p.id, p.given, p.family, coalesce(json_extract(p.emails, '$[0].address'), ''), "
           "coalesce(json_extract(p.phones, '$[0].number'), ''), p.city, p.updated FROM person p "
           "WHERE p.deleted IS NULL ")
ORDER = " ORDER BY sort_key ASC, p.rid ASC LIMIT 100 OFFSET 0"
TEXT_WHERE = "AND p.rid IN (SELECT rowid FROM person_fts WHERE person_fts MATCH ?)"
TAG_WHERE = ("AND p.id IN (SELECT rt.entity_id FROM record_tag rt JOIN tag t ON t.rid = rt.tag_rid "
             "WHERE t.name = ? AND rt.entity = 'person')")
TEXT, TAG = "liege", "bénévole"  # a city typed without its accent; the commonest volunteer tag


@measurement("people page")
def measure(ctx) -> list[Row]:
    vault = ctx.open_vault()
    bare = ctx.cipher()
    people = People(vault)
    reps = 20
    cases = [
        ("no filter", {}, COLUMNS + ORDER, ()),
        (f"text filter '{TEXT}'", {"text": TEXT}, COLUMNS + TEXT_WHERE + ORDER, (vault_search.fts_query(TEXT),)),
        (f"tag filter '{TAG}'", {"tag": TAG}, COLUMNS + TAG_WHERE + ORDER, (TAG,)),
    ]
    rows = []
    try:
        for label, kwargs, sql, params in cases:
            first = people.page(offset=0, limit=100, order="name", **kwargs)  # warm, and check the same rows come back
            same = [tuple(r) for r in bare.execute(sql, params).fetchall()] == [
                (r.id, r.given, r.family, r.email, r.phone, r.city, r.updated) for r in first]
            measured = median_of(lambda kw=kwargs: people.page(offset=0, limit=100, order="name", **kw), reps)
            walked = sql.replace("AND p.", "AND +p.")  # the same filter checked while walking the name index
            floor = min(median_of(lambda s=sql, p=params: bare.execute(s, p).fetchall(), reps),
                        median_of(lambda s=walked, p=params: bare.execute(s, p).fetchall(), reps))
            total = people.count(**kwargs)
            rows.append(Row(f"people list first page (100), {label} (People.page)", ms(measured), "ms", ms(floor),
                            "bare sqlcipher3, the faster of two forms of the SELECT", "< 20 ms", measured < 0.020,
                            extra={"matching people": total, "same rows as bare SQL": same}))
    finally:
        vault.close()
        bare.close()
    return rows
