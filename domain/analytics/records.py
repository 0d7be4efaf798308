"""Tables the analytics jobs keep about themselves: reconcile results per rollup."""

from __future__ import annotations

from tortoise import fields
from tortoise.models import Model


class ReconcileResult(Model):
    """One rollup checked against the raw tables: grand totals, and full-grain rows of sampled
    partitions by EXCEPT both ways. `seed` and `days` let a run be repeated exactly."""

    id = fields.BigIntField(primary_key=True)
    rollup = fields.CharField(max_length=40)
    reconciled_at = fields.DatetimeField()
    seed = fields.BigIntField()
    days: list[str] = fields.JSONField()
    total_mismatches = fields.IntField()
    row_mismatches = fields.IntField()
    skipped_partitions = fields.IntField()

    class Meta:
        table = "analytics_reconcile"
        indexes = (("rollup", "reconciled_at"),)

    @property
    def mismatches(self) -> int:
        """Measures whose totals differ plus rows found on one side only."""
        return self.total_mismatches + self.row_mismatches
