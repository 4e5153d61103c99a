"""The hybrid logical clock under any sequence of physical times (forwards, backwards, standing still) and received
stamps: every stamp it gives is greater than every stamp it gave or observed before, and the physical time shows
through whenever it is ahead."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from commons_desktop.core.hlc import HybridClock, Stamp

STEPS = st.lists(st.one_of(st.floats(min_value=0, max_value=4e9, allow_nan=False),
                           st.tuples(st.integers(0, 9_999_999_999_999), st.integers(0, 99_999))), max_size=40)


@given(STEPS, st.one_of(st.none(), st.sampled_from(["0000000005000.00003", "0000000005000.99999"])))
def test_stamps_only_go_forward(steps, last):
    t = [0.0]
    clock = HybridClock(lambda: t[0], last)
    highest = Stamp.parse(last) if last else Stamp(0, 0)
    for step in steps:
        if isinstance(step, tuple):
            remote = Stamp(*step)
            clock.observe(str(remote))
            highest = max(highest, remote)
            assert Stamp.parse(clock.last) == highest
            continue
        t[0] = step
        stamp = Stamp.parse(clock.now())
        assert stamp > highest
        assert stamp.wall_ms >= int(step * 1000)
        if int(step * 1000) > highest.wall_ms:
            assert stamp == Stamp(int(step * 1000), 0)
        highest = stamp
