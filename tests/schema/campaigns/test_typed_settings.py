"""Campaign settings as typed inputs: a campaign's own audience tree and every other setting
read back as given; wrong shapes refused by the schema, wrong values with a code and a path."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from typing import Any

import pytest

from domain.benefits import service as benefits_service
from domain.benefits.models import BenefitKind, RedeemMethod
from domain.campaigns.models import Campaign
from domain.coupons import templates as coupons_templates
from domain.coupons.models import CouponKind, TemplateState
from domain.points import config as points_config
from domain.points.models import PointKind
from domain.tags import runs as tags_runs
from tests.factories import make_member
from tests.helpers import STAFF, gql

pytestmark = pytest.mark.usefixtures("database")
NOW = datetime.now(UTC)

SETTINGS = """
  audience {
    kind segment snapshot
    definition { ...node ... on DefinitionAnd { items { ...node
      ... on DefinitionNot { item { ...node } }
      ... on DefinitionOr { items { ...node } } } } }
  }
  rewards { ...reward }
  trigger { kind minTotalCents channels stores event properties days hours rank }
  message { channel body templateCode link }
  frequency { cap days }
  variants { code percent body rewards { ...reward } }
"""
FRAGMENTS = """
fragment reward on CampaignReward {
  __typename
  ... on PointsReward { points pointType }
  ... on CouponReward { template }
  ... on BenefitReward { benefit quantity }
}
fragment event on EventSpec {
  source eventName filters { itemIds categoryIds brandIds storeCodes channels properties }
}
fragment node on SegmentDefinition {
  __typename
  ... on TagCondition { tagCode tagOp: op values min max }
  ... on BehaviourCondition {
    source metric op value valueTo windowDays eventName
    filters { itemIds categoryIds brandIds storeCodes channels properties }
  }
  ... on SequenceCondition {
    first { ...event } then { ...event } withinDays negateThen lookbackDays: windowDays
  }
  ... on SegmentCondition { segment }
  ... on IdentityListCondition { list }
}
"""
CREATE = (
    """
