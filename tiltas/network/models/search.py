"""The network's search index: one entry per searchable thing (and per language
for programmes), with who may find it. PostgreSQL keeps a text-search vector
per entry in the entry's language; SQLite keeps an FTS5 table beside it (see
the 0003_search migration and ``services/search.py``)."""

from django.conf import settings
from django.contrib.postgres.search import SearchVectorField
from django.db import models
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from django.utils.translation import pgettext_lazy

from .clusters import Cluster
from .practices import Practice
from .threads import Post, Thread


class SearchKind(models.TextChoices):
    THREAD = "thread", _("Thread")
    POST = "post", pgettext_lazy("a kind of search result", "Post")
    PRACTICE = "practice", _("Good practice")
    PROGRAMME = "programme", _("Training programme")
    PERSON = "person", _("Person")


class SearchAudience(models.TextChoices):
    PUBLIC = "public"
    MEMBERS = "members"
    #: Only the members of ``cluster`` (a private cluster's threads and posts).
    CLUSTER = "cluster"


class SearchEntry(models.Model):
    kind = models.CharField(max_length=10, choices=SearchKind.choices)
    #: The id of the thread, post, practice, programme or person.
    object_id = models.PositiveBigIntegerField()
    #: The language of the text ("" for names, which have none).
    language = models.CharField(max_length=5, blank=True)
    title = models.CharField(max_length=300)
    body = models.TextField(blank=True)
    audience = models.CharField(max_length=10, choices=SearchAudience.choices)
    # The things themselves: an entry goes with them, and the search reads
    # their state (a hidden post, a suspended person) in the same query.
    cluster = models.ForeignKey(Cluster, on_delete=models.CASCADE, null=True, related_name="+")
    thread = models.ForeignKey(Thread, on_delete=models.CASCADE, null=True, related_name="+")
    post = models.ForeignKey(Post, on_delete=models.CASCADE, null=True, related_name="+")
    practice = models.ForeignKey(Practice, on_delete=models.CASCADE, null=True, related_name="+")
    programme = models.ForeignKey(
        "learning.Programme", on_delete=models.CASCADE, null=True, related_name="+"
    )
    person = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.CASCADE, null=True, related_name="+"
    )
    updated_at = models.DateTimeField(default=timezone.now)
    #: PostgreSQL only (empty on SQLite): title (weight A) and body (B) in the
    #: text-search configuration of ``language``; a GIN index on PostgreSQL.
    search_vector = SearchVectorField(null=True, editable=False)

    class Meta:
        constraints = [
            models.UniqueConstraint(
                fields=["kind", "object_id", "language"], name="network_search_entry_once"
            ),
            models.CheckConstraint(
                condition=~models.Q(audience=SearchAudience.CLUSTER)
                | models.Q(cluster__isnull=False),
                name="network_search_cluster_audience_has_cluster",
            ),
        ]

    def __str__(self) -> str:
        return f"{self.kind} #{self.object_id} ({self.language or '-'})"
