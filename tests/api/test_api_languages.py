"""API error messages in the language of the request's Accept-Language (English without one)."""

import pytest
from django.conf import settings
from django.utils import translation

from tests.api.conftest import user_for


@pytest.fixture(autouse=True)
def _back_to_english():
    yield
    translation.activate(settings.LANGUAGE_CODE)  # the test client's thread keeps the last request's language


def _post(api, world, role, path, body=None, language=None):
    api.force_authenticate(user_for(role, world))
    headers = {"HTTP_ACCEPT_LANGUAGE": language} if language else {}
    return api.post(path.format(draft=world["draft"].pk, verified=world["verified"].pk), body, format="json",
                    **headers)  # fmt: skip


def test_a_refusal_comes_back_in_french_arabic_or_english(api, world):
    """The four-eyes rule: the reviewer who last changed what the figure says may not verify it."""
    api.force_authenticate(world["reviewer"])
    assert api.patch(f"/api/v1/figures/{world['draft'].pk}/", {"value": 800}, format="json").status_code == 200
    said = {}
    for language in ("fr-FR,fr;q=0.9,en;q=0.5", "ar", None):
        response = _post(api, world, "reviewer", "/api/v1/figures/{draft}/verify/", language=language)
        assert response.status_code == 403
        said[language] = response.json()["detail"]
    assert said == {
        "fr-FR,fr;q=0.9,en;q=0.5": "Règle des quatre yeux : vous êtes la dernière personne à avoir modifié ce que "
        "dit ce chiffre, un autre relecteur doit donc le vérifier.",
        "ar": "قاعدة العينين الأربع: أنت آخر من غيّر مضمون هذا الرقم، لذا يجب أن يتحقق منه مراجع آخر.",
        None: "Four-eyes rule: you were the last to change what this figure says, so another reviewer must verify it.",
    }


def test_a_state_conflict_is_said_in_the_readers_language(api, world):
    response = _post(api, world, "reviewer", "/api/v1/figures/{verified}/verify/", language="fr")
    assert response.status_code == 409
    assert response.json()["detail"] == "Ce chiffre est déjà à l'état « vérifié »."
    assert response["Content-Language"] == "fr"


def test_field_errors_from_the_services_and_from_django_rest_framework(api, world):
    body = {"value": 120, "region": world["aleppo"].pk, "period_start": "2020-02-09", "period_end": "2020-02-01"}
    response = _post(api, world, "editor", "/api/v1/figures/", body, language="ar")
    assert response.status_code == 400
    assert response.json()["period_end"] == ["لا يمكن أن تنتهي الفترة قبل أن تبدأ."]
    api.force_authenticate(None)
    anonymous = api.get("/api/v1/figures/", HTTP_ACCEPT_LANGUAGE="fr")
    assert anonymous.status_code == 401 and "authentification" in anonymous.json()["detail"]


def test_an_unknown_language_falls_back_to_english(api, world):
    response = _post(api, world, "reviewer", "/api/v1/figures/{verified}/verify/", language="sw")
    assert response.json()["detail"] == "This figure is already verified."


@pytest.mark.parametrize(("path", "said"), [
    ("/api/v1/figures/?colour=red", "Paramètre inconnu. Paramètres connus : "),
    ("/api/hapi/v1/affected-people/idps?colour=red", "Paramètre inconnu."),
])  # fmt: skip
def test_an_unknown_parameter_is_named_in_the_readers_language(api, world, path, said):
    api.force_authenticate(user_for("partner", world))
    response = api.get(path, HTTP_ACCEPT_LANGUAGE="fr")
    assert response.status_code == 400
    assert response.json()["colour"][0].startswith(said)
