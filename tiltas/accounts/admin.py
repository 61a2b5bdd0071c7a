"""The Django admin bypasses the services: what they guard (role and access,
which must be audited and end sessions; records the counts rely on; uploaded
logos, which must be re-encoded) is read-only here or goes through them."""

from typing import Any

from django import forms
from django.contrib import admin
from django.contrib.auth.admin import UserAdmin as DjangoUserAdmin
from django.contrib.auth.forms import AdminUserCreationForm, UserChangeForm
from django.core.files.uploadedfile import UploadedFile
from django.http import HttpRequest
from django.urls import reverse
from django.utils.html import format_html
from django.utils.http import urlencode
from django.utils.translation import gettext_lazy as _

from tiltas.core.admin_site import NoDelete

from .models import LoginRecord, Organisation, User
from .services import ORGANISATION_FIELDS, logo_clean, organisation_create, organisation_update

#: Changed only on the people page (``user_role_change``, ``user_deactivate``):
#: audited, and the person's sessions end at once.
ACCESS_FIELDS = ["role", "is_active", "is_staff", "is_superuser"]


class PersonCreationForm(AdminUserCreationForm):
    class Meta:
        model = User
        fields = ["email", "full_name"]


class PersonChangeForm(UserChangeForm):
    class Meta:
        model = User
        fields = "__all__"


class OrganisationAdminForm(forms.ModelForm):
    class Meta:
        model = Organisation
        fields = [*ORGANISATION_FIELDS, "logo"]

    def clean_logo(self) -> Any:
        logo = self.cleaned_data.get("logo")
        if isinstance(logo, UploadedFile):
            logo_clean(logo)  # the service's checks, shown on the form
        return logo


@admin.register(Organisation)
class OrganisationAdmin(NoDelete, admin.ModelAdmin):
    """Saved through the services: a logo is checked and re-encoded, the change audited."""

    form = OrganisationAdminForm
    fields = [*ORGANISATION_FIELDS, "logo"]
    list_display = ["name", "type", "country", "region", "project_role", "is_demo"]
    list_filter = ["type", "country", "project_role", "is_demo"]
    search_fields = ["name", "slug"]

    def save_model(self, request: HttpRequest, obj: Organisation, form: Any, change: bool) -> None:
        values = {name: form.cleaned_data.get(name) for name in ORGANISATION_FIELDS}
        logo = form.cleaned_data.get("logo")
        upload = logo if isinstance(logo, UploadedFile) else None
        if change:
            saved = organisation_update(
                organisation=obj, actor=request.user, values=values, logo=upload,
                remove_logo=logo is False,
            )  # fmt: skip
        else:
            saved = organisation_create(actor=request.user, values=values, logo=upload)
        obj.pk, obj.slug, obj.logo = saved.pk, saved.slug, saved.logo


@admin.register(User)
class UserAdmin(NoDelete, DjangoUserAdmin):
    form = PersonChangeForm
    add_form = PersonCreationForm
    ordering = ["full_name"]
    list_display = ["full_name", "email", "role", "organisation", "is_active"]
    list_filter = ["role", "is_active", "country", "sex"]
    search_fields = ["full_name", "email"]
    list_select_related = ["organisation"]
    autocomplete_fields = ["organisation"]
    readonly_fields = [*ACCESS_FIELDS, "access_change", "last_login", "date_joined"]
    fieldsets = [
        (None, {"fields": ["email", "password"]}),
        (_("Person"), {"fields": ["full_name", "preferred_language", "country", "position",
                                  "organisation", "sex"]}),
        (_("Access"), {"fields": [*ACCESS_FIELDS, "access_change"]}),
        (_("Dates"), {"fields": ["last_login", "date_joined"]}),
    ]  # fmt: skip
    add_fieldsets = [
        (
            None,
            {
                "classes": ["wide"],
                "fields": ["email", "full_name", "usable_password", "password1", "password2"],
            },
        ),
    ]

    @admin.display(description=_("Role and access"))
    def access_change(self, obj: User) -> str:
        url = reverse("accounts:manage_people") + "?" + urlencode({"q": obj.email})
        return format_html(
            '<a href="{}">{}</a>',
            url,
            _("Role and access change on the People and roles page, which records the change and "
              "ends the person's sessions."),
        )  # fmt: skip


@admin.register(LoginRecord)
class LoginRecordAdmin(NoDelete, admin.ModelAdmin):
    list_display = ["user", "at"]
    list_select_related = ["user"]
    date_hierarchy = "at"

    def has_add_permission(self, request) -> bool:
        return False

    def has_change_permission(self, request, obj=None) -> bool:
        return False
