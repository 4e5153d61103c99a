"""`commons person` and member numbers (issue 10 item 5): set, shown, listed, sorted, searched; another person's
number is refused with exit 4 and one line, nothing written."""

from __future__ import annotations

import json

from .conftest import snapshot


def test_member_numbers_on_the_command_line(cli, club):
    v = ("--vault", club.path)
    r = cli(*v, "--json", "person", "edit", club.person, "--member-number", "0042")
    assert r.code == 0 and json.loads(r.out)["member_number"] == "0042"
    r = cli(*v, "--json", "person", "add", "--given", "Zoé", "--member-number", "7")
    zoe = json.loads(r.out)["id"]
    before = snapshot(club.path, club.key)
    r = cli(*v, "person", "add", "--given", "Yann", "--member-number", "0042")
    assert r.code == 4
    assert r.one_error_line() == f"commons: error: member number '0042' already belongs to person {club.person}"
    r = cli(*v, "person", "edit", zoe, "--member-number", "0042")
    assert r.code == 4 and "already belongs to person" in r.one_error_line()
    assert snapshot(club.path, club.key) == before  # nothing written
    r = cli(*v, "person", "show", club.person)
    assert "member number" in r.out and "0042" in r.out
    r = cli(*v, "--json", "person", "list", "--sort", "member_number")
    assert [p["member_number"] for p in json.loads(r.out)] == ["", "7", "0042"]  # as numbers: 7 before 42
    r = cli(*v, "person", "list", "--search", "0042")
    assert "Émilie" in r.out and "0042" in r.out and "Zoé" not in r.out
    r = cli(*v, "--json", "search", "0042")
    assert [h["id"] for h in json.loads(r.out)] == [club.person]
