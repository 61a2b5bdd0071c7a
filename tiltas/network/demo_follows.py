"""Demo follows: the demo member follows a cluster, a person and an
organisation, so that their home page shows a stream. Idempotent."""

from tiltas.accounts.models import Organisation, User

from .models import Cluster
from .services.activity import activity_backfill
from .services.follows import follow_set

MEMBER = "member@demo.tiltas.lt"
CLUSTER = "demo-youth-services"
PERSON = "member07@demo.tiltas.lt"
ORGANISATION = "fjordvik-kommune-demo"


def load_demo() -> list[str]:
    recorded = activity_backfill()
    member = User.objects.filter(email=MEMBER).first()
    if member is None:
        return [f"  network: {recorded} stream items"]
    targets = {
        "cluster": Cluster.objects.filter(slug=CLUSTER).first(),
        "person": User.objects.filter(email=PERSON).first(),
        "organisation": Organisation.objects.filter(slug=ORGANISATION).first(),
    }
    followed = 0
    for name, target in targets.items():
        if target is not None:
            follow_set(follower=member, following=True, **{name: target})
            followed += 1
    return [f"  network: {recorded} stream items, {MEMBER} follows {followed}"]
