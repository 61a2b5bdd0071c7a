from django.urls import path

from .views import manage, public

app_name = "competencies"

MANAGE = "manage/competencies/"

urlpatterns = [
    path("competencies/", public.framework, name="framework"),
    path("competencies/me/", public.profile, name="profile"),
    path("competencies/me/target/", public.profile_target, name="profile_target"),
    path(
        "competencies/me/assessments/create/",
        public.assessment_create,
        name="assessment_create",
    ),
    path(
        "competencies/me/assessments/<int:pk>/",
        public.assessment_detail,
        name="assessment_detail",
    ),
    path("competencies/me/evidence/create/", public.evidence_create, name="evidence_create"),
    path(
        "competencies/me/evidence/<int:pk>/delete/",
        public.evidence_delete,
        name="evidence_delete",
    ),
    path("competencies/evidence/<int:pk>/file/", public.evidence_file, name="evidence_file"),
    # Management
    path(MANAGE, manage.manage_index, name="manage_index"),
    path(f"{MANAGE}frameworks/create/", manage.framework_create, name="manage_framework_create"),
    path(f"{MANAGE}frameworks/import/", manage.framework_import, name="manage_framework_import"),
    path(f"{MANAGE}frameworks/<int:pk>/", manage.framework_detail, name="manage_framework"),
    path(f"{MANAGE}frameworks/<int:pk>/edit/", manage.framework_edit, name="manage_framework_edit"),
    path(
        f"{MANAGE}frameworks/<int:pk>/new-version/",
        manage.framework_new_version,
        name="manage_framework_new_version",
    ),
    path(
        f"{MANAGE}frameworks/<int:pk>/publish/",
        manage.framework_publish,
        name="manage_framework_publish",
    ),
    path(
        f"{MANAGE}frameworks/<int:pk>/archive/",
        manage.framework_archive,
        name="manage_framework_archive",
    ),
    path(
        f"{MANAGE}frameworks/<int:pk>/export.csv",
        manage.framework_export,
        name="manage_framework_export",
    ),
    path(
        f"{MANAGE}frameworks/<int:pk>/areas/create/", manage.area_create, name="manage_area_create"
    ),
    path(
        f"{MANAGE}frameworks/<int:pk>/areas/<int:area_pk>/edit/",
        manage.area_edit,
        name="manage_area_edit",
    ),
    path(
        f"{MANAGE}frameworks/<int:pk>/competencies/create/",
        manage.competency_create,
        name="manage_competency_create",
    ),
    path(
        f"{MANAGE}frameworks/<int:pk>/competencies/<int:competency_pk>/edit/",
        manage.competency_edit,
        name="manage_competency_edit",
    ),
    path(f"{MANAGE}profiles/", manage.profile_list, name="manage_profiles"),
    path(f"{MANAGE}profiles/create/", manage.profile_create, name="manage_profile_create"),
    path(f"{MANAGE}profiles/<int:pk>/edit/", manage.profile_edit, name="manage_profile_edit"),
    path(f"{MANAGE}evidence/", manage.evidence_queue, name="manage_evidence"),
    path(
        f"{MANAGE}evidence/<int:pk>/validate/",
        manage.evidence_validate,
        name="manage_evidence_validate",
    ),
    path(f"{MANAGE}aggregates/", manage.aggregates, name="manage_aggregates"),
]
