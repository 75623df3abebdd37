"""How a sentence presents an event: occurred, planned, threatened, possible or denied.

The cues are general English, read on the trigger and on the words governing it up to its
clause's root (through complements, prepositions and subordinate clauses):

- denied: the trigger is negated ("did not attack", "no such raid", "the attack never took
  place") or sits under a verb of denial ("denied that its forces attacked", "denied attacking");
- threatened: under a verb or noun of threat ("threatened to strike", "vowed to attack");
- possible: a modal of possibility (could, may, might), a condition ("if"), an adjective of
  what is yet to come ("the next attack", "future strikes"), or a verb or noun of fear and
  prediction ("warned of an attack", "fears of an offensive");
- planned: the future (will, shall, "is going to"), or a verb or noun of intention, order or
  request ("ordered the militia to attack", "plans to withdraw", "urged X to release"), or a
  bare infinitive no implicative verb governs ("police to clear the square").

When several cues govern one trigger the strongest wins: denied, threatened, possible, planned.
A subordinate clause opened by "whereas", "although", "because", "after" … asserts its own
facts, so no cue reaches it from the clause above.
"""
from __future__ import annotations

from claimgraph.extract.arguments import predicative_infinitive
from claimgraph.extract.trace import fired
from claimgraph.ontology.lexicon import load_lexicon

# Arcs through which a governing word's cue reaches the trigger.
GOVERNED_BY = frozenset({"xcomp", "ccomp", "advcl", "pobj", "prep", "pcomp", "dobj", "acl",
                         "conj", "nsubj", "nsubjpass", "attr", "oprd", "relcl", "appos"})
STRENGTH = {"denied": 4, "threatened": 3, "possible": 2, "planned": 1, "occurred": 0}


def _own_cue(token) -> str | None:
    """The cue a word carries itself: its negation, modal, condition or tense."""
    lexicon = load_lexicon()
    for child in token.children:
        lemma = child.lower_
        if child.dep_ == "neg" or (child.dep_ == "det" and lemma == "no"):
            return "denied"
        if child.dep_ in ("aux", "auxpass"):
            if lemma in lexicon.possibility_auxiliaries:
                return "possible"
            if lemma in lexicon.future_auxiliaries:
                return "planned"
        if child.dep_ == "mark" and lemma in load_lexicon().condition_marks:
            return "possible"
        if child.dep_ == "amod" and lemma in lexicon.not_yet_words:
            return "possible"   # "the next attack", "any future strikes"
    if token.lower_ == "going" and any(c.dep_ == "xcomp" for c in token.children):
        return "planned"
    return None


def _lexical_cue(token) -> tuple[str, str] | None:
    """The modality a governing word gives by its lemma, and the rule id: the lexicon family
    listing it and the word ("modality:threat_words.vow")."""
    lexicon = load_lexicon()
    lemma = token.lemma_.lower()
    for family, cue in (("modality_denial_verbs", "denied"), ("threat_words", "threatened"),
                        ("possibility_words", "possible"), ("planning_words", "planned")):
        if lemma in getattr(lexicon, family):
            return cue, f"modality:{family}.{lemma}"
    return None


def _asserted_on_its_own(clause) -> bool:
    """A clause opened by "whereas", "although", "because", "after" … states its own facts:
    "it could be worse, whereas earlier attacks used rockets" does not make those attacks possible."""
    return any(c.dep_ == "mark" and c.lower_ in load_lexicon().factive_marks for c in clause.children)


def modality_of(trigger) -> str:
    """The modality the sentence gives the event whose trigger this is (see the module docstring).
    The cue that decides is recorded as a rule ("modality:cue.denied", "modality:threat_words.vow")."""
    lexicon = load_lexicon()
    cues = [_own_cue(trigger)]
    rules = ["modality:cue.{cue}"]      # each cue's rule id, "{cue}" filled with the modality it gives
    if trigger.dep_ in ("nsubj", "nsubjpass") and trigger.head.lemma_.lower() in lexicon.happening_verbs:
        cues.append("denied" if _own_cue(trigger.head) == "denied" else None)
        rules.append(f"modality:happening_negated.{trigger.head.lemma_.lower()}")
    node, steps = trigger, 0
    while node.dep_ in GOVERNED_BY and node.head.i != node.i and steps < 5:
        child, via, node, steps = node, node.dep_, node.head, steps + 1
        if via in ("nsubj", "nsubjpass", "conj", "appos"):
            continue   # a subject or conjunct does not inherit its verb's cues
        if (via == "advcl" and _asserted_on_its_own(child)) or (via == "relcl" and _told_as_past(child)):
            break
        if via == "dobj" and node.tag_ == "VBG" and node.lemma_.lower() in lexicon.pursuit_verbs:
            cues.append("planned")    # "has been negotiating a peace deal": not reached yet
            rules.append(f"modality:pursuit_verbs.{node.lemma_.lower()}")
        if via == "prep" and child.lower_ in lexicon.setting_prepositions:
            continue   # "during the talks, X told Y to leave": the talks are when, not what is told
        if via == "ccomp" and node.lemma_.lower() in lexicon.telling_verbs:
            continue   # "told AFP that militants attacked": told of, not told to
        if node.pos_ in ("VERB", "NOUN", "ADJ", "AUX"):
            lexical = _lexical_cue(node)
            own = _own_cue(node)
            cues += [lexical[0] if lexical else None, own if own != "denied" or lexical else None]
            rules += [lexical[1] if lexical else None, "modality:governor_cue.{cue}"]
    found = [(c, rule) for c, rule in zip(cues, rules) if c]
    if not found and _bare_infinitive(trigger):
        fired("modality:bare_infinitive.planned")
        return "planned"
    if not found:
        return "occurred"
    cue, rule = max(found, key=lambda pair: STRENGTH[pair[0]])
    fired(rule.replace("{cue}", cue))
    return cue


def _told_as_past(clause) -> bool:
    """A relative clause in the past or the perfect states a fact about its noun ("pressure on
    the junta, which has faced criticism"): the modal of the clause above does not reach it."""
    return clause.tag_ == "VBD" or any(c.dep_ == "aux" and c.lower_ in load_lexicon().past_perfect_auxiliaries
                                       for c in clause.children)


def _bare_infinitive(trigger) -> bool:
    """A "to attack" that no implicative verb governs says what is wanted, not what was done;
    headlines ("Ministry orders police to clear the square") often parse with no verb above it.
    A purpose clause is reported as done ("flew to the capital to meet the president"), unless
    the verb's object is a word of intention the infinitive really belongs to ("uncovered a plot
    to bomb X", where the parser hangs "to bomb" on the verb)."""
    lexicon = load_lexicon()
    if trigger.pos_ != "VERB" or not any(c.dep_ == "aux" and c.lower_ == "to" for c in trigger.children):
        return False
    if predicative_infinitive(trigger):
        return False   # "X is to blame" says what X is
    if trigger.dep_ == "advcl":
        return any(c.dep_ == "dobj" and c.lemma_.lower() in lexicon.planning_words for c in trigger.head.children)
    return not (trigger.dep_ == "xcomp" and trigger.head.lemma_.lower() in lexicon.implicative_verbs)
