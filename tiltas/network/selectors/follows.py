"""Whether a member follows something, for the buttons on its page."""

from tiltas.accounts.models import Organisation, User, Visitor

from ..models import Cluster, Follow


def follows(
    viewer: Visitor,
    *,
    cluster: Cluster | None = None,
    person: User | None = None,
    organisation: Organisation | None = None,
) -> bool:
    if not viewer.is_authenticated:
        return False
    target = {"cluster": cluster, "person": person, "organisation": organisation}
    chosen = {name: value for name, value in target.items() if value is not None}
    return Follow.objects.filter(follower_id=viewer.pk, **chosen).exists()
