"""The fast path of csv_people.table_to_batch: a mapped table read column by column.

Each field's cells are parsed a whole column at a time (list comprehensions instead of a dictionary and a dozen
calls per row) and each row's Person is then built from its row of columns. A row that holds an error (a bad date
or amount), or a cell this path does not handle (see ``_cells``, ``_emails``), is read by csv_people's row-by-row
code instead, which stops at the first error and reports it as before. Used when each field comes from one column
and email and phone columns have distinct ranks (csv_people decides). The equivalence tests compare this path,
the row-by-row one and the former code.

Columns hold the stripped, unguarded cells, "" where a cell is empty.
"""

from __future__ import annotations

from datetime import date
from itertools import repeat
from operator import itemgetter
from typing import TYPE_CHECKING

from ..core.errors import ErrorText, InvalidInput
from ..core.ids import is_uuid
from ..core.model import Address, Consent, Email, Person, Phone
from ..vault.codecs import PERSON
from . import cells
from . import csv_people as rows
from .as_read import AsRead
from .incoming import Incoming

if TYPE_CHECKING:
    from .csv_people import _Shape

Column = list
# the fields read_items zips its columns into, in that order (AsRead.person takes them in this order too)
_FIELDS = ("given", "family", "emails", "phones", "addresses", "birth_date", "languages", "notes", "consents", "custom")
_person = PERSON.maker(_FIELDS)


def read_items(table_rows: list[tuple[int, list[str]]], columns: list[tuple[int, str]], shape: _Shape,
               dayfirst: dict[str, bool], today: date) -> tuple[list[Incoming], int]:
    """The items of the rows that have a value, and how many of them got a contribution without a date."""
    bad: set[int] = set()  # rows read one by one
    col = _cells(table_rows, columns, bad)
    count = len(table_rows)
    dates = {f: _dates(col[f], label, dayfirst.get(f, True), bad) for f, label in shape.dates}
    if shape.membership and "contribution_amount" in col:
        _check_amounts(col["contribution_amount"], bad)
    people = zip(*_names(col, count), _fresh(_emails(col, shape, bad), list, count),  # in _FIELDS' order
                 _fresh(_phones(col, shape, count), list, count), _fresh(_addresses(col, shape, count), list, count),
                 dates.get("birth_date") or repeat(None),
                 _fresh(_lists(col.get("languages"), _languages), list, count), col.get("notes") or repeat(""),
                 _fresh(_consents(col["consents"], bad) if "consents" in col else None, list, count),
                 _fresh(_custom(col, shape), dict, count), strict=False)
    tags, ids, organisation = _lists(col.get("tags"), cells.split_tags), col.get("id"), col.get("organisation")
    numbers = col.get("member_number")
    names = [f for f in rows.MEMBERSHIP_FIELDS if f in col]
    membership = [col[f] for f in names if f != "contribution_currency" and f != "contribution_method"]
    spans = [dates[f] for f in ("membership_start", "membership_end") if f in dates]
    undated_when = [col[f] for f in rows.CONTRIBUTION_DATES if f in col]
    companies = col.get("company")
    items: list[Incoming] = []
    undated = 0
    checker = AsRead()
    valid, number_ok = checker.person, checker.member_number
    for n, ((line, _), person, present) in enumerate(zip(table_rows, people, _present(col), strict=True)):
        if n in bad:
            undated += _read_row(table_rows[n], columns, shape, dayfirst, today, items)
            continue
        if not present:
            continue  # nothing in the mapped columns
        source_id = ids[n].lower() if ids is not None else ""
        record = _person(person)
        item = Incoming(line, record, source_id, source_id) if source_id and is_uuid(source_id) \
            else Incoming(line, record)
        item.as_read = valid(*person)
        if numbers is not None and numbers[n]:
            item.record.member_number = numbers[n]  # type: ignore[union-attr]
            item.as_read = item.as_read and number_ok(numbers[n])
        if tags is not None and tags[n] is not None:
            item.tags = tags[n]
        if organisation is not None:
            item.organisation = organisation[n]
        if companies is not None and companies[n]:
            rows._company(item, companies[n])
        if shape.membership and (any(c[n] for c in membership) or any(d[n] for d in spans)):
            # (_membership adds nothing to a row without these values)
            rows._membership(item, {f: col[f][n] for f in names if col[f][n]}, {f: d[n] for f, d in dates.items()},
                             today)
            undated += bool(item.contributions and not any(when[n] for when in undated_when))
        items.append(item)
    return items, undated


