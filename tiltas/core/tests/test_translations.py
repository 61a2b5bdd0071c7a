"""The lt and nb catalogues are complete: no untranslated and no fuzzy entry.

msgids are English, so the en catalogues may stay empty. The parser below reads
the subset of the PO format that ``makemessages`` writes (no new dependency).
"""

import ast
from dataclasses import dataclass, field
from pathlib import Path

import pytest
from django.conf import settings

LANGUAGES = ("lt", "nb")
BASE_DIR = Path(settings.BASE_DIR)


@dataclass
class Entry:
    line: int
    flags: set[str] = field(default_factory=set)
    msgctxt: str | None = None
    msgid: str = ""
    msgid_plural: str | None = None
    msgstr: dict[int, str] = field(default_factory=dict)
    obsolete: bool = False

    @property
    def label(self) -> str:
        context = f" (context {self.msgctxt!r})" if self.msgctxt is not None else ""
        return f"line {self.line}: {self.msgid!r}{context}"


def _string(text: str) -> str:
    # PO strings use C escapes, which Python's literal syntax covers.
    return ast.literal_eval(text.strip())


def parse_po(text: str) -> list[Entry]:
    """The entries of a PO file, with their flags and every msgstr form."""
    entries: list[Entry] = []
    entry: Entry | None = None
    target: tuple[str, int] | None = None  # which field a continuation line extends
    for number, raw in enumerate(text.splitlines(), start=1):
        line = raw.strip()
        if not line:
            entry, target = None, None
            continue
        if line.startswith("#~"):
            if entry is None:
                entry = Entry(line=number, obsolete=True)
                entries.append(entry)
            entry.obsolete = True
            continue
        if entry is None:
            entry = Entry(line=number)
            entries.append(entry)
        if line.startswith("#,"):
            entry.flags |= {flag.strip() for flag in line[2:].split(",")}
        elif line.startswith("#"):
            continue
        elif line.startswith('"'):
            if target is None:
                raise ValueError(f"line {number}: string outside an entry")
            _append(entry, target, _string(line))
        else:
            keyword, _, rest = line.partition(" ")
            if keyword.startswith("msgstr["):
                target = ("msgstr", int(keyword[7:-1]))
            elif keyword in {"msgctxt", "msgid", "msgid_plural", "msgstr"}:
                target = (keyword, 0)
            else:
                raise ValueError(f"line {number}: unexpected {keyword!r}")
            if keyword == "msgid":
                entry.line = number
            _set(entry, target, _string(rest))
    return [item for item in entries if not item.obsolete]


def _set(entry: Entry, target: tuple[str, int], value: str) -> None:
    name, index = target
    if name == "msgstr":
        entry.msgstr[index] = value
    else:
        setattr(entry, name, value)


def _append(entry: Entry, target: tuple[str, int], value: str) -> None:
    name, index = target
    if name == "msgstr":
        entry.msgstr[index] += value
    else:
        setattr(entry, name, (getattr(entry, name) or "") + value)


def _nplurals(header: Entry | None) -> int | None:
    if header is None:
        return None
    for line in header.msgstr.get(0, "").splitlines():
        if line.lower().startswith("plural-forms:") and "nplurals=" in line:
            return int(line.split("nplurals=")[1].split(";")[0].strip())
    return None


def catalogue_problems(text: str) -> list[str]:
    entries = parse_po(text)
    header = next((item for item in entries if item.msgid == "" and item.msgctxt is None), None)
    nplurals = _nplurals(header)
    problems = []
    if header is not None and nplurals is None:
        problems.append("header has no Plural-Forms")
    for entry in entries:
        if entry is header:
            continue  # makemessages marks the header fuzzy; msgfmt still uses it
        if "fuzzy" in entry.flags:
            problems.append(f"{entry.label} is fuzzy")
        forms = entry.msgstr
        if entry.msgid_plural is not None and nplurals is not None:
            forms = {index: forms.get(index, "") for index in range(nplurals)}
        if not forms or any(not value for value in forms.values()):
            problems.append(f"{entry.label} is not translated")
    return problems


def catalogues() -> list[Path]:
    found = []
    for language in LANGUAGES:
        found += sorted(BASE_DIR.glob(f"locale/{language}/LC_MESSAGES/*.po"))
        found += sorted(BASE_DIR.glob(f"tiltas/*/locale/{language}/LC_MESSAGES/*.po"))
    return found


CATALOGUES = catalogues()


def test_every_app_has_lt_and_nb_catalogues():
    for app_locale in sorted(BASE_DIR.glob("tiltas/*/locale")):
        for language in LANGUAGES:
            assert (app_locale / language / "LC_MESSAGES" / "django.po").exists(), (
                f"{app_locale.relative_to(BASE_DIR)} has no {language} catalogue"
            )
    assert CATALOGUES, "no catalogues found"


@pytest.mark.parametrize(
    "path", CATALOGUES, ids=[str(path.relative_to(BASE_DIR)) for path in CATALOGUES]
)
def test_catalogue_is_complete(path: Path):
    problems = catalogue_problems(path.read_text(encoding="utf-8"))
    assert not problems, f"{path.relative_to(BASE_DIR)}:\n  " + "\n  ".join(problems)


SAMPLE = r"""# header comment
#, fuzzy
msgid ""
msgstr ""
"Language: lt\n"
"Plural-Forms: nplurals=3; plural=(n%10==1 ? 0 : 1);\n"

#: a.py:1
msgid "Done"
msgstr "Atlikta"

#, fuzzy, python-format
msgid "Hello %(name)s"
msgstr "Labas %(name)s"

msgid ""
"Long "
"text"
msgstr ""

msgctxt "month"
msgid "May"
msgstr "Gegužė"

msgid "one day"
msgid_plural "%(count)s days"
msgstr[0] "viena diena"
msgstr[1] ""

msgid "one week"
msgid_plural "%(count)s weeks"
msgstr[0] "savaitė"
msgstr[1] "savaitės"

#~ msgid "Old"
#~ msgstr ""
"""


def test_parser_finds_fuzzy_untranslated_and_missing_plural_forms():
    problems = catalogue_problems(SAMPLE)
    assert problems == [
        "line 13: 'Hello %(name)s' is fuzzy",
        "line 16: 'Long text' is not translated",
        "line 25: 'one day' is not translated",
        "line 30: 'one week' is not translated",  # only 2 of nplurals=3 forms
    ]


def test_parser_accepts_a_complete_catalogue():
    complete = SAMPLE.split("#, fuzzy, python-format")[0]
    assert catalogue_problems(complete) == []
    entries = parse_po(SAMPLE)
    assert [entry.msgctxt for entry in entries if entry.msgid == "May"] == ["month"]
