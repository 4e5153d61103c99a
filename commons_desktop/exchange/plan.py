"""The import preview: every incoming record matched, merged and validated against the vault, without
writing anything. ``apply.apply_plan`` then writes exactly this plan in one transaction."""

from __future__ import annotations

from dataclasses import dataclass, field
from functools import lru_cache
from operator import attrgetter, itemgetter

from ..core.errors import InvalidInput
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

MATCH_RULES = ("email", "phone", "name-birth")
MODES = ("create", "update", "fill")
_FRESH = 1024


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


@dataclass
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


@dataclass
class RowOutcome:
    line: int
    outcome: str                              # created | updated | skipped | error
    entity: str
    label: str
    detail: str = ""
    target: str = ""


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


class Planner:
    def __init__(self, vault: Vault, options: ImportOptions):
        self.vault = vault
        self.opt = options
        self.idx = exchange_match.load(vault)
        self.plan = Plan()
        self.by_target: dict[str, Action] = {}
        self.key_target: dict[str, tuple[str, str]] = {}      # file key -> (entity, local id)
        self.pending: dict[tuple[str, str], str] = {}          # (rule, value) -> target of a new record
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
        # every record validated first, so that the owners of all their email and phone values are read at once
        prepared = [self.prepare(item) for item in items]
        self.prefetch(prepared)
        for one in prepared:
            self.place(one)
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
            memberships = [m.validated() for m in item.memberships] if item.memberships else []
            contributions = [c.validated() for c in item.contributions] if item.contributions else []
            tags = [_tag(t) for t in item.tags] if item.tags else []
        except InvalidInput as exc:
            return item, label, entity, str(exc), None, None, None, None, None
        return item, label, entity, "", record, memberships, contributions, tags, self.keys(entity, record)

    def prefetch(self, prepared: list[tuple]) -> None:
        """Read the owners of every email and phone value the items will be matched on, in a few queries."""
        wanted: dict[tuple[str, str], set[str]] = {}
        for _, _, entity, _, record, _, _, _, keys in prepared:
            if record is not None:
                for rule, value in keys:
                    if rule == "email" or (rule == "phone" and entity == "person"):
                        wanted.setdefault((entity, rule), set()).add(value)
        for (entity, rule), values in wanted.items():
            self.idx.prefetch(entity, rule, values)

    def place(self, prepared: tuple) -> None:
        """Match a prepared item and plan what it does (in file order: earlier items are matched first)."""
        item, label, entity, error, record, memberships, contributions, tags, keys = prepared
        if record is None:
            return self.error(item.line, error, label, entity)
        target, rule = self.match(item, record, keys, entity)
        if target is None:
            target = self.new_id(item.source_id)
            action = Action("create", entity, target, record, item.line, [], tags, memberships, contributions)
            self.plan.actions.append(action)  # self.add(action)
            self.by_target[target] = action
            self.remember(entity, record, target, keys)
            self.key_target[item.key] = (entity, target)
            self.plan.rows.append(RowOutcome(item.line, "created", entity, label, "", target))
        else:
            self.key_target[item.key] = (entity, target)
            self.matched(item, record, target, rule, tags, memberships, contributions, label)
        if item.organisation and entity == "person" and (target in self.by_target or self.opt.mode != "create"):
            from .plan_links import link_organisation
            link_organisation(self, target, item.organisation, item.line, item.organisation_kind)

    def matched(self, item, record, target, rule, tags, memberships, contributions, label) -> None:
        pending = self.by_target.get(target)
        if self.opt.mode == "create":
            detail = f"already in the vault (same {rule})" if pending is None else \
                f"same {rule} as line {pending.line}"
            self.plan.rows.append(RowOutcome(item.line, "skipped", item.entity, label, detail, target))
            return
        if pending is None:
            repo = People(self.vault) if item.entity == "person" else Organisations(self.vault)
            existing = repo.get(target)
            base, have_tags = existing, set(existing.tags)
            old_m = old_c = []
            if item.entity == "person":
                from ..vault.memberships import Contributions, Memberships
                old_m = Memberships(self.vault).of_person(target)
                old_c = Contributions(self.vault).list(person_id=target, limit=100_000)
        else:
            base, have_tags = pending.record, set()
            old_m, old_c = pending.memberships, pending.contributions
        replace = rule == "id" and target in self.opt.from_origin
        merged, changed = mergemod.merge(base, record, self.opt.mode, replace=replace)
        new_tags = [t for t in tags if t not in have_tags and (pending is None or t not in pending.tags)]
        new_m = mergemod.new_items(old_m, memberships, mergemod.membership_key)
        new_c = mergemod.new_items(old_c, contributions, mergemod.contribution_key)
        if pending is not None:
            pending.record = merged
            pending.changed = sorted(set(pending.changed) | set(changed))
            pending.tags += new_tags
            pending.memberships += new_m
            pending.contributions += new_c
            self.plan.rows.append(RowOutcome(item.line, "skipped", item.entity, label,
                                             f"merged into line {pending.line} (same {rule})", target))
            return
        if not (changed or new_tags or new_m or new_c):
            self.plan.rows.append(RowOutcome(item.line, "skipped", item.entity, label,
                                             f"no change (same {rule})", target))
            return
        self.add(Action("update", item.entity, target, merged, item.line, changed, new_tags, new_m, new_c))
        what = ", ".join(changed + (["tags"] if new_tags else []) + (["memberships"] if new_m else [])
                         + (["contributions"] if new_c else []))
        self.plan.rows.append(RowOutcome(item.line, "updated", item.entity, label, f"{what} (same {rule})", target))

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
        out: list[tuple[str, str]] = []
        if entity == "organisation":
            out.append(("name", sort_key(record.name)))
        for rule in self.opt.match:
            if rule == "email":
                out += [("email", e.address.casefold()) for e in record.emails]
            elif rule == "phone" and entity == "person":
                out += [("phone", phone_digits(p.number)) for p in record.phones]
            elif rule == "name-birth" and entity == "person" and record.birth_date:
                out.append(("name-birth", f"{sort_key(record.family, record.given)}|{record.birth_date}"))
        return [(r, v) for r, v in out if v]

    def match(self, item: Incoming, record, keys: list[tuple[str, str]] | None = None,
              entity: str = "") -> tuple[str | None, str]:
        """``keys``: self.keys(item.entity, record), when the caller has them already (and ``entity``)."""
        entity = entity or item.entity
        if item.source_id:
            if item.source_id in (self.idx.people if entity == "person" else self.idx.organisations):
                return item.source_id, "id"
            seen = self.key_target.get(item.source_id)
            if seen and seen[0] == entity:
                return seen[1], "id"
        owners = self.idx.owners
        for rule, value in self.keys(entity, record) if keys is None else keys:
            if rule == "email" or (rule == "phone" and entity == "person"):  # self.lookup, shortened
                hits = owners(entity, rule, value)
                found = hits[0] if hits else None
            else:
                found = self.lookup(entity, rule, value)
            if found:
                return found, rule
            pending = self.pending.get((f"{entity}:{rule}", value))
            if pending:
                return pending, rule
        return None, ""

    def lookup(self, entity: str, rule: str, value: str) -> str | None:
        i = self.idx
        if rule == "email" or (rule == "phone" and entity == "person"):
            hits = i.owners(entity, rule, value)
        elif rule == "name-birth" and entity == "person":
            key, _, birth = value.partition("|")
            hits = i.name_birth.get((key, birth), [])
        elif rule == "name" and entity == "organisation":
            hits = i.org_names.get(value, [])
        else:
            hits = []
        return hits[0] if hits else None

    def remember(self, entity: str, record, target: str, keys: list[tuple[str, str]] | None = None) -> None:
        for rule, value in self.keys(entity, record) if keys is None else keys:
            self.pending.setdefault((f"{entity}:{rule}", value), target)


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
        plan.notes.append(f"{len(plan.errors):,} errors; the first {DEFAULT.errors_kept:,} are listed")
    return plan


def still_valid(vault: Vault, plan: Plan | None, options: ImportOptions) -> bool:
    """Whether a preview's plan can be written as it is (nothing changed in the vault since, same options)."""
    return plan is not None and plan.options == options and plan.state == exchange_match.state(vault)
