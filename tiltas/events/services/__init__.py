"""Writes of the events app. Each function runs in a transaction and audits."""

from .attendance import (
    attendance_check_in,
    attendance_check_in_registration,
    attendance_set,
    survey_response_submit,
)
from .events import (
    event_cancel,
    event_create,
    event_mark_held,
    event_publish,
    event_question_create,
    event_question_delete,
    event_update,
    survey_question_create,
    survey_question_delete,
)
from .files import event_file_add, event_file_delete
from .registrations import (
    registration_add,
    registration_answers_update,
    registration_approve,
    registration_cancel,
    registration_create,
    registration_move,
    registration_reject,
    registration_remove,
)
from .signed_sheets import signed_sheet_upload
from .visits import (
    delegation_member_add,
    delegation_member_remove,
    visit_create,
    visit_file_add,
    visit_file_delete,
    visit_update,
)
from .walk_ins import walk_in_add, walk_in_remove

__all__ = [
    "attendance_check_in",
    "attendance_check_in_registration",
    "attendance_set",
    "delegation_member_add",
    "delegation_member_remove",
    "event_cancel",
    "event_create",
    "event_file_add",
    "event_file_delete",
    "event_mark_held",
    "event_publish",
    "event_question_create",
    "event_question_delete",
    "event_update",
    "registration_add",
    "registration_answers_update",
    "registration_approve",
    "registration_cancel",
    "registration_create",
    "registration_move",
    "registration_reject",
    "registration_remove",
    "signed_sheet_upload",
    "survey_question_create",
    "survey_question_delete",
    "survey_response_submit",
    "visit_create",
    "visit_file_add",
    "visit_file_delete",
    "visit_update",
    "walk_in_add",
    "walk_in_remove",
]
