"""The social-clustering network: clusters (public and private) with their
members, organisations and themes; threads and posts in lt, en and nb (a few
long threads among many short ones); reactions, subscriptions, edits, hidden
and flagged posts; network profiles of some people.

Counters kept as the services keep them: a thread's ``post_count`` is its
posts, ``last_posted_at`` its last post's time; every author watches the
threads they wrote in. The bench member belongs to the clusters of the long
threads (the first of them as its owner is another member).
"""

from datetime import timedelta

from django.utils import timezone
from django.utils.text import slugify

from .common import model
from .network_texts import BIOS, CLUSTER_TOPICS, TITLES, body

LANGUAGE_OF = {"LT": "lt", "NO": "nb", "": "en"}
#: A regular thread: 1 + this on average more posts (exponential, capped).
MEAN_REPLIES, MOST_POSTS = 12, 300


def _spread(rng, count: int, start, end) -> list:
    """``count`` times between ``start`` and ``end``, in order."""
    span = (end - start).total_seconds()
    return [start + timedelta(seconds=s) for s in sorted(rng.random() * span for _ in range(count))]


def _clusters(context, Cluster, now) -> list:
    rng, plan = context.rng, context.plan

    def clusters():
        for n in range(plan.clusters):
            country = rng.choice(["LT", "LT", "NO", ""])
            language = LANGUAGE_OF[country]
            topic = rng.choice(CLUSTER_TOPICS[language])
            private = n % 5 == 4  # every fifth; the long threads' clusters (0..) are public
            yield Cluster(
                name=f"{topic} {n:04d}",
                slug=f"{context.tag}-cluster-{n:04d}",
                description=f"{topic}: " + " ".join(TITLES[language][:3]),
                goal=TITLES[language][-1],
                country=country,
                visibility="private" if private else "public",
                join_policy="request" if private or rng.random() < 0.3 else "open",
                created_at=now - timedelta(days=700 - n % 100),
            )

    return context.progress.bulk(Cluster, clusters(), total=plan.clusters, keep=True)


def _members(context, clusters, people: dict[int, tuple]) -> dict[int, list[int]]:
    """Members of each cluster (the first one its owner); long-thread clusters
    are big, and the bench member belongs to them and to one private cluster."""
    rng, plan = context.rng, context.plan
    pks = list(people)
    members: dict[int, list[int]] = {}
    for n, cluster in enumerate(clusters):
        size = plan.big_cluster if n < plan.long_threads else rng.randint(4, plan.cluster_size)
        chosen = rng.sample(pks, min(size, len(pks)))
        bench = pks[0]
        if (n < plan.long_threads or n == 4) and bench not in chosen:
            chosen.append(bench)
        if chosen[0] == bench:  # the bench member is an ordinary member
            chosen.append(chosen.pop(0))
        members[cluster.pk] = chosen
    return members


def _threads(context, clusters, members, now) -> tuple[list, list[list]]:
    """Threads (unsaved) and their posts' (time, author) in order."""
    rng, plan = context.rng, context.plan
    threads = []
    languages = {c.pk: LANGUAGE_OF[c.country] for c in clusters}

    def add(cluster, count: int, days: int) -> None:
        authors = members[cluster.pk]
        times = _spread(rng, count, now - timedelta(days=days), now - timedelta(minutes=5))
        posts = [(at, rng.choice(authors)) for at in times]
        title = rng.choice(TITLES[languages[cluster.pk]])
        threads.append((cluster, title, posts))

    for n in range(plan.long_threads):
        add(clusters[n], plan.long_thread_posts, 500)
    left = plan.posts - plan.long_threads * plan.long_thread_posts
    while left > 0:
        count = min(left, 1 + min(MOST_POSTS, int(rng.expovariate(1 / MEAN_REPLIES))))
        add(rng.choice(clusters), count, rng.randint(1, 600))
        left -= count
    Thread = model("network.Thread")
    objects = [
        Thread(
            cluster=cluster,
            title=f"{title} ({n})",
            author_id=posts[0][1],
            created_at=posts[0][0],
            last_posted_at=posts[-1][0],
            post_count=len(posts),
        )
        for n, (cluster, title, posts) in enumerate(threads)
    ]
    return objects, [posts for _c, _t, posts in threads]


