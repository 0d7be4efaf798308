"""Interaction matrix weights, decay, id maps and the CSV reader."""

from __future__ import annotations

import io
from datetime import UTC, datetime, timedelta

import numpy as np
import pytest

from domain.errors import DomainError, ErrorCode
from domain.recs.interactions import IdMap, Interaction, Kind, build_matrix
from domain.recs.interactions_csv import MAX_LISTED_BAD_ROWS, InvalidCsvRows, read_interactions_csv

NOW = datetime(2024, 6, 1, tzinfo=UTC)


def test_kind_weights_and_half_life_decay() -> None:
    # given
    interactions = [
        Interaction("u1", "a", NOW, Kind.PURCHASE),
        Interaction("u1", "a", NOW - timedelta(days=10), Kind.VIEW),
        Interaction("u1", "b", NOW - timedelta(days=10), Kind.CART),
        Interaction("u2", "b", NOW, weight=2.5),
    ]
    # when
    built = build_matrix(interactions, reference=NOW, half_life_days=10)
    dense = built.matrix.toarray()
    # then
    u1, u2 = built.users.index("u1"), built.users.index("u2")
    a, b = built.items.index("a"), built.items.index("b")
    assert dense[u1, a] == pytest.approx(5.0 + 0.5)
    assert dense[u1, b] == pytest.approx(1.5)
    assert dense[u2, b] == pytest.approx(2.5)
    assert dense[u2, a] == 0
    assert built.shape == (2, 2)


def test_custom_kind_weights_and_no_decay() -> None:
    # given
    interactions = [
        Interaction("u", "a", NOW - timedelta(days=365), Kind.VIEW),
        Interaction("u", "b", NOW, Kind.PURCHASE),
    ]
    weights = {Kind.VIEW: 2.0, Kind.CART: 4.0, Kind.PURCHASE: 8.0}
    # when
    built = build_matrix(interactions, half_life_days=None, kind_weights=weights)
    # then
    assert built.matrix.toarray().tolist() == [[2.0, 8.0]]


def test_missing_kind_weight_is_refused() -> None:
    with pytest.raises(DomainError) as caught:
        build_matrix([], kind_weights={Kind.VIEW: 1.0})
    assert caught.value.code == ErrorCode.INVALID
    assert caught.value.field == "kind_weights"


def test_id_map_round_trip_and_shared_maps() -> None:
    # given
    items = IdMap(["x", "y"])
    # when
    built = build_matrix([Interaction("u", "z", NOW)], items=items)
    # then
    assert items.ids == ["x", "y", "z"]
    assert built.matrix.shape == (1, 3)
    assert items.external(items.index("z")) == "z"
    assert items.get("missing") is None
    assert "y" in items


def test_csv_reads_optional_columns() -> None:
    # given
    text = (
        "user,item,timestamp,weight,category,kind\n"
        "u1,a,2024-05-01T10:00:00Z,,shoes,purchase\n"
        "u1,b,1714557600,2.5,,\n"
        "\n"
        "u2,a,2024-05-01 10:00:00,,,\n"
    )
    # when
    rows = read_interactions_csv(io.StringIO(text))
    # then
    assert [(r.user, r.item, r.kind, r.weight, r.category) for r in rows] == [
        ("u1", "a", Kind.PURCHASE, None, "shoes"),
        ("u1", "b", Kind.VIEW, 2.5, None),
        ("u2", "a", Kind.VIEW, None, None),
    ]
    assert rows[0].ts == datetime(2024, 5, 1, 10, tzinfo=UTC)
    assert rows[1].ts == datetime(2024, 5, 1, 10, tzinfo=UTC)
    assert rows[2].ts.tzinfo is not None


def test_csv_missing_column_names_the_column() -> None:
    with pytest.raises(DomainError) as caught:
        read_interactions_csv(io.StringIO("user,timestamp,weight\nu1,2024-01-01,1\n"))
    assert caught.value.code == ErrorCode.INVALID
    assert caught.value.field == "item"
    assert "line 1" in caught.value.message


def test_csv_collects_every_bad_row_with_line_numbers() -> None:
    # given
    text = (
        "user,item,timestamp,weight\n"
        "u1,a,2024-05-01,1\n"
        "u1,,2024-05-01,1\n"
        "u2,b,yesterday,1\n"
        "u3,c,2024-05-01,-2\n"
        "u4,d,2024-05-01,abc\n"
    )
    # when
    with pytest.raises(InvalidCsvRows) as caught:
        read_interactions_csv(io.StringIO(text))
    # then
    error = caught.value
    assert error.code == ErrorCode.INVALID
    assert error.field == "item"
    assert [(b.line, b.column) for b in error.bad_rows] == [
        (3, "item"),
        (4, "timestamp"),
        (5, "weight"),
        (6, "weight"),
    ]
    for line in (3, 4, 5, 6):
        assert f"line {line}:" in error.message


def test_csv_message_is_capped_but_all_rows_are_kept() -> None:
    # given
    body = "".join(f"u{i},,2024-01-01\n" for i in range(MAX_LISTED_BAD_ROWS + 5))
    # when
    with pytest.raises(InvalidCsvRows) as caught:
        read_interactions_csv(io.StringIO("user,item,timestamp\n" + body))
    # then
    assert len(caught.value.bad_rows) == MAX_LISTED_BAD_ROWS + 5
    assert "and 5 more" in caught.value.message


def test_csv_from_path(tmp_path) -> None:
    # given
    path = tmp_path / "events.csv"
    path.write_text("User,Item,Timestamp\nu,i,2024-01-01T00:00:00+08:00\n")
    # when
    rows = read_interactions_csv(path)
    # then
    assert rows[0].ts == datetime(2023, 12, 31, 16, tzinfo=UTC)
    assert np.isclose(build_matrix(rows).matrix.sum(), 1.0)
