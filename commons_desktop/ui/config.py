"""Desktop preferences kept in the config folder: recent vault paths (paths only, never a secret) with the name of
the collective each holds (shown by "Welcome back" before it is unlocked: the name only, like the file's own name,
which is made from it by default), the idle time before auto-lock, the interface language, whether (and how
often) the servers are synced in the background while the app is open, and for backups: each vault's backup
folder and how many backups to keep there, and after how many days without a backup the app reminds the user; and
where the user put each list's splitter and how wide they made its columns (sizes in pixels, per list: never a
record's data)."""

from __future__ import annotations

import json
import os
from dataclasses import asdict, dataclass, field
from pathlib import Path

from ..core.atomic import write_file

FILE_NAME = "desktop.json"
MAX_RECENT = 8
DEFAULT_IDLE_MINUTES = 10
LANGUAGES = ("system", "en", "fr")
DEFAULT_SYNC_MINUTES = 5
SYNC_MINUTES = (1, 240)  # the range offered
DEFAULT_KEEP = 7
DEFAULT_REMINDER_DAYS = 7
MAX_LAYOUTS = 40  # lists whose layout is remembered (there are about ten)
MAX_SIZES = 40  # sizes per splitter or list


@dataclass
class DesktopConfig:
    recent: list[str] = field(default_factory=list)
    idle_minutes: int = DEFAULT_IDLE_MINUTES
    language: str = "system"
    sync_automatic: bool = True
    sync_minutes: int = DEFAULT_SYNC_MINUTES
    names: dict[str, str] = field(default_factory=dict)  # recent vault path -> the collective's name
    path: Path | None = None
    backup_reminder_days: int = DEFAULT_REMINDER_DAYS  # 0: never remind
    backups: dict[str, dict] = field(default_factory=dict)  # vault path -> {"folder": str, "keep": int}
    layouts: dict[str, dict] = field(default_factory=dict)  # list -> {"splitter": [px, ...], "columns": [px, ...],
    #                                                           "room": [the list's width when its columns were sized]}

    @classmethod
    def load(cls, folder: Path) -> DesktopConfig:
        path = Path(folder) / FILE_NAME
        try:
            data = json.loads(path.read_text("utf-8"))
        except (OSError, ValueError):
            data = {}
        if not isinstance(data, dict):
            data = {}
        recent = [str(p) for p in data.get("recent", []) if isinstance(p, str)][:MAX_RECENT]
        try:
            idle = max(1, int(data.get("idle_minutes", DEFAULT_IDLE_MINUTES)))
        except (TypeError, ValueError):
            idle = DEFAULT_IDLE_MINUTES
        language = data.get("language") if data.get("language") in LANGUAGES else "system"
        automatic = data.get("sync_automatic", True)
        try:
            minutes = min(SYNC_MINUTES[1], max(SYNC_MINUTES[0], int(data.get("sync_minutes", DEFAULT_SYNC_MINUTES))))
        except (TypeError, ValueError):
            minutes = DEFAULT_SYNC_MINUTES
        names = data.get("names") if isinstance(data.get("names"), dict) else {}
        names = {k: v[:200] for k, v in names.items() if isinstance(k, str) and isinstance(v, str) and k in recent}
        try:
            reminder = min(365, max(0, int(data.get("backup_reminder_days", DEFAULT_REMINDER_DAYS))))
        except (TypeError, ValueError):
            reminder = DEFAULT_REMINDER_DAYS
        backups = {}
        for vault, choice in (data.get("backups") or {}).items() if isinstance(data.get("backups"), dict) else ():
            if isinstance(vault, str) and isinstance(choice, dict) and isinstance(choice.get("folder"), str):
                keep = choice.get("keep")
                backups[vault] = {"folder": choice["folder"],
                                  "keep": keep if isinstance(keep, int) and 1 <= keep <= 999 else DEFAULT_KEEP}
        return cls(recent, idle, language, path=path, sync_automatic=automatic if isinstance(automatic, bool) else True,
                   sync_minutes=minutes, names=names, backup_reminder_days=reminder, backups=backups,
                   layouts=_layouts(data.get("layouts")))

    def save(self) -> None:
        if self.path is None:
            return
        self.path.parent.mkdir(parents=True, exist_ok=True)
        data = {k: v for k, v in asdict(self).items() if k != "path"}
        write_file(self.path, json.dumps(data, indent=1).encode("utf-8"))

    def add_recent(self, vault_path: str | os.PathLike, name: str | None = None) -> None:
        """A vault opened (first in the list), with the name of its collective when given."""
        text = str(Path(vault_path).resolve())
        self.recent = [text, *(p for p in self.recent if p != text)][:MAX_RECENT]
        if name is not None:
            self.names[text] = name
        self.names = {k: v for k, v in self.names.items() if k in self.recent}
        self.save()

    def name_of(self, vault_path: str | os.PathLike) -> str:
        """The collective's name last seen in this vault ('' when it was never opened here)."""
        return self.names.get(str(Path(vault_path).resolve()), "")

    def existing_recent(self) -> list[str]:
        return [p for p in self.recent if Path(p).is_file()]

    def backup_choice(self, vault_path: str | os.PathLike) -> tuple[str | None, int]:
        """(the folder chosen for this vault's backups, None before the first; how many to keep there)."""
        choice = self.backups.get(str(Path(vault_path).resolve()))
        return (choice["folder"], choice["keep"]) if choice else (None, DEFAULT_KEEP)

    def remember_backup_choice(self, vault_path: str | os.PathLike, folder: str | os.PathLike, keep: int) -> None:
        self.backups[str(Path(vault_path).resolve())] = {"folder": str(folder), "keep": int(keep)}
        self.save()


def _sizes(value) -> list[int] | None:
    if not isinstance(value, list) or not 0 < len(value) <= MAX_SIZES:
        return None
    if not all(isinstance(v, int) and not isinstance(v, bool) and 0 <= v <= 100_000 for v in value):
        return None
    return list(value)


def _layouts(value) -> dict[str, dict]:
    """The remembered layouts as read from the file: anything malformed is forgotten (the list's defaults)."""
    out: dict[str, dict] = {}
    for key, layout in value.items() if isinstance(value, dict) else ():
        if len(out) >= MAX_LAYOUTS or not isinstance(key, str) or len(key) > 40 or not isinstance(layout, dict):
            continue
        kept = {part: sizes for part in ("splitter", "columns", "room")
                if (sizes := _sizes(layout.get(part))) is not None}
        if kept:
            out[key] = kept
    return out
