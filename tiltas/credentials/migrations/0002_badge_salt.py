# Each certificate's Open Badge salts the holder's e-mail with its own value.

import secrets

from django.db import migrations, models

import tiltas.credentials.models


def salt_each(apps, schema_editor):
    Certificate = apps.get_model("credentials", "Certificate")
    for certificate in Certificate.objects.only("pk"):
        Certificate.objects.filter(pk=certificate.pk).update(badge_salt=secrets.token_hex(16))


class Migration(migrations.Migration):
    dependencies = [
        ("credentials", "0001_initial"),
    ]

    operations = [
        migrations.AddField(
            model_name="certificate",
            name="badge_salt",
            field=models.CharField(
                default=tiltas.credentials.models.new_badge_salt, editable=False, max_length=32
            ),
        ),
        migrations.RunPython(salt_each, migrations.RunPython.noop),
    ]
