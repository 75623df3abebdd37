"""A publication date inferred from what a document reports, stage by stage (see the module's
docstring), on texts written for these tests."""
from __future__ import annotations

import pytest

from claimgraph.extract.publication import infer_publication_date
from tests.extract.helpers import parse_text

CASES = [
    # (b) the latest fully dated event the text reports
    ("Rebels attacked Varnek on March 3, 2021. The army answered on March 5, 2021.", "2021-03-05"),
    ("Fighting resumed near Varnek in April 2019.", "2019-04"),
    # ... not a date the text looks forward to
    ("The vote will be held on June 1, 2022. Clashes broke out in Varnek on May 2, 2022.", "2022-05-02"),
    # ... and never a bare year: history, not the time of writing
    ("The war began in 2003 and has not ended.", None),
    # ... nor a month with no day in a text telling its news by days from the day of writing
    ("Gunmen shelled a market in Torval yesterday. The rebels have held the town since June 2018.", None),
    ("The militia, which seized Varnek in May 2011, raided a checkpoint on Sunday.", None),
    ("The ministry said on Tuesday that the raid of 4 June 2018 killed six. The rebels took the town in "
     "March 2018.", "2018-06-04"),
    # ... a year-less date nearest the latest full date ("on 20th October", after October 14, 2017)
    ("Clashes began in Torval on October 14, 2017. On 20th October, the council said 40 had died.",
     "2017-10-20"),
    ("A truce was signed on December 20, 2018. It broke down on 3 January, officials said.", "2019-01-03"),
    # ... not one the text does not tell as past
    ("The deal was terminated on Sept. 27, 2019. His appointment takes effect Nov. 13.", "2019-09-27"),
    ("Nothing dates this text at all.", None),
    # (a) a dated update line bounds the evidence from above, and is no evidence itself
    ("Troops withdrew from Varnek on May 2, 2020.\nUpdate: as of May 10, 2020, the troops have returned.",
     "2020-05-02"),
    ("Troops withdrew from Varnek on May 12, 2020.\nUpdate: as of May 10, 2020, the troops have returned.", None),
    # ... a year-less date takes its latest instance before the update
    ("Talks resumed on 3 March in Torval.\nUpdate: as of April 20, 2016, talks have stalled.", "2016-03-03"),
    # (c) a year still ahead puts year-less dates early in that year
    ("Parties are preparing for the upcoming 2014 elections. Talks resumed on 3 March in Torval.", "2014-03-03"),
    # (d) a year-less wire dateline, in the first year on or after the evidence
    ("TORVAL, March 14 (Reuters) - Clashes erupted near the border on March 12, 2019, officials said.",
     "2019-03-14"),
    ("TORVAL, January 2 (Reuters) - Clashes that erupted near the border on December 28, 2018 went on, "
     "officials said.", "2019-01-02"),
    ("TORVAL, March 14 (Reuters) - Clashes erupted near the border on Tuesday, officials said.", None),
    # (e) "today" of a past action: the headline's day, its year from the evidence
    ("Ceasefire signed in Torval on 12 May\nThe two sides signed the agreement today, ending clashes that "
     "began in March 2017.", "2017-05-12"),
    ("Ceasefire signed in Torval on 12 May\nThe two sides signed the agreement today.", None),
]


@pytest.mark.parametrize("text, published", CASES)
def test_infer_publication_date(nlp, text, published):
    assert infer_publication_date(parse_text(nlp, text)) == published
