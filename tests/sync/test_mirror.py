"""Documents mirrored to a real sabre/dav folder through services/sync.py: only what the profile selects, only
what changed, If-Match on every overwrite and delete, deletions with the mass-delete fail-safe, other tools' files
left alone, server-side edits never overwritten silently, every publication in the disclosure log."""

from __future__ import annotations

import hashlib

import pytest

from commons_desktop.services import servers
from commons_desktop.vault import exchange_log, sync_state, tags
from commons_desktop.vault import servers as store
from commons_desktop.vault.documents import Documents
from tests.sync.conftest import needs_sabre
from tests.sync.federation import OUTSIDE
from tests.sync.federation import sync_docs as run

pytestmark = needs_sabre


def test_first_sync_sends_the_selected_documents_and_a_second_nothing(docs_server):
    vault, fed, sabre, p, secrets = docs_server
    first = run(vault, secrets)
    assert first.error is None and first.counts.sent == 3 and first.counts.deleted == 0
    files = sabre.files("docs")
    assert files == {"minutes.txt": b"Assemblee generale 2026\n", "budget 2026.csv": b"budget,2026\n1,2\n",
                     "statuts.pdf": b"%PDF-1.4 statuts"}
    puts = [s for s in p.seen if s.method == "PUT"]
    assert len(puts) == 3 and all(s.headers.get("If-None-Match") == "*" for s in puts)
    assert first.requests == 1 + 3  # one listing, one PUT each (sabre returns the ETag)
    p.clear()
    again = run(vault, secrets)
    assert again.error is None and again.to_json() == {"sent": 0, "received": 0, "deleted": 0, "conflicts": 0,
                                                       "requests": 1, "error": None}
    assert [s.method for s in p.seen] == ["PROPFIND"]
    logged = exchange_log.disclosures(vault)
    assert len(logged) == 1 and logged[0].kind == "webdav" and logged[0].recipients == ["docs"]
    assert logged[0].destination.endswith("/server.php/docs/") and logged[0].profile == "site"
    assert sorted(i for _, i in exchange_log.disclosed_records(vault, logged[0].rid)) == sorted(
        [fed.minutes, fed.budget, fed.statutes])
    assert store.get(vault, "docs").last_success and store.get(vault, "docs").last_error is None


def test_a_new_version_is_one_put_over_the_etag_last_seen(docs_server):
    vault, fed, sabre, p, secrets = docs_server
    run(vault, secrets)
    target = store.get(vault, "docs").target_id
    before = sync_state.items(vault, target)
    Documents(vault).add_version(fed.minutes, b"Assemblee generale 2026, v2\n", "minutes.txt", "text/plain")
    p.clear()
    out = run(vault, secrets)
    assert out.counts.sent == 1 and out.requests == 2
    (put,) = [s for s in p.seen if s.method == "PUT"]
    path = "/server.php/docs/minutes.txt"
    assert put.headers.get("If-Match") == before[path].etag
    assert sabre.files("docs")["minutes.txt"] == b"Assemblee generale 2026, v2\n"
    assert sync_state.items(vault, target)[path].sha256 == hashlib.sha256(b"Assemblee generale 2026, v2\n"
                                                                           ).hexdigest()
    assert len(exchange_log.disclosures(vault)) == 2  # the new version's publication is logged too


def test_deleted_and_unselected_documents_are_removed_with_if_match(docs_server):
    vault, fed, sabre, p, secrets = docs_server
    for i in range(12):  # enough files there that removing two stays under the 20% fail-safe
        Documents(vault).add(f"Note {i}", f"note {i}\n".encode(), f"note-{i:02}.txt", "text/plain",
                             [("person", fed.emilie)])
    run(vault, secrets)
    assert len(sabre.files("docs")) == 15
    Documents(vault).delete(fed.budget)
    tags.remove_tag(vault, "web", [fed.org])  # the organisation (and so the statutes) no longer selected
    p.clear()
    out = run(vault, secrets)
    assert out.error is None and out.counts.deleted == 2 and out.counts.sent == 0
    deletes = [s for s in p.seen if s.method == "DELETE"]
    assert len(deletes) == 2 and all(s.headers.get("If-Match", "").startswith('"') for s in deletes)
    assert "budget 2026.csv" not in sabre.files("docs") and "statuts.pdf" not in sabre.files("docs")
    assert len(sabre.files("docs")) == 13


