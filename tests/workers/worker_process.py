"""`python -m tests.workers.worker_process`: `crm worker` with the clock at CRM_TEST_TRAVEL."""

from __future__ import annotations

import os
from datetime import datetime

import time_machine

from api.cli import app

if __name__ == "__main__":
    destination = os.environ.get("CRM_TEST_TRAVEL")
    if destination:
        time_machine.travel(datetime.fromisoformat(destination), tick=True).start()
    app(["worker"])
