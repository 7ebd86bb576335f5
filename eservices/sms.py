"""Sending SMS: printed to the console in development, an HTTP gateway in production.

The gateway is any SMS provider's HTTP API behind one small JSON shape: `POST
SMS_GATEWAY_URL` with `{"id", "to", "from", "text"}`, a bearer token, and the outbox
message's id as `Idempotency-Key`, so a gateway that supports it drops a repeat. A 2xx
answer is sent; 408, 429 and 5xx are tried again later; any other answer means the gateway
will never take this message (an invalid number, say) and it fails at once.
"""

from __future__ import annotations

import json
import re
import sys
import urllib.error
import urllib.request
from typing import Protocol, TextIO

import phonenumbers
from django.conf import settings

RETRYABLE_STATUSES = {408, 425, 429}


class SmsRefused(Exception):
    """The gateway will never send this message: do not try again."""


class SmsBackend(Protocol):
    def send(self, *, message_id: str, to: str, text: str) -> None: ...


class ConsoleBackend:
    """Development: the message is printed, as Django's console e-mail backend does."""

    def __init__(self, stream: TextIO | None = None) -> None:
        self.stream = stream or sys.stdout

    def send(self, *, message_id: str, to: str, text: str) -> None:
        self.stream.write(f"SMS {message_id} to {to}:\n{text}\n\n")
        self.stream.flush()


class HttpGatewayBackend:
    """Production: the provider's HTTP API."""

    def __init__(self, *, url: str, token: str, sender: str, timeout: float = 10.0) -> None:
        if not re.match(r"^https?://", url):
            raise ValueError("SMS_GATEWAY_URL must be an http(s) address.")
        self.url, self.token, self.sender, self.timeout = url, token, sender, timeout

    def send(self, *, message_id: str, to: str, text: str) -> None:
        body = json.dumps({"id": message_id, "to": to, "from": self.sender, "text": text})
        request = urllib.request.Request(  # noqa: S310 - the scheme is checked above
            self.url,
            data=body.encode(),
            method="POST",
            headers={
                "Content-Type": "application/json",
                "Authorization": f"Bearer {self.token}",
                "Idempotency-Key": message_id,
            },
        )
        try:
            with urllib.request.urlopen(request, timeout=self.timeout):  # noqa: S310
                return
        except urllib.error.HTTPError as error:
            if error.code < 500 and error.code not in RETRYABLE_STATUSES:
                raise SmsRefused(f"The SMS gateway refused the message: {error.code}") from None
            raise


def get_backend() -> SmsBackend:
    """The backend SMS_BACKEND names."""
    if settings.SMS_BACKEND == "http":
        return HttpGatewayBackend(
            url=settings.SMS_GATEWAY_URL,
            token=settings.SMS_GATEWAY_TOKEN,
            sender=settings.SMS_SENDER,
            timeout=settings.SMS_GATEWAY_TIMEOUT,
        )
    return ConsoleBackend()


def mobile_number(value: str) -> str | None:
    """The number in E.164 when it can take an SMS (Swedish unless it says otherwise)."""
    try:
        number = phonenumbers.parse(value, "SE")
    except phonenumbers.NumberParseException:
        return None
    if not phonenumbers.is_valid_number(number):
        return None
    kind = phonenumbers.number_type(number)
    if kind not in {
        phonenumbers.PhoneNumberType.MOBILE,
        phonenumbers.PhoneNumberType.FIXED_LINE_OR_MOBILE,
    }:
        return None
    return phonenumbers.format_number(number, phonenumbers.PhoneNumberFormat.E164)
