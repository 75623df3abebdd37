"""Stories: documents that tell the same incident, found from their headlines and leads.

Outlets telling one incident write the same days, the same place, the same numbers and the same
names in their headline and first sentences, while their tolls, perpetrators and framing differ
further down. So a story is found from each document's lead:

    1. profile: the lead (lead_sentences: the lines of prose under the title, past by-lines,
       date lines and menus), its canonical names (places apart, with the places it writes that other
       documents tag as places), its numbers, its content words and the
       publication day;
    2. candidates: pairs of documents sharing a profile item that few documents share (an
       inverted index, so the work grows with the corpus, not with its square);
    3. score: FEATURES, small named functions each returning a Score (value in [0, 1] and a
       detail), weighted and summed; a pair needs leads worded alike and a name, place or number
       in common, and a pair published more than MAX_DAYS_APART days apart is never one story;
    4. join: pairs scoring THRESHOLD or more, strongest first, into stories (two documents at
       least), each keeping the links that made it.

Every overlap is weighted by rarity (a smoothed inverse document frequency), so the country or
the army every article names counts for little and the village, the toll or the hospital
counts for much.
"""
from __future__ import annotations

import collections
import datetime
import math
import re
from dataclasses import dataclass

from claimgraph.ids import content_hash
from claimgraph.model import Entity, Lead, Score, Story, StoryLink
from claimgraph.nlp import stop_words

PLACE_TYPES = {"GPE", "LOC", "FAC"}
# The lines of a lead (lead_sentences): a cleaned page keeps a line a sentence, and where the
# menu items, date line and by-line between a page's title and its lead fill all its first
# lines, they are passed over. (ECB+ core: passing over the short lines of pages with some prose
# in their first lines joins more pairs of other incidents, CoNLL 0.710 against 0.715.)
LEAD_SENTENCES = 4
# A line of prose has this many words at least: a date line ("PUBLISHED : Tuesday, 3 May, 2011,
# 9:22pm", three words), a menu item ("Skip to more sites", four), a by-line or a caption has
# fewer, a lead sentence more (dev: the shortest lead sentence of the 36 pages has seven).
MIN_LEAD_WORDS = 6
# The lines read to find a lead: a page's navigation rarely runs longer.
LEAD_SCAN = 30
# Feature weights (sum 1): names and places identify an incident, numbers (tolls, counts) and
# rare content words ("funeral", "hospital", "station") confirm it.
WEIGHTS = {"names": 0.25, "places": 0.25, "numbers": 0.1, "words": 0.2, "headline": 0.2}
# A story needs both: leads worded alike, and a name, place or number in common; either alone is
# a coincidence (two reports on one army, two "car bomb" headlines a country apart).
TOLD_ALIKE = {"words", "headline"}
SAME_FACTS = {"names", "places", "numbers"}
# A pair at or above this score is one story. On the dev set (36 pages, 12 incidents told by three
# outlets each) the 26 pairs at or above it are all pairs of one incident, and the strongest pair
# of two incidents scores 0.108 (one small number in common); on the ECB+ core topics 87 % of the
# joined document pairs lie inside one of a topic's two incidents.
THRESHOLD = 0.12
# Outlets report an incident within days; a later recollection is another story.
MAX_DAYS_APART = 7
# An item shared by more documents than this tells nothing about a pair (blocking only).
MAX_POSTING = 200
YEARS = (1900, 2100)
# A place name is at most this many words ("Rio de Janeiro").
MAX_PLACE_WORDS = 3
WORD = re.compile(r"[^\W\d_][\w'’-]*[^\W_]|[^\W\d_]")
NAME_WORD = re.compile(r"[^\W\d_]+(?:-[^\W\d_]+)*")
NUMBER = re.compile(r"(?<![\w.,])\d{1,3}(?:,\d{3})+(?![\w,])|(?<![\w.,])\d+(?![\w,]|\.\d)")


@dataclass(frozen=True)
class Corpus:
    """What a pair's features read of the whole corpus: each item's (weight, specificity)."""
    rarity: dict


@dataclass(frozen=True)
class Profile:
    doc_id: str
    names: frozenset
    places: frozenset
    numbers: frozenset
    words: frozenset
    headline: frozenset
    day: datetime.date | None


