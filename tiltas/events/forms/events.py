from datetime import datetime
from zoneinfo import ZoneInfo

from django import forms
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from tiltas.accounts.models import Country, User
from tiltas.core.roles import TEACHERS

from ..models import (
    ActivityCode,
    CertificateRule,
    Event,
    EventQuestion,
    SurveyQuestion,
)

DATETIME_FIELDS = (
    "starts_at",
    "ends_at",
    "registration_opens_at",
    "registration_closes_at",
    "cancellation_deadline",
)


class DateTimeLocalInput(forms.DateTimeInput):
    input_type = "datetime-local"

    def __init__(self) -> None:
        super().__init__(format="%Y-%m-%dT%H:%M")


class CalendarFilterForm(forms.Form):
    """Filters of the public calendar; only these values are ever used in queries."""

    country = forms.ChoiceField(
        label=_("Country"), required=False, choices=[("", _("All countries")), *Country.choices]
    )
    activity = forms.ChoiceField(
        label=_("Activity"),
        required=False,
        choices=[("", _("All activities")), *ActivityCode.choices],
    )
    programme = forms.TypedChoiceField(
        label=_("Programme"), required=False, coerce=int, empty_value=None
    )
    when = forms.ChoiceField(
        label=_("Show"),
        required=False,
        choices=[("", _("Upcoming events")), ("past", _("Past events"))],
    )

    def __init__(self, *args, programmes: list[tuple[int, str]] = (), **kwargs) -> None:
        super().__init__(*args, **kwargs)
        self.fields["programme"].choices = [("", _("All programmes")), *programmes]


class EventForm(forms.ModelForm):
    """Times are typed as the event's local time and stored aware in that zone.
    The status is not edited here: an event is created as a draft and changes
    status by its own actions (publish, cancel, mark as held)."""

    class Meta:
        model = Event
        fields = [
            "activity",
            "programme",
            "kind",
            "title_lt",
            "title_en",
            "title_nb",
            "description_lt",
            "description_en",
            "description_nb",
            "report_lt",
            "report_en",
            "report_nb",
            "country",
            "city",
            "venue",
            "address",
            "online_url",
            "timezone",
            "starts_at",
            "ends_at",
            "language",
            "capacity",
            "registration_opens_at",
            "registration_closes_at",
            "approval_required",
            "cancellation_deadline",
            "reminder_days",
            "trainers",
            "hours",
            "certificate_rule",
            "certificate_min_days",
            "certificate_min_hours",
            "certificate_valid_months",
        ]
        widgets = {name: DateTimeLocalInput() for name in DATETIME_FIELDS} | {
            "trainers": forms.CheckboxSelectMultiple
        }

    def __init__(self, *args, **kwargs) -> None:
        super().__init__(*args, **kwargs)
        self.fields["title_lt"].required = True
        # An event saved without choosing keeps the default rule (every day).
        self.fields["certificate_rule"].required = False
        self.fields["trainers"].queryset = User.objects.filter(role__in=TEACHERS, is_active=True)
        if self.instance.pk:
            zone = self.instance.zone
            for name in DATETIME_FIELDS:
                value = getattr(self.instance, name)
                if value is not None:
                    self.initial[name] = timezone.localtime(value, zone).replace(tzinfo=None)

    def clean(self) -> dict:
        data = super().clean()
        if not data.get("certificate_rule"):
            data["certificate_rule"] = CertificateRule.ALL_DAYS
        zone = ZoneInfo(data.get("timezone") or "Europe/Vilnius")
        for name in DATETIME_FIELDS:
            value: datetime | None = data.get(name)
            if value is not None:
                # Django read the typed time in the site's zone; it meant the event's zone.
                naive = timezone.make_naive(value) if timezone.is_aware(value) else value
                data[name] = timezone.make_aware(naive, zone)
        starts, ends = data.get("starts_at"), data.get("ends_at")
        if starts and ends and ends <= starts:
            self.add_error("ends_at", _("The event must end after it starts."))
        closes = data.get("registration_closes_at")
        opens = data.get("registration_opens_at")
        if opens and closes and closes <= opens:
            self.add_error("registration_closes_at", _("Registration must close after it opens."))
        return data


class EventQuestionForm(forms.ModelForm):
    class Meta:
        model = EventQuestion
        fields = [
            "text_lt",
            "text_en",
            "text_nb",
            "kind",
            "options_lt",
            "options_en",
            "options_nb",
            "required",
            "position",
        ]
        widgets = {
            name: forms.Textarea(attrs={"rows": 3})
            for name in ("options_lt", "options_en", "options_nb")
        }

    def __init__(self, *args, **kwargs) -> None:
        super().__init__(*args, **kwargs)
        self.fields["text_lt"].required = True

    def clean(self) -> dict:
        data = super().clean()
        if data.get("kind") == "choice" and len((data.get("options_lt") or "").split("\n")) < 2:
            self.add_error("options_lt", _("Give at least two options, one per line."))
        return data


class SurveyQuestionForm(forms.ModelForm):
    class Meta:
        model = SurveyQuestion
        fields = ["text_lt", "text_en", "text_nb", "kind", "position"]

    def __init__(self, *args, **kwargs) -> None:
        super().__init__(*args, **kwargs)
        self.fields["text_lt"].required = True
