"""Included by ``config/urls.py`` only when ``TILTAS_ENV=bench``."""

from django.urls import path

from .views import floor

urlpatterns = [path("floor/", floor, name="bench_floor")]
