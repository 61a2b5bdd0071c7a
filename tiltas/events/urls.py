from django.urls import path

from tiltas.core.access import public as public_access

from .feeds import EventsFeed
from .views import attendance, event_files, manage, manage_visits, member, public, signed_sheets

app_name = "events"

E = "manage/events/<int:pk>/"
V = "manage/visits/<int:pk>/"

urlpatterns = [
    # Public
    path("events/", public.calendar, name="calendar"),
    path("events/calendar.ics", public.calendar_feed, name="calendar_ics"),
    path("events/feed/", public_access(EventsFeed()), name="feed"),
    # A member's registrations (before <slug> so these words are never taken as slugs)
    path("events/registrations/", member.my_registrations, name="my_registrations"),
    path("events/registrations/<int:pk>/", member.ticket, name="ticket"),
    path("events/registrations/<int:pk>/edit/", member.answers_edit, name="answers_edit"),
    path("events/registrations/<int:pk>/cancel/", member.registration_cancel, name="cancel"),
    path("events/registrations/<int:pk>/survey/", member.survey, name="survey"),
    path("events/<slug:slug>/", public.event_detail, name="detail"),
    path("events/<slug:slug>/register/", member.register, name="register"),
    path("events/<slug:slug>/calendar.ics", public.event_ics, name="event_ics"),
    path("events/<slug:slug>/files/<int:pk>/", event_files.event_file, name="event_file"),
    path("visits/", public.visit_list, name="visits"),
    path("visits/<slug:slug>/", public.visit_detail, name="visit_detail"),
    path("visits/<slug:slug>/files/<int:pk>/", public.visit_file, name="visit_file"),
    # Management of events
    path("manage/events/", manage.event_list, name="manage_list"),
    path("manage/events/create/", manage.event_create, name="manage_create"),
    path(E, manage.event_detail, name="manage_detail"),
    path(E + "edit/", manage.event_edit, name="manage_edit"),
    path(E + "questions/", manage.event_questions, name="manage_questions"),
    path(E + "files/add/", event_files.event_file_add, name="manage_event_file_add"),
    path(
        E + "files/<int:file_pk>/delete/",
        event_files.event_file_delete,
        name="manage_event_file_delete",
    ),
    path(
        E + "questions/<int:question_pk>/delete/",
        manage.event_question_delete,
        name="manage_question_delete",
    ),
    path(E + "survey/", manage.event_survey, name="manage_survey"),
    path(
        E + "survey/<int:question_pk>/delete/",
        manage.survey_question_delete,
        name="manage_survey_question_delete",
    ),
    path(E + "participants/add/", manage.participant_add, name="manage_participant_add"),
    path(
        E + "participants/<int:registration_pk>/move/",
        manage.registration_move,
        name="manage_registration_move",
    ),
    path(
        E + "participants/<int:registration_pk>/approve/",
        manage.registration_action,
        {"action": "approve"},
        name="manage_registration_approve",
    ),
    path(
        E + "participants/<int:registration_pk>/reject/",
        manage.registration_action,
        {"action": "reject"},
        name="manage_registration_reject",
    ),
    path(
        E + "participants/<int:registration_pk>/remove/",
        manage.registration_action,
        {"action": "remove"},
        name="manage_registration_remove",
    ),
    path(E + "publish/", manage.event_publish, name="manage_publish"),
    path(E + "held/", manage.event_mark_held, name="manage_held"),
    path(E + "cancel/", manage.event_cancel, name="manage_cancel"),
    path(E + "check-in/", attendance.check_in, name="manage_check_in"),
    path(E + "attendance/", attendance.attendance, name="manage_attendance"),
    path(E + "walk-ins/add/", attendance.walk_in_add, name="manage_walk_in_add"),
    path(
        E + "walk-ins/<int:walk_in_pk>/remove/",
        attendance.walk_in_remove,
        name="manage_walk_in_remove",
    ),
    path(
        E + "attendance/<int:registration_pk>/",
        attendance.attendance_set,
        name="manage_attendance_set",
    ),
    path(
        E + "attendance/<str:day>/sheet.pdf",
        attendance.attendance_sheet,
        name="manage_attendance_sheet",
    ),
    path(
        E + "attendance/<str:day>/signed/",
        signed_sheets.signed_sheet_upload,
        name="manage_signed_sheet_upload",
    ),
    path(
        E + "attendance/<str:day>/signed/file/",
        signed_sheets.signed_sheet,
        name="manage_signed_sheet",
    ),
    path(
        E + "participants.csv",
        attendance.participants_export,
        {"fmt": "csv"},
        name="manage_export_csv",
    ),
    path(
        E + "participants.xlsx",
        attendance.participants_export,
        {"fmt": "xlsx"},
        name="manage_export_xlsx",
    ),
    # Management of study visits
    path("manage/visits/", manage_visits.visit_list, name="manage_visits"),
    path("manage/visits/create/", manage_visits.visit_create, name="manage_visit_create"),
    path(V, manage_visits.visit_detail, name="manage_visit_detail"),
    path(V + "edit/", manage_visits.visit_edit, name="manage_visit_edit"),
    path(V + "delegation/add/", manage_visits.delegation_add, name="manage_delegation_add"),
    path(
        V + "delegation/<int:member_pk>/remove/",
        manage_visits.delegation_remove,
        name="manage_delegation_remove",
    ),
    path(V + "files/add/", manage_visits.visit_file_add, name="manage_visit_file_add"),
    path(V + "files/<int:file_pk>/", manage_visits.visit_file, name="manage_visit_file"),
    path(
        V + "files/<int:file_pk>/delete/",
        manage_visits.visit_file_delete,
        name="manage_visit_file_delete",
    ),
]
