"""Enriched record → HTML: the article's own text with every extracted span marked in place.

Spans overlap freely (a quote holds entities, a mixed quote's content holds its speaker, an
entity may cross a quote's edge), but HTML elements must nest. :func:`layered_html` therefore
splits a span into fragments wherever an enclosing span ends first, and reopens it after: the
markup is always well formed and the text nodes, read in order, are exactly the article text.
Offsets are code-point offsets (as in the schemas) and are applied here, in Python, so the
browser never has to reconcile them with its UTF-16 strings.
"""

from __future__ import annotations

import html
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field
from typing import Any

from service.inspector.assets import CSP, CSS, JS

# outermost first when two spans start together and end together
LAYERS = ("content", "quote", "speaker", "cue", "trigger", "entity", "date")
RANK = {name: n for n, name in enumerate(LAYERS)}
ENTITY_TYPES = ("PER", "ORG", "LOC", "MISC")


@dataclass
class Span:
    """One marked range of the text; ``label`` is shown (by CSS) after its last fragment."""

    start: int
    end: int
    layer: str
    classes: tuple[str, ...]
    attrs: dict[str, str] = field(default_factory=dict)
    title: str = ""
    label: str = ""


def esc(value: Any) -> str:
    return html.escape("" if value is None else str(value), quote=True)


def _text(value: str) -> str:
    # a raw CR would be turned into LF by the HTML parser: write it as a reference
    return html.escape(value, quote=False).replace("\r", "&#13;")


def _open(span: Span, final: bool, first: bool) -> str:
    classes = list(span.classes)
    if not first:
        classes.append("nf-cont")
    parts = [f'<span class="{esc(" ".join(classes))}"']
    parts += [f' {name}="{esc(value)}"' for name, value in span.attrs.items()]
    if span.title:
        parts.append(f' title="{esc(span.title)}"')
    if final and span.label:
        parts.append(f' data-label="{esc(span.label)}"')
    parts.append(">")
    return "".join(parts)


def _order(span: Span) -> tuple[int, int]:
    return (-span.end, RANK.get(span.layer, len(LAYERS)))


def layered_html(text: str, spans: Iterable[Span]) -> str:
    """``text`` escaped, with each valid span wrapped in (fragments of) ``<span>`` elements.

    Spans outside the text or empty are ignored (see :func:`article_spans`, which counts them).
    """
    n = len(text)
    starts: dict[int, list[Span]] = {}
    points = {0, n}
    for span in spans:
        if 0 <= span.start < span.end <= n:
            starts.setdefault(span.start, []).append(span)
            points.update((span.start, span.end))
    out: list[str] = []
    # open fragments, outermost first, with the position where each fragment must close: its
    # own end or an enclosing fragment's end, whichever comes first (never increasing upwards)
    stack: list[tuple[Span, int]] = []
    pos = 0
    for p in sorted(points):
        if p > pos:
            out.append(_text(text[pos:p]))
            pos = p
        reopen: list[Span] = []
        if stack and stack[-1][1] == p:
            i = len(stack)
            while i > 0 and stack[i - 1][1] == p:
                i -= 1
            closing = stack[i:]
            del stack[i:]
            out.append("</span>" * len(closing))
            reopen = [s for s, _ in closing if s.end > p]
        opening = [(s, False) for s in reopen] + [(s, True) for s in starts.get(p, ())]
        opening.sort(key=lambda item: _order(item[0]))
        for span, first in opening:
            limit = min(span.end, stack[-1][1]) if stack else span.end
            out.append(_open(span, final=limit == span.end, first=first))
            stack.append((span, limit))
    return "".join(out)


def _int(value: Any) -> int | None:
    return value if isinstance(value, int) and not isinstance(value, bool) else None


def _offsets(obj: Any) -> tuple[int, int] | None:
    if not isinstance(obj, dict):
        return None
    start, end = _int(obj.get("start")), _int(obj.get("end"))
    return (start, end) if start is not None and end is not None else None


def _dicts(value: Any) -> list[dict[str, Any]]:
    return [v for v in value if isinstance(v, dict)] if isinstance(value, list) else []


