from django import forms
from django.utils.translation import gettext_lazy as _

from ..selectors.search import QUERY_MAX


class SearchForm(forms.Form):
    q = forms.CharField(
        label=_("Search the network"),
        required=False,
        max_length=QUERY_MAX,
        strip=True,
        help_text=_("Threads, posts, good practices, programmes and people."),
        error_messages={
            "max_length": _(
                "Search for at most %(limit_value)d characters; you typed %(show_value)d. "
                "Fewer, more telling words find more."
            )
        },
    )
