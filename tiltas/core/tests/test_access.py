import pytest
from django.core.exceptions import PermissionDenied
from django.http import Http404, HttpResponse
from django.test import RequestFactory
from django.urls import reverse

from tiltas.core.access import get_or_404, public, roles_required, signed_in
from tiltas.core.models import AuditEntry
from tiltas.core.roles import MANAGERS, Role


def ok(request):
    return HttpResponse("ok")


@pytest.fixture
def rf_user():
    def build(user):
        request = RequestFactory().get("/lt/somewhere/")
        request.user = user
        return request

    return build


def test_public_views_are_marked():
    assert public(ok).access.kind == "public"


@pytest.mark.django_db
def test_signed_in_redirects_anonymous_to_login(rf_user):
    from django.contrib.auth.models import AnonymousUser

    response = signed_in(ok)(rf_user(AnonymousUser()))
    assert response.status_code == 302
    assert "login" in response["Location"]


@pytest.mark.django_db
def test_roles_required_denies_other_roles(rf_user, member):
    with pytest.raises(PermissionDenied):
        roles_required(*MANAGERS)(ok)(rf_user(member))


@pytest.mark.django_db
def test_roles_required_sends_staff_without_totp_to_set_it_up(rf_user, make_user):
    coordinator = make_user(role=Role.COORDINATOR, with_totp=False)
    response = roles_required(*MANAGERS)(ok)(rf_user(coordinator))
    assert response.status_code == 302
    assert response["Location"].endswith("/me/two-factor-required/")


@pytest.mark.django_db
def test_roles_required_lets_the_role_in(rf_user, coordinator):
    assert roles_required(*MANAGERS)(ok)(rf_user(coordinator)).content == b"ok"


@pytest.mark.django_db
def test_get_or_404_answers_404_for_missing_objects_and_malformed_lookups():
    entry = AuditEntry.objects.create(action="tiltas.test.done")
    assert get_or_404(AuditEntry.objects, pk=entry.pk) == entry
    assert get_or_404(AuditEntry.objects.filter(action="tiltas.test.done"), pk=entry.pk) == entry
    for queryset, lookup in (
        (AuditEntry.objects.all(), {"pk": entry.pk + 1}),
        (AuditEntry.objects.exclude(pk=entry.pk), {"pk": entry.pk}),
        (AuditEntry.objects.all(), {"pk": "not-a-number"}),
        (AuditEntry.objects.all(), {"pk": None}),
    ):
        with pytest.raises(Http404):
            get_or_404(queryset, **lookup)


@pytest.mark.django_db
def test_a_page_refused_to_a_signed_in_person_is_audited(client, member):
    client.force_login(member)
    response = client.get(reverse("core:manage"), REMOTE_ADDR="203.0.113.7")
    assert response.status_code == 403
    entry = AuditEntry.objects.get(action="core.access.denied")
    assert entry.actor_id == member.pk and entry.object_repr == "core:manage"
    assert entry.ip_address == "203.0.113.7" and entry.request_id == response["X-Request-ID"]
