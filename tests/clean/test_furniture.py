"""Furniture removal on small scraped pages written for these tests."""
import pytest

from claimgraph.clean import clean_document
from claimgraph.clean.furniture import (find_byline, find_title, furniture_reasons, is_teaser,
                                        nav_heading, split_blocks)
from claimgraph.model import RawDocument
from tests.clean import pages


def clean(text: str):
    return clean_document(RawDocument(source="test", text=text))


@pytest.mark.parametrize("page, gone, kept", [
    (pages.NEWS_PAGE,
     ["Monday, March 4, 2024", "HomeWorld", "Share this article", "Related stories", "Drone strike",
      "Hundreds flee", "Aid agencies", "By Amina"],
     ["Gunmen ambushed a military convoy", "The attack came a week after"]),
    (pages.BANNER_PAGE,
     ["newsletter", "profile page", "Website", "RSS", "|"],
     ["Fighting resumed on Thursday", "Jane Roe is a Senior Fellow"]),
    (pages.TEASER_RUN_PAGE,
     ["Talks stall", "Negotiators failed", "Flooding hits", "Heavy rain"],
     ["Militia withdraws from border town", "The militia pulled its fighters"]),
    (pages.MENU_PAGE,
     ["News\n", "Politics", "Business", "Sport"],
     ["Truce talks resume in Geneva", "Delegations from both sides"]),
    (pages.WIRE_PAGE,
     ["Skip to main", "Exclusive news", "Markets", "Advertisement", "All rights reserved", "By John"],
     ["Airstrikes killed at least 20", "We counted twenty bodies"]),
    (pages.SECTION_PAGE,
     ["News|", "Save", "Follow us", "More from", "Aid agencies suspend", "retaken key bridge"],
     ["Clashes between rival factions", "Heavy gunfire", "56 people had been killed"]),
    (pages.PRESS_RELEASE,
     [],
     ["The Ministry condemns", "Press Office of the Ministry", "Lviv, 14 May 2022"]),
])
def test_furniture_goes_and_article_stays(page, gone, kept):
    cleaned = clean(page)
    for text in gone:
        assert text not in cleaned.text
    for text in kept:
        assert text in cleaned.text


@pytest.mark.parametrize("page, title, author, published", [
    (pages.NEWS_PAGE, "Army says convoy ambushed near Gao", "Amina Traoré", "2019-02-12"),
    (pages.BANNER_PAGE, "Ceasefire collapses in the north", None, None),
    (pages.PRESS_RELEASE, "Statement on the shelling of residential districts", None, "2022-05-14"),
    (pages.HARD_WRAPPED, None, None, None),
    (pages.WIRE_PAGE, "Airstrikes kill 20 in northern town, medics say", "John Doe and Jane Roe",
     "2024-03-03"),
    (pages.SECTION_PAGE, "Dozens killed as fighting spreads to the capital", "Ahmed Yusuf", "2024-03-03"),
])
def test_title_author_and_date(page, title, author, published):
    cleaned = clean(page)
    assert (cleaned.title, cleaned.author, cleaned.published) == (title, author, published)
    if title:   # the headline stays, as its own paragraph, so it is not glued to the first sentence
        assert cleaned.text.startswith(title + "\n\n")


def test_removed_lists_dropped_blocks_in_page_order():
    cleaned = clean(pages.NEWS_PAGE)
    assert cleaned.removed[:3] == ("Monday, March 4, 2024",
                                   "HomeWorldAfrica / SahelArmy says convoy ambushed near Gao",
                                   "By Amina Traoré")


def test_repeated_standfirst_keeps_the_body_copy_once():
    cleaned = clean(pages.REPEATED_STANDFIRST)
    assert cleaned.text.count("destroyed a school") == 1
    assert "Five civilians were killed" in cleaned.text


def test_hard_wrapped_paragraphs_are_unwrapped_not_split():
    assert split_blocks(pages.HARD_WRAPPED.strip()) == [
        "Rebels and the army exchanged fire overnight near the river crossing, residents said, and "
        "at least three people were wounded in the clashes that lasted until dawn.",
        "The army said it had repelled an attack on its positions and that the situation was now "
        "under control, according to a statement read on state television on Sunday morning.",
    ]


@pytest.mark.parametrize("blocks, reasons", [
    (["Africa > Sahel > Mali", "Troops enter the city after a long siege, officials said."],
     ["breadcrumb", None]),
    (["Home | World", "Troops enter the city after a long siege, officials said."],
     ["navigation", None]),
    (["WorldAsiaTroops enter the city of...", "Troops enter the city of Marawi",
      "Troops entered the city on Monday after a five-month siege, the army said."],
     ["breadcrumb", None, None]),
    (["3 May 2021", "Troops enter the city after a long siege, officials said in a statement."],
     [None, None]),                             # a top date over the article is the article's
    (["3 May 2021", "Home | World", "Troops enter the city after a long siege, officials said."],
     ["page date", "navigation", None]),
    (["The siege ended.", "You may also like", "Other story", "Another story"],
     [None, "link heading", "related links", "related links"]),
    # a link heading inside short wire paragraphs takes only itself
    (["Troops entered the town on Monday, the army said.", "Read more: Army retakes the bridge",
      "Residents said the shelling had stopped by noon.", "Aid convoys were expected on Tuesday."],
     [None, "link heading", None, None]),
])
def test_reasons(blocks, reasons):
    assert furniture_reasons(blocks) == reasons


