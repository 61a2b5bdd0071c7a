import pytest
from allauth.account.models import EmailAddress
from django.core.management import call_command
from PIL import Image

from tiltas.accounts.demo import DEMO_PASSWORD, ORGANISATIONS, load_demo, logo_lettering
from tiltas.accounts.models import Organisation, ProjectRole, User
from tiltas.accounts.selectors import organisation_list_by_project_role
from tiltas.core.access import has_totp
from tiltas.core.roles import Role

from .helpers import sign_in, totp_code


@pytest.mark.django_db
def test_demo_is_idempotent_and_complete():
    lines = load_demo()
    load_demo()
    assert any("make demo-totp" in line for line in lines)
    assert any("coordinator@demo.tiltas.lt" in line for line in lines)
    organisations = Organisation.objects.filter(is_demo=True)
    assert organisations.count() == 7
    assert organisations.filter(project_role=ProjectRole.APPLICANT).count() == 1
    assert organisations.filter(country="NO").count() == 2
    assert all(o.region and o.logo for o in organisations)
    with organisations.first().logo.open("rb") as logo:
        assert Image.open(logo).format == "PNG"
    for role in Role.values:
        assert User.objects.filter(email__endswith="@demo.tiltas.lt", role=role).exists()
    assert User.objects.filter(email__endswith="@demo.tiltas.lt").count() == 17
    assert not EmailAddress.objects.filter(
        email__endswith="@demo.tiltas.lt", verified=False
    ).exists()
    staff = User.objects.filter(email__endswith="@demo.tiltas.lt").exclude(role=Role.MEMBER)
    assert all(has_totp(person) for person in staff)
    assert organisation_list_by_project_role().first().project_role == ProjectRole.APPLICANT


@pytest.mark.django_db
def test_demo_coordinator_signs_in_with_totp(client):
    load_demo()
    response = sign_in(client, "coordinator@demo.tiltas.lt", DEMO_PASSWORD, code=totp_code())
    assert response.status_code == 302
    assert client.get("/lt/manage/").status_code == 200


def test_demo_totp_command_prints_the_current_code(capsys):
    before = totp_code()
    call_command("demo_totp")
    after = totp_code()
    out = capsys.readouterr().out
    assert out.split()[0] in {before, after}
    assert "seconds" in out


def test_every_demo_logo_draws_its_initials_with_real_letters():
    """ "Šilelių miesto savivaldybė" once came out as "□M": the font had no Š."""
    for _slug, name, *_rest in ORGANISATIONS:
        font, text = logo_lettering(name)
        missing = font.getmask("\ue000").getbbox()  # what the font draws for no glyph
        assert text and all(font.getmask(letter).getbbox() != missing for letter in text), name
    assert logo_lettering("Šilelių miesto savivaldybė (demo)")[1] in {"ŠM", "SM"}
