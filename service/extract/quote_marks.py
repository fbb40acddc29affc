"""Finds quoted stretches of text by the quotation-mark conventions of German and English.

One left-to-right pass with a small stack, so the cost is linear in the text length whatever
the marks are. Rules that keep it from going wrong on real news:

- German „…“ (and the sloppy „…”), »…«, «…», English “…”, straight "…" are outer quotes;
  so are single ‘…’ and German ‚…‘ where no double quote is open (‚schwarzer Tag‘);
  ›…‹ and straight '…' only count as nested quotes inside an outer one, so an apostrophe
  (Putins', don't, '90s) can never open a quote.
- A quote never crosses a paragraph break unless the next paragraph opens with the same mark
  (the convention for quotes that run over several paragraphs).
- A quote left open at the end of its paragraph is reported with ``closed=False`` and ends
  there: an unbalanced mark never swallows the rest of the article.
- Two apostrophes (''…'', the New York Times' wire style) or two backticks (``…'') are a
  double quote. They are read as a straight mark plus a space, which keeps every offset.
"""

from __future__ import annotations

from dataclasses import dataclass

# opening mark -> closing marks
OUTER = {"„": "“”\"", "»": "«", "«": "»", "“": "”", '"': '"', "‘": "’", "‚": "‘’"}
# British ‘…’ and German ‚…‘ outer quotes: only where no double quote is open, before a word
SINGLE = {"‘", "‚"}
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


def _double_marks(text: str) -> str:
    """Two apostrophes or backticks as a quotation mark → a straight mark with a space on its
    outer side (same length, so offsets into the result are offsets into ``text``)."""
    if "''" not in text and "``" not in text:
        return text
    chars = list(text)
    n = len(text)
    i = 0
    while i < n - 1:
        pair = text[i:i + 2]
        if pair in ("''", "``") and (i + 2 >= n or text[i + 2] not in "'`") \
                and (i == 0 or text[i - 1] not in "'`"):
            before = text[i - 1] if i > 0 else " "
            after = text[i + 2] if i + 2 < n else " "
            opening = (before.isspace() or before in CLOSE_PUNCT_BEFORE_OPEN) \
                and not after.isspace()
            if pair == "``" or opening:
                chars[i], chars[i + 1] = " ", '"'
            elif not before.isspace():
                chars[i], chars[i + 1] = '"', " "
            i += 2
            continue
        i += 1
    return "".join(chars)


def find_quotes(text: str) -> list[QuoteSpan]:
    """All outer quotations in ``text``, in order."""
    scan = _double_marks(text)
    spans = _find(scan)
    if scan is text:
        return spans
    out = []
    for q in spans:  # a two-character mark: the span of the marks covers both characters
        open_at = q.open_at - 1 if text[q.open_at - 1:q.open_at + 1] in ("''", "``") \
            else q.open_at
        close_at = q.close_at + 1 if q.closed and text[q.close_at - 1:q.close_at + 1] == "''" \
            else q.close_at
        out.append(QuoteSpan(open_at, q.start, q.end, close_at, q.mark, q.closed, q.paragraphs))
    return out


def _find(text: str) -> list[QuoteSpan]:
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
