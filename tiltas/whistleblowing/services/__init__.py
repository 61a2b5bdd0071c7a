"""Writes of the reporting channel: the reporter's side (``reporting``), the
officers' (``handling``), who handles cases (``handlers``) and the scheduled
reminders and deletions (``schedule``)."""

from .handlers import handler_add, handler_remove
from .handling import (
    case_acknowledge,
    case_close,
    case_file_open,
    case_message_redact,
    case_message_send,
    case_open,
    case_status_change,
)
from .reporting import case_find, case_submit, reporter_reply
from .schedule import cases_delete_expired, cases_remind

__all__ = [
    "case_acknowledge",
    "case_close",
    "case_file_open",
    "case_find",
    "case_message_redact",
    "case_message_send",
    "case_open",
    "case_status_change",
    "case_submit",
    "cases_delete_expired",
    "cases_remind",
    "handler_add",
    "handler_remove",
    "reporter_reply",
]
