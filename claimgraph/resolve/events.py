"""Event coreference: reports of one happening, in one document or many, become one Event.

Two reports can be one event when they have the same PLOVER type and compatible modality
(occurred and denied are claims about the same happening; planned, threatened and possible
events are only merged with their own kind), dates that overlap at their precision (a day
either way for day dates: "last night" and "today" in two reports of one night's attack),
locations that are equal or inside one another (PlaceHierarchy: stated located-in relations and
the gazetteer's countries), and either (a participant acting in one and acted upon in the other,
as in "X struck Y" and "Y struck X", is not shared)
- share a participant (actor, target or place) while both are dated, or
- come from one document and are dated alike (one article's "the attack" and "the assault"), or
- one is undated, and they share the same stated place and another participant, or two
  named participants ("X met Y" in one article, "X met Y on May 3" in another), or, in one
  document or story, a participant other than an unnamed group: "people" killed in a siege an
  article recalls and "people" killed in its town are two killings unless placed alike.
A definite description naming no participant, or only unnamed groups ("The bombing, which
happened on May 3, …", "the strikes killed 90 fighters"), or naming in its own words only places
("the attack in the province", "the 4:40 a.m. air raid" a spokesman's army confirmed), is one
with the nearest earlier report of its type in its document unless it says it is another ("the
second attack"), a participant-less headline
("Drone strike kills 21") with the first report of its type under it; any other participant-less
report is a new event in the setting (place and date) of the event reported just before it,
unless it gives a day and exactly one event of its kind elsewhere fits that day.
Inside a story (documents telling one incident, resolve.stories), each document's lead events of
a kind are one event whatever each outlet says of the toll or the perpetrator (the differences
become contradictions): linked word to word where leads share the trigger's word, else first to
first, but not when one names as target the other's actor, nor when dated after the story was
first told; their places may differ (a contradiction) but dates that are given must agree; and
two undated reports of a kind in one story need only one participant in common.
Inside a story, a day written without its year is read in the story's year; a killing naming no
one under an article's lead, or no one but a site told with no date ("a car bomb went off
outside the X hotel"), or a denial or blame by an unnamed speaker, is the lead's; and a place the
hierarchy cannot place fits any other (the village one outlet names, the province another gives).
Inside a story, participants named alike in the same role are one ("Diallo" and "Amara Diallo",
"the government" and "the Government", "the coalition" and the one "X-led coalition"), though
entity resolution keeps them apart elsewhere; a
lead report dated outside the days the story was told is another incident, and so is one saying
it is ("ten killed in a new attack"): it joins the other outlets' reports saying so, and its
document's plain reports of the first incident stay apart from it; and a merged event
takes its date from the story's days, then its leads, then the most documents (_lead_date).
Coreference works on clusters, not only report pairs, and repeats until nothing merges: once an article's reports are one
cluster, its place, participants and dates together can join another article's event. A date
of unknown year ("--05-03", event_dates.py) matches the same day in a dated report.
Statements (ontology statement_types: denials, blame, demands, meetings ...) are their speakers':
a state's organ speaks for the state ("the Malian defence ministry", "Chad's army"), a person
for the body they lead or belong to or their role names ("President of Mali"). Inside an article
or a story, one speaker's statements of a kind are one whatever their targets and places; two speakers'
are two even with a target in common; and in one article one speaker's denial and blame of an
incident, told in sentences of their own, are one position (a sentence telling both tells two
acts, as coders record them). A story's dated statement naming no one but a place is the one
statement of its kind elsewhere in the story on those days.
Candidates come from blocking on (type, participant) and (type, document), a block too large to
compare pair by pair being split by month; merging is
strongest first and keeps every cluster consistent (one date window, compatible places), so
an undated report cannot bridge two differently dated events.
"""
from __future__ import annotations

import collections
import datetime
import functools
import itertools
from dataclasses import dataclass, field, replace
import re

from claimgraph.clean.outlets import independent_source, outlet_name
from claimgraph.ids import content_hash
from claimgraph.model import GROUP, REPORTED_BY, CanonicalEntity, Event, Relation, Report, Story
from claimgraph.ontology import gazetteer, load_plover
from claimgraph.ontology.lexicon import load_lexicon
from claimgraph.resolve.event_dates import (intersect, month_day, month_day_in, month_days_agree,
                                            report_window, tolerant_span)
from claimgraph.resolve.places import PLACE_TYPES, PlaceHierarchy
from claimgraph.resolve.stories import LEAD_SENTENCES, MAX_DAYS_APART

