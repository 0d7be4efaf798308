"""Operations the limit tests and the limits bench share: a member's home page and the attack."""

from __future__ import annotations

MEMBER_HOME = """
query MemberHome($slot: String!) {
  me {
    id name city status registeredAt consentSms
    identities { kind namespace value }
    stats { orderCount totalSpendCents lastOrderAt }
  }
  pointAccounts { pointType { code name } available frozen }
  memberLevel { reachedOn periodEndsOn level { rank code name discountPercent } }
  wallet { balanceCents status }
  myCoupons(first: 20) {
    edges { cursor node { id code name kind state validUntil discountCents } }
    pageInfo { hasNextPage endCursor }
  }
  claimableCoupons(first: 20) {
    nodes { code name kind amountOffCents thresholdCents pointsPrice claimEndsAt }
  }
  recommendations(slot: $slot, first: 20) {
    slot coldStart
    items { position reason item { id name priceCents onSale category { name } } }
  }
}
"""


def _category(depth: int) -> str:
    """Alternately down to the children and back up to the parent, `depth` levels."""
    if depth == 0:
        return "id name"
    step = "children" if depth % 2 == 0 else "parent"
    return f"id name {step} {{ {_category(depth - 1)} }}"


def attack_query(aliases: int = 30, depth: int = 6, first: int = 100) -> str:
    """Aliased pages of items, each with its category tree walked `depth` levels."""
    page = (
        f"items(first: {first}) {{ nodes {{ id name code priceCents attributes "
        f"category {{ {_category(depth)} }} }} }}"
    )
    return "{ " + " ".join(f"a{i}: {page}" for i in range(aliases)) + " }"
