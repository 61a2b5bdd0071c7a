"""Writes for people and organisations. Each function runs in one transaction
and records an audit entry."""

import json
import re
import shutil
import tempfile
import time
import zipfile
from collections.abc import Iterable
from copy import copy
from typing import IO, Any

from allauth.account.models import EmailAddress
from allauth.mfa.models import Authenticator
from django.conf import settings
from django.contrib.auth import logout
from django.contrib.sessions.models import Session
from django.core.exceptions import ValidationError
from django.core.files.base import ContentFile
from django.core.files.uploadedfile import UploadedFile
from django.core.serializers.json import DjangoJSONEncoder
from django.db import transaction
from django.http import HttpRequest
from django.utils import timezone
from django.utils.module_loading import import_string
from django.utils.text import slugify
from django.utils.translation import gettext as _

from tiltas.core.audit import audit_record
from tiltas.core.files import delete_on_commit
from tiltas.core.middleware import SESSION_STARTED_KEY
from tiltas.core.personal_data import sources
from tiltas.core.roles import STAFF_ROLES, Role
from tiltas.core.services import model_update
from tiltas.core.uploads import check_size, clean_image, display_name

from .models import (
    OPTIONAL_NOTICES,
    PRIVACY_NOTICE_VERSION,
    ConsentRecord,
    LoginRecord,
    Notice,
    Organisation,
    User,
)
from .tasks import send_staff_enrolment_notice

#: Fields a person may change on their own profile (never role or staff flags).
PROFILE_FIELDS = ("full_name", "preferred_language", "country", "position", "organisation", "sex")
ORGANISATION_FIELDS = (
    "name", "type", "country", "region", "project_role", "website",
    "description_lt", "description_en", "description_nb",
)  # fmt: skip
ERASED_NAME = "Deleted person"


def login_record(*, user: User, request: HttpRequest) -> LoginRecord:
    """Record a successful sign-in and start the session's absolute lifetime."""
    request.session[SESSION_STARTED_KEY] = time.time()
    with transaction.atomic():
        record = LoginRecord.objects.create(user=user)
        audit_record(actor=user, action="accounts.login.succeeded", obj=user)
    return record


def security_event_record(*, user: User, action: str, changed_fields: Iterable[str] = ()) -> None:
    """Audit a sign-in related event (password, e-mail, second factor, sign-out)."""
    audit_record(actor=user, action=action, obj=user, changed_fields=changed_fields)


def staff_enrolment_record(*, user: User) -> None:
    """A person holding a staff role set up their second factor: audited, and
    the administrators are told by e-mail once it is stored."""
    with transaction.atomic():
        audit_record(
            actor=user, action="accounts.mfa.staff_enrolled", obj=user, changed_fields=[user.role]
        )
        transaction.on_commit(lambda: send_staff_enrolment_notice.enqueue(user.pk))


def login_failed_record() -> None:
    # No person is named: the e-mail typed may be anyone's, or a mistyped password.
    audit_record(actor=None, action="accounts.login.failed")


def user_profile_update(*, user: User, values: dict[str, Any]) -> list[str]:
    """Change the person's own profile; other keys in ``values`` are ignored.

    Stating one's sex is consent to its use in the donor's counts (the form
    says so), and "not stated" withdraws it: both go into the consent ledger.
    """
    with transaction.atomic():
        user = User.objects.select_for_update().get(pk=user.pk)
        changed = model_update(user, data=values, fields=PROFILE_FIELDS)
        if changed:
            user.save(update_fields=changed)
            audit_record(
                actor=user, action="accounts.profile.changed", obj=user,
                changed_fields=changed,
            )  # fmt: skip
        if "sex" in changed:
            consent_record(person=user, notice=Notice.SEX_COUNTS, given=bool(user.sex))
    return changed


def consent_record(*, person: User, notice: str, given: bool) -> ConsentRecord:
    """Add to the consent ledger: ``person`` accepted or gave (``given``), or
    withdrew, ``notice`` in the version now in force."""
    with transaction.atomic():
        record = ConsentRecord.objects.create(
            person=person, notice=notice, version=PRIVACY_NOTICE_VERSION, given=given
        )
        audit_record(
            actor=person, action="accounts.consent." + ("given" if given else "withdrawn"),
            obj=record, changed_fields=[notice],
        )  # fmt: skip
    return record


