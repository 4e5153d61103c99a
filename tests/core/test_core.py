from __future__ import annotations

import subprocess
import sys
import unicodedata
from datetime import date
from decimal import Decimal

import pytest

from commons_desktop.core import validation as v
from commons_desktop.core.errors import InvalidField
from commons_desktop.core.hlc import HybridClock, Stamp
from commons_desktop.core.ids import is_uuid, uuid7
from commons_desktop.core.model import Contribution, Email, Membership, Person
from commons_desktop.core.text import clean, fold, phone_digits


def test_uuid7_is_version_7_and_ordered():
    ids = [uuid7() for _ in range(2000)]
    assert all(is_uuid(i) for i in ids)
    assert all(i[14] == "7" and i[19] in "89ab" for i in ids)
    assert ids == sorted(ids)
    assert len(set(ids)) == len(ids)



@pytest.mark.parametrize("last", [(0, 0), (5_000, 0x7FE), (5_000, 0xFFD), (5_000, 0xFFF), (9_000, 3)])
@pytest.mark.parametrize("count", [0, 1, 3, 5_000])
def test_uuid7_batch_is_what_as_many_uuid7_calls_give(monkeypatch, last, count):
    """Same times and counters (the first 18 characters) as ``count`` calls of uuid7 in one millisecond, across
    counter overflows and a clock behind the last id; version 7, RFC variant, unique, increasing after the calls
    before it, and the calls after it continue from it."""
    from commons_desktop.core import ids

    monkeypatch.setattr(ids, "_random", lambda n: 0x5A5 if n == 2 else 0)  # the counter's random start, fixed
    runs = []
    for batch in (False, True):
        monkeypatch.setattr(ids, "_last_ms", last[0])
        monkeypatch.setattr(ids, "_last_rand_a", last[1])
        made = ids.uuid7_batch(count, now_ms=5_000) if batch else [ids.uuid7(5_000) for _ in range(count)]
        runs.append((made, ids.uuid7(5_000)))
    (calls, after_calls), (made, after) = runs
    assert [i[:18] for i in made] == [i[:18] for i in calls] and after[:18] == after_calls[:18]
    assert all(is_uuid(i) and i[14] == "7" and i[19] in "89ab" for i in made)
    assert made == sorted(made) and len(set(made)) == count and all(i < after for i in made)

def test_hlc_is_monotonic_when_the_clock_goes_back():
    t = [1000.0]
    clock = HybridClock(lambda: t[0])
    a = clock.now()
    t[0] = 999.0  # wall clock stepped back
    b = clock.now()
    c = clock.now()
    t[0] = 1001.0
    d = clock.now()
    assert a < b < c < d
    assert Stamp.parse(b).wall_ms == 1_000_000 and Stamp.parse(c).counter == 2
    clock.observe("9999999999999.00007")
    assert clock.now() > "9999999999999.00007"


def test_hlc_resumes_after_last_stamp():
    clock = HybridClock(lambda: 1.0, last="0000000005000.00003")
    assert clock.now() == "0000000005000.00004"



@pytest.mark.parametrize("last", [None, "0000000001000.00000", "0000000001000.99990", "0000000001000.99999",
                                  "0000000000500.00007", "0000000002000.00003"])
@pytest.mark.parametrize("count", [0, 1, 7, 10, 250_000])
def test_hlc_stamps_are_what_as_many_calls_of_now_give(last, count):
    """A bulk write's stamps (one clock reading) equal ``count`` calls of now() within that millisecond, across
    counter overflows, a clock behind the last stamp, and what the clock gives next."""
    one, many = HybridClock(lambda: 1.0, last=last), HybridClock(lambda: 1.0, last=last)
    assert many.stamps(count) == [one.now() for _ in range(count)]
    assert many.last == one.last and many.now() == one.now()

def test_fold_and_clean():
    assert fold("Émilie  DUPRÉ") == "emilie dupre"
    assert fold("Ça ira, Françoise") == "ca ira, francoise"
    assert clean("a\u202eb\x00c\n d") == "abc d"
    assert phone_digits("+32 470 12 34 56") == "+32470123456"


