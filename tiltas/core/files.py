"""Stored files follow the transaction that records them.

Files live outside the database, so a rollback does not remove a file that was
stored inside the transaction, and a file deleted inside it is gone even if the
transaction later rolls back. Services therefore store new files through
:func:`files_kept_on_success` and delete old ones with :func:`delete_on_commit`.
"""

from collections.abc import Callable, Iterator
from contextlib import contextmanager
from functools import partial

from django.core.files.storage import Storage
from django.db import transaction
from django.db.models.fields.files import FieldFile


@contextmanager
def files_kept_on_success() -> Iterator[Callable[[FieldFile], None]]:
    """Yield ``keep(field_file)``; files kept this way are removed if the block fails.

    Use it outside ``transaction.atomic()`` so that a failing commit removes them too.
    """
    stored: list[tuple[Storage, str]] = []

    def keep(field_file: FieldFile) -> None:
        if field_file.name:
            stored.append((field_file.storage, field_file.name))

    try:
        yield keep
    except BaseException:
        for storage, name in stored:
            storage.delete(name)
        raise


def delete_on_commit(stored: FieldFile | None) -> None:
    """Delete the file once the transaction commits (never if it rolls back).
    Take it before the row goes or the field changes: the file object keeps its name."""
    if stored is None or not stored.name:
        return
    transaction.on_commit(partial(stored.storage.delete, stored.name))
