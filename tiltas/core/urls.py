from django.urls import path

from . import views

app_name = "core"

urlpatterns = [
    path("me/", views.dashboard, name="dashboard"),
    path("manage/", views.manage, name="manage"),
    path("me/two-factor-required/", views.mfa_required, name="mfa_required"),
    path("me/session/", views.session_renew, name="session_renew"),
]
