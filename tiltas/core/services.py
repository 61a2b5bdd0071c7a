"""Writes every app's services share."""

from collections.abc import Iterable, Mapping
from typing import Any

from django.core.exceptions import ObjectDoesNotExist
from django.db import models


def _empty(value: Any) -> bool:
    return value is None or value == ""


def model_update(
    instance: models.Model,
    *,
    fields: Iterable[str],
    data: Mapping[str, Any],
    strict: bool = False,
) -> list[str]:
    """Copy the ``fields`` present in ``data`` onto ``instance`` and return the
    names that changed, for the service's audit entry. It does not save: the
    service validates, saves and audits in its own transaction.

    One rule for empty values: text is stripped; an empty text is stored as
    ``None`` where the column is nullable (modeltranslation then falls back to
    Lithuanian) and as ``""`` otherwise; ``None`` and ``""`` are the same empty
    value, so re-saving an unchanged form changes nothing. ``strict`` refuses
    keys that are not among ``fields``."""
    fields = list(fields)
    if strict and (unexpected := set(data) - set(fields)):
        raise ValueError(f"Unexpected fields: {sorted(unexpected)}")
    changed = []
    for name in fields:
        if name not in data:
            continue
        value = data[name]
        if isinstance(value, str):
            value = value.strip()
            field = instance._meta.get_field(name)
            if value == "" and getattr(field, "null", False):
                value = None
        try:
            current = getattr(instance, name)
        except ObjectDoesNotExist:  # a relation not set yet
            current = None
        if current == value or (_empty(current) and _empty(value)):
            continue
        setattr(instance, name, value)
        changed.append(name)
    return changed
