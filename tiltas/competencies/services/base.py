"""What the service modules share: field lists and checks."""

from django.core.exceptions import ValidationError
from django.db import models
from django.utils.translation import gettext as _

from tiltas.core.roles import Role

from ..models import (
    Framework,
    FrameworkStatus,
)

FRAMEWORK_FIELDS = ("title", "description")
TEXT_FIELDS = ("name", "description")
VALIDATOR_ROLES = frozenset({Role.TRAINER, Role.COORDINATOR, Role.ADMINISTRATOR})
DEFAULT_LEVELS = {
    1: {"lt": "Žinantis", "en": "Aware", "nb": "Bevisst"},
    2: {"lt": "Taikantis", "en": "Practising", "nb": "Utøvende"},
    3: {"lt": "Įgudęs", "en": "Proficient", "nb": "Dyktig"},
    4: {"lt": "Vedantis", "en": "Leading", "nb": "Ledende"},
}


def require_draft(framework: Framework) -> None:
    if framework.status != FrameworkStatus.DRAFT:
        raise ValidationError(
            _("Only a draft can be changed: create a new version first."), code="not_draft"
        )


def level_numbers(framework: Framework) -> set[int]:
    return set(framework.levels.values_list("number", flat=True))


def check_level(framework: Framework, level: int) -> None:
    if level not in level_numbers(framework):
        raise ValidationError(_("Choose a level of the scale."), code="bad_level")


def locked_draft(framework: Framework) -> Framework:
    """The framework read again under a row lock, so it cannot be published while
    this transaction edits it; refused unless it is a draft."""
    framework = Framework.objects.select_for_update().get(pk=framework.pk)
    require_draft(framework)
    return framework


def reloaded[M: models.Model](obj: M) -> M:
    """A fresh copy: a bound ModelForm has already written the new values into the
    instance it was given, which would hide what changed from the audit entry."""
    return type(obj)._default_manager.select_for_update().get(pk=obj.pk)
