"""Loads the per-language data files in ``lexicons/`` (cue verbs, attribution markers).

A language is added by dropping ``cues_<lang>.tsv`` (and optionally ``sources_<lang>.tsv``,
``speaker_nouns_<lang>.txt``) into the folder. German gets a small inflection generator because
the blank German pipeline has no lemmatizer: without it, "wies … zurück" or "abgetan" could not be
traced back to their lexicon lemmas.
"""

from __future__ import annotations

import csv
from dataclasses import dataclass, field
from functools import cache
from pathlib import Path

LEXICON_DIR = Path(__file__).parent / "lexicons"

# forms that belong to a cue verb but far more often to another verb: "gestanden" is nearly
# always "stehen" ("das über der Bucht gestanden hatte"), rarely "gestehen"
AMBIGUOUS_FORMS = {"de": ("gestanden",)}

GERMAN_INSEPARABLE = ("be", "emp", "ent", "er", "ge", "miss", "ver", "zer", "wider", "hinter",
                      "über", "unter")


@dataclass(frozen=True)
class Cue:
    lemma: str
    category: str
    particle: str = ""


@dataclass
class CueLexicon:
    """Cue verbs of one language, indexed by lemma and (for German) by inflected form."""

    language: str
    cues: dict[str, Cue] = field(default_factory=dict)
    # inflected form (lower case) -> lemmas it can belong to (with their particle, if separable)
    forms: dict[str, set[str]] = field(default_factory=dict)
    sources: dict[str, str] = field(default_factory=dict)  # marker phrase -> before|after
    speaker_nouns: frozenset[str] = frozenset()

    def lemmas_for(self, form: str, lemma: str | None = None) -> list[str]:
        """Candidate cue lemmas for a token (its model lemma first, then its form)."""
        found: list[str] = []
        if lemma and lemma.lower() in self.cues:
            found.append(lemma.lower())
        for cand in sorted(self.forms.get(form.lower(), ())):
            if cand not in found:
                found.append(cand)
        return found


def read_tsv(path: Path) -> list[dict[str, str]]:
    """Rows of a tab-separated data file with a header; ``#`` lines are comments."""
    if not path.exists():
        return []
    with path.open(encoding="utf-8") as fh:
        lines = [line for line in fh if line.strip() and not line.startswith("#")]
    return [{k: (v or "").strip() for k, v in row.items() if k}
            for row in csv.DictReader(lines, delimiter="\t")]


@cache
def _german_strong_verbs() -> dict[str, dict[str, str]]:
    """Strong/irregular verbs: the shared table plus the events' additions (shared wins)."""
    table = {row["lemma"]: row for row in read_tsv(LEXICON_DIR / "event_verb_forms_de.tsv")}
    table.update({row["lemma"]: row for row in read_tsv(LEXICON_DIR / "verb_forms_de.tsv")})
    return table


def german_verb_forms(lemma: str, particle: str = "") -> dict[str, bool]:
    """Forms of a German verb → whether the form needs its separated particle in the clause.

    "trat" needs "zurück" later in the clause; "zurückgetreten", "zurückzutreten" and the
    verb-final "zurücktrat" carry it.
    """
    lemma = lemma.lower()
    rest = lemma[len(particle):] if particle and lemma.startswith(particle) else lemma
    strong = _german_strong_verbs()
    prefix = ""
    if rest not in strong:
        for pre in GERMAN_INSEPARABLE:
            if rest.startswith(pre) and rest[len(pre):] in strong:
                prefix, rest = pre, rest[len(pre):]
                break
    if rest in strong:
        row = strong[rest]
        finite = {row["present_3sg"], row["preterite_3sg"], row["preterite_3pl"], rest}
        participle = row["participle"]
        if prefix:
            participle = prefix + (participle[2:] if participle.startswith("ge") else participle)
    else:
        stem = rest[:-2] if rest.endswith("en") else rest[:-1] if rest.endswith("n") else rest
        e = "e" if stem.endswith(("t", "d")) or stem.endswith(("chn", "ffn", "gn", "dm")) else ""
        finite = {rest, stem + e + "t", stem + e + "te", stem + e + "ten", stem + "e"}
        if rest.endswith("ieren") or rest.startswith(GERMAN_INSEPARABLE):
            participle = stem + e + "t"
        else:
            participle = "ge" + stem + e + "t"
    finite = {prefix + f for f in finite}
    forms: dict[str, bool] = {}
    if particle:
        for f in finite:
            forms[f] = True
            forms[particle + f] = False
        forms[particle + participle] = False
        forms[particle + "zu" + prefix + rest] = False
        forms[lemma] = False
    else:
        for f in finite:
            forms[f] = False
        forms[participle] = False
    return {f: needs for f, needs in forms.items() if f}


def german_forms(lemma: str, particle: str = "") -> set[str]:
    """Finite forms and participles of a German verb (lower case); separable verbs include
    their finite forms without the particle (the caller checks for it in the clause)."""
    return set(german_verb_forms(lemma, particle))


@cache
def load(language: str) -> CueLexicon:
    """The cue lexicon of ``language``; empty (no cues) when the language has no files."""
    lex = CueLexicon(language)
    path = LEXICON_DIR / f"cues_{language}.tsv"
    if not path.exists():
        return lex
    for row in read_tsv(path):
        lemma = row["lemma"].lower()
        if not lemma:
            continue
        cue = Cue(lemma, row.get("category", "say") or "say", row.get("particle", "").lower())
        lex.cues[lemma] = cue
        if language == "de":
            for form in german_forms(lemma, cue.particle):
                lex.forms.setdefault(form, set()).add(lemma)
        else:
            lex.forms.setdefault(lemma, set()).add(lemma)
    for form in AMBIGUOUS_FORMS.get(language, ()):
        lex.forms.pop(form, None)
    src = LEXICON_DIR / f"sources_{language}.tsv"
    if src.exists():
        for row in read_tsv(src):
            lex.sources[row["phrase"].lower()] = row.get("position", "before") or "before"
    nouns = LEXICON_DIR / f"speaker_nouns_{language}.txt"
    if nouns.exists():
        lex.speaker_nouns = frozenset(
            line.strip().lower() for line in nouns.read_text(encoding="utf-8").splitlines()
            if line.strip() and not line.startswith("#"))
    return lex
