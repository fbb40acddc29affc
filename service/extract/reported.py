"""Vocabulary and checks for reported (indirect) speech; ``quotes.py`` applies the patterns.

Surface patterns that need no parser, so German works without a trained parse:

- cue + "dass"/"ob"/"that"/"whether" + clause
- German cue + comma + clause in Konjunktiv I ("Er sagte, die Lage sei ernst")
- clause in Konjunktiv I + comma + cue + speaker ("Die Lage sei ernst, sagte er" / ", so X")
- "laut X …", "X zufolge …", "according to X, …"
- a Konjunktiv I sentence right after reported speech, with no attribution of its own,
  continues it (the speaker carries over, the cue stays empty)

English additionally uses the dependency parse: a cue verb's clausal complement (``ccomp``)
is what it reports ("He said Russia had …", "…, police said"), also for evidence verbs that are
no quote cue ("the poll shows …"); "as X noted, …" and "Y1, X writes, Y2" report the clause
they sit in; opt-in, a stance verb's object ("criticized [X for Y]", news corpora count it).
"""

from __future__ import annotations

from spacy.tokens import Doc, Span, Token

# Konjunktiv I (and the Konjunktiv II that replaces it where I equals the indicative) of the
# verbs that carry reported speech in news; a trained pipeline's morphology (Mood=Sub) adds
# every other verb.
KONJ_I = {
    "sei", "seien", "seiest", "habe", "werde", "müsse", "könne", "dürfe", "solle", "wolle",
    "möge", "wisse", "gebe", "liege", "stehe", "gehe", "komme", "bleibe", "fehle", "brauche",
    "halte", "plane", "spiele", "freue", "verspreche", "arbeite", "lasse", "mache", "sehe",
    "trage", "zeige", "bringe", "führe", "nehme", "finde", "handle", "handele", "betrage",
    "reiche", "gelte", "treffe", "hänge", "rechne", "kenne", "tue", "laufe",
    "verfüge", "benötige", "erwarte", "setze", "lege", "stelle", "suche", "helfe", "leide",
    "gehöre", "wachse", "sinke", "steige", "falle", "drohe", "schade", "nütze", "diene",
    "entspreche", "verstoße", "bedeute", "beruhe", "betreffe", "erfülle", "entstehe",
}
KONJ_II = {"hätte", "hätten", "würde", "würden", "wäre", "wären", "müssten", "könnten",
           "dürften", "sollten", "wollten", "gäbe", "käme", "ginge"}
SUBORDINATORS = {
    # not der/die/das: as articles they open most reported clauses ("sagte, die Lage sei …")
    "de": {"als", "nachdem", "bevor", "weil", "da", "wenn", "obwohl", "während", "bis", "seit",
           "deren", "dessen", "wo", "wie", "um", "und", "aber", "sondern", "denn", "ohne"},
    "en": set(),
}
COMPLEMENTIZERS = {"de": {"dass", "daß", "ob"}, "en": {"that", "whether"}}

# English cue verbs whose direct object is what they report or judge ("criticized Clinton for
# her vote", "announced a series of steps", "endorsed the plan"): news attribution corpora
# count that object, with the rest of the verb phrase, as the content. Not the categories
# whose object is a medium or a product ("wrote a letter", "posted the clip", "claimed a
# victory", "added two points", "warned voters"), nor verbs whose object is the addressee.
OBJECT_CONTENT_SKIP_CATEGORIES = {"write", "claim", "add", "warn"}
# categories whose object is what the speaker judges, blames, welcomes or rejects ("criticized
# the council", "praised the team"): only with the ``object_contents`` option
OBJECT_JUDGING_CATEGORIES = {"criticise", "accuse", "agree", "reject", "other"}
# verbs that are no cue for a direct quote (not in cues_en.tsv, so speaker search and events do
# not see them) but whose complement is attributed content in news: evidence and cognition
# with a clause ("the poll shows that …", "investigators found …", "she knew he had …") and
# stance or discussion with an object ("defended the plan", "discussed the deal")
CLAUSE_CUES_EN = {"show", "find", "demonstrate", "realize", "realise", "recognize",
                  "recognise", "learn", "know", "consider", "hope", "prove", "doubt", "assume",
                  "decide", "convince", "persuade", "determine"}
OBJECT_CUES_EN = {"show", "discuss", "back", "defend", "challenge", "tout", "encourage",
                  "prefer", "reference", "list", "debate", "champion", "favor", "favour"}
# nouns and adjectives of saying and holding true whose "that"-clause is attributed content in
# news ("his warning that …", "Trump's claim that …", "they are convinced that …"); not "the
# fact that", "the idea that" (no one is reported)
CLAUSE_NOUNS_EN = {"claim", "assertion", "statement", "suggestion", "warning", "insistence",
                   "argument", "charge", "accusation", "allegation", "assurance", "promise",
                   "pledge", "complaint", "concern", "fear", "hope", "belief", "view",
                   "announcement", "admission", "prediction", "message", "recognition",
                   "acknowledgment", "acknowledgement", "confirmation", "denial", "demand",
                   "request", "testimony", "contention", "conclusion", "finding",
                   "estimate", "worry", "expectation", "reminder", "speculation", "rumor",
                   "rumour", "report", "insinuation", "implication", "boast", "vow", "threat",
                   "guarantee", "notice", "opinion", "verdict"}
