"""A guided start: the public home page opens with the ways in, and a member's
home with their next step (each app offers its own through the app protocol)."""

from datetime import timedelta

import pytest
from django.test import Client
from django.urls import reverse
from django.utils import timezone, translation

from tiltas.competencies import services as competency_services
from tiltas.competencies.tests.factories import TargetProfileFactory, assess, build_framework
from tiltas.events.tests.factories import EventFactory, RegistrationFactory
from tiltas.learning import services as learning_services
from tiltas.learning.tests.factories import EnrolmentFactory, course

from .factories import ProjectTextFactory

pytestmark = pytest.mark.django_db


def _english(name: str, *args) -> str:
    with translation.override("en"):
        return reverse(name, args=args)


def test_the_home_page_opens_with_the_ways_in(restore_language):
    ProjectTextFactory(key="essence", title_en="What the project is", body_en="A long text.")
    body = Client().get(_english("portal:home")).content.decode()
    start = body.index("Where to start")
    links = [
        _english(name)
        for name in (
            "competencies:framework",
            "learning:catalogue",
            "events:calendar",
            "indicators:dashboard",
        )
    ]
    positions = [body.index(f'<a href="{url}">', start) for url in links]
    assert positions == sorted(positions)  # in the apps' declared order
    assert start < body.index("What the project is")  # then the description
    assert "Learn online" in body and "Trainings and events" in body


def test_a_new_member_is_asked_to_assess_themselves_first(member, restore_language):
    build_framework()
    client = Client()
    client.force_login(member)
    body = client.get(_english("core:dashboard")).content.decode()
    steps = body[body.index("Your next steps") : body.index('<ul class="cards">')]
    assert f'href="{_english("competencies:assessment_create")}"' in steps
    assert "Assess your competencies" in steps


def test_the_members_home_shows_the_lesson_to_continue_and_the_next_training(
    member, restore_language
):
    framework = build_framework()
    assess(member, framework, {"A1": 1})
    competency_services.profile_choose(person=member, profile=TargetProfileFactory())
    programme, _module, lessons, _quiz = course(lessons=2, with_quiz=False, title="Cluster basics")
    EnrolmentFactory(programme=programme, person=member)
    learning_services.lesson_complete(lesson=lessons[0], person=member)
    now = timezone.now()
    later = EventFactory(title_en="Later", starts_at=now + timedelta(days=20))
    sooner = EventFactory(title_en="Soon", starts_at=now + timedelta(days=5))
    RegistrationFactory(event=later, person=member)
    soon = RegistrationFactory(event=sooner, person=member)
    client = Client()
    client.force_login(member)
    body = client.get(_english("core:dashboard")).content.decode()
    steps = body[body.index("Your next steps") : body.index('<ul class="cards">')]
    lesson_url = _english("learning:lesson", programme.slug, lessons[1].pk)
    ticket_url = _english("events:ticket", soon.pk)
    assert steps.index(lesson_url) < steps.index(ticket_url)  # the lesson first
    assert f"Continue with the lesson “{lessons[1].title}”" in steps
    assert "Cluster basics: 50 % done" in steps
    assert "Your next training: Soon" in steps and "Later" not in steps
    assert "Assess your competencies" not in steps  # done already, profile chosen


def test_my_programmes_and_my_events_are_told_apart_in_every_language(member):
    client = Client()
    client.force_login(member)
    for language, programmes, events in (
        ("lt", "Mano programos", "Mano renginiai"),
        ("nb", "Mine programmer", "Mine arrangementer"),
        ("en", "My programmes", "My events"),
    ):
        with translation.override(language):
            body = client.get(reverse("core:dashboard")).content.decode()
        assert programmes in body and events in body, language
        assert "Mano mokymasis" not in body and "Mano mokymai" not in body
