"""Published news."""

from datetime import timedelta

from django.utils import timezone

from .common import model, translated

BODY = "Paragraph of news text about the project's trainings and visits. " * 12


def generate(context) -> str:
    NewsItem = model("portal.NewsItem")
    if NewsItem is None:
        return "skipped (no portal.NewsItem)"
    now = timezone.now()

    def items():
        for n in range(context.plan.news):
            published = now - timedelta(hours=n * 30 + 1)
            yield NewsItem(
                slug=f"{context.tag}-news-{n:05d}",
                status="published",
                published_at=published,
                created_at=published,
                **translated(
                    NewsItem,
                    title=f"Project news {n}",
                    summary="A short summary of what happened in the project.",
                    body=BODY,
                ),
            )

    context.progress.bulk(NewsItem, items(), total=context.plan.news)
    return f"{context.plan.news} news items"
