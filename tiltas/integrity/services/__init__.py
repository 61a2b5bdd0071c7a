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
from .measures import (
    CSV_COLUMNS,
    adoption_create,
    adoption_update,
    adoptions_csv_rows,
    adoptions_erase_person,
    adoptions_import,
    measure_save,
)
from .pdf import version_pdfs_schedule
from .risks import risk_save, risks_remind, risks_xlsx_rows

__all__ = [
    "CSV_COLUMNS",
    "adoption_create",
    "adoption_update",
    "adoptions_csv_rows",
    "adoptions_erase_person",
    "adoptions_import",
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
    "measure_save",
    "risk_save",
    "risks_remind",
    "risks_xlsx_rows",
    "section_create",
    "section_update",
    "version_pdfs_schedule",
]
