"""Who reads a case: the integrity officers designated for the receiving
organisation, with their second factor, and nobody else: administrators,
coordinators and superusers get the 404 everyone else gets."""

from django.http import Http404

from tiltas.core.access import get_or_404
from tiltas.core.roles import Role, Someone, has_staff_power

from .models import Case, CaseFile, CaseHandler, CaseMessage

OFFICERS = frozenset({Role.INTEGRITY_OFFICER})


def is_case_handler(user: Someone) -> bool:
    if not has_staff_power(user, OFFICERS):
        return False
    return CaseHandler.objects.filter(user_id=int(user.pk or 0)).exists()


def access_cases(user: Someone) -> None:
    """The case list: a 404 for anyone who handles no organisation's cases."""
    if not is_case_handler(user):
        raise Http404


def access_case_by_id(user: Someone, pk: object) -> Case:
    if not has_staff_power(user, OFFICERS):
        raise Http404
    handled = CaseHandler.objects.filter(user_id=int(user.pk or 0)).values("organisation_id")
    return get_or_404(
        Case.objects.select_related("organisation").filter(organisation_id__in=handled), pk=pk
    )


def access_case_file_by_id(user: Someone, case_pk: object, pk: object) -> CaseFile:
    case = access_case_by_id(user, case_pk)
    case_file = get_or_404(CaseFile.objects.filter(case=case), pk=pk)
    case_file.case = case
    return case_file


def access_case_message_by_id(user: Someone, case_pk: object, pk: object) -> CaseMessage:
    case = access_case_by_id(user, case_pk)
    message = get_or_404(CaseMessage.objects.filter(case=case), pk=pk)
    message.case = case
    return message


def access_handler_for_manage_by_id(pk: object) -> CaseHandler:
    return get_or_404(CaseHandler.objects.select_related("user", "organisation"), pk=pk)
