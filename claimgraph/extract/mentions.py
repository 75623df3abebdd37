"""Finding the names of people, organisations and places in one parsed document.

The small spaCy model finds most names but cuts, joins and types many of them wrongly in
conflict reporting. `find_names` starts from its entities and corrects them by general rules
of English naming (vocabulary: claimgraph/ontology/lexicon/entity_types.yaml), in order:

1. keep the model's spans of kept kinds, cut at line breaks, at a possessive between two names
   ("the Army's Special Forces") and at "to"/"and" between bare names ("Niamey to Tillaberi");
2. trim a leading "the", titles before a person's name ("Defence Minister X" -> "X"), a trailing
   possessive, punctuation or function word, a headline's words run on after a country
   ("UK Weighs Sanctions" -> "UK"); styles (peerage, religious, royal) stay in the name;
3. add names the model missed: "<Proper> Force"-shaped organisations, "Lord X of Y", "Mr X",
   "X (Minister of ...)", "Minister of Foreign Affairs X", the expansion written before a
   parenthesised acronym, "X province" and "X Y hospital" before their lower-case heads, and a
   title inside a sentence opened by a capitalised "The" ("told The X");
4. join pieces split by the model ("Jaish" + "al-Mahdi", "Lebanese" + "Army", "... of" + place)
   and extend over a following head noun ("Wagner" + "force", "Helmand" + "Province"), or a
   facility head closing the phrase a person-or-organisation-looking name opens ("X refugee camp");
5. retype by head noun, by context ("militias such as X", "X, the leader of", "in X") and by
   shape (an all-caps acronym is an organisation unless it is a country's); names in a wire
   dateline ("KYIV, Ukraine (AP) —") are places, the bracketed one an agency;
6. search the rest of the text for every surface found, and for person surnames and
   uncovered acronyms of names found, whole-word, with or without accents: the model misses
   repeats it found elsewhere; a repeat is extended over a head after it as in step 4 and
   typed by its context as in step 5.

Spans are token ranges over the spaCy Doc; `rule` names the rule that fixed a span's type, which
entity grouping weighs above the model's label. The word lists and acronym rules live in
claimgraph.ontology.name_vocabulary, typing by context (step 5) in claimgraph.extract.name_context.
"""
from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass, replace

from claimgraph.clean.dates import wire_datelines
from claimgraph.extract.name_context import DROPPED, context_label
from claimgraph.ontology import gazetteer
from claimgraph.ontology.name_vocabulary import (Vocabulary, acronym_letters, is_acronym, spells,
                                                vocabulary)
from claimgraph.ontology.lexicon import load_lexicon

KEPT_LABELS = frozenset({"PERSON", "ORG", "GPE", "LOC", "FAC", "NORP"})
# Kept only when a rule gives them one of the kept types (the model calls militias PRODUCT).
RETYPABLE_LABELS = frozenset({"PRODUCT", "EVENT", "WORK_OF_ART"})
PLACES = frozenset({"GPE", "LOC"})
DATELINE_RULE = "dateline"
PORTFOLIO_RULE = "portfolio title"
# At most this many given names stand before a surname the model found alone ("Abdul Sattar X");
# more capitalised words before it are a headline's or a caption's.
GIVEN_NAMES_BEFORE = 2
# A name written whole in quotation marks has at most this many words ("Eyes on the Valley Radio" 5).
QUOTED_NAME_WORDS = 8


@dataclass(frozen=True)
class NameSpan:
    start: int                 # token index
    end: int                   # token index, exclusive
    label: str
    rule: str | None = None    # the rule that set the label; None = the model's label
    repeat: bool = False       # found by searching for a surface found elsewhere


def find_names(doc) -> tuple[NameSpan, ...]:
    """Every name in the Doc, as corrected token spans sorted by position."""
    vocab = vocabulary()
    spans = [t for s in _model_spans(doc, vocab) if (t := _trim(doc, _headline_cut(doc, s, vocab), vocab))]
    spans = _add_missed(doc, spans, vocab)
    spans = _join_and_extend(doc, spans, vocab)
    spans = _agree_in_lists(doc, [_retype(doc, s, spans, vocab) for s in spans])
    spans = _in_datelines(doc, spans)
    spans = [s for s in spans if s.label in KEPT_LABELS]
    return tuple(sorted(spans + _repeats(doc, spans, vocab), key=lambda s: s.start))


# ------------------------------------------------------------------ 1. the model's spans

def _model_spans(doc, vocab: Vocabulary):
    for ent in doc.ents:
        if ent.label_ in KEPT_LABELS or ent.label_ in RETYPABLE_LABELS:
            for start, end in _split(doc, ent.start, ent.end, ent.label_ == "ORG", vocab):
                yield NameSpan(start, end, ent.label_)


