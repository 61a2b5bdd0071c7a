import datetime

import pytest

from tiltas.accounts.models import Country, Region
from tiltas.accounts.tests.factories import OrganisationFactory, UserFactory
from tiltas.competencies import selectors, services
from tiltas.competencies.models import FrameworkStatus

from .factories import EvidenceFactory, TargetProfileFactory, assess, build_framework, target

pytestmark = pytest.mark.django_db

JAN = datetime.date(2026, 1, 10)
JUN = datetime.date(2026, 6, 10)


def test_the_published_framework_is_found_and_drafts_are_not():
    build_framework(published=False, slug="a-draft")
    assert selectors.framework_published() is None
    published = build_framework(slug="model")
    assert selectors.framework_published() == published


def test_self_and_validated_levels_are_side_by_side_never_averaged(member, trainer):
    framework = build_framework()
    a1 = framework.competencies.get(code="A1")
    assess(member, framework, {"A1": 1, "A2": 2}, on=JAN)
    assess(member, framework, {"A1": 2}, on=JUN)
    low = EvidenceFactory(person=member, competency=a1)
    high = EvidenceFactory(person=member, competency=a1)
    services.evidence_validate(evidence=low, actor=trainer, level=3, comment="ok")
    services.evidence_validate(evidence=high, actor=trainer, level=4, comment="ok")
    EvidenceFactory(person=member, competency=a1, level_claimed=4)  # not validated: ignored
    profile = TargetProfileFactory()
    target(profile, a1, 4)
    target(profile, framework.competencies.get(code="A2"), 3)
    rows = {row.competency.code: row for row in selectors.profile_rows(member, framework, profile)}
    assert (rows["A1"].self_level, rows["A1"].validated_level) == (2, 4)
    assert (rows["A1"].target_level, rows["A1"].gap) == (4, 0)
    # A2 has no validated level: the gap is measured from the self-assessment.
    assert (rows["A2"].self_level, rows["A2"].validated_level, rows["A2"].gap) == (2, None, 1)
    assert rows["B1"].self_level is None and rows["B1"].gap is None


def test_history_survives_a_new_framework_version(member, coordinator):
    first = build_framework(slug="model")
    assess(member, first, {"A1": 1}, on=JAN)
    second = services.framework_create_version(source=first, actor=coordinator)
    services.framework_publish(framework=second, actor=coordinator)
    second.refresh_from_db()
    assert second.status == FrameworkStatus.PUBLISHED
    assess(member, second, {"A1": 3}, on=JUN)
    history = selectors.assessment_history(member, second)
    assert [entry.levels["A1"] for entry in history] == [1, 3]
    assert selectors.latest_self_levels(member, second) == {"A1": 3}


def test_another_persons_assessments_are_not_in_my_profile(member):
    framework = build_framework()
    assess(UserFactory(), framework, {"A1": 4})
    assert selectors.latest_self_levels(member, framework) == {}
    assert selectors.assessment_history(member, framework) == []


def test_without_a_target_no_programmes_are_shown(member):
    framework = build_framework()
    rows = selectors.profile_rows(member, framework, None)
    assert all(row.programmes == [] for row in rows)


def test_the_frameworks_shared_content_is_built_once_per_content_version(
    shared_cache, member, django_assert_num_queries, django_capture_on_commit_callbacks
):
    framework = build_framework()
    profile = TargetProfileFactory()
    competency = framework.competencies.order_by("code").first()
    target(profile, competency, 3)
    assert selectors.profile_rows(member, framework, profile)[0].target_level == 3
    # Only the person's self-assessed and validated levels.
    with django_assert_num_queries(2):
        selectors.profile_rows(member, framework, profile)
    with django_capture_on_commit_callbacks(execute=True):
        services.target_profile_update(
            profile=profile, actor=UserFactory(), data={}, levels={competency: 4}
        )
    assert selectors.profile_rows(member, framework, profile)[0].target_level == 4


