"""The team through the group's WebDAV servers (issue 13): real vaults syncing through real sabre/dav servers
(php -S) behind the fault proxy, with passwords in the real Secret Service (scripts/run-tests.sh).

Two vaults converging through two servers, one of which goes down midway and comes back; a server answering
garbage or listing hrefs outside the folder; another team's folder refused; write-new never overwriting; a canary
scan of the files the servers stored."""

from __future__ import annotations

import random

import pytest

from commons_desktop.core.model import Person
from commons_desktop.services import servers, sync, team
from commons_desktop.sync import segments as seg
from commons_desktop.sync.errors import DavError, Failure
from commons_desktop.sync.http import Endpoint, Http
from commons_desktop.sync.teamdav import DavFolder
from commons_desktop.sync.webdav import WebDav
from commons_desktop.vault import tags
from commons_desktop.vault.people import People
from tests.cli.conftest import cli, cli_env  # noqa: F401 - the CLI fixtures
from tests.sync.conftest import PASSWORDS, needs_sabre
from tests.sync.servers import Sabre
from tests.sync.team_helpers import Workload, canonical
from tests.vault.replicas import open_replicas

pytestmark = needs_sabre
DOWN = {"unreachable", "interrupted", "timeout", "server"}


@pytest.fixture
def two_sabres(tmp_path, proxy):
    started = [Sabre(tmp_path / f"sabre{i}", PASSWORDS).start() for i in range(2)]
    yield [(s, proxy(s.port)) for s in started]
    for s in started:
        s.stop()


def add_server(vault, secrets, name, p, *, create=True):
    servers.add(vault, secrets, name, "team", p.url("/server.php/team/"), "alice", password=PASSWORDS["alice"])
    servers.test(vault, secrets, name, create=create)


def sync_all(vault, secrets, names=None):
    return sync.run(vault, secrets, names, options=sync.Options(confirm_deletions=True))


def errors(outcomes):
    return {name: o.error for name, o in outcomes.items() if o.error}


def make_dav_team(template, tmp_path, secrets, sabres, names=("a", "b")):
    """The first vault makes the team, adds every server (its folder created) and syncs; the others join by an
    invitation and add the same servers."""
    (tmp_path / "vaults").mkdir(parents=True)
    vaults = open_replicas(template, tmp_path / "vaults", list(names), None)
    first = vaults[names[0]]
    team.init(first)
    for i, (_, p) in enumerate(sabres):
        add_server(first, secrets, f"dav{i}", p)
    assert not errors(sync_all(first, secrets))
    for name in names[1:]:
        identity, recipient = seg.new_identity()
        team.join(vaults[name], team.invite(first, recipient=recipient), identity=identity)
        for i, (_, p) in enumerate(sabres):
            add_server(vaults[name], secrets, f"dav{i}", p, create=False)
        assert not errors(sync_all(vaults[name], secrets))
    return vaults


def close(vaults, secrets):
    for v in vaults.values():
        for s in servers.list_all(v):
            servers.remove(v, secrets, s.name)
        v.close()


def canary_scan(sabres, vaults):
    """No plaintext of any name, email, tag or note in any file a server stored."""
    words = {"CanaryTag", "bénévole", "Canary", "example.org"}
    for v in vaults.values():
        for ident in People(v).ids():
            p = People(v).get(ident)
            words.update([p.family, p.given, *(e.address for e in p.emails), p.notes])
    words = {w for w in words if w and len(w) >= 4}
    files = {}
    for s, _ in sabres:
        files.update({f"{s.port}/{k}": v for k, v in s.files("team").items()})
    assert files and all(seg.is_name(k.rsplit("/", 1)[-1]) for k in files)
    for name, data in files.items():
        for w in words:
            assert w.encode() not in data, (w, name)
            assert w.encode("utf-16-le") not in data, (w, name)


