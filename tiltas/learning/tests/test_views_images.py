"""Images in lessons: attachments shown inline to those who may see the lesson."""

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from django.test import Client
from django.urls import reverse

from tiltas.learning import services

from .factories import (
    EnrolmentFactory,
    course,
    pdf_upload,
)
from .helpers import signed_in

pytestmark = pytest.mark.django_db


# --- Images in lessons --------------------------------------------------------------


def test_a_lesson_shows_its_image_attachment_only_to_those_who_may_see_it(
    member, make_user, coordinator
):
    from .factories import PNG_BYTES

    programme, _module, lessons, _quiz = course(lessons=1)
    lesson = lessons[0]
    image = services.lesson_attachment_add(
        lesson=lesson,
        actor=coordinator,
        title="Schema",
        upload=SimpleUploadedFile("schema.png", PNG_BYTES),
    )
    document = services.lesson_attachment_add(
        lesson=lesson, actor=coordinator, title="Guide", upload=pdf_upload()
    )
    other = course(lessons=1)[2][0]
    foreign = services.lesson_attachment_add(
        lesson=other,
        actor=coordinator,
        title="Other",
        upload=SimpleUploadedFile("other.png", PNG_BYTES),
    )
    lesson.body = (
        f"![A cluster map](attachment:{image.pk})\n\n"
        f"[The guide](attachment:{document.pk})\n\n"
        f"![Not ours](attachment:{foreign.pk})"
    )
    lesson.save()
    EnrolmentFactory(programme=programme, person=member)
    image_url = reverse("learning:lesson_image", args=[programme.slug, lesson.pk, image.pk])
    body = signed_in(member).get(reverse("learning:lesson", args=[programme.slug, lesson.pk]))
    html = body.content.decode()
    assert f'<img alt="A cluster map" src="{image_url}"' in html
    guide_url = reverse("learning:lesson_attachment", args=[programme.slug, lesson.pk, document.pk])
    assert f'href="{guide_url}"' in html
    assert f"attachment:{foreign.pk}" not in html  # the sanitiser drops the unknown scheme
    assert "img-src 'self'" in body["Content-Security-Policy"]

    response = signed_in(member).get(image_url)
    assert response.status_code == 200
    assert response["Content-Type"] == "image/png"
    assert response["X-Content-Type-Options"] == "nosniff"
    assert response["Content-Disposition"] == "inline"
    assert response.content.startswith(b"\x89PNG")
    # Someone not enrolled, a visitor, another lesson's image, a PDF: not found.
    assert signed_in(make_user()).get(image_url).status_code == 404
    assert Client().get(image_url).status_code == 302  # to sign in
    wrong_lesson = reverse("learning:lesson_image", args=[programme.slug, lesson.pk, foreign.pk])
    assert signed_in(member).get(wrong_lesson).status_code == 404
    pdf_url = reverse("learning:lesson_image", args=[programme.slug, lesson.pk, document.pk])
    assert signed_in(member).get(pdf_url).status_code == 404
