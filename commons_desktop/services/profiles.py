"""Export profiles (named selection + allowed fields; the sync issue reuses them for servers) and the
disclosure log as the user reads it."""

from __future__ import annotations

from dataclasses import dataclass

from ..core import validation
from ..core.errors import InvalidInput
from ..exchange.selection import Selection, check_fields, resolve
from ..vault import exchange_log
from ..vault.connection import Vault
from ..vault.exchange_log import Disclosure, Profile


def add(vault: Vault, name: str, selection: Selection, fields: list[str] | None = None) -> Profile:
    name = validation.text(name, "profile name", required=True, limit=80)
    chosen = [x for x in (selection.ids, selection.tag, selection.search) if x]
    if len(chosen) != 1:
        raise InvalidInput("a profile selects by exactly one of: ids, tag, search")
    resolve(vault, selection)  # unknown ids or tags fail now, not at export time
    return exchange_log.add_profile(vault, name, selection.to_json(), check_fields(fields) or [])


def list_all(vault: Vault) -> list[Profile]:
    return exchange_log.profiles(vault)


def show(vault: Vault, name: str) -> dict:
    """The profile, what it selects today and the fields it lets leave."""
    p = exchange_log.get_profile(vault, name)
    sel = Selection.from_json(p.selection)
    people, orgs = resolve(vault, sel)
    return {"name": p.name, "selection": sel.describe(), "people": len(people), "organisations": len(orgs),
            "fields": p.fields or ["(all)"], "created": p.created}


def remove(vault: Vault, name: str) -> None:
    exchange_log.remove_profile(vault, name)


@dataclass
class DisclosureLine:
    at: str
    kind: str
    recipients: list[str]
    destination: str
    profile: str
    fields: list[str]
    count: int

    def text(self) -> str:
        via = f" (profile {self.profile})" if self.profile else ""
        return (f"{self.at}  {self.kind} to {', '.join(self.recipients)} -> {self.destination}{via}: "
                f"{self.count} record(s); fields {', '.join(self.fields)}")


def disclosures(vault: Vault, person_id: str | None = None) -> list[DisclosureLine]:
    """Newest first; with ``person_id``, only what carried that record ('shared with ... on ...')."""
    return [_line(d) for d in exchange_log.disclosures(vault, person_id)]


def _line(d: Disclosure) -> DisclosureLine:
    return DisclosureLine(d.at, d.kind, d.recipients, d.destination, d.profile, d.fields, d.count)
