"""Reads for people and organisations."""

from django.core.paginator import Page, Paginator
from django.db.models import Case, IntegerField, Q, QuerySet, Value, When

from .models import ConsentRecord, LoginRecord, Notice, Organisation, ProjectRole, User


def organisation_list_by_project_role() -> QuerySet[Organisation]:
    """The applicant first, then the partners, each by name (the partners page)."""
    return (
        Organisation.objects.filter(project_role__in=[ProjectRole.APPLICANT, ProjectRole.PARTNER])
        .annotate(
            role_order=Case(
                When(project_role=ProjectRole.APPLICANT, then=Value(0)),
                default=Value(1),
                output_field=IntegerField(),
            )
        )
        .order_by("role_order", "name")
    )


def user_signed_in_before(*, user: User) -> bool:
    """Had the person signed in before the sign-in just recorded?"""
    return LoginRecord.objects.filter(user=user).count() > 1


def organisation_get(*, slug: str) -> Organisation | None:
    return Organisation.objects.filter(slug=slug).first()


def organisation_list(*, query: str = "") -> QuerySet[Organisation]:
    organisations = Organisation.objects.order_by("name")
    if query:
        organisations = organisations.filter(name__icontains=query)
    return organisations


def user_search(*, query: str = "", page: int | str = 1, per_page: int = 25) -> Page[User]:
    people = User.objects.select_related("organisation").order_by("full_name", "pk")
    if query:
        people = people.filter(
            Q(full_name__icontains=query)
            | Q(email__icontains=query)
            | Q(organisation__name__icontains=query)
        )
    return Paginator(people, per_page).get_page(page)


def consent_ledger(*, user: User) -> list[ConsentRecord]:
    """The person's consent ledger, oldest first."""
    return list(ConsentRecord.objects.filter(person=user).order_by("at", "pk"))


def consents_in_force(ledger: list[ConsentRecord]) -> dict[str, ConsentRecord]:
    """The latest record per notice (absent: never recorded)."""
    return {record.notice: record for record in ledger if record.notice in Notice.values}