MODALITY_CLASS = {"occurred": "factual", "denied": "factual"}
# The entity type of a site inside a town: a building, a hotel, a market (_a_site_of_the_lead).
SITE = "FAC"
# Blocks larger than this are a country or a big actor named in everything: they are compared
# month by month; finer blocks (a camp, a militia) bring together the reports that belong together.
MAX_BLOCK = 200
# Strength of the anaphora link: above any other, as the text itself says which event it means.
ANAPHORA_STRENGTH = 100.0
# A participant-less report matched by its day alone: the weakest link.
LONE_DATE_STRENGTH = 0.25
# The lead events of one kind in the documents of one story: what the outlets lead with is the
# incident they all tell, below only the text's own anaphora.
STORY_LEAD_STRENGTH = 50.0
# A killing naming no one, or a statement of an unnamed speaker, in an article of a story is its
# lead's: below the story's lead links, as the text does not point back at it.
TOLD_OF_THE_LEAD_STRENGTH = 10.0
SAYS_ANOTHER = "report:says_another"
# A definite description whose own words name no participant but places and unnamed groups
# (claimgraph.extract.events): whoever its sentence names besides does not make it another event.
DESCRIBES_NO_PARTICIPANT = "report:describes_no_participant"
# A document's lead events are its reports in its first sentences: twice the story's lead, as the
# article names its incident once more under a by-line or a date line (dev: 9 of 28 incidents
# merged across outlets with eight sentences, 8 with four).
LEAD_REPORT_SENTENCES = 2 * LEAD_SENTENCES
# A story tells an incident of the last weeks: on the dev set the longest wait between an
# incident and its first report is 14 days (a massacre in a closed-off region). (Holding every
# undated lead report to those weeks split ECB+ trials from the killings they are about, CoNLL
# of topic 33 0.61 against 0.77: only a day written without its year is read in them.)
LEAD_RECENT_DAYS = 31
WRITTEN_YEAR = re.compile(r"\b\d{4}\b")
POSSESSIVE = re.compile(r"['’]s$")
# Relations by which the subject speaks for the object in a statement.
SPEAKS_FOR = ("leader_of", "member_of", "part_of")
# One speaker's denial and blame in one article (_one_position): below any merge of one kind.
POSITION_STRENGTH = 0.5
# Letters of a trigger that tell its word: inflections share them ("attack-ed", "kill-ing"),
# different acts rarely do ("strike"/"storm", "shell"/"shoot").
STEM_LETTERS = 4


@dataclass
class Cluster:
    """What a group of reports says together: the facts coreference compares."""
    kind: tuple[str, str]                    # (type, modality class)
    reports: list[Report]
    kinds: set = field(default_factory=set)  # its reports' kinds: two in one speaker's position (_one_position)
    sentences: set = field(default_factory=set)     # (document, sentence index) of its reports
    statement: bool = False                  # of a statement type (ontology statement_types)
    position: bool = False                   # of a kind in which one speaker takes a position (denial, blame)
    span: tuple | None = None                # overlap of the full-date windows
    dated: bool = False                      # some report gives the event's own date, not a "by" date
    month_days: set = field(default_factory=set)
    places: set = field(default_factory=set)
    participants: set = field(default_factory=set)
    actors: set = field(default_factory=set)
    targets: set = field(default_factory=set)
    docs: set = field(default_factory=set)
    stories: set = field(default_factory=set)
    actor_names: set = field(default_factory=set)    # name_keys of the actors and of the targets
    target_names: set = field(default_factory=set)
    speakers: set = field(default_factory=set)       # of a statement: whom its named actors speak for
    unnamed: set = field(default_factory=set)        # participants that are unnamed groups ("people", "gunmen")

    def absorb(self, other: "Cluster", span) -> None:
        self.reports += other.reports
        self.span = span
        self.dated = self.dated or other.dated
        for name in ("month_days", "places", "participants", "actors", "targets", "docs", "stories",
                     "actor_names", "target_names", "speakers", "kinds", "sentences", "unnamed"):
            getattr(self, name).update(getattr(other, name))


def name_keys(entity: CanonicalEntity) -> set[str]:
    """What a participant's name says inside one story: its name, case folded, and for a
    person of several words the first and the last ("Amara", "Diallo")."""
    words = entity.name.casefold().split()
    return {" ".join(words)} | ({words[0], words[-1]} if entity.type == "PERSON" and len(words) > 1 else set())


def _in_the_storys_year(report: Report, told) -> Report:
    """A day written without its year ("on 20th October") that its document's publication date
    put in another year than the story's, where the same day in the story's year lies in the
    weeks the story tells of, is read in the story's year: one outlet's page dated by a caption
    or a wrong clue resolves "20th October" a year back."""
    if not (told and report.date and report.date_text and report.date_precision == "day"
            and not WRITTEN_YEAR.search(report.date_text)):
        return report
    recent = (told[2] - datetime.timedelta(days=LEAD_RECENT_DAYS), told[1])
    if intersect(_own_window(report), recent):
        return report
    for year in sorted({recent[0].year, recent[1].year}):
        date = f"{year}{report.date[4:]}"
        if intersect(report_window(date, "day", None, report.date_relation), recent):
            return replace(report, date=date, date_end=None)
    return report


def _heads_named(reports: list[Report], canonicals: list[CanonicalEntity], story_of: dict[str, str],
                 canon) -> dict[str, set[str]]:
    """An unnamed group is, inside its story, the one longer name of a participant that ends in
    its words: "the coalition" is the "Nigerian-led coalition" its outlet or another names, "the
    ministry" the "Interior Ministry", "the defence ministry" the "Peruvian Defense Ministry"
    (British and American spellings read alike, _spelling_folded); with two such names ("US
    military", "Chadian military") it is neither. Returns the name keys each such group takes."""
    entity = {c.id: c for c in canonicals}
    named = collections.defaultdict(set)      # story -> (folded words, id) of its longer names
    groups = collections.defaultdict(set)     # group id -> stories
    for r in reports:
        story = story_of.get(r.doc_id)
        for i in (*r.actors, *r.targets):
            c = entity.get(canon(i))
            if story is None or c is None:
                continue
            if c.type == GROUP:
                groups[c.id].add(story)
            if c.type != "PERSON" and len(c.name.split()) > 1:
                named[story].add((_spelling_folded(c.name), c.id))
    heads = {}
    for group, stories in groups.items():
        words = _spelling_folded(entity[group].name)
        found = {n for story in stories for name, n in named[story]
                 if len(name) > len(words) and name[-len(words):] == words
                 and (len(words) > 1 or entity[n].type != GROUP)}
        if len(found) == 1:
            heads[group] = name_keys(entity[found.pop()])
    return heads


