"""The header words of Commons' own spreadsheet exports, recognised on import in English and French (the words
themselves are chosen at the edge: cli/sheet_words.py, ui/exchange/sheet_words.py; tests check that every word
they write comes back as its column). Only the words the ordinary synonyms (fields.py) do not already know are
here: numbered types and later addresses ('Email 2 type', 'Type de courriel 2', 'City (address 2)', 'Ville
(adresse 2)'), the identifier and the custom fields ('Champ : profession')."""

from __future__ import annotations

import re

_PARTS = {"street": "street", "postcode": "postcode", "city": "city", "region": "region", "country": "country",
          "rue": "street", "code postal": "postcode", "ville": "city", "pays": "country"}
_ADDRESS = re.compile(r"^(street|postcode|city|region|country|rue|code postal|ville|pays) (?:address|adresse) (\d+)$")
_TYPE = re.compile(r"^(?:(email|phone|address)(?: (\d+))? type|type de (courriel|telephone)(?: (\d+))?"
                   r"|type d adresse(?: (\d+))?)$")
_CUSTOM = re.compile(r"^\s*champ\s*:\s*(\S.*?)\s*$", re.IGNORECASE | re.S)
_IDENTIFIER = ("commons identifier", "identifiant commons")


def guess(key: str, raw: str) -> str | None:
    """The column of a header word of our exports (``key``: the header normalised by fields.normalise)."""
    if key in _IDENTIFIER:
        return "id"
    m = _CUSTOM.match(raw)
    if m:
        return "custom:" + m.group(1)
    m = _ADDRESS.match(key)
    if m:
        n = int(m.group(2))
        part = _PARTS["region" if m.group(1) == "region" else m.group(1)]
        return f"address{n}_{part}" if n > 1 else part
    m = _TYPE.match(key)
    if m:
        kind = m.group(1) or {"courriel": "email", "telephone": "phone"}.get(m.group(3) or "", "address")
        n = int(m.group(2) or m.group(4) or m.group(5) or 1)
        if kind == "address":
            return f"address{n}_type" if n > 1 else "address_type"
        return f"{kind}{n if n > 1 else ''}_type"
    return None
