"""The link between a programme and the competency model."""

from django.core.validators import MaxValueValidator, MinValueValidator
from django.db import models
from django.utils.translation import gettext_lazy as _

from .programmes import Programme


class ProgrammeCompetency(models.Model):
    """A competency the programme develops, and the level it brings a learner to."""

    programme = models.ForeignKey(
        Programme, on_delete=models.CASCADE, related_name="programme_competencies"
    )
    competency = models.ForeignKey(
        "competencies.Competency",
        verbose_name=_("competency"),
        on_delete=models.CASCADE,
        related_name="programme_links",
    )
    target_level = models.PositiveSmallIntegerField(
        _("target level"), validators=[MinValueValidator(1), MaxValueValidator(10)]
    )

    class Meta:
        verbose_name = _("competency developed")
        verbose_name_plural = _("competencies developed")
        constraints = [
            models.UniqueConstraint(
                fields=["programme", "competency"], name="learning_programme_competency_unique"
            ),
            models.CheckConstraint(
                condition=models.Q(target_level__gte=1), name="learning_target_level_positive"
            ),
        ]

    def __str__(self) -> str:
        return f"{self.programme} → {self.competency} ({self.target_level})"
