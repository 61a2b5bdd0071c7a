"""Network search: what each reader finds, ranked and marked, on SQLite (FTS5,
or LIKE without it) and PostgreSQL (a configuration per language)."""

from io import StringIO
from urllib.parse import urlencode

import pytest
from django.core.management import call_command
from django.db import connection
from django.urls import reverse
from django.utils import translation

from conftest import client_for
from tiltas.accounts.tests.factories import UserFactory
from tiltas.learning.tests.factories import ProgrammeFactory
from tiltas.network.models import ClusterVisibility, Post, SearchEntry, Visibility
from tiltas.network.selectors import search as selectors
from tiltas.network.services import moderation, posts
from tiltas.network.services.people import profile_erase, profile_save
from tiltas.network.services.practices import practice_save

from .cluster_factories import ClusterFactory, MembershipFactory, PostFactory, ThreadFactory
from .factories import PracticeFactory

pytestmark = pytest.mark.django_db
on_postgresql = pytest.mark.skipif(
    connection.vendor != "postgresql", reason="PostgreSQL's text-search configurations"
)


def search_url(q: str | None = None, language: str = "en", **more: object) -> str:
    with translation.override(language):
        path = reverse("network:search")
    query = ({"q": q} if q is not None else {}) | more
    return f"{path}?{urlencode(query)}" if query else path


def found(client, q: str, language: str = "en", **more: object) -> str:
    response = client.get(search_url(q, language, **more))
    assert response.status_code == 200
    return response.content.decode()


def results(page: str) -> str:
    """The list of results only (the search box repeats the words)."""
    start = page.find('<ol class="cards search-results"')
    return page[start : page.find("</ol>", start)] if start >= 0 else ""


def _thread(cluster, author, title="Sutarčių duomenys", body="Skelbiame sutartis CSV formatu."):
    return posts.thread_create(cluster=cluster, person=author, title=title, body=body)


# What each reader finds


def test_a_thread_and_its_post_in_a_public_cluster_are_found_by_anyone(cluster, ona):
    thread = _thread(cluster, ona)
    listed = results(found(client_for(None), "csv"))
    assert "<mark>CSV</mark>" in listed
    assert reverse("network:post", args=[thread.posts.get().pk]) in listed
    assert "Sutarčių duomenys" in listed  # the post shows its thread's title


def test_a_private_clusters_post_is_found_by_its_members_only(person, ona):
    private = ClusterFactory(visibility=ClusterVisibility.PRIVATE)
    MembershipFactory(cluster=private, person=ona)
    _thread(private, ona, title="Dovanų registras", body="Slaptas pranešėjo atvejis.")
    outsider = person("Jonas Jonaitis")
    assert "pranešėjo" not in results(found(client_for(None), "pranešėjo"))
    assert "Nothing found" in found(client_for(outsider), "pranešėjo")
    assert "Dovanų registras" not in found(client_for(outsider), "registras")
    assert "<mark>pranešėjo</mark>" in results(found(client_for(ona), "pranešėjo"))
    assert "Dovanų registras" in results(found(client_for(ona), "registras"))


def test_a_hidden_post_is_never_found_and_a_restored_one_is_again(cluster, ona, coordinator):
    thread = _thread(cluster, ona, body="Reklama: pigūs kroviniai.")
    post = thread.posts.get()
    moderation.post_hide(post=post, actor=coordinator)
    for viewer in (None, ona, coordinator):
        assert "Nothing found" in found(client_for(viewer), "kroviniai")
    moderation.post_restore(post=post, actor=coordinator)
    assert "<mark>kroviniai</mark>" in results(found(client_for(None), "kroviniai"))


def test_a_post_hidden_behind_the_index_back_is_still_not_found(cluster, ona):
    _thread(cluster, ona, body="Reklama: pigūs kroviniai.")
    Post.objects.update(is_hidden=True)  # no service told the index
    assert "Nothing found" in found(client_for(ona), "kroviniai")


def test_an_edited_post_is_found_by_its_new_words_only(cluster, ona):
    post = _thread(cluster, ona, body="Pirmas juodraštis.").posts.get()
    posts.post_edit(post=post, body="Galutinis tekstas.", actor=ona)
    assert "Nothing found" in found(client_for(None), "juodraštis")
    assert "<mark>Galutinis</mark>" in results(found(client_for(None), "galutinis"))


