"""myMessages, unreadMessageCount and markMessagesRead: a member reads and marks only their own."""

from __future__ import annotations

import pytest

from domain.campaigns.models import InboxMessage
from tests.domain.campaigns.support import AT
from tests.factories import insert_members
from tests.helpers import gql, member

pytestmark = pytest.mark.usefixtures("database")
READ = """query($u: Boolean) { myMessages(unread: $u) { nodes { id title body read } }
                               unreadMessageCount }"""
MARK = """mutation($i: MarkMessagesReadInput!) {
  markMessagesRead(input: $i) { marked unread errors { code field } } }"""


async def test_a_member_reads_and_marks_only_their_own_messages() -> None:
    # given three messages for A and one for B
    a, b = await insert_members(2)
    for n in range(3):
        await InboxMessage.create(member_id=a, title=f"t{n}", body=f"b{n}", created_at=AT)
    await InboxMessage.create(member_id=b, title="theirs", body="x", created_at=AT)
    # when A reads, newest first
    shown = (await gql(READ, {}, member(a))).data
    assert [m["title"] for m in shown["myMessages"]["nodes"]] == ["t2", "t1", "t0"]
    assert shown["unreadMessageCount"] == 3
    ids = [m["id"] for m in shown["myMessages"]["nodes"]]
    theirs = (await gql(READ, {}, member(b))).data["myMessages"]["nodes"][0]["id"]
    # and marks one of theirs and one of B's
    marked = (await gql(MARK, {"i": {"ids": [ids[0], theirs]}}, member(a))).data
    # then only A's changed
    assert marked["markMessagesRead"] == {"marked": 1, "unread": 2, "errors": []}
    assert (await gql(READ, {}, member(b))).data["unreadMessageCount"] == 1
    unread = (await gql(READ, {"u": True}, member(a))).data["myMessages"]["nodes"]
    assert [m["title"] for m in unread] == ["t1", "t0"]
    # and all marks the rest, once
    assert (await gql(MARK, {"i": {"all": True}}, member(a))).data["markMessagesRead"][
        "marked"
    ] == 2
    assert (await gql(MARK, {"i": {"all": True}}, member(a))).data["markMessagesRead"][
        "marked"
    ] == 0


@pytest.mark.parametrize(
    ("_case", "given", "code", "field"),
    [
        ("neither", {}, "INVALID", "ids"),
        ("both", {"ids": [], "all": True}, "INVALID", "ids"),
        ("bad id", {"ids": ["nope"]}, "INVALID_ID", "ids[0]"),
    ],
)
async def test_bad_marks_change_nothing(_case: str, given: dict, code: str, field: str) -> None:
    (a,) = await insert_members(1)
    await InboxMessage.create(member_id=a, title="t", body="b", created_at=AT)
    result = (await gql(MARK, {"i": given}, member(a))).data["markMessagesRead"]
    assert result["errors"] == [{"code": code, "field": field}]
    assert await InboxMessage.filter(read_at__isnull=True).count() == 1
