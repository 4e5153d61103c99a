"""Encrypted exchange bundles: write one for partners (or a passphrase), and import one: decrypt in memory,
verify the signature and the sender, refuse replays, preview, then apply as ONE transaction."""

from __future__ import annotations

import os
from dataclasses import dataclass, field, replace
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from ..core.errors import InvalidInput, UsageError
from ..exchange import bundle, identity, json_io
from ..exchange.apply import apply_plan
from ..exchange.errors import ReplayedBundle, RowErrors, SenderKeyChanged, UnknownSender, UnreadableKind
from ..exchange.identity import Card
from ..exchange.incoming import Batch, Tombstone
from ..exchange.plan import ImportOptions, Plan, make_plan, still_valid
from ..vault import exchange_log, exchange_match, exchange_read, exchange_store
from ..vault.connection import Vault
from ..vault.exchange_store import Partner
from ..vault.records import collector_paused
from .exports import ExportSpec, WhatLeaves, described, gather, what_leaves, write_private
from .imports import ImportReport
from .progress import NEVER, CancelToken, Progress, no_progress


@dataclass
class Written:
    leaves: WhatLeaves
    recipients: list[str]
    sequences: dict[str, int]
    sender_sequence: int
    tombstones: int


def _key_label(key: str) -> str:
    return f"key {key.split()[0] if key.startswith(('ssh-', 'ecdsa-')) else key[:16]}…"


def write(vault: Vault, spec: ExportSpec, path: str | os.PathLike, *, partners: list[str] | None = None,
          keys: list[str] | None = None, passphrase: str | None = None, armor: bool = False,
          progress: Progress = no_progress, now: datetime | None = None) -> Written:
    partners, keys = list(partners or []), list(keys or [])
    if not (partners or keys or passphrase):
        raise UsageError("a bundle needs --partner, --recipient or --passphrase-file")
    ident = identity.ensure(vault)
    with vault.transaction(), collector_paused(True):  # as in exports.export_file: the records live until written
        chosen = [exchange_store.partner_by(vault, name=n) for n in partners]
        with exchange_read.streaming(vault):
            data = gather(vault, ExportSpec("bundle", spec.selection, spec.fields, spec.profile), progress)
        sequences = {p.fingerprint: exchange_store.next_sent(vault, p.rid) for p in chosen}
        sender_seq = exchange_store.next_sequence(vault)
        gone: dict[str, tuple[str, str, bool]] = {}
        for p in chosen:
            for entity, ident_, erased in exchange_match.gone(vault, exchange_log.sent_in_bundles_to(vault, p.name)):
                gone[ident_] = (entity, ident_, erased)
        files, sha_of = _files(vault, data)
        doc = json_io.build(data, source={"name": ident.name, "group_id": ident.group_id},
                            file_ref=lambda doc_id: f"files/{sha_of[doc_id]}", now=now)
        card = identity.card_of(ident)
        manifest = {
            "format": bundle.FORMAT, "version": bundle.VERSION,
            "created": (now or datetime.now(UTC)).strftime("%Y-%m-%dT%H:%M:%SZ"),
            "sender": {"name": card.name, "group_id": card.group_id, "recipient": card.recipient,
                       "signing_key": card.signing_key, "fingerprint": card.fingerprint},
            "recipients": [{"name": p.name, "fingerprint": p.fingerprint} for p in chosen],
            "sequence": sequences, "sender_sequence": sender_seq,
            "selection": described(spec), "profile": spec.profile, "fields": data.field_list(),
            "tombstones": [{"entity": e, "id": i, "erased": x} for e, i, x in gone.values()],
        }
        leaves: list[WhatLeaves] = []

        def records(out) -> None:  # read and written as they go; counted as they are (the manifest comes last)
            with exchange_read.streaming(vault):
                json_io.write(doc, out)
            leaves.append(what_leaves(data, spec))
            manifest["counts"] = {k: v for k, v in leaves[0].to_json().items() if isinstance(v, int)}
        cipher = bundle.encrypter(lambda out: bundle.pack_to(out, manifest, records, files, ident),
                                  recipients=[p.recipient for p in chosen] + keys, passphrase=passphrase,
                                  armor=armor)  # (to recipients: zipped, then encrypted into the file as it goes)
        write_private(Path(path), cipher)
        labels = [p.name for p in chosen] + [_key_label(k) for k in keys] + (["passphrase"] if passphrase else [])
        exchange_log.log_disclosure(vault, kind="bundle", recipients=labels, destination=Path(path).name,
                                    profile=spec.profile, selection=spec.selection.to_json(),
                                    fields=leaves[0].fields, records=data.record_ids)
    return Written(leaves[0], labels, {p.name: sequences[p.fingerprint] for p in chosen}, sender_seq, len(gone))


