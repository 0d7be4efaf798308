"""Text messages to a phone number behind one small interface (verification codes).

With SMS_URL set, texts are POSTed there as JSON `{phone, text}` (a provider or a gateway in
front of one); without it they are logged, which is what development wants. Tests install an
adapter that records.
"""

from __future__ import annotations

import logging
from typing import Protocol

import httpx

from domain import config
from domain.access import mask_phone

log = logging.getLogger("crm.sms")


class TextSender(Protocol):
    """Delivers one text to one phone number; raises if the provider refused it."""

    async def send_text(self, phone: str, text: str) -> None: ...


class LogTextSender:
    """Writes the message to the log instead of sending it (development)."""

    async def send_text(self, phone: str, text: str) -> None:
        log.info("text to %s: %s", mask_phone(phone), text)


class WebhookTextSender:
    """POSTs `{phone, text}` as JSON; anything but a 2xx answer raises."""

    def __init__(self, url: str, timeout: float = 5.0) -> None:
        self.url = url
        self.timeout = timeout

    async def send_text(self, phone: str, text: str) -> None:
        async with httpx.AsyncClient(timeout=self.timeout) as http:
            response = await http.post(self.url, json={"phone": phone, "text": text})
        response.raise_for_status()


_sender: TextSender | None = None


def set_sender(sender: TextSender | None) -> None:
    """Install the adapter this process sends through (None: back to the configured one)."""
    global _sender
    _sender = sender


def sender() -> TextSender:
    """The installed adapter, else SMS_URL's webhook, else the logging one."""
    if _sender is not None:
        return _sender
    url = config.SMS_URL.get()
    return WebhookTextSender(url) if url else LogTextSender()
