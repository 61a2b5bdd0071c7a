"""Self-assessments against the published framework (one item per competency),
and the target profile people compare themselves with."""

from datetime import timedelta

from django.utils import timezone

from .common import model


def generate(context) -> str:
    Framework = model("competencies.Framework")
    SelfAssessment = model("competencies.SelfAssessment")
    Item = model("competencies.SelfAssessmentItem")
    if Framework is None or SelfAssessment is None or Item is None:
        return "skipped (no competencies models)"
    framework = Framework.objects.filter(status="published").first()
    if framework is None:
        return "skipped (no published framework: run load_project first)"
    rng, plan, progress = context.rng, context.plan, context.progress
    competencies = list(framework.competencies.values_list("pk", flat=True))
    top = framework.levels.count() or 5
    now = timezone.now()
    people = context.people

    # About 2.5 assessments per person who assesses; the bench member has three.
    assessed = [
        people[0],
        *rng.sample(people[1:], min(len(people) - 1, plan.self_assessments * 2 // 5)),
    ]
    rows = []
    for index, person in enumerate(assessed):
        for months in sorted(rng.sample([1, 3, 6, 9, 12], 3 if index == 0 else rng.randint(1, 4))):
            if len(rows) >= plan.self_assessments:
                break
            when = now - timedelta(days=30 * months)
            rows.append(
                SelfAssessment(
                    person_id=person, framework=framework, date=when.date(), submitted_at=when
                )
            )
    assessments = progress.bulk(SelfAssessment, rows, total=len(rows), keep=True)
    progress.bulk(
        Item,
        (
            Item(assessment_id=assessment.pk, competency_id=competency, level=rng.randint(1, top))
            for assessment in assessments
            for competency in competencies
        ),
        total=len(assessments) * len(competencies),
    )

    ProfileChoice, TargetProfile = (
        model("competencies.ProfileChoice"),
        model("competencies.TargetProfile"),
    )
    profiles = list(TargetProfile.objects.values_list("pk", flat=True)) if TargetProfile else []
    if ProfileChoice is not None and profiles:
        already = set(ProfileChoice.objects.values_list("person_id", flat=True))
        progress.bulk(
            ProfileChoice,
            (
                ProfileChoice(person_id=person, profile_id=rng.choice(profiles))
                for person in assessed[::2]
                if person not in already
            ),
        )
    return f"{len(assessments)} self-assessments of {len(competencies)} competencies"
