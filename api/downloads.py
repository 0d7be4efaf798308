"""GET /exports/<link>: an exported data set, for the caller the signed link was issued to.

401 without a valid bearer token; 403 for another caller's link, a forged one, or a caller who
lost analytics:export; 410 once the link has expired (or the file was removed); 404 otherwise.
"""

from __future__ import annotations

from collections.abc import Awaitable, Callable

from starlette.requests import Request
from starlette.responses import FileResponse, JSONResponse, Response

from api.auth import AuthError, principal_from_header
from api.settings import Settings
from domain.access import Role, Scope
from domain.analytics import downloads, export_jobs
from domain.clock import utc_now

_MEDIA = {"csv": "text/csv; charset=utf-8", "parquet": "application/vnd.apache.parquet"}


def _refuse(status: int, message: str) -> Response:
    return JSONResponse({"error": message}, status_code=status)


def download_endpoint(settings: Settings) -> Callable[[Request], Awaitable[Response]]:
    """The endpoint, bound to the settings that verify bearer tokens."""

    async def download(request: Request) -> Response:
        try:
            principal = principal_from_header(settings, request.headers.get("authorization"))
        except AuthError as error:
            return _refuse(401, error.message)
        if principal is None:
            return _refuse(401, "Send the bearer token that asked for the export.")
        allowed = principal.role is Role.BI or principal.has_scope(Scope.ANALYTICS_EXPORT)
        if not allowed:
            return _refuse(403, "This token may not read analytics exports.")
        try:
            path = await export_jobs.download(
                request.path_params["token"], principal.subject, utc_now()
            )
        except downloads.LinkRefused as refused:
            return _refuse(refused.status, refused.message)
        suffix = path.suffix.lstrip(".")
        return FileResponse(
            path, media_type=_MEDIA.get(suffix, "application/octet-stream"), filename=path.name
        )

    return download
