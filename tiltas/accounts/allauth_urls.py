"""allauth's URLs, included as they are, with an access rule on each view.

allauth protects its own views; the rules here let the permission-matrix test
check that it does (deny by default: a new allauth URL fails that test until
it is classified here).
"""

from allauth import urls as allauth_urls
from django.urls import URLPattern, URLResolver

from tiltas.core.access import AccessRule, classify

#: allauth views anyone may open; every other allauth view needs a signed-in person.
PUBLIC_NAMES = frozenset(
    {
        "account_login",
        "account_signup",
        "account_logout",
        "account_confirm_email",
        "account_email_verification_sent",
        "account_reset_password",
        "account_reset_password_done",
        "account_reset_password_from_key",
        "account_reset_password_from_key_done",
        "account_inactive",
        "account_login_code_confirm",
        "account_request_login_code",
        "account_confirm_login_code",
        "mfa_authenticate",
        "mfa_trust",
    }
)


def _classify(patterns: list) -> None:
    for pattern in patterns:
        if isinstance(pattern, URLResolver):
            _classify(pattern.url_patterns)
        elif isinstance(pattern, URLPattern):
            rule = AccessRule("public") if pattern.name in PUBLIC_NAMES else AccessRule("signed_in")
            classify(rule, [pattern.callback])


_classify(allauth_urls.urlpatterns)
urlpatterns = allauth_urls.urlpatterns
