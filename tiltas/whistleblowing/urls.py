from django.urls import URLPattern, URLResolver

app_name = "whistleblowing"

urlpatterns: list[URLPattern | URLResolver] = []
