from django.urls import path

from . import views

app_name = "accounts"

urlpatterns = [
    path("me/profile/", views.profile, name="profile"),
    path("me/data/", views.my_data, name="my_data"),
    path("me/data/download/", views.my_data_download, name="my_data_download"),
    path("me/data/delete/", views.account_delete, name="account_delete"),
    path(
        "me/data/consents/<slug:notice>/withdraw/",
        views.consent_withdraw,
        name="consent_withdraw",
    ),
    path("organisations/<slug:slug>/logo/", views.organisation_logo, name="organisation_logo"),
    path("manage/organisations/", views.organisation_list, name="manage_organisations"),
    path("manage/organisations/create/", views.organisation_create, name="organisation_create"),
    path("manage/organisations/<int:pk>/edit/", views.organisation_edit, name="organisation_edit"),
    path("manage/people/", views.people_list, name="manage_people"),
    path("manage/people/<int:pk>/role/", views.person_role_change, name="person_role"),
    path("manage/people/<int:pk>/deactivate/", views.person_deactivate, name="person_deactivate"),
]
