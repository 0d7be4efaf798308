"""Member inputs and their conversion to domain values."""

from __future__ import annotations

from datetime import date

import strawberry

from domain.members.models import IdentityKind
from domain.members.registration import Profile, Source
from domain.members.rules import IdentityKey, normalise_identity
from schema.members.types import ChannelEnum, GenderEnum, IdentityKindEnum
from schema.relay import decode_id


@strawberry.input(description="An identity: kind, namespace (openid app id, platform), value.")
class IdentityInput:
    kind: IdentityKindEnum
    value: str
    namespace: str | None = None

    def to_key(self, field: str = "identity") -> IdentityKey:
        return normalise_identity(IdentityKind(self.kind), self.value, self.namespace, field)


@strawberry.input(description="Profile fields; omitted fields stay as they are.")
class ProfileInput:
    name: str | None = None
    gender: GenderEnum | None = None
    birthday: date | None = None
    region: str | None = None
    city: str | None = None
    consent_sms: bool | None = None
    consent_push: bool | None = None

    def to_profile(self) -> Profile:
        return Profile(
            name=self.name,
            gender=self.gender,
            birthday=self.birthday,
            region=self.region,
            city=self.city,
            consent_sms=self.consent_sms,
            consent_push=self.consent_push,
        )


@strawberry.input(description="Where the member was recruited.")
class SourceInput:
    store: str | None = None
    staff: str | None = None
    campaign: str | None = None
    referrer_id: strawberry.ID | None = None
    scene: str | None = None

    def to_source(self) -> Source:
        referrer = (
            decode_id(self.referrer_id, "Member", "source.referrerId") if self.referrer_id else None
        )
        return Source(
            store=self.store,
            staff=self.staff,
            campaign=self.campaign,
            referrer_id=referrer,
            scene=self.scene,
        )


@strawberry.input
class RegisterMemberInput:
    channel: ChannelEnum
    identities: list[IdentityInput]
    profile: ProfileInput | None = None
    source: SourceInput | None = None
    invite_code: str | None = strawberry.field(
        default=None,
        description="The invite code the person came with: the code's owner becomes the "
        "referrer (source.referrerId is then ignored) and the referral rule's registration "
        "rewards are paid once. An existing member is not referred.",
    )


@strawberry.input
class UpdateProfileInput:
    profile: ProfileInput
    member_id: strawberry.ID | None = strawberry.field(
        default=None, description="Staff: the member to change. Members change themselves."
    )


@strawberry.input
class BindIdentityInput:
    identity: IdentityInput
    member_id: strawberry.ID | None = strawberry.field(
        default=None, description="Staff and service: the member. Members bind to themselves."
    )
    code: str | None = strawberry.field(
        default=None,
        description="Members binding a phone: the code sent by requestVerificationCode.",
    )


@strawberry.input
class RequestVerificationCodeInput:
    phone: str = strawberry.field(description="The mainland mobile number to verify.")


@strawberry.input
class RevokeMemberTokensInput:
    member_id: strawberry.ID | None = strawberry.field(
        default=None, description="Staff and service: the member. Members revoke their own."
    )


@strawberry.input
class MergeMembersInput:
    survivor_id: strawberry.ID
    absorbed_id: strawberry.ID
    reason: str


@strawberry.input
class EraseMemberInput:
    member_id: strawberry.ID


@strawberry.input
class IssueMemberTokenInput:
    identity: IdentityInput
    ttl_seconds: int | None = None


def identity_keys(inputs: list[IdentityInput]) -> list[IdentityKey]:
    """Normalised identities with field paths for errors."""
    return [identity.to_key(f"identities[{i}]") for i, identity in enumerate(inputs)]
