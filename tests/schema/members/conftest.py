"""Fixtures shared by the member tests."""

from tests.texts import texts  # noqa: F401  (the recording text adapter)