# --- Aggregates ---------------------------------------------------------------------


def _people(count: int, organisation, **extra) -> list:
    return [
        UserFactory(organisation=organisation, country=organisation.country, **extra)
        for _ in range(count)
    ]


def test_groups_of_fewer_than_five_people_are_hidden():
    framework = build_framework()
    big = OrganisationFactory(name="Big", region=Region.LT_VILNIUS)
    small = OrganisationFactory(name="Small", region=Region.LT_KAUNAS)
    for index, person in enumerate(_people(5, big)):
        assess(person, framework, {"A1": 1 + index % 2})
    for person in _people(4, small):
        assess(person, framework, {"A1": 4})
    result = selectors.level_distribution(framework, "organisation")
    assert [group.label for group in result.groups] == ["Big"]
    assert result.hidden_groups == 1
    assert result.groups[0].people == 5
    assert result.groups[0].distribution["A1"] == {1: 3, 2: 2}
    assert result.groups[0].rows[0]["counts"] == [3, 2, 0, 0]
    by_region = selectors.level_distribution(framework, "region")
    assert [group.key for group in by_region.groups] == [Region.LT_VILNIUS]
    by_country = selectors.level_distribution(framework, "country")
    assert [(group.key, group.people) for group in by_country.groups] == [(Country.LT, 9)]
    assert by_country.groups[0].distribution["A1"] == {1: 3, 2: 2, 4: 4}


def test_only_the_latest_self_assessment_counts():
    framework = build_framework()
    organisation = OrganisationFactory()
    for person in _people(5, organisation):
        assess(person, framework, {"A1": 1}, on=JAN)
        assess(person, framework, {"A1": 3}, on=JUN)
    result = selectors.level_distribution(framework, "organisation")
    assert result.groups[0].distribution["A1"] == {3: 5}
    earlier = selectors.level_distribution(framework, "organisation", on=JAN)
    assert earlier.groups[0].distribution["A1"] == {1: 5}


def test_the_validated_basis_counts_each_persons_highest_validated_level():
    framework = build_framework()
    competency = framework.competencies.get(code="A1")
    organisation = OrganisationFactory()
    for index, person in enumerate(_people(5, organisation)):
        assess(person, framework, {"A1": 4})  # self-assessed: never mixed in
        EvidenceFactory(person=person, competency=competency, validated_level=2)
        if index < 2:
            EvidenceFactory(person=person, competency=competency, validated_level=3)
    EvidenceFactory(person=_people(1, organisation)[0], competency=competency)  # not validated
    validated = selectors.level_distribution(framework, "organisation", basis="validated")
    assert validated.basis == "validated"
    assert validated.groups[0].people == 5
    assert validated.groups[0].distribution["A1"] == {2: 3, 3: 2}
    own = selectors.level_distribution(framework, "organisation")
    assert own.groups[0].distribution["A1"] == {4: 5}


def test_an_unknown_grouping_or_basis_is_refused():
    with pytest.raises(ValueError):
        selectors.level_distribution(build_framework(), "password")
    with pytest.raises(ValueError):
        selectors.level_distribution(build_framework(), "country", basis="average")


def test_linkable_competencies_are_the_newest_published_frameworks(
    django_assert_max_num_queries,
):
    assert selectors.linkable_competencies().framework is None
    assert selectors.linkable_competencies().levels == [1, 2, 3, 4]
    build_framework(slug="old", areas=1, per_area=1)
    newest = build_framework(slug="new", areas=2, per_area=2)
    build_framework(slug="draft", published=False)
    with django_assert_max_num_queries(3):
        linkable = selectors.linkable_competencies()
        assert [c.area.code for c in linkable.competencies] == ["A", "A", "B", "B"]
    assert linkable.framework == newest
    assert {c.framework_id for c in linkable.competencies} == {newest.pk}
    assert linkable.levels == [1, 2, 3, 4]
