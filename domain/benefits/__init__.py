"""Benefits: benefit catalogue, grants, redemptions and benefit cards."""
