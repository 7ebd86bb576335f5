"""Deny by default: a view is open only when it says so, otherwise it needs its scopes."""

from __future__ import annotations

from typing import Any

from oauth2_provider.contrib.rest_framework import TokenHasScope
from rest_framework.permissions import SAFE_METHODS, BasePermission
from rest_framework.request import Request


class ScopePermission(BasePermission):
    """Public views (`public = True`) answer safe methods to anyone; every other view
    needs an OAuth2 token carrying all of its `required_scopes`, and a view that
    declares neither is closed to everyone. A view whose writes depend on the object
    written to (a form that allows anonymous submissions or not) says `public_writes =
    True` and checks them itself."""

    def has_permission(self, request: Request, view: Any) -> bool:
        public = getattr(view, "public", False)
        if public and request.method in SAFE_METHODS:
            return True
        if public and getattr(view, "public_writes", False):
            return True
        if not getattr(view, "required_scopes", None):
            return False
        return bool(TokenHasScope().has_permission(request, view))