def _spelling_folded(name: str) -> tuple[str, ...]:
    """A name's words, case folded, with a British word ending written the American way
    (lexicon names.spelling_endings: "defence" -> "defense", "organisation" -> "organization")."""
    endings = load_lexicon().spelling_endings
    folded = []
    for word in name.casefold().split():
        ending = next((e for e in _longest_first(tuple(endings)) if word.endswith(e) and len(word) > len(e) + 1), None)
        folded.append(word[:-len(ending)] + endings[ending] if ending else word)
    return tuple(folded)


@functools.lru_cache(maxsize=1)
def _longest_first(endings: tuple[str, ...]) -> tuple[str, ...]:
    return tuple(sorted(endings, key=len, reverse=True))


def speakers_of(canonicals: list[CanonicalEntity], relations: list[Relation] = (),
                canonical_of: dict[str, str] | None = None, statements: list[Report] = ()) -> dict[str, set[str]]:
    """Whom a participant speaks for in a statement, where that is more than itself: the body a
    person leads or belongs to, or a body is part of (the documents' relations), the body a
    person's role names ("President of Mali", "Malian president"), and a state's organ ("the
    Malian defence ministry", "Chad's army") its state when the corpus names that state; so that
    "Mali denied the raid" and "the Malian defence ministry denied it", "the rebels blamed the
    army" and "their commander blamed the army" are one speaker's; and a person whose title
    speaks for another (lexicon verbs.speaking_for_nouns), quoted in a sentence that tells a
    body's statement (`statements`: "The government rejects the charges, spokesman X said"), and
    that body speak for each other, so that X's "he said the figures were wrong" is the body's."""
    canon = lambda i: (canonical_of or {}).get(i, i)
    countries: dict[str, str] = {}    # ISO code -> the corpus's entity for it (the first id if several)
    named: dict[str, str] = {}        # folded name -> the corpus's entity (the first id if several)
    for c in sorted(canonicals, key=lambda c: c.id):
        named.setdefault(c.name.casefold(), c.id)
        if c.type in PLACE_TYPES and (code := gazetteer.country_code(c.name)):
            countries.setdefault(code, c.id)
    said = collections.defaultdict(set)       # (document, sentence) -> the actors of its statements
    for r in statements:
        said[(r.doc_id, r.evidence.sentence_index)].update(canon(i) for i in r.actors)
    speaks = collections.defaultdict(set)
    for r in relations:
        subject = canon(r.subject)
        body = canon(r.object) if r.predicate in SPEAKS_FOR and r.object else (
            _body_of_role(r.value, named, countries) if r.predicate == "role" and r.value else None)
        if body and body != subject:
            speaks[subject] |= {subject, body}
        if r.predicate == "role" and r.value and _speaks_for_another(r.value):
            for body in said[(r.doc_id, r.evidence.sentence_index)] - {subject}:
                speaks[subject] |= {subject, body}
                speaks[body] |= {body, subject}
    organs = load_lexicon().state_organs
    for c in canonicals:
        words = c.name.split()
        state = _state_naming(words[:-1], countries) if len(words) > 1 and words[-1].casefold() in organs else None
        if state and state != c.id:
            speaks[c.id] |= {c.id, state}
    return dict(speaks)


def _speaks_for_another(role: str) -> bool:
    """Whether a role's title, its last word before what it is of or for, speaks for another:
    "spokesman", "government spokeswoman", "spokesman for the interior ministry"."""
    title = re.split(r"\s+(?:of|for)\s+", role.casefold(), maxsplit=1)[0].split()
    return bool(title) and title[-1] in load_lexicon().speaking_for_nouns


def _body_of_role(role: str, named: dict[str, str], countries: dict[str, str]) -> str | None:
    """The corpus's entity a role names: "President of Mali", "head of the Azawad Front",
    "Malian president"."""
    if " of " in role:
        body = re.sub(r"^the ", "", role.rsplit(" of ", 1)[1].strip(), flags=re.I)
        return named.get(body.casefold()) or countries.get(gazetteer.country_code(body))
    return _state_naming(role.split()[:-1], countries)


def _state_naming(words: list[str], countries: dict[str, str]) -> str | None:
    """The corpus's state that a name's first words name or, one word, give the demonym of
    ("Mali", "Malian", "Chad's", "South Sudan")."""
    for n in range(len(words), 0, -1):
        state = POSSESSIVE.sub("", " ".join(words[:n]))
        code = gazetteer.country_code(state) or (gazetteer.demonym_country(state) if n == 1 else None)
        if code in countries:
            return countries[code]
    return None


def _cluster_of(report: Report, canon, story_of: dict[str, str], keys: dict[str, set],
                speaking: dict[str, set] | None = None, unnamed: frozenset = frozenset(),
                position: bool = False) -> Cluster:
    """`speaking`: whom participants speak for (speakers_of), for a report of a statement type,
    whose speakers are its actors but the `unnamed` groups ("officials"; a state's organ is named
    by its state); None for any other report. `position`: whether it is of a disputing type."""
    place = canon(report.location) if report.location else None
    reported_by = report.date_relation == REPORTED_BY
    span = _own_window(report)
    md = None if reported_by else month_day(report.date)
    kind = (report.type, MODALITY_CLASS.get(report.modality, report.modality))
    return Cluster(kind=kind, reports=[report], kinds={kind}, statement=speaking is not None,
                   sentences={(report.doc_id, report.evidence.sentence_index)}, position=position,
                   span=span, dated=bool(report.date) and not reported_by,
                   month_days={md} if md else set(), places={place} - {None},
                   participants={canon(i) for i in (*report.actors, *report.targets)} | ({place} - {None}),
                   actors={canon(i) for i in report.actors}, targets={canon(i) for i in report.targets},
                   docs={report.doc_id}, stories={story_of[report.doc_id]} if report.doc_id in story_of else set(),
                   actor_names={k for i in report.actors for k in keys.get(canon(i), ())},
                   target_names={k for i in report.targets for k in keys.get(canon(i), ())},
                   unnamed={canon(i) for i in (*report.actors, *report.targets) if i in unnamed},
                   speakers=set() if speaking is None else {
                       k for i in report.actors if i not in unnamed or canon(i) in speaking
                       for k in speaking.get(canon(i), {canon(i)})})


