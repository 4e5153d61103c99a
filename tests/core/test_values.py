"""core/values.Value, the base of the small immutable values that replaced dataclasses on `commons search`'s path:
they must behave as the frozen dataclasses did (equality, hash, order of a stamp, repr, no assignment, copies)."""

from __future__ import annotations

import copy
import pickle

import pytest

from commons_desktop.core.hlc import Stamp
from commons_desktop.services.session import AppDirs
from commons_desktop.vault.events import VaultChanged
from commons_desktop.vault.lockfile import Holder
from commons_desktop.vault.search import Hit
from commons_desktop.vault.team import Device, Published, Team


@pytest.mark.parametrize("value", [
    Stamp(1_700_000_000_000, 3), VaultChanged(frozenset({"person"}), None, 2), Holder("commons search", 12, "h", "t"),
    Hit("person", "p1", "Ann Dupré", "Lyon", -1.5), Team("t", "AGE-SECRET-KEY-1", "2026"),
    Device("d", "age1", "laptop", None, None, None), Published(1, "n", "s", "a", "b", 2, 3), AppDirs("a", "b", "c")])
def test_values_are_immutable_equal_hashable_copied_and_shown_by_their_fields(value):
    name = type(value).__slots__[0]
    twin = type(value)(*(getattr(value, n) for n in type(value).__slots__))
    assert twin == value and hash(twin) == hash(value) and len({twin, value}) == 1
    assert copy.copy(value) == value and copy.deepcopy(value) == value and pickle.loads(pickle.dumps(value)) == value
    assert repr(value) == f"{type(value).__name__}(" + ", ".join(
        f"{n}={getattr(value, n)!r}" for n in type(value).__slots__) + ")"
    with pytest.raises(AttributeError):
        setattr(value, name, None)
    with pytest.raises(AttributeError):
        delattr(value, name)
    with pytest.raises(AttributeError):
        value.other = 1  # (no such field)
    assert value != tuple(getattr(value, n) for n in type(value).__slots__)


def test_stamps_are_ordered_by_wall_time_then_counter():
    assert Stamp(1, 9) < Stamp(2, 0) < Stamp(2, 1) and Stamp(2, 1) >= Stamp(2, 1) > Stamp(1, 99_999)
    assert sorted([Stamp(2, 0), Stamp(1, 5), Stamp(1, 2)]) == [Stamp(1, 2), Stamp(1, 5), Stamp(2, 0)]
    assert Stamp.parse("1700000000000.00042") == Stamp(1_700_000_000_000, 42)


def test_values_are_made_by_position_or_by_name_with_their_defaults_and_nothing_else():
    assert VaultChanged(frozenset(), None, 1) == VaultChanged(count=1, ids=None, entities=frozenset(), remote=False)
    assert AppDirs("a", "b", "c").documents is None and AppDirs("a", "b", "c", documents="d").documents == "d"
    with pytest.raises(TypeError, match="missing its field 'counter'"):
        Stamp(1)
    with pytest.raises(TypeError, match="takes 2 fields"):
        Stamp(1, 2, 3)
    with pytest.raises(TypeError, match="no field"):
        Stamp(1, 2, colour="red")
    with pytest.raises(TypeError, match="missing its field 'remote'|no field"):
        VaultChanged(frozenset(), None, 1, remot=True)