def generate(context) -> str:
    Cluster, Thread, Post = (model(f"network.{name}") for name in ("Cluster", "Thread", "Post"))
    if Cluster is None or Thread is None or Post is None:
        return "skipped (no network models)"
    rng, plan, progress = context.rng, context.plan, context.progress
    now = timezone.now()
    User = model("accounts.User")
    people = {
        pk: (organisation, name)
        for pk, organisation, name in User.objects.filter(pk__in=context.people)
        .order_by("pk")
        .values_list("pk", "organisation_id", "full_name")
    }
    clusters = _clusters(context, Cluster, now)
    members = _members(context, clusters, people)
    Membership = model("network.ClusterMembership")
    progress.bulk(
        Membership,
        (
            Membership(
                cluster_id=cluster, person_id=person, role="owner" if n == 0 else "member",
                joined_at=now - timedelta(days=rng.randint(30, 600)),
            )
            for cluster, chosen in members.items()
            for n, person in enumerate(chosen)
        ),
    )  # fmt: skip
    ClusterOrganisation = model("network.ClusterOrganisation")
    ClusterTheme = model("network.ClusterTheme")
    progress.bulk(
        ClusterOrganisation,
        (
            ClusterOrganisation(cluster_id=cluster, organisation_id=organisation)
            for cluster, chosen in members.items()
            for organisation in dict.fromkeys(people[p][0] for p in chosen if people[p][0])
        ),
    )
    progress.bulk(
        ClusterTheme,
        (
            ClusterTheme(cluster=cluster, theme=theme)
            for cluster in clusters
            for theme in rng.sample(range(1, 7), rng.randint(1, 2))
        ),
    )

    threads, timelines = _threads(context, clusters, members, now)
    threads = progress.bulk(Thread, threads, total=len(threads), keep=True)
    handles = {pk: slugify(name) for pk, (_organisation, name) in people.items()}
    languages = {c.pk: LANGUAGE_OF[c.country] for c in clusters}

    def posts():
        for thread, timeline in zip(threads, timelines, strict=True):
            language = languages[thread.cluster_id]
            names = [handles[p] for p in members[thread.cluster_id][:50]]
            for at, author in timeline:
                roll = rng.random()
                yield Post(
                    thread_id=thread.pk,
                    author_id=author,
                    body=body(rng, language, names),
                    created_at=at,
                    edited_at=at + timedelta(hours=1) if roll < 0.02 else None,
                    is_hidden=0.02 <= roll < 0.025,
                )

    progress.bulk(Post, posts(), total=plan.posts)
    _around_posts(context, threads, members)
    _profiles(context, people)
    return (
        f"{len(clusters)} clusters, {len(threads)} threads, {plan.posts} posts"
        f" (longest {max(len(t) for t in timelines)})"
    )


def _some(rng, people: list[int], most: int = 3) -> list[int]:
    return rng.sample(people, min(most, len(people)))


def _around_posts(context, threads, members) -> None:
    """Reactions, subscriptions (every author watches; some members mute or
    follow normally), revisions of edited posts and flags on hidden ones."""
    rng, progress = context.rng, context.progress
    Post, Reaction = model("network.Post"), model("network.Reaction")
    cluster_of = {t.pk: t.cluster_id for t in threads}
    rows = Post.objects.filter(thread_id__in=cluster_of).values_list(
        "pk", "thread_id", "author_id", "created_at", "edited_at", "is_hidden", "body"
    )
    reactions, watching, revisions, flags = [], {}, [], []
    for pk, thread, author, created_at, edited_at, hidden, text in rows.iterator():
        watching.setdefault((thread, author), "watching")
        if rng.random() < 0.35:
            for person in _some(rng, members[cluster_of[thread]], rng.randint(1, 3)):
                if person != author:
                    kind = rng.choice(["useful", "useful", "thanks"])
                    at = created_at + timedelta(hours=2)
                    reactions.append(
                        Reaction(post_id=pk, person_id=person, kind=kind, created_at=at)
                    )
        if edited_at:
            revisions.append((pk, author, edited_at, text.split("\n\n")[0]))
        if hidden:
            flags.append((pk, thread, author, created_at))
    progress.bulk(Reaction, reactions)
    for thread in threads[:200]:  # some members mute or follow only mentions
        for person in _some(rng, members[thread.cluster_id]):
            watching.setdefault((thread.pk, person), rng.choice(["muted", "normal"]))
    Subscription = model("network.Subscription")
    progress.bulk(
        Subscription,
        (Subscription(thread_id=t, person_id=p, level=level) for (t, p), level in watching.items()),
    )
    PostRevision, Flag = model("network.PostRevision"), model("network.Flag")
    progress.bulk(
        PostRevision,
        (PostRevision(post_id=pk, body=old, edited_by_id=author, edited_at=at)
         for pk, author, at, old in revisions),
    )  # fmt: skip

    def flagged():
        for pk, thread, author, created_at in flags:
            person = next(p for p in members[cluster_of[thread]] + [None] if p != author)
            if person is not None:
                yield Flag(post_id=pk, person_id=person, reason="spam",
                           created_at=created_at + timedelta(hours=3),
                           resolved_at=created_at + timedelta(hours=6))  # fmt: skip

    progress.bulk(Flag, flagged())


def _profiles(context, people) -> None:
    """A network profile for about a third of the people, parts shown to various audiences."""
    NetworkProfile = model("network.NetworkProfile")
    if NetworkProfile is None:
        return
    rng = context.rng
    seen = ["public", "members", "members", "hidden"]

    def profiles():
        for pk in people:
            if rng.random() < 0.33:
                yield NetworkProfile(
                    person_id=pk,
                    bio=BIOS[rng.choice(["lt", "lt", "en", "nb"])],
                    organisation_visibility=rng.choice(seen[:3]),
                    region_visibility=rng.choice(seen),
                    bio_visibility=rng.choice(seen),
                )

    context.progress.bulk(NetworkProfile, profiles())
