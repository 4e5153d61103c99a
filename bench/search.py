"""Full-text search over 200 realistic queries: the vault's ranked search against its floor, the unranked prefix query
(the same words matched, the first 50 people and organisations with their names, bare sqlcipher3), and against its
own statements run bare. The runs of each query alternate (service, floor, ...) so that a loaded machine weighs on
both alike; the CPU time of the service's queries (this thread's) is reported beside the wall time."""

from __future__ import annotations

import random
import re
import time
from collections.abc import Callable

from commons_desktop.core.text import fold
from commons_desktop.vault import search as vault_search

from .registry import Row, measurement
from .timing import ms, now, percentile

QUERIES = 200
FLOOR = "bare sqlcipher3: the unranked prefix query (the same words, people + organisations, LIMIT 50, with names)"
# exact bm25 over every match, ranked inside the index, then the 50 records read (the "FTS5 bm25" row)
PERSON_BM25 = ("SELECT p.id, p.given, p.family, p.city, f.r FROM (SELECT rowid, bm25(person_fts) AS r "
               "FROM person_fts WHERE person_fts MATCH ? ORDER BY r LIMIT 50) f "
               "JOIN person p ON p.rid = f.rowid ORDER BY f.r")
# the vault ranks within the first RANK_WINDOW matches (commit 211ddb9): its statements, run bare
PERSON_WINDOW = ("SELECT p.id, p.given, p.family, p.city, f.r FROM (SELECT rowid, r FROM (SELECT rowid, "
                 "bm25(person_fts) AS r FROM person_fts WHERE person_fts MATCH ? LIMIT ?) ORDER BY r LIMIT 50) f "
                 "JOIN person p ON p.rid = f.rowid ORDER BY f.r")
ORG_WINDOW = ("SELECT o.id, o.name, o.city, f.r FROM (SELECT rowid, r FROM (SELECT rowid, "
              "bm25(organisation_fts) AS r FROM organisation_fts WHERE organisation_fts MATCH ? LIMIT ?) "
              "ORDER BY r LIMIT 50) f JOIN organisation o ON o.rid = f.rowid ORDER BY f.r")
PERSON_PREFIX = ("SELECT p.id, p.given, p.family, p.city FROM person_fts JOIN person p ON p.rid = person_fts.rowid "
                 "WHERE person_fts MATCH ? LIMIT 50")
ORG_PREFIX = ("SELECT o.id, o.name, o.city FROM organisation_fts JOIN organisation o ON o.rid = organisation_fts.rowid "
              "WHERE organisation_fts MATCH ? LIMIT 50")


def _words(text: str) -> list[str]:
    return [w for w in re.split(r"[\W\d_]+", text) if len(w) >= 2]


def _prefix(rng: random.Random, text: str) -> str:
    word = (_words(text) or ["ma"])[0]
    cut = word[:rng.randint(2, min(len(word), 6))]
    return fold(cut) if rng.random() < 0.4 else cut  # people often type without accents


def make_queries(conn, rng: random.Random, count: int = QUERIES) -> list[str]:
    """Prefixes of names, cities and organisation words drawn from the data, as a secretary types them."""
    people = conn.execute("SELECT given, family, city FROM person ORDER BY rid").fetchall()
    orgs = [r[0] for r in conn.execute("SELECT name FROM organisation ORDER BY rid")] or ["association"]
    out = []
    for _ in range(count):
        given, family, city = rng.choice(people)
        roll = rng.random()
        if roll < 0.4:
            out.append(_prefix(rng, family))
        elif roll < 0.6:
            out.append(_prefix(rng, given))
        elif roll < 0.75:
            out.append(_prefix(rng, city or family))
        elif roll < 0.9:
            out.append(f"{given} {_prefix(rng, family)}")
        else:
            words = [w for w in _words(rng.choice(orgs)) if len(w) > 3] or ["coop"]
            out.append(_prefix(rng, rng.choice(words)))
    return out


def _latencies(run: Callable[[str], object], queries: list[str]) -> list[float]:
    return _alternating([run], queries)[0][0]


Samples = list[list[float]]


def _alternating(runs: list[Callable[[str], object]], queries: list[str]) -> tuple[Samples, Samples]:
    """(wall seconds, CPU seconds of this thread) of each run on each query, the runs of a query one after another,
    after a warm pass (the pages a user's session would have cached)."""
    for q in queries:
        for run in runs:
            run(q)
    wall: Samples = [[] for _ in runs]
    cpu: Samples = [[] for _ in runs]
    for q in queries:
        for n, run in enumerate(runs):
            start, start_cpu = now(), time.thread_time()
            run(q)
            wall[n].append(now() - start)
            cpu[n].append(time.thread_time() - start_cpu)
    return wall, cpu


@measurement("search")
def measure(ctx) -> list[Row]:
    vault = ctx.open_vault()
    cipher, plain = ctx.cipher(), ctx.plain()
    try:
        queries = make_queries(cipher, ctx.rng("queries"))
        fts = {q: vault_search.fts_query(q) for q in queries}
        window = vault_search.RANK_WINDOW

        def bare(person: str, org: str, *args) -> Callable[[str], None]:
            def run(q: str) -> None:
                cipher.execute(person, (fts[q], *args)).fetchall()
                cipher.execute(org, (fts[q], *args)).fetchall()
            return run

        (service, floor, statements), (service_cpu, floor_cpu, _) = _alternating(
            [lambda q: vault_search.search(vault, q), bare(PERSON_PREFIX, ORG_PREFIX),
             bare(PERSON_WINDOW, ORG_WINDOW, window)], queries)
        prefix_c = _latencies(lambda q: cipher.execute(PERSON_PREFIX, (fts[q],)).fetchall(), queries)
        prefix_p = _latencies(lambda q: plain.execute(PERSON_PREFIX, (fts[q],)).fetchall(), queries)
        bm25_c = _latencies(lambda q: cipher.execute(PERSON_BM25, (fts[q],)).fetchall(), queries)
        bm25_p = _latencies(lambda q: plain.execute(PERSON_BM25, (fts[q],)).fetchall(), queries)
        hits = sum(1 for q in queries if vault_search.search(vault, q))
    finally:
        vault.close()
        cipher.close()
        plain.close()
    p95 = percentile(service, 95)
    extra = {"queries": len(queries), "queries with hits": hits, "examples": queries[:8],
             "service CPU p50 ms": round(ms(percentile(service_cpu, 50)), 2),
             "service CPU p95 ms": round(ms(percentile(service_cpu, 95)), 2),
             "floor CPU p95 ms": round(ms(percentile(floor_cpu, 95)), 2),
             "its own statements bare, p95 ms": round(ms(percentile(statements, 95)), 2)}
    return [
        Row(f"search p50, ranked bm25 within {window:,} matches (vault.search.search, people + orgs)",
            ms(percentile(service, 50)), "ms", ms(percentile(floor, 50)), FLOOR, extra=extra),
        Row(f"search p95, ranked bm25 within {window:,} matches (vault.search.search, people + orgs)", ms(p95),
            "ms", ms(percentile(floor, 95)), FLOOR, "≤ 10 ms", p95 <= 0.010),
        Row("FTS5 prefix p95, LIMIT 50, bare sqlcipher3 (people)", ms(percentile(prefix_c, 95)), "ms",
            ms(percentile(prefix_p, 95)), "stdlib sqlite3, unencrypted copy"),
        Row("FTS5 bm25 p95 over every match, LIMIT 50, bare sqlcipher3 (people)", ms(percentile(bm25_c, 95)), "ms",
            ms(percentile(bm25_p, 95)), "stdlib sqlite3, unencrypted copy"),
    ]
