"""The pages of the API on the site: a staff member's personal tokens."""

from django.urls import path

from . import views

app_name = "api_tokens"

urlpatterns = [
    path("me/api-tokens/", views.tokens, name="tokens"),
    path("me/api-tokens/<int:pk>/revoke/", views.token_revoke, name="token_revoke"),
]
