"""Forms of the integrity app; they gather input, services write it."""

from django import forms
from django.utils.translation import gettext_lazy as _

from tiltas.core.forms import TranslatedContentForm

from .models import Chapter, Comment, GuideVersion, Section


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
