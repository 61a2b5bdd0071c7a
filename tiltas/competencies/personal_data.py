"""What the competencies app holds about a person: self-assessments, evidence
and their chosen target profile."""

from collections.abc import Iterator

from django.db.models.fields.files import FieldFile

from tiltas.accounts.models import User
from tiltas.core.personal_data import PersonalDataSource

from .models import Evidence, ProfileChoice, SelfAssessment, SelfAssessmentItem
from .services import person_data_erase, person_data_export


def evidence_files(user: User) -> Iterator[tuple[str, FieldFile]]:
    for evidence in Evidence.objects.filter(person=user).exclude(file="").order_by("pk"):
        yield evidence.file_name or evidence.file.name, evidence.file


COMPETENCIES = PersonalDataSource(
    "competencies",
    models=(SelfAssessment, SelfAssessmentItem, Evidence, ProfileChoice),
    export=person_data_export,
    erase=person_data_erase,
    files=evidence_files,
)