def test_mass_delete_stops_before_any_change_unless_confirmed(docs_server):
    vault, fed, sabre, p, secrets = docs_server
    run(vault, secrets)
    tags.remove_tag(vault, "web", [fed.emilie, fed.org])  # the profile selects nothing now
    before = sabre.files("docs")
    p.clear()
    out = run(vault, secrets)
    assert out.error == "mass-delete" and out.detail == {"count": 3, "present": 3}
    assert [s.method for s in p.seen] == ["PROPFIND"] and sabre.files("docs") == before
    assert store.get(vault, "docs").last_error == "mass-delete"
    out = run(vault, secrets, confirm_deletions=True)
    assert out.error is None and out.counts.deleted == 3 and sabre.files("docs") == {}


def test_files_of_other_tools_are_never_touched(docs_server):
    vault, fed, sabre, p, secrets = docs_server
    (sabre.root / "docs" / "their-notes.txt").write_bytes(b"kept by another tool")
    run(vault, secrets)
    tags.remove_tag(vault, "web", [fed.emilie, fed.org])
    out = run(vault, secrets, confirm_deletions=True)
    assert out.counts.deleted == 3
    assert sabre.files("docs") == {"their-notes.txt": b"kept by another tool"}


def test_an_edit_on_the_server_is_a_conflict_not_overwritten(docs_server):
    vault, fed, sabre, p, secrets = docs_server
    run(vault, secrets)
    (sabre.root / "docs" / "minutes.txt").write_bytes(b"edited on the server by someone")
    Documents(vault).add_version(fed.minutes, b"edited in the vault\n", "minutes.txt", "text/plain")
    out = run(vault, secrets)
    assert out.error is None and out.counts.conflicts == 1 and out.counts.sent == 0
    assert sabre.files("docs")["minutes.txt"] == b"edited on the server by someone"
    again = run(vault, secrets)
    assert again.counts.conflicts == 1 and sabre.files("docs")["minutes.txt"] == b"edited on the server by someone"
    p.clear()
    forced = run(vault, secrets, overwrite_conflicts=True)
    assert forced.counts.sent == 1 and forced.counts.conflicts == 0
    assert sabre.files("docs")["minutes.txt"] == b"edited in the vault\n"
    (put,) = [s for s in p.seen if s.method == "PUT"]
    assert put.headers.get("If-Match")  # even an asked-for overwrite is over the version just seen
    assert run(vault, secrets).to_json()["sent"] == 0


def test_a_file_deleted_on_the_server_is_sent_again(docs_server):
    vault, fed, sabre, p, secrets = docs_server
    run(vault, secrets)
    (sabre.root / "docs" / "statuts.pdf").unlink()
    out = run(vault, secrets)
    assert out.counts.sent == 1 and sabre.files("docs")["statuts.pdf"] == b"%PDF-1.4 statuts"


def test_same_names_and_renames(docs_server):
    vault, fed, sabre, p, secrets = docs_server
    twin = Documents(vault).add("Other minutes", b"other minutes\n", "Minutes.txt", "text/plain",
                                [("person", fed.emilie)])
    run(vault, secrets)
    files = sabre.files("docs")
    assert files["minutes.txt"] == b"Assemblee generale 2026\n"
    assert files[f"Minutes ({twin.id[-8:]}).txt"] == b"other minutes\n"
    Documents(vault).add_version(fed.budget, b"budget,2026\n1,2\n", "budget-final.csv", "text/csv")
    out = run(vault, secrets)  # a rename: the new name sent, the old one deleted (not a mass delete)
    assert out.error is None and out.counts.sent == 1 and out.counts.deleted == 1
    assert "budget 2026.csv" not in sabre.files("docs") and "budget-final.csv" in sabre.files("docs")


def test_nothing_outside_the_profile_reaches_the_server(docs_server):
    vault, fed, sabre, p, secrets = docs_server
    Documents(vault).add_version(fed.secret, b"still secret " + OUTSIDE, "secret.txt", "text/plain")
    run(vault, secrets)
    run(vault, secrets)
    stored = [f.read_bytes() for f in sabre.folder.rglob("*") if f.is_file()]
    assert stored and not any(OUTSIDE in data for data in stored)
    sent = b"".join(s.path.encode() for s in p.seen)
    assert b"secret" not in sent


