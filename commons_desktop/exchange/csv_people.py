"""People as spreadsheet rows: a mapped CSV table becomes a Batch, and people become rows with the
same column names (so an export imports back into equal records)."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date
from functools import lru_cache

from ..core.dates import NO_YEAR_FIELD, month_day
from ..core.errors import ErrorText, InvalidField, InvalidInput, Reason
from ..core.ids import is_uuid
from ..core.model import Address, Consent, Contribution, Email, Membership, Person, Phone
from ..core.text import fold
from . import address_books, cells, fields, galette
from .csv_io import Table
from .incoming import Batch, Incoming
from .notes import Note, NoteCode

_KINDS = {"home": "home", "domicile": "home", "perso": "home", "personnel": "home", "personal": "home",
          "prive": "home", "private": "home", "work": "work", "travail": "work", "pro": "work", "bureau": "work",
          "professionnel": "work", "business": "work", "office": "work", "mobile": "mobile", "portable": "mobile",
          "cell": "mobile", "gsm": "mobile", "other": "other", "autre": "other", "internet": "other"}
DATE_FIELDS = ("birth_date", "membership_start", "membership_end", "contribution_date", "contribution_period_start",
               "contribution_period_end")
# the other fields _membership reads
MEMBERSHIP_FIELDS = ("membership_status", "membership_type", "contribution_amount", "contribution_currency",
                     "contribution_method", "contribution_kind", "contribution_notes", "role")
# a contribution without its own date is dated by the first of these (else the day of the import)
CONTRIBUTION_DATES = ("contribution_date", "contribution_period_start", "membership_start")


def contact_kind(value: str, default: str) -> str:
    """A contact point's kind from a word in French or English ('* Home', as Google marks its own labels, too)."""
    return _KINDS.get(fold(value).lstrip("* "), default) if value.strip() else default


# the same functions, remembered per value: a column holds the same few kinds, statuses and amounts over and over
_contact_kind = lru_cache(maxsize=1024)(contact_kind)
_language_code = lru_cache(maxsize=1024)(cells.language_code)
_parse_status = lru_cache(maxsize=1024)(cells.parse_status)
_parse_method = lru_cache(maxsize=256)(cells.parse_method)
_parse_amount = lru_cache(maxsize=1024)(cells.parse_amount)
_DATE_LABELS = {f: f.replace("_", " ") for f in DATE_FIELDS}
COLUMN_ROWS = 5000  # rows the column reader (csv_columns) reads at a time: its columns are copies of the cells
_NO_DATE = frozenset(("0000-00-00",))  # ISO-shaped values cells.parse_date reads as "no date"


def _date(value: str, field: str, dayfirst: bool = True) -> date | None:
    """``cells.parse_date``, with a shortcut for a plain ISO date (YYYY-MM-DD, ASCII digits). A birth date's
    two-digit year is never in the future (core.dates)."""
    if not value:
        return None
    if (len(value) == 10 and value[4] == "-" and value[7] == "-" and value.isascii() and value not in _NO_DATE
            and value[:4].isdigit() and value[5:7].isdigit() and value[8:].isdigit()):
        try:
            return date(int(value[:4]), int(value[5:7]), int(value[8:]))
        except ValueError:
            pass  # the slow path gives the error
    return cells.parse_date(value, field, dayfirst, past=field == "birth date")


def _split_list(value: str) -> list[str]:
    """``cells.split_list`` without a regular expression when there is nothing to split."""
    if "," in value or ";" in value or "\n" in value:
        return cells.split_list(value)
    value = value.strip()
    return [value] if value else []


def table_to_batch(table: Table, mapping: dict[int, str], *, today: date | None = None) -> Batch:
    today = today or date.today()
    batch = Batch()
    if galette.is_galette([fields.normalise(h) for h in table.header]):
        _galette_cells(table)
    for i, h in enumerate(table.header):
        if i not in mapping:
            batch.notes.append(Note(NoteCode.COLUMN_IGNORED, column=h))
    dayfirst = {f: cells.day_first([r[i] for _, r in table.rows[:2000] if i < len(r)])
                for i, f in mapping.items() if f in DATE_FIELDS}
    columns = [(i, f) for i, f in mapping.items() if f != "ignore"]
    shape = _Shape([f for _, f in columns])
    if shape.by_columns and all(i.__class__ is int and i >= 0 for i, _ in columns):
        from .csv_columns import read_items
        undated = 0
        rows = table.rows
        while rows:  # a slice of the table transposed at a time, and dropped from it: the cells it does not keep are
            # freed as the records are made, whose memory then takes their place (the table is not held beside them)
            items, count = read_items(rows[:COLUMN_ROWS], columns, shape, dayfirst, today)
            del rows[:COLUMN_ROWS]
            batch.items += items
            undated += count
    else:
        undated = _read_rows(batch.items, table.rows, columns, shape, dayfirst, today)
    if undated:
        batch.notes.append(Note(NoteCode.UNDATED_CONTRIBUTIONS, count=undated, date=today.isoformat()))
    return batch


