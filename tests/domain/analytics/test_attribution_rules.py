"""Attribution arithmetic: every model credits exactly an order's net sales, in whole fen."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from domain.analytics.attribution import credit
from domain.analytics.attribution_rules import AttributionModel, split

models = st.sampled_from(list(AttributionModel))
nets = st.integers(min_value=0, max_value=10**12)


@given(net=nets, touches=st.integers(min_value=1, max_value=30), model=models)
def test_the_credits_of_an_order_sum_to_its_net(
    net: int, touches: int, model: AttributionModel
) -> None:
    shares = split(net, touches, model)
    assert len(shares) == touches
    assert sum(shares) == net
    assert all(share >= 0 for share in shares)
    if model is AttributionModel.FIRST:
        assert shares[0] == net
    if model is AttributionModel.LAST:
        assert shares[-1] == net
    if model is AttributionModel.LINEAR:
        assert max(shares) - min(shares) <= 1
    if model is AttributionModel.POSITION_BASED and touches > 2:
        assert abs(shares[0] - shares[-1]) <= 1
        assert min(shares[0], shares[-1]) >= max(shares[1:-1])


def test_position_based_gives_forty_twenty_forty() -> None:
    assert split(1000, 3, AttributionModel.POSITION_BASED) == [400, 200, 400]
    assert split(1000, 4, AttributionModel.POSITION_BASED) == [400, 100, 100, 400]
    assert split(1001, 2, AttributionModel.POSITION_BASED) == [501, 500]


orders = st.lists(
    st.tuples(nets, st.lists(st.sampled_from(["ad:wx", "ad:dy", "push", "sms"]), max_size=6)),
    max_size=40,
)


@given(orders=orders)
def test_totals_per_model_equal_the_attributed_orders_net_sales(
    orders: list[tuple[int, list[str]]],
) -> None:
    touched = [(net, sources) for net, sources in orders if sources]
    for model in AttributionModel:
        result = credit(model, orders)
        assert sum(s.credit_cents for s in result.sources) == result.attributed_net_cents
        assert result.attributed_net_cents == sum(net for net, _ in touched)
        assert result.attributed_orders == len(touched)
        assert result.unattributed_net_cents == sum(net for net, s in orders if not s)