def test_fold_removes_exactly_the_combining_marks_of_every_code_point():
    """fold's table, filled as characters are met, removes what the whole table of combining marks removed."""
    marks = dict.fromkeys((cp for cp in range(0x110000) if unicodedata.combining(chr(cp))), None)

    def whole_table(text: str) -> str:
        return " ".join(unicodedata.normalize("NFKD", text).translate(marks).casefold().split())

    for cp in range(0x80, 0x110000):
        if not 0xD800 <= cp < 0xE000:
            text = f"é{chr(cp)}x{chr(cp)}"
            assert fold(text) == whole_table(text), hex(cp)


def test_folding_an_accented_word_tests_only_its_own_characters():
    """A one-shot `commons search Gérard` folds one word: it must not first test every code point for a combining
    mark (~100 M instructions, a fifth of the command)."""
    probe = ("import unicodedata\n"
             "from commons_desktop.core import text\n"
             "calls = []\n"
             "class Counting:\n"
             "    def __getattr__(self, name):\n"
             "        return getattr(unicodedata, name)\n"
             "    def combining(self, c):\n"
             "        calls.append(c)\n"
             "        return unicodedata.combining(c)\n"
             "text.unicodedata = Counting()\n"
             "assert text.fold('Gérard Thériault') == 'gerard theriault'\n"
             "print(len(calls))\n")
    done = subprocess.run([sys.executable, "-c", probe], capture_output=True, text=True, timeout=60)
    assert done.returncode == 0, done.stderr
    assert int(done.stdout) <= 20


@pytest.mark.parametrize("bad", ["not-an-email", "a@b", "@x.org", "a b@x.org", "a@@x.org", "a@x..org"])
def test_bad_emails_name_the_field(bad):
    with pytest.raises(InvalidField) as err:
        v.email(bad)
    assert err.value.field == "email"


def test_good_values():
    assert v.email(" emilie@exemple.org ") == "emilie@exemple.org"
    assert v.email("zoë@exemple.fr") == "zoë@exemple.fr"
    assert v.phone("+32 (0)470 12.34.56")
    assert v.iso_date("2026-02-28") == date(2026, 2, 28)
    assert v.amount("12,5") == Decimal("12.50")
    assert v.currency("eur") == "EUR"


@pytest.mark.parametrize("value", ["2026-02-30", "31/02/2026", "12/31/2026", "yesterday"])
def test_bad_dates(value):
    with pytest.raises(InvalidField):
        v.iso_date(value, "birth date")


def test_person_validation():
    with pytest.raises(InvalidField) as err:
        Person().validated()
    assert err.value.field == "name"
    with pytest.raises(InvalidField):
        Person(given="A", emails=[Email("bad")]).validated()
    with pytest.raises(InvalidField):
        Person(given="A", birth_date=date(2999, 1, 1)).validated()
    p = Person(given=" Zoé\u202e ", notes="a\r\nb").validated()
    assert p.given == "Zoé" and p.notes == "a\nb"


def test_membership_and_contribution_validation():
    with pytest.raises(InvalidField):
        Membership("p", start=date(2026, 2, 1), end=date(2026, 1, 1)).validated()
    with pytest.raises(InvalidField):
        Membership("p", status="zombie").validated()
    with pytest.raises(InvalidField):
        Contribution("p", Decimal("-1"), date=date(2026, 1, 1)).validated()
    with pytest.raises(InvalidField):
        Contribution("p", Decimal("1.001"), date=date(2026, 1, 1)).validated()
    with pytest.raises(InvalidField):
        Contribution("p", Decimal("1"), date=None).validated()


def test_uuid7_random_bits_differ_in_a_forked_child():
    import os
    uuid7()  # the pool now holds bits the child must not reuse
    read, write = os.pipe()
    pid = os.fork()
    if pid == 0:  # child
        os.write(write, uuid7().encode())
        os._exit(0)
    os.close(write)
    os.waitpid(pid, 0)
    child = os.read(read, 64).decode()
    os.close(read)
    mine = uuid7()
    assert is_uuid(child) and child[19:] != mine[19:]