@pytest.mark.parametrize("seed", [3])
def test_two_vaults_converge_through_two_servers_one_down_midway(vault_template, tmp_path, secrets, two_sabres,
                                                                  seed):
    vaults = make_dav_team(vault_template, tmp_path, secrets, two_sabres)
    rnd, work = random.Random(seed), Workload(seed)
    _, down = two_sabres[0]
    try:
        for round_ in range(10):
            if round_ == 3:   # dav0 goes down: every connection reset, nothing forwarded
                down.add("reset", times=10**6)
            if round_ == 7:   # and comes back
                down.clear()
            name = rnd.choice(list(vaults))
            for _ in range(rnd.randrange(1, 5)):
                work.step(vaults[name], erasures=False)
            for v in vaults.values():
                got = errors(sync_all(v, secrets))
                if 3 <= round_ < 7:
                    assert set(got) <= {"dav0"} and set(got.values()) <= DOWN, got
                    assert got, "dav0 is down: its sync fails"
                else:
                    assert not got, got
            if round_ == 6:   # converged through dav1 alone while dav0 was down
                for _ in range(2):
                    for v in vaults.values():
                        sync_all(v, secrets, ["dav1"])
                assert canonical(vaults["a"]) == canonical(vaults["b"])
        for _ in range(2):
            for v in vaults.values():
                assert not errors(sync_all(v, secrets))
        assert canonical(vaults["a"]) == canonical(vaults["b"])
        assert People(vaults["a"]).ids()
        canary_scan(two_sabres, vaults)
    finally:
        close(vaults, secrets)


def test_canary_scan_of_a_server(vault_template, tmp_path, secrets, two_sabres):
    vaults = make_dav_team(vault_template, tmp_path, secrets, two_sabres[:1])
    try:
        a = vaults["a"]
        p = People(a).add(Person(given="Zéphyrine", family="CanaryFamily", notes="CanaryNote in the notes"))
        tags.add_tag(a, "CanaryTagName", [p.id])
        for _ in range(2):
            for v in vaults.values():
                assert not errors(sync_all(v, secrets))
        assert People(vaults["b"]).get(p.id).family == "CanaryFamily"
        data = b"".join(two_sabres[0][0].files("team").values())
        for word in ("CanaryFamily", "CanaryNote", "CanaryTagName", "Zéphyrine"):
            assert word.encode() not in data
        canary_scan(two_sabres[:1], vaults)
    finally:
        close(vaults, secrets)


def test_a_server_answering_garbage_is_refused_and_nothing_applied(vault_template, tmp_path, secrets, two_sabres):
    vaults = make_dav_team(vault_template, tmp_path, secrets, two_sabres[:1])
    sabre, p = two_sabres[0]
    try:
        People(vaults["a"]).add(Person(given="Olympe", family="Garbage"))
        assert not errors(sync_all(vaults["a"], secrets))
        before = canonical(vaults["b"])
        p.add("status", method="PROPFIND", status=207, body=b"<?xml version='1.0'?><d:multistatus xmlns:d=", times=9)
        assert errors(sync_all(vaults["b"], secrets)) == {"dav0": "bad-answer"}
        assert canonical(vaults["b"]) == before
        p.clear()
        # a listing naming files outside the folder (another folder, a parent, another host): never read or written
        evil = "".join(f"<d:response><d:href>{h}</d:href><d:propstat><d:prop><d:getcontentlength>10"
                       "</d:getcontentlength><d:getetag>\"x\"</d:getetag><d:resourcetype/></d:prop>"
                       "<d:status>HTTP/1.1 200 OK</d:status></d:propstat></d:response>"
                       for h in ("/server.php/other/" + "a" * 32, "/server.php/team/../" + "b" * 32,
                                 "http://evil.example/server.php/team/" + "c" * 32, "/" + "d" * 32))
        p.add("status", method="PROPFIND", status=207, times=9,
              body=f"<?xml version='1.0'?><d:multistatus xmlns:d='DAV:'>{evil}</d:multistatus>".encode())
        got = errors(sync_all(vaults["b"], secrets))
        assert got == {"dav0": "foreign-folder"}, got   # our marker is not among what it lists: refused
        assert all(s.path.startswith("/server.php/team/") for s in p.seen), [s.path for s in p.seen]
        assert not [s for s in p.seen if s.method in ("PUT", "DELETE", "GET")]
        assert canonical(vaults["b"]) == before
        p.clear()
        # a GET answering garbage for a segment: that file refused as tampered, nothing applied from it
        People(vaults["a"]).add(Person(given="Rosa", family="AfterGarbage"))
        assert not errors(sync_all(vaults["a"], secrets))
        p.add("status", method="GET", status=200, body=b"not an age file at all", times=10**6)
        got = errors(sync_all(vaults["b"], secrets))
        assert got and got["dav0"] == "tampered", got
        assert canonical(vaults["b"]) == before
        p.clear()
        assert not errors(sync_all(vaults["b"], secrets))
        assert canonical(vaults["b"]) == canonical(vaults["a"])
    finally:
        close(vaults, secrets)


