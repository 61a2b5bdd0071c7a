"""Arguments to reverse every URL of the channel that takes some (permission matrix)."""


def url_samples() -> dict[str, dict]:
    from .factories import case_made, png_upload

    case, _code = case_made(uploads=[png_upload()])
    handler = case.organisation.case_handlers.first()
    case_file = case.files.first()
    message = case.messages.create(author="officer", body_token="")
    return {
        "whistleblowing:case_message_redact": {"pk": case.pk, "message_pk": message.pk},
        "whistleblowing:case": {"pk": case.pk},
        "whistleblowing:case_acknowledge": {"pk": case.pk},
        "whistleblowing:case_message": {"pk": case.pk},
        "whistleblowing:case_status": {"pk": case.pk},
        "whistleblowing:case_close": {"pk": case.pk},
        "whistleblowing:case_file": {"pk": case.pk, "file_pk": case_file.pk},
        "whistleblowing:handler_remove": {"pk": handler.pk},
    }


_HANDLERS_ONLY = (
    "only the integrity officers designated for the receiving organisation read its "
    "cases; everyone else, administrators and superusers included, gets 404 "
    "(tests/test_access.py walks every role)"
)
NOT_FOUND_BY_DESIGN = {
    "whistleblowing:cases": _HANDLERS_ONLY,
    "whistleblowing:case": _HANDLERS_ONLY,
    "whistleblowing:case_file": _HANDLERS_ONLY,
}
