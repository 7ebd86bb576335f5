"""Routes of /api/v1/."""

from csp.decorators import csp_update
from django.urls import include, path
from drf_spectacular.views import (
    SpectacularAPIView,
    SpectacularRedocView,
    SpectacularSwaggerSplitView,
)

from api.v1 import (
    attachments,
    cases,
    content,
    drafts,
    eservices,
    figures,
    images,
    me,
    meta,
    preview,
    search,
    submissions,
    units,
)
from api.v1.opendata import catalog, exports

urlpatterns = [
    path("api-info", meta.ApiInfoView.as_view(), name="api-info"),
    path("pages/", content.PageListView.as_view(), name="pages-list"),
    path("pages/resolve/", content.PageResolveView.as_view(), name="pages-resolve"),
    path("pages/preview/", preview.PagePreviewView.as_view(), name="pages-preview"),
    path("pages/<int:page_id>/", content.PageDetailView.as_view(), name="pages-detail"),
    path("pages/<int:page_id>/draft/", preview.PageDraftView.as_view(), name="pages-draft"),
    path("navigation/", content.NavigationView.as_view(), name="navigation"),
    path("organisations/", content.OrganisationListView.as_view(), name="organisations-list"),
    path(
        "organisations/<int:organisation_id>/",
        content.OrganisationDetailView.as_view(),
        name="organisations-detail",
    ),
    path("topics/", content.TopicListView.as_view(), name="topics-list"),
    path("units/", units.UnitListView.as_view(), name="units-list"),
    path("units.geojson", units.UnitGeoJSONView.as_view(), name="units-geojson"),
    path("units/compare/", figures.UnitCompareView.as_view(), name="units-compare"),
    path("units/<int:unit_id>/", units.UnitDetailView.as_view(), name="units-detail"),
    path("units/<int:unit_id>/figures/", figures.UnitFiguresView.as_view(), name="units-figures"),
    path("forms/", eservices.FormListView.as_view(), name="forms-list"),
    path("forms/<slug:slug>/", eservices.FormDetailView.as_view(), name="forms-detail"),
    path("submissions/", submissions.SubmissionCreateView.as_view(), name="submissions-create"),
    path("cases/", cases.CaseListView.as_view(), name="cases-list"),
    path("cases/<str:reference>/", cases.CaseDetailView.as_view(), name="cases-detail"),
    path(
        "cases/<str:reference>/transitions/",
        cases.CaseTransitionView.as_view(),
        name="cases-transition",
    ),
    path(
        "cases/<str:reference>/messages/",
        cases.CaseMessageCreateView.as_view(),
        name="cases-messages-create",
    ),
    path(
        "cases/<str:reference>/attachments/<uuid:attachment_id>/",
        cases.CaseAttachmentView.as_view(),
        name="cases-attachment",
    ),
    path("me/cases/", me.MyCaseListView.as_view(), name="me-cases-list"),
    path("me/cases/<str:reference>/", me.MyCaseDetailView.as_view(), name="me-cases-detail"),
    path(
        "me/cases/<str:reference>/messages/",
        me.MyCaseMessageCreateView.as_view(),
        name="me-cases-messages-create",
    ),
    path("attachments/", attachments.AttachmentCreateView.as_view(), name="attachments-create"),
    path("me/drafts/", drafts.DraftListView.as_view(), name="drafts-list"),
    path("me/drafts/<uuid:draft_id>/", drafts.DraftDetailView.as_view(), name="drafts-detail"),
    path("search/", search.SearchView.as_view(), name="search"),
    path("search/suggest/", search.SuggestView.as_view(), name="search-suggest"),
    path("images/<int:image_id>/", images.ImageDetailView.as_view(), name="images-detail"),
    path("contactcenter/", include("api.v1.contactcenter.urls")),
    path("opendata/catalog", catalog.CatalogView.as_view(), name="opendata-catalog"),
    path("opendata/units", exports.UnitExportView.as_view(), name="opendata-units"),
    path(
        "opendata/key-figures", exports.KeyFigureExportView.as_view(), name="opendata-key-figures"
    ),
    path(
        "opendata/organisations",
        exports.OrganisationExportView.as_view(),
        name="opendata-organisations",
    ),
    path("opendata/topics", exports.TopicExportView.as_view(), name="opendata-topics"),
    path("opendata/pages", exports.PageExportView.as_view(), name="opendata-pages"),
    path("opendata/deletions", exports.DeletionFeedView.as_view(), name="opendata-deletions"),
    path("schema/", SpectacularAPIView.as_view(api_version="v1"), name="schema"),
    # Swagger UI's start script as a file of its own: the policy runs no inline script.
    path("docs/", SpectacularSwaggerSplitView.as_view(url_name="api-v1:schema"), name="docs"),
    path(
        "redoc/",
        # Redoc's own footer shows its logo from its site.
        csp_update({"img-src": ["https://cdn.redoc.ly"]})(
            SpectacularRedocView.as_view(url_name="api-v1:schema", template_name="api/redoc.html")
        ),
        name="redoc",
    ),
]