def article_spans(record: dict[str, Any]) -> tuple[list[Span], int]:
    """Every span of the record to mark, and how many had offsets outside the text."""
    text = record.get("text") if isinstance(record.get("text"), str) else ""
    names = {e.get("id"): e.get("name") for e in _dicts(record.get("entities"))}
    spans: list[Span] = []
    shared: dict[tuple[str, int, int], Span] = {}  # speaker/cue/trigger ranges used twice

    def add(offsets: tuple[int, int] | None, span: Span) -> None:
        if offsets is not None:
            span.start, span.end = offsets
            spans.append(span)

    def add_shared(offsets: tuple[int, int] | None, layer: str, cls: str, attr: str,
                   ident: str, title: str) -> None:
        if offsets is None:
            return
        key = (layer, *offsets)
        if key in shared:
            span = shared[key]
            span.attrs[attr] += " " + ident
            span.title += "; " + title
        else:
            span = shared[key] = Span(offsets[0], offsets[1], layer, (cls,), {attr: ident},
                                      title)
            spans.append(span)

    for q in _dicts(record.get("quotes")):
        qid, kind = str(q.get("id", "")), str(q.get("kind", ""))
        speaker = q.get("speaker") if isinstance(q.get("speaker"), dict) else None
        who = speaker.get("text", "") if speaker else "not found"
        add(_offsets(q), Span(0, 0, "quote", ("nf-q", f"nf-q-{kind}"), {"data-q": qid},
                              f"{kind} quote {qid}; speaker: {who}"))
        if isinstance(q.get("content"), dict):
            add(_offsets(q["content"]), Span(0, 0, "content", ("nf-content",), {"data-q": qid},
                                             f"reported content of {qid}"))
        add_shared(_offsets(speaker), "speaker", "nf-speaker", "data-speaker-of", qid,
                   f"speaker of {qid}")
        add_shared(_offsets(q.get("cue")), "cue", "nf-cue", "data-cue-of", qid,
                   f"cue of {qid}")
    for ev in _dicts(record.get("events")):
        add_shared(_offsets(ev.get("trigger")), "trigger", "nf-trigger", "data-ev",
                   str(ev.get("id", "")), str(ev.get("type", "")))
    for ent in _dicts(record.get("entities")):
        etype = str(ent.get("type", "MISC"))
        etype = etype if etype in ENTITY_TYPES else "MISC"
        for m in _dicts(ent.get("mentions")):
            add(_offsets(m), Span(0, 0, "entity", ("nf-ent", f"nf-{etype}"),
                                  {"data-ent": str(ent.get("id", ""))},
                                  f"{etype} · {names.get(ent.get('id'), '')} ({ent.get('id')})",
                                  etype))
    for d in _dicts(record.get("dates")):
        mod = f", {d['mod']}" if d.get("mod") else ""
        add(_offsets(d), Span(0, 0, "date", ("nf-ent", "nf-DATE"), {},
                              f"{d.get('value')} ({d.get('granularity')}{mod})", "DATE"))
    valid = [s for s in spans if 0 <= s.start < s.end <= len(text)]
    return valid, len(spans) - len(valid)


def summary(record: dict[str, Any]) -> dict[str, Any]:
    """What a list of articles shows of one record (kept in the worker's buffer instead of the
    whole record's parsed form)."""
    text = record.get("text")
    title = record.get("title")
    return {
        "id": str(record.get("id", "")),
        "title": (title if isinstance(title, str) else "")[:300],
        "language": str(record.get("language", "")),
        "chars": len(text) if isinstance(text, str) else 0,
        "quotes": len(_dicts(record.get("quotes"))),
        "events": len(_dicts(record.get("events"))),
        "entities": len(_dicts(record.get("entities"))),
        "processed_at": str(record.get("processed_at", "")),
        "error": record.get("error") if "error" in record else None,
    }


def index_table(rows: Sequence[dict[str, Any]], href: Callable[[int, dict[str, Any]], str]
                ) -> str:
    """A table of articles (from :func:`summary`), each linked with ``href(position, row)``."""
    head = ("<tr><th>#</th><th>id</th><th>title</th><th>lang</th><th>chars</th>"
            "<th>quotes</th><th>events</th><th>entities</th><th>processed</th></tr>")
    body = []
    for i, row in enumerate(rows):
        if row.get("error"):
            err = row["error"] if isinstance(row["error"], dict) else {}
            body.append(f"<tr class=\"nf-warn\"><td class=\"nf-num\">{i + 1}</td>"
                        f"<td>{esc(row['id'])}</td><td colspan=\"7\">not enriched: "
                        f"<code>{esc(err.get('code'))}</code> {esc(err.get('message'))}"
                        "</td></tr>")
            continue
        body.append(
            f'<tr><td class="nf-num">{i + 1}</td>'
            f'<td><a href="{esc(href(i, row))}">{esc(row["id"])}</a></td>'
            f"<td>{esc(row['title'])}</td><td>{esc(row['language'])}</td>"
            + "".join(f'<td class="nf-num">{row[k]}</td>'
                      for k in ("chars", "quotes", "events", "entities"))
            + f"<td>{esc(row['processed_at'])}</td></tr>")
    return f'<table class="nf-index">{head}{"".join(body)}</table>'


