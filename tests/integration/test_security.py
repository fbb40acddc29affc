"""SASL and TLS against the local broker started with a SASL_SSL listener (and an SSL listener
that requires client certificates). The test makes its own CA and certificates with openssl.
A worker with credentials works, clients without them are refused, and no secret appears in
logs, /metrics, /readyz, dead letters or command output."""

from __future__ import annotations

import asyncio
import json
import shutil
import subprocess
import sys
import uuid
from pathlib import Path

import pytest
from aiokafka.admin import AIOKafkaAdminClient

from service.config import Settings
from service.kafka_clients import client_kwargs
from tests.conftest import ROOT
from tests.reliability.harness import Broker, Run, Worker, http_get

pytestmark = pytest.mark.integration

PASSWORD = "pw-" + uuid.uuid4().hex  # unique, so a leak anywhere is found by grep
ADMIN_PASSWORD = "admin-" + uuid.uuid4().hex


def _openssl(*args: str, cwd: Path) -> None:
    subprocess.run(["openssl", *args], cwd=cwd, check=True, capture_output=True)


def make_certificates(folder: Path) -> Path:
    """A CA, a server certificate for 127.0.0.1 and a client certificate, all signed by it."""
    folder.mkdir(parents=True, exist_ok=True)
    _openssl("req", "-x509", "-newkey", "rsa:2048", "-nodes", "-keyout", "ca.key", "-out",
             "ca.crt", "-days", "2", "-subj", "/CN=newsflow-test-ca", "-addext",
             "basicConstraints=critical,CA:TRUE", "-addext",
             "keyUsage=critical,keyCertSign,cRLSign", cwd=folder)
    (folder / "ext").write_text("subjectAltName=IP:127.0.0.1,DNS:localhost\n"
                                "extendedKeyUsage=serverAuth,clientAuth\n")
    for name in ("server", "client"):
        _openssl("req", "-newkey", "rsa:2048", "-nodes", "-keyout", f"{name}.key", "-out",
                 f"{name}.csr", "-subj", f"/CN=newsflow-{name}", cwd=folder)
        _openssl("x509", "-req", "-in", f"{name}.csr", "-CA", "ca.crt", "-CAkey", "ca.key",
                 "-CAcreateserial", "-out", f"{name}.crt", "-days", "2", "-extfile", "ext",
                 cwd=folder)
    # Kafka's PEM key store: the PKCS#8 key followed by the certificate
    (folder / "server.pem").write_text((folder / "server.key").read_text()
                                       + (folder / "server.crt").read_text())
    return folder


@pytest.fixture(scope="module")
def secured(tmp_path_factory):
    if shutil.which("openssl") is None:
        pytest.fail("openssl is needed to make the test certificates")
    tls = make_certificates(tmp_path_factory.mktemp("tls"))
    broker = Broker(env={"KAFKA_SECURITY": "sasl_ssl", "KAFKA_TLS_DIR": str(tls),
                         "KAFKA_ADMIN_PASSWORD": ADMIN_PASSWORD,
                         "KAFKA_USERS": f"newsflow:{PASSWORD}"})
    broker.start()
    yield broker, tls
    broker.stop()
    broker.reset()


def sasl_env(run: Run, tls: Path, mechanism: str = "SCRAM-SHA-512",
             password: str = PASSWORD) -> dict[str, str]:
    return run.env(NEWSFLOW_SECURITY_PROTOCOL="SASL_SSL", NEWSFLOW_SASL_MECHANISM=mechanism,
                   NEWSFLOW_SASL_USERNAME="newsflow", NEWSFLOW_SASL_PASSWORD=password,
                   NEWSFLOW_SSL_CAFILE=str(tls / "ca.crt"), NEWSFLOW_LOG_LEVEL="debug")


def cli(env: dict[str, str], *args: str, timeout: float = 90,
        stdin: bytes | None = None) -> subprocess.CompletedProcess[bytes]:
    return subprocess.run([sys.executable, "-m", "service.cli", *args], cwd=ROOT, env=env,
                          capture_output=True, timeout=timeout, input=stdin)


async def _connect(**kwargs) -> list[str]:
    admin = AIOKafkaAdminClient(request_timeout_ms=5000, **kwargs)
    try:
        await asyncio.wait_for(admin.start(), 10)
        return await admin.list_topics()
    finally:
        try:
            await admin.close()
        except Exception:  # noqa: BLE001
            pass


def connects(**kwargs) -> bool:
    try:
        asyncio.run(_connect(**kwargs))
        return True
    except Exception:  # noqa: BLE001 — refused, in whatever way the client reports it
        return False


