"""The personal-data registry (GDPR articles 15, 17 and 20).

Each app registers, in its ``AppConfig.ready()``, which of its models hold
personal data and how to export and erase one person's data from them. The
"My data" page and account deletion go through this registry only, and a test
fails if any model that points at a person is not covered by a registration.
"""

from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from django.db import models

Exporter = Callable[[Any], dict[str, Any] | list[Any]]
Eraser = Callable[[Any], None]


@dataclass(frozen=True)
class PersonalDataSource:
    name: str
    models: tuple[type[models.Model], ...]
    export: Exporter
    erase: Eraser
    order: int = 100  # erasers run in ascending order; accounts erases last


_registry: dict[str, PersonalDataSource] = {}


def register(
    name: str,
    *,
    models: tuple[type[models.Model], ...],
    export: Exporter,
    erase: Eraser,
    order: int = 100,
) -> None:
    _registry[name] = PersonalDataSource(name, models, export, erase, order)


def sources() -> list[PersonalDataSource]:
    return sorted(_registry.values(), key=lambda source: (source.order, source.name))


def covered_models() -> set[type[models.Model]]:
    return {model for source in _registry.values() for model in source.models}
