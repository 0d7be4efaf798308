"""The rebuild: behaviour -> ALS vectors -> Annoy index, associations, interests -> publish.

Each rebuild validates before it publishes (domain.recs.validation): ALS parameters and the
metric the index scores members against items by (cosine, "angular", or the dot product, which
keeps popularity in the score) are chosen on each member's latest item held out, and a model no
better than popularity there is not published. Annoy's search_k is then raised until the index
returns what exact search returns for sampled members (recall@10 >= 0.95): `angular` needs about
a tenth of a 100k catalogue, `dot` more (bench/bench_annoy.py), which the calibration finds.
"""

from __future__ import annotations

import asyncio
import json
import time
from collections.abc import Awaitable, Callable
from dataclasses import asdict, dataclass, replace
from datetime import datetime, timedelta
from pathlib import Path
from typing import Any

import numpy as np
import scipy.sparse as sp

from domain import cache, db
from domain.catalog import reads as catalog_reads
from domain.clock import utc_now
from domain.orders import item_reads
from domain.recs import context_sidecar, item_sidecar, published, sources
from domain.recs.association import mine_associations
from domain.recs.blend import choose_served, fit_served_ease
from domain.recs.index import Metric, build_index
from domain.recs.index_loaded import load_index
from domain.recs.index_quality import calibrate_search_k
from domain.recs.interactions import DEFAULT_KIND_WEIGHTS
from domain.recs.itemitem import fit_item_knn, top_neighbours
from domain.recs.validation import Holdout, Validation, choose_als, hold_out_latest
from domain.recs.vectors import ALSModel, train_als

Progress = Callable[[int, str], Awaitable[None]]
LOCK_KEY = "recs:rebuild:lock"
METRIC: Metric = "angular"  # the default metric of offline evaluation and benches
ASSOCIATIONS_PER_ITEM = 20
INTERESTS_PER_DIMENSION = 5
NEIGHBOURS_PER_ITEM = 50
HALF_LIVES: tuple[float | None, ...] = (None, 180.0, 30.0)  # as `crm recs evaluate` tries
NO_DECAY_DAYS = 1e9
NOISE_MARGIN = 0.01


@dataclass(frozen=True, slots=True)
class RebuildSettings:
    """Knobs of one rebuild."""

    window_days: int = 3 * 365
    half_life_days: float | None = None  # None: chosen on validation among HALF_LIVES
    iterations: int = 12
    n_trees: int = 50
    keep_versions: int = 2
    seed: int = 0
    tune_seconds: float = 30.0
    annoy_target: float = 0.95


