from allauth.account.adapter import DefaultAccountAdapter


class AccountAdapter(DefaultAccountAdapter):
    """Hooks Tiltas into allauth (e-mail language, sign-up details)."""
