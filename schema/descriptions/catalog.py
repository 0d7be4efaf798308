"""Descriptions of the catalogue area: items, stores, categories, brands."""

DESCRIPTIONS: dict[str, str] = {
    "Query.items(filter:)": "Filters; all items when omitted.",
    "Query.stores(filter:)": "Filters; all stores when omitted.",
}
