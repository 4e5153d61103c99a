"""Fixed safety limits on anything read from outside. Every reader checks them as it reads, so a hostile file
costs bounded time and memory, is refused (OverLimit, exit 4) as soon as it exceeds one, and imports nothing.
README.md ("Limits of an import") lists them for users; tests/exchange/test_limits.py keeps both in step."""

from __future__ import annotations

from dataclasses import dataclass

MB = 1024 * 1024


@dataclass(frozen=True)
class Limits:
    file_bytes: int = 512 * MB          # any single input file (CSV, vCard, JSON, bundle)
    rows: int = 250_000                 # CSV rows, vCards, people + organisations of a JSON file or bundle
    records: int = 1_000_000            # every record of a JSON file or bundle (memberships, contributions... too)
    columns: int = 500                  # CSV columns
    cell_chars: int = 100_000           # one CSV cell
    line_chars: int = 4_000_000         # one line of a CSV file (a quoted cell may span several lines)
    record_chars: int = 80 * MB         # one JSON record (a document's content in base64 included)
    card_bytes: int = 12 * MB           # one vCard (a photo included)
    card_properties: int = 2_000        # properties in one vCard
    photo_bytes: int = 10 * MB          # a decoded photo kept as a document
    archive_entries: int = 100_000      # entries in a bundle archive
    archive_bytes: int = 1024 * MB      # total uncompressed size of a bundle archive
    entry_bytes: int = 256 * MB         # one uncompressed archive entry
    manifest_bytes: int = 16 * MB       # a bundle's manifest (read before its signature is checked)
    compression_ratio: int = 200        # uncompressed / compressed, per entry (above 1 MB)
    errors_kept: int = 1_000            # row errors reported (the count is always exact)


DEFAULT = Limits()

# what each limit counts, for messages (the CLI's words; ui/errors.py has its own, translated); the limits counted
# in bytes (and the record, mostly a document's base64) are said in MB
UNITS = {
    "file_bytes": "MB in one file", "rows": "rows, cards or people and organisations", "records": "records",
    "columns": "columns", "cell_chars": "characters in one cell", "line_chars": "characters in one line",
    "record_chars": "MB in one record", "card_bytes": "MB in one card", "card_properties": "properties in one card",
    "archive_entries": "entries in the archive", "archive_bytes": "MB unpacked from the archive",
    "entry_bytes": "MB in one archive entry", "manifest_bytes": "MB in the manifest",
}


def shown(what: str, limit: int) -> int:
    """The number a message shows for a limit: MB for those said in MB."""
    return limit // MB if UNITS.get(what, "").startswith("MB ") else limit
