"""Real data sets kept in shared/data beside the checkout (CI clones the repository next to it)."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

SHARED_DATA = Path(__file__).resolve().parents[1].parent / "shared" / "data"


def in_ci() -> bool:
    """Whether this is a CI run (CI=true), where a missing data set is an error."""
    return os.environ.get("CI", "").lower() in {"true", "1"}


def require(path: Path, *, ci: bool | None = None) -> Path:
    """The data set's path; when it is missing, fail in CI and skip elsewhere, naming the path."""
    if path.is_file():
        return path
    message = f"{path.name} not found: looked for {path} (shared/data beside the checkout)"
    if in_ci() if ci is None else ci:
        pytest.fail(message + "; CI must provide it", pytrace=False)
    pytest.skip(message)
