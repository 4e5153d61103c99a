"""Ed25519 signatures: the one signing helper (exchange bundles, exchange/identity.py; the team's files,
sync/segments.py). A key is its 32-byte seed (kept only inside an encrypted vault); a public key travels as
unpadded base64url text. Every message is signed under a domain (``b"commons-desktop/<use>/v1\\n"``) so that a
signature made for one use is never valid for another.
"""

from __future__ import annotations

import base64

from cryptography.exceptions import InvalidSignature
from cryptography.hazmat.primitives import serialization
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey, Ed25519PublicKey

SIGNATURE_BYTES = 64


def b64url(raw: bytes) -> str:
    return base64.urlsafe_b64encode(raw).decode("ascii").rstrip("=")


def unb64url(text: str) -> bytes:
    return base64.urlsafe_b64decode(text + "=" * (-len(text) % 4))


def new_key() -> tuple[bytes, str]:
    """A new Ed25519 key pair: (the secret seed, the public key as base64url)."""
    key = Ed25519PrivateKey.generate()
    seed = key.private_bytes(serialization.Encoding.Raw, serialization.PrivateFormat.Raw,
                             serialization.NoEncryption())
    return seed, public_of(seed)


def public_of(seed: bytes) -> str:
    raw = Ed25519PrivateKey.from_private_bytes(seed).public_key().public_bytes(serialization.Encoding.Raw,
                                                                               serialization.PublicFormat.Raw)
    return b64url(raw)


def is_public_key(text: object) -> bool:
    """Whether ``text`` is a well-formed public key (read from hostile input)."""
    if not isinstance(text, str) or len(text) != 43:
        return False
    try:
        Ed25519PublicKey.from_public_bytes(unb64url(text))
    except ValueError:
        return False
    return True


def sign(seed: bytes, domain: bytes, message: bytes) -> bytes:
    return Ed25519PrivateKey.from_private_bytes(seed).sign(domain + message)


def verify(public: str, domain: bytes, message: bytes, signature: bytes) -> bool:
    try:
        Ed25519PublicKey.from_public_bytes(unb64url(public)).verify(signature, domain + message)
        return True
    except (InvalidSignature, ValueError):
        return False
