"""Who does what in the integrity app."""

from tiltas.core.roles import MANAGERS, STAFF_ROLES, Role, Someone, has_staff_power

#: Write and answer on the guide: coordinators, integrity officers, administrators.
EDITORS = frozenset({Role.COORDINATOR, Role.INTEGRITY_OFFICER, Role.ADMINISTRATOR})
#: Open the consultation and publish a version: the project's coordinators.
PUBLISHERS = MANAGERS
#: Record adoptions of measures: coordinators for any organisation, integrity
#: officers for their own.
RECORDERS = PUBLISHERS | {Role.INTEGRITY_OFFICER}


def is_editor(user: Someone | None) -> bool:
    return has_staff_power(user, EDITORS)


def is_publisher(user: Someone | None) -> bool:
    return has_staff_power(user, PUBLISHERS)


def may_record_adoption(user: Someone | None, organisation_id: int | None) -> bool:
    """Coordinators record any organisation's adoptions; an integrity officer
    those of their own organisation."""
    if has_staff_power(user, PUBLISHERS):
        return True
    return (
        organisation_id is not None
        and has_staff_power(user, (Role.INTEGRITY_OFFICER,))
        and getattr(user, "organisation_id", None) == organisation_id
    )


def may_see_risks(user: Someone | None, organisation_id: int | None) -> bool:
    """A risk register is private to its organisation's staff and to the coordinators."""
    if has_staff_power(user, PUBLISHERS):
        return True
    return (
        organisation_id is not None
        and has_staff_power(user, STAFF_ROLES)
        and getattr(user, "organisation_id", None) == organisation_id
    )


#: Edit a register: coordinators, and the organisation's own integrity officer.
may_edit_risks = may_record_adoption
