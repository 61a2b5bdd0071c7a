"""The events app's domain signals, for the apps that react to events.

Sent inside the service's transaction, so a receiver's writes commit or roll
back with the change; a receiver that does slow or outside work (a PDF, an
e-mail) defers it with ``transaction.on_commit``. Receivers must be idempotent.
"""

from django.dispatch import Signal

#: A day of attendance was recorded or taken back. Arguments: ``registration``,
#: ``day`` (a date) and ``present`` (bool).
attendance_recorded = Signal()

#: An event was marked held: its attendance is final. Arguments: ``event``.
event_held = Signal()
