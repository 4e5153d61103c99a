"""The mirror through the fault-injecting proxy and a server going away: every run either finishes or stops with
a code, and the next run converges — nothing lost, nothing duplicated, and a PUT whose answer was lost after the
server stored it is recognised on the server, never sent twice."""

from __future__ import annotations

import signal
import subprocess
import sys
from collections import Counter

import pytest

from commons_desktop.core.errors import Cancelled
from commons_desktop.services import servers, sync
from commons_desktop.services.progress import CancelToken
from commons_desktop.vault import exchange_log, sync_state
from commons_desktop.vault import servers as store
from commons_desktop.vault.documents import Documents
from tests.sync.conftest import PASSWORDS, needs_sabre
from tests.sync.federation import sync_docs as run
from tests.sync.test_contacts import book as book  # noqa: F401 - the fixture

pytestmark = needs_sabre

EXPECTED = {"minutes.txt": b"Assemblee generale 2026\n", "budget 2026.csv": b"budget,2026\n1,2\n",
            "statuts.pdf": b"%PDF-1.4 statuts"}


def _ended_within(proc, seconds: int, sig: str = "its Ctrl+C") -> str:
    """The stderr of ``proc`` once it ended; a process still running ``seconds`` after ``sig`` is asked for every
    thread's stack (PYTHONFAULTHANDLER + SIGABRT) and the test fails with them, to say where it hung."""
    try:
        return proc.communicate(timeout=seconds)[1]
    except subprocess.TimeoutExpired:
        proc.send_signal(signal.SIGABRT)
        err = proc.communicate(timeout=30)[1]
        pytest.fail(f"commons sync still ran {seconds} s after {sig}; its threads when stopped:\n{err}")


def forwarded_puts(p) -> Counter:
    """Whole PUTs the server really received, per path (a PUT answered by the proxy itself never reached it; one cut
    short in its body — a killed client — reached it in part and is sent again whole)."""
    return Counter(s.path for s in p.seen if s.method == "PUT" and s.outcome not in ("503", "500", "412", "reset",
                                                                                      "hang", "truncated"))


def converged(vault, sabre, p, secrets, expected=EXPECTED) -> None:
    p.rules.clear()
    out = run(vault, secrets)
    assert out.error is None, out
    assert sabre.files("docs") == expected
    assert all(n == 1 for n in forwarded_puts(p).values()), forwarded_puts(p)
    assert run(vault, secrets).to_json()["sent"] == 0
    target = store.get(vault, "docs").target_id
    items = sync_state.items(vault, target)
    assert sorted(i.path.rsplit("/", 1)[1] for i in items.values()) == sorted(expected)
    assert not any(i.pending or i.conflict for i in items.values())


def start_commons(argv: list[str], env: dict[str, str]):
    """A `commons` process that a Ctrl+C (SIGINT) reaches. A signal ignored here is ignored in a child too: a test
    suite started in the background (``make test &``, nohup) ignores SIGINT, and the sync would then run to its end
    and be taken for one that did not stop. Handled here (by Python's handler, reset to the default in the child at
    exec), it reaches the child."""
    import signal
    import subprocess

    before = signal.signal(signal.SIGINT, signal.default_int_handler)
    try:
        return subprocess.Popen([sys.executable, *argv], env=env, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE,
                                text=True)
    finally:
        signal.signal(signal.SIGINT, before)


@pytest.mark.parametrize(("rule", "error"), [
    (dict(action="status", status=500, method="PUT"), "server"),
    (dict(action="status", status=503, method="PUT"), "server"),
    (dict(action="status", status=503, method="PROPFIND"), "server"),
    (dict(action="reset", method="PUT"), "interrupted"),
    (dict(action="cut", method="PROPFIND"), "interrupted"),
    (dict(action="hang", method="PUT", seconds=3), "timeout"),
    (dict(action="lose", method="PUT"), "interrupted"),
])
def test_a_fault_stops_the_run_and_the_next_one_converges(docs_server, monkeypatch, rule, error):
    vault, fed, sabre, p, secrets = docs_server
    monkeypatch.setattr(servers, "endpoint", _short_timeouts(servers.endpoint))
    p.add(**{**rule, "times": 1})
    out = run(vault, secrets)
    assert out.error == error and store.get(vault, "docs").last_error == error
    converged(vault, sabre, p, secrets)


def _short_timeouts(endpoint):
    from dataclasses import replace

    def short(*args, **kw):
        return replace(endpoint(*args, **kw), read_timeout=1.0)
    return short


def test_slow_answers_only_take_longer(docs_server):
    vault, fed, sabre, p, secrets = docs_server
    p.add("delay", seconds=0.3, times=10)
    out = run(vault, secrets)
    assert out.error is None and out.counts.sent == 3
    converged(vault, sabre, p, secrets)


