"""schemathesis against the OpenAPI schema on a live server, as every role, with every check (`--checks all`):
no server error, no status code the schema does not list, responses as the schema describes them.

The normal suite runs the coverage phase (boundary and malformed values of every parameter and field) as an
administrator, who reaches every operation's validation, and the fuzzing and stateful phases for every role, at
SCHEMATHESIS_MAX_EXAMPLES examples an operation (default 3). Setting SCHEMATHESIS_MAX_EXAMPLES runs the deeper
pass: every phase for every role (see README).
"""

import os
import re
import subprocess
import sys
from pathlib import Path

import pytest
from django.contrib.auth import get_user_model
from knox.models import AuthToken

ROOT = Path(__file__).resolve().parents[2]
ROLES = ["anonymous", "partner", "editor", "reviewer", "admin"]
DEEP = "SCHEMATHESIS_MAX_EXAMPLES" in os.environ
MAX_EXAMPLES = int(os.environ.get("SCHEMATHESIS_MAX_EXAMPLES", "3"))
COVERAGE_ROLES = set(ROLES) if DEEP else {"admin"}
# Staff may write, and a write can be refused for reasons a schema cannot state (a quote must be what the source
# says at its span, an event cannot end before it starts): those are 400s with a message, not faults. For them
# schemathesis' "schema-valid request rejected" check is left out; every other check runs.
WRITERS = {"editor", "reviewer", "admin"}


def test_schema_and_docs_are_served(client):
    assert client.get("/api/schema/").status_code == 200
    assert b"swagger" in client.get("/api/docs/").content.lower()


def test_schema_lists_every_error_status_and_nullable_region(client):
    schema = client.get("/api/schema/?format=json").json()
    for path, operations in schema["paths"].items():
        for method, operation in operations.items():
            if method == "parameters":
                continue
            assert {"400", "401", "403", "404", "429"} <= set(operation["responses"]), (method, path)
    figure = schema["components"]["schemas"]["Figure"]["properties"]
    assert figure["region"]["nullable"] and figure["persons"]["nullable"]
    assert "nullable" not in schema["components"]["schemas"]["FigureWriteRequest"]["properties"]["region"]


def test_region_and_body_filters_are_strings_in_the_schema(client):
    """They take a p-code or a name (`?region=SY07`, `?reporting_body=OCHA`); the schema said "integer" (the model's
    foreign key), so a client generated from it could not send the README's own examples."""
    schema = client.get("/api/schema/?format=json").json()
    figures = {p["name"]: p["schema"] for p in schema["paths"]["/api/v1/figures/"]["get"]["parameters"]}
    regions = {p["name"]: p["schema"] for p in schema["paths"]["/api/v1/regions/"]["get"]["parameters"]}
    assert figures["region"]["type"] == figures["reporting_body"]["type"] == regions["within"]["type"] == "string"
    assert figures["region"]["example"] == "SY07"


def test_the_exports_list_the_figure_filters_in_the_schema(client):
    """The exports take the list's filters (`export.hxl?region=SY07`); the schema listed only `format`."""
    schema = client.get("/api/schema/?format=json").json()
    listed = {p["name"] for p in schema["paths"]["/api/v1/figures/"]["get"]["parameters"]}
    for path in ("/api/v1/figures/export.csv", "/api/v1/figures/export.hxl"):
        names = {p["name"] for p in schema["paths"][path]["get"]["parameters"]}
        assert listed - {"cursor", "page_size", "ordering"} <= names, (path, names)


@pytest.mark.parametrize("role", ROLES)
def test_schemathesis_all_checks(role, live_server, transactional_db):
    from tracker.demo import load_demo_data

    load_demo_data(password="schema-test-password-1")
    phases = "examples,coverage,fuzzing,stateful" if role in COVERAGE_ROLES else "examples,fuzzing,stateful"
    command = [sys.executable, "-m", "tests.api.schemathesis_cli", "run", f"{live_server.url}/api/schema/?format=json",
               "--checks", "all", "--max-examples", str(MAX_EXAMPLES), "--workers", "2", "--request-timeout", "60",
               "--phases", phases]  # fmt: skip
    if not DEEP:
        command += ["--generation-deterministic"]
    if role != "anonymous":
        token = AuthToken.objects.create(user=get_user_model().objects.get(username=role))[1]
        command += ["--header", f"Authorization: Token {token}"]
    if role in WRITERS:
        command += ["--exclude-checks", "positive_data_acceptance"]
    result = subprocess.run(command, cwd=ROOT, capture_output=True, text=True, timeout=1800, check=False)
    artifacts = ROOT / "artifacts"
    artifacts.mkdir(exist_ok=True)
    (artifacts / f"schemathesis-{role}.txt").write_text(result.stdout + result.stderr)
    counts = re.search(r"(\d+) generated, (.*)", result.stdout)
    print(f"schemathesis as {role}: {counts.group(0) if counts else 'no summary'}")
    assert counts and int(counts.group(1)) > 0, result.stdout[-3000:]
    assert result.returncode == 0, result.stdout[-6000:]
