"""Alert rules and the Grafana dashboard, checked by Prometheus's own code and against the metrics
newsflow really exports.

The rules are parsed and unit-tested by tools/rulecheck (Prometheus 3.5's rulefmt and promtool's
rule unit-test runner, built by scripts/promtool.sh), not by a re-implementation, so a rule that
Prometheus would refuse, or that no longer fires when it should, fails here. Metric names come from
the live prometheus_client registry, so renaming a metric in service/metrics.py breaks the alert or
panel that still uses the old name.
"""

from __future__ import annotations

import json
import os
import re
import shutil
import subprocess
from pathlib import Path

import pytest
import yaml
from prometheus_client import REGISTRY, CollectorRegistry
from prometheus_client.metrics_core import Metric

from tests.conftest import ROOT

RULES = ROOT / "deploy" / "prometheus" / "alerts.yml"
RULE_TESTS = ROOT / "deploy" / "prometheus" / "alerts.test.yml"
DASHBOARD = ROOT / "deploy" / "grafana" / "dashboards" / "newsflow.json"
# Grafana's built-in interval variables; any other $variable in a panel is an error here.
GRAFANA_VARS = {"$__rate_interval": "5m", "$__interval": "1m", "$__range": "1h"}


@pytest.fixture(scope="module")
def rulecheck() -> Path:
    """The rulecheck binary (built on first use). Missing Go skips locally, fails in CI."""
    try:
        out = subprocess.run(["bash", str(ROOT / "scripts" / "promtool.sh")], check=True,
                             capture_output=True, text=True, timeout=1200)
    except subprocess.CalledProcessError as exc:
        if os.environ.get("CI", "").lower() in ("1", "true", "yes") or shutil.which("go") or (
                Path("/usr/local/go/bin/go").exists()):
            pytest.fail(f"scripts/promtool.sh failed:\n{exc.stderr[-3000:]}")
        pytest.skip("Go is not installed: the rule checker cannot be built")
    return Path(out.stdout.strip().splitlines()[-1])


def _run(binary: Path, *args: str, stdin: str | None = None) -> subprocess.CompletedProcess:
    return subprocess.run([str(binary), *args], capture_output=True, text=True, input=stdin,
                          timeout=120, cwd=ROOT)


# --- promtool's checks ---------------------------------------------------------------------------


def test_alert_rules_pass_prometheus_check(rulecheck: Path) -> None:
    result = _run(rulecheck, "check", "rules", str(RULES))
    assert result.returncode == 0, result.stderr
    assert re.search(r"SUCCESS: \d+ rules found", result.stdout)


def test_alert_rule_unit_tests_pass(rulecheck: Path) -> None:
    result = _run(rulecheck, "test", "rules", str(RULE_TESTS))
    assert result.returncode == 0, result.stdout + result.stderr
    assert "SUCCESS" in result.stdout


def test_rule_checker_rejects_bad_rules_and_wrong_expectations(rulecheck: Path,
                                                              tmp_path: Path) -> None:
    """The checks above can fail: a broken expression and an alert that should not fire."""
    bad = tmp_path / "bad.yml"
    bad.write_text(RULES.read_text().replace("> 10000", "> > 10000", 1))
    result = _run(rulecheck, "check", "rules", str(bad))
    assert result.returncode != 0 and "FAILED" in result.stderr

    shutil.copy(RULES, tmp_path / "alerts.yml")
    wrong = yaml.safe_load(RULE_TESTS.read_text())
    case = next(t for t in wrong["tests"] if t["name"].startswith("a few dead letters"))
    case["alert_rule_test"][0]["exp_alerts"] = [{"exp_labels": {"severity": "warning"}}]
    (tmp_path / "alerts.test.yml").write_text(yaml.safe_dump(wrong))
    result = _run(rulecheck, "test", "rules", str(tmp_path / "alerts.test.yml"))
    assert result.returncode != 0
    assert "NewsflowDeadLetterRate" in result.stdout + result.stderr


def test_unit_tests_cover_every_alert() -> None:
    alerts = {r["alert"] for g in yaml.safe_load(RULES.read_text())["groups"] for r in g["rules"]}
    tests = yaml.safe_load(RULE_TESTS.read_text())["tests"]
    fired = {c["alertname"] for t in tests for c in t["alert_rule_test"] if c["exp_alerts"]}
    assert fired == alerts, f"alerts never shown firing: {alerts - fired}"
    assert {"NewsflowConsumerLagGrowing", "NewsflowDeadLetterRate", "NewsflowAgentCrashed",
            "NewsflowExtractionSlow", "NewsflowNoReadyWorker"} <= alerts


# --- metric names --------------------------------------------------------------------------------


