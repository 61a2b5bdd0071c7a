from django import forms
from django.utils.translation import gettext_lazy as _

from tiltas.accounts.models import Country, Organisation

from ..models import Audience, PracticeStatus
from ..models.practices import COMMENT_MAX, TEXT_MAX

_ALL = [("", _("All"))]
_MARKDOWN = _("You can use Markdown: **bold**, lists, links.")


class PracticeFilterForm(forms.Form):
    theme = forms.TypedChoiceField(label=_("Thematic area"), required=False, coerce=int)
    country = forms.ChoiceField(label=_("Country"), required=False, choices=_ALL + Country.choices)
    tag = forms.ChoiceField(label=_("Tag"), required=False)

    def __init__(self, *args, themes: dict[int, str], tags: list[tuple[str, str]], **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["theme"].choices = _ALL + list(themes.items())
        self.fields["tag"].choices = _ALL + tags


def _text(label, *, required: bool = True, help_text=_MARKDOWN) -> forms.CharField:
    return forms.CharField(
        label=label,
        required=required,
        max_length=TEXT_MAX,
        help_text=help_text,
        widget=forms.Textarea(attrs={"rows": 6}),
    )


class PracticeForm(forms.Form):
    title = forms.CharField(label=_("Title"), max_length=200)
    problem = _text(_("The problem"), help_text=_("What did not work, for whom? Markdown."))
    solution = _text(_("The solution"), help_text=_("What was done, by whom, how? Markdown."))
    results = _text(_("Results"), required=False)
    resources = _text(
        _("Resources"),
        required=False,
        help_text=_("Documents, links, people and money it took. Markdown."),
    )
    contact_organisation = forms.ModelChoiceField(
        label=_("Contact organisation"),
        required=False,
        queryset=Organisation.objects.order_by("name"),
    )
    theme = forms.TypedChoiceField(label=_("Thematic area"), coerce=int)
    country = forms.ChoiceField(label=_("Country"), choices=Country.choices)
    tags = forms.CharField(
        label=_("Tags"),
        required=False,
        max_length=400,
        help_text=_("Separated by commas, e.g. youth, procurement, open data."),
    )
    audience = forms.ChoiceField(
        label=_("Who may read it"), choices=Audience.choices, widget=forms.RadioSelect
    )
    status = forms.ChoiceField(
        label=_("Status"), choices=PracticeStatus.choices, widget=forms.RadioSelect
    )

    def __init__(self, *args, themes: dict[int, str], **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["theme"].choices = list(themes.items())


class CommentForm(forms.Form):
    body = forms.CharField(
        label=_("Your comment"),
        max_length=COMMENT_MAX,
        widget=forms.Textarea(attrs={"rows": 4}),
    )
