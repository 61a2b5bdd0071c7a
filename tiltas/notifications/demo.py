"""Demo content of the notifications app: the demo people's e-mail choices
(the network's demo tells them things through ``notify``). Idempotent: a
choice someone already made is kept."""

from tiltas.accounts.models import User

from .kinds import Delivery
from .models import DeliveryPreference
from .services import preference_set

#: The member keeps the default (a daily digest).
CHOICES = {
    "trainer@demo.tiltas.lt": Delivery.WEEKLY,
    "coordinator@demo.tiltas.lt": Delivery.IMMEDIATELY,
    "integrity@demo.tiltas.lt": Delivery.DAILY,
    "admin@demo.tiltas.lt": Delivery.OFF,
}


def load_demo() -> list[str]:
    chosen = 0
    for person in User.objects.filter(email__in=CHOICES):
        if not DeliveryPreference.objects.filter(person=person).exists():
            preference_set(person=person, delivery=CHOICES[person.email])
            chosen += 1
    return [f"  notifications: {chosen} demo people chose how to be e-mailed"] if chosen else []
