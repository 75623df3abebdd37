"""Who asserts an event: the source a sentence attributes it to, and whether that source denies it.

From the event's trigger the dependency tree is walked outwards. Each step may meet a cue:
"according to X" attached to the clause; a speech, accusation or denial verb whose complement
holds the trigger ("X said that ...", "X has charged Y with ordering ...", "X denied that ...");
a perception verb ("the team witnessed 17 bodies"); or a statement noun ("reports claiming ...",
"the denial by X that ..."). Its source is the verb's subject, the noun's owner ("by X", "X's"),
or for a participle (a verb with no subject of its own) the subject of the clause it hangs on;
a "he said" is the one person named just before it.

The innermost source naming an entity wins ("the paper reported ..., officials in the Defence
Ministry said" -> the ministry), a proper name before a group named by a common noun ("the
agency said its team had witnessed ..." -> the agency); when no source on the path names one, the innermost source is
kept as text with entity_id None ("according to witnesses"). An anonymous source in a sentence
opening with an issuer's dateline ("ACME Relief - According to reports ...") is the issuer's
claim. No cue: the document asserts it in its own voice, and None is returned.
"""
from __future__ import annotations

from dataclasses import dataclass, replace

from claimgraph.extract.trace import fired
from claimgraph.ontology.lexicon import load_lexicon

# How a source noun may name its entity: "U.S. officials", "a spokesman for the ministry".
NAMING_DEPS = {"compound", "amod", "nmod", "poss", "appos", "npadvmod"}
# Joined to its host by these, a participle shares the host's subject ("issued ... stating").
SHARES_SUBJECT = {"advcl", "xcomp", "conj", "acl", "pcomp"}
DATELINE_MAX_TOKENS = 6  # an issuer's name: "Human Rights Watch", "ACME Relief Agency"
DATELINE_DASHES = {"-", "\u2013", "\u2014", ":", "--"}


@dataclass(frozen=True)
class Attribution:
    entity_id: str | None
    text: str
    start: int
    end: int
    denial: bool = False
    rule: str = ""              # the cue's rule id ("attribution:according_to", "attribution:speech_verbs.say")


def find_attribution(parsed, sent, trigger) -> Attribution | None:
    """The source the sentence attributes the trigger's event to, or None for the document's voice."""
    found = _sources_on_path(parsed, trigger)
    if not found:
        return None
    # A name ("the UN mission") outranks a group named by a common noun ("the delegation").
    named = sorted((a for a in found if a.entity_id), key=lambda a: _is_group(parsed, a.entity_id))
    if named:
        fired(named[0].rule)
        return named[0]
    issuer = _dateline_issuer(parsed, sent)
    first = found[0]
    fired(first.rule)
    if issuer:
        fired("attribution:dateline_issuer")
        return Attribution(issuer, first.text, first.start, first.end, first.denial, first.rule)
    return first


def _is_group(parsed, entity_id: str) -> bool:
    entity = parsed.entity_by_id.get(entity_id)
    return entity is not None and entity.type == "GROUP"


def is_denied(sent, trigger) -> bool:
    """Whether the sentence denies the trigger's event: its own clause negated ("did not attack",
    "no attack took place") or the complement of a denial ("X denied that ...", "the denial that")."""
    lexicon = load_lexicon()
    if _clause_negated(trigger):
        return True
    child, node = trigger, trigger.head
    while node.i != child.i:
        denying = lexicon.attribution_denial_verbs | lexicon.denial_nouns
        if node.lemma_.lower() in denying and child.dep_ not in ("nsubj", "csubj"):
            return True
        child, node = node, node.head
    return False


def _sources_on_path(parsed, trigger) -> list[Attribution]:
    """Every cue from the trigger outwards, innermost first."""
    lexicon = load_lexicon()
    found = []
    denied = _clause_negated(trigger)
    child, node = None, trigger
    while True:
        denied = denied or (child is not None and _clause_negated(node))
        found += [_ruled(_according_to(parsed, c, denied), "attribution:according_to")
                  for c in node.children if c.lower_ == "according"]
        if child is not None and child.dep_ not in ("nsubj", "csubj"):
            lemma = node.lemma_.lower()
            if node.pos_ in ("VERB", "AUX") and lemma in lexicon.speech_verbs | lexicon.perception_verbs:
                kind = "speech_verbs" if lemma in lexicon.speech_verbs else "perception_verbs"
                found.append(_ruled(_verb_source(parsed, node, denied or lemma in lexicon.attribution_denial_verbs),
                                    f"attribution:{kind}.{lemma}"))
            elif node.pos_ in ("NOUN", "PROPN") and lemma in lexicon.statement_nouns and child.dep_ != "compound":
                found.append(_ruled(_noun_source(parsed, node, denied or lemma in lexicon.denial_nouns),
                                    f"attribution:statement_nouns.{lemma}"))
        found += [_ruled(_verb_source(parsed, c, denied), f"attribution:inverted_speech.{c.lemma_.lower()}")
                  for c in node.children if c != child and _is_inverted_speech(c)]
        if node.head.i == node.i:
            break
        child, node = node, node.head
    return [a for a in found if a is not None]


def _ruled(attribution: Attribution | None, rule: str) -> Attribution | None:
    return replace(attribution, rule=rule) if attribution is not None else None


def _is_inverted_speech(verb) -> bool:
    """"The army shelled the town, officials said": the speech verb parsed under what it reports."""
    return (verb.dep_ in ("ccomp", "parataxis") and verb.lemma_.lower() in load_lexicon().speech_verbs
            and any(c.dep_ == "nsubj" for c in verb.children)
            and not any(c.dep_ in ("ccomp", "xcomp") for c in verb.children))


