"""Arguments for the permission matrix (tiltas/core/tests/test_url_access.py)."""

from tiltas.accounts.tests.factories import UserFactory

from .factories import EvidenceFactory, SelfAssessmentFactory, TargetProfileFactory, build_framework

#: Someone else's assessment and evidence: every signed-in person but their owner
#: (and, for evidence, coordinators, administrators and the trainers of
#: programmes developing its competency) gets 404, which is the point.
NOT_FOUND_BY_DESIGN = {
    "assessment_detail",
    "evidence_delete",
    "evidence_file",
    "manage_evidence_validate",
}


def url_samples() -> dict[str, dict]:
    draft = build_framework(published=False, areas=1, per_area=1)
    area = draft.areas.get()
    competency = draft.competencies.get()
    owner = UserFactory()
    published = build_framework(areas=1, per_area=1)
    evidence = EvidenceFactory(person=owner, competency=published.competencies.get())
    assessment = SelfAssessmentFactory(person=owner, framework=published)
    return {
        "assessment_detail": {"pk": assessment.pk},
        "evidence_delete": {"pk": evidence.pk},
        "evidence_file": {"pk": evidence.pk},
        "manage_framework": {"pk": draft.pk},
        "manage_framework_edit": {"pk": draft.pk},
        "manage_framework_new_version": {"pk": published.pk},
        "manage_framework_publish": {"pk": draft.pk},
        "manage_framework_archive": {"pk": draft.pk},
        "manage_framework_export": {"pk": published.pk},
        "manage_area_create": {"pk": draft.pk},
        "manage_area_edit": {"pk": draft.pk, "area_pk": area.pk},
        "manage_competency_create": {"pk": draft.pk},
        "manage_competency_edit": {"pk": draft.pk, "competency_pk": competency.pk},
        "manage_profile_edit": {"pk": TargetProfileFactory().pk},
        "manage_evidence_validate": {"pk": evidence.pk},
    }
