"""Inside a private D-Bus session (``dbus-run-session -- python -m bench.cli_probe SPEC``): unlock a fresh
gnome-keyring, remember the vault's key with `commons --remember`, then time `commons` as a person runs it from a
shell: a new process each time, the key from the keyring (no passphrase given), the bytecode cached as an installed
package has it. The runs of one round alternate between the commands, so that a loaded machine weighs on each alike.
Prints one JSON line: per command, the wall seconds of every timed run, their CPU seconds, and the exit codes; on
Linux also how each wall time splits (on a CPU, waiting for one, blocked) and the machine's stolen time meanwhile."""

from __future__ import annotations

import json
import os
import resource
import subprocess
import sys
import time


def unlock_keyring(env: dict[str, str]) -> None:
    done = subprocess.run(["gnome-keyring-daemon", "--unlock", "--components=secrets"], input=b"bench-keyring",
                          capture_output=True, env=env, timeout=60)
    for line in done.stdout.decode().splitlines():  # GNOME_KEYRING_CONTROL=...: the daemon's own variables
        name, _, value = line.partition("=")
        if name and value:
            env[name] = value


def _schedstat(pid: int) -> tuple[float, float] | None:
    """(seconds on a CPU, seconds runnable but waiting for one) of a process that has exited and is not reaped yet
    (Linux: /proc/PID/schedstat; None elsewhere)."""
    try:
        with open(f"/proc/{pid}/schedstat", encoding="ascii") as fh:
            oncpu, queued = fh.read().split()[:2]
    except (OSError, ValueError):
        return None
    return int(oncpu) / 1e9, int(queued) / 1e9


def _steal() -> float | None:
    """The machine's stolen time so far, in seconds (a virtual machine's CPUs given to others by its host)."""
    try:
        with open("/proc/stat", encoding="ascii") as fh:
            fields = fh.readline().split()
        return int(fields[8]) / os.sysconf("SC_CLK_TCK")
    except (OSError, ValueError, IndexError):
        return None


def run(argv: list[str], env: dict[str, str]) -> dict:
    """One run: its wall and CPU seconds and exit code; where Linux tells it, how the wall time splits: on a CPU,
    waiting for a CPU (the run queue: other work on the machine), and the rest (blocked: disk, the Secret Service's
    answers, the start of the process), and the machine's stolen time meanwhile."""
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    steal = _steal()
    start = time.perf_counter()
    child = subprocess.Popen(argv, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, env=env)
    try:
        os.waitid(os.P_PID, child.pid, os.WEXITED | os.WNOWAIT)  # exited, still there to be read
    except ChildProcessError:
        pass
    wall = time.perf_counter() - start
    sched = _schedstat(child.pid)
    code = child.wait(timeout=120)
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    got = {"wall": wall, "cpu": (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime),
           "code": code}
    if sched is not None:
        got["oncpu"], got["queued"] = sched
        got["blocked"] = max(0.0, wall - sched[0] - sched[1])
    if steal is not None:
        got["steal"] = (_steal() or steal) - steal
    return got


def main(spec_path: str) -> int:
    spec = json.loads(open(spec_path, encoding="utf-8").read())
    env = {k: v for k, v in os.environ.items() if k not in ("COMMONS_PASSPHRASE", "PYTHONDONTWRITEBYTECODE")}
    env.update(spec["env"])
    unlock_keyring(env)
    commons, vault = spec["commons"], spec["vault"]
    remember = subprocess.run([*commons, "--vault", vault, "--remember", "info"], capture_output=True, text=True,
                              env={**env, "COMMONS_PASSPHRASE": spec["passphrase"]}, timeout=300)
    if remember.returncode != 0:
        print(json.dumps({"error": f"commons --remember failed: {remember.stderr.strip()[-400:]}"}), flush=True)
        return 1
    commands = {"python": [sys.executable, "-c", "pass"], "version": [*commons, "--version"],
                "info": [*commons, "--vault", vault, "info"]}
    words = spec["words"]
    results: dict[str, dict[str, list]] = {name: {"wall": [], "cpu": [], "codes": []} for name in [*commands, "search"]}
    for warm in range(2):  # the bytecode caches written, the vault's pages in the system's cache
        for argv in commands.values():
            run(argv, env)
        run([*commons, "--vault", vault, "search", words[warm % len(words)]], env)
    for n in range(spec["rounds"]):
        search = [*commons, "--vault", vault, "search", words[n % len(words)]]
        for name, argv in [*commands.items(), ("search", search)]:
            got = run(argv, env)
            got["codes"] = got.pop("code")
            for field, value in got.items():
                results[name].setdefault(field, []).append(value)
    print(json.dumps(results), flush=True)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1]))
