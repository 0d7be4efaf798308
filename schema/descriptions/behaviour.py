"""Descriptions of the behaviour analyses: cohorts, funnels, paths and attribution."""

DESCRIPTIONS: dict[str, str] = {
    "Query.cohortRetention(cohort:)": "What puts a member in a cohort.",
    "Query.cohortRetention(activity:)": "What counts as activity in each later period.",
    "Query.cohortRetention(grain:)": "WEEK or MONTH, for cohorts and offsets.",
    "Query.cohortRetention(measure:)": "MEMBERS, NET or CUMULATIVE_NET per cell.",
    "Query.cohortRetention(storeCode:)": "Only members whose source store this is.",
    "Query.cohortRetention(channel:)": "Only members registered through this channel.",
    "Query.funnel(steps:)": "Steps in order, 1 to 10 (ignored with savedFunnelId).",
    "Query.funnel(windowMinutes:)": "Minutes from step 1 within which the later steps must "
    "follow, 1 to 129600 (90 days).",
    "Query.funnel(breakdown:)": "Also count per value of this member attribute.",
    "Query.funnel(savedFunnelId:)": "Use a saved funnel's definition and keep its result.",
    "Query.funnel(refresh:)": "Recompute a saved funnel's kept result.",
    "Query.userPaths(anchor:)": "The event name paths start from (FROM) or lead to (TO).",
    "Query.userPaths(direction:)": "FROM: events after the anchor; TO: events before it.",
    "Query.userPaths(depth:)": "Events per path, 1 to 5.",
    "Query.userPaths(limit:)": "Paths returned, 1 to 100, most frequent first.",
    "Query.attribution(model:)": "How each order's net sales are split among its touches.",
    "Query.attribution(touchEvents:)": "Event names that count as touches, 1 to 10.",
    "Query.attribution(windowDays:)": "Days before an order a touch may lie, 1 to 90.",
    "Query.attribution(sourceProperty:)": "Event property whose value splits sources, e.g. "
    "utm_source or campaign.",
    "Mutation.saveFunnel(name:)": "Unique name, 1 to 100 characters.",
    "Mutation.saveFunnel(steps:)": "Steps in order, 1 to 10.",
    "Mutation.saveFunnel(windowMinutes:)": "Minutes from step 1 within which later steps follow.",
    "Mutation.saveFunnel(breakdown:)": "Member attribute the counts are broken down by.",
    "SaveFunnelPayload": "The saved funnel, or why it was not saved.",
}
