"""vault/pages: the database header of page 1, read at every open (is the file cut short?), is six AES blocks
decrypted by core/aes: the same bytes as the whole page decrypted by cryptography."""

from __future__ import annotations

from commons_desktop.core.model import Person
from commons_desktop.vault.connection import VaultKey
from commons_desktop.vault.pages import HEADER_SIZE, PAGE_SIZE, PageCodec, header_page_count
from commons_desktop.vault.people import People


def test_page_one_s_header_is_the_start_of_the_decrypted_page(vault):
    People(vault).add_many([Person(given=f"P{n}", notes="x" * 300) for n in range(200)])
    vault.conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    key = VaultKey.from_hex(vault.key.hex) if not isinstance(vault.key, VaultKey) else vault.key
    page1 = vault.path.read_bytes()[:PAGE_SIZE]
    codec = PageCodec(key.key, key.salt)
    assert codec.verify(page1, 1)
    header = codec.header(page1)
    assert len(header) == HEADER_SIZE and header.startswith(b"SQLite format 3\0")
    assert header == codec.decrypt(page1, 1)[:HEADER_SIZE]
    assert header_page_count(header) == vault.path.stat().st_size // PAGE_SIZE
