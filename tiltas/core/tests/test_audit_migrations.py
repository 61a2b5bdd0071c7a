"""The migrations that rewrite the append-only audit log: they lift its
trigger for themselves, do their work, and leave it refusing changes again."""

import pytest
from django.db import DatabaseError, connection, transaction
from django.db.migrations.executor import MigrationExecutor
from django.utils import timezone

from tiltas.core.audit import audit_verify

pytestmark = pytest.mark.django_db(transaction=True)

BEFORE_LABELS = [("core", "0005_public_pages_version_gone")]
AFTER_LABELS = [("core", "0006_audit_labels_name_no_one")]
AFTER_CHAIN = [("core", "0007_audit_hash_chain")]


def migrate(targets):
    """Core at ``targets``, the other apps as they are; their models at that point."""
    MigrationExecutor(connection).migrate(targets)
    loader = MigrationExecutor(connection).loader
    others = [node for node in loader.graph.leaf_nodes() if node[0] != "core"]
    return loader.project_state([*targets, *others]).apps


@pytest.fixture
def back_to_latest():
    yield
    executor = MigrationExecutor(connection)
    executor.migrate(executor.loader.graph.leaf_nodes())


@pytest.mark.usefixtures("back_to_latest")
def test_labels_that_named_a_person_are_rewritten_in_both_logs():
    apps = migrate(BEFORE_LABELS)
    AuditEntry = apps.get_model("core", "AuditEntry")
    named = AuditEntry.objects.create(
        action="events.registration.created", object_type="events.registration",
        object_id="7", object_repr="Ieva Zyxwvutė · Summer school",
    )  # fmt: skip
    person = AuditEntry.objects.create(
        action="accounts.profile.changed", object_type="accounts.user",
        object_id="3", object_repr="person #3",
    )  # fmt: skip
    no_object = AuditEntry.objects.create(action="accounts.login.failed")
    ContentType = apps.get_model("contenttypes", "ContentType")
    LogEntry = apps.get_model("admin", "LogEntry")
    user = apps.get_model("accounts", "User").objects.create(email="admin@example.org")

    def logged(app_label, model, object_id, text):
        content_type, _ = ContentType.objects.get_or_create(app_label=app_label, model=model)
        return LogEntry.objects.create(
            user=user, content_type=content_type, object_id=object_id, object_repr=text,
            action_flag=2, action_time=timezone.now(),
        )  # fmt: skip

    enrolment = logged("learning", "enrolment", "4", "Ieva Zyxwvutė → Programme")
    address = logged("account", "emailaddress", "5", "ieva.unique@example.org")
    news = logged("portal", "newsitem", "6", "The news of the week")

    apps = migrate(AFTER_LABELS)
    AuditEntry = apps.get_model("core", "AuditEntry")
    assert AuditEntry.objects.get(pk=named.pk).object_repr == "events.registration #7"
    assert AuditEntry.objects.get(pk=person.pk).object_repr == "person #3"
    assert AuditEntry.objects.get(pk=no_object.pk).object_repr == ""
    LogEntry = apps.get_model("admin", "LogEntry")
    assert LogEntry.objects.get(pk=enrolment.pk).object_repr == "learning.enrolment #4"
    assert LogEntry.objects.get(pk=address.pk).object_repr == "account.emailaddress #5"
    assert LogEntry.objects.get(pk=news.pk).object_repr == "The news of the week"
    # The trigger is back: the log refuses changes again.
    with pytest.raises(DatabaseError), transaction.atomic():
        AuditEntry.objects.filter(pk=named.pk).update(action="forged")


@pytest.mark.usefixtures("back_to_latest")
def test_existing_entries_are_chained_and_the_triggers_put_back():
    apps = migrate(AFTER_LABELS)
    AuditEntry = apps.get_model("core", "AuditEntry")
    for n in range(5):
        AuditEntry.objects.create(
            action=f"core.test.step{n}", ip_address="203.0.113.5", changed_fields=["title"]
        )
    apps = migrate(AFTER_CHAIN)
    report = audit_verify()
    assert report.intact, report.problem
    assert report.entries == 5
    AuditEntry = apps.get_model("core", "AuditEntry")
    last = AuditEntry.objects.order_by("id").last()
    assert report.head_id == last.pk and report.head_hash == last.hash
    with pytest.raises(DatabaseError), transaction.atomic():
        AuditEntry.objects.filter(pk=last.pk).update(action="forged")
    # And back: the old trigger refuses every update again.
    apps = migrate(AFTER_LABELS)
    AuditEntry = apps.get_model("core", "AuditEntry")
    with pytest.raises(DatabaseError), transaction.atomic():
        AuditEntry.objects.filter(pk=last.pk).update(ip_address="203.0.113.0")
