"""The HTML that ui/pdf turns into PDF pages (QTextDocument's HTML subset): member list, address labels,
membership cards, and the per-person report "everything we hold about you". No Qt here."""

from __future__ import annotations

from datetime import date
from html import escape
from typing import Any

from ..core.model import Membership, Person
from .collect import Collected

WORDS = {
    "en": {"list": "Member list", "labels": "Address labels", "cards": "Membership cards", "name": "Name",
           "email": "Email", "phone": "Phone", "city": "City", "membership": "Membership", "until": "valid until",
           "member": "Member", "report": "Everything we hold about you", "printed": "Printed on",
           "identity": "Identity", "contacts": "Contact details", "memberships": "Memberships",
           "contributions": "Contributions", "relationships": "Relationships", "documents": "Documents",
           "consents": "Consents", "custom": "Other fields", "tags": "Tags", "notes": "Notes",
           "disclosures": "Shared with", "history": "Recorded changes", "birth": "Birth date",
           "languages": "Languages", "none": "(none)", "people": "people", "number": "Member no."},
    "fr": {"list": "Liste des membres", "labels": "Étiquettes d'adresse", "cards": "Cartes de membre",
           "name": "Nom", "email": "Courriel", "phone": "Téléphone", "city": "Ville", "membership": "Adhésion",
           "until": "valable jusqu'au", "member": "Membre", "report": "Tout ce que nous détenons à votre sujet",
           "printed": "Imprimé le", "identity": "Identité", "contacts": "Coordonnées",
           "memberships": "Adhésions", "contributions": "Cotisations et dons", "relationships": "Liens",
           "documents": "Documents", "consents": "Consentements", "custom": "Autres champs",
           "tags": "Étiquettes", "notes": "Notes", "disclosures": "Transmis à", "history": "Modifications",
           "birth": "Date de naissance", "languages": "Langues", "none": "(aucun)", "people": "personnes",
           "number": "N° d'adhérent"},
}
STYLE = ("<style>body{font-family:'DejaVu Sans',sans-serif;font-size:10pt} h1{font-size:16pt} "
         "h2{font-size:12pt;margin-top:12pt} td,th{padding:3pt} th{text-align:left;background:#ddd}</style>")


def words(lang: str) -> dict[str, str]:
    return WORDS.get((lang or "en")[:2], WORDS["en"])


def _e(value: Any) -> str:
    return escape("" if value is None else str(value)).replace("\n", "<br/>")


def _page(title: str, body: str) -> str:
    return f"<html><head><meta charset='utf-8'/>{STYLE}</head><body><h1>{_e(title)}</h1>{body}</body></html>"


def _latest(data: Collected) -> dict[str, Membership]:
    out: dict[str, Membership] = {}
    for m in data.memberships:
        out[m.person_id] = m
    return out


def member_list(data: Collected, lang: str, group: str, today: date | None = None) -> str:
    w = words(lang)
    latest = _latest(data)
    rows = []
    for p in data.people:
        m = latest.get(p.id)
        ms = f"{m.status} ({w['until']} {m.end})" if m and m.end else (m.status if m else "")
        rows.append("<tr>" + "".join(f"<td>{_e(x)}</td>" for x in (
            f"{p.family.upper()} {p.given}".strip(), p.emails[0].address if p.emails else "",
            p.phones[0].number if p.phones else "", p.addresses[0].city if p.addresses else "", ms)) + "</tr>")
    head = "".join(f"<th>{w[k]}</th>" for k in ("name", "email", "phone", "city", "membership"))
    stamp = f"<p>{_e(group)} — {w['printed']} {(today or date.today()).isoformat()} — {len(rows)} {w['people']}</p>"
    return _page(f"{w['list']}", stamp + f"<table width='100%' border='1' cellspacing='0'><tr>{head}</tr>"
                 + "".join(rows) + "</table>")


def _address_lines(p: Person) -> list[str]:
    """A label's lines: the name, each line of the street (a street may hold several), the town, region, country."""
    a = p.addresses[0]
    return [x for x in (p.display_name, *a.street.split("\n"), " ".join(y for y in (a.postcode, a.city) if y),
                        a.region, a.country) if x]


