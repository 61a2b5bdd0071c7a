from django.contrib import admin
from modeltranslation.admin import TranslationAdmin

from . import services
from .models import Activity, Goal, Indicator, ManualValue, Objective


class FrameworkAdmin(TranslationAdmin):
    """The framework comes from the description (``load_project``); the admin may
    correct its texts and targets, through a service that audits the change and
    refreshes the cached public pages. Deleting is not offered: indicators carry
    recorded values and evidence, and the counting apps rely on their codes."""

    def save_model(self, request, obj, form, change) -> None:
        changed = list(form.changed_data) if form is not None else []
        services.framework_entry_save(
            entry=obj, actor=request.user, changed_fields=changed, created=not change
        )

    def has_delete_permission(self, request, obj=None) -> bool:
        return False


@admin.register(Goal)
class GoalAdmin(FrameworkAdmin):
    list_display = ["title"]


@admin.register(Objective)
class ObjectiveAdmin(FrameworkAdmin):
    list_display = ["code", "title", "order"]


@admin.register(Activity)
class ActivityAdmin(FrameworkAdmin):
    list_display = ["code", "title", "objective"]
    list_select_related = ["objective"]


@admin.register(Indicator)
class IndicatorAdmin(FrameworkAdmin):
    list_display = ["code", "name", "unit", "target", "counting", "source", "manual_allowed"]
    list_filter = ["activity", "unit", "counting", "manual_allowed"]
    search_fields = ["code", "name"]
    # Code, source, parameters and how a period is counted are a contract with
    # the counting apps (content.py).
    readonly_fields = ["code", "source", "source_params", "counting"]

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
