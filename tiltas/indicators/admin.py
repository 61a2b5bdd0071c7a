from django.contrib import admin
from modeltranslation.admin import TranslationAdmin

from .models import Activity, Goal, Indicator, ManualValue, Objective


@admin.register(Goal)
class GoalAdmin(TranslationAdmin):
    list_display = ["title"]


@admin.register(Objective)
class ObjectiveAdmin(TranslationAdmin):
    list_display = ["code", "title", "order"]


@admin.register(Activity)
class ActivityAdmin(TranslationAdmin):
    list_display = ["code", "title", "objective"]
    list_select_related = ["objective"]


@admin.register(Indicator)
class IndicatorAdmin(TranslationAdmin):
    list_display = ["code", "name", "unit", "target", "source", "manual_allowed"]
    list_filter = ["activity", "unit", "manual_allowed"]
    search_fields = ["code", "name"]
    # Code, source and parameters are a contract with the counting apps (content.py).
    readonly_fields = ["code", "source", "source_params"]

    def has_add_permission(self, request) -> bool:
        return False


@admin.register(ManualValue)
class ManualValueAdmin(admin.ModelAdmin):
    """Read-only: values are recorded through the management pages, which check
    the evidence and write the audit entry."""

    list_display = ["indicator", "value", "as_of", "recorded_by", "recorded_at"]
    list_select_related = ["indicator", "recorded_by"]
    exclude = ["evidence_file"]

    def has_add_permission(self, request) -> bool:
        return False

    def has_change_permission(self, request, obj=None) -> bool:
        return False

    def has_delete_permission(self, request, obj=None) -> bool:
        return False
