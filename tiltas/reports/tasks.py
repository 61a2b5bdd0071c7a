"""Background work: drawing a donor report."""

from django.tasks import task

from .generation import report_generate


@task()
def generate_report(report_id: int) -> bool:
    return report_generate(report_id)