def _split(doc, start: int, end: int, is_org: bool, vocab: Vocabulary):
    """Cut a span at line breaks, at brackets, at a possessive before a name of two or more words, and at
    "to" (or "and" in an organisation) joining two names that carry no organisation head."""
    cuts = [start]
    for i in range(start, end):
        tok = doc[i]
        if "\n" in tok.text or "\n" in tok.whitespace_ or tok.is_space:
            cuts.append(i + 1)
        elif tok.text in ("(", ")"):   # "X (Y": a name and another in brackets after it
            cuts += [i, i + 1]
        elif tok.text in load_lexicon().possessive_marks and tok.i > start and end - i - 1 >= 2:
            cuts.append(i + 1)
        elif ((tok.lower_ == "to" or (tok.lower_ == "and" and is_org))
              and not _has_head(doc, start, end, vocab)
              and i > start and i + 1 < end):
            cuts.append(i)
            cuts.append(i + 1)
    cuts.append(end)
    for a, b in zip(cuts, cuts[1:]):
        if b > a:
            yield a, b


def _has_head(doc, start: int, end: int, vocab: Vocabulary) -> bool:
    return any(doc[i].text in vocab.org_heads for i in range(start, end))


def _headline_cut(doc, span: NameSpan, vocab: Vocabulary) -> NameSpan:
    """A headline capitalises every word, and the model runs a country on into the words after it
    ("UK Weighs Sanctions on X", "U.S. Navy Reports Seizure"): in a line in title case, an
    organisation that opens with a country's name and holds no organisation head is the country,
    or the country's institution ("U.S. Navy")."""
    if span.label != "ORG" or span.end - span.start < 2 or not in_title_case_line(doc, span.start):
        return span
    country = doc[span.start].text
    if not (country in vocab.country_acronyms or gazetteer.country_code(country)):
        return span
    end = span.start + 1
    if doc[end].lower_ in vocab.state_institutions:
        end += 1
    if end == span.end or any(t.text in vocab.org_heads for t in doc[end:span.end]):
        return span
    return NameSpan(span.start, end, "ORG" if end - span.start > 1 else "GPE", "headline")


def in_title_case_line(doc, i: int) -> bool:
    """Whether token i lies in a headline: a line with no full stop whose words of four letters
    or more begin with a capital, all or all but one in four ("X Airstrike behind Y Mosque
    Massacre"); a sentence dense with names still has its stop."""
    start, end = i, i + 1
    while start > 0 and "\n" not in doc[start - 1].whitespace_ and not doc[start - 1].is_space:
        start -= 1
    while end < len(doc) and "\n" not in doc[end - 1].whitespace_ and not doc[end].is_space:
        end += 1
    words = [t.text for t in doc[start:end] if t.is_alpha and len(t) >= 4]
    return all(t.text != "." for t in doc[start:end]) and len(words) >= 3 and 4 * sum(w[:1].isupper() for w in words) >= 3 * len(words)


# ------------------------------------------------------------------ 2. trimming

def _trim(doc, span: NameSpan, vocab: Vocabulary) -> NameSpan | None:
    lexicon = load_lexicon()
    start, end, label, rule = span.start, span.end, span.label, span.rule
    while start < end and (doc[start].pos_ in ("DET", "PUNCT") or doc[start].is_space
                           or doc[start].text in lexicon.possessive_marks):
        start += 1
    while end > start and (doc[end - 1].text in lexicon.possessive_marks or doc[end - 1].is_punct
                           or doc[end - 1].is_space
                           or doc[end - 1].pos_ in ("ADP", "CCONJ", "DET", "PART")):
        end -= 1
    if start < end and doc[start].text in vocab.courtesy_titles:
        label, rule = "PERSON", "courtesy title"
    if label == "PERSON":
        start = _after_titles(doc, start, end, vocab)
    words = [t.text for t in doc[start:end] if not t.is_punct]
    if not any(w[:1].isupper() for w in words) or all(w in vocab.person_titles or w.lower() in vocab.person_roles for w in words):
        return None
    return NameSpan(start, end, label, rule, span.repeat)


def _after_titles(doc, start: int, end: int, vocab: Vocabulary) -> int:
    """The first token after the titles leading a person's name ("Russian Defence Minister X"):
    the last title among the leading capitalised words, keeping at least one word."""
    cut = start
    for i in range(start, end - 1):
        tok = doc[i]
        if tok.text in vocab.person_titles or tok.text in vocab.courtesy_titles:
            cut = i + 1
        elif not (tok.text[:1].isupper() or tok.is_punct) or tok.text in vocab.name_styles:
            break
    return cut


# ------------------------------------------------------------------ 3. names the model missed

def _add_missed(doc, spans: list[NameSpan], vocab: Vocabulary) -> list[NameSpan]:
    found = (list(_headed_names(doc, spans, vocab)) + list(_styled_names(doc, vocab))
             + list(_role_apposed_names(doc, spans, vocab)) + list(_portfolio_titled_names(doc, vocab))
             + list(_acronym_expansions(doc, vocab))
             + list(_slashed_acronyms(doc)) + list(_led_descriptions(doc, vocab))
             + list(_lower_headed_names(doc, spans, vocab)) + list(_titled_names(doc, spans))
             + list(_quoted_names(doc, vocab)) + list(_speaking_acronyms(doc, spans, vocab))
             + list(_kind_apposed_names(doc, spans, vocab)))
    for new in found:
        spans = [s for s in spans if s.end <= new.start or new.end <= s.start] + [new]
    return sorted(spans, key=lambda s: s.start)


