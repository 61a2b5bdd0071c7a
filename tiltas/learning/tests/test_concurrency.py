"""Two requests at the same moment: the row locks keep one result (PostgreSQL only,
SQLite serialises writers anyway)."""

import threading

import pytest
from django.db import connection, connections

from tiltas.core.models import AuditEntry
from tiltas.learning import services
from tiltas.learning.models import Attempt, AttemptAnswer

from .factories import EnrolmentFactory, course, single_choice

pytestmark = [pytest.mark.postgres, pytest.mark.django_db(transaction=True)]


def run_together(*calls):
    barrier = threading.Barrier(len(calls))
    errors: list[BaseException] = []

    def worker(call):
        try:
            barrier.wait()
            call()
        except BaseException as error:  # reported to the test below
            errors.append(error)
        finally:
            connections.close_all()

    threads = [threading.Thread(target=worker, args=(call,)) for call in calls]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    return errors


@pytest.fixture
def quiz_for(member):
    if connection.vendor != "postgresql":
        pytest.skip("needs PostgreSQL row locks")
    programme, _module, _lessons, quiz = course(lessons=1)
    EnrolmentFactory(programme=programme, person=member)
    return quiz


def test_double_submit_at_the_same_time_counts_once(member, quiz_for):
    question, right, wrong = single_choice(quiz_for)
    attempt = services.attempt_start(quiz=quiz_for, person=member)
    errors = run_together(
        lambda: services.attempt_submit(
            attempt=attempt, answers={question.pk: [right.pk]}, actor=member
        ),
        lambda: services.attempt_submit(
            attempt=attempt, answers={question.pk: [wrong.pk]}, actor=member
        ),
    )
    assert not errors
    assert AttemptAnswer.objects.filter(attempt=attempt).count() == 1
    assert AuditEntry.objects.filter(action="learning.attempt.submitted").count() == 1


def test_two_starts_at_the_same_time_open_one_attempt(member, quiz_for):
    single_choice(quiz_for)
    errors = run_together(
        lambda: services.attempt_start(quiz=quiz_for, person=member),
        lambda: services.attempt_start(quiz=quiz_for, person=member),
    )
    assert not errors
    assert Attempt.objects.filter(quiz=quiz_for, person=member).count() == 1
