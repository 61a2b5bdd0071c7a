"""Background work of the accounts app."""

from django.tasks import task

from . import emails
from .models import User


@task()
def send_staff_enrolment_notice(person_id: int) -> int:
    person = User.objects.filter(pk=person_id).first()
    if person is None:
        return 0
    return emails.send_staff_enrolment_notice(person)
