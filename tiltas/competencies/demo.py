"""Demo data: self-assessments over a year, a chosen target profile and evidence
for the demo members. Safe to run again."""

import random
from datetime import timedelta

from django.contrib.auth import get_user_model
from django.core.files.uploadedfile import SimpleUploadedFile
from django.utils import timezone

from tiltas.accounts.models import Organisation
from tiltas.core.roles import Role

from . import selectors, services
from .content import load_project
from .models import Evidence, SelfAssessment, TargetProfile

#: Months before today at which every demo member assessed themselves.
ASSESSMENT_MONTHS_AGO = (12, 6, 1)
#: Extra members of one municipality, so its group reaches the size aggregates show.
EXTRA_MEMBERS = [
    ("competencies01@demo.tiltas.lt", "Rūta Mockutė"),
    ("competencies02@demo.tiltas.lt", "Vytautas Urbonas"),
]
EXTRA_ORGANISATION = "pamariu-savivaldybe-demo"

# A minimal one-page PDF, enough for the type check and a viewer.
DEMO_PDF = (
    b"%PDF-1.4\n1 0 obj<</Type/Catalog/Pages 2 0 R>>endobj\n"
    b"2 0 obj<</Type/Pages/Kids[3 0 R]/Count 1>>endobj\n"
    b"3 0 obj<</Type/Page/Parent 2 0 R/MediaBox[0 0 595 842]>>endobj\n"
    b"trailer<</Root 1 0 R>>\n%%EOF\n"
)


def _extra_members() -> list:
    user_model = get_user_model()
    organisation = Organisation.objects.filter(slug=EXTRA_ORGANISATION).first()
    people = []
    for email, name in EXTRA_MEMBERS:
        person, created = user_model.objects.get_or_create(
            email=email,
            defaults={
                "full_name": name,
                "role": Role.MEMBER,
                "country": "LT",
                "organisation": organisation,
                "is_demo": True,
            },
        )
        if created:
            person.set_unusable_password()
            person.save(update_fields=["password"])
        people.append(person)
    return people


def _assessments(person, framework, rng: random.Random) -> int:
    """Three assessments a few months apart, each a little higher than the last."""
    competencies = list(framework.competencies.all())
    levels = {c: rng.randint(1, 2) for c in competencies}
    today = timezone.localdate()
    created = 0
    for months in ASSESSMENT_MONTHS_AGO:
        on = today - timedelta(days=30 * months)
        if not SelfAssessment.objects.filter(person=person, date=on).exists():
            services.self_assessment_submit(
                person=person,
                framework=framework,
                levels={c: (level, "") for c, level in levels.items()},
                on=on,
            )
            created += 1
        levels = {c: min(4, level + rng.choice((0, 0, 1))) for c, level in levels.items()}
    return created


def _evidence(member, trainer, framework) -> None:
    competencies = {c.code: c for c in framework.competencies.all()}
    today = timezone.localdate()
    if not Evidence.objects.filter(person=member, title__startswith="Pamarių").exists():
        validated = services.evidence_upload(
            person=member,
            competency=competencies["A1"],
            level_claimed=3,
            title="Pamarių socialinių paslaugų partnerystės sutartis",
            occurred_on=today - timedelta(days=120),
            link="https://example.org/pamariai/partnerystes-sutartis",
        )
        if trainer is not None:
            services.evidence_validate(
                evidence=validated,
                actor=trainer,
                level=3,
                comment="Sutartis aiškiai paskirsto vaidmenis; partnerių interesai suderinti.",
            )
        services.evidence_upload(
            person=member,
            competency=competencies["D2"],
            level_claimed=2,
            title="Pamarių bendruomenės centro rodiklių ataskaita",
            occurred_on=today - timedelta(days=30),
            upload=SimpleUploadedFile("rodikliu-ataskaita.pdf", DEMO_PDF, "application/pdf"),
        )


def load_demo() -> list[str]:
    if selectors.framework_published() is None:
        load_project()
    framework = selectors.framework_published()
    if framework is None:
        return ["  competencies: no published framework, no demo data"]
    user_model = get_user_model()
    members = list(
        user_model.objects.filter(email__endswith="@demo.tiltas.lt", role=Role.MEMBER).order_by(
            "email"
        )
    )
    members += [p for p in _extra_members() if p not in members]
    created = 0
    for person in members:
        created += _assessments(person, framework, random.Random(person.email))
    member = user_model.objects.filter(email="member@demo.tiltas.lt").first()
    trainer = user_model.objects.filter(email="trainer@demo.tiltas.lt").first()
    if member is not None:
        profile = TargetProfile.objects.filter(slug="municipal-social-services-head").first()
        if profile is not None:
            services.profile_choose(person=member, profile=profile)
        _evidence(member, trainer, framework)
    return [f"  competencies: {created} self-assessments added for {len(members)} demo members"]
