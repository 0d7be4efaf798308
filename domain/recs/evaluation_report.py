"""The offline evaluation report as a table for the terminal."""

from __future__ import annotations

import io
from collections.abc import Mapping
from typing import Any

from rich.console import Console
from rich.table import Table


def format_report(report: Mapping[str, Any]) -> str:
    """Render an `evaluate` report as a plain-text rich table."""
    k = report["k"]
    table = Table(
        title=(
            f"Offline evaluation: {report['evaluated_users']} members, {report['items']} items, "
            f"holdout {report['holdout']}"
        )
    )
    table.add_column("strategy")
    table.add_column(f"recall@{k}", justify="right")
    table.add_column(f"NDCG@{k}", justify="right")
    for name, metrics in report["strategies"].items():
        table.add_row(name, f"{metrics['recall']:.4f}", f"{metrics['ndcg']:.4f}")
    table.add_section()
    annoy = report["annoy"]
    table.add_row(
        f"Annoy vs exact (trees={annoy['n_trees']}, search_k={annoy['search_k']})",
        f"{report['annoy_recall']:.4f}",
        "",
    )
    buffer = io.StringIO()
    Console(file=buffer, width=100, color_system=None, force_terminal=False).print(table)
    span = report.get("time_span") or {}
    lines = [
        f"data: {report['interactions']} interactions, {report['users']} members x "
        f"{report['items']} items, {span.get('from', '?')[:10]} to {span.get('to', '?')[:10]}; "
        f"{report['train_interactions']} in training",
        "parameters: "
        + "; ".join(
            f"{name} {_describe(params)}" for name, params in (report.get("params") or {}).items()
        ),
    ]
    tuning = report.get("tuning")
    if tuning:
        lines.append(
            f"chosen on a validation split of the training data ({tuning['validation_members']} "
            f"members, {len(tuning['trials'])} candidates"
            + (", time budget reached" if tuning["budget_exhausted"] else "")
            + ")"
        )
    baskets = report.get("bought_together")
    if baskets:
        lines.append(
            f"bought together, hit rate@{k} on {baskets['tests']} held-out basket lines: "
            + ", ".join(f"{name} {value:.4f}" for name, value in baskets["hit_rate"].items())
        )
    timings = ", ".join(f"{name} {value:.2f}s" for name, value in report["seconds"].items())
    lines.append(f"timings: {timings}")
    return buffer.getvalue() + "\n".join(lines) + "\n"


def _describe(params: Mapping[str, Any]) -> str:
    shown = ("half_life_days", "factors", "regularization", "alpha", "neighbours", "shrinkage")
    return ", ".join(f"{key}={value}" for key, value in params.items() if key in shown)
