"""Each API URL's access rule comes from its operations' own ninja ``auth``,
whatever its path: a token-guarded endpoint cannot be listed as public."""

import pytest
from django.core.exceptions import ImproperlyConfigured
from ninja import NinjaAPI, Router

from tiltas.api.auth import PersonalToken
from tiltas.api.urls import access_rule, urlpatterns


def _rules(api: NinjaAPI) -> dict[str, str]:
    return {str(p.pattern): access_rule(p)(lambda r: None).access.kind for p in api.urls[0]}


def test_a_router_with_a_token_makes_its_urls_token_only_under_any_path():
    guarded = Router(auth=PersonalToken())
    guarded.get("/reports/drafts", url_name="drafts")(lambda request: [])
    open_router = Router()
    open_router.get("/reports", url_name="reports")(lambda request: [])
    open_router.get("/reports/mine", url_name="mine", auth=PersonalToken())(lambda request: [])
    api = NinjaAPI(urls_namespace="test-access-rules")
    api.add_router("/", guarded)
    api.add_router("/", open_router)

    rules = _rules(api)

    assert rules["reports/drafts"] == "token"
    assert rules["reports/mine"] == "token"
    assert rules["reports"] == "public"
    assert rules["openapi.json"] == "public"


def test_one_path_that_is_guarded_for_one_method_only_is_refused():
    router = Router()
    router.get("/reports", url_name="reports")(lambda request: [])
    router.post("/reports", url_name="reports_add", auth=PersonalToken())(lambda request: [])
    api = NinjaAPI(urls_namespace="test-mixed-rules")
    api.add_router("/", router)

    with pytest.raises(ImproperlyConfigured):
        _rules(api)


def test_the_management_endpoints_need_a_token_and_the_rest_is_public():
    rules = {str(p.pattern): p.callback.access.kind for p in urlpatterns}

    assert {path for path, kind in rules.items() if kind == "token"} == {
        "manage/events",
        "manage/events/<event_id>/participants",
        "manage/events/<event_id>/attendance",
        "manage/reports",
        "manage/reports/<report_id>/files/<file_format>",
        "manage/evidence",
        "manage/evidence/<bundle_id>/bundle",
        "manage/indicators/export",
    }
