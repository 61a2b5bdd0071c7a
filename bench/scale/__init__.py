"""Scale data: a realistic dataset at a scale factor, for the benchmark and query budgets.

x1 is about the demo's size; x100 is about 20,000 people, 500 organisations,
90 programmes of 40 lessons, 2,000 events, 100,000 registrations, 1,000,000
lesson-progress records, 50,000 self-assessments, 1,000 network clusters and
100,000 posts (three threads of 1,200). Each app's generator runs
only when the app and its models exist, so the dataset grows with the project.
"""

import math
import random
from collections.abc import Callable
from dataclasses import dataclass

from .common import Progress


@dataclass(frozen=True)
class Plan:
    scale: float

    def count(self, at_100: int, minimum: int = 1) -> int:
        return max(minimum, math.ceil(at_100 * self.scale / 100))

    @property
    def organisations(self) -> int:
        return self.count(500, 5)

    @property
    def people(self) -> int:
        return self.count(20_000, 50)

    @property
    def news(self) -> int:
        return self.count(300, 5)

    @property
    def programmes(self) -> int:
        return self.count(90, 2)

    lessons_per_module = 8
    modules_per_programme = 5  # 40 lessons

    @property
    def events(self) -> int:
        return self.count(2_000, 10)

    @property
    def registrations(self) -> int:
        return self.count(100_000, 200)

    @property
    def progress(self) -> int:
        return self.count(1_000_000, 1_000)

    @property
    def self_assessments(self) -> int:
        return self.count(50_000, 100)

    @property
    def clusters(self) -> int:
        return self.count(1_000, 10)

    @property
    def posts(self) -> int:
        return self.count(100_000, 100)

    #: Threads of ``long_thread_posts`` posts each, in the first clusters.
    long_threads = 3

    @property
    def long_thread_posts(self) -> int:
        return self.count(1_200, 65)  # more than two pages of 30 posts at any scale

    @property
    def big_cluster(self) -> int:
        """Members of each long thread's cluster."""
        return self.count(400, 12)

    #: Members of any other cluster, at most.
    cluster_size = 30


#: The person the benchmark signs in as: the first generated person, given a
#: full history (three programmes, registrations, three self-assessments).
BENCH_MEMBER_EMAIL = "person000000@scale.tiltas.test"


def member_email(tag: str = "scale") -> str:
    return f"person000000@{tag}.tiltas.test"


@dataclass
class Context:
    plan: Plan
    rng: random.Random
    progress: Progress
    #: Primary keys of the generated people; the bench member first.
    people: list[int]
    organisations: list[int]
    #: Prefix of generated slugs and e-mail domains, so batches can sit side by side.
    tag: str = "scale"


def generate(
    scale: float, write: Callable[[str], None], seed: int = 2026, tag: str = "scale"
) -> dict[str, int]:
    from . import accounts, competencies, events, learning, network, portal

    plan = Plan(scale)
    context = Context(plan, random.Random(seed), Progress(write), [], [], tag)
    for name, generator in [
        ("accounts", accounts.generate),
        ("portal", portal.generate),
        ("learning", learning.generate),
        ("events", events.generate),
        ("competencies", competencies.generate),
        ("network", network.generate),
    ]:
        message = generator(context)
        write(f"{name}: {message}")
    return context.progress.counts
