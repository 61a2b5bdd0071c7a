"""The learning app's domain signals, for the apps that react to learning.

Sent inside the service's transaction, so a receiver's writes commit or roll
back with the achievement; a receiver that does slow or outside work (a PDF, an
e-mail) defers it with ``transaction.on_commit``. Receivers must be idempotent.
"""

from django.dispatch import Signal

#: A person completed a programme. Arguments: ``completion`` (a new Completion).
completion_recorded = Signal()
