"""The words of the printed documents (member list, address labels, member cards, the access report) in the
interface language, through Qt's translations; the CLI says the same in cli/print_words.py. Dates and amounts as
the desktop writes them everywhere (ui/format.py). Built on the GUI thread and handed to the printing job."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QObject

from ...exchange.printables import WORD_KEYS, PrintWords
from .. import format as fmt
from ..labels import STATUSES, label


class PrintWording(QObject):
    """Holds the translatable words (its tr() context is the catalogue's 'PrintWording')."""

    def text(self) -> dict[str, str]:
        words = {
            "list_title": self.tr("Member list"),
            "list_subtitle": self.tr("%1 — %2 — printed on %3 — %4"),
            "selection_all": self.tr("everyone"),
            "selection_tag": self.tr("tag “%1”"),
            "selection_search": self.tr("search “%1”"),
            "selection_ids": self.tr("a selection of %1"),
            "selection_profile": self.tr("profile “%1”"),
            "page": self.tr("Page %1 of %2"),
            "col_name": self.tr("Name"),
            "col_number": self.tr("No."),
            "col_email": self.tr("Email"),
            "col_phone": self.tr("Phone"),
            "col_town": self.tr("Town"),
            "col_membership": self.tr("Membership"),
            "status_until": self.tr("%1 until %2"),
            "labels_title": self.tr("Address labels"),
            "cards_title": self.tr("Membership card"),
            "card_number": self.tr("Member no. %1"),
            "card_valid_until": self.tr("Valid until %1"),
            "card_no_end": self.tr("No end date"),
            "card_no_membership": self.tr("No membership"),
            "report_title": self.tr("Everything we hold about you: %1"),
            "report_printed": self.tr("%1 — printed on %2"),
            "identity": self.tr("Identity"),
            "contacts": self.tr("Contact details"),
            "memberships": self.tr("Memberships"),
            "contributions": self.tr("Contributions"),
            "relationships": self.tr("Relationships"),
            "documents": self.tr("Documents"),
            "consents": self.tr("Consents"),
            "custom": self.tr("Other fields"),
            "tags": self.tr("Tags"),
            "notes": self.tr("Notes"),
            "disclosures": self.tr("Shared with"),
            "history": self.tr("Recorded changes"),
            "history_count": self.tr("Changes recorded: %1"),
            "name": self.tr("Name"),
            "birth": self.tr("Birth date"),
            "languages": self.tr("Languages"),
            "member_number": self.tr("Member no."),
            "none": self.tr("(none)"),
            "field_value": self.tr("%1: %2"),
        }
        for code in STATUSES:
            words[f"status_{code}"] = label(STATUSES, code)
        missing = [k for k in WORD_KEYS if k not in words]
        assert not missing, missing
        return words

    def people(self, count: int) -> str:
        return self.tr("%n people", "", count)


def _people(count: int) -> str:
    return QCoreApplication.translate("PrintWording", "%n people", "", count)  # (lupdate reads it in the class)


def words() -> PrintWords:
    """The printed documents' words in the interface language, now (call it on the GUI thread)."""
    return PrintWords(PrintWording().text(), fmt.day, fmt.money, _people)