def test_another_teams_server_folder_is_refused(vault_template, tmp_path, secrets, two_sabres):
    ours = make_dav_team(vault_template, tmp_path / "ours", secrets, two_sabres[:1], names=("a",))
    sabre, p = two_sabres[0]
    (tmp_path / "theirs").mkdir()
    theirs = open_replicas(vault_template, tmp_path / "theirs", ["z"], None)
    try:
        stored = sabre.files("team")
        team.init(theirs["z"])
        add_server(theirs["z"], secrets, "theirs", p, create=False)
        assert errors(sync_all(theirs["z"], secrets)) == {"theirs": "foreign-folder"}
        assert sabre.files("team") == stored    # nothing written to the other team's folder
    finally:
        close(ours, secrets)
        close(theirs, secrets)


def test_write_new_never_overwrites_and_replace_is_conditional(tmp_path, two_sabres):
    sabre, p = two_sabres[0]
    http = Http(Endpoint(p.url("/server.php/team/"), "alice", PASSWORDS["alice"]))
    dav = WebDav(http)
    dav.mkcol("/server.php/team/")
    folder = DavFolder(dav)
    name = "0" * 32
    folder.write_new(name, b"first")
    with pytest.raises(FileExistsError):
        folder.write_new(name, b"second")
    assert sabre.files("team") == {name: b"first"}
    assert folder.listing() == {name: 5}
    folder.replace(name, b"mine, replaced")
    assert folder.read(name) == b"mine, replaced"
    other = DavFolder(WebDav(Http(Endpoint(p.url("/server.php/team/"), "alice", PASSWORDS["alice"]))))
    other.listing()
    other.replace(name, b"changed elsewhere")
    with pytest.raises(DavError) as caught:   # our ETag is stale: never written over what we have not seen
        folder.replace(name, b"would overwrite")
    assert caught.value.failure is Failure.PRECONDITION
    assert sabre.files("team") == {name: b"changed elsewhere"}
    folder.listing()
    folder.delete(name)
    assert sabre.files("team") == {}
    (sabre.root / "team" / "notes.txt").write_bytes(b"x")
    assert folder.listing() == {} and folder.foreign_entries() == 1
    http.close()


@pytest.fixture
def team_cli(cli, vault_path, vault_key, secrets, monkeypatch):  # noqa: F811
    """``commons(*args, stdin=None)`` on a vault; the test server's password forgotten after the test."""
    import io
    import sys

    from commons_desktop.vault.connection import Vault
    with Vault.open(vault_path, key=vault_key) as v:
        vault_id = v.get_meta("vault_id")

    def run(*args: str, stdin: str | None = None):
        if stdin is not None:
            monkeypatch.setattr(sys, "stdin", io.StringIO(stdin))
        return cli("--vault", vault_path, *args)
    yield run
    secrets.forget(vault_id, "hoster")


