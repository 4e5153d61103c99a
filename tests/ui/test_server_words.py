"""Every code a server or a sync can end with has its sentence in English and in French (never "Failed (code)"),
and the sentences carry their numbers."""

from __future__ import annotations

import pytest

from commons_desktop.services import sync
from commons_desktop.sync.errors import Failure
from commons_desktop.ui.servers import words

JOB_CODES = ("mass-delete", "no-profile", sync.NOT_AVAILABLE, "cancelled", "damaged-content", "KeyringLocked",
             "KeyringUnavailable")


@pytest.mark.parametrize("language", ["en", "fr"])
def test_every_code_has_a_sentence(translations, language):
    translations.apply(language)
    failed = words.words("no-such-code")
    seen = set()
    for code in [str(f) for f in Failure] + list(JOB_CODES):
        for kind in ("webdav", "carddav", "team"):
            text = words.words(code, kind=kind, status=503, count=4, present=5)
            assert text and not text.startswith(failed.split("(")[0]), (code, kind, text)
            seen.add(text)
    assert len(seen) >= len(Failure) + len(JOB_CODES)
    assert "503" in words.words("server", status=503)
    mass = words.words("mass-delete", count=4, present=5)
    assert "4" in mass and "5" in mass
    if language == "fr":
        assert words.words("auth").startswith("Nom d’utilisateur ou mot de passe incorrect")
        assert words.words("not-found", kind="carddav") != words.words("not-found", kind="webdav")
        assert words.kind_name("carddav") == "Carnet d’adresses (CardDAV)"