def _galette_cells(table: Table) -> None:
    """A Galette export's cells as they mean: codes of its database export as their labels, its unknown date
    (1901-01-01) as no date (exchange/galette.py)."""
    keys = [fields.normalise(h) for h in table.header]
    decoded, worded = galette.decoded, set(galette.WORDS)
    for _, row in table.rows:
        for i, cell in enumerate(row):
            if cell and (cell[:1].isdigit() or (i < len(keys) and keys[i] in worded)):
                row[i] = decoded(keys[i] if i < len(keys) else "", cell)


def _read_rows(items: list[Incoming], rows: list[tuple[int, list[str]]], columns: list[tuple[int, str]],
               shape: _Shape, dayfirst: dict[str, bool], today: date) -> int:
    """The rows read one by one (any mapping); returns how many got a contribution without a date."""
    undated = 0
    for line, one, values in _rows_by_field(rows, columns):
        item = Incoming(line, Person())
        try:
            _fill(item, one, values, shape, dayfirst, today)
        except InvalidInput as exc:
            item.error = ErrorText(exc)
        if item.contributions and not any(f in one for f in CONTRIBUTION_DATES):
            undated += 1
        items.append(item)
    return undated


class _Shape:
    """What the mapped fields are, decided once per file instead of once per row."""

    def __init__(self, names: list[str]):
        present = set(names)
        self.one_column_each = len(present) == len(names)
        self.dates = [(f, _DATE_LABELS[f]) for f in DATE_FIELDS if f in present]
        self.contacts = [(f, what) for f in dict.fromkeys(names) if (what := _classify(f))]
        self.custom = [(f, f[7:]) for f in dict.fromkeys(names) if f.startswith("custom:")]
        self.membership = bool(present & {"membership_start", "membership_end", "membership_status",
                                          "membership_type", "contribution_amount", "role"})
        self.contacts_of = None if self.one_column_each else _contacts_of_row
        # what only the row-by-row reader does: birth dates in parts, groups, second street lines of later addresses
        self.birth_parts = bool(present & {"birth_year", "birth_month", "birth_day"})
        self.groups = "groups" in present
        self.street2 = [(f, n) for f in dict.fromkeys(names) if (n := fields.split_street2(f)) is not None]
        # csv_columns reads the table column by column when each field has one column and no two email (or phone)
        # columns have the same rank (their contact points would replace one another)
        ranks = [(what[0] == "email", what[1]) for _, what in self.contacts if what[0] != "address"]
        self.by_columns = (bool(names) and self.one_column_each and len(set(ranks)) == len(ranks)
                           and not (self.birth_parts or self.groups or any(n for _, n in self.street2)))


def _contacts_of_row(one: dict[str, str]) -> list[tuple[str, tuple]]:
    """The contact fields of one row in its own order (when a field may come from several columns)."""
    return [(f, what) for f in one if (what := _classify(f))]


def _rows_by_field(rows: list[tuple[int, list[str]]], columns: list[tuple[int, str]]):
    """(line, {field: first value}, {field: [values]}) for each row with a value, for any mapping."""
    for line, row in rows:
        width = len(row)
        values: dict[str, list[str]] = {}
        for i, field in columns:
            if i < width:
                cell = row[i]
                value = cell.strip()
                if value:
                    if cell[0] == "'":
                        value = cells.unguard(cell).strip()
                    found = values.get(field)
                    if found is None:
                        values[field] = [value]
                    else:
                        found.append(value)
        if values:
            yield line, {k: v[0] for k, v in values.items()}, values