def test_cli_server_add_kind_team_and_sync_json_per_transport(team_cli, sabre, tmp_path):
    import json
    commons = team_cli
    assert commons("team", "init").code == 0
    r = commons("server", "add", "hoster", "--kind", "team", "--url", sabre.url + "team/", "--user", "alice",
                "--password-stdin", stdin=PASSWORDS["alice"] + "\n")
    assert r.code == 0, r.err
    assert commons("server", "test", "hoster", "--create").code == 0
    (tmp_path / "stick").mkdir()
    assert commons("team", "folder", "add", str(tmp_path / "stick"), "--name", "stick").code == 0
    r = commons("--json", "sync")
    assert r.code == 0, r.err
    out = json.loads(r.out)["servers"]
    assert set(out) == {"hoster", "stick"}
    assert out["hoster"]["error"] is None and out["hoster"]["requests"] > 0 and out["stick"]["error"] is None
    assert out["hoster"]["sent"] == out["stick"]["sent"]
    stored = sabre.files("team")
    assert stored and all(seg.is_name(n) for n in stored)
    assert len(stored) == len(list((tmp_path / "stick").iterdir()))   # a marker and an index in each
    r = commons("--json", "team", "status")
    assert r.code == 0
    where = {t["name"]: t["path"] for t in json.loads(r.out)["transports"]}
    assert where == {"hoster": sabre.url + "team/", "stick": str((tmp_path / "stick").resolve())}
    sabre.stop()   # the server down: its transport fails with its code, the folder still syncs
    r = commons("--json", "sync")
    out = json.loads(r.out)["servers"]
    assert out["hoster"]["error"] == "unreachable" and out["stick"]["error"] is None and r.code == 5
    assert r.err_lines == ["commons: error: hoster: cannot reach the server (check the address and the network)"]


@pytest.fixture
def two_plain_sabres(tmp_path):
    """Two sabre/dav servers reached directly (no proxy): stopping one is a hoster gone, restarting it its return."""
    started = [Sabre(tmp_path / f"hoster{i}", PASSWORDS).start() for i in range(2)]
    yield started
    for s in started:
        s.stop()


def test_a_new_laptop_joins_through_a_server_while_the_other_is_down(vault_template, tmp_path, secrets,
                                                                     two_plain_sabres):
    """No shared folder: the new laptop finds the newest snapshot and the segments after it on whichever team server
    answers (one is stopped while it joins), its passwords given at the join; when the stopped server returns, it
    is caught up, and both vaults converge through either server alone."""
    (tmp_path / "vaults").mkdir()
    vaults = open_replicas(vault_template, tmp_path / "vaults", ["a", "b"], None)
    a, b = vaults["a"], vaults["b"]
    down, up = two_plain_sabres
    try:
        team.init(a)
        first = People(a).add(Person(given="Zéphyrine", family="CanaryFamily", notes="CanaryNote in the notes"))
        tags.add_tag(a, "CanaryTagName", [first.id])
        for i, s in enumerate(two_plain_sabres):
            server, failure = team.add_server(a, secrets, f"hoster{i}", s.url + "team/", "alice",
                                              password=PASSWORDS["alice"])
            assert failure is None and server.kind == "team"
        assert not errors(sync_all(a, secrets))     # the marker, a segment, a snapshot and the index on each
        later = People(a).add(Person(given="Anselme", family="AfterSnapshot"))
        assert not errors(sync_all(a, secrets))     # a segment after the snapshot
        identity, recipient = seg.new_identity()
        invitation = team.invite(a, recipient=recipient)
        opened = seg.read_invitation(invitation, identity=identity)   # URLs and accounts, never a password
        assert PASSWORDS["alice"] not in repr(opened) and "alice" in repr(opened["servers"])
        assert [i["name"] for i in team.check_invitation(invitation, identity=identity)] == ["hoster0", "hoster1"]
        down.stop()
        report = team.join(b, invitation, identity=identity, secrets=secrets,
                           passwords={"hoster0": PASSWORDS["alice"], "hoster1": PASSWORDS["alice"]})
        assert report["snapshot"] == "hoster1", report
        assert set(report["not_read"]) == {"hoster0"} and report["not_read"]["hoster0"] in DOWN
        assert report["transports"]["hoster1"]["error"] is None
        assert report["transports"]["hoster0"]["error"] in DOWN
        assert People(b).get(later.id).family == "AfterSnapshot"   # the segment after the snapshot, from hoster1
        assert canonical(b) == canonical(a)
        assert {s.name: s.url for s in servers.list_all(b)} == {f"hoster{i}": s.url + "team/"
                                                                 for i, s in enumerate(two_plain_sabres)}
        People(b).update(first.id, Person(given="Zéphyrine", family="CanaryFamily", notes="edited on b"))
        got = errors(sync_all(b, secrets))
        assert set(got) == {"hoster0"} and got["hoster0"] in DOWN
        down.start()   # the hoster returns: the next syncs catch it up with what it missed
        assert not errors(sync_all(b, secrets))
        assert not errors(sync_all(a, secrets, ["hoster0"]))   # a reads only the server that was down
        assert People(a).get(first.id).notes == "edited on b"
        assert canonical(a) == canonical(b)
        canary_scan([(s, None) for s in two_plain_sabres], vaults)
    finally:
        close(vaults, secrets)


