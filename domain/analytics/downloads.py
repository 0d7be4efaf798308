"""Signed, expiring download links for exported files, bound to the caller who asked.

A link is `<job id>.<expiry>.<signature>`; the signature covers the job, the expiry and the
subject of the token that started the export, so only that caller can use it, and a forged or
altered link fails the same check.
"""

from __future__ import annotations

import base64
import hashlib
import hmac
from dataclasses import dataclass
from datetime import datetime, timedelta

from domain import config
from domain.tokens import TokenConfig

PREFIX = "/exports/"


class LinkRefused(Exception):
    """A link that is malformed, not this caller's (403) or expired (410)."""

    def __init__(self, status: int, message: str) -> None:
        super().__init__(message)
        self.status = status
        self.message = message


@dataclass(frozen=True)
class Link:
    """A download link and when it stops working."""

    url: str
    expires_at: datetime


def _signature(job_id: int, expires: int, subject: str) -> str:
    key = TokenConfig().code_key
    payload = f"export:{job_id}.{expires}.{subject}".encode()
    digest = hmac.new(key, payload, hashlib.sha256).digest()
    return base64.urlsafe_b64encode(digest[:18]).decode().rstrip("=")


def mint(job_id: int, subject: str, now: datetime) -> Link:
    """A link to job `job_id`'s file for `subject`, valid EXPORT_LINK_MINUTES from `now`."""
    expires_at = now + timedelta(minutes=config.EXPORT_LINK_MINUTES.get())
    expires = int(expires_at.timestamp())
    token = f"{job_id}.{expires}.{_signature(job_id, expires, subject)}"
    return Link(f"{PREFIX}{token}", expires_at.replace(microsecond=0))


def read(token: str, subject: str, now: datetime) -> int:
    """The job id of a link `subject` may use now; LinkRefused otherwise."""
    parts = token.split(".")
    if len(parts) != 3 or not parts[0].isdigit() or not parts[1].isdigit():
        raise LinkRefused(404, "Not an export link.")
    job_id, expires = int(parts[0]), int(parts[1])
    if not hmac.compare_digest(parts[2], _signature(job_id, expires, subject)):
        raise LinkRefused(403, "This link was issued to another caller.")
    if expires < now.timestamp():
        raise LinkRefused(410, "This link has expired; ask for the export again.")
    return job_id