ARTICLE = "Militiamen shelled the market on Friday, killing four traders, the governor said."
RESIDENTS = "Residents said the shelling went on until late in the evening."


@pytest.mark.parametrize("block, reason", [
    # a labelled link to another article, of any length, and an embed's caption
    ("Read also: Rebel leader says talks with the junta are over, blames foreign mercenaries",
     "related link"),
    ("READ MORE: Floods leave thousands homeless in the delta as rains continue for a third week",
     "related link"),
    ("Related: Opposition Accused of Staging Kidnapping to Delay the Vote", "related link"),
    ("Video | How the Rebels Took the Port City The militia entered the town from the south.",
     "media link"),
    ("Photo: a destroyed bridge outside the capital", "media link"),
    # image and photo credits
    ("Ahmed Saleh/Reuters", "credit"),
    ("Foto de Ana Ruiz/EFE", "credit"),
    ("A damaged mosque in the old city.JOHN SMITH (AFP)", "credit"),
    ("Photo by a local resident – Public Domain, Wikimedia Commons", "credit"),
    # labels in capitals, byline fields without a date, a ticker of headlines
    ("DEVELOPING STORY", "label"), ("EPA", "label"),
    ("Author: Staff Reporter", "byline"), ("Updated:", "byline"),
    ("Breaking: Port reopens • Analysis: Why the truce failed • Markets slide on oil fears", "ticker"),
    ("You are here: Home", "breadcrumb"),
    # advertisements and subscription appeals
    ("Support our journalism. Become a member today!", "advertisement"),
    ("Lose weight in 7 days with this one trick! Click here to learn more!", "advertisement"),
])
def test_furniture_kinds(block, reason):
    assert furniture_reasons([ARTICLE, block, RESIDENTS]) == [None, reason, None]


@pytest.mark.parametrize("block", [
    "“Watch: they will come back tonight,” a resident said of the fighters in the hills.",
    "Updated casualty figures were released by the ministry late on Sunday, officials said.",
    "Published: 3 May 2021",                          # where the publication date is printed
    "“Click here if you want to live!” the militants wrote in leaflets dropped over the town.",
    "A quote glued to its photo's credit, “We buried them at night,” a farmer said., Public Domain,"
    " and the scraper kept both, so the article text stays",
])
def test_article_blocks_stay(block):
    assert furniture_reasons([ARTICLE, block, RESIDENTS]) == [None, None, None]


@pytest.mark.parametrize("blocks, reasons", [
    (["Middle East", "Shelling kills four in market town", ARTICLE], ["section label", None, None]),
    (["Off the record", "Headline • Second headline • Third headline", "You are here: Home",
      "Shelling kills four in market town", ARTICLE], ["page header", "ticker", "breadcrumb", None, None]),
    # a wire sign-off over advertisements stays: it names the agency
    ([ARTICLE, RESIDENTS, "(AFP/Reuters)", "Amazing offer! Click now to see!!", "Buy now! Only today!"],
     [None, None, None, "advertisement", "advertisement"]),
    (["Shelling kills four", "Market town hit at dawn", ARTICLE], [None, None, None]),
    # a short line over an image's credit is its caption, once the article has begun
    ([ARTICLE, "Mourners Funeral Village", "Image: Reuters", RESIDENTS],
     [None, "caption", "media link", None]),
    (["Shelling kills four in market town", "Photo: Jane Roe/AP", ARTICLE], [None, "media link", None]),
])
def test_furniture_in_context(blocks, reasons):
    assert furniture_reasons(blocks) == reasons


@pytest.mark.parametrize("block, expected", [
    ("Related", True), ("Latest news", True), ("You might also likeRELATED", True),
    ("More from Asia", True), ("Latest fighting in the north", False),
    ("Related talks collapsed after the army refused to withdraw from the town.", False),
])
def test_nav_heading(block, expected):
    assert nav_heading(block) is expected


@pytest.mark.parametrize("block, expected", [
    ("Clashes erupted again in the east of the...", True), ("Clashes erupted again…", True),
    ("He said: “We will return...”", False), ("Clashes erupted again.", False),
])
def test_is_teaser(block, expected):
    assert is_teaser(block) is expected


@pytest.mark.parametrize("blocks, expected", [
    (["Headline here", "By Jane Doe"], (1, "Jane Doe")),
    (["By JOHN ROE, Associated Press"], (0, "JOHN ROE")),
    (["By Reuters"], (0, "Reuters")),
    (["By Tuesday, the rebels had fled."], None),
    (["By late afternoon the army had retaken the bridge over the river."], None),
])
def test_find_byline(blocks, expected):
    assert find_byline(blocks) == expected


@pytest.mark.parametrize("blocks, expected", [
    (["Rebels take airport", "Rebels took the airport on Monday, officials said."], "Rebels take airport"),
    (["14 May 2022", "Rebels take airport", "Rebels took the airport on Monday."], "Rebels take airport"),
    (["Rebels took the airport on Monday, officials said.", "Later heading"], None),
])
def test_find_title(blocks, expected):
    assert find_title(blocks) == expected
