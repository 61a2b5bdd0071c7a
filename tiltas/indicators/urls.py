from django.urls import path

from .views import manage, public, snapshots

app_name = "indicators"

urlpatterns = [
    path("activities/", public.activity_list, name="activities"),
    path("activities/<str:code>/", public.activity_detail, name="activity_detail"),
    path("results/", public.dashboard, name="dashboard"),
    path("results/export.csv", public.export_csv, name="export_csv"),
    path("results/export.xlsx", public.export_xlsx, name="export_xlsx"),
    path("manage/indicators/", manage.manage_list, name="manage_list"),
    # Before "<str:code>/": "framework" and "snapshots" are not indicators.
    path("manage/indicators/framework/", manage.framework_index, name="manage_framework"),
    path("manage/indicators/snapshots/", snapshots.snapshot_list, name="snapshot_list"),
    path(
        "manage/indicators/snapshots/<int:pk>/",
        snapshots.snapshot_detail,
        name="snapshot_detail",
    ),
    path("manage/indicators/framework/goal/<int:pk>/edit/", manage.goal_edit, name="goal_edit"),
    path(
        "manage/indicators/framework/objectives/<str:code>/edit/",
        manage.objective_edit,
        name="objective_edit",
    ),
    path(
        "manage/indicators/framework/activities/<str:code>/edit/",
        manage.activity_edit,
        name="activity_edit",
    ),
    path("manage/indicators/<str:code>/", manage.manage_detail, name="manage_detail"),
    path(
        "manage/indicators/<str:code>/values/create/",
        manage.value_create,
        name="value_create",
    ),
    path(
        "manage/indicators/values/<int:pk>/evidence/",
        manage.evidence_download,
        name="evidence_download",
    ),
]