def find_stories(leads: list[Lead], entities: list[Entity], canonical_of: dict[str, str]) -> list[Story]:
    # a name is its canonical entity's fullest name, so that one tagger's ORG "Dunmore" and
    # another's GPE "Dunmore", which entity resolution keeps apart, are one name here; a place
    # is a name any document types as one
    fullest = {}
    for e in sorted(entities, key=lambda e: (-len(e.name), e.id)):
        fullest.setdefault(canonical_of.get(e.id, e.id), e.name)
    name_of = {e.id: fullest[canonical_of.get(e.id, e.id)] for e in entities}
    places = {name_of[e.id] for e in entities if e.type in PLACE_TYPES}
    gazetteer = {e.name: name_of[e.id] for e in entities if e.type in PLACE_TYPES}
    profiles = {lead.doc_id: _profile(lead, name_of, places, gazetteer) for lead in leads}
    corpus = Corpus(_rarity(profiles.values()))
    links = []
    for a, b in _candidates(profiles.values()):
        link = score_pair(profiles[a], profiles[b], corpus)
        if link and link.score >= THRESHOLD:
            links.append(link)
    return _join(links, {lead.doc_id: lead for lead in leads}, profiles)


def lead_sentences(sentences: list[str], title: str | None = None) -> list[int]:
    """The indices of a document's lead among its first sentences: its first LEAD_SENTENCES
    lines, unless it is a page (given with its title) and none of them is prose (it opens with
    its menu, its title, date line and by-line): then its first LEAD_SENTENCES lines of prose,
    not a line repeating the title."""
    # words of two letters or more: a link ("https://site.com/p/1x") is no prose
    words = lambda text: [w.casefold() for w in NAME_WORD.findall(text) if len(w) > 1]
    prose = [i for i, text in enumerate(sentences)
             if len(words(text)) >= MIN_LEAD_WORDS and words(text) != words(title or "")]
    opening = range(min(LEAD_SENTENCES, len(sentences)))
    if not title or any(i in opening for i in prose):
        return list(opening)      # a plain text without its title carries no page furniture
    return prose[:LEAD_SENTENCES]


def _profile(lead: Lead, name_of: dict[str, str], place_names: set[str], gazetteer: dict[str, str]) -> Profile:
    named = {name_of[i] for i in lead.entities if i in name_of}
    text = "\n".join(t for t in (lead.title, lead.text) if t)
    places, names = (named & place_names) | _places_written(text, gazetteer), named - place_names
    # the headline as given, else the text's first line (a scraped page starts with it)
    headline = lead.title or lead.text.partition("\n")[0]
    return Profile(lead.doc_id, frozenset(names), frozenset(places),
                   frozenset(n for n in (m.replace(",", "") for m in NUMBER.findall(text)) if not _is_year(n)),
                   _content_words(text), _content_words(headline), _day(lead.published))


def _places_written(text: str, gazetteer: dict[str, str]) -> set[str]:
    """The places a lead writes that other documents tag as places: one tagger misses the
    village in a headline that another names in its first sentence."""
    words = NAME_WORD.findall(text)
    spans = (" ".join(words[i:i + n]) for n in range(1, MAX_PLACE_WORDS + 1) for i in range(len(words) - n + 1))
    return {gazetteer[span] for span in spans if span in gazetteer}


def _is_year(number: str) -> bool:
    """A year is a date, not a count: every report of a year shares it."""
    return len(number) == 4 and YEARS[0] <= int(number) <= YEARS[1]


def _content_words(text: str) -> frozenset[str]:
    """Words of four letters or more that are not function words, a plural's "s" dropped so that
    "strike" and "strikes" are one."""
    stop = stop_words()
    words = (w.lower() for w in WORD.findall(text))
    return frozenset(w[:-1] if w.endswith("s") and len(w) > 4 else w for w in words if len(w) > 3 and w not in stop)


def _day(published: str | None) -> datetime.date | None:
    try:
        return datetime.date.fromisoformat(published) if published and len(published) == 10 else None
    except ValueError:
        return None


def _items(p: Profile):
    return [("names", x) for x in p.names] + [("places", x) for x in p.places] + \
        [("numbers", x) for x in p.numbers] + [("words", x) for x in p.words] + \
        [("headline", x) for x in p.headline]


def _rarity(profiles) -> dict:
    """Each profile item's weight, log(1 + N / df) (a smoothed inverse document frequency, so
    that an item two documents of a two-document store share still counts), and its
    specificity, (N - df + 1) / (N - 1): 1 for an item only a pair shares, falling to 1 / (N - 1)
    for one every document names, which tells pairs apart only in a small store, however short
    their leads are."""
    profiles = list(profiles)
    n = len(profiles)
    df = collections.Counter(item for p in profiles for item in set(_items(p)))
    return {item: (math.log(1 + n / k), (n - k + 1) / (n - 1) if n > 2 else 1.0) for item, k in df.items()}


def _candidates(profiles) -> set[tuple[str, str]]:
    postings = collections.defaultdict(list)
    for p in profiles:
        for item in _items(p):
            if item[0] != "words":
                postings[item].append(p.doc_id)
    pairs = set()
    for docs in postings.values():
        if len(docs) <= MAX_POSTING:
            docs = sorted(docs)
            pairs.update((a, b) for i, a in enumerate(docs) for b in docs[i + 1:])
    return pairs