def test_members_only_practices_are_for_members_and_drafts_for_nobody(member):
    author = UserFactory()
    data = {
        "title": "Jaunimo langelis",
        "problem": "Jaunimas neranda paslaugų.",
        "solution": "Vienas langelis.",
        "theme": 1,
        "country": "LT",
    }
    practice_save(
        actor=author,
        data=data | {"audience": "members", "status": "published"},
        tags="jaunimas, paslaugos",
    )
    practice_save(actor=author, data=data | {"title": "Juodraštinė praktika", "status": "draft"})
    assert "Nothing found" in found(client_for(None), "langelis")
    listed = results(found(client_for(member), "langelis"))
    assert "Jaunimo <mark>langelis</mark>" in listed or "<mark>langelis</mark>" in listed
    assert "Juodraštinė" not in listed
    assert "Jaunimo langelis" in results(found(client_for(member), "paslaugos"))  # a tag
    assert "Nothing found" in found(client_for(author), "juodraštinė")


def test_people_are_found_by_name_and_handle_as_their_privacy_allows(person, coordinator):
    ruta = person("Rūta Jonaitienė")
    profile_save(person=ruta, data={})  # nothing public
    assert "Nothing found" in found(client_for(None), "jonaitienė")
    assert "Rūta Jonaitienė" in results(found(client_for(coordinator), "jonaitienė"))
    assert "Rūta Jonaitienė" in results(found(client_for(coordinator), "@ruta-jonaitiene"))
    profile_save(person=ruta, data={"position_visibility": Visibility.PUBLIC})
    assert "Rūta Jonaitienė" in results(found(client_for(None), "jonaitienė"))


def test_suspended_and_erased_people_are_never_found(person, coordinator):
    ruta, jonas = person("Rūta Jonaitienė"), person("Jonas Jonaitis")
    for someone in (ruta, jonas):
        profile_save(person=someone, data={"position_visibility": Visibility.PUBLIC})
    moderation.member_suspend(person=ruta, reason="Reklama", actor=coordinator)
    assert "Rūta" not in results(found(client_for(coordinator), "jonait*"))
    jonas.is_active = False  # erased in accounts: deactivated and renamed
    jonas.save(update_fields=["is_active"])
    assert "Nothing found" in found(client_for(coordinator), "jonait")
    profile_erase(jonas)
    assert not SearchEntry.objects.filter(title__contains="Jonas").exists()
    moderation.member_unsuspend(person=ruta, actor=coordinator)
    assert "Rūta Jonaitienė" in results(found(client_for(None), "jonaitienė"))


def test_programmes_are_found_in_the_readers_language(settings):
    ProgrammeFactory(
        slug="klasteriai",
        title="Socialinė klasterizacija",
        title_en="Social clustering",
        title_nb="Sosial klyngeutvikling",
    )
    call_command("rebuild_search_index", "programmes", stdout=StringIO())
    listed = results(found(client_for(None), "clustering", "en"))
    assert "Social <mark>clustering</mark>" in listed
    assert "/en/programmes/klasteriai/" in listed
    assert "Sosial klyngeutvikling" in results(found(client_for(None), "klyngeutvikling", "nb"))
    assert "Socialinė" not in results(found(client_for(None), "klyngeutvikling", "nb"))


def test_the_rebuild_indexes_what_was_written_without_the_services(cluster, ona):
    thread = ThreadFactory(cluster=cluster, title="Importuota tema")
    PostFactory(thread=thread, author=ona, body="Istorinis įrašas iš seno forumo.")
    assert "Nothing found" in found(client_for(None), "forumo")
    call_command("rebuild_search_index", stdout=StringIO())
    assert "<mark>forumo</mark>" in results(found(client_for(None), "forumo"))
    assert "Importuota tema" in results(found(client_for(None), "importuota"))


# Ranking, marking, paging


def test_a_title_match_ranks_above_a_body_match(cluster, ona):
    _thread(cluster, ona, title="Kita tema", body="Čia tik minimas biudžetas.")
    _thread(cluster, ona, title="Biudžetas 2027", body="Planuojame kartu.")
    listed = results(found(client_for(None), "biudžetas"))
    assert listed.index("Biudžetas 2027") < listed.index("Kita tema")


def test_a_word_with_a_minus_is_left_out(cluster, ona):
    _thread(cluster, ona, title="Pirkimai Vilniuje", body="Vilnius.")
    _thread(cluster, ona, title="Pirkimai Kaune", body="Kaunas.")
    listed = results(found(client_for(None), "pirkimai -kaune"))
    assert "Pirkimai Vilniuje" in listed
    assert "Kaune" not in listed


def test_marks_are_added_to_escaped_text_only(cluster, ona):
    _thread(
        cluster,
        ona,
        title="<script>alert(1)</script> saugumas",
        body="<img src=x onerror=alert(1)> saugumas \ue000 \ue001",
    )
    page = found(client_for(None), "saugumas")
    assert "<script>alert(1)" not in page
    assert "<img src=x" not in page
    assert "&lt;script&gt;" in page
    assert results(page).count("<mark>") == results(page).count("</mark>") >= 2


