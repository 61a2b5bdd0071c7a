"""@mentions: a member is mentioned by their handle, their name in lower case
with hyphens ("@ona-petraitiene" for Ona Petraitienė). Handles of people who are
not members of the cluster stay plain text."""

import re
from collections.abc import Iterable

from django.utils.text import slugify

MENTION = re.compile(r"(?<![\w@/])@([a-z0-9][a-z0-9-]{0,80}[a-z0-9])", re.IGNORECASE)


def handle_of(full_name: str) -> str:
    return slugify(full_name)


def handles_in(text: str) -> set[str]:
    return {match.lower() for match in MENTION.findall(text or "")}


def mentions_marked(text: str, known: Iterable[str]) -> str:
    """The Markdown source with known handles in bold, the others untouched."""
    known = set(known)

    def mark(match: re.Match[str]) -> str:
        handle = match.group(1).lower()
        return f"**@{handle}**" if handle in known else match.group(0)

    return MENTION.sub(mark, text or "")
