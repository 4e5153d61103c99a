"""Typed errors of the domain. They carry facts, never secrets; words are chosen at the edge (ui/, cli/)."""

from __future__ import annotations

from enum import StrEnum


class CommonsError(Exception):
    """Base of every error the application expects and reports to the user."""


class UsageError(CommonsError):
    """The command or call was malformed (CLI exit code 2)."""


class VaultError(CommonsError):
    """Something about the vault file itself."""


class VaultNotFound(VaultError):
    def __init__(self, path: str):
        super().__init__(f"no vault at {path}")
        self.path = path


class VaultExists(VaultError):
    def __init__(self, path: str):
        super().__init__(f"a file already exists at {path}")
        self.path = path


class WrongPassphrase(VaultError):
    def __init__(self) -> None:
        super().__init__("wrong passphrase (or not a Commons vault)")


class VaultLocked(VaultError):
    """The vault is busy (another process holds a write lock) or was locked by the app."""

    def __init__(self, reason: str = "the vault is locked by another program") -> None:
        super().__init__(reason)


class VaultInUse(VaultLocked):
    """Another program has the vault open, so it cannot be replaced, re-keyed or vacuumed now (CLI exit 3).
    ``holders``: what the lock file says of them (objects with program, pid, host); ``exclusive``: one of them
    is itself restoring, re-keying or erasing; ``this_process``: the holder is this very program."""

    def __init__(self, holders: list, *, exclusive: bool = False, this_process: bool = False) -> None:
        self.holders = list(holders)
        self.exclusive = exclusive
        self.this_process = this_process
        named = [h for h in self.holders if getattr(h, "pid", 0)]
        if this_process:
            text = "the vault is still open in this program"
        elif named:
            first = named[0]
            more = f" and {len(self.holders) - 1} other program(s)" if len(self.holders) > 1 else ""
            doing = "is busy with it (restore, passphrase change or erasure)" if exclusive else "has it open"
            text = f"{first.program} (pid {first.pid} on {first.host}){more} {doing}: close it there and try again"
        else:
            text = "another program has the vault open: close it there and try again"
        VaultError.__init__(self, text)


class VaultReplaced(VaultError):
    """The vault's file was replaced, moved or deleted since it was opened here: nothing more is written into
    the old one (every later save is refused); the vault must be opened again."""

    def __init__(self, path: str) -> None:
        super().__init__(f"the vault file {path} was replaced or moved since it was opened: nothing was saved; "
                         "open it again")
        self.path = path


class VaultDamaged(VaultError):
    def __init__(self, problems: list[str]):
        super().__init__("vault is damaged: " + "; ".join(problems[:5]))
        self.problems = problems


class NewerSchema(VaultError):
    def __init__(self, found: int, supported: int):
        super().__init__(f"this vault was written by a newer version (schema {found}, this program knows {supported})")
        self.found = found
        self.supported = supported


class KeyringError(CommonsError):
    """Base of keyring problems: never reported as a wrong passphrase."""


class KeyringUnavailable(KeyringError):
    def __init__(self, detail: str = "no secure keyring is available on this computer"):
        super().__init__(detail)


class KeyringLocked(KeyringError):
    def __init__(self) -> None:
        super().__init__("the keyring is locked: unlock your keyring and try again")


class NoPassphrase(CommonsError):
    """No passphrase source was available (no variable, no file, no terminal)."""

    def __init__(self, detail: str = "no passphrase given (set COMMONS_PASSPHRASE or use --passphrase-file)"):
        super().__init__(detail)


class InvalidInput(CommonsError):
    """Input data is not acceptable; nothing was written (CLI exit code 4)."""


