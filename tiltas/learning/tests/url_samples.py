"""Arguments for every learning URL that takes some, for the permission matrix.

The programme is published; every trainer who exists when this runs teaches
it and every person who exists is enrolled in it (a trainer who does not teach
a programme gets 404 on its management pages, and a person who is not enrolled
gets 404 on its lessons, by design). Attempts and external learning belong to
one learner only: for anyone else they are 404, by design too."""

from django.core.files.uploadedfile import SimpleUploadedFile

from tiltas.accounts.models import User
from tiltas.core.roles import Role
from tiltas.learning import services

from .factories import (
    PNG_BYTES,
    EnrolmentFactory,
    LessonFactory,
    ModuleFactory,
    ProgrammeFactory,
    QuizFactory,
    pdf_upload,
    single_choice,
)

_ENROLLED = "only for people enrolled in the programme or who manage it"
_OWN = "only for the learner whose record it is"
_TEACHES = "a trainer who does not teach the programme gets 404 (coordinators all 200)"

#: 404 counts as reached for these (the matrix creates its people after the sample).
NOT_FOUND_BY_DESIGN = {
    "learning:learn": _ENROLLED,
    "learning:lesson": _ENROLLED,
    "learning:lesson_attachment": _ENROLLED,
    "learning:lesson_image": _ENROLLED,
    "learning:quiz": _ENROLLED,
    "learning:attempt": _OWN,
    "learning:external_edit": _OWN,
    "learning:external_evidence": _OWN,
    **{
        f"learning:{name}": _TEACHES
        for name in (
            "manage_programme",
            "manage_programme_edit",
            "manage_competencies",
            "manage_module_create",
            "manage_module_edit",
            "manage_module_delete",
            "manage_lesson_delete",
            "manage_quiz_questions_add",
            "manage_quiz_question_move",
            "manage_quiz_question_remove",
            "manage_bank",
            "manage_bank_question_create",
            "manage_bank_question_edit",
            "manage_bank_question_delete",
            "manage_lesson_create",
            "manage_quiz_create",
            "manage_lesson_edit",
            "manage_attachment_create",
            "manage_quiz",
            "manage_question_create",
            "manage_question_edit",
            "manage_materials",
            "manage_material_create",
            "manage_material_version_create",
            "manage_learners",
            "manage_learners_csv",
        )
    },
}


def url_samples() -> dict[str, dict]:
    programme = ProgrammeFactory(slug="matrix-programme")
    programme.trainers.set(User.objects.filter(role=Role.TRAINER))
    module = ModuleFactory(programme=programme)
    lesson = LessonFactory(module=module)
    quiz = QuizFactory(module=module)
    question, _right, _wrong = single_choice(quiz)
    material_set = services.material_set_update(
        programme=programme, actor=None, title={"lt": "Rinkinys"}, description={}
    )
    material = services.material_create(
        material_set=material_set,
        actor=None,
        title={"lt": "Vadovas"},
        language="lt",
        kind="handbook",
        upload=pdf_upload(),
    )
    services.material_set_publish(material_set=material_set, actor=None, publish=True)
    attachment = services.lesson_attachment_add(
        lesson=lesson, actor=None, title="Priedas", upload=pdf_upload()
    )
    image = services.lesson_attachment_add(
        lesson=lesson,
        actor=None,
        title="Schema",
        upload=SimpleUploadedFile("schema.png", PNG_BYTES),
    )
    learner = EnrolmentFactory(programme=programme).person
    # Everyone who exists already is enrolled, so that learning pages open for them.
    for person in User.objects.exclude(pk=learner.pk):
        services.enrolment_add(programme=programme, person=person, source="coordinator", actor=None)
    attempt = services.attempt_start(quiz=quiz, person=learner)
    entry = services.external_learning_create(
        person=learner,
        data={"title": "Kursai", "provider": "VU", "completed_on": "2026-01-10", "hours": 2},
    )
    slug = programme.slug
    pk = programme.pk
    return {
        "learning:programme_detail": {"slug": slug},
        "learning:material_download": {"slug": slug, "pk": material.current_version_id},
        "learning:enrol": {"slug": slug},
        "learning:learn": {"slug": slug},
        "learning:lesson": {"slug": slug, "pk": lesson.pk},
        "learning:lesson_complete": {"slug": slug, "pk": lesson.pk},
        "learning:lesson_attachment": {
            "slug": slug,
            "pk": lesson.pk,
            "attachment_pk": attachment.pk,
        },
        "learning:lesson_image": {"slug": slug, "pk": lesson.pk, "attachment_pk": image.pk},
        "learning:quiz": {"slug": slug, "pk": quiz.pk},
        "learning:attempt_start": {"slug": slug, "pk": quiz.pk},
        "learning:attempt": {"slug": slug, "pk": quiz.pk, "attempt_pk": attempt.pk},
        "learning:attempt_submit": {"slug": slug, "pk": quiz.pk, "attempt_pk": attempt.pk},
        "learning:external_edit": {"pk": entry.pk},
        "learning:external_delete": {"pk": entry.pk},
        "learning:external_evidence": {"pk": entry.pk},
        "learning:manage_programme": {"pk": pk},
        "learning:manage_programme_edit": {"pk": pk},
        "learning:manage_programme_publish": {"pk": pk},
        "learning:manage_competencies": {"pk": pk},
        "learning:manage_module_create": {"pk": pk},
        "learning:manage_module_edit": {"pk": pk, "module_pk": module.pk},
        "learning:manage_module_move": {"pk": pk, "module_pk": module.pk},
        "learning:manage_module_delete": {"pk": pk, "module_pk": module.pk},
        "learning:manage_lesson_create": {"pk": pk, "module_pk": module.pk},
        "learning:manage_quiz_create": {"pk": pk, "module_pk": module.pk},
        "learning:manage_lesson_edit": {"pk": pk, "lesson_pk": lesson.pk},
        "learning:manage_lesson_move": {"pk": pk, "lesson_pk": lesson.pk},
        "learning:manage_lesson_delete": {"pk": pk, "lesson_pk": lesson.pk},
        "learning:manage_attachment_create": {"pk": pk, "lesson_pk": lesson.pk},
        "learning:manage_quiz": {"pk": pk, "quiz_pk": quiz.pk},
        "learning:manage_question_create": {"pk": pk, "quiz_pk": quiz.pk},
        "learning:manage_question_edit": {"pk": pk, "quiz_pk": quiz.pk, "question_pk": question.pk},
        "learning:manage_quiz_questions_add": {"pk": pk, "quiz_pk": quiz.pk},
        "learning:manage_quiz_question_move": {
            "pk": pk,
            "quiz_pk": quiz.pk,
            "question_pk": question.pk,
        },
        "learning:manage_quiz_question_remove": {
            "pk": pk,
            "quiz_pk": quiz.pk,
            "question_pk": question.pk,
        },
        "learning:manage_bank": {"pk": pk},
        "learning:manage_bank_question_create": {"pk": pk},
        "learning:manage_bank_question_edit": {"pk": pk, "question_pk": question.pk},
        "learning:manage_bank_question_delete": {"pk": pk, "question_pk": question.pk},
        "learning:manage_materials": {"pk": pk},
        "learning:manage_material_create": {"pk": pk},
        "learning:manage_material_set_publish": {"pk": pk},
        "learning:manage_material_version_create": {"pk": pk, "material_pk": material.pk},
        "learning:manage_learners": {"pk": pk},
        "learning:manage_learners_csv": {"pk": pk},
        "learning:manage_enrol": {"pk": pk},
    }
