import factory
from django.utils import timezone

from tiltas.portal.models import NewsItem, NewsStatus, Page, ProjectText, Theme


class NewsItemFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = NewsItem

    slug = factory.Sequence(lambda n: f"news-{n}")
    title_lt = factory.Sequence(lambda n: f"Naujiena {n}")
    title_en = factory.Sequence(lambda n: f"News {n}")
    title_nb = factory.Sequence(lambda n: f"Nyhet {n}")
    summary_lt = "Trumpai apie naujieną."
    summary_en = "The news in short."
    body_lt = "Naujienos tekstas."
    body_en = "The text of the news."
    status = NewsStatus.PUBLISHED
    published_at = factory.LazyFunction(timezone.now)

    class Params:
        draft = factory.Trait(status=NewsStatus.DRAFT, published_at=None)


class PageFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Page
        django_get_or_create = ("slug",)

    slug = Page.Slug.ABOUT
    title_lt = "Apie projektą"
    title_en = "About the project"
    title_nb = "Om prosjektet"
    body_lt = "Projekto aprašymas."
    body_en = "About the project."
    body_nb = "Om prosjektet."


class ThemeFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Theme
        django_get_or_create = ("order",)

    order = factory.Sequence(lambda n: n % 6 + 1)
    title_lt = factory.Sequence(lambda n: f"Tema {n}")
    title_en = factory.Sequence(lambda n: f"Theme {n}")
    text_lt = "Temos tekstas."
    text_en = "The theme's text."


class ProjectTextFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = ProjectText
        django_get_or_create = ("key",)

    key = ProjectText.Key.ESSENCE
    title_lt = "Projekto esmė"
    title_en = "The essence of the project"
    body_lt = "Esmės tekstas."
    body_en = "The essence."
