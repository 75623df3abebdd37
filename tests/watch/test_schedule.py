"""Polling intervals as typed, and the backoff after failures."""
from __future__ import annotations

import pytest

from claimgraph.errors import ConfigError
from claimgraph.watch.schedule import MAX_BACKOFF_S, backoff_s, every_label, parse_every


@pytest.mark.parametrize("text, seconds, label", [
    ("30s", 30, "30s"), ("15m", 900, "15m"), ("2h", 7200, "2h"), ("1d", 86400, "1d"), (" 90M ", 5400, "90m"),
    ("120s", 120, "2m"),
])
def test_an_interval_reads_as_seconds(text, seconds, label):
    assert parse_every(text) == seconds and every_label(seconds) == label


@pytest.mark.parametrize("text", ["", "15", "soon", "1.5h", "-5m", "0s", "15 minutes"])
def test_an_interval_that_means_nothing_is_refused(text):
    with pytest.raises(ConfigError, match="invalid interval"):
        parse_every(text)


@pytest.mark.parametrize("every_s, failures, wait_s", [
    (900, 0, 900), (900, 1, 1800), (900, 2, 3600), (900, 3, 7200), (900, 20, MAX_BACKOFF_S),
    (2 * 86400, 3, 2 * 86400),          # a feed read every two days never waits less than that
])
def test_each_failure_in_a_row_doubles_the_wait(every_s, failures, wait_s):
    assert backoff_s(every_s, failures) == wait_s
