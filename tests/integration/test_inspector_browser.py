"""The inspector in a real headless browser (Debian's Chromium, driven by Playwright; installed
by scripts/browser.sh): the page shows the article text exactly, runs nothing from the article,
fetches nothing, and a click on a quote shows its speaker: on the seed, on a 150,000-character
article, and on a live worker's ``/inspect`` pages (real broker, NEWSFLOW_BROKER)."""

from __future__ import annotations

import asyncio
import json
import time
import uuid
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path
from urllib.parse import quote

import pytest

from service.cli import main
from service.config import Settings
from service.extract.pipeline import Extractor
from tests.conftest import ROOT, assert_valid
from tests.integration.test_stream import _get, _publish, worker  # noqa: F401 (fixture)

pytestmark = pytest.mark.integration

CHROMIUM = Path("/usr/bin/chromium")
# Playwright adds --headless and a fresh temporary --user-data-dir itself
FLAGS = ["--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
         "--disable-background-networking", "--disable-component-update", "--disable-sync"]
BIG = 150_000
HOSTILE = ("Der Sprecher Hans Müller sagte am Montag in Berlin: „Das ist <script>window.pwned"
           "=1</script><img src=x onerror=\"window.pwned=2\"> &amp; nicht hinnehmbar.“ "
           "Die Opposition widersprach.")


def _test_articles() -> list[str]:
    texts = []
    for name in ("quotes", "events", "timex"):
        for line in (ROOT / "tests" / "data" / name / "de.jsonl").read_text().splitlines():
            if line.strip():
                texts.append(json.loads(line)["text"])
    return texts


def _shift(obj: dict | None, by: int) -> None:
    if obj and obj.get("start") is not None:
        obj["start"] += by
        obj["end"] += by


def _stitch(parts: list[dict], length: int, sep: str = "\n\n") -> dict:
    """One enriched record for the parts' texts one after another (cycling) up to ``length``
    characters: their spans moved to the new offsets, ids made unique. (Extraction of one
    150,000-character document takes about a minute here, of its 268 articles seconds.)"""
    big = {k: v for k, v in parts[0].items() if k not in ("text", "title")}
    big.update(id="big", title="Big", text="", entities=[], quotes=[], events=[], dates=[])
    big.pop("speech_events", None)
    n = 0
    while len(big["text"]) < length:
        part = json.loads(json.dumps(parts[n % len(parts)]))
        by, p = len(big["text"]), f"p{n}-"
        big["text"] += part["text"] + sep
        n += 1

        def eid(item: dict | None, p: str = p) -> None:
            if item and item.get("entity_id"):
                item["entity_id"] = p + item["entity_id"]

        for e in part["entities"]:
            e["id"] = p + e["id"]
            for m in e["mentions"]:
                _shift(m, by)
        for q in part["quotes"]:
            q["id"] = p + q["id"]
            for obj in (q, q["speaker"], q["cue"], q.get("content")):
                _shift(obj, by)
            eid(q["speaker"])
        for ev in part["events"]:
            ev["id"] = p + ev["id"]
            _shift(ev["trigger"], by)
            _shift(ev["sentence"], by)
            for a in ev["actors"]:
                eid(a)
            eid(ev["location"])
        for d in part["dates"]:
            _shift(d, by)
        for key in ("entities", "quotes", "events", "dates"):
            big[key] += part[key]
    big["text"] = big["text"][:length]

    def inside(*objs: dict | None) -> bool:  # drop whatever the cut went through
        return all(o is None or o.get("end", 0) <= length for o in objs)

    big["quotes"] = [q for q in big["quotes"]
                     if inside(q, q["speaker"], q["cue"], q.get("content"))]
    big["events"] = [ev for ev in big["events"] if inside(ev["sentence"])]
    big["dates"] = [d for d in big["dates"] if inside(d)]
    for e in big["entities"]:
        e["mentions"] = [m for m in e["mentions"] if inside(m)]
    big["entities"] = [e for e in big["entities"] if e["mentions"]]
    return big


