"""`crm recs evaluate` and `crm models evaluate`: offline evaluation of recommendation
strategies and of customer value models on interaction files."""

from __future__ import annotations

from pathlib import Path
from typing import Annotated, Any

import typer

recs_app = typer.Typer(help="Recommendation tools.", rich_markup_mode=None)


@recs_app.command("evaluate")
def recs_evaluate(
    interactions: Annotated[
        Path,
        typer.Option(
            metavar="FILE", help="CSV with user,item,timestamp[,weight][,category][,kind]"
        ),
    ],
    holdout: Annotated[
        int, typer.Option(metavar="N", help="latest interactions held out per user")
    ] = 1,
    k: Annotated[int, typer.Option(metavar="N", help="list length scored")] = 10,
    max_users: Annotated[
        int | None, typer.Option(metavar="N", help="score a sample of users")
    ] = None,
    tune_seconds: Annotated[
        float,
        typer.Option(
            metavar="SECONDS", help="time to choose parameters on a validation split (0: none)"
        ),
    ] = 60.0,
    metric: Annotated[str, typer.Option(metavar="dot|angular", help="how FOR_YOU scores")] = "dot",
    als: Annotated[
        list[str] | None,
        typer.Option(
            metavar="PARAMS",
            help="fixed ALS parameters instead of tuning, e.g. 'factors=64,alpha=10'; "
            "give it twice to compare two sets",
        ),
    ] = None,
) -> None:
    """Offline recall@k and NDCG@k per strategy against popularity and exact search.

    Example: crm recs evaluate --interactions ml100k.csv --holdout 10 --tune-seconds 120
    """
    from domain.errors import DomainError
    from domain.recs.evaluation import evaluate
    from domain.recs.evaluation_report import format_report
    from domain.recs.interactions_csv import read_interactions_csv

    try:
        rows = read_interactions_csv(interactions)
        settings = [_als_params(text) for text in als] if als else [None]
        for params in settings:
            report = evaluate(
                rows,
                k=k,
                holdout=holdout,
                max_users=max_users,
                metric="angular" if metric == "angular" else "dot",
                params=params,
                half_life_days=None,
                tune_seconds=0.0 if params is not None else tune_seconds,
            )
            typer.echo(format_report(report))
    except OSError as error:
        typer.echo(f"error: cannot read {interactions}: {error.strerror or error}", err=True)
        raise typer.Exit(2) from None
    except DomainError as error:
        typer.echo(f"error: {error.message}", err=True)
        raise typer.Exit(1) from None


def _als_params(text: str) -> Any:
    """ALSParams from 'name=value,...'; a bad name or value is a usage error."""
    from domain.recs.vectors import ALSParams

    fields = {"factors": int, "iterations": int, "regularization": float, "alpha": float}
    values: dict[str, Any] = {}
    for part in filter(None, (p.strip() for p in text.split(","))):
        name, _, raw = part.partition("=")
        if name not in fields:
            raise typer.BadParameter(f"unknown ALS parameter {name!r}", param_hint="--als")
        try:
            values[name] = fields[name](raw)
        except ValueError:
            raise typer.BadParameter(f"{name} needs a number", param_hint="--als") from None
    return ALSParams(**values)


models_app = typer.Typer(
    help="Customer value models: BG/NBD purchases, Gamma-Gamma spend.", rich_markup_mode=None
)


@models_app.command("evaluate")
def models_evaluate(
    transactions: Annotated[
        Path, typer.Option(metavar="FILE", help="CSV with customer,date,amount")
    ],
    calibration_end: Annotated[
        str, typer.Option(metavar="DATE", help="last day of the calibration period, YYYY-MM-DD")
    ],
) -> None:
    """Fit on the calibration period; predicted against actual repeat purchases and spend.

    Example: crm models evaluate --transactions cdnow.csv --calibration-end 1997-09-30
    """
    from datetime import date

    from domain.errors import DomainError
    from domain.tags.value_evaluation import (
        evaluate_value_models,
        format_value_report,
        read_transactions_csv,
    )

    try:
        end = date.fromisoformat(calibration_end)
    except ValueError:
        typer.echo(f"error: --calibration-end is not a date: {calibration_end!r}", err=True)
        raise typer.Exit(2) from None
    try:
        report = evaluate_value_models(read_transactions_csv(transactions), end)
    except OSError as error:
        typer.echo(f"error: cannot read {transactions}: {error.strerror or error}", err=True)
        raise typer.Exit(2) from None
    except DomainError as error:
        typer.echo(f"error: {error.message}", err=True)
        raise typer.Exit(1) from None
    typer.echo(format_value_report(report))