def test_a_412_the_server_never_gave_is_resolved_on_the_next_run(docs_server):
    vault, fed, sabre, p, secrets = docs_server
    p.add("status", status=412, method="PUT")
    out = run(vault, secrets)
    assert out.error is None and out.counts.conflicts == 1 and out.counts.sent == 2
    converged(vault, sabre, p, secrets)
    Documents(vault).add_version(fed.minutes, b"v2\n", "minutes.txt", "text/plain")
    p.add("status", status=412, method="PUT")  # on an overwrite (If-Match) too
    assert run(vault, secrets).counts.conflicts == 1
    p.clear()
    converged(vault, sabre, p, secrets, {**EXPECTED, "minutes.txt": b"v2\n"})


def test_a_lost_answer_is_never_sent_twice(docs_server):
    """The server stored each PUT but no answer came back: the next run finds them there (by content hash) and
    sends none of them again; the same for an overwrite and a delete."""
    vault, fed, sabre, p, secrets = docs_server
    for _ in range(3):
        p.add("lose", method="PUT")
        run(vault, secrets)
    assert sabre.files("docs") == EXPECTED
    converged(vault, sabre, p, secrets)
    assert sum(forwarded_puts(p).values()) == 3
    Documents(vault).add_version(fed.minutes, b"v2\n", "minutes.txt", "text/plain")
    p.clear()
    p.add("lose", method="PUT")
    assert run(vault, secrets).error == "interrupted"
    converged(vault, sabre, p, secrets, {**EXPECTED, "minutes.txt": b"v2\n"})
    for i in range(12):
        Documents(vault).add(f"n{i}", f"n{i}".encode(), f"n{i}.txt", "text/plain", [("person", fed.emilie)])
    run(vault, secrets)
    Documents(vault).delete(fed.budget)
    p.clear()
    p.add("lose", method="DELETE")
    assert run(vault, secrets).error == "interrupted"
    expected = {**EXPECTED, "minutes.txt": b"v2\n", **{f"n{i}.txt": f"n{i}".encode() for i in range(12)}}
    del expected["budget 2026.csv"]
    converged(vault, sabre, p, secrets, expected)


def test_an_upload_cut_short_and_kept_in_part_is_replaced(docs_server):
    """Killed in the middle of a PUT's body, and the server kept the part it received: the next run sees the start
    of its own content there and replaces it (over its ETag), instead of taking it for someone else's file."""
    vault, fed, sabre, p, secrets = docs_server
    p.add("truncate", method="PUT", path="minutes")
    assert run(vault, secrets).error == "interrupted"
    assert sabre.files("docs")["minutes.txt"] == b"Assemblee ge"  # 12 of its 24 bytes
    p.clear()
    out = run(vault, secrets)
    assert out.error is None and out.counts.conflicts == 0 and out.counts.sent == 2  # (budget went first)
    (put,) = [s for s in p.seen if s.method == "PUT" and "minutes" in s.path]
    assert put.headers.get("If-Match")
    converged(vault, sabre, p, secrets)
    (sabre.root / "docs" / "statuts.pdf").write_bytes(b"%PDF")  # a prefix written by someone else, not pending:
    assert run(vault, secrets).counts.conflicts == 1            # not ours, left alone


def test_a_server_stopped_in_the_middle_of_a_sync(vault, sabre, secrets):
    from tests.sync.federation import federation
    fed = federation(vault)
    for i in range(6):
        Documents(vault).add(f"n{i}", f"n{i}".encode(), f"n{i}.txt", "text/plain", [("person", fed.emilie)])
    servers.add(vault, secrets, "docs", "webdav", sabre.url + "docs/", "alice", password=PASSWORDS["alice"],
                profile="site")
    servers.test(vault, secrets, "docs", create=True)

    def stop_after_two(done: int, total: int, label: str = "") -> None:
        if done == 2 and label.endswith("sending"):
            sabre.stop()

    out = sync.run(vault, secrets, ["docs"], progress=stop_after_two)["docs"]
    # refused, or (php -S's workers still finishing) accepted and then dropped
    assert out.error in ("unreachable", "interrupted") and out.counts.sent == 2
    assert store.get(vault, "docs").last_error == out.error
    assert len(sabre.files("docs")) == 2
    sabre.start()
    out = run(vault, secrets)
    assert out.error is None and out.counts.sent == 7
    assert len(sabre.files("docs")) == 9 and run(vault, secrets).counts.sent == 0
    servers.remove(vault, secrets, "docs")


