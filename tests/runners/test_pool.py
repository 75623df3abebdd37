"""The pool's plumbing: chunking and in-order collection with a bounded number in flight."""
from __future__ import annotations

from concurrent.futures import Future

import pytest

from claimgraph.runners.pool import chunks, in_order


@pytest.mark.parametrize("items, size, expected", [
    ([], 3, []),
    ([1, 2], 3, [[1, 2]]),
    ([1, 2, 3, 4, 5, 6, 7], 3, [[1, 2, 3], [4, 5, 6], [7]]),
])
def test_chunks(items, size, expected):
    assert list(chunks(iter(items), size)) == expected


@pytest.mark.parametrize("ahead", [1, 2, 5])
def test_in_order_keeps_input_order_and_bounds_what_is_in_flight(ahead):
    submitted = []

    def submit(batch):
        submitted.append(batch)
        future = Future()
        future.set_result([x * 10 for x in batch])
        return future

    seen = [(value, len(submitted)) for value in in_order(submit, chunks(range(7), 2), ahead)]
    assert [value for value, _ in seen] == [0, 10, 20, 30, 40, 50, 60]
    # When the first result comes out, at most `ahead` of the 4 batches have been sent.
    assert seen[0][1] == min(ahead, 4)
