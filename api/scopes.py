"""OAuth2 scopes: the one list every view's `required_scopes` draws from."""

from __future__ import annotations

CONTENT_PREVIEW = "content:preview"
SUBMISSIONS_WRITE = "submissions:write"
CASES_READ = "cases:read"
CASES_MANAGE = "cases:manage"
CONTACTCENTER = "contactcenter"
OPENDATA_READ = "opendata:read"
OPEN311_WRITE = "open311:write"
# Not an API scope: a client-credentials client registered with it is a resource server,
# the only kind of client that may introspect tokens (api/oauth_endpoints.py).
INTROSPECTION = "introspection"

SCOPES = {
    CONTENT_PREVIEW: "Read drafts of pages for headless preview",
    SUBMISSIONS_WRITE: "Submit e-service forms on behalf of the signed-in citizen",
    CASES_READ: "Read the signed-in citizen's own cases",
    CASES_MANAGE: "Manage cases as staff or a back-office system",
    CONTACTCENTER: "Use the contact center's tools",
    OPENDATA_READ: "Read open data at the higher rate limit",
    OPEN311_WRITE: "File fault reports through Open311 GeoReport v2 as a third-party system",
}