def resolve_events(reports: list[Report], canonical_of: dict[str, str], sources: dict[str, str],
                   hierarchy: PlaceHierarchy | None = None, unnamed: frozenset = frozenset(),
                   stories: list[Story] = (), canonicals: list[CanonicalEntity] = (),
                   relations: list[Relation] = ()) -> list[Event]:
    """`unnamed`: ids of unnamed groups ("fighters"), which a definite description may name
    and still refer back ("the strikes killed 90 fighters"). `stories`: documents telling one
    incident (resolve.stories), whose lead events are one. `canonicals`: the entities, whose
    names tell participants alike inside a story. `relations`: the documents' relations, which
    tell whom a speaker speaks for (speakers_of)."""
    hierarchy = hierarchy or PlaceHierarchy([], canonical_of)
    canon = lambda i: canonical_of.get(i, i)
    story_of = {doc: story.id for story in stories for doc in story.members}
    keys = {c.id: name_keys(c) for c in canonicals}
    for group, named in _heads_named(reports, canonicals, story_of, canon).items():
        keys[group] |= named
    told_when = {story.id: _told_window(story) for story in stories}
    sites = frozenset(c.id for c in canonicals if c.type == SITE)
    reports = [_in_the_storys_year(r, told_when.get(story_of.get(r.doc_id))) for r in reports]
    plover = load_plover()
    speaking = speakers_of(canonicals, relations, canonical_of,
                           [r for r in reports if r.type in plover.statement_types])
    clusters = {r.id: _cluster_of(r, canon, story_of, keys,
                                  speaking if r.type in plover.statement_types else None, unnamed,
                                  r.type in plover.disputing_types)
                for r in reports}
    lead_links = _story_lead_links([r for r in reports if r.doc_id not in story_of
                                    or _when_told(r, told_when[story_of[r.doc_id]])], story_of)
    story_leads = {(a, b) for a, b, _ in lead_links}
    anaphora = _anaphora_links(reports, unnamed)
    told_back = {(a, b) for a, b, _ in anaphora}
    telling_another = _telling_another(reports, story_of, story_leads)
    at_the_lead = lambda lead, place: _a_site_of_the_lead(
        canon(lead.location) if lead.location else None, canon(place), sites, hierarchy)
    links = anaphora + lead_links + _told_of_the_lead_links(
        reports, unnamed, {doc: story for doc, story in story_of.items() if told_when.get(story)},
        plover.casualty_types | plover.disputing_types, at_the_lead)
    while True:
        pairs = links + _candidate_pairs(clusters, hierarchy) + _lone_date_links(clusters)
        links = []
        merged = False
        owner = {key: key for key in clusters}
        for _, a, b in sorted((-strength, a, b) for a, b, strength in pairs):
            ka, kb = _root(owner, a), _root(owner, b)
            if ka == kb:
                continue
            span = _joint_span(clusters[ka], clusters[kb])
            # outlets leading with one incident may place it differently: a contradiction, not
            # two events
            if span is False or ((a, b) in story_leads and _swapped(clusters[ka], clusters[kb])) or (
                    (a, b) not in story_leads and not _places_fit(clusters[ka], clusters[kb], hierarchy)) or (
                    (a, b) not in told_back and _told_apart(clusters[ka], clusters[kb], telling_another)):
                continue
            keep, drop = min(ka, kb), max(ka, kb)
            clusters[keep].absorb(clusters.pop(drop), span)
            owner[drop] = keep
            merged = True
        if not merged:
            break
    events = [_event(c.reports, canon, sources, hierarchy, [told_when[s] for s in c.stories if told_when[s]])
              for _, c in sorted(clusters.items())]
    return _in_their_setting(events, reports)


def _in_their_setting(events: list[Event], reports: list[Report]) -> list[Event]:
    """An event no report gives a participant, place or date ("Gunmen also abducted four
    engineers.") happened where and when the event reported just before it did, in the same or
    the previous sentence: it takes that event's place and date."""
    event_of = {r: e for e in events for r in e.reports}
    previous = {}
    for members in _in_text_order(reports, lambda r: r.doc_id).values():
        for before, after in zip(members, members[1:]):
            near = (after.evidence.sentence_index or 0) - (before.evidence.sentence_index or 0) <= 1
            if near and event_of[before.id] is not event_of[after.id]:
                previous[after.id] = event_of[before.id]
    placed = []
    for event in events:
        setting = previous.get(event.reports[0]) if len(event.reports) == 1 else None
        if setting and not (event.actors or event.targets or event.location or event.date):
            event = replace(event, location=setting.location, date=setting.date,
                            date_precision=setting.date_precision, date_end=setting.date_end)
        placed.append(event)
    return placed


def _in_text_order(reports: list[Report], key) -> dict:
    """Reports grouped by `key` (a document, or a document and kind), each group in text order."""
    groups = collections.defaultdict(list)
    for r in sorted(reports, key=lambda r: (r.doc_id, r.evidence.start, r.id)):
        groups[key(r)].append(r)
    return groups


def _root(owner: dict[str, str], key: str) -> str:
    while owner[key] != key:
        key = owner[key]
    return key


