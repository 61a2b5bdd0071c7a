from django import forms
from django.utils.translation import gettext_lazy as _

from tiltas.accounts.models import User

from ..models import StudyVisit


class DateInput(forms.DateInput):
    input_type = "date"

    def __init__(self) -> None:
        super().__init__(format="%Y-%m-%d")


class StudyVisitForm(forms.ModelForm):
    class Meta:
        model = StudyVisit
        fields = [
            "direction",
            "activity",
            "title_lt",
            "title_en",
            "title_nb",
            "purpose_lt",
            "purpose_en",
            "purpose_nb",
            "host_organisations",
            "start_date",
            "end_date",
            "agenda_lt",
            "agenda_en",
            "agenda_nb",
            "report_lt",
            "report_en",
            "report_nb",
            "status",
        ]
        widgets = {
            "start_date": DateInput(),
            "end_date": DateInput(),
            "host_organisations": forms.CheckboxSelectMultiple,
        }

    def __init__(self, *args, **kwargs) -> None:
        super().__init__(*args, **kwargs)
        self.fields["title_lt"].required = True
        for name in ("agenda_lt", "agenda_en", "agenda_nb", "report_lt", "report_en", "report_nb"):
            self.fields[name].help_text = _("Markdown.")

    def clean(self) -> dict:
        data = super().clean()
        start, end = data.get("start_date"), data.get("end_date")
        if start and end and end < start:
            self.add_error("end_date", _("The last day cannot be before the first."))
        return data


class DelegationMemberForm(forms.Form):
    email = forms.EmailField(
        label=_("E-mail address of a registered person"),
        required=False,
        help_text=_("Leave empty and type a name for someone without an account."),
    )
    name = forms.CharField(label=_("Name"), max_length=150, required=False)
    organisation_name = forms.CharField(label=_("Organisation"), max_length=200, required=False)
    role = forms.CharField(label=_("Role in the delegation"), max_length=100, required=False)

    def clean(self) -> dict:
        data = super().clean()
        email = data.get("email")
        data["person"] = None
        if email:
            data["person"] = User.objects.filter(email__iexact=email, is_active=True).first()
            if data["person"] is None:
                self.add_error("email", _("Nobody with this e-mail address has an account."))
        elif not data.get("name"):
            self.add_error("name", _("Choose a registered person or type a name."))
        return data
