"""The stage table: each stage's requirements met by an earlier one, checked without a model."""
from __future__ import annotations

import pytest

from claimgraph.config import DEFAULT_STAGES
from claimgraph.errors import ConfigError
from claimgraph.extract import stages
from claimgraph.extract.stages import Stage, check_order


def stage(name, requires=(), assigns=()):
    return Stage(name, requires, assigns, lambda parsed: None, lambda parsed, found: parsed)


def builtin(name):
    return next(getattr(stages, attr) for attr in dir(stages)
                if isinstance(getattr(stages, attr), Stage) and getattr(stages, attr).name == name)


def test_the_default_stages_are_in_an_order_that_meets_every_requirement():
    check_order([builtin(name) for name in DEFAULT_STAGES])


@pytest.mark.parametrize("order, message", [
    # a requirement assigned only later: both stages named
    ([stage("a.groups.v1", ("triggers",)), stage("a.triggers.v1", (), ("triggers",))],
     "stage a.groups.v1 requires 'triggers', which no earlier stage assigns (a.triggers.v1 assigns it but runs later)"),
    # a requirement no stage in the list assigns
    ([stage("a.reports.v1", ("modality",))],
     "stage a.reports.v1 requires 'modality', which no earlier stage assigns (no stage in the list assigns it)"),
    # what the parser gives is there from the start; a stage's own assignment is not
    ([stage("a.self.v1", ("document", "doc", "names"), ("names",))], "stage a.self.v1 requires 'names'"),
])
def test_an_unmet_requirement_is_a_config_error_naming_the_stage_and_what_it_lacks(order, message):
    with pytest.raises(ConfigError, match="^" + message.replace("(", r"\(").replace(")", r"\)")):
        check_order(order)


@pytest.mark.parametrize("left_out, needed", [
    ("claimgraph.triggers.v1", "triggers"),
    ("claimgraph.publication_date.v1", "published"),
    ("claimgraph.attribution.v1", "attribution"),
    ("claimgraph.arguments.v1", "candidates"),
])
def test_leaving_a_builtin_stage_out_names_the_first_stage_that_needed_it(left_out, needed):
    with pytest.raises(ConfigError, match=f"requires '{needed}'"):
        check_order([builtin(name) for name in DEFAULT_STAGES if name != left_out])
