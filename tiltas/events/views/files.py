"""Adding a document or photo to an event or a study visit: one page for both."""

from collections.abc import Callable

from django.contrib import messages
from django.core.exceptions import ValidationError
from django.http import HttpRequest, HttpResponse
from django.shortcuts import redirect, render
from django.utils.translation import gettext as _

from tiltas.core.forms import posted

from ..forms import FileForm


def add_file_page(
    request: HttpRequest, *, attach: Callable[..., object], owner_title: str, done_url: str
) -> HttpResponse:
    """The form; on a valid POST ``attach(kind=, title=, upload=)`` stores the
    file, and a refused file is named on the form with what was typed kept."""
    form = FileForm(*posted(request, files=True))
    if request.method == "POST" and form.is_valid():
        data = form.cleaned_data
        try:
            attach(kind=data["kind"], title=data["title"], upload=data["file"])
        except ValidationError as exc:
            form.add_error("file", exc)
        else:
            messages.success(request, _("The file was added."))
            return redirect(done_url)
    context = {"form": form, "owner_title": owner_title, "cancel_url": done_url}
    return render(request, "events/manage/file_form.html", context)
