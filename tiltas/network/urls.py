from django.urls import path

from .views import directory

app_name = "network"

urlpatterns = [
    path("network/", directory.directory, name="directory"),
    path("network/organisations/<slug:slug>/", directory.organisation, name="organisation"),
]
