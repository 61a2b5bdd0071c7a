import datetime

import factory
from django.utils import timezone

from tiltas.accounts.tests.factories import UserFactory
from tiltas.competencies.models import (
    Area,
    Competency,
    Evidence,
    EvidenceKind,
    Framework,
    FrameworkStatus,
    LevelDescriptor,
    ProficiencyLevel,
    SelfAssessment,
    SelfAssessmentItem,
    TargetLevel,
    TargetProfile,
)
from tiltas.learning.models import ProgrammeCompetency
from tiltas.learning.tests.factories import ProgrammeFactory

LEVEL_NAMES = {1: "Aware", 2: "Practising", 3: "Proficient", 4: "Leading"}


class FrameworkFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Framework

    slug = factory.Sequence(lambda n: f"framework-{n}")
    version = 1
    title_lt = factory.Sequence(lambda n: f"Modelis {n}")
    title_en = factory.Sequence(lambda n: f"Model {n}")
    status = FrameworkStatus.DRAFT


class AreaFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Area

    framework = factory.SubFactory(FrameworkFactory)
    code = factory.Sequence(lambda n: f"AR{n}")
    name_lt = factory.Sequence(lambda n: f"Sritis {n}")
    name_en = factory.Sequence(lambda n: f"Area {n}")


class CompetencyFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Competency

    area = factory.SubFactory(AreaFactory)
    framework = factory.SelfAttribute("area.framework")
    code = factory.Sequence(lambda n: f"C{n}")
    name_lt = factory.Sequence(lambda n: f"Kompetencija {n}")
    name_en = factory.Sequence(lambda n: f"Competency {n}")


def add_levels(framework: Framework, count: int = 4) -> None:
    for number in range(1, count + 1):
        ProficiencyLevel.objects.get_or_create(
            framework=framework,
            number=number,
            defaults={
                "name_lt": f"Lygis {number}",
                "name_en": LEVEL_NAMES.get(number, str(number)),
            },
        )


def describe(competency: Competency, levels: int = 4) -> None:
    for level in range(1, levels + 1):
        LevelDescriptor.objects.get_or_create(
            competency=competency,
            level=level,
            defaults={
                "text_lt": f"{competency.code} lygis {level}",
                "text_en": f"{competency.code} level {level}",
                "text_nb": f"{competency.code} nivå {level}",
            },
        )


def build_framework(
    *, areas: int = 2, per_area: int = 2, published: bool = True, slug: str | None = None
) -> Framework:
    """A complete framework: four levels, areas, competencies with every descriptor."""
    kwargs = {"slug": slug} if slug else {}
    framework = FrameworkFactory(
        status=FrameworkStatus.PUBLISHED if published else FrameworkStatus.DRAFT,
        published_at=timezone.now() if published else None,
        **kwargs,
    )
    add_levels(framework)
    for a in range(areas):
        area = AreaFactory(framework=framework, code=f"{chr(65 + a)}", order=a)
        for c in range(per_area):
            competency = CompetencyFactory(
                area=area, framework=framework, code=f"{area.code}{c + 1}", order=c
            )
            describe(competency)
    return framework


class TargetProfileFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = TargetProfile

    slug = factory.Sequence(lambda n: f"profile-{n}")
    name_lt = factory.Sequence(lambda n: f"Profilis {n}")
    name_en = factory.Sequence(lambda n: f"Profile {n}")


def target(profile: TargetProfile, competency: Competency, level: int) -> TargetLevel:
    return TargetLevel.objects.create(profile=profile, competency=competency, level=level)


class SelfAssessmentFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = SelfAssessment

    person = factory.SubFactory(UserFactory)
    framework = factory.SubFactory(FrameworkFactory)
    date = factory.LazyFunction(timezone.localdate)
    submitted_at = factory.LazyFunction(timezone.now)


def assess(person, framework: Framework, levels: dict[str, int], on: datetime.date | None = None):
    """A submitted self-assessment with ``levels`` by competency code."""
    assessment = SelfAssessmentFactory(
        person=person, framework=framework, date=on or timezone.localdate()
    )
    competencies = {c.code: c for c in framework.competencies.all()}
    for code, level in levels.items():
        SelfAssessmentItem.objects.create(
            assessment=assessment, competency=competencies[code], level=level
        )
    return assessment


class EvidenceFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Evidence

    person = factory.SubFactory(UserFactory)
    competency = factory.SubFactory(CompetencyFactory)
    kind = EvidenceKind.UPLOADED
    title = factory.Sequence(lambda n: f"Evidence {n}")
    occurred_on = factory.LazyFunction(timezone.localdate)
    level_claimed = 2
    link = "https://example.org/report"


def teaching(competency: Competency, *trainers) -> None:
    """A programme the ``trainers`` teach that develops ``competency``: whose
    evidence they review."""
    programme = ProgrammeFactory(trainers=list(trainers))
    ProgrammeCompetency.objects.create(programme=programme, competency=competency, target_level=2)