CLAUSE_ADJECTIVES_EN = {"convinced", "confident", "concerned", "aware", "certain", "sure",
                        "worried", "adamant", "hopeful", "optimistic", "skeptical", "sceptical",
                        "unaware", "persuaded", "satisfied", "fearful", "afraid", "insistent"}
# verbs whose subject utters the noun of saying they take ("raised concerns that …")
UTTERING_VERBS_EN = {"make", "raise", "voice", "express", "issue", "repeat", "reiterate", "offer",
                     "give", "send", "deliver", "float", "air", "echo", "share", "renew", "level",
                     "lodge", "file", "publish", "post", "put"}
# verbs whose object a noun of saying usually is: "the claim that he made" with "that" as the
# object (a relative clause the parse may mark as a complement)
HANDLING_VERBS_EN = UTTERING_VERBS_EN | {"say", "hear", "receive", "read", "write", "get", "have",
                                         "reject", "dismiss", "deny", "withdraw", "retract",
                                         "ignore", "cite", "quote", "see", "take", "support"}
OBJECT_IS_ADDRESSEE = {"tell", "inform", "notify", "brief", "read", "speak", "hold", "address"}
# verbs whose object is where the words come from, not what they say ("cited a memo")
OBJECT_IS_SOURCE = {"cite", "quote"}
# made things: the object of "unveiled", "presented", "announced" is no content when it is a good
# rather than a message ("unveiled an electric truck", "presented its new phone"); PolNeAR counts
# messages and plans shown this way ("unveiled her first campaign ad", "introduced a bill")
GOODS_NOUNS_EN = {"truck", "car", "vehicle", "van", "bus", "suv", "sedan", "aircraft", "airliner",
                  "jet", "plane", "helicopter", "drone", "rocket", "satellite", "ship", "train",
                  "locomotive", "engine", "battery", "phone", "smartphone", "iphone", "ipad",
                  "tablet", "laptop", "computer", "pc", "chip", "processor", "device", "gadget",
                  "console", "camera", "watch", "smartwatch", "headset", "robot", "drug",
                  "vaccine", "pill", "product", "prototype", "model", "statue", "monument",
                  "sculpture", "building", "tower", "factory", "plant", "store", "logo",
                  "uniform", "jersey", "coin", "banknote", "stamp", "weapon", "missile", "tank",
                  "rifle", "software", "app", "game", "feature", "version", "lineup"}


THIRD_PERSON = {"er", "sie", "es", "man"}
# words in -e that stand next to a pronoun without being verbs
NOT_VERBS_IN_E = {"keine", "eine", "seine", "ihre", "meine", "deine", "unsere", "eure", "diese",
                  "jene", "welche", "jede", "alle", "viele", "einige", "manche", "solche",
                  "beide", "andere", "ohne", "alleine", "gerne", "lange", "heute", "weitere",
                  "große", "kleine", "neue", "alte", "ganze", "letzte", "erste", "nächste",
                  "gleiche", "ebene", "gute", "schöne"}


def extra_cue(tok: Token, verbs: set[str]) -> tuple[Token, str] | None:
    """A verb of :data:`CLAUSE_CUES_EN` / :data:`OBJECT_CUES_EN` as a cue (the small English
    model lemmatizes "hoped" as "hop": the form is checked too)."""
    lemma = tok.lemma_.lower()
    if lemma == "hop" and tok.lower_.startswith("hope"):
        lemma = "hope"
    return (tok, lemma) if lemma in verbs else None


def is_konj(tok: Token, second: bool = True) -> bool:
    """Is the token a subjunctive verb form (reported speech in German)?"""
    if tok.is_lower is False and not tok.is_sent_start:
        return False
    low = tok.lower_
    if "Sub" in tok.morph.get("Mood"):
        return True
    if low in KONJ_I or (second and low in KONJ_II):
        return True
    return _third_person_e(tok)


def _third_person_e(tok: Token) -> bool:
    """Konjunktiv I of any verb: the 3rd person singular ends in -e where the indicative has
    -t ("man prüfe", "prüfe man", "er plane"); the past tense in -te is not one."""
    low = tok.lower_
    if len(low) < 4 or not low.endswith("e") or low.endswith("te") or not tok.is_alpha \
            or low in NOT_VERBS_IN_E or tok.pos_ in ("DET", "PRON", "NOUN", "PROPN"):
        return False  # the tagger's ADJ/ADV is not trusted: it calls "prüfe" an adjective
    doc = tok.doc
    neighbours = [doc[i].lower_ for i in (tok.i - 1, tok.i + 1) if 0 <= i < len(doc)]
    return any(n in THIRD_PERSON for n in neighbours)


def clause_end(doc: Doc, start: int, limit: int) -> int:
    """Index after the clause that starts at ``start``: up to the sentence end, trailing
    punctuation excluded."""
    end = limit
    while end > start and (doc[end - 1].is_punct or doc[end - 1].is_space):
        end -= 1
    return end


def has_konj(tokens: Span | list[Token], second: bool = False) -> bool:
    return any(is_konj(t, second) for t in tokens if t.is_alpha)
