"""PolNeAR → quote gold conversion, on tiny invented brat files (no corpus text here)."""

from __future__ import annotations

from pathlib import Path

import pytest

from service.evaluation import polnear, scoring

# One invented article: CRLF line ends, blank lines between paragraphs, a decomposed "é"
# (e + U+0301) that NFC composes, curly and NYT-style ('') quotation marks.
PARAS = [
    "Harbor town votes on new bridge",
    "“We will build the bridge,” Mara Lindqvist said.",
    "“Taxes are high,” she said, “and they will rise.” “Nobody likes that.”",
    "The mayor called the plan “a costly mistake” on Friday.",
    "Officials said that the river had flooded the old cafe\u0301.",
    "The minister declined to comment.",
    "It was announced that the ferry will stop.",
    "Zoë Brandt said: “The first part.",
    "“The second part.”",
    "The budget, the council argued, was too small.",
    "''It is late,'' said Ole Berg.",
]
RAW = "\r\n\r\n".join(PARAS) + "\r\n"
TEXT = "\n".join(p.replace("e\u0301", "é") for p in PARAS) + "\n"


def at(text: str, needle: str, after: str = "") -> tuple[int, int]:
    """Offsets of ``needle`` (first occurrence after the first occurrence of ``after``)."""
    base = text.index(after) if after else 0
    start = text.index(needle, base)
    return start, start + len(needle)


class Ann:
    """Writes brat standoff lines with offsets computed from the raw text."""

    def __init__(self, raw: str) -> None:
        self.raw = raw
        self.lines: list[str] = []
        self.n = 0

    def t(self, typ: str, *needles: str, after: str = "") -> str:
        self.n += 1
        frags = []
        for needle in needles:
            frags.append(at(self.raw, needle, after))
            after = after or needle
        offsets = ";".join(f"{s} {e}" for s, e in frags)
        text = " ".join(self.raw[s:e] for s, e in frags)
        self.lines.append(f"T{self.n}\t{typ} {offsets}\t{text}")
        return f"T{self.n}"

    def e(self, typ: str, trigger: str, **roles: str) -> None:
        args = " ".join(f"{role}:{tid}" for role, tid in roles.items())
        self.lines.append(f"E{len(self.lines)}\t{typ}:{trigger} {args}")

    def attribution(
        self, cue: str, content: tuple[str, ...], source: str | None, after: str = ""
    ) -> None:
        src = self.t("Source", source, after=after) if source else None
        cue_id = self.t("Cue", cue, after=after)
        trig = self.t("Attribution" if source else "Attribution-no-source", cue, after=after)
        roles = {"Cue": cue_id}
        if content:
            roles["Content"] = self.t("Content", *content, after=after)
        if src:
            roles["Source"] = src
        self.e("Attribution" if source else "Attribution-no-source", trig, **roles)

    def dump(self) -> str:
        return "\n".join(self.lines) + "\n"


def article_ann() -> str:
    a = Ann(RAW)
    a.attribution("said", ("“We will build the bridge,”",), "Mara Lindqvist")
    a.attribution(
        "said",
        ("“Taxes are high,”", "“and they will rise.”", "“Nobody likes that.”"),
        "she",
        after="“Taxes",
    )
    a.attribution("called", ("the plan “a costly mistake”",), "The mayor")
    a.attribution("said", ("that the river had flooded the old cafe\u0301",), "Officials",
                  after="Officials")
    a.attribution("declined to comment", (), "The minister")
    a.attribution("was announced", ("that the ferry will stop",), None)
    a.attribution("said:", ("“The first part.", "“The second part.”"), "Zoë Brandt")
    a.attribution("argued", ("The budget", "was too small"), "the council")
    a.attribution("said", ("''It is late,''",), "Ole Berg", after="''It")
    return a.dump()


