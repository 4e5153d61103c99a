"""The contacts job through the fault proxy in front of a real Radicale, with changes on both sides waiting: every
fault stops the run with a code (or is survived), a run stopped at any step resumes, and the next run converges —
the server's edits in the vault once, this vault's on the server once, nothing duplicated, nothing lost."""

from __future__ import annotations

import uuid
from collections import Counter

import pytest

from commons_desktop.core.errors import Cancelled
from commons_desktop.services import sync
from commons_desktop.services.progress import CancelToken
from commons_desktop.vault import cards
from commons_desktop.vault import servers as store
from commons_desktop.vault.people import People
from tests.sync.test_contacts import CANARY_PERSON, edit_there, phone_card, raw, run, stored
from tests.sync.test_contacts import book as book  # noqa: F401 - the fixture

NEW = str(uuid.uuid4())


def _both_sides(vault, secrets, ids, radicale, p, path) -> None:
    """After a first sync: Émilie edited here, Marc edited there, the organisation deleted here, a card made there."""
    assert run_ok(vault, secrets)
    p.seen.clear()
    People(vault).update_fields(ids["emilie"], {"family": "Dupré-Ici"})
    edit_there(radicale, path, ids["marc"], "marc@exemple.org", "marc@serveur.org")
    from commons_desktop.vault.organisations import Organisations
    Organisations(vault).delete(ids["org"])
    card = phone_card(NEW, "EMAIL;TYPE=HOME:nadia@exemple.org\r\n")
    assert raw(radicale, "PUT", f"{path}phone-made.vcf", card, **{"If-None-Match": "*"}).status_code == 201


def run_ok(vault, secrets) -> bool:
    out = run(vault, secrets)
    assert out.error is None, out
    return True


def _converged(vault, secrets, ids, radicale, p, path) -> None:
    p.rules.clear()
    run_ok(vault, secrets)
    files = stored(radicale, path)
    assert sorted(files) == sorted([f"{ids['emilie']}.vcf", f"{ids['marc']}.vcf", "phone-made.vcf"])
    assert "Dupré-Ici" in files[f"{ids['emilie']}.vcf"]
    people = People(vault)
    assert [e.address for e in people.get(ids["marc"]).emails] == ["marc@serveur.org"]
    assert sorted(people.get(i).given for i in people.ids()) == sorted(["Émilie", "Marc", "Nadia", CANARY_PERSON])
    target = store.get(vault, "book").target_id
    items = cards.items(vault, target)
    assert sorted(items) == sorted([ids["emilie"], ids["marc"], NEW]) and not any(i.pending for i in items.values())
    puts = Counter(s.path for s in p.seen if s.method == "PUT" and s.outcome.split()[-1] in ("201", "204"))
    assert all(n == 1 for n in puts.values()), puts
    p.seen.clear()
    again = run(vault, secrets)
    assert again.error is None and again.counts.sent == 0 and again.counts.received == 0 and again.requests <= 2


@pytest.mark.parametrize(("rule", "error"), [
    (dict(action="lose", method="PUT"), "interrupted"),
    (dict(action="reset", method="PUT"), "interrupted"),
    (dict(action="status", status=503, method="PUT"), "server"),
    (dict(action="truncate", method="PUT"), "interrupted"),
    (dict(action="cut", method="REPORT"), "interrupted"),
    (dict(action="status", status=503, method="REPORT"), "server"),
    (dict(action="status", status=503, method="PROPFIND"), "server"),
    (dict(action="lose", method="DELETE"), "interrupted"),
])
def test_a_fault_stops_the_run_and_the_next_one_converges(book, rule, error):
    vault, ids, radicale, p, secrets, path = book
    _both_sides(vault, secrets, ids, radicale, p, path)
    p.add(**{**rule, "times": 1})
    out = run(vault, secrets)
    assert out.error == error, out
    _converged(vault, secrets, ids, radicale, p, path)


class _StopAfter(CancelToken):
    """A cancel token that lets the run take ``n`` steps and stops it at the next (a user pressing Stop there)."""

    def __init__(self, n: int):
        super().__init__()
        self.left = n

    def check(self) -> None:
        self.left -= 1
        if self.left < 0:
            raise Cancelled()


@pytest.mark.parametrize("steps", [0, 1, 2, 3])
def test_a_run_stopped_at_any_step_is_finished_by_the_next(book, steps):
    vault, ids, radicale, p, secrets, path = book
    _both_sides(vault, secrets, ids, radicale, p, path)
    with pytest.raises(Cancelled):
        sync.run(vault, secrets, ["book"], cancel=_StopAfter(steps))
    _converged(vault, secrets, ids, radicale, p, path)
