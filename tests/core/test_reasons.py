"""Layers below ui/ and cli/ refuse values with reason codes and parameters; the words are chosen at the edge."""

from __future__ import annotations

import pytest

from commons_desktop.core import validation as v
from commons_desktop.core.errors import InvalidField, Reason
from commons_desktop.core.model import Organisation, Person

LONE = "Zo\udce9"

CHECKS = {
    "text": lambda s: v.text(s, "given name"),
    "text lines": lambda s: v.text(s, "address street", lines=True),
    "text multiline": lambda s: v.text(s, "notes", multiline=True),
    "email": lambda s: v.email(s + "@exemple.org"),
    "phone": lambda s: v.phone("+32 470 " + s),
    "url": lambda s: v.url(s + ".org"),
    "language": lambda s: v.language(s),
    "currency": lambda s: v.currency(s),
    "tag": lambda s: v.tag_name(s),
    "date": lambda s: v.iso_date(s),
    "person": lambda s: Person(given=s).validated(),
    "organisation": lambda s: Organisation(name=s).validated(),
}


@pytest.mark.parametrize("check", list(CHECKS))
def test_every_text_check_refuses_a_lone_surrogate_with_its_code(check):
    with pytest.raises(InvalidField) as caught:
        CHECKS[check](LONE)
    assert caught.value.reason == Reason.LONE_SURROGATE
    caught.value.args[0].encode("utf-8")  # its message can be written out


def test_a_lone_surrogate_in_notes_is_refused_and_paired_surrogates_are_not_text_of_python():
    assert v.text("Zoé 😀", "notes", multiline=True) == "Zoé 😀"
    with pytest.raises(InvalidField) as caught:
        v.text("line one\n\ud83d", "notes", multiline=True)
    assert caught.value.field == "notes" and caught.value.reason == "lone-surrogate"
