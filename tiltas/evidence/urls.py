from django.urls import path

from . import views

app_name = "evidence"

urlpatterns = [
    path("manage/evidence/", views.bundle_list, name="manage_list"),
    path("manage/evidence/<int:pk>/", views.bundle_detail, name="manage_detail"),
    path("manage/evidence/<int:pk>/download/", views.bundle_download, name="manage_download"),
]