def test_cancelled_at_every_step_then_resumed(docs_server):
    vault, fed, sabre, p, secrets = docs_server
    for step in range(4):
        token = CancelToken()

        def cancel_at(done: int, total: int, label: str = "", step=step, token=token) -> None:
            if done == step:
                token.cancel()

        try:
            sync.run(vault, secrets, ["docs"], progress=cancel_at, cancel=token)
        except Cancelled:
            assert store.get(vault, "docs").last_error == "cancelled"
    converged(vault, sabre, p, secrets)
    # every document that left is in the disclosure log, before it left
    disclosed = {i for d in exchange_log.disclosures(vault) for _, i in exchange_log.disclosed_records(vault, d.rid)}
    assert disclosed == {fed.minutes, fed.budget, fed.statutes}


@pytest.mark.parametrize(("sig", "after"), [("SIGKILL", 1), ("SIGKILL", 6), ("SIGINT", 3)])
def test_commons_sync_killed_or_interrupted_then_run_again(docs_server, sig, after):
    """SIGKILL (a crash) or SIGINT (Ctrl+C) of a real `commons sync` process while it sends (a PUT may be in
    flight); the next run finishes with every file once and no PUT reaching the server twice. Ctrl+C ends with
    exit 130 and one line, and the server's log says the sync was stopped."""
    import os
    import signal
    import time

    from tests.cli.conftest import ROOT
    from tests.conftest import PASSPHRASE
    vault, fed, sabre, p, secrets = docs_server
    for i in range(10):
        Documents(vault).add(f"n{i}", f"n{i}".encode(), f"n{i}.txt", "text/plain", [("person", fed.emilie)])
    p.add("delay", method="PUT", seconds=0.2, times=100)
    proc = start_commons(["-m", "commons_desktop.cli", "--vault", str(vault.path), "sync"],
                         {**os.environ, "PYTHONPATH": str(ROOT), "COMMONS_PASSPHRASE": PASSPHRASE,
                          "PYTHONFAULTHANDLER": "1"})
    end = time.monotonic() + 60
    while p.count("PUT") < after and proc.poll() is None and time.monotonic() < end:
        time.sleep(0.02)
    proc.send_signal(getattr(signal, sig))
    err = _ended_within(proc, 30, sig)
    if sig == "SIGKILL":
        assert proc.returncode == -signal.SIGKILL  # killed in the middle, not finished
    else:
        assert proc.returncode == 130 and err.splitlines() == ["commons: error: interrupted"], err
        assert store.get(vault, "docs").last_error == "cancelled"
    assert len(sabre.files("docs")) < 13
    expected = {**EXPECTED, **{f"n{i}.txt": f"n{i}".encode() for i in range(10)}}
    p.wait_idle()  # a PUT the proxy was delaying still reaches the server after the kill
    converged(vault, sabre, p, secrets, expected)


# A `commons sync` whose Ctrl+C lands while a lock of the libraries it uses is held. Python raises KeyboardInterrupt in
# the main thread between any two bytecodes; inside threading.Condition's __enter__/__exit__ (Python code around a
# lock) it leaves that lock held. urllib3's connection pool (a queue: its lock) was then used again on the way out —
# urllib3's and requests' `finally` blocks giving the connection back, closing the session, the pool's finalizer at
# exit — and waited for it forever (seen once in a full run: [SIGINT-3] above, still running 30 s after its Ctrl+C);
# a future's lock held by the main thread kept a contacts sync's worker threads, and so the program, from ending.
# The seams, in the `commons sync` process: the Ctrl+C comes while the lock is taken, at the chosen moment —
# ``pool:get:N`` / ``pool:put:N``: urllib3's pool taking a connection for the Nth request / giving back the Nth one
# (its queue class, HTTPConnectionPool.QueueCls); ``future:N``: the Nth wait for a parallel request's answer.
_HELD_LOCK_SEAM = r'''
import os, queue, signal, sys, threading
import concurrent.futures._base
import concurrent.futures.thread
import urllib3.connectionpool

kind, *where = os.environ["SEAM"].split(":")
waiting = threading.local()


def ctrl_c_here(count: int) -> None:
    if count == int(where[-1]):
        os.kill(os.getpid(), signal.SIGINT)  # handled right here, where the lock is taken and __exit__ not yet run
        count += 0


class Held(threading.Condition):
    def __enter__(self):
        taken = super().__enter__()
        if kind == "pool" and Queue.armed and Queue.op == where[0]:
            Queue.seen += 1
            ctrl_c_here(Queue.seen)
        elif kind == "future" and getattr(waiting, "result", False):
            waiting.result = False
            Future.seen += 1
            ctrl_c_here(Future.seen)
        return taken


class Queue(queue.LifoQueue):
    armed, seen, op = False, 0, ""

    def __init__(self, maxsize=0):
        super().__init__(maxsize)
        self.not_empty, self.not_full = Held(self.mutex), Held(self.mutex)

    def get(self, *a, **kw):
        Queue.op = "get"
        return super().get(*a, **kw)

    def put(self, *a, **kw):
        Queue.op = "put"
        return super().put(*a, **kw)


class Pool(urllib3.connectionpool.HTTPConnectionPool):
    QueueCls = Queue

    def __init__(self, *a, **kw):
        super().__init__(*a, **kw)
        Queue.armed = True  # (the pool's own filling with empty slots is not a request)


class Future(concurrent.futures._base.Future):
    seen = 0

    def __init__(self):
        super().__init__()
        self._condition = Held()

    def result(self, timeout=None):
        waiting.result = True
        return super().result(timeout)


urllib3.poolmanager.pool_classes_by_scheme["http"] = Pool
concurrent.futures._base.Future = concurrent.futures.thread._base.Future = Future
from commons_desktop.cli.main import main  # noqa: E402
sys.exit(main(sys.argv[1:]))
'''