@pytest.fixture(scope="module")
def records() -> dict[str, dict]:
    """The seed and a hostile article enriched by the project's Extractor, and a
    150,000-character article of the German test articles (each enriched the same way)."""
    seed = json.loads((ROOT / "seeds" / "seed_de.json").read_text())
    texts = _test_articles()
    raw = [seed, {"id": "hostile", "language": "de", "text": HOSTILE}]
    raw += [{"id": f"t{i}", "language": "de", "text": t} for i, t in enumerate(texts)]
    out = Extractor.from_settings(Settings.from_env()).enrich_many(raw)
    big = _stitch(out[2:], BIG)
    for record in (*out[:2], big):
        assert_valid("enriched_article", record)
    return {"seed": out[0], "hostile": out[1], "big": big}


@pytest.fixture(scope="module")
def browser():
    assert CHROMIUM.exists(), "no /usr/bin/chromium: run scripts/browser.sh"
    from playwright.sync_api import sync_playwright

    with sync_playwright() as pw:
        b = pw.chromium.launch(executable_path=str(CHROMIUM), args=FLAGS, headless=True)
        yield b
        b.close()


@pytest.fixture
def page(browser):
    context = browser.new_context(viewport={"width": 1400, "height": 900})
    p = context.new_page()
    p.requests, p.errors = [], []
    p.on("request", lambda r: p.requests.append(r.url))
    p.on("pageerror", lambda e: p.errors.append(str(e)))
    yield p
    context.close()


def _inspect(tmp_path: Path, name: str, records: list[dict]) -> Path:
    src, out = tmp_path / f"{name}.jsonl", tmp_path / f"{name}.html"
    src.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in records))
    assert main(["inspect", str(src), "-o", str(out)]) == 0
    return out


def _text_of(page, article_id: str) -> str:
    return page.eval_on_selector(f'article[data-article-id="{article_id}"] .nf-text',
                                 "e => e.textContent")


def _click_quote(page, article_id: str, quote: dict) -> None:
    """Click the quote's first fragment in the text; wait until the page says its speaker."""
    root = f'article[data-article-id="{article_id}"]'
    assert page.locator(f"{root} .nf-active").count() == 0
    page.locator(f'{root} .nf-text [data-q~="{quote["id"]}"]').first.click()
    speaker = quote["speaker"]["text"]
    page.wait_for_function(
        "([sel, want]) => document.querySelector(sel).textContent.includes(want)",
        arg=[f"{root} .nf-selection", f"speaker: {speaker}"], timeout=10_000)
    # the speaker's mention in the text is highlighted, at the speaker's offsets
    marked = page.locator(f'{root} .nf-text .nf-speaker.nf-active')
    assert marked.count() >= 1
    assert marked.first.text_content() == speaker
    assert page.locator(f'{root} .nf-quote-card.nf-active').get_attribute("data-q") == quote["id"]
    # and nothing else's card
    assert page.locator(f"{root} .nf-card.nf-active").count() == 1


def test_seed_page_marks_everything_and_a_click_shows_the_speaker(tmp_path, records, page):
    seed, hostile = records["seed"], records["hostile"]
    path = _inspect(tmp_path, "seed", [seed, hostile])
    page.goto(path.as_uri())
    assert _text_of(page, seed["id"]) == seed["text"]
    assert _text_of(page, "hostile") == HOSTILE
    assert page.evaluate("window.pwned") is None and not page.errors
    assert page.requests == [path.as_uri()]  # nothing fetched
    root = f'article[data-article-id="{seed["id"]}"]'
    mentions = sum(len(e["mentions"]) for e in seed["entities"])
    assert page.locator(f"{root} .nf-text [data-ent][data-label]").count() == mentions
    assert page.locator(f"{root} .nf-text .nf-DATE").count() == len(seed["dates"])
    assert page.locator(f"{root} .nf-event-row").count() == len(seed["events"])
    direct = next(q for q in seed["quotes"] if q["kind"] == "direct" and q["speaker"]
                  and q["text"].startswith("Es gab damals"))
    _click_quote(page, seed["id"], direct)
    assert "Putin" in page.locator(f"{root} .nf-selection").text_content()
    # a click on an event trigger shows the event's row
    event = seed["events"][0]
    page.locator(f'{root} .nf-text [data-ev~="{event["id"]}"]').first.click()
    row = page.locator(f"{root} .nf-event-row.nf-active")
    assert row.get_attribute("data-ev") == event["id"]
    assert event["type"] in page.locator(f"{root} .nf-selection").text_content()


