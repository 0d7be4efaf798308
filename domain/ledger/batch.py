"""Set-based ledger work over many accounts: the nightly expiry and campaign credits."""

from __future__ import annotations

from datetime import datetime

from domain import db, dirty
from domain.clock import utc_now
from domain.ledger.service import Meta, credit, require_positive


async def accounts_with_due_lots(
    now: datetime, after_id: int, limit: int, among: list[int] | None = None
) -> list[int]:
    """Accounts that hold lots whose time has come, in id order (for the expiry job)."""
    rows = await db.fetch(
        "SELECT DISTINCT account_id FROM ledger_lots WHERE remaining > 0 AND expires_at <= $1 "
        "AND account_id > $2 AND ($4::bigint[] IS NULL OR account_id = ANY($4::bigint[])) "
        "ORDER BY account_id LIMIT $3",
        now,
        after_id,
        limit,
        among,
    )
    return [int(r["account_id"]) for r in rows]


async def expire_due_batch(account_ids: list[int], now: datetime) -> int:
    """Expire the due lots of many accounts in a few set-based statements (the nightly path).
    Lots that carry a share over are left to `expire_due`, which handles the carry-over."""
    if not account_ids:
        return 0
    stamp = int(now.timestamp() * 1_000_000)
    async with db.transaction():
        await db.execute(
            "SELECT 1 FROM ledger_accounts WHERE id = ANY($1::bigint[]) ORDER BY id FOR UPDATE",
            account_ids,
        )
        await db.execute(
            """CREATE TEMP TABLE due_lots ON COMMIT DROP AS
               SELECT id, account_id, remaining FROM ledger_lots
                WHERE account_id = ANY($1::bigint[]) AND remaining > 0 AND expires_at <= $2
                  AND carry_percent = 0""",
            account_ids,
            now,
        )
        await db.execute(
            """WITH written AS (
                 INSERT INTO ledger_entries (account_id, kind, amount, frozen_delta, shortfall,
                                             idempotency_key, source, reason, operator, created_at)
                 SELECT account_id, 'EXPIRE', -remaining, 0, 0, 'expire:' || id || ':' || $1,
                        'lot:' || id, 'expiry', '', $2 FROM due_lots
                 RETURNING id, source)
               INSERT INTO ledger_allocations (entry_id, lot_id, amount)
               SELECT w.id, d.id, d.remaining FROM written w
                 JOIN due_lots d ON w.source = 'lot:' || d.id""",
            str(stamp),
            now,
        )
        await dirty.mark_moments("ledger", [now])
        await db.execute(
            "UPDATE ledger_lots l SET remaining = 0, expired = true FROM due_lots d "
            "WHERE l.id = d.id"
        )
        row = await db.fetch_one(
            """WITH totals AS (SELECT account_id, sum(remaining) AS amount FROM due_lots
                               GROUP BY account_id),
                    applied AS (UPDATE ledger_accounts a SET available = a.available - t.amount,
                                       updated_at = now()
                                  FROM totals t WHERE a.id = t.account_id RETURNING t.amount)
               SELECT COALESCE(sum(amount), 0) AS total FROM applied"""
        )
    return int(row["total"]) if row else 0


async def credit_batch(
    member_ids: list[int],
    asset: str,
    amount: int,
    keys: list[str],
    meta: Meta,
    *,
    expires_at: datetime | None = None,
    funding_party: str = "platform",
) -> list[int]:
    """Credit the same amount to many members' accounts in a few set-based statements
    (campaign fan-out). Idempotent per (account, key): members already credited under their
    key are skipped. Members whose balance is negative get the normal path (debt repaid
    first). Returns the members credited now. Call inside the caller's transaction."""
    require_positive(amount, "amount")
    await db.execute(
        """INSERT INTO ledger_accounts (member_id, asset, available, frozen, allow_negative,
                                        status, created_at, updated_at)
           SELECT m, $2, 0, 0, false, 'ACTIVE', now(), now() FROM unnest($1::bigint[]) AS m
           ON CONFLICT (member_id, asset) DO NOTHING""",
        member_ids,
        asset,
    )
    accounts = await db.fetch(
        "SELECT id, member_id, available FROM ledger_accounts WHERE asset = $2 "
        "AND member_id = ANY($1::bigint[]) ORDER BY id FOR UPDATE",
        member_ids,
        asset,
    )
    by_member = {r["member_id"]: r for r in accounts}
    stamp = utc_now()
    key_of = dict(zip(member_ids, keys, strict=True))
    plain = [m for m in member_ids if by_member[m]["available"] >= 0]
    credited = await db.fetch(
        """WITH written AS (
             INSERT INTO ledger_entries (account_id, kind, amount, frozen_delta, shortfall,
                                         idempotency_key, source, reason, operator, created_at)
             SELECT t.account_id, 'CREDIT', $3, 0, 0, t.key, $4, $5, $6, $9
               FROM unnest($1::bigint[], $2::text[]) AS t(account_id, key)
             ON CONFLICT (account_id, idempotency_key) DO NOTHING
             RETURNING id, account_id),
           lots AS (
             INSERT INTO ledger_lots (account_id, amount, remaining, earned_at, expires_at,
                                      source, funding_party, entry_id, expired, carry_percent)
             SELECT account_id, $3, $3, $9, $7, $4, $8, id, false, 0 FROM written
             RETURNING account_id)
           UPDATE ledger_accounts a SET available = a.available + $3, updated_at = now()
             FROM lots WHERE a.id = lots.account_id RETURNING a.member_id""",
        [by_member[m]["id"] for m in plain],
        [key_of[m] for m in plain],
        amount,
        meta.source[:100],
        meta.reason[:200],
        meta.operator[:100],
        expires_at,
        funding_party[:100],
        stamp,
    )
    if credited:
        await dirty.mark_moments("ledger", [stamp])
    done = [int(r["member_id"]) for r in credited]
    for member_id in member_ids:
        if by_member[member_id]["available"] < 0:
            movement = await credit(
                by_member[member_id]["id"],
                amount,
                key_of[member_id],
                meta,
                expires_at=expires_at,
                funding_party=funding_party,
            )
            if not movement.replayed:
                done.append(member_id)
    return done
