"""Sampling helpers shared by the demo generators."""

from __future__ import annotations

import numpy as np

from domain.demo.vocabulary import DAY, HOUR_WEIGHTS, LOCAL_OFFSET_HOURS


def weights_p(weights: np.ndarray) -> np.ndarray:
    """Weights as probabilities."""
    result: np.ndarray = weights / weights.sum()
    return result


def within_groups(counts: np.ndarray) -> np.ndarray:
    """0, 1, ... restarting for each group of `counts` consecutive rows."""
    starts = np.cumsum(counts) - counts
    result: np.ndarray = np.arange(int(counts.sum())) - np.repeat(starts, counts)
    return result


def random_strings(rng: np.random.Generator, n: int, length: int, alphabet: bytes) -> np.ndarray:
    """n random strings of `length` symbols from `alphabet`."""
    symbols = np.frombuffer(alphabet, dtype=np.uint8)
    raw = symbols[rng.integers(0, len(symbols), (n, length))]
    return np.ascontiguousarray(raw).view(f"S{length}").ravel().astype(f"U{length}")


def local_time(rng: np.random.Generator, t: np.ndarray) -> np.ndarray:
    """Move each time to a plausible hour of the same Shanghai day."""
    offset = LOCAL_OFFSET_HOURS * 3600
    day = np.floor((t + offset) / DAY)
    hour = rng.choice(24, len(t), p=weights_p(HOUR_WEIGHTS)) + rng.random(len(t))
    return day * DAY + hour * 3600 - offset


def uniform_after(rng: np.random.Generator, start: np.ndarray, end_ts: float) -> np.ndarray:
    """A uniform time between each start and `end_ts`."""
    return start + rng.random(len(start)) * np.maximum(end_ts - start, 0)