def test_big_article_loads_whole_and_a_click_works(tmp_path, records, page):
    big = records["big"]
    assert len(big["text"]) == BIG and len(big["quotes"]) > 100
    path = _inspect(tmp_path, "big", [big])
    started = time.monotonic()
    page.goto(path.as_uri())
    loaded = time.monotonic() - started
    assert loaded < 30, f"{loaded:.1f} s to load"
    assert _text_of(page, "big") == big["text"]
    assert not page.errors
    # the last attributed quote, near the end of the page
    last = [q for q in big["quotes"] if q["speaker"] and q["speaker"].get("start") is not None]
    started = time.monotonic()
    _click_quote(page, "big", last[-1])
    assert time.monotonic() - started < 10


def _run(coro) -> None:
    """asyncio.run outside Playwright's thread (its sync API keeps a loop there)."""
    with ThreadPoolExecutor(1) as pool:
        pool.submit(asyncio.run, coro).result()


def _wait_listed(base: str, article_id: str, timeout: float = 90) -> str:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        status, body = _get(base + "/inspect")
        if status == 200 and f'/inspect/{quote(article_id, safe="")}"' in body:
            return body
        time.sleep(0.3)
    pytest.fail(f"{article_id} not listed on /inspect within {timeout} s")


@pytest.fixture(scope="module")
def small_buffer_worker(request):
    """The stream tests' worker, keeping only 2 articles for /inspect."""
    with pytest.MonkeyPatch.context() as mp:
        mp.setenv("NEWSFLOW_INSPECT_BUFFER", "2")
        return request.getfixturevalue("worker")


def test_worker_inspect_lists_recent_articles_and_renders_one(small_buffer_worker, page):
    base, topics = small_buffer_worker["base"], small_buffer_worker["topics"]
    run = uuid.uuid4().hex[:6]
    first, odd = f"first-{run}", f"a/b ü {run}"  # an id that needs quoting in the URL
    seed = json.loads((ROOT / "seeds" / "seed_de.json").read_text())
    for article in ({"id": first, "language": "de", "text": HOSTILE},
                    {"id": odd, "language": "de", "text": HOSTILE}, seed):
        _run(_publish(topics["raw"], [(article["id"].encode(),
                                       json.dumps(article).encode())]))
        body = _wait_listed(base, article["id"])
    # newest first; the oldest fell out of the 2-article buffer
    assert body.index(quote(seed["id"])) < body.index(quote(odd, safe=""))
    assert f"/inspect/{first}" not in body
    assert _get(f"{base}/inspect/{first}")[0] == 404
    status, html = _get(f"{base}/inspect/{quote(odd, safe='')}")
    assert status == 200 and "&lt;script&gt;window.pwned" in html

    page.goto(base + "/inspect")
    page.locator(f'a[href="/inspect/{quote(seed["id"], safe="")}"]').click()
    page.wait_for_selector(".nf-text")
    assert _text_of(page, seed["id"]) == seed["text"]
    direct = page.locator('.nf-quote-card[data-kind="direct"][data-speaker="Putin"]').first
    qid = direct.get_attribute("data-q")
    _click_quote(page, seed["id"], {"id": qid, "speaker": {"text": "Putin"}})
    assert all(u.startswith(base) for u in page.requests), page.requests
    assert not page.errors
    assert small_buffer_worker["proc"].poll() is None
    assert _get(base + "/readyz")[0] == 200
