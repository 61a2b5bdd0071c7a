from django import forms
from django.utils.translation import gettext_lazy as _

from tiltas.core.forms import TranslatedContentForm

from .models import Signatory


class VerifyForm(forms.Form):
    number = forms.CharField(
        label=_("Certificate number"),
        max_length=100,
        help_text=_("As printed on the certificate, for example ABCD-EFGH-JKMN-PQRS."),
    )


class RevokeForm(forms.Form):
    reason = forms.CharField(
        label=_("Reason"),
        max_length=2000,
        widget=forms.Textarea(attrs={"rows": 4}),
        help_text=_(
            "The holder is told this reason by e-mail; the public page shows only the date."
        ),
    )


class ManageFilterForm(forms.Form):
    q = forms.CharField(label=_("Name or number"), required=False, max_length=100)
    status = forms.ChoiceField(
        label=_("Status"),
        required=False,
        choices=[("", _("All")), ("valid", _("Not revoked")), ("revoked", _("Revoked"))],
    )
    failed = forms.BooleanField(label=_("Only PDFs that failed"), required=False)


class SignatoryForm(TranslatedContentForm):
    model = Signatory
    translated_fields = ("title",)

    name = forms.CharField(label=_("Name"), max_length=150)
