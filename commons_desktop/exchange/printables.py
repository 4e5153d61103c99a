"""What the printed documents carry: address labels on a sheet, ID-1 member cards, the member list, and the
per-person report "everything we hold about you". ui/pdf draws the first three at exact millimetre positions
(QPainter on QPdfWriter) and turns the report's HTML into pages.

No Qt here and no words of its own: the words come from ui/ (tr()) or cli/, in the language the user works in,
as a ``PrintWords`` (templates by key with %1, %2..., and how a day, an amount and a number of people are
written). A document holds codes (a membership status, a selection's kind) that the renderer words."""

from __future__ import annotations

from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from datetime import date
from decimal import Decimal
from html import escape
from typing import Any

from ..core.model import Address, Person
from .label_sheets import CARD_SHEET, Sheet

# every word a caller gives (tests check that ui/ and cli/ give each, in English and French)
WORD_KEYS = (
    # the member list
    "list_title", "list_subtitle", "selection_all", "selection_tag", "selection_search", "selection_ids",
    "selection_profile", "page", "col_name", "col_number", "col_email", "col_phone", "col_town", "col_membership",
    "status_until",
    # labels and cards
    "labels_title", "cards_title", "card_number", "card_valid_until", "card_no_end", "card_no_membership",
    # membership statuses (codes of core.enums.MembershipStatus, and "none")
    "status_none", "status_pending", "status_active", "status_lapsed", "status_resigned", "status_honorary",
    # the access report
    "report_title", "report_printed", "identity", "contacts", "memberships", "contributions", "relationships",
    "documents", "consents", "custom", "tags", "notes", "disclosures", "history", "history_count", "name",
    "birth", "languages", "member_number", "none", "field_value",
)


@dataclass(frozen=True)
class PrintWords:
    """What a printed document says, in its language: templates by key (see WORD_KEYS; %1, %2... are filled
    in) and how days, amounts and numbers of people are written."""

    text: Mapping[str, str]
    day: Callable[[date], str]
    money: Callable[[Decimal, str], str]
    people: Callable[[int], str]  # "1 person", "12 people" (plural forms are the caller's)

    def __call__(self, key: str, *values: object) -> str:
        out = self.text[key]
        for n, value in reversed(list(enumerate(values, start=1))):  # %10 before %1
            out = out.replace(f"%{n}", str(value))
        return out

    def status(self, code: str) -> str:
        return self.text.get(f"status_{code}", code)


@dataclass
class PrintReport:
    """What was printed: pages, items (labels, cards, rows), and how many items had to be set smaller or were cut
    (text too long for its box even at the smallest size: cut with a visible ellipsis)."""

    pages: int = 0
    items: int = 0
    shrunk: int = 0
    cut: int = 0

    def to_json(self) -> dict[str, int]:
        return dict(self.__dict__)


# -- address labels -----------------------------------------------------------------------------------------
@dataclass(frozen=True)
class Labels:
    """Address labels on a sheet, the first at position ``start`` (1-based) of the first page. ``outlines``: draw
    each label's outline (a trial print on plain paper, held against a sheet)."""

    sheet: Sheet
    labels: tuple[tuple[str, ...], ...]
    start: int = 1
    outlines: bool = False


def address_lines(name: str, a: Address) -> tuple[str, ...]:
    """A label's lines: the name, each line of the street (a street may hold several), the town, the region and
    the country. Empty parts take no line."""
    town = " ".join(x for x in (a.postcode, a.city) if x)
    return tuple(x for x in (name, *a.street.split("\n"), town, a.region, a.country) if x.strip())


def has_address(p: Person) -> bool:
    return bool(p.addresses) and bool(p.addresses[0].street.strip() or p.addresses[0].city.strip())


def labels(people: Iterable[Person], sheet: Sheet, start: int = 1, outlines: bool = False) -> Labels:
    """A label for each person with a postal address (their first one), in the order given."""
    out = tuple(address_lines(p.display_name, p.addresses[0]) for p in people if has_address(p))
    return Labels(sheet, out, start, outlines)


# -- member cards -------------------------------------------------------------------------------------------
@dataclass(frozen=True)
class Card:
    name: str
    number: str = ""        # the member number ("" when none is recorded)
    type: str = ""          # the membership type as the collective calls it ("" without a membership)
    status: str = "none"    # a membership status code (core.enums.MembershipStatus), or "none"
    start: date | None = None
    end: date | None = None  # None with a type: no end date


@dataclass(frozen=True)
class Cards:
    group: str
    cards: tuple[Card, ...]
    outlines: bool = False
    sheet: Sheet = CARD_SHEET


