"""The container's own health probe against the app as deployed: gunicorn, production settings, plain http to
127.0.0.1, the HEALTHCHECK commands taken verbatim from the Dockerfile and docker-compose.yml."""

import http.client
import json
import os
import re
import socket
import subprocess
import sys
import time
from pathlib import Path

import pytest
import yaml
from django.db import connection

ROOT = Path(__file__).resolve().parent.parent.parent


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def _database_url() -> str:
    d = connection.settings_dict
    return f"postgres://{d['USER']}@{d['HOST']}:{d['PORT']}/{d['NAME']}"


@pytest.fixture
def prod_server(db):
    port = _free_port()
    env = {
        "PATH": os.environ["PATH"],
        "DJANGO_SETTINGS_MODULE": "config.settings.prod",
        "DJANGO_SECRET_KEY": "p" * 64,
        "DJANGO_ALLOWED_HOSTS": "tracker.example.org",
        "DATABASE_URL": _database_url(),
        "REDIS_URL": os.environ.get("REDIS_URL", "redis://127.0.0.1:63799/0"),
        "LOG_LEVEL": "WARNING",
    }
    cmd = [sys.executable, "-m", "gunicorn", "config.wsgi:application", "--bind", f"127.0.0.1:{port}",
           "--workers", "1", "--timeout", "30"]  # fmt: skip
    proc = subprocess.Popen(cmd, cwd=ROOT, env=env, stdout=subprocess.PIPE, stderr=subprocess.STDOUT)
    deadline = time.monotonic() + 60
    while time.monotonic() < deadline:
        if proc.poll() is not None:
            raise AssertionError(proc.stdout.read().decode())
        try:
            # the app answers, not only the port: gunicorn's master listens before its worker has loaded the app
            # (Docker gives it --start-period before the first probe counts)
            if _get(port, "/healthz", "127.0.0.1")[0] == 200:
                break
        except OSError:
            time.sleep(0.2)
    yield port
    proc.terminate()
    proc.wait(timeout=30)


def _get(port, path, host, method="GET"):
    conn = http.client.HTTPConnection("127.0.0.1", port, timeout=10)
    conn.request(method, path, headers={"Host": host})
    response = conn.getresponse()
    return response.status, dict(response.getheaders()), response.read()


def _run_probe(argv: list[str], port: int) -> subprocess.CompletedProcess:
    """Runs a probe as Docker does: a shell-form CMD through /bin/sh -c, an exec-form one as its argv."""
    argv = [arg.replace("127.0.0.1:8000", f"127.0.0.1:{port}") for arg in argv]
    assert any(f"127.0.0.1:{port}" in arg for arg in argv)
    env = {"PATH": f"{Path(sys.executable).parent}:{os.environ['PATH']}"}
    return subprocess.run(argv, timeout=30, capture_output=True, text=True, env=env)


def _dockerfile_probe() -> list[str]:
    dockerfile = (ROOT / "Dockerfile").read_text().replace("\\\n", " ")
    match = re.search(r"^HEALTHCHECK .*?CMD (.+?)$", dockerfile, re.M)
    assert match, "the Dockerfile has a HEALTHCHECK"
    command = match.group(1)
    return json.loads(command) if command.startswith("[") else ["/bin/sh", "-c", command]


def _compose_probe() -> list[str]:
    test = yaml.safe_load((ROOT / "docker-compose.yml").read_text())["services"]["web"]["healthcheck"]["test"]
    assert test[0] in ("CMD", "CMD-SHELL")
    return test[1:] if test[0] == "CMD" else ["/bin/sh", "-c", test[1]]


def test_health_paths_answer_the_containers_own_probe_under_production_settings(prod_server):
    for host in ("127.0.0.1", f"127.0.0.1:{prod_server}", "localhost", "10.1.2.3:8000"):
        status, _, body = _get(prod_server, "/healthz", host)
        assert status == 200 and json.loads(body) == {"status": "ok"}, (host, status, body)
        status, _, body = _get(prod_server, "/readyz", host)
        assert status == 200 and json.loads(body)["checks"] == {"database": True, "broker": True}, (host, body)
    assert _get(prod_server, "/healthz", "localhost", method="HEAD")[0] == 200


def test_everything_else_still_checks_the_host_and_redirects_to_https(prod_server):
    assert _get(prod_server, "/api/v1/figures/", "127.0.0.1")[0] == 400  # host not allowed
    assert _get(prod_server, "/healthz/", "127.0.0.1")[0] == 400  # only the exact paths are exempt
    assert _get(prod_server, "/healthz", "127.0.0.1", method="POST")[0] == 400
    status, headers, _ = _get(prod_server, "/api/v1/figures/", "tracker.example.org")
    assert status == 301 and headers["Location"] == "https://tracker.example.org/api/v1/figures/"


def test_the_dockerfile_healthcheck_passes_as_written(prod_server):
    probe = _dockerfile_probe()
    assert "/healthz" in " ".join(probe)
    result = _run_probe(probe, prod_server)
    assert result.returncode == 0, result.stdout + result.stderr


def test_the_compose_healthcheck_passes_as_written(prod_server):
    probe = _compose_probe()
    assert "/readyz" in " ".join(probe)
    result = _run_probe(probe, prod_server)
    assert result.returncode == 0, result.stdout + result.stderr


def test_the_probes_fail_when_the_app_is_down():
    """A probe that could not fail would prove nothing: against a closed port both commands exit non-zero."""
    port = _free_port()
    assert _run_probe(_dockerfile_probe(), port).returncode != 0
    assert _run_probe(_compose_probe(), port).returncode != 0
