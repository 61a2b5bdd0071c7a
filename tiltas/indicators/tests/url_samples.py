"""Arguments for the permission-matrix test: one sample per URL name that takes any."""

import datetime

from django.core.files.base import ContentFile

from tiltas.indicators import selectors
from tiltas.indicators.models import Snapshot

from .factories import ActivityFactory, GoalFactory, ManualIndicatorFactory, ManualValueFactory

PDF = b"%PDF-1.4\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n"


def url_samples() -> dict[str, dict]:
    activity = ActivityFactory()
    indicator = ManualIndicatorFactory(activity=activity)
    value = ManualValueFactory(indicator=indicator)
    value.evidence_file.save("sample.pdf", ContentFile(PDF), save=True)
    may = datetime.date(2026, 5, 1)
    snapshot = Snapshot.objects.create(month=may, figures=selectors.snapshot_figures(may))
    return {
        "indicators:activity_detail": {"code": activity.code},
        "indicators:goal_edit": {"pk": GoalFactory().pk},
        "indicators:objective_edit": {"code": activity.objective.code},
        "indicators:activity_edit": {"code": activity.code},
        "indicators:manage_detail": {"code": indicator.code},
        "indicators:value_create": {"code": indicator.code},
        "indicators:evidence_download": {"pk": value.pk},
        "indicators:snapshot_detail": {"pk": snapshot.pk},
    }
