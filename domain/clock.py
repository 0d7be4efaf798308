"""Time: stored in UTC, business calendars in the configured business time zone."""

from __future__ import annotations

import calendar
from datetime import UTC, date, datetime, time, timedelta
from zoneinfo import ZoneInfo

from domain import config

_DEFAULT_ZONE = "Asia/Shanghai"


def business_zone() -> ZoneInfo:
    """The business time zone (TIME_ZONE, default Asia/Shanghai)."""
    return ZoneInfo(config.TIME_ZONE.get() or _DEFAULT_ZONE)


def utc_now() -> datetime:
    """The current instant, timezone-aware UTC."""
    return datetime.now(UTC)


def business_today(now: datetime | None = None) -> date:
    """Today's date in the business time zone."""
    return (now or utc_now()).astimezone(business_zone()).date()


def to_business(moment: datetime) -> datetime:
    """An instant seen on the business wall clock."""
    return moment.astimezone(business_zone())


def business_day_start(day: date) -> datetime:
    """The UTC instant at which a business day begins."""
    return datetime.combine(day, time.min, tzinfo=business_zone()).astimezone(UTC)


def business_day_end(day: date) -> datetime:
    """The UTC instant at which a business day ends (exclusive)."""
    return business_day_start(day + timedelta(days=1))


def birthdays_on(day: date) -> list[str]:
    """The birthdays ("MM-DD") celebrated on a business day: Feb 29 birthdays are kept on Feb 28
    in years without a Feb 29, so those members are not skipped three years in four."""
    celebrated = [day.strftime("%m-%d")]
    if (day.month, day.day) == (2, 28) and not calendar.isleap(day.year):
        celebrated.append("02-29")
    return celebrated
