"""The public REST API, ``/api/v1/``: read-only, paginated, documented by its
OpenAPI 3.1 schema (``/api/v1/openapi.json``) and interactive docs
(``/api/v1/docs``). Texts come in the language of ``Accept-Language`` (lt, en
or nb; Lithuanian otherwise). It reads every app through its selectors and
shows what the public pages show, nothing more."""

from typing import Any

from ninja import NinjaAPI

from .routers import (
    credentials,
    events,
    evidence,
    exports,
    integrity,
    learning,
    manage,
    network,
    portal,
    reports,
    results,
)

_DETAIL = {"type": "object", "properties": {"detail": {}}, "required": ["detail"]}
INVALID = {
    "description": "A parameter is not one the operation takes (which and why in detail)",
    "content": {"application/json": {"schema": _DETAIL}},
}
NOT_FOUND = {
    "description": "Nothing public has this address",
    "content": {"application/json": {"schema": _DETAIL}},
}

UNAUTHORISED = {
    "description": "No token, or one unknown, expired, revoked or of someone no longer staff",
    "content": {"application/json": {"schema": _DETAIL}},
}
TOO_MANY = {
    "description": "Too many requests with this token: wait a minute",
    "content": {"application/json": {"schema": _DETAIL}},
}
READ_ONLY = {
    "description": "The token may only read",
    "content": {"application/json": {"schema": _DETAIL}},
}


DESCRIPTION = """Open data of the Tiltas social-clustering programme (EEA and Norway Grants).

**Management endpoints** (`/manage/…`) take a personal token (`Authorization: Bearer tlt_…`,
made on the API tokens page) and act with its holder's own rights. Trainers reach the
events they teach, their participants and attendance. Coordinators and administrators
reach every event and, besides, the donor reports (list, files, asking for one), the
evidence bundles and the results export with exact figures; a trainer's token gets 403
there. Writing needs a token made with the write scope; so does downloading an evidence
bundle: it holds participants' names and signatures, and where the management page asks
for the password again, a token cannot be asked, so a read-only token (one left on a
check-in tablet, say) never carries a bundle away. Downloads are audited and limited to
30 per 10 minutes per token; every call to 120 a minute."""


class TiltasAPI(NinjaAPI):
    def get_openapi_schema(self, **kwargs: Any) -> Any:
        """ninja's schema, with the answers it leaves out: 422 for a refused
        parameter and 404 for an address with nothing public behind it."""
        schema = super().get_openapi_schema(**kwargs)
        for operations in schema["paths"].values():
            for operation in operations.values():
                parameters = operation.get("parameters", [])
                if parameters or "requestBody" in operation:
                    operation["responses"].setdefault("422", INVALID)
                if any(parameter["in"] == "path" for parameter in parameters):
                    operation["responses"].setdefault("404", NOT_FOUND)
                if operation.get("security"):
                    operation["responses"].setdefault("401", UNAUTHORISED)
                    operation["responses"].setdefault("429", TOO_MANY)
                    if operation is operations.get("put") or operation is operations.get("post"):
                        operation["responses"].setdefault("403", READ_ONLY)
        return schema


api = TiltasAPI(
    title="Tiltas API",
    version="1",
    description=DESCRIPTION,
    urls_namespace="api",
    docs_url="/docs",
    openapi_url="/openapi.json",
)
for module in (
    learning,
    events,
    results,
    portal,
    integrity,
    network,
    credentials,
    manage,
    reports,
    evidence,
    exports,
):
    api.add_router("/", module.router)
