"""What the learning app holds about a person: export and erasure (GDPR 15, 17, 20)."""

from collections.abc import Iterator
from typing import Any

from django.db.models.fields.files import FieldFile

from tiltas.accounts.models import User
from tiltas.core.files import delete_on_commit
from tiltas.core.personal_data import PersonalDataSource

from .models import (
    Attempt,
    AttemptAnswer,
    Completion,
    Enrolment,
    ExternalLearning,
    LessonProgress,
    MaterialVersion,
    Programme,
)


def export(user: User) -> dict[str, Any]:
    return {
        "enrolments": [
            {
                "programme": e.programme.slug,
                "source": e.source,
                "enrolled_at": e.enrolled_at.isoformat(),
            }
            for e in Enrolment.objects.filter(person=user).select_related("programme")
        ],
        "lesson_progress": [
            {
                "lesson": str(p.lesson),
                "viewed_at": p.viewed_at.isoformat(),
                "completed_at": p.completed_at.isoformat() if p.completed_at else None,
            }
            for p in LessonProgress.objects.filter(person=user).select_related("lesson")
        ],
        "quiz_attempts": [
            {
                "quiz": str(a.quiz),
                "number": a.number,
                "started_at": a.started_at.isoformat(),
                "submitted_at": a.submitted_at.isoformat() if a.submitted_at else None,
                "score": str(a.score) if a.score is not None else None,
                "passed": a.passed,
                "answers": [
                    {
                        "question": str(answer.question),
                        "options": [str(option) for option in answer.selected_options.all()],
                        "text": answer.text_answer,
                        "correct": answer.correct,
                    }
                    for answer in a.answers.all()
                ],
            }
            for a in Attempt.objects.filter(person=user)
            .select_related("quiz")
            .prefetch_related("answers__question", "answers__selected_options")
        ],
        "completions": [
            {
                "programme": c.programme.slug,
                "completed_on": c.completed_on.isoformat(),
                "hours": str(c.hours),
            }
            for c in Completion.objects.filter(person=user).select_related("programme")
        ],
        "external_learning": [
            {
                "title": x.title,
                "provider": x.provider,
                "date": x.completed_on.isoformat(),
                "hours": str(x.hours),
                "evidence_link": x.evidence_link,
                "evidence_file": x.evidence_name,
            }
            for x in ExternalLearning.objects.filter(person=user)
        ],
    }


def erase(user: User) -> None:
    for entry in ExternalLearning.objects.filter(person=user):
        delete_on_commit(entry.evidence_file)
    ExternalLearning.objects.filter(person=user).delete()
    AttemptAnswer.objects.filter(attempt__person=user).delete()
    Attempt.objects.filter(person=user).delete()
    LessonProgress.objects.filter(person=user).delete()
    Completion.objects.filter(person=user).delete()
    Enrolment.objects.filter(person=user).delete()


def export_authoring(user: User) -> dict[str, Any]:
    return {
        "programmes_taught": list(
            Programme.objects.filter(trainers=user).values_list("slug", flat=True)
        ),
        "material_versions_uploaded": [
            {
                "material": str(v.material),
                "version": v.number,
                "uploaded_at": v.uploaded_at.isoformat(),
            }
            for v in MaterialVersion.objects.filter(uploaded_by=user).select_related("material")
        ],
    }


def erase_authoring(user: User) -> None:
    # The content stays (it belongs to the programme); only the link to the person goes.
    Programme.trainers.through.objects.filter(user=user).delete()
    MaterialVersion.objects.filter(uploaded_by=user).update(uploaded_by=None)


AUTHORING = PersonalDataSource(
    "learning_authoring",
    models=(MaterialVersion, Programme.trainers.through),
    export=export_authoring,
    erase=erase_authoring,
)


def files(user: User) -> Iterator[tuple[str, FieldFile]]:
    for entry in ExternalLearning.objects.filter(person=user).exclude(evidence_file=""):
        yield entry.evidence_name or entry.evidence_file.name, entry.evidence_file


LEARNING = PersonalDataSource(
    "learning",
    models=(Enrolment, LessonProgress, Attempt, AttemptAnswer, Completion, ExternalLearning),
    export=export,
    erase=erase,
    files=files,
)
