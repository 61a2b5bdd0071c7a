"""Learning itself: lessons, the dashboard, the record, lesson images."""

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from django.test import Client
from django.urls import reverse
from django.utils import translation

from tiltas.learning import services
from tiltas.learning.models import (
    Enrolment,
    ExternalLearning,
    LessonProgress,
)

from .bulk import grow
from .factories import (
    EnrolmentFactory,
    LessonFactory,
    ProgrammeFactory,
    course,
    pdf_upload,
)
from .helpers import rendered_queries, signed_in, status

pytestmark = pytest.mark.django_db


# --- Learning -------------------------------------------------------------------------


def test_enrol_then_learn(member):
    programme, _module, _lessons, _quiz = course(lessons=1)
    client = signed_in(member)
    assert client.get(reverse("learning:enrol", args=[programme.slug])).status_code == 405
    response = client.post(reverse("learning:enrol", args=[programme.slug]))
    assert response.status_code == 302
    assert Enrolment.objects.filter(person=member, programme=programme).exists()
    assert client.get(reverse("learning:learn", args=[programme.slug])).status_code == 200


def test_lesson_needs_enrolment(member):
    programme, _module, lessons, _quiz = course(lessons=1)
    url = reverse("learning:lesson", args=[programme.slug, lessons[0].pk])
    assert signed_in(member).get(url).status_code == 404
    anonymous = Client().get(url)
    assert anonymous.status_code == 302 and "login" in anonymous["Location"]


def test_lesson_markdown_is_sanitised(member):
    programme, module, _lessons, _quiz = course(lessons=0, with_quiz=False)
    lesson = LessonFactory(
        module=module,
        body=(
            "# Title\n\n<script>alert('x')</script>\n\n<style>body{display:none}</style>\n\n"
            '<a href="javascript:alert(1)">bad</a> <img src="x.png" onerror="alert(1)">\n\n'
            "[also bad](javascript:alert(2)) and **bold**"
        ),
    )
    EnrolmentFactory(programme=programme, person=member)
    response = signed_in(member).get(reverse("learning:lesson", args=[programme.slug, lesson.pk]))
    body = response.content.decode()
    article = body[body.index('<div class="prose"') :]
    article = article[: article.index("</div>")]
    assert "<strong>bold</strong>" in article
    assert "<script" not in article and "<style" not in article
    assert "onerror" not in article and "javascript:" not in article
    assert LessonProgress.objects.filter(person=member, lesson=lesson).exists()


def test_lesson_complete_goes_to_next_step(member):
    programme, _module, lessons, quiz = course(lessons=2)
    EnrolmentFactory(programme=programme, person=member)
    client = signed_in(member)
    response = client.post(
        reverse("learning:lesson_complete", args=[programme.slug, lessons[0].pk])
    )
    assert response["Location"] == reverse("learning:lesson", args=[programme.slug, lessons[1].pk])
    response = client.post(
        reverse("learning:lesson_complete", args=[programme.slug, lessons[1].pk])
    )
    assert response["Location"] == reverse("learning:quiz", args=[programme.slug, quiz.pk])


def test_preview_by_trainer_records_nothing(trainer):
    programme, _module, lessons, quiz = course(lessons=1, trainers=[trainer])
    client = signed_in(trainer)
    assert (
        client.get(reverse("learning:lesson", args=[programme.slug, lessons[0].pk])).status_code
        == 200
    )
    client.post(reverse("learning:lesson_complete", args=[programme.slug, lessons[0].pk]))
    assert client.get(reverse("learning:quiz", args=[programme.slug, quiz.pk])).status_code == 200
    assert not LessonProgress.objects.exists()


def test_lesson_page_queries_do_not_grow(member):
    programme, module, lessons, _quiz = course(lessons=2)
    EnrolmentFactory(programme=programme, person=member)
    client = signed_in(member)
    url = reverse("learning:lesson", args=[programme.slug, lessons[0].pk])
    client.get(url)  # the first view records progress; later views only read
    grow(programme, module, to=10)
    small = rendered_queries(client, url)
    grow(programme, module, to=1000)
    assert rendered_queries(client, url) == small


def test_dashboard_queries_do_not_grow(member):
    def enrol_in_one():
        programme, module, lessons, _quiz = course(lessons=2)
        EnrolmentFactory(programme=programme, person=member)
        services.lesson_complete(lesson=lessons[0], person=member)
        return programme, module

    courses = [enrol_in_one()]
    client = signed_in(member)
    for programme, module in courses:
        grow(programme, module, to=10)
    small = rendered_queries(client, reverse("learning:dashboard"))
    courses += [enrol_in_one() for _ in range(4)]
    for programme, module in courses[:1]:
        grow(programme, module, to=1000)
    assert rendered_queries(client, reverse("learning:dashboard")) == small


