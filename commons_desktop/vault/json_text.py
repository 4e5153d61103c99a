"""The vault's JSON text and the plain values it holds: compact, keys sorted, non-ASCII as it is (``dumps``), read
back fast (``loads``); ``plain`` (what ``core.model.to_plain`` gives, faster); stored dates and amounts back as
values, shared (they repeat)."""

from __future__ import annotations

import json
from collections.abc import Callable
from dataclasses import fields
from datetime import date
from decimal import Decimal
from functools import lru_cache
from json.encoder import c_make_encoder
from json.encoder import encode_basestring as _s  # what dumps writes for a string (ensure_ascii=False)
from json.scanner import c_make_scanner
from typing import Any

from ..core.model import to_plain


def _default(obj: Any) -> Any:
    converted = to_plain(obj)
    if converted is obj:
        raise TypeError(f"Object of type {type(obj).__name__} is not JSON serializable")
    return converted


# the same text as json.dumps(to_plain(value), ensure_ascii=False, separators=(",", ":"), sort_keys=True), without
# walking plain values twice; the C encoder is built once here rather than on every call as JSONEncoder.encode does
_ENCODER = json.JSONEncoder(ensure_ascii=False, separators=(",", ":"), sort_keys=True, default=_default)
_C_ENCODE = (c_make_encoder(None, _default, _s, None, ":", ",", True, False, True)
             if c_make_encoder is not None else None)
_SCAN = c_make_scanner(json.JSONDecoder()) if c_make_scanner is not None else None
SCALARS = frozenset((str, int, float, bool, type(None)))
_FIELD_NAMES: dict[type, tuple[str, ...]] = {}


def dumps(value: Any) -> str:
    """The vault's JSON text of a value: compact, keys sorted, non-ASCII as it is."""
    if _C_ENCODE is None or type(value) is str:
        return _ENCODER.encode(value)
    return "".join(_C_ENCODE(value, 0))


def loads(text: str) -> Any:
    """``json.loads``, without parsing the empty lists and objects most columns hold, and without its Python-level
    wrapper (the C scanner alone; anything it does not read whole goes through ``json.loads``, which gives the same
    value or the same error)."""
    if text == "[]":
        return []
    if text == "{}":
        return {}
    if _SCAN is not None and type(text) is str:
        try:
            value, end = _SCAN(text, 0)
        except (StopIteration, ValueError):
            return json.loads(text)
        if end == len(text):
            return value
    return json.loads(text)


def plain(value: Any) -> Any:
    """What ``core.model.to_plain`` returns, faster on dataclasses (no deep copy through ``asdict``)."""
    kind = type(value)
    if kind in SCALARS:
        return value
    if kind is list or kind is tuple:
        return [x if type(x) in SCALARS else plain(x) for x in value]
    if kind is dict:
        return {k: x if type(x) in SCALARS else plain(x) for k, x in value.items()}
    if kind is date:
        return value.isoformat()
    names = _FIELD_NAMES.get(kind)
    if names is None:
        if not hasattr(value, "__dataclass_fields__") or isinstance(value, type):
            return to_plain(value)
        names = _FIELD_NAMES[kind] = tuple(f.name for f in fields(value))
    out = {}
    for name in names:
        x = getattr(value, name)
        out[name] = x if type(x) in SCALARS else plain(x)
    return out


# dates and amounts repeat a lot (an export reads 300,000 contributions of a few thousand dates and a few amounts);
# both are immutable, so one object per value is shared
@lru_cache(maxsize=8192)
def day(value: str | None) -> date | None:
    """A stored date (ISO text) as a date; None for none."""
    return date.fromisoformat(value) if value else None


@lru_cache(maxsize=8192)
def iso(value: str | None) -> str | None:
    """A stored date as its plain value: parsed, then ISO again (None for none)."""
    parsed = day(value)
    return parsed.isoformat() if parsed else None


@lru_cache(maxsize=4096)
def cents(minor: int) -> Decimal:
    """Minor units back to an amount with two decimals (12.50, not 12.5, as validation writes it)."""
    return (Decimal(minor) / 100).quantize(Decimal("0.01"))


@lru_cache(maxsize=4096)
def amount_text(minor: int) -> str:
    return str(cents(minor))


def compile_function(name: str, source: str, env: dict[str, Any]) -> Callable:
    """The function ``name`` defined by ``source`` (built by the codecs from their constant tables)."""
    scope: dict[str, Any] = {}
    exec(compile(source, f"<codec {name}>", "exec"), env, scope)  # noqa: S102 - source built from constant tables
    return scope[name]


def f_string(pieces: list[tuple[bool, str]]) -> str:
    """The source of an f-string made of literal texts and expressions ((is_expression, text) pairs): one string
    built at once (a chain of ``+`` copies the text made so far at every step)."""
    out = []
    for is_expression, text in pieces:
        if is_expression:
            out.append("{" + text + "}")
        else:
            out.append(text.replace("\\", "\\\\").replace('"', '\\"').replace("{", "{{").replace("}", "}}"))
    return 'f"' + "".join(out) + '"'