class Reason(StrEnum):
    """Why a field's value is refused: a code, with its parameters in ``InvalidField.params`` (named in the comments).
    ui/errors.py turns each into words in the user's language, the CLI into English (``english``)."""

    EMPTY = "empty"
    TOO_LONG = "too-long"                          # limit: characters
    NOT_ONE_OF = "not-one-of"                      # allowed: the accepted codes
    LONE_SURROGATE = "lone-surrogate"              # bytes that are not text in the locale's encoding
    NOT_EMAIL = "not-email"
    NOT_PHONE = "not-phone"
    NOT_DATE = "not-date"                          # as people write dates (DD/MM/YYYY or YYYY-MM-DD)
    NOT_ISO_DATE = "not-iso-date"                  # a file's dates (YYYY-MM-DD)
    NOT_AMOUNT = "not-amount"
    NOT_POSITIVE_AMOUNT = "not-positive-amount"
    TOO_MANY_DECIMALS = "too-many-decimals"
    NOT_CURRENCY = "not-currency"
    NOT_URL = "not-url"
    NOT_LANGUAGE = "not-language"
    TAG_LENGTH = "tag-length"
    NEEDS_NAME = "needs-name"
    IMPLAUSIBLE_BIRTH_DATE = "implausible-birth-date"
    CONSENT_ENDS_BEFORE = "consent-ends-before"
    MEMBERSHIP_ENDS_BEFORE = "membership-ends-before"
    PERIOD_ENDS_BEFORE = "period-ends-before"
    NEEDS_DATE = "needs-date"
    NOT_TEXT = "not-text"                          # a JSON value that should be text
    NOT_LIST = "not-list"
    NOT_TEXT_OBJECT = "not-text-object"
    NOT_TEXT_LIST = "not-text-list"
    NOT_KEY_VALUE = "not-key-value"
    NOT_ON_RECORD = "not-on-record"
    AT_LEAST = "at-least"                          # minimum
    RELATED_TO_SELF = "related-to-self"
    MERGED_WITH_SELF = "merged-with-self"
    CANNOT_CHOOSE = "cannot-choose"                # fields: those a merge cannot choose
    NOT_MEDIA_TYPE = "not-media-type"
    LINK_KIND = "link-kind"                        # entity: what a document was linked to ('' when unknown)
    DIGEST_MISMATCH = "digest-mismatch"
    RELATION_TARGET = "relation-target"
    NOT_PEM_FILE = "not-pem-file"
    LAST_YEAR = "last-year"                        # a membership already runs to the last year a date holds
    UNKNOWN_RECORD = "unknown-record"              # a link to a record neither in the file nor in the vault
    OVER_SIZE_LIMIT = "over-size-limit"            # limit: the vault's document size limit, in bytes
    NOT_IBAN = "not-iban"                          # an account number that is no valid IBAN
    MONTHS_RANGE = "months-range"                  # limit: a membership type's longest duration, in months
    UNKNOWN_TYPE = "unknown-type"                  # allowed: the vault's membership types (labels), as a list
    ONLY_DUES_RENEW = "only-dues-renew"            # a contribution other than dues cannot renew a membership
    RENEWAL_NEEDS_END = "renewal-needs-end"        # dues that renew need the end of the period paid


def english(reason: str, params: dict | None = None) -> str:
    """The English words of a reason code (the CLI's words, and the message of the exception); a reason that is no
    code (the old call shape, free text) is returned as it is."""
    template = _ENGLISH.get(reason)
    if template is None:
        return reason
    params = params or {}
    return template.format(**{k: ", ".join(map(str, v)) if isinstance(v, list | tuple) else v
                              for k, v in params.items()})


