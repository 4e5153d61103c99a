"""UUIDv7 identifiers (RFC 9562): time-ordered, unique across laptops and groups."""

from __future__ import annotations

import os
import re
import threading
import time

_lock = threading.Lock()
_last_ms = 0
_last_rand_a = 0
# Random bits are drawn from os.urandom a few kilobytes at a time (one system call per ~400 ids instead of two per
# id); a forked child starts with a fresh pool so that it never repeats its parent's bits.
_POOL_BYTES = 4096
_pool = b""
_pool_at = 0

_UUID_RE = re.compile(r"^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$")
_RAND_B = (1 << 62) - 1
_VARIANT = 0b10 << 62


def _forget_pool() -> None:
    global _pool, _pool_at
    _pool, _pool_at = b"", 0


if hasattr(os, "register_at_fork"):
    os.register_at_fork(after_in_child=_forget_pool)


def _random(n: int) -> int:
    """n random bytes as an integer (call with the lock held)."""
    global _pool, _pool_at
    at = _pool_at
    if at + n > len(_pool):
        _pool, at = os.urandom(_POOL_BYTES), 0
    _pool_at = at + n
    return int.from_bytes(_pool[at:at + n], "big")


def uuid7(now_ms: int | None = None) -> str:
    """A UUIDv7 string. Within one millisecond, ids from this process stay strictly increasing."""
    global _last_ms, _last_rand_a
    with _lock:
        ms = int(time.time() * 1000) if now_ms is None else now_ms
        if ms <= _last_ms:
            ms = _last_ms
            rand_a = _last_rand_a + 1
            if rand_a > 0xFFF:
                ms += 1
                rand_a = _random(2) & 0x7FF
        else:
            rand_a = _random(2) & 0x7FF
        _last_ms, _last_rand_a = ms, rand_a
        rand_b = _random(8) & _RAND_B
    h = f"{(ms & 0xFFFFFFFFFFFF) << 80 | 0x7 << 76 | rand_a << 64 | 0b10 << 62 | rand_b:032x}"
    return f"{h[:8]}-{h[8:12]}-{h[12:16]}-{h[16:20]}-{h[20:]}"


def uuid7_batch(count: int, now_ms: int | None = None) -> list[str]:
    """``count`` UUIDv7 strings: what ``count`` calls of ``uuid7`` give while the clock reads the same millisecond
    (a bulk write names its records; the clock is read once, the lock taken once, the random bits drawn at once)."""
    global _last_ms, _last_rand_a
    out: list[str] = []
    if count <= 0:
        return out
    with _lock:
        ms = int(time.time() * 1000) if now_ms is None else now_ms
        if ms <= _last_ms:
            ms, rand_a = _last_ms, _last_rand_a + 1
        else:
            rand_a = _random(2) & 0x7FF
        randoms = os.urandom(8 * count)
        head = ""
        head_ms = -1
        for at in range(0, 8 * count, 8):
            if rand_a > 0xFFF:
                ms += 1
                rand_a = _random(2) & 0x7FF
            if ms != head_ms:
                high = f"{ms & 0xFFFFFFFFFFFF:012x}"
                head, head_ms = f"{high[:8]}-{high[8:]}-7", ms
            low = f"{_VARIANT | (int.from_bytes(randoms[at:at + 8], 'big') & _RAND_B):016x}"
            out.append(f"{head}{rand_a:03x}-{low[:4]}-{low[4:]}")
            rand_a += 1
        _last_ms, _last_rand_a = ms, rand_a - 1
    return out


def is_uuid(text: str) -> bool:
    return bool(_UUID_RE.match(text or ""))
