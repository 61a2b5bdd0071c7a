import pytest
from django.core.exceptions import ValidationError
from django.utils import translation

from tiltas.competencies.content import load_project
from tiltas.competencies.csvio import COLUMNS, framework_to_csv
from tiltas.competencies.models import Area, Competency, Framework, LevelDescriptor
from tiltas.competencies.services import framework_import

from .factories import build_framework

pytestmark = pytest.mark.django_db


@pytest.fixture(autouse=True)
def _english():
    with translation.override("en"):
        yield


HEADER = ",".join(COLUMNS)


def dump(framework: Framework) -> dict:
    """Everything that makes a framework, without ids, version or status."""
    langs = ("lt", "en", "nb")

    def texts(obj, *fields):
        return tuple(getattr(obj, f"{field}_{c}") or "" for field in fields for c in langs)

    return {
        "slug": framework.slug,
        "texts": texts(framework, "title", "description"),
        "levels": [(lv.number, texts(lv, "name", "description")) for lv in framework.levels.all()],
        "areas": sorted(
            (a.code, a.order, texts(a, "name", "description")) for a in framework.areas.all()
        ),
        "competencies": sorted(
            (c.code, c.area.code, c.order, texts(c, "name", "description"))
            for c in framework.competencies.select_related("area")
        ),
        "descriptors": sorted(
            (d.competency.code, d.level, texts(d, "text"))
            for d in LevelDescriptor.objects.filter(competency__framework=framework)
        ),
    }


def test_export_then_import_gives_the_same_framework(coordinator):
    load_project()
    original = Framework.objects.get()
    exported = framework_to_csv(original)
    imported = framework_import(actor=coordinator, content=exported.encode())
    assert imported.version == original.version + 1
    assert imported.status == "draft"
    assert dump(imported) == dump(original)
    assert framework_to_csv(imported) == exported


def test_formulas_are_neutralised_in_the_export_and_restored_on_import(coordinator):
    framework = build_framework()
    area = framework.areas.first()
    area.name_en = '=HYPERLINK("http://evil.example","x")'
    area.description_nb = "-1 og +2"
    area.save()
    exported = framework_to_csv(framework)
    assert "'=HYPERLINK" in exported
    assert "\n=" not in exported and ",=" not in exported
    imported = framework_import(actor=coordinator, content=exported.encode("utf-8"))
    copy = imported.areas.get(code=area.code)
    assert copy.name_en == area.name_en
    assert copy.description_nb == "-1 og +2"


def _rows(*lines: str) -> bytes:
    return ("\n".join([HEADER, *lines]) + "\n").encode()


GOOD = [
    "framework,model,,,,Modelis,Model,Modell,,,",
    "level,,,,1,Žinantis,Aware,Bevisst,,,",
    "level,,,,2,Taikantis,Practising,Utøvende,,,",
    "area,A,,1,,Sritis,Area,Område,,,",
    "competency,A1,A,1,,Kompetencija,Competency,Kompetanse,,,",
    "descriptor,,A1,,1,,,,Žino,Knows,Vet",
    "descriptor,,A1,,2,,,,Taiko,Applies,Bruker",
]


def test_a_well_formed_file_is_imported(coordinator):
    framework = framework_import(actor=coordinator, content=_rows(*GOOD))
    assert (framework.slug, framework.version) == ("model", 1)
    assert framework.competencies.get().descriptors.count() == 2


def _errors(content: bytes, coordinator) -> list[str]:
    counts = (Framework.objects.count(), Area.objects.count(), Competency.objects.count())
    with pytest.raises(ValidationError) as error:
        framework_import(actor=coordinator, content=content)
    # Nothing was half-imported.
    assert counts == (Framework.objects.count(), Area.objects.count(), Competency.objects.count())
    return error.value.messages


def test_unknown_columns_reject_the_file(coordinator):
    content = (HEADER + ",colour\n" + "\n".join(g + "," for g in GOOD) + "\n").encode()
    messages = _errors(content, coordinator)
    assert messages == ["Line 1: unknown columns: colour"]


def test_duplicate_codes_reject_the_whole_file_with_line_numbers(coordinator):
    content = _rows(*GOOD, "competency,A1,A,2,,Dar kartą,Again,Igjen,,,", "area,A,,2,,Vėl,,,,,")
    messages = _errors(content, coordinator)
    assert messages == ["Line 9: duplicate code “A1”", "Line 10: duplicate code “A”"]


def test_bad_levels_reject_the_file(coordinator):
    content = _rows(
        *GOOD,
        "level,,,,x,Blogas,,,,,",
        "descriptor,,A1,,3,,,,Trečias,Third,Tredje",
        "descriptor,,A9,,1,,,,Niekieno,Nobody's,Ingens",
    )
    messages = _errors(content, coordinator)
    assert "Line 9: the level must be a whole number from 1" in messages
    assert "Line 10: level 3 is not on the scale" in messages
    assert "Line 11: unknown competency “A9”" in messages


def test_a_gap_in_the_scale_and_a_missing_framework_row_are_reported(coordinator):
    content = _rows(*GOOD[1:2], "level,,,,3,Trečias,,,,,")
    messages = _errors(content, coordinator)
    assert "Line 2: the file has no framework row" in messages
    assert "Line 2: the levels must be numbered 1, 2, 3 … without gaps" in messages


def test_a_file_that_is_not_utf8_is_refused(coordinator):
    assert _errors(_rows(*GOOD).replace(b"Modelis", b"Model\xe9"), coordinator) == [
        "The file is not UTF-8 text."
    ]


def test_importing_a_known_framework_adds_a_version(coordinator):
    build_framework(slug="model")
    framework = framework_import(actor=coordinator, content=_rows(*GOOD))
    assert framework.version == 2 and framework.status == "draft"
