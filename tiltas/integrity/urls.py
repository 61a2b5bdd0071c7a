from django.urls import path

from .views import guide, manage_guide, manage_measures, measures, risks

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
    # The measures catalogue and adoption, public
    path("integrity/measures/", measures.measures, name="measures"),
    path("integrity/measures/<slug:slug>/", measures.measure, name="measure"),
    path("integrity/adoption/", measures.organisations, name="organisations"),
    path("integrity/adoption/adoptions.csv", measures.adoptions_csv, name="adoptions_csv"),
    path("integrity/adoption/evidence/<int:pk>/", measures.evidence, name="evidence"),
    path("integrity/adoption/<slug:slug>/", measures.organisation, name="organisation"),
    # Risk registers, private to each organisation's staff and the coordinators
    path("manage/integrity/risks/", risks.registers, name="registers"),
    path("manage/integrity/risks/<slug:slug>/", risks.register, name="risks"),
    path("manage/integrity/risks/<slug:slug>/new/", risks.risk_create, name="risk_create"),
    path("manage/integrity/risks/<slug:slug>/<int:pk>/", risks.risk_edit, name="risk_edit"),
    path("manage/integrity/risks/<slug:slug>/risks.xlsx", risks.register_xlsx, name="risks_xlsx"),
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
    # The catalogue and adoptions
    path("manage/integrity/measures/", manage_measures.manage_measures, name="manage_measures"),
    path(
        "manage/integrity/measures/new/",
        manage_measures.manage_measure_create,
        name="manage_measure_create",
    ),
    path(
        "manage/integrity/measures/<int:pk>/",
        manage_measures.manage_measure_edit,
        name="manage_measure_edit",
    ),
    path("manage/integrity/adoptions/", manage_measures.manage_adoptions, name="manage_adoptions"),
    path(
        "manage/integrity/adoptions/import/",
        manage_measures.manage_adoptions_import,
        name="manage_adoptions_import",
    ),
    path(
        "manage/integrity/adoptions/<int:pk>/",
        manage_measures.manage_adoption,
        name="manage_adoption",
    ),
]
