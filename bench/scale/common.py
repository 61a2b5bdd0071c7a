"""Helpers shared by the generators: batched inserts with progress, model lookups."""

import time
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from itertools import islice
from typing import Any

from django.apps import apps
from django.db import models, transaction

BATCH = 5000
LANGUAGES = ("lt", "en")


def model(label: str) -> type[models.Model] | None:
    """The model if its app is installed and defines it now, else None."""
    app_label, name = label.split(".")
    try:
        if not apps.is_installed(f"tiltas.{app_label}"):
            return None
        return apps.get_model(app_label, name)
    except LookupError:
        return None


def translated(model_class: type[models.Model], **values: Any) -> dict[str, Any]:
    """Fill ``title_lt``/``title_en`` … for fields registered with modeltranslation."""
    from modeltranslation.translator import NotRegistered, translator

    try:
        fields = translator.get_options_for_model(model_class).all_fields
    except NotRegistered:
        return values
    result = dict(values)
    for name, value in values.items():
        if name in fields:
            for code in LANGUAGES:
                result[f"{name}_{code}"] = value
    return result


@dataclass
class Progress:
    """Prints ``label: done/total`` as rows go in, and keeps a summary."""

    write: Callable[[str], None]
    counts: dict[str, int] = field(default_factory=dict)
    started: float = field(default_factory=time.monotonic)

    def bulk(
        self,
        model_class: type[models.Model],
        objects: Iterable[models.Model],
        *,
        total: int | None = None,
        keep: bool = False,
        batch: int = BATCH,
    ) -> list[models.Model]:
        """Insert in batches; return the objects (with pks) only when ``keep``."""
        label = model_class._meta.label
        kept: list[models.Model] = []
        done = 0
        iterator: Iterator[models.Model] = iter(objects)
        while chunk := list(islice(iterator, batch)):
            with transaction.atomic():
                created = model_class.objects.bulk_create(chunk, batch_size=batch)
            done += len(created)
            if keep:
                kept.extend(created)
            if done % (batch * 20) < batch or len(chunk) < batch:
                of = f"/{total}" if total else ""
                self.write(f"  {label}: {done}{of} ({time.monotonic() - self.started:.0f} s)")
        self.counts[label] = self.counts.get(label, 0) + done
        return kept
