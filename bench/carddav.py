"""Contacts to CardDAV (issue 13): publish 2,000 people to a real Radicale, then sync after editing 10 of them, then a
sync with no change — the time of the publish and the requests of each sync (targets: the 10-edit sync at most 12
requests, the no-change sync at most 2).

Radicale (the ``test`` extra) runs on 127.0.0.1 in a temporary folder, as the tests start it; the job runs as
``commons sync`` runs it (services/sync_contacts.py), with the password given directly instead of from the keyring.
Without Radicale the rows are left out. The peer the issue names, vdirsyncer (``pip install vdirsyncer``; not in the
``test`` extra), syncs the same cards from a vdir folder to a fresh address book of the same Radicale, through a
request-counting proxy: the publish's floor, and how many requests its no-change sync makes (it has no
sync-collection: a full listing). Without vdirsyncer that row is left out.
"""

from __future__ import annotations

import shutil
import subprocess
import sys
import uuid
from pathlib import Path

from commons_desktop.core.model import Email, Person, Phone
from commons_desktop.exchange.selection import Selection
from commons_desktop.exchange.vcard_write import person_card
from commons_desktop.services import profiles, sync, sync_contacts
from commons_desktop.sync.carddav import CardDav
from commons_desktop.sync.http import Endpoint, Http
from commons_desktop.vault import servers as store
from commons_desktop.vault import tags
from commons_desktop.vault.connection import Vault
from commons_desktop.vault.people import People

from .federation import PASSPHRASE
from .registry import Row, measurement
from .timing import now

PEOPLE = 2_000
SMALL = 300       # --small
TINY = 50         # the test suite's harness run (a federation of 300)
EDITS = 10
PASSWORD = "bench-secret-pw"


def _sync(vault: Vault, url: str) -> tuple[sync.Outcome, float]:
    server = store.get(vault, "book")
    with Http(Endpoint(url, "alice", PASSWORD)) as http:
        ctx = sync.JobContext(vault, server, http, sync.Options(), lambda *a: None, lambda: None)
        t0 = now()
        sync_contacts.run(ctx)
        took = now() - t0
        return sync.Outcome(ctx.counts, http.requests), took


@measurement("carddav", federation=False)
def measure(ctx) -> list[Row]:
    try:
        import radicale  # noqa: F401

        from tests.sync.servers import Radicale
    except ImportError:
        return []
    people_count = ctx.sizes["people"]
    count = TINY if people_count <= 1_000 else SMALL if people_count <= 5_000 else PEOPLE
    work = ctx.work / "carddav"
    server = Radicale(work / "radicale", {"alice": PASSWORD}).start()
    vault = Vault.create(work / "cards.commons", PASSPHRASE, device="bench", author="bench")
    try:
        rng = ctx.rng("carddav")
        people = People(vault)
        ids = people.add_many([Person(given=f"Prénom{i}", family=f"Nom{i}", emails=[Email(f"p{i}@exemple.org")],
                                      phones=[Phone(f"+32 470 {i:06d}")]) for i in range(count)])
        tags.add_tag(vault, "carnet", ids)
        profiles.add(vault, "carnet", Selection(tag="carnet"), ["given", "family", "emails", "phones"])
        url = f"{server.url}alice/{uuid.uuid4().hex}/"
        with Http(Endpoint(url, "alice", PASSWORD)) as http:
            CardDav(http).create("Bench")
        store.add(vault, "book", "carddav", url, "alice", profile="carnet")
        published, publish_s = _sync(vault, url)
        assert published.counts.sent == count, published
        for ident in rng.sample(ids, EDITS):
            people.update_fields(ident, {"family": f"Édité {ident[-4:]}"})
        edited, edit_s = _sync(vault, url)
        assert edited.counts.sent == EDITS, edited
        quiet, quiet_s = _sync(vault, url)
        again, again_s = _sync(vault, url)
        peer = _vdirsyncer(work, server, [people.get(i) for i in ids])
    finally:
        vault.close()
        server.stop()
        shutil.rmtree(work, ignore_errors=True)
    floor, floor_label, peer_extra = None, "", {}
    if peer is not None:
        floor, first_requests, quiet_requests = peer
        floor_label = "vdirsyncer 0.21 (vdir -> fresh book)"
        peer_extra = {"vdirsyncer requests": first_requests, "vdirsyncer no-change requests": quiet_requests}
    return [
        Row(f"publish {count:,} contacts to Radicale (first sync)", publish_s, "s", floor=floor,
            floor_label=floor_label, target="no slower than vdirsyncer" if floor else "",
            met=publish_s <= floor if floor else None,
            extra={"requests": published.requests, "cards per s": round(count / publish_s, 1), **peer_extra}),
        Row(f"sync after editing {EDITS} contacts: requests", edited.requests, "requests", target="<= 12",
            met=edited.requests <= 12, extra={"s": round(edit_s, 3)}),
        Row("sync with no change: requests", quiet.requests, "requests", target="<= 2", met=quiet.requests <= 2,
            extra={"s": round(quiet_s, 3), "the next one": again.requests}),
    ]


def _vdirsyncer(work: Path, server, people: list[Person]) -> tuple[float, int, int] | None:
    """vdirsyncer syncing the same people's cards from a vdir to a fresh book: (seconds, requests of that sync,
    requests of a sync with no change), or None without vdirsyncer."""
    exe = shutil.which("vdirsyncer") or str(Path(sys.executable).with_name("vdirsyncer"))
    if not Path(exe).exists():
        return None
    from tests.sync.servers import FaultProxy
    vdir = work / "vdir"
    vdir.mkdir()
    for p in people:
        (vdir / f"{p.id}.vcf").write_text(person_card(p, "3.0").text(), "utf-8")
    url = f"{server.url}alice/{uuid.uuid4().hex}/"
    with Http(Endpoint(url, "alice", PASSWORD)) as http:
        CardDav(http).create("Peer")
    proxy = FaultProxy(server.port).start()
    try:
        config = work / "vdirsyncer.conf"
        config.write_text(
            f'[general]\nstatus_path = "{work / "status"}/"\n\n'
            '[pair book]\na = "local"\nb = "remote"\ncollections = null\n\n'
            f'[storage local]\ntype = "filesystem"\npath = "{vdir}/"\nfileext = ".vcf"\n\n'
            f'[storage remote]\ntype = "carddav"\nurl = "{proxy.url(url[len(server.url) - 1:])}"\n'
            f'username = "alice"\npassword = "{PASSWORD}"\n')
        run = [exe, "-c", str(config)]
        subprocess.run([*run, "discover"], check=True, capture_output=True, input=b"y\n" * 4, timeout=600)
        proxy.seen.clear()
        t0 = now()
        subprocess.run([*run, "sync"], check=True, capture_output=True, timeout=3600)
        took = now() - t0
        first = proxy.count()
        proxy.seen.clear()
        subprocess.run([*run, "sync"], check=True, capture_output=True, timeout=600)
        return took, first, proxy.count()
    finally:
        proxy.stop()