_ENGLISH = {
    Reason.EMPTY: "must not be empty",
    Reason.TOO_LONG: "longer than {limit} characters",
    Reason.NOT_ONE_OF: "must be one of {allowed}",
    Reason.LONE_SURROGATE: "holds bytes that are not text in this computer's encoding (check the terminal's or the "
                           "file's encoding: UTF-8 is expected)",
    Reason.NOT_EMAIL: "not an email address",
    Reason.NOT_PHONE: "not a phone number",
    Reason.NOT_DATE: "not a date (expected DD/MM/YYYY or YYYY-MM-DD)",
    Reason.NOT_ISO_DATE: "not a date (expected YYYY-MM-DD)",
    Reason.NOT_AMOUNT: "not an amount",
    Reason.NOT_POSITIVE_AMOUNT: "must be a positive amount",
    Reason.TOO_MANY_DECIMALS: "at most two decimals",
    Reason.NOT_CURRENCY: "not a three-letter currency code",
    Reason.NOT_URL: "not a web address",
    Reason.NOT_LANGUAGE: "not a language code (e.g. fr, en, nl-BE)",
    Reason.TAG_LENGTH: "a tag has 1 to 80 characters",
    Reason.NEEDS_NAME: "a person needs a given or a family name",
    Reason.IMPLAUSIBLE_BIRTH_DATE: "not a plausible birth date",
    Reason.CONSENT_ENDS_BEFORE: "ends before it was given",
    Reason.MEMBERSHIP_ENDS_BEFORE: "membership ends before it starts",
    Reason.PERIOD_ENDS_BEFORE: "period ends before it starts",
    Reason.NEEDS_DATE: "a contribution needs a date",
    Reason.NOT_TEXT: "expected text",
    Reason.NOT_LIST: "expected a list",
    Reason.NOT_TEXT_OBJECT: "expected an object of texts",
    Reason.NOT_TEXT_LIST: "expected a list of texts",
    Reason.NOT_KEY_VALUE: "expected KEY=VALUE",
    Reason.NOT_ON_RECORD: "not on this record",
    Reason.AT_LEAST: "must be at least {minimum}",
    Reason.RELATED_TO_SELF: "a person cannot be related to themselves",
    Reason.MERGED_WITH_SELF: "a record cannot be merged with itself",
    Reason.CANNOT_CHOOSE: "cannot choose {fields}",
    Reason.NOT_MEDIA_TYPE: "expected type/subtype",
    Reason.LINK_KIND: "documents link to people or organisations",
    Reason.DIGEST_MISMATCH: "content does not match its SHA-256",
    Reason.RELATION_TARGET: "must be a person or an organisation",
    Reason.NOT_PEM_FILE: "not a readable file of PEM certificates",
    Reason.LAST_YEAR: "the membership already runs to the last year a date can hold",
    Reason.UNKNOWN_RECORD: "links to a record that is neither in the file nor in the vault",
    Reason.OVER_SIZE_LIMIT: "over the vault's size limit ({limit:,} bytes)",
    Reason.NOT_IBAN: "not a valid IBAN",
    Reason.MONTHS_RANGE: "must be 0 to {limit} months",
    Reason.UNKNOWN_TYPE: "not a membership type of this vault (known: {allowed})",
    Reason.ONLY_DUES_RENEW: "only dues renew a membership",
    Reason.RENEWAL_NEEDS_END: "a renewal needs the end of the period paid",
}


class InvalidField(InvalidInput):
    """A field's value is refused. ``field``: the field's code (the model's field name as the layers call it);
    ``reason``: a Reason code (or, from calls not converted yet, free text shown as it is); ``params``: the reason's
    parameters; ``value``: the refused value, when it is worth showing."""

    def __init__(self, field: str, reason: str, value: str | None = None, **params: object):
        shown = f" ({value!r})" if value is not None and len(value) <= 80 else ""
        super().__init__(f"invalid {field}{shown}: {english(reason, params)}")
        self.field = field
        self.reason = str(reason)
        self.params = params
        self.value = value


class ErrorText(str):
    """An expected error's message (English: the CLI's words, a row's detail) that keeps the error itself in
    ``error``, so that ui/ words it from its codes (InvalidField's field, reason and parameters) while the message
    travels through the layers as text (a reader's row error, a plan's row detail)."""

    error: CommonsError

    def __new__(cls, error: CommonsError) -> ErrorText:
        text = super().__new__(cls, str(error))
        text.error = error
        return text


class MemberNumberTaken(InvalidInput):
    """A member number is unique among live people: another one (``holder``, an id) already has it."""

    def __init__(self, number: str, holder: str):
        super().__init__(f"member number {number!r} already belongs to person {holder}")
        self.number = number
        self.holder = holder


class DocumentTooLarge(InvalidInput):
    def __init__(self, size: int, limit: int):
        super().__init__(f"document is {size:,} bytes, over the vault's limit of {limit:,} bytes")
        self.size = size
        self.limit = limit


class NotFound(CommonsError):
    def __init__(self, kind: str, ident: str):
        super().__init__(f"no {kind} with id {ident}")
        self.kind = kind
        self.ident = ident


