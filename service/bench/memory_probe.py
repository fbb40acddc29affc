"""A fresh process that builds an extraction process's state the way the worker does
(``NEWSFLOW_PRELOAD`` languages loaded at start), extracts the given articles, and prints its
memory as JSON: what one extraction process costs, measured without the worker around it.

``python -m service.bench.memory_probe --preload de,en --input articles.jsonl``
"""

from __future__ import annotations

import argparse
import json
import os
import sys

from service.bench.procmem import peak_rss_mib, pss_mib
from service.config import Settings
from service.extract.pipeline import Extractor


def main(argv: list[str]) -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--preload", default="all")
    parser.add_argument("--input", required=True)
    args = parser.parse_args(argv)
    settings = Settings.from_env()
    extractor = Extractor.from_settings(settings)
    preload = (list(settings.pipelines) if args.preload == "all"
               else [x for x in args.preload.split(",") if x and x != "none"])
    for lang in preload:
        extractor.nlp(lang)
    with open(args.input, encoding="utf-8") as fh:
        articles = [json.loads(line) for line in fh if line.strip()]
    records = extractor.enrich_many(articles)
    pid = os.getpid()
    print(json.dumps({"peak_rss_mib": peak_rss_mib(pid), "pss_mib": pss_mib(pid),
                      "loaded": list(extractor.loaded_languages),
                      "failed": sum("error" in r for r in records)}))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