def _anaphora_links(reports: list[Report], unnamed: frozenset = frozenset()) -> list[tuple[str, str, float]]:
    """A definite description is one with the nearest earlier report of its kind when it names
    no participant ("The bombing, which happened on May 3, …") or its own words name none but
    places and unnamed groups ("the attack in the county", "the 4:40 a.m. air raid" that a
    spokesman's army confirmed): the nearest on the same day when it gives a day, as "the May 3
    massacre" names the attack told as happening on May 3. A description saying it is another
    ("the second attack", "the latest raid") refers to none. A denial ("no such raid took place")
    disputes the first one, the event the article leads with. A description whose sentence says
    only what may be or is planned ("the death count may climb after the raids") presupposes
    its event: with no earlier report of its own kind, it is the nearest one told as fact. A
    headline naming no one is the first report of its kind under it. A place or a date it states
    must fit, as for any merge."""
    links = []
    kind = lambda r: MODALITY_CLASS.get(r.modality, r.modality)
    for members in _in_text_order(reports, lambda r: (r.doc_id, r.type)).values():
        for first, second in _headline_and_first(members, kind):
            links.append((first.id, second.id, ANAPHORA_STRENGTH))
        for i, later in enumerate(members):
            if not _refers_back(later, unnamed):
                continue
            presupposes = DESCRIBES_NO_PARTICIPANT in later.rules
            earlier = [r for r in members[:i] if kind(r) == kind(later)] or [
                r for r in members[:i] if presupposes and kind(r) == MODALITY_CLASS["occurred"]]
            if not earlier:
                continue
            same_day = [r for r in earlier if later.date and r.date == later.date]
            # "no such raid took place" disputes the event the article is about, told first;
            # any other description names the nearest one
            chosen = same_day[-1] if same_day else earlier[0] if later.modality == "denied" else earlier[-1]
            links.append((chosen.id, later.id, ANAPHORA_STRENGTH))
    return links


def _headline_and_first(members: list[Report], kind) -> list[tuple[Report, Report]]:
    """A headline naming no one ("Drone strike kills 21 in X": X is only where) sums up the story
    told under it: it and the first report of its kind under it."""
    pairs = []
    for same in _in_text_order(members, kind).values():
        first = same[0]
        if (len(same) > 1 and first.evidence.sentence_index == 0
                and not first.actors and set(first.targets) <= {first.location}):
            pairs.append((first, same[1]))
    return pairs


def _refers_back(report: Report, unnamed: frozenset) -> bool:
    """Whether a report is a definite description of an event told before it (_anaphora_links)."""
    named = [p for p in (*report.actors, *report.targets) if p not in unnamed]
    return (report.refers_back and SAYS_ANOTHER not in report.rules
            and (not named or DESCRIBES_NO_PARTICIPANT in report.rules))


def _told_of_the_lead_links(reports: list[Report], unnamed: frozenset, story_of: dict[str, str],
                            kinds_told: frozenset, at_the_lead) -> list[tuple[str, str, float]]:
    """In an article of a story, a killing or an attack under the lead naming no one but unnamed
    groups and no place but a site the lead's place may hold ("the missile hit the waiting room",
    "several of the dead had been shot", "a car bomb went off outside the market hall,
    witnesses said": `at_the_lead(lead, place)`, _a_site_of_the_lead) tells more of the incident its
    lead reports, and a statement whose speaker is unnamed
    ("but the aid group denied this") more of the lead's statement of its kind, unless it says
    it is another ("in a separate attack"); a date of its own that does not fit keeps it apart
    (the merge checks). Only in stories told on known days (`story_of` holds their
    documents), where an undated lead is held to them: in an undated store nothing keeps an
    earlier incident recalled in the article apart. `kinds_told`: the casualty and disputing
    types (ontology)."""
    links = []
    kinds = _in_text_order([r for r in reports if r.doc_id in story_of and r.type in kinds_told],
                           lambda r: (r.doc_id, r.type, MODALITY_CLASS.get(r.modality, r.modality)))
    for members in kinds.values():
        lead = members[0]
        if not _in_lead(lead):
            continue
        # a lead's own reports are linked as leads (_story_lead_links), word to word
        links += [(lead.id, later.id, TOLD_OF_THE_LEAD_STRENGTH) for later in members[1:]
                  if not _in_lead(later) and _tells_no_other(later, lead, unnamed, at_the_lead)]
    return links


def _tells_no_other(later: Report, lead: Report, unnamed: frozenset, at_the_lead) -> bool:
    """Whether a report under a lead names nothing that could make it another incident: it does
    not refer back or say it is another, names no one but unnamed groups, and no place but an
    undated site the lead's place may hold."""
    named = {p for p in (*later.actors, *later.targets) if p not in unnamed}
    if later.refers_back or SAYS_ANOTHER in later.rules or named - {later.location}:
        return False
    return not later.location or (later.location not in later.actors and not later.date
                                  and at_the_lead(lead, later.location))


def _a_site_of_the_lead(lead_place: str | None, place: str, sites: frozenset, hierarchy: PlaceHierarchy) -> bool:
    """Whether a place can be where the lead's incident happened: a site (a building, a hotel, a
    market) inside the lead's place or that no document puts anywhere, told with no date of its
    own ("last year's siege of the X mall" is another incident). A village or a town no document
    places may be another incident's ("a day after the raid on X, gunmen attacked Y")."""
    return place in sites and (not hierarchy.placed(place) or hierarchy.compatible(lead_place, place))


