"""Descriptions of the analytics area: metrics queries over the rollups."""

DESCRIPTIONS: dict[str, str] = {
    "Query.metrics(query:)": "Measures, dimensions, filters and the business-day window to answer.",
}