def _covered(spans: list[NameSpan], i: int) -> bool:
    return any(s.start <= i < s.end for s in spans)


def _capitalised(tok) -> bool:
    return tok.text[:1].isupper() and tok.pos_ not in ("DET", "PRON", "PUNCT") and not tok.is_space


def _headed_names(doc, spans: list[NameSpan], vocab: Vocabulary):
    """"<Proper words> <Org head> [of <Place>]" not found by the model: "the Azov Regiment",
    "the Government of Chad", and in lower case "the government of Chad" (a state
    institution named by its country, as "the Kenyan government" is)."""
    for tok in doc:
        institution = tok.lower_ in vocab.state_institutions and tok.i > 0 and doc[tok.i - 1].lower_ == "the"
        if not (tok.text in vocab.org_heads or institution) or _covered(spans, tok.i):
            continue
        start = tok.i
        while (start > 0 and _capitalised(doc[start - 1]) and not _covered(spans, start - 1)
               and (not doc[start - 1].is_sent_start or doc[start - 1].pos_ == "PROPN")
               and doc[start - 1].text not in vocab.person_titles):
            start -= 1
        place = next((s for s in spans if s.start == tok.i + 2 and s.label in PLACES), None)
        if place and doc[tok.i + 1].lower_ == "of":
            yield NameSpan(start, place.end, "ORG", "org head")
        elif start < tok.i and tok.text in vocab.org_heads:
            yield NameSpan(start, tok.i + 1, "ORG", "org head")
        elif tok.text in vocab.org_heads and (end := _qualified_head_end(doc, tok.i, vocab)):
            yield NameSpan(tok.i, end, "ORG", "org head")   # "the Front for the Liberation of X"


def _qualified_head_end(doc, head: int, vocab: Vocabulary) -> int | None:
    """The end of "the <Head> for|of <Capitalised words, with of/and/the/in between>" when the head
    opens the name ("the Movement for Oneness and Jihad"), or None."""
    if head == 0 or doc[head - 1].lower_ != "the" or head + 2 >= len(doc) or doc[head + 1].lower_ not in ("for", "of"):
        return None
    end = last = head + 2
    while end < len(doc) and "\n" not in doc[end - 1].whitespace_ and (
            _capitalised(doc[end]) or doc[end].lower_ in vocab.acronym_function_words):
        if _capitalised(doc[end]):
            last = end + 1
        end += 1
    return last if last > head + 2 else None


def _styled_names(doc, vocab: Vocabulary):
    """A peer's or a titled person's name: "Lord X of Y", "Sir X Y", "Mrs X Y"."""
    for tok in doc:
        is_peer = tok.text in vocab.peerage_styles
        if not (is_peer or tok.text in vocab.courtesy_titles):
            continue
        end = tok.i + 1
        while end < len(doc) and _capitalised(doc[end]) and doc[end].text not in vocab.person_titles:
            end += 1
        if end == tok.i + 1:
            continue
        if is_peer and end + 1 < len(doc) and doc[end].lower_ == "of" and _capitalised(doc[end + 1]):
            end += 2
        start = tok.i if is_peer else tok.i + 1
        yield NameSpan(start, end, "PERSON", "style" if is_peer else "courtesy title")


def _role_apposed_names(doc, spans: list[NameSpan], vocab: Vocabulary):
    """An uncovered proper noun followed by its role: "X (Minister of ...)", "X, the envoy"."""
    for tok in doc:
        if (tok.pos_ != "PROPN" or tok.ent_type_ or _covered(spans, tok.i)
                or tok.text in vocab.person_titles):
            continue
        if not tok.text[:1].isupper() or is_acronym(tok.text) or tok.i + 2 >= len(doc):
            continue
        if doc[tok.i + 1].text not in ("(", ","):
            continue
        for nxt in doc[tok.i + 2: tok.i + 6]:
            if nxt.text in vocab.person_titles or nxt.lower_ in vocab.person_roles:
                yield NameSpan(tok.i, tok.i + 1, "PERSON", "role apposition")
                break
            if nxt.pos_ not in ("DET", "ADJ", "PART") and nxt.text not in load_lexicon().possessive_marks:
                break


