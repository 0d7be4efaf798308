"""The Query and Mutation mixins of every area; the schema is their union."""

from __future__ import annotations

from schema.jobs.mutations import JobsMutation
from schema.jobs.queries import JobsQuery

QUERY_MIXINS: list[type] = [JobsQuery]
MUTATION_MIXINS: list[type] = [JobsMutation]
