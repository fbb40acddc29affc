"""The page's CSS and JavaScript, inline: the HTML file must open anywhere (offline, attached to
a ticket) and must never fetch anything, so nothing is loaded from elsewhere."""

from __future__ import annotations

# no fetches at all (CSP), only the inline style and script below
CSP = ("default-src 'none'; style-src 'unsafe-inline'; script-src 'unsafe-inline'; "
       "img-src data:; base-uri 'none'; form-action 'none'")

CSS = """
:root { --per:#aa9cfc; --org:#7aecec; --loc:#ff9561; --misc:#ddd; --date:#bfe1d9;
        --q-direct:#fff2a8; --q-indirect:#dcecff; --q-mixed:#f5dcff; --active:#e4572e; }
* { box-sizing: border-box; }
body { font: 15px/1.5 system-ui, -apple-system, "Segoe UI", sans-serif; margin: 0;
       color: #222; background: #fafafa; }
header.nf-top { padding: .6em 1.2em; background: #263238; color: #fff; }
header.nf-top a { color: #b3e5fc; }
main { padding: 0 1.2em 2em; }
.nf-muted { color: #777; font-size: .9em; }
.nf-index { width: 100%; border-collapse: collapse; margin: 1em 0; background: #fff; }
.nf-index th, .nf-index td { border-bottom: 1px solid #e0e0e0; padding: .3em .5em;
                             text-align: left; vertical-align: top; }
.nf-index td.nf-num { text-align: right; font-variant-numeric: tabular-nums; }
.nf-article { background: #fff; border: 1px solid #ddd; border-radius: 6px; margin: 1.2em 0;
              padding: .8em 1em; }
.nf-article h2 { margin: .2em 0; font-size: 1.25em; }
.nf-legend span { margin-right: .6em; padding: 0 .35em; border-radius: 3px; font-size: .8em; }
.nf-body { display: flex; gap: 1.2em; align-items: flex-start; }
.nf-text { flex: 3 1 0; min-width: 0; white-space: pre-wrap; overflow-wrap: anywhere;
           line-height: 2.1; font-size: 1.02em; }
.nf-side { flex: 2 1 0; min-width: 18em; max-height: 92vh; overflow: auto; position: sticky;
           top: .5em; font-size: .92em; }
.nf-side h3 { font-size: 1em; margin: .9em 0 .3em; }
.nf-selection { position: sticky; top: 0; z-index: 2; background: #fff8e1;
                border: 1px solid #ffe082; border-radius: 4px; padding: .4em .6em; }
.nf-ent { padding: .1em .2em; border-radius: .3em; }
.nf-ent[data-label]::after { content: attr(data-label); font-size: .62em; font-weight: 700;
                             text-transform: uppercase; vertical-align: middle;
                             margin-left: .3em; opacity: .75; }
.nf-PER { background: var(--per); } .nf-ORG { background: var(--org); }
.nf-LOC { background: var(--loc); } .nf-MISC { background: var(--misc); }
.nf-DATE { background: var(--date); }
.nf-q { cursor: pointer; padding: .15em 0; }
.nf-q-direct { background: var(--q-direct); } .nf-q-indirect { background: var(--q-indirect); }
.nf-q-mixed { background: var(--q-mixed); }
.nf-content { border-bottom: 2px dotted #b07cc6; cursor: pointer; }
.nf-speaker { border-bottom: 3px solid #555; cursor: pointer; }
.nf-cue { font-style: italic; text-decoration: underline wavy #888; }
.nf-trigger { border: 1px solid #2e7d32; border-radius: 3px; cursor: pointer; }
.nf-text .nf-active { outline: 3px solid var(--active); outline-offset: 1px; }
.nf-text .nf-speaker.nf-active, .nf-text .nf-speaker.nf-active .nf-ent {
  background: var(--active); color: #fff; }
.nf-text .nf-coref { box-shadow: 0 0 0 2px var(--active) inset; }
.nf-card { border: 1px solid #e0e0e0; border-radius: 4px; padding: .35em .5em;
           margin: .3em 0; list-style: none; cursor: pointer; }
.nf-card.nf-active, .nf-event-row.nf-active { border-color: var(--active);
                                              background: #fff3ef; }
.nf-card blockquote { margin: .2em 0; max-height: 6em; overflow: hidden; }
ol.nf-quotes, ul.nf-list { padding-left: 0; margin: 0; }
ul.nf-list li { list-style: none; }
.nf-badge { font-size: .75em; padding: 0 .4em; border-radius: 3px; }
table.nf-events { border-collapse: collapse; width: 100%; }
table.nf-events td, table.nf-events th { border-bottom: 1px solid #eee; padding: .2em .3em;
                                         vertical-align: top; text-align: left; }
.nf-event-row { cursor: pointer; }
.nf-warn { color: #8a4b00; }
code { font-size: .9em; }
"""

