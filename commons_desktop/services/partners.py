"""The group's identity (created on first use) and the partner groups it exchanges bundles with."""

from __future__ import annotations

from ..core.errors import InvalidInput
from ..exchange import identity
from ..exchange.identity import Card
from ..vault import exchange_store
from ..vault.connection import Vault
from ..vault.exchange_store import Partner
from . import input_files

CARD_FILE_BYTES = 64 * 1024  # an identity card is a few hundred bytes


def show_identity(vault: Vault) -> dict[str, str]:
    """The shareable identity card: {"card", "recipient", "signing_key", "fingerprint", "name"}."""
    card = identity.card_of(identity.ensure(vault))
    return {"card": card.text(), "recipient": card.recipient, "signing_key": card.signing_key,
            "fingerprint": card.fingerprint, "name": card.name}


def inspect_card(card_text: str) -> dict[str, str]:
    """What a pasted identity card says (name and fingerprint), to compare before adding it. Raises InvalidInput."""
    card = Card.parse(card_text[:10_000])
    return {"name": card.name, "fingerprint": card.fingerprint}


def add(vault: Vault, name: str, card_text: str | None = None, *, from_file: str | None = None) -> Partner:
    if from_file:
        card_text = input_files.read_bounded(from_file, CARD_FILE_BYTES).decode("utf-8", errors="replace")[:10_000]
    if not card_text:
        raise InvalidInput("a partner is added from its identity card (text or --from-file)")
    card = Card.parse(card_text)
    mine = identity.ensure(vault)
    if card.signing_key == mine.signing_public:
        raise InvalidInput("that is this group's own identity card")
    from ..core import validation
    name = validation.text(name, "partner name", required=True, limit=80)
    return exchange_store.add_partner(vault, name, card.group_id, card.recipient, card.signing_key, card.fingerprint)


def list_all(vault: Vault) -> list[Partner]:
    return exchange_store.partners(vault)


def remove(vault: Vault, name: str) -> None:
    exchange_store.remove_partner(vault, name)
