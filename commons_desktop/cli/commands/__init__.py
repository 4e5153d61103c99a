"""Command groups of `commons`. Each module exposes ``register(subparsers)`` adding its parsers, each with
``set_defaults(func=handler)``; a handler is ``handler(ctx, args) -> int | None`` (see cli/context.py).
commands/exchange.py (import/export/partners/...) is optional and registered by main.py when present."""

from . import backup, contribution, demo, doc, history, member, org, person, search, server, sync, tag, vault

COMMAND_MODULES = (vault, person, org, member, contribution, tag, search, doc, history, backup, demo, server, sync)
