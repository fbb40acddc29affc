"""The inspector's renderer, buffer and CLI without a browser: the markup must nest whatever the
spans do, the text must come out exactly as it went in, and nothing in a record may become
markup. (What the page does when clicked: tests/integration/test_inspector_browser.py.)"""

from __future__ import annotations

import json
from html.parser import HTMLParser

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from service.cli import main
from service.inspector import RecentArticles, Span, article_spans, layered_html, render_article
from service.inspector.render import document
from service.inspector.web import article_page, list_page
from service.ops.inspect import read_objects
from tests.conftest import assert_valid

TEXT = ("Kanzlerin Angela Merkel sagte am Montag in Berlin: „Wir schaffen das <script>"
        "window.pwned=1</script> & mehr.“\r\nDie CDU widersprach am 5. Mai.")


def _at(part: str, nth: int = 0) -> tuple[int, int]:
    start = -1
    for _ in range(nth + 1):
        start = TEXT.index(part, start + 1)
    return start, start + len(part)


def _record(**changes) -> dict:
    """A valid enriched record (checked against the schema) with overlapping spans."""
    q0, q1 = _at("„Wir schaffen das <script>window.pwned=1</script> & mehr.“")
    s0, s1 = _at("Angela Merkel")
    c0, c1 = _at("sagte")
    record = {
        "schema_version": "1.3", "id": "art-<1>", "text": TEXT, "language": "de",
        "title": "Titel <b>fett</b>", "processed_at": "2024-05-06T10:00:00Z",
        "processor": {"name": "newsflow", "version": "0",
                      "pipeline": {"name": "de_newsflow_sm", "version": "0"}},
        "entities": [
            {"id": "e1", "name": "Angela Merkel", "type": "PER",
             "mentions": [{"text": "Angela Merkel", "start": s0, "end": s1}]},
            # crosses the quote's end: „…mehr.“\r\nDie
            {"id": "e2", "name": "<img src=x onerror=alert(1)>", "type": "ORG",
             "mentions": [{"text": TEXT[q1 - 3:q1 + 5], "start": q1 - 3, "end": q1 + 5}]},
            {"id": "e3", "name": "Berlin", "type": "LOC",
             "mentions": [{"text": "Berlin", "start": _at("Berlin")[0],
                           "end": _at("Berlin")[1]}]},
        ],
        "quotes": [
            {"id": "q1", "kind": "direct", "text": TEXT[q0:q1], "start": q0, "end": q1,
             "speaker": {"text": "Angela Merkel", "start": s0, "end": s1, "entity_id": "e1"},
             "cue": {"text": "sagte", "lemma": "sagen", "start": c0, "end": c1},
             "confidence": 0.9},
            {"id": "q2", "kind": "indirect", "text": "das", "start": _at("das")[0],
             "end": _at("das")[1],
             "speaker": {"text": "Angela Merkel", "start": s0, "end": s1, "entity_id": "e1"},
             "cue": None, "confidence": 0.5},
        ],
        "events": [{"id": "ev1", "type": "politics.statement",
                    "trigger": {"text": "sagte", "lemma": "sagen", "start": c0, "end": c1},
                    "actors": [{"role": "agent", "text": "Angela Merkel", "entity_id": "e1"}],
                    "location": {"text": "Berlin", "entity_id": "e3", "country": "DE"},
                    "time": {"text": "am Montag", "value": "2024-05-06",
                             "granularity": "day"},
                    "sentence": {"start": 0, "end": q1}, "confidence": 0.7}],
        "dates": [{"text": "Montag", "value": "2024-05-06", "granularity": "day",
                   "start": _at("Montag")[0], "end": _at("Montag")[1]},
                  {"text": "5. Mai", "value": "2024-05-05", "granularity": "day",
                   "start": _at("5. Mai")[0], "end": _at("5. Mai")[1]}],
    }
    record.update(changes)
    return record


