"""Reads of the network app, one module per area (directory, people, practices, clusters …)."""

from .directory import organisations_directory

__all__ = ["organisations_directory"]
