from .events import (
    CalendarFilterForm,
    EventForm,
    EventQuestionForm,
    SurveyQuestionForm,
)
from .registrations import (
    AddParticipantForm,
    CheckInForm,
    MoveRegistrationForm,
    RegistrationForm,
    SurveyForm,
    WalkInForm,
)
from .visits import DelegationMemberForm, StudyVisitForm, VisitFileForm

__all__ = [
    "AddParticipantForm",
    "CalendarFilterForm",
    "CheckInForm",
    "DelegationMemberForm",
    "EventForm",
    "EventQuestionForm",
    "MoveRegistrationForm",
    "RegistrationForm",
    "StudyVisitForm",
    "SurveyForm",
    "SurveyQuestionForm",
    "VisitFileForm",
    "WalkInForm",
]
