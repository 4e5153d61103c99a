"""Tags as a whole: list them, rename one, merge one into another, delete one.

Each is one transaction: the records carrying the tag (logged on each record and re-indexed, vault/tags.py), and
what selects by the tag's name — saved searches (a logged update of their filters) and export profiles (their
selection) — follow a rename or a merge. A tag that a saved search or an export profile selects by is not deleted
(TagInUse names them): they would silently list nobody, or fail at the next export or sync.
"""

from __future__ import annotations

from dataclasses import dataclass

from ..core.errors import AmbiguousTag, TagInUse
from ..exchange.selection import Selection
from ..vault import exchange_log
from ..vault import tags as store
from ..vault.connection import Vault
from ..vault.saved_searches import SavedSearches


@dataclass(frozen=True)
class Tag:
    name: str
    count: int  # records carrying it


@dataclass(frozen=True)
class Uses:
    """What selects by a tag: saved searches (by name) and export profiles (by name)."""
    searches: tuple[tuple[str, str], ...] = ()  # (id, name)
    profiles: tuple[str, ...] = ()

    def __bool__(self) -> bool:
        return bool(self.searches or self.profiles)


@dataclass(frozen=True)
class Outcome:
    """What a rename, merge or delete did: the tag's name as it was, the name records now carry ('' after a
    delete), how many records carried it, and the saved searches and profiles that now select by the new name."""
    old: str
    new: str
    records: int
    uses: Uses = Uses()


def all_tags(vault: Vault) -> list[Tag]:
    return [Tag(name, count) for name, count in store.list_tags(vault)]


def _means(vault: Vault, wanted: str, stored: str) -> bool:
    """Whether a saved filter's or a profile's tag (matched as vault.tags.find_tag matches it) is the stored tag."""
    try:
        return store.find_tag(vault, wanted) == stored
    except AmbiguousTag:
        return wanted == stored


def uses(vault: Vault, name: str) -> Uses:
    """The saved searches and export profiles that select by this tag."""
    stored = store.find_tag(vault, name) or name
    searches = tuple((s.id, s.name) for s in SavedSearches(vault).all()
                     if (s.filters or {}).get("tag") and _means(vault, s.filters["tag"], stored))
    profiles = tuple(p.name for p in exchange_log.profiles(vault)
                     if (tag := Selection.from_json(p.selection).tag) and _means(vault, tag, stored))
    return Uses(searches, profiles)


def _follow(vault: Vault, found: Uses, new: str) -> None:
    """Saved searches and profiles that selected by the old name select by ``new``."""
    searches = SavedSearches(vault)
    for ident, _name in found.searches:
        filters = dict(searches.get(ident).filters or {})
        filters["tag"] = new
        searches.update_fields(ident, {"filters": filters})
    for name in found.profiles:
        selection = Selection.from_json(exchange_log.get_profile(vault, name).selection)
        selection.tag = new
        exchange_log.set_profile_selection(vault, name, selection.to_json())


def rename(vault: Vault, old: str, new: str) -> Outcome:
    """Rename a tag (TagExists when another tag has the new name: merge them instead)."""
    with vault.transaction():
        found = uses(vault, old)
        stored, count = store.rename_tag(vault, old, new)
        current = store.find_tag(vault, new) or new
        if current != stored:
            _follow(vault, found, current)
    return Outcome(stored, current, count, found)


def merge(vault: Vault, source: str, target: str) -> Outcome:
    """Merge tag ``source`` into ``target``: its records carry ``target``; ``source`` is gone."""
    with vault.transaction():
        found = uses(vault, source)
        source_name, target_name, count = store.merge_tags(vault, source, target)
        _follow(vault, found, target_name)
    return Outcome(source_name, target_name, count, found)


def delete(vault: Vault, name: str) -> Outcome:
    """Delete a tag from every record carrying it, and the tag (TagInUse while something selects by it)."""
    with vault.transaction():
        found = uses(vault, name)
        if found:
            raise TagInUse(store.find_tag(vault, name) or name, [n for _i, n in found.searches], list(found.profiles))
        stored, count = store.delete_tag(vault, name)
    return Outcome(stored, "", count)
