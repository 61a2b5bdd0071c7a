from .events import (
    CalendarFilterForm,
    EventForm,
    EventQuestionForm,
    SurveyQuestionForm,
)
from .files import FileForm, SignedSheetForm
from .registrations import (
    AddParticipantForm,
    CheckInForm,
    MoveRegistrationForm,
    RegistrationForm,
    SurveyForm,
    WalkInForm,
)
from .visits import DelegationMemberForm, StudyVisitForm

__all__ = [
    "AddParticipantForm",
    "CalendarFilterForm",
    "CheckInForm",
    "DelegationMemberForm",
    "EventForm",
    "EventQuestionForm",
    "FileForm",
    "MoveRegistrationForm",
    "RegistrationForm",
    "SignedSheetForm",
    "StudyVisitForm",
    "SurveyForm",
    "SurveyQuestionForm",
    "WalkInForm",
]