def test_a_profile_without_documents_or_no_profile_sends_nothing(docs_server):
    vault, fed, sabre, p, secrets = docs_server
    from commons_desktop.exchange.selection import Selection
    from commons_desktop.services import profiles
    profiles.add(vault, "names-only", Selection(tag="web"), ["given", "family"])
    servers.change(vault, secrets, "docs", profile="names-only")
    out = run(vault, secrets)
    assert out.error is None and out.counts.sent == 0 and sabre.files("docs") == {}
    store.change(vault, "docs", profile="")
    out = run(vault, secrets)
    assert out.error == "no-profile" and out.requests == 0


def test_no_plaintext_copy_on_disk_on_the_way(docs_server):
    """The content goes from the vault to the request in memory: no file written under the temporary folder or the
    home folder during the sync holds it, except the server's own storage."""
    import os
    import stat
    import tempfile
    import time
    from pathlib import Path
    vault, fed, sabre, p, secrets = docs_server
    canary = b"CANARY-PLAINTEXT-ON-THE-WAY-51c2"
    Documents(vault).add_version(fed.minutes, canary * 1000, "minutes.txt", "text/plain")
    started = time.time() - 2
    assert run(vault, secrets).counts.sent == 3
    assert canary in sabre.files("docs")["minutes.txt"]
    found, looked = [], 0
    for root in {Path(tempfile.gettempdir()), Path.home()}:
        for dirpath, _, names in os.walk(root):
            if Path(dirpath).is_relative_to(sabre.folder):
                continue
            for name in names:
                path = Path(dirpath) / name
                try:
                    info = path.lstat()
                    if not stat.S_ISREG(info.st_mode) or info.st_mtime < started:
                        continue  # only regular files written since the sync began (never open a FIFO)
                    looked += 1
                    if canary in path.read_bytes():
                        found.append(path)
                except OSError:
                    continue
    assert looked and found == []  # (the vault itself was written: it is encrypted)


@pytest.mark.parametrize("mode", ["weak", "none"])
def test_servers_with_weak_or_no_etags(docs_server, mode):
    """A weak ETag never goes into If-Match (it could never match): before an overwrite or a delete the file's
    content is fetched and compared with what this vault sent; unchanged files with a weak ETag cost nothing,
    without ETags each run compares contents."""
    vault, fed, sabre, p, secrets = docs_server
    p.add("pass", etags=mode, times=10_000)
    assert run(vault, secrets).counts.sent == 3
    p.seen.clear()
    again = run(vault, secrets)
    assert again.counts.sent == 0 and again.error is None
    assert [s.method for s in p.seen] == (["PROPFIND"] if mode == "weak" else ["PROPFIND", "GET", "GET", "GET"])
    (sabre.root / "docs" / "statuts.pdf").write_bytes(b"changed on the server")
    Documents(vault).add_version(fed.minutes, b"v2\n", "minutes.txt", "text/plain")
    Documents(vault).add_version(fed.statutes, b"v2 statuts", "statuts.pdf", "application/pdf")
    p.seen.clear()
    out = run(vault, secrets)
    assert out.counts.sent == 1 and out.counts.conflicts == 1  # the edited file is seen and left
    assert sabre.files("docs")["minutes.txt"] == b"v2\n"
    assert sabre.files("docs")["statuts.pdf"] == b"changed on the server"
    assert not any("If-Match" in s.headers for s in p.seen)
    gets = [s.path for s in p.seen if s.method == "GET"]
    assert "/server.php/docs/minutes.txt" in gets  # checked just before it was overwritten
    for i in range(12):
        Documents(vault).add(f"n{i}", f"n{i}".encode(), f"n{i}.txt", "text/plain", [("person", fed.emilie)])
    run(vault, secrets)
    Documents(vault).delete(fed.budget)
    p.seen.clear()
    out = run(vault, secrets)
    assert out.counts.deleted == 1 and "budget 2026.csv" not in sabre.files("docs")
    (delete,) = [s for s in p.seen if s.method == "DELETE"]
    assert "If-Match" not in delete.headers
    assert "/server.php/docs/budget%202026.csv" in [s.path for s in p.seen if s.method == "GET"]
