"""Forms every app uses: a form built from a model's translated fields, and a
service's errors shown on the form or as a message."""

from collections.abc import Mapping
from typing import Any

from django import forms
from django.conf import settings
from django.core.exceptions import ValidationError
from django.db import models
from django.forms.boundfield import BoundField
from django.http import HttpRequest
from django.utils.translation import gettext_lazy as _

#: The language a translated field is required in (where the model requires it).
DEFAULT_LANGUAGE = "lt"


class TranslatedContentForm(forms.Form):
    """A plain form built from a model's translated fields; the view hands
    ``cleaned_data`` to a service (forms never save)."""

    model: type[models.Model]
    translated_fields: tuple[str, ...] = ()
    textarea_rows: dict[str, int] = {}

    def __init__(self, *args: Any, instance: models.Model | None = None, **kwargs: Any) -> None:
        initial = dict(kwargs.pop("initial", None) or {})
        if instance is not None:
            for name in self.translated_names():
                initial.setdefault(name, getattr(instance, name) or "")
        super().__init__(*args, initial=initial, **kwargs)
        for code, language_name in settings.LANGUAGES:
            for field_name in self.translated_fields:
                model_field = self.model._meta.get_field(f"{field_name}_{code}")
                original = self.model._meta.get_field(field_name)
                form_field = original.formfield()
                assert form_field is not None
                form_field.required = code == DEFAULT_LANGUAGE and not model_field.blank
                form_field.help_text = ""
                form_field.widget.attrs["lang"] = code
                form_field.language_name = language_name  # type: ignore[attr-defined]
                if isinstance(form_field.widget, forms.Textarea):
                    form_field.widget.attrs["rows"] = self.textarea_rows.get(field_name, 8)
                self.fields[f"{field_name}_{code}"] = form_field

    @classmethod
    def translated_names(cls) -> list[str]:
        return [
            f"{name}_{code}" for code, _n in settings.LANGUAGES for name in cls.translated_fields
        ]

    def language_groups(self) -> list[dict[str, Any]]:
        """The fields per language, for one fieldset each."""
        groups = []
        for code, name in settings.LANGUAGES:
            fields: list[BoundField] = [self[f"{name}_{code}"] for name in self.translated_fields]
            groups.append(
                {
                    "code": code,
                    "name": name,  # the project's own names, translated by core
                    "required": code == DEFAULT_LANGUAGE,
                    "fields": fields,
                }
            )
        return groups

    def content_data(self) -> dict[str, Any]:
        return {name: self.cleaned_data.get(name, "") for name in self.translated_names()}


class MultipleFileInput(forms.FileInput):
    allow_multiple_selected = True


class AttachmentsField(forms.FileField):
    """Any number of files, each checked by the service (type, size, metadata)."""

    def __init__(self, **kwargs: Any) -> None:
        kwargs.setdefault("widget", MultipleFileInput())
        kwargs.setdefault("required", False)
        kwargs.setdefault("label", _("Attachments"))
        kwargs.setdefault("allow_empty_file", True)  # the service names the empty file
        super().__init__(**kwargs)

    def clean(self, data: Any, initial: Any = None) -> list[Any]:
        items = data if isinstance(data, (list, tuple)) else [data]
        return [super(AttachmentsField, self).clean(item, initial) for item in items if item]


def form_add_service_error(
    form: forms.BaseForm, error: ValidationError, *, fields_by_code: Mapping[str, str] = {}
) -> None:
    """Show a service's ``ValidationError`` on the form that gathered the input:
    errors keyed by field go to that field when the form has it; a plain error
    goes to the field ``fields_by_code`` names for its code; everything else
    above the form. What was typed stays in the form."""
    if hasattr(error, "error_dict"):
        for name, errors in error.error_dict.items():
            form.add_error(name if name in form.fields else None, errors)
        return
    field = fields_by_code.get(error.code or "")
    form.add_error(field if field in form.fields else None, error)


def error_text(error: ValidationError) -> str:
    """A service's error as one message (for ``messages.error`` after a button)."""
    return " ".join(error.messages)


def posted(request: HttpRequest, *, files: bool = False) -> Any:
    """Form data for a POST (even an empty one: a form without fields must still
    validate), None for a GET so the form starts unbound."""
    if request.method != "POST":
        return (None, None) if files else None
    return (request.POST, request.FILES) if files else request.POST
