"""Files in posts: the core upload rules, what the thread shows, who may
download them, editing, personal data and the thread page's query budget."""

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from django.test import override_settings
from django.urls import reverse
from django.utils import translation

from conftest import client_for
from tiltas.core.tests.test_uploads import PDF, docx_bytes, png_bytes
from tiltas.network.models import ClusterRole, ClusterVisibility, Post, PostAttachment
from tiltas.network.personal_data.clusters import CLUSTERS
from tiltas.network.services import posts as services

from .cluster_factories import ClusterFactory, MembershipFactory, PostFactory, ThreadFactory

pytestmark = pytest.mark.django_db

#: A PDF of 1,536 bytes: "1.5 KB" in English, "1,5 KB" in Lithuanian.
PADDED_PDF = PDF + b"%" * (1536 - len(PDF))


def url(name: str, *args, language: str = "en") -> str:
    with translation.override(language):
        return reverse(f"network:{name}", args=args)


def pdf(name: str = "ataskaita.pdf", content: bytes = PDF) -> SimpleUploadedFile:
    return SimpleUploadedFile(name, content, "application/pdf")


def download(client, attachment: PostAttachment):
    return client.get(url("post_attachment", attachment.pk))


def test_a_new_thread_carries_files_shown_with_name_type_and_size(client, cluster, ona):
    client.force_login(ona)
    response = client.post(
        url("thread_create", cluster.slug),
        {
            "title": "Pirkimų planas",
            "body": "Pridedu planą.",
            "attachments": [
                pdf("Planas 2026.pdf", PADDED_PDF),
                SimpleUploadedFile("schema.png", png_bytes()),
            ],
        },
    )
    assert response.status_code == 302
    post = Post.objects.get(thread__cluster=cluster)
    assert [a.original_name for a in post.attachments.all()] == ["Planas 2026.pdf", "schema.png"]
    page = client.get(response["Location"]).content.decode()
    assert "Planas 2026.pdf</a>" in page
    assert "(PDF, 1.5\xa0KB)" in page
    assert "(PNG, " in page
    lithuanian = client.get(url("thread", post.thread_id, language="lt")).content.decode()
    assert "(PDF, 1,5\xa0KB)" in lithuanian


def test_a_file_downloads_as_an_attachment_under_its_name(client, cluster, ona):
    post = services.post_create(
        thread=ThreadFactory(cluster=cluster),
        person=ona,
        body="Sutartis",
        uploads=[SimpleUploadedFile("sutartis.docx", docx_bytes())],
    )
    attachment = post.attachments.get()
    assert attachment.file.name.startswith("network/posts/")
    assert "sutartis" not in attachment.file.name  # stored under a random name
    response = client_for(None).get(url("post_attachment", attachment.pk))
    assert response.status_code == 200
    assert response["Content-Disposition"] == 'attachment; filename="sutartis.docx"'
    assert response["Content-Type"].startswith("application/vnd.openxmlformats")
    assert response["X-Content-Type-Options"] == "nosniff"
    assert response.content == docx_bytes()


def test_a_reply_carries_a_file(client, cluster, ona):
    thread = ThreadFactory(cluster=cluster)
    client.force_login(ona)
    response = client.post(
        url("post_reply", thread.pk), {"body": "Štai duomenys", "attachments": [pdf()]}
    )
    assert response.status_code == 302
    assert PostAttachment.objects.get().post.body == "Štai duomenys"


@pytest.mark.parametrize(
    ("upload", "message"),
    [
        (SimpleUploadedFile("puslapis.pdf", b"<html><script>alert(1)</script></html>"), "Upload a"),
        (
            SimpleUploadedFile("vaizdas.svg", b"<svg xmlns='http://www.w3.org/2000/svg'/>"),
            "Upload a",
        ),
        (SimpleUploadedFile("tuscias.pdf", b""), "The file is empty."),
        (SimpleUploadedFile("nuotrauka.pdf", png_bytes()), "Upload a"),
    ],
)
def test_a_refused_file_is_named_and_the_text_kept(client, cluster, ona, upload, message):
    client.force_login(ona)
    response = client.post(
        url("thread_create", cluster.slug),
        {"title": "Mano tema", "body": "Labai ilgas tekstas", "attachments": [upload]},
    )
    page = response.content.decode()
    assert response.status_code == 200
    assert f"{upload.name}: {message}" in page
    assert "Labai ilgas tekstas</textarea>" in page
    assert 'value="Mano tema"' in page
    assert not Post.objects.exists()
    assert not PostAttachment.objects.exists()


@override_settings(TILTAS_UPLOAD_MAX_BYTES=1024)
def test_an_oversized_file_gets_the_limit_in_the_persons_language(client, cluster, ona):
    client.force_login(ona)
    thread = ThreadFactory(cluster=cluster)
    response = client.post(
        url("post_reply", thread.pk, language="lt"),
        {"body": "Mano atsakymas", "attachments": [pdf("didelis.pdf", PADDED_PDF)]},
    )
    page = response.content.decode()
    assert "didelis.pdf: Failas per didelis: leidžiama ne daugiau kaip 1,0\xa0KB." in page
    assert "Mano atsakymas</textarea>" in page
    assert not thread.posts.exists()


def test_at_most_five_files_a_post(client, cluster, ona):
    client.force_login(ona)
    response = client.post(
        url("thread_create", cluster.slug),
        {"title": "Daug", "body": "Failai", "attachments": [pdf(f"{n}.pdf") for n in range(6)]},
    )
    assert "A post can carry at most 5 files." in response.content.decode()
    assert not Post.objects.exists()


