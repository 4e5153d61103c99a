"""The vCard reader reads a file a chunk of lines and a card at a time: the same lines, cards and records as reading
it whole, wherever a chunk ends (a CRLF, a folded line, a quoted-printable soft break or a card cut by the chunk)."""

from __future__ import annotations

import re

from hypothesis import given, settings
from hypothesis import strategies as st

from commons_desktop.exchange import vcard, vcard_lines, vcard_values

_EOL = re.compile(r"\r\n|\r|\n")


@settings(max_examples=300, deadline=None)
@given(st.text(alphabet="ab:=; \t\r\n", max_size=60), st.integers(min_value=1, max_value=9))
def test_lines_are_those_of_the_whole_text_whatever_the_chunk(text, chunk):
    saved = vcard_lines._CHUNK
    vcard_lines._CHUNK = chunk
    try:
        assert list(vcard_lines._raw_lines(text)) == _EOL.split(text)
    finally:
        vcard_lines._CHUNK = saved


CARD = ("BEGIN:VCARD\r\nVERSION:2.1\r\nN:Dupr\u00e9;\u00c9milie;;;\r\nFN:\u00c9milie Dupr\u00e9\r\n"
        "EMAIL;TYPE=home:emilie{n}@example.org\r\nTEL;CELL:+33 6 12 34 56 {n:02d}\r\n"
        "NOTE;ENCODING=QUOTED-PRINTABLE:Premi=C3=A8re ligne=0D=0A=\r\nseconde ligne {n}\r\n"
        "ADR;TYPE=work:;;3 rue des Lilas;Li\u00e8ge;;4000;Belgique\r\n"
        "CATEGORIES:b\u00e9n\u00e9vole,presse\r\nX-LONG:{long}\r\n line folded {n}\r\nEND:VCARD\r\n")


def test_a_file_read_in_small_chunks_gives_the_same_records(monkeypatch):
    text = "".join(CARD.format(n=n, long="x" * (n * 7)) for n in range(40))
    whole = vcard.read_batch(text.encode("utf-8"))
    for chunk in (5, 17, 64, 333):
        monkeypatch.setattr(vcard_lines, "_CHUNK", chunk)
        assert vcard.read_batch(text.encode("utf-8")) == whole
    assert len(whole.items) == 40 and not whole.errors
    person = whole.items[7].record
    assert person.notes == "Premi\u00e8re ligne\r\nseconde ligne 7"
    assert person.addresses[0].city == "Li\u00e8ge" and person.phones[0].kind == "mobile"


def test_a_head_is_read_once_and_its_parameters_are_the_same_for_every_line():
    first = vcard_values.parse("TEL;TYPE=work,voice;X-A=\"1;2\":+32 1")
    again = vcard_values.parse("TEL;TYPE=work,voice;X-A=\"1;2\":+32 2")
    assert (first.name, first.types(), first.param("X-A"), first.value) == ("TEL", ["work", "voice"], "1;2", "+32 1")
    assert again.value == "+32 2" and again.params == first.params
    long_head = "NOTE;X-" + "a" * 300 + "=1:text"
    assert vcard_values.parse(long_head).value == "text"
    assert long_head[:-5] not in vcard_values._HEADS  # a long head is never kept