def _story_lead_links(reports: list[Report], story_of: dict[str, str]) -> list[tuple[str, str, float]]:
    """Inside a story, the reports of a kind in each document's headline and lead tell the one
    incident the story is about: they are linked across the story's documents, word to word
    where two leads use the same word for it ("the attack" and "the attack"), else first to
    first ("Hundreds killed in strike" and "Coalition denies raid"). Dates and places that are
    present must still fit (the merge checks them), so a second bomb elsewhere or an earlier
    attack recalled with its own date stays apart. A lead saying its incident is another one ("ten
    killed in a new attack", "in a second night of raids") tells the story's next incident, which
    an outlet leading with the first tells further down: the reports of a lead saying so are all
    linked to the first report of each other document saying its incident is another, wherever
    it is, as one lead tells one other incident."""
    told = collections.defaultdict(lambda: collections.defaultdict(list))
    kinds = _in_text_order([r for r in reports if r.doc_id in story_of],
                           lambda r: (r.doc_id, r.type, MODALITY_CLASS.get(r.modality, r.modality),
                                      SAYS_ANOTHER in r.rules))
    for (doc, *kind), members in kinds.items():
        told[(story_of[doc], *kind)][doc] = members
    links = []
    for (*_, another), by_doc in told.items():
        leads = {doc: lead for doc, members in by_doc.items() if (lead := [r for r in members if _in_lead(r)])}
        for one, other in itertools.combinations(sorted(by_doc), 2):
            if another and (one in leads or other in leads):
                links += _another_pairs(leads.get(one, by_doc[one][:1]), leads.get(other, by_doc[other][:1]))
            elif one in leads and other in leads:
                links += _lead_pairs(leads[one], leads[other])
    return links


def _another_pairs(one: list[Report], other: list[Report]) -> list[tuple[str, str, float]]:
    """Each report of one side with the other's first, and the other's with the first of one."""
    return ([(r.id, other[0].id, STORY_LEAD_STRENGTH) for r in one]
            + [(one[0].id, r.id, STORY_LEAD_STRENGTH) for r in other[1:]])


def _in_lead(report: Report) -> bool:
    return (report.evidence.sentence_index or 0) < LEAD_REPORT_SENTENCES


def _when_told(report: Report, told_when) -> bool:
    """Whether a report's date, if it gives one, lets it be the incident its story tells: not one
    dated after the story was first told (a second car bomb a week later, in a follow-up's lead),
    nor one dated before the days the story was told (the war's first attack, recalled).
    """
    span = _own_window(report)
    return not (span and told_when and (span[0] > told_when[2] or span[1] < told_when[0]))


def _lead_pairs(one: list[Report], other: list[Report]) -> list[tuple[str, str, float]]:
    """The first report of each word the two leads share, else their first reports."""
    firsts = lambda reports: {_word_stem(r.trigger): r for r in reversed(reports)}
    a, b = firsts(one), firsts(other)
    shared = sorted(set(a) & set(b))
    if not shared:
        return [(one[0].id, other[0].id, STORY_LEAD_STRENGTH)]
    return [(a[w].id, b[w].id, STORY_LEAD_STRENGTH) for w in shared]


def _word_stem(trigger: str) -> str:
    """A trigger's head word cut to its first letters, so that inflections meet ("attack",
    "attacked", "attacks"; "kill", "killing") without a lemmatizer in resolution."""
    words = trigger.lower().split()
    return words[-1][:STEM_LETTERS] if words else ""


def _candidate_pairs(clusters: dict[str, Cluster], hierarchy: PlaceHierarchy) -> list[tuple[str, str, float]]:
    """Pairs sharing a block: (kind, document), (kind, participant or whom a speaker speaks for),
    inside a story (kind, name)."""
    blocks = collections.defaultdict(list)
    for key, c in clusters.items():
        for kind in c.kinds:
            for doc in c.docs:
                blocks[(*kind, "doc", doc)].append(key)
            for p in c.participants | c.speakers:
                blocks[(*kind, "entity", p)].append(key)
            for story in c.stories:
                for name in c.actor_names | c.target_names:
                    blocks[(*kind, "story", story, name)].append(key)
        if c.position:
            for doc in c.docs:
                blocks[("position", c.kind[1], "doc", doc)].append(key)
    pairs = {}
    for members in _bounded(blocks.values(), clusters):
        for i, a in enumerate(members):
            for b in members[i + 1:]:
                pair = (a, b) if a < b else (b, a)
                if pair not in pairs:
                    pairs[pair] = _strength(clusters[pair[0]], clusters[pair[1]], hierarchy)
    return [(a, b, s) for (a, b), s in pairs.items() if s is not None]


def _bounded(blocks, clusters: dict[str, Cluster]):
    """The blocks to compare pairwise: each at most MAX_BLOCK long. A larger one (a country or a
    big actor named in everything) is compared month by month among its dated clusters; its
    undated ones are left to finer blocks."""
    for members in blocks:
        if len(members) <= MAX_BLOCK:
            yield members
            continue
        by_month = collections.defaultdict(list)
        for key in members:
            if clusters[key].dated and clusters[key].span:
                for month in _months(clusters[key].span):
                    by_month[month].append(key)
        yield from (sub for sub in by_month.values() if len(sub) <= MAX_BLOCK)


def _lone_date_links(clusters: dict[str, Cluster]) -> list[tuple[str, str, float]]:
    """A dated cluster naming no participant at all ("the March 2 raid") is the event of its
    kind with participants, in another document, whose dates hold that day, when only one does;
    so is a statement of a story naming no one but its place ("negotiators committed in Geneva
    in May to a truce": its speaker untold) among the story's other documents.
    Candidates are looked up by (kind, month), so the cost does not grow with the corpus."""
    by_month = collections.defaultdict(list)
    for key, c in clusters.items():
        if c.participants and c.dated and c.span:
            for month in _months(c.span):
                by_month[(c.kind, month)].append(key)
    links = []
    for key, c in clusters.items():
        unspoken = c.statement and c.stories and not (c.actors or c.targets)
        if (c.participants and not unspoken) or not c.dated or not c.span:
            continue
        fits = {other for month in _months(c.span) for other in by_month.get((c.kind, month), ())
                if not (clusters[other].docs & c.docs) and _joint_span(c, clusters[other])
                and (not c.participants or c.stories & clusters[other].stories)}
        if len(fits) == 1:
            links.append((key, fits.pop(), LONE_DATE_STRENGTH))
    return links