@pytest.fixture
def corpus(tmp_path: Path) -> Path:
    for split in ("train", "dev"):
        (tmp_path / split / "text").mkdir(parents=True)
        (tmp_path / split / "attributions").mkdir(parents=True)
    dev = tmp_path / "dev"
    (dev / "text" / "art1.txt").write_bytes(RAW.encode("utf-8"))
    (dev / "attributions" / "art1_a1.ann").write_text(article_ann(), encoding="utf-8",
                                                      newline="")
    # a second annotator's file for the same article: ignored (first annotator id wins)
    other = Ann(RAW)
    other.attribution("votes", ("on new bridge",), "Harbor town")
    (dev / "attributions" / "art1_b2.ann").write_text(other.dump(), encoding="utf-8")
    # an article whose .ann text disagrees with the .txt (counted, offsets still used)
    raw2 = "Ana Ruiz said the pier is closed."
    (dev / "text" / "art2.txt").write_text(raw2, encoding="utf-8")
    (dev / "attributions" / "art2_a1.ann").write_text(
        "T1\tSource 0 8\tAna Ruiz\nT2\tCue 9 13\tsaid\nT3\tAttribution 9 13\tsaid\n"
        "T4\tContent 14 32\tthe pier is shut\n"
        "E1\tAttribution:T3 Content:T4 Cue:T2 Source:T1\n",
        encoding="utf-8",
    )
    (tmp_path / "metadata.tsv").write_text(
        "compartment\tfilename\tlevel\tannotators\tpublisher\tpublication_date\ttitle\n"
        "dev\tart1\t1\ta1|b2\tinvented\t2016-09-30\tHarbor town votes\n",
        encoding="utf-8",
    )
    return tmp_path


def span(text: str, needle: str, after: str = "") -> dict[str, object]:
    s, e = at(text, needle, after)
    return {"text": needle, "start": s, "end": e}


def cue(text: str, needle: str, lemma: str, after: str = "") -> dict[str, object]:
    return {**span(text, needle, after), "lemma": lemma}


def quote(kind: str, needle: str, speaker: dict | None, cue_: dict | None,
          after: str = "") -> dict[str, object]:
    return {"kind": kind, **span(TEXT, needle, after), "speaker": speaker, "cue": cue_}


def test_article_converts_exactly(corpus: Path) -> None:
    docs = polnear.load("dev", corpus, lemmatizer=polnear.simple_lemma)
    assert [d["id"] for d in docs] == ["art1", "art2"]
    doc = docs[0]
    assert doc["text"] == TEXT
    assert doc["language"] == "en"
    assert doc["title"] == "Harbor town votes"
    assert doc["published_at"] == "2016-09-30"

    mara = span(TEXT, "Mara Lindqvist")
    she = span(TEXT, "she")
    she_said = cue(TEXT, "said", "say", after="she")
    zoe = span(TEXT, "Zoë Brandt")
    expected = [
        quote("direct", "We will build the bridge,", mara, cue(TEXT, "said", "say")),
        # interrupted quote: two items, same speaker and cue
        quote("direct", "Taxes are high,", she, she_said),
        quote("direct", "and they will rise.", she, she_said),
        # a further sentence in its own marks: speaker inherited, no cue
        quote("direct", "Nobody likes that.", she, None),
        quote("mixed", "the plan “a costly mistake”", span(TEXT, "The mayor"),
              cue(TEXT, "called", "call")),
        # complementizer dropped; NFC-composed "é" shifts the offsets by one
        quote("indirect", "the river had flooded the old café", span(TEXT, "Officials"),
              cue(TEXT, "said", "say", after="Officials")),
        # no source → speaker null; the head of "was announced" is "announced"
        quote("indirect", "the ferry will stop", None, cue(TEXT, "was announced", "announce")),
        # one quote over two paragraphs (brat split it at the line break; reopening mark)
        quote("direct", "The first part.\n“The second part.", zoe,
              cue(TEXT, "said", "say", after="Zoë")),
        # discontinuous reported content is bridged into one item
        quote("indirect", "The budget, the council argued, was too small",
              span(TEXT, "the council"), cue(TEXT, "argued", "argue")),
        quote("direct", "It is late,", span(TEXT, "Ole Berg"),
              cue(TEXT, "said", "say", after="''It")),
    ]
    assert doc["quotes"] == expected
    for q in doc["quotes"]:
        assert TEXT[q["start"] : q["end"]] == q["text"]

    # every attribution's cue and source, also the one without content
    assert cue(TEXT, "declined to comment", "decline") | {
        "spans": [list(at(TEXT, "declined to comment"))]
    } in doc["cues"]
    assert span(TEXT, "The minister") | {"spans": [list(at(TEXT, "The minister"))]} in doc[
        "sources"
    ]
    assert len(doc["cues"]) == 9
    assert len(doc["sources"]) == 8
    assert all(TEXT[c["start"] : c["end"]] == c["text"] for c in doc["cues"] + doc["sources"])