def _fill(item: Incoming, one: dict[str, str], values: dict[str, list[str]], shape: _Shape,
          dayfirst: dict[str, bool], today: date) -> None:
    """Fill an item from a row's values: ``one`` holds each field's first value, ``values`` all of them. The order
    of the steps is the order in which errors are found (the item keeps what was filled before an error)."""
    p: Person = item.record  # type: ignore[assignment]
    get = one.get
    if "id" in one and is_uuid(one["id"].lower()):
        item.source_id = item.key = one["id"].lower()
    p.given, p.family = get("given", ""), get("family", "")
    p.member_number = get("member_number", "")
    if "name" in one and not (p.given or p.family):
        p.given, p.family = split_name(one["name"])
    birthday = _no_year(get("birth_date", ""))
    dates = {f: _date(value, label, dayfirst.get(f, True)) for f, label in shape.dates
             if (value := get(f)) and not (birthday and f == "birth_date")}
    p.birth_date = dates.get("birth_date")
    notes = values.get("notes")
    if notes:
        p.notes = notes[0] if len(notes) == 1 else "\n".join(notes)
    languages = get("languages")
    if languages:
        p.languages = [_language_code(x) for x in _split_list(languages)]
    tags = get("tags")
    if tags:
        item.tags = cells.split_tags(tags)
    if shape.groups and get("groups"):
        item.tags = list(dict.fromkeys([*item.tags, *address_books.groups(one["groups"])]))
    consents = get("consents")
    if consents:
        p.consents = [_consent(x) for x in consents.splitlines() if x.strip()]
    p.custom = {k[7:]: "\n".join(v) for k, v in values.items() if k.startswith("custom:")}
    if shape.birth_parts:
        birth, birthday = _birth_parts(get("birth_year", ""), get("birth_month", ""), get("birth_day", ""), birthday,
                                       p.custom)
        p.birth_date = p.birth_date or birth
    if birthday:
        p.custom.setdefault(NO_YEAR_FIELD, birthday)
    item.organisation = get("organisation", "")
    company = get("company")
    if company:
        _company(item, company)
    _contacts(p, one, shape.contacts if shape.contacts_of is None else shape.contacts_of(one), shape.street2)
    if shape.membership:
        _membership(item, one, dates, today)


def _no_year(value: str) -> str | None:
    """'--07-14' for a birth date written without its year (vCard, Google Contacts), else None."""
    return month_day(value) if value[:2] == "--" else None


def _birth_parts(year: str, month: str, day: str, birthday: str | None, custom: dict[str, str]):
    """(birth date, birthday without a year) from a birth year, month and day in three columns (Thunderbird).
    A year alone is kept as the custom field 'birth year'."""
    if year and month and day:
        text = f"{year}-{month}-{day}" if len(year) == 4 else f"{day}/{month}/{year}"
        return _date(text, "birth date"), birthday
    if month and day:
        found = month_day(f"--{month:0>2}-{day:0>2}")
        if found is None:
            raise InvalidField("birth date", Reason.NOT_DATE, f"--{month}-{day}")
        return None, birthday or found
    if year:
        custom.setdefault("birth year", year)
    return None, birthday


def _company(item: Incoming, name: str) -> None:
    """A legal entity the person stands for (Galette's Personne morale): the organisation they are the contact
    for; kept as a custom field when the row has an organisation column of its own as well."""
    if item.organisation:
        item.record.custom["personne morale"] = name  # type: ignore[union-attr]
        item.as_read = False  # (a value the column reader did not check)
    else:
        item.organisation, item.organisation_kind = name, "contact_for"


def _capitals(word: str) -> bool:
    """A word written in capitals (two letters at least: 'J.' is an initial)."""
    return word.isupper() and sum(c.isalpha() for c in word) >= 2


def split_name(full: str) -> tuple[str, str]:
    """'DUPRÉ, Émilie' -> ('Émilie', 'DUPRÉ'); 'Émilie Dupré' -> ('Émilie', 'Dupré'); the family name in capitals
    first, as Galette and French lists write it: 'DE LA FONTAINE Jean' -> ('Jean', 'DE LA FONTAINE')."""
    if "," in full:
        family, given = full.split(",", 1)
        return given.strip(), family.strip()
    parts = full.split()
    if not parts:  # nothing but spaces (after an apostrophe guard): no name
        return "", ""
    if len(parts) == 1:
        return "", parts[0]
    if _capitals(parts[0]) and not all(map(_capitals, parts)):
        n = 1
        while _capitals(parts[n]):
            n += 1
        if any(c.islower() for c in "".join(parts[n:])):  # the given names after it written in lower case
            return " ".join(parts[n:]), " ".join(parts[:n])
    return " ".join(parts[:-1]), parts[-1]


_FIXED_PHONES = {"mobile": (50, "mobile"), "phone_home": (60, "home"), "phone_work": (70, "work")}


