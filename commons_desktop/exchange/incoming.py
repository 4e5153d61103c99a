"""What every reader (CSV, vCard, JSON, bundle) produces: records not yet validated, with the line they
came from, and the links between them by the file's own keys. The planner matches and validates them."""

from __future__ import annotations

from dataclasses import dataclass, field

from ..core.model import Contribution, Membership, Organisation, Person, Relationship


@dataclass
class IncomingDocument:
    key: str
    title: str
    file_name: str
    media_type: str
    content: bytes
    links: list[str] = field(default_factory=list)  # keys of Incoming records
    tags: list[str] = field(default_factory=list)
    line: int = 0


@dataclass(slots=True)
class Incoming:
    line: int
    record: Person | Organisation
    key: str = ""                   # the file's id for this record (or '#line'), used by links
    source_id: str = ""             # an id the file carries (JSON, bundles, a CSV id column)
    tags: list[str] = field(default_factory=list)
    memberships: list[Membership] = field(default_factory=list)
    contributions: list[Contribution] = field(default_factory=list)
    organisation: str = ""          # CSV/vCard: name of an organisation the person is related to
    organisation_kind: str = "member_of"
    error: str = ""                 # a problem found while reading the row (reported with its line)
    # the record is what its validation gives (exchange/as_read.py): the planner takes it as it is (a hint, not
    # part of what was read: items compare equal with or without it)
    as_read: bool = field(default=False, compare=False)

    def __post_init__(self) -> None:
        if not self.key:
            self.key = self.source_id or f"#{self.line}"

    @property
    def entity(self) -> str:
        return "person" if isinstance(self.record, Person) else "organisation"


@dataclass(slots=True)
class IncomingLink:
    line: int
    relationship: Relationship      # from_id / to_id are keys of Incoming records


@dataclass
class Tombstone:
    entity: str
    id: str
    erased: bool = False


@dataclass
class Batch:
    items: list[Incoming] = field(default_factory=list)
    links: list[IncomingLink] = field(default_factory=list)
    documents: list[IncomingDocument] = field(default_factory=list)
    tombstones: list[Tombstone] = field(default_factory=list)
    errors: list[tuple[int, str]] = field(default_factory=list)   # file-level problems, by line
    notes: list[str] = field(default_factory=list)                # e.g. "column 'X' ignored"
