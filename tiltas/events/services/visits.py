"""Study visits: the visit, its delegation and its files."""

from typing import Any

from django.core.exceptions import ValidationError
from django.core.files.uploadedfile import UploadedFile
from django.db import IntegrityError, transaction
from django.utils.translation import gettext as _

from tiltas.accounts.models import User
from tiltas.core.audit import audit_record
from tiltas.core.services import model_update

from ..models import DelegationMember, StudyVisit, VisitFile
from .events import unique_slug
from .files import attach, detach


def visit_create(*, data: dict[str, Any], hosts: Any = (), actor: User) -> StudyVisit:
    with transaction.atomic():
        visit = StudyVisit(**data)
        visit.slug = unique_slug(StudyVisit, data.get("title_lt") or data.get("title") or "")
        visit.full_clean(exclude=["slug"])
        visit.save()
        visit.host_organisations.set(hosts)
        audit_record(
            actor=actor, action="events.visit.created", obj=visit, changed_fields=list(data)
        )
    return visit


def visit_update(*, visit: StudyVisit, data: dict[str, Any], hosts: Any, actor: User) -> StudyVisit:
    with transaction.atomic():
        changed = model_update(visit, fields=data, data=data)
        visit.full_clean()
        visit.save()
        if set(visit.host_organisations.all()) != set(hosts):
            visit.host_organisations.set(hosts)
            changed.append("host_organisations")
        audit_record(actor=actor, action="events.visit.changed", obj=visit, changed_fields=changed)
    return visit


def delegation_member_add(
    *,
    visit: StudyVisit,
    person: User | None = None,
    name: str = "",
    organisation_name: str = "",
    role: str = "",
    actor: User,
) -> DelegationMember:
    if person is None and not name.strip():
        raise ValidationError(_("Choose a registered person or type a name."))
    try:
        with transaction.atomic():
            member = DelegationMember.objects.create(
                visit=visit,
                person=person,
                name=name.strip(),
                organisation_name=organisation_name.strip(),
                role=role.strip(),
            )
            audit_record(
                actor=actor,
                action="events.delegation.added",
                obj=member,
                changed_fields=["person", "name", "organisation_name", "role"],
            )
    except IntegrityError as exc:
        raise ValidationError(_("This person is already in the delegation.")) from exc
    return member


def delegation_member_remove(*, member: DelegationMember, actor: User) -> None:
    with transaction.atomic():
        audit_record(actor=actor, action="events.delegation.removed", obj=member)
        member.delete()


def visit_file_add(
    *, visit: StudyVisit, kind: str, title: str, upload: UploadedFile[bytes], actor: User
) -> VisitFile:
    return attach(VisitFile(visit=visit), kind=kind, title=title, upload=upload, actor=actor)


def visit_file_delete(*, item: VisitFile, actor: User) -> None:
    detach(item=item, actor=actor)
