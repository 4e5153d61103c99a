"""What a reader or the planner notes about a file (not an error: the import goes on), as a code and parameters.
A Note is also its English sentence (the CLI's words: notes travel and print as text); ui/exchange/wording.py words
it from its code in the interface language."""

from __future__ import annotations

from enum import StrEnum


class NoteCode(StrEnum):
    COLUMN_IGNORED = "column-ignored"                  # column: its header
    UNDATED_CONTRIBUTIONS = "undated-contributions"    # count, date: the day they are dated (ISO)
    ERRORS_LISTED = "errors-listed"                    # count, kept: how many errors, how many are listed
    STRAY_LINES = "stray-lines"                        # count: vCard lines outside any card
    UNRESOLVED_LINKS = "unresolved-links"              # count: ORG/RELATED naming no card of the file
    LINKS_BY_NAME = "links-by-name"                    # count: links made by name, without their dates
    DOCUMENTS_DROPPED = "documents-dropped"            # count
    TOMBSTONE_IGNORED = "tombstone-ignored"            # entity, id
    # a vCard's photo dropped (line: the card's first line)
    PHOTO_NOT_PROPERTY = "photo-not-property"          # line
    PHOTO_NOT_BASE64 = "photo-not-base64"              # line
    PHOTO_LINK = "photo-link"                          # line: links are never fetched
    PHOTO_TOO_LARGE = "photo-too-large"                # line, mb: the limit
    PHOTO_BAD_BASE64 = "photo-bad-base64"              # line


ENGLISH = {
    NoteCode.COLUMN_IGNORED: "column {column!r} not recognised: ignored",
    NoteCode.UNDATED_CONTRIBUTIONS: "{count} contribution(s) without a date are dated {date}",
    NoteCode.ERRORS_LISTED: "{count:,} errors; the first {kept:,} are listed",
    NoteCode.STRAY_LINES: "{count} line(s) outside any card were ignored",
    NoteCode.UNRESOLVED_LINKS: "{count} link(s) to another card (ORG, RELATED) name no card of this file: not kept",
    NoteCode.LINKS_BY_NAME: "{count} link(s) to an organisation whose card is not in this file were made by its "
                            "name, without their start and end dates",
    NoteCode.DOCUMENTS_DROPPED: "{count} photo(s) or document(s) dropped as asked",
    NoteCode.TOMBSTONE_IGNORED: "tombstone for {entity} {id} ignored: not a record received from this sender",
    NoteCode.PHOTO_NOT_PROPERTY: "line {line}: a photo line that is not a property was dropped",
    NoteCode.PHOTO_NOT_BASE64: "line {line}: a photo that is not base64 data was dropped",
    NoteCode.PHOTO_LINK: "line {line}: a photo given as a link was dropped (links are never fetched)",
    NoteCode.PHOTO_TOO_LARGE: "line {line}: a photo over {mb} MB was dropped",
    NoteCode.PHOTO_BAD_BASE64: "line {line}: a photo that is not valid base64 was dropped",
}


class Note(str):
    """A note: its English sentence, with ``code`` (NoteCode) and ``params``."""

    code: NoteCode
    params: dict

    def __new__(cls, code: NoteCode, **params: object) -> Note:
        note = super().__new__(cls, ENGLISH[code].format(**params))
        note.code = code
        note.params = params
        return note

    def __reduce__(self):  # pickled (a reader in another process) as what it is: a code and parameters
        return _note, (self.code, self.params)


def _note(code: NoteCode, params: dict) -> Note:
    return Note(code, **params)
