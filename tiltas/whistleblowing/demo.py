"""Demo content of the channel: the demo integrity officer handles the reports
of their organisation, and one demo report awaits acknowledgement. Idempotent."""

from tiltas.accounts.models import User

from .models import CaseHandler
from .services.reporting import Report, case_submit

DEMO_OFFICER = "integrity@demo.tiltas.lt"
DEMO_REPORT = {
    "lt": (
        "Savivaldybės viešųjų pirkimų komisijos narys vertino pasiūlymą įmonės, kurioje "
        "dirba jo brolis, ir nenusišalino."
    ),
    "en": (
        "A member of the municipality's procurement committee scored a tender from the "
        "company his brother works for, and did not step aside."
    ),
    "nb": (
        "Et medlem av kommunens innkjøpskomité vurderte et tilbud fra firmaet broren "
        "hans jobber i, uten å melde seg inhabil."
    ),
}


def load_demo() -> list[str]:
    officer = User.objects.filter(email=DEMO_OFFICER).select_related("organisation").first()
    if officer is None or officer.organisation is None:
        return []
    _handler, created = CaseHandler.objects.get_or_create(
        user=officer, organisation=officer.organisation
    )
    lines = [f"Case handler: {officer.email} for {officer.organisation.name}"]
    if created:
        receipt = case_submit(
            report=Report(
                organisation=officer.organisation,
                what=f"{DEMO_REPORT['lt']}\n\n{DEMO_REPORT['en']}\n\n{DEMO_REPORT['nb']}",
                when="2026-10",
                who="Pirkimų komisija / procurement committee / innkjøpskomiteen",
            )
        )
        lines.append(f"Demo report, receipt code {receipt.code}")
    return lines
