from typing import Any

from django import forms
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from tiltas.core.i18n import LANGUAGE_CHOICES, translated_names

from .models import Area, Competency, Framework, TargetProfile

LANGUAGES = LANGUAGE_CHOICES
CSV_MAX_BYTES = 2 * 1024 * 1024


def _label_languages(form: forms.Form, fields: tuple[str, ...], required: tuple[str, ...]) -> None:
    """“Name (Lithuanian)” labels; the Lithuanian text is required (the fallback language)."""
    for field in fields:
        for code, language in LANGUAGES:
            name = f"{field}_{code}"
            if name in form.fields:
                base = form.fields[name].label or field
                form.fields[name].label = f"{base} ({language})"
                form.fields[name].required = code == "lt" and field in required


def level_choices(framework: Framework, *, blank: str | None = None) -> list[tuple[str, str]]:
    choices = [
        (str(level.number), f"{level.number} {level.name}") for level in framework.levels.all()
    ]
    return [("", blank), *choices] if blank is not None else choices


class ProfileChoiceForm(forms.Form):
    profile = forms.ModelChoiceField(
        label=_("Target profile"),
        queryset=TargetProfile.objects.order_by("order", "slug"),
        required=False,
        empty_label=_("No target profile"),
    )


class SelfAssessmentForm(forms.Form):
    """One radio group and one note per competency; a level may be left out."""

    def __init__(
        self,
        *args: Any,
        competencies: list[Competency],
        framework: Framework,
        initial_levels: dict[str, int] | None = None,
        **kwargs: Any,
    ) -> None:
        super().__init__(*args, **kwargs)
        self.competencies = competencies
        levels = list(framework.levels.all())
        initial_levels = initial_levels or {}
        for competency in competencies:
            descriptors = {d.level: d.text for d in competency.descriptors.all()}
            choices = [("", _("Not assessed"))] + [
                (
                    str(level.number),
                    f"{level.number} {level.name}: {descriptors.get(level.number, '')}",
                )
                for level in levels
            ]
            self.fields[f"level_{competency.pk}"] = forms.ChoiceField(
                label=f"{competency.code} {competency.name}",
                choices=choices,
                required=False,
                widget=forms.RadioSelect,
                initial=str(initial_levels.get(competency.code, "")),
            )
            self.fields[f"note_{competency.pk}"] = forms.CharField(
                label=_("Note on %(competency)s (optional)") % {"competency": competency.code},
                required=False,
                max_length=2000,
                widget=forms.Textarea(attrs={"rows": 2}),
            )

    def rows(self) -> list[dict]:
        return [
            {
                "competency": c,
                "level": self[f"level_{c.pk}"],
                "note": self[f"note_{c.pk}"],
            }
            for c in self.competencies
        ]

    def clean(self) -> dict:
        data = super().clean()
        if not any(data.get(f"level_{c.pk}") for c in self.competencies):
            raise forms.ValidationError(_("Choose a level for at least one competency."))
        return data

    def levels(self) -> dict[Competency, tuple[int, str]]:
        chosen = {}
        for competency in self.competencies:
            if level := self.cleaned_data.get(f"level_{competency.pk}"):
                chosen[competency] = (
                    int(level),
                    self.cleaned_data.get(f"note_{competency.pk}", ""),
                )
        return chosen


