"""Forms of the integrity app; they gather input, services write it."""

from django import forms
from django.utils.translation import gettext_lazy as _

from tiltas.accounts.models import Organisation
from tiltas.core.forms import TranslatedContentForm
from tiltas.events.models import Event
from tiltas.learning.models import Programme

from .models import (
    AdoptionStatus,
    Art6Criterion,
    Chapter,
    Comment,
    Effort,
    GuideVersion,
    Measure,
    MeasureKind,
    Origin,
    RiskArea,
    Section,
)


class ChapterForm(TranslatedContentForm):
    model = Chapter
    translated_fields = ("title",)


class SectionForm(TranslatedContentForm):
    model = Section
    translated_fields = ("title", "body")
    textarea_rows = {"body": 14}
    #: The revision the editor started from (the version check).
    revision = forms.IntegerField(widget=forms.HiddenInput, required=False)


class PublishForm(TranslatedContentForm):
    model = GuideVersion
    translated_fields = ("change_log",)
    textarea_rows = {"change_log": 4}


class CommentForm(forms.Form):
    body = forms.CharField(
        label=_("Your comment on this section"),
        max_length=Comment._meta.get_field("body").max_length,
        widget=forms.Textarea(attrs={"rows": 4}),
    )


class AnswerForm(forms.Form):
    answer = forms.CharField(
        label=_("The editors' answer"),
        max_length=Comment._meta.get_field("answer").max_length,
        widget=forms.Textarea(attrs={"rows": 4}),
    )


class DiffForm(forms.Form):
    old = forms.TypedChoiceField(label=_("From version"), coerce=int)
    new = forms.TypedChoiceField(label=_("To version"), coerce=int)

    def __init__(self, *args, numbers: list[int], **kwargs) -> None:
        super().__init__(*args, **kwargs)
        choices = [(n, str(n)) for n in numbers]
        self.fields["old"].choices = choices
        self.fields["new"].choices = choices

    def clean(self) -> dict:
        data = super().clean() or {}
        if data.get("old") is not None and data.get("old") == data.get("new"):
            raise forms.ValidationError(_("Choose two different versions."))
        return data


# The measures catalogue and adoption

_ALL = [("", _("All"))]


class MeasureFilterForm(forms.Form):
    kind = forms.ChoiceField(label=_("Type"), required=False, choices=_ALL + MeasureKind.choices)
    area = forms.ChoiceField(label=_("Risk area"), required=False, choices=_ALL + RiskArea.choices)
    origin = forms.ChoiceField(label=_("Origin"), required=False, choices=_ALL + Origin.choices)
    effort = forms.ChoiceField(label=_("Effort"), required=False, choices=_ALL + Effort.choices)


class MeasureForm(TranslatedContentForm):
    model = Measure
    translated_fields = ("title", "description", "evidence", "resources")
    textarea_rows = {"description": 6, "evidence": 4, "resources": 4}
    slug = forms.SlugField(label=_("Short name (in the address)"), max_length=80)
    kind = forms.ChoiceField(label=_("Type"), choices=MeasureKind.choices)
    origin = forms.ChoiceField(label=_("Origin"), choices=Origin.choices)
    effort = forms.ChoiceField(label=_("Effort"), choices=Effort.choices)
    risk_areas = forms.MultipleChoiceField(
        label=_("Risk areas"), choices=RiskArea.choices, widget=forms.CheckboxSelectMultiple
    )
    programmes = forms.ModelMultipleChoiceField(
        label=_("Programmes"),
        queryset=Programme.objects.none(),
        required=False,
        widget=forms.CheckboxSelectMultiple,
    )
    events = forms.ModelMultipleChoiceField(
        label=_("Events"),
        queryset=Event.objects.none(),
        required=False,
        widget=forms.CheckboxSelectMultiple,
    )
    is_published = forms.BooleanField(label=_("Shown in the public catalogue"), required=False)

    def __init__(self, *args, **kwargs) -> None:
        measure = kwargs.get("instance")
        if measure is not None:
            kwargs.setdefault(
                "initial",
                {
                    "slug": measure.slug,
                    "kind": measure.kind,
                    "origin": measure.origin,
                    "effort": measure.effort,
                    "is_published": measure.is_published,
                    "risk_areas": [a.area for a in measure.risk_areas.all()],
                    "programmes": list(measure.programmes.all()),
                    "events": list(measure.events.all()),
                },
            )
        super().__init__(*args, **kwargs)
        self.fields["programmes"].queryset = Programme.objects.order_by("pk")
        self.fields["events"].queryset = Event.objects.order_by("-pk")

    def measure_data(self) -> dict:
        data = self.content_data()
        for name in ("slug", "kind", "origin", "effort", "is_published", "risk_areas"):
            data[name] = self.cleaned_data[name]
        data["programmes"] = list(self.cleaned_data["programmes"])
        data["events"] = list(self.cleaned_data["events"])
        return data


