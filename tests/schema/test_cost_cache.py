"""The operation cost cache answers what the cost walk answers, per query and variables."""

from __future__ import annotations

from graphql import parse

from schema.build import schema
from schema.cost import CostCache, operation_cost

QUERY = """query($n: Int) { recommendations(slot: "home", first: $n) {
  items { position item { id code } } } }"""


def test_cached_costs_follow_the_variables_and_equal_the_walk() -> None:
    graphql_schema = schema._schema
    document = parse(QUERY)
    cache = CostCache(size=2)
    for n in (5, 50, 5, 100, 50):
        expected = operation_cost(graphql_schema, document, None, {"n": n})
        assert cache.cost(graphql_schema, QUERY, document, None, {"n": n}) == expected
    assert operation_cost(graphql_schema, document, None, {"n": 5}) != operation_cost(
        graphql_schema, document, None, {"n": 100}
    )
    # the cache keeps the latest two operations only
    assert len(cache._costs) == 2
