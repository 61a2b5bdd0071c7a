"""The six thematic areas, which the portal names."""

from tiltas.core.contributions import extension


def theme_titles() -> dict[int, str]:
    """The thematic areas' titles by position, in the current language (the
    portal knows them; without it, a number)."""
    titles = extension("portal.theme_titles")
    known = titles() if titles is not None else {}
    return {number: known.get(number) or str(number) for number in range(1, 7)}
