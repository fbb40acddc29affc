"""docker-compose.yml checked offline (no Docker engine here): against the vendored compose-spec
schema, and for the wiring that the schema cannot see — Kafka listeners and persistence, settings
the worker really reads, the files Prometheus and Grafana are told to load being where the mounts
put them."""

from __future__ import annotations

import json
from pathlib import Path, PurePosixPath

import pytest
import yaml
from jsonschema.validators import validator_for

from service.config import SETTINGS_DOC, Settings
from tests.conftest import ROOT

SPEC = ROOT / "tests" / "data" / "compose-spec.json"


@pytest.fixture(scope="module")
def compose() -> dict:
    return yaml.safe_load((ROOT / "docker-compose.yml").read_text())


def _spec_validator():  # noqa: ANN202 — a jsonschema validator class instance
    schema = json.loads(SPEC.read_text())
    return validator_for(schema)(schema)


def mounts(service: dict) -> dict[str, str]:
    """Container path -> source of each volume in short syntax (host paths resolved)."""
    out = {}
    for volume in service.get("volumes", []):
        source, target = volume.split(":")[:2]
        out[target] = str((ROOT / source).resolve()) if source.startswith(".") else source
    return out


def host_path(service: dict, container_path: str) -> Path:
    """The repo file a container path comes from, through the service's bind mounts."""
    path = PurePosixPath(container_path)
    for target, source in mounts(service).items():
        if path == PurePosixPath(target) or PurePosixPath(target) in path.parents:
            if not source.startswith("/"):
                raise AssertionError(f"{container_path} is in the named volume {source}")
            return Path(source) / path.relative_to(target)
    raise AssertionError(f"{container_path} is not mounted into the container")


def test_compose_is_valid_compose_spec(compose: dict) -> None:
    errors = list(_spec_validator().iter_errors(compose))
    assert not errors, [f"{list(e.path)}: {e.message}" for e in errors[:5]]


def test_schema_check_can_fail(compose: dict) -> None:
    validator = _spec_validator()
    for service, key, value in [("kafka", "healthcheck", {"retries": [3]}),
                                ("newsflow", "deploy_replicas", 3),
                                ("grafana", "volumes", [{"source": "./deploy"}])]:
        broken = json.loads(json.dumps(compose))
        broken["services"][service][key] = value
        assert list(validator.iter_errors(broken)), (service, key)


def test_images_are_pinned(compose: dict) -> None:
    for name, service in compose["services"].items():
        if "image" in service:
            repo, _, tag = service["image"].rpartition(":")
            assert repo and tag and tag != "latest", name
    assert compose["services"]["kafka"]["image"].startswith("apache/kafka:")
    assert compose["services"]["grafana"]["image"].startswith("grafana/grafana-oss:")
    assert (ROOT / compose["services"]["newsflow"]["build"] / "Dockerfile").exists()


def test_kafka_persists_and_listens_for_containers_and_host(compose: dict) -> None:
    kafka = compose["services"]["kafka"]
    env = kafka["environment"]
    assert mounts(kafka)[env["KAFKA_LOG_DIRS"]] in compose["volumes"]  # a named volume
    listeners = dict(item.split("://") for item in env["KAFKA_LISTENERS"].split(","))
    advertised = dict(item.split("://") for item in env["KAFKA_ADVERTISED_LISTENERS"].split(","))
    protocols = dict(item.split(":") for item in env["KAFKA_LISTENER_SECURITY_PROTOCOL_MAP"]
                     .split(","))
    assert set(listeners) == set(protocols)
    assert env["KAFKA_CONTROLLER_LISTENER_NAMES"] in listeners
    assert env["KAFKA_INTER_BROKER_LISTENER_NAME"] in advertised
    internal = advertised[env["KAFKA_INTER_BROKER_LISTENER_NAME"]]
    assert internal == "kafka:9092"
    assert compose["services"]["newsflow"]["environment"]["NEWSFLOW_BROKER"] == (
        f"kafka://{internal}")
    external = [a for a in advertised.values() if a.startswith("localhost:")]
    assert len(external) == 1
    port = external[0].split(":")[1]
    assert f"{port}:{port}" in kafka["ports"]
    assert listeners[next(k for k, v in advertised.items() if v == external[0])] == f":{port}"


def test_newsflow_settings_are_real(compose: dict) -> None:
    env = compose["services"]["newsflow"]["environment"]
    unknown = set(env) - set(SETTINGS_DOC)
    assert not unknown, f"compose sets variables the code does not read: {unknown}"
    fields = {f"NEWSFLOW_{name.upper()}" for name in Settings.model_fields}
    assert set(env) <= fields
    Settings(**{name.removeprefix("NEWSFLOW_").lower(): value for name, value in env.items()})


def test_newsflow_healthcheck_asks_readyz(compose: dict) -> None:
    service = compose["services"]["newsflow"]
    test = service["healthcheck"]["test"]
    port = service["environment"]["NEWSFLOW_WEB_PORT"]
    assert test[:3] == ["CMD", "python", "-c"]
    assert f"http://127.0.0.1:{port}/readyz" in test[3] and "urllib.request" in test[3]
    compile(test[3], "healthcheck", "exec")
    assert port in [str(p) for p in service["expose"]]


def test_prometheus_scrapes_newsflow_and_loads_the_rules(compose: dict) -> None:
    service = compose["services"]["prometheus"]
    config_flag = next(a for a in service["command"] if a.startswith("--config.file="))
    config_path = host_path(service, config_flag.split("=", 1)[1])
    assert config_path == (ROOT / "deploy" / "prometheus.yml").resolve()
    config = yaml.safe_load(config_path.read_text())
    rule_files = [host_path(service, f) for f in config["rule_files"]]
    assert rule_files == [(ROOT / "deploy" / "prometheus" / "alerts.yml").resolve()]
    assert all(f.exists() for f in rule_files)
    port = compose["services"]["newsflow"]["environment"]["NEWSFLOW_WEB_PORT"]
    targets = [(sd["names"], sd["port"]) for job in config["scrape_configs"]
               for sd in job["dns_sd_configs"]]
    assert targets == [(["newsflow"], int(port))]
    assert config["scrape_configs"][0]["metrics_path"] == "/metrics"


def test_grafana_provisioning_matches_mounts(compose: dict) -> None:
    service = compose["services"]["grafana"]
    provisioning = host_path(service, "/etc/grafana/provisioning")  # Grafana's default path
    assert provisioning == (ROOT / "deploy" / "grafana" / "provisioning").resolve()
    datasources = yaml.safe_load((provisioning / "datasources" / "prometheus.yml").read_text())
    (source,) = datasources["datasources"]
    prom_port = compose["services"]["prometheus"]["ports"][0].split(":")[-1]
    assert source["type"] == "prometheus" and source["url"] == f"http://prometheus:{prom_port}"
    providers = yaml.safe_load((provisioning / "dashboards" / "newsflow.yml").read_text())
    dashboards = [host_path(service, p["options"]["path"]) for p in providers["providers"]]
    files = [f for d in dashboards for f in d.glob("*.json")]
    assert [f.name for f in files] == ["newsflow.json"]
    home = host_path(service, service["environment"]["GF_DASHBOARDS_DEFAULT_HOME_DASHBOARD_PATH"])
    assert home == files[0]