def _portfolio_titled_names(doc, vocab: Vocabulary):
    """The holder's name after a title with its portfolio, "High Commissioner for Human Rights
    X Y", "Minister of Foreign Affairs X Y": the model takes the portfolio and the name for one
    organisation, or misses both; the capitalised words after the portfolio's are the name."""
    for tok in doc[:len(doc) - 3]:
        if tok.text not in vocab.person_titles or doc[tok.i + 1].lower_ not in ("for", "of"):
            continue
        start = tok.i + 2
        while start < len(doc) and doc[start].lower_ in vocab.portfolio_words and (
                _capitalised(doc[start]) or doc[start].is_lower and doc[start].lower_ in ("and", "the")):
            start += 1
        end = start
        while (end < len(doc) and end - start <= GIVEN_NAMES_BEFORE and doc[end].pos_ == "PROPN"
               and doc[end].text[:1].isupper() and "\n" not in doc[end - 1].whitespace_):
            end += 1
        portfolio = [t for t in doc[tok.i + 2:start] if t.lower_ not in ("and", "the", "&")]
        if portfolio and start < end <= start + GIVEN_NAMES_BEFORE + 1 and not any(
                t.text in vocab.org_heads or t.text in vocab.person_titles for t in doc[start:end]):
            yield NameSpan(start, end, "PERSON", PORTFOLIO_RULE)


def _acronym_expansions(doc, vocab: Vocabulary):
    """"Words Of A Name (WOAN)": the words before the parenthesis that the acronym spells."""
    for tok in doc:
        if not is_acronym(tok.text) or tok.i < 2:
            continue
        paren = tok.i - 1
        if doc[paren].lower_ == "the":
            paren -= 1
        if doc[paren].text != "(":
            continue
        letters = acronym_letters(tok.text)
        for start in range(paren - 1, max(-1, paren - 1 - 2 * len(letters)), -1):
            words = doc[start:paren].text
            if doc[start].text[:1].isupper() and spells(letters, words, vocab):
                # the model's type, if it gave one, is still open to correction by context;
                # but a person is never defined by an acronym
                label = _model_label(doc, start, paren)
                if label in (None, "PERSON"):
                    yield NameSpan(start, paren, "ORG", "acronym definition")
                else:
                    yield NameSpan(start, paren, label)
                break


def _lower_headed_names(doc, spans: list[NameSpan], vocab: Vocabulary):
    """"X province", "X Y hospital": proper nouns before a lower-case area word or facility head
    they modify name a place or a site, which the model misses when it does not know the name (a
    name it found is extended over its head in step 4). One proper noun before a facility head is
    more often where the facility is ("the X hospital") than its name."""
    for tok in doc[1:]:
        site = _site_label(tok.text.title(), vocab) if tok.is_lower else None
        area = tok.is_lower and tok.lower_ in vocab.place_generic_tails
        names = [s for s in spans if s.label != "NORP"]   # a nationality word in a name is the name's
        if not (site or area) or _covered(names, tok.i - 1) or _covered(names, tok.i):
            continue
        start = tok.i
        while (start > 0 and doc[start - 1].tag_ == "NNP" and doc[start - 1].text[:1].isupper()
               and not _covered(names, start - 1) and "\n" not in doc[start - 1].whitespace_
               and doc[start - 1].text not in vocab.person_titles):
            start -= 1
        described = all(_covered(spans, i) for i in range(start, tok.i))   # "the Shia mosque"
        if not (start < tok.i and doc[tok.i - 1].head.i == tok.i) or described or _indefinite(tok):
            continue
        if area:
            yield NameSpan(start, tok.i + 1, "GPE", "area head")
        elif tok.i - start >= 2 and tok.dep_ != "compound" and not in_title_case_line(doc, tok.i):
            yield NameSpan(start, tok.i + 1, site, "facility head")


def _titled_names(doc, spans: list[NameSpan]):
    """"told The X", ", The X Y reported": a capitalised "The" inside a sentence opens a title that
    keeps its article, a publication's most often; the model misses many it does not know. A place
    after a place's preposition ("into The X"), an organisation otherwise."""
    for tok in doc[1:len(doc) - 1]:
        if not _titled(doc, tok.i + 1):
            continue
        end = _proper_run_end(doc, tok.i + 1, spans)
        head = doc[end - 1]
        placed = head.dep_ == "pobj" and head.head.lower_ in load_lexicon().place_prepositions
        if end > tok.i + 1 and tok.head.i == end - 1:
            yield NameSpan(tok.i + 1, end, "GPE" if placed else "ORG")


def _quoted_names(doc, vocab: Vocabulary):
    """A name written whole in quotation marks, its words capitalised but for function words, and
    closed by an organisation's or a facility's head: “Eyes on the Valley Radio” (the model, or the
    head rule, takes only the capitalised words before the head)."""
    for tok in doc:
        if tok.tag_ != "``":
            continue
        end = tok.i + 1
        while end < len(doc) and end - tok.i <= QUOTED_NAME_WORDS and (
                _capitalised(doc[end]) or doc[end].lower_ in vocab.acronym_function_words):
            end += 1
        last = end - 1
        closed = [t.text for t in doc[end:end + 2]] in ([",", "”"], [",", '"']) or doc[end:end + 1].text in ("”", '"')
        if last - tok.i < 2 or not closed or not _capitalised(doc[tok.i + 1]):
            continue
        if doc[last].text in vocab.org_heads:
            yield NameSpan(tok.i + 1, end, "ORG", "org head")
        elif label := _site_label(doc[last].text, vocab):
            yield NameSpan(tok.i + 1, end, label, "facility head")


