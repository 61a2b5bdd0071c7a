"""What an edit form posts, built from the row it edits."""

from typing import Any

LANGUAGES = ("lt", "en", "nb")


def translated_form_data(obj: Any, fields: tuple[str, ...], **changes: str) -> dict[str, str]:
    """The lt, en and nb values of ``fields`` as ``obj`` holds them ("" for none),
    as its edit form would post them unchanged, then ``changes``."""
    data = {
        f"{field}_{code}": getattr(obj, f"{field}_{code}") or ""
        for field in fields
        for code in LANGUAGES
    }
    return data | changes
