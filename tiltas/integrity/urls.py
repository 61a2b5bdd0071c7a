from django.urls import path

from .views import guide, manage_guide

app_name = "integrity"

urlpatterns = [
    # The guide, public
    path("integrity/guide/", guide.guide, name="guide"),
    path("integrity/guide/versions/", guide.versions, name="versions"),
    path("integrity/guide/versions/<int:number>/", guide.version_detail, name="version"),
    path("integrity/guide/versions/<int:number>/pdf/", guide.version_pdf, name="version_pdf"),
    path("integrity/guide/changes/", guide.diff, name="diff"),
    path("integrity/guide/consultation/", guide.consultation, name="consultation"),
    path("integrity/guide/sections/<int:pk>/comment/", guide.comment, name="comment"),
    # Editing the guide
    path("manage/integrity/guide/", manage_guide.manage_guide, name="manage_guide"),
    path("manage/integrity/guide/state/", manage_guide.manage_move, name="manage_move"),
    path("manage/integrity/guide/publish/", manage_guide.manage_publish, name="manage_publish"),
    path(
        "manage/integrity/guide/chapters/new/",
        manage_guide.manage_chapter_create,
        name="manage_chapter_create",
    ),
    path(
        "manage/integrity/guide/chapters/<int:pk>/",
        manage_guide.manage_chapter_edit,
        name="manage_chapter_edit",
    ),
    path(
        "manage/integrity/guide/chapters/<int:pk>/sections/new/",
        manage_guide.manage_section_create,
        name="manage_section_create",
    ),
    path(
        "manage/integrity/guide/sections/<int:pk>/",
        manage_guide.manage_section_edit,
        name="manage_section_edit",
    ),
    path(
        "manage/integrity/guide/comments/<int:pk>/answer/",
        manage_guide.manage_comment_answer,
        name="manage_comment_answer",
    ),
]
