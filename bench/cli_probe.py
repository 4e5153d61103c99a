"""Inside a private D-Bus session (``dbus-run-session -- python -m bench.cli_probe SPEC``): unlock a fresh
gnome-keyring, remember the vault's key with `commons --remember`, then time `commons` as a person runs it from a
shell: a new process each time, the key from the keyring (no passphrase given), the bytecode cached as an installed
package has it. The runs of one round alternate between the commands, so that a loaded machine weighs on each alike.
Prints one JSON line: per command, the wall seconds of every timed run, their CPU seconds, and the exit codes."""

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


def run(argv: list[str], env: dict[str, str]) -> tuple[float, float, int]:
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    start = time.perf_counter()
    code = subprocess.run(argv, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, env=env, timeout=120).returncode
    wall = time.perf_counter() - start
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    return wall, (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime), code


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
            wall, cpu, code = run(argv, env)
            results[name]["wall"].append(wall)
            results[name]["cpu"].append(cpu)
            results[name]["codes"].append(code)
    print(json.dumps(results), flush=True)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1]))