def _read_row(row: tuple[int, list[str]], columns: list[tuple[int, str]], shape: _Shape, dayfirst: dict[str, bool],
              today: date, items: list[Incoming]) -> int:
    """Read one row as csv_people reads any row (to its first error); 1 if it got a contribution without a date."""
    for line, one, values in rows._rows_by_field([row], columns):
        item = Incoming(line, Person())
        try:
            rows._fill(item, one, values, shape, dayfirst, today)
        except InvalidInput as exc:
            item.error = ErrorText(exc)
        items.append(item)
        return int(bool(item.contributions) and not any(f in one for f in rows.CONTRIBUTION_DATES))
    return 0


def _present(col: dict[str, Column]):
    """Whether each row has a value in some mapped column."""
    return map(any, zip(*col.values(), strict=True))


def _cells(table_rows: list[tuple[int, list[str]]], columns: list[tuple[int, str]], bad: set[int]) -> dict:
    """field -> its column. A cell starting with an apostrophe is unguarded (cells.unguard); one that is then empty
    ("'" and a tab, say) still counts as given: its row is read one by one."""
    need = max(i for i, _ in columns) + 1
    pad = [""] * need
    full = [r if len(r) >= need else r + pad for _, r in table_rows]
    if not full:
        mapped: list = [()] * len(columns)
    elif len(columns) * 2 >= need:  # most columns are mapped: transpose the rows whole (zip is the fastest)
        by_index = list(zip(*full, strict=False))
        mapped = [by_index[i] for i, _ in columns]
    elif len(columns) == 1:
        mapped = [[r[columns[0][0]] for r in full]]
    else:  # a wide file with a few mapped columns: transpose only those
        mapped = list(zip(*map(itemgetter(*(i for i, _ in columns)), full), strict=True))
    out = {}
    for (_, f), raw in zip(columns, mapped, strict=True):
        values = list(map(str.strip, raw))
        # a cell starting with an apostrophe shows in the joined column as NUL + apostrophe (a NUL inside a cell
        # can only raise a false alarm, which costs the loop below and nothing else)
        if "\x00'" in "\x00" + "\x00".join(raw):
            for n, c in enumerate(raw):
                if c[:1] == "'":
                    values[n] = cells.unguard(c).strip()
                    if not values[n]:
                        bad.add(n)
        out[f] = _shared(values)
    return out


def _shared(values: Column) -> Column:
    """A column whose values repeat (first names, towns, postcodes, countries, kinds) with each distinct text held
    once: the records of 100,000 rows then share their towns instead of holding 100,000 copies. A column of
    values that seldom repeat (emails, streets) is left as it is."""
    sample = values[:1000]
    if len(set(sample)) * 2 > len(sample):
        return values
    known: dict[str, str] = {}
    one = known.setdefault
    return [one(v, v) for v in values]


def _fresh(column: Column | None, make, count: int) -> Column:
    """The column with a new empty container where it has none (each record gets its own)."""
    if column is None:
        return [make() for _ in range(count)]
    return [make() if x is None else x for x in column]


def _lists(values: Column | None, parse) -> Column | None:
    """``parse`` (a cell -> a list) of each cell, once per distinct text: each row gets its own copy."""
    if values is None:
        return None
    known: dict[str, list] = {}
    out: Column = [None] * len(values)
    for n, v in enumerate(values):
        if v:
            found = known.get(v)
            if found is None:
                found = known[v] = parse(v)
            out[n] = list(found)
    return out


def _languages(value: str) -> list[str]:
    return [rows._language_code(x) for x in rows._split_list(value)]


def _names(col: dict[str, Column], count: int) -> tuple[Column, Column]:
    given = col["given"] if "given" in col else [""] * count
    family = col["family"] if "family" in col else [""] * count
    if "name" in col:
        given, family = list(given), list(family)
        for n, full in enumerate(col["name"]):
            if full and not (given[n] or family[n]):
                given[n], family[n] = rows.split_name(full)
    return given, family


def _dates(values: Column, label: str, dayfirst: bool, bad: set[int]) -> Column:
    out: Column = [None] * len(values)
    known: dict[str, date | None] = {}  # dates repeat: parse each text once (a date is immutable, so shared)
    for n, v in enumerate(values):
        if v:
            found = known.get(v, False)
            if found is False:
                try:
                    found = known[v] = rows._date(v, label, dayfirst)
                except InvalidInput:
                    bad.add(n)
                    continue
            out[n] = found
    return out


def _check_amounts(values: Column, bad: set[int]) -> None:
    for n, text in enumerate(values):
        if text:
            try:
                rows._parse_amount(text, "contribution amount")
            except InvalidInput:
                bad.add(n)


