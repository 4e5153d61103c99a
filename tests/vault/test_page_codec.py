"""vault/pages.PageCodec checks a page's HMAC with cryptography (not hashlib, which loads the system's OpenSSL on
every opening of a vault): the same verdict as SQLCipher's HMAC-SHA512 computed by hashlib, page by page."""

from __future__ import annotations

import hashlib
import hmac
import struct
import subprocess
import sys

from commons_desktop.vault.connection import VaultKey
from commons_desktop.vault.pages import FAST_KDF_ITERATIONS, HMAC_SALT_MASK, HMAC_SIZE, PAGE_SIZE, PageCodec


def _hashlib_verdict(key: bytes, salt: bytes, page: bytes, pgno: int) -> bool:
    """SQLCipher 4's page HMAC as hashlib computes it (what PageCodec did before)."""
    mac_key = hashlib.pbkdf2_hmac("sha512", key, bytes(b ^ HMAC_SALT_MASK for b in salt), FAST_KDF_ITERATIONS,
                                  len(key))
    start = 16 if pgno == 1 else 0
    mac = hmac.new(mac_key, page[start:PAGE_SIZE - HMAC_SIZE], hashlib.sha512)
    mac.update(struct.pack("<I", pgno))
    return hmac.compare_digest(mac.digest(), page[PAGE_SIZE - HMAC_SIZE:])


def test_pages_verify_as_hashlib_says_and_opening_loads_no_hashlib(vault_path, vault_key):
    key = VaultKey.from_hex(vault_key)
    codec = PageCodec(key.key, key.salt)
    data = vault_path.read_bytes()
    pages = [data[i:i + PAGE_SIZE] for i in range(0, len(data) - PAGE_SIZE + 1, PAGE_SIZE)]
    assert len(pages) > 10
    verdicts = []
    for pgno, page in enumerate(pages, start=1):
        for n, candidate in ((pgno, page), (pgno + 1, page),  # (the right page under another number)
                             (pgno, page[:100] + bytes([page[100] ^ 1]) + page[101:]),  # one bit flipped
                             (pgno, page[:-1] + bytes([page[-1] ^ 0x80]))):  # the HMAC itself damaged
            verdict = codec.verify(candidate, n)
            assert verdict == _hashlib_verdict(key.key, key.salt, candidate, n)
            verdicts.append(verdict)
    assert True in verdicts and False in verdicts
    assert not codec.verify(pages[0][:-1], 1)  # not a whole page
    code = ("import sys\nfrom commons_desktop.vault.connection import Vault\n"
            f"Vault.open({str(vault_path)!r}, key={vault_key!r}, readonly=True).close()\n"
            "assert not {'hashlib', '_hashlib', 'hmac'} & set(sys.modules), sorted(sys.modules)\n")
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=120)
    assert done.returncode == 0, done.stderr[-2000:]
