"""Line breaks in user text (issue 10 item 3): a one-line field turns every line break into a space (never glues two
words), a street keeps its lines, notes keep theirs. Checked on every cleaner and on every fast path that decides a
value is already clean (validation.plain_text, Address.validated, Consent.validated, Person.validated)."""

from __future__ import annotations

import re
import unicodedata

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from commons_desktop.core import validation as v
from commons_desktop.core.model import Address, Consent, Organisation, Person, Relationship
from commons_desktop.core.text import LINE_BREAKS, clean, clean_lines, clean_multiline

BREAKS = ["\n", "\r\n", "\r", "\x0b", "\x0c", "\x1c", "\x1d", "\x1e", "\x85", "\u2028", "\u2029"]
BIDI = "\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069\u200e\u200f"
TEXT = st.one_of(
    st.text(),
    st.text(alphabet=st.sampled_from(list("aZ é,;-'  \t\x00\x07\x1f\xa0\u3000\u0301" + LINE_BREAKS + BIDI)),
            max_size=30))


def test_line_breaks_are_every_line_boundary_python_knows():
    assert sorted(LINE_BREAKS) == sorted(c for c in map(chr, range(0x110000)) if len(f"a{c}b".splitlines()) == 2)


@pytest.mark.parametrize("br", BREAKS)
def test_a_line_break_in_a_one_line_field_becomes_a_space(br):
    glued = f"Résidence Les Érables{br}Appartement 12"
    assert clean(glued) == "Résidence Les Érables Appartement 12"
    assert v.text(glued, "x") == "Résidence Les Érables Appartement 12"
    assert clean_multiline(glued) == "Résidence Les Érables\nAppartement 12"
    assert clean_lines(glued) == "Résidence Les Érables\nAppartement 12"


def test_every_one_line_field_of_every_record_separates_words():
    two = "Marie\nClaire"
    p = Person(given=two, family="Le\r\nGoff", addresses=[Address("rue\u2028Haute 1", "40\n00", "Liège\nCentre",
                                                                  "Wal\rlonie", "Bel\x85gique")],
               consents=[Consent("photos\nde groupe")], custom={"clé\nlongue": "val\u2029eur"}).validated()
    assert (p.given, p.family) == ("Marie Claire", "Le Goff")
    a = p.addresses[0]
    assert (a.street, a.postcode, a.city, a.region, a.country) == ("rue\nHaute 1", "40 00", "Liège Centre",
                                                                   "Wal lonie", "Bel gique")
    assert p.consents[0].what == "photos de groupe" and p.custom == {"clé longue": "val eur"}
    o = Organisation(name="Les Amis\ndu Quartier", kind="asso\nciation").validated()
    assert (o.name, o.kind) == ("Les Amis du Quartier", "asso ciation")
    assert Relationship("member_of", "a", "b", role="vice\npresidente").validated().role == "vice presidente"
    assert v.tag_name("comité\ndirecteur") == "comité directeur"


def test_a_street_keeps_its_lines_and_notes_keep_theirs():
    street = "  Résidence Les Érables \r\n\r\n   Appartement  12\r\n"
    a = Address(street, "75011", "Paris").validated()
    assert a.street == "Résidence Les Érables\nAppartement 12"
    assert a.one_line() == "Résidence Les Érables, Appartement 12, 75011 Paris"
    p = Person(given="A", notes=" Première ligne\r\n\r\n  indentée\u2028fin ").validated()
    assert p.notes == "Première ligne\n\n  indentée\nfin"


@settings(max_examples=500)
@given(TEXT, TEXT)
def test_a_line_break_acts_as_a_space(a, b):
    for br in BREAKS:
        assert clean(a + br + b) == clean(a + " " + b)
        assert clean_lines(a + br + b) == clean_lines(a + "\n" + b)


@settings(max_examples=500)
@given(TEXT)
def test_what_each_cleaner_gives(value):
    one = clean(value)
    assert one == one.strip() and "  " not in one and clean(one) == one
    assert not any(c in one for c in LINE_BREAKS + BIDI) and all(unicodedata.category(c) != "Cc" for c in one)
    assert one.split() == [w for w in re.split(r"\s+", one) if w]
    multi = clean_multiline(value)
    assert multi == multi.strip() and clean_multiline(multi) == multi
    assert not any(c in multi for c in LINE_BREAKS.replace("\n", "") + BIDI)
    assert all(unicodedata.category(c) != "Cc" for c in multi.replace("\n", "").replace("\t", ""))
    lines = clean_lines(value)
    assert clean_lines(lines) == lines and all(line and clean(line) == line for line in lines.split("\n") if lines)
    assert " ".join(lines.split("\n")) == one  # the same words, the line breaks where the value had them


@settings(max_examples=500)
@given(TEXT, st.sampled_from([1, 5, 20, 200, 300]))
def test_every_fast_path_gives_what_the_full_check_gives(value, limit):
    fast = v.plain_text(value, limit)
    if fast is not None:
        assert fast == v.text(value, "x", limit=limit) == v.text(value, "x", limit=limit, lines=True) \
            == v.text(value, "x", limit=limit, multiline=True)
    whole = Address(value, value[:20], value, value, value)
    try:
        a = whole.validated()
    except v.InvalidField:
        return
    assert (a.street, a.postcode, a.city, a.region, a.country) == (
        v.text(value, "s", limit=300, lines=True), v.text(value[:20], "p", limit=20), v.text(value, "c"),
        v.text(value, "r"), v.text(value, "c"))
    assert a.validated() == a


@settings(max_examples=300, deadline=None)
@given(st.lists(TEXT, min_size=9, max_size=9))
def test_the_import_takes_as_read_only_what_validation_gives_back(texts):
    """exchange/as_read.py marks the records the planner takes without validating them: never one with a line break
    where validation would change it (a street keeps its lines, another field turns them into spaces)."""
    from commons_desktop.core.model import Email, Phone
    from commons_desktop.exchange.as_read import AsRead
    given_name, family, street, city, notes, what, key, value, country = texts
    p = Person(given_name or "A", family, [Email("a@b.example")], [Phone("+32 470 12 34 56")],
               [Address(street, "4000", city, "", country)], None, ["fr"], notes, [Consent(what or "x")],
               {key or "k": value})
    if AsRead().person(p.given, p.family, p.emails, p.phones, p.addresses, p.birth_date, p.languages, p.notes,
                       p.consents, p.custom):
        assert p.validated() == p
    lines = Address("Résidence Les Érables\nAppartement 12", "4000", "Liège")
    assert lines.validated() == lines  # a street on two lines is valid as it is
