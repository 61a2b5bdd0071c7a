import io

import factory
from django.core.files.uploadedfile import SimpleUploadedFile
from django.utils import timezone
from PIL import Image

from tiltas.accounts.tests.factories import UserFactory
from tiltas.learning.models import (
    Activity,
    Enrolment,
    Lesson,
    Module,
    Option,
    Programme,
    Question,
    QuestionKind,
    Quiz,
    QuizQuestion,
    Status,
)


def _png() -> bytes:
    buffer = io.BytesIO()
    Image.new("RGBA", (1, 1), "teal").save(buffer, format="PNG")
    return buffer.getvalue()


# The smallest file each checker recognises by its magic bytes; images must also decode
# (they are re-encoded on upload).
PDF_BYTES = b"%PDF-1.4\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n"
PNG_BYTES = _png()


def pdf_upload(name: str = "guide.pdf") -> SimpleUploadedFile:
    return SimpleUploadedFile(name, PDF_BYTES, content_type="application/pdf")


class ProgrammeFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Programme
        skip_postgeneration_save = True

    slug = factory.Sequence(lambda n: f"programme-{n}")
    title = factory.Sequence(lambda n: f"Programme {n}")
    title_en = factory.LazyAttribute(lambda o: o.title)
    summary = "A programme about social clustering."
    audience = "Civil servants"
    hours = 12
    activity = Activity.SOCIAL_CLUSTERING
    status = Status.PUBLISHED
    published_at = factory.LazyFunction(timezone.now)

    @factory.post_generation
    def trainers(self, create: bool, extracted, **kwargs) -> None:
        if create and extracted:
            self.trainers.set(extracted)


class ModuleFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Module

    programme = factory.SubFactory(ProgrammeFactory)
    order = factory.Sequence(lambda n: n + 1)
    title = factory.Sequence(lambda n: f"Module {n}")


class LessonFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Lesson

    module = factory.SubFactory(ModuleFactory)
    order = factory.Sequence(lambda n: n + 1)
    title = factory.Sequence(lambda n: f"Lesson {n}")
    body = "## Why clusters\n\nPartners *share* problems."
    required = True


class QuizFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Quiz

    module = factory.SubFactory(ModuleFactory)
    title = factory.Sequence(lambda n: f"Quiz {n}")
    passing_grade = 50
    attempt_limit = 3
    shuffle_options = False


class QuestionFactory(factory.django.DjangoModelFactory):
    """A bank question; with ``quiz=``, in that quiz's programme and added to the
    quiz as its last fixed question."""

    class Meta:
        model = Question

    quiz = None
    programme = factory.LazyAttribute(
        lambda o: o.quiz.module.programme if o.quiz is not None else ProgrammeFactory()
    )
    kind = QuestionKind.SINGLE
    text = factory.Sequence(lambda n: f"Question {n}?")

    @classmethod
    def _create(cls, model_class, *args, **kwargs):
        quiz = kwargs.pop("quiz", None)
        question = super()._create(model_class, *args, **kwargs)
        if quiz is not None:
            QuizQuestion.objects.create(quiz=quiz, question=question, order=quiz.slots.count() + 1)
        return question


class OptionFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Option

    question = factory.SubFactory(QuestionFactory)
    text = factory.Sequence(lambda n: f"Option {n}")
    correct = False


class EnrolmentFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Enrolment

    programme = factory.SubFactory(ProgrammeFactory)
    person = factory.SubFactory(UserFactory)


def single_choice(quiz: Quiz, *, text: str = "Pick one") -> tuple[Question, Option, Option]:
    """A single-choice question with one right and one wrong option."""
    question = QuestionFactory(quiz=quiz, text=text)
    right = OptionFactory(question=question, text="Right", correct=True)
    wrong = OptionFactory(question=question, text="Wrong")
    return question, right, wrong


def competency(code: str = "SC1"):
    from tiltas.competencies.models import Area, Competency, Framework

    framework, _ = Framework.objects.get_or_create(
        slug="test-framework", version=1, defaults={"title": "Test framework"}
    )
    area, _ = Area.objects.get_or_create(framework=framework, code="A", defaults={"name": "Area"})
    return Competency.objects.create(framework=framework, area=area, code=code, name=f"Comp {code}")


def course(*, lessons: int = 2, with_quiz: bool = True, **programme_kwargs):
    """A published programme with one module, some lessons and (optionally) a quiz."""
    programme = ProgrammeFactory(**programme_kwargs)
    module = ModuleFactory(programme=programme)
    made = [LessonFactory(module=module) for _ in range(lessons)]
    quiz = QuizFactory(module=module) if with_quiz else None
    return programme, module, made, quiz