class _AdoptionFields(forms.Form):
    status = forms.ChoiceField(label=_("Status"), choices=AdoptionStatus.choices)
    progress = forms.IntegerField(label=_("Progress (%)"), help_text=_("From 0 to 100."))
    target_on = forms.DateField(
        label=_("To be implemented by"),
        required=False,
        widget=forms.DateInput(attrs={"type": "date"}),
    )
    responsible_role = forms.CharField(
        label=_("Responsible role"),
        max_length=150,
        required=False,
        help_text=_("A role, not a person's name (for example: head of procurement)."),
    )
    note = forms.CharField(
        label=_("What was done"),
        max_length=2000,
        required=False,
        widget=forms.Textarea(attrs={"rows": 3}),
    )


class AdoptionCreateForm(_AdoptionFields):
    organisation = forms.ModelChoiceField(
        label=_("Organisation"), queryset=Organisation.objects.none()
    )
    measure = forms.ModelChoiceField(label=_("Measure"), queryset=Measure.objects.none())
    adopted_on = forms.DateField(
        label=_("Adopted on"), widget=forms.DateInput(attrs={"type": "date"})
    )
    field_order = ["organisation", "measure", "adopted_on", "status", "progress"]

    def __init__(self, *args, organisations, **kwargs) -> None:
        super().__init__(*args, **kwargs)
        self.fields["organisation"].queryset = organisations
        self.fields["measure"].queryset = Measure.objects.order_by("slug")


class AdoptionUpdateForm(_AdoptionFields):
    on = forms.DateField(
        label=_("Date of this step"), widget=forms.DateInput(attrs={"type": "date"})
    )
    implemented_on = forms.DateField(
        label=_("Implemented on"), required=False, widget=forms.DateInput(attrs={"type": "date"})
    )
    evidence = forms.FileField(
        label=_("Evidence (optional)"),
        required=False,
        help_text=_("A PDF, office document or image, shown on the public timeline."),
    )
    field_order = ["on", "status", "progress", "target_on", "implemented_on"]


class ImportForm(forms.Form):
    file = forms.FileField(label=_("CSV file"))


# The risk register

SCALE = [(n, str(n)) for n in range(1, 6)]


class RiskForm(forms.Form):
    area = forms.ChoiceField(label=_("Risk area"), choices=RiskArea.choices)
    description = forms.CharField(
        label=_("Description of the risk"),
        max_length=4000,
        widget=forms.Textarea(attrs={"rows": 4}),
    )
    criteria = forms.MultipleChoiceField(
        label=_("Criteria of art. 6 of the Law on the Prevention of Corruption"),
        choices=Art6Criterion.choices,
        required=False,
        widget=forms.CheckboxSelectMultiple,
    )
    likelihood = forms.TypedChoiceField(
        label=_("Likelihood (1 = rare, 5 = almost certain)"), choices=SCALE, coerce=int
    )
    impact = forms.TypedChoiceField(
        label=_("Impact (1 = minor, 5 = severe)"), choices=SCALE, coerce=int
    )
    owner = forms.CharField(
        label=_("Owner (a role)"),
        max_length=150,
        help_text=_("A role, not a person's name (for example: head of procurement)."),
    )
    measures = forms.ModelMultipleChoiceField(
        label=_("Measures that answer it"),
        queryset=Measure.objects.none(),
        required=False,
        widget=forms.CheckboxSelectMultiple,
    )
    review_on = forms.DateField(
        label=_("Next review"), widget=forms.DateInput(attrs={"type": "date"})
    )

    def __init__(self, *args, **kwargs) -> None:
        risk = kwargs.pop("risk", None)
        if risk is not None:
            kwargs.setdefault(
                "initial",
                {
                    "area": risk.area,
                    "description": risk.description,
                    "criteria": risk.criteria,
                    "likelihood": risk.likelihood,
                    "impact": risk.impact,
                    "owner": risk.owner,
                    "measures": list(risk.measures.all()),
                    "review_on": risk.review_on,
                },
            )
        super().__init__(*args, **kwargs)
        self.fields["measures"].queryset = Measure.objects.order_by("slug")
