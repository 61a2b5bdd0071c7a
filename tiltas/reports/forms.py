from typing import Any

from django import forms
from django.utils import timezone
from django.utils.translation import get_language
from django.utils.translation import gettext_lazy as _

from tiltas.core.i18n import LANGUAGE_CHOICES
from tiltas.indicators.forms import MonthInput
from tiltas.indicators.models import Activity

from . import periods

WHOLE_MONTHS = ""
PARTS = [
    (WHOLE_MONTHS, _("The months chosen below")),
    ("year", _("The whole year")),
    ("1", _("First quarter")),
    ("2", _("Second quarter")),
    ("3", _("Third quarter")),
    ("4", _("Fourth quarter")),
]


class ReportForm(forms.Form):
    part = forms.ChoiceField(label=_("Period"), choices=PARTS, required=False)
    year = forms.IntegerField(
        label=_("Year"),
        required=False,
        min_value=2020,
        max_value=2100,
        help_text=_("For a quarter or a whole year."),
    )
    start_month = forms.DateField(
        label=_("First month"),
        required=False,
        input_formats=["%Y-%m"],
        widget=MonthInput(),
        help_text=_("e.g. 2026-01"),
    )
    end_month = forms.DateField(
        label=_("Last month"),
        required=False,
        input_formats=["%Y-%m"],
        widget=MonthInput(),
        help_text=_("e.g. 2026-03"),
    )
    language = forms.ChoiceField(label=_("Language of the report"), choices=LANGUAGE_CHOICES)

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self.fields["language"].initial = get_language()
        self.fields["year"].initial = timezone.localdate().year

    def clean(self) -> dict[str, Any]:
        data = super().clean()
        part, year = data.get("part"), data.get("year")
        if part:
            if year is None:
                self.add_error("year", _("Give the year of the quarter or of the whole year."))
                return data
            data["period"] = (
                periods.year(year) if part == "year" else periods.quarter(year, int(part))
            )
            return data
        first, last = data.get("start_month"), data.get("end_month")
        if first is None and "start_month" not in self.errors:
            self.add_error("start_month", _("Give the first month, or choose a quarter or a year."))
        if last is None and "end_month" not in self.errors:
            self.add_error("end_month", _("Give the last month, or choose a quarter or a year."))
        if first is not None and last is not None:
            if last < first:
                self.add_error("end_month", _("The last month cannot come before the first."))
            else:
                data["period"] = periods.Period.of_months(first, last)
        return data


class PeriodChoiceForm(forms.Form):
    """Which period's narratives to write (a GET form: it only leads to the page)."""

    start_month = forms.DateField(
        label=_("First month"), input_formats=["%Y-%m"], widget=MonthInput()
    )
    end_month = forms.DateField(label=_("Last month"), input_formats=["%Y-%m"], widget=MonthInput())

    def clean(self) -> dict[str, Any]:
        data = super().clean()
        first, last = data.get("start_month"), data.get("end_month")
        if first is not None and last is not None and last < first:
            self.add_error("end_month", _("The last month cannot come before the first."))
        return data


def narrative_field_name(activity_id: int, language: str) -> str:
    return f"narrative_{activity_id}_{language}"


class NarrativesForm(forms.Form):
    """One text per activity and language; a report in a language prints that language's."""

    def __init__(
        self,
        *args: Any,
        activities: list[Activity],
        texts: dict[tuple[int, str], str],
        **kwargs: Any,
    ) -> None:
        super().__init__(*args, **kwargs)
        self.activities = activities
        for activity in activities:
            for code, name in LANGUAGE_CHOICES:
                self.fields[narrative_field_name(activity.pk, code)] = forms.CharField(
                    label=name,
                    required=False,
                    max_length=10000,
                    initial=texts.get((activity.pk, code), ""),
                    widget=forms.Textarea(attrs={"rows": 4}),
                )

    def groups(self) -> list[dict[str, Any]]:
        """The fields per activity, for one fieldset each."""
        return [
            {
                "activity": activity,
                "fields": [
                    self[narrative_field_name(activity.pk, code)]
                    for code, _name in LANGUAGE_CHOICES
                ],
            }
            for activity in self.activities
        ]

    def texts(self) -> dict[tuple[int, str], str]:
        return {
            (activity.pk, code): self.cleaned_data[narrative_field_name(activity.pk, code)]
            for activity in self.activities
            for code, _name in LANGUAGE_CHOICES
        }
