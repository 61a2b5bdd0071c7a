"""The corruption-risk register: risks written by the organisation's integrity
officer or a coordinator, reminders of reviews, the export for the STT."""

from collections.abc import Mapping
from datetime import date, timedelta
from typing import Any

from django.conf import settings
from django.core.exceptions import PermissionDenied, ValidationError
from django.db import transaction
from django.db.models import F
from django.utils import timezone
from django.utils.translation import gettext as _

from tiltas.accounts.models import Organisation, User
from tiltas.core.audit import audit_record
from tiltas.core.mail import mail_in_language
from tiltas.core.roles import Role
from tiltas.core.services import model_update

from ..models import Art6Criterion, Risk
from ..roles import may_edit_risks

RISK_FIELDS = ["area", "description", "criteria", "likelihood", "impact", "owner", "review_on"]
#: Reviews due within this many days are announced by e-mail, once per review date.
REMIND_DAYS_BEFORE = 14


def _check(risk: Risk) -> None:
    errors: dict[str, str] = {}
    for name in ("likelihood", "impact"):
        if not 1 <= (getattr(risk, name) or 0) <= 5:
            errors[name] = _("Choose a value from 1 to 5.")
    if set(risk.criteria) - set(Art6Criterion.values):
        errors["criteria"] = _("Choose criteria from the list.")
    if errors:
        raise ValidationError(errors)


@transaction.atomic
def risk_save(
    *,
    actor: User,
    organisation: Organisation,
    data: Mapping[str, Any],
    risk: Risk | None = None,
) -> Risk:
    if not may_edit_risks(actor, organisation.pk):
        raise PermissionDenied
    created = risk is None
    target = (
        Risk(organisation=organisation)
        if risk is None
        else Risk.objects.select_for_update().get(pk=risk.pk, organisation=organisation)
    )
    values = {name: data[name] for name in RISK_FIELDS if name in data}
    if "criteria" in values:
        values["criteria"] = sorted(values["criteria"])
    changed = model_update(target, fields=RISK_FIELDS, data=values)
    _check(target)
    if "review_on" in changed:
        target.reminded_for = None
    target.save()
    if "measures" in data:
        target.measures.set(data["measures"])
        changed.append("measures")
    action = "integrity.risk.created" if created else "integrity.risk.updated"
    audit_record(actor=actor, action=action, obj=target, changed_fields=changed)
    return target


def risks_remind(today: date | None = None) -> int:
    """E-mail each organisation's integrity officers the risks whose review is
    due within two weeks (or overdue), once per review date. Returns the
    number of risks announced."""
    today = today or timezone.localdate()
    due = (
        Risk.objects.filter(review_on__lte=today + timedelta(days=REMIND_DAYS_BEFORE))
        .exclude(reminded_for=F("review_on"))
        .select_related("organisation")
        .order_by("organisation_id", "review_on")
    )
    by_organisation: dict[int, list[Risk]] = {}
    for risk in due:
        by_organisation.setdefault(risk.organisation_id, []).append(risk)
    announced = 0
    for organisation_id, risks in by_organisation.items():
        officers = User.objects.filter(
            organisation_id=organisation_id, role=Role.INTEGRITY_OFFICER, is_active=True
        )
        for officer in officers:
            mail_in_language(
                to=officer.email,
                language=officer.preferred_language,
                template="integrity/email/risk_review",
                context={
                    "risks": risks,
                    "organisation": risks[0].organisation,
                    "base_url": settings.TILTAS_BASE_URL.rstrip("/"),
                },
            )
        Risk.objects.filter(pk__in=[r.pk for r in risks]).update(reminded_for=F("review_on"))
        announced += len(risks)
    return announced


def risks_xlsx_rows(risks: list[Risk]) -> list[list[Any]]:
    """One row per risk, in the order of the institution's submission to the STT."""
    labels = dict(Art6Criterion.choices)
    return [
        [
            n,
            risk.get_area_display(),
            risk.description,
            "; ".join(str(labels[c]) for c in risk.criteria if c in labels),
            risk.likelihood,
            risk.impact,
            risk.score,
            risk.owner,
            "; ".join(m.title for m in risk.measures.all()),
            risk.review_on.isoformat(),
        ]
        for n, risk in enumerate(risks, start=1)
    ]
