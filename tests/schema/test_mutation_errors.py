"""Every mutation reports refusals the same way: the payload with its errors, nothing else set."""

from __future__ import annotations

from strawberry.types.base import StrawberryObjectDefinition

from domain.errors import DomainError, ErrorCode, InvalidInput, Problems
from schema.build import schema
from schema.errors import failed, user_errors


def _mutation_fields() -> list:
    mutation = schema.get_type_by_name("Mutation")
    assert isinstance(mutation, StrawberryObjectDefinition)
    return mutation.fields


def test_every_mutation_returns_a_payload_with_errors() -> None:
    for field in _mutation_fields():
        payload = field.type
        definition = getattr(payload, "__strawberry_definition__", None)
        assert definition is not None, f"{field.name} returns {payload}, not a payload type"
        assert "errors" in {f.python_name for f in definition.fields}, field.name


def test_a_refusal_builds_every_payload_with_only_its_errors() -> None:
    error = DomainError("No.", field="input.name", code=ErrorCode.REQUIRED)
    for field in _mutation_fields():
        built = failed(field.type, error)
        assert [(e.code, e.field) for e in built.errors] == [(ErrorCode.REQUIRED, "input.name")]


def test_problems_are_reported_together_with_their_paths() -> None:
    problems = Problems()
    problems.add(DomainError("a", field="input.levels[0].code", code=ErrorCode.REQUIRED))
    problems.add(
        InvalidInput(
            [
                DomainError("b", field="input.levels[2].reachGrowth"),
                DomainError("c", field="input.name", code=ErrorCode.TOO_LARGE),
            ]
        )
    )
    try:
        problems.raise_if_any()
    except InvalidInput as error:
        found = [(e.field, e.code) for e in user_errors(error)]
    assert found == [
        ("input.levels[0].code", ErrorCode.REQUIRED),
        ("input.levels[2].reachGrowth", ErrorCode.INVALID),
        ("input.name", ErrorCode.TOO_LARGE),
    ]


def test_one_problem_is_raised_as_itself() -> None:
    problems = Problems()
    problems.raise_if_any()
    alone = DomainError("a", field="x")
    problems.add(alone)
    try:
        problems.raise_if_any()
    except DomainError as error:
        assert error is alone