def _months(span) -> list[tuple[int, int]]:
    """The calendar months a window touches; none for an open or year-long window."""
    first, last = span
    if (last - first).days > 62:
        return []
    months, (y, m) = [], (first.year, first.month)
    while (y, m) <= (last.year, last.month):
        months.append((y, m))
        y, m = (y + m // 12, m % 12 + 1)
    return months


def _joint_span(a: Cluster, b: Cluster):
    """The date window both clusters allow, None when neither is dated, False when they clash."""
    span = intersect(a.span, b.span)
    if span is False:
        return False
    mds = a.month_days | b.month_days
    if span is not None and not all(month_day_in(md, span) for md in mds):
        return False
    if not all(month_days_agree(x, y) for x in mds for y in mds):
        return False
    return span


def _strength(a: Cluster, b: Cluster, hierarchy: PlaceHierarchy) -> float | None:
    """How strongly two clusters look like one event, or None when they cannot be."""
    if _joint_span(a, b) is False or not _places_fit(a, b, hierarchy):
        return None
    if not a.kinds & b.kinds:
        return POSITION_STRENGTH if _one_position(a, b) else None
    same_place = bool(a.places and b.places)
    shared = a.participants & b.participants - _swapped(a, b)
    others = shared - a.places - b.places
    dated_both = a.dated and b.dated
    same_doc = bool(a.docs & b.docs)
    # documents of one story tell one incident: a participant in common is enough, dated or not
    same_story = bool(a.stories & b.stories)
    if same_story and not shared:
        # one outlet's "Diallo" and another's "Amara Diallo", "the government" and "the
        # Government": inside one story a name written alike, in the same role, is one participant
        shared = (a.actor_names & b.actor_names) | (a.target_names & b.target_names)
    if a.statement:
        if _two_speakers(a, b):
            return None
        if (same_doc or same_story) and not shared:
            # an article's or a story's statements of a kind by one speaker are one, their
            # targets told or not ("X denied it", "X denied the claims of Y")
            shared = a.speakers & b.speakers | (a.actor_names & b.actor_names if same_story else set())
    if dated_both:
        if not shared and not same_doc:
            return None
    elif not ((same_place and others and _places_compatible(a.places | b.places, hierarchy))
              or len(others) >= 2 or ((same_doc or same_story) and shared - (a.unnamed & b.unnamed))):
        return None
    return len(shared) + 2 * dated_both + 2 * same_place + same_doc + same_story


def _two_speakers(a: Cluster, b: Cluster) -> bool:
    """Statements whose speakers are named and none the same (nor, inside a story, named alike):
    two statements, whatever they speak of ("X denied the raid", "Y denied it too"). (Outlets'
    leads stay linked whoever speaks in them: keeping two states' lead denials apart cost PLOVER
    target_right 139/207 -> 131/207, as records of one story lost each other's targets.)"""
    return bool(a.speakers and b.speakers and not a.speakers & b.speakers
                and not (a.stories & b.stories and a.actor_names & b.actor_names))


def _one_position(a: Cluster, b: Cluster) -> bool:
    """An article's denial and blame by one speaker, in sentences of their own, are the one
    position it takes on an incident ("Chad rejects claims its troops fired on the march" over
    "the minister blamed smugglers"); two acts one sentence tells ("denied the charge and
    accused the army") are two, as coders record each."""
    return (a.position and b.position and bool(a.docs & b.docs) and bool(a.speakers & b.speakers)
            and a.kind[1] == b.kind[1] and not a.sentences & b.sentences)


def _telling_another(reports: list[Report], story_of: dict[str, str], story_leads: set) -> set[str]:
    """The documents of a story that lead with another incident than the first ("ten killed in a
    new attack"), and those telling it further down that such a lead is linked to."""
    by_id = {r.id: r for r in reports}
    leading = {r.doc_id for r in reports if r.doc_id in story_of and SAYS_ANOTHER in r.rules and _in_lead(r)}
    return leading | {by_id[i].doc_id for link in story_leads for i in link if SAYS_ANOTHER in by_id[i].rules}


def _told_apart(a: Cluster, b: Cluster, telling_another: set[str]) -> bool:
    """Whether a document telling another incident (_telling_another) tells the two as
    different incidents: of its reports, one cluster's say their event is another, the other's
    neither say so nor refer back to one told ("the attack")."""
    if not a.docs & b.docs & telling_another:
        return False    # the common case, checked before reading every report of both clusters

    def told(c: Cluster) -> dict[str, set[bool]]:
        said = collections.defaultdict(set)
        for r in c.reports:
            if r.doc_id in telling_another and (SAYS_ANOTHER in r.rules or not r.refers_back):
                said[r.doc_id].add(SAYS_ANOTHER in r.rules)
        return said
    told_a, told_b = told(a), told(b)
    return any(told_a[doc] ^ told_b[doc] == {True, False} for doc in told_a.keys() & told_b.keys())


def _swapped(a: Cluster, b: Cluster) -> set:
    """Participants acting in one cluster and acted upon in the other, and in no role both
    share: "X struck Y" and "Y struck X" are no evidence of one event."""
    crossed = (a.actors & b.targets) | (a.targets & b.actors)
    return crossed - (a.actors & b.actors) - (a.targets & b.targets) - a.places - b.places


def _places_fit(a: Cluster, b: Cluster, hierarchy: PlaceHierarchy) -> bool:
    """Every place of both clusters fits every other; inside a story, where outlets may place
    one incident differently (a contradiction, kept), one place of each that fits is enough, and
    a place the hierarchy cannot place (a village no document puts anywhere) fits any other:
    one outlet names the village, another its province. One speaker's statements in an article
    or a story fit wherever they are placed: the place a statement names is mostly what it
    speaks of ("rejected claims that Chadian rebels were behind the raids in Niger")."""
    if not (a.places and b.places):
        return True     # a cluster without a place adds none, whatever the other one holds
    if a.speakers & b.speakers and (a.docs & b.docs or a.stories & b.stories):
        return True
    if a.stories & b.stories:
        return any(hierarchy.compatible(p, q) or not (hierarchy.placed(p) and hierarchy.placed(q))
                   for p in a.places for q in b.places)
    return _places_compatible(a.places | b.places, hierarchy)


def _places_compatible(places: set[str], hierarchy: PlaceHierarchy) -> bool:
    places = sorted(places)
    return all(hierarchy.compatible(p, q) for i, p in enumerate(places) for q in places[i + 1:])


def source_key(outlet: str | None, url: str | None, doc_id: str, agency: str | None = None) -> str:
    """Independent sources: one outlet (or one web site) repeating itself counts once, and so do
    the reprints of one agency's copy; a document of unknown outlet counts alone."""
    return independent_source(outlet_name(outlet, url), agency) or doc_id


def _told_window(story: Story):
    """The days a story's incident can have happened on, from MAX_DAYS_APART before it was first
    told to the day it was last told, and the (slackened) day it was first told: (earliest,
    latest, first told); None when its documents are undated."""
    first = tolerant_span(story.first_published, None)
    last = tolerant_span(story.last_published or story.first_published, None)
    return (first[0] - datetime.timedelta(days=MAX_DAYS_APART), last[1], first[1]) if first and last else None


def _event(reports: list[Report], canon, sources: dict[str, str], hierarchy: PlaceHierarchy,
           told_when: list = ()) -> Event:
    reports = sorted(reports, key=lambda r: r.id)
    best_date = _lead_date(reports, told_when)
    modalities = collections.Counter(r.modality for r in reports)
    modality = "occurred" if modalities["occurred"] else max(modalities, key=lambda m: (modalities[m], m))
    modes = collections.Counter(r.mode for r in reports if r.mode)
    return Event(
        id=content_hash("event", reports[0].id), type=_told_type(reports), reports=tuple(r.id for r in reports),
        mode=max(modes, key=lambda m: (modes[m], m)) if modes else None,
        date=best_date.date if best_date else None,
        date_precision=best_date.date_precision if best_date else None,
        date_end=best_date.date_end if best_date else None,
        location=hierarchy.most_specific([canon(r.location) for r in reports if r.location]),
        actors=_ranked(canon(i) for r in reports for i in r.actors),
        targets=_ranked(canon(i) for r in reports for i in r.targets),
        killed=_figure(r.killed for r in reports), injured=_figure(r.injured for r in reports),
        modality=modality,
        sources=len({sources.get(r.doc_id, r.doc_id) for r in reports}),
    )


def _told_type(reports: list[Report]) -> str:
    """The type of an event whose reports are one speaker's denial and blame (_one_position): the
    one most reports give, on a tie the one told first in its article."""
    types = collections.Counter(r.type for r in reports)
    first = {}
    for r in sorted(reports, key=lambda r: (r.evidence.sentence_index or 0, r.evidence.start, r.id)):
        first.setdefault(r.type, len(first))
    return min(types, key=lambda t: (-types[t], first[t]))


def _lead_date(reports: list[Report], told_when: list = ()) -> Report | None:
    """The report whose date the event takes, its candidates narrowed in turn: inside a story,
    dates in the days the story was told (not an earlier incident recalled, nor an outlet's wrong
    year); the event's own dates, not the day a source reported it; full dates, not year-less
    ones; the dates the documents' leads give, not a background paragraph's. Then the finest
    precision, the date most documents give, the date most reports give."""
    dated = [r for r in reports if r.date]
    dated = [r for r in dated if (own := _own_window(r)) and any(intersect(own, w[:2]) for w in told_when)] or dated
    dated = [r for r in dated if r.date_relation != REPORTED_BY] or dated
    dated = [r for r in dated if not r.date.startswith("--")] or dated
    dated = [r for r in dated if (r.evidence.sentence_index or 0) < LEAD_REPORT_SENTENCES] or dated
    if not dated:
        return None
    precision_rank = {"day": 0, "month": 1, "year": 2}
    documents = collections.defaultdict(set)
    for r in dated:
        documents[r.date].add(r.doc_id)
    return min(dated, key=lambda r: (precision_rank.get(r.date_precision, 3), -len(documents[r.date]),
                                     -sum(o.date == r.date for o in dated), r.date))


def _own_window(report: Report):
    return report_window(report.date, report.date_precision, report.date_end, report.date_relation)


def _ranked(ids) -> tuple[str, ...]:
    counts = collections.Counter(ids)
    return tuple(sorted(counts, key=lambda i: (-counts[i], i)))


def _figure(values) -> int | None:
    """The figure most reports give; on a tie the lowest, the conservative choice ACLED makes."""
    counts = collections.Counter(v for v in values if v is not None)
    return min(counts, key=lambda v: (-counts[v], v)) if counts else None
