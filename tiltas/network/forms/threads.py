from collections.abc import Iterable
from typing import Any

from django import forms
from django.conf import settings
from django.template.defaultfilters import filesizeformat
from django.utils.translation import gettext_lazy as _

from tiltas.core.forms import AttachmentsField

from ..models import (
    POST_ATTACHMENTS_MAX,
    POST_MAX_LENGTH,
    Flag,
    FlagReason,
    PostAttachment,
    SubscriptionLevel,
)

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


class PostForm(forms.Form):
    body = body_field()
    attachments = AttachmentsField()

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self.fields["attachments"].help_text = _(
            "Up to %(count)d files of at most %(size)s each: PDF, DOCX, XLSX, PPTX, ODT, ODS, "
            "ODP, PNG or JPEG."
        ) % {
            "count": POST_ATTACHMENTS_MAX,
            "size": filesizeformat(settings.TILTAS_UPLOAD_MAX_BYTES),
        }


class ThreadForm(PostForm):
    title = forms.CharField(label=_("Title"), max_length=200)

    field_order = ["title", "body", "attachments"]


class PostEditForm(PostForm):
    """The post's text, files to remove (when it has any) and files to add."""

    remove = forms.TypedMultipleChoiceField(
        label=_("Remove these files"),
        required=False,
        coerce=int,
        widget=forms.CheckboxSelectMultiple,
    )

    field_order = ["body", "remove", "attachments"]

    def __init__(self, *args: Any, attachments: Iterable[PostAttachment] = (), **kwargs: Any):
        super().__init__(*args, **kwargs)
        choices = [(item.pk, item.original_name) for item in attachments]
        if choices:
            self.fields["remove"].choices = choices
        else:
            del self.fields["remove"]


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
