"""The channel's forms. They gather input; the services check and store it."""

from typing import Any

from django import forms
from django.utils.translation import gettext_lazy as _

from tiltas.accounts.models import Organisation
from tiltas.core.forms import AttachmentsField

from .models import Outcome, Status
from .selectors import integrity_officers, organisations_receiving

CODE_ATTRS = {"autocomplete": "off", "spellcheck": "false", "autocapitalize": "characters"}


class WhistleblowingAttachmentsField(AttachmentsField):
    def __init__(self, **kwargs: Any) -> None:
        kwargs.setdefault(
            "help_text", _("PDF, PNG or JPEG. Their metadata (author, camera, place) is removed.")
        )
        super().__init__(**kwargs)


class ReportForm(forms.Form):
    organisation = forms.ModelChoiceField(
        queryset=Organisation.objects.none(),
        label=_("Institution that receives the report"),
        empty_label=_("Choose an institution"),
    )
    what = forms.CharField(
        label=_("What happened?"),
        widget=forms.Textarea(attrs={"rows": 8}),
        max_length=20000,
        help_text=_("Describe the facts as precisely as you can."),
    )
    when = forms.CharField(label=_("When did it happen?"), required=False, max_length=500)
    who = forms.CharField(
        label=_("Who is involved?"),
        required=False,
        max_length=5000,
        widget=forms.Textarea(attrs={"rows": 3}),
    )
    confidential = forms.TypedChoiceField(
        label=_("Do you want to give your name?"),
        choices=[
            ("0", _("No, I report anonymously")),
            ("1", _("Yes, confidentially: only the case handlers see my contact details")),
        ],
        coerce=lambda value: value == "1",
        initial="0",
        widget=forms.RadioSelect,
    )
    contact = forms.CharField(
        label=_("Your name and contact details (confidential reports only)"),
        required=False,
        max_length=1000,
        widget=forms.Textarea(attrs={"rows": 3}),
    )
    email = forms.EmailField(
        label=_("E-mail address for a notice when the case handler writes (optional)"),
        required=False,
        help_text=_(
            "The notice says only that a message awaits you. Leave it empty to stay unknown."
        ),
    )
    attachments = WhistleblowingAttachmentsField()

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self.fields["organisation"].queryset = organisations_receiving()  # type: ignore[attr-defined]

    def clean(self) -> dict[str, Any]:
        data = super().clean()
        if data.get("confidential") and not (data.get("contact") or "").strip():
            self.add_error("contact", _("Give your contact details, or report anonymously."))
        return data


class CodeForm(forms.Form):
    code = forms.CharField(
        label=_("Your receipt code"),
        max_length=80,
        help_text=_("The code you were given when you made the report, e.g. ABCD-EFGH-…"),
        widget=forms.TextInput(attrs=CODE_ATTRS),
    )


class ReporterReplyForm(forms.Form):
    code = forms.CharField(max_length=80, widget=forms.HiddenInput)
    body = forms.CharField(
        label=_("Your message"),
        required=False,
        max_length=20000,
        widget=forms.Textarea(attrs={"rows": 5}),
    )
    attachments = WhistleblowingAttachmentsField()


class MessageForm(forms.Form):
    body = forms.CharField(
        label=_("Message to the reporter"),
        max_length=20000,
        widget=forms.Textarea(attrs={"rows": 5}),
    )
    is_question = forms.BooleanField(
        label=_("This is a question the reporter should answer"), required=False
    )


class StatusForm(forms.Form):
    status = forms.ChoiceField(
        label=_("Status"),
        choices=[
            (Status.ACKNOWLEDGED, Status.ACKNOWLEDGED.label),
            (Status.FOLLOW_UP, Status.FOLLOW_UP.label),
        ],
    )


class CloseForm(forms.Form):
    outcome = forms.ChoiceField(label=_("Outcome"), choices=Outcome.choices)
    message = forms.CharField(
        label=_("What the reporter is told"),
        max_length=20000,
        widget=forms.Textarea(attrs={"rows": 4}),
    )


class HandlerForm(forms.Form):
    user = forms.ModelChoiceField(queryset=integrity_officers(), label=_("Integrity officer"))
    organisation = forms.ModelChoiceField(
        queryset=Organisation.objects.order_by("name"), label=_("Organisation")
    )
