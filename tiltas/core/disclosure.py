"""Small groups in public figures: a count of fewer than a handful of people can
single someone out, so public breakdowns show it as "< 5" (coordinators, who may
see the people themselves, get exact figures)."""

#: Groups of fewer people than this are not shown as a number in public.
MIN_GROUP_SIZE = 5


def is_small(count: int, minimum: int = MIN_GROUP_SIZE) -> bool:
    """Whether a group of ``count`` people is too small to show (none at all is not)."""
    return 0 < count < minimum


def suppress_small(count: int, minimum: int = MIN_GROUP_SIZE) -> int | str:
    """The count as a public breakdown shows it: the number, or "< 5" for a small group."""
    return f"< {minimum}" if is_small(count, minimum) else count
