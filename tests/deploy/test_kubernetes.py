"""The reference Kubernetes manifests: valid against the Kubernetes schemas, and carrying what
running this service safely needs (probes on the service's own health routes, resources, a
read-only non-root container, an autoscaler and a disruption budget that select its pods)."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import kubernetes_validate
import pytest
import yaml

from app.config import ENV_PREFIX, PROJECT_ROOT, Settings

MANIFESTS = PROJECT_ROOT / "deploy" / "kubernetes"
# The oldest Kubernetes release still supported upstream when these were written, and the
# newest the validator knows: the manifests use nothing outside both.
VERSIONS = ("1.30.0", kubernetes_validate.latest_version())


def resources() -> dict[str, dict[str, Any]]:
    found: dict[str, dict[str, Any]] = {}
    for path in sorted(MANIFESTS.glob("*.yaml")):
        if path.name == "kustomization.yaml":
            continue
        for document in yaml.safe_load_all(path.read_text()):
            found[document["kind"]] = document
    return found


@pytest.mark.parametrize("version", VERSIONS)
@pytest.mark.parametrize("path", sorted(MANIFESTS.glob("*.yaml")), ids=lambda p: p.name)
def test_manifests_are_valid_kubernetes(path: Path, version: str) -> None:
    if path.name == "kustomization.yaml":
        listed = yaml.safe_load(path.read_text())["resources"]
        assert sorted(listed) == sorted(
            p.name for p in MANIFESTS.glob("*.yaml") if p.name != path.name
        )
        return
    for document in yaml.safe_load_all(path.read_text()):
        kubernetes_validate.validate(document, version, strict=True)


def test_the_validator_rejects_a_broken_manifest() -> None:
    deployment = resources()["Deployment"]
    broken = {**deployment, "spec": {**deployment["spec"], "replicas": "two"}}
    with pytest.raises(kubernetes_validate.ValidationError):
        kubernetes_validate.validate(broken, VERSIONS[0], strict=True)


def test_the_deployment_probes_resources_and_security() -> None:
    deployment = resources()["Deployment"]
    pod = deployment["spec"]["template"]["spec"]
    (container,) = pod["containers"]
    assert container["readinessProbe"]["httpGet"]["path"] == "/readyz"
    assert container["livenessProbe"]["httpGet"]["path"] == "/healthz"
    assert {"cpu", "memory"} <= set(container["resources"]["requests"])
    assert {"cpu", "memory"} <= set(container["resources"]["limits"])
    security = container["securityContext"]
    assert security["readOnlyRootFilesystem"] is True
    assert security["allowPrivilegeEscalation"] is False
    assert security["capabilities"]["drop"] == ["ALL"]
    assert pod["securityContext"]["runAsNonRoot"] is True
    assert deployment["spec"]["strategy"]["rollingUpdate"]["maxUnavailable"] == 0
    env = {item["name"]: item["value"] for item in container["env"]}
    assert all(name.startswith("PLAPI_") for name in env)


def test_service_autoscaler_and_budget_select_the_deployment() -> None:
    found = resources()
    labels = found["Deployment"]["spec"]["template"]["metadata"]["labels"]
    for kind in ("Service", "PodDisruptionBudget"):
        spec = found[kind]["spec"]
        selector = spec["selector"].get("matchLabels", spec["selector"])
        assert selector.items() <= labels.items(), kind
    target = found["HorizontalPodAutoscaler"]["spec"]["scaleTargetRef"]
    assert (target["kind"], target["name"]) == (
        "Deployment",
        found["Deployment"]["metadata"]["name"],
    )
    assert found["HorizontalPodAutoscaler"]["spec"]["minReplicas"] >= 2
    assert found["PodDisruptionBudget"]["spec"]["minAvailable"] >= 1
    port = found["Service"]["spec"]["ports"][0]["targetPort"]
    names = {
        p["name"] for p in found["Deployment"]["spec"]["template"]["spec"]["containers"][0]["ports"]
    }
    assert port in names


def test_the_deployment_sets_only_settings_the_service_reads() -> None:
    """Every variable the Deployment sets is a setting, valid as given; the metrics port it
    opens is the one the service serves them on, and the Service never exposes it."""
    found = resources()
    (container,) = found["Deployment"]["spec"]["template"]["spec"]["containers"]
    env = {item["name"]: item["value"] for item in container["env"]}
    names = {f"{ENV_PREFIX}{field.upper()}" for field in Settings.model_fields}
    assert set(env) <= names
    settings = Settings.model_validate(
        {name.removeprefix(ENV_PREFIX).lower(): value for name, value in env.items()}
    )
    ports = {port["name"]: port["containerPort"] for port in container["ports"]}
    assert ports["metrics"] == settings.metrics_port
    assert settings.workers >= 2
    assert settings.public_base_url is not None
    exposed = {port["targetPort"] for port in found["Service"]["spec"]["ports"]}
    assert "metrics" not in exposed
    assert ports["metrics"] not in exposed