def _files(vault: Vault, data) -> tuple[dict[str, bytes], dict[str, str]]:
    current = [d for d in data.documents if d.current is not None]
    content = exchange_read.contents(vault, [d.id for d in current])  # (Documents.content's, read in bulk)
    files: dict[str, bytes] = {}
    sha_of: dict[str, str] = {}
    for d in current:
        sha_of[d.id] = d.current.sha256
        files.setdefault(d.current.sha256, content[d.id])
    return files, sha_of


# -- receiving ------------------------------------------------------------------------------------------------
@dataclass
class Received:
    """A decrypted and verified bundle, with who sent it and which sequence number applies."""
    opened: bundle.Opened
    sender: Card
    partner: Partner | None            # None: a new sender accepted with its fingerprint
    sequence: int
    per_partner: bool
    sender_sequence: int
    notes: list[str] = field(default_factory=list)


def open_bundle(vault: Vault, data: bytes, *, passphrase: str | None = None,
                accept_sender: str | None = None) -> Received:
    ident = identity.ensure(vault)
    payload = bundle.decrypt(data, age_secret=ident.age_secret, passphrase=passphrase)
    if not payload.startswith(b"PK"):  # decrypted, but not the zip of a bundle (an age-encrypted note, a key...)
        raise UnreadableKind("age")
    opened = bundle.unpack(payload)
    sender = opened.sender
    if sender.signing_key == ident.signing_public:
        raise InvalidInput("this bundle was written by this group itself")
    partner = _known(vault, sender, accept_sender)
    seqs = opened.manifest.get("sequence") or {}
    mine = identity.card_of(ident).fingerprint
    per_partner = isinstance(seqs, dict) and mine in seqs
    sender_seq = _int(opened.manifest.get("sender_sequence"))
    sequence = _int(seqs[mine]) if per_partner else sender_seq
    got = Received(opened, sender, partner, sequence, per_partner, sender_seq)
    check_sequence(got)
    opened.verify()  # every entry's hash, inflated a chunk at a time: only for a sender we accept
    return got


def _int(value: Any) -> int:
    if not isinstance(value, int) or isinstance(value, bool) or value < 1:
        raise InvalidInput("the bundle's sequence number is missing or damaged")
    return value


def _known(vault: Vault, sender: Card, accept: str | None) -> Partner | None:
    from ..core.errors import NotFound
    fp = sender.fingerprint
    try:
        return exchange_store.partner_by(vault, fingerprint=fp)
    except NotFound:
        pass
    for lookup in ({"group_id": sender.group_id}, {"name": sender.name}):
        try:
            old = exchange_store.partner_by(vault, **lookup)
        except NotFound:
            continue
        raise SenderKeyChanged(old.name, old.fingerprint, fp)
    if accept is None or identity.normalise_fingerprint(accept) != fp:
        raise UnknownSender(fp, sender.name)
    return None


def check_sequence(got: Received) -> None:
    if got.partner is None:
        return
    last = got.partner.received_seq if got.per_partner else got.partner.received_global
    if got.sequence <= last:
        raise ReplayedBundle(got.sequence, last)


