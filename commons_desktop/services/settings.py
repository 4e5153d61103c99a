"""The vault's settings kept in its ``meta`` table (not records: no change log, no replication). Here: the language
the vault's documents are printed in, which the desktop writes (the language the user works in) and the CLI reads
for its PDFs. (h15-dues' settings module, with the association's name, address and IBAN, is a superset of this
one: the same two functions.)"""

from __future__ import annotations

from ..vault.connection import Vault

LANGUAGES = ("en", "fr")
DEFAULT_LANGUAGE = "en"


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
