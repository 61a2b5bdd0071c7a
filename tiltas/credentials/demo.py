"""Demo certificates: the signatory, and the certificates the demo's held
events and completed programmes earn, issued by the same services as in use
(their PDFs are drawn by the background worker). Idempotent."""

from tiltas.events.models import Event, EventStatus
from tiltas.learning.models import Completion

from .models import Certificate, Signatory
from .services import certificate_issue_for_completion, certificates_issue_for_event


def load_demo() -> list[str]:
    if not Signatory.objects.exists():
        Signatory.objects.create(
            name="Rasa Jankauskienė",
            title_lt="Projekto vadovė",
            title_en="Project manager",
            title_nb="Prosjektleder",
        )
    before = Certificate.objects.count()
    for completion in Completion.objects.select_related("person", "programme"):
        certificate_issue_for_completion(completion=completion)
    for event in Event.objects.filter(status=EventStatus.HELD, slug__startswith="demo-"):
        certificates_issue_for_event(event=event)
    issued = Certificate.objects.count() - before
    return [f"  credentials: {issued} certificates issued ({Certificate.objects.count()} in all)"]
