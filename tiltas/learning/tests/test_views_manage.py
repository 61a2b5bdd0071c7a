import csv
import io
from pathlib import Path

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from django.urls import reverse

from tiltas.accounts.tests.factories import UserFactory
from tiltas.accounts.tests.helpers import reauthenticate
from tiltas.core.models import AuditEntry
from tiltas.core.roles import Role
from tiltas.learning.models import (
    Enrolment,
    Module,
    Programme,
    Status,
)

from .bulk import grow
from .factories import (
    EnrolmentFactory,
    ModuleFactory,
    ProgrammeFactory,
    course,
    pdf_upload,
    single_choice,
)
from .helpers import queries_for, signed_in

pytestmark = pytest.mark.django_db


# --- Management ----------------------------------------------------------------------


def test_trainer_not_assigned_gets_404(trainer):
    programme = ProgrammeFactory()
    module = ModuleFactory(programme=programme)
    client = signed_in(trainer)
    reauthenticate(client)  # the CSV export asks for the password before anything else
    for name, args in (
        ("manage_programme", [programme.pk]),
        ("manage_programme_edit", [programme.pk]),
        ("manage_learners", [programme.pk]),
        ("manage_learners_csv", [programme.pk]),
        ("manage_materials", [programme.pk]),
        ("manage_lesson_create", [programme.pk, module.pk]),
    ):
        assert client.get(reverse(f"learning:{name}", args=args)).status_code == 404, name
    body = client.get(reverse("learning:manage_list")).content.decode()
    assert programme.title not in body


def test_member_gets_403_on_management(member):
    assert signed_in(member).get(reverse("learning:manage_list")).status_code == 403


def test_trainer_authors_a_programme(trainer):
    client = signed_in(trainer)
    response = client.post(
        reverse("learning:manage_programme_create"),
        {
            "slug": "mano-programa",
            "title_lt": "Mano programa",
            "title_en": "My programme",
            "title_nb": "Mitt program",
            "language": "lt",
            "hours": "10",
            "activity": "1.1.3",
            "enrolment_open": "on",
        },
    )
    programme = Programme.objects.get(slug="mano-programa")
    assert response["Location"] == reverse("learning:manage_programme", args=[programme.pk])
    assert list(programme.trainers.all()) == [trainer]
    client.post(
        reverse("learning:manage_module_create", args=[programme.pk]), {"title_lt": "Pirmas"}
    )
    client.post(
        reverse("learning:manage_module_create", args=[programme.pk]), {"title_lt": "Antras"}
    )
    first, second = Module.objects.filter(programme=programme).order_by("order")
    client.post(
        reverse("learning:manage_module_move", args=[programme.pk, second.pk]),
        {"direction": "up"},
    )
    assert list(programme.modules.order_by("order")) == [second, first]
    client.post(
        reverse("learning:manage_lesson_create", args=[programme.pk, first.pk]),
        {"title_lt": "Pamoka", "body_lt": "## Tekstas", "required": "on"},
    )
    assert first.lessons.count() == 1
    response = client.post(
        reverse("learning:manage_quiz_create", args=[programme.pk, first.pk]),
        {"title_lt": "Testas", "passing_grade": "60", "attempt_limit": "2"},
    )
    quiz = first.quizzes.get()
    response = client.post(
        reverse("learning:manage_question_create", args=[programme.pk, quiz.pk]),
        {
            "kind": "single",
            "text_lt": "Kas?",
            "options-TOTAL_FORMS": "2",
            "options-INITIAL_FORMS": "0",
            "options-0-text_lt": "Taip",
            "options-0-correct": "on",
            "options-1-text_lt": "Ne",
        },
    )
    assert response.status_code == 302
    question = quiz.fixed_questions.get()
    assert question.options.count() == 2 and question.programme == programme
    # Edit the programme: the form shows what is stored; the audit names changed fields.
    edit = reverse("learning:manage_programme_edit", args=[programme.pk])
    assert "Mano programa" in client.get(edit).content.decode()
    client.post(
        edit,
        {
            "slug": "mano-programa",
            "title_lt": "Mano nauja programa",
            "language": "lt",
            "hours": "10",
            "activity": "1.1.3",
        },
    )
    entry = AuditEntry.objects.filter(action="learning.programme.updated").get()
    assert "title_lt" in entry.changed_fields and "hours" not in entry.changed_fields
    # Trainers may not publish: that is for coordinators.
    publish = reverse("learning:manage_programme_publish", args=[programme.pk])
    assert client.post(publish).status_code == 403


def test_coordinator_publishes_and_enrols(coordinator):
    programme, _module, _lessons, _quiz = course(status=Status.DRAFT, published_at=None)
    client = signed_in(coordinator)
    client.post(reverse("learning:manage_programme_publish", args=[programme.pk]))
    programme.refresh_from_db()
    assert programme.status == Status.PUBLISHED
    UserFactory(email="a@example.org")
    response = client.post(
        reverse("learning:manage_enrol", args=[programme.pk]),
        {"emails": "a@example.org\nb@example.org"},
    )
    assert response.status_code == 200
    assert "b@example.org" in response.content.decode()
    assert Enrolment.objects.filter(programme=programme).count() == 1


def test_material_upload_through_the_site(coordinator):
    programme = ProgrammeFactory()
    client = signed_in(coordinator)
    client.post(reverse("learning:manage_materials", args=[programme.pk]), {"title_lt": "Rinkinys"})
    page = client.get(reverse("learning:manage_material_create", args=[programme.pk]))
    assert 'enctype="multipart/form-data"' in page.content.decode()
    response = client.post(
        reverse("learning:manage_material_create", args=[programme.pk]),
        {
            "title_lt": "Skaidrės",
            "language": "lt",
            "kind": "slides",
            "file": SimpleUploadedFile("s.html", b"<html></html>"),
        },
    )
    assert response.status_code == 200  # refused, shown again with the error
    response = client.post(
        reverse("learning:manage_material_create", args=[programme.pk]),
        {"title_lt": "Skaidrės", "language": "lt", "kind": "slides", "file": pdf_upload()},
    )
    assert response.status_code == 302
    assert programme.material_set.materials.count() == 1


