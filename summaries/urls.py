from django.urls import path

from summaries.views import unsubscribe_view

app_name = "summaries"
urlpatterns = [path("unsubscribe/<str:token>/", unsubscribe_view, name="unsubscribe")]
