"""The Django admin only shows: programmes change through the site's management
pages (audited), and progress and attempts are learners' personal data."""

from django.contrib import admin
from modeltranslation.admin import TranslationAdmin

from tiltas.core.admin_site import ReadOnly

from .models import Attempt, Completion, Enrolment, MaterialSet, Programme


@admin.register(Programme)
class ProgrammeAdmin(ReadOnly, TranslationAdmin):
    list_display = ["title", "slug", "activity", "status", "published_at"]
    list_filter = ["activity", "status"]
    search_fields = ["title", "slug"]


@admin.register(MaterialSet)
class MaterialSetAdmin(ReadOnly, TranslationAdmin):
    list_display = ["title", "programme", "status", "published_at"]
    list_select_related = ["programme"]
    list_filter = ["status"]


@admin.register(Enrolment)
class EnrolmentAdmin(ReadOnly, admin.ModelAdmin):
    list_display = ["person", "programme", "source", "enrolled_at"]
    list_select_related = ["person", "programme"]
    list_filter = ["source"]


@admin.register(Completion)
class CompletionAdmin(ReadOnly, admin.ModelAdmin):
    list_display = ["person", "programme", "completed_on", "hours"]
    list_select_related = ["person", "programme"]


@admin.register(Attempt)
class AttemptAdmin(ReadOnly, admin.ModelAdmin):
    list_display = ["person", "quiz", "number", "score", "passed", "submitted_at"]
    list_select_related = ["person", "quiz"]
    list_filter = ["passed"]
