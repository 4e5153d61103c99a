"""import, mapping, export, report, profile, identity, partner, disclosures: the exchange commands (issue 4).

Registered by cli/main.py when present. Import always previews first (counts, row errors with their line
numbers), then applies as one transaction after --yes or a "yes" at the terminal; any row error exits 4
with nothing imported unless --skip-invalid. Export shows what leaves, writes, and logs the disclosure.
"""

from __future__ import annotations

from . import exchange_export, exchange_import, exchange_keys, exchange_mappings


def register(sub) -> None:
    exchange_import.register(sub)
    exchange_mappings.register(sub)
    exchange_export.register(sub)
    exchange_keys.register(sub)