def test_editing_removes_and_adds_files_within_the_limit(
    client, cluster, ona, django_capture_on_commit_callbacks
):
    post = services.post_create(
        thread=ThreadFactory(cluster=cluster),
        person=ona,
        body="Pradžia",
        uploads=[pdf(f"{n}.pdf") for n in range(5)],
    )
    first, *_rest = post.attachments.all()
    stored = first.file.name
    storage = first.file.storage
    client.force_login(ona)
    edit = url("post_edit", post.pk)
    assert "0.pdf" in client.get(edit).content.decode()  # offered for removal
    response = client.post(edit, {"body": "Pradžia", "attachments": [pdf("naujas.pdf")]})
    assert "A post can carry at most 5 files." in response.content.decode()
    with django_capture_on_commit_callbacks(execute=True):
        response = client.post(
            edit, {"body": "Pradžia", "remove": [first.pk], "attachments": [pdf("naujas.pdf")]}
        )
    assert response.status_code == 302
    names = [a.original_name for a in post.attachments.all()]
    assert names == ["1.pdf", "2.pdf", "3.pdf", "4.pdf", "naujas.pdf"]
    assert not storage.exists(stored)
    assert not post.revisions.exists()  # the text did not change


def test_another_posts_file_cannot_be_removed_through_an_edit(client, cluster, ona):
    other = services.post_create(
        thread=ThreadFactory(cluster=cluster),
        person=MembershipFactory(cluster=cluster).person,
        body="Kito įrašas",
        uploads=[pdf()],
    )
    mine = services.post_create(
        thread=other.thread, person=ona, body="Mano įrašas", uploads=[pdf("mano.pdf")]
    )
    client.force_login(ona)
    theirs = other.attachments.get().pk
    response = client.post(url("post_edit", mine.pk), {"body": "Pakeista", "remove": [theirs]})
    assert response.status_code == 200  # not one of this post's files: refused
    assert other.attachments.count() == 1
    services.post_edit(post=mine, body="Pakeista", actor=ona, remove=[theirs])
    assert other.attachments.count() == 1 and mine.attachments.count() == 1


@pytest.mark.parametrize(
    "role", ["anonymous", "member", "trainer", "coordinator", "integrity_officer", "administrator"]
)
def test_a_private_clusters_files_are_404_for_non_members(role, role_client):
    cluster = ClusterFactory(visibility=ClusterVisibility.PRIVATE)
    owner = MembershipFactory(cluster=cluster, role=ClusterRole.OWNER).person
    post = services.post_create(
        thread=ThreadFactory(cluster=cluster), person=owner, body="Vidinis", uploads=[pdf()]
    )
    attachment = post.attachments.get()
    assert download(role_client(role), attachment).status_code == 404
    assert download(client_for(owner), attachment).status_code == 200


def test_a_hidden_posts_files_are_for_its_author_and_the_moderators(cluster, ona, person):
    post = services.post_create(
        thread=ThreadFactory(cluster=cluster), person=ona, body="Paslėptas", uploads=[pdf()]
    )
    Post.objects.filter(pk=post.pk).update(is_hidden=True)
    attachment = post.attachments.get()
    moderator = MembershipFactory(cluster=cluster, role=ClusterRole.MODERATOR).person
    other = MembershipFactory(cluster=cluster).person
    assert download(client_for(other), attachment).status_code == 404
    assert download(client_for(None), attachment).status_code == 404
    assert download(client_for(moderator), attachment).status_code == 200
    assert download(client_for(ona), attachment).status_code == 200
    assert download(client_for(ona), PostAttachment(pk=attachment.pk + 1)).status_code == 404


def test_files_are_in_the_authors_data_and_stay_with_the_post_on_erasure(cluster, ona):
    post = services.post_create(
        thread=ThreadFactory(cluster=cluster),
        person=ona,
        body="Mano failas",
        uploads=[pdf("mano.pdf")],
    )
    exported = CLUSTERS.export(ona)["post_attachments"]
    assert [(row["post_id"], row["name"], row["type"]) for row in exported] == [
        (post.pk, "mano.pdf", "application/pdf")
    ]
    assert [name for name, _file in CLUSTERS.files(ona)] == ["mano.pdf"]
    CLUSTERS.erase(ona)
    post.refresh_from_db()
    assert post.author is None
    assert post.attachments.get().file.storage.exists(post.attachments.get().file.name)
    assert list(CLUSTERS.files(ona)) == []


@pytest.mark.parametrize("times", [1, 10])
def test_a_thread_with_files_has_a_query_budget(
    client, cluster, ona, times, django_assert_max_num_queries
):
    thread = ThreadFactory(cluster=cluster)
    for n in range(3 * times):
        post = PostFactory(thread=thread, author=ona, body=f"Įrašas {n}")
        for k in range(2):
            PostAttachment.objects.create(
                post=post,
                file=f"network/posts/{n}-{k}.pdf",
                original_name=f"{n}-{k}.pdf",
                content_type="application/pdf",
                size=2048,
            )
    client.force_login(ona)
    with django_assert_max_num_queries(17):
        page = client.get(url("thread", thread.pk)).content.decode()
    assert page.count("(PDF, 2.0\xa0KB)") == min(3 * times, 30) * 2
    with django_assert_max_num_queries(17):
        assert client_for(None).get(url("thread", thread.pk)).status_code == 200