mutation($i: CreateCampaignInput!) {
  createCampaign(input: $i) { campaign { id """
    + SETTINGS
    + """ } errors { code field message } }
}"""
    + FRAGMENTS
)
READ = "query($id: ID!) { campaign(id: $id) { " + SETTINGS + " } }" + FRAGMENTS

NO_FILTERS: dict[str, Any] = {
    "itemIds": [],
    "categoryIds": [],
    "brandIds": [],
    "storeCodes": [],
    "channels": [],
    "properties": {},
}


async def _catalogue() -> None:
    await points_config.define_type(
        code="POINTS", name="Points", kind=PointKind.SPENDABLE, expiry_policy={"kind": "NEVER"}
    )
    await coupons_templates.define_template(
        code="WELCOME",
        name="Welcome",
        kind=CouponKind.CASH,
        amount_off_cents=500,
        total_stock=10,
        valid_days=3,
        state=TemplateState.ACTIVE,
    )
    await benefits_service.define_benefit(
        code="LOUNGE", name="Lounge", kind=BenefitKind.CUSTOM, redeem_method=RedeemMethod.SCAN
    )


def _input(**changes: Any) -> dict[str, Any]:
    return {
        "name": "Typed",
        "startsAt": NOW.isoformat(),
        "endsAt": (NOW + timedelta(days=7)).isoformat(),
        "mode": "TRIGGERED",
        "audience": {"everyone": True},
        "trigger": {"kind": "ORDER_PAID", "minTotalCents": 5000, "channels": ["APP"]},
        "rewards": [{"points": {"points": 100}}],
        **changes,
    }


async def test_a_typed_audience_tree_and_settings_read_back_as_given() -> None:
    # given the rewards' catalogue and published tags
    await _catalogue()
    await make_member(city="Beijing")
    await make_member(city="Shanghai")
    defined = await gql(
        'mutation { defineEvent(input: {name: "add_to_cart"}) { errors { code } } }', None, STAFF
    )
    assert defined.data["defineEvent"]["errors"] == []
    await tags_runs.compute_all()
    tree = {
        "and": [
            {"tag": {"tagCode": "city", "op": "IN", "values": ["Beijing", "Shanghai"]}},
            {
                "not": {
                    "behaviour": {
                        "source": "ORDER",
                        "metric": "AMOUNT",
                        "op": "BETWEEN",
                        "value": 100,
                        "valueTo": 900,
                        "windowDays": 30,
                        "filters": {"storeCodes": ["BJ01"]},
                    }
                }
            },
            {
                "or": [
                    {
                        "sequence": {
                            "first": {"source": "EVENT", "eventName": "add_to_cart"},
                            "then": {"source": "ORDER"},
                            "withinDays": 3,
                            "negateThen": True,
                        }
                    },
                    {"tag": {"tagCode": "city", "op": "EQUALS", "values": ["Beijing"]}},
                ]
            },
        ]
    }
    settings = {
        "audience": {"definition": tree},
        "trigger": {"kind": "EVENT", "event": "visit", "properties": {"page": "home"}},
        "rewards": [
            {"points": {"points": 100, "pointType": "POINTS"}},
            {"coupon": {"template": "WELCOME"}},
            {"benefit": {"benefit": "LOUNGE", "quantity": 2}},
        ],
        "message": {
            "channel": "SMS",
            "body": "Hi {name}, {points} points",
            "templateCode": "SMS_1",
        },
        "frequency": {"cap": "EVERY_N_DAYS", "days": 7},
        "controlPercent": 10,
        "variants": [
            {"code": "a", "percent": 45},
            {
                "code": "b",
                "percent": 45,
                "body": "Hello {name}",
                "rewards": [{"coupon": {"template": "WELCOME"}}],
            },
        ],
    }

    # when the campaign is created and read back
    created = await gql(CREATE, {"i": _input(**settings)}, STAFF)
    assert created.errors is None, created.errors
    payload = created.data["createCampaign"]
    assert payload["errors"] == []
    read = await gql(READ, {"id": payload["campaign"]["id"]}, STAFF)
    assert read.errors is None, read.errors
    shown = read.data["campaign"]

    # then every setting is what was given, in the output types
    assert shown == {k: v for k, v in payload["campaign"].items() if k != "id"}
    sequence = {
        "__typename": "SequenceCondition",
        "first": {"source": "EVENT", "eventName": "add_to_cart", "filters": NO_FILTERS},
        "then": {"source": "ORDER", "eventName": None, "filters": NO_FILTERS},
        "withinDays": 3,
        "negateThen": True,
        "lookbackDays": None,
    }
    assert shown["audience"] == {
        "kind": "DEFINITION",
        "segment": None,
        "snapshot": None,
        "definition": {
            "__typename": "DefinitionAnd",
            "items": [
                {
                    "__typename": "TagCondition",
                    "tagCode": "city",
                    "tagOp": "IN",
                    "values": ["Beijing", "Shanghai"],
                    "min": None,
                    "max": None,
                },
                {
                    "__typename": "DefinitionNot",
                    "item": {
                        "__typename": "BehaviourCondition",
                        "source": "ORDER",
                        "metric": "AMOUNT",
                        "op": "BETWEEN",
                        "value": 100.0,
                        "valueTo": 900.0,
                        "windowDays": 30,
                        "eventName": None,
                        "filters": {**NO_FILTERS, "storeCodes": ["BJ01"]},
                    },
                },
                {
                    "__typename": "DefinitionOr",
                    "items": [
                        sequence,
                        {
                            "__typename": "TagCondition",
                            "tagCode": "city",
                            "tagOp": "EQUALS",
                            "values": ["Beijing"],
                            "min": None,
                            "max": None,
                        },
                    ],
                },
            ],
        },
    }
    assert shown["trigger"] == {
        "kind": "EVENT",
        "minTotalCents": None,
        "channels": None,
        "stores": None,
        "event": "visit",
        "properties": {"page": "home"},
        "days": None,
        "hours": None,
        "rank": None,
    }
    assert shown["rewards"] == [
        {"__typename": "PointsReward", "points": 100, "pointType": "POINTS"},
        {"__typename": "CouponReward", "template": "WELCOME"},
        {"__typename": "BenefitReward", "benefit": "LOUNGE", "quantity": 2},
    ]
    assert shown["message"] == {
        "channel": "SMS",
        "body": "Hi {name}, {points} points",
        "templateCode": "SMS_1",
        "link": None,
    }
    assert shown["frequency"] == {"cap": "EVERY_N_DAYS", "days": 7}
    assert shown["variants"] == [
        {"code": "a", "percent": 45.0, "body": None, "rewards": None},
        {
            "code": "b",
            "percent": 45.0,
            "body": "Hello {name}",
            "rewards": [{"__typename": "CouponReward", "template": "WELCOME"}],
        },
    ]


async def test_a_saved_segment_audience_reads_back_by_its_id() -> None:
    await _catalogue()
    saved = await gql(
        """mutation($i: SaveSegmentInput!) { saveSegment(input: $i) { segment { id } errors { code } } }""",
        {
            "i": {
                "name": "Buyers",
                "definition": {
                    "behaviour": {
                        "source": "ORDER",
                        "metric": "COUNT",
                        "op": "GTE",
                        "value": 1,
                        "windowDays": 30,
                    }
                },
            }
        },
        STAFF,
    )
    segment_id = saved.data["saveSegment"]["segment"]["id"]
    created = await gql(
        CREATE,
        {"i": _input(mode="ONE_SHOT", trigger=None, audience={"segment": segment_id})},
        STAFF,
    )
    campaign = created.data["createCampaign"]["campaign"]
    assert campaign["audience"] == {
        "kind": "SEGMENT",
        "segment": segment_id,
        "snapshot": None,
        "definition": None,
    }
    assert campaign["trigger"] is None and campaign["message"] is None
    assert campaign["frequency"] == {"cap": "ONCE", "days": 0}
    assert campaign["variants"] == [
        {"code": "treatment", "percent": 100.0, "body": None, "rewards": None}
    ]


@pytest.mark.parametrize(
    ("_case", "change"),
    [
        ("two audiences", {"audience": {"everyone": True, "segment": "1"}}),
        ("no audience field", {"audience": {}}),
        (
            "reward of two kinds",
            {"rewards": [{"points": {"points": 1}, "coupon": {"template": "X"}}]},
        ),
        ("the old JSON reward", {"rewards": [{"kind": "POINTS", "points": 1}]}),
        ("unknown trigger kind", {"trigger": {"kind": "ON_A_WHIM"}}),
        ("unknown channel", {"message": {"channel": "FAX", "body": "Hi"}}),
        ("message without body", {"message": {"channel": "SMS"}}),
        ("variant without percent", {"variants": [{"code": "a"}]}),
        ("unknown frequency cap", {"frequency": {"cap": "TWICE"}}),
        (
            "unknown comparison in the tree",
            {
                "audience": {
                    "definition": {
                        "behaviour": {
                            "source": "ORDER",
                            "metric": "COUNT",
                            "op": "ABOUT",
                            "value": 1,
                            "windowDays": 3,
                        }
                    }
                }
            },
        ),
    ],
)
async def test_wrong_shapes_are_refused_by_the_schema(_case: str, change: dict) -> None:
    result = await gql(CREATE, {"i": _input(**change)}, STAFF)
    assert result.errors, _case
    assert result.data is None
    assert await Campaign.all().count() == 0


@pytest.mark.parametrize(
    ("_case", "change", "code", "field"),
    [
        ("everyone false", {"audience": {"everyone": False}}, "INVALID", "audience.everyone"),
        (
            "bad segment id",
            {"audience": {"segment": "not-an-id"}},
            "INVALID_ID",
            "audience.segment",
        ),
        ("missing snapshot", {"audience": {"snapshot": "77"}}, "NOT_FOUND", "audience.snapshot"),
        (
            "window too long in the tree",
            {
                "audience": {
                    "definition": {
                        "and": [
                            {"tag": {"tagCode": "city", "op": "EQUALS", "values": ["Beijing"]}},
                            {
                                "behaviour": {
                                    "source": "ORDER",
                                    "metric": "COUNT",
                                    "op": "GTE",
                                    "value": 1,
                                    "windowDays": 9999,
                                }
                            },
                        ]
                    }
                }
            },
            "INVALID_WINDOW",
            "audience.definition.and[1].behaviour.windowDays",
        ),
        (
            "unknown tag in the tree",
            {"audience": {"definition": {"tag": {"tagCode": "nope", "op": "IN", "values": ["x"]}}}},
            "UNKNOWN_TAG",
            "audience.definition.tag.tagCode",
        ),
        (
            "no points",
            {"rewards": [{"points": {"points": 0}}]},
            "INVALID_AMOUNT",
            "rewards[0].points.points",
        ),
        (
            "unknown coupon",
            {"rewards": [{"points": {"points": 5}}, {"coupon": {"template": "NOPE"}}]},
            "NOT_FOUND",
            "rewards[1].coupon.template",
        ),
        (
            "no benefit quantity",
            {"rewards": [{"benefit": {"benefit": "LOUNGE", "quantity": 0}}]},
            "INVALID_AMOUNT",
            "rewards[0].benefit.quantity",
        ),
        (
            "variant reward",
            {
                "variants": [
                    {"code": "a", "percent": 100, "rewards": [{"coupon": {"template": "NOPE"}}]}
                ]
            },
            "NOT_FOUND",
            "variants[0].rewards[0].coupon.template",
        ),
        ("triggered without trigger", {"trigger": None}, "REQUIRED", "trigger"),
        ("event without name", {"trigger": {"kind": "EVENT"}}, "REQUIRED", "trigger.event"),
        (
            "option of another kind",
            {"trigger": {"kind": "BIRTHDAY", "minTotalCents": 100}},
            "INVALID",
            "trigger.minTotalCents",
        ),
        ("days with ONCE", {"frequency": {"cap": "ONCE", "days": 3}}, "INVALID", "frequency.days"),
        (
            "negative days",
            {"frequency": {"cap": "EVERY_N_DAYS", "days": -1}},
            "INVALID_AMOUNT",
            "frequency.days",
        ),
    ],
)
async def test_wrong_values_name_code_and_path_and_save_nothing(
    _case: str, change: dict, code: str, field: str
) -> None:
    await _catalogue()
    await tags_runs.compute_all()
    result = await gql(CREATE, {"i": _input(**change)}, STAFF)
    assert result.errors is None, result.errors
    errors = result.data["createCampaign"]["errors"]
    assert (errors[0]["code"], errors[0]["field"]) == (code, field), (_case, errors)
    assert await Campaign.all().count() == 0
