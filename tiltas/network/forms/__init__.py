from .directory import DirectoryFilterForm

__all__ = ["DirectoryFilterForm"]
