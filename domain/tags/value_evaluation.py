"""Holdout evaluation of the purchase (BG/NBD) and spend (Gamma-Gamma) models.

Transactions are (customer, day, amount); several on one day are one transaction of their summed
amount. The cohort is every customer whose first purchase is on or before the calibration end.
The models are fitted on the calibration period and predict, for the holdout period up to the last
day in the data, each customer's repeat transactions and the value of their transactions; the
report sets them against what happened, in total and by the number of calibration repeats (as in
Fader, Hardie and Lee's figures).
"""

from __future__ import annotations

import csv
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import Any

import numpy as np

from domain.errors import DomainError, ErrorCode
from domain.tags import bgnbd, gammagamma, value_variants

MAX_BUCKET = 7
MAX_LISTED_BAD_ROWS = 20


class InvalidTransactions(DomainError):
    """A transactions file or its parameters were refused."""

    code = ErrorCode.INVALID


@dataclass(frozen=True, slots=True)
class Transactions:
    """Parallel arrays: customer id, day (datetime64[D]) and amount."""

    customers: np.ndarray
    days: np.ndarray
    amounts: np.ndarray


def read_transactions_csv(path: Path | str) -> Transactions:
    """Read `customer,date,amount` (ISO dates); every bad row is listed in one error."""
    customers: list[str] = []
    days: list[str] = []
    amounts: list[float] = []
    bad: list[str] = []
    with open(path, newline="", encoding="utf-8-sig") as handle:
        reader = csv.reader(handle)
        header = [c.strip().lower() for c in next(reader, [])]
        missing = [c for c in ("customer", "date", "amount") if c not in header]
        if missing:
            raise InvalidTransactions(
                f"CSV header (line 1) is missing column(s): {', '.join(missing)}", field=missing[0]
            )
        at = {name: header.index(name) for name in ("customer", "date", "amount")}
        for row in reader:
            if not any(cell.strip() for cell in row):
                continue
            line = reader.line_num
            if len(row) != len(header):
                bad.append(f"line {line}: {len(row)} columns, expected {len(header)}")
                continue
            customer, day, amount = (row[at[n]].strip() for n in ("customer", "date", "amount"))
            try:
                date.fromisoformat(day)
            except ValueError:
                bad.append(f"line {line}: date: not an ISO date: {day!r}")
                continue
            try:
                value = float(amount)
            except ValueError:
                value = float("nan")
            if not np.isfinite(value) or value < 0 or not customer:
                bad.append(f"line {line}: amount or customer: {amount!r}, {customer!r}")
                continue
            customers.append(customer)
            days.append(day)
            amounts.append(value)
    if bad:
        more = (
            f"; and {len(bad) - MAX_LISTED_BAD_ROWS} more" if len(bad) > MAX_LISTED_BAD_ROWS else ""
        )
        raise InvalidTransactions(
            f"{len(bad)} bad row(s): " + "; ".join(bad[:MAX_LISTED_BAD_ROWS]) + more, field="rows"
        )
    if not customers:
        raise InvalidTransactions("the file has no transactions", field="rows")
    return Transactions(
        np.asarray(customers), np.asarray(days, dtype="datetime64[D]"), np.asarray(amounts)
    )


def evaluate_value_models(
    transactions: Transactions, calibration_end: date, *, days_per_period: float = 7.0
) -> dict[str, Any]:
    """Fit on the calibration period, compare predictions with the holdout period."""
    end = np.datetime64(calibration_end, "D")
    last = transactions.days.max()
    if not transactions.days.min() <= end < last:
        raise InvalidTransactions(
            "the calibration end must fall inside the data, before its last day",
            field="calibrationEnd",
        )
    customers, owner = np.unique(transactions.customers, return_inverse=True)
    day_number = transactions.days.astype(np.int64)
    # one transaction per customer and day, of the day's summed amount
    keys, merged_index = np.unique(np.stack([owner, day_number]), axis=1, return_inverse=True)
    owner_d, day_d = keys
    amount_d = np.bincount(merged_index.ravel(), weights=transactions.amounts)
    first = np.full(customers.size, np.iinfo(np.int64).max)
    np.minimum.at(first, owner_d, day_d)
    cohort = first <= end.astype(np.int64)
    summary = bgnbd.summarise_repeat_purchases(
        owner_d, day_d.astype("datetime64[D]"), end, days_per_period=days_per_period
    )
    x, t_x, T = summary.x[cohort], summary.t_x[cohort], summary.T[cohort]
    purchases = bgnbd.fit(x, t_x, T)
    horizon = float(last.astype(np.int64) - end.astype(np.int64)) / days_per_period
    predicted = bgnbd.expected_purchases(purchases, horizon, x, t_x, T)
    repeat = day_d > first[owner_d]
    in_calibration = repeat & (day_d <= end.astype(np.int64))
    in_holdout = day_d > end.astype(np.int64)
    actual = np.bincount(owner_d[in_holdout], minlength=customers.size)[cohort]
    report = {
        "customers": int(cohort.sum()),
        "calibration_end": calibration_end.isoformat(),
        "holdout_periods": horizon,
        "purchase_model": {
            "params": {k: getattr(purchases, k) for k in ("r", "alpha", "a", "b")},
            "log_likelihood": purchases.log_likelihood,
            "predicted": float(predicted.sum()),
            "actual": int(actual.sum()),
            "by_calibration_repeats": _by_repeats(x, predicted, actual),
        },
    }
    report["spend_model"] = _spend(
        owner_d, amount_d, in_calibration, in_holdout, cohort, customers.size
    )
    report["purchase_variants"] = value_variants.compare_variants(
        owner_d,
        day_d,
        int(end.astype(np.int64)),
        int(last.astype(np.int64)),
        days_per_period=days_per_period,
    )
    return report