def consent_withdraw(*, person: User, notice: str) -> ConsentRecord:
    """Withdraw an optional consent, as easily as it was given; the processing
    stops at once (for the donor's counts, the stated sex is removed)."""
    if notice not in OPTIONAL_NOTICES:
        raise ValidationError(_("This cannot be withdrawn."), code="not_optional")
    with transaction.atomic():
        person = User.objects.select_for_update().get(pk=person.pk)
        if notice == Notice.SEX_COUNTS and person.sex:
            person.sex = ""
            person.save(update_fields=["sex"])
        return consent_record(person=person, notice=notice, given=False)


def user_sessions_end(*, user: User) -> int:
    """Delete every stored session of ``user``; returns how many ended.

    Only unexpired sessions are decoded: with a 30-minute idle timeout they are
    the people active right now, not the whole user base.
    """
    ended = []
    for session in Session.objects.filter(expire_date__gt=timezone.now()).iterator():
        if str(session.get_decoded().get("_auth_user_id")) == str(user.pk):
            ended.append(session.session_key)
    store = import_string(f"{settings.SESSION_ENGINE}.SessionStore")
    for key in ended:
        store(session_key=key).delete()  # from the cache too, where sessions are cached
    return len(ended)


def _not_self(*, user: User, actor: User) -> None:
    if user.pk == actor.pk:
        raise ValidationError(
            _("You cannot change your own role or deactivate yourself."), code="self"
        )


def user_role_change(*, user: User, role: str, actor: User) -> User:
    if role not in Role.values:
        raise ValidationError(_("Choose a valid role."), code="role")
    _not_self(user=user, actor=actor)
    with transaction.atomic():
        user = User.objects.select_for_update().get(pk=user.pk)
        if user.role == role:
            return user
        promoted_to_staff = role in STAFF_ROLES and user.role not in STAFF_ROLES
        user.role = role
        # Only administrators use the Django admin (it also requires TOTP).
        user.is_staff = user.is_superuser = role == Role.ADMINISTRATOR
        user.save(update_fields=["role", "is_staff", "is_superuser"])
        if promoted_to_staff:
            # A staff role starts in a new session: a password check made in
            # the old one (perhaps by whoever else holds the password) must not
            # open the second factor's set-up, which asks for a mailed code.
            user_sessions_end(user=user)
        audit_record(
            actor=actor, action="accounts.user.role_changed", obj=user,
            changed_fields=["role"],
        )  # fmt: skip
    return user


def user_deactivate(*, user: User, actor: User) -> User:
    """Deactivate a person and end all their sessions at once."""
    _not_self(user=user, actor=actor)
    with transaction.atomic():
        user = User.objects.select_for_update().get(pk=user.pk)
        user.is_active = False
        user.save(update_fields=["is_active"])
        user_sessions_end(user=user)
        audit_record(
            actor=actor, action="accounts.user.deactivated", obj=user,
            changed_fields=["is_active"],
        )  # fmt: skip
    return user


def personal_data_export(*, user: User) -> dict[str, Any]:
    """Everything every registered source holds about ``user`` (GDPR art. 15, 20)."""
    with transaction.atomic():
        data = {
            "generated_at": timezone.now(),
            "sources": {source.name: source.export(user) for source in sources()},
        }
        audit_record(actor=user, action="accounts.data.exported", obj=user)
    return data


#: The JSON's name inside the "My data" archive.
ARCHIVE_JSON = "tiltas-my-data.json"


def personal_data_archive(*, user: User) -> IO[bytes]:
    """A ZIP with the export's JSON and the files the person uploaded, each
    under its own name in ``files/<source>/``; the JSON lists them.

    Written to a temporary file (kept in memory while small): the files may
    add up to more than a worker should hold.
    """
    data = personal_data_export(user=user)
    archive = tempfile.SpooledTemporaryFile(max_size=16 * 1024 * 1024)  # noqa: SIM115 - returned
    listed: list[dict[str, str]] = []
    with zipfile.ZipFile(archive, "w", zipfile.ZIP_DEFLATED) as zipped:
        for source in sources():
            for number, (name, stored) in enumerate(source.files(user), start=1):
                path = f"files/{source.name}/{number:03d}-{display_name(name)}"
                try:
                    with stored.open("rb") as handle, zipped.open(path, "w") as entry:
                        shutil.copyfileobj(handle, entry)
                except FileNotFoundError:
                    continue  # listed by its source's JSON; nothing left to give
                listed.append({"source": source.name, "name": name, "path": path})
        data["files"] = listed
        text = json.dumps(data, cls=DjangoJSONEncoder, ensure_ascii=False, indent=2)
        zipped.writestr(ARCHIVE_JSON, text)
    archive.seek(0)
    return archive


