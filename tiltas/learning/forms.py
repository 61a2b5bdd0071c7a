"""Forms: they parse and validate input; services do the writing."""

from django import forms
from django.contrib.auth import get_user_model
from django.utils.translation import gettext_lazy as _

from tiltas.accounts.models import Organisation
from tiltas.core.i18n import LANGUAGE_CHOICES, translated_names
from tiltas.core.roles import Role

from .models import (
    ExternalLearning,
    Lesson,
    MaterialKind,
    MaterialSet,
    Module,
    Programme,
    Question,
    QuestionKind,
    Quiz,
)

LANGS = LANGUAGE_CHOICES


class TranslatedModelForm(forms.ModelForm):
    """Labels each per-language field with its language. The fields of
    ``required_any`` are needed in one language at least, any of them: a
    trainer writes in their own, and the others fall back to it
    (``translation.AnyLanguage``) until someone translates."""

    required_any: tuple[str, ...] = ("title",)

    def __init__(self, *args, **kwargs) -> None:
        super().__init__(*args, **kwargs)
        for name, field in self.fields.items():
            base, _sep, code = name.rpartition("_")
            if code in dict(LANGS) and base:
                label = self._meta.model._meta.get_field(base).verbose_name
                field.label = _("%(field)s (%(language)s)") % {
                    "field": str(label).capitalize(),
                    "language": dict(LANGS)[code],
                }
                field.required = False
                if base in self.required_any and code == LANGS[0][0]:
                    field.help_text = _("Needed in one language at least, any of them.")

    def clean(self) -> dict:
        data = super().clean()
        for base in self.required_any:
            require_one_language(self, base)
        return data


def require_one_language(form: forms.BaseForm, base: str) -> None:
    """``base`` (``title``) must be written in one of its per-language fields."""
    names = [f"{base}_{code}" for code, _label in LANGS if f"{base}_{code}" in form.fields]
    if names and not any((form.cleaned_data.get(name) or "").strip() for name in names):
        form.add_error(names[0], _("Write this in one language at least, any of them."))


class ProgrammeForm(TranslatedModelForm):
    trainers = forms.ModelMultipleChoiceField(
        label=_("Trainers"),
        queryset=get_user_model().objects.none(),
        required=False,
        widget=forms.CheckboxSelectMultiple,
    )

    class Meta:
        model = Programme
        fields = [
            "slug",
            *translated_names("title", "summary", "audience"),
            "language",
            "hours",
            "activity",
            "enrolment_open",
        ]
        widgets = {
            name: forms.Textarea(attrs={"rows": 4})
            for name in translated_names("summary", "audience")
        }

    def __init__(self, *args, can_assign_trainers: bool = False, **kwargs) -> None:
        super().__init__(*args, **kwargs)
        if can_assign_trainers:
            self.fields["trainers"].queryset = (
                get_user_model()
                .objects.filter(role=Role.TRAINER, is_active=True)
                .order_by("full_name")
            )
            if self.instance.pk:
                self.fields["trainers"].initial = list(self.instance.trainers.all())
        else:
            del self.fields["trainers"]


class ModuleForm(TranslatedModelForm):
    class Meta:
        model = Module
        fields = translated_names("title", "summary")
        widgets = {name: forms.Textarea(attrs={"rows": 3}) for name in translated_names("summary")}


class LessonForm(TranslatedModelForm):
    class Meta:
        model = Lesson
        fields = [*translated_names("title", "body"), "video_url", "required"]
        widgets = {name: forms.Textarea(attrs={"rows": 14}) for name in translated_names("body")}


