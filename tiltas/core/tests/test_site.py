"""One address for the site, in every process (everyday-use issue, item 2).

``make run PORT=8810`` used to give only the web server the port: the worker
and the scheduler sent e-mails that linked to :8000.
"""

import subprocess

import pytest
from django.conf import settings as django_settings

from tiltas.core.site import absolute_url, base_url

from .test_security_settings import production_env, run_python


def test_links_are_built_on_the_setting(settings):
    settings.TILTAS_BASE_URL = "https://tiltas.example"
    assert base_url() == "https://tiltas.example"
    assert absolute_url("/lt/events/") == "https://tiltas.example/lt/events/"
    settings.TILTAS_BASE_URL = "https://tiltas.example/"  # a trailing slash is forgiven
    assert absolute_url("/lt/") == "https://tiltas.example/lt/"


def test_make_run_gives_every_process_the_same_address():
    plan = subprocess.run(
        ["make", "-n", "run", "PORT=8810"],  # noqa: S607 - make from PATH
        cwd=django_settings.BASE_DIR, capture_output=True, text=True, check=True,
    ).stdout  # fmt: skip
    for process in ("db_worker", "run_schedule", "runserver"):
        [line] = [line for line in plan.splitlines() if f"manage.py {process}" in line]
        assert "TILTAS_BASE_URL=http://127.0.0.1:8810 " in line, line


@pytest.mark.parametrize(
    ("address", "refused"),
    [
        (None, True),  # unset
        ("http://tiltas.example", True),  # not https
        ("https://elsewhere.example", True),  # not one of ALLOWED_HOSTS
        ("https://tiltas.example/lt/", True),  # a path would double the language
        ("https://tiltas.example", False),
    ],
)
def test_production_refuses_to_start_without_the_sites_address(tmp_path, address, refused):
    env = production_env(tmp_path)
    env.pop("TILTAS_BASE_URL")
    if address is not None:
        env["TILTAS_BASE_URL"] = address
    result = run_python(["manage.py", "check"], env)
    assert (result.returncode != 0) is refused, result.stdout + result.stderr
    assert ("tiltas.E010" in result.stderr) is refused
