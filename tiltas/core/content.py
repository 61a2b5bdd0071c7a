"""Loading the project's own content without undoing what people edited.

Each app ships texts (the portal's pages, the results framework, the
competency model) and loads them with ``load_project``, which every
``make run`` and every deployment runs again. Coordinators then edit those
rows on the site or in the admin, so a loader must tell its own earlier writes
from a person's. :func:`content_load` keeps, for each row it loads, a digest of
every value it wrote (:class:`~tiltas.core.models.LoadedContent`). On the next
run a field that still holds that value is the loader's and takes the newly
shipped one; a field that holds anything else was changed by someone and is
left as it is. Nothing is asked of the edit paths (service, admin or shell):
the database itself says what changed.
"""

import hashlib
import json
from collections.abc import Mapping
from typing import Any

from django.core.serializers.json import DjangoJSONEncoder
from django.db import models, transaction

from .models import LOOKUP_LENGTH, LoadedContent

EMPTY: tuple[Any, ...] = (None, "", [], {})


def _plain(value: Any) -> Any:
    return value.pk if isinstance(value, models.Model) else value


def _digest(value: Any) -> str:
    text = json.dumps(value, cls=DjangoJSONEncoder, sort_keys=True, ensure_ascii=False)
    return hashlib.sha256(text.encode()).hexdigest()[:32]


def _field(row: models.Model, name: str) -> models.Field:
    field = row._meta.get_field(name)
    if not isinstance(field, models.Field):
        raise TypeError(f"{name} is not a field of {row._meta.label}")
    return field


def _stored(row: models.Model, name: str) -> Any:
    """The field's value as the row holds it (a related row by its key)."""
    return getattr(row, _field(row, name).attname)


def _comparable(row: models.Model, name: str, value: Any) -> Any:
    """A shipped value in the form the row holds it (240 as Decimal, a row as its key)."""
    field = _field(row, name)
    if isinstance(value, models.Model) or field.is_relation:
        return _plain(value)
    return field.to_python(value)


def _is_ours(row: models.Model, name: str, shipped: Any, loaded: Mapping[str, str]) -> bool:
    """Whether the loader may write this field: it holds what the loader wrote last
    time, or, when the loader never wrote it (rows from before this record was
    kept, fields added since), it is empty or already equal to the shipped value."""
    current = _stored(row, name)
    if name in loaded:
        return _digest(current) == loaded[name]
    return current in EMPTY or current == _comparable(row, name, shipped)


def _refresh(
    row: models.Model, defaults: Mapping[str, Any], fixed: Mapping[str, Any], loaded: Mapping
) -> tuple[list[str], list[str]]:
    """Bring the loader's fields of an existing row up to the shipped values;
    answers which fields are the loader's and which of them it wrote."""
    shipped = {**defaults, **fixed}
    ours = [name for name, value in defaults.items() if _is_ours(row, name, value, loaded)]
    ours += list(fixed)
    written = [name for name in ours if _stored(row, name) != _comparable(row, name, shipped[name])]
    for name in written:
        setattr(row, name, shipped[name])
    if written:
        row.save()
    return ours, written


@transaction.atomic
def content_load[M: models.Model](
    model: type[M],
    *,
    lookup: Mapping[str, Any],
    defaults: Mapping[str, Any],
    fixed: Mapping[str, Any] | None = None,
) -> M | None:
    """The row found by ``lookup``, created with ``defaults`` when missing, and
    with every field of ``defaults`` nobody has changed brought up to the shipped
    value. ``fixed`` fields are the code's, not the editors' (a counting
    contract), and always take the shipped value. None when a person deleted
    the row after it was loaded: it is not brought back."""
    fixed = fixed or {}
    label = model._meta.label_lower
    key = json.dumps({name: _plain(value) for name, value in lookup.items()}, sort_keys=True)
    if len(key) > LOOKUP_LENGTH:
        raise ValueError(f"lookup too long to be recorded: {key}")
    record = LoadedContent.objects.select_for_update().filter(model=label, lookup=key).first()
    loaded: dict[str, str] = record.digests if record else {}
    row = model._default_manager.select_for_update().filter(**lookup).first()
    if row is None and record is not None:
        return None
    if row is None:
        row = model._default_manager.create(**lookup, **defaults, **fixed)
        ours = written = [*defaults, *fixed]
    else:
        ours, written = _refresh(row, defaults, fixed, loaded)
    if written:
        # Digest what the database keeps (240.00, not 240), as the next run reads it.
        row.refresh_from_db(fields=written)
    digests = {**loaded, **{name: _digest(_stored(row, name)) for name in ours}}
    if record is None:
        LoadedContent.objects.create(model=label, lookup=key, digests=digests)
    elif digests != loaded:
        record.digests = digests
        record.save(update_fields=["digests"])
    return row