def _speaking_acronyms(doc, spans: list[NameSpan], vocab: Vocabulary):
    """An acronym the model missed that says, tells, reports or learns something, or is told it
    ("X learns that", "X heard from a witness"): an agency or another organisation,
    not a weapon's or a thing's initials."""
    lexicon = load_lexicon()
    verbs = lexicon.speech_verbs | lexicon.learning_verbs
    for tok in doc:
        if (is_acronym(tok.text) and tok.text.isupper() and tok.dep_ in ("nsubj", "nsubjpass")
                and tok.head.lemma_.lower() in verbs and tok.text.replace(".", "") not in vocab.country_acronyms
                and not _covered(spans, tok.i)):
            yield NameSpan(tok.i, tok.i + 1, "ORG", "acronym")


def _kind_apposed_names(doc, spans: list[NameSpan], vocab: Vocabulary):
    """Proper nouns the model missed right after the kind of organisation they name, in
    apposition to it: "the news magazine X", "the militia X Y"."""
    for tok in doc[:len(doc) - 1]:
        if not (tok.is_lower and tok.pos_ == "NOUN" and tok.lemma_.lower() in vocab.org_kinds):
            continue
        end = _proper_run_end(doc, tok.i + 1, spans, skip_dates=True)
        if end > tok.i + 1 and doc[end - 1].dep_ == "appos" and doc[end - 1].head.i == tok.i:
            yield NameSpan(tok.i + 1, end, "ORG", "kind context")


def _proper_run_end(doc, start: int, spans: list[NameSpan], skip_dates: bool = False) -> int:
    """The end of the run of capitalised proper nouns from token `start` (after some word) that no
    found name covers, on the line of the word before it (and, with `skip_dates`, stopping at a
    day or a time the model tags)."""
    end = start
    while (end < len(doc) and doc[end].tag_ == "NNP" and doc[end].text[:1].isupper()
           and not (skip_dates and doc[end].ent_type_ in ("DATE", "TIME")) and not _covered(spans, end)
           and "\n" not in doc[end - 1].whitespace_):
        end += 1
    return end


def _titled(doc, start: int) -> bool:
    """Whether a name starting at token `start` follows a capitalised "The" inside a sentence
    (after a word or a comma, not in a headline): a title that keeps its article."""
    if start < 2:
        return False
    the, before = doc[start - 1], doc[start - 2]
    return (the.text == "The" and not the.is_sent_start and (before.is_alpha or before.text == ",")
            and not in_title_case_line(doc, start))


def _led_descriptions(doc, vocab: Vocabulary):
    """"the Nigerian-led coalition", "US-backed forces": one actor described by who leads it; named
    as written, so the same description in other articles is the same entity."""
    for tok in doc[2:len(doc) - 1]:
        noun = doc[tok.i + 1]
        if (tok.lower_ not in vocab.led_participles or doc[tok.i - 1].text not in ("-", "‑")
                or not noun.is_lower or noun.lower_ not in vocab.led_description_nouns):
            continue
        leader = doc[tok.i - 2]
        if leader.text[:1].isupper() and leader.pos_ not in ("DET", "PRON", "PUNCT"):
            yield NameSpan(leader.i, noun.i + 1, "ORG", "led description")


def _slashed_acronyms(doc):
    """The second of two acronyms written "A/B": the model tends to miss it."""
    for tok in doc[2:]:
        if is_acronym(tok.text) and doc[tok.i - 1].text == "/" and is_acronym(doc[tok.i - 2].text):
            yield NameSpan(tok.i, tok.i + 1, "ORG", "acronym")


def _model_label(doc, start: int, end: int) -> str | None:
    labels = [doc[i].ent_type_ for i in range(start, end) if doc[i].ent_type_]
    kept = [lab for lab in labels if lab in KEPT_LABELS and lab != "NORP"]
    return max(set(kept), key=kept.count) if kept else None


# ------------------------------------------------------------------ 4. joining and extending

def _join_and_extend(doc, spans: list[NameSpan], vocab: Vocabulary) -> list[NameSpan]:
    spans = [s for s in spans if not _title_only(doc, s, vocab)]
    spans = [_given_names_before(doc, s, spans, vocab) for s in spans]
    spans = [_extend(doc, s, spans, vocab) for s in spans]
    joined: list[NameSpan] = []
    for span in spans:
        if joined and span.start < joined[-1].end:      # swallowed by an extension
            continue
        merged = _joined(doc, joined[-1], span, vocab) if joined else None
        if merged:
            joined[-1] = merged
        else:
            joined.append(span)
    return joined


