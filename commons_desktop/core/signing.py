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


# -- introducing a key (the team's devices, docs/team.md "Who wrote a file") -----------------------------------------
INTRODUCTION = b"commons-desktop/team-key/v1\n"


def certify(seed: bytes, public: str) -> str:
    """The signature (base64url) by which the holder of ``seed`` vouches for the key ``public``."""
    return b64url(sign(seed, INTRODUCTION, public.encode("ascii")))


def certified(by: str, public: str, signature: object) -> bool:
    """Whether ``signature`` (read from hostile input) is the key ``by``'s vouching for ``public``."""
    if not (isinstance(signature, str) and len(signature) == 86 and is_public_key(public)):
        return False
    try:
        raw = unb64url(signature)
    except ValueError:
        return False
    return verify(by, INTRODUCTION, public.encode("ascii"), raw)


def check_certificate(certificate: object, public: str, keys: dict[str, str]) -> str | None:
    """The device whose pinned key (``keys``) vouches for ``public`` through ``certificate`` (hostile input), or None.
    A certificate is ``{"by": device, "signature": ...}`` (that device's key signed ``public``), or, for a key made by
    a device joining through an invitation, ``{"by": device, "intro": key, "intro_signature": ..., "signature":
    ...}``: the inviting device signed the invitation's one-time introduction key, which signed ``public``."""
    if not isinstance(certificate, dict) or not isinstance(certificate.get("by"), str):
        return None
    by = keys.get(certificate["by"])
    if not by:
        return None
    intro = certificate.get("intro")
    if intro is not None:
        if not (isinstance(intro, str) and certified(by, intro, certificate.get("intro_signature"))):
            return None
        by = intro
    return certificate["by"] if certified(by, public, certificate.get("signature")) else None