def _anonymise(user: User) -> None:
    user.email = f"erased-{user.pk}@invalid.tiltas.lt"
    user.full_name = ERASED_NAME
    user.position = ""
    user.country = ""
    user.sex = ""
    user.organisation = None
    user.role = Role.MEMBER
    user.is_active = user.is_staff = user.is_superuser = False
    user.set_unusable_password()
    user.save()
    user.groups.clear()
    user.user_permissions.clear()


def account_delete(*, user: User, request: HttpRequest | None = None) -> None:
    """Erase a person's data through every registered source, then anonymise
    the person (the row stays so that audit entries and counts keep their
    meaning) and end all their sessions."""
    with transaction.atomic():
        user = User.objects.select_for_update().get(pk=user.pk)
        audit_record(actor=user, action="accounts.user.erased", obj=user)
        for source in sources():
            source.erase(user)
        _anonymise(user)
        user_sessions_end(user=user)
    if request is not None:
        logout(request)


def erase_account_records(user: User) -> None:
    """Eraser of the ``accounts`` personal-data source."""
    EmailAddress.objects.filter(user=user).delete()  # cascades to confirmations
    Authenticator.objects.filter(user=user).delete()
    ConsentRecord.objects.filter(person=user).delete()  # nothing is processed on them any more
    # Sign-in records stay: they hold only a time and now point at an
    # anonymised person, and the donor's unique-logins count must not drop.


MARKUP = re.compile(rb"<(?:html|script|svg|body|iframe|object|embed|\?xml)", re.IGNORECASE)


def logo_clean(upload: UploadedFile[bytes]) -> ContentFile[bytes]:
    """A logo checked by content and re-encoded (see ``clean_image``).

    Files that also carry markup (a PNG with an HTML page inside, the classic
    polyglot) are refused outright rather than silently cleaned.
    """
    check_size(upload, settings.TILTAS_LOGO_MAX_BYTES)
    upload.seek(0)
    if MARKUP.search(upload.read()):
        raise ValidationError(_("Upload a PNG, JPEG or WebP image."), code="type")
    upload.seek(0)
    return clean_image(upload, max_bytes=settings.TILTAS_LOGO_MAX_BYTES)


def _unique_slug(name: str) -> str:
    base = slugify(name)[:70] or "organisation"
    slug, n = base, 2
    while Organisation.objects.filter(slug=slug).exists():
        slug, n = f"{base}-{n}", n + 1
    return slug


def _check_region(values: dict[str, Any]) -> None:
    region, country = values.get("region") or "", values.get("country") or ""
    if region and not region.startswith(country):
        raise ValidationError(
            {"region": _("Choose a region in the organisation's country.")}, code="region"
        )


def organisation_create(
    *, actor: User, values: dict[str, Any], logo: UploadedFile[bytes] | None = None
) -> Organisation:
    _check_region(values)
    cleaned_logo = logo_clean(logo) if logo else None
    with transaction.atomic():
        organisation = Organisation(slug=_unique_slug(values["name"]))
        model_update(organisation, data=values, fields=ORGANISATION_FIELDS)
        if cleaned_logo is not None:
            organisation.logo.save(str(cleaned_logo.name), cleaned_logo, save=False)
        organisation.save()
        audit_record(
            actor=actor, action="accounts.organisation.created", obj=organisation,
            changed_fields=[f for f in ORGANISATION_FIELDS if values.get(f)]
            + (["logo"] if cleaned_logo else []),
        )  # fmt: skip
    return organisation


def organisation_update(
    *,
    organisation: Organisation,
    actor: User,
    values: dict[str, Any],
    logo: UploadedFile[bytes] | None = None,
    remove_logo: bool = False,
) -> Organisation:
    _check_region(values)
    cleaned_logo = logo_clean(logo) if logo else None
    with transaction.atomic():
        organisation = Organisation.objects.select_for_update().get(pk=organisation.pk)
        changed = model_update(organisation, data=values, fields=ORGANISATION_FIELDS)
        old_logo = organisation.logo.name if organisation.logo else ""
        old_file = copy(organisation.logo)  # keeps the old name once the field changes
        if cleaned_logo is not None:
            organisation.logo.save(str(cleaned_logo.name), cleaned_logo, save=False)
            changed.append("logo")
        elif remove_logo and old_logo:
            organisation.logo = ""
            changed.append("logo")
        if changed:
            organisation.save()
            audit_record(
                actor=actor, action="accounts.organisation.changed", obj=organisation,
                changed_fields=changed,
            )  # fmt: skip
            if "logo" in changed:
                delete_on_commit(old_file)
    return organisation
