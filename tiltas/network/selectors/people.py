"""Reads of the people directory and profiles: each part of a profile is shown
only to those its owner chose (public, members, hidden)."""

from dataclasses import dataclass, field

from django.db.models import Prefetch, Q, QuerySet

from tiltas.accounts.models import Organisation, User, Visitor
from tiltas.competencies import selectors as competencies
from tiltas.competencies.models import Area

from ..models import PROFILE_PARTS, SEEN_BY_MEMBERS, NetworkProfile, Visibility


def _profile(person: User) -> NetworkProfile | None:
    # A missing one-to-one row raises an AttributeError too (RelatedObjectDoesNotExist).
    profile: NetworkProfile | None = getattr(person, "network_profile", None)
    return profile


def visibility_of(person: User, part: str) -> str:
    """Who may see ``part`` of the person's profile (the default when they have none)."""
    profile = _profile(person)
    return getattr(profile, f"{part}_visibility") if profile else PROFILE_PARTS[part]


def may_see(viewer: Visitor, person: User, part: str) -> bool:
    if viewer.is_authenticated and viewer.pk == person.pk:
        return True
    visibility = visibility_of(person, part)
    if visibility == Visibility.PUBLIC:
        return True
    return visibility == Visibility.MEMBERS and viewer.is_authenticated


def _not_hidden(part: str) -> Q:
    """People whose ``part`` members may see (no profile yet: the default)."""
    if PROFILE_PARTS[part] == Visibility.HIDDEN:
        return Q(**{f"network_profile__{part}_visibility__in": SEEN_BY_MEMBERS})
    return Q(network_profile__isnull=True) | Q(
        **{f"network_profile__{part}_visibility__in": SEEN_BY_MEMBERS}
    )


def _public(part: str) -> Q:
    return Q(**{f"network_profile__{part}_visibility": Visibility.PUBLIC})


def people_directory(
    *, country: str = "", region: str = "", type: str = "", area: str = ""
) -> QuerySet[User]:
    """Active members, for signed-in members, narrowed by the filters given, by
    name (the ``user_active_by_name`` index); a filter only finds people by a
    part of their profile that members may see. Paginate their ids and read
    the page's people with :func:`people_shown`."""
    rows = User.objects.filter(is_active=True)
    if country:
        rows = rows.filter(Q(country=country) | Q(country="", organisation__country=country))
    if region:
        own = Q(network_profile__region=region)
        from_organisation = (Q(network_profile__isnull=True) | Q(network_profile__region="")) & Q(
            organisation__region=region
        )
        rows = rows.filter(own | from_organisation).filter(_not_hidden("region"))
    if type:
        rows = rows.filter(organisation__type=type).filter(_not_hidden("organisation"))
    if area:
        rows = rows.filter(
            network_profile__areas__code=area,
            network_profile__competencies_visibility__in=SEEN_BY_MEMBERS,
        ).distinct()
    return rows.order_by("full_name", "pk")


def people_shown(ids: list[int]) -> list[User]:
    """The people of a directory page, by their ids in the page's order, with
    their organisation and profile: joined for these rows only, not for every
    row the page's ``OFFSET`` skips."""
    found = User.objects.select_related("organisation", "network_profile").in_bulk(ids)
    return [found[pk] for pk in ids if pk in found]


@dataclass
class PersonCard:
    """What a viewer may see of a person, in the directory and on their page."""

    person: User
    organisation: Organisation | None = None
    position: str = ""
    region: str = ""
    bio: str = ""
    email: str = ""
    competencies: list[tuple[str, int | None, int | None]] = field(default_factory=list)
    shows_competencies: bool = False

    @property
    def name(self) -> str:
        return self.person.full_name


def _region_label(person: User) -> str:
    profile = _profile(person)
    if profile and profile.region:
        return profile.get_region_display()
    organisation = person.organisation
    return organisation.get_region_display() if organisation and organisation.region else ""


def person_card(viewer: Visitor, person: User) -> PersonCard:
    """The parts of ``person`` that ``viewer`` may see (no query beyond the
    person's organisation and profile, which callers select)."""
    card = PersonCard(person=person)
    if may_see(viewer, person, "organisation"):
        card.organisation = person.organisation
    if may_see(viewer, person, "position"):
        card.position = person.position
    if may_see(viewer, person, "region"):
        card.region = _region_label(person)
    profile = _profile(person)
    if profile and may_see(viewer, person, "bio"):
        card.bio = profile.bio
    if may_see(viewer, person, "email"):
        card.email = person.email
    card.shows_competencies = may_see(viewer, person, "competencies")
    return card


def person_cards(viewer: Visitor, people: list[User]) -> list[PersonCard]:
    return [person_card(viewer, person) for person in people]


def competency_summary(person: User) -> list[tuple[str, int | None, int | None]]:
    """Per area of the published framework: the person's highest self-assessed
    and highest validated level (None where they have none), in a few queries."""
    framework = competencies.framework_published()
    if framework is None:
        return []
    own = competencies.latest_self_levels(person, framework)
    validated = competencies.validated_levels(person, framework)
    rows = []
    for area in competencies.framework_tree(framework):
        codes = [competency.code for competency in area.competencies.all()]
        mine = [own[code] for code in codes if code in own]
        checked = [validated[code] for code in codes if code in validated]
        if mine or checked:
            rows.append((area.name, max(mine, default=None), max(checked, default=None)))
    return rows


def profile_page(viewer: Visitor, person: User) -> PersonCard:
    card = person_card(viewer, person)
    if card.shows_competencies:
        card.competencies = competency_summary(person)
    return card


def shows_anything_publicly(person: User) -> bool:
    return any(visibility_of(person, part) == Visibility.PUBLIC for part in PROFILE_PARTS)


def organisation_people(viewer: Visitor, organisation: Organisation) -> list[PersonCard]:
    """The organisation's active people who let ``viewer`` see where they work."""
    visible = _public("organisation")
    if viewer.is_authenticated:
        visible = _not_hidden("organisation")
    people = (
        organisation.people.filter(is_active=True)
        .filter(visible)
        .select_related("organisation", "network_profile")
        .order_by("full_name", "pk")
    )
    return person_cards(viewer, list(people))


def area_choices() -> list[tuple[str, str]]:
    """The published framework's competency areas, by code, for the filter."""
    framework = competencies.framework_published()
    if framework is None:
        return []
    return [(area.code, area.name) for area in framework.areas.order_by("order", "code")]


def profile_of(person: User) -> NetworkProfile | None:
    """The person's own profile for their settings page (None: not written yet)."""
    return (
        NetworkProfile.objects.filter(person=person)
        .prefetch_related(Prefetch("areas", queryset=Area.objects.order_by("order")))
        .first()
    )


def profile_areas() -> QuerySet[Area]:
    """The competency areas a person may say they work in: the published framework's."""
    framework = competencies.framework_published()
    if framework is None:
        return Area.objects.none()
    return framework.areas.order_by("order", "code")
