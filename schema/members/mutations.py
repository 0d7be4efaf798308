"""Member mutations: register, profile, identities, merge, erase, member tokens."""

from __future__ import annotations

from datetime import UTC, datetime
from typing import TypeVar

import strawberry

from domain import tokens
from domain.access import Role, Scope
from domain.clock import utc_now
from domain.engagement import referrals
from domain.errors import DomainError, NotFound
from domain.members import erasure as members_erasure
from domain.members import identities as members_identities
from domain.members import merging as members_merging
from domain.members import registration as members_registration
from domain.members import service as members_service
from domain.members import token_versions, verification
from domain.members.models import Member
from schema.access import actor, target_member
from schema.context import Info
from schema.errors import UserError, returns_errors
from schema.members.inputs import (
    BindIdentityInput,
    EraseMemberInput,
    IssueMemberTokenInput,
    MergeMembersInput,
    RegisterMemberInput,
    RequestVerificationCodeInput,
    RevokeMemberTokensInput,
    UpdateProfileInput,
    identity_keys,
)
from schema.members.types import MemberType
from schema.permissions import (
    IsMember,
    IsMemberStaffOrService,
    IsService,
    IsStaff,
    IsStaffOrService,
)
from schema.relay import decode_id, encode_id


@strawberry.type
class MemberPayload:
    member: MemberType | None
    errors: list[UserError]


@strawberry.type
class RegisterMemberPayload:
    member: MemberType | None
    created: bool = strawberry.field(description="False when an existing member was recognised.")
    merged_member_ids: list[strawberry.ID]
    errors: list[UserError]


@strawberry.type
class IssueMemberTokenPayload:
    token: str | None
    expires_at: datetime | None
    member: MemberType | None
    errors: list[UserError]


@strawberry.type
class RequestVerificationCodePayload:
    expires_at: datetime | None = strawberry.field(description="When the code stops working.")
    errors: list[UserError]


M = TypeVar("M", bound=MemberPayload)


def _member_payload(cls: type[M], member: Member, info: Info) -> M:
    """The payload of a changed member, as the caller may see it."""
    return cls(member=MemberType.from_model(member, info.context.principal), errors=[])


@strawberry.type(description="What updateProfile returns.")
class UpdateProfilePayload(MemberPayload):
    pass


@strawberry.type(description="What bindIdentity returns.")
class BindIdentityPayload(MemberPayload):
    pass


@strawberry.type(description="What revokeMemberTokens returns.")
class RevokeMemberTokensPayload(MemberPayload):
    pass


@strawberry.type(description="What unbindIdentity returns.")
class UnbindIdentityPayload(MemberPayload):
    pass


@strawberry.type(description="What mergeMembers returns.")
class MergeMembersPayload(MemberPayload):
    pass


@strawberry.type(description="What eraseMember returns.")
class EraseMemberPayload(MemberPayload):
    pass


