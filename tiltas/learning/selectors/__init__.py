"""Every read of the learning app that is more than a one-line lookup, by topic;
import from here (``from tiltas.learning import selectors``)."""

from .bank import (
    attempt_questions,
    bank_topics,
    question_bank,
    quiz_addable_questions,
    quiz_fixed_questions,
    random_pool,
    random_quizzes,
)
from .catalogue import (
    material_set_for,
    material_versions,
    programme_catalogue,
    programme_competencies,
    programme_events,
    programmes_developing,
)
from .management import (
    LearnerRow,
    learner_rows,
    learner_table,
    manageable_programmes,
    programme_competency_levels,
)
from .progress import (
    OUTLINE_CACHE_SECONDS,
    OUTLINE_LESSON_FIELDS,
    Progress,
    Step,
    dashboard_progress,
    learner_progress,
    learning_record,
    lesson_content,
    programme_outline,
    programme_outlines,
    quiz_attempts,
)

__all__ = [
    "OUTLINE_CACHE_SECONDS",
    "OUTLINE_LESSON_FIELDS",
    "LearnerRow",
    "Progress",
    "Step",
    "attempt_questions",
    "bank_topics",
    "dashboard_progress",
    "learner_progress",
    "learner_rows",
    "learner_table",
    "learning_record",
    "lesson_content",
    "manageable_programmes",
    "material_set_for",
    "material_versions",
    "programme_catalogue",
    "programme_competencies",
    "programme_competency_levels",
    "programme_events",
    "programme_outline",
    "programme_outlines",
    "programmes_developing",
    "question_bank",
    "quiz_addable_questions",
    "quiz_attempts",
    "quiz_fixed_questions",
    "random_pool",
    "random_quizzes",
]
