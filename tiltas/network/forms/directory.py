from django import forms
from django.utils.translation import gettext_lazy as _

from tiltas.accounts.models import Country, OrganisationType, Region

_ALL = [("", _("All"))]


class DirectoryFilterForm(forms.Form):
    country = forms.ChoiceField(label=_("Country"), required=False, choices=_ALL + Country.choices)
    region = forms.ChoiceField(label=_("Region"), required=False, choices=_ALL + Region.choices)
    type = forms.ChoiceField(
        label=_("Organisation type"), required=False, choices=_ALL + OrganisationType.choices
    )