def _speaker_parts(q: dict[str, Any], names: dict[Any, Any]) -> tuple[str, str]:
    speaker = q.get("speaker") if isinstance(q.get("speaker"), dict) else None
    if not speaker:
        return "", ""
    return str(speaker.get("text", "")), str(speaker.get("entity_id", "") or "")


def _quote_cards(record: dict[str, Any], names: dict[Any, Any]) -> str:
    cards = []
    for q in _dicts(record.get("quotes")):
        qid, kind = str(q.get("id", "")), str(q.get("kind", ""))
        speaker, entity = _speaker_parts(q, names)
        cue = q.get("cue") if isinstance(q.get("cue"), dict) else None
        conf = q.get("confidence")
        who = (f'<b class="nf-speaker-name">{esc(speaker)}</b>' if speaker
               else '<i class="nf-muted">not found</i>')
        if entity:
            who += f' <span class="nf-muted">({esc(entity)} · {esc(names.get(entity))})</span>'
        quoted = str(q.get("text", ""))
        cards.append(
            f'<li class="nf-card nf-quote-card" data-q="{esc(qid)}" data-kind="{esc(kind)}" '
            f'data-speaker="{esc(speaker)}" data-entity="{esc(entity)}">'
            f'<span class="nf-badge nf-q-{esc(kind)}">{esc(kind)}</span> '
            f'<span class="nf-muted">{esc(qid)} · confidence {esc(conf)}</span>'
            f"<blockquote>“{esc(quoted[:400])}{'…' if len(quoted) > 400 else ''}”</blockquote>"
            f"<div>Speaker: {who}</div>"
            + (f'<div class="nf-muted">cue: {esc(cue.get("text"))} ({esc(cue.get("lemma"))})'
               "</div>" if cue else "")
            + "</li>")
    return f'<ol class="nf-quotes">{"".join(cards)}</ol>'


def _place(loc: Any) -> str:
    if not isinstance(loc, dict):
        return ""
    country = f" ({loc['country']})" if loc.get("country") else ""
    return esc(f"{loc.get('text', '')}{country}")


def _time(t: Any) -> str:
    if not isinstance(t, dict):
        return ""
    bits = [str(t.get("granularity", ""))] + (["reporting time"] if t.get("reporting_time")
                                              else []) + ([str(t["mod"])] if t.get("mod") else [])
    said = f"“{t['text']}” " if t.get("text") else ""
    return esc(f"{said}{t.get('value', '')} ({', '.join(b for b in bits if b)})")


def _event_rows(record: dict[str, Any]) -> str:
    rows = []
    for ev in _dicts(record.get("events")):
        trig = ev.get("trigger") if isinstance(ev.get("trigger"), dict) else {}
        actors = "<br>".join(f"{esc(a.get('role'))}: {esc(a.get('text'))}"
                             for a in _dicts(ev.get("actors")))
        rows.append(
            f'<tr class="nf-event-row" data-ev="{esc(ev.get("id", ""))}" '
            f'data-type="{esc(ev.get("type"))}" data-trigger="{esc(trig.get("text"))}">'
            f'<td><b>{esc(trig.get("text"))}</b><br><span class="nf-muted">'
            f'{esc(trig.get("lemma"))}</span></td>'
            f'<td><code>{esc(ev.get("type"))}</code><br><span class="nf-muted">'
            f'{esc(ev.get("modality", ""))} · {esc(ev.get("confidence"))}</span></td>'
            f"<td>{actors}</td><td>{_place(ev.get('location'))}</td>"
            f"<td>{_time(ev.get('time'))}</td></tr>")
    head = ("<tr><th>trigger</th><th>type</th><th>actors (role)</th><th>place</th>"
            "<th>time</th></tr>")
    return f'<table class="nf-events">{head}{"".join(rows)}</table>'


