"""Writes of the integrity app."""

from .guide import (
    chapter_create,
    chapter_update,
    comment_add,
    comment_answer,
    comments_erase_person,
    consultation_round,
    guide_move,
    guide_publish,
    guide_snapshot,
    guide_start,
    section_create,
    section_update,
)
from .pdf import version_pdfs_schedule

__all__ = [
    "chapter_create",
    "chapter_update",
    "comment_add",
    "comment_answer",
    "comments_erase_person",
    "consultation_round",
    "guide_move",
    "guide_publish",
    "guide_snapshot",
    "guide_start",
    "section_create",
    "section_update",
    "version_pdfs_schedule",
]
