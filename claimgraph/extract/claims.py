"""Who asserts an event: the source a sentence attributes it to, and whether that source denies it.

From the event's trigger the dependency tree is walked outwards. Each step may meet a cue:
"according to X" attached to the clause; a speech, accusation or denial verb whose complement
holds the trigger ("X said that ...", "X has charged Y with ordering ...", "X denied that ...");
a perception verb ("the team witnessed 17 bodies"); or a statement noun ("reports claiming ...",
"the denial by X that ..."). Its source is the verb's subject, the noun's owner ("by X", "X's"),
or for a participle (a verb with no subject of its own) the subject of the clause it hangs on;
a "he said" is the one person named just before it.

A claim of responsibility hung on "with" ("..., police said, with the rebels claiming
responsibility") cites the claimant; a participle of quoting ("Reuters reported, citing police")
cites whom the outlet quotes. A speaker's pronoun is whoever last spoke, or the one named, before
it outside quotation marks ("X said ... . It said ..."); "the committee said" stands for the name
before it holding its word; a speaker said to be no one ("no group has claimed it") or a
statement said not to have been made ("did not say whether") cites no source and denies nothing.

The innermost source naming an entity wins ("the paper reported ..., officials in the Defence
Ministry said" -> the ministry), unless an outer one denies what it claims ("X said a report by
Y that ... was untrue" -> X, Y's claim recorded beside it: disputed_claimants), a proper name
before a group named by a common noun ("the agency said its team had witnessed ..." -> the
agency); when no source on the path names one, the innermost source is
kept as text with entity_id None ("according to witnesses"). An anonymous source in a sentence
opening with an issuer's dateline ("ACME Relief - According to reports ...") is the issuer's
claim. No cue: the document asserts it in its own voice, and None is returned, unless the copy
credits an agency in its dateline ("MEXICO CITY (AP) — ..."), whose copy it is.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, replace

from claimgraph.extract.trace import fired
from claimgraph.ontology import load_plover
from claimgraph.ontology.lexicon import load_lexicon

# How a source noun may name its entity: "U.S. officials", "a spokesman for the ministry".
NAMING_DEPS = {"compound", "amod", "nmod", "poss", "appos", "npadvmod"}
# Joined to its host by these, a participle shares the host's subject ("issued ... stating").
SHARES_SUBJECT = {"advcl", "xcomp", "conj", "acl", "pcomp"}
# Entity types of places: where a source is, not who it is ("a resident of X").
PLACE_TYPES = {"GPE", "LOC", "FAC"}
# A dateline's agency credit, "(AP) —", within the first characters of a text.
AGENCY_CREDIT = re.compile(r"\(([^()\n]{1,40})\)\s*[-\u2013\u2014]")
DATELINE_SPAN = 300
DATELINE_MAX_TOKENS = 6  # an issuer's name: "Human Rights Watch", "ACME Relief Agency"
DATELINE_DASHES = {"-", "\u2013", "\u2014", ":", "--"}
# How many sentences back a speaker's "he" or "it" may find whom it stands for: a quotation of
# three sentences closed by "he said" (a wire story's habit) and the sentence naming him.
SPEAKER_WINDOW = 5
PERSON_TYPES = frozenset({"PERSON"})
ORG_TYPES = frozenset({"ORG"})
BODY_TYPES = frozenset({"ORG", "GROUP", "GPE", "NORP"})


@dataclass(frozen=True)
class Attribution:
    entity_id: str | None
    text: str
    start: int
    end: int
    denial: bool = False
    relay: bool = False
    rule: str = ""              # the cue's rule id ("attribution:according_to", "attribution:speech_verbs.say")


@dataclass(frozen=True)
class Cue:
    """A source phrase met on the path from a trigger: its head noun, the token its text starts
    at ("according", or the phrase's left edge), whether the source denies the event, and the
    verb said of it ("the ministry said")."""
    head: object
    first: object
    denied: bool
    verb: object = None
    relay: bool = False   # an outlet passing the statement on ("told AFP", "Reuters quoted X as saying")
    rule: str = ""


def find_attribution(parsed, sent, trigger) -> Attribution | None:
    """The source the sentence attributes the trigger's event to, or None for the document's voice."""
    found = find_attributions(parsed, sent, trigger)
    return found[0] if found else None


def find_attributions(parsed, sent, trigger) -> tuple[Attribution, ...]:
    """Every source the sentence cites for the trigger's event, the main one first: the innermost
    naming an entity, a proper name before a group named by a common noun; when none names one,
    the dateline's issuer, else the innermost phrase as written; an outlet passing the statement
    on comes after the one who made it. Empty: the document's own voice."""
    found = [_resolve(parsed, cue) for cue in _cues(sent, trigger)]
    if not found:
        credit = _credited_agency(parsed)
        if credit is None:
            return ()
        fired(credit.rule)
        return (credit,)
    # The one who speaks outranks the outlet passing it on; one denying what another claims
    # ("X said a report by Y that ... was untrue") is whom the sentence reports; a name ("the UN
    # mission") outranks a group named by a common noun ("the delegation").
    named = sorted((a for a in found if a.entity_id),
                   key=lambda a: (a.relay, not a.denial, _is_group(parsed, a.entity_id)))
    if named:
        fired(named[0].rule)
        return tuple(named + [a for a in found if not a.entity_id])
    issuer = _dateline_issuer(parsed, sent)
    first = found[0]
    fired(first.rule)
    if issuer:
        fired("attribution:dateline_issuer")
        return (replace(first, entity_id=issuer),) + tuple(found[1:])
    return tuple(found)


def disputed_claimants(sources: tuple[Attribution, ...]) -> tuple[Attribution, ...]:
    """The named sources claiming what the main source denies ("the ministry said a report by
    X that troops killed 40 was untrue": X), each a claim of its own the sentence records.
    No one passing a statement on, and none when the main source does not deny."""
    if not sources or not sources[0].denial:
        return ()
    claimants = {a.entity_id: a for a in reversed(sources[1:]) if a.entity_id and not a.denial and not a.relay}
    claimants.pop(sources[0].entity_id, None)
    return tuple(reversed(claimants.values()))


def source_heads(trigger) -> list:
    """The head nouns of the source phrases a trigger's sentence cites for it ("officials" of
    "local officials said", "the spokesman" closing a quotation): the entity stage makes
    unnamed ones groups, so they can be cited."""
    return [cue.head for cue in _cues(trigger.sent, trigger)]


def _cues(sent, trigger) -> list[Cue]:
    """The cues on the trigger's path, else the speaker closing the quotation it is in."""
    return source_cues(trigger) or _quotation_speaker(sent)


def _credited_agency(parsed) -> Attribution | None:
    """The agency a reprint credits in its dateline ("MEXICO CITY (AP) — ..."): the source of
    what the copy says in its own voice."""
    match = AGENCY_CREDIT.search(parsed.document.text[:DATELINE_SPAN])
    if match is None:
        return None
    mention = parsed.mention_in(match.start(1), match.end(1))
    if mention is None or mention.label != "ORG" or mention.start < match.start(1) or mention.end > match.end(1):
        return None
    return Attribution(mention.entity_id, match.group(0).rstrip(" -\u2013\u2014"), match.start(), match.end(),
                       rule="attribution:agency_credit")


def _quotation_speaker(sent) -> list[Cue]:
    """The speaker of a quotation running on past this sentence: '"We attacked the base. We
    killed 20," the spokesman told AFP.' The quotation is open at the sentence's end (its marks
    counted from the paragraph's start), and the speech verb follows its closing mark, in the
    same paragraph."""
    doc = sent.doc
    text = doc.text
    if not _in_quotation(text, sent.start_char + len(sent.text.rstrip())):
        return []
    closing = _quote_close(text, sent.end_char)
    if closing is None:
        return []
    line_end = text.find("\n", closing)
    after = doc.char_span(closing, len(text) if line_end < 0 else line_end, alignment_mode="expand")
    if after is None:
        return []
    verb = next((t for t in after if t.pos_ in ("VERB", "AUX") and t.lemma_.lower() in load_lexicon().speech_verbs), None)
    if verb is None:
        return []
    cue = _ruled(_verb_cue(verb, False), "attribution:quotation_speaker")
    return ([cue] if cue is not None else []) + _relays(verb, False)


def _in_quotation(text: str, char: int) -> bool:
    """Whether a quotation opened in the character's paragraph is still open at it."""
    before = text[text.rfind("\n", 0, char) + 1:char]
    return before.count("\u201c") > before.count("\u201d") or before.count('"') % 2 == 1


def _quote_close(text: str, start: int) -> int | None:
    """The character after the mark closing the quotation open at `start`, within its paragraph."""
    end = text.find("\n", start)
    end = len(text) if end < 0 else end
    marks = [i for i in (text.find("\u201d", start, end), text.find('"', start, end)) if i >= 0]
    return min(marks) + 1 if marks else None


def _is_group(parsed, entity_id: str) -> bool:
    entity = parsed.entity_by_id.get(entity_id)
    return entity is not None and entity.type == "GROUP"


def is_denied(sent, trigger) -> bool:
    """Whether the sentence denies the trigger's event: its own clause negated ("did not attack",
    "no attack took place"), the complement of a denial ("X denied that ...", "the denial that"),
    or the subject of a falsity ("reports of the raid were false")."""
    if _clause_negated(trigger):
        return True
    child, node = trigger, trigger.head
    while node.i != child.i:
        if (node.lemma_.lower() in load_lexicon().attribution_denial_verbs | load_lexicon().denial_nouns) and child.dep_ not in ("nsubj", "csubj"):
            return True
        if _called_false(node, child):
            return True
        child, node = node, node.head
    return False


def source_cues(trigger) -> list[Cue]:
    """Every cue from the trigger outwards, innermost first, a coordinated speaker ("officials
    and a doctor said") as one cue per conjunct; each with the rule id that found it."""
    lexicon = load_lexicon()
    found = []
    denied = _clause_negated(trigger)
    # "the attack claimed by X", "killed in an attack claimed by X"
    found += [_ruled(_verb_cue(c, denied), f"attribution:claiming_participle.{c.lemma_.lower()}")
              for noun in [trigger] + pobjs_of(trigger) for c in noun.children if _is_claiming_participle(c)]
    child, node = None, trigger
    while True:
        # "did not say whether the attack ...", "no group has claimed the attack": a statement
        # not made denies nothing
        said = node.pos_ in ("VERB", "AUX") and node.lemma_.lower() in lexicon.speech_verbs
        denied = denied or (child is not None and ((_clause_negated(node) and not said) or _called_false(node, child)))
        found += [_ruled(_according_to(c, denied), "attribution:according_to")
                  for c in node.children if c.lower_ == "according"]
        found += [cue for c in node.children if c.dep_ == "prep" and c.lower_ == "with"
                  for cue in _absolute_claims(c, denied)]
        if child is not None and child.dep_ not in ("nsubj", "csubj"):
            lemma = node.lemma_.lower()
            if node.pos_ in ("VERB", "AUX") and lemma in (lexicon.speech_verbs | lexicon.perception_verbs
                                                          | lexicon.learning_verbs):
                kind = next(k for k in ("speech_verbs", "perception_verbs", "learning_verbs")
                            if lemma in getattr(lexicon, k))
                found += _learned_from(node, denied)
                cue = _ruled(_verb_cue(node, denied or lemma in lexicon.attribution_denial_verbs),
                             f"attribution:{kind}.{lemma}")
                quoting = lemma in lexicon.quoting_verbs and child.dep_ == "prep" and child.lower_ == "as"
                cited = _cited(node, denied)
                found += cited
                relayed = quoting or lemma in lexicon.learning_verbs or bool(cited)
                found.append(replace(cue, relay=True) if cue is not None and relayed else cue)
                found += _relays(node, denied)
            elif node.pos_ in ("NOUN", "PROPN") and lemma in lexicon.statement_nouns and child.dep_ != "compound":
                found.append(_ruled(_noun_cue(node, denied or lemma in lexicon.denial_nouns),
                                    f"attribution:statement_nouns.{lemma}"))
        for speech in (c for c in node.children if c != child and _is_inverted_speech(c)):
            # "..., officials said, with the group claiming it": the claimant before the speaker
            found += [cue for c in speech.children if c.dep_ == "prep" and c.lower_ == "with"
                      for cue in _absolute_claims(c, denied)]
            found.append(_ruled(_verb_cue(speech, denied), f"attribution:inverted_speech.{speech.lemma_.lower()}"))
        if node.head.i == node.i or _speaks_for_itself(node):
            break
        child, node = node, node.head
    return [conjunct for cue in found if cue is not None and not _unsaid(cue) for conjunct in _conjuncts(cue)]


def _unsaid(cue: Cue) -> bool:
    """ "no group has claimed it", "nobody", "X did not say whether ...": a speaker said not to
    exist, or a statement said not to have been made, is no source."""
    lexicon = load_lexicon()
    return (cue.head.lower_ in lexicon.no_one_words
            or any(c.dep_ == "det" and c.lower_ in lexicon.claim_negations for c in cue.head.children)
            or (cue.verb is not None and any(c.dep_ == "neg" for c in cue.verb.children)))


def _ruled(cue: Cue | None, rule: str) -> Cue | None:
    return replace(cue, rule=rule) if cue is not None else None


def _conjuncts(cue: Cue) -> list[Cue]:
    """ "local officials and a hospital director said": each speaker a cue of its own."""
    heads = [cue.head] + [c for c in cue.head.subtree if c.dep_ == "conj" and c.head.i == cue.head.i
                          and c.pos_ in ("NOUN", "PROPN")]
    return [cue] + [Cue(h, h.left_edge, cue.denied, relay=cue.relay, rule=cue.rule) for h in heads[1:]]


def _speaks_for_itself(clause) -> bool:
    """ "..., as the envoy alleged": a clause of conformity stating what its own speaker said;
    the clause it hangs on ("X denied that ...") does not report it."""
    lexicon = load_lexicon()
    return (clause.dep_ == "advcl" and clause.lemma_.lower() in lexicon.speech_verbs
            and any(c.dep_ == "nsubj" for c in clause.children)
            and any(c.dep_ == "mark" and c.lower_ in lexicon.conformative_marks for c in clause.children))


def _is_inverted_speech(verb) -> bool:
    """"The army shelled the town, officials said": the speech verb parsed under what it reports,
    with nothing said of its own but a statement ("X issued a statement"; a verb with another
    object reports that: "demands X probe reported massacre")."""
    return (verb.dep_ in ("ccomp", "parataxis") and verb.lemma_.lower() in load_lexicon().speech_verbs
            and any(c.dep_ == "nsubj" for c in verb.children)
            and not any(c.dep_ in ("ccomp", "xcomp") or (c.dep_ == "dobj" and c.lemma_.lower()
                        not in load_lexicon().statement_nouns) for c in verb.children))


def _is_claiming_participle(verb) -> bool:
    """ "the attack claimed by X", "a raid reported by X": a participle on the event noun whose
    agent asserts it."""
    return (verb.dep_ == "acl" and verb.tag_ == "VBN" and verb.lemma_.lower() in load_lexicon().speech_verbs
            and any(c.dep_ == "agent" for c in verb.children))


def pobjs_of(token) -> list:
    """The objects of a word's prepositions ("killed in the attack": the attack)."""
    return [g for c in token.children if c.dep_ == "prep" for g in c.children if g.dep_ == "pobj"]


def _absolute_claims(with_prep, denied: bool) -> list[Cue]:
    """ "..., with X claiming responsibility": a speech participle on "with" whose speaker is its
    own subject, else the object of "with" (the parser hangs the participle on either)."""
    speech = load_lexicon().speech_verbs
    objects = [g for g in with_prep.children if g.dep_ == "pobj" and g.pos_ in ("NOUN", "PROPN")]
    participles = [g for g in with_prep.children if g.dep_ == "pcomp"]
    participles += [c for g in objects for c in g.children if c.dep_ == "acl" and c.tag_ == "VBG"]
    found = []
    for verb in (v for v in participles if v.lemma_.lower() in speech):
        rule = f"attribution:absolute_claim.{verb.lemma_.lower()}"
        if any(c.dep_ == "nsubj" for c in verb.children):
            found.append(_ruled(_verb_cue(verb, denied), rule))
        elif objects:
            found.append(Cue(objects[0], objects[0].left_edge, denied, verb, rule=rule))
    return [cue for cue in found if cue is not None]


def _learned_from(verb, denied: bool) -> list[Cue]:
    """ "X learned from local sources that ...": the sources speak."""
    if verb.lemma_.lower() not in load_lexicon().learning_verbs:
        return []
    return [Cue(g, g.left_edge, denied, rule=f"attribution:learned_from.{verb.lemma_.lower()}")
            for c in verb.children if c.dep_ == "prep" and c.lower_ == "from"
            for g in c.children if g.dep_ == "pobj"]


def _cited(verb, denied: bool) -> list[Cue]:
    """ "Reuters reported, citing police": the source a participle of quoting names, whom the
    reporting outlet passes on; only a name or a word for who speaks ("citing security concerns"
    names a reason)."""
    lexicon = load_lexicon()
    speakers = lexicon.source_nouns | lexicon.speaking_member_nouns | load_plover().actor_nouns
    return [Cue(o, o.left_edge, denied, rule=f"attribution:citing.{c.lemma_.lower()}")
            for c in verb.children if c.dep_ in SHARES_SUBJECT and c.tag_ == "VBG" and c.lemma_.lower() in lexicon.quoting_verbs
            for o in c.children if o.dep_ == "dobj" and (o.pos_ == "PROPN" or o.lemma_.lower() in speakers)]


def _relays(verb, denied: bool) -> list[Cue]:
    """Who passed a statement on: the outlet a speaker told ("X told AFP"), recorded after the
    speaker; and the speaker a verb of quoting names ("Reuters quoted officials as saying")
    is found at "saying" itself."""
    if verb.lemma_.lower() not in load_lexicon().relay_verbs:
        return []
    # "X told AFP", "AFP was told by X"
    return [Cue(c, c.left_edge, denied, relay=True, rule=f"attribution:relay_verbs.{verb.lemma_.lower()}")
            for c in verb.children if c.dep_ in ("dobj", "dative", "nsubjpass") and c.pos_ == "PROPN"]


def _according_to(according, denied: bool) -> Cue | None:
    obj = next((g for c in according.children if c.lower_ == "to" for g in c.children if g.dep_ == "pobj"), None)
    return Cue(obj, according, denied) if obj is not None else None


def _verb_cue(verb, denied: bool) -> Cue | None:
    """The speaker of a verb: its subject or passive agent, the quoted one of "quoted X as
    saying", else the host clause's subject."""
    subject = next((c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    if subject is None or subject.dep_ == "nsubjpass":
        subject = next((g for c in verb.children if c.dep_ == "agent" for g in c.children if g.dep_ == "pobj"), None)
    if subject is None:
        subject = _trailing_speaker(verb)
    if subject is None:
        host = verb.head
        if verb.dep_ == "pcomp" and host.lower_ == "as" and host.head.lemma_.lower() in load_lexicon().quoting_verbs:
            quoted = next((c for c in host.head.children if c.dep_ == "dobj"), None)
            return Cue(quoted, quoted.left_edge, denied) if quoted is not None else None
        if verb.dep_ not in SHARES_SUBJECT or host == verb:
            return None
        if host.pos_ in ("NOUN", "PROPN"):  # "reports claiming that ...": the reports' source
            return _noun_cue(host, denied) if host.lemma_.lower() in load_lexicon().statement_nouns else None
        return _verb_cue(host, denied)
    return Cue(subject, subject.left_edge, denied, verb)


def _trailing_speaker(verb):
    """ "..., killing 20 students, local officials and a hospital director said.": the phrase
    between the last comma and a closing speech verb the parser left without a subject (it
    hangs the phrase on the reported clause); its head, with its conjuncts."""
    if verb.i == 0 or verb.nbor(-1).is_punct:
        return None
    start = verb.i - 1
    while start > verb.sent.start and not verb.doc[start - 1].is_punct:
        start -= 1
    phrase = range(start, verb.i)
    heads = [verb.doc[i] for i in phrase if verb.doc[i].head.i not in phrase
             and verb.doc[i].pos_ in ("NOUN", "PROPN", "PRON")]
    return heads[0] if start > verb.sent.start and len(heads) == 1 else None


def _noun_cue(noun, denied: bool) -> Cue | None:
    """The source of a statement noun: "X's report", "the denial by X", "X issued a statement"."""
    for c in noun.children:
        if c.dep_ == "poss":
            return Cue(c, c.left_edge, denied)
        if c.dep_ == "prep" and c.lower_ in load_lexicon().source_prepositions:
            obj = next((g for g in c.children if g.dep_ == "pobj"), None)
            if obj is not None:
                return Cue(obj, obj.left_edge, denied)
    if noun.dep_ in ("dobj", "pobj") and noun.head.pos_ == "VERB":  # "X issued reports ..."
        return _verb_cue(noun.head, denied)
    return None   # "according to reports ...": found by the according-to cue itself


def _resolve(parsed, cue: Cue) -> Attribution:
    entity_id = _named_entity(parsed, cue.head)
    if cue.verb is not None and (entity_id is None or _is_group(parsed, entity_id)) and _definite_common_noun(cue.head):
        entity_id = _body_named_before(parsed, cue.head) or entity_id   # "the committee said"
    found = _attribution(parsed, cue.first, _phrase_end(cue.head), entity_id, cue.denied, cue.verb)
    return replace(found, relay=cue.relay, rule=cue.rule)


def _named_entity(parsed, noun) -> str | None:
    """The entity a source phrase names: the noun itself, or a modifier naming its organisation
    or country ("U.S. officials", "officials of the ministry"); places the source was in
    ("reports received from inside the country") are not the source."""
    left = noun.i   # the compound words written right before the noun: "Ansar Dine rebels", not "IS-allied"
    while left > 0 and noun.doc[left - 1].dep_ in ("compound", "flat") and left <= noun.doc[left - 1].head.i <= noun.i:
        left -= 1
    found = parsed.entity_in(noun.doc[left].idx, noun.idx + len(noun.text))
    if found and _is_place(parsed, found):
        # "the Kandahar police chief, X, said": the place is where the source serves; its
        # apposition names who speaks
        named = [parsed.entity_in(c.left_edge.idx, c.right_edge.idx + len(c.right_edge.text))
                 for c in noun.children if c.dep_ == "appos"]
        found = next((e for e in named if e and not _is_place(parsed, e)), found)
    if found:
        return found
    if noun.pos_ == "PRON":   # "he said", "it said": the one who spoke, or was named, last
        return _speaker_antecedent(parsed, noun)
    for c in noun.children:
        if c.dep_ in NAMING_DEPS:  # an adjective names by itself ("Iraqi"), not by its phrase
            span = noun.doc[c.i:c.i + 1] if c.dep_ == "amod" else noun.doc[c.left_edge.i:c.right_edge.i + 1]
            found = parsed.entity_in(span.start_char, span.end_char)
        elif c.dep_ == "prep" and c.lower_ in load_lexicon().issuer_prepositions:
            found = next((_named_entity(parsed, g) for g in c.children if g.dep_ == "pobj"), None)
        if found and not _where_they_live(parsed, noun, found):
            return found
    return None


def _speaker_antecedent(parsed, pronoun) -> str | None:
    """Whom a speaker's "he", "she" or "it" stands for. Sentence by sentence back from it (up to
    SPEAKER_WINDOW, words inside quotation marks being the speaker's, not the narrator's): the
    subject of the last speech verb, if of the pronoun's kind ("The envoy Ana Ruiz said X. Y, she said"),
    passing over one that is the same pronoun; else the one of that kind the sentence names,
    when it names exactly one. Two named before any speaker leave it unresolved."""
    lexicon = load_lexicon()
    word = pronoun.lower_
    kinds = PERSON_TYPES if word in lexicon.person_pronouns else BODY_TYPES if word in lexicon.body_pronouns else None
    if kinds is None:
        return None
    text = parsed.document.text
    of_kind = lambda entity_id: entity_id is not None and getattr(parsed.entity_by_id.get(entity_id), "type", None) in kinds
    sent = pronoun.sent
    for _ in range(SPEAKER_WINDOW):
        words = [t for t in sent if t.i < pronoun.i and not _in_quotation(text, t.idx)]
        for verb in reversed([t for t in words if t.pos_ == "VERB" and t.lemma_.lower() in lexicon.speech_verbs]):
            subject = next((c for c in verb.children if c.dep_ == "nsubj"), None)
            if subject is not None and subject.pos_ != "PRON" and of_kind(found := _named_entity(parsed, subject)):
                return found
        named = {m.entity_id for t in words if (m := parsed.mention_in(t.idx, t.idx + len(t.text))) is not None
                 and of_kind(m.entity_id) and m.start <= t.idx}
        if named:
            return next(iter(named)) if len(named) == 1 else None
        if sent.start == 0:
            return None
        sent = pronoun.doc[sent.start - 1].sent
    return None


def _definite_common_noun(noun) -> bool:
    """ "the committee", "the aid group": a common noun, its modifiers common words too, that
    may stand for a name written before it."""
    return (noun.pos_ == "NOUN" and noun.is_lower
            and not any(c.dep_ in NAMING_DEPS and not (c.is_lower and c.dep_ in ("compound", "amod")) for c in noun.children)
            and any(c.dep_ == "det" and c.lower_ in load_lexicon().anaphoric_determiners for c in noun.children))


def _body_named_before(parsed, noun) -> str | None:
    """The organisation "the committee" stands for: the nearest name before it holding its word
    ("the Doctors Committee ... the committee added"). A statement ("the report") is no body.
    The organisation named last is not enough: "the group" often names another than the last."""
    if noun.lemma_.lower() in load_lexicon().statement_nouns:
        return None
    mention = parsed.named_antecedent(noun.lemma_, noun.idx, ORG_TYPES)
    return mention.entity_id if mention else None


def _is_place(parsed, entity_id: str) -> bool:
    entity = parsed.entity_by_id.get(entity_id)
    return entity is not None and entity.type in PLACE_TYPES


def _where_they_live(parsed, noun, entity_id: str) -> bool:
    """ "a resident of X", "Riverside witnesses": the place a person lives in is not who speaks."""
    entity = parsed.entity_by_id.get(entity_id)
    return noun.lemma_.lower() in load_lexicon().dweller_nouns and entity is not None and entity.type in PLACE_TYPES


def _phrase_end(noun) -> int:
    """The end of a source phrase: the noun's subtree up to any clause or participle it carries."""
    tokens = [t for t in noun.subtree if not (t.i > noun.i and t.dep_ in ("acl", "relcl", "punct", "appos"))]
    cut = min((t.left_edge.i for t in noun.subtree if t.i > noun.i and t.dep_ in ("acl", "relcl", "appos")),
              default=None)
    last = max(t.i for t in tokens if cut is None or t.i < cut)
    return noun.doc[last].idx + len(noun.doc[last].text)


def _attribution(parsed, first, end: int, entity_id, denied: bool, verb=None) -> Attribution:
    start = first.idx
    if verb is not None and 0 <= verb.idx - end <= 3:  # "The ministry said": phrase and verb together
        end = verb.idx + len(verb.text)
    text = parsed.document.text[start:end]
    return Attribution(entity_id, text, start, end, denied)


def _called_false(node, child) -> bool:
    """ "The report was false", "the claims are categorically untrue", "the statement is
    unacceptable": a copula whose subject holds the event and whose complement calls it false
    or not to be accepted."""
    lexicon = load_lexicon()
    return (child.dep_ in ("nsubj", "nsubjpass") and node.lemma_ == "be" and child.lemma_.lower() in lexicon.account_nouns
            and any(c.dep_ in ("acomp", "attr") and c.lemma_.lower() in lexicon.falsity_words | lexicon.dismissive_words
                    for c in node.children))


def _clause_negated(token) -> bool:
    """A clause said not to have happened: "did not attack", "no such raid took place"."""
    words = [token] + [c for c in token.children if c.dep_ in ("nsubj", "nsubjpass", "dobj")]
    return any(c.dep_ in ("neg", "det") and c.lower_ in load_lexicon().claim_negations for w in words for c in w.children)


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
