"""Background work of the learning app."""

from django.tasks import task

from . import emails
from .models import Enrolment


@task()
def send_enrolment_notice(enrolment_id: int) -> bool:
    enrolment = (
        Enrolment.objects.select_related("person", "programme").filter(pk=enrolment_id).first()
    )
    if enrolment is None:
        return False
    return emails.send_enrolment_notice(enrolment)
