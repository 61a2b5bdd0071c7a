from django.urls import path

from . import views

app_name = "network"

urlpatterns = [
    path("network/", views.directory, name="directory"),
    path("network/organisations/<slug:slug>/", views.organisation, name="organisation"),
]
