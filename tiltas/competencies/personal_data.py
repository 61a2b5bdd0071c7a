"""What the competencies app holds about a person: self-assessments, evidence
and their chosen target profile."""

from tiltas.core.personal_data import PersonalDataSource

from .models import Evidence, ProfileChoice, SelfAssessment, SelfAssessmentItem
from .services import person_data_erase, person_data_export

COMPETENCIES = PersonalDataSource(
    "competencies",
    models=(SelfAssessment, SelfAssessmentItem, Evidence, ProfileChoice),
    export=person_data_export,
    erase=person_data_erase,
)
