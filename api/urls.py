"""Partner REST API (versioned at /api/v1/); the endpoints arrive with the API issue."""

app_name = "api"
urlpatterns: list = []
