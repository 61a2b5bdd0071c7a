from django import forms
from django.utils.translation import gettext_lazy as _

from .kinds import Delivery, NotificationKind
from .models import DeliveryPreference

_AS_CHOSEN = ("", _("As chosen above"))


class PreferenceForm(forms.Form):
    """How the person is told by e-mail, and per kind where they choose otherwise."""

    delivery = forms.ChoiceField(
        label=_("E-mail me about notifications"),
        choices=Delivery.choices,
        widget=forms.RadioSelect,
    )

    def __init__(self, *args, kinds: list[NotificationKind], **kwargs) -> None:
        super().__init__(*args, **kwargs)
        self.kinds = kinds
        for kind in kinds:
            self.fields[self.field_name(kind.key)] = forms.ChoiceField(
                label=kind.label, choices=[_AS_CHOSEN, *Delivery.choices], required=False
            )

    @property
    def kind_fields(self) -> list[forms.BoundField]:
        return [self[self.field_name(kind.key)] for kind in self.kinds]

    @staticmethod
    def field_name(key: str) -> str:
        return "kind__" + key.replace(".", "__")

    @classmethod
    def initial_of(cls, preference: DeliveryPreference, kinds: list[NotificationKind]) -> dict:
        initial = {"delivery": preference.delivery}
        for kind in kinds:
            initial[cls.field_name(kind.key)] = preference.by_kind.get(kind.key, "")
        return initial

    def by_kind(self) -> dict[str, str]:
        return {
            kind.key: self.cleaned_data[self.field_name(kind.key)]
            for kind in self.kinds
            if self.cleaned_data.get(self.field_name(kind.key))
        }
