"""Small immutable values (a stamp, a search hit, a lock's holder...): plain classes whose fields are their
``__slots__``, each with its own ``__init__``; this base makes them immutable, equal and hashed by their fields, and
shown as ``Name(field=value, ...)``, as a frozen dataclass would be.

Not dataclasses on purpose: the modules a one-shot `commons search` imports made a dozen of them, and importing
`dataclasses` (with inspect, ast, dis, tokenize) and making each class cost ~90 M instructions of that command's
~420 M (callgrind)."""

from __future__ import annotations


class Value:
    """Immutable; equal (to a value of the same class only), hashed and shown by the fields named in ``__slots__``.
    A subclass's ``__init__`` takes its fields in the order of ``__slots__`` and sets them with
    ``object.__setattr__``."""

    __slots__ = ()

    def __setattr__(self, name, value):
        raise AttributeError(f"cannot assign to field {name!r}")

    def __delattr__(self, name):
        raise AttributeError(f"cannot delete field {name!r}")

    def _fields(self) -> tuple:
        return tuple(getattr(self, name) for name in self.__slots__)

    def __eq__(self, other):
        return self._fields() == other._fields() if type(other) is type(self) else NotImplemented

    def __hash__(self) -> int:
        return hash(self._fields())

    def __reduce__(self):  # copied and pickled through ``__init__`` (its parameters are the fields, in order)
        return type(self), self._fields()

    def __repr__(self) -> str:
        shown = ", ".join(f"{name}={getattr(self, name)!r}" for name in self.__slots__)
        return f"{type(self).__qualname__}({shown})"
