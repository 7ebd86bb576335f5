from django.urls import path

from identity import views

app_name = "identity"

urlpatterns = [
    path("", views.sign_in, name="sign-in"),
    path("development/", views.development_sign_in, name="development"),
    path("done/", views.signed_in, name="signed-in"),
    path("failed/", views.sign_in_failed, name="failed"),
    path("logout/", views.sign_out, name="sign-out"),
]

# The e-ID broker's side, under the names mozilla-django-oidc reverses (outside this
# namespace): its request view, and its callback with our answer to a bad id token.
oidc_urlpatterns = [
    path(
        "oidc/authenticate/",
        views.BrokerRequestView.as_view(),
        name="oidc_authentication_init",
    ),
    path("oidc/callback/", views.BrokerCallbackView.as_view(), name="oidc_authentication_callback"),
]
