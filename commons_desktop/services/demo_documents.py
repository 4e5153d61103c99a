"""Small generated documents for the demo: minutes (Markdown), rotas (CSV) and letters (plain text)."""

from __future__ import annotations

import random
from dataclasses import dataclass

from .demo_data import ANCHOR, CONSENTS

MONTHS = ("janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août", "septembre", "octobre",
          "novembre", "décembre")
AGENDA = ("Approbation du compte rendu précédent", "Rapport de la trésorerie", "Cotisations de l'année",
          "Fête de quartier", "Campagne loyers", "Élection du bureau", "Divers", "Permanences d'été")


@dataclass(frozen=True)
class DemoDocument:
    title: str
    file_name: str
    media_type: str
    content: bytes
    people: tuple[int, ...]  # indexes of the people it is linked to


def document(rng: random.Random, n: int, people: int, names: list[str]) -> DemoDocument:
    """The n-th demo document; ``names`` are display names of the people (by index)."""
    linked = tuple(sorted({rng.randrange(people) for _ in range(rng.randrange(1, 4))})) if people else ()
    kind = rng.randrange(3)
    year = ANCHOR.year - rng.randrange(4)
    if kind == 0:
        items = rng.sample(AGENDA, 4)
        lines = [f"# Compte rendu — assemblée du {rng.randrange(1, 29)} {rng.choice(MONTHS)} {year}", "",
                 "Présent·es : " + ", ".join(names[i] for i in linked), ""]
        lines += [f"{i}. **{item}** — {rng.choice(('adopté', 'reporté', 'discuté', 'voté à l’unanimité'))}."
                  for i, item in enumerate(items, 1)]
        return DemoDocument(f"Compte rendu AG {year} ({n})", f"compte-rendu-{year}-{n}.md", "text/markdown",
                            "\n".join(lines).encode("utf-8") + b"\n", linked)
    if kind == 1:
        month = rng.choice(MONTHS)
        rows = ["date;nom;créneau"]
        rows += [f"{year}-{rng.randrange(1, 13):02d}-{rng.randrange(1, 29):02d};{names[i]};"
                 f"{rng.choice(('9h-12h', '14h-17h', '18h-20h'))}" for i in linked for _ in range(2)]
        return DemoDocument(f"Permanences {month} {year} ({n})", f"permanences-{month}-{year}-{n}.csv", "text/csv",
                            "\n".join(rows).encode("utf-8") + b"\n", linked)
    who = names[linked[0]] if linked else "membre"
    body = (f"Bonjour {who},\n\nBienvenue dans notre collectif ! Votre adhésion pour {year} est bien enregistrée.\n"
            f"Consentements possibles : {', '.join(CONSENTS)}.\n\nPour le bureau,\nLe secrétariat\n")
    return DemoDocument(f"Lettre de bienvenue — {who} ({n})", f"bienvenue-{n}.txt", "text/plain",
                        body.encode("utf-8"), linked)
