"""Typed errors of imports, exports and bundles. They subclass the core errors, so the CLI's one error
handler maps them to its exit codes (InvalidInput -> 4, WrongPassphrase -> 3)."""

from __future__ import annotations

from ..core.errors import CommonsError, InvalidInput, WrongPassphrase


class RowErrors(InvalidInput):
    """Some rows are invalid: nothing was imported. ``errors`` holds (line, message) pairs."""

    def __init__(self, errors: list[tuple[int, str]]):
        first = "; ".join(f"line {line}: {msg}" for line, msg in errors[:3])
        more = f" (and {len(errors) - 3} more)" if len(errors) > 3 else ""
        super().__init__(f"{len(errors)} invalid row(s), nothing imported: {first}{more}")
        self.errors = errors


class UnreadableFile(InvalidInput):
    """The file is not in a format we can read (or is over a safety limit)."""


class UnreadableKind(UnreadableFile):
    """A file of a kind no importer reads (``kind``: one of KINDS); says what is accepted instead."""

    KINDS = {"pdf": "a PDF document", "image": "an image", "zip": "a zip archive that is neither a spreadsheet nor a "
             "Commons bundle", "document": "a text or presentation document", "office": "an Office document that "
             "is not a spreadsheet", "archive": "a compressed archive", "age": "an age-encrypted file that is not "
             "a Commons bundle", "encrypted-sheet": "a password-protected spreadsheet"}
    ACCEPTED = "CSV, spreadsheets (.ods, .xlsx, .xls), vCard (.vcf), Commons JSON and Commons bundles"

    def __init__(self, kind: str):
        super().__init__(f"this file is {self.KINDS.get(kind, kind)}: the import reads {self.ACCEPTED}")
        self.kind = kind


class NoSuchSheet(InvalidInput):
    """A spreadsheet has no sheet of the name asked for."""

    def __init__(self, name: str, names: list[str]):
        super().__init__(f"the spreadsheet has no sheet {name!r} (its sheets: {', '.join(map(repr, names))})")
        self.name = name
        self.names = names


class UnsafeArchive(InvalidInput):
    """An archive entry or size that could harm the computer: refused before extraction."""


class BundleError(InvalidInput):
    """A bundle cannot be trusted or applied."""


class BadSignature(BundleError):
    def __init__(self, detail: str = "the bundle's signature does not match its content"):
        super().__init__(detail)


class UnknownSender(BundleError):
    def __init__(self, fingerprint: str, name: str):
        super().__init__(f"bundle from an unknown sender {name!r} (fingerprint {fingerprint}): "
                         "add it as a partner or accept it with --accept-sender")
        self.fingerprint = fingerprint
        self.name = name


class SenderKeyChanged(BundleError):
    def __init__(self, partner: str, expected: str, found: str):
        super().__init__(f"WARNING: the keys of partner {partner!r} have CHANGED (expected fingerprint {expected}, "
                         f"the bundle has {found}); refused. Check with the partner before accepting the new key")
        self.partner = partner
        self.expected = expected
        self.found = found


class ReplayedBundle(BundleError):
    def __init__(self, sequence: int, last: int):
        super().__init__(f"bundle sequence {sequence} is not newer than the last one received ({last}): "
                         "replayed or out-of-date bundle refused")
        self.sequence = sequence
        self.last = last


class NotForUs(BundleError):
    def __init__(self) -> None:
        super().__init__("this bundle is not encrypted to this group's key (or is damaged)")


class BundlePassphraseWrong(WrongPassphrase):
    def __init__(self) -> None:
        CommonsError.__init__(self, "wrong passphrase for this bundle (or the bundle is damaged)")


class OverLimit(UnreadableFile):
    """The file goes past one of the fixed limits (exchange/limits.py, by its name in ``what``): refused as soon as
    it was seen, before the rest was read. ``line``: where, when the file has lines (0 otherwise)."""

    def __init__(self, what: str, limit: int, line: int = 0):
        from .limits import UNITS, shown
        where = f"line {line}: " if line else ""
        super().__init__(f"{where}more than {shown(what, limit):,} {UNITS.get(what, what)}, the limit of an import")
        self.what = what
        self.limit = limit
        self.line = line


class NotText(UnreadableFile):
    """The file is not text in one encoding. ``reason``: "nul" (NUL bytes), "control" (control characters no text
    holds), "undecodable" (bytes no candidate encoding reads: UTF-8, UTF-16, Windows-1252), "mixed" (lines in UTF-8
    and lines in another encoding: ``other`` is the first line of the other kind). ``line``: the first bad line."""

    WORDS = {"nul": "NUL bytes: this is not a text file", "control": "control characters: this is not a text file",
             "undecodable": "bytes that are not text in any encoding read here (UTF-8, UTF-16, Windows-1252)",
             "mixed": "not in the same encoding as line {other} (UTF-8 and Windows-1252 mixed in one file): "
                      "save the file again in one encoding"}

    def __init__(self, reason: str, line: int, other: int = 0):
        super().__init__(f"line {line}: " + self.WORDS[reason].format(other=other))
        self.reason = reason
        self.line = line
        self.other = other
