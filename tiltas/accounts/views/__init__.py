from .manage import (
    organisation_create,
    organisation_edit,
    organisation_list,
    people_list,
    person_deactivate,
    person_role_change,
)
from .personal import account_delete, consent_withdraw, my_data, my_data_download, profile
from .public import organisation_logo

__all__ = [
    "account_delete",
    "consent_withdraw",
    "my_data",
    "my_data_download",
    "organisation_create",
    "organisation_edit",
    "organisation_list",
    "organisation_logo",
    "people_list",
    "person_deactivate",
    "person_role_change",
    "profile",
]
