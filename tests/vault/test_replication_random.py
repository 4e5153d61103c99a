"""Seeded random workloads on two and three real vaults (tests/vault/workload.py): offline edits of the same and of
different fields, list elements added and removed, tags, deletes and restores, erasures, merges, document versions,
memberships (of two types, which laptops make themselves and edit) and contributions; exchanges of partial batches
in random orders, some twice; clocks skewed by up to an hour and often in the same millisecond. At the end every
vault has the same canonical dump, no edit is lost, every concurrent different edit of a field is queued as a
conflict, nothing of an erased person remains."""

from __future__ import annotations

import pytest

from tests.vault.workload import Workload


def _check(template, folder, seed: int, count: int, steps: int) -> None:
    w = Workload(seed, template, folder, count=count, steps=steps)
    try:
        w.run()
        dump = w.converged()
        w.no_edit_lost(dump)
        w.concurrent_edits_queued(dump)
        w.nothing_erased_remains(dump)
        w.counts_kept()
    finally:
        w.close()


@pytest.mark.parametrize(("seed", "count"), [(1, 2), (2, 3), (3, 3)])
def test_random_workload_converges(vault_template, tmp_path, seed, count):
    _check(vault_template, tmp_path, seed, count, steps=70)


@pytest.mark.slow
@pytest.mark.parametrize("seed", range(100, 160))
def test_random_workload_converges_many_seeds(vault_template, tmp_path, seed):
    _check(vault_template, tmp_path, seed, 2 + seed % 2, steps=120)