def _by_repeats(x: np.ndarray, predicted: np.ndarray, actual: np.ndarray) -> list[dict[str, Any]]:
    rows = []
    for bucket in range(MAX_BUCKET + 1):
        chosen = x >= bucket if bucket == MAX_BUCKET else x == bucket
        if chosen.any():
            rows.append(
                {
                    "repeats": f"{bucket}+" if bucket == MAX_BUCKET else str(bucket),
                    "customers": int(chosen.sum()),
                    "predicted": float(predicted[chosen].mean()),
                    "actual": float(actual[chosen].mean()),
                }
            )
    return rows


def _mean_by(owner: np.ndarray, values: np.ndarray, mask: np.ndarray, n: int) -> tuple[Any, ...]:
    counts = np.bincount(owner[mask], minlength=n)
    sums = np.bincount(owner[mask], weights=values[mask], minlength=n)
    return counts, np.divide(sums, counts, out=np.zeros(n), where=counts > 0)


def _spend(
    owner: np.ndarray,
    amounts: np.ndarray,
    in_calibration: np.ndarray,
    in_holdout: np.ndarray,
    cohort: np.ndarray,
    n: int,
) -> dict[str, Any]:
    x, m_x = _mean_by(owner, amounts, in_calibration, n)
    held, actual = _mean_by(owner, amounts, in_holdout, n)
    repeaters = cohort & (x > 0)
    params = gammagamma.fit(x[repeaters], m_x[repeaters])
    judged = repeaters & (held > 0)
    expected = gammagamma.expected_value(params, x[judged], m_x[judged])
    return {
        "params": {"p": params.p, "q": params.q, "gamma": params.gamma},
        "population_mean": params.population_mean,
        "customers_judged": int(judged.sum()),
        "mean_predicted": float(expected.mean()) if judged.any() else 0.0,
        "mean_actual": float(actual[judged].mean()) if judged.any() else 0.0,
        "mae": float(np.abs(expected - actual[judged]).mean()) if judged.any() else 0.0,
        "mae_own_average": float(np.abs(m_x[judged] - actual[judged]).mean())
        if judged.any()
        else 0.0,
    }


def format_value_report(report: dict[str, Any]) -> str:
    """The report as plain text lines."""
    purchase, spend = report["purchase_model"], report["spend_model"]
    error = (purchase["predicted"] - purchase["actual"]) / max(purchase["actual"], 1) * 100
    lines = [
        f"{report['customers']} customers, calibration to {report['calibration_end']}, "
        f"holdout {report['holdout_periods']:.1f} periods",
        "BG/NBD "
        + ", ".join(f"{k}={v:.3f}" for k, v in purchase["params"].items())
        + f", log-likelihood {purchase['log_likelihood']:.1f}",
        f"holdout repeat transactions: predicted {purchase['predicted']:.0f}, actual "
        f"{purchase['actual']} ({error:+.1f}%)",
        "calibration repeats | customers | predicted mean | actual mean",
    ]
    lines += [
        f"{row['repeats']:>19} | {row['customers']:>9} | {row['predicted']:>14.3f} | "
        f"{row['actual']:.3f}"
        for row in purchase["by_calibration_repeats"]
    ]
    lines += [
        "Gamma-Gamma "
        + ", ".join(f"{k}={v:.3f}" for k, v in spend["params"].items())
        + f", population mean {spend['population_mean']:.2f}",
        f"holdout transaction value of {spend['customers_judged']} customers: predicted mean "
        f"{spend['mean_predicted']:.2f}, actual {spend['mean_actual']:.2f}, MAE "
        f"{spend['mae']:.2f} (their own calibration average: {spend['mae_own_average']:.2f})",
    ]
    if "purchase_variants" in report:
        lines += value_variants.format_variants(report["purchase_variants"])
    return "\n".join(lines)


def cdnow_transactions(path: Path | str) -> Transactions:
    """The CDNOW sample file (whitespace-separated, no header) as transactions."""
    columns = np.loadtxt(path, dtype=str, usecols=(1, 2, 4), ndmin=2)
    days = [f"{raw[:4]}-{raw[4:6]}-{raw[6:8]}" for raw in columns[:, 1]]
    return Transactions(
        columns[:, 0], np.asarray(days, dtype="datetime64[D]"), columns[:, 2].astype(float)
    )


def as_sequence(transactions: Transactions) -> Sequence[tuple[str, str, float]]:
    """Rows (customer, ISO day, amount), e.g. to write a CSV."""
    return [
        (str(c), str(d), float(a))
        for c, d, a in zip(
            transactions.customers, transactions.days, transactions.amounts, strict=True
        )
    ]
