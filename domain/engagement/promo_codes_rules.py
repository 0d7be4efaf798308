"""Pure promo-code rules: formats, generation, normalising what members type, CSV lines."""

from __future__ import annotations

import csv
import io
import re
import secrets
from dataclasses import dataclass

from domain.errors import DomainError, ErrorCode, Problems

# No 0/O, 1/I/L, 2/Z, 5/S, 8/B: codes typed from a poster or read over the phone.
UNAMBIGUOUS = "ACDEFGHJKMNPQRTUVWXY34679"
MAX_CODE_LENGTH = 32
MIN_RANDOM_LENGTH = 6
MAX_GENERATE = 100_000
MAX_IMPORT = 100_000
_CODE = re.compile(r"^[A-Z0-9_-]{3,32}$")


@dataclass(frozen=True, slots=True)
class CodeFormat:
    """How generated codes look: `prefix` then `length` characters of `charset`."""

    prefix: str = ""
    charset: str = UNAMBIGUOUS
    length: int = 8


@dataclass(frozen=True, slots=True)
class CsvProblem:
    """A line of an import that was not loaded."""

    line: int
    reason: str


def normalise_code(raw: str) -> str:
    """What a member typed, as stored: trimmed, upper case, inner spaces dropped."""
    return re.sub(r"\s+", "", raw or "").upper()[: MAX_CODE_LENGTH + 1]


def is_valid_code(code: str) -> bool:
    """3 to 32 of A-Z, 0-9, dash and underscore."""
    return bool(_CODE.match(code))


def check_format(spec: CodeFormat, count: int) -> None:
    """Refuse formats that cannot make `count` unguessable codes, every problem at once."""
    problems = Problems()
    charset = set(spec.charset)
    usable = len(charset) >= 10 and charset <= set("ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789")
    if not usable:
        problems.add(DomainError("The charset is 10 or more of A-Z and 0-9.", field="charset"))
    length_ok = MIN_RANDOM_LENGTH <= spec.length <= MAX_CODE_LENGTH - len(spec.prefix)
    if not length_ok:
        problems.add(
            DomainError(
                f"The random part is {MIN_RANDOM_LENGTH} to {MAX_CODE_LENGTH} characters, "
                "prefix included.",
                field="length",
            )
        )
    if spec.prefix and not is_valid_code(spec.prefix + "XXX"):
        problems.add(DomainError("The prefix is A-Z, 0-9, dash or underscore.", field="prefix"))
    if not 1 <= count <= MAX_GENERATE:
        problems.add(
            DomainError(
                f"Generate 1 to {MAX_GENERATE:,} codes.", field="count", code=ErrorCode.TOO_MANY
            )
        )
    elif usable and length_ok and len(charset) ** spec.length < count * 1000:
        # keep codes sparse: at most 1 in 1000 guesses hits a code
        problems.add(DomainError("Too few possible codes for this count.", field="length"))
    problems.raise_if_any()


def generate(spec: CodeFormat, count: int) -> list[str]:
    """`count` distinct random codes of the format."""
    alphabet = "".join(sorted(set(spec.charset)))
    made: set[str] = set()
    while len(made) < count:
        made.add(spec.prefix + "".join(secrets.choice(alphabet) for _ in range(spec.length)))
    return sorted(made)


def parse_csv(text: str) -> tuple[list[tuple[int, str]], list[CsvProblem]]:
    """Codes of a CSV (first column; a `code` header is skipped) with their line numbers, and
    the lines refused: malformed codes and repeats within the file."""
    codes: list[tuple[int, str]] = []
    problems: list[CsvProblem] = []
    seen: dict[str, int] = {}
    for number, row in enumerate(csv.reader(io.StringIO(text.lstrip("\ufeff"))), start=1):
        if not row or not "".join(row).strip():
            continue
        code = normalise_code(row[0])
        if number == 1 and code == "CODE":
            continue
        if not is_valid_code(code):
            problems.append(CsvProblem(number, "not a code: 3 to 32 of A-Z, 0-9, - and _"))
        elif code in seen:
            problems.append(CsvProblem(number, f"repeats line {seen[code]}"))
        else:
            seen[code] = number
            codes.append((number, code))
    return codes, problems
