"""The CSV column sets of other address books (Google Contacts, Outlook, Thunderbird), read without manual mapping.

``recognise(header)`` finds which tool wrote a file from its header and gives the field of each of its columns;
``prepare(table, mapping, known)`` then adds what these tools say by position rather than by a column (the kind
of a "Business" address or a "Home Phone 2", which our columns carry in a ``*_type`` column), blanks their
placeholders for "nothing" (Outlook's ``0/0/00`` birthday and ``Unspecified`` gender) and spreads Google's
multi-valued cells (``a ::: b``) over numbered columns. The rows then go through the same pipeline as any CSV
(csv_people), so mapping, preview and matching are those of every import. Groups (Google's ``Labels`` /
``Group Membership``: ``Amis ::: * myContacts``) are the ``groups`` field (``groups()`` below); Thunderbird's
birth year, month and day are the ``birth_year``, ``birth_month`` and ``birth_day`` fields.

Where each header set comes from (as the tools write them; the test fixtures in tests/fixtures/address_books use
them verbatim):
- Google Contacts, export "Google CSV" since 2020: ``First Name,Middle Name,Last Name,Phonetic First Name,...,
  File As,Organization Name,Organization Title,Organization Department,Birthday,Notes,Photo,Labels,
  E-mail 1 - Label,E-mail 1 - Value,...,Phone 1 - Label,Phone 1 - Value,...,Address 1 - Label,Address 1 -
  Formatted,Address 1 - Street,Address 1 - City,Address 1 - PO Box,Address 1 - Region,Address 1 - Postal Code,
  Address 1 - Country,Address 1 - Extended Address,Website 1 - Label,Website 1 - Value`` (real exports quoted in
  public test suites, e.g. a Go mail client's TestMergeFileGoogleCSVRealExport, values ``* myContacts``, ``* Home``
  and ``+41... ::: +41...``); the former export: ``Name,Given Name,Additional Name,Family Name,Yomi Name,...,
  Group Membership,E-mail 1 - Type,E-mail 1 - Value,...``.
- Outlook (desktop export wizard, "Comma Separated Values"): the 92 columns ``"Title","First Name","Middle
  Name","Last Name","Suffix","Company",...,"Web Page"``, with ``"0/0/00"`` for an empty birthday,
  ``"Unspecified"`` gender and ``"Normal"`` priority/sensitivity; a French Outlook writes ``"Titre","Prénom",
  "Deuxième prénom","Nom","Suffixe","Société ","Service ","Titre","Rue (bureau)",...`` (as Polytechnique.org's
  Outlook export reproduces it).
- Thunderbird: ``AddrBookUtils.exportDirectoryToDelimitedText`` (comm-central, mailnews/addrbook/modules) writes
  the names 2100-2136 of ``importMsgs.properties`` in the order of its ``exportAttributes``: ``First Name,Last
  Name,Display Name,Nickname,Primary Email,Secondary Email,Screen Name,Work Phone,...,Birth Year,Birth Month,
  Birth Day,Custom 1,...,Notes``; in French the same properties say ``Prénom,Nom de famille,Nom à afficher,...``,
  with ``Ville``, ``Code postal``, ``Pays/État`` (the state!) and ``Région`` (the country!) twice each: home, then
  work (read by position).

Columns not listed here are left to the ordinary header guesses (fields.py); a column nobody recognises is shown
in the preview as "not recognised" rather than dropped quietly. Columns listed as ``ignore`` hold nothing a person
typed (Outlook's e-mail type "SMTP", priority "Normal", Google's "Formatted" address rebuilt from its parts).
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from .csv_io import Table
from .fields import normalise

MULTI = " ::: "  # Google's separator of several values in one cell


@dataclass
class Known:
    """A recognised column set: the field of each column (by index), and what ``prepare`` adds."""
    tool: str
    fields: dict[int, str]
    kinds: tuple[tuple[str, str, tuple[str, ...]], ...] = ()  # (type field, kind, fields it types)
    blanks: dict[str, frozenset[str]] = field(default_factory=dict)  # field -> the tool's values for "nothing"
    multi: bool = False  # cells may hold several values separated by MULTI


# -- the tables (header as the tool writes it -> field; a tuple gives the field of each occurrence in order) ----
_NAMES = {"middle": "custom:middle name", "suffix": "custom:name suffix", "pseudo": "custom:pseudo",
          "job": "custom:profession", "department": "custom:department", "website": "custom:website"}

GOOGLE = {
    "First Name": "given", "Middle Name": _NAMES["middle"], "Last Name": "family", "Name Prefix": "custom:title",
    "Name Suffix": _NAMES["suffix"], "Nickname": _NAMES["pseudo"], "File As": "ignore",
    "Organization Name": "organisation", "Organization Title": _NAMES["job"],
    "Organization Department": _NAMES["department"], "Birthday": "birth_date", "Notes": "notes", "Photo": "ignore",
    "Labels": "groups",
    # the former export
    "Name": "name", "Given Name": "given", "Additional Name": _NAMES["middle"], "Family Name": "family",
    "Maiden Name": "custom:maiden name", "Gender": "custom:gender", "Occupation": _NAMES["job"],
    "Group Membership": "groups", "Initials": "ignore", "Organization 1 - Name": "organisation",
    "Organization 1 - Title": _NAMES["job"], "Organization 1 - Department": _NAMES["department"],
    "Organization 1 - Type": "ignore", "Website 1 - Value": _NAMES["website"], "Website 1 - Label": "ignore",
    "Website 1 - Type": "ignore",
}
_GOOGLE_NUMBERED = re.compile(r"^(E-mail|Phone|Address) (\d+) - (.+)$")
_GOOGLE_PARTS = {"E-mail": {"Value": "email{n}", "Label": "email{n}_type", "Type": "email{n}_type"},
                 "Phone": {"Value": "phone{n}", "Label": "phone{n}_type", "Type": "phone{n}_type"},
                 "Address": {"Label": "{a}type", "Type": "{a}type", "Street": "{a}street", "City": "{a}city",
                             "Region": "{a}region", "Postal Code": "{a}postcode", "Country": "{a}country",
                             "Extended Address": "{a}street2", "Formatted": "ignore"}}

OUTLOOK = {
    "Title": "custom:title", "First Name": "given", "Middle Name": _NAMES["middle"], "Last Name": "family",
    "Suffix": _NAMES["suffix"], "Nickname": _NAMES["pseudo"], "Company": "organisation",
    "Department": _NAMES["department"], "Job Title": _NAMES["job"],
    "Home Street": "street", "Home Street 2": "street2", "Home City": "city", "Home State": "region",
    "Home Postal Code": "postcode", "Home Country/Region": "country", "Home Country": "country",
    "Business Street": "address2_street", "Business Street 2": "address2_street2", "Business City": "address2_city",
    "Business State": "address2_region", "Business Postal Code": "address2_postcode",
    "Business Country/Region": "address2_country", "Business Country": "address2_country",
    "Other Street": "address3_street", "Other Street 2": "address3_street2", "Other City": "address3_city",
    "Other State": "address3_region", "Other Postal Code": "address3_postcode",
    "Other Country/Region": "address3_country", "Other Country": "address3_country",
    "Mobile Phone": "mobile", "Home Phone": "phone_home", "Business Phone": "phone_work", "Other Phone": "phone",
    "Primary Phone": "phone2", "Home Phone 2": "phone3", "Business Phone 2": "phone4", "Car Phone": "phone5",
    "Company Main Phone": "phone6",
    "E-mail Address": "email", "E-mail 2 Address": "email2", "E-mail 3 Address": "email3",
    "E-mail Type": "ignore", "E-mail 2 Type": "ignore", "E-mail 3 Type": "ignore", "E-mail Display Name": "ignore",
    "E-mail 2 Display Name": "ignore", "E-mail 3 Display Name": "ignore",
    "Birthday": "birth_date", "Anniversary": "custom:anniversary", "Categories": "tags", "Notes": "notes",
    "Web Page": _NAMES["website"], "Gender": "custom:gender", "Spouse": "custom:spouse",
    "Priority": "ignore", "Private": "ignore", "Sensitivity": "ignore", "Initials": "ignore",
    "Internet Free Busy": "ignore",
}
OUTLOOK_FR = {
    "Titre": ("custom:title", _NAMES["job"]),  # the courtesy title, then (after "Service") the job title
    "Prénom": "given", "Deuxième prénom": _NAMES["middle"], "Nom": "family", "Suffixe": _NAMES["suffix"],
    "Surnom": _NAMES["pseudo"], "Société": "organisation", "Service": _NAMES["department"],
    "Rue (domicile)": "street", "Rue (domicile) 2": "street2", "Ville (domicile)": "city",
    "Dép/Région (domicile)": "region", "Code postal (domicile)": "postcode", "Pays (domicile)": "country",
    "Pays/Région (domicile)": "country",
    "Rue (bureau)": "address2_street", "Rue (bureau) 2": "address2_street2", "Ville (bureau)": "address2_city",
    "Dép/Région (bureau)": "address2_region", "Code postal (bureau)": "address2_postcode",
    "Pays (bureau)": "address2_country", "Pays/Région (bureau)": "address2_country",
    "Rue (autre)": "address3_street", "Rue (autre) 2": "address3_street2", "Ville (autre)": "address3_city",
    "Dép/Région (autre)": "address3_region", "Code postal (autre)": "address3_postcode",
    "Pays (autre)": "address3_country", "Pays/Région (autre)": "address3_country",
    "Tél. mobile": "mobile", "Téléphone (domicile)": "phone_home", "Téléphone (bureau)": "phone_work",
    "Téléphone (autre)": "phone", "Téléphone principal": "phone2", "Téléphone 2 (domicile)": "phone3",
    "Téléphone 2 (bureau)": "phone4", "Téléphone (voiture)": "phone5", "Téléphone société": "phone6",
    "Adresse de messagerie": "email", "Adresse de messagerie 2": "email2", "Adresse de messagerie 3": "email3",
    "Type de messagerie": "ignore", "Type de messagerie 2": "ignore", "Type de messagerie 3": "ignore",
    "Nom complet de l'adresse de messagerie": "ignore", "Nom complet de l'adresse de messagerie 2": "ignore",
    "Nom complet de l'adresse de messagerie 3": "ignore",
    "Anniversaire": "birth_date", "Anniversaire de mariage ou fête": "custom:anniversary",
    "Catégories": "tags", "Notes": "notes", "Page Web": _NAMES["website"], "Sexe": "custom:gender",
    "Conjoint(e)": "custom:spouse", "Priorité": "ignore", "Privé": "ignore", "Critère de diffusion": "ignore",
    "Initiales": "ignore", "Disponibilité Internet": "ignore",
}
THUNDERBIRD = {
    "First Name": "given", "Last Name": "family", "Display Name": "name", "Nickname": _NAMES["pseudo"],
    "Primary Email": "email", "Secondary Email": "email2", "Screen Name": "custom:screen name",
    "Work Phone": "phone_work", "Home Phone": "phone_home", "Mobile Number": "mobile",
    "Home Address": "street", "Home Address 2": "street2", "Home City": "city", "Home State": "region",
    "Home ZipCode": "postcode", "Home Country": "country",
    "Work Address": "address2_street", "Work Address 2": "address2_street2", "Work City": "address2_city",
    "Work State": "address2_region", "Work ZipCode": "address2_postcode", "Work Country": "address2_country",
    "Job Title": _NAMES["job"], "Department": _NAMES["department"], "Organization": "organisation",
    "Web Page 1": _NAMES["website"], "Birth Year": "birth_year", "Birth Month": "birth_month",
    "Birth Day": "birth_day", "Notes": "notes",
}
THUNDERBIRD_FR = {
    "Prénom": "given", "Nom de famille": "family", "Nom à afficher": "name", "Surnom": _NAMES["pseudo"],
    "Première adresse électronique": "email", "Deuxième adresse électronique": "email2",
    "Nom de l'écran": "custom:screen name", "Tél. professionnel": "phone_work", "Tél. personnel": "phone_home",
    "Portable": "mobile", "Adresse privée": "street", "Adresse privée 2": "street2",
    "Adresse professionnelle": "address2_street", "Adresse professionnelle 2": "address2_street2",
    # home, then work: Thunderbird's French words for State and Country are "Pays/État" and "Région"
    "Ville": ("city", "address2_city"), "Pays/État": ("region", "address2_region"),
    "Code postal": ("postcode", "address2_postcode"), "Région": ("country", "address2_country"),
    "Profession": _NAMES["job"], "Service": _NAMES["department"], "Société": "organisation",
    "Site Web 1": _NAMES["website"], "Année de naissance": "birth_year", "Mois": "birth_month",
    "Jour": "birth_day", "Notes": "notes",
}

_OUTLOOK_KINDS = (("address2_type", "work", ("address2_street", "address2_street2", "address2_city",
                                               "address2_region", "address2_postcode", "address2_country")),
                  ("address3_type", "other", ("address3_street", "address3_street2", "address3_city",
                                                "address3_region", "address3_postcode", "address3_country")),
                  ("phone_type", "other", ("phone",)), ("phone2_type", "other", ("phone2",)),
                  ("phone3_type", "home", ("phone3",)), ("phone4_type", "work", ("phone4",)),
                  ("phone5_type", "mobile", ("phone5",)), ("phone6_type", "work", ("phone6",)))
_OUTLOOK_BLANKS = {"birth_date": frozenset({"0/0/00", "00/00/00", "00/00/0000"}),
                   "custom:anniversary": frozenset({"0/0/00", "00/00/00", "00/00/0000"}),
                   "custom:gender": frozenset({"Unspecified", "Non spécifié", "Non spécifié(e)"})}
_THUNDERBIRD_KINDS = (_OUTLOOK_KINDS[0],)

# which tool: every one of these (normalised) headers is in the file
_SIGNATURES = (
    ("google", GOOGLE, frozenset({"file as", "labels"})),
    ("google", GOOGLE, frozenset({"given name", "family name", "group membership"})),
    ("outlook", OUTLOOK, frozenset({"e mail address", "home street", "business street"})),
    ("outlook", OUTLOOK_FR, frozenset({"adresse de messagerie", "rue domicile", "rue bureau"})),
    ("thunderbird", THUNDERBIRD, frozenset({"primary email", "secondary email", "birth year"})),
    ("thunderbird", THUNDERBIRD_FR, frozenset({"premiere adresse electronique", "deuxieme adresse electronique",
                                               "annee de naissance"})),
)
_NORMALISED = {id(table): {normalise(h): f for h, f in table.items()} for _, table, _ in _SIGNATURES}


def recognise(header: list[str]) -> Known | None:
    """The tool that wrote a file with this header, and the field of each column it knows; None for others."""
    keys = [normalise(h) for h in header]
    present = set(keys)
    for tool, table, signature in _SIGNATURES:
        if signature <= present:
            by_name = _NORMALISED[id(table)]
            seen: dict[str, int] = {}
            found: dict[int, str] = {}
            for i, (raw, key) in enumerate(zip(header, keys, strict=True)):
                f = by_name.get(key)
                if isinstance(f, tuple):
                    n = seen[key] = seen.get(key, -1) + 1
                    f = f[n] if n < len(f) else None
                if f is None and tool == "google":
                    f = _google_numbered(raw.strip())
                if f:
                    found[i] = f
            if tool == "outlook":
                return Known(tool, found, _OUTLOOK_KINDS, _OUTLOOK_BLANKS)
            if tool == "thunderbird":
                return Known(tool, found, _THUNDERBIRD_KINDS)
            return Known(tool, found, multi=True)
    return None


def _google_numbered(header: str) -> str | None:
    m = _GOOGLE_NUMBERED.match(header)
    if not m:
        return None
    what, n, part = m.group(1), int(m.group(2)), m.group(3)
    pattern = _GOOGLE_PARTS[what].get(part)
    if pattern is None or n < 1:
        return None
    if what == "Address" and part == "PO Box":
        return None
    return pattern.format(n=n if n > 1 else "", a=f"address{n}_" if n > 1 else ("address_" if part in (
        "Label", "Type") else ""))


def groups(value: str) -> list[str]:
    """Google's group memberships -> tags: 'Amis ::: * myContacts ::: * starred' -> ['Amis', 'starred'] (a
    leading '* ' marks Google's own groups; myContacts, or '* My Contacts' in the former export, which every
    contact is in, is no tag)."""
    out = []
    for part in value.split(":::"):
        name = part.strip().removeprefix("*").strip()
        if name and name.lower().replace(" ", "") != "mycontacts" and name not in out:
            out.append(name)
    return out


def prepare(table: Table, mapping: dict[int, str], known: Known | None) -> tuple[Table, dict[int, str]]:
    """The table and mapping with what a recognised tool says by position: placeholders blanked, several values
    of one cell spread over numbered columns, kinds as ``*_type`` columns (added only where the columns they type
    have a value, and only for a type field the file does not map itself). Unrecognised files are left as
    they are."""
    if known is None:
        return table, mapping
    rows = [(line, list(cells)) for line, cells in table.rows]
    header = list(table.header)
    mapping = dict(mapping)
    width = len(header)
    for _, cells in rows:
        if len(cells) < width:
            cells.extend([""] * (width - len(cells)))
    by_field = {f: i for i, f in mapping.items()}
    for f, placeholders in known.blanks.items():
        i = by_field.get(f)
        if i is not None:
            for _, cells in rows:
                if cells[i].strip() in placeholders:
                    cells[i] = ""
    if known.multi:
        _spread(header, rows, mapping, by_field)
        by_field = {f: i for i, f in mapping.items()}
    for type_field, kind, typed in known.kinds:
        columns = [by_field[f] for f in typed if f in by_field]
        if type_field in by_field or not columns:
            continue
        index = len(header)
        header.append(type_field)
        mapping[index] = type_field
        for _, cells in rows:
            cells.append(kind if any(cells[i].strip() for i in columns) else "")
    return Table(header, rows, table.encoding, table.delimiter, table.header_line), mapping


def _spread(header: list[str], rows: list[tuple[int, list[str]]], mapping: dict[int, str],
            by_field: dict[str, int]) -> None:
    """Google's 'a ::: b' cells: emails become 'a, b' (an email cell may hold several); phones beyond the first go
    to new numbered phone columns, with the kind of the first."""
    numbered = [(f, i) for f, i in by_field.items() if re.fullmatch(r"(email|phone)\d*", f)]
    next_phone = 1 + max([int(f[5:] or 1) for f, _ in numbered if f.startswith("phone")] + [0])
    for f, i in numbered:
        if not any(MULTI.strip() in cells[i] for _, cells in rows):
            continue
        if f.startswith("email"):
            for _, cells in rows:
                cells[i] = ", ".join(x.strip() for x in cells[i].split(":::") if x.strip())
            continue
        split = [[x.strip() for x in cells[i].split(":::") if x.strip()] for _, cells in rows]
        extra = max(len(s) for s in split) - 1
        type_index = by_field.get(f + "_type")
        new = []
        for _ in range(extra):
            name = f"phone{next_phone}"
            next_phone += 1
            header += [name, name + "_type"]
            mapping[len(header) - 2], mapping[len(header) - 1] = name, name + "_type"
            new.append(name)
        for (_, cells), values in zip(rows, split, strict=True):
            kind = cells[type_index] if type_index is not None else ""
            cells[i] = values[0] if values else ""
            for k in range(extra):
                more = values[k + 1] if k + 1 < len(values) else ""
                cells += [more, kind if more else ""]
