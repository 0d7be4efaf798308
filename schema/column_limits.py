"""Text length limits of inputs, derived from the model columns the inputs are stored in."""

from __future__ import annotations

import importlib
from functools import cache

from tortoise import fields
from tortoise.models import Model

from domain.registry import MODEL_MODULES

# Input type -> the model its fields are stored in (a field counts when the model has a text
# column of the same snake_case name).
INPUT_MODELS: dict[str, str] = {
    "BindIdentityInput": "Identity",
    "BrandRowInput": "Brand",
    "CategoryRowInput": "Category",
    "CreateCampaignInput": "Campaign",
    "DefineBenefitCardInput": "CardTemplate",
    "DefineBenefitInput": "Benefit",
    "DefineCouponTemplateInput": "CouponTemplate",
    "DefineEarningRuleInput": "EarningRule",
    "DefineEventBonusInput": "EventBonusRule",
    "DefineEventInput": "EventDefinition",
    "DefinePaidPlanInput": "PaidPlan",
    "DefinePointTypeInput": "PointType",
    "DefinePromotionInput": "Promotion",
    "DefineRechargeRuleInput": "RechargeRule",
    "DefineTagInput": "TagDefinition",
    "IdentityInput": "Identity",
    "IdentityRowInput": "Identity",
    "ItemRowInput": "Item",
    "LevelInput": "Level",
    "OrderLineInput": "OrderLine",
    "ProfileInput": "Member",
    "RecordOrderInput": "Order",
    "RegisterMemberInput": "Member",
    "SaveSegmentInput": "Segment",
    "StoreRowInput": "Store",
    "SubmitReceiptInput": "Receipt",
    "TrackEventInput": "Event",
    "UpdateProfileInput": "Member",
    "UploadIdentityListInput": "IdentityList",
}


def _models() -> dict[str, type[Model]]:
    for module in MODEL_MODULES:
        importlib.import_module(module)
    found: dict[str, type[Model]] = {}
    pending = list(Model.__subclasses__())
    while pending:
        model = pending.pop()
        pending.extend(model.__subclasses__())
        if not model._meta.abstract:
            found.setdefault(model.__name__, model)
    return found


def _camel(name: str) -> str:
    head, *rest = name.split("_")
    return head + "".join(part.title() for part in rest)


@cache
def column_limits() -> dict[str, dict[str, int]]:
    """Input type -> GraphQL field -> the max_length of the column it is stored in."""
    models = _models()
    limits: dict[str, dict[str, int]] = {}
    for input_name, model_name in INPUT_MODELS.items():
        model = models[model_name]
        limits[input_name] = {
            _camel(name): field.max_length
            for name, field in model._meta.fields_map.items()
            if isinstance(field, fields.CharField)
        }
    return limits
