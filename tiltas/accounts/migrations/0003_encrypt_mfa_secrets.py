"""TOTP secrets and recovery-code seeds stored before MFA_ENCRYPTION_KEY are
encrypted (tiltas.accounts.encryption); the way back stores them in clear."""

from django.db import migrations

from tiltas.accounts.encryption import authenticators_decrypt, authenticators_encrypt


def encrypt(apps, schema_editor):
    authenticators_encrypt(apps.get_model("mfa", "Authenticator"))


def decrypt(apps, schema_editor):
    authenticators_decrypt(apps.get_model("mfa", "Authenticator"))


class Migration(migrations.Migration):
    dependencies = [
        ("accounts", "0002_organisation_description_translations"),
        ("mfa", "0003_authenticator_type_uniq"),
    ]

    operations = [migrations.RunPython(encrypt, decrypt)]
