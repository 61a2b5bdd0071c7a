import re

from django import forms
from django.utils.translation import gettext_lazy as _

from ..models import MAX_PARTICIPANTS

_SEPARATORS = re.compile(r"[\s,;]+")

_BODY_HELP = _("Markdown works: **bold**, *italic*, lists and links.")


def handles_typed(text: str) -> list[str]:
    """The handles in what was typed: separated by spaces or commas, with or without @."""
    seen: dict[str, None] = {}
    for word in _SEPARATORS.split(text or ""):
        handle = word.strip().lstrip("@").lower()
        if handle:
            seen[handle] = None
    return list(seen)


def message_field() -> forms.CharField:
    # No max_length here: the service names the limit and the text stays in the form.
    return forms.CharField(
        label=_("Message"), help_text=_BODY_HELP, widget=forms.Textarea(attrs={"rows": 6})
    )


class ConversationForm(forms.Form):
    people = forms.CharField(
        label=_("To"),
        max_length=1000,
    )
    body = message_field()

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["people"].help_text = _(
            "Up to %(n)d people: their handles, the name in lower case with hyphens, "
            "separated by spaces, e.g. @ona-petraitiene @jonas-jonaitis."
        ) % {"n": MAX_PARTICIPANTS - 1}


class MessageForm(forms.Form):
    body = message_field()


class AddPersonForm(forms.Form):
    person = forms.CharField(
        label=_("Person to add"),
        max_length=100,
        help_text=_("Their handle, e.g. @ona-petraitiene."),
    )
