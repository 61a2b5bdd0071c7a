from django.urls import path

from . import views

app_name = "reports"

urlpatterns = [
    path("manage/reports/", views.report_list, name="report_list"),
    path("manage/reports/<int:pk>/", views.report_detail, name="report_detail"),
    path(
        "manage/reports/<int:pk>/report.pdf",
        views.report_download,
        {"file_format": "pdf"},
        name="report_pdf",
    ),
    path(
        "manage/reports/<int:pk>/report.xlsx",
        views.report_download,
        {"file_format": "xlsx"},
        name="report_xlsx",
    ),
    path(
        "manage/reports/<int:pk>/report.csv",
        views.report_download,
        {"file_format": "csv"},
        name="report_csv",
    ),
    path("manage/reports/narratives/", views.narratives_choose, name="narratives_choose"),
    path("manage/reports/narratives/<str:period>/", views.narratives, name="narratives"),
]
