from django import forms
from django.utils.translation import gettext_lazy as _

from ..models import FileKind


class FileForm(forms.Form):
    kind = forms.ChoiceField(label=_("Kind"), choices=FileKind.choices)
    title = forms.CharField(label=_("Title"), max_length=200)
    file = forms.FileField(
        label=_("File"),
        help_text=_("PDF, Word, Excel, PowerPoint, OpenDocument, PNG or JPEG."),
    )


class SignedSheetForm(forms.Form):
    scan = forms.FileField(
        label=_("Scan of the signed sheet"),
        help_text=_("PDF, PNG or JPEG. A new scan replaces the one uploaded before."),
    )
