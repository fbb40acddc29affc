"""docker-compose.yml, README and AsyncAPI kept consistent with the code (Docker cannot run
here, so the compose file is validated offline against the compose-spec schema)."""

import importlib.util
import json
import re
from pathlib import Path

import pytest
import yaml
from jsonschema import Draft7Validator

from service.config import SETTINGS_DOC, Settings
from tests.conftest import ROOT


def _compose_spec() -> dict:
    spec = importlib.util.find_spec("check_jsonschema")
    base = Path(next(iter(spec.submodule_search_locations)))
    return json.loads((base / "builtin_schemas" / "vendor" / "compose-spec.json").read_text())


@pytest.fixture(scope="module")
def compose():
    return yaml.safe_load((ROOT / "docker-compose.yml").read_text())


def test_compose_is_valid_compose_spec(compose):
    errors = list(Draft7Validator(_compose_spec()).iter_errors(compose))
    assert not errors, [e.message for e in errors[:5]]


def test_compose_services_and_settings(compose):
    assert {"kafka", "newsflow", "prometheus"} <= set(compose["services"])
    assert compose["services"]["kafka"]["image"].startswith("apache/kafka:")
    env = compose["services"]["newsflow"]["environment"]
    unknown = set(env) - set(SETTINGS_DOC)
    assert not unknown, f"compose sets variables the code does not read: {unknown}"
    assert env["NEWSFLOW_BROKER"].endswith("kafka:9092")
    port = env["NEWSFLOW_WEB_PORT"]
    prom = yaml.safe_load((ROOT / "deploy" / "prometheus.yml").read_text())
    ports = [sd["port"] for job in prom["scrape_configs"] for sd in job["dns_sd_configs"]]
    assert ports == [int(port)]
    assert (ROOT / compose["services"]["newsflow"]["build"] / "Dockerfile").exists()


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
