from typing import Any

from django import forms
from django.utils.translation import gettext_lazy as _

from tiltas.accounts.models import User

from ..models import Event, EventStatus, QuestionKind, SurveyQuestionKind


def _choice_pairs(question: Any) -> list[tuple[str, str]]:
    stored = [line.strip() for line in (question.options_lt or "").splitlines() if line.strip()]
    shown = question.option_list()
    # The shown language may lack a translation of an option: fall back to the stored text.
    return [(value, shown[n] if n < len(shown) else value) for n, value in enumerate(stored)]


class RegistrationForm(forms.Form):
    """One field per question of the event; ``answers()`` gives {question id: answer}."""

    def __init__(self, *args, event: Event, **kwargs) -> None:
        super().__init__(*args, **kwargs)
        self.questions = list(event.questions.all())
        for question in self.questions:
            if question.kind == QuestionKind.YES_NO:
                field: forms.Field = forms.ChoiceField(
                    choices=[("yes", _("Yes")), ("no", _("No"))], widget=forms.RadioSelect
                )
            elif question.kind == QuestionKind.CHOICE:
                field = forms.ChoiceField(choices=_choice_pairs(question), widget=forms.RadioSelect)
            else:
                field = forms.CharField(max_length=1000, widget=forms.Textarea(attrs={"rows": 3}))
            field.label = question.text
            field.required = question.required
            self.fields[question.field_name] = field

    def answers(self) -> dict[str, str]:
        return {
            str(question.pk): self.cleaned_data.get(question.field_name) or ""
            for question in self.questions
        }

    @classmethod
    def initial_from(cls, answers: dict[str, str]) -> dict[str, str]:
        return {f"question_{key}": value for key, value in answers.items()}


class CheckInForm(forms.Form):
    code = forms.CharField(
        label=_("Ticket code"),
        max_length=300,
        help_text=_("Scan the QR code into this field or type the code under it."),
        widget=forms.TextInput(attrs={"autocomplete": "off", "autofocus": True}),
    )


class WalkInForm(forms.Form):
    """Someone present without a registration (see ``services.walk_in_add``)."""

    name = forms.CharField(label=_("Name"), max_length=200)
    organisation_name = forms.CharField(label=_("Organisation"), max_length=200, required=False)
    email = forms.EmailField(
        label=_("E-mail address"),
        required=False,
        help_text=_("We invite them by e-mail to create an account."),
    )


class AddParticipantForm(forms.Form):
    email = forms.EmailField(label=_("E-mail address of a registered person"))

    def clean_email(self) -> User:
        person = User.objects.filter(
            email__iexact=self.cleaned_data["email"], is_active=True
        ).first()
        if person is None:
            raise forms.ValidationError(_("Nobody with this e-mail address has an account."))
        return person


class MoveRegistrationForm(forms.Form):
    target = forms.ModelChoiceField(label=_("Move to event"), queryset=Event.objects.none())

    def __init__(self, *args, event: Event, **kwargs) -> None:
        super().__init__(*args, **kwargs)
        self.fields["target"].queryset = Event.objects.filter(
            status__in=[EventStatus.PUBLISHED, EventStatus.DRAFT], activity=event.activity
        ).exclude(pk=event.pk)


class SurveyForm(forms.Form):
    def __init__(self, *args, event: Event, **kwargs) -> None:
        super().__init__(*args, **kwargs)
        self.questions = list(event.survey_questions.all())
        for question in self.questions:
            if question.kind == SurveyQuestionKind.RATING:
                field: forms.Field = forms.ChoiceField(
                    choices=[(str(n), str(n)) for n in range(1, 6)],
                    widget=forms.RadioSelect,
                    required=False,
                    help_text=_("1 is the lowest, 5 the highest."),
                )
            else:
                field = forms.CharField(
                    max_length=4000, required=False, widget=forms.Textarea(attrs={"rows": 4})
                )
            field.label = question.text
            self.fields[question.field_name] = field

    def answers(self) -> dict[str, str]:
        return {str(q.pk): self.cleaned_data.get(q.field_name) or "" for q in self.questions}
