"""schemathesis against the OpenAPI schema, on a live server: bounded examples, no server error anywhere."""

import os

import pytest
import schemathesis
from drf_spectacular.generators import SchemaGenerator
from hypothesis import HealthCheck, settings
from knox.models import AuthToken

from tests.factories import UserFactory

schema = schemathesis.openapi.from_dict(SchemaGenerator().get_schema(request=None, public=True))


@pytest.fixture
def token(transactional_db):
    from tracker.demo import load_demo_data

    load_demo_data(password="schema-test-password-1")
    return AuthToken.objects.create(user=UserFactory(is_staff=True, is_superuser=True))[1]


def test_schema_and_docs_are_served(client):
    assert client.get("/api/schema/").status_code == 200
    assert b"swagger" in client.get("/api/docs/").content.lower()


@schema.parametrize()
# The normal suite tries 4 examples an operation; SCHEMATHESIS_MAX_EXAMPLES=50 runs the deeper security pass.
@settings(
    max_examples=int(os.environ.get("SCHEMATHESIS_MAX_EXAMPLES", "4")),
    deadline=None,
    suppress_health_check=list(HealthCheck),
    derandomize=os.environ.get("SCHEMATHESIS_MAX_EXAMPLES") is None,
)
def test_no_server_error(case, live_server, token):
    response = case.call(base_url=live_server.url, headers={"Authorization": f"Token {token}"})
    assert response.status_code < 500, f"{case.method} {case.formatted_path}: {response.status_code}"
