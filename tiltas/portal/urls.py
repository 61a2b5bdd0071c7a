from django.urls import path

from tiltas.core.access import public as access_public

from .feeds import NewsFeed
from .views import manage, public

app_name = "portal"

urlpatterns = [
    path("", public.home, name="home"),
    path("partners/", public.partners, name="partners"),
    path("news/", public.news_list, name="news_list"),
    path("news/feed/", access_public(NewsFeed()), name="news_feed"),
    path("news/<slug:slug>/", public.news_detail, name="news_detail"),
    path("pages/<slug:slug>/", public.page, name="page"),
    # Management: coordinators and administrators.
    path("manage/portal/", manage.manage_index, name="manage_index"),
    path(
        "manage/portal/texts/<slug:key>/edit/",
        manage.project_text_edit,
        name="manage_text_edit",
    ),
    path("manage/portal/themes/<int:pk>/edit/", manage.theme_edit, name="manage_theme_edit"),
    path("manage/portal/pages/<slug:slug>/edit/", manage.page_edit, name="manage_page_edit"),
    path("manage/portal/news/", manage.news_manage_list, name="manage_news_list"),
    path("manage/portal/news/create/", manage.news_create, name="manage_news_create"),
    path("manage/portal/news/<int:pk>/edit/", manage.news_edit, name="manage_news_edit"),
    path("manage/portal/news/<int:pk>/publish/", manage.news_publish, name="manage_news_publish"),
    path(
        "manage/portal/news/<int:pk>/unpublish/",
        manage.news_unpublish,
        name="manage_news_unpublish",
    ),
]
