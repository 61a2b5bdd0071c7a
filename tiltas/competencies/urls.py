app_name = "competencies"

urlpatterns: list = []