def to_batch(got: Received) -> Batch:
    batch = got.opened.batch()
    for t in got.opened.manifest.get("tombstones") or []:
        if isinstance(t, dict) and t.get("entity") in ("person", "organisation") and isinstance(t.get("id"), str):
            batch.tombstones.append(Tombstone(t["entity"], t["id"].lower(), bool(t.get("erased"))))
    return batch


def _options(vault: Vault, got: Received, options: ImportOptions, rid: int | None) -> ImportOptions:
    origin = exchange_store.origins_from(vault, rid) if rid is not None else frozenset()
    return ImportOptions(options.match, options.mode, options.skip_invalid, options.keep_photos, rid, origin)


def preview(vault: Vault, got: Received, options: ImportOptions) -> ImportReport:
    rid = got.partner.rid if got.partner else None
    plan = make_plan(vault, to_batch(got), _options(vault, got, options, rid))
    report = ImportReport.of("bundle", plan)
    report.notes[:0] = describe(got)
    return report


def describe(got: Received) -> list[str]:
    m = got.opened.manifest
    who = got.partner.name if got.partner else f"{got.sender.name} (new partner, accepted by fingerprint)"
    return [f"from {who}, fingerprint {got.sender.fingerprint}",
            f"sequence {got.sequence}, created {m.get('created', '?')}, selection: {m.get('selection', '?')}",
            f"{len(m.get('tombstones') or [])} deletion(s) announced"]


def apply(vault: Vault, got: Received, options: ImportOptions, *, progress: Progress = no_progress,
          cancel: CancelToken = NEVER, preview: ImportReport | None = None) -> ImportReport:
    """Everything in ONE transaction: the new partner (if accepted), the records, the sequence number.
    ``preview``: the report of ``preview()`` for the same bundle; its plan is reused when the vault has not
    changed since (checked inside the transaction, after the sender and sequence checks), else the bundle is
    planned again. A failed or cancelled import can be tried again with the same ``got``."""
    known = got.partner
    try:
        with vault.transaction():
            if got.partner is None:
                s = got.sender
                name = _free_name(vault, s.name or "partner")
                got.partner = exchange_store.add_partner(vault, name, s.group_id, s.recipient, s.signing_key,
                                                         s.fingerprint)
            else:
                got.partner = exchange_store.partner_by(vault, fingerprint=got.sender.fingerprint)
                check_sequence(got)  # again, inside the transaction: two imports of one bundle cannot both pass
            opts = _options(vault, got, options, got.partner.rid)
            plan = _still_exact(vault, preview, opts) or make_plan(vault, to_batch(got), opts)
            if plan.errors and not options.skip_invalid:
                raise RowErrors(plan.errors)
            apply_plan(vault, plan, origin=got.partner.rid, progress=progress, cancel=cancel)
            exchange_store.record_received(vault, got.partner.rid, got.sequence if got.per_partner else None,
                                           got.sender_sequence)
    except BaseException:
        got.partner = known  # a partner added by the rolled-back transaction does not exist
        raise
    report = ImportReport.of("bundle", plan)
    report.notes[:0] = describe(got)
    report.applied = True
    return report


def _still_exact(vault: Vault, preview: ImportReport | None, opts: ImportOptions) -> Plan | None:
    """The preview's plan if writing it now gives what planning again would. A sender accepted by its fingerprint
    had no partner id when previewed and has one now: the planner never reads that id (only ``from_origin``, the
    records the partner sent before, which is compared), so the comparison leaves it out."""
    plan = preview.plan if preview is not None else None
    if plan is None or plan.options is None:
        return None
    return plan if still_valid(vault, plan, replace(opts, origin=plan.options.origin)) else None


def _free_name(vault: Vault, name: str) -> str:
    from ..core.errors import NotFound
    candidate, n = name[:70], 2
    while True:
        try:
            exchange_store.partner_by(vault, name=candidate)
        except NotFound:
            return candidate
        candidate, n = f"{name[:70]} ({n})", n + 1
