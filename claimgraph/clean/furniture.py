"""Site furniture in text scraped from web pages: which blocks are not the article.

A page is split into blocks (its lines; its paragraphs when the text is hard-wrapped) and each
block is judged on general features, never on a site's own strings:
    shape      a sentence (ends with terminal punctuation), a headline (short, no full stop),
               a teaser (cut off with "..."), a separator (no letters), a bullet link, a ticker
               of headlines on one line, a short label in capitals ("MGN", "DETAILS TO FOLLOW"),
               a credit ("Jane Roe/AP", "JOHN DOE (AFP)")
    vocabulary the share of general web-navigation words (home, share, subscribe, RSS …); a
               labelled link ("Read more: …", "Video | …"), a byline field ("Published: …"),
               a credit ("Public Domain"), an advertisement's call to act with an exclamation
    position   a lone date at the very top above navigation is the page's date, not the article's;
               a short section name over the headline ("Latin America") is a section label
    context    a breadcrumb glued to the headline that follows it; a "Related"/"Latest news"
               heading and the headlines and teasers under it; a run of teasers; a run of menu
               items; an earlier copy of a block repeated later (a standfirst that the body repeats)
The byline ("By Jane Doe") and the headline are found among the blocks that are left.
"""
from __future__ import annotations

import re
from collections.abc import Sequence

from claimgraph.clean.dates import parse_date
from claimgraph.ontology.lexicon import load_lexicon

_WORD = re.compile(r"[^\W_]+(?:['’-][^\W_]+)*")
_SENTENCE_END = re.compile(r"[.!?][\"'”’)\]]*$")
_TEASER_END = re.compile(r"(?:\.\.\.|…)\.?$")
_BULLET = re.compile(r"^[-–•*·▪›»]\s+")
_CRUMB_SEPARATORS = re.compile(r"\s(?:/|>|::)\s|\s?[|»›]\s?")
_GLUE = re.compile(r"(?<=[a-z])(?=[A-Z])")
# "Label: rest" or "Label | rest": a short label before a colon or bar.
_LABELLED = re.compile(r"^(?P<label>[^:|]{1,30}?)\s*[:|]\s*(?P<rest>.*)$")
_TICKER_SEPARATORS = re.compile(r"\s[•·|]\s")
# A credit at the end of a caption: "Jane Roe/AP", "JANE ROE (AFP)".
_CREDIT_TAIL = re.compile(r"(?:\b[A-Z][\w'’.-]*\s+){0,3}[A-Z][\w'’.-]*\s?/\s?[A-Z][\w&.-]*$"
                          r"|\b[A-Z]{2,}(?:\s[A-Z]{2,})+\s?\([A-Z][\w/ .-]*\)$")
_QUOTED = re.compile(r"[“\"][^”\"]*[”\"]")
_BYLINE = re.compile(
    r"^(?i:by|written by|words by|posted by|reporting by)\s+"
    r"(?P<name>[A-Z][\w.'’-]*(?:\s+(?:[A-Z][\w.'’-]*|of|de|da|del|van|von|der|bin|ibn|al|el|and|&))*)"
    r"\s*(?:$|[,|–—-]\s*(?P<rest>.*))")

