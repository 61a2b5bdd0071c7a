"""A person's network profile, practices, comments and marks: exported, and erased."""

import pytest

from tiltas.accounts.tests.factories import OrganisationFactory, UserFactory
from tiltas.network.models import NetworkProfile, Practice, PracticeComment, PracticeUse, Visibility
from tiltas.network.personal_data.people import PEOPLE_AND_PRACTICES
from tiltas.network.services import practices as services
from tiltas.network.services.people import profile_save

from .factories import PracticeFactory

pytestmark = pytest.mark.django_db


def test_export_and_erasure_keep_the_practice_and_remove_the_person():
    person = UserFactory(organisation=OrganisationFactory())
    profile_save(person=person, data={"bio": "Apie mane", "email_visibility": Visibility.PUBLIC})
    written = PracticeFactory(author=person, title="Mano praktika")
    other = PracticeFactory()
    services.comment_add(actor=person, practice=other, body="Puiku")
    services.practice_use_mark(actor=person, practice=other)

    data = PEOPLE_AND_PRACTICES.export(person)
    assert data["network_profile"]["about_me"] == "Apie mane"
    assert data["network_profile"]["who_sees"]["email"] == "public"
    assert data["good_practices_written"][0]["title"] == "Mano praktika"
    assert data["good_practice_comments"][0]["comment"] == "Puiku"
    assert len(data["good_practices_marked_as_used"]) == 1

    PEOPLE_AND_PRACTICES.erase(person)
    assert not NetworkProfile.objects.filter(person=person).exists()
    assert not PracticeComment.objects.filter(author=person).exists()
    assert Practice.objects.get(pk=written.pk).author is None
    use = PracticeUse.objects.get(practice=other)
    assert use.marked_by is None  # the organisation still uses it