def choose_search_k(n_items: int, n_trees: int) -> int:
    """Nodes Annoy inspects per query: a tenth of the items, at least its default for k=10."""
    return max(n_trees * 10, n_items // 10)


async def rebuild(
    *,
    index_dir: str | Path,
    progress: Progress | None = None,
    settings: RebuildSettings | None = None,
    now: datetime | None = None,
) -> dict[str, Any]:
    """Train and publish a new version; one rebuild at a time, safe to run twice."""
    config = settings or RebuildSettings()
    token = str(time.time_ns())
    redis = cache.redis()
    if not await redis.set(LOCK_KEY, token, nx=True, ex=3600):
        return {"skipped": "another rebuild is running"}
    try:
        return await _rebuild(Path(index_dir), config, progress or _quiet, now or utc_now())
    finally:
        if await redis.get(LOCK_KEY) in (token, token.encode()):
            await redis.delete(LOCK_KEY)


async def _rebuild(
    folder: Path, config: RebuildSettings, progress: Progress, now: datetime
) -> dict[str, Any]:
    started = time.perf_counter()
    since = now - timedelta(days=config.window_days)
    await progress(5, "reading orders and events, choosing the recency half-life")
    read = await _choose_half_life(since, config)
    if read is None:
        return {"skipped": "no interactions yet"}
    half_life, prepared, half_life_trials = read
    member_ids, item_ids, matrix = prepared.member_ids, prepared.item_ids, prepared.matrix
    shape = matrix.shape
    await progress(10, f"choosing parameters: {shape[0]} members x {shape[1]} items")
    holdout = prepared.holdout
    checked = await asyncio.to_thread(
        choose_als,
        holdout,
        budget_seconds=config.tune_seconds,
        iterations=config.iterations,
        seed=config.seed,
        resume=prepared.first,
    )
    served = await asyncio.to_thread(
        choose_served,
        holdout,
        checked.winner,
        checked.metric,
        budget_seconds=config.tune_seconds / 2,
        trained=checked.model,
    )
    if not checked.beats_popularity:
        return {"skipped": "the model does not beat popularity on validation", **_card(checked)}
    await progress(20, "training vectors")
    model = await asyncio.to_thread(train_als, matrix, checked.winner)
    version = int(time.time() * 1000)
    await asyncio.to_thread(folder.mkdir, parents=True, exist_ok=True)
    path = published.index_file(folder, version)
    await progress(50, "building the item index")
    build_started = time.perf_counter()
    await asyncio.to_thread(published.save_member_vectors, path, member_ids, model.user_vectors)
    await asyncio.to_thread(
        build_index,
        model.item_vectors,
        path,
        config.n_trees,
        checked.metric,
        version=version,
        ids=[str(int(i)) for i in item_ids],
        seed=config.seed,
    )
    build_seconds = time.perf_counter() - build_started
    items = await item_sidecar.snapshot([int(i) for i in item_ids], utc_now())
    await asyncio.to_thread(item_sidecar.save_items, path, items)
    if served.kind != "als" and served.ease_regularization is not None:
        await progress(55, "fitting EASE")
        ease = await asyncio.to_thread(fit_served_ease, matrix, served.ease_regularization)
        await asyncio.to_thread(published.save_ease, path, ease)
    await progress(60, "finding similar items")
    await asyncio.to_thread(_save_neighbours, path, matrix)
    search_k, annoy_recall = await asyncio.to_thread(
        _calibrate, path, model, config.annoy_target, config.seed
    )
    await progress(70, "mining items bought together")
    pairs = await _store_associations(version, since)
    await progress(80, "scoring member interests")
    interested, scores = await _store_interests(version, member_ids, item_ids, matrix)
    await progress(85, "publishing member contexts")
    contexts = await context_sidecar.read_contexts(member_ids, scores, utc_now())
    await asyncio.to_thread(context_sidecar.save_contexts, path, contexts, published.save_array)
    info = published.PublishedVersion(
        version=version,
        path=str(path),
        metric=checked.metric,
        search_k=search_k,
        n_items=int(item_ids.size),
        n_members=int(member_ids.size),
        for_you=served.kind,
        als_weight=served.als_weight,
    )
    await progress(90, "publishing")
    card = {
        **_card(checked),
        "version": version,
        "built_at": now.isoformat(),
        "annoy": {"n_trees": config.n_trees, "search_k": search_k, "recall": annoy_recall},
        "metric": checked.metric,
        "members": int(member_ids.size),
        "items": int(item_ids.size),
        "interactions": int(matrix.nnz),
        "served": served.card(),
        "recency": {"half_life_days": half_life, "trials": half_life_trials},
    }
    await published.save_card(version, card)
    is_current = await published.publish(info)
    await _cleanup(folder, config.keep_versions, version)
    return {
        "version": version,
        "published": is_current,
        "items": int(item_ids.size),
        "members": int(member_ids.size),
        "interactions": int(matrix.nnz),
        "associations": pairs,
        "interests": interested,
        "index_seconds": round(build_seconds, 3),
        "seconds": round(time.perf_counter() - started, 3),
        "settings": asdict(config),
        "model": card,
    }


@dataclass(frozen=True, slots=True)
class Prepared:
    """The interactions under one half-life as the rebuild trains on them, with the holdout
    and, when a half-life was chosen, the validation of the first ALS candidate on it."""

    data: sources.WeightedInteractions
    member_ids: np.ndarray
    item_ids: np.ndarray
    matrix: sp.csr_matrix
    holdout: Holdout
    first: Validation | None = None


def prepare(data: sources.WeightedInteractions, seed: int) -> Prepared:
    """Member x item matrix of the weights, and each member's latest discovery held out."""
    member_ids, rows = np.unique(data.member_ids, return_inverse=True)
    item_ids, cols = np.unique(data.item_ids, return_inverse=True)
    shape = (member_ids.size, item_ids.size)
    matrix = sp.csr_matrix((data.weights.astype(np.float32), (rows, cols)), shape=shape)
    discovered = sp.csr_matrix((data.first_seen, (rows, cols)), shape=shape)
    return Prepared(data, member_ids, item_ids, matrix, hold_out_latest(matrix, discovered, seed))


async def _choose_half_life(
    since: datetime, config: RebuildSettings
) -> tuple[float | None, Prepared, list[dict[str, Any]]] | None:
    """Read the interactions under each candidate half-life and keep the one whose default
    ALS validates best (a later candidate only by more than the noise margin); a fixed
    `config.half_life_days` skips the choice."""
    candidates = HALF_LIVES if config.half_life_days is None else (config.half_life_days,)
    best: tuple[float, float | None, Prepared] | None = None
    trials: list[dict[str, Any]] = []
    for half_life in candidates:
        data = await sources.weighted_interactions(
            since=since,
            half_life_days=NO_DECAY_DAYS if half_life is None else half_life,
            kind_weights=DEFAULT_KIND_WEIGHTS,
        )
        if data.weights.size == 0:
            return None
        prepared = await asyncio.to_thread(prepare, data, config.seed)
        if len(candidates) == 1:
            return half_life, prepared, trials
        prepared = await asyncio.to_thread(_with_first_candidate, prepared, config)
        assert prepared.first is not None
        recall = float(prepared.first.winner_figures["recall"])
        trials.append({"half_life_days": half_life, "recall": recall})
        if best is None or recall > best[0] * (1 + NOISE_MARGIN):
            best = (recall, half_life, prepared)
    assert best is not None
    return best[1], best[2], trials


def _with_first_candidate(prepared: Prepared, config: RebuildSettings) -> Prepared:
    """The first ALS candidate validated on these weights (the grid resumes from it)."""
    first = choose_als(
        prepared.holdout,
        budget_seconds=0.0,
        iterations=config.iterations,
        seed=config.seed,
        with_popularity=False,  # the grid resumed on the chosen half-life scores it
    )
    return replace(prepared, first=first)


def _card(checked: Validation) -> dict[str, Any]:
    return {"validation": checked.card()}


def _save_neighbours(path: Path, matrix: sp.csr_matrix) -> None:
    """Item-kNN neighbours for the similar-items strategy (it validates above the item
    vectors: 0.1238 against 0.1064-0.1164 recall@10 on MovieLens 100K)."""
    knn = fit_item_knn(matrix, neighbours=NEIGHBOURS_PER_ITEM)
    published.save_neighbours(path, *top_neighbours(knn, NEIGHBOURS_PER_ITEM))


def _calibrate(path: Path, model: ALSModel, target: float, seed: int) -> tuple[int, float]:
    """search_k reaching `target` recall@10 on a sample of members' vectors."""
    users = model.user_vectors
    picked = np.random.default_rng(seed).choice(len(users), min(len(users), 300), replace=False)
    index = load_index(path)
    try:
        return calibrate_search_k(index, model.item_vectors, users[np.sort(picked)], target=target)
    finally:
        index.close()


async def _store_associations(version: int, since: datetime) -> int:
    orders, items = await item_reads.basket_lines(since=since)
    if orders.size == 0:
        return 0
    cuts = np.flatnonzero(np.diff(orders)) + 1
    baskets = np.split(items, cuts)
    rules = await asyncio.to_thread(mine_associations, baskets, min_support=0.0, min_count=1)
    columns: list[list[Any]] = [[], [], [], [], [], []]
    for item in rules.items.ids:
        for rule in rules.top_associations(item, ASSOCIATIONS_PER_ITEM):
            for column, value in zip(
                columns,
                (
                    rule.antecedent,
                    rule.consequent,
                    rule.count,
                    rule.support,
                    rule.confidence,
                    rule.lift,
                ),
                strict=True,
            ):
                column.append(value)
    if columns[0]:
        await db.execute(
            """
            INSERT INTO rec_item_associations
                   (version, item_id, other_item_id, pair_count, support, confidence, lift)
            SELECT $1, * FROM unnest($2::int[], $3::int[], $4::int[], $5::float8[],
                                     $6::float8[], $7::float8[])
            """,
            version,
            *columns,
        )
    return len(columns[0])


def _interest_scores(
    matrix: sp.csr_matrix, item_ids: np.ndarray, attributes: list[dict[str, Any]]
) -> list[dict[str, dict[str, float]]]:
    """Per member, the top shares of decayed attention per brand and category."""
    by_item = {int(a["id"]): a for a in attributes}
    result: list[dict[str, dict[str, float]]] = [{} for _ in range(matrix.shape[0])]
    for dimension in ("brand", "category"):
        values: dict[str, int] = {}
        rows, cols = [], []
        for position, item in enumerate(item_ids):
            value = (by_item.get(int(item)) or {}).get(dimension)
            if value:
                rows.append(position)
                cols.append(values.setdefault(value, len(values)))
        if not values:
            continue
        names = list(values)
        item_values = sp.csr_matrix(
            (np.ones(len(rows)), (rows, cols)), shape=(len(item_ids), len(values))
        )
        mass = (matrix.astype(np.float64) @ item_values).tocsr()
        for member in range(mass.shape[0]):
            start, stop = mass.indptr[member], mass.indptr[member + 1]
            data = mass.data[start:stop]
            total = float(data.sum())
            if total <= 0:
                continue
            top = np.argsort(-data, kind="stable")[:INTERESTS_PER_DIMENSION]
            result[member][dimension] = {
                names[int(mass.indices[start + j])]: round(float(data[j]) / total, 4) for j in top
            }
    return result


async def _store_interests(
    version: int, member_ids: np.ndarray, item_ids: np.ndarray, matrix: sp.csr_matrix
) -> tuple[int, list[dict[str, dict[str, float]]]]:
    attributes = await catalog_reads.catalogue_attributes()
    scores = await asyncio.to_thread(_interest_scores, matrix, item_ids, attributes)
    chunk = 5000
    for start in range(0, member_ids.size, chunk):
        await db.execute(
            """
            INSERT INTO rec_member_interests (member_id, version, scores, updated_at)
            SELECT m, $1, s::jsonb, now() FROM unnest($2::bigint[], $3::text[]) AS u(m, s)
            ON CONFLICT (member_id) DO UPDATE
               SET version = EXCLUDED.version, scores = EXCLUDED.scores, updated_at = now()
            """,
            version,
            [int(m) for m in member_ids[start : start + chunk]],
            [json.dumps(s) for s in scores[start : start + chunk]],
        )
    await db.execute("DELETE FROM rec_member_interests WHERE version < $1", version)
    return int(member_ids.size), scores


async def _cleanup(folder: Path, keep: int, version: int) -> None:
    current = await published.current_version()
    protect = (version,) if current is None else (version, current.version)
    await asyncio.to_thread(published.cleanup, folder, keep=keep, protect=protect)
    kept = await asyncio.to_thread(published.versions_in, folder)
    await published.drop_cards(tuple(kept))
    if kept:
        await db.execute("DELETE FROM rec_item_associations WHERE version < $1", kept[0])


async def _quiet(percent: int, message: str) -> None:
    return None
