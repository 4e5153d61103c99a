"""AES-CBC decryption of a few blocks (FIPS-197's inverse cipher, 128- and 256-bit keys), without loading
cryptography's OpenSSL bindings for them: that import is ~37 M instructions, a tenth of a one-shot `commons search`,
which decrypts two small things only: the vault key the Secret Service sends (AES-128-CBC, five blocks:
vault/keyring_store.py) and the database header of the vault's page 1 (AES-256-CBC, six blocks: vault/pages.py),
each ~1 M instructions here.

Word by word (FIPS-197's equivalent inverse cipher with its four round tables), the tables derived from the field
GF(2^8) at first use (no table typed in by hand). For a few blocks only: bulk decryption (whole pages) and every
encryption stay with cryptography. tests/core/test_aes.py checks it against FIPS-197's examples and against
cryptography on random keys, IVs and lengths."""

from __future__ import annotations

BLOCK = 16
_tables: tuple | None = None


def _make_tables() -> tuple:
    """(S-box, inverse S-box, the four inverse round tables Td0..Td3), from the field: 3 generates its multiplicative
    group (3^i: ``power``, i: ``log``), so the inverse of 3^i is 3^(255-i) and a product is a sum of logs; the S-box
    is the affine map of each inverse. Td0[x] is the column (14, 9, 13, 11) * InvS(x) as a big-endian word, Td1..Td3
    the same rotated (FIPS-197 §5.3.5's equivalent inverse cipher, as the usual 32-bit implementations have it)."""
    power, log = [0] * 510, [0] * 256
    x = 1
    for i in range(255):
        power[i] = power[i + 255] = x
        log[x] = i
        x ^= ((x << 1) ^ 0x11B) if x & 0x80 else (x << 1)  # (x * 3)
    sbox = bytearray(256)
    for a in range(256):
        b = power[255 - log[a]] if a else 0
        sbox[a] = b ^ ((b << 1 | b >> 7) & 0xFF) ^ ((b << 2 | b >> 6) & 0xFF) ^ ((b << 3 | b >> 5) & 0xFF) \
            ^ ((b << 4 | b >> 4) & 0xFF) ^ 0x63
    inverse = bytearray(256)
    for a, s in enumerate(sbox):
        inverse[s] = a
    l14, l9, l13, l11 = log[14], log[9], log[13], log[11]
    td0 = [(power[log[s] + l14] << 24 | power[log[s] + l9] << 16 | power[log[s] + l13] << 8 | power[log[s] + l11])
           if s else 0 for s in inverse]
    td1 = [(t >> 8 | t << 24) & 0xFFFFFFFF for t in td0]
    td2 = [(t >> 16 | t << 16) & 0xFFFFFFFF for t in td0]
    td3 = [(t >> 24 | t << 8) & 0xFFFFFFFF for t in td0]
    return bytes(sbox), bytes(inverse), td0, td1, td2, td3


def _round_keys(key: bytes, sbox: bytes) -> list[int]:
    """The key expansion (FIPS-197 §5.2) as 32-bit words: 4 * (Nr + 1), Nr = 10 for a 16-byte key, 14 for 32."""
    nk = len(key) // 4
    words = [int.from_bytes(key[i:i + 4], "big") for i in range(0, len(key), 4)]
    rcon = 1
    for i in range(nk, 4 * (nk + 7)):
        t = words[i - 1]
        if i % nk == 0:
            t = (sbox[t >> 16 & 255] << 24 | sbox[t >> 8 & 255] << 16 | sbox[t & 255] << 8 | sbox[t >> 24]) \
                ^ rcon << 24
            rcon = ((rcon << 1) ^ 0x11B) if rcon & 0x80 else rcon << 1
        elif nk > 6 and i % nk == 4:
            t = sbox[t >> 24] << 24 | sbox[t >> 16 & 255] << 16 | sbox[t >> 8 & 255] << 8 | sbox[t & 255]
        words.append(words[i - nk] ^ t)
    return words


def _decryption_keys(words: list[int], sbox: bytes, td0, td1, td2, td3) -> list[int]:
    """The round keys in the order decryption uses them, those of the middle rounds through InvMixColumns (the
    equivalent inverse cipher's)."""
    rounds = len(words) // 4 - 1
    keys = words[4 * rounds:]
    for r in range(rounds - 1, 0, -1):
        keys += [td0[sbox[w >> 24]] ^ td1[sbox[w >> 16 & 255]] ^ td2[sbox[w >> 8 & 255]] ^ td3[sbox[w & 255]]
                 for w in words[4 * r:4 * r + 4]]
    return keys + words[:4]


def _decrypt_block(block: bytes, keys: list[int], inverse: bytes, td0, td1, td2, td3) -> bytes:
    s0, s1, s2, s3 = (int.from_bytes(block[i:i + 4], "big") ^ keys[i // 4] for i in range(0, 16, 4))
    k = 4
    for _ in range(len(keys) // 4 - 2):
        s0, s1, s2, s3 = (
            td0[s0 >> 24] ^ td1[s3 >> 16 & 255] ^ td2[s2 >> 8 & 255] ^ td3[s1 & 255] ^ keys[k],
            td0[s1 >> 24] ^ td1[s0 >> 16 & 255] ^ td2[s3 >> 8 & 255] ^ td3[s2 & 255] ^ keys[k + 1],
            td0[s2 >> 24] ^ td1[s1 >> 16 & 255] ^ td2[s0 >> 8 & 255] ^ td3[s3 & 255] ^ keys[k + 2],
            td0[s3 >> 24] ^ td1[s2 >> 16 & 255] ^ td2[s1 >> 8 & 255] ^ td3[s0 & 255] ^ keys[k + 3])
        k += 4
    si = inverse
    return b"".join(
        ((si[a >> 24] << 24 | si[b >> 16 & 255] << 16 | si[c >> 8 & 255] << 8 | si[d & 255]) ^ keys[k + n])
        .to_bytes(4, "big")
        for n, (a, b, c, d) in enumerate(((s0, s3, s2, s1), (s1, s0, s3, s2), (s2, s1, s0, s3), (s3, s2, s1, s0))))


def decrypt_cbc(key: bytes, iv: bytes, data: bytes) -> bytes:
    """``data`` decrypted with AES (a 16- or 32-byte key) in CBC mode, no padding removed. ValueError when the key or
    the IV has another size or ``data`` is not a whole number of blocks (as cryptography refuses them)."""
    global _tables
    if len(key) not in (16, 32) or len(iv) != BLOCK:
        raise ValueError("invalid key or IV size")
    if len(data) % BLOCK:
        raise ValueError("the length of the data is not a multiple of the block length")
    if _tables is None:
        _tables = _make_tables()
    sbox, inverse, td0, td1, td2, td3 = _tables
    keys = _decryption_keys(_round_keys(bytes(key), sbox), sbox, td0, td1, td2, td3)
    plain = []
    previous = int.from_bytes(iv, "big")
    for at in range(0, len(data), BLOCK):
        block = bytes(data[at:at + BLOCK])
        plain.append((int.from_bytes(_decrypt_block(block, keys, inverse, td0, td1, td2, td3), "big") ^ previous)
                     .to_bytes(BLOCK, "big"))
        previous = int.from_bytes(block, "big")
    return b"".join(plain)