class Tree(HTMLParser):
    """Checks that tags nest and collects, per ``data-k`` span, the text inside it (over all
    its fragments), the text of the ``.nf-text`` element and every start tag seen."""

    VOID = {"meta", "br", "img", "input", "link", "hr"}

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.stack: list[tuple[str, dict]] = []
        self.text: list[str] = []
        self.per_key: dict[str, list[str]] = {}
        self.fragments: dict[str, list[dict]] = {}
        self.tags: list[tuple[str, dict]] = []
        self.in_script = False
        self.depth_text = None

    def handle_starttag(self, tag, attrs):
        a = dict(attrs)
        self.tags.append((tag, a))
        if tag in self.VOID:
            return
        self.stack.append((tag, a))
        if "data-k" in a:
            self.fragments.setdefault(a["data-k"], []).append(a)
        if "nf-text" in (a.get("class") or "").split() and self.depth_text is None:
            self.depth_text = len(self.stack)

    def handle_endtag(self, tag):
        if tag in self.VOID:
            return
        assert self.stack and self.stack[-1][0] == tag, (tag, self.stack[-3:])
        if self.depth_text == len(self.stack):
            self.depth_text = None
        self.stack.pop()

    def handle_data(self, data):
        if self.depth_text is not None:
            self.text.append(data)
            for _, a in self.stack:
                if "data-k" in a:
                    self.per_key.setdefault(a["data-k"], []).append(data)


def parse(markup: str) -> Tree:
    tree = Tree()
    tree.feed(markup)
    tree.close()
    assert not tree.stack, "unclosed elements"
    return tree


LAYERS = ("content", "quote", "speaker", "cue", "trigger", "entity", "date")


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.text(alphabet="ab <>&\"'\r\n“é😀", max_size=40), st.data())
def test_any_overlap_nests_and_keeps_the_text_and_each_span_exact(text, data):
    n = len(text)
    spans = []
    for k in range(data.draw(st.integers(0, 12))):
        start = data.draw(st.integers(0, n))
        end = data.draw(st.integers(0, n + 2))  # some are invalid on purpose
        spans.append(Span(start, end, data.draw(st.sampled_from(LAYERS)), ("x",),
                          {"data-k": str(k)}, label="L"))
    tree = parse(f'<div class="nf-text">{layered_html(text, spans)}</div>')
    assert "".join(tree.text) == text
    for k, span in enumerate(spans):
        valid = 0 <= span.start < span.end <= n
        assert "".join(tree.per_key.get(str(k), [])) == (text[span.start:span.end] if valid
                                                         else "")
        frags = tree.fragments.get(str(k), [])
        # the label is shown once, after the span's last fragment
        assert [("data-label" in a) for a in frags] == ([False] * (len(frags) - 1) + [True]
                                                       if valid else [])


def test_a_span_crossing_a_quote_is_split_and_labelled_once():
    text = "0123456789"
    spans = [Span(2, 6, "quote", ("q",), {"data-k": "q"}),
             Span(4, 8, "entity", ("e",), {"data-k": "e"}, label="PER")]
    out = layered_html(text, spans)
    assert out == ('01<span class="q" data-k="q">23<span class="e" data-k="e">45</span>'
                   '</span><span class="e nf-cont" data-k="e" data-label="PER">67</span>89')


def test_record_renders_escaped_with_every_span_and_the_exact_text():
    record = _record()
    assert_valid("enriched_article", record)
    page = document("t", render_article(record))
    tree = parse(page)
    assert "".join(tree.text) == TEXT  # \r survives as &#13;, "<script>" stays text
    assert [t for t, _ in tree.tags if t in ("script", "img")] == ["script"]  # ours
    assert "<h2>Titel &lt;b&gt;fett&lt;/b&gt;</h2>" in page
    assert "window.pwned" not in page.split("<script>")[-1]
    spans, skipped = article_spans(record)
    assert skipped == 0
    assert {s.layer for s in spans} == {"quote", "speaker", "cue", "trigger", "entity", "date"}
    # one speaker element for both quotes, one cue/trigger each
    speaker = [s for s in spans if s.layer == "speaker"]
    assert len(speaker) == 1 and speaker[0].attrs["data-speaker-of"] == "q1 q2"
    starts = {a.get("data-q") for t, a in tree.tags if "nf-quote-card" in a.get("class", "")}
    assert starts == {"q1", "q2"}
    card = next(a for t, a in tree.tags if a.get("data-q") == "q1" and "nf-card" in a["class"])
    assert card["data-speaker"] == "Angela Merkel" and card["data-entity"] == "e1"
    row = next(a for t, a in tree.tags if "nf-event-row" in a.get("class", ""))
    assert row["data-type"] == "politics.statement" and row["data-trigger"] == "sagte"
    assert "Berlin (DE)" in page and "2024-05-06" in page and "agent: Angela Merkel" in page


