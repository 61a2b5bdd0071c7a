from django import forms
from django.utils.translation import gettext_lazy as _

from ..models import THEME_NUMBERS, Cluster, ClusterRole
from ..selectors.clusters import events_to_link, theme_titles


def theme_choices() -> list[tuple[int, str]]:
    titles = theme_titles()
    return [
        (number, titles.get(number) or _("Thematic area %(number)d") % {"number": number})
        for number in THEME_NUMBERS
    ]


class ClusterForm(forms.ModelForm):
    themes = forms.TypedMultipleChoiceField(
        label=_("Thematic areas"),
        coerce=int,
        required=False,
        widget=forms.CheckboxSelectMultiple,
    )

    class Meta:
        model = Cluster
        fields = ["name", "description", "goal", "country", "region", "visibility", "join_policy"]
        widgets = {
            "visibility": forms.RadioSelect,
            "join_policy": forms.RadioSelect,
            "description": forms.Textarea(attrs={"rows": 5}),
            "goal": forms.Textarea(attrs={"rows": 3}),
        }
        help_texts = {
            "join_policy": _("A private cluster always decides on each request."),
        }

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["themes"].choices = theme_choices()


class ClusterFilterForm(forms.Form):
    theme = forms.TypedChoiceField(label=_("Thematic area"), coerce=int, required=False)

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["theme"].choices = [("", _("All")), *theme_choices()]


class JoinForm(forms.Form):
    message = forms.CharField(
        label=_("Message to the moderators (optional)"),
        max_length=1000,
        required=False,
        widget=forms.Textarea(attrs={"rows": 3}),
    )


class InviteForm(forms.Form):
    email = forms.EmailField(label=_("E-mail address of the person to invite"))


class EventLinkForm(forms.Form):
    event = forms.ModelChoiceField(label=_("Event"), queryset=None)

    def __init__(self, *args, cluster: Cluster, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["event"].queryset = events_to_link(cluster)


class RoleForm(forms.Form):
    role = forms.ChoiceField(label=_("Role"), choices=ClusterRole.choices)