class QuizForm(TranslatedModelForm):
    random_topic = forms.ChoiceField(label=_("Draw from the topic"), required=False)

    class Meta:
        model = Quiz
        fields = [
            *translated_names("title"),
            "passing_grade",
            "attempt_limit",
            "shuffle_options",
            "review",
            "random_count",
            "random_topic",
        ]

    def __init__(self, *args, topics=(), **kwargs) -> None:
        """``topics``: the topics of the programme's question bank."""
        super().__init__(*args, **kwargs)
        names = list(topics)
        if self.instance.random_topic and self.instance.random_topic not in names:
            names.append(self.instance.random_topic)  # kept even once no question has it
        field = self.fields["random_topic"]
        field.choices = [("", _("The whole bank")), *[(name, name) for name in names]]
        field.help_text = Quiz._meta.get_field("random_topic").help_text
        self.fields["random_count"].required = False  # empty: none drawn
        self.fields["review"].required = False  # not sent: as it was

    def clean_random_count(self) -> int:
        return self.cleaned_data.get("random_count") or 0

    def clean_review(self) -> str:
        return self.cleaned_data.get("review") or self.instance.review


class QuestionForm(TranslatedModelForm):
    required_any = ("text",)
    #: Fields only one kind of question uses: the page shows them with that kind.
    KIND_FIELDS = ("accepted_answers", "true_answer")
    true_answer = forms.TypedChoiceField(
        label=_("Correct answer (true or false questions)"),
        choices=(("true", _("True")), ("false", _("False"))),
        coerce=lambda value: value == "true",
        initial="true",
        required=False,
    )

    class Meta:
        model = Question
        fields = ["kind", "topic", *translated_names("text", "feedback"), "accepted_answers"]
        widgets = {
            **{
                name: forms.Textarea(attrs={"rows": 3})
                for name in translated_names("text", "feedback")
            },
            "accepted_answers": forms.Textarea(attrs={"rows": 3}),
            # The page lists the bank's topics in <datalist id="bank-topics">.
            "topic": forms.TextInput(attrs={"list": "bank-topics", "autocomplete": "off"}),
        }

    def common_fields(self) -> list:
        return [field for field in self.visible_fields() if field.name not in self.KIND_FIELDS]


class OptionForm(forms.Form):
    id = forms.IntegerField(widget=forms.HiddenInput, required=False)
    text_lt = forms.CharField(label=_("Option (Lithuanian)"), max_length=500, required=False)
    text_en = forms.CharField(label=_("Option (English)"), max_length=500, required=False)
    text_nb = forms.CharField(label=_("Option (Norwegian Bokmål)"), max_length=500, required=False)
    feedback_lt = forms.CharField(label=_("Feedback (Lithuanian)"), max_length=500, required=False)
    correct = forms.BooleanField(label=_("Correct"), required=False)


OptionFormSet = forms.formset_factory(OptionForm, extra=4, max_num=10)


class BankFilterForm(forms.Form):
    """Which questions of the bank to list (GET)."""

    topic = forms.ChoiceField(label=_("Topic"), required=False)
    kind = forms.ChoiceField(
        label=_("Kind"), required=False, choices=[("", _("All kinds")), *QuestionKind.choices]
    )

    def __init__(self, *args, topics=(), **kwargs) -> None:
        super().__init__(*args, **kwargs)
        self.fields["topic"].choices = [
            ("", _("All topics")),
            *[(name, name) for name in topics],
            ("-", _("No topic")),
        ]


class BankQuestionField(forms.ModelMultipleChoiceField):
    def label_from_instance(self, obj) -> str:
        parts = [obj.get_kind_display(), *([obj.topic] if obj.topic else [])]
        return f"{obj.text} ({', '.join(str(part) for part in parts)})"


class QuizQuestionsAddForm(forms.Form):
    """Questions of the bank to add to a quiz as fixed questions."""

    questions = BankQuestionField(
        label=_("Questions of the bank"),
        queryset=Question.objects.none(),
        widget=forms.CheckboxSelectMultiple,
        error_messages={"required": _("Choose at least one question.")},
    )

    def __init__(self, *args, available=None, **kwargs) -> None:
        """``available``: the bank questions the quiz does not have yet."""
        super().__init__(*args, **kwargs)
        if available is not None:
            self.fields["questions"].queryset = available