def _consents(values: Column, bad: set[int]) -> Column:
    """csv_people._consent of each line, with the dates parsed once per distinct text."""
    out: Column = [None] * len(values)
    known: dict[str, date | None | bool] = {}  # text -> date, or False when it is not a date
    for n, v in enumerate(values):
        if v:
            consents = []
            for line in v.splitlines():
                if line.strip():
                    parts = [x.strip() for x in line.split("|")] + ["", ""]
                    given, until = _cached_date(known, parts[1]), _cached_date(known, parts[2])
                    if given is False or until is False:
                        bad.add(n)
                        break
                    consents.append(Consent(parts[0], given, until))
            out[n] = consents
    return out


def _cached_date(known: dict, text: str) -> date | None | bool:
    found = known.get(text, True)
    if found is True:
        try:
            found = known[text] = rows._date(text, "consent date")
        except InvalidInput:
            found = known[text] = False
    return found


def _kinds(col: dict[str, Column], type_field: str, count: int):
    if type_field not in col:
        return repeat("home", count)
    kind = rows._contact_kind
    return [kind(t, "home") if t else "home" for t in col[type_field]]


def _joined(parts: list[Column]) -> Column | None:
    """Per row, the lists of several columns one after the other (None when all are empty)."""
    if not parts:
        return None
    merged = parts[0]
    for more in parts[1:]:
        merged = [(a + b if b else a) if a else b for a, b in zip(merged, more, strict=True)]
    return merged


def _emails(col: dict[str, Column], shape: _Shape, bad: set[int]) -> Column | None:
    """Each row's emails in rank order. A cell may hold several addresses: they take the ranks after its own, so a
    row whose cell holds more than the gap to the next email column's rank is read row by row (ranks collide)."""
    fields = sorted((what[1], f, what[2]) for f, what in shape.contacts if what[0] == "email" and f in col)
    parts = []
    for k, (rank, field, type_field) in enumerate(fields):
        values = col[field]
        kinds = list(_kinds(col, type_field, len(values)))
        column = [[Email(v, kind)] if v else None for v, kind in zip(values, kinds, strict=True)]
        text = "".join(values)
        if "," in text or ";" in text:
            gap = fields[k + 1][0] - rank if k + 1 < len(fields) else None
            for n, v in enumerate(values):
                if "," in v or ";" in v:
                    column[n] = [Email(x.strip(), kinds[n]) for x in v.replace(";", ",").split(",") if x.strip()]
                    if gap is not None and len(column[n]) > gap:
                        bad.add(n)
        parts.append(column)
    return _joined(parts)


def _phones(col: dict[str, Column], shape: _Shape, count: int) -> Column | None:
    fields = sorted((what[1], f, what) for f, what in shape.contacts if what[0] in ("phone", "fixed") and f in col)
    parts = []
    for _, field, what in fields:
        kinds = _kinds(col, what[2], count) if what[0] == "phone" else repeat(what[2], count)
        parts.append([[Phone(v, k)] if v else None for v, k in zip(col[field], kinds, strict=True)])
    return _joined(parts)


_PARTS = ("street", "postcode", "city", "region", "country")


def _addresses(col: dict[str, Column], shape: _Shape, count: int) -> Column | None:
    groups: dict[int, tuple[str, dict[str, str]]] = {}
    for f, what in shape.contacts:
        if what[0] == "address":
            groups.setdefault(what[1], (what[3], {}))[1][what[2]] = f
    if "street2" in col:
        groups.setdefault(0, ("", {}))  # a second street line alone still makes the first address
    parts = []
    empty = [""] * count
    for index in sorted(groups):
        type_field, group = groups[index]
        by_part = [col[group[p]] if p in group else empty for p in _PARTS]
        column = [[Address(street, postcode, city, region, country, kind)]
                  if street or postcode or city or region or country else None
                  for street, postcode, city, region, country, kind in zip(*by_part, _kinds(col, type_field, count),
                                                                           strict=False)]
        if index == 0 and "street2" in col:
            for n, extra in enumerate(col["street2"]):
                if extra:
                    if column[n] is None:
                        column[n] = [Address()]
                    a = column[n][0]
                    a.street = ", ".join(x for x in (a.street, extra) if x)
        parts.append(column)
    return _joined(parts)


def _custom(col: dict[str, Column], shape: _Shape) -> Column | None:
    fields = [(f, key) for f, key in shape.custom]
    if not fields:
        return None
    return [{key: v for (_, key), v in zip(fields, t, strict=True) if v}
            for t in zip(*(col[f] for f, _ in fields), strict=True)]