# Event delegation: one listener for the whole page, so a 150,000-character article with
# thousands of marked spans costs nothing per span.
JS = r"""
(function () {
  "use strict";
  function esc(v) { return window.CSS && CSS.escape ? CSS.escape(v) : v.replace(/["\\]/g, "\\$&"); }
  function clear(root) {
    root.querySelectorAll(".nf-active, .nf-coref").forEach(function (el) {
      el.classList.remove("nf-active", "nf-coref");
    });
  }
  function mark(root, selector, cls) {
    var found = root.querySelectorAll(selector);
    found.forEach(function (el) { el.classList.add(cls); });
    return found;
  }
  function say(root, text) {
    var box = root.querySelector(".nf-selection");
    if (box) { box.textContent = text; }
  }
  function selectQuote(root, id, fromText) {
    clear(root);
    var q = esc(id);
    var card = root.querySelector('.nf-quote-card[data-q="' + q + '"]');
    var parts = mark(root, '.nf-text [data-q~="' + q + '"]', "nf-active");
    var speakers = mark(root, '.nf-text [data-speaker-of~="' + q + '"]', "nf-active");
    mark(root, '.nf-text [data-cue-of~="' + q + '"]', "nf-active");
    var speaker = card ? card.getAttribute("data-speaker") : "";
    var entity = card ? card.getAttribute("data-entity") : "";
    if (entity) { mark(root, '.nf-text [data-ent="' + esc(entity) + '"]', "nf-coref"); }
    if (card) {
      card.classList.add("nf-active");
      card.scrollIntoView({block: "nearest"});
    }
    say(root, "Quote " + id + (card ? " (" + card.getAttribute("data-kind") + ")" : "") +
        " \u2014 speaker: " + (speaker || "not found") +
        (speakers.length ? "" : (speaker ? " (no position in the text)" : "")));
    if (!fromText && parts[0]) { parts[0].scrollIntoView({block: "nearest"}); }
  }
  function selectEvent(root, id, fromText) {
    clear(root);
    var e = esc(id);
    var row = root.querySelector('.nf-event-row[data-ev="' + e + '"]');
    var triggers = mark(root, '.nf-text [data-ev~="' + e + '"]', "nf-active");
    if (row) {
      row.classList.add("nf-active");
      row.scrollIntoView({block: "nearest"});
    }
    say(root, "Event " + id + (row ? " (" + row.getAttribute("data-type") + ")" : "") +
        " \u2014 trigger: " + (row ? row.getAttribute("data-trigger") : ""));
    if (!fromText && triggers[0]) { triggers[0].scrollIntoView({block: "nearest"}); }
  }
  document.addEventListener("click", function (ev) {
    var root = ev.target.closest(".nf-article");
    if (!root) { return; }
    var t = ev.target.closest(".nf-text [data-q], .nf-text [data-ev], " +
                              ".nf-text [data-speaker-of], .nf-quote-card, .nf-event-row");
    if (!t) { return; }
    var inText = !!t.closest(".nf-text");
    var q = t.getAttribute("data-q") || t.getAttribute("data-speaker-of");
    if (q) { selectQuote(root, q.split(" ")[0], inText); return; }
    var e = t.getAttribute("data-ev");
    if (e) { selectEvent(root, e.split(" ")[0], inText); }
  });
})();
"""