def option_rows(formset: forms.BaseFormSet) -> list[dict]:
    """The filled-in options of a valid formset, as dicts for the services."""
    rows = []
    for form in formset:
        data = form.cleaned_data
        if data and any(data.get(f"text_{code}") for code, _label in LANGS):
            rows.append({key: value for key, value in data.items() if key != "id" or value})
    return rows


class MaterialSetForm(TranslatedModelForm):
    class Meta:
        model = MaterialSet
        fields = translated_names("title", "description")
        widgets = {
            name: forms.Textarea(attrs={"rows": 3}) for name in translated_names("description")
        }


class MaterialForm(forms.Form):
    title_lt = forms.CharField(
        label=_("Title (Lithuanian)"),
        max_length=200,
        required=False,
        help_text=_("Needed in one language at least, any of them."),
    )
    title_en = forms.CharField(label=_("Title (English)"), max_length=200, required=False)
    title_nb = forms.CharField(label=_("Title (Norwegian Bokmål)"), max_length=200, required=False)
    language = forms.ChoiceField(label=_("Language"), choices=LANGS)
    kind = forms.ChoiceField(label=_("Type"), choices=MaterialKind.choices)
    file = forms.FileField(
        label=_("File"), help_text=_("PDF, DOCX, XLSX, PPTX, ODT, ODS, ODP, PNG or JPEG.")
    )

    def clean(self) -> dict:
        data = super().clean()
        require_one_language(self, "title")
        return data

    def titles(self) -> dict[str, str]:
        return {code: self.cleaned_data[f"title_{code}"] for code, _label in LANGS}


class MaterialVersionForm(forms.Form):
    file = forms.FileField(
        label=_("New version"), help_text=_("PDF, DOCX, XLSX, PPTX, ODT, ODS, ODP, PNG or JPEG.")
    )


class AttachmentForm(forms.Form):
    title = forms.CharField(label=_("Title"), max_length=200)
    file = forms.FileField(
        label=_("File"), help_text=_("PDF, DOCX, XLSX, PPTX, ODT, ODS, ODP, PNG or JPEG.")
    )


class BulkEnrolmentForm(forms.Form):
    emails = forms.CharField(
        label=_("E-mail addresses"),
        help_text=_("One per line, or separated by commas."),
        widget=forms.Textarea(attrs={"rows": 5}),
        required=False,
    )
    organisation = forms.ModelChoiceField(
        label=_("Or everyone in an organisation"),
        queryset=Organisation.objects.order_by("name"),
        required=False,
    )

    def clean(self) -> dict:
        data = super().clean()
        if bool(data.get("emails", "").strip()) == bool(data.get("organisation")):
            raise forms.ValidationError(
                _("Give either a list of e-mail addresses or an organisation.")
            )
        return data


class ExternalLearningForm(forms.ModelForm):
    evidence = forms.FileField(
        label=_("Evidence file"),
        required=False,
        help_text=_("Optional. PDF, DOCX, XLSX, PPTX, ODT, ODS, ODP, PNG or JPEG."),
    )

    class Meta:
        model = ExternalLearning
        fields = ["title", "provider", "completed_on", "hours", "evidence_link"]
        widgets = {"completed_on": forms.DateInput(attrs={"type": "date"})}


class CompetencyLevelsForm(forms.Form):
    """One level field per competency of the published framework."""

    def __init__(self, *args, competencies=(), current=None, levels=(), **kwargs) -> None:
        super().__init__(*args, **kwargs)
        current = current or {}
        choices = [("", _("Not developed")), *[(str(n), str(n)) for n in levels]]
        self.competencies = list(competencies)
        for competency in self.competencies:
            self.fields[f"competency_{competency.pk}"] = forms.TypedChoiceField(
                label=str(competency),
                choices=choices,
                coerce=int,
                empty_value=None,
                required=False,
                initial=current.get(competency.pk, ""),
            )

    def levels(self) -> dict:
        return {c: self.cleaned_data.get(f"competency_{c.pk}") for c in self.competencies}


QUESTION_KINDS_WITH_OPTIONS = {QuestionKind.SINGLE, QuestionKind.MULTIPLE}
