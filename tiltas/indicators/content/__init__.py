"""The project's results framework, from the description (the Lithuanian
original is the source of truth; en follows the seed README, nb the glossary).

Coordinators correct the texts on the site and the targets in the admin;
loading again keeps what they changed (``tiltas.core.content``). Indicator
codes, sources and parameters are a contract with the apps that count them:
change them only together with those apps' counting.py. The loader always
sets sources and parameters (the admin cannot change them).
"""

from django.db import transaction

from tiltas.core.content import content_load

from ..models import Activity, Goal, Indicator, Objective
from .indicators import INDICATORS
from .texts import ACTIVITIES, GOAL, OBJECTIVES


def _translated(field: str, texts: dict[str, str]) -> dict[str, str]:
    return {f"{field}_{language}": text for language, text in texts.items()}


def _load_indicators(activity: Activity) -> None:
    for order, item in enumerate(INDICATORS[activity.code], start=1):
        lt, en, nb = item["name"]
        rule_lt, rule_en, rule_nb = item["counting_rule"]
        content_load(
            Indicator,
            lookup={"code": item["code"]},
            defaults={
                "activity": activity,
                "name_lt": lt,
                "name_en": en,
                "name_nb": nb,
                "counting_rule_lt": rule_lt,
                "counting_rule_en": rule_en,
                "counting_rule_nb": rule_nb,
                "unit": item["unit"],
                "target": item["target"],
                "manual_allowed": item["manual_allowed"],
                "order": order,
            },
            fixed={
                "source": item["source"],
                "source_params": item["source_params"],
                "counting": item["counting"],
            },
        )


def load_project() -> None:
    """Create the framework, and bring up to date what nobody has changed since."""
    with transaction.atomic():
        content_load(
            Goal,
            lookup={"id": 1},
            defaults={**_translated("title", GOAL["title"]), **_translated("text", GOAL["text"])},
        )
        objectives = {}
        for order, data in enumerate(OBJECTIVES, start=1):
            objectives[data["code"]] = content_load(
                Objective,
                lookup={"code": data["code"]},
                defaults={"order": order, **_translated("title", data["title"])},
            )
        for data in ACTIVITIES:
            activity = content_load(
                Activity,
                lookup={"code": data["code"]},
                defaults={
                    "objective": objectives[data["code"].split(".")[1]],
                    **_translated("title", data["title"]),
                    **_translated("description", data["description"]),
                },
            )
            if activity is not None:
                _load_indicators(activity)
