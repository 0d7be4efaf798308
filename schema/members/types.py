"""Member, Identity and statistics types; personal data masked for roles that do not need it."""

from __future__ import annotations

from datetime import date, datetime
from typing import TypeAlias

import strawberry

from domain.access import Principal, mask_name, mask_phone
from domain.members.models import Channel, Gender, Identity, IdentityKind, Member, MemberStatus
from domain.orders.models import MemberStats
from schema.context import Info
from schema.members.dataloaders import IdentitiesByMember, StatsByMember
from schema.members.home import MemberHome
from schema.node import Node
from schema.relay import encode_id

ChannelEnum: TypeAlias = Channel
strawberry.enum(Channel, name="Channel")
GenderEnum: TypeAlias = Gender
strawberry.enum(Gender, name="Gender")
IdentityKindEnum: TypeAlias = IdentityKind
strawberry.enum(IdentityKind, name="IdentityKind")
MemberStatusEnum: TypeAlias = MemberStatus
strawberry.enum(MemberStatus, name="MemberStatus")


def sees_unmasked(principal: Principal | None, member_id: int) -> bool:
    """Staff, service and the member themself see personal data unmasked."""
    if principal is None:
        return False
    return principal.sees_personal_data or principal.member_id == member_id


@strawberry.type(name="Identity", description="A way to recognise a member on a channel.")
class IdentityType:
    kind: IdentityKindEnum
    namespace: str = strawberry.field(description="App id (openid) or platform (external).")
    value: str = strawberry.field(description="Masked for roles that do not need it.")
    created_at: datetime

    @classmethod
    def from_model(cls, identity: Identity, unmasked: bool) -> IdentityType:
        value = identity.value
        if not unmasked and identity.kind == IdentityKind.PHONE:
            value = mask_phone(value) or ""
        elif not unmasked:
            value = _mask_id(value)
        return cls(
            kind=IdentityKind(identity.kind),
            namespace=identity.namespace,
            value=value or "",
            created_at=identity.created_at,
        )


def _mask_id(value: str) -> str:
    return value[:2] + "****" + value[-2:] if len(value) > 6 else "****"


@strawberry.type(name="MemberStats", description="Purchase statistics, net of refunds.")
class MemberStatsType:
    first_order_at: datetime | None
    last_order_at: datetime | None
    order_count: int
    total_spend_cents: int
    refunded_cents: int

    @classmethod
    def from_model(cls, stats: MemberStats | None) -> MemberStatsType:
        if stats is None:
            return cls(
                first_order_at=None,
                last_order_at=None,
                order_count=0,
                total_spend_cents=0,
                refunded_cents=0,
            )
        return cls(
            first_order_at=stats.first_order_at,
            last_order_at=stats.last_order_at,
            order_count=stats.order_count,
            total_spend_cents=stats.total_spend_cents,
            refunded_cents=stats.refunded_cents,
        )


@strawberry.type(name="Member", description="A member: one person across every channel.")
class MemberType(MemberHome, Node):
    unmasked: strawberry.Private[bool]
    id: strawberry.ID = strawberry.field(description="Global id.")
    status: MemberStatusEnum
    channel: ChannelEnum = strawberry.field(description="Channel of registration.")
    name: str | None = strawberry.field(description="Masked unless staff, service or self.")
    gender: GenderEnum
    birthday: date | None
    region: str | None
    city: str | None
    consent_sms: bool
    consent_push: bool
    registered_at: datetime
    source_store: str | None
    source_campaign: str | None

    @classmethod
    def from_model(cls, member: Member, principal: Principal | None) -> MemberType:
        unmasked = sees_unmasked(principal, member.id)
        return cls(
            pk=member.id,
            unmasked=unmasked,
            id=strawberry.ID(encode_id("Member", member.id)),
            status=MemberStatus(member.status),
            channel=Channel(member.channel),
            name=member.name if unmasked else mask_name(member.name),
            gender=Gender(member.gender),
            birthday=member.birthday if unmasked else None,
            region=member.region,
            city=member.city,
            consent_sms=member.consent_sms,
            consent_push=member.consent_push,
            registered_at=member.registered_at,
            source_store=member.source_store,
            source_campaign=member.source_campaign,
        )

    @strawberry.field(description="The member's identities.")
    async def identities(self, info: Info) -> list[IdentityType]:
        rows = await info.context.loaders.of(IdentitiesByMember).load(self.pk)
        return [IdentityType.from_model(r, self.unmasked) for r in rows]

    @strawberry.field(description="Purchase statistics kept by the order job.")
    async def stats(self, info: Info) -> MemberStatsType:
        return MemberStatsType.from_model(
            await info.context.loaders.of(StatsByMember).load(self.pk)
        )


@strawberry.type(name="MemberCode", description="A short-lived signed code to show as a QR code.")
class MemberCodeType:
    code: str
    expires_at: datetime
