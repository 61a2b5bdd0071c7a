from django.urls import path

from .views import email, inbox

app_name = "notifications"

urlpatterns = [
    path("notifications/", inbox.notification_list, name="list"),
    path("notifications/read/", inbox.notification_read_all, name="read_all"),
    path("notifications/<int:pk>/open/", inbox.notification_open, name="open"),
    path("notifications/<int:pk>/read/", inbox.notification_read, name="read"),
    path("notifications/e-mail/", email.preferences, name="preferences"),
    path("notifications/unsubscribe/<str:token>/", email.unsubscribe, name="unsubscribe"),
]
