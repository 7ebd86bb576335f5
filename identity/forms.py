from __future__ import annotations

from django import forms
from django.utils.translation import gettext_lazy as _

from identity.services import NotAnIdentityNumber, identity_key


class DevelopmentSignInForm(forms.Form):
    """Whoever you say you are: only for the embedded mode and tests."""

    identity_number = forms.CharField(
        label=_("Personal identity number"),
        max_length=13,
        help_text=_("YYYYMMDD-NNNN. Use a test number, never a real person's."),
        widget=forms.TextInput(attrs={"autocomplete": "off", "inputmode": "numeric"}),
    )
    given_name = forms.CharField(label=_("Given name"), max_length=150)
    family_name = forms.CharField(label=_("Family name"), max_length=150)

    def clean_identity_number(self) -> str:
        value: str = self.cleaned_data["identity_number"].strip()
        try:
            identity_key(value)
        except NotAnIdentityNumber:
            raise forms.ValidationError(
                _("That is not a valid personal identity number."), code="invalid"
            ) from None
        return value