def _according_to(parsed, according, denied: bool) -> Attribution | None:
    obj = next((g for c in according.children if c.lower_ == "to" for g in c.children if g.dep_ == "pobj"), None)
    if obj is None:
        return None
    return _attribution(parsed, according, _phrase_end(obj), _named_entity(parsed, obj), denied)


def _verb_source(parsed, verb, denied: bool) -> Attribution | None:
    """The speaker of a verb: its subject or passive agent, else the host clause's subject."""
    subject = next((c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    if subject is not None and subject.dep_ == "nsubjpass":
        agent = next((g for c in verb.children if c.dep_ == "agent" for g in c.children if g.dep_ == "pobj"), None)
        subject = agent
    if subject is None:
        host = verb.head
        if verb.dep_ not in SHARES_SUBJECT or host == verb:
            return None
        if host.pos_ in ("NOUN", "PROPN"):  # "reports claiming that ...": the reports' source
            return _noun_source(parsed, host, denied) if host.lemma_.lower() in load_lexicon().statement_nouns else None
        return _verb_source(parsed, host, denied)
    return _attribution(parsed, subject, _phrase_end(subject), _named_entity(parsed, subject), denied,
                        verb=verb)


def _noun_source(parsed, noun, denied: bool) -> Attribution | None:
    """The source of a statement noun: "X's report", "the denial by X", "X issued a statement"."""
    for c in noun.children:
        if c.dep_ == "poss":
            return _attribution(parsed, c, _phrase_end(c), _named_entity(parsed, c), denied)
        if c.dep_ == "prep" and c.lower_ in load_lexicon().source_prepositions:
            obj = next((g for g in c.children if g.dep_ == "pobj"), None)
            if obj is not None:
                return _attribution(parsed, obj, _phrase_end(obj), _named_entity(parsed, obj), denied)
    if noun.dep_ in ("dobj", "pobj") and noun.head.pos_ == "VERB":  # "X issued reports ..."
        return _verb_source(parsed, noun.head, denied)
    if noun.dep_ == "pobj" and noun.head.head.lower_ == "according":
        return None  # "according to reports ...": found by the according-to cue itself
    return None


def _named_entity(parsed, noun) -> str | None:
    """The entity a source phrase names: the noun itself, or a modifier naming its organisation
    or country ("U.S. officials", "officials of the ministry"); places the source was in
    ("reports received from inside the country") are not the source."""
    left = min(t.i for t in noun.subtree if t.dep_ in ("compound", "flat") or t == noun)
    found = parsed.entity_in(noun.doc[left].idx, noun.idx + len(noun.text))
    if found:
        return found
    if noun.pos_ == "PRON":   # "he said": the one person just named
        antecedent = parsed.person_antecedent(noun)
        return antecedent.entity_id if antecedent else None
    for c in noun.children:
        if c.dep_ in NAMING_DEPS:  # an adjective names by itself ("Iraqi"), not by its phrase
            span = noun.doc[c.i:c.i + 1] if c.dep_ == "amod" else noun.doc[c.left_edge.i:c.right_edge.i + 1]
            found = parsed.entity_in(span.start_char, span.end_char)
        elif c.dep_ == "prep" and c.lower_ in load_lexicon().issuer_prepositions:
            found = next((_named_entity(parsed, g) for g in c.children if g.dep_ == "pobj"), None)
        if found:
            return found
    return None


def _phrase_end(noun) -> int:
    """The end of a source phrase: the noun's subtree up to any clause or participle it carries."""
    tokens = [t for t in noun.subtree if not (t.i > noun.i and t.dep_ in ("acl", "relcl", "punct", "appos"))]
    cut = min((t.left_edge.i for t in noun.subtree if t.i > noun.i and t.dep_ in ("acl", "relcl", "appos")),
              default=None)
    last = max(t.i for t in tokens if cut is None or t.i < cut)
    return noun.doc[last].idx + len(noun.doc[last].text)


def _attribution(parsed, first, end: int, entity_id, denied: bool, verb=None) -> Attribution:
    start = first.left_edge.idx if first.lower_ != "according" else first.idx
    if verb is not None and 0 <= verb.idx - end <= 3:  # "The ministry said": phrase and verb together
        end = verb.idx + len(verb.text)
    text = parsed.document.text[start:end]
    return Attribution(entity_id, text, start, end, denied)


def _clause_negated(token) -> bool:
    """A clause said not to have happened: "did not attack", "no such raid took place"."""
    words = [token] + [c for c in token.children if c.dep_ in ("nsubj", "nsubjpass", "dobj")]
    negations = load_lexicon().claim_negations
    return any(c.dep_ in ("neg", "det") and c.lower_ in negations for w in words for c in w.children)


def _dateline_issuer(parsed, sent) -> str | None:
    """The organisation opening the sentence's line before a dash: "ACME Relief - ...".

    The parser may cut the issuer and the dash off as sentences of their own, so the line is
    read from its start, and the dateline counts for the sentence that holds or follows the dash.
    """
    doc = sent.doc
    line_start = sent.start
    while line_start > 0 and "\n" not in doc[line_start - 1].text_with_ws:
        line_start -= 1
    for token in doc[line_start + 1:min(len(doc), line_start + DATELINE_MAX_TOKENS + 1)]:
        if "\n" in token.text_with_ws:
            return None
        if token.text in DATELINE_DASHES:
            if sent.start <= token.i + 1 and sent.end > token.i:
                return parsed.entity_in(doc[line_start].idx, token.idx)
            return None
    return None
