"""docs/security.md maps every requirement of SECURITY.md to the tests that
prove it; this keeps the map true: every row is there with a status, and every
test it names exists (a renamed or deleted test fails here, by name)."""

import ast
import re
from functools import cache
from pathlib import Path

from django.conf import settings

ROOT = Path(settings.BASE_DIR)
DOC = ROOT / "docs" / "security.md"
ROWS = [
    "AU-1", "AU-2", "AU-3", "SE-1", "SE-2", "SE-3", "AC-1", "AC-2", "AC-3",
    "IO-1", "IO-2", "IO-3", "UP-1", "UP-2", "RL-1", "LG-1", "LG-2", "PR-1",
    "PR-2", "WB-1", "WB-2", "WB-3", "WB-4", "AX-1", "AX-2", "BK-1", "BK-2",
]  # fmt: skip
TEST_NODE = re.compile(r"`([\w/.-]+\.py)::(\w+)`")
ROW = re.compile(r"^### ([A-Z]{2}-\d) — .+\n\*\*Status:\*\* (proven|partial)\b", re.MULTILINE)


@cache
def _tests_in(path: Path) -> frozenset[str]:
    """Names of the test functions of a module, top level or in a class."""
    tree = ast.parse(path.read_text())
    return frozenset(
        node.name
        for node in ast.walk(tree)
        if isinstance(node, ast.FunctionDef | ast.AsyncFunctionDef)
        and node.name.startswith("test_")
    )


def missing_tests(text: str, root: Path = ROOT) -> list[str]:
    missing = []
    for path, name in TEST_NODE.findall(text):
        module = root / path
        if not module.is_file():
            missing.append(f"{path}::{name} (no such file)")
        elif name not in _tests_in(module):
            missing.append(f"{path}::{name}")
    return missing


def test_every_requirement_has_a_status():
    rows = dict(ROW.findall(DOC.read_text()))
    assert list(rows) == ROWS, "rows missing, added or out of order"


def test_every_test_the_map_names_exists():
    text = DOC.read_text()
    assert len(TEST_NODE.findall(text)) > 100
    missing = missing_tests(text)
    assert not missing, "docs/security.md names tests that do not exist:\n" + "\n".join(missing)


def test_the_check_catches_a_renamed_test():
    text = "`tiltas/core/tests/test_security_doc.py::test_that_was_renamed`"
    assert missing_tests(text) == ["tiltas/core/tests/test_security_doc.py::test_that_was_renamed"]
    assert missing_tests("`nowhere/test_x.py::test_y`") == [
        "nowhere/test_x.py::test_y (no such file)"
    ]


def test_the_readme_links_the_map():
    assert "(docs/security.md)" in (ROOT / "README.md").read_text()
