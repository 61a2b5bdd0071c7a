from datetime import date, timedelta

import pytest
from django.utils import timezone

from tiltas.indicators.registry import measure
from tiltas.learning import services
from tiltas.learning.models import Status

from .factories import EnrolmentFactory, ProgrammeFactory, course, pdf_upload

pytestmark = pytest.mark.django_db


def test_programmes_published_by_activity():
    ProgrammeFactory.create_batch(2, activity="1.1.3")
    ProgrammeFactory(activity="1.2.1")
    ProgrammeFactory(activity="1.1.3", status=Status.DRAFT, published_at=None)
    ProgrammeFactory(activity="1.1.3", status=Status.ARCHIVED)
    assert measure("learning.programmes_published", {"activity": "1.1.3"}).value == 3
    assert measure("learning.programmes_published", {"activity": "1.2.1"}).value == 1
    yesterday = timezone.localdate() - timedelta(days=1)
    assert measure("learning.programmes_published", {"activity": "1.1.3"}, end=yesterday).value == 0


def test_material_sets_published(coordinator):
    for activity, publish in (("1.1.3", True), ("1.1.3", False), ("1.2.1", True)):
        programme = ProgrammeFactory(activity=activity)
        material_set = services.material_set_update(
            programme=programme, actor=coordinator, title={"lt": "R"}, description={}
        )
        services.material_create(
            material_set=material_set,
            actor=coordinator,
            title={"lt": "F"},
            language="lt",
            kind="handbook",
            upload=pdf_upload(),
        )
        if publish:
            services.material_set_publish(
                material_set=material_set, actor=coordinator, publish=True
            )
    assert measure("learning.material_sets_published", {"activity": "1.1.3"}).value == 1
    assert measure("learning.material_sets_published", {"activity": "1.2.1"}).value == 1


def test_vle_in_use_needs_a_completed_lesson(member):
    assert measure("learning.vle_in_use", {}).value == 0
    programme, _module, lessons, _quiz = course(lessons=1)
    EnrolmentFactory(programme=programme, person=member)
    services.lesson_view(lesson=lessons[0], person=member)
    assert measure("learning.vle_in_use", {}).value == 0
    services.lesson_complete(lesson=lessons[0], person=member)
    assert measure("learning.vle_in_use", {}).value == 1
    assert measure("learning.vle_in_use", {}, end=date(2000, 1, 1)).value == 0
