from django.contrib import admin
from django.urls import include, path

admin.site.site_header = "Displacement tracker"
admin.site.site_title = "Displacement tracker"
admin.site.index_title = "Figures, sources and places"

urlpatterns = [
    path("admin/", admin.site.urls),
    path("api/", include("api.urls")),
    path("summaries/", include("summaries.urls")),
]
