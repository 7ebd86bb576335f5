"""Routes of /api/v1/contactcenter/."""

from django.urls import path

from api.v1.contactcenter import contacts, directory, feedback, routing, search, stats, tasks

urlpatterns = [
    path("contacts/", contacts.ContactListView.as_view(), name="contactcenter-contacts-list"),
    path(
        "contacts/<int:contact_id>/",
        contacts.ContactDetailView.as_view(),
        name="contactcenter-contacts-detail",
    ),
    path("tasks/", tasks.TaskListView.as_view(), name="contactcenter-tasks-list"),
    path("tasks/<int:task_id>/", tasks.TaskDetailView.as_view(), name="contactcenter-tasks-detail"),
    path("stats/", stats.StatsView.as_view(), name="contactcenter-stats"),
    path("search/", search.AgentSearchView.as_view(), name="contactcenter-search"),
    path("routing/", routing.RoutingView.as_view(), name="contactcenter-routing"),
    path("directory/", directory.DirectoryView.as_view(), name="contactcenter-directory"),
    path("feedback/", feedback.FeedbackCreateView.as_view(), name="contactcenter-feedback"),
]
