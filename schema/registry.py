"""The Query and Mutation mixins of every area; the schema is their union."""

from __future__ import annotations

from schema.jobs.mutations import JobsMutation
from schema.jobs.queries import JobsQuery
from schema.members import dataloaders as _member_loaders  # noqa: F401
from schema.members.mutations import MembersMutation
from schema.members.queries import MembersQuery
from schema.orders import dataloaders as _order_loaders  # noqa: F401
from schema.orders.mutations import OrdersMutation
from schema.orders.queries import OrdersQuery

QUERY_MIXINS: list[type] = [JobsQuery, MembersQuery, OrdersQuery]
MUTATION_MIXINS: list[type] = [JobsMutation, MembersMutation, OrdersMutation]
