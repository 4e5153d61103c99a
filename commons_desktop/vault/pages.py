"""SQLCipher 4's page format, read with the raw key: which pages verify, and a page's plaintext.

The HMAC, its key's derivation and the cipher are cryptography's (the library that decrypts the pages here): not
hashlib's, which loads a second OpenSSL (the system's, ~3 ms of CPU), while every opening verifies page 1.

A vault page (4096 bytes) is ``ciphertext | IV (16) | HMAC-SHA512 (64)``: the last 80 bytes are SQLite's
reserved bytes. The HMAC covers the ciphertext and the IV followed by the page number as 4 little-endian
bytes; its key is PBKDF2-HMAC-SHA512 of the encryption key, with the file's salt XOR 0x3a as salt, 2
iterations, 32 bytes. Page 1 starts with the 16-byte salt in clear; its ciphertext starts after it. The
cipher is AES-256-CBC without padding (SQLCipher's sqlcipher_page_cipher and sqlcipher_page_hmac).

What the HMAC cannot tell: it binds a page to its number and the key, not to a moment. An older page of the
same vault written back in place (a replayed sector, a file pieced together from two copies) verifies.
"""

from __future__ import annotations

import struct

PAGE_SIZE = 4096
SALT_SIZE = 16
IV_SIZE = 16
HMAC_SIZE = 64
RESERVE = 80            # IV + HMAC, rounded to the AES block
HMAC_SALT_MASK = 0x3A
FAST_KDF_ITERATIONS = 2
PENDING_BYTE = 0x40000000  # SQLite never uses the page holding this offset (files over 1 GiB)


class PageCodec:
    """Verifies and decrypts the pages of one vault. ``key`` is the raw 32-byte key, ``salt`` the file's."""

    __slots__ = ("_key", "_keyed", "page_size")

    def __init__(self, key: bytes, salt: bytes, page_size: int = PAGE_SIZE):
        from cryptography.hazmat.primitives.hashes import SHA512
        from cryptography.hazmat.primitives.hmac import HMAC
        from cryptography.hazmat.primitives.kdf.pbkdf2 import PBKDF2HMAC

        self._key = key
        # the pages' HMAC, keyed once (each page's is a copy of it: the key's two blocks are not hashed again)
        self._keyed = HMAC(PBKDF2HMAC(SHA512(), len(key), bytes(b ^ HMAC_SALT_MASK for b in salt),
                                      FAST_KDF_ITERATIONS).derive(key), SHA512())
        self.page_size = page_size

    def __repr__(self) -> str:  # never show a key
        return "PageCodec(<hidden>)"

    def _start(self, pgno: int) -> int:
        return SALT_SIZE if pgno == 1 else 0

    def verify(self, page: bytes, pgno: int) -> bool:
        """Whether ``page`` (one whole page) carries a valid HMAC for page number ``pgno`` under this key (compared
        in constant time)."""
        if len(page) != self.page_size:
            return False
        from cryptography.exceptions import InvalidSignature

        end = self.page_size - HMAC_SIZE
        mac = self._keyed.copy()
        mac.update(page[self._start(pgno):end])
        mac.update(struct.pack("<I", pgno))
        try:
            mac.verify(page[end:])
        except InvalidSignature:
            return False
        return True


    def decrypt(self, page: bytes, pgno: int) -> bytes:
        """The plaintext of a page (its reserved bytes left out; page 1 starts with SQLite's magic string).
        Only for pages that verify: it does not check the HMAC itself."""
        from cryptography.hazmat.primitives.ciphers import Cipher, algorithms, modes

        start = self._start(pgno)
        body_end = self.page_size - RESERVE
        iv = page[body_end:body_end + IV_SIZE]
        decryptor = Cipher(algorithms.AES(self._key), modes.CBC(iv)).decryptor()
        plain = decryptor.update(page[start:body_end]) + decryptor.finalize()
        return (b"SQLite format 3\0" + plain) if pgno == 1 else plain

    def skipped(self, pgno: int) -> bool:
        """The page SQLite leaves unused (the one holding the 1 GiB offset)."""
        return pgno == PENDING_BYTE // self.page_size + 1


def header_page_count(page1_plain: bytes) -> int | None:
    """The database size in pages recorded in a decrypted page 1, when SQLite would trust it (its change
    counter matches the 'version valid for' number); None otherwise."""
    if len(page1_plain) < 100:
        return None
    change_counter, count = struct.unpack(">II", page1_plain[24:32])
    valid_for = struct.unpack(">I", page1_plain[92:96])[0]
    return count if count and change_counter == valid_for else None