def _title_only(doc, span: NameSpan, vocab: Vocabulary) -> bool:
    """"Harbourtown Mayor": a person's span ending in a title is the title's phrase, not a name."""
    return span.label == "PERSON" and span.rule is None and doc[span.end - 1].text in vocab.person_titles


def _given_names_before(doc, span: NameSpan, spans: list[NameSpan], vocab: Vocabulary) -> NameSpan:
    """A name the model began too late: "Mayor Ivan [Petrenko]", "from Doctors
    [Without Borders]": the capitalised proper nouns right before a person's name, up to a title,
    a head noun or anything else, belong to it; so do a capitalised preposition and the word
    before it, before any name ("[Doctors Without] Borders")."""
    start = span.start
    if (start >= 2 and doc[start - 1].text[:1].isupper() and doc[start - 1].lower_ in vocab.name_prepositions
            and not doc[start - 1].is_sent_start and _capitalised(doc[start - 2])
            and not _covered(spans, start - 2) and not _covered(spans, start - 1)):
        # a capitalised preposition stands only inside a name: "[Doctors Without] Borders"
        return NameSpan(start - 2, span.end, "ORG", "preposition in name")
    if span.label != "PERSON" or span.rule == PORTFOLIO_RULE:   # its start is the portfolio's end
        return span
    while start > max(0, span.start - GIVEN_NAMES_BEFORE) and not _covered(spans, start - 1):
        tok = doc[start - 1]
        proper = tok.pos_ == "PROPN" or (tok.pos_ == "NOUN" and not tok.is_sent_start)
        if (not proper or not tok.text[:1].isupper() or "\n" in tok.whitespace_
                or tok.text in vocab.person_titles or tok.text in vocab.courtesy_titles
                or tok.text in vocab.org_heads or tok.text in vocab.gpe_heads
                or tok.lower_ in vocab.place_kinds_after):
            break
        start -= 1
    return replace(span, start=start) if start < span.start else span


def _joined(doc, a: NameSpan, b: NameSpan, vocab: Vocabulary) -> NameSpan | None:
    gap = doc[a.end:b.start]
    tail = doc[a.end - 1]
    if len(gap) == 0 and "\n" not in tail.whitespace_ and tail.whitespace_ in ("", " "):
        if a.label == "NORP" and b.label == "ORG" and not is_acronym(doc[b.start].text):
            return NameSpan(a.start, b.end, "ORG", b.rule)
        if a.label != "NORP" and b.label != "NORP" and not (a.label in PLACES and b.label in PLACES):
            label = a.label if a.label == b.label else ("ORG" if "ORG" in (a.label, b.label) else b.label)
            return NameSpan(a.start, b.end, label, a.rule or b.rule)
    if len(gap) == 1 and a.label == "ORG" and b.label in PLACES:
        prep = gap[0].lower_
        if prep == "of" or (prep in load_lexicon().diplomatic_post_prepositions and tail.text in vocab.diplomatic_heads):
            return NameSpan(a.start, b.end, "ORG", a.rule)
    return None


def _extend(doc, span: NameSpan, spans: list[NameSpan], vocab: Vocabulary) -> NameSpan:
    """Extend over a head noun after the name, or an institution after a demonym."""
    end = span.end
    if end < len(doc) and not doc[end - 1].whitespace_.count("\n"):
        nxt = doc[end]
        if span.label in ("NORP", "GPE") and nxt.lower_ in vocab.state_institutions:
            return NameSpan(span.start, end + 1, "ORG", "state institution")   # "Malian army", "Mali army"
        if span.label != "NORP" and not _covered(spans, end):
            if nxt.text in vocab.org_heads or (nxt.text in vocab.lowercase_org_heads
                                               and span.label not in PLACES):
                return _extend(doc, NameSpan(span.start, end + 1, "ORG", "org head"), spans, vocab)
            if label := _site_label(nxt.text, vocab):
                return NameSpan(span.start, end + 1, label, "facility head")
        # the model takes a place's name before its area word for a nationality ("X province")
        proper = all(t.tag_ == "NNP" for t in doc[span.start:end])
        if (span.label != "NORP" or proper) and not _covered(spans, end) and _area_head(doc, end, vocab):
            return NameSpan(span.start, end + 1, "GPE", "area head")   # "X Province", "X state"
    if span.label in ("PERSON", "ORG", *RETYPABLE_LABELS) and (head := _facility_after(doc, end, vocab)) is not None:
        return NameSpan(span.start, head + 1, _site_label(doc[head].text.title(), vocab), "facility head")   # "the X refugee camp"
    if doc[end - 1].text in vocab.org_heads and end + 2 < len(doc) and doc[end].lower_ in (
            "for", "of"):
        stop = end + 1
        while stop < len(doc) and _capitalised(doc[stop]) and "\n" not in doc[stop - 1].whitespace_:
            stop += 1
        if stop > end + 1:
            return NameSpan(span.start, stop, "ORG", "org head")
    return span