def test_cli_team_server_add_and_join_through_a_server_with_passwords_on_stdin(cli, vault_path, secrets, tmp_path,  # noqa: F811
                                                                             two_plain_sabres, monkeypatch):
    """The contract as a user types it: `team server add NAME --url --user --password-stdin` for each hoster (its
    folder created), `sync`, an invitation, and on a new laptop `team join --password-stdin` (one password a line,
    in the invitation's order) while one hoster is stopped."""
    import io
    import json
    import sys

    def commons(*args, stdin=None):
        if stdin is not None:
            monkeypatch.setattr(sys, "stdin", io.StringIO(stdin))
        return cli(*args)

    a, b = vault_path, tmp_path / "laptop-b.commons"
    down, up = two_plain_sabres
    pw = PASSWORDS["alice"] + "\n"
    try:
        assert commons("--vault", a, "team", "init").code == 0
        _people_in(a)
        for i, s in enumerate(two_plain_sabres):
            r = commons("--vault", a, "team", "server", "add", f"hoster{i}", "--url", s.url + "team/", "--user",
                        "alice", "--password-stdin", stdin=pw)
            assert r.code == 0, r.err
            assert (s.root / "team").is_dir()      # created by the check
        r = commons("--vault", a, "server", "add", "wrong", "--kind", "team", "--url", up.url + "other/", "--user",
                    "alice", "--password-stdin", stdin="not the password\n")
        assert r.code == 0, r.err                  # the old form: the same record
        r = commons("--vault", a, "team", "server", "remove", "wrong")
        assert r.code == 0, r.err
        r = commons("--vault", a, "team", "server", "add", "wrong", "--url", up.url + "other/", "--user", "alice",
                    "--password-stdin", stdin="not the password\n")
        assert r.code == 5 and "wrong user name or password" in r.one_error_line(), r.err
        assert commons("--vault", a, "team", "server", "remove", "wrong").code == 0
        r = commons("--vault", a, "--json", "team", "server", "list")
        assert r.code == 0, r.err
        assert [(s["name"], s["kind"], s["user"]) for s in json.loads(r.out)] == [("hoster0", "team", "alice"),
                                                                                ("hoster1", "team", "alice")]
        r = commons("--vault", a, "--json", "sync")
        assert r.code == 0, r.err
        assert {n: o["error"] for n, o in json.loads(r.out)["servers"].items()} == {"hoster0": None, "hoster1": None}
        identity, recipient = seg.new_identity()   # (an invitation passphrase costs seconds of scrypt)
        (tmp_path / "identity").write_text(identity + "\n")
        r = commons("--vault", a, "team", "invite", "--to", tmp_path / "inv.age", "--recipient", recipient)
        assert r.code == 0, r.err
        down.stop()
        r = commons("--vault", b, "--json", "team", "join", tmp_path / "inv.age", "--identity-file",
                    tmp_path / "identity", "--password-stdin", stdin=pw + pw)
        assert r.code == 0, r.err
        report = json.loads(r.out)
        assert report["snapshot"] == "hoster1" and set(report["not_read"]) == {"hoster0"}
        assert report["transports"]["hoster1"]["error"] is None and report["transports"]["hoster0"]["error"] in DOWN
        assert _canonical_of(a) == _canonical_of(b)
        down.start()
        for v in (b, a):
            r = commons("--vault", v, "--json", "sync")
            assert r.code == 0, r.err
        assert _canonical_of(a) == _canonical_of(b)
        canary_scan([(s, None) for s in two_plain_sabres], {})
    finally:
        for v in (a, b):
            if v.exists():
                for name in ("hoster0", "hoster1", "wrong"):
                    commons("--vault", v, "team", "server", "remove", name)


