from django import forms
from django.utils.translation import gettext_lazy as _

from tiltas.accounts.models import Country, OrganisationType, Region
from tiltas.competencies.models import Area

from ..models import NetworkProfile, Visibility
from ..models.people import BIO_MAX

_ALL = [("", _("All"))]


class PeopleFilterForm(forms.Form):
    country = forms.ChoiceField(label=_("Country"), required=False, choices=_ALL + Country.choices)
    region = forms.ChoiceField(label=_("Region"), required=False, choices=_ALL + Region.choices)
    type = forms.ChoiceField(
        label=_("Organisation type"), required=False, choices=_ALL + OrganisationType.choices
    )
    area = forms.ChoiceField(label=_("Competency area"), required=False)

    def __init__(self, *args, areas: list[tuple[str, str]], **kwargs) -> None:
        super().__init__(*args, **kwargs)
        self.fields["area"].choices = _ALL + areas


def _visibility(label: str) -> forms.ChoiceField:
    return forms.ChoiceField(
        label=label, choices=Visibility.choices, widget=forms.RadioSelect, required=True
    )


class ProfileForm(forms.Form):
    bio = forms.CharField(
        label=_("About me"),
        required=False,
        max_length=BIO_MAX,
        widget=forms.Textarea(attrs={"rows": 6}),
        help_text=_("Your work, what you can help others with, what you are looking for."),
    )
    region = forms.ChoiceField(
        label=_("Region"),
        required=False,
        choices=[("", _("As my organisation's")), *Region.choices],
    )
    areas = forms.ModelMultipleChoiceField(
        label=_("Competency areas I work in"),
        required=False,
        queryset=Area.objects.none(),
        widget=forms.CheckboxSelectMultiple,
    )
    organisation_visibility = _visibility(_("Who sees my organisation"))
    position_visibility = _visibility(_("Who sees my position"))
    region_visibility = _visibility(_("Who sees my region"))
    bio_visibility = _visibility(_("Who sees “About me”"))
    competencies_visibility = _visibility(
        _("Who sees my competency areas and self-assessed levels")
    )
    email_visibility = _visibility(_("Who sees my e-mail address"))

    def __init__(self, *args, areas, **kwargs) -> None:
        super().__init__(*args, **kwargs)
        self.fields["areas"].queryset = areas


def profile_initial(profile: NetworkProfile | None) -> dict:
    """The form's starting values: the saved profile, or the defaults."""
    if profile is None:
        return {name: field.default for name, field in _defaults().items()}
    values = {name: getattr(profile, name) for name in _defaults()}
    return values | {"bio": profile.bio, "region": profile.region, "areas": profile.areas.all()}


def _defaults() -> dict:
    return {
        field.name: field
        for field in NetworkProfile._meta.get_fields()
        if field.name.endswith("_visibility")
    }
