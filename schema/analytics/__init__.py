"""GraphQL for the analytics read models: rollup freshness."""
