"""The OpenAPI schema tells every status an operation can answer with, for every role, and why."""

from drf_spectacular.contrib.knox_auth_token import KnoxTokenScheme
from drf_spectacular.openapi import AutoSchema


class TrackerTokenScheme(KnoxTokenScheme):
    """Our knox authentication (api.authentication) is knox's scheme: `Authorization: Token <token>`."""

    target_class = "api.authentication.TokenAuthentication"


_ERROR = {
    "type": "object",
    "properties": {"detail": {"type": "string"}},
    "required": ["detail"],
}
_FIELD_ERRORS = {
    "type": "object",
    "description": "Each bad parameter or field with its messages, or `detail` for the whole request.",
    "additionalProperties": {
        "oneOf": [{"type": "array", "items": {}}, {"type": "string"}, {"type": "object"}],
    },
}
_WHY = {
    "400": ("A parameter or field is malformed, unknown or out of range; the body names each one.", _FIELD_ERRORS),
    "401": ("No credentials, or an expired or revoked token (anonymous callers get this everywhere).", _ERROR),
    "403": (
        "Your role may not do this: partners read, editors enter and correct, reviewers verify, reject and "
        "delete (not their own figures), administrators everything.",
        _ERROR,
    ),
    "404": (
        "No such object visible to you (partners see verified figures only), or a region, reporting body or "
        "other object named in a parameter or field does not exist (the body then names the field).",
        _FIELD_ERRORS,
    ),  # fmt: skip
    "409": ("The object exists already (a name or p-code must be unique); the body names the field.", _FIELD_ERRORS),
    "429": ("Too many requests for this token: the Retry-After header says when to come back.", _ERROR),
}


class TrackerAutoSchema(AutoSchema):
    def _get_response_bodies(self, direction="response"):
        responses = super()._get_response_bodies(direction)
        if direction != "response":
            return responses
        for code, (description, schema) in _WHY.items():
            if code == "409" and self.method not in ("POST", "PUT", "PATCH"):
                continue
            responses.setdefault(
                code, {"description": description, "content": {"application/json": {"schema": schema}}}
            )
        return responses
