from django.urls import path

from .views import handlers, officer, reporter

app_name = "whistleblowing"

urlpatterns = [
    # The reporter: no account; the receipt code only ever in POST bodies.
    path("report/", reporter.report, name="report"),
    path("report/case/", reporter.follow_up, name="follow_up"),
    # The case handlers of the receiving organisation
    path("report/cases/", officer.cases, name="cases"),
    path("report/cases/<uuid:pk>/", officer.case, name="case"),
    path("report/cases/<uuid:pk>/acknowledge/", officer.case_acknowledge, name="case_acknowledge"),
    path("report/cases/<uuid:pk>/message/", officer.case_message, name="case_message"),
    path("report/cases/<uuid:pk>/status/", officer.case_status, name="case_status"),
    path("report/cases/<uuid:pk>/close/", officer.case_close, name="case_close"),
    path(
        "report/cases/<uuid:pk>/messages/<int:message_pk>/redact/",
        officer.case_message_redact,
        name="case_message_redact",
    ),
    path("report/cases/<uuid:pk>/files/<int:file_pk>/", officer.case_file, name="case_file"),
    # Coordinators designate the case handlers
    path("report/handlers/", handlers.handlers, name="handlers"),
    path("report/handlers/<int:pk>/remove/", handlers.handler_remove, name="handler_remove"),
]
