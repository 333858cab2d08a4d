from django.urls import include, path
from drf_spectacular.views import SpectacularAPIView, SpectacularSwaggerSplitView
from rest_framework.routers import DefaultRouter

from api import views
from api.exports import FigureExportView
from api.hapi import HapiIdpsView

app_name = "api"

router = DefaultRouter()
router.register("figures", views.FigureViewSet, basename="figure")
router.register("regions", views.RegionViewSet, basename="region")
router.register("reporting-bodies", views.ReportingBodyViewSet, basename="reportingbody")
router.register("sources", views.SourceViewSet, basename="source")
router.register("events", views.EventViewSet, basename="event")

v1 = [
    path("figures/export.csv", FigureExportView.as_view(kind="csv"), name="figure-export-csv"),
    path("figures/export.hxl", FigureExportView.as_view(kind="hxl"), name="figure-export-hxl"),
    path("totals/", views.TotalsView.as_view(), name="totals"),
    path("totals/geo/", views.TotalsGeoView.as_view(), name="totals-geo"),
    path("", include(router.urls)),
]

urlpatterns = [
    path("v1/", include(v1)),
    path("hapi/v1/affected-people/idps", HapiIdpsView.as_view(), name="hapi-idps"),
    path("schema/", SpectacularAPIView.as_view(), name="schema"),
    # the split view serves Swagger UI's start-up script as a file of its own: no inline script under the CSP
    path(
        "docs/",
        SpectacularSwaggerSplitView.as_view(url_name="api:schema", template_name="api/swagger_ui.html"),
        name="docs",
    ),
]
