"""Read-mostly admin views; changes go through the management pages (and their services)."""

from django.contrib import admin

from .models import Event, Registration, StudyVisit


@admin.register(Event)
class EventAdmin(admin.ModelAdmin):
    list_display = ["title", "activity", "country", "starts_at", "status", "capacity"]
    list_filter = ["activity", "country", "status"]
    search_fields = ["title", "city"]
    readonly_fields = ["slug", "held_at", "created_at", "updated_at"]


@admin.register(Registration)
class RegistrationAdmin(admin.ModelAdmin):
    list_display = ["event", "person", "status", "position", "created_at"]
    list_filter = ["status"]
    search_fields = ["person__email", "person__full_name", "event__title"]
    # Capacity and the waiting list are kept by the services: no edits here.
    readonly_fields = [
        "event",
        "person",
        "status",
        "position",
        "answers",
        "created_at",
        "status_changed_at",
        "reminder_sent_at",
    ]
    exclude = ["ticket_token"]

    def has_add_permission(self, request) -> bool:
        return False


@admin.register(StudyVisit)
class StudyVisitAdmin(admin.ModelAdmin):
    list_display = ["title", "direction", "activity", "start_date", "end_date", "status"]
    list_filter = ["direction", "activity", "status"]
