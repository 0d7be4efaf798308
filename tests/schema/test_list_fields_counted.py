"""Every list field of the graph has a test holding its SQL statement count flat in its length."""

from __future__ import annotations

import ast
from pathlib import Path

from schema.build import schema
from tests.statements import list_fields

TESTS = Path(__file__).resolve().parent.parent


def _declared() -> set[str]:
    """The coordinates named in `pytest.mark.list_fields(...)` anywhere under tests/."""
    found: set[str] = set()
    for path in TESTS.rglob("test_*.py"):
        for node in ast.walk(ast.parse(path.read_text())):
            if (
                isinstance(node, ast.Call)
                and isinstance(node.func, ast.Attribute)
                and node.func.attr == "list_fields"
                and ast.unparse(node.func.value) == "pytest.mark"
            ):
                found |= {
                    a.value
                    for a in node.args
                    if isinstance(a, ast.Constant) and isinstance(a.value, str)
                }
    return found


def test_every_list_field_has_a_statement_count_test() -> None:
    required = list_fields(schema._schema)
    declared = _declared()
    missing = required - declared
    assert not missing, f"list fields without a flat statement-count test: {sorted(missing)}"
    assert declared <= required, f"not list fields: {sorted(declared - required)}"