# -- the member list ----------------------------------------------------------------------------------------
LIST_COLUMNS = ("name", "number", "email", "phone", "town", "membership")


@dataclass(frozen=True)
class ListRow:
    name: str
    number: str = ""
    email: str = ""
    phone: str = ""
    town: str = ""
    status: str = ""        # a status code, "" when memberships are not printed
    until: date | None = None


@dataclass(frozen=True)
class MemberList:
    """The member list: the collective's name, what was selected ((kind, value): all, tag, search, ids,
    profile), the day it was printed, the columns (of LIST_COLUMNS) and the rows."""

    group: str
    selection: tuple[str, str]
    printed_on: date
    columns: tuple[str, ...]
    rows: tuple[ListRow, ...] = field(default_factory=tuple)


def list_name(p: Person) -> str:
    """FAMILY Given, as lists are sorted and read."""
    return " ".join(x for x in (p.family.upper(), p.given) if x) or p.display_name


def town(p: Person) -> str:
    if not p.addresses:
        return ""
    a = p.addresses[0]
    return " ".join(x for x in (a.postcode, a.city) if x)


def selection_words(words: PrintWords, selection: tuple[str, str]) -> str:
    kind, value = selection
    if kind in ("tag", "search", "ids", "profile"):
        return words(f"selection_{kind}", value)
    return words("selection_all")


# -- the access report (HTML, turned into pages by ui/pdf/render.py) ----------------------------------------
STYLE = ("<style>body{font-family:'DejaVu Sans',sans-serif;font-size:10pt} h1{font-size:16pt} "
         "h2{font-size:12pt;margin-top:12pt} td,th{padding:3pt} th{text-align:left;background:#ddd}</style>")


def _e(value: Any) -> str:
    return escape("" if value is None else str(value)).replace("\n", "<br/>")


def _section(title: str, items: Sequence[str], none: str) -> str:
    body = "<ul>" + "".join(f"<li>{x}</li>" for x in items) + "</ul>" if items else f"<p>{_e(none)}</p>"
    return f"<h2>{_e(title)}</h2>{body}"


def _day(words: PrintWords, value: date | None) -> str:
    return words.day(value) if value else ""


def person_report(r: dict[str, Any], words: PrintWords, group: str, today: date) -> str:
    """The HTML of everything held about one person; ``r`` is services.exports.person_report_data's dict."""
    p: Person = r["person"]
    w, none = words, words("none")
    identity = [_e(w("field_value", w("name"), p.display_name)),
                _e(w("field_value", w("birth"), _day(w, p.birth_date))),
                _e(w("field_value", w("languages"), ", ".join(p.languages)))]
    if p.member_number:
        identity.append(_e(w("field_value", w("member_number"), p.member_number)))
    parts = [f"<p>{_e(w('report_printed', group, w.day(today)))}</p>",
             _section(w("identity"), identity, none),
             _section(w("contacts"), [_e(f"{e.address} ({e.kind})") for e in p.emails]
                      + [_e(f"{x.number} ({x.kind})") for x in p.phones]
                      + [_e(f"{a.one_line()} ({a.kind})") for a in p.addresses], none),
             _section(w("consents"), [_e(f"{c.what}: {_day(w, c.given_on)} – {_day(w, c.until)}")
                                      for c in p.consents], none),
             _section(w("custom"), [_e(w("field_value", k, v)) for k, v in sorted(p.custom.items())], none),
             _section(w("tags"), [_e(t) for t in p.tags], none),
             _section(w("notes"), [_e(p.notes)] if p.notes else [], none),
             _section(w("memberships"), [_e(f"{m.type}, {w.status(m.status)}, {_day(w, m.start)} – {_day(w, m.end)}")
                                         for m in r["memberships"]], none),
             _section(w("contributions"), [_e(f"{w.day(c.date)}: {w.money(c.amount, c.currency)} "
                                              f"({c.kind}, {c.method})") for c in r["contributions"]], none),
             _section(w("relationships"), [_e(x) for x in r["relationships"]], none),
             _section(w("documents"), [_e(f"{d.title} — {d.current.file_name}, {d.current.size:,} B")
                                       for d in r["documents"] if d.current], none),
             _section(w("disclosures"), [_e(x) for x in r["disclosures"]], none),
             f"<h2>{_e(w('history'))}</h2><p>{_e(w('history_count', r['changes']))}</p>"]
    title = w("report_title", p.display_name)
    return (f"<html><head><meta charset='utf-8'/>{STYLE}</head><body><h1>{_e(title)}</h1>{''.join(parts)}"
            "</body></html>")
