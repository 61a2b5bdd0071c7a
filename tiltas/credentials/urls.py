from django.urls import path

from .views import badges, holder, manage, public

app_name = "credentials"

urlpatterns = [
    # Public: anyone may check a number; there is no list of numbers.
    path("verify/", public.verify_form, name="verify_form"),
    path("verify/<str:number>/", public.verify, name="verify"),
    # The holder's own
    path("learn/certificates/pdf/", holder.all_pdf, name="all_pdf"),
    path("learn/certificates/<str:number>/pdf/", holder.pdf, name="pdf"),
    path("learn/certificates/<str:number>/badge.png", badges.baked_badge, name="baked_badge"),
    path("learn/certificates/<str:number>/credential.json", badges.credential, name="credential"),
    # Coordinators
    path("manage/certificates/", manage.manage_list, name="manage_list"),
    path("manage/certificates/signatory/", manage.manage_signatory, name="manage_signatory"),
    path("manage/certificates/<int:pk>/", manage.manage_detail, name="manage_detail"),
    path("manage/certificates/<int:pk>/retry/", manage.manage_retry, name="manage_retry"),
]
