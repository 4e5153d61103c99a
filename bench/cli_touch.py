"""The command line as a person feels it: `commons --version`, `commons info` and `commons search WORD` with the key
remembered in the OS keyring, each a new process, end to end (bench/cli_probe.py, in a private D-Bus session with a
real gnome-keyring); the floor of each is the interpreter's own start-up (`python -c pass`). The same people as a
vCard address book (one file per card, a vdir) searched by khard 0.22 (`khard list WORD`), the peer tool: how many
times faster a one-shot lookup is here.

The bytecode is cached as an installed package has it (in a folder of the run: PYTHONPYCACHEPREFIX), the runs
alternate between the commands (20 rounds after two warm ones), and each row says the median wall time; the CPU
time of the runs is in the extra columns (a loaded machine adds waits to the wall time, not CPU), and (Linux) how the
wall time splits: the time each process waited for a CPU (the run queue: other work on the machine), the time it was
blocked (disk, the Secret Service's answers, its start), and the machine's stolen time while it ran (a virtual
machine's CPUs given to others by its host): on a machine that is really idle, the first and last are ~0."""

from __future__ import annotations

import json
import os
import shutil
import statistics
import subprocess
import sys
import time
from pathlib import Path

from commons_desktop.exchange.vcard_write import write_cards
from commons_desktop.services import exports

from .federation import PASSPHRASE
from .registry import Row, measurement
from .timing import ms

ROOT = Path(__file__).resolve().parent.parent
ROUNDS = 20  # (5 on a small federation)
KHARD = "khard"


def commons_command() -> list[str]:
    script = Path(sys.executable).parent / "commons"  # the console script, as installed
    return [str(script)] if script.exists() else [sys.executable, "-m", "commons_desktop.cli"]