def labels(data: Collected, lang: str, group: str) -> str:
    """Three labels per row; people without a postal address are left out."""
    people = [p for p in data.people if p.addresses and (p.addresses[0].street or p.addresses[0].city)]
    cells = [f"<td width='33%' height='96' valign='top'>{'<br/>'.join(_e(x) for x in _address_lines(p))}</td>"
             for p in people]
    rows = ["<tr>" + "".join(cells[i:i + 3]) + "</tr>" for i in range(0, len(cells), 3)]
    return _page(words(lang)["labels"], "<table width='100%' cellspacing='6' cellpadding='8'>" + "".join(rows)
                 + "</table>")


def cards(data: Collected, lang: str, group: str) -> str:
    w = words(lang)
    latest = _latest(data)
    cells = []
    for p in data.people:
        m = latest.get(p.id)
        detail = f"{_e(m.type)} — {_e(m.status)}" + (f"<br/>{w['until']} {_e(m.end)}" if m and m.end else "") \
            if m else w["member"]
        number = f"{w['number']} <b>{_e(p.member_number)}</b><br/>" if p.member_number else ""
        cells.append(f"<td width='50%' style='border:1px solid #333'><b>{_e(group)}</b><br/><br/>"
                     f"<span style='font-size:13pt'>{_e(p.display_name)}</span><br/>{number}{detail}<br/>"
                     f"<small>{_e(p.id[-12:])}</small></td>")
    rows = ["<tr>" + "".join(cells[i:i + 2]) + "</tr>" for i in range(0, len(cells), 2)]
    return _page(w["cards"], "<table width='100%' cellspacing='10' cellpadding='10'>" + "".join(rows) + "</table>")


def html_for(fmt: str, data: Collected, lang: str, group: str) -> str:
    return {"pdf-list": member_list, "pdf-labels": labels, "pdf-cards": cards}[fmt](data, lang, group)


def _section(title: str, items: list[str], none: str) -> str:
    body = "<ul>" + "".join(f"<li>{x}</li>" for x in items) + "</ul>" if items else f"<p>{none}</p>"
    return f"<h2>{_e(title)}</h2>{body}"


def person_report(r: dict[str, Any], lang: str, group: str, today: date | None = None) -> str:
    """``r`` is services.exports.person_report_data's dict."""
    w = words(lang)
    p: Person = r["person"]
    none = w["none"]
    parts = [f"<p>{_e(group)} — {w['printed']} {(today or date.today()).isoformat()}</p>",
             _section(w["identity"], [f"{w['name']}: {_e(p.display_name)}", f"{w['birth']}: {_e(p.birth_date or '')}",
                                      f"{w['languages']}: {_e(', '.join(p.languages))}"]
                      + ([f"{w['number']}: {_e(p.member_number)}"] if p.member_number else []), none),
             _section(w["contacts"], [_e(f"{e.address} ({e.kind})") for e in p.emails]
                      + [_e(f"{x.number} ({x.kind})") for x in p.phones]
                      + [_e(f"{a.one_line()} ({a.kind})") for a in p.addresses], none),
             _section(w["consents"], [_e(f"{c.what}: {c.given_on or ''} – {c.until or ''}") for c in p.consents], none),
             _section(w["custom"], [_e(f"{k}: {v}") for k, v in sorted(p.custom.items())], none),
             _section(w["tags"], [_e(t) for t in p.tags], none),
             _section(w["notes"], [_e(p.notes)] if p.notes else [], none),
             _section(w["memberships"], [_e(f"{m.type}, {m.status}, {m.start or ''} – {m.end or ''}")
                                         for m in r["memberships"]], none),
             _section(w["contributions"], [_e(f"{c.date}: {c.amount} {c.currency} ({c.kind}, {c.method})")
                                           for c in r["contributions"]], none),
             _section(w["relationships"], [_e(x) for x in r["relationships"]], none),
             _section(w["documents"], [_e(f"{d.title} — {d.current.file_name}, {d.current.size:,} bytes")
                                       for d in r["documents"] if d.current], none),
             _section(w["disclosures"], [_e(x) for x in r["disclosures"]], none),
             f"<h2>{w['history']}</h2><p>{r['changes']}</p>"]
    return _page(f"{w['report']}: {p.display_name}", "".join(parts))
