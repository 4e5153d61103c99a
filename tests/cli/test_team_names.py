"""`commons team name NAME` and the names in `commons team status` (issue 12: device names)."""

from __future__ import annotations

import json
import socket


def test_name_this_device_and_see_it_in_the_status(cli, tmp_path):
    a = tmp_path / "a.commons"
    assert cli("--vault", a, "init").code == 0
    r = cli("--vault", a, "team", "name", "Secrétariat")
    assert r.code == 1 and "not part of a team" in r.one_error_line()
    assert cli("--vault", a, "team", "init").code == 0
    (me,) = json.loads(cli("--vault", a, "--json", "team", "status").out)["devices"]
    assert me["name"] == socket.gethostname().split(".")[0]   # until someone names it
    r = cli("--vault", a, "team", "name", " Secrétariat\tdu bureau ")
    assert r.code == 0 and "now called 'Secrétariat du bureau'" in r.out
    r = cli("--vault", a, "team", "status")
    assert r.code == 0
    header, row = r.out.splitlines()[3:5]
    assert header.split()[:2] == ["DEVICE", "NAME"] and "Secrétariat du bureau" in row
    r = cli("--vault", a, "team", "name", "\x07 ")
    assert r.code == 1 and r.one_error_line() == "commons: error: a device's name needs at least one letter or digit"
    assert json.loads(cli("--vault", a, "--json", "team", "status").out)["devices"][0]["name"] == \
        "Secrétariat du bureau"
