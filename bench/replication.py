"""Applying changes made on another laptop (vault/replication.py): the federation's people, one create each, read
from the wire (JSON text) and applied by apply_remote into an empty vault, against the bulk insert of the same people
(People.add_many) in the same run (issue 12: at most 2x)."""

from __future__ import annotations

import json
import shutil
import statistics

from commons_desktop.services import demo_data
from commons_desktop.vault import replication
from commons_desktop.vault.connection import Vault
from commons_desktop.vault.people import People

from .federation import PASSPHRASE
from .registry import Row, measurement
from .timing import now


@measurement("apply remote creates", federation=False)
def measure(ctx) -> list[Row]:
    count = ctx.insert_people
    rng = ctx.rng("replication")
    people = [demo_data.person(rng, n) for n in range(count)]
    template = ctx.work / "replication-template.commons"
    vault = Vault.create(template, PASSPHRASE, device="bench", author="bench")
    key = vault.key.hex
    vault.close()

    def fresh(name: str) -> Vault:
        path = ctx.work / f"replication-{name}.commons"
        shutil.copyfile(template, path)
        v = Vault.open(path, key=key, device="bench", author="bench")
        replication.device_id(v)
        return v

    source = fresh("source")
    People(source).add_many(people, validated=True)
    text = json.dumps([replication.wire(c) for c in replication.local_changes(source, after_hlc=None)])
    source.close()
    start = now()
    changes = [replication.unwire(x) for x in json.loads(text)]
    read = now() - start
    applied, floor = [], []
    for i in range(3):  # alternating, the machine being shared
        target = fresh(f"apply-{i}")
        start = now()
        replication.apply_remote(target, changes)
        applied.append(now() - start)
        target.close()
        insert = fresh(f"insert-{i}")
        start = now()
        People(insert).add_many(people, validated=True)
        floor.append(now() - start)
        insert.close()
    measured, bulk = statistics.median(applied), statistics.median(floor)
    return [
        Row(f"apply {count:,} remote creates (apply_remote)", measured, "s", bulk,
            "bulk insert of the same people (People.add_many)", "within 2x of floor", measured <= 2 * bulk),
        Row(f"read {count:,} remote creates from the wire (JSON text, unwire)", read, "s"),
    ]
