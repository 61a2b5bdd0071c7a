from django import forms
from django.utils.translation import gettext_lazy as _

from ..models import POST_MAX_LENGTH, Flag, FlagReason, SubscriptionLevel

_BODY_HELP = _(
    "Markdown works: **bold**, *italic*, lists and links. Mention a member with @ and their "
    "name in lower case with hyphens, e.g. @ona-petraitiene."
)


def body_field() -> forms.CharField:
    return forms.CharField(
        label=_("Message"),
        max_length=POST_MAX_LENGTH,
        help_text=_BODY_HELP,
        widget=forms.Textarea(attrs={"rows": 8}),
    )


class ThreadForm(forms.Form):
    title = forms.CharField(label=_("Title"), max_length=200)
    body = body_field()


class PostForm(forms.Form):
    body = body_field()


class FlagForm(forms.ModelForm):
    class Meta:
        model = Flag
        fields = ["reason", "note"]
        widgets = {"reason": forms.RadioSelect}

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["reason"].choices = FlagReason.choices


class SubscriptionForm(forms.Form):
    level = forms.ChoiceField(
        label=_("Notifications for this thread"),
        choices=SubscriptionLevel.choices,
        widget=forms.RadioSelect,
    )


class SuspendForm(forms.Form):
    reason = forms.CharField(label=_("Reason"), max_length=300)
