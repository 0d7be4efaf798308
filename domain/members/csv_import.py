"""`crm import members FILE.csv`: each row registers (or recognises) one person."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from domain import jobs
from domain.csvio import AUTO, ImportReport, RejectedRow, earlier_line, parse_bool, read_rows
from domain.errors import DomainError
from domain.members import registration as members_registration
from domain.members.models import Channel, Gender, IdentityKind
from domain.members.rules import IdentityKey, normalise_identity

REQUIRED = {"phone"}
OPTIONAL_IDENTITIES = {"card_no": IdentityKind.CARD_NO, "unionid": IdentityKind.WECHAT_UNIONID}


def _row_to_registration(
    row: dict[str, str], today: date
) -> tuple[Channel, list[IdentityKey], members_registration.Profile]:
    identities = [normalise_identity(IdentityKind.PHONE, row["phone"], None, "phone")]
    for column, kind in OPTIONAL_IDENTITIES.items():
        if row.get(column):
            identities.append(normalise_identity(kind, row[column], None, column))
    try:
        channel = Channel(row.get("channel") or "IMPORT")
    except ValueError:
        raise DomainError(f"Unknown channel '{row.get('channel')}'.", field="channel") from None
    try:
        gender = Gender(row["gender"].upper()) if row.get("gender") else None
    except ValueError:
        raise DomainError(f"Unknown gender '{row.get('gender')}'.", field="gender") from None
    try:
        birthday = date.fromisoformat(row["birthday"]) if row.get("birthday") else None
    except ValueError:
        raise DomainError(
            f"'{row['birthday']}' is not a YYYY-MM-DD date.", field="birthday"
        ) from None
    profile = members_registration.Profile(
        name=row.get("name") or None,
        gender=gender,
        birthday=birthday,
        region=row.get("region") or None,
        city=row.get("city") or None,
        consent_sms=parse_bool(row.get("consent_sms", ""), "consent_sms"),
        consent_push=parse_bool(row.get("consent_push", ""), "consent_push"),
    )
    members_registration.validate_profile(profile, today)
    return channel, identities, profile


def _repeated_identity(
    seen: dict[object, int], identities: list[IdentityKey], line: int
) -> tuple[str, str] | None:
    """(column, reason) when one of the row's identities was on an earlier line."""
    columns = {IdentityKind.PHONE: "phone", **{k: c for c, k in OPTIONAL_IDENTITIES.items()}}
    for identity in identities:
        earlier = earlier_line(seen, identity, line)
        if earlier is not None:
            return columns[identity.kind], f"'{identity.value}' is already on line {earlier}."
    return None


async def import_members(
    path: Path, *, today: date, operator: str = "import", encoding: str = AUTO
) -> ImportReport:
    """Validate every row; register each good row in its own transaction (a bad row loads
    nothing of itself). Rows naming a person already known are counted as unchanged; an
    identity given twice in the file is rejected on its later line. `today` (the business
    date) judges birthdays."""
    report = ImportReport()
    seen: dict[object, int] = {}
    for line, row in read_rows(path, REQUIRED, report, encoding=encoding):
        try:
            channel, identities, profile = _row_to_registration(row, today)
            repeated = _repeated_identity(seen, identities, line)
            if repeated is not None:
                report.rejected.append(RejectedRow(line, *repeated))
                continue
            async with jobs.deferred_scope():
                result = await members_registration.register_member(
                    channel=channel,
                    identities=identities,
                    profile=profile,
                    source=members_registration.Source(scene="csv-import"),
                    operator=operator,
                )
        except DomainError as error:
            column = (error.field or "").removesuffix(".value").removesuffix(".namespace")
            report.rejected.append(RejectedRow(line, column, error.message))
            continue
        if result.created:
            report.loaded += 1
        else:
            report.unchanged += 1
    return report