# A block of at least this many words ending a sentence is article text, never a teaser or menu
# (the teasers under the seeds' "Latest news" headings run 12-25 words).
ARTICLE_PARAGRAPH_WORDS = 40
# A headline is short: news headlines run 5-20 words; 25 leaves room for long ones.
HEADLINE_MAX_WORDS = 25
# A short line is navigation when at least half its words are navigation words ("Home | World").
NAV_LINE_MAX_WORDS = 8
NAV_LINE_MIN_SHARE = 0.5
# A non-sentence block with this many navigation phrases is a banner ("Get email alerts …").
BANNER_MIN_PHRASES = 2
# A glued breadcrumb's part before the headline ("Home › World › Middle East") is at most this long.
BREADCRUMB_MAX_CHARS = 120
# A repeated block must be this long to count as a copy, and may carry a glued prefix this long.
REPEAT_MIN_CHARS = 40
REPEAT_MAX_PREFIX = 40
# Menus: runs of one-to-three-word lines; three suffice when one is a navigation word.
MENU_ITEM_MAX_WORDS = 3
MENU_MIN_RUN = 6
MENU_MIN_RUN_WITH_NAV = 3
# Furniture that stands above the headline on a page (a share bar may stand below it).
_SITE_CHROME = ("menu", "breadcrumb", "page date")
# A label in capitals ("MGN", "DETAILS TO FOLLOW") is this short; a headline in capitals is longer.
CAPS_LABEL_MAX_WORDS = 3
# A section label over the headline ("Latin America", "Middle East") is this short.
SECTION_LABEL_MAX_WORDS = 3
# A byline field holds a name or a date: "Author: Associated Press", "Updated: 3 May 2021 14:05 GMT".
BYLINE_FIELD_MAX_WORDS = 8
# A ticker is one line of at least this many headlines between bullets.
TICKER_MIN_ITEMS = 3
# The byline stands among the first blocks of the page.
BYLINE_SEARCH_BLOCKS = 8
# "By Jane Doe and John Roe, Chief Correspondent | 3 May 2021" is about the longest byline.
BYLINE_MAX_WORDS = 12
# Hard-wrapped text: every line short, most lines near the wrap width.
WRAP_MAX_LINE = 100
WRAP_MIN_LINES = 5


def split_blocks(text: str) -> list[str]:
    """The page's blocks: its non-empty lines, or its paragraphs unwrapped if the text is hard-wrapped."""
    lines = [line for line in text.split("\n") if line.strip()]
    if not _hard_wrapped(lines):
        return lines
    return [" ".join(p.split("\n")) for p in text.split("\n\n") if p.strip()]


def furniture_reasons(blocks: Sequence[str]) -> list[str | None]:
    """For each block, why it is furniture ("navigation", "breadcrumb" …), or None if it is article."""
    reasons = [_reason_alone(block) for block in blocks]
    for i in range(len(blocks) - 1):
        if reasons[i] is None and _glued_breadcrumb(blocks[i], blocks[i + 1]):
            reasons[i] = "breadcrumb"
    _mark_captions(blocks, reasons)
    _mark_link_sections(blocks, reasons)
    _mark_teaser_runs(blocks, reasons)
    _mark_menus(blocks, reasons)
    _mark_repeats(blocks, reasons)
    _mark_page_date(blocks, reasons)
    _mark_section_label(blocks, reasons)
    _mark_page_header(blocks, reasons)
    return reasons


def find_byline(blocks: Sequence[str]) -> tuple[int, str] | None:
    """(index, author) of the byline among the first blocks, or None."""
    for i, block in enumerate(blocks[:BYLINE_SEARCH_BLOCKS]):
        match = _BYLINE.match(block)
        if not match or len(words(block)) > BYLINE_MAX_WORDS or is_sentence(block):
            continue
        name = match.group("name").strip()
        if len(name.split()) >= 2 or not match.group("rest"):
            return i, name
    return None


def find_title(blocks: Sequence[str]) -> str | None:
    """The headline: the first headline-shaped block before the article's first paragraph."""
    for block in blocks:
        if is_sentence(block):
            return None
        if is_headline(block) and parse_date(block) is None:
            return block
    return None


# ------------------------------------------------------------------ block shapes

def words(block: str) -> list[str]:
    return _WORD.findall(block)


def is_sentence(block: str) -> bool:
    return bool(_SENTENCE_END.search(block)) and not is_teaser(block) and len(words(block)) >= 6


def is_article_paragraph(block: str) -> bool:
    return is_sentence(block) and len(words(block)) >= ARTICLE_PARAGRAPH_WORDS


def is_teaser(block: str) -> bool:
    return bool(_TEASER_END.search(block))


