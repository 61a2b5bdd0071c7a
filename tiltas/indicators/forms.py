from datetime import date

from django import forms
from django.core.exceptions import ValidationError
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from tiltas.core.forms import TranslatedContentForm
from tiltas.core.uploads import clean_document

from .models import Activity, Goal, Objective


class DateInput(forms.DateInput):
    input_type = "date"

    def __init__(self, **kwargs) -> None:
        super().__init__(format="%Y-%m-%d", **kwargs)


class PeriodForm(forms.Form):
    """An optional reporting period for the dashboard and the exports (GET)."""

    start = forms.DateField(label=_("From"), required=False, widget=DateInput())
    end = forms.DateField(label=_("To"), required=False, widget=DateInput())

    def clean(self) -> dict:
        data = super().clean() or {}
        start, end = data.get("start"), data.get("end")
        if start and end and start > end:
            raise ValidationError(_("The start of the period must not be after its end."))
        return data

    def period(self) -> tuple[date | None, date | None]:
        if not self.is_valid():
            return None, None
        return self.cleaned_data.get("start"), self.cleaned_data.get("end")


class ManualValueForm(forms.Form):
    value = forms.DecimalField(label=_("Value"), min_value=0, max_digits=12, decimal_places=2)
    as_of = forms.DateField(
        label=_("As of"),
        widget=DateInput(),
        help_text=_("The date on which the value was true."),
    )
    evidence_file = forms.FileField(
        label=_("Evidence file"),
        required=False,
        help_text=_("PDF, DOCX, XLSX, PPTX, ODT, ODS, ODP, PNG or JPEG, at most 20 MB."),
    )
    evidence_link = forms.URLField(
        label=_("Evidence link"),
        required=False,
        assume_scheme="https",
        help_text=_("A web address starting with https://, if the evidence is online."),
    )
    note = forms.CharField(
        label=_("Note"), required=False, widget=forms.Textarea(attrs={"rows": 4})
    )

    def clean_as_of(self) -> date:
        as_of = self.cleaned_data["as_of"]
        if as_of > timezone.localdate():
            raise ValidationError(_("The date cannot be in the future."))
        return as_of

    def clean_evidence_file(self):
        upload = self.cleaned_data.get("evidence_file")
        # Checked by content and stored under a random name (tiltas.core.uploads).
        return clean_document(upload)[0] if upload else None

    def clean_evidence_link(self) -> str:
        link = self.cleaned_data.get("evidence_link", "")
        if link and not link.lower().startswith("https://"):
            raise ValidationError(_("The link must start with https://."))
        return link

    def clean(self) -> dict:
        data = super().clean() or {}
        if not self.errors and not data.get("evidence_file") and not data.get("evidence_link"):
            raise ValidationError(_("Attach an evidence file or give a link."))
        return data


class GoalForm(TranslatedContentForm):
    model = Goal
    translated_fields = ("title", "text")
    textarea_rows = {"text": 5}


class ObjectiveForm(TranslatedContentForm):
    model = Objective
    translated_fields = ("title", "description")
    textarea_rows = {"title": 3, "description": 4}


class ActivityForm(TranslatedContentForm):
    model = Activity
    translated_fields = ("title", "description")
    textarea_rows = {"title": 3, "description": 4}


class MonthInput(forms.DateInput):
    input_type = "month"

    def __init__(self, **kwargs) -> None:
        super().__init__(format="%Y-%m", **kwargs)


class SnapshotForm(forms.Form):
    month = forms.DateField(
        label=_("Month"),
        input_formats=["%Y-%m"],
        widget=MonthInput(),
        help_text=_("A month that has ended, e.g. 2026-05."),
    )
    reason = forms.CharField(
        label=_("Reason for a correction"),
        required=False,
        max_length=2000,
        widget=forms.Textarea(attrs={"rows": 3}),
        help_text=_("Required when the month already has a snapshot."),
    )