def _area_head(doc, i: int, vocab: Vocabulary) -> bool:
    """Whether token i, after a name, is the head of the place's name ("X Province", "X state",
    the name modifying the lower-case word); not when a determiner other than "the" makes it the
    kind of place the name locates ("a western X city": a city in X)."""
    tok = doc[i]
    if _indefinite(tok):
        return False
    return tok.text in vocab.gpe_heads or (tok.is_lower and tok.lower_ in vocab.place_generic_tails
                                           and doc[i - 1].head.i == i)


def _indefinite(noun) -> bool:
    """Whether a determiner other than "the" goes with the noun: "a X city" is some city in X."""
    return any(c.dep_ == "det" and c.lower_ != "the" for c in noun.children)


def _site_label(head: str, vocab: Vocabulary) -> str | None:
    """The type a head written after a name gives it: a facility ("X Airport") or a point of the
    road network ("X Junction"), a location; None for any other word."""
    if head in vocab.fac_heads_after:
        return "FAC"
    return "LOC" if head in vocab.road_point_heads else None


def _facility_after(doc, end: int, vocab: Vocabulary) -> int | None:
    """The index of a lower-case facility head closing the noun phrase a name opens, through at
    most two common nouns ("X displacement camp", "X air base"); None when there is none or the
    head only describes a further noun ("X hospital workers")."""
    for i in range(end, min(end + 3, len(doc))):
        tok = doc[i]
        if not tok.is_lower or tok.pos_ not in ("NOUN", "PROPN") or "\n" in doc[i - 1].whitespace_:
            return None
        if _site_label(tok.text.title(), vocab):
            return i if tok.dep_ != "compound" else None
    return None


# ------------------------------------------------------------------ 5. retyping

def _retype(doc, span: NameSpan, spans: list[NameSpan], vocab: Vocabulary) -> NameSpan:
    """A span's type by its head, shape and context; a product, event or work is kept only when
    these show it is an organisation, or a place by a head noun or context ("in X", "X city")."""
    found = _retyped(doc, span, spans, vocab)
    if span.label in RETYPABLE_LABELS and not (found.label == "ORG" or found.rule and found.label in PLACES | {"FAC"}):
        return replace(found, label=DROPPED)
    return found


def _retyped(doc, span: NameSpan, spans: list[NameSpan], vocab: Vocabulary) -> NameSpan:
    first, last = doc[span.start], doc[span.end - 1]
    if last.text in vocab.org_heads or last.lower_ in vocab.lowercase_org_heads:
        return replace(span, label="ORG", rule="org head")
    if last.text in vocab.gpe_heads:
        return replace(span, label="GPE", rule="area head")
    if site := _site_label(last.text, vocab):
        return replace(span, label=site, rule="facility head")
    if first.text in vocab.fac_heads_before and span.end - span.start > 1:
        return replace(span, label="FAC", rule="facility head")
    if span.label == "WORK_OF_ART" and _titled(doc, span.start):
        return replace(span, label="ORG", rule="titled name")   # "..., The X Y reported": a publication
    if span.end - span.start == 1 and is_acronym(first.text):
        label = "ORG" if span.label == "ORG" else _acronym_label(doc, span, spans, vocab)
        return replace(span, label=label, rule="acronym")
    if span.rule:
        return span
    if span.label == "PERSON" and any(t.text[:1].isupper() and t.lower_ in vocab.name_prepositions
                                      for t in doc[span.start + 1:span.end]):
        return replace(span, label="ORG", rule="preposition in name")   # "Reporters Without Borders"
    found = context_label(doc, span.start, span.end, span.label, vocab)
    if found:
        return replace(span, label=found[0], rule=found[1])
    return span


def _in_datelines(doc, spans: list[NameSpan]) -> list[NameSpan]:
    """A wire dateline names where the story was filed and who filed it ("KYIV, Ukraine (AP) —"):
    its names are places, the one in brackets an agency, whatever the model guessed."""
    ranges, added = [], []
    for line_start, found in wire_datelines(doc.text):
        ranges.append((line_start, line_start + found.end))
        # the model misses all-caps places ("KYIV") and bare agencies ("AFP")
        parts = [((0, found.place_end), "GPE")] + ([(found.agency, "ORG")] if found.agency else [])
        for (a, b), label in parts:
            name = doc.char_span(line_start + a, line_start + b)
            if name is not None and name.text.lower() in load_lexicon().generic_credits:
                continue
            if name is not None and not any(_covered(spans, i) for i in range(name.start, name.end)):
                added.append(NameSpan(name.start, name.end, label, DATELINE_RULE))
    if not ranges:
        return spans
    out = []
    for span in spans:
        start = doc[span.start].idx
        if any(a <= start < b for a, b in ranges):
            bracketed = span.start > 0 and doc[span.start - 1].text == "("
            generic = doc[span.start:span.end].text.lower() in load_lexicon().generic_credits
            span = replace(span, label=DROPPED if bracketed and generic else "ORG" if bracketed else "GPE",
                           rule=DATELINE_RULE)
        out.append(span)
    return sorted(out + added, key=lambda s: s.start)


