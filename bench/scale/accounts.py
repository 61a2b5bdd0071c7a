"""Organisations, people and their sign-in records."""

from datetime import timedelta

from django.contrib.auth.hashers import make_password
from django.utils import timezone

from .common import model

REGIONS = {
    "LT": [
        "LT-AL",
        "LT-KU",
        "LT-KL",
        "LT-MR",
        "LT-PN",
        "LT-SA",
        "LT-TA",
        "LT-TE",
        "LT-UT",
        "LT-VL",
    ],
    "NO": ["NO-03", "NO-11", "NO-15", "NO-18", "NO-46", "NO-50"],
}
TYPES = ["municipality", "state", "ngo", "business", "education", "other"]
FIRST = ["Rasa", "Tomas", "Lina", "Mantas", "Eglė", "Darius", "Kari", "Ola", "Sigrid", "Eirik"]
LAST = ["Petraitis", "Kazlauskas", "Vaitkutė", "Jankauskas", "Nordmann", "Haugen", "Lunde", "Berg"]


def generate(context) -> str:
    Organisation, User = model("accounts.Organisation"), model("accounts.User")
    if Organisation is None or User is None:
        return "skipped (no accounts models)"
    domain = f"{context.tag}.tiltas.test"
    if User.objects.filter(email__endswith=f"@{domain}").exists():
        raise RuntimeError("Scale data is already loaded: generate it into a fresh database.")
    rng, plan, progress = context.rng, context.plan, context.progress
    now = timezone.now()

    def organisations():
        for n in range(plan.organisations):
            country = "LT" if rng.random() < 0.75 else "NO"
            yield Organisation(
                name=f"Organisation {n:04d}",
                slug=f"{context.tag}-organisation-{n:04d}",
                type=rng.choice(TYPES),
                country=country,
                region=rng.choice(REGIONS[country]),
            )

    created = progress.bulk(Organisation, organisations(), total=plan.organisations, keep=True)
    context.organisations = [o.pk for o in created]
    countries = {o.pk: o.country for o in created}

    password = make_password(None)  # unusable: scale people never sign in with a password

    def people():
        for n in range(plan.people):
            organisation = rng.choice(context.organisations)
            yield User(
                email=f"person{n:06d}@{domain}",
                full_name=f"{rng.choice(FIRST)} {rng.choice(LAST)} {n}",
                password=password,
                country=countries[organisation],
                organisation_id=organisation,
                sex=rng.choice(["", "female", "male", "female", "male", "other"]),
                date_joined=now - timedelta(days=rng.randint(0, 700)),
                is_demo=True,
            )

    # The first person is the benchmark's member (BENCH_MEMBER_EMAIL): a full history.
    context.people = [p.pk for p in progress.bulk(User, people(), total=plan.people, keep=True)]

    LoginRecord = model("accounts.LoginRecord")
    if LoginRecord is not None:

        def logins():
            for pk in context.people:
                for _ in range(rng.randint(0, 4)):
                    yield LoginRecord(user_id=pk, at=now - timedelta(minutes=rng.randint(0, 10**6)))

        progress.bulk(LoginRecord, logins())
    return f"{len(context.organisations)} organisations, {len(context.people)} people"
