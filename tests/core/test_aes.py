"""core/aes: the few-block AES-CBC decryption a one-shot `commons search` uses instead of loading cryptography (the
Secret Service's session secret, AES-128; the vault's page 1 header, AES-256). Checked against FIPS-197's examples
and against cryptography itself on random keys, IVs and lengths."""

from __future__ import annotations

import os
import random

import pytest
from cryptography.hazmat.primitives.ciphers import Cipher, algorithms, modes

from commons_desktop.core.aes import decrypt_cbc


@pytest.mark.parametrize(("key", "ciphertext"), [
    (bytes(range(16)), "69c4e0d86a7b0430d8cdb78070b4c55a"),  # FIPS-197 appendix C.1 (AES-128)
    (bytes(range(32)), "8ea2b7ca516745bfeafc49904b496089"),  # FIPS-197 appendix C.3 (AES-256)
])
def test_fips_197_examples(key, ciphertext):
    assert decrypt_cbc(key, bytes(16), bytes.fromhex(ciphertext)).hex() == "00112233445566778899aabbccddeeff"


def test_the_same_plaintext_as_cryptography():
    rng = random.Random(16)
    for n in range(200):
        key, iv = rng.randbytes(32 if n % 2 else 16), rng.randbytes(16)
        data = rng.randbytes(16 * rng.randrange(0, 9))
        decryptor = Cipher(algorithms.AES(key), modes.CBC(iv)).decryptor()
        assert decrypt_cbc(key, iv, data) == decryptor.update(data) + decryptor.finalize(), n


def test_a_round_trip_through_cryptography_s_encryption():
    key, iv, plain = os.urandom(16), os.urandom(16), b"0123456789abcdef" * 5
    encryptor = Cipher(algorithms.AES(key), modes.CBC(iv)).encryptor()
    assert decrypt_cbc(key, iv, encryptor.update(plain) + encryptor.finalize()) == plain


@pytest.mark.parametrize(("key", "iv", "data"), [
    (bytes(24), bytes(16), bytes(16)),  # (AES-192: never used here)
    (bytes(15), bytes(16), bytes(16)),
    (bytes(16), bytes(8), bytes(16)),
    (bytes(16), bytes(16), bytes(17)),
])
def test_sizes_cryptography_refuses_are_refused(key, iv, data):
    with pytest.raises(ValueError):
        decrypt_cbc(key, iv, data)
