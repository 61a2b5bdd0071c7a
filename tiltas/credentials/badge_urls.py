"""Open Badges' hosted documents: outside the language prefix, since a badge's
identity (its URL) is the same for every reader."""

from django.urls import path

from .views import badges

app_name = "badges"

urlpatterns = [
    path("issuer.json", badges.issuer, name="issuer"),
    path("revocations.json", badges.revocations, name="revocations"),
    path("classes/<str:key>/<str:language>.json", badges.badge_class, name="badge_class"),
    path("images/<str:name>.png", badges.badge_image, name="badge_image"),
    path("assertions/<str:number>.json", badges.assertion, name="assertion"),
    # Open Badges 3.0: the issuer's key (did:web:<host>:badges) and the status list.
    path("did.json", badges.did_document, name="did"),
    path("jwks.json", badges.jwks, name="jwks"),
    path("status/revocation", badges.status_list, name="status_list"),
]