def _interrupted_where_a_lock_is_held(vault, seam: str) -> None:
    """`commons sync` with the Ctrl+C at ``seam``: it stops at once, exit 130 and one line."""
    import os

    from tests.cli.conftest import ROOT
    from tests.conftest import PASSPHRASE
    proc = start_commons(["-c", _HELD_LOCK_SEAM, "--vault", str(vault.path), "sync"],
                         {**os.environ, "PYTHONPATH": str(ROOT), "COMMONS_PASSPHRASE": PASSPHRASE,
                          "PYTHONFAULTHANDLER": "1", "SEAM": seam})
    assert _ended_within(proc, 20).splitlines() == ["commons: error: interrupted"] and proc.returncode == 130


@pytest.mark.parametrize("seam", ["pool:get:3", "pool:put:3", "pool:get:6", "pool:put:7"])
def test_ctrl_c_while_the_connection_pool_holds_its_lock_still_stops_the_sync(docs_server, seam):
    """The Ctrl+C lands while urllib3's pool holds its lock (taking a connection for the 3rd/6th request, or giving
    one back after the 3rd/7th): the sync still stops at once, exit 130 with one line, its log says stopped, and the
    next run converges."""
    vault, fed, sabre, p, secrets = docs_server
    for i in range(10):
        Documents(vault).add(f"n{i}", f"n{i}".encode(), f"n{i}.txt", "text/plain", [("person", fed.emilie)])
    _interrupted_where_a_lock_is_held(vault, seam)
    assert store.get(vault, "docs").last_error == "cancelled"
    assert 0 < p.count("PUT") < 13
    p.wait_idle()
    converged(vault, sabre, p, secrets, {**EXPECTED, **{f"n{i}.txt": f"n{i}".encode() for i in range(10)}})


def test_ctrl_c_while_waiting_for_parallel_requests_still_stops_a_contacts_sync(book):
    """A contacts sync sends its cards a few at a time; the Ctrl+C lands while the wait for their answers holds a
    future's lock: the program still ends at once (its worker threads are not left waiting for that lock), its log
    says stopped, and the next run finishes the publication."""
    vault, ids, radicale, p, secrets, path = book
    _interrupted_where_a_lock_is_held(vault, "future:1")
    assert store.get(vault, "book").last_error == "cancelled"
    p.wait_idle()
    out = sync.run(vault, secrets, ["book"])["book"]
    assert out.error is None
    assert sync.run(vault, secrets, ["book"])["book"].counts.sent == 0
    assert len([s for s in p.seen if s.method == "PUT" and s.outcome in ("201", "204")]) == 3


def test_ctrl_c_while_the_server_does_not_answer_stops_at_once(docs_server):
    """The server took a PUT and does not answer (the proxy holds it 60 s): a Ctrl+C still ends `commons sync` at
    once — the request left to its helper thread does not keep the program running."""
    import os
    import signal
    import time

    from tests.cli.conftest import ROOT
    from tests.conftest import PASSPHRASE
    vault, fed, sabre, p, secrets = docs_server
    p.add("hang", method="PUT", seconds=60)
    proc = start_commons(["-m", "commons_desktop.cli", "--vault", str(vault.path), "sync"],
                         {**os.environ, "PYTHONPATH": str(ROOT), "COMMONS_PASSPHRASE": PASSPHRASE,
                          "PYTHONFAULTHANDLER": "1"})
    end = time.monotonic() + 60
    while p.count("PUT") < 1 and proc.poll() is None and time.monotonic() < end:
        time.sleep(0.02)
    proc.send_signal(signal.SIGINT)
    assert _ended_within(proc, 15).splitlines() == ["commons: error: interrupted"] and proc.returncode == 130
    assert store.get(vault, "docs").last_error == "cancelled"