def _entity_list(record: dict[str, Any]) -> str:
    items = []
    for ent in _dicts(record.get("entities")):
        etype = str(ent.get("type", "MISC"))
        items.append(f'<li><span class="nf-ent nf-{esc(etype)}">{esc(ent.get("name"))}</span> '
                     f'<span class="nf-muted">{esc(etype)} · {esc(ent.get("id"))} · '
                     f'{len(_dicts(ent.get("mentions")))} mention(s)</span></li>')
    return f'<ul class="nf-list">{"".join(items)}</ul>'


def _date_list(record: dict[str, Any]) -> str:
    items = [f'<li><span class="nf-ent nf-DATE">{esc(d.get("text"))}</span> → '
             f'<code>{esc(d.get("value"))}</code> <span class="nf-muted">'
             f'{esc(d.get("granularity"))}</span></li>' for d in _dicts(record.get("dates"))]
    return f'<ul class="nf-list">{"".join(items)}</ul>'


LEGEND = ('<div class="nf-legend">' + "".join(
    f'<span class="nf-ent nf-{t}">{t}</span>' for t in (*ENTITY_TYPES, "DATE"))
    + '<span class="nf-q-direct">direct quote</span><span class="nf-q-indirect">indirect '
      'quote</span><span class="nf-q-mixed">mixed quote</span><span class="nf-speaker">'
      'speaker</span><span class="nf-cue">cue</span><span class="nf-trigger">event trigger'
      "</span></div>")


def render_article(record: dict[str, Any], anchor: str = "article") -> str:
    """One article as an ``<article>`` element: marked text beside its quotes and events."""
    text = record.get("text") if isinstance(record.get("text"), str) else ""
    spans, skipped = article_spans(record)
    names = {e.get("id"): e.get("name") for e in _dicts(record.get("entities"))}
    processor = record.get("processor") if isinstance(record.get("processor"), dict) else {}
    pipeline = processor.get("pipeline") if isinstance(processor.get("pipeline"), dict) else {}
    meta = " · ".join(esc(v) for v in (
        f"id {record.get('id')}", record.get("language"), record.get("published_at"),
        record.get("source"), f"{len(text):,} characters",
        f"pipeline {pipeline.get('name')} {pipeline.get('version')}" if pipeline else None,
        f"processed {record.get('processed_at')}" if record.get("processed_at") else None)
        if v)
    url = record.get("url")
    link = (f' · <a href="{esc(url)}" rel="noreferrer noopener">{esc(url)}</a>'
            if isinstance(url, str) and url.startswith(("http://", "https://")) else "")
    notes = []
    if skipped:
        notes.append(f"{skipped} span(s) with offsets outside the text were not marked")
    for w in _dicts(record.get("warnings")):
        notes.append(f"{w.get('component')}: {w.get('code')} {w.get('message', '')}")
    warn = "".join(f'<p class="nf-warn">⚠ {esc(n)}</p>' for n in notes)
    n_q, n_e = len(_dicts(record.get("quotes"))), len(_dicts(record.get("events")))
    lang = record.get("language") if isinstance(record.get("language"), str) else ""
    return (
        f'<article class="nf-article" id="{esc(anchor)}" data-article-id="'
        f'{esc(record.get("id"))}"><h2>{esc(record.get("title") or record.get("id"))}</h2>'
        f'<p class="nf-muted">{meta}{link}</p>{warn}{LEGEND}<div class="nf-body">'
        f'<div class="nf-text" lang="{esc(lang)}">{layered_html(text, spans)}</div>'
        '<aside class="nf-side"><div class="nf-selection" aria-live="polite">Click a quote '
        "to see its speaker, or an event trigger.</div>"
        f"<h3>Quotes ({n_q})</h3>{_quote_cards(record, names)}"
        f"<h3>Events ({n_e})</h3>{_event_rows(record)}"
        f"<h3>Entities ({len(names)})</h3>{_entity_list(record)}"
        f"<h3>Dates ({len(_dicts(record.get('dates')))})</h3>{_date_list(record)}"
        "</aside></div></article>")


def document(title: str, body: str, top: str = "") -> str:
    """A whole page: inline CSS and script only, and a policy that forbids any fetch."""
    return (
        '<!DOCTYPE html><html lang="en"><head><meta charset="utf-8">'
        f'<meta http-equiv="Content-Security-Policy" content="{CSP}">'
        '<meta name="viewport" content="width=device-width, initial-scale=1">'
        f"<title>{esc(title)}</title><style>{CSS}</style></head><body>"
        f'<header class="nf-top"><b>newsflow inspect</b> · {esc(title)}{top}</header>'
        f"<main>{body}</main><script>{JS}</script></body></html>\n")
