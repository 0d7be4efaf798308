"""Running GraphQL operations and jobs the way production does, for tests."""

from __future__ import annotations

from typing import Any

from arq.worker import Worker

from domain import jobs
from domain.access import Principal, Role
from schema.build import schema
from schema.context import Context
from schema.relay import decode_global_id
from workers.queue import redis_settings
from workers.runner import run_job

# Staff with every scope; tests/schema/test_scopes.py covers narrower tokens.
STAFF = Principal(role=Role.STAFF, scopes=frozenset({"*"}), subject="staff-test")
SERVICE = Principal(role=Role.SERVICE, subject="service-test")
BI = Principal(role=Role.BI, subject="bi-test")
# Codes of a request refused by the schema itself: a variable of the wrong shape, a @oneOf
# input without exactly one field.
SCHEMA_ERRORS = frozenset({"INVALID", "GRAPHQL_VALIDATION_FAILED"})


def member(member_id: int) -> Principal:
    """A member principal."""
    return Principal(role=Role.MEMBER, member_id=member_id, subject=f"member:{member_id}")


async def gql(
    query: str, variables: dict[str, Any] | None = None, principal: Principal | None = None
) -> Any:
    """Execute an operation with a real context; deferred jobs are enqueued afterwards."""
    async with jobs.deferred_scope():
        return await schema.execute(
            query,
            variable_values=variables,
            context_value=Context(principal=principal, request_id="test", debug=False),
        )


async def run_jobs(redis: Any, max_rounds: int = 5) -> None:
    """Drain the queue with a burst worker (jobs that defer jobs run in later rounds)."""
    for _ in range(max_rounds):
        worker = Worker(
            functions=[run_job],
            redis_settings=redis_settings(),
            burst=True,
            poll_delay=0.05,
            keep_result=0,
            max_tries=30,
            handle_signals=False,
        )
        await worker.main()
        await worker.close()
        if not await redis.zcard("arq:queue"):
            return


def pk(global_id: str) -> int:
    """The number inside a global id."""
    return decode_global_id(global_id, "id")[1]
