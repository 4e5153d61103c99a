"""The printed documents' words: the desktop (tr()) and the CLI give every key exchange/printables.py asks for,
in English and French, and say the same thing (a PDF reads alike from the window and from `commons export`)."""

from __future__ import annotations

import pytest

from commons_desktop.cli import print_words as cli_words
from commons_desktop.exchange.printables import WORD_KEYS
from commons_desktop.ui.exchange import print_words as ui_words


@pytest.mark.parametrize("language", ["en", "fr"])
def test_the_desktop_and_the_cli_say_every_word_alike(translations, language):
    translations.apply(language)
    desktop, cli = ui_words.words(), cli_words.words(language)
    assert set(desktop.text) >= set(WORD_KEYS) and set(cli.text) >= set(WORD_KEYS)
    assert {k: desktop.text[k] for k in WORD_KEYS} == {k: cli.text[k] for k in WORD_KEYS}
    for n in (0, 1, 2, 12):
        assert desktop.people(n) == cli.people(n), n
    assert desktop.people(1) == {"en": "1 person", "fr": "1 personne"}[language]
    english = cli_words.words("en")
    if language == "fr":  # translated, except words written the same in both languages
        same = [k for k in WORD_KEYS if cli.text[k] == english.text[k]]
        assert same == ["documents", "notes"], same