def test_stats_count_kinds_skips_and_mismatches(corpus: Path) -> None:
    st = polnear.stats("dev", corpus)
    assert st["articles"] == 2
    assert st["ann_files_ignored_other_annotators"] == 1
    assert st["attributions"] == 10
    assert st["attributions_without_source"] == 1
    assert st["skipped"]["no_content"] == 1
    assert st["by_kind"] == {"direct": 6, "indirect": 4, "mixed": 1}
    assert st["items"] == 11
    assert st["span_mismatches"] == 1
    assert st["content_split_into_several_direct_quotes"] == 1
    assert st["content_bridged_over_own_source_or_cue"] == 1
    assert st["complementizer_dropped"] == 2
    assert st["texts_normalised"] == 1


def test_mismatched_span_keeps_offsets(corpus: Path) -> None:
    doc = polnear.load("dev", corpus, lemmatizer=polnear.simple_lemma)[1]
    assert doc["quotes"] == [
        {
            "kind": "indirect",
            "start": 14,
            "end": 32,
            "text": "the pier is closed",
            "speaker": {"text": "Ana Ruiz", "start": 0, "end": 8},
            "cue": {"text": "said", "start": 9, "end": 13, "lemma": "say"},
        }
    ]


def test_paragraphs_can_stay_as_in_the_file(corpus: Path) -> None:
    doc = polnear.load("dev", corpus, lemmatizer=polnear.simple_lemma,
                       collapse_paragraphs=False)[0]
    assert doc["text"] == TEXT.replace("\n", "\n\n")[:-1]
    multi = next(q for q in doc["quotes"] if q["text"].startswith("The first part."))
    assert multi["text"] == "The first part.\n\n“The second part."
    assert all(doc["text"][q["start"] : q["end"]] == q["text"] for q in doc["quotes"])


def test_gold_scores_perfectly_against_itself(corpus: Path) -> None:
    docs = polnear.load("dev", corpus, lemmatizer=polnear.simple_lemma)
    s = scoring.score_quotes(docs, docs)
    assert s.exact["all"].f1 == 1.0
    assert s.speaker["all"].value == 1.0 and s.cue["all"].value == 1.0
    # predictions derive cues/sources from their quotes: the content-less attribution's cue
    # and source ("declined to comment", "The minister") are only in the gold lists
    assert (s.cue_detection.tp, s.cue_detection.fp, s.cue_detection.fn) == (9, 0, 1)
    assert (s.source_detection.tp, s.source_detection.fp, s.source_detection.fn) == (8, 0, 1)


def test_direct_only_copies(corpus: Path) -> None:
    docs = polnear.load("dev", corpus, lemmatizer=polnear.simple_lemma)
    direct = polnear.direct_only(docs)
    assert [q["kind"] for q in direct[0]["quotes"]] == ["direct"] * 6
    assert "cues" not in direct[0] and "sources" not in direct[0]
    assert len(docs[0]["quotes"]) == 10  # the input is untouched
    direct[0]["quotes"][0]["speaker"]["text"] = "changed"
    assert docs[0]["quotes"][0]["speaker"]["text"] == "Mara Lindqvist"


