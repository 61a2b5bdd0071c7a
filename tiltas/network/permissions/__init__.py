"""Permission-checked fetches of the network, one module per area; each raises
Http404 when the user may not see the object."""

from .directory import access_organisation_by_slug

__all__ = ["access_organisation_by_slug"]
