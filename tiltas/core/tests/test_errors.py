import pytest
from django.db import OperationalError
from django.test import Client, override_settings
from django.urls import path

from tiltas.core.access import public


@public
def database_gone(request):
    raise OperationalError("server closed the connection unexpectedly")


@public
def broken(request):
    raise RuntimeError("secret detail")


urlpatterns = [path("gone/", database_gone), path("broken/", broken)]
handler500 = "tiltas.core.views.server_error"


@pytest.mark.django_db
@override_settings(ROOT_URLCONF=__name__, DEBUG=False)
def test_database_loss_gives_a_translated_503_with_a_request_id():
    client = Client(raise_request_exception=False)
    response = client.get("/gone/", HTTP_ACCEPT_LANGUAGE="lt")
    assert response.status_code == 503
    assert response["Retry-After"] == "30"
    body = response.content.decode()
    assert response["X-Request-ID"] in body
    assert "Traceback" not in body
    assert "server closed" not in body


@pytest.mark.django_db
@override_settings(ROOT_URLCONF=__name__, DEBUG=False)
def test_server_error_page_hides_the_exception_and_shows_the_request_id():
    response = Client(raise_request_exception=False).get("/broken/")
    assert response.status_code == 500
    body = response.content.decode()
    assert "secret detail" not in body
    assert response["X-Request-ID"] in body
