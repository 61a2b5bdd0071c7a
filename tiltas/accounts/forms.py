from typing import Any

from django import forms
from django.utils.html import format_html
from django.utils.text import format_lazy
from django.utils.translation import gettext_lazy as _

from tiltas.core.contributions import privacy_notice_url
from tiltas.core.i18n import LANGUAGE_CODES
from tiltas.core.roles import Role

from .models import Country, Notice, Organisation, Region, User
from .services import ORGANISATION_FIELDS, PROFILE_FIELDS, consent_record, logo_clean


class SignupDetailsForm(forms.Form):
    """Extra fields on allauth's sign-up form, and the privacy notice accepted
    (in the version in force, kept in the consent ledger)."""

    full_name = forms.CharField(
        label=_("Full name"), max_length=150, widget=forms.TextInput(attrs={"autocomplete": "name"})
    )
    privacy_notice = forms.BooleanField(
        required=True,
        error_messages={"required": _("Please confirm that you have read the privacy notice.")},
    )

    # allauth orders its sign-up form by this; the notice comes last, before sending.
    field_order = ("email", "full_name", "password1", "password2", "privacy_notice")

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self.fields["privacy_notice"].label = format_html(
            _('I have read the <a href="{}">privacy notice</a>.'), privacy_notice_url()
        )

    def signup(self, request, user) -> None:
        user.full_name = self.cleaned_data["full_name"]
        user.save(update_fields=["full_name"])
        consent_record(person=user, notice=Notice.PRIVACY, given=True)


class ProfileForm(forms.ModelForm):
    """The person's own details. Only the fields listed here are ever read:
    a POSTed ``role`` or ``is_staff`` is ignored."""

    class Meta:
        model = User
        fields = PROFILE_FIELDS
        widgets = {
            "full_name": forms.TextInput(attrs={"autocomplete": "name"}),
            "position": forms.TextInput(attrs={"autocomplete": "organization-title"}),
            "sex": forms.RadioSelect,
        }
        help_texts = {
            "sex": format_lazy(
                "{} {}",
                _(
                    "Optional. Used only to count participants by sex in the reports to the "
                    "programme's donor; never shown to other people."
                ),
                _(
                    'Stating it is your consent to that use; choose "Not stated", or '
                    "withdraw it on the My data page, and it is removed."
                ),
            ),
            "preferred_language": _("Tiltas opens in this language after you sign in."),
        }

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self.fields["organisation"].queryset = Organisation.objects.order_by("name")
        self.fields["sex"].choices = User._meta.get_field("sex").choices
        self.fields["sex"].required = False


class OrganisationForm(forms.ModelForm):
    logo = forms.FileField(
        label=_("Logo"),
        required=False,
        help_text=_("PNG, JPEG or WebP, at most 2 MB."),
        widget=forms.ClearableFileInput(attrs={"accept": "image/png,image/jpeg,image/webp"}),
    )
    remove_logo = forms.BooleanField(label=_("Remove the current logo"), required=False)

    class Meta:
        model = Organisation
        fields = ORGANISATION_FIELDS
        widgets = {
            f"description_{code}": forms.Textarea(attrs={"rows": 5}) for code in LANGUAGE_CODES
        }

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self.fields["logo"].widget = forms.FileInput(self.fields["logo"].widget.attrs)
        self.fields["description_lt"].label = _("Description in Lithuanian")
        self.fields["description_en"].label = _("Description in English")
        self.fields["description_nb"].label = _("Description in Norwegian")
        # Regions grouped by country, so the list reads like the map.
        self.fields["region"].choices = [
            ("", "---------"),
            (Country.LT.label, Region.for_country(Country.LT)),
            (Country.NO.label, Region.for_country(Country.NO)),
        ]
        if not (self.instance and self.instance.logo):
            del self.fields["remove_logo"]

    def clean_logo(self) -> Any:
        upload = self.cleaned_data.get("logo")
        if upload:
            # Checked here so the message sits next to the field and nothing
            # else typed is lost; the service checks again before saving.
            logo_clean(upload)
        return upload

    def clean(self) -> dict[str, Any]:
        data = super().clean()
        region, country = data.get("region") or "", data.get("country") or ""
        if region and country and not region.startswith(country):
            self.add_error("region", _("Choose a region in the organisation's country."))
        return data


class PersonRoleForm(forms.Form):
    role = forms.ChoiceField(label=_("Role"), choices=Role.choices)


class PeopleSearchForm(forms.Form):
    q = forms.CharField(label=_("Search by name, e-mail or organisation"), required=False)


class ConfirmDeleteForm(forms.Form):
    confirm = forms.BooleanField(
        label=_("I understand that my account and my data will be deleted for good."),
        error_messages={"required": _("Tick the box to confirm.")},
    )