def is_headline(block: str) -> bool:
    count = len(words(block))
    return 0 < count <= HEADLINE_MAX_WORDS and not re.search(r"[.,;:]$", block) and not is_teaser(block)


def is_separator(block: str) -> bool:
    return not words(block)


def nav_heading(block: str) -> bool:
    """A heading that opens a list of links: "Related", "Latest news", "You might also like"."""
    text = _plain(block)
    if len(text.split()) > NAV_LINE_MAX_WORDS or is_sentence(block):
        return False
    return any(text == phrase or (" " in phrase and text.startswith(phrase + " "))
               for phrase in load_lexicon().nav_headings)


def nav_phrase_count(block: str) -> int:
    text = f" {_plain(block)} "
    return sum(text.count(f" {phrase} ") for phrase in load_lexicon().nav_phrases)


def nav_share(block: str) -> float:
    """Share of a block's words that are navigation words or part of a navigation phrase."""
    lexicon = load_lexicon()
    text = f" {_plain(block)} "
    for phrase in lexicon.nav_phrases:
        text = text.replace(f" {phrase} ", " " + "§ " * len(phrase.split()))
    tokens = text.split()
    return sum(t == "§" or t in lexicon.nav_words for t in tokens) / len(tokens) if tokens else 0.0


def _plain(block: str) -> str:
    """Lower case, glued words split ("likeRELATED" -> "like related"), punctuation as spaces."""
    return " ".join(w.lower() for w in words(_GLUE.sub(" ", block)))


# ------------------------------------------------------------------ rules

def _reason_alone(block: str) -> str | None:
    """What one block is, judged without its neighbours."""
    if is_separator(block):
        return "separator"
    if nav_heading(block):
        return "link heading"
    labelled = _labelled_reason(block)
    if labelled:
        return labelled
    if not is_sentence(block):
        if _is_caps_label(block):
            return "label"
        if _is_credit(block):
            return "credit"
        if _is_ticker(block):
            return "ticker"
    if _is_advertisement(block):
        return "advertisement"
    tokens = _plain(block).split()
    if len(tokens) <= NAV_LINE_MAX_WORDS:
        if nav_share(block) >= NAV_LINE_MIN_SHARE:
            return "navigation"
        if not is_sentence(block) and _breadcrumb_trail(block):
            return "breadcrumb"
    if nav_phrase_count(block) >= BANNER_MIN_PHRASES and (_GLUE.search(block) or not is_sentence(block)):
        return "navigation"
    return None


def _labelled_reason(block: str) -> str | None:
    """"Read more: …", "Video | …", "Published: …", "You are here: Home": what the label makes it."""
    match = _LABELLED.match(block)
    if not match:
        return None
    lexicon = load_lexicon()
    label, rest = _plain(match.group("label")), match.group("rest")
    if label in lexicon.breadcrumb_openers:
        return "breadcrumb"
    if label in lexicon.nav_headings and not is_article_paragraph(rest):
        return "related link"
    # a quoted "Watch: …" is speech; a bar, or a label over a headline, is an embed's caption
    if label in lexicon.media_labels and ("|" in block[:match.end("label") + 2] or not is_sentence(rest)):
        return "media link"
    # a field holding a date stays: it is where the publication date is printed
    if (label in lexicon.byline_labels and len(words(rest)) <= BYLINE_FIELD_MAX_WORDS
            and not is_sentence(rest) and parse_date(rest) is None):
        return "byline"
    return None


def _is_caps_label(block: str) -> bool:
    letters = [c for c in block if c.isalpha()]
    return bool(letters) and all(c.isupper() for c in letters) and len(words(block)) <= CAPS_LABEL_MAX_WORDS


def _is_credit(block: str) -> bool:
    """A credit line; a long block holding "Public Domain" is a caption glued to article text."""
    if len(words(block)) > HEADLINE_MAX_WORDS:
        return False
    text = f" {_plain(block)} "
    return bool(_CREDIT_TAIL.search(block)) or any(f" {p} " in text for p in load_lexicon().credit_phrases)