def _agree_in_lists(doc, spans: list[NameSpan]) -> list[NameSpan]:
    """Names in one list ("A, B and C") are of one kind: members the rules left alone take the
    rules' label when the rules agree, else the label all (two or more) other members share."""
    lists, current = [], [0] if spans else []
    for i in range(1, len(spans)):
        gap = {t.lower_ for t in doc[spans[i - 1].end:spans[i].start]}
        if gap and gap <= {",", "and", "or"}:
            current.append(i)
        else:
            lists.append(current)
            current = [i]
    lists.append(current)
    spans = list(spans)
    for members in (m for m in lists if len(m) >= 3):
        ruled = {spans[i].label for i in members if spans[i].rule}
        for i in members:
            others = {spans[j].label for j in members if j != i}
            agreed = ruled if ruled else others
            if not spans[i].rule and len(agreed) == 1 and DROPPED not in agreed:
                spans[i] = replace(spans[i], label=agreed.pop(), rule="coordination")
    return spans


def _acronym_label(doc, span: NameSpan, spans: list[NameSpan], vocab: Vocabulary) -> str:
    text = doc[span.start].text
    if span.label in PLACES:
        places = {doc[s.start:s.end].text for s in spans if s.label in PLACES and s is not span}
        letters = acronym_letters(text)
        if text.replace(".", "") in vocab.country_acronyms or any(
                spells(letters, p, vocab) for p in places):
            return span.label
    return "ORG"


# ------------------------------------------------------------------ 6. repeats

def _without_accents(text: str) -> str:
    """Each letter without its accent, one character for one, so offsets still hold: a name is
    written with and without its accents in one article ("Bogotá", "Bogota")."""
    return "".join(unicodedata.normalize("NFD", c)[0] for c in text)


def _repeats(doc, spans: list[NameSpan], vocab: Vocabulary) -> list[NameSpan]:
    """Whole-word, case-sensitive repeats of surfaces found, of person surnames, and acronyms
    spelling an organisation's name, where no span lies yet; accents are ignored."""
    surfaces: dict[str, str] = {}
    for s in spans:
        words = doc[s.start:s.end]
        surfaces.setdefault(words.text, s.label)
        if s.label == "PERSON" and len(words) > 1 and "of" not in [t.lower_ for t in words]:
            surname = re.sub(r"^(?:(?:%s)-)" % "|".join(vocab.surname_particles), "", words[-1].text, flags=re.I)
            surfaces.setdefault(surname, "PERSON")
        if s.label == "FAC" and words[0].text in vocab.fac_heads_before and len(words) > 1:
            surfaces.setdefault(words[1:].text, "FAC")
    names = [doc[s.start:s.end].text for s in spans if s.label in ("ORG", "GPE") and len(doc[s.start:s.end]) > 1]
    taken = [(doc[s.start].idx, doc[s.end - 1].idx + len(doc[s.end - 1])) for s in spans]
    found: list[NameSpan] = []
    for tok in doc:
        if is_acronym(tok.text) and tok.text not in surfaces and any(
                spells(acronym_letters(tok.text), n, vocab) for n in names):
            surfaces[tok.text] = "ORG"
    text = _without_accents(doc.text)   # rebuilt from the tokens on every access: read it once
    for surface, label in surfaces.items():
        if (len(surface) < 3 and not is_acronym(surface)) or not surface[:1].isupper():
            continue
        for m in re.finditer(r"(?<![\w'’])" + re.escape(_without_accents(surface)) + r"(?!\w)", text):
            if any(a < m.end() and m.start() < b for a, b in taken):
                continue
            span = doc.char_span(m.start(), m.end())
            if span is not None:
                repeat = _read_repeat(doc, NameSpan(span.start, span.end, label, None, repeat=True),
                                      spans + found, taken, vocab)
                taken.append((m.start(), doc[repeat.end - 1].idx + len(doc[repeat.end - 1])))
                found.append(repeat)
    return found


def _read_repeat(doc, span: NameSpan, spans: list[NameSpan], taken: list[tuple[int, int]],
                 vocab: Vocabulary) -> NameSpan:
    """A repeat read as a span the model found is: extended over a head after it ("X government",
    "X province") where no name lies, and typed by its own words ("X rebels", "in X"); the model
    may have missed the one mention that shows what the name is."""
    extended = _extend(doc, span, spans, vocab)
    if extended.end > span.end and not in_title_case_line(doc, span.start):   # a headline capitalises any noun
        start, end = doc[span.end].idx, doc[extended.end - 1].idx + len(doc[extended.end - 1])
        if not any(a < end and start < b for a, b in taken):
            return replace(extended, repeat=True)
    found = context_label(doc, span.start, span.end, span.label, vocab) if span.label != "NORP" else None
    return replace(span, label=found[0], rule=found[1]) if found and found[0] in KEPT_LABELS else span
