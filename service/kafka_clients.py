"""Connection settings shared by every Kafka client newsflow makes (Faust's, and the plain
aiokafka producers, consumers and admin clients), so security is configured once.

Secrets go from :class:`~service.config.Settings` straight into the client objects; nothing
here logs or formats them.
"""

from __future__ import annotations

import ssl
from typing import Any

from aiokafka.helpers import create_ssl_context

from service.config import Settings


def ssl_context(settings: Settings) -> ssl.SSLContext | None:
    """The TLS context for SSL/SASL_SSL, or None for plaintext protocols."""
    if settings.security_protocol not in ("SSL", "SASL_SSL"):
        return None
    context = create_ssl_context(
        cafile=settings.ssl_cafile or None,
        certfile=settings.ssl_certfile or None,
        keyfile=settings.ssl_keyfile or None,
        password=settings.ssl_key_password.get_secret_value() or None,
    )
    context.check_hostname = settings.ssl_check_hostname
    return context


def client_kwargs(settings: Settings) -> dict[str, Any]:
    """Keyword arguments for any aiokafka client: servers plus security."""
    kwargs: dict[str, Any] = {"bootstrap_servers": settings.broker_servers,
                              "security_protocol": settings.security_protocol}
    context = ssl_context(settings)
    if context is not None:
        kwargs["ssl_context"] = context
    if settings.security_protocol.startswith("SASL_"):
        kwargs.update(sasl_mechanism=settings.sasl_mechanism,
                      sasl_plain_username=settings.sasl_username,
                      sasl_plain_password=settings.sasl_password.get_secret_value())
    return kwargs


def faust_credentials(settings: Settings) -> Any:
    """Faust's ``broker_credentials`` for the configured protocol (None for PLAINTEXT)."""
    import faust

    context = ssl_context(settings)
    if settings.security_protocol.startswith("SASL_"):
        creds = faust.SASLCredentials(username=settings.sasl_username,
                                      password=settings.sasl_password.get_secret_value(),
                                      mechanism=settings.sasl_mechanism, ssl_context=context)
        return creds
    if context is not None:
        return faust.SSLCredentials(context)
    return None
