"""Arguments for the permission-matrix test: one sample per URL name that takes any."""

from datetime import date

from django.core.files.base import ContentFile

from tiltas.reports.models import Report, ReportStatus

PDF = b"%PDF-1.4\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n"


def url_samples() -> dict[str, dict]:
    report = Report.objects.create(
        start=date(2026, 3, 1), end=date(2026, 3, 31), language="lt", status=ReportStatus.READY
    )
    report.pdf.save("sample.pdf", ContentFile(PDF), save=False)
    report.xlsx.save("sample.xlsx", ContentFile(b"PK\x03\x04"), save=False)
    report.csv.save("sample.csv", ContentFile(b"a,b\n"), save=False)
    report.save()
    return {
        "reports:report_detail": {"pk": report.pk},
        "reports:report_pdf": {"pk": report.pk},
        "reports:report_xlsx": {"pk": report.pk},
        "reports:report_csv": {"pk": report.pk},
        "reports:narratives": {"period": "2026-01_2026-03"},
    }