class AmbiguousTag(UsageError):
    """A tag given by name that is none of the tags as spelt, and that several tags match once accents and case are
    ignored: the user names one of them exactly (CLI exit code 2)."""

    def __init__(self, name: str, matches: list[str]):
        shown = ", ".join(repr(m) for m in matches[:10])
        super().__init__(f"tag {name!r} matches several tags ({shown}): give one of them as it is spelt")
        self.name = name
        self.matches = matches


class Conflict(CommonsError):
    """A write conflicts with the current state (e.g. duplicate unique name)."""


class TagExists(Conflict):
    """A tag cannot be renamed to the name of another tag (merge them instead)."""

    def __init__(self, name: str) -> None:
        super().__init__(f"a tag named {name!r} exists: merge the two tags instead")
        self.name = name


class TagInUse(Conflict):
    """A tag that saved searches or export profiles select by cannot be deleted (they would list nobody, or fail)."""

    def __init__(self, name: str, searches: list[str], profiles: list[str]) -> None:
        used = [*(f"saved search {s!r}" for s in searches), *(f"export profile {p!r}" for p in profiles)]
        super().__init__(f"tag {name!r} is used by {', '.join(used)}: change or delete them first")
        self.name = name
        self.searches = list(searches)
        self.profiles = list(profiles)


class EmptyDocument(InvalidInput):
    """A file of 0 bytes is not kept as a document (it is almost always a failed download or copy)."""

    def __init__(self, name: str) -> None:
        super().__init__(f"{name} is empty (0 bytes): nothing was added")
        self.name = name


class CannotUndo(CommonsError):
    """A change of the history cannot be undone. ``reason``: 'changed_since' (``fields`` were changed by a later
    change), 'record_gone' (deleted or erased since), 'erased' (its details were erased), 'kind' (this kind of
    change is not undone from the history: a creation, a link, a new version, a merge, an erasure), 'already' (what
    it did is already undone), 'no_change' (there is no such change)."""

    def __init__(self, reason: str, fields: list[str] | None = None) -> None:
        shown = f" ({', '.join(fields)})" if fields else ""
        super().__init__(f"this change cannot be undone: {reason.replace('_', ' ')}{shown}")
        self.reason = reason
        self.fields = list(fields or [])


class Cancelled(CommonsError):
    def __init__(self) -> None:
        super().__init__("cancelled")


class ServerError(CommonsError):
    """A sync or network peer failed (CLI exit code 5)."""


class BadChange(InvalidInput):
    """A change (or snapshot item) received from another laptop that is not well formed: refused, nothing of its
    batch applied. ``code`` says what is wrong (``not-an-object``, ``unknown-key``, ``bad-hlc``, ``bad-device``,
    ``unknown-entity``, ``unknown-op``, ``bad-id``, ``unknown-field``, ``bad-value``, ``too-large``, ...); ``params``
    the facts that place it (the key or field name, never a record's value)."""

    def __init__(self, code: str, **params: object) -> None:
        shown = ", ".join(f"{k}={v}" for k, v in sorted(params.items()))
        super().__init__(f"bad change from another laptop: {code}" + (f" ({shown})" if shown else ""))
        self.code = code
        self.params = params


class MassDelete(CommonsError):
    """Changes from other laptops would delete or erase more than the allowed share of this vault's records: nothing
    was applied (the user confirms, then the sync is run again allowing it)."""

    def __init__(self, would_delete: int, total: int) -> None:
        super().__init__(f"the changes received would delete {would_delete} of the vault's {total} records")
        self.would_delete = would_delete
        self.total = total


class TeamError(CommonsError):
    """Something about the team or one of its transports, as a code (cli/ and ui/ choose the words) with facts:
    not-team, already-team, foreign-folder (another team's, or not a team folder), empty-folder (we had published
    there and it is now empty), tampered (a file that fails its checks: never merged), unreadable-invitation,
    unknown-device, not-empty (join needs a new vault), gap (a snapshot does not reach the segments left)."""

    def __init__(self, code: str, **params: object) -> None:
        self.code = code
        self.params = params
        for key, value in params.items():
            setattr(self, key, value)
        shown = ", ".join(f"{k}={v}" for k, v in params.items())
        super().__init__(code + (f" ({shown})" if shown else ""))
