"""Writes of a person's network profile."""

from collections.abc import Iterable, Mapping
from typing import Any

from django.core.exceptions import ValidationError
from django.db import transaction
from django.utils import timezone
from django.utils.translation import gettext as _

from tiltas.accounts.models import User
from tiltas.competencies.models import Area
from tiltas.core.audit import audit_record
from tiltas.core.services import model_update

from ..models import PROFILE_PARTS, NetworkProfile
from .search import person_forget, person_index

PROFILE_FIELDS = ["bio", "region", *(f"{part}_visibility" for part in PROFILE_PARTS)]


@transaction.atomic
def profile_save(
    *, person: User, data: Mapping[str, Any], areas: Iterable[Area] | None = None
) -> NetworkProfile:
    """Write what the person tells members about themselves and who sees each part."""
    profile, _created = NetworkProfile.objects.get_or_create(person=person)
    profile = NetworkProfile.objects.select_for_update().get(pk=profile.pk)
    changed = model_update(profile, fields=PROFILE_FIELDS, data=data)
    country = person.country or (person.organisation.country if person.organisation else "")
    if profile.region and country and not profile.region.startswith(country):
        raise ValidationError({"region": _("Choose a region of your own country.")})
    profile.full_clean(exclude=["person", "areas"])
    profile.updated_at = timezone.now()
    profile.save()
    if areas is not None:
        wanted = {area.pk for area in areas}
        if wanted != set(profile.areas.values_list("pk", flat=True)):
            profile.areas.set(wanted)
            changed.append("areas")
    audit_record(
        actor=person, action="network.profile.updated", obj=profile, changed_fields=changed
    )
    person_index(person)
    return profile


def profile_erase(person: User) -> None:
    NetworkProfile.objects.filter(person=person).delete()
    person_forget(person)
