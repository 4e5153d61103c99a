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
        t = self.tr
        words = {
            "list_title": t("Member list"), "list_subtitle": t("%1 — %2 — printed on %3 — %4"),
            "selection_all": t("everyone"), "selection_tag": t("tag “%1”"), "selection_search": t("search “%1”"),
            "selection_ids": t("a selection of %1"), "selection_profile": t("profile “%1”"),
            "page": t("Page %1 of %2"), "col_name": t("Name"), "col_number": t("No."), "col_email": t("Email"),
            "col_phone": t("Phone"), "col_town": t("Town"), "col_membership": t("Membership"),
            "status_until": t("%1 until %2"), "labels_title": t("Address labels"),
            "cards_title": t("Membership card"), "card_number": t("Member no. %1"),
            "card_valid_until": t("Valid until %1"), "card_no_end": t("No end date"),
            "card_no_membership": t("No membership"),
            "report_title": t("Everything we hold about you: %1"), "report_printed": t("%1 — printed on %2"),
            "identity": t("Identity"), "contacts": t("Contact details"), "memberships": t("Memberships"),
            "contributions": t("Contributions"), "relationships": t("Relationships"), "documents": t("Documents"),
            "consents": t("Consents"), "custom": t("Other fields"), "tags": t("Tags"), "notes": t("Notes"),
            "disclosures": t("Shared with"), "history": t("Recorded changes"),
            "history_count": t("Changes recorded: %1"), "name": t("Name"), "birth": t("Birth date"),
            "languages": t("Languages"), "member_number": t("Member no."), "none": t("(none)"),
            "field_value": t("%1: %2"),
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
