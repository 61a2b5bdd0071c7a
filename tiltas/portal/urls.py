from django.urls import path

from . import views

app_name = "portal"

urlpatterns = [
    path("", views.home, name="home"),
    path("partners/", views.home, name="partners"),
    path("news/", views.home, name="news_list"),
    path("news/feed/", views.home, name="news_feed"),
    path("pages/<slug:slug>/", views.page, name="page"),
]
