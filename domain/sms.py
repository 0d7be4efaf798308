"""Text messages to a phone number behind one small interface (verification codes).

The process installs an adapter at start-up; the default one logs, which is what development
wants. A provider adapter implements `send_text`; tests install one that records.
"""

from __future__ import annotations

import logging
from typing import Protocol

from domain.access import mask_phone

log = logging.getLogger("crm.sms")


class TextSender(Protocol):
    """Delivers one text to one phone number; raises if the provider refused it."""

    async def send_text(self, phone: str, text: str) -> None: ...


class LogTextSender:
    """Writes the message to the log instead of sending it (development)."""

    async def send_text(self, phone: str, text: str) -> None:
        log.info("text to %s: %s", mask_phone(phone), text)


_sender: TextSender = LogTextSender()


def set_sender(sender: TextSender | None) -> None:
    """Install the adapter this process sends through (None restores the logging one)."""
    global _sender
    _sender = sender or LogTextSender()


def sender() -> TextSender:
    """The installed adapter."""
    return _sender
