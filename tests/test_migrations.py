"""Models and checked-in migrations must not drift apart."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def test_models_match_the_migrations() -> None:
    # Aerich diffs the models against the state stored in the newest migration file, offline.
    code = (
        "import asyncio\n"
        "from aerich import Command\n"
        "from api.settings import TORTOISE_ORM\n"
        "async def main():\n"
        "    c = Command(tortoise_config=TORTOISE_ORM, app='models', location='./migrations')\n"
        "    await c.init(offline=True)\n"
        "    from aerich.migrate import Migrate\n"
        "    from aerich.utils import get_models_describe\n"
        "    Migrate.diff_models(Migrate._last_version_content, get_models_describe('models'))\n"
        "    Migrate.diff_models(get_models_describe('models'), Migrate._last_version_content, False)\n"
        "    Migrate._merge_operators()\n"
        "    print('DRIFT', Migrate.upgrade_operators)\n"
        "asyncio.run(main())\n"
    )
    result = subprocess.run(
        [sys.executable, "-c", code], cwd=ROOT, capture_output=True, text=True, timeout=120
    )
    assert result.returncode == 0, result.stderr[-2000:]
    drift = result.stdout.strip().splitlines()[-1]
    assert drift == "DRIFT []", f"models changed without a migration: {drift[:2000]}"
