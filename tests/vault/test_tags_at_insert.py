"""New records inserted with their tags (one pass: ``insert_many(..., tags=...)``) end up exactly as inserting them
and then tagging them one tag at a time with ``tags.add_tag`` and re-indexing them: the same tag rows, search index,
contact points and change-log entries (stamps aside)."""

from __future__ import annotations

import random
import shutil

from commons_desktop.core.model import Email, Organisation, Person, Phone
from commons_desktop.services import demo_data
from commons_desktop.vault import tags
from commons_desktop.vault.connection import Vault
from commons_desktop.vault.organisations import Organisations
from commons_desktop.vault.people import People

NAMES = ["bureau", "Bureau", "bénévole", "Comité", "comité", "Zèbre", "zz", "AG 2026", "élu", "Élu", "_x", "[b]"]


def _records(seed: int):
    rng = random.Random(seed)
    people = [demo_data.person(rng, n) for n in range(120)]
    people += [Person(given="Émilie", family="Dupré", emails=[Email("e@exemple.org")], phones=[Phone("+32 470")])]
    wanted = [rng.sample(NAMES, rng.randrange(0, 5)) + (["bureau"] if rng.random() < 0.2 else []) for _ in people]
    orgs = [Organisation(name=f"Asso {n}", kind="association", emails=[Email(f"o{n}@exemple.org")]) for n in range(8)]
    org_tags = [rng.sample(NAMES, rng.randrange(0, 3)) for _ in orgs]
    return people, wanted, orgs, org_tags


def _state(v: Vault) -> dict:
    c = v.conn
    return {
        "tags": c.execute("SELECT rid, name FROM tag ORDER BY rid").fetchall(),
        "record_tag": c.execute("SELECT t.name, rt.entity, rt.entity_id FROM record_tag rt JOIN tag t ON "
                                "t.rid = rt.tag_rid ORDER BY 1, 2, 3").fetchall(),
        "person_fts": c.execute("SELECT rowid, body FROM person_fts ORDER BY rowid").fetchall(),
        "organisation_fts": c.execute("SELECT rowid, body FROM organisation_fts ORDER BY rowid").fetchall(),
        "contacts": sorted(c.execute("SELECT entity, entity_id, kind, value FROM contact_point").fetchall()),
        "log": sorted(c.execute("SELECT device, author, entity, entity_id, op, fields FROM change_log").fetchall()),
        "people": c.execute("SELECT rid, id, given, family, sort_key, emails FROM person ORDER BY rid").fetchall(),
    }


def _fill(v: Vault, one_pass: bool, seed: int) -> dict:
    people, wanted, orgs, org_tags = _records(seed)
    with v.transaction():
        there = People(v).insert_many([Person(given="Already", family="There")],
                                      ids=["0190a3c2-7a1b-7c3d-af4f-000000000000"])
        tags.add_tag(v, "BUREAU", there)  # a tag that exists already, spelt differently
        ids = [f"0190a3c2-7a1b-7c3d-8e4f-{n:012d}" for n in range(len(people))]
        org_ids = [f"0190a3c2-7a1b-7c3d-9e4f-{n:012d}" for n in range(len(orgs))]
        if one_pass:
            People(v).insert_many([p.validated() for p in people], ids=ids, tags=wanted)
            Organisations(v).insert_many([o.validated() for o in orgs], ids=org_ids,
                                         tags=org_tags)
        else:
            People(v).insert_many([p.validated() for p in people], ids=ids)
            Organisations(v).insert_many([o.validated() for o in orgs], ids=org_ids)
            by_tag: dict[str, list[str]] = {}
            for ident, names in [*zip(ids, wanted, strict=True), *zip(org_ids, org_tags, strict=True)]:
                for name in names:
                    by_tag.setdefault(name, []).append(ident)
            for name, chosen in by_tag.items():
                tags.add_tag(v, name, chosen, reindex=False)
            People(v).after_write([i for i, names in zip(ids, wanted, strict=True) if names])
            Organisations(v).after_write([i for i, names in zip(org_ids, org_tags, strict=True) if names])
    return _state(v)


def test_insert_with_tags_writes_what_tagging_afterwards_wrote(vault_template, tmp_path):
    src, key = vault_template
    for seed in (1, 2):
        states = []
        for one_pass in (False, True):
            path = tmp_path / f"tagged-{seed}-{one_pass}.commons"
            shutil.copyfile(src, path)
            with Vault.open(path, key=key, device="d", author="a") as v:
                states.append(_fill(v, one_pass, seed))
        former, now = states
        assert former["record_tag"] and any("benevole" in body for _, body in now["person_fts"])
        for part in former:
            if part != "tags":
                assert now[part] == former[part], part
        # tags are created as first met: the one pass meets them record by record, the former path tag by tag
        assert sorted(name for _, name in now["tags"]) == sorted(name for _, name in former["tags"])
