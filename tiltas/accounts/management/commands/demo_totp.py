"""Print the current TOTP code of the demo staff and how long it stays valid."""

import time

from allauth.mfa import app_settings
from allauth.mfa.totp.internal.auth import format_hotp_value, hotp_value
from django.conf import settings
from django.core.management.base import BaseCommand


class Command(BaseCommand):
    help = "Print the demo staff's current TOTP code and the seconds it stays valid."

    def handle(self, *args, **options) -> None:
        now = time.time()
        period = app_settings.TOTP_PERIOD
        code = format_hotp_value(hotp_value(settings.TILTAS_DEMO_TOTP_SECRET, int(now // period)))
        seconds_left = period - int(now % period)
        self.stdout.write(f"{code}  (valid for {seconds_left} more seconds)")
