"""A newsflow component that fails marks the article degraded instead of looking empty.

A bug in one rule set must neither cost the whole article (the other layers are still right)
nor pass as "nothing found": the failing component's output is set to an empty list and a
``component_failed`` warning goes into the record (counted by
``newsflow_record_warnings_total{component,code}``). spaCy's own ``set_error_handler`` is no use
here: ``nlp.pipe`` drops the docs of a component that raised, so results would no longer line up
with their articles.
"""

from __future__ import annotations

import logging
from typing import Any, Protocol

from spacy.tokens import Doc

log = logging.getLogger(__name__)

COMPONENT_FAILED = "component_failed"
MAX_MESSAGE_CHARS = 500

if not Doc.has_extension("component_failures"):
    # warnings of components that failed on this doc, in pipeline order (None: none failed)
    Doc.set_extension("component_failures", default=None)


class _Component(Protocol):
    def __call__(self, doc: Doc) -> Doc: ...


class Guarded:
    """Runs ``component``; on an exception, ``doc._.<attr>`` becomes ``[]`` and the failure is
    recorded in ``doc._.component_failures``. Attribute access reaches the wrapped component."""

    def __init__(self, name: str, attr: str, component: _Component) -> None:
        self.name = name
        self.attr = attr
        self.component = component

    def __call__(self, doc: Doc) -> Doc:
        try:
            return self.component(doc)
        except Exception as exc:  # noqa: BLE001 — recorded on the record and counted, not hidden
            setattr(doc._, self.attr, [])
            record_failure(doc, self.name, exc)
            return doc

    def __getattr__(self, item: str) -> Any:
        return getattr(self.component, item)


def record_failure(doc: Doc, component: str, exc: BaseException) -> None:
    message = f"{type(exc).__name__}: {exc}"[:MAX_MESSAGE_CHARS]
    # one format string: the worker's log throttle collapses a burst of these into one line
    log.error("%s failed on a %d-character %s article: %s", component, len(doc.text),
              doc.lang_ or "?", message, exc_info=exc)
    failures = list(doc._.component_failures or [])
    failures.append({"component": component, "code": COMPONENT_FAILED, "message": message})
    doc._.component_failures = failures


def failures(doc: Doc) -> list[dict[str, str]]:
    return list(doc._.component_failures or [])