# --- Lifelong-learning record ----------------------------------------------------------


def test_external_learning_add_edit_delete(member):
    client = signed_in(member)
    response = client.post(
        reverse("learning:external_create"),
        {
            "title": "Kursai",
            "provider": "VU",
            "completed_on": "2026-05-02",
            "hours": "4",
            "evidence": pdf_upload(),
        },
    )
    assert response.status_code == 302
    entry = ExternalLearning.objects.get(person=member)
    page = client.get(reverse("learning:record")).content.decode()
    assert "Kursai" in page
    evidence = client.get(reverse("learning:external_evidence", args=[entry.pk]))
    assert evidence["Content-Disposition"].startswith("attachment")
    assert evidence.content.startswith(b"%PDF")
    client.post(
        reverse("learning:external_edit", args=[entry.pk]),
        {"title": "Kursai 2", "provider": "VU", "completed_on": "2026-05-02", "hours": "5"},
    )
    entry.refresh_from_db()
    assert entry.title == "Kursai 2" and entry.evidence_file
    client.post(reverse("learning:external_delete", args=[entry.pk]))
    assert not ExternalLearning.objects.exists()


def test_external_learning_rejects_html_evidence_and_keeps_input(member):
    response = signed_in(member).post(
        reverse("learning:external_create"),
        {
            "title": "Kursai",
            "provider": "VU",
            "completed_on": "2026-05-02",
            "hours": "4",
            "evidence": SimpleUploadedFile("x.html", b"<script>alert(1)</script>"),
        },
    )
    assert response.status_code == 200
    assert 'value="Kursai"' in response.content.decode()
    assert not ExternalLearning.objects.exists()


def test_another_members_external_learning_is_404(member, make_user):
    other = services.external_learning_create(
        person=make_user(),
        data={"title": "X", "provider": "Y", "completed_on": "2026-01-01", "hours": 1},
    )
    client = signed_in(member)
    for name in ("external_edit", "external_evidence"):
        assert client.get(reverse(f"learning:{name}", args=[other.pk])).status_code == 404
    assert client.post(reverse("learning:external_delete", args=[other.pk])).status_code == 404
    assert ExternalLearning.objects.count() == 1


def test_norwegian_pages_show_translations_and_mark_fallbacks(member):

    programme, module, _lessons, _quiz = course(lessons=0, title_nb="Klyngeprogram")
    lesson = LessonFactory(module=module, title_nb="Leksjon", body_nb="", body="Tik lietuviškai")
    EnrolmentFactory(programme=programme, person=member)
    with translation.override("nb"):
        catalogue = Client().get(reverse("learning:catalogue")).content.decode()
        page = signed_in(member).get(reverse("learning:lesson", args=[programme.slug, lesson.pk]))
    assert "Klyngeprogram" in catalogue and "Opplæringsprogrammer" in catalogue
    body = page.content.decode()
    assert '<h1 lang="nb">Leksjon</h1>' in body
    assert '<div class="prose" lang="lt">' in body and "Tik lietuviškai" in body


def test_programme_page_lists_its_coming_trainings(client, make_user):
    from tiltas.events.tests.factories import EventFactory

    trainer = make_user(role="trainer", full_name="Ingrid Lærer")
    programme = ProgrammeFactory(trainers=[trainer])
    EventFactory(programme=programme, title_lt="Mokymai Kaune")
    EventFactory(title_lt="Kitos programos mokymai")
    body = client.get(reverse("learning:programme_detail", args=[programme.slug])).content
    assert "Mokymai Kaune" in body.decode() and "Kitos programos" not in body.decode()
    assert trainer.full_name in body.decode()


def test_catalogue_paginates(client):
    for number in range(14):
        ProgrammeFactory(title=f"Programa {number:02d}")
    first = client.get(reverse("learning:catalogue")).content.decode()
    second = client.get(reverse("learning:catalogue"), {"page": 2}).content.decode()
    assert first.count('class="card"') == 12 and second.count('class="card"') == 2


def test_lesson_attachment_only_for_learners(member, coordinator, make_user):
    programme, _module, lessons, _quiz = course(lessons=1)
    attachment = services.lesson_attachment_add(
        lesson=lessons[0], actor=coordinator, title="Užduotis", upload=pdf_upload()
    )
    EnrolmentFactory(programme=programme, person=member)
    url = reverse("learning:lesson_attachment", args=[programme.slug, lessons[0].pk, attachment.pk])
    response = signed_in(member).get(url)
    assert response["Content-Disposition"].startswith("attachment")
    assert response.content.startswith(b"%PDF")
    assert status(signed_in(make_user()), url) == 404
