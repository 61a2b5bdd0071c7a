"""Clusters, threads and posts for the network's tests."""

import factory

from tiltas.accounts.tests.factories import UserFactory
from tiltas.network.models import (
    Cluster,
    ClusterMembership,
    ClusterRole,
    ClusterVisibility,
    JoinPolicy,
    Post,
    Thread,
)


class ClusterFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Cluster

    name = factory.Sequence(lambda n: f"Klasteris {n}")
    slug = factory.Sequence(lambda n: f"cluster-{n}")
    description = "Savivaldybės kartu mažina korupcijos riziką."
    visibility = ClusterVisibility.PUBLIC
    join_policy = JoinPolicy.OPEN


class MembershipFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = ClusterMembership

    cluster = factory.SubFactory(ClusterFactory)
    person = factory.SubFactory(UserFactory)
    role = ClusterRole.MEMBER


class ThreadFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Thread

    cluster = factory.SubFactory(ClusterFactory)
    title = factory.Sequence(lambda n: f"Thread {n}")


class PostFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Post

    thread = factory.SubFactory(ThreadFactory)
    author = factory.SubFactory(UserFactory)
    body = "Sveiki, kolegos!"
