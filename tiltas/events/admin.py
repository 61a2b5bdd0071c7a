"""The Django admin only shows: events, registrations and study visits change
through the management pages, whose services keep capacity and the waiting
list, write the audit log and tell the participants. Nothing is deleted here:
participants are anonymised by the retention job or their own erasure."""

from django.contrib import admin

from tiltas.core.admin_site import ReadOnly

from .models import Event, Registration, StudyVisit


@admin.register(Event)
class EventAdmin(ReadOnly, admin.ModelAdmin):
    list_display = ["title", "activity", "country", "starts_at", "status", "capacity"]
    list_filter = ["activity", "country", "status"]
    search_fields = ["title", "city"]


@admin.register(Registration)
class RegistrationAdmin(ReadOnly, admin.ModelAdmin):
    list_display = ["event", "person", "status", "position", "created_at"]
    list_filter = ["status"]
    search_fields = ["person__email", "person__full_name", "event__title"]
    exclude = ["ticket_token"]


@admin.register(StudyVisit)
class StudyVisitAdmin(ReadOnly, admin.ModelAdmin):
    list_display = ["title", "direction", "activity", "start_date", "end_date", "status"]
    list_filter = ["direction", "activity", "status"]
