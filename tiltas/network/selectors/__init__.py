"""Reads of the network app, one module per area (directory, people, practices, clusters …)."""

from .directory import (
    organisation_clusters,
    organisation_events,
    organisation_measures,
    organisations_directory,
    people_counted,
)

__all__ = [
    "organisation_clusters",
    "organisation_events",
    "organisation_measures",
    "organisations_directory",
    "people_counted",
]
