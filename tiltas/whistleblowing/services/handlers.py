"""Who handles the cases of an organisation: integrity officers designated by a coordinator."""

from django.core.exceptions import ValidationError
from django.db import IntegrityError, transaction
from django.utils.translation import gettext as _

from tiltas.accounts.models import Organisation, User
from tiltas.core.audit import audit_record
from tiltas.core.roles import Role

from ..models import CaseHandler


def handler_add(*, actor: User, user: User, organisation: Organisation) -> CaseHandler:
    if user.role != Role.INTEGRITY_OFFICER or not user.is_active:
        raise ValidationError(_("Only an integrity officer can handle reports."), code="role")
    try:
        with transaction.atomic():
            handler = CaseHandler.objects.create(user=user, organisation=organisation)
            audit_record(actor=actor, action="whistleblowing.handler.added", obj=handler)
    except IntegrityError as error:
        raise ValidationError(
            _("This officer already handles the reports of this organisation."), code="duplicate"
        ) from error
    return handler


@transaction.atomic
def handler_remove(*, actor: User, handler: CaseHandler) -> None:
    audit_record(actor=actor, action="whistleblowing.handler.removed", obj=handler)
    handler.delete()
