"""Message templates."""

from __future__ import annotations

from datetime import date

import pytest

from domain.campaigns.templates import parse_variables, render, validate_template
from domain.errors import DomainError, ErrorCode

BODY = "Hi {name}, you have {points} points; {coupon} expires {expiry_date}. Hi again {name}!"


def test_parse_and_render() -> None:
    assert parse_variables(BODY) == ["name", "points", "coupon", "expiry_date"]
    assert validate_template(BODY) == ["name", "points", "coupon", "expiry_date"]
    text = render(
        BODY, {"name": "Li", "points": 120, "coupon": "10 off", "expiry_date": date(2026, 3, 1)}
    )
    assert text == "Hi Li, you have 120 points; 10 off expires 2026-03-01. Hi again Li!"


def test_literal_braces() -> None:
    assert parse_variables("{{name}} is {name}") == ["name"]
    assert render("{{name}} is {name}", {"name": "x"}) == "{name} is x"


@pytest.mark.parametrize(
    ("_case", "body", "variable"),
    [
        ("unknown", "Hello {nickname}", "nickname"),
        ("attribute access", "Hello {name.__class__}", "name.__class__"),
        ("indexing", "Hello {name[0]}", "name[0]"),
        ("format spec", "Hello {points:>10}", "points:>10"),
        ("positional", "Hello {0}", "0"),
    ],
)
def test_unknown_variable(_case: str, body: str, variable: str) -> None:
    with pytest.raises(DomainError) as raised:
        validate_template(body)
    assert raised.value.code == ErrorCode.UNKNOWN_VARIABLE
    assert raised.value.field == "body"
    assert f"{{{variable}}}" in raised.value.message


def test_allowed_set_is_configurable() -> None:
    assert validate_template("Hi {nickname}", allowed={"nickname"}) == ["nickname"]
    with pytest.raises(DomainError):
        validate_template("Hi {name}", allowed={"nickname"})


def test_stray_brace_and_missing_value() -> None:
    with pytest.raises(DomainError) as raised:
        validate_template("Hello {name")
    assert (raised.value.code, raised.value.field) == (ErrorCode.INVALID, "body")
    with pytest.raises(DomainError) as raised:
        render("Hello {name}", {})
    assert (raised.value.code, raised.value.field) == (ErrorCode.REQUIRED, "body")
    with pytest.raises(DomainError) as raised:
        render("Hello {name.__class__}", {"name": "x"})
    assert raised.value.code == ErrorCode.UNKNOWN_VARIABLE