def test_learners_csv_neutralises_formulas(coordinator, make_user):
    programme = ProgrammeFactory()
    EnrolmentFactory(programme=programme, person=make_user(full_name='=HYPERLINK("x")'))
    EnrolmentFactory(programme=programme, person=make_user(full_name="+1 Plus"))
    EnrolmentFactory(programme=programme, person=make_user(full_name="@at"))
    EnrolmentFactory(programme=programme, person=make_user(full_name="-minus"))
    client = signed_in(coordinator)
    url = reverse("learning:manage_learners_csv", args=[programme.pk])
    # Personal data leaves the platform: the password is asked again first.
    assert "reauthenticate" in client.get(url)["Location"]
    reauthenticate(client)
    response = client.get(url)
    assert response["Content-Disposition"].startswith("attachment")
    rows = list(csv.reader(io.StringIO(response.content.decode("utf-8-sig"))))
    names = sorted(row[0] for row in rows[1:])
    assert names == ["'+1 Plus", "'-minus", '\'=HYPERLINK("x")', "'@at"]
    assert AuditEntry.objects.filter(action="learning.learners.exported").exists()


def test_learners_table_queries_do_not_grow(coordinator, django_assert_num_queries):
    programme, module, _lessons, _quiz = course(lessons=2)
    client = signed_in(coordinator)
    url = reverse("learning:manage_learners", args=[programme.pk])
    grow(programme, module, to=10)
    client.get(url)  # the header's cached unread count, read once per person
    small = queries_for(client, url)
    grow(programme, module, to=1000)
    with django_assert_num_queries(small):
        assert client.get(url).status_code == 200


def test_manage_page_lists_programmes_for_teachers(make_user):
    from tiltas.core.navigation import manage_sections

    url = reverse("learning:manage_list")
    assert url in [s["url"] for s in manage_sections(make_user(role=Role.TRAINER))]
    assert url not in [s["url"] for s in manage_sections(make_user(role=Role.MEMBER))]


def test_delete_asks_first(coordinator):
    programme, module, lessons, quiz = course(lessons=1)
    question, _right, _wrong = single_choice(quiz)
    client = signed_in(coordinator)
    for name, kwargs, model, pk in (
        (
            "manage_bank_question_delete",
            {"question_pk": question.pk},
            type(question),
            question.pk,
        ),
        ("manage_lesson_delete", {"lesson_pk": lessons[0].pk}, type(lessons[0]), lessons[0].pk),
        ("manage_module_delete", {"module_pk": module.pk}, Module, module.pk),
    ):
        url = reverse(f"learning:{name}", kwargs={"pk": programme.pk, **kwargs})
        page = client.get(url)
        assert page.status_code == 200 and 'method="post"' in page.content.decode()
        assert model.objects.filter(pk=pk).exists()
        assert client.post(url).status_code == 302
        assert not model.objects.filter(pk=pk).exists()
    assert AuditEntry.objects.filter(action="learning.module.deleted").exists()


def test_programme_form_errors_keep_what_was_typed(coordinator):
    response = signed_in(coordinator).post(
        reverse("learning:manage_programme_create"),
        {"slug": "bad slug!", "title_en": "Only English", "hours": "-3", "activity": "9.9.9"},
    )
    body = response.content.decode()
    assert response.status_code == 200
    assert 'class="error-summary"' in body
    assert 'value="Only English"' in body
    assert not Programme.objects.exists()


def test_competencies_developed_are_set_from_the_published_framework(coordinator):
    from django.utils import timezone

    from tiltas.competencies.models import Framework

    from .factories import competency

    skill = competency("A9")
    Framework.objects.filter(pk=skill.framework_id).update(
        status="published", published_at=timezone.now()
    )
    programme = ProgrammeFactory()
    client = signed_in(coordinator)
    url = reverse("learning:manage_competencies", args=[programme.pk])
    assert "A9" in client.get(url).content.decode()
    client.post(url, {f"competency_{skill.pk}": "3"})
    link = programme.programme_competencies.get()
    assert (link.competency, link.target_level) == (skill, 3)
    client.post(url, {f"competency_{skill.pk}": ""})
    assert not programme.programme_competencies.exists()


def test_views_reach_other_apps_and_the_audit_log_only_through_services_and_selectors():
    # STYLE: apps talk through services and selectors; views never write audit rows.
    views = Path(__file__).resolve().parent.parent / "views"
    for module in views.glob("*.py"):
        source = module.read_text()
        assert "competencies.models" not in source, module.name
        assert "audit_record" not in source, module.name


def test_competency_targets_offer_the_published_framework(coordinator):
    from tiltas.competencies.tests.factories import build_framework

    build_framework(slug="draft", published=False, areas=1, per_area=1)
    framework = build_framework(slug="published", areas=1, per_area=2)
    programme = ProgrammeFactory()
    client = signed_in(coordinator)
    url = reverse("learning:manage_competencies", args=[programme.pk])
    body = client.get(url).content.decode()
    first, second = framework.competencies.order_by("order")
    assert f"competency_{first.pk}" in body and f"competency_{second.pk}" in body
    response = client.post(url, {f"competency_{first.pk}": "3"})
    assert response.status_code == 302
    assert [
        (link.competency, link.target_level) for link in programme.programme_competencies.all()
    ] == [(first, 3)]
