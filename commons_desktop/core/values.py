"""Small immutable values (a stamp, a search hit, a lock's holder...): plain classes whose fields are their
``__slots__``, each with its own ``__init__``; this base makes them immutable, equal and hashed by their fields, and
shown as ``Name(field=value, ...)``, as a frozen dataclass would be.

Not dataclasses on purpose: the modules a one-shot `commons search` imports made a dozen of them, and importing
`dataclasses` (with inspect, ast, dis, tokenize) and making each class cost ~90 M instructions of that command's
~420 M (callgrind)."""

from __future__ import annotations


class Value:
    """Immutable; equal (to a value of the same class only), hashed and shown by the fields named in ``__slots__``.
    Made from its fields in the order of ``__slots__``, by position or by name; ``_defaults`` (a class attribute)
    gives the value of a field left out. A subclass annotates its fields for readers and type checkers."""

    __slots__ = ()
    _defaults: dict = {}

    def __init__(self, *args, **kwargs):
        names = self.__slots__
        if len(args) > len(names):
            raise TypeError(f"{type(self).__name__}() takes {len(names)} fields, {len(args)} given")
        for name, value in zip(names, args, strict=False):
            object.__setattr__(self, name, value)
        for name in names[len(args):]:
            if name in kwargs:
                object.__setattr__(self, name, kwargs.pop(name))
            elif name in self._defaults:
                object.__setattr__(self, name, self._defaults[name])
            else:
                raise TypeError(f"{type(self).__name__}() is missing its field {name!r}")
        if kwargs:
            raise TypeError(f"{type(self).__name__}() has no field(s) {', '.join(sorted(kwargs))}")

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
