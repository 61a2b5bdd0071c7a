"""The personal-data registry (GDPR articles 15, 17 and 20).

Each app declares (``PlatformApp.personal_data``) the sources that say which of
its models hold personal data and how to export and erase one person's data
from them. The
"My data" page and account deletion go through this registry only, and a test
fails if any model that points at a person is not covered by a registration.
"""

from collections.abc import Callable, Iterable
from dataclasses import dataclass
from typing import Any

from django.db import models
from django.db.models.fields.files import FieldFile

from .contributions import personal_data_sources

Exporter = Callable[[Any], dict[str, Any] | list[Any]]
Eraser = Callable[[Any], None]
#: The files a source holds of the person: (the name they uploaded it under, the file).
FileLister = Callable[[Any], Iterable[tuple[str, FieldFile]]]


def no_files(user: Any) -> list[tuple[str, FieldFile]]:
    return []


@dataclass(frozen=True)
class PersonalDataSource:
    name: str
    models: tuple[type[models.Model], ...]
    export: Exporter
    erase: Eraser
    order: int = 100  # erasers run in ascending order; accounts erases last
    #: The person's uploaded files, which "My data" puts in the archive beside the JSON.
    files: FileLister = no_files


def sources() -> list[PersonalDataSource]:
    """Every app's sources (``PlatformApp.personal_data``), erasers in ascending order."""
    return personal_data_sources()


def covered_models() -> set[type[models.Model]]:
    return {model for source in sources() for model in source.models}
