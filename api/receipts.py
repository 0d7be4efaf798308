"""POST /receipts/{channel}: a channel provider reports a message delivered or failed.

401 when the signature or its timestamp does not hold, 400 for a body that is not a receipt,
404 for a message the channel never sent; nothing changes in any of these cases."""

from __future__ import annotations

from starlette.requests import Request
from starlette.responses import JSONResponse

from domain.campaigns import receipts
from domain.campaigns.rules import MessageChannel
from domain.clock import utc_now
from domain.errors import DomainError, NotFound

SIGNATURE_HEADER = "x-signature"
TIMESTAMP_HEADER = "x-timestamp"
_PROVIDED = {c.value for c in MessageChannel} - {"INBOX", "LOG"}


def _error(status: int, error: DomainError) -> JSONResponse:
    body = {"error": {"code": error.code.value, "field": error.field, "message": str(error)}}
    return JSONResponse(body, status_code=status)


async def channel_receipt(request: Request) -> JSONResponse:
    """Verify, parse and apply one delivery receipt."""
    channel = str(request.path_params["channel"]).upper()
    if channel not in _PROVIDED:
        return _error(404, NotFound("No such channel.", field="channel"))
    body = await request.body()
    now = utc_now()
    try:
        receipts.verify(
            channel,
            request.headers.get(TIMESTAMP_HEADER, ""),
            request.headers.get(SIGNATURE_HEADER, ""),
            body,
            now,
        )
    except receipts.BadSignature as error:
        return _error(401, error)
    try:
        status = await receipts.record(channel, receipts.parse(body), now)
    except NotFound as error:
        return _error(404, error)
    except DomainError as error:
        return _error(400, error)
    return JSONResponse({"status": status})
