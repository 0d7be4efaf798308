"""Members, their identities across channels, and the log of OneID merges."""

from __future__ import annotations

from enum import StrEnum
from typing import Any

from tortoise import fields
from tortoise.models import Model


class Channel(StrEnum):
    MINI_PROGRAM = "MINI_PROGRAM"
    APP = "APP"
    POS = "POS"
    WEB = "WEB"
    IMPORT = "IMPORT"
    PARTNER = "PARTNER"


class MemberStatus(StrEnum):
    ACTIVE = "ACTIVE"
    MERGED = "MERGED"
    ERASED = "ERASED"


class Gender(StrEnum):
    UNKNOWN = "UNKNOWN"
    MALE = "MALE"
    FEMALE = "FEMALE"


class IdentityKind(StrEnum):
    PHONE = "PHONE"
    WECHAT_OPENID = "WECHAT_OPENID"
    WECHAT_UNIONID = "WECHAT_UNIONID"
    DEVICE_ID = "DEVICE_ID"
    CARD_NO = "CARD_NO"
    EXTERNAL = "EXTERNAL"


class Member(Model):
    """A person, numbered densely so the id doubles as a bit offset in tag bitmaps."""

    id = fields.BigIntField(primary_key=True)
    status = fields.CharEnumField(MemberStatus, max_length=10, default=MemberStatus.ACTIVE)
    merged_into_id = fields.BigIntField(null=True)
    name = fields.CharField(max_length=100, null=True)
    gender = fields.CharEnumField(Gender, max_length=10, default=Gender.UNKNOWN)
    birthday = fields.DateField(null=True)
    region = fields.CharField(max_length=50, null=True)
    city = fields.CharField(max_length=50, null=True)
    consent_sms = fields.BooleanField(default=False)
    consent_push = fields.BooleanField(default=False)
    channel = fields.CharEnumField(Channel, max_length=20)
    source_store = fields.CharField(max_length=50, null=True)
    source_staff = fields.CharField(max_length=50, null=True)
    source_campaign = fields.CharField(max_length=50, null=True)
    source_referrer_id = fields.BigIntField(null=True)
    source_scene = fields.CharField(max_length=100, null=True)
    registered_at = fields.DatetimeField()
    profile_updated_at = fields.DatetimeField()
    erased_at = fields.DatetimeField(null=True)
    token_version = fields.IntField(default=0)

    class Meta:
        table = "members"
        indexes = (("city",), ("registered_at",))


class Identity(Model):
    """A way to recognise a member; each (kind, namespace, value) belongs to one live member."""

    id = fields.BigIntField(primary_key=True)
    member: fields.ForeignKeyRelation[Member] = fields.ForeignKeyField(
        "models.Member", related_name="identities", on_delete=fields.CASCADE
    )
    member_id: int  # the foreign key's column, set by Tortoise
    kind = fields.CharEnumField(IdentityKind, max_length=20)
    namespace = fields.CharField(max_length=64, default="")
    value = fields.CharField(max_length=128)
    created_at = fields.DatetimeField(auto_now_add=True)

    class Meta:
        table = "member_identities"
        unique_together = (("kind", "namespace", "value"),)


class MemberMerge(Model):
    """One OneID merge: the absorbed member now resolves to the survivor."""

    id = fields.BigIntField(primary_key=True)
    survivor_id = fields.BigIntField(db_index=True)
    absorbed_id = fields.BigIntField(unique=True)
    reason = fields.CharField(max_length=200)
    operator = fields.CharField(max_length=100)
    conflicts: dict[str, Any] = fields.JSONField(default=dict)
    created_at = fields.DatetimeField(auto_now_add=True)

    class Meta:
        table = "member_merges"


class MemberLink(Model):
    """Two members seen on the same weak identity (a shared device): linked, never merged."""

    id = fields.BigIntField(primary_key=True)
    member_id = fields.BigIntField(db_index=True)
    other_member_id = fields.BigIntField(db_index=True)
    kind = fields.CharField(max_length=20)
    value = fields.CharField(max_length=128)
    created_at = fields.DatetimeField(auto_now_add=True)

    class Meta:
        table = "member_links"
        unique_together = (("member_id", "other_member_id", "kind", "value"),)


class PhoneVerification(Model):
    """A one-time code sent to a phone a member wants to bind; only its HMAC is kept."""

    id = fields.BigIntField(primary_key=True)
    member_id = fields.BigIntField()
    phone = fields.CharField(max_length=20)
    code_hash = fields.CharField(max_length=64)
    attempts = fields.IntField(default=0)
    created_at = fields.DatetimeField()
    expires_at = fields.DatetimeField()
    consumed_at = fields.DatetimeField(null=True)

    class Meta:
        table = "member_phone_verifications"
        indexes = (("phone", "created_at"), ("member_id", "created_at"))
