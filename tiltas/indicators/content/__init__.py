"""The project's results framework, from the description (the Lithuanian
original is the source of truth; en follows the seed README, nb the glossary).

Indicator codes, sources and parameters are a contract with the apps that
count them: change them only together with those apps' counting.py.
"""

from django.db import transaction

from tiltas.core.public_cache import public_pages_changed

from ..models import Activity, Goal, Indicator, Objective
from .indicators import INDICATORS
from .texts import ACTIVITIES, GOAL, OBJECTIVES


def _translated(field: str, texts: dict[str, str]) -> dict[str, str]:
    return {f"{field}_{language}": text for language, text in texts.items()}


def load_project() -> None:
    """Create or update the framework; safe to run again (keyed by code)."""
    with transaction.atomic():
        Goal.objects.update_or_create(
            id=1,
            defaults={**_translated("title", GOAL["title"]), **_translated("text", GOAL["text"])},
        )
        objectives = {}
        for order, data in enumerate(OBJECTIVES, start=1):
            objectives[data["code"]], _created = Objective.objects.update_or_create(
                code=data["code"], defaults={"order": order, **_translated("title", data["title"])}
            )
        for data in ACTIVITIES:
            activity, _created = Activity.objects.update_or_create(
                code=data["code"],
                defaults={
                    "objective": objectives[data["code"].split(".")[1]],
                    **_translated("title", data["title"]),
                    **_translated("description", data["description"]),
                },
            )
            for order, item in enumerate(INDICATORS[data["code"]], start=1):
                lt, en, nb = item["name"]
                Indicator.objects.update_or_create(
                    code=item["code"],
                    defaults={
                        "activity": activity,
                        "name_lt": lt,
                        "name_en": en,
                        "name_nb": nb,
                        "unit": item["unit"],
                        "target": item["target"],
                        "source": item["source"],
                        "source_params": item["source_params"],
                        "manual_allowed": item["manual_allowed"],
                        "order": order,
                    },
                )
        public_pages_changed()
