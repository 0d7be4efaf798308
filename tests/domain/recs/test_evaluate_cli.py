"""`crm recs evaluate` on files and on seeded data."""

from __future__ import annotations

import csv
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest
from typer.testing import CliRunner

from api.cli import app
from domain import db
from domain.recs.basket_evaluation import basket_holdout, evaluate_baskets
from domain.recs.evaluation import evaluate
from domain.recs.interactions import Interaction, Kind
from domain.recs.planted import planted_clusters
from domain.recs.training import METRIC
from tests.factories import make_planted


def _write(path: Path, rows: list[list[str]]) -> Path:
    with path.open("w", newline="") as handle:
        csv.writer(handle).writerows(rows)
    return path


def _run(*args: str) -> tuple[int, str]:
    result = CliRunner().invoke(app, ["recs", "evaluate", *args])
    stderr = getattr(result, "stderr", "") if result.stderr_bytes is not None else ""
    return result.exit_code, result.stdout + stderr


@pytest.mark.slow
def test_evaluate_prints_every_strategy_and_annoy_recall(tmp_path: Path) -> None:
    # given
    rows = [["user", "item", "timestamp", "kind", "category"]] + [
        [i.user, i.item, i.ts.isoformat(), i.kind.value, i.category or ""]
        for i in planted_clusters(n_users=200, n_items=120, seed=3)
    ]
    path = _write(tmp_path / "interactions.csv", rows)
    # when
    code, output = _run("--interactions", str(path), "--holdout", "2", "--tune-seconds", "3")
    # then
    assert code == 0, output
    for name in ("popularity", "item_similarity", "for_you_exact", "for_you_annoy"):
        assert name in output
    assert "recall@10" in output and "NDCG@10" in output and "Annoy vs exact" in output


@pytest.mark.parametrize(
    ("_case", "rows", "expected_code", "message"),
    [
        ("missing column", [["user", "item"], ["a", "b"]], 1, "missing column(s): timestamp"),
        (
            "bad rows",
            [
                ["user", "item", "timestamp", "weight"],
                ["a", "x", "2024-01-01", "1"],
                ["b", "y", "yesterday", "1"],
                ["", "z", "2024-01-02", "-3"],
            ],
            1,
            "line 3: timestamp",
        ),
        ("empty", [], 1, "CSV is empty"),
    ],
)
def test_bad_csv_is_a_clear_error_with_line_numbers(
    tmp_path: Path, _case, rows, expected_code, message
) -> None:
    # given
    path = _write(tmp_path / "bad.csv", rows)
    # when
    code, output = _run("--interactions", str(path))
    # then
    assert code == expected_code and message in output, output


def test_bad_rows_are_all_listed(tmp_path: Path) -> None:
    # given
    rows = [
        ["user", "item", "timestamp", "weight"],
        ["b", "y", "yesterday", "1"],
        ["", "z", "2024-01-02", "-3"],
    ]
    path = _write(tmp_path / "bad.csv", rows)
    # when
    code, output = _run("--interactions", str(path))
    # then
    assert code == 1
    assert "line 2: timestamp" in output and "line 3: user" in output and "line 3: weight" in output


def test_missing_file_and_bad_holdout_fail(tmp_path: Path) -> None:
    # when
    missing, _ = _run("--interactions", str(tmp_path / "nope.csv"))
    path = _write(tmp_path / "ok.csv", [["user", "item", "timestamp"], ["a", "x", "1700000000"]])
    holdout, output = _run("--interactions", str(path), "--holdout", "0")
    # then
    assert missing == 2
    assert holdout == 1 and "holdout" in output


@pytest.mark.slow
@pytest.mark.usefixtures("database")
async def test_evaluation_on_seeded_data_ranks_personal_above_popularity() -> None:
    # given
    await make_planted(members=120, orders=6, seed=5)
    rows = await db.fetch(
        "SELECT o.member_id, l.item_id, o.paid_at FROM orders o "
        "JOIN order_lines l ON l.order_id = o.id ORDER BY o.paid_at, l.id"
    )
    interactions = [
        Interaction(str(r["member_id"]), str(r["item_id"]), r["paid_at"], Kind.PURCHASE)
        for r in rows
    ]
    # when
    report = evaluate(interactions, k=10, holdout=2, metric=METRIC)
    # then
    strategies = report["strategies"]
    popularity = strategies["popularity"]["recall"]
    assert strategies["for_you_exact"]["recall"] > popularity
    assert strategies["item_similarity"]["recall"] > popularity
    assert report["annoy_recall"] >= 0.95


@pytest.mark.slow
def test_two_parameter_sets_are_compared_and_bad_ones_refused(tmp_path: Path) -> None:
    rows = [["user", "item", "timestamp"]] + [
        [i.user, i.item, i.ts.isoformat()] for i in planted_clusters(n_users=120, n_items=60)
    ]
    path = _write(tmp_path / "interactions.csv", rows)
    code, output = _run(
        "--interactions", str(path), "--als", "factors=8,alpha=5", "--als", "factors=16"
    )
    assert code == 0, output
    assert output.count("Offline evaluation") == 2
    assert "factors=8" in output and "factors=16" in output
    assert "members x" in output and "in training" in output
    code, output = _run("--interactions", str(path), "--als", "colour=blue")
    assert code == 2 and "unknown ALS parameter" in output


@pytest.mark.slow
@pytest.mark.usefixtures("database")
async def test_bought_together_beats_popularity_on_held_out_basket_lines() -> None:
    # given members of clusters who buy two items of their cluster per order
    await make_planted(members=120, orders=6, seed=5)
    rows = await db.fetch(
        "SELECT o.id, o.member_id, l.item_id, o.paid_at FROM orders o "
        "JOIN order_lines l ON l.order_id = o.id ORDER BY o.paid_at, l.id"
    )
    interactions = [
        Interaction(
            str(r["member_id"]), str(r["item_id"]), r["paid_at"], Kind.PURCHASE, basket=str(r["id"])
        )
        for r in rows
    ]
    # when
    report = evaluate_baskets(interactions, k=10)
    # then each member's last order lends one test, and rules find the partner item
    assert report is not None
    assert report["tests"] == 120
    hit = report["hit_rate"]
    assert hit["by_confidence"] > hit["popularity"]
    assert hit["by_lift"] > hit["popularity"]


def test_basket_holdout_takes_each_members_latest_basket() -> None:
    t0 = datetime(2024, 1, 1, tzinfo=UTC)
    rows = [
        Interaction("a", "x", t0, basket="1"),
        Interaction("a", "y", t0, basket="1"),
        Interaction("a", "x", t0 + timedelta(days=1), basket="2"),
        Interaction("a", "z", t0 + timedelta(days=1), basket="2"),
        Interaction("b", "x", t0, basket="3"),
    ]
    train, tests = basket_holdout(rows)
    assert tests == [(["x"], "z")]
    assert sorted(map(sorted, train)) == [["x", "y"]]
