"""Command groups of `commons`. Each module exposes ``register(subparsers)`` adding its parsers, each with
``set_defaults(func=handler)``; a handler is ``handler(ctx, args) -> int | None`` (see cli/context.py).
Which module holds which command, and the line `commons --help` shows for it, is cli/arguments.COMMANDS: a module
is imported only when one of its commands runs."""
