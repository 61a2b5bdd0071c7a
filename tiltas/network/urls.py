from django.urls import path

from .views import (
    attachments,
    clusters,
    conversations,
    directory,
    follows,
    mentions,
    moderation,
    people,
    practices,
    search,
    threads,
)

app_name = "network"

C = "network/clusters/<slug:slug>/"
P = "network/posts/<int:pk>/"
M = "network/conversations/<int:pk>/"

urlpatterns = [
    path("network/", directory.directory, name="directory"),
    path("network/search/", search.search, name="search"),
    path("network/organisations/<slug:slug>/", directory.organisation, name="organisation"),
    path(
        "network/organisations/<slug:slug>/follow/",
        follows.organisation_follow,
        name="organisation_follow",
    ),
    # Following and the activity stream
    path("network/activity/", follows.activity, name="activity"),
    # Clusters ("new" before <slug> so the word is never taken as a slug)
    path("network/clusters/", clusters.cluster_list, name="clusters"),
    path("network/clusters/new/", clusters.cluster_create, name="cluster_create"),
    path(C, clusters.cluster_detail, name="cluster"),
    path(C + "join/", clusters.cluster_join, name="cluster_join"),
    path(C + "leave/", clusters.cluster_leave, name="cluster_leave"),
    path(C + "follow/", follows.cluster_follow, name="cluster_follow"),
    path(C + "invite/", clusters.cluster_invite, name="cluster_invite"),
    path(C + "events/", clusters.cluster_events, name="cluster_events"),
    path(C + "requests/<int:pk>/", clusters.join_request_decide, name="join_request_decide"),
    path(C + "members/", clusters.cluster_members, name="cluster_members"),
    path(C + "members/<int:pk>/role/", clusters.member_role, name="member_role"),
    path(C + "threads/new/", threads.thread_create, name="thread_create"),
    path("network/invitations/<str:token>/", clusters.invitation, name="invitation"),
    # Threads and posts
    path("network/threads/<int:pk>/", threads.thread_detail, name="thread"),
    path("network/threads/<int:pk>/reply/", threads.post_reply, name="post_reply"),
    path(
        "network/threads/<int:pk>/subscription/",
        threads.thread_subscription,
        name="thread_subscription",
    ),
    path(P, threads.post_link, name="post"),
    path(P + "edit/", threads.post_edit, name="post_edit"),
    path(P + "history/", threads.post_history, name="post_history"),
    path(P + "react/", threads.post_react, name="post_react"),
    path(P + "flag/", threads.post_flag, name="post_flag"),
    path(P + "moderate/", moderation.post_moderate, name="post_moderate"),
    path("network/attachments/<int:pk>/", attachments.post_attachment, name="post_attachment"),
    # Moderation
    path("network/moderation/", moderation.moderation_queue, name="moderation"),
    path(
        "network/moderation/people/<int:pk>/suspend/",
        moderation.member_suspend,
        name="member_suspend",
    ),
    # People and their profiles
    path("network/people/", people.people, name="people"),
    path("network/people/mentions/", mentions.mention_lookup, name="mention_lookup"),
    path("network/people/<int:pk>/", people.person, name="person"),
    path("network/people/<int:pk>/block/", people.person_block, name="person_block"),
    path("network/people/<int:pk>/follow/", follows.person_follow, name="person_follow"),
    path("network/profile/", people.profile_settings, name="profile_settings"),
    # Private conversations
    path("network/conversations/", conversations.conversation_list, name="conversations"),
    path(
        "network/conversations/new/",
        conversations.conversation_create,
        name="conversation_create",
    ),
    path(M, conversations.conversation_detail, name="conversation"),
    path(M + "reply/", conversations.conversation_reply, name="conversation_reply"),
    path(M + "leave/", conversations.conversation_leave, name="conversation_leave"),
    path(M + "add/", conversations.conversation_add, name="conversation_add"),
    # The good-practice library
    path("network/practices/", practices.practices, name="practices"),
    path("network/practices/new/", practices.practice_create, name="practice_create"),
    path("network/practices/<int:pk>/", practices.practice, name="practice"),
    path("network/practices/<int:pk>/edit/", practices.practice_edit, name="practice_edit"),
    path(
        "network/practices/<int:pk>/comments/", practices.practice_comment, name="practice_comment"
    ),
    path("network/practices/<int:pk>/use/", practices.practice_use, name="practice_use"),
]
