"""Benefit mutations, a module per group."""

from __future__ import annotations

import strawberry

from schema.benefits.mutations.appointments import AppointmentsMutation
from schema.benefits.mutations.cards import BenefitCardsMutation
from schema.benefits.mutations.catalogue import BenefitCatalogueMutation
from schema.benefits.mutations.grants import BenefitGrantsMutation


@strawberry.type
class BenefitsMutation(
    BenefitCatalogueMutation, BenefitGrantsMutation, AppointmentsMutation, BenefitCardsMutation
):
    """Every benefit mutation."""
