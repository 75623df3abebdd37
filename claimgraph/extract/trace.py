"""Which rules fired: the ids an extracted record keeps of the rules that made it.

An extractor calls `fired("argument:passive_by_agent")` at the decision point where a rule
gives its answer; a stage that wants one record's rules runs the computation under `tracing()`
and reads the ids back. Outside `tracing()` a `fired` call does nothing, so the functions stay
callable (and testable) on their own, and their return types stay what they compute: threading
rule ids through every return value of the parse walkers would double their signatures.

A rule id is "<kind>:<branch>.<entry>": the kind of decision (trigger, argument, date, modality,
attribution, report, relation), the function or branch that decided, and the lexicon entry it
used when there is one: a PLOVER entry ("trigger:ASSAULT.attack"), a trigger pattern or reversal
by its id in ontology/ ("trigger:stance.refusal", "trigger:reversal.easing"), a lexicon family
and its word ("attribution:speech_verbs.say").
"""
from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from contextvars import ContextVar

_current: ContextVar[tuple[list[str], tuple[str, ...]] | None] = ContextVar("claimgraph_rules", default=None)


def fired(rule: str) -> None:
    """Record that a rule gave its answer, when someone is tracing rules of its kind."""
    trace = _current.get()
    if trace is not None and (not trace[1] or rule.partition(":")[0] in trace[1]):
        trace[0].append(rule)


@contextmanager
def tracing(*kinds: str) -> Iterator[list[str]]:
    """Collect the ids of the rules fired inside the block (of the given kinds only, when any are
    given: the trigger finder asks who acts in a clause, but those answers are no reason for the
    trigger). Nested blocks collect apart: an inner block's ids do not reach the outer one."""
    found: list[str] = []
    token = _current.set((found, kinds))
    try:
        yield found
    finally:
        _current.reset(token)


def refire(rules) -> None:
    """Record again rules collected apart, once their answer is the one kept."""
    for rule in rules:
        fired(rule)


def unique(rules) -> tuple[str, ...]:
    """Rule ids once each, in the order they first fired."""
    return tuple(dict.fromkeys(rules))
