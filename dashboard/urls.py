from django.urls import path

from dashboard.views import front_door

app_name = "dashboard"
urlpatterns = [path("", front_door, name="home")]
