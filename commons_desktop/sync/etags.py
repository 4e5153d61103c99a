"""ETags as servers give them: strong, weak (``W/"..."``) or absent, and sometimes absurd.

An ETag is kept as the server wrote it (quotes included) and compared as an opaque string to notice a change.
Only a strong ETag may go into ``If-Match``: a weak one never matches there (RFC 9110 13.1.1 compares strongly),
so a write over a resource known only by a weak or no ETag is checked by its content first (see sync/mirror.py).
"""

from __future__ import annotations

MAX_ETAG = 1024


def clean(raw: str | None) -> str | None:
    """The ETag, or None when there is none or it is not one we would send back (too long, control characters)."""
    if raw is None:
        return None
    value = raw.strip()
    if not value or len(value) > MAX_ETAG or any(ord(ch) < 0x20 or ord(ch) == 0x7F for ch in value):
        return None
    return value


def is_weak(etag: str | None) -> bool:
    return etag is not None and etag.startswith("W/")


def usable_for_if_match(etag: str | None) -> bool:
    """A strong ETag: the only kind ``If-Match`` can succeed with."""
    return etag is not None and not is_weak(etag)