def score_pair(a: Profile, b: Profile, corpus: Corpus) -> StoryLink | None:
    """The pair's weighted feature sum with each feature's Score, or None when the two are
    published too far apart to tell one incident."""
    if a.day and b.day and abs((a.day - b.day).days) > MAX_DAYS_APART:
        return None
    features = [feature(a, b, corpus) for feature in FEATURES]
    said = {f.name for f in features if f.value}
    if not (said & TOLD_ALIKE and said & SAME_FACTS):
        return None
    score = sum(WEIGHTS[f.name] * f.value for f in features)
    left, right = sorted((a.doc_id, b.doc_id))
    return StoryLink(left, right, round(score, 4), tuple(f for f in features if f.value))


def _overlap(name: str, a: frozenset, b: frozenset, corpus: Corpus) -> Score:
    """Rarity-weighted cosine of two sets of items, each shared item counted by its specificity;
    the detail lists the shared ones, rarest first."""
    weight = lambda x: corpus.rarity.get((name, x), (0.0, 0.0))[0]
    specific = lambda x: corpus.rarity.get((name, x), (0.0, 0.0))[1]
    shared = sorted(a & b, key=lambda x: (-weight(x), x))
    norm = math.sqrt(sum(weight(x) ** 2 for x in a) * sum(weight(x) ** 2 for x in b))
    value = sum(weight(x) ** 2 * specific(x) for x in shared) / norm if norm else 0.0
    return Score(name, round(value, 4), ", ".join(shared[:6]))


def shared_names(a: Profile, b: Profile, corpus: Corpus) -> Score:
    """The people, organisations and groups both leads name (canonical entities)."""
    return _overlap("names", a.names, b.names, corpus)


def shared_places(a: Profile, b: Profile, corpus: Corpus) -> Score:
    """The places both leads name."""
    return _overlap("places", a.places, b.places, corpus)


def shared_numbers(a: Profile, b: Profile, corpus: Corpus) -> Score:
    """The numbers both leads give, years left out: a toll, a count, a day of the month."""
    return _overlap("numbers", a.numbers, b.numbers, corpus)


def shared_words(a: Profile, b: Profile, corpus: Corpus) -> Score:
    """The content words both headlines and leads use ("funeral", "hospital", "truce")."""
    return _overlap("words", a.words, b.words, corpus)


def shared_headline(a: Profile, b: Profile, corpus: Corpus) -> Score:
    """The content words both headlines use: outlets headline one incident alike."""
    return _overlap("headline", a.headline, b.headline, corpus)


FEATURES = (shared_names, shared_places, shared_numbers, shared_words, shared_headline)


def _join(links: list[StoryLink], leads: dict[str, Lead], profiles: dict[str, Profile]) -> list[Story]:
    """Union strongest first; a join that would put two documents published more than
    MAX_DAYS_APART apart in one story is refused."""
    owner = {doc: doc for doc in leads}
    days = {doc: ({p.day} if (p := profiles[doc]).day else set()) for doc in leads}
    kept = collections.defaultdict(list)

    def root(doc):
        while owner[doc] != doc:
            doc = owner[doc]
        return doc

    for link in sorted(links, key=lambda l: (-l.score, l.left, l.right)):
        ra, rb = root(link.left), root(link.right)
        if ra == rb:
            kept[ra].append(link)
            continue
        span = days[ra] | days[rb]
        if span and (max(span) - min(span)).days > MAX_DAYS_APART:
            continue
        keep, drop = min(ra, rb), max(ra, rb)
        owner[drop] = keep
        days[keep] = span
        kept[keep] += kept.pop(drop, []) + [link]
    members = collections.defaultdict(list)
    for doc in leads:
        members[root(doc)].append(doc)
    stories = []
    for key, docs in members.items():
        if len(docs) < 2:
            continue
        ordered = sorted(docs, key=lambda d: (leads[d].published or "9999", d))
        published = _told_on([leads[d].published for d in docs if leads[d].published])
        stories.append(Story(
            id=content_hash("story", min(docs)), members=tuple(sorted(docs)),
            title=next((leads[d].title for d in ordered if leads[d].title), None),
            first_published=published[0] if published else None,
            last_published=published[-1] if published else None,
            links=tuple(sorted(kept[key], key=lambda l: (-l.score, l.left, l.right)))))
    return sorted(stories, key=lambda s: s.id)


def _told_on(published: list[str]) -> list[str]:
    """The members' publication dates that say when the story was told, in order: with any
    full day among them, the dates of coarser precision ("2014-09", a year inferred from a
    wrong clue) only when they hold one of those days, since a story's days lie within
    MAX_DAYS_APART of one another."""
    days = [p for p in published if _day(p)]
    return sorted(p for p in published if not days or _day(p) or any(d.startswith(p) for d in days))
