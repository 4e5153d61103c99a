"""Reading a bundle's records (and a JSON export's): every membership and contribution reaches its person, however
many people come before them. The records are read one at a time into the batch, which may keep them packed
(exchange/incoming.py), so the reader keeps each person's place in the batch, not the object it appended: a change
made to that object afterwards would not reach a packed copy."""

from __future__ import annotations

import gc
import io
import json
import uuid

from commons_desktop.exchange import bundle, identity, json_io, json_stream
from commons_desktop.vault.records import collector_paused

PEOPLE = 12_000  # more than a packed chunk holds (two of them and more)


def _records() -> tuple[bytes, list[str]]:
    ids = [str(uuid.uuid4()) for _ in range(PEOPLE)]
    doc = {"format": json_io.FORMAT, "version": json_io.VERSION,
           "people": [{"id": i, "given": f"Ada{n}", "family": "Lovelace"} for n, i in enumerate(ids)],
           "memberships": [{"id": str(uuid.uuid4()), "person_id": i, "type": "member", "status": "active",
                            "start": "2024-01-01"} for i in ids],
           "contributions": [{"id": str(uuid.uuid4()), "person_id": i, "amount": str(n % 50 + 1), "date": "2024-02-01"}
                             for n, i in enumerate(ids) if n % 3 == 0]}
    return json_io.dumps(doc), ids


def _check(batch) -> None:
    people = list(batch.items)
    assert len(people) == PEOPLE and batch.errors == []
    assert [len(p.memberships) for p in people] == [1] * PEOPLE
    assert [len(p.contributions) for p in people] == [1 if n % 3 == 0 else 0 for n in range(PEOPLE)]
    assert [str(p.contributions[0].amount) for p in people[:7:3]] == ["1", "4", "7"]


def test_every_membership_and_contribution_of_a_json_file_reaches_its_person():
    _check(json_io.read_batch(_records()[0]))


def test_every_membership_and_contribution_of_a_bundle_reaches_its_person():
    records, _ = _records()
    sender = identity.generate("Sender")
    card = identity.card_of(sender)
    manifest = {"format": bundle.FORMAT, "version": bundle.VERSION, "created": "2026-12-07T18:00:00Z",
                "sender": {"name": card.name, "group_id": card.group_id, "recipient": card.recipient,
                           "signing_key": card.signing_key, "fingerprint": card.fingerprint},
                "recipients": [], "sequence": {}, "sender_sequence": 1, "tombstones": []}
    opened = bundle.unpack(bundle.pack(manifest, records, {}, sender))
    opened.verify()
    _check(opened.batch())


def test_reading_in_chunks_keeps_no_chunk_of_text_alive(monkeypatch):
    """A record cut by the end of a chunk makes the scanner fail and the reader read on. The failure was kept in a
    local, a cycle through its traceback holding the whole chunk of text, which only the collector frees: paused
    during a big read, every chunk stayed alive to the end (60 MB of a 71 MB file at 100,000 people)."""
    monkeypatch.setattr(json_stream, "CHUNK", 4096)
    records, _ = _records()
    gc.collect()
    with collector_paused(True):
        batch = json_io.read_batch(io.BytesIO(records))
        kept = [o for o in gc.get_objects() if isinstance(o, json.JSONDecodeError)]
    assert len(batch.items) == PEOPLE
    assert kept == []