def _people_in(path):
    from commons_desktop.vault.connection import Vault
    from tests.conftest import PASSPHRASE
    v = Vault.open(path, passphrase=PASSPHRASE)
    try:
        p = People(v).add(Person(given="Zéphyrine", family="CanaryFamily", notes="CanaryNote in the notes"))
        tags.add_tag(v, "CanaryTagName", [p.id])
    finally:
        v.close()


def _canonical_of(path):
    from commons_desktop.vault import replication
    from commons_desktop.vault.connection import Vault
    from tests.conftest import PASSPHRASE
    v = Vault.open(path, passphrase=PASSPHRASE)
    try:
        return replication.canonical(v)
    finally:
        v.close()


def test_joining_with_a_wrong_password_for_one_server_sends_it_once(vault_template, tmp_path, secrets, two_sabres):
    """One refused login while joining: that server is added with its refusal remembered (nothing more is sent with
    that password, as for any server), the join goes on through the other."""
    (tmp_path / "vaults").mkdir()
    vaults = open_replicas(vault_template, tmp_path / "vaults", ["a", "b"], None)
    a, b = vaults["a"], vaults["b"]
    (_, p0), (_, p1) = two_sabres
    try:
        team.init(a)
        People(a).add(Person(given="Léontine", family="CanaryFamily"))
        for i, (_, p) in enumerate(two_sabres):
            add_server(a, secrets, f"dav{i}", p)
        assert not errors(sync_all(a, secrets))
        identity, recipient = seg.new_identity()
        p0.clear()
        report = team.join(b, team.invite(a, recipient=recipient), identity=identity, secrets=secrets,
                           passwords={"dav0": "not the password", "dav1": PASSWORDS["alice"]})
        assert report["snapshot"] == "dav1" and report["not_read"] == {"dav0": "auth"}
        assert report["transports"]["dav0"]["error"] == "auth" and report["transports"]["dav1"]["error"] is None
        assert [s.outcome for s in p0.seen if s.auth] == ["401"], p0.seen   # sent once, never again
        assert servers.get(b, "dav0").auth_failed
        assert canonical(b) == canonical(a)
        assert errors(sync_all(b, secrets)) == {"dav0": "auth"}
        assert not [s for s in p0.seen if s.auth][1:]
    finally:
        close(vaults, secrets)


def test_joining_uses_the_team_servers_already_added(vault_template, tmp_path, secrets, two_plain_sabres):
    """An empty vault where the person already added the team's server (the app's flow): the join reads from it
    with the password in the keyring, adds no second record for the invitation's same URL and account, and adds the
    invitation's other server (no password given: tried without one, its refusal remembered)."""
    (tmp_path / "vaults").mkdir()
    vaults = open_replicas(vault_template, tmp_path / "vaults", ["a", "b"], None)
    a, b = vaults["a"], vaults["b"]
    try:
        team.init(a)
        People(a).add(Person(given="Philomène", family="CanaryFamily"))
        for i, s in enumerate(two_plain_sabres):
            assert team.add_server(a, secrets, f"hoster{i}", s.url + "team/", "alice",
                                   password=PASSWORDS["alice"])[1] is None
        assert not errors(sync_all(a, secrets))
        servers.add(b, secrets, "ours", "team", two_plain_sabres[1].url + "team/", "alice",
                    password=PASSWORDS["alice"])
        identity, recipient = seg.new_identity()
        report = team.join(b, team.invite(a, recipient=recipient), identity=identity, secrets=secrets)
        assert report["snapshot"] == "ours" and report["not_read"] == {"hoster0": "auth"}
        assert {s.name for s in servers.list_all(b)} == {"ours", "hoster0"}
        assert report["transports"]["ours"]["error"] is None
        assert canonical(b) == canonical(a)
    finally:
        close(vaults, secrets)
