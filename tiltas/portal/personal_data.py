"""What the portal holds about a person: the news items they wrote."""

from tiltas.core.personal_data import PersonalDataSource

from .models import NewsItem
from .services import author_data_erase, author_data_export

AUTHORS = PersonalDataSource(
    "portal", models=(NewsItem,), export=author_data_export, erase=author_data_erase
)
