"""Settings are typed: lists and levels are read once, at start-up, and a wrong value stops
the start with the name of the variable that holds it."""

from __future__ import annotations

import ipaddress

import pytest
from pydantic import ValidationError

from app.config import Settings, render_networks


def test_comma_lists_become_typed_values(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("PLAPI_TRUSTED_PROXIES", "10.0.0.0/8, 127.0.0.1,,")
    monkeypatch.setenv("PLAPI_CORS_ORIGINS", "https://a.example, http://b.example:8080")
    monkeypatch.setenv("PLAPI_LOG_LEVEL", "WARNING")
    settings = Settings()
    assert settings.trusted_proxies == (
        ipaddress.ip_network("10.0.0.0/8"),
        ipaddress.ip_network("127.0.0.1"),
    )
    assert settings.cors_origins == ("https://a.example", "http://b.example:8080")
    assert settings.log_level == "warning"
    assert render_networks(settings.trusted_proxies) == "10.0.0.0/8, 127.0.0.1"


def test_defaults_believe_no_proxy_and_allow_any_origin(monkeypatch: pytest.MonkeyPatch) -> None:
    for name in ("PLAPI_TRUSTED_PROXIES", "PLAPI_CORS_ORIGINS", "PLAPI_LOG_LEVEL"):
        monkeypatch.delenv(name, raising=False)
    settings = Settings()
    assert (settings.trusted_proxies, settings.cors_origins, settings.log_level) == (
        (),
        ("*",),
        "info",
    )


@pytest.mark.parametrize(
    ("variable", "value", "named"),
    [
        ("PLAPI_TRUSTED_PROXIES", "10.0.0.0/8, proxy.internal", "'proxy.internal'"),
        ("PLAPI_CORS_ORIGINS", "https://a.example/path", "'https://a.example/path'"),
        ("PLAPI_LOG_LEVEL", "loud", "'loud'"),
    ],
)
def test_a_wrong_value_is_refused_naming_its_variable(
    monkeypatch: pytest.MonkeyPatch, variable: str, value: str, named: str
) -> None:
    monkeypatch.setenv(variable, value)
    with pytest.raises(ValidationError) as refused:
        Settings()
    assert variable in str(refused.value)
    assert named in str(refused.value)
