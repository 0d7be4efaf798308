"""The schema layer reads and writes through domain services: no ORM query, no transaction."""

from __future__ import annotations

import ast
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
ORM_CALLS = {
    "all",
    "bulk_create",
    "bulk_update",
    "create",
    "exclude",
    "filter",
    "get",
    "get_or_create",
    "get_or_none",
    "raw",
    "select_for_update",
    "update_or_create",
}


def _offences(path: Path) -> list[str]:
    tree = ast.parse(path.read_text())
    models: set[str] = set()
    found = []
    for node in ast.walk(tree):
        if isinstance(node, ast.ImportFrom) and (node.module or "").endswith(".models"):
            models.update(alias.asname or alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom) and node.module == "domain":
            if any(alias.name == "db" for alias in node.names):
                found.append(f"{path}:{node.lineno} imports domain.db")
        elif isinstance(node, ast.ImportFrom) and node.module == "tortoise.transactions":
            found.append(f"{path}:{node.lineno} imports tortoise.transactions")
    for node in ast.walk(tree):
        if (
            isinstance(node, ast.Call)
            and isinstance(node.func, ast.Attribute)
            and isinstance(node.func.value, ast.Name)
            and node.func.value.id in models
            and node.func.attr in ORM_CALLS
        ):
            found.append(f"{path}:{node.lineno} {node.func.value.id}.{node.func.attr}()")
    return found


def test_no_orm_query_or_transaction_in_schema() -> None:
    offences = [o for path in sorted((ROOT / "schema").rglob("*.py")) for o in _offences(path)]
    assert offences == []
