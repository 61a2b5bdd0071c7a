"""Writes of the competency model. Every function runs in a transaction and
records an audit entry. Other apps import from here:
``from tiltas.competencies.services import evidence_add_automatic``."""

from .evidence import (
    evidence_add_automatic,
    evidence_delete,
    evidence_upload,
    evidence_validate,
    person_data_erase,
    person_data_export,
)
from .frameworks import (
    area_create,
    area_update,
    competency_create,
    competency_update,
    framework_archive,
    framework_create,
    framework_create_version,
    framework_import,
    framework_problems,
    framework_publish,
    framework_update,
)
from .profiles import (
    profile_choose,
    self_assessment_submit,
    target_profile_create,
    target_profile_update,
)

__all__ = [
    "area_create",
    "area_update",
    "competency_create",
    "competency_update",
    "evidence_add_automatic",
    "evidence_delete",
    "evidence_upload",
    "evidence_validate",
    "framework_archive",
    "framework_create",
    "framework_create_version",
    "framework_import",
    "framework_problems",
    "framework_publish",
    "framework_update",
    "person_data_erase",
    "person_data_export",
    "profile_choose",
    "self_assessment_submit",
    "target_profile_create",
    "target_profile_update",
]