def search_words(ctx, count: int = 5) -> list[str]:
    """Family names of the federation (a one-shot lookup types a whole name)."""
    conn = ctx.cipher()
    try:
        names = [r[0] for r in conn.execute("SELECT family FROM person WHERE family != '' ORDER BY rid LIMIT 2000")]
    finally:
        conn.close()
    return [names[i * len(names) // count] for i in range(count)]


def probe(ctx, words: list[str]) -> dict:
    work = ctx.work / "cli"
    home = work / "home"
    for sub in ("config", "data", "cache", "run"):
        (home / sub).mkdir(parents=True, exist_ok=True)
    (home / "run").chmod(0o700)
    spec = {"commons": commons_command(), "vault": str(ctx.vault_path), "passphrase": PASSPHRASE, "words": words,
            "rounds": 5 if ctx.small else ROUNDS,
            "env": {"HOME": str(home), "XDG_CONFIG_HOME": str(home / "config"), "XDG_DATA_HOME": str(home / "data"),
                    "XDG_CACHE_HOME": str(home / "cache"), "XDG_RUNTIME_DIR": str(home / "run"),
                    "PYTHONPYCACHEPREFIX": str(work / "pycache")}}
    spec_path = work / "spec.json"
    spec_path.write_text(json.dumps(spec), "utf-8")
    done = subprocess.run(["dbus-run-session", "--", sys.executable, "-m", "bench.cli_probe", str(spec_path)],
                          cwd=ROOT, capture_output=True, text=True, timeout=3600)
    lines = [x for x in done.stdout.splitlines() if x.startswith("{")]
    if not lines:
        raise RuntimeError(f"cli probe failed (exit {done.returncode}): {done.stderr[-2000:]}")
    got = json.loads(lines[-1])
    if "error" in got:
        raise RuntimeError(got["error"])
    return got


def vdir(ctx, folder: Path) -> int:
    """The federation's people and organisations as vCard 4.0 (our export's cards), one file per card."""
    vault = ctx.open_vault()
    try:
        data = write_cards(exports.gather(vault, exports.ExportSpec("vcard"))).decode("utf-8")
    finally:
        vault.close()
    folder.mkdir(parents=True, exist_ok=True)
    cards = ["BEGIN:VCARD" + c for c in data.split("BEGIN:VCARD")[1:]]
    for n, card in enumerate(cards):
        (folder / f"{n:06d}.vcf").write_text(card, "utf-8", newline="")
    return len(cards)


def khard(ctx, word: str) -> dict:
    """`khard list WORD` over the vdir once: seconds, CPU seconds, peak RSS, exit code (None when khard is not
    installed)."""
    exe = shutil.which(KHARD, path=f"{Path(sys.executable).parent}{os.pathsep}{os.environ.get('PATH', '')}")
    if exe is None:
        return {}
    work = ctx.work / "khard"
    cards = vdir(ctx, work / "cards")
    config = work / "khard.conf"
    config.write_text(f"[addressbooks]\n[[federation]]\npath = {work / 'cards'}\n\n[general]\neditor = true\n"
                      "merge_editor = true\ndefault_action = list\n", "utf-8")
    env = {**os.environ, "HOME": str(work), "XDG_CONFIG_HOME": str(work)}
    listed = work / "listed.txt"
    with open(listed, "wb") as out:
        start = time.perf_counter()
        child = subprocess.Popen([exe, "-c", str(config), "list", word], stdout=out, stderr=subprocess.DEVNULL,
                                 env=env)
        _, status, usage = os.wait4(child.pid, 0)  # (its own peak memory)
        seconds = time.perf_counter() - start
    child.returncode = os.waitstatus_to_exitcode(status)
    found = sum(1 for line in listed.read_text("utf-8", errors="replace").splitlines() if word.lower() in line.lower())
    shutil.rmtree(work, ignore_errors=True)
    return {"seconds": seconds, "cpu": usage.ru_utime + usage.ru_stime, "rss_mb": usage.ru_maxrss / 1024,
            "code": child.returncode, "cards": cards, "found": found}


@measurement("commons cli")
def measure(ctx) -> list[Row]:
    words = search_words(ctx)
    got = probe(ctx, words)
    full = ctx.sizes["people"] >= 100_000
    median = {name: statistics.median(r["wall"]) for name, r in got.items()}
    cpu = {name: statistics.median(r["cpu"]) for name, r in got.items()}
    codes = {name: sorted(set(r["codes"])) for name, r in got.items()}
    extra = {f"{name} CPU median ms": round(ms(cpu[name]), 1) for name in got}
    extra.update({f"{name} wall min ms": round(ms(min(r["wall"])), 1) for name, r in got.items()})
    for part, label in (("queued", "waiting for a CPU"), ("blocked", "blocked"), ("steal", "machine's stolen time")):
        extra.update({f"{name} {label} median ms": round(ms(statistics.median(r[part])), 1)
                      for name, r in got.items() if r.get(part)})
    extra.update({"exit codes": codes, "runs": len(got["search"]["wall"]), "words": words})
    python = median["python"]
    rows = [
        Row("commons --version, a new process (floor: python -c pass)", ms(median["version"]), "ms", ms(python),
            "the same interpreter starting and exiting (python -c pass)", "≤ 80 ms", median["version"] <= 0.080,
            extra=extra),
        Row("commons info, remembered key (the counts the vault keeps)", ms(median["info"]), "ms", ms(python),
            "the same interpreter starting and exiting (python -c pass)"),
        Row("commons search WORD, remembered key, end to end", ms(median["search"]), "ms", ms(python),
            "the same interpreter starting and exiting (python -c pass)", "≤ 150 ms wall",
            median["search"] <= 0.150 if full else None),
    ]
    peer = khard(ctx, words[0])
    if peer:
        ratio = peer["seconds"] / median["search"]
        rows.append(Row(f"khard 0.22 list WORD over the same {peer['cards']:,} cards (vdir), against commons search",
                        peer["seconds"], "s", median["search"],
                        "commons search WORD, remembered key, end to end (the row above)", "≥ 1,000x",
                        ratio >= 1000 if full else None,
                        extra={"khard peak RSS MB": round(peer["rss_mb"]), "khard CPU s": round(peer["cpu"], 1),
                               "CPU ratio (khard CPU / commons search CPU median)": round(peer["cpu"] / cpu["search"]),
                               "khard exit code": peer["code"],
                               "khard lines with the word": peer["found"], "word": words[0]}))
    return rows