def test_offsets_outside_the_text_are_counted_not_rendered():
    record = _record()
    record["entities"][0]["mentions"].append({"text": "x", "start": len(TEXT), "end": 999})
    record["quotes"][1]["start"] = -1
    spans, skipped = article_spans(record)
    assert skipped == 2
    tree = parse(render_article(record))
    assert "".join(tree.text) == TEXT
    assert "2 span(s) with offsets outside the text" in render_article(record)


def test_recent_buffer_is_bounded_newest_first_one_entry_per_id():
    recent = RecentArticles(2)
    for n in ("a", "b", "a", "c"):
        recent.add(_record(id=n), n.encode())
    assert [r["id"] for r in recent.summaries()] == ["c", "a"]
    assert recent.get("b") is None and recent.get("a") == b"a"
    assert recent.summaries()[0]["quotes"] == 2
    off = RecentArticles(0)
    off.add(_record(), b"x")
    assert len(off) == 0


def test_recent_buffer_is_bounded_by_bytes_too():
    recent = RecentArticles(100, max_bytes=10)
    for n in ("a", "b", "c"):
        recent.add(_record(id=n), n.encode() * 4)  # 4 bytes each: two fit
    assert [r["id"] for r in recent.summaries()] == ["c", "b"] and recent.bytes == 8
    recent.add(_record(id="b"), b"b")  # a replaced entry gives its bytes back
    assert recent.bytes == 5 and [r["id"] for r in recent.summaries()] == ["b", "c"]
    recent.add(_record(id="huge"), b"x" * 11)  # larger than the whole buffer: not kept
    assert recent.get("huge") is None and len(recent) == 2


def test_worker_pages_link_by_quoted_id_and_render_the_record():
    recent = RecentArticles(5)
    record = _record(id="a/b ü")
    recent.add(record, json.dumps(record).encode())
    assert 'href="/inspect/a%2Fb%20%C3%BC"' in list_page(recent)
    assert "".join(parse(article_page(recent.get("a/b ü"))).text) == TEXT


def test_read_objects_accepts_lines_pretty_printed_and_arrays():
    problems: list[str] = []
    text = '{"id": 1}\nnot json\n{\n  "id": 2\n}\n[{"id": 3}, 4]\n'
    assert [o["id"] for o in read_objects(text, "f", problems)] == [1, 2, 3]
    assert problems == ["f:2: not JSON (Expecting value)", "f:6: not a JSON object"]


def test_cli_writes_one_page_and_names_what_it_could_not_show(tmp_path, capsys):
    wrapped = {"topic": "articles.enriched", "partition": 0, "offset": 7, "key": "w",
               "value": _record(id="wrapped")}
    lines = [json.dumps(_record()), json.dumps({"id": "bad", "error": {
        "code": "empty_text", "message": "text is empty"}}), "{broken", json.dumps(wrapped)]
    src = tmp_path / "enriched.jsonl"
    src.write_text("\n".join(lines) + "\n")
    assert main(["inspect", str(src)]) == 1
    page = (tmp_path / "enriched.html").read_text()
    err = capsys.readouterr().err
    assert "enriched.jsonl:3: not JSON" in err and "bad: not enriched (empty_text" in err
    assert "2 article(s)" in err
    tree = parse(page)
    assert [a["data-article-id"] for t, a in tree.tags if t == "article"] == ["art-<1>",
                                                                            "wrapped"]
    assert "".join(tree.text) == TEXT * 2
    assert "http" not in page.replace("http-equiv", "")  # nothing to fetch


def test_cli_enriches_raw_articles_and_fails_without_input(tmp_path, monkeypatch, capsys):
    monkeypatch.setenv("NEWSFLOW_PIPELINE_DE", "blank:de")
    src = tmp_path / "raw.jsonl"
    text = TEXT.replace("\r\n", "\n")  # raw input gets its line ends normalised
    src.write_text(json.dumps({"id": "r1", "language": "de", "text": text}) + "\n")
    out = tmp_path / "out.html"
    assert main(["inspect", str(src), "-o", str(out)]) == 0
    assert "1 enriched here" in capsys.readouterr().err
    tree = parse(out.read_text())
    assert "".join(tree.text) == text
    assert [a["data-article-id"] for t, a in tree.tags if t == "article"] == ["r1"]
    assert main(["inspect", str(tmp_path / "missing.jsonl")]) == 2
    (tmp_path / "junk.jsonl").write_text("junk\n")
    assert main(["inspect", str(tmp_path / "junk.jsonl")]) == 2
