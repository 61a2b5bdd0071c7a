"""Permission-checked fetches: each raises Http404 when the user may not see the object."""

from django.db.models import Exists, OuterRef
from django.http import Http404

from tiltas.accounts.models import Visitor
from tiltas.core.access import get_or_404
from tiltas.core.roles import is_manager, is_trainer

from .models import (
    Attempt,
    Enrolment,
    ExternalLearning,
    Lesson,
    LessonAttachment,
    Material,
    MaterialVersion,
    Module,
    Programme,
    Question,
    Quiz,
    Status,
)
from .selectors import lesson_content


def can_manage(user: Visitor, programme: Programme) -> bool:
    """Coordinators and administrators manage every programme; trainers their own
    (staff powers: only with a second factor)."""
    if is_manager(user):
        return True
    return is_trainer(user) and programme.trainers.filter(pk=user.pk).exists()


def is_enrolled(user: Visitor, programme: Programme) -> bool:
    return (
        user.is_authenticated
        and Enrolment.objects.filter(programme=programme, person=user).exists()
    )


def access_programme_by_slug(user: Visitor, slug: str) -> Programme:
    """The public page: published programmes for all; archived ones for their learners;
    drafts only for those who manage them."""
    programme: Programme = get_or_404(Programme.objects, slug=slug)
    if programme.status == Status.PUBLISHED or can_manage(user, programme):
        return programme
    if programme.status == Status.ARCHIVED and is_enrolled(user, programme):
        return programme
    raise Http404


def access_programme_for_learning(user: Visitor, slug: str) -> tuple[Programme, bool]:
    """A programme whose lessons the user may open: (programme, is_preview).
    Learners must be enrolled; people who manage it preview it. The programme
    and the enrolment are read in one query (every learning page asks)."""
    programmes = Programme.objects.filter(slug=slug)
    if user.is_authenticated:
        enrolment = Enrolment.objects.filter(programme=OuterRef("pk"), person=user)
        programmes = programmes.annotate(enrolled=Exists(enrolment))
    programme = programmes.first()
    if programme is None:
        raise Http404
    enrolled = getattr(programme, "enrolled", False)
    managed = None
    if programme.status == Status.DRAFT or not enrolled:
        managed = can_manage(user, programme)
    visible = (
        programme.status == Status.PUBLISHED
        or (programme.status == Status.ARCHIVED and enrolled)
        or managed
    )
    if not visible:
        raise Http404
    if enrolled:
        return programme, False
    if managed:
        return programme, True
    raise Http404


def access_lesson_in_outline(modules: list[Module], pk: int) -> Lesson:
    """A lesson of the programme, checked against its (cached) outline, with
    its module: no query when the lesson is in the content cache."""
    for module in modules:
        if any(lesson.pk == pk for lesson in module.lessons.all()):
            return lesson_content(pk, programme_id=module.programme_id)
    raise Http404


def access_lesson_by_id(programme: Programme, pk: int) -> Lesson:
    return get_or_404(Lesson.objects.select_related("module"), pk=pk, module__programme=programme)


def access_quiz_by_id(programme: Programme, pk: int) -> Quiz:
    return get_or_404(Quiz.objects.select_related("module"), pk=pk, module__programme=programme)


def access_attempt_by_id(user: Visitor, quiz: Quiz, pk: int) -> Attempt:
    """Only the person who made an attempt sees it."""
    return get_or_404(Attempt.objects, pk=pk, quiz=quiz, person_id=user.pk)


def access_attachment_by_id(lesson: Lesson, pk: int) -> LessonAttachment:
    return get_or_404(LessonAttachment.objects, pk=pk, lesson=lesson)


#: Attachments a lesson may show in place (uploads are re-encoded, see clean_document).
LESSON_IMAGE_TYPES = ("image/png", "image/jpeg")


def access_lesson_image_by_id(lesson: Lesson, pk: int) -> LessonAttachment:
    """An attachment of ``lesson`` that is a PNG or JPEG image; anything else is 404."""
    return get_or_404(
        LessonAttachment.objects, pk=pk, lesson=lesson, content_type__in=LESSON_IMAGE_TYPES
    )


def access_material_version_by_id(user: Visitor, programme: Programme, pk: int) -> MaterialVersion:
    """Published sets of published programmes are public; everything else only for
    those who manage the programme."""
    version = get_or_404(
        MaterialVersion.objects.select_related("material__material_set"),
        pk=pk,
        material__material_set__programme=programme,
    )
    material_set = version.material.material_set
    public = (
        material_set.status == Status.PUBLISHED
        and programme.status == Status.PUBLISHED
        and version.material.current_version_id == version.pk
    )
    if public or can_manage(user, programme):
        return version
    raise Http404


def access_external_learning_by_id(user: Visitor, pk: int) -> ExternalLearning:
    return get_or_404(ExternalLearning.objects, pk=pk, person_id=user.pk)


# --- Management ---------------------------------------------------------------
# The programme is opened first with access_programme_for_manage_by_id; the
# gates below it fetch only within that programme.


def access_programme_for_manage_by_id(user: Visitor, pk: int) -> Programme:
    programme: Programme = get_or_404(Programme.objects, pk=pk)
    if not can_manage(user, programme):
        raise Http404
    return programme


def access_module_for_manage_by_id(programme: Programme, pk: int) -> Module:
    return get_or_404(Module.objects, pk=pk, programme=programme)


def access_lesson_for_manage_by_id(programme: Programme, pk: int) -> Lesson:
    return get_or_404(Lesson.objects, pk=pk, module__programme=programme)


def access_bank_question_for_manage_by_id(programme: Programme, pk: int) -> Question:
    """A question of the programme's question bank."""
    return get_or_404(Question.objects, pk=pk, programme=programme)


def access_quiz_question_for_manage_by_id(quiz: Quiz, pk: int) -> Question:
    """One of the quiz's fixed questions."""
    return get_or_404(Question.objects, pk=pk, quiz_slots__quiz=quiz)


def access_material_for_manage_by_id(programme: Programme, pk: int) -> Material:
    return get_or_404(Material.objects, pk=pk, material_set__programme=programme)
