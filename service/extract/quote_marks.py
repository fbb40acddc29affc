"""Finds quoted stretches of text by the quotation-mark conventions of German and English.

One left-to-right pass with a small stack, so the cost is linear in the text length whatever
the marks are. Rules that keep it from going wrong on real news:

- German „…“ (and the sloppy „…”), »…«, «…», English “…”, straight "…" are outer quotes;
  ‚…‘, ‘…’, ›…‹ and straight '…' only count as nested quotes inside an outer one, so an
  apostrophe (Putins', don't, '90s) can never open a quote.
- A quote never crosses a paragraph break unless the next paragraph opens with the same mark
  (the convention for quotes that run over several paragraphs).
- A quote left open at the end of its paragraph is reported with ``closed=False`` and ends
  there: an unbalanced mark never swallows the rest of the article.
"""

from __future__ import annotations

from dataclasses import dataclass

# opening mark -> closing marks
OUTER = {"„": "“”\"", "»": "«", "«": "»", "“": "”", '"': '"', "‘": "’"}
SINGLE = {"‘"}  # British outer quotes; only where no double quote is open
NESTED = {"‚": "‘’", "‘": "’", "›": "‹", "'": "'"}
CLOSE_PUNCT_BEFORE_OPEN = set(" \t\n([{—–-/:;,")


@dataclass(frozen=True)
class QuoteSpan:
    """Character offsets of a quotation: ``start``/``end`` exclude the marks."""

    open_at: int
    start: int
    end: int
    close_at: int  # index just past the closing mark (== end when not closed)
    mark: str
    closed: bool
    paragraphs: int = 1


def _is_word(ch: str) -> bool:
    return ch.isalnum()


def find_quotes(text: str) -> list[QuoteSpan]:
    """All outer quotations in ``text``, in order."""
    spans: list[QuoteSpan] = []
    n = len(text)
    outer: tuple[str, int] | None = None  # (mark, index of the mark)
    nested: list[str] = []
    paragraphs = 1
    i = 0
    while i < n:
        ch = text[i]
        prev = text[i - 1] if i > 0 else " "
        nxt = text[i + 1] if i + 1 < n else " "
        if ch == "\n":
            if outer is not None:
                j = i + 1
                while j < n and text[j] in " \t\r\n":
                    j += 1
                fragment = outer[0] == '"' and text[outer[1] + 1:outer[1] + 2].islower()
                if j < n and text[j] == outer[0] and not fragment:
                    paragraphs += 1  # quote continues in the next paragraph
                    i = j + 1
                    nested.clear()
                    continue
                spans.append(_span(text, outer, i, closed=False, paragraphs=paragraphs))
                outer, paragraphs = None, 1
                nested.clear()
            i += 1
            continue
        if outer is None:
            if ch in OUTER and _can_open(ch, prev, nxt) \
                    and (ch not in SINGLE or _is_word(nxt)):
                outer, paragraphs = (ch, i), 1
                nested.clear()
            i += 1
            continue
        mark = outer[0]
        if ch in OUTER[mark] and _can_close(ch, prev, nxt, mark):
            spans.append(_span(text, outer, i, closed=True, paragraphs=paragraphs))
            outer = None
            nested.clear()
        elif nested and ch in NESTED[nested[-1]] and not (_is_word(prev) and _is_word(nxt)):
            nested.pop()
        elif ch in NESTED and not _is_word(prev) and _is_word(nxt) and ch not in OUTER[mark]:
            nested.append(ch)
        elif ch == '"' and mark != '"':
            pass  # straight quotes inside typographic ones: nested, ignored
        i += 1
    if outer is not None:
        spans.append(_span(text, outer, n, closed=False, paragraphs=paragraphs))
    return spans


def _can_open(ch: str, prev: str, nxt: str) -> bool:
    if nxt.isspace() and ch != "«":  # French/Swiss « … » are spaced
        return False
    if ch in '"“‘':  # ambiguous marks open only at a word start
        return prev.isspace() or prev in CLOSE_PUNCT_BEFORE_OPEN or prev in "„»«(["
    return True


def _can_close(ch: str, prev: str, nxt: str, mark: str) -> bool:
    if ch == '"':
        return not prev.isspace()
    if ch == "’" and mark == "‘":
        return not prev.isspace() and not _is_word(nxt)  # it’s, don’t: apostrophes
    if (ch == "“" and mark == "„") or (ch == "»" and mark == "«"):
        return True
    return not (prev.isspace() and _is_word(nxt))


def _span(text: str, outer: tuple[str, int], at: int, *, closed: bool,
          paragraphs: int) -> QuoteSpan:
    open_at = outer[1]
    start = open_at + 1
    end = at
    # trim whitespace inside the marks
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    return QuoteSpan(open_at, start, end, at + 1 if closed else end, outer[0], closed, paragraphs)
