"""Case handling in the admin: handlers see their organisations' cases, move them along
the lifecycle and write to the citizen. Cases are public records made by submissions:
nobody adds, edits or deletes one here."""

from __future__ import annotations

from typing import Any

from django import forms
from django.contrib import messages
from django.core.exceptions import PermissionDenied
from django.db.models import QuerySet
from django.http import Http404, HttpRequest, HttpResponse, HttpResponseBase
from django.shortcuts import redirect
from django.utils.translation import gettext_lazy as _
from wagtail.admin.views import generic
from wagtail.permission_policies import ModelPermissionPolicy

from eservices import audit, cases, selectors, texts
from eservices.attachments import attachment_response
from eservices.models import Case

CHANGE_CASE = "eservices.change_case"


class CasePermissionPolicy(ModelPermissionPolicy):
    """Viewing follows the model's permissions; adding, editing and deleting are for no one."""

    def user_has_permission(self, user: Any, action: str) -> bool:
        if action in {"add", "change", "delete"}:
            return False
        return bool(super().user_has_permission(user, action))

    def user_has_any_permission(self, user: Any, actions: Any) -> bool:
        return any(self.user_has_permission(user, action) for action in actions)


class TransitionForm(forms.Form):
    status = forms.ChoiceField(label=_("New status"))
    reason = forms.ChoiceField(
        label=_("Reason"), required=False, choices=[("", "—"), *Case.Reason.choices]
    )
    note = forms.CharField(
        label=_("Note to the citizen"),
        required=False,
        max_length=2000,
        widget=forms.Textarea(attrs={"rows": 3}),
        help_text=_("Sent to the citizen with the new status and shown on My page."),
    )
    internal_note = forms.CharField(
        label=_("Internal note"),
        required=False,
        max_length=2000,
        widget=forms.Textarea(attrs={"rows": 2}),
        help_text=_("Only handlers see it."),
    )

    def __init__(self, *args: Any, case: Case, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        labels = dict(Case.Status.choices)
        status = self.fields["status"]
        assert isinstance(status, forms.ChoiceField)
        status.choices = [(s, labels[s]) for s in cases.allowed_transitions(case)]


class MessageForm(forms.Form):
    body = forms.CharField(
        label=_("Message to the citizen"),
        max_length=cases.MESSAGE_MAX_LENGTH,
        widget=forms.Textarea(attrs={"rows": 4}),
        help_text=_("The citizen is told by e-mail and SMS that there is a message to read."),
    )


class CaseIndexView(generic.IndexView):
    def get_base_queryset(self) -> QuerySet[Case]:
        handled = selectors.organisations_handled_by(self.request.user)
        return selectors.cases_handled(organisation_ids=handled)


class CaseInspectView(generic.InspectView):
    template_name = "eservices/admin/case_inspect.html"

    def get_object(self, queryset: Any = None) -> Case:
        handled = selectors.organisations_handled_by(self.request.user)
        case = (
            selectors.cases_handled(organisation_ids=handled)
            .filter(pk=self.pk)
            .prefetch_related("events__actor", "messages", "outbox", "attachments")
            .first()
        )
        if case is None:
            raise Http404
        return case

    def get(self, request: HttpRequest, *args: Any, **kwargs: Any) -> HttpResponse:
        response: HttpResponse = super().get(request, *args, **kwargs)
        audit.case_access_record(case=self.object, action=audit.Action.VIEW, user=request.user)
        return response

    def post(self, request: HttpRequest, *args: Any, **kwargs: Any) -> HttpResponse:
        if not request.user.has_perm(CHANGE_CASE):
            raise PermissionDenied
        case: Case = self.object
        actor_id = request.user.pk
        transition = message = None
        try:
            if request.POST.get("action") == "transition":
                transition = TransitionForm(request.POST, case=case)
                if transition.is_valid():
                    cases.case_transition(case=case, **transition.cleaned_data, actor_id=actor_id)
                    messages.success(request, _("The status is changed; the citizen is told."))
                    return redirect(request.path)
            else:
                message = MessageForm(request.POST)
                if message.is_valid():
                    cases.case_message_send(
                        case=case, body=message.cleaned_data["body"], actor_id=actor_id
                    )
                    messages.success(request, _("The message is sent; the citizen is told."))
                    return redirect(request.path)
        except cases.CaseError as exc:
            form = transition or message
            assert form is not None
            form.add_error(exc.field if exc.field in form.fields else None, str(exc))
        context = self.get_context_data(transition_form=transition, message_form=message)
        audit.case_access_record(case=case, action=audit.Action.VIEW, user=request.user)
        return self.render_to_response(context)

    def get_context_data(self, **kwargs: Any) -> dict[str, Any]:
        case: Case = self.object
        context = super().get_context_data(**kwargs)
        can_handle = self.request.user.has_perm(CHANGE_CASE)
        status = texts.status_text(case.form_version.status_texts, case.status, case.locale)
        context.update(
            case=case,
            answers=_answers(case),
            public_status=status,
            can_handle=can_handle,
            closed=case.status == Case.Status.CLOSED,
            transition_form=kwargs.get("transition_form") or TransitionForm(case=case),
            message_form=kwargs.get("message_form") or MessageForm(),
        )
        return context


def _answers(case: Case) -> list[tuple[str, str]]:
    """(label, answer) in the form's order, for reading, not editing."""
    properties = case.form_version.json_schema.get("properties", {})
    return [
        (properties.get(name, {}).get("title") or name, readable(case.data[name]))
        for name in properties
        if name in case.data
    ]


def readable(value: Any) -> str:
    """An answer as a handler reads it: an address on one line, a place as coordinates."""
    if isinstance(value, bool):
        return str(_("Yes") if value else _("No"))
    if isinstance(value, list):
        return ", ".join(readable(item) for item in value)
    if isinstance(value, dict) and {"lat", "lon"} <= value.keys():
        return f"{value['lat']}, {value['lon']}"
    if isinstance(value, dict):
        street, postal, city = (value.get(k, "") for k in ("street", "postal_code", "city"))
        if street or city:
            return f"{street}, {postal} {city}".strip(", ")
        return ", ".join(f"{k}: {readable(v)}" for k, v in value.items())
    return str(value)


def case_attachment_download(request: HttpRequest, pk: int, attachment_id: str) -> HttpResponseBase:
    """A file of a case the handler handles; any other is 404."""
    if not request.user.has_perm("eservices.view_case"):
        raise PermissionDenied
    handled = selectors.organisations_handled_by(request.user)
    case = selectors.cases_handled(organisation_ids=handled).filter(pk=pk).first()
    attachment = selectors.case_attachment(case=case, attachment_id=attachment_id) if case else None
    if case is None or attachment is None:
        raise Http404
    audit.case_access_record(
        case=case, action=audit.Action.ATTACHMENT, user=request.user, attachment_id=attachment.pk
    )
    return attachment_response(attachment)
