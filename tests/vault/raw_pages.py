"""Test helper: every page of a vault and of its WAL, decrypted with the key in memory (never on disk), to look
for what should no longer be anywhere (an erased person's name in a freed page or an old WAL frame)."""

from __future__ import annotations

import struct
import unicodedata
from collections.abc import Iterator
from pathlib import Path

from commons_desktop.vault.connection import VaultKey
from commons_desktop.vault.pages import PageCodec
from commons_desktop.vault.wal import FRAME_HEADER, HEADER, wal_path


def plaintexts(vault_path: Path, key: VaultKey) -> Iterator[tuple[str, int, bytes]]:
    """(where, page number, plaintext) of every page that verifies: the file's pages, then every WAL frame
    (used or not: an old frame still on disk counts)."""
    codec = PageCodec(key.key, key.salt)
    data = vault_path.read_bytes()
    for i in range(len(data) // codec.page_size):
        page = data[i * codec.page_size:(i + 1) * codec.page_size]
        if codec.verify(page, i + 1):
            yield "file", i + 1, codec.decrypt(page, i + 1)
    log = wal_path(vault_path)
    raw = log.read_bytes() if log.exists() else b""
    size = FRAME_HEADER + codec.page_size
    for n in range((len(raw) - HEADER) // size if len(raw) > HEADER else 0):
        frame = raw[HEADER + n * size:HEADER + (n + 1) * size]
        pgno = struct.unpack(">I", frame[:4])[0]
        page = frame[FRAME_HEADER:]
        if pgno and codec.verify(page, pgno):
            yield f"wal frame {n + 1}", pgno, codec.decrypt(page, pgno)


def _forms(word: str) -> list[bytes]:
    folded = "".join(c for c in unicodedata.normalize("NFKD", word) if not unicodedata.combining(c))
    out = set()
    for w in {word, folded, word.lower(), folded.lower()}:
        out |= {w.encode("utf-8"), w.encode("utf-16-le")}
    return sorted(out)


def find(vault_path: Path, key: VaultKey, words: list[str]) -> list[str]:
    """Where any of ``words`` (as written, lower-cased or without accents; UTF-8 or UTF-16) is still found."""
    needles = [(w, f) for w in words for f in _forms(w)]
    found = []
    for where, pgno, plain in plaintexts(vault_path, key):
        for word, form in needles:
            if form in plain:
                found.append(f"{word!r} in {where} (page {pgno})")
    return found