class EvidenceUploadForm(forms.Form):
    competency = forms.ModelChoiceField(label=_("Competency"), queryset=Competency.objects.none())
    title = forms.CharField(label=_("What it shows"), max_length=200)
    occurred_on = forms.DateField(
        label=_("Date"), widget=forms.DateInput(attrs={"type": "date"}, format="%Y-%m-%d")
    )
    level_claimed = forms.TypedChoiceField(label=_("Level it shows"), coerce=int)
    file = forms.FileField(
        label=_("File"),
        required=False,
        help_text=_("PDF, DOCX, XLSX, PPTX, ODT, ODS, ODP, PNG or JPEG, at most 20 MB."),
    )
    link = forms.URLField(
        label=_("Or a link"), required=False, max_length=500, assume_scheme="https"
    )

    def __init__(self, *args: Any, framework: Framework, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self.fields["competency"].queryset = framework.competencies.order_by(
            "area__order", "order", "code"
        )
        self.fields["level_claimed"].choices = level_choices(framework)

    def clean_occurred_on(self):
        value = self.cleaned_data["occurred_on"]
        if value > timezone.localdate():
            raise forms.ValidationError(_("The date cannot be in the future."))
        return value

    def clean(self) -> dict:
        data = super().clean()
        if bool(data.get("file")) == bool(data.get("link")):
            raise forms.ValidationError(_("Give either a file or a link."))
        return data


class EvidenceValidateForm(forms.Form):
    level = forms.TypedChoiceField(label=_("Validated level"), coerce=int)
    comment = forms.CharField(
        label=_("Comment"), max_length=2000, widget=forms.Textarea(attrs={"rows": 4})
    )

    def __init__(self, *args: Any, framework: Framework, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self.fields["level"].choices = level_choices(framework)


class FrameworkForm(forms.ModelForm):
    class Meta:
        model = Framework
        fields = translated_names("title", "description")

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        _label_languages(self, ("title", "description"), required=("title",))


class FrameworkCreateForm(FrameworkForm):
    slug = forms.SlugField(label=_("Short name"), max_length=80)

    class Meta(FrameworkForm.Meta):
        fields = ["slug", *FrameworkForm.Meta.fields]


class AreaForm(forms.ModelForm):
    class Meta:
        model = Area
        fields = ["code", "order", *translated_names("name", "description")]

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        _label_languages(self, ("name", "description"), required=("name",))

    def validate_unique(self) -> None:
        pass  # the service checks the code within the framework


class CompetencyForm(forms.ModelForm):
    class Meta:
        model = Competency
        fields = ["area", "code", "order", *translated_names("name", "description")]

    def __init__(self, *args: Any, framework: Framework, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self.framework = framework
        self.fields["area"].queryset = framework.areas.order_by("order", "code")
        _label_languages(self, ("name", "description"), required=("name",))
        existing: dict[int, Any] = {}
        if self.instance.pk:
            existing = {d.level: d for d in self.instance.descriptors.all()}
        self.levels = list(framework.levels.all())
        for level in self.levels:
            for code, language in LANGUAGES:
                descriptor = existing.get(level.number)
                self.fields[f"descriptor_{level.number}_{code}"] = forms.CharField(
                    label=_("Level %(number)s %(name)s (%(language)s)")
                    % {"number": level.number, "name": level.name, "language": language},
                    required=code == "lt",
                    widget=forms.Textarea(attrs={"rows": 3}),
                    initial=getattr(descriptor, f"text_{code}", "") if descriptor else "",
                )

    def validate_unique(self) -> None:
        pass  # the service checks the code within the framework

    def descriptor_groups(self) -> list[dict]:
        return [
            {
                "level": level,
                "fields": [self[f"descriptor_{level.number}_{code}"] for code, _l in LANGUAGES],
            }
            for level in self.levels
        ]

    def descriptors(self) -> dict[int, dict[str, str]]:
        return {
            level.number: {
                code: self.cleaned_data.get(f"descriptor_{level.number}_{code}", "")
                for code, _l in LANGUAGES
            }
            for level in self.levels
        }


class TargetProfileForm(forms.ModelForm):
    class Meta:
        model = TargetProfile
        fields = ["slug", "order", *translated_names("name", "description")]

    def __init__(self, *args: Any, framework: Framework | None, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        _label_languages(self, ("name", "description"), required=("name",))
        if self.instance.pk:
            del self.fields["slug"]
        self.competencies: list[Competency] = []
        if framework is None:
            return
        self.competencies = list(framework.competencies.order_by("area__order", "order", "code"))
        current: dict[int, int] = {}
        if self.instance.pk:
            current = dict(self.instance.levels.values_list("competency_id", "level"))
        choices = level_choices(framework, blank=_("Not required"))
        for competency in self.competencies:
            self.fields[f"target_{competency.pk}"] = forms.TypedChoiceField(
                label=f"{competency.code} {competency.name}",
                choices=choices,
                coerce=int,
                empty_value=None,
                required=False,
                initial=str(current.get(competency.pk, "")),
            )

    def validate_unique(self) -> None:
        pass  # the service checks the short name

    def target_fields(self) -> list:
        return [self[f"target_{c.pk}"] for c in self.competencies]

    def levels(self) -> dict[Competency, int | None]:
        return {c: self.cleaned_data.get(f"target_{c.pk}") for c in self.competencies}


class FrameworkImportForm(forms.Form):
    file = forms.FileField(
        label=_("CSV file"), help_text=_("UTF-8, comma-separated, at most 2 MB.")
    )

    def clean_file(self):
        upload = self.cleaned_data["file"]
        if upload.size > CSV_MAX_BYTES:
            raise forms.ValidationError(_("The file is too large."))
        return upload


class AggregateForm(forms.Form):
    grouping = forms.ChoiceField(
        label=_("Group by"),
        choices=[
            ("organisation", _("Organisation")),
            ("region", _("Region")),
            ("country", _("Country")),
        ],
        required=False,
    )
    basis = forms.ChoiceField(
        label=_("Levels"),
        choices=[
            ("self", _("Latest self-assessed level")),
            ("validated", _("Highest level validated by a trainer")),
        ],
        required=False,
    )
