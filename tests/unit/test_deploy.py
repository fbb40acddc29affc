"""README and AsyncAPI kept consistent with the code (docker-compose.yml, the alert rules and the
Grafana dashboard: test_deploy_compose.py, test_deploy_observability.py)."""

import re

import pytest
import yaml

from service.config import SETTINGS_DOC, Settings
from tests.conftest import ROOT


def test_readme_documents_every_setting():
    readme = (ROOT / "README.md").read_text()
    for name, (default, _) in SETTINGS_DOC.items():
        assert re.search(rf"`{name}`\s*\|\s*`{re.escape(default)}`", readme), name


def test_settings_defaults_match_doc(monkeypatch):
    for name in list(SETTINGS_DOC):
        monkeypatch.delenv(name, raising=False)
    s = Settings.from_env()
    assert s.topic_raw == SETTINGS_DOC["NEWSFLOW_TOPIC_RAW"][0]
    assert s.pipelines["de"] == SETTINGS_DOC["NEWSFLOW_PIPELINE_DE"][0]
    assert s.max_text_chars == int(SETTINGS_DOC["NEWSFLOW_MAX_TEXT_CHARS"][0])
    monkeypatch.setenv("NEWSFLOW_PIPELINE_DE", "de_core_news_lg")
    monkeypatch.setenv("NEWSFLOW_PROCESSING_GUARANTEE", "exactly_once")
    s = Settings.from_env()
    assert s.pipelines["de"] == "de_core_news_lg" and s.processing_guarantee == "exactly_once"
    monkeypatch.setenv("NEWSFLOW_PROCESSING_GUARANTEE", "maybe_once")
    with pytest.raises(ValueError):
        Settings.from_env()


def test_asyncapi_references_existing_schemas():
    doc = yaml.safe_load((ROOT / "schemas" / "asyncapi.yaml").read_text())
    assert doc["asyncapi"].startswith("3.")
    refs = [m["payload"]["schema"]["$ref"] for m in doc["components"]["messages"].values()]
    for ref in refs:
        assert (ROOT / "schemas" / ref).exists(), ref
    addresses = {c["address"] for c in doc["channels"].values()}
    assert addresses == {SETTINGS_DOC[f"NEWSFLOW_TOPIC_{t}"][0]
                         for t in ("RAW", "ENRICHED", "QUOTES", "EVENTS", "DLQ")}
