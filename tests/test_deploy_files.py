"""The image, compose file and Kubernetes manifests hold the properties operators rely on."""

from __future__ import annotations

import re
import shutil
import subprocess
import sys
from pathlib import Path

import kubernetes_validate
import pytest
import yaml

ROOT = Path(__file__).resolve().parent.parent
KUBERNETES_VERSION = "1.30.0"


def _stages(dockerfile: str) -> list[str]:
    return re.split(r"(?m)^FROM ", dockerfile)[1:]


def test_the_image_is_multi_stage_non_root_with_a_health_check() -> None:
    stages = _stages((ROOT / "Dockerfile").read_text())
    final = stages[-1]
    assert len(stages) >= 2
    assert "build-essential" not in final  # no compiler in what ships
    assert re.search(r"(?m)^USER (?!root|0\b)\w+", final)
    assert re.search(r"(?m)^HEALTHCHECK .*\n?.*healthz", final)
    assert "-c requirements.lock" in stages[0]
    assert "[dev]" not in "".join(stages) and "[embedded]" not in "".join(stages)


# The dev extra installs hadolint into the environment's bin (x86_64 Linux wheels only).
HADOLINT = shutil.which("hadolint", path=str(Path(sys.executable).parent)) or shutil.which(
    "hadolint"
)


@pytest.mark.skipif(HADOLINT is None, reason="hadolint is not installed here")
def test_the_dockerfile_passes_hadolint() -> None:
    assert HADOLINT is not None
    result = subprocess.run(
        [HADOLINT, "--no-color", str(ROOT / "Dockerfile")], capture_output=True, text=True
    )
    assert result.returncode == 0, result.stdout + result.stderr


def test_the_build_context_leaves_out_local_environments_and_data() -> None:
    ignore = (ROOT / ".dockerignore").read_text().splitlines()
    assert ignore[[line.strip() for line in ignore].index("*")] == "*"  # deny by default
    allowed = {line[1:].rstrip("/") for line in ignore if line.startswith("!")}
    assert {".venv", ".data", "tests", "bench"}.isdisjoint(allowed)
    assert {"api", "schema", "domain", "workers", "migrations", "requirements.lock"} <= allowed


def test_compose_restarts_services_and_has_no_default_secret() -> None:
    compose = yaml.safe_load((ROOT / "docker-compose.yml").read_text())
    services = compose["services"]
    for name in ("api", "worker", "postgres", "redis"):
        assert services[name]["restart"] == "unless-stopped", name
        assert "container_name" not in services[name], name  # scalable
    assert "redisdata:/data" in services["redis"]["volumes"]
    assert services["worker"]["healthcheck"]["test"] == ["CMD", "crm", "worker", "--check"]
    secret = services["api"]["environment"]["JWT_SECRET"]
    assert secret.startswith("${JWT_SECRET:?"), "no default token key"


@pytest.mark.skipif(
    shutil.which("docker") is None
    or subprocess.run(["docker", "compose", "version"], capture_output=True).returncode != 0,
    reason="docker compose is not installed here",
)
def test_compose_file_is_valid_for_docker_compose() -> None:
    result = subprocess.run(
        ["docker", "compose", "-f", str(ROOT / "docker-compose.yml"), "config", "--quiet"],
        capture_output=True,
        text=True,
        env={"JWT_SECRET": "x" * 32, "PATH": "/usr/bin:/bin:/usr/local/bin"},
    )
    assert result.returncode == 0, result.stderr


def _manifests() -> list[tuple[str, dict]]:
    documents = []
    for path in sorted((ROOT / "deploy" / "kubernetes").glob("*.yaml")):
        for document in yaml.safe_load_all(path.read_text()):
            if document:
                documents.append((f"{path.name}:{document['kind']}", document))
    return documents


@pytest.mark.parametrize(
    ("where", "manifest"), _manifests(), ids=lambda v: v if isinstance(v, str) else ""
)
def test_kubernetes_manifests_match_the_api_schema(where: str, manifest: dict) -> None:
    kubernetes_validate.validate(manifest, KUBERNETES_VERSION, strict=True)


def test_api_pods_probe_health_and_readiness_and_workers_their_heartbeat() -> None:
    manifests = dict(_manifests())
    api = manifests["api.yaml:Deployment"]["spec"]["template"]["spec"]["containers"][0]
    worker = manifests["worker.yaml:Deployment"]["spec"]["template"]["spec"]["containers"][0]
    assert api["livenessProbe"]["httpGet"]["path"] == "/healthz"
    assert api["readinessProbe"]["httpGet"]["path"] == "/readyz"
    assert worker["livenessProbe"]["exec"]["command"] == ["crm", "worker", "--check"]
    for container in (api, worker):
        assert container["resources"]["requests"] and container["resources"]["limits"]
    assert manifests["migrate-job.yaml:Job"]["spec"]["template"]["spec"]["containers"][0][
        "command"
    ] == ["crm", "migrate"]


def test_the_dashboard_charts_only_series_the_server_exports() -> None:
    import json

    from prometheus_client import REGISTRY

    import api.metrics  # noqa: F401  (registers the API's series)
    import domain.metrics  # noqa: F401
    import workers.settings  # noqa: F401

    exported = {metric.name for metric in REGISTRY.collect()}
    dashboard = json.loads((ROOT / "deploy" / "grafana" / "crm-server.json").read_text())
    charted = {
        name.removesuffix("_bucket").removesuffix("_total")
        for panel in dashboard["panels"]
        for target in panel["targets"]
        for name in re.findall(r"\bcrm_[a-z_]+", target["expr"])
    }
    assert charted and charted <= exported, charted - exported
