"""Stored files follow the transaction that records them."""

import pytest
from django.core.files.base import ContentFile
from django.core.files.storage import default_storage
from django.db import transaction
from django.db.models.fields.files import FieldFile, FileField

from tiltas.core.files import delete_on_commit, files_kept_on_success

pytestmark = pytest.mark.django_db(transaction=True)


@pytest.fixture(autouse=True)
def media(settings, tmp_path):
    settings.MEDIA_ROOT = tmp_path


def stored(name: str) -> str:
    return default_storage.save(name, ContentFile(b"%PDF-1.4"))


def test_a_file_is_deleted_only_once_its_transaction_commits():
    name = stored("a.pdf")
    file = FieldFile(None, FileField(), name)
    with pytest.raises(RuntimeError), transaction.atomic():
        delete_on_commit(file)
        raise RuntimeError("rolled back")
    assert default_storage.exists(name)
    with transaction.atomic():
        delete_on_commit(file)
        assert default_storage.exists(name)
    assert not default_storage.exists(name)


def test_files_stored_in_a_block_that_fails_are_removed():
    name = stored("b.pdf")
    with pytest.raises(ValueError), files_kept_on_success() as keep, transaction.atomic():
        keep(FieldFile(None, FileField(), name))
        raise ValueError("the row could not be saved")
    assert not default_storage.exists(name)
    kept = stored("c.pdf")
    with files_kept_on_success() as keep, transaction.atomic():
        keep(FieldFile(None, FileField(), kept))
    assert default_storage.exists(kept)
