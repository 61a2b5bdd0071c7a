from django.urls import path

from .views import learner, manage, manage_content, manage_materials, manage_quizzes, public

app_name = "learning"

P = "manage/programmes/<int:pk>/"

urlpatterns = [
    # Public
    path("programmes/", public.catalogue, name="catalogue"),
    path("programmes/<slug:slug>/", public.programme_detail, name="programme_detail"),
    path(
        "programmes/<slug:slug>/materials/<int:pk>/download/",
        public.material_download,
        name="material_download",
    ),
    # Learning (signed in)
    path("programmes/<slug:slug>/enrol/", learner.enrol, name="enrol"),
    path("programmes/<slug:slug>/learn/", learner.learn, name="learn"),
    path("programmes/<slug:slug>/learn/lessons/<int:pk>/", learner.lesson_detail, name="lesson"),
    path(
        "programmes/<slug:slug>/learn/lessons/<int:pk>/complete/",
        learner.lesson_complete,
        name="lesson_complete",
    ),
    path(
        "programmes/<slug:slug>/learn/lessons/<int:pk>/attachments/<int:attachment_pk>/",
        learner.lesson_attachment,
        name="lesson_attachment",
    ),
    path(
        "programmes/<slug:slug>/learn/lessons/<int:pk>/images/<int:attachment_pk>/",
        learner.lesson_image,
        name="lesson_image",
    ),
    path("programmes/<slug:slug>/learn/quizzes/<int:pk>/", learner.quiz_detail, name="quiz"),
    path(
        "programmes/<slug:slug>/learn/quizzes/<int:pk>/start/",
        learner.attempt_start,
        name="attempt_start",
    ),
    path(
        "programmes/<slug:slug>/learn/quizzes/<int:pk>/attempts/<int:attempt_pk>/",
        learner.attempt_detail,
        name="attempt",
    ),
    path(
        "programmes/<slug:slug>/learn/quizzes/<int:pk>/attempts/<int:attempt_pk>/submit/",
        learner.attempt_submit,
        name="attempt_submit",
    ),
    path("learn/", learner.dashboard, name="dashboard"),
    path("learn/record/", learner.record, name="record"),
    path("learn/record/external/create/", learner.external_create, name="external_create"),
    path("learn/record/external/<int:pk>/edit/", learner.external_edit, name="external_edit"),
    path("learn/record/external/<int:pk>/delete/", learner.external_delete, name="external_delete"),
    path(
        "learn/record/external/<int:pk>/evidence/",
        learner.external_evidence,
        name="external_evidence",
    ),
    # Management
    path("manage/programmes/", manage.manage_list, name="manage_list"),
    path("manage/programmes/create/", manage.programme_create, name="manage_programme_create"),
    path(P, manage.programme_manage, name="manage_programme"),
    path(P + "edit/", manage.programme_edit, name="manage_programme_edit"),
    path(P + "publish/", manage.programme_publish, name="manage_programme_publish"),
    path(P + "competencies/", manage_content.competencies, name="manage_competencies"),
    path(P + "modules/create/", manage.module_create, name="manage_module_create"),
    path(P + "modules/<int:module_pk>/edit/", manage.module_edit, name="manage_module_edit"),
    path(P + "modules/<int:module_pk>/move/", manage.module_move, name="manage_module_move"),
    path(P + "modules/<int:module_pk>/delete/", manage.module_delete, name="manage_module_delete"),
    path(
        P + "modules/<int:module_pk>/lessons/create/",
        manage.lesson_create,
        name="manage_lesson_create",
    ),
    path(
        P + "modules/<int:module_pk>/quizzes/create/",
        manage_quizzes.quiz_create,
        name="manage_quiz_create",
    ),
    path(P + "lessons/<int:lesson_pk>/edit/", manage.lesson_edit, name="manage_lesson_edit"),
    path(P + "lessons/<int:lesson_pk>/move/", manage.lesson_move, name="manage_lesson_move"),
    path(P + "lessons/<int:lesson_pk>/delete/", manage.lesson_delete, name="manage_lesson_delete"),
    path(
        P + "lessons/<int:lesson_pk>/attachments/create/",
        manage_materials.attachment_create,
        name="manage_attachment_create",
    ),
    path(P + "quizzes/<int:quiz_pk>/", manage_quizzes.quiz_edit, name="manage_quiz"),
    path(
        P + "quizzes/<int:quiz_pk>/questions/add/",
        manage_quizzes.quiz_questions_add,
        name="manage_quiz_questions_add",
    ),
    path(
        P + "quizzes/<int:quiz_pk>/questions/create/",
        manage_quizzes.question_create,
        name="manage_question_create",
    ),
    path(
        P + "quizzes/<int:quiz_pk>/questions/<int:question_pk>/edit/",
        manage_quizzes.question_edit,
        name="manage_question_edit",
    ),
    path(
        P + "quizzes/<int:quiz_pk>/questions/<int:question_pk>/move/",
        manage_quizzes.quiz_question_move,
        name="manage_quiz_question_move",
    ),
    path(
        P + "quizzes/<int:quiz_pk>/questions/<int:question_pk>/remove/",
        manage_quizzes.quiz_question_remove,
        name="manage_quiz_question_remove",
    ),
    path(P + "questions/", manage_quizzes.bank, name="manage_bank"),
    path(
        P + "questions/create/",
        manage_quizzes.bank_question_create,
        name="manage_bank_question_create",
    ),
    path(
        P + "questions/<int:question_pk>/edit/",
        manage_quizzes.bank_question_edit,
        name="manage_bank_question_edit",
    ),
    path(
        P + "questions/<int:question_pk>/delete/",
        manage_quizzes.bank_question_delete,
        name="manage_bank_question_delete",
    ),
    path(P + "materials/", manage_materials.materials, name="manage_materials"),
    path(P + "materials/create/", manage_materials.material_create, name="manage_material_create"),
    path(
        P + "materials/publish/",
        manage_materials.material_set_publish,
        name="manage_material_set_publish",
    ),
    path(
        P + "materials/<int:material_pk>/versions/create/",
        manage_materials.material_version_create,
        name="manage_material_version_create",
    ),
    path(P + "learners/", manage_content.learners, name="manage_learners"),
    path(P + "learners.csv", manage_content.learners_csv, name="manage_learners_csv"),
    path(P + "learners/enrol/", manage_content.enrol_bulk, name="manage_enrol"),
]
