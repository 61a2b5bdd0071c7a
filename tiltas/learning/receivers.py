"""How learning's achievements reach the apps below it: a completed programme
is evidence of the competencies it develops, at its target level."""

from typing import Any

from tiltas.competencies.services import evidence_add_automatic

from .models import Completion
from .signals import completion_recorded


def connect() -> None:
    completion_recorded.connect(completion_evidence_add, dispatch_uid="learning.evidence")


def completion_evidence_add(sender: Any, *, completion: Completion, **kwargs: Any) -> None:
    """Idempotent: the competencies service returns the evidence already recorded
    for the same completion and competency."""
    links = completion.programme.programme_competencies.select_related("competency")
    for link in links:
        evidence_add_automatic(
            person=completion.person,
            competency=link.competency,
            level=link.target_level,
            source="programme_completion",
            source_ref=str(completion.pk),
            occurred_on=completion.completed_on,
        )
