"""The confidential reporting channel: cases addressed to an institution, the
messages and files exchanged through them, and the officers' access log.

What the reporter wrote is stored encrypted (``encryption``); nothing links a
case to a reporter's account, address or browser. The receipt code is a public
lookup part and a secret part kept only as a slow hash (``receipts``).
"""

import uuid
from datetime import datetime

from dateutil.relativedelta import relativedelta
from django.conf import settings
from django.db import models
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

#: Directive (EU) 2019/1937 art. 9(1)(b) and (f): acknowledgement within 7 days
#: of receipt, feedback within 3 months of the acknowledgement.
ACKNOWLEDGE_WITHIN = relativedelta(days=7)
FEEDBACK_WITHIN = relativedelta(months=3)
#: What audit entries name: never a case's id, for administrators read the
#: audit log and may not tell how many cases an institution has.
CASE_LABEL = "whistleblowing.case"
#: A deadline this close is shown and reminded as due.
DUE_SOON = relativedelta(days=2)


class CaseHandler(models.Model):
    """An integrity officer designated by a coordinator to handle the cases
    addressed to one organisation."""

    user = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="case_handling"
    )
    organisation = models.ForeignKey(
        "accounts.Organisation", on_delete=models.CASCADE, related_name="case_handlers"
    )
    added_at = models.DateTimeField(default=timezone.now)

    class Meta:
        constraints = [
            models.UniqueConstraint(fields=["user", "organisation"], name="one_handler_row")
        ]

    def __str__(self) -> str:
        return f"case handler #{self.pk}"


class Status(models.TextChoices):
    RECEIVED = "received", _("Received")
    ACKNOWLEDGED = "acknowledged", _("Acknowledged")
    FOLLOW_UP = "follow_up", _("In follow-up")
    CLOSED = "closed", _("Closed")


class Outcome(models.TextChoices):
    SUBSTANTIATED = "substantiated", _("Substantiated: measures taken")
    REFERRED = "referred", _("Referred to the competent authority")
    NOT_SUBSTANTIATED = "not_substantiated", _("Not substantiated")
    NOT_IN_SCOPE = "not_in_scope", _("Not a matter for this channel")
    NO_CONTACT = "no_contact", _("Closed for lack of information")


class Case(models.Model):
    """A report addressed to one organisation. No link to a reporter."""

    # Random, so that an id tells nothing of how many cases exist.
    id = models.UUIDField(primary_key=True, default=uuid.uuid4, editable=False)
    organisation = models.ForeignKey(
        "accounts.Organisation", on_delete=models.PROTECT, related_name="+"
    )
    #: The public part of the receipt code, to find the case; the secret part
    #: is only ever kept as ``secret_hash``.
    lookup = models.CharField(max_length=16, unique=True)
    secret_hash = models.CharField(max_length=200)
    status = models.CharField(max_length=20, choices=Status.choices, default=Status.RECEIVED)
    outcome = models.CharField(max_length=20, choices=Outcome.choices, blank=True)
    confidential = models.BooleanField(default=False)
    # Encrypted (Fernet tokens): what happened, when, who, how to reach the reporter.
    what_token = models.TextField()
    when_token = models.TextField()
    who_token = models.TextField()
    contact_token = models.TextField()
    #: An address for a notice (no content) when the case handler writes; empty if none given.
    email_token = models.TextField(blank=True)
    #: The language the report was made in, for that notice.
    language = models.CharField(max_length=8, blank=True)
    received_at = models.DateTimeField(default=timezone.now)
    acknowledged_at = models.DateTimeField(null=True, blank=True)
    feedback_at = models.DateTimeField(null=True, blank=True)
    closed_at = models.DateTimeField(null=True, blank=True)
    reminded_at = models.DateTimeField(null=True, blank=True)

    class Meta:
        indexes = [models.Index(fields=["organisation", "status"])]

    def __str__(self) -> str:
        # Never the content, nor the receipt's lookup part.
        return f"case received {self.received_at:%Y-%m-%d}"

    @property
    def acknowledge_by(self) -> datetime:
        return self.received_at + ACKNOWLEDGE_WITHIN

    @property
    def feedback_by(self) -> datetime:
        # Without an acknowledgement, 3 months after the 7 days for it ran out.
        return (self.acknowledged_at or self.acknowledge_by) + FEEDBACK_WITHIN

    def next_deadline(self) -> tuple[str, datetime] | None:
        """("acknowledge" | "feedback", when), or None when nothing is owed."""
        if self.status == Status.CLOSED:
            return None
        if self.acknowledged_at is None:
            return "acknowledge", self.acknowledge_by
        if self.feedback_at is None:
            return "feedback", self.feedback_by
        return None

    def deadline_state(self, now: datetime | None = None) -> str:
        """ "overdue", "due" (within two days), "pending" or "" (nothing owed)."""
        deadline = self.next_deadline()
        if deadline is None:
            return ""
        now = now or timezone.now()
        if now > deadline[1]:
            return "overdue"
        if now + DUE_SOON >= deadline[1]:
            return "due"
        return "pending"


class Author(models.TextChoices):
    REPORTER = "reporter", _("Reporter")
    OFFICER = "officer", _("Case handler")


class CaseMessage(models.Model):
    case = models.ForeignKey(Case, on_delete=models.CASCADE, related_name="messages")
    author = models.CharField(max_length=10, choices=Author.choices)
    #: The officer who wrote it; never set for the reporter.
    officer = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )
    body_token = models.TextField()
    is_question = models.BooleanField(default=False)
    sent_at = models.DateTimeField(default=timezone.now)
    #: When a case handler redacted it: its text is gone, the message stays.
    redacted_at = models.DateTimeField(null=True, blank=True)

    class Meta:
        ordering = ["sent_at", "pk"]

    def __str__(self) -> str:
        return f"message #{self.pk}"


def case_file_path(instance: "CaseFile", filename: str) -> str:
    return f"whistleblowing/{filename}"


class CaseFile(models.Model):
    """An attachment, metadata stripped, then encrypted: the file on disk has a
    random name and holds a Fernet token; the name it was given is encrypted too."""

    case = models.ForeignKey(Case, on_delete=models.CASCADE, related_name="files")
    author = models.CharField(max_length=10, choices=Author.choices)
    stored = models.FileField(upload_to=case_file_path)
    name_token = models.TextField()
    content_type = models.CharField(max_length=100)
    added_at = models.DateTimeField(default=timezone.now)

    class Meta:
        ordering = ["added_at", "pk"]

    def __str__(self) -> str:
        return f"file #{self.pk}"


class CaseEventKind(models.TextChoices):
    OPENED = "opened", _("opened the case")
    DOWNLOADED = "downloaded", _("downloaded a file")
    ACKNOWLEDGED = "acknowledged", _("acknowledged the report")
    REPLIED = "replied", _("wrote to the reporter")
    ASKED = "asked", _("asked the reporter a question")
    STATUS_CHANGED = "status_changed", _("changed the status")
    CLOSED = "closed", _("closed the case")
    REDACTED = "redacted", _("redacted a message")


class CaseEvent(models.Model):
    """An officer's access to a case, shown to the other officers of the
    institution. Who, what and when; no address, no content."""

    case = models.ForeignKey(Case, on_delete=models.CASCADE, related_name="events")
    officer = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, on_delete=models.SET_NULL, related_name="+"
    )
    kind = models.CharField(max_length=20, choices=CaseEventKind.choices)
    at = models.DateTimeField(default=timezone.now)

    class Meta:
        ordering = ["-at", "-pk"]

    def __str__(self) -> str:
        return f"{self.kind} at {self.at:%Y-%m-%d %H:%M}"
