"""Lookalike conversion on MovieLens 100K: genres as categories, held-out later interactions.

    python -m bench.lookalike_conversion [--data ../shared/data/ml100k_interactions.csv]
        [--holdout 10 --share 0.1]

Each member's latest `--holdout` ratings are held out. For each genre, the members who rated it
earlier are the seed; among the others an audience of `--share` of them is taken by
`lookalikeMembers`' rule (nearest to the seed's centroid in ALS taste vectors trained on the
earlier ratings) and at random (mean of 20 draws); each audience's conversion is its share of
members whose held-out ratings include the genre.
"""

from __future__ import annotations

import argparse
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from domain.recs.interactions_csv import read_interactions_csv
from domain.recs.lookalike_evaluation import (
    evaluate_lookalikes,
    format_lookalike_report,
)

DEFAULT_DATA = Path(__file__).resolve().parents[2] / "shared" / "data" / "ml100k_interactions.csv"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--data", type=Path, default=DEFAULT_DATA)
    parser.add_argument("--holdout", type=int, default=10, help="latest ratings held out")
    parser.add_argument("--share", type=float, default=0.1, help="audience share of non-seeds")
    args = parser.parse_args()
    started = time.perf_counter()
    report = evaluate_lookalikes(
        read_interactions_csv(args.data), holdout=args.holdout, audience_share=args.share
    )
    print(format_lookalike_report(report))
    print(f"{time.perf_counter() - started:.1f} s")


if __name__ == "__main__":
    main()
