"""The ``newsflow_entities`` component: entity mentions → canonical entities per article.

"Wladimir Putin", "Putin" and the German genitive "Putins" are one person; the longest name is
the canonical one. Organisations and places merge on their normalised text. Results go to
``doc._.entities``: ``{id, name, type, mentions: [{text, start, end}]}``, in order of first
mention, so ids are stable for a given text.
"""

from __future__ import annotations

from typing import Any

from spacy.language import Language
from spacy.tokens import Doc

LABELS = {"PER": "PER", "PERSON": "PER", "ORG": "ORG", "LOC": "LOC", "GPE": "LOC",
          "FAC": "LOC", "NORP": "MISC", "MISC": "MISC", "EVENT": "MISC",
          "WORK_OF_ART": "MISC", "LAW": "MISC", "PRODUCT": "MISC", "LANGUAGE": "MISC"}
PRONOUN_TYPES = {"PER"}
SPEAKER_PRONOUNS = {"er", "sie", "he", "she", "they", "wir", "we"}


def _norm(text: str) -> str:
    text = text.strip().strip("'’\"“”„").replace("’s", "").replace("'s", "")
    return " ".join(text.split()).lower()


def _strip_genitive(token: str, lang: str) -> str:
    if lang == "de" and len(token) > 3 and token.endswith("s") and token[0].isupper():
        return token[:-1]
    return token


class EntityClusterer:
    def __call__(self, doc: Doc) -> Doc:
        entities: list[dict[str, Any]] = []
        by_key: dict[tuple[str, str], dict[str, Any]] = {}
        surname: dict[str, dict[str, Any]] = {}
        for ent in doc.ents:
            etype = LABELS.get(ent.label_)
            if etype is None:
                continue
            text = ent.text.strip()
            key = (etype, _norm(text))
            target = by_key.get(key)
            if target is None and etype == "PER":
                words = [_strip_genitive(w, doc.lang_) for w in text.split()]
                last = words[-1].lower()
                target = surname.get(last)
                if target is None and len(words) == 1:
                    target = surname.get(_strip_genitive(text, doc.lang_).lower())
            if target is None:
                target = {"id": f"e{len(entities) + 1}", "name": text, "type": etype,
                          "mentions": []}
                entities.append(target)
            target["mentions"].append({"text": ent.text, "start": ent.start_char,
                                       "end": ent.end_char})
            if len(text) > len(target["name"]) and etype == target["type"]:
                target["name"] = text
            by_key[key] = target
            if etype == "PER":
                words = [_strip_genitive(w, doc.lang_) for w in text.split()]
                surname.setdefault(words[-1].lower(), target)
        doc._.entities = entities
        return doc


def link_speakers(doc: Doc, quotes: list[dict[str, Any]]) -> None:
    """Point each quote's speaker at the entity it names or, for a pronoun or description,
    at the most recent person mentioned before it."""
    entities = doc._.entities or []
    mentions = sorted(
        ((m["start"], m["end"], e) for e in entities for m in e["mentions"]),
        key=lambda x: x[0])
    for quote in quotes:
        speaker = quote.get("speaker")
        if not speaker or "entity_id" in speaker:
            continue
        hit = next((e for s, end, e in mentions
                    if s < speaker["end"] and speaker["start"] < end), None)
        described = (speaker["text"].lower() in SPEAKER_PRONOUNS or " " in speaker["text"]
                     or speaker["text"][:1].islower())
        if hit is None and described:
            hit = next((e for s, _, e in reversed(mentions)
                        if s < speaker["start"] and e["type"] in PRONOUN_TYPES), None)
        if hit is None and not speaker["text"][:1].islower():
            name = _strip_genitive(speaker["text"], doc.lang_).lower()
            hit = next((e for e in entities if e["type"] == "PER"
                        and e["name"].lower().split()[-1] == name), None)
        if hit is not None:
            speaker["entity_id"] = hit["id"]


@Language.factory("newsflow_entities")
def make_entity_clusterer(nlp: Language, name: str) -> EntityClusterer:
    if not Doc.has_extension("entities"):
        Doc.set_extension("entities", default=None)
    return EntityClusterer()
