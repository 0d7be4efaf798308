"""Every schema element is described, the catalogue names only real elements, roles are derived."""

from __future__ import annotations

import re

from graphql import GraphQLEnumType

from domain.access import Scope
from domain.errors import ErrorCode
from schema.build import schema
from schema.descriptions.apply import errors_line
from schema.descriptions.catalogue import EXACT, PATTERNS, pattern_for
from schema.descriptions.elements import schema_elements
from schema.descriptions.errors import MUTATION_ERRORS
from schema.descriptions.roles import roles_line
from schema.permissions import IsMemberStaffOrService, IsStaff, IsStaffOrBI

GRAPHQL = schema._schema
ELEMENTS = dict(schema_elements(GRAPHQL))
ROOT_FIELDS = [
    (root.name, name, field)
    for root in (GRAPHQL.query_type, GRAPHQL.mutation_type)
    if root is not None
    for name, field in root.fields.items()
]
_ERRORS_LIST = re.compile(r"Errors: ([^.]*)")
_CODE = re.compile(r"\b[A-Z][A-Z0-9_]{2,}\b")


def _own_text(coordinate: str, description: str) -> str:
    """The description without the derived roles line of a root field."""
    if coordinate.count(".") == 1 and coordinate.split(".")[0] in ("Query", "Mutation"):
        return description.rsplit("\n\nRoles: ", 1)[0]
    return description


def test_every_element_has_a_description() -> None:
    # given every type, field, argument, input field and enum value of the built schema
    # then each one says what it is
    undocumented = [c for c, e in ELEMENTS.items() if not (e.description or "").strip()]
    assert undocumented == [], (
        f"{len(undocumented)} undocumented (describe them in code or in schema/descriptions/): "
        + ", ".join(undocumented)
    )


def test_every_catalogue_key_names_an_element_described_by_it() -> None:
    # given the exact keys of the catalogue
    # then each names an element, and one whose description in code does not shadow it
    missing = [key for key in EXACT if key not in ELEMENTS]
    shadowed = [
        key
        for key, text in EXACT.items()
        if key in ELEMENTS and _own_text(key, ELEMENTS[key].description or "") != text
    ]
    assert missing == [], f"catalogue keys naming no schema element (stale): {missing}"
    assert shadowed == [], f"catalogue keys of elements described in code (remove): {shadowed}"


def test_every_catalogue_pattern_is_used() -> None:
    # given the patterns of the common catalogue
    used = {pattern_for(coordinate) for coordinate in ELEMENTS}
    # then each still describes at least one element
    assert [p for p in PATTERNS if p not in used] == []


def test_every_error_code_is_described_in_the_schema() -> None:
    # given the ErrorCode enum clients see
    enum = GRAPHQL.type_map["ErrorCode"]
    assert isinstance(enum, GraphQLEnumType)
    values = enum.values
    # then it holds every domain code, each with a description
    assert set(values) == {code.value for code in ErrorCode}
    assert [name for name, value in values.items() if not value.description] == []


def test_every_root_field_ends_with_who_may_call_it() -> None:
    # then each query and mutation states its roles, derived from its permission classes
    without = [
        f"{root}.{name}"
        for root, name, field in ROOT_FIELDS
        if "\n\nRoles: " not in (field.description or "")
    ]
    assert without == []
    redeem = GRAPHQL.mutation_type.fields["redeemPoints"]  # type: ignore[union-attr]
    assert redeem.description.endswith("\n\nRoles: member (never another member's data), service.")


def test_every_mutation_lists_the_codes_it_returns() -> None:
    # given each mutation's description
    # then it has an `Errors:` list, and every code the list names exists
    without, unknown = [], []
    for root, name, field in ROOT_FIELDS:
        found = _ERRORS_LIST.search(field.description or "")
        if root == "Mutation" and found is None:
            without.append(name)
        if found is not None:
            codes = _CODE.findall(found.group(1))
            unknown += [f"{name}: {c}" for c in codes if c not in ErrorCode.__members__]
    assert without == []
    assert unknown == []


def test_roles_line_reads_the_gates() -> None:
    points_read = IsMemberStaffOrService.with_scope(Scope.POINTS_READ)
    assert roles_line([points_read]) == (
        "Roles: member (never another member's data), staff with scope points:read, service."
    )
    analytics = IsStaffOrBI.with_scope(Scope.SEGMENTS_READ, Scope.ANALYTICS_READ)
    assert roles_line([analytics]) == (
        "Roles: staff with one of the scopes segments:read or analytics:read, bi."
    )
    assert roles_line([IsStaff]) == "Roles: staff (no scope admits them)."
    any_read = IsStaff.with_scope(*(scope for scope in Scope if scope.is_read))
    assert roles_line([any_read]) == "Roles: staff with any read scope."
    assert roles_line([]) == "Roles: anyone, no token needed."
    assert roles_line([IsMemberStaffOrService, IsStaffOrBI.with_scope(Scope.JOBS_READ)]) == (
        "Roles: staff with scope jobs:read."
    )


def test_every_listed_mutation_error_entry_is_used() -> None:
    # given the codes the catalogue adds to mutations whose description lists none
    mutations = GRAPHQL.mutation_type.fields  # type: ignore[union-attr]
    # then each names a mutation, whose description lists exactly those codes once
    stale = [
        name
        for name in MUTATION_ERRORS
        if name not in mutations
        or mutations[name].description.count("Errors:") != 1
        or errors_line(name) not in mutations[name].description
    ]
    assert stale == []
