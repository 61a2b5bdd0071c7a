"""The Django admin only shows: frameworks change through the site's management
pages (drafts only, audited), and self-assessments and evidence are personal data
never edited behind the person's back."""

from django.contrib import admin
from modeltranslation.admin import TranslationAdmin

from tiltas.core.admin_site import ReadOnly

from .models import Area, Competency, Evidence, Framework, SelfAssessment, TargetProfile


@admin.register(Framework)
class FrameworkAdmin(ReadOnly, TranslationAdmin):
    list_display = ["title", "slug", "version", "status", "published_at"]
    list_filter = ["status"]


@admin.register(Area)
class AreaAdmin(ReadOnly, TranslationAdmin):
    list_display = ["code", "name", "framework", "order"]
    list_select_related = ["framework"]


@admin.register(Competency)
class CompetencyAdmin(ReadOnly, TranslationAdmin):
    list_display = ["code", "name", "area", "framework"]
    list_select_related = ["area", "framework"]
    list_filter = ["framework"]


@admin.register(TargetProfile)
class TargetProfileAdmin(ReadOnly, TranslationAdmin):
    list_display = ["name", "slug", "order"]


@admin.register(SelfAssessment)
class SelfAssessmentAdmin(ReadOnly, admin.ModelAdmin):
    list_display = ["person", "date", "framework", "submitted_at"]
    list_select_related = ["person", "framework"]


@admin.register(Evidence)
class EvidenceAdmin(ReadOnly, admin.ModelAdmin):
    list_display = ["person", "competency", "kind", "level_claimed", "validated_level"]
    list_select_related = ["person", "competency"]
    list_filter = ["kind"]
    exclude = ["file"]  # files are served only through the access-checked view
