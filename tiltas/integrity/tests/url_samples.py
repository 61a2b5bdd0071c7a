"""Arguments to reverse every URL of the integrity app that takes some (permission matrix)."""

from tiltas.integrity.models import Comment, GuideState
from tiltas.integrity.services import comment_add

from .factories import first_section, the_guide


def url_samples() -> dict[str, dict]:
    from tiltas.accounts.tests.factories import UserFactory

    guide = the_guide()
    section = first_section(guide)
    guide.state = GuideState.CONSULTATION
    guide.save()
    comment = Comment.objects.first() or comment_add(
        section=section, author=UserFactory(), body="Ar tai taikoma ir seniūnijoms?"
    )
    return {
        "integrity:version": {"number": 1},
        "integrity:version_pdf": {"number": 1},
        "integrity:comment": {"pk": section.pk},
        "integrity:manage_chapter_edit": {"pk": section.chapter_id},
        "integrity:manage_section_create": {"pk": section.chapter_id},
        "integrity:manage_section_edit": {"pk": section.pk},
        "integrity:manage_comment_answer": {"pk": comment.pk},
    }
