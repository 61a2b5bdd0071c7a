"""Encrypt every stored second-factor secret with the first MFA_ENCRYPTION_KEY:
after adding a new key in front of the old one (then the old one can go), or
for secrets written in clear by anything but Tiltas."""

from allauth.mfa.models import Authenticator
from django.core.management.base import BaseCommand, CommandError
from django.db import transaction

from tiltas.accounts.encryption import UnknownKeyError, authenticators_encrypt


class Command(BaseCommand):
    help = "Encrypt every TOTP secret and recovery-code seed with the first MFA_ENCRYPTION_KEY."

    def handle(self, *args, **options) -> None:
        try:
            with transaction.atomic():
                count = authenticators_encrypt(Authenticator)
        except UnknownKeyError as error:
            raise CommandError(str(error)) from error
        self.stdout.write(f"{count} authenticators encrypted with the first key.")