def test_worker_with_scram_credentials_works_and_leaks_nothing(secured, tmp_path):
    broker, tls = secured
    run = Run(broker)
    env = sasl_env(run, tls)
    worker = Worker("sasl", env, tmp_path).start()
    try:
        worker.wait_ready(120)
        inputs = tmp_path / "in.jsonl"
        inputs.write_bytes(
            json.dumps({"id": "sec-1", "language": "de", "text": "„Wir prüfen das“, sagte "
                        "Ministerin Lena Roth am Montag in Berlin."}).encode() + b"\n"
            + b"this is not JSON\n")
        produced = cli(env, "produce", str(inputs))
        assert produced.returncode == 0, produced.stderr.decode()
        enriched = cli(env, "consume", run.topics["enriched"], "--follow", "--limit", "1",
                       "--timeout", "60")
        dlq = cli(env, "consume", run.topics["dlq"], "--follow", "--limit", "1", "--timeout",
                  "60")
        assert enriched.returncode == 0 and dlq.returncode == 0, dlq.stderr.decode()
        record = json.loads(enriched.stdout)
        assert record["id"] == "sec-1" and record["quotes"]
        assert json.loads(dlq.stdout)["error"]["code"] == "invalid_json"

        status, body = worker.readyz()
        assert status == 200 and body["broker_reachable"]
        assert "[DEBUG]" in worker.log_text()  # the most talkative level was on
        texts = {"worker log (debug)": worker.log_text(), "/metrics": worker.metrics(),
                 "/readyz": json.dumps(body), "dead letter": dlq.stdout.decode(),
                 "enriched": enriched.stdout.decode(),
                 "cli stderr": (produced.stderr + enriched.stderr + dlq.stderr).decode()}
        for page in ("/", "/stats/", "/router/", "/table/"):  # Faust's own pages, if any
            texts[page] = http_get(worker.base + page)[1]
        for where, text in texts.items():
            assert PASSWORD not in text, f"the SASL password appears in {where}"
            assert ADMIN_PASSWORD not in text, f"the admin password appears in {where}"
    finally:
        worker.terminate()


def test_clients_without_valid_credentials_are_refused(secured, tmp_path):
    broker, tls = secured
    run = Run(broker)
    ok = Settings.from_env(**{k.removeprefix("NEWSFLOW_").lower(): v
                              for k, v in sasl_env(run, tls, "SCRAM-SHA-256").items()
                              if k.startswith("NEWSFLOW_") and k not in (
                                  "NEWSFLOW_LANGUAGES", "NEWSFLOW_SPEECH_EVENTS")})
    assert connects(**client_kwargs(ok))
    plain = ok.model_copy(update={"sasl_mechanism": "PLAIN"})
    assert connects(**client_kwargs(plain))
    wrong = client_kwargs(ok) | {"sasl_plain_password": "not-the-password"}
    assert not connects(**wrong)
    assert not connects(bootstrap_servers=broker.bootstrap)  # plaintext, no credentials
    no_sasl = {k: v for k, v in client_kwargs(ok).items() if not k.startswith("sasl")}
    assert not connects(**no_sasl | {"security_protocol": "SSL"})

    # the command line says so, and does not echo the password it was given
    bad = sasl_env(run, tls, password="hunter2-wrong")
    done = cli(bad | {"NEWSFLOW_LOG_LEVEL": "info"}, "consume", run.topics["enriched"],
               "--timeout", "5")
    assert done.returncode != 0
    assert b"hunter2-wrong" not in done.stdout + done.stderr


def test_tls_client_certificate_listener(secured, tmp_path):
    broker, tls = secured
    run = Run(broker)
    ssl_port = broker.port + 2
    base = run.env(NEWSFLOW_BROKER=f"kafka://127.0.0.1:{ssl_port}",
                   NEWSFLOW_SECURITY_PROTOCOL="SSL", NEWSFLOW_SSL_CAFILE=str(tls / "ca.crt"))
    with_cert = base | {"NEWSFLOW_SSL_CERTFILE": str(tls / "client.crt"),
                        "NEWSFLOW_SSL_KEYFILE": str(tls / "client.key")}
    settings = Settings.from_env(
        broker=f"kafka://127.0.0.1:{ssl_port}", security_protocol="SSL",
        ssl_cafile=str(tls / "ca.crt"))
    assert not connects(**client_kwargs(settings))  # no client certificate: refused
    worker = Worker("mtls", with_cert, tmp_path).start()
    try:
        worker.wait_ready(120)
        inputs = tmp_path / "a.jsonl"
        inputs.write_text(json.dumps({"id": "mtls-1", "language": "en",
                                      "text": '"It works," the engineer said.'}) + "\n")
        assert cli(with_cert, "produce", str(inputs)).returncode == 0
        out = cli(with_cert, "consume", run.topics["enriched"], "--follow", "--limit", "1",
                  "--timeout", "60")
        assert json.loads(out.stdout)["id"] == "mtls-1"
    finally:
        worker.terminate()
