"""A text-message adapter for tests: it records what would have been sent."""

from __future__ import annotations

import re
from collections.abc import Iterator

import pytest

from domain import sms


class RecordingSender:
    """Keeps every (phone, text) instead of sending it."""

    def __init__(self) -> None:
        self.sent: list[tuple[str, str]] = []

    async def send_text(self, phone: str, text: str) -> None:
        self.sent.append((phone, text))

    def last_code(self, phone: str) -> str:
        """The 6-digit code in the latest text to this phone."""
        for to, text in reversed(self.sent):
            if to == phone:
                found = re.search(r"\b(\d{6})\b", text)
                assert found, text
                return found.group(1)
        raise AssertionError(f"nothing was sent to {phone}")


@pytest.fixture
def texts() -> Iterator[RecordingSender]:
    """Install a recording text adapter for one test."""
    sender = RecordingSender()
    sms.set_sender(sender)
    yield sender
    sms.set_sender(None)