def _sample_names(family: Metric) -> set[str]:
    """Series names a family is exposed as (labelled metrics without children have no samples)."""
    name = family.name
    suffixes = {"counter": ["_total", "_created"], "gauge": [""], "info": ["_info"],
                "histogram": ["_bucket", "_count", "_sum", "_created"],
                "gaugehistogram": ["_bucket", "_gcount", "_gsum"],
                "summary": ["", "_count", "_sum", "_created"]}.get(family.type, [""])
    return {name + s for s in suffixes} | {s.name for s in family.samples}


def exported_metric_names() -> set[str]:
    """Everything /metrics can show: service.metrics and prometheus_client's default collectors
    (the default registry the worker serves) plus Faust's sensors under the worker's prefix."""
    from faust.sensors.prometheus import FaustMetrics

    import service.metrics  # noqa: F401 — registers newsflow's metrics

    faust = CollectorRegistry()
    FaustMetrics.create(faust, "newsflow_faust")  # as service/app.py: name_prefix
    names: set[str] = set()
    for registry in (REGISTRY, faust):
        for family in registry.collect():
            names |= _sample_names(family)
    return names


def selected_metrics(rulecheck: Path, exprs: list[str]) -> dict[str, list[str]]:
    """Metric names each expression selects, by Prometheus's PromQL parser (errors fail)."""
    result = _run(rulecheck, "names", stdin="".join(json.dumps(e) + "\n" for e in exprs))
    assert result.returncode == 0, result.stderr
    out = {}
    for line in result.stdout.splitlines():
        item = json.loads(line)
        assert not item.get("error"), f"{item['expr']}: {item['error']}"
        out[item["expr"]] = item["names"]
    assert len(out) == len(set(exprs))
    return out


def unknown_metrics(rulecheck: Path, exprs: list[str]) -> dict[str, set[str]]:
    known = exported_metric_names()
    return {e: set(names) - known for e, names in selected_metrics(rulecheck, exprs).items()
            if set(names) - known}


def _alert_exprs() -> list[str]:
    return [r["expr"] for g in yaml.safe_load(RULES.read_text())["groups"] for r in g["rules"]]


def _dashboard_exprs() -> list[str]:
    exprs = []
    for panel in json.loads(DASHBOARD.read_text())["panels"]:
        for target in panel.get("targets", []):
            expr = target["expr"]
            for var, value in GRAFANA_VARS.items():
                expr = expr.replace(var, value)
            assert "$" not in expr, f"unknown dashboard variable in {target['expr']}"
            exprs.append(expr)
    return exprs


def test_registry_names_are_real() -> None:
    names = exported_metric_names()
    assert {"newsflow_articles_total", "newsflow_stage_seconds_bucket", "newsflow_consumer_lag",
            "newsflow_ready", "process_start_time_seconds",
            "newsflow_faust_messages_received_total"} <= names
    assert "newsflow_articles" not in names and "newsflow_stage_seconds" not in names


def test_name_check_catches_a_metric_that_does_not_exist(rulecheck: Path) -> None:
    bad = unknown_metrics(rulecheck, ["sum(rate(newsflow_articles_totl[5m]))",
                                      "newsflow_ready == 0"])
    assert bad == {"sum(rate(newsflow_articles_totl[5m]))": {"newsflow_articles_totl"}}


def test_alert_rules_use_only_exported_metrics(rulecheck: Path) -> None:
    assert unknown_metrics(rulecheck, _alert_exprs()) == {}


def test_dashboard_uses_only_exported_metrics(rulecheck: Path) -> None:
    assert unknown_metrics(rulecheck, _dashboard_exprs()) == {}


def test_dashboard_shows_what_operators_need(rulecheck: Path) -> None:
    dash = json.loads(DASHBOARD.read_text())
    assert dash["uid"] and len({p["id"] for p in dash["panels"]}) == len(dash["panels"])
    datasources = {t["datasource"]["uid"] for p in dash["panels"] for t in p["targets"]}
    provisioned = yaml.safe_load((ROOT / "deploy" / "grafana" / "provisioning" / "datasources"
                                  / "prometheus.yml").read_text())["datasources"]
    assert datasources == {d["uid"] for d in provisioned}
    exprs = _dashboard_exprs()
    used = set().union(*selected_metrics(rulecheck, exprs).values())
    assert {"newsflow_articles_total", "newsflow_consumer_lag", "newsflow_dead_letters_total",
            "newsflow_stage_seconds_bucket", "newsflow_quotes_extracted_total",
            "newsflow_events_extracted_total"} <= used
    joined = "\n".join(exprs)
    assert "sum by (status) (rate(newsflow_articles_total" in joined  # throughput by outcome
    assert "sum by (code) (rate(newsflow_dead_letters_total" in joined
    assert re.search(r"histogram_quantile\(0\.99, sum by \(le, stage\)", joined)
