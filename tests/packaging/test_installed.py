"""The installed package, run the way a user's system runs it, from the files the .deb installs (unpacked into a
temporary root): the `commons` command on a fresh vault, `commons-desktop --self-test`, and the window on a real
X display (Xvfb) opening a vault given as a file argument, unlocked by typing its passphrase."""

from __future__ import annotations

import json
import shutil
import subprocess
import sys

from .conftest import PACKAGING, meta, stop

PASSPHRASE = "correct horse battery staple"


def run(installed, env, *args, **kw) -> subprocess.CompletedProcess:
    return subprocess.run(list(args), env=installed.env(env), capture_output=True, text=True, timeout=300, **kw)


def test_commons_version_is_the_one_version(installed, headless_env, deb):
    done = run(installed, headless_env, "commons", "--version")
    assert done.returncode == 0 and done.stdout.strip() == f"commons {meta.version()}"
    done = run(installed, headless_env, "commons-desktop", "--version")
    assert done.stdout.strip() == f"commons-desktop {meta.version()}"
    assert deb.name.startswith(f"commons-desktop_{meta.version()}_")


def test_commons_init_demo_search_on_a_fresh_vault(installed, headless_env, tmp_path):
    env = {**headless_env, "COMMONS_PASSPHRASE": PASSPHRASE}
    vault = str(tmp_path / "club.commons")
    done = run(installed, env, "commons", "--vault", vault, "init", "--name", "Club des Lilas")
    assert done.returncode == 0, done.stderr
    done = run(installed, env, "commons", "--vault", vault, "demo", "--people", "80")
    assert done.returncode == 0 and "80 people" in done.stdout, done.stderr
    people = json.loads(run(installed, env, "commons", "--vault", vault, "--json", "person", "list").stdout)
    assert len(people) == 80
    target = people[17]
    done = run(installed, env, "commons", "--vault", vault, "--json", "search", f"{target['given']} {target['family']}")
    assert done.returncode == 0, done.stderr
    assert target["id"] in [hit["id"] for hit in json.loads(done.stdout)]
    # the IBAN check (schwifty, without the bank and country-name data the bundle leaves out)
    done = run(installed, env, "commons", "--vault", vault, "settings", "set", "iban", "be71 0961 2345 6769")
    assert done.returncode == 0, done.stderr
    bad = run(installed, env, "commons", "--vault", vault, "settings", "set", "iban", "BE71 0961 2345 6760")
    assert bad.returncode == 4 and "not a valid IBAN" in bad.stderr and "Traceback" not in bad.stderr
    wrong = run(installed, {**env, "COMMONS_PASSPHRASE": "nope"}, "commons", "--vault", vault, "info")
    assert wrong.returncode == 3 and "Traceback" not in wrong.stderr


def test_the_self_test_of_the_installed_app_passes(installed, headless_env):
    done = run(installed, headless_env, "commons-desktop", "--self-test")
    print("\n" + done.stdout)
    assert done.returncode == 0, done.stdout + done.stderr
    lines = done.stdout.splitlines()
    assert f"{meta.version()} self-test" in lines[0] and "bundle at" in lines[0]
    assert lines[-1] == "All 10 checks passed."
    assert "platform plugin xcb loads" in done.stdout and str(installed.opt) in done.stdout
    assert f"applications/{meta.app_id()}.desktop, opened by" in done.stdout


def test_the_self_test_names_what_a_damaged_install_lacks(installed, headless_env, tmp_path):
    """A copy of the installed bundle without Qt's xcb library, the French catalogue, and pyrage's compiled part
    (what a trimming rule gone too far would do)."""
    damaged = tmp_path / "opt"
    subprocess.run(["cp", "-al", str(installed.opt), str(damaged)], check=True)  # hard links: quick, no space
    (damaged / "_internal/PySide6/Qt/lib/libQt6XcbQpa.so.6").unlink()
    (damaged / "_internal/commons_desktop/resources/i18n/commons_fr.qm").unlink()
    for compiled in (damaged / "_internal" / "pyrage").glob("*.so"):
        compiled.unlink()
    done = subprocess.run([str(damaged / "commons-desktop"), "--self-test"], env=installed.env(headless_env),
                          capture_output=True, text=True, timeout=300)
    assert done.returncode == 1
    failed = [line for line in done.stdout.splitlines() if line.startswith("  FAIL")]
    assert len(failed) == 4, done.stdout
    assert "platform plugin xcb does NOT load" in failed[0] and "libQt6XcbQpa.so.6" in failed[0]
    assert "age encryption: ModuleNotFoundError" in failed[1]
    assert "translations: catalogues en in" in failed[2]
    assert "modules: " in failed[3] and "cannot import commons_desktop." in failed[3] and "pyrage" in failed[3]
    assert done.stdout.splitlines()[-1] == "4 of 10 checks FAILED: qt_platform, age, translations, modules."


def test_the_installed_app_opens_a_vault_given_as_a_file_on_a_real_display(installed, user_env, x_display, tmp_path):
    env = {**user_env, "COMMONS_PASSPHRASE": PASSPHRASE}
    vault = tmp_path / "Club des Lilas.commons"
    assert run(installed, env, "commons", "--vault", str(vault), "init", "--name", "Club des Lilas").returncode == 0
    assert run(installed, env, "commons", "--vault", str(vault), "demo", "--people", "40").returncode == 0
    gui_env = installed.env(x_display.env(user_env))
    app = subprocess.Popen([shutil.which("commons-desktop", path=gui_env["PATH"]), str(vault), "--lang", "en"],
                           env=gui_env, stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True)
    try:
        start = x_display.wait_window("^Commons Desktop$", app)
        x_display.type_into(start, PASSPHRASE)
        x_display.key(start, "Return")
        window = x_display.wait_window("^Club des Lilas — Commons Desktop$", app)
        shot = x_display.screenshot(tmp_path / "installed-main-window.png")
        assert shot.stat().st_size > 10_000
        wm_class = x_display.wm_class(window)
        x_display.key(window, "ctrl+q")
        code = stop(app)
    except AssertionError as exc:
        app.kill()
        raise AssertionError(f"{exc}\n--- the app said:\n{app.communicate()[0]}") from None
    output = app.communicate()[0]
    assert code == 0, output
    desktop_file = installed.root / f"usr/share/applications/{meta.app_id()}.desktop"
    assert f"StartupWMClass={wm_class[-1]}\n" in desktop_file.read_text(), wm_class


def test_the_smoke_test_every_ci_runner_runs(installed, headless_env, bundle):
    """packaging/smoke_test.py (what the release workflow runs on Linux, Windows and macOS) passes on the installed
    files, and on the bare bundle where only the file types may be missing."""
    done = subprocess.run([sys.executable, str(PACKAGING / "smoke_test.py"), str(installed.bin / "commons"),
                           str(installed.bin / "commons-desktop")], env=installed.env(headless_env),
                          capture_output=True, text=True, timeout=600)
    assert done.returncode == 0 and "smoke test passed" in done.stdout, done.stdout + done.stderr
    bare = {**headless_env, "XDG_DATA_DIRS": str(bundle), "XDG_DATA_HOME": str(bundle)}
    done = subprocess.run([sys.executable, str(PACKAGING / "smoke_test.py"), str(bundle / "commons"),
                           str(bundle / "commons-desktop"), "--unregistered"], env=bare, capture_output=True, text=True,
                          timeout=600)
    assert done.returncode == 0, done.stdout + done.stderr
    assert "FAIL  file types" in done.stdout and "1 of 10 checks FAILED: file_types." in done.stdout
