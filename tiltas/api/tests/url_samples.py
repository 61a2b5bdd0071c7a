"""Arguments to reverse every API address that takes some (permission matrix)."""

from datetime import date

from tiltas.api.services import token_create
from tiltas.credentials.models import Certificate
from tiltas.credentials.tests.factories import (
    complete_programme,
    new_person,
    programme_with_competency,
)
from tiltas.events.tests.factories import EventFactory, StudyVisitFactory
from tiltas.evidence.tests.url_samples import url_samples as evidence_samples
from tiltas.indicators.models import Snapshot
from tiltas.indicators.services import snapshot_make
from tiltas.integrity.models import Measure
from tiltas.network.tests.factories import PracticeFactory
from tiltas.portal.tests.factories import NewsItemFactory
from tiltas.reports.tests.url_samples import url_samples as report_samples


def _a_snapshot() -> Snapshot:
    return Snapshot.objects.first() or snapshot_make(month=date(2024, 1, 1), actor=None)


def url_samples() -> dict[str, dict]:
    programme, lesson = programme_with_competency()
    complete_programme(new_person(), programme, lesson)
    measure = Measure.objects.create(
        slug="api-measure", title_lt="Priemonė", description_lt="Aprašas",
        kind="prevent", origin="lt", effort="low",
    )  # fmt: skip
    token, _text = token_create(person=new_person(), name="Matrix", scope="read", days=30)
    event = EventFactory()
    return {
        "api_tokens:token_revoke": {"pk": token.pk},
        "api:manage_participants": {"event_id": event.pk},
        "api:manage_attendance": {"event_id": event.pk},
        "api:manage_report_file": {
            "report_id": report_samples()["reports:report_pdf"]["pk"],
            "file_format": "pdf",
        },
        "api:manage_evidence_bundle": {
            "bundle_id": evidence_samples()["evidence:manage_download"]["pk"]
        },
        "api:programme": {"slug": programme.slug},
        "api:practice": {"practice_id": PracticeFactory().pk},
        # One snapshot a month: the indicators' samples may have made this month's already.
        "api:snapshot": {"snapshot_id": _a_snapshot().pk},
        "api:event": {"slug": event.slug},
        "api:visit": {"slug": StudyVisitFactory().slug},
        "api:news_item": {"slug": NewsItemFactory().slug},
        "api:measure": {"slug": measure.slug},
        "api:certificate": {"number": Certificate.objects.latest("id").number},
    }


#: Someone else's token: the matrix's people own none, so revoking it is a 404.
NOT_FOUND_BY_DESIGN = {"api_tokens:token_revoke": "only the token's holder revokes it"}