@lru_cache(maxsize=4096)
def _classify(field: str) -> tuple:
    """What a column fills, decided once per column name: ('email'|'phone', order, kind column),
    ('address', index, part, kind column) or ()."""
    num = fields.split_numbered(field)
    if num and not num[2]:
        return (num[0], num[1] * 100, field + "_type")
    if field in _FIXED_PHONES:
        return ("fixed",) + _FIXED_PHONES[field]
    addr = fields.split_address(field)
    if addr and addr[1] != "type":
        return ("address", addr[0], addr[1], "address_type" if addr[0] == 0 else f"address{addr[0] + 1}_type")
    return ()


def _contacts(p: Person, one: dict[str, str], contact_fields: list[tuple[str, tuple]],
              street2: Sequence[tuple[str, int]] = (("street2", 0),)) -> None:
    """Emails, phones and addresses from the row's contact fields (``_classify`` of each, in the row's order)."""
    emails: dict[int, Email] = {}
    phones: dict[int, Phone] = {}
    addresses: dict[int, Address] = {}
    get = one.get
    for field, what in contact_fields:
        value = get(field)
        if value is None:
            continue
        if what[0] == "email":
            kind = _contact_kind(typed, "home") if (typed := get(what[2])) else "home"
            parts = [value] if "," not in value and ";" not in value else \
                [x.strip() for x in value.replace(";", ",").split(",") if x.strip()]
            for j, addr in enumerate(parts):
                emails[what[1] + j] = Email(addr, kind)
        elif what[0] == "phone":
            phones[what[1]] = Phone(value, _contact_kind(typed, "home") if (typed := get(what[2])) else "home")
        elif what[0] == "fixed":
            phones[what[1]] = Phone(value, what[2])
        else:
            a = addresses.get(what[1])
            if a is None:
                kind = _contact_kind(typed, "home") if (typed := get(what[3])) else "home"
                a = addresses[what[1]] = Address(kind=kind)
            setattr(a, what[2], value)
    for name, index in street2:
        if name in one:
            a = addresses.setdefault(index, Address())
            a.street = ", ".join(x for x in (a.street, one[name]) if x)
    if emails:
        p.emails = [emails[k] for k in sorted(emails)] if len(emails) > 1 else list(emails.values())
    if phones:
        p.phones = [phones[k] for k in sorted(phones)] if len(phones) > 1 else list(phones.values())
    if addresses:
        p.addresses = [addresses[k] for k in sorted(addresses)] if len(addresses) > 1 else list(addresses.values())


def _consent(line: str) -> Consent:
    parts = [x.strip() for x in line.split("|")] + ["", ""]
    return Consent(parts[0], _date(parts[1], "consent date"), _date(parts[2], "consent until"))


def _membership(item: Incoming, one: dict[str, str], dates: dict[str, date | None], today: date) -> None:
    """A row's membership, contribution and role (Galette's Statut: a tag). A role or status saying the person is
    not a member ('Non membre') makes no membership: the row's membership dates are kept as custom fields."""
    start, end = dates.get("membership_start"), dates.get("membership_end")
    status_text = one.get("membership_status", "")
    mtype = one.get("membership_type", "")
    role = one.get("role", "")
    status = _parse_status(status_text) if status_text else None
    if status_text and status is None and galette.not_a_member(status_text):
        if role and role != status_text:  # says what the person is, not a membership's state: a role as well
            item.tags.append(status_text)
        role, status_text = role or status_text, ""
    if role:
        item.tags.append(role)
    if status_text and status is None and not mtype:
        mtype = status_text
    if role and galette.not_a_member(role):
        custom = item.record.custom
        for key, when in (("membership start", start), ("membership end", end)):
            if when:
                custom[key] = when.isoformat()
    elif start or end or status or mtype:
        if status is None:
            status = "lapsed" if end and end < today else "active"
        item.memberships.append(Membership("", mtype or "member", status, start, end))
    amount_text = one.get("contribution_amount", "")
    amount = _parse_amount(amount_text, "contribution amount") if amount_text else None
    if amount and amount[0] != 0:
        currency = one.get("contribution_currency", "") or amount[1] or "EUR"
        period_start, period_end = dates.get("contribution_period_start"), dates.get("contribution_period_end")
        when = dates.get("contribution_date") or period_start or start or today
        label = one.get("contribution_kind", "")
        notes = "\n".join(x for x in (label, one.get("contribution_notes", "")) if x)
        item.contributions.append(Contribution("", amount[0], currency, when,
                                               _parse_method(one.get("contribution_method", "")),
                                               galette.contribution_kind(label) if label else "dues", period_start,
                                               period_end, notes))


