import os

from django.core.wsgi import get_wsgi_application

os.environ.setdefault("DJANGO_SETTINGS_MODULE", "config.settings")
application = get_wsgi_application()

# gunicorn runs no system checks: production refuses to serve with a
# configuration they reject (tiltas/core/checks.py).
from tiltas.core.checks import refuse_to_start_when_misconfigured  # noqa: E402

refuse_to_start_when_misconfigured()
