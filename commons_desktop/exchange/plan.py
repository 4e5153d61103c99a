"""The import preview: every incoming record matched, merged and validated against the vault, without
writing anything. ``apply.apply_plan`` then writes exactly this plan in one transaction.

Matching: an id the file carries (our own exports, bundles) first, then the member number (always, when a
person has one: it is unique), then the chosen rules in order. Every candidate a rule finds for a person (every
owner of the email, not only the first) goes through exchange/same_person.py: one whose names, birth date or member
number disagree is another person, and the row is then imported as a new person flagged as a possible duplicate of
it (unless another candidate agrees). A member number that belongs to someone whose names or birth date disagree is
a row error: the number cannot be given twice and the row cannot be imported without it.

Each row's outcome says, as codes (ui/ and cli/ choose the words), what happens to it, the rule that matched it,
the record it matched (an existing id, or the earlier line of the file) and that record's name."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from functools import lru_cache
from operator import attrgetter, itemgetter

from ..core.errors import ErrorText, InvalidInput
from ..core.ids import is_uuid, uuid7_batch
from ..core.model import Contribution, Membership, Organisation, Person, Relationship
from ..core.text import phone_digits, sort_key
from ..vault import exchange_match
from ..vault.connection import Vault
from ..vault.organisations import Organisations
from ..vault.people import People
from . import merge as mergemod
from .incoming import Batch, Incoming, IncomingDocument, Tombstone
from .limits import DEFAULT
from .notes import Note, NoteCode
from .same_person import conflicts, identity

MATCH_RULES = ("email", "phone", "name-birth", "name")
# the rule codes a row outcome may carry: the chosen rules, and those always tried first
RULE_CODES = ("id", "member_number", *MATCH_RULES)
# why a row ends as it does (RowOutcome.reason)
REASONS = ("exists", "duplicate-row", "merged", "no-change", "changed", "possible-duplicate",
           "member-number-taken", "organisation-column")
MODES = ("create", "update", "fill")
_FRESH = 1024
_PREPARED = 5000  # records prepared (validated, their match keys made) and their owners read at a time


@dataclass
class ImportOptions:
    match: tuple[str, ...] = ("email",)
    mode: str = "create"
    skip_invalid: bool = False
    keep_photos: bool = True
    origin: int | None = None            # partner rid, for bundles
    from_origin: frozenset[str] = frozenset()  # ids this partner sent before (their updates replace)

    def __post_init__(self) -> None:
        bad = [m for m in self.match if m not in MATCH_RULES]
        if bad or self.mode not in MODES:
            raise InvalidInput(f"unknown match rule or mode: {', '.join(bad) or self.mode}")


@dataclass(slots=True)
class Action:
    op: str                                   # create | update
    entity: str
    target: str
    record: Person | Organisation
    line: int = 0
    changed: list[str] = field(default_factory=list)
    tags: list[str] = field(default_factory=list)
    memberships: list[Membership] = field(default_factory=list)
    contributions: list[Contribution] = field(default_factory=list)


@dataclass(slots=True)
class RowOutcome:
    """What happens to one row (one record) of the file. ``detail`` is an error's message (English, the CLI's
    words); everything else is codes and facts: ``rule`` (RULE_CODES) found ``matched`` (an existing record's id,
    or the record of the earlier ``matched_line`` of this file) named ``matched_name``; ``reason`` (REASONS) says
    why the row is skipped, updated or flagged; ``changed`` the fields an update sets; ``conflicts`` the fields
    that made a candidate another person (exchange/same_person.py)."""
    line: int
    outcome: str                              # created | updated | skipped | error
    entity: str
    label: str
    detail: str = ""
    target: str = ""
    rule: str = ""
    matched: str = ""
    matched_name: str = ""
    matched_line: int = 0
    reason: str = ""
    changed: Sequence[str] = ()
    conflicts: Sequence[str] = ()

    @property
    def flagged(self) -> bool:
        """A new person who resembles an existing record (or an earlier row) but is not the same person."""
        return self.reason == "possible-duplicate"

    @property
    def listed(self) -> bool:
        """Whether the preview lists this row: every skipped, updated, flagged or invalid row."""
        return self.outcome != "created" or self.flagged


@dataclass(slots=True)
class Candidate:
    """A record a rule found for an incoming person, and what disagrees between them."""
    target: str
    rule: str
    conflicts: list[str]


@dataclass
class Plan:
    actions: list[Action] = field(default_factory=list)
    rows: list[RowOutcome] = field(default_factory=list)
    relationships: list[Relationship] = field(default_factory=list)
    documents: list[tuple[IncomingDocument, list[tuple[str, str]]]] = field(default_factory=list)
    tombstones: list[Tombstone] = field(default_factory=list)
    errors: list[tuple[int, str]] = field(default_factory=list)
    notes: list[str] = field(default_factory=list)
    state: int = -1                            # exchange_match.state when planned
    options: ImportOptions | None = None

    def count(self, op: str) -> int:
        return list(map(attrgetter("op"), self.actions)).count(op)

    @property
    def created(self) -> int:
        return self.count("create")

    @property
    def updated(self) -> int:
        return self.count("update")

    @property
    def skipped(self) -> int:
        return list(map(attrgetter("outcome"), self.rows)).count("skipped")

    @property
    def flagged(self) -> int:
        """New people flagged as possible duplicates of a record they resemble."""
        return list(map(attrgetter("reason"), self.rows)).count("possible-duplicate")


class Planner:
    def __init__(self, vault: Vault, options: ImportOptions):
        self.vault = vault
        self.opt = options
        self.idx = exchange_match.load(vault)
        self.plan = Plan()
        self.by_target: dict[str, Action] = {}
        self.key_target: dict[str, tuple[str, str]] = {}      # file key -> (entity, local id)
        self.pending: dict[tuple[str, str, str], list[str]] = {}  # (entity, rule, value) -> targets of new records
        self.taken: set[str] = set()
        self.links: set[tuple[str, str, str]] = set()           # (from, kind, to) existing or planned
        self.links_loaded: set[str] = set()
        self.fresh: list[str] = []  # new ids not used yet, the next one last

    # -- records ----------------------------------------------------------------------------------------------
    def run(self, batch: Batch) -> Plan:
        p = self.plan
        p.notes += batch.notes
        for line, message in batch.errors:
            self.error(line, message)
        wanted = [i.source_id for i in batch.items if i.source_id and is_uuid(i.source_id)]
        self.taken = exchange_match.ids_in_use(self.vault, wanted) if wanted else set()
        # organisations first, so that people's organisation columns (CSV, vCard ORG) find them (what a stable sort
        # on "is a person" gives)
        items = [i for i in batch.items if isinstance(i.record, Person)]
        if len(items) < len(batch.items):
            items = [i for i in batch.items if not isinstance(i.record, Person)] + items
        # records validated a few thousand at a time, so that the owners of their email and phone values are read
        # in a few queries, without holding what is prepared for every record of a big file (placed in file order)
        for start in range(0, len(items), _PREPARED):
            prepared = [self.prepare(item) for item in items[start:start + _PREPARED]]
            self.prefetch(prepared)
            for one in prepared:
                self.place(one)
            del prepared
        from .plan_links import plan_links
        plan_links(self, batch)
        p.rows.sort(key=attrgetter("line"))
        p.errors.sort(key=itemgetter(0))
        return p

    def error(self, line: int, message: str, label: str = "", entity: str = "") -> None:
        self.plan.errors.append((line, message))
        self.plan.rows.append(RowOutcome(line, "error", entity, label, message))

    def prepare(self, item: Incoming) -> tuple:
        """What planning an item needs that does not depend on the other items: (item, label, entity, error,
        record, memberships, contributions, tags, match keys); record and what follows are None after an error."""
        label = _label(item.record)
        entity = "person" if isinstance(item.record, Person) else "organisation"  # item.entity
        if item.error:
            return item, label, entity, item.error, None, None, None, None, None
        try:
            record = item.record if item.as_read else item.record.validated()
            # (none: one shared empty list, never changed in place: see matched())
            memberships = [m.validated() for m in item.memberships] if item.memberships else _NONE
            contributions = [c.validated() for c in item.contributions] if item.contributions else _NONE
            tags = [_tag(t) for t in item.tags] if item.tags else _NONE
        except InvalidInput as exc:
            return item, label, entity, ErrorText(exc), None, None, None, None, None
        return item, label, entity, "", record, memberships, contributions, tags, self.keys(entity, record)

    def prefetch(self, prepared: list[tuple]) -> None:
        """Read the owners of every email, phone and member number the items will be matched on, and what those
        people say about who they are, in a few queries."""
        wanted: dict[tuple[str, str], set[str]] = {}
        for _, _, entity, _, record, _, _, _, keys in prepared:
            if record is not None:
                for rule, value in keys:
                    if rule in _OWNED or (rule == "phone" and entity == "person"):
                        wanted.setdefault((entity, rule), set()).add(value)
        owners: set[str] = set()
        for (entity, rule), values in wanted.items():
            self.idx.prefetch(entity, rule, values)
            if entity == "person":
                owners |= self.idx.owners_of(entity, rule, values)
        if owners:
            self.idx.identities(owners)

    def place(self, prepared: tuple) -> None:
        """Match a prepared item and plan what it does (in file order: earlier items are matched first)."""
        item, label, entity, error, record, memberships, contributions, tags, keys = prepared
        if record is None:
            return self.error(item.line, error, label, entity)
        target, rule, near = self.match(item, record, keys, entity, near=True)
        if target is None and near is not None and near.rule == "member_number":
            row = self.outcome(item.line, "error", entity, label, near, "member-number-taken")
            row.detail = (f"invalid member number ({record.member_number!r}): already belongs to "
                          f"{row.matched_name or near.target}, whose {', '.join(near.conflicts)} differ")
            self.plan.errors.append((item.line, row.detail))
            self.plan.rows.append(row)
            return None
        if target is None:
            target = self.new_id(item.source_id)
            action = Action("create", entity, target, record, item.line, _NONE, tags, memberships, contributions)
            self.plan.actions.append(action)  # self.add(action)
            self.by_target[target] = action
            self.remember(entity, record, target, keys)
            self.key_target[item.key] = (entity, target)
            if near is None:
                self.plan.rows.append(RowOutcome(item.line, "created", entity, label, "", target))
            else:  # resembles another record but is not the same person
                row = self.outcome(item.line, "created", entity, label, near, "possible-duplicate")
                row.target, row.conflicts = target, list(near.conflicts)
                self.plan.rows.append(row)
        else:
            self.key_target[item.key] = (entity, target)
            self.matched(item, record, target, rule, tags, memberships, contributions, label)
        if item.organisation and entity == "person" and (target in self.by_target or self.opt.mode != "create"):
            from .plan_links import link_organisation
            link_organisation(self, target, item.organisation, item.line, item.organisation_kind)
        return None

    def outcome(self, line: int, outcome: str, entity: str, label: str, found: Candidate, reason: str,
                changed: list[str] | None = None) -> RowOutcome:
        """A row that matched ``found``: the matched record's id (or earlier line) and name filled in."""
        pending = self.by_target.get(found.target)
        if pending is not None:
            name, at, matched = _label(pending.record), pending.line, pending.target
        else:
            name, at, matched = self.name_of(entity, found.target), 0, found.target
        return RowOutcome(line, outcome, entity, label, "", found.target, found.rule, matched, name, at, reason,
                          list(changed or []))

    def name_of(self, entity: str, ident: str) -> str:
        """The display name of a record already in the vault."""
        if entity == "person":
            known = self.idx.identity(ident)
            if known is not None:
                return Person(given=known[0], family=known[1]).display_name[:80]
            return ""
        try:
            return Organisations(self.vault).get(ident).name[:80]
        except Exception:  # noqa: BLE001 - a name is only shown; a missing one is no reason to stop
            return ""

    def matched(self, item, record, target, rule, tags, memberships, contributions, label) -> None:
        pending = self.by_target.get(target)
        found = Candidate(target, rule, [])
        entity = item.entity
        if self.opt.mode == "create":
            self.plan.rows.append(self.outcome(item.line, "skipped", entity, label, found,
                                               "exists" if pending is None else "duplicate-row"))
            return
        if pending is None:
            repo = People(self.vault) if entity == "person" else Organisations(self.vault)
            existing = repo.get(target)
            base, have_tags = existing, set(existing.tags)
            old_m = old_c = []
            if entity == "person":
                from ..vault.memberships import Contributions, Memberships
                old_m = Memberships(self.vault).of_person(target)
                old_c = Contributions(self.vault).list(person_id=target, limit=100_000)
        else:
            base, have_tags = pending.record, set()
            old_m, old_c = pending.memberships, pending.contributions
        replace = rule == "id" and target in self.opt.from_origin
        merged, changed = mergemod.merge(base, record, self.opt.mode, replace=replace)
        if "member_number" in changed and merged.member_number:
            holder = self.number_holder(merged.member_number, other_than=target)
            if holder is not None:  # (a record matched by its id, given a number someone else has)
                row = self.outcome(item.line, "error", entity, label, Candidate(holder, "member_number", []),
                                   "member-number-taken")
                row.detail = (f"invalid member number ({merged.member_number!r}): already belongs to "
                              f"{row.matched_name or holder}")
                self.plan.errors.append((item.line, row.detail))
                self.plan.rows.append(row)
                return
            self.pending.setdefault((entity, "member_number", merged.member_number), []).append(target)
        new_tags = [t for t in tags if t not in have_tags and (pending is None or t not in pending.tags)]
        new_m = mergemod.new_items(old_m, memberships, mergemod.membership_key)
        new_c = mergemod.new_items(old_c, contributions, mergemod.contribution_key)
        what = changed + (["tags"] if new_tags else []) + (["memberships"] if new_m else []) \
            + (["contributions"] if new_c else [])
        if pending is not None:
            pending.record = merged
            pending.changed = sorted(set(pending.changed) | set(changed))
            if new_tags:  # (new lists: an action's may be the shared empty one)
                pending.tags = [*pending.tags, *new_tags]
            if new_m:
                pending.memberships = [*pending.memberships, *new_m]
            if new_c:
                pending.contributions = [*pending.contributions, *new_c]
            self.plan.rows.append(self.outcome(item.line, "skipped", entity, label, found, "merged", what))
            return
        if not what:
            self.plan.rows.append(self.outcome(item.line, "skipped", entity, label, found, "no-change"))
            return
        self.add(Action("update", entity, target, merged, item.line, changed, new_tags, new_m, new_c))
        self.plan.rows.append(self.outcome(item.line, "updated", entity, label, found, "changed", what))

    def number_holder(self, number: str, *, other_than: str) -> str | None:
        """Who else (in the vault, or a record planned here) has this member number."""
        for ident in self.idx.owners("person", "member_number", number):
            if ident != other_than:
                return ident
        for ident in self.pending.get(("person", "member_number", number), ()):
            if ident != other_than:
                return ident
        return None

    def add(self, action: Action) -> None:
        self.plan.actions.append(action)
        self.by_target[action.target] = action

    def new_id(self, wanted: str) -> str:
        if wanted and is_uuid(wanted) and wanted not in self.taken:
            self.taken.add(wanted)
            return wanted
        if not self.fresh:  # new ids are made a thousand at a time, used in order
            self.fresh = uuid7_batch(_FRESH)
            self.fresh.reverse()
        return self.fresh.pop()

    # -- matching ---------------------------------------------------------------------------------------------
    def keys(self, entity: str, record) -> list[tuple[str, str]]:
        """(rule, value) in the order they are tried: an organisation's name; a person's member number, then the
        chosen rules."""
        out: list[tuple[str, str]] = []
        if entity == "organisation":
            out.append(("name", sort_key(record.name)))
        elif record.member_number:
            out.append(("member_number", record.member_number))
        for rule in self.opt.match:
            if rule == "email":
                out += [("email", e.address.casefold()) for e in record.emails]
            elif rule == "phone" and entity == "person":
                out += [("phone", phone_digits(p.number)) for p in record.phones]
            elif rule == "name-birth" and entity == "person" and record.birth_date:
                out.append(("name-birth", f"{sort_key(record.family, record.given)}|{record.birth_date}"))
            elif rule == "name" and entity == "person":
                out.append(("name", sort_key(record.family, record.given)))
        return [(r, v) for r, v in out if v]

    def match(self, item: Incoming, record, keys: list[tuple[str, str]] | None = None,
              entity: str = "", near: bool = False):
        """(target, rule) of the record this item is; (None, '') when it is new. ``keys``: self.keys(entity,
        record), when the caller has them already (and ``entity``). With ``near``: (target, rule, the first
        candidate found that is another person, or None).

        The candidates, in the order they are tried: the file's id; then each rule's value: its owners in the vault
        (oldest first), then the records planned before with it; each once. A person is taken only when nothing
        disagrees (exchange/same_person.py; nothing is compared for a match by id)."""
        entity = entity or item.entity
        if item.source_id:
            # (an id no record has, as ids_in_use told in run(), is not looked up in every live record's id: read
            # only when needed, they are ~34 MB at 100,000 people, which a file of new records never needs)
            if item.source_id in self.taken and \
                    item.source_id in (self.idx.people if entity == "person" else self.idx.organisations):
                return (item.source_id, "id", None) if near else (item.source_id, "id")
            seen = self.key_target.get(item.source_id)
            if seen and seen[0] == entity:
                return (seen[1], "id", None) if near else (seen[1], "id")
        person = entity == "person"
        owners, lookup_all, planned = self.idx.owners, self.lookup_all, self.pending.get
        first_other: Candidate | None = None
        tried: set[str] | None = None
        mine = None
        for rule, value in self.keys(entity, record) if keys is None else keys:
            # (rows match seldom: most go through these two lookups and nothing else)
            found = owners(entity, rule, value) if rule in _OWNED or (rule == "phone" and person) else \
                lookup_all(entity, rule, value)
            pending = planned((entity, rule, value))
            if not found and not pending:
                continue
            for target in (*found, *pending) if pending else found:
                if tried is None:
                    tried = set()
                elif target in tried:
                    continue
                tried.add(target)
                if not person:
                    return (target, rule, None) if near else (target, rule)
                if mine is None:
                    mine = identity(record)
                differ = conflicts(mine, self.identity_of(target))
                if not differ:
                    return (target, rule, first_other) if near else (target, rule)
                if first_other is None:
                    first_other = Candidate(target, rule, differ)
        return (None, "", first_other) if near else (None, "")

    def identity_of(self, target: str) -> tuple:
        """What a candidate person says about who they are (a record planned here, or one in the vault)."""
        pending = self.by_target.get(target)
        if pending is not None:
            return identity(pending.record)
        return self.idx.identity(target) or ("", "", None, "")

    def lookup_all(self, entity: str, rule: str, value: str) -> list[str]:
        """Ids of the records in the vault with this value for this rule, oldest first."""
        i = self.idx
        if rule in _OWNED or (rule == "phone" and entity == "person"):
            return i.owners(entity, rule, value)
        if rule == "name-birth" and entity == "person":
            key, _, birth = value.partition("|")
            return i.name_birth.get((key, birth), [])
        if rule == "name" and entity == "person":
            return i.person_names.get(value, [])
        if rule == "name" and entity == "organisation":
            return i.org_names.get(value, [])
        return []

    def lookup(self, entity: str, rule: str, value: str) -> str | None:
        hits = self.lookup_all(entity, rule, value)
        return hits[0] if hits else None

    def planned(self, entity: str, rule: str, value: str) -> str | None:
        """The first record planned here with this value for this rule, or None."""
        found = self.pending.get((entity, rule, value))
        return found[0] if found else None

    def remember(self, entity: str, record, target: str, keys: list[tuple[str, str]] | None = None) -> None:
        for rule, value in self.keys(entity, record) if keys is None else keys:
            found = self.pending.get((entity, rule, value))
            if found is None:
                self.pending[(entity, rule, value)] = [target]
            elif target not in found:
                found.append(target)


_NONE: list = []  # what a planned record has none of (shared: never changed in place)
_OWNED = ("email", "member_number")  # rules whose owners the match index reads by value (and phones of people)


def _label(record) -> str:
    try:
        return record.display_name[:80]
    except Exception:
        return ""


@lru_cache(maxsize=4096)
def _tag(name: str) -> str:
    from ..core.validation import tag_name
    return tag_name(name)


def make_plan(vault: Vault, batch: Batch, options: ImportOptions) -> Plan:
    state = exchange_match.state(vault)
    plan = Planner(vault, options).run(batch)
    plan.state, plan.options = state, options
    if len(plan.errors) > DEFAULT.errors_kept:
        plan.notes.append(Note(NoteCode.ERRORS_LISTED, count=len(plan.errors), kept=DEFAULT.errors_kept))
    return plan


def still_valid(vault: Vault, plan: Plan | None, options: ImportOptions) -> bool:
    """Whether a preview's plan can be written as it is (nothing changed in the vault since, same options)."""
    return plan is not None and plan.options == options and plan.state == exchange_match.state(vault)
