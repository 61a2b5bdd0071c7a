"""Every URL pattern of the site, for the permission matrix and the browser tests.

Patterns that take arguments are reversed with kwargs from the owning app's
``tiltas/<app>/tests/url_samples.py``::

    def url_samples() -> dict[str, dict]:
        return {"news_detail": {"slug": NewsItemFactory(published=True).slug}}

Keys may be the bare URL name or the namespaced one (``"portal:news_detail"``).
An app may also list names whose sample only exists after a POST, so that a
404 there counts as reached: ``NOT_FOUND_BY_DESIGN = {"name": "why"}``.

Pages a signed-in person opens only once they belong to something (a private
cluster) come from ``member_url_samples(person)``, which makes ``person`` a
member and gives kwargs per URL name the same way (see :func:`member_urls`).
"""

from dataclasses import dataclass
from importlib import import_module
from importlib.util import find_spec
from types import ModuleType

from django.urls import URLPattern, URLResolver, get_resolver, reverse
from django.urls.resolvers import LocalePrefixPattern
from django.utils import translation

ADMIN_NAMESPACE = "admin"


class MissingSample(LookupError):
    """A pattern takes arguments and its app gives no sample for it."""


@dataclass(frozen=True)
class Route:
    name: str | None  # "namespace:name"; None for unnamed patterns
    route: str  # the pattern as written, for messages
    app: str | None  # label of the tiltas app whose urls.py holds it
    takes_arguments: bool
    localised: bool  # under i18n_patterns (/<lang>/…)
    callback: object

    @property
    def label(self) -> str:
        return self.name or f"<unnamed {self.route}>"

    @property
    def bare_name(self) -> str | None:
        return self.name.rsplit(":", 1)[-1] if self.name else None

    @property
    def access(self):
        return getattr(self.callback, "access", None)


def _owner(modules: tuple[str, ...]) -> str | None:
    for module in reversed(modules):
        parts = module.split(".")
        if len(parts) > 1 and parts[0] == "tiltas":
            return parts[1]
    return None


def _module_name(resolver: URLResolver) -> str:
    urlconf = resolver.urlconf_name
    if isinstance(urlconf, str):
        return urlconf
    return getattr(urlconf, "__name__", "")


def _walk(patterns, namespaces=(), modules=(), prefix="", localised=False, arguments=False):
    for pattern in patterns:
        if isinstance(pattern, URLResolver):
            if pattern.namespace == ADMIN_NAMESPACE:
                continue  # the admin has its own tests
            yield from _walk(
                pattern.url_patterns,
                (*namespaces, pattern.namespace) if pattern.namespace else namespaces,
                (*modules, _module_name(pattern)),
                prefix + str(pattern.pattern),
                localised or isinstance(pattern.pattern, LocalePrefixPattern),
                arguments or bool(pattern.pattern.regex.groups),
            )
        elif isinstance(pattern, URLPattern):
            name = ":".join((*namespaces, pattern.name)) if pattern.name else None
            yield Route(
                name=name,
                route=prefix + str(pattern.pattern),
                app=_owner(modules),
                takes_arguments=arguments or bool(pattern.pattern.regex.groups),
                localised=localised,
                callback=pattern.callback,
            )


def collect_routes() -> list[Route]:
    """Every URL pattern outside the admin, in resolver order, one per name."""
    seen: set[str] = set()
    routes = []
    for route in _walk(get_resolver().url_patterns):
        if route.label in seen:
            continue  # reverse() only ever reaches the first pattern of a name
        seen.add(route.label)
        routes.append(route)
    return routes


def _samples_module(route: Route) -> ModuleType | None:
    return _app_samples(route.app) if route.app else None


def _app_samples(app: str) -> ModuleType | None:
    name = f"tiltas.{app}.tests.url_samples"
    return import_module(name) if find_spec(name) is not None else None


def sample_kwargs(route: Route, cache: dict | None = None) -> dict:
    """kwargs for ``route``; needs database access (samples create objects).

    ``cache`` keeps one ``url_samples()`` result per app within a test.
    """
    module = _samples_module(route)
    what = f"{route.label} ({route.route}) takes arguments but"
    where = f"tiltas/{route.app or '<app>'}/tests/url_samples.py"
    if module is None:
        raise MissingSample(f"{what} {where} does not exist")
    if cache is not None and route.app in cache:
        samples = cache[route.app]
    else:
        samples = module.url_samples()
        if cache is not None:
            cache[route.app] = samples
    for key in (route.name, route.bare_name):
        if key in samples:
            return samples[key]
    raise MissingSample(f"{what} url_samples() in {where} gives none for it")


def not_found_by_design(route: Route) -> bool:
    module = _samples_module(route)
    names = getattr(module, "NOT_FOUND_BY_DESIGN", {}) if module else {}
    return route.name in names or route.bare_name in names


def url_of(route: Route, language: str, cache: dict | None = None) -> str:
    with translation.override(language):
        if route.name is None:
            if route.takes_arguments:
                raise MissingSample(f"{route.label}: a pattern with arguments needs a name")
            return "/" + route.route.replace("^", "").replace("$", "")
        kwargs = sample_kwargs(route, cache) if route.takes_arguments else {}
        return reverse(route.name, kwargs=kwargs)


def member_urls(person: object, language: str, cache: dict) -> list[str]:
    """URLs of the pages ``person`` opens as a member of what each app's
    ``member_url_samples(person)`` made them a member of; ``cache`` keeps one
    result per app within a test, so every language walks the same objects."""
    urls = []
    for app in sorted({route.app for route in collect_routes() if route.app}):
        module = _app_samples(app)
        make = getattr(module, "member_url_samples", None)
        if make is None:
            continue
        key = f"{app}:members"
        if key not in cache:
            cache[key] = make(person)
        with translation.override(language):
            urls += [reverse(name, kwargs=kwargs) for name, kwargs in cache[key].items()]
    return urls
