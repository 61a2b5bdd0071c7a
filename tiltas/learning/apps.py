from django.utils.translation import gettext_lazy as _

from tiltas.core.platform import CacheScope, HomeCard, ManageSection, NavItem, PlatformApp, WayIn
from tiltas.core.roles import TEACHERS


class LearningConfig(PlatformApp):
    name = "tiltas.learning"
    label = "learning"
    verbose_name = _("Learning")

    navigation = (NavItem("learning:catalogue", _("Programmes"), "programmes", order=40),)
    manage_sections = (ManageSection("learning:manage_list", _("Programmes"), TEACHERS, order=50),)
    home_cards = (
        HomeCard(
            "learning:dashboard",
            _("My programmes"),
            _("Your programmes, progress and lifelong-learning record."),
            order=10,
        ),
    )
    home_ways_in = (
        WayIn(
            "learning:catalogue",
            _("Learn online"),
            _("Programmes on social clustering and administrative capacity, at your own pace."),
            order=20,
        ),
    )
    next_steps = "tiltas.learning.selectors.next_steps"
    personal_data = (
        "tiltas.learning.personal_data.AUTHORING",
        "tiltas.learning.personal_data.LEARNING",
    )
    counters = {
        "learning.programmes_published": "tiltas.learning.counting.programmes_published",
        "learning.material_sets_published": "tiltas.learning.counting.material_sets_published",
        "learning.vle_in_use": "tiltas.learning.counting.vle_in_use",
    }
    demo_content = "tiltas.learning.demo.load_demo"
    cache_scopes = (
        CacheScope("learning.Programme"),
        CacheScope("learning.Module", "learning.Programme", via="programme_id"),
        CacheScope("learning.Lesson", "learning.Programme", via="module.programme_id"),
        CacheScope(
            "learning.LessonAttachment", "learning.Programme", via="lesson.module.programme_id"
        ),
        CacheScope("learning.Quiz", "learning.Programme", via="module.programme_id"),
        CacheScope("learning.ProgrammeCompetency", "learning.Programme", via="programme_id"),
        CacheScope("learning.MaterialSet", "learning.Programme", via="programme_id"),
        CacheScope("learning.Material", "learning.Programme", via="material_set.programme_id"),
    )
    receivers = "tiltas.learning.receivers.connect"
    # The competency profile suggests the programmes that develop a competency;
    # a trainer reviews the evidence of the competencies their programmes develop.
    extensions = {
        "competencies.programmes_developing": "tiltas.learning.selectors.programmes_developing",
        "competencies.taught_by": "tiltas.learning.selectors.catalogue.competencies_taught_by",
    }