def test_unknown_split_and_missing_root(tmp_path: Path) -> None:
    with pytest.raises(ValueError):
        polnear.load("test", tmp_path)
    with pytest.raises(FileNotFoundError):
        polnear.load("dev", tmp_path / "nowhere")


def test_default_root_is_beside_the_project() -> None:
    project = Path(polnear.__file__).resolve().parents[2]
    assert polnear.DEFAULT_ROOT == project.parent / "shared" / "data" / "en" / "polnear"


@pytest.mark.parametrize(
    ("content", "kind"),
    [
        ("“All of it.”", "direct"),
        ('"All of it,"', "direct"),
        ("‘All of it.’", "direct"),
        ("“One.” “Two.”", "direct"),
        ("that “All of it.”", "direct"),
        ("that it was “all of it”", "mixed"),
        ("the “so-called” deal and more", "mixed"),
        ("that they don't care", "indirect"),
        ("the voters' mood was sour", "indirect"),
    ],
)
def test_piece_kinds(content: str, kind: str) -> None:
    text = f"He said {content} today."
    s, e = at(text, content)
    piece = polnear.analyse_piece(text, s, e)
    got = "direct" if piece.direct else ("mixed" if piece.quoted else "indirect")
    assert got == kind


def test_two_quotations_in_one_piece_are_two_items() -> None:
    text = "“One.” “Two,” he said."
    items = polnear.content_items(text, [at(text, "“One.” “Two,”")], at(text, "said"))
    assert [(it.kind, text[it.start : it.end], it.with_cue) for it in items] == [
        ("direct", "One.", False),
        ("direct", "Two,", True),
    ]


def test_stub_next_to_quotation_is_dropped() -> None:
    text = "That, the panel said, “would help a lot.”"
    frags = [at(text, "That"), at(text, "“would help a lot.”")]
    items = polnear.content_items(text, frags, at(text, "said"), [at(text, "the panel")])
    assert [(it.kind, text[it.start : it.end], it.with_cue) for it in items] == [
        ("direct", "would help a lot.", True)
    ]


def test_mixed_fragments_mode(corpus: Path) -> None:
    docs = polnear.load("dev", corpus, lemmatizer=polnear.simple_lemma, mixed="fragments")
    mixed = [q for q in docs[0]["quotes"] if q["kind"] == "mixed"]
    assert mixed == [
        quote("mixed", "a costly mistake", span(TEXT, "The mayor"), cue(TEXT, "called", "call"))
    ]
    text = "He called it “cheap” and “fast” at once."
    items = polnear.content_items(text, [at(text, "it “cheap” and “fast”")], at(text, "called"),
                                  mixed="fragments")
    assert [(it.kind, text[it.start : it.end]) for it in items] == [
        ("mixed", "cheap"), ("mixed", "fast")
    ]
    with pytest.raises(ValueError):
        polnear.load("dev", corpus, lemmatizer=polnear.simple_lemma, mixed="clause")


def test_parse_ann_reattaches_multiline_span_text() -> None:
    raw = "T1\tContent 0 5;7 9\tab\ncd ef\nT2\tCue 10 14\tsaid\nE1\tAttribution:T2 Content2:T1\n"
    bounds, events = polnear.parse_ann(raw)
    assert bounds["T1"].frags == [(0, 5), (7, 9)]
    assert bounds["T1"].text == "ab\ncd ef"
    assert events[0].roles == [("Content", "T1")]
    assert events[0].trigger == "T2"


@pytest.mark.parametrize(
    ("cue_text", "lemma"),
    [
        ("said", "say"),
        ("has repeatedly warned", "warn"),
        ("told reporters", "tell"),
        ("According to", "according to"),
        ("don’t believe", "believe"),
        ("is expected", "expect"),
        ("denied", "deny"),
    ],
)
def test_cue_lemma_rule_based(cue_text: str, lemma: str) -> None:
    assert polnear.cue_lemma(cue_text, polnear.simple_lemma) == lemma