# -- export -------------------------------------------------------------------------------------------------
PERSON_EXPORT_FIELDS = ("id", "member_number", "given", "family", "emails", "phones", "addresses", "birth_date",
                        "languages", "notes", "consents", "custom", "tags", "membership")


def columns_for(people: Sequence[Person], chosen: Sequence[str]) -> list[str]:
    """CSV column names for the chosen fields, numbered as far as the people need."""
    return columns(chosen, max([len(p.emails) for p in people] + [1]) if "emails" in chosen else 1,
                   max([len(p.phones) for p in people] + [1]) if "phones" in chosen else 1,
                   max([len(p.addresses) for p in people] + [1]) if "addresses" in chosen else 1,
                   sorted({k for p in people for k in p.custom}) if "custom" in chosen else [])


def columns(chosen: Sequence[str], emails: int, phones: int, addresses: int, custom: Sequence[str]) -> list[str]:
    """CSV column names for the chosen fields: so many numbered emails, phones and addresses, these custom keys."""
    cols: list[str] = []
    for f in chosen:
        if f == "emails":
            for n in range(emails):
                cols += [f"email{_n(n)}", f"email{_n(n)}_type"]
        elif f == "phones":
            for n in range(phones):
                cols += [f"phone{_n(n)}", f"phone{_n(n)}_type"]
        elif f == "addresses":
            for n in range(addresses):
                pre = f"address{n + 1}_" if n else ""
                cols += [pre + part if pre or part != "type" else "address_type" for part in fields.ADDRESS_PARTS]
        elif f == "custom":
            cols += [f"custom:{k}" for k in custom]
        elif f == "membership":
            cols += ["membership_type", "membership_status", "membership_start", "membership_end"]
        else:
            cols.append(f)
    return cols


def _n(n: int) -> str:
    return str(n + 1) if n else ""


def person_cells(p: Person, columns: Sequence[str], membership: Membership | None = None) -> list[str]:
    return [cell(p, membership) for cell in _cells(tuple(columns))]


@lru_cache(maxsize=64)
def _cells(columns: tuple[str, ...]) -> list:
    """What each column reads of a person, decided once per column list."""
    return [_getter(c) for c in columns]


def _getter(c: str):
    """A function (person, membership) -> the cell of column ``c`` (what ``_cell`` gives)."""
    num = fields.split_numbered(c)
    if num:
        kind, index, typed = num
        attr = "kind" if typed else ("address" if kind == "email" else "number")
        plural = "emails" if kind == "email" else "phones"

        def contact(p: Person, m: Membership | None) -> str:
            items = getattr(p, plural)
            return getattr(items[index], attr) if index < len(items) else ""
        return contact
    addr = fields.split_address(c)
    if addr:
        index, part = addr[0], ("kind" if addr[1] == "type" else addr[1])
        return lambda p, m: getattr(p.addresses[index], part) if index < len(p.addresses) else ""
    if c.startswith("custom:"):
        key = c[7:]
        return lambda p, m: p.custom.get(key, "")
    if c.startswith("membership_"):
        return lambda p, m: "" if m is None else _membership_value(getattr(m, c[11:]))
    return _SIMPLE.get(c, _empty)


def _membership_value(value) -> str:
    return value.isoformat() if isinstance(value, date) else (value or "")


def _empty(p: Person, m: Membership | None) -> str:
    return ""


def consent_line(what: str, given_on: str, until: str) -> str:
    """One consent in the consents cell: 'what | given on | until', without the empty parts at its end."""
    return " | ".join([what, given_on, until]).rstrip(" |")


def _consents(p: Person, m: Membership | None) -> str:
    return "\n".join(consent_line(c.what, c.given_on.isoformat() if c.given_on else "",
                                  c.until.isoformat() if c.until else "") for c in p.consents)


_SIMPLE = {
    "id": lambda p, m: p.id, "member_number": lambda p, m: p.member_number,
    "given": lambda p, m: p.given, "family": lambda p, m: p.family,
    "name": lambda p, m: p.display_name, "notes": lambda p, m: p.notes,
    "birth_date": lambda p, m: p.birth_date.isoformat() if p.birth_date else "",
    "languages": lambda p, m: ", ".join(p.languages), "tags": lambda p, m: cells.join_tags(p.tags),
    "city": lambda p, m: p.addresses[0].city if p.addresses else "", "consents": _consents,
    "mobile": lambda p, m: next((x.number for x in p.phones if x.kind == "mobile"), ""),
}


def _cell(p: Person, c: str, m: Membership | None) -> str:
    return _getter(c)(p, m)
