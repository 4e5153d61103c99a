"""conflicts list|resolve: what merging the changes of other laptops queued for a person."""

from __future__ import annotations

import argparse
import json
from datetime import UTC, datetime

from ...services import conflicts

NOTICE_WORDS = {
    "kept-element": "an element another laptop removed was kept: it had been edited here",
    "kept-tag": "an address book removed the tag that shares this record there: the tag was kept, the card sent back "
                "with it",
    "restored": "an edit made on another laptop restored this deleted record",
    "delete-refused": "another laptop deleted this record, but it had been edited here: it was kept",
    "member-number-taken": "this member number was given to two people on two laptops: the one given it later lost it",
    "unknown-organisation": "an address book's card names the organisation {value!r}, which this vault does not know: "
                            "no organisation was made, the person's links were kept",
    "unmapped-link": "an address book's card links this person to {value!r}, who is no one in this vault (or by a kind "
                     "of link it does not know): the link was not kept",
}


def register(sub) -> None:
    group = sub.add_parser("conflicts", help="edits made differently on two laptops, and notices: list, resolve")
    actions = group.add_subparsers(dest="action", metavar="ACTION", required=True)

    p = actions.add_parser("list", help="the open conflicts and notices (both values side by side)")
    p.add_argument("--all", action="store_true", help="resolved ones too")
    p.add_argument("--json", action="store_true", default=argparse.SUPPRESS, help="machine-readable output")
    p.set_defaults(func=run_list)

    p = actions.add_parser("resolve", help="keep this laptop's value, the other's, or both (list elements)")
    p.add_argument("id", metavar="ID", type=int)
    p.add_argument("--keep", required=True, choices=conflicts.KEEP,
                   help="local: the value held here; remote: the one received; both: both elements of a list")
    p.set_defaults(func=run_resolve)


def _plain(q, sides=None) -> dict:
    out = {"id": q.id, "kind": q.kind, "code": q.code, "entity": q.entity, "record": q.entity_id, "field": q.field,
           "element": q.element, "local": q.local, "remote": q.remote, "local_clock": q.local_hlc,
           "remote_clock": q.remote_hlc, "remote_device": q.remote_device, "resolved": q.resolved,
           "resolution": q.resolution}
    if sides is not None:
        out["local_by"], out["remote_by"] = (_by(w) for w in sides)
    return out


def _by(who) -> dict | None:
    """Who set one side: device id and name, the author, when (UTC, ISO 8601)."""
    if who is None:
        return None
    return {"device": who.device, "device_name": who.name, "author": who.author, "at": _time(who.at),
            "this_device": who.here, "server": who.server}


def _time(stamp: str | None) -> str | None:
    if not stamp:
        return None
    try:
        return datetime.fromtimestamp(int(stamp.partition(".")[0]) / 1000, UTC).isoformat(timespec="seconds")
    except (ValueError, OverflowError, OSError):
        return None


def _who(who) -> str:
    """"Ana on laptop-2, 2026-12-07 14:05 UTC" (the device's name, else the start of its id)."""
    if who is None:
        return "(when the record was made)"
    device = f"server {who.name}" if who.server else who.name or f"device {who.device[:8]}"
    when = _time(who.at)
    return (f"{who.author} on {device}" if who.author else device) + (
        f", {when[:16].replace('T', ' ')} UTC" if when else "")


def _value(x) -> str:
    return "(empty)" if x in (None, "", [], {}) else json.dumps(x, ensure_ascii=False)


def _words(q, sides) -> str:
    where = f"{q.entity} {q.entity_id}"
    local, remote = sides
    if q.kind == "conflict":
        what = q.field + (f" [{q.element}]" if q.element else "")
        return (f"#{q.id} conflict: {where} {what}: here {_value(q.local)} ({_who(local)}) | other laptop "
                f"{_value(q.remote)} ({_who(remote)})")
    return f"#{q.id} notice: {where}: {NOTICE_WORDS.get(q.code, q.code).format(value=q.remote)} ({_who(remote)})"


def run_list(ctx, args) -> None:
    with ctx.vault(readonly=True) as vault:
        found = conflicts.listed(vault, include_resolved=args.all)
        sides = [conflicts.who(vault, q) for q in found]
    if ctx.out.json or getattr(args, "json", False):
        ctx.out.json = True
        ctx.out.data([_plain(q, s) for q, s in zip(found, sides, strict=True)])
        return
    if not found:
        ctx.out.line("no conflicts")
    for q, s in zip(found, sides, strict=True):
        ctx.out.line(_words(q, s))


def run_resolve(ctx, args) -> None:
    with ctx.vault() as vault:
        q = conflicts.resolve(vault, args.id, args.keep)
    text = f"conflict {q.id} resolved: kept {args.keep}" if q.kind == "conflict" else f"notice {q.id} seen"
    ctx.out.result(_plain(q), text)
