"""Coordinators freeze a month's indicators on demand (the scheduler does it
monthly), correct a snapshot with a reason, and look at every snapshot made."""

from django.contrib import messages
from django.core.exceptions import ValidationError
from django.core.paginator import Paginator
from django.http import HttpRequest, HttpResponse
from django.shortcuts import redirect, render
from django.utils.translation import gettext as _

from tiltas.core.access import roles_required
from tiltas.core.forms import form_add_service_error
from tiltas.core.roles import MANAGERS

from .. import selectors, services
from ..display import breakdown_tables
from ..forms import SnapshotForm
from ..permissions import access_snapshot_for_manage_by_id


@roles_required(*MANAGERS)
def snapshot_list(request: HttpRequest) -> HttpResponse:
    form = SnapshotForm(request.POST or None)
    if request.method == "POST" and form.is_valid():
        try:
            snapshot = services.snapshot_make(actor=request.user, **form.cleaned_data)
        except ValidationError as error:
            form_add_service_error(form, error)
        else:
            messages.success(request, _("The month's indicators were frozen in a snapshot."))
            return redirect("indicators:snapshot_detail", pk=snapshot.pk)
    page = Paginator(selectors.snapshot_list(), 50).get_page(request.GET.get("page"))
    return render(request, "indicators/manage/snapshot_list.html", {"form": form, "page": page})


@roles_required(*MANAGERS)
def snapshot_detail(request: HttpRequest, pk: int) -> HttpResponse:
    snapshot = access_snapshot_for_manage_by_id(request.user, pk)
    month = selectors.snapshot_progress(snapshot, selectors.MONTH)
    to_date = selectors.snapshot_progress(snapshot, selectors.TO_DATE)
    rows = [
        {
            "month": in_month,
            "to_date": so_far,
            # Coordinators only: exact figures.
            "month_tables": breakdown_tables(in_month, exact=True),
            "to_date_tables": breakdown_tables(so_far, exact=True),
        }
        for in_month, so_far in zip(month, to_date, strict=True)
    ]
    return render(
        request,
        "indicators/manage/snapshot_detail.html",
        {"snapshot": snapshot, "rows": rows, "period": selectors.month_bounds(snapshot.month)},
    )
