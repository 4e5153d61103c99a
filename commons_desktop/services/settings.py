"""The association's settings kept in the vault: its name and postal address (printed on receipts, certificates
and reminder letters), its IBAN (the EPC payment QR code of reminder letters) and the language its documents are
printed in (the desktop writes the language the user works in).

Settings are values of the vault's ``meta`` table: they are not records (no change log, no replication)."""

from __future__ import annotations

from dataclasses import asdict, dataclass

from schwifty import IBAN
from schwifty.exceptions import SchwiftyException

from ..core import validation
from ..core.errors import InvalidField, Reason, UsageError
from ..vault.connection import Vault

KEYS = ("name", "address", "iban", "language")
LANGUAGES = ("en", "fr")
DEFAULT_LANGUAGE = "en"
MAX_ADDRESS = 400


@dataclass(frozen=True)
class Association:
    name: str
    address: str
    iban: str  # compact (BE71096123456769), "" when none is set
    language: str  # "" when none was written yet

    @property
    def iban_shown(self) -> str:
        """The IBAN in groups of four, as banks print it."""
        return IBAN(self.iban).formatted if self.iban else ""

    def to_json(self) -> dict[str, str]:
        return {**asdict(self), "iban_formatted": self.iban_shown}


def association(vault: Vault) -> Association:
    return Association(vault.get_meta("name", "") or "", vault.get_meta("address", "") or "",
                       vault.get_meta("iban", "") or "", vault.get_meta("language", "") or "")


def checked(key: str, value: str) -> str:
    """The value as it is kept; InvalidField (nothing written) when it is not acceptable."""
    if key == "name":
        return validation.text(value, "name", required=True, limit=200)
    if key == "address":
        return validation.text(value, "address", limit=MAX_ADDRESS, multiline=True)
    if key == "iban":
        return iban(value)
    if key == "language":
        text = (value or "").strip().lower()
        if text not in LANGUAGES:
            raise InvalidField("language", Reason.NOT_ONE_OF, value, allowed=list(LANGUAGES))
        return text
    raise UsageError(f"unknown setting {key!r} (one of {', '.join(KEYS)})")


def iban(value: str) -> str:
    """An IBAN checked (country, length, structure, check digits) and written compact; "" clears it."""
    text = " ".join((value or "").split())
    if not text:
        return ""
    try:
        return IBAN(text).compact
    except (SchwiftyException, ValueError):
        raise InvalidField("iban", Reason.NOT_IBAN, text[:40]) from None


def set_value(vault: Vault, key: str, value: str) -> Association:
    vault.set_meta(key, checked(key, value))
    return association(vault)


def set_many(vault: Vault, values: dict[str, str]) -> Association:
    """Several settings at once: all are checked before any is written, then written in one transaction."""
    kept = {key: checked(key, value) for key, value in values.items()}
    with vault.transaction():
        for key, value in kept.items():
            vault.set_meta(key, value)
    return association(vault)


def language(vault: Vault, fallback: str = DEFAULT_LANGUAGE) -> str:
    """The language the vault's documents are printed in: the one written, else ``fallback``."""
    found = (vault.get_meta("language", "") or "").lower()[:2]
    return found if found in LANGUAGES else fallback


def write_language(vault: Vault, lang: str) -> bool:
    """Record the language the user works in (en, fr; anything else is left as it is). True when it changed."""
    code = (lang or "").lower()[:2]
    if code not in LANGUAGES or vault.get_meta("language", "") == code:
        return False
    vault.set_meta("language", code)
    return True