@strawberry.type
class MembersMutation:
    @strawberry.mutation(
        description=(
            "Register a person from a channel. A strong identity (phone, unionid, card) already "
            "known returns that member (created=false), merging members that own several of the "
            "identities. With an inviteCode, the code's owner is the referrer; a referral the "
            "anti-abuse checks refuse registers nobody. Errors: REQUIRED, INVALID_PHONE, TOO_MANY, "
            "TOO_LARGE, INVALID, INVALID_ID, UNKNOWN_INVITE_CODE, SELF_REFERRAL, REFERRAL_LOOP, "
            "SAME_DEVICE_AS_REFERRER, PHONE_PREFIX_BATCH."
        ),
        permission_classes=[IsStaffOrService.with_scope(Scope.MEMBERS_WRITE)],
    )
    @returns_errors
    async def register_member(
        self, info: Info, input: RegisterMemberInput
    ) -> RegisterMemberPayload:
        principal = info.context.principal
        identities = identity_keys(input.identities)
        profile = input.profile.to_profile() if input.profile else members_registration.Profile()
        source = input.source.to_source() if input.source else members_registration.Source()
        if input.invite_code is None:
            result = await members_registration.register_member(
                channel=input.channel,
                identities=identities,
                profile=profile,
                source=source,
                operator=actor(info),
            )
        else:
            result, _ = await referrals.register_invited(
                invite_code=input.invite_code,
                channel=input.channel,
                identities=identities,
                profile=profile,
                source=source,
                operator=actor(info),
                now=utc_now(),
            )
        return RegisterMemberPayload(
            member=MemberType.from_model(result.member, principal),
            created=result.created,
            merged_member_ids=[
                strawberry.ID(encode_id("Member", i)) for i in result.merged_member_ids
            ],
            errors=[],
        )

    @strawberry.mutation(
        description="Change profile fields and consents. Errors: TOO_LARGE, INVALID, NOT_FOUND, "
        "MEMBER_ERASED, FORBIDDEN, INVALID_ID.",
        permission_classes=[IsMemberStaffOrService.with_scope(Scope.MEMBERS_WRITE)],
    )
    @returns_errors
    async def update_profile(self, info: Info, input: UpdateProfileInput) -> UpdateProfilePayload:
        member = await members_registration.update_profile(
            member_id=await target_member(info, input.member_id),
            profile=input.profile.to_profile(),
        )
        return _member_payload(UpdateProfilePayload, member, info)

    @strawberry.mutation(
        description=(
            "Send a one-time 6-digit code to a phone the member wants to bind; valid 5 minutes, "
            "5 tries. At most one a minute and ten a day per phone and per member. "
            "Errors: INVALID_PHONE, RATE_LIMITED."
        ),
        permission_classes=[IsMember],
    )
    @returns_errors
    async def request_verification_code(
        self, info: Info, input: RequestVerificationCodeInput
    ) -> RequestVerificationCodePayload:
        principal = info.context.principal
        assert principal is not None and principal.member_id is not None
        sent = await verification.request_code(
            member_id=principal.member_id, phone=input.phone, now=utc_now()
        )
        return RequestVerificationCodePayload(expires_at=sent.expires_at, errors=[])

    @strawberry.mutation(
        description=(
            "Give a member an identity; never merges. Members bind a phone with the code sent by "
            "requestVerificationCode, or a device id; other kinds are vouched for by the login "
            "backend (service) or staff with members:write. An identity of another member is "
            "IDENTITY_TAKEN (a device id only links). Errors: REQUIRED, INVALID_CODE, EXPIRED, "
            "TOO_MANY_ATTEMPTS, IDENTITY_TAKEN, INVALID_PHONE, NOT_FOUND, MEMBER_ERASED, "
            "FORBIDDEN, INVALID_ID."
        ),
        permission_classes=[IsMemberStaffOrService.with_scope(Scope.MEMBERS_WRITE)],
    )
    @returns_errors
    async def bind_identity(self, info: Info, input: BindIdentityInput) -> BindIdentityPayload:
        principal = info.context.principal
        assert principal is not None
        identity = input.identity.to_key()
        if principal.role is Role.MEMBER:
            assert principal.member_id is not None
            member = await members_identities.bind_identity_as_member(
                member_id=principal.member_id, identity=identity, code=input.code, now=utc_now()
            )
        else:
            member = await members_identities.bind_identity(
                member_id=await target_member(info, input.member_id),
                identity=identity,
                operator=actor(info),
            )
        return _member_payload(BindIdentityPayload, member, info)

    @strawberry.mutation(
        description=(
            "Log a member out everywhere: every token issued to them so far is refused from now "
            "on. Members revoke their own. Errors: REQUIRED, NOT_FOUND, MEMBER_ERASED, "
            "FORBIDDEN, INVALID_ID."
        ),
        permission_classes=[IsMemberStaffOrService.with_scope(Scope.MEMBERS_WRITE)],
    )
    @returns_errors
    async def revoke_member_tokens(
        self, info: Info, input: RevokeMemberTokensInput
    ) -> RevokeMemberTokensPayload:
        member = await members_service.revoke_member_tokens(
            member_id=await target_member(info, input.member_id)
        )
        return _member_payload(RevokeMemberTokensPayload, member, info)

    @strawberry.mutation(
        description="Remove an identity (not the last one). Errors: NOT_FOUND, INVALID_STATE, "
        "FORBIDDEN, INVALID_ID.",
        permission_classes=[IsMemberStaffOrService.with_scope(Scope.MEMBERS_WRITE)],
    )
    @returns_errors
    async def unbind_identity(self, info: Info, input: BindIdentityInput) -> UnbindIdentityPayload:
        member = await members_identities.unbind_identity(
            member_id=await target_member(info, input.member_id),
            identity=input.identity.to_key(),
        )
        return _member_payload(UnbindIdentityPayload, member, info)

    @strawberry.mutation(
        description="Staff merge two members by hand; everything the absorbed member owns moves "
        "to the survivor. Errors: NOT_FOUND, INVALID_STATE, INVALID, INVALID_ID.",
        permission_classes=[IsStaff.with_scope(Scope.MEMBERS_WRITE)],
    )
    @returns_errors
    async def merge_members(self, info: Info, input: MergeMembersInput) -> MergeMembersPayload:
        member = await members_merging.merge_members(
            survivor_id=decode_id(input.survivor_id, "Member", "survivorId"),
            absorbed_id=decode_id(input.absorbed_id, "Member", "absorbedId"),
            reason=input.reason,
            operator=actor(info),
        )
        return _member_payload(MergeMembersPayload, member, info)

    @strawberry.mutation(
        description="Erase a member's personal data (profile, identities); orders and ledgers "
        "stay, unattributed to a person. Errors: NOT_FOUND, MEMBER_ERASED, INVALID_ID.",
        permission_classes=[IsStaff.with_scope(Scope.MEMBERS_ERASE)],
    )
    @returns_errors
    async def erase_member(self, info: Info, input: EraseMemberInput) -> EraseMemberPayload:
        member = await members_erasure.erase_member(
            member_id=decode_id(input.member_id, "Member", "memberId"),
            operator=actor(info),
        )
        return _member_payload(EraseMemberPayload, member, info)

    @strawberry.mutation(
        description="A login backend exchanges a verified identity for a member token. "
        "Errors: NOT_FOUND (register first), MEMBER_ERASED, INVALID_PHONE, INVALID.",
        permission_classes=[IsService],
    )
    @returns_errors
    async def issue_member_token(
        self, info: Info, input: IssueMemberTokenInput
    ) -> IssueMemberTokenPayload:
        principal = info.context.principal
        ttl = input.ttl_seconds
        if ttl is not None and not 60 <= ttl <= 30 * 24 * 3600:
            raise DomainError("ttlSeconds must be 60..2592000.", field="ttlSeconds")
        member_id = await members_service.find_member_id(input.identity.to_key())
        if member_id is None:
            raise NotFound("No member has this identity.", field="identity")
        member = await members_service.get_live_member(member_id)
        ttl = ttl or tokens.DEFAULT_TTL_SECONDS[Role.MEMBER]
        token = tokens.mint(
            tokens.TokenConfig(),
            Role.MEMBER,
            member_id=member.id,
            token_version=await token_versions.current_version(member.id),
            ttl_seconds=ttl,
        )
        expires = datetime.fromtimestamp(datetime.now(UTC).timestamp() + ttl, UTC)
        return IssueMemberTokenPayload(
            token=token,
            expires_at=expires,
            member=MemberType.from_model(member, principal),
            errors=[],
        )