def test_results_come_twenty_a_page(cluster, ona):
    thread = _thread(cluster, ona, title="Susitikimas", body="Susitikimas pirmadienį.")
    for n in range(22):
        posts.post_create(thread=thread, person=ona, body=f"Susitikimas nr. {n}")
    first = found(client_for(None), "susitikimas")
    assert "24 results" in first
    assert results(first).count("<li>") == 20
    second = found(client_for(None), "susitikimas", page=2)
    assert results(second).count("<li>") == 4
    assert 'start="21"' in second


def test_without_fts5_sqlite_falls_back_to_like_and_still_marks(cluster, ona, monkeypatch):
    if connection.vendor != "sqlite":
        pytest.skip("SQLite's fallback")
    _thread(cluster, ona, title="Atviri duomenys", body="Skelbiame sutartis CSV formatu.")
    monkeypatch.setattr(selectors, "fts5_available", lambda: False)
    listed = results(found(client_for(None), "csv"))
    assert "<mark>CSV</mark>" in listed


@on_postgresql
def test_postgresql_stems_each_text_in_its_own_language(cluster, person):
    norwegian = person("Kari Nordmann", preferred_language="nb")
    MembershipFactory(cluster=cluster, person=norwegian)
    with translation.override("nb"):
        _thread(cluster, norwegian, title="Samarbeid", body="Hver kommune publiserer data.")
    with translation.override("en"):
        _thread(cluster, norwegian, title="Contracts", body="We publish procurement contracts.")
    assert "<mark>kommune</mark>" in results(found(client_for(None), "kommunene", "nb"))
    assert "<mark>kommune</mark>" in results(found(client_for(None), "kommunene", "lt"))
    assert "<mark>contracts</mark>" in results(found(client_for(None), "contract", "en"))
    entry = SearchEntry.objects.get(kind="post", body__contains="kommune")
    assert entry.language == "nb"


# Bad input


def test_an_empty_search_shows_the_form_with_a_hint():
    assert "Type one or more words" in found(client_for(None), "   ")
    page = client_for(None).get(search_url()).content.decode()
    assert 'name="q"' in page
    assert "Threads, posts, good practices, programmes and people." in page


def test_an_overlong_search_is_refused_clearly_and_kept(cluster, ona):
    words = "pirkimai " * 30
    response = client_for(None).get(search_url(words.strip()))
    page = response.content.decode()
    assert response.status_code == 400
    assert "Search for at most 200 characters; you typed 269." in page
    assert words.strip()[:100] in page


@pytest.mark.parametrize(
    "q",
    [
        '"',
        "*",
        "(",
        ":",
        "NEAR",
        "-",
        'a "b',
        "csv*",
        "(csv",
        "title:csv",
        "csv NEAR x",
        "-csv",
        "NOT csv",
        "csv OR",
        "^csv",
        "csv AND",
        "'",
        "\\",
        "%",
        "_",
    ],
)
def test_special_characters_never_break_the_search(cluster, ona, q):
    _thread(cluster, ona)
    found(client_for(ona), q)


def test_the_network_directory_has_a_search_box():
    with translation.override("en"):
        page = client_for(None).get(reverse("network:directory")).content.decode()
        assert f'action="{reverse("network:search")}"' in page


# Query budget


@pytest.mark.parametrize("times", [1, 10])
def test_the_results_page_has_a_query_budget(cluster, ona, times, django_assert_max_num_queries):
    private = ClusterFactory(visibility=ClusterVisibility.PRIVATE)
    MembershipFactory(cluster=private, person=ona)
    for n in range(times):
        thread = _thread(cluster, ona, title=f"Biudžetas {n}", body="Biudžetas ir planas.")
        posts.post_create(thread=thread, person=ona, body="Dar apie biudžetas.")
        _thread(private, ona, title=f"Biudžetas slaptas {n}")
        PracticeFactory(title=f"Biudžeto praktika {n}", problem="biudžetas")
        profile_save(person=UserFactory(full_name=f"Biudžetas Asmuo {n}"), data={})
    ProgrammeFactory(title_en="Budget biudžetas")
    call_command("rebuild_search_index", "programmes", "practices", stdout=StringIO())
    for viewer in (None, ona):
        client = client_for(viewer)
        with django_assert_max_num_queries(8):
            assert "<mark>" in found(client, "biudžetas")


def test_the_demo_leaves_a_searchable_index():
    from tiltas.accounts.demo import load_demo as load_people
    from tiltas.events.demo import load_demo as load_events
    from tiltas.network.demo import load_demo

    load_people()
    load_events()
    lines = load_demo()
    assert any(line.startswith("Network search:") for line in lines)
    assert "<mark>Fjordvik</mark>" in results(found(client_for(None), "fjordvik"))
    assert "Nothing found" in found(client_for(None), "dovanų")  # the private cluster's
