"""The group identity used for exchange: an age X25519 key pair (to receive bundles) and an Ed25519 key
pair (to sign them). Its public part is one line of text (the identity card) and a short fingerprint.

Card:        commons-id:1:<group id>:<age recipient>:<Ed25519 public key, base64url>:<name, %-encoded>
Fingerprint: SHA-256 of "commons-id-v1\\0" + recipient + "\\0" + raw Ed25519 key; first 16 bytes as
             8 groups of 4 upper-case hex digits.
"""

from __future__ import annotations

import hashlib
from dataclasses import dataclass
from datetime import UTC, datetime
from urllib.parse import quote, unquote

import pyrage
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PublicKey

from ..core import signing
from ..core.errors import InvalidInput
from ..core.ids import is_uuid, uuid7
from ..vault import exchange_store
from ..vault.connection import Vault
from ..vault.exchange_store import StoredIdentity

PREFIX = "commons-id:1:"
SIGNING_DOMAIN = b"commons-desktop/bundle/v1\n"


b64url, unb64url = signing.b64url, signing.unb64url


def fingerprint(recipient: str, signing_key: str) -> str:
    raw = unb64url(signing_key)
    digest = hashlib.sha256(b"commons-id-v1\0" + recipient.encode("ascii") + b"\0" + raw).hexdigest()[:32].upper()
    return " ".join(digest[i:i + 4] for i in range(0, 32, 4))


def normalise_fingerprint(text: str) -> str:
    compact = "".join(text.split()).upper()
    return " ".join(compact[i:i + 4] for i in range(0, len(compact), 4))


@dataclass(frozen=True)
class Card:
    name: str
    group_id: str
    recipient: str
    signing_key: str

    @property
    def fingerprint(self) -> str:
        return fingerprint(self.recipient, self.signing_key)

    def text(self) -> str:
        return f"{PREFIX}{self.group_id}:{self.recipient}:{self.signing_key}:{quote(self.name, safe='')}"

    @classmethod
    def parse(cls, text: str) -> Card:
        t = "".join(text.split())
        if not t.startswith(PREFIX):
            raise InvalidInput("not a Commons identity card (it starts with 'commons-id:1:')")
        parts = t[len(PREFIX):].split(":")
        if len(parts) != 4:
            raise InvalidInput("damaged identity card (expected 4 parts after 'commons-id:1:')")
        group_id, recipient, signing, name = parts
        card = cls(unquote(name), group_id, recipient, signing)
        card.check()
        return card

    def check(self) -> None:
        if not is_uuid(self.group_id):
            raise InvalidInput("identity card: bad group id")
        try:
            pyrage.x25519.Recipient.from_str(self.recipient)
            raw = unb64url(self.signing_key)
            if len(raw) != 32:
                raise ValueError
            Ed25519PublicKey.from_public_bytes(raw)
        except Exception:  # noqa: BLE001 - any failure means the same thing: a damaged card
            raise InvalidInput("identity card: a public key is damaged") from None


def generate(name: str) -> StoredIdentity:
    age = pyrage.x25519.Identity.generate()
    seed, public = signing.new_key()
    return StoredIdentity(uuid7(), name, str(age), str(age.to_public()), seed, public, 0,
                          datetime.now(UTC).strftime("%Y-%m-%dT%H:%M:%SZ"))


def ensure(vault: Vault) -> StoredIdentity:
    """The vault's identity, created on first use (schema v3 tables are pure SQL)."""
    found = exchange_store.get_identity(vault)
    if found is not None:
        return found
    return exchange_store.save_identity(vault, generate(vault.get_meta("name", "") or vault.path.stem))


def card_of(ident: StoredIdentity) -> Card:
    return Card(ident.name, ident.group_id, ident.age_recipient, ident.signing_public)


def sign(ident: StoredIdentity, message: bytes) -> bytes:
    return signing.sign(ident.signing_secret, SIGNING_DOMAIN, message)


def verify(signing_key: str, message: bytes, signature: bytes) -> bool:
    return signing.verify(signing_key, SIGNING_DOMAIN, message, signature)
