"""Fixed safety limits on anything read from outside. Every reader checks them before doing work, so a
hostile file costs bounded time and memory and imports nothing."""

from __future__ import annotations

from dataclasses import dataclass

MB = 1024 * 1024


@dataclass(frozen=True)
class Limits:
    file_bytes: int = 512 * MB          # any single input file (CSV, vCard, JSON, bundle)
    rows: int = 1_000_000               # CSV rows / vCards / JSON records
    columns: int = 500                  # CSV columns
    cell_chars: int = 100_000           # one CSV cell
    card_bytes: int = 12 * MB           # one vCard (a photo included)
    card_properties: int = 2_000        # properties in one vCard
    photo_bytes: int = 10 * MB          # a decoded photo kept as a document
    archive_entries: int = 100_000      # entries in a bundle archive
    archive_bytes: int = 1024 * MB      # total uncompressed size of a bundle archive
    entry_bytes: int = 256 * MB         # one uncompressed archive entry
    compression_ratio: int = 200        # uncompressed / compressed, per entry (above 1 MB)
    errors_kept: int = 1_000            # row errors reported (the count is always exact)


DEFAULT = Limits()