def _is_ticker(block: str) -> bool:
    """"Urgent: A … • Roundup: B … • C …": several headlines on one line between bullets."""
    items = _TICKER_SEPARATORS.split(block)
    return len(items) >= TICKER_MIN_ITEMS and all(
        0 < len(words(item)) <= HEADLINE_MAX_WORDS and not is_sentence(item) for item in items)


def _is_advertisement(block: str) -> bool:
    """A call to act ("Sign up today!", "Click here") with an exclamation outside quotes."""
    if "!" not in _QUOTED.sub("", block):
        return False
    text = f" {_plain(block)} "
    return any(f" {phrase} " in text for phrase in load_lexicon().promo_phrases)


def _breadcrumb_trail(block: str) -> bool:
    """"Africa > Sahel > Mali", "News|Middle East": short segments, three or one of navigation."""
    segments = [s.strip() for s in _CRUMB_SEPARATORS.split(block)]
    if len(segments) < 2 or any(not 0 < len(words(s)) <= 4 for s in segments):
        return False
    return len(segments) >= 3 or any(nav_share(s) == 1 for s in segments)


def _glued_breadcrumb(block: str, following: str) -> bool:
    """`block` is section names glued to the headline that the next block repeats in full."""
    if block == following or not is_headline(following) or len(following) < 15:
        return False
    if block.endswith(following):
        return len(block) - len(following) <= BREADCRUMB_MAX_CHARS
    if not is_teaser(block):
        return False
    stem = _TEASER_END.sub("", block).rstrip()
    for start in range(0, min(len(stem), BREADCRUMB_MAX_CHARS + 1)):
        if len(stem) - start < 15:
            return False
        if following.startswith(stem[start:]):
            return True
    return False


def _mark_captions(blocks: Sequence[str], reasons: list[str | None]) -> None:
    """A short line right over an image's credit ("Image: Jane Roe/AP") is the image's caption;
    not before the article has begun, where the line over the picture is the headline."""
    begun = False
    for i in range(1, len(blocks)):
        begun = begun or (reasons[i - 2] is None and is_sentence(blocks[i - 2]) if i >= 2 else False)
        credit = reasons[i] == "credit" or (reasons[i] == "media link" and len(words(blocks[i])) <= MENU_ITEM_MAX_WORDS + 1)
        if begun and credit and reasons[i - 1] is None and is_headline(blocks[i - 1]):
            reasons[i - 1] = "caption"


def _mark_link_sections(blocks: Sequence[str], reasons: list[str | None]) -> None:
    """A link heading and the headlines and teasers under it; to the end if only links follow.

    Only links follow when there is no long paragraph and no more sentences than headlines: a list
    of links alternates headline and summary, while wire copy is short paragraphs of sentences.
    """
    sentence = [is_sentence(b) for b in blocks]
    headline = [is_headline(b) for b in blocks]
    article = [is_article_paragraph(b) for b in blocks]
    for i in range(len(blocks)):
        if reasons[i] != "link heading":
            continue
        rest = range(i + 1, len(blocks))
        if not any(article[j] for j in rest) and sum(sentence[j] for j in rest) <= sum(headline[j] for j in rest):
            for j in rest:
                reasons[j] = reasons[j] or "related links"
            return
        for j in rest:
            # a headline right over a paragraph is the article's own heading, not a link
            over_prose = j + 1 < len(blocks) and sentence[j + 1]
            if reasons[j] is None and (over_prose or not (headline[j] or is_teaser(blocks[j]))):
                break
            reasons[j] = reasons[j] or "related links"


def _mark_teaser_runs(blocks: Sequence[str], reasons: list[str | None]) -> None:
    """Runs of headlines and teasers holding two teasers or more: a list of other articles."""
    for start, end in _runs(blocks, reasons, lambda b: is_headline(b) or is_teaser(b)):
        if sum(is_teaser(b) for b in blocks[start:end]) >= 2:
            for j in range(start, end):
                reasons[j] = reasons[j] or "teasers"


