"""Programmes, their content, quizzes, material sets and learners' progress."""

from .competencies import ProgrammeCompetency
from .materials import Material, MaterialKind, MaterialSet, MaterialVersion
from .programmes import (
    Activity,
    Lesson,
    LessonAttachment,
    Module,
    Programme,
    Status,
)
from .progress import (
    Completion,
    Enrolment,
    EnrolmentSource,
    ExternalLearning,
    LessonProgress,
)
from .quizzes import (
    Attempt,
    AttemptAnswer,
    Option,
    Question,
    QuestionKind,
    Quiz,
    QuizQuestion,
    Review,
)

__all__ = [
    "Activity",
    "Attempt",
    "AttemptAnswer",
    "Completion",
    "Enrolment",
    "EnrolmentSource",
    "ExternalLearning",
    "Lesson",
    "LessonAttachment",
    "LessonProgress",
    "Material",
    "MaterialKind",
    "MaterialSet",
    "MaterialVersion",
    "Module",
    "Option",
    "Programme",
    "ProgrammeCompetency",
    "Question",
    "QuestionKind",
    "Quiz",
    "QuizQuestion",
    "Review",
    "Status",
]
