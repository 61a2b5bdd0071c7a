"""The demo programmes of the description: six social-clustering competency
programmes (activity 1.1.3) and three administrative-capacity programmes (1.2.1).
Texts are (lt, en, nb); lesson bodies and quizzes are in Lithuanian."""

from .administrative_capacity import ADMINISTRATIVE_CAPACITY
from .reflections import lesson_body
from .social_clustering_a import SOCIAL_CLUSTERING_A
from .social_clustering_b import SOCIAL_CLUSTERING_B

__all__ = ["PROGRAMMES", "lesson_body"]

PROGRAMMES = [*SOCIAL_CLUSTERING_A, *SOCIAL_CLUSTERING_B, *ADMINISTRATIVE_CAPACITY]
