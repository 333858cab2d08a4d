from django.contrib import admin
from django.urls import include, path

from ops.views import favicon, healthz, readyz

urlpatterns = [
    path("healthz", healthz, name="healthz"),
    path("readyz", readyz, name="readyz"),
    path("favicon.ico", favicon, name="favicon"),
    path("i18n/", include("django.conf.urls.i18n")),  # set_language: the language switcher posts here
    path("admin/", admin.site.urls),
    path("api/", include("api.urls")),
    path("summaries/", include("summaries.urls")),
    path("", include("dashboard.urls")),
]

handler404 = "api.exceptions.not_found"
