"""Interface language: English (the source) or French, from the system locale or the user's choice.

Our catalogues are resources/i18n/commons_<lang>.ts (Qt Linguist; English holds only the plural
forms), compiled to .qm; both are committed. Qt's own (buttons of standard dialogs) comes from the
Qt installation when present. After changing strings in ui/:

    .venv/bin/pyside6-lupdate $(find commons_desktop/ui -name '*.py' | sort) -locations none -no-obsolete \
        -ts commons_desktop/resources/i18n/commons_fr.ts commons_desktop/resources/i18n/commons_en.ts
    (no source locations: branches that add strings then merge without rewriting each other's line numbers;
    plural forms come only from ``tr()``, which lupdate reads with their numerus, not from ``translate()``)
    (translate the new entries, e.g. with pyside6-linguist), then for each language:
    .venv/bin/pyside6-lrelease commons_desktop/resources/i18n/commons_fr.ts
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator

I18N = Path(__file__).resolve().parent.parent / "resources" / "i18n"
SUPPORTED = ("en", "fr")


def resolve(choice: str, system: QLocale | None = None) -> str:
    """'system', 'en' or 'fr' -> the language to show."""
    if choice in SUPPORTED:
        return choice
    name = (system or QLocale.system()).name()[:2]
    return name if name in SUPPORTED else "en"


class Translations:
    _installed: list[QTranslator] = []  # shared: whichever instance applies a language replaces them all

    def __init__(self, app: QCoreApplication):
        self.app = app
        self.language = "en"

    def apply(self, choice: str) -> str:
        """Install the catalogues for ``choice``; returns the language now shown."""
        for translator in Translations._installed:
            self.app.removeTranslator(translator)
        Translations._installed.clear()
        language = resolve(choice)
        ours = QTranslator(self.app)
        if ours.load(str(I18N / f"commons_{language}.qm")):
            self.app.installTranslator(ours)
            self._installed.append(ours)
        if language != "en":
            qt = QTranslator(self.app)
            if qt.load(f"qtbase_{language}", QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)):
                self.app.installTranslator(qt)
                self._installed.append(qt)
        QLocale.setDefault(formats_for(language))
        self.language = language
        return language


def formats_for(language: str, system: QLocale | None = None) -> QLocale:
    """The locale whose formats (dates, numbers) the desktop uses: the system's when it speaks the interface
    language (en_GB keeps 14/07/1962, fr_BE its own), else the language's own (en: US, fr: France)."""
    system = system or QLocale.system()
    wanted = QLocale(language)
    return system if system.language() == wanted.language() else wanted
