"""Keeping a rate-limit test clear of a window's edge.

The limiter counts in a sliding window approximated from two fixed ones aligned on the epoch
(limits' sliding-window counter, in memory): right after an edge, the previous window's hits
weigh a little less than one each and `floor` lets one more through. A test that uses up a
limit and then expects a refusal would pass through that gap once in a while; it starts far
enough from the edge instead.
"""

from __future__ import annotations

import time


def clear_of_a_window_edge(period_s: int, needs_s: float) -> None:
    """Return when at least `needs_s` seconds are left in the current `period_s` window,
    sleeping past the next edge if fewer are."""
    left = period_s - time.time() % period_s
    if left < needs_s:
        time.sleep(left + 0.05)