def _mark_menus(blocks: Sequence[str], reasons: list[str | None]) -> None:
    """Runs of one-to-three-word lines (a menu or a list of links)."""
    def menu_item(block: str) -> bool:
        text = _BULLET.sub("", block)
        return (0 < len(words(text)) <= MENU_ITEM_MAX_WORDS and not is_sentence(text)
                and parse_date(text) is None)

    for start, end in _runs(blocks, reasons, menu_item):
        items = [_plain(_BULLET.sub("", b)).split() for b in blocks[start:end]]
        has_nav = any(t in load_lexicon().nav_words for item in items for t in item)
        # furniture found earlier joins a run but does not make one ("(Reuters)" over an advert)
        count = sum(reasons[j] is None or reasons[j] == "navigation" for j in range(start, end))
        if count >= MENU_MIN_RUN or (has_nav and count >= MENU_MIN_RUN_WITH_NAV):
            for j in range(start, end):
                reasons[j] = reasons[j] or "menu"


def _mark_repeats(blocks: Sequence[str], reasons: list[str | None]) -> None:
    """An earlier copy of a later article block (a standfirst or pull quote the body repeats)."""
    kept = [i for i, r in enumerate(reasons) if r is None]
    for position, i in enumerate(kept):
        block = blocks[i]
        if len(block) < REPEAT_MIN_CHARS:
            continue
        tail = block[-REPEAT_MIN_CHARS:]
        for j in kept[position + 1:]:
            later = blocks[j]
            if tail in later and any(block[k:] in later for k in range(REPEAT_MAX_PREFIX + 1)
                                     if len(block) - k >= REPEAT_MIN_CHARS):
                reasons[i] = "repeated"
                break


def _mark_page_date(blocks: Sequence[str], reasons: list[str | None]) -> None:
    """A lone date at the very top followed by navigation is the page's date (often the crawl date)."""
    if len(blocks) > 1 and reasons[0] is None and parse_date(blocks[0]) and reasons[1] is not None:
        reasons[0] = "page date"


def _mark_section_label(blocks: Sequence[str], reasons: list[str | None]) -> None:
    """The page's first block, a short capitalised name over a longer headline ("Latin America")."""
    kept = [i for i, r in enumerate(reasons) if r is None]
    if len(kept) < 2:
        return
    first, following = blocks[kept[0]], blocks[kept[1]]
    names = words(first)
    if (0 < len(names) <= SECTION_LABEL_MAX_WORDS and all(w[0].isupper() for w in names)
            and is_headline(first) and parse_date(first) is None
            and is_headline(following) and len(words(following)) > len(names)):
        reasons[kept[0]] = "section label"


def _mark_page_header(blocks: Sequence[str], reasons: list[str | None]) -> None:
    """Above the article, whatever stands over a menu or breadcrumb is the site's header (taglines)."""
    header_end = next((i for i, b in enumerate(blocks) if reasons[i] is None and is_sentence(b)), len(blocks))
    last_chrome = max((i for i in range(header_end) if reasons[i] in _SITE_CHROME), default=-1)
    for i in range(last_chrome):
        reasons[i] = reasons[i] or "page header"


def _runs(blocks: Sequence[str], reasons: Sequence[str | None], member) -> list[tuple[int, int]]:
    """Maximal [start, end) runs of blocks that are `member` or already furniture."""
    runs, start = [], None
    for i, block in enumerate([*blocks, None]):
        inside = block is not None and (member(block) or reasons[i] is not None)
        if inside and start is None:
            start = i
        elif not inside and start is not None:
            runs.append((start, i))
            start = None
    return runs


def _hard_wrapped(lines: Sequence[str]) -> bool:
    return (len(lines) >= WRAP_MIN_LINES and max(map(len, lines)) <= WRAP_MAX_LINE
            and sum(len(line) >= WRAP_MAX_LINE // 2 for line in lines) >= len(lines) / 2)
