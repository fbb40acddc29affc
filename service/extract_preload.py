"""Imported once by the extraction processes' fork server (``forkserver`` start method): it
loads the pipelines named in ``NEWSFLOW_FORKSERVER_PIPELINES`` there, so every extraction
process forked from it starts with them already in memory and shares their read-only pages
(model weights, tables) with its siblings instead of holding a private copy each.

Nothing here may fail the fork server: an unusable value only means each process loads its
own pipelines, as with ``spawn``.
"""

from __future__ import annotations

import json
import logging
import os

ENV = "NEWSFLOW_FORKSERVER_PIPELINES"


def _preload() -> None:
    raw = os.environ.get(ENV)
    if not raw:
        return
    try:
        spec = json.loads(raw)
        from service import extraction_pool
        from service.extract.pipeline import Extractor

        extractor = Extractor(spec["pipelines"], batch_size=spec["batch_size"],
                              speech_events=spec["speech_events"])
        for language in spec["preload"]:
            extractor.nlp(language)
        extraction_pool._extractor = extractor
        extraction_pool._extractor_key = extraction_pool.extractor_key(
            spec["pipelines"], spec["batch_size"], spec["speech_events"])
    except Exception:  # noqa: BLE001 — the processes will load their own
        logging.getLogger(__name__).exception("preloading pipelines in the fork server failed")


_preload()
