"""Who does what in the integrity app."""

from tiltas.core.roles import MANAGERS, Role, Someone, has_staff_power

#: Write and answer on the guide: coordinators, integrity officers, administrators.
EDITORS = frozenset({Role.COORDINATOR, Role.INTEGRITY_OFFICER, Role.ADMINISTRATOR})
#: Open the consultation and publish a version: the project's coordinators.
PUBLISHERS = MANAGERS


def is_editor(user: Someone | None) -> bool:
    return has_staff_power(user, EDITORS)


def is_publisher(user: Someone | None) -> bool:
    return has_staff_power(user, PUBLISHERS)
