"""People as spreadsheet rows: a mapped CSV table becomes a Batch, and people become rows with the
same column names (so an export imports back into equal records)."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date
from functools import lru_cache

from commons_desktop.core.errors import InvalidInput
from commons_desktop.core.ids import is_uuid
from commons_desktop.core.model import Address, Consent, Contribution, Email, Membership, Person, Phone
from commons_desktop.core.text import fold
from commons_desktop.exchange import cells, fields, galette
from commons_desktop.exchange.csv_io import Table
from commons_desktop.exchange.incoming import Batch, Incoming

_KINDS = {"home": "home", "domicile": "home", "perso": "home", "personnel": "home", "personal": "home",
          "prive": "home", "private": "home", "work": "work", "travail": "work", "pro": "work", "bureau": "work",
          "professionnel": "work", "business": "work", "office": "work", "mobile": "mobile", "portable": "mobile",
          "cell": "mobile", "gsm": "mobile", "other": "other", "autre": "other", "internet": "other"}
DATE_FIELDS = ("birth_date", "membership_start", "membership_end", "contribution_date",
               "contribution_period_start", "contribution_period_end")  # (issue 10: contribution periods too)


def contact_kind(value: str, default: str) -> str:
    return _KINDS.get(fold(value), default) if value.strip() else default


def table_to_batch(table: Table, mapping: dict[int, str], *, today: date | None = None) -> Batch:
    today = today or date.today()
    batch = Batch()
    for i, h in enumerate(table.header):
        if i not in mapping:
            batch.notes.append(f"column {h!r} not recognised: ignored")
    dayfirst = {f: cells.day_first([r[i] for _, r in table.rows[:2000] if i < len(r)])
                for i, f in mapping.items() if f in DATE_FIELDS}
    undated = 0
    for line, row in table.rows:
        values: dict[str, list[str]] = {}
        for i, field in mapping.items():
            if field != "ignore" and i < len(row) and row[i].strip():
                values.setdefault(field, []).append(cells.unguard(row[i]).strip())
        if not values:
            continue
        item = Incoming(line, Person())
        try:
            _fill(item, values, dayfirst, today)
        except InvalidInput as exc:
            item.error = str(exc)
        dated = {"contribution_date", "contribution_period_start", "membership_start"} & set(values)
        if item.contributions and not dated:
            undated += 1
        batch.items.append(item)
    if undated:
        batch.notes.append(f"{undated} contribution(s) without a date are dated {today.isoformat()}")
    return batch


def _fill(item: Incoming, values: dict[str, list[str]], dayfirst: dict[str, bool], today: date) -> None:
    p: Person = item.record  # type: ignore[assignment]
    one = {k: v[0] for k, v in values.items()}
    if "id" in one and is_uuid(one["id"].lower()):
        item.source_id = item.key = one["id"].lower()
    p.given, p.family = one.get("given", ""), one.get("family", "")
    p.member_number = one.get("member_number", "")  # (issue 10: member numbers, kept here too)
    if "name" in one and not (p.given or p.family):
        p.given, p.family = split_name(one["name"])
    dates = {f: cells.parse_date(one.get(f, ""), f.replace("_", " "), dayfirst.get(f, True)) for f in DATE_FIELDS}
    p.birth_date = dates["birth_date"]
    p.notes = "\n".join(values.get("notes", []))
    p.languages = [cells.language_code(x) for x in cells.split_list(one.get("languages", ""))]
    item.tags = cells.split_tags(one.get("tags", ""))  # the tags cell is read as the code reads it now (escapes, CR)
    p.consents = [_consent(x) for x in one.get("consents", "").splitlines() if x.strip()]
    p.custom = {k[7:]: "\n".join(v) for k, v in values.items() if k.startswith("custom:")}
    item.organisation = one.get("organisation", "")
    if one.get("company"):  # (issue 10: Galette's Personne morale, kept here too)
        if item.organisation:
            p.custom["personne morale"] = one["company"]
        else:
            item.organisation, item.organisation_kind = one["company"], "contact_for"
    _contacts(p, one)
    _membership(item, one, dates, today)


def split_name(full: str) -> tuple[str, str]:
    """'DUPRÉ, Émilie' -> ('Émilie', 'DUPRÉ'); 'Émilie Dupré' -> ('Émilie', 'Dupré')."""
    if "," in full:
        family, given = full.split(",", 1)
        return given.strip(), family.strip()
    # (fixed here too, 2026-12-02: a name cell of only an apostrophe and a tab raised IndexError in both)
    parts = full.split()
    if not parts:  # nothing but spaces (after an apostrophe guard): no name
        return "", ""
    if len(parts) == 1:
        return "", parts[0]
    # (issue 10, here too: the family name written in capitals first, as Galette writes it: 'DUPRÉ Émilie')
    capitals = [w.isupper() and sum(c.isalpha() for c in w) >= 2 for w in parts]
    if capitals[0] and not all(capitals):
        n = capitals.index(False)
        if any(c.islower() for c in "".join(parts[n:])):
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


def _contacts(p: Person, one: dict[str, str]) -> None:
    emails: dict[int, Email] = {}
    phones: dict[int, Phone] = {}
    addresses: dict[int, Address] = {}
    for field, value in one.items():
        what = _classify(field)
        if not what:
            continue
        if what[0] == "email":
            kind = contact_kind(one.get(what[2], ""), "home")
            parts = [value] if "," not in value and ";" not in value else \
                [x.strip() for x in value.replace(";", ",").split(",") if x.strip()]
            for j, addr in enumerate(parts):
                emails[what[1] + j] = Email(addr, kind)
        elif what[0] == "phone":
            phones[what[1]] = Phone(value, contact_kind(one.get(what[2], ""), "home"))
        elif what[0] == "fixed":
            phones[what[1]] = Phone(value, what[2])
        else:
            a = addresses.get(what[1])
            if a is None:
                a = addresses[what[1]] = Address(kind=contact_kind(one.get(what[3], ""), "home"))
            setattr(a, what[2], value)
    if "street2" in one:
        a = addresses.setdefault(0, Address())
        a.street = ", ".join(x for x in (a.street, one["street2"]) if x)
    p.emails = [emails[k] for k in sorted(emails)]
    p.phones = [phones[k] for k in sorted(phones)]
    p.addresses = [addresses[k] for k in sorted(addresses)]


def _type(field: str) -> str:
    return field + "_type"


def _consent(line: str) -> Consent:
    parts = [x.strip() for x in line.split("|")] + ["", ""]
    return Consent(parts[0], cells.parse_date(parts[1], "consent date"), cells.parse_date(parts[2], "consent until"))


def _membership(item: Incoming, one: dict[str, str], dates: dict[str, date | None], today: date) -> None:
    start, end = dates["membership_start"], dates["membership_end"]
    status_text = one.get("membership_status", "")
    mtype = one.get("membership_type", "")
    status = cells.parse_status(status_text) if status_text else None
    # (issue 10, here too: a role (Galette's Statut) is a tag; a role or status saying "not a member" makes no
    # membership, its dates kept as custom fields; a contribution's period, kind and notes)
    role = one.get("role", "")
    if status_text and status is None and galette.not_a_member(status_text):
        if role and role != status_text:
            item.tags.append(status_text)
        role, status_text = role or status_text, ""
    if role:
        item.tags.append(role)
    if status_text and status is None and not mtype:
        mtype = status_text
    if role and galette.not_a_member(role):
        for key, when in (("membership start", start), ("membership end", end)):
            if when:
                item.record.custom[key] = when.isoformat()
    elif start or end or status or mtype:
        if status is None:
            status = "lapsed" if end and end < today else "active"
        item.memberships.append(Membership("", mtype or "member", status, start, end))
    amount = cells.parse_amount(one.get("contribution_amount", ""), "contribution amount")
    if amount and amount[0] != 0:
        currency = one.get("contribution_currency", "") or amount[1] or "EUR"
        period_start, period_end = dates["contribution_period_start"], dates["contribution_period_end"]
        when = dates["contribution_date"] or period_start or start or today
        label = one.get("contribution_kind", "")
        item.contributions.append(Contribution("", amount[0], currency, when,
                                               cells.parse_method(one.get("contribution_method", "")),
                                               galette.contribution_kind(label) if label else "dues", period_start,
                                               period_end,
                                               "\n".join(x for x in (label, one.get("contribution_notes", "")) if x)))


# -- export -------------------------------------------------------------------------------------------------
PERSON_EXPORT_FIELDS = ("id", "given", "family", "emails", "phones", "addresses", "birth_date", "languages",
                        "notes", "consents", "custom", "tags", "membership")


def columns_for(people: Sequence[Person], chosen: Sequence[str]) -> list[str]:
    """CSV column names for the chosen fields, numbered as far as the people need."""
    cols: list[str] = []
    for f in chosen:
        if f == "emails":
            for n in range(max([len(p.emails) for p in people] + [1])):
                cols += [f"email{_n(n)}", f"email{_n(n)}_type"]
        elif f == "phones":
            for n in range(max([len(p.phones) for p in people] + [1])):
                cols += [f"phone{_n(n)}", f"phone{_n(n)}_type"]
        elif f == "addresses":
            for n in range(max([len(p.addresses) for p in people] + [1])):
                pre = f"address{n + 1}_" if n else ""
                cols += [pre + part if pre or part != "type" else "address_type" for part in fields.ADDRESS_PARTS]
        elif f == "custom":
            cols += [f"custom:{k}" for k in sorted({k for p in people for k in p.custom})]
        elif f == "membership":
            cols += ["membership_type", "membership_status", "membership_start", "membership_end"]
        else:
            cols.append(f)
    return cols


def _n(n: int) -> str:
    return str(n + 1) if n else ""


def person_cells(p: Person, columns: Sequence[str], membership: Membership | None = None) -> list[str]:
    out = []
    for c in columns:
        out.append(_cell(p, c, membership))
    return out


def _cell(p: Person, c: str, m: Membership | None) -> str:
    num = fields.split_numbered(c)
    if num:
        items = p.emails if num[0] == "email" else p.phones
        if num[1] >= len(items):
            return ""
        item = items[num[1]]
        return item.kind if num[2] else (item.address if num[0] == "email" else item.number)
    addr = fields.split_address(c)
    if addr:
        if addr[0] >= len(p.addresses):
            return ""
        return getattr(p.addresses[addr[0]], "kind" if addr[1] == "type" else addr[1])
    if c.startswith("custom:"):
        return p.custom.get(c[7:], "")
    if c.startswith("membership_"):
        if m is None:
            return ""
        value = getattr(m, c[11:])
        return value.isoformat() if isinstance(value, date) else (value or "")
    simple = {
        "id": p.id, "given": p.given, "family": p.family, "name": p.display_name, "notes": p.notes,
        "birth_date": p.birth_date.isoformat() if p.birth_date else "", "languages": ", ".join(p.languages),
        "tags": ", ".join(p.tags), "city": p.addresses[0].city if p.addresses else "",
        "consents": "\n".join(" | ".join([c.what, c.given_on.isoformat() if c.given_on else "",
                                          c.until.isoformat() if c.until else ""]).rstrip(" |")
                              for c in p.consents),
        "mobile": next((x.number for x in p.phones if x.kind == "mobile"), ""),
    }
    return simple.get(c, "")
