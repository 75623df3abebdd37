"""Keeping watch: feeds followed and polled (`follow`, `poll`, `fetch`, `schedule`), watch-lists
checked after each round (`watchlists`, `alerts`), alerts sent to webhooks (`webhook`) and served
as Atom (`atom`). Feeds, watch-lists and their state live in the store (claimgraph.store.watch)."""
