"""The lexicon (claimgraph/ontology/lexicon/*.yaml): one loader, every family read by the code and
named in the table below, and the family syntax of claimgraph/ontology/lexicon.py."""
from __future__ import annotations

import re
from pathlib import Path

import pytest
import yaml

from claimgraph.ontology import lexicon as lexicon_module
from claimgraph.ontology.lexicon import load_lexicon

PACKAGE = Path(lexicon_module.__file__).resolve().parents[1]

# Every family by rule id, with one of its words (a key, for a mapping): a family added to the
# lexicon must be added here, and a word moved out of its family fails here.
FAMILIES = [
    ("entity_types.org_heads", "Force"),
    ("entity_types.lowercase_org_heads", "force"),
    ("entity_types.fac_heads_after", "Airport"),
    ("entity_types.fac_heads_before", "Camp"),
    ("entity_types.road_point_heads", "Junction"),
    ("names.name_word_variants", "railway"),
    ("entity_types.gpe_heads", "Province"),
    ("entity_types.place_sides", "north"),
    ("entity_types.person_titles", "President"),
    ("entity_types.portfolio_words", "affairs"),
    ("entity_types.incident_nouns", "massacre"),
    ("places.landform_tails", "strip"),
    ("entity_types.courtesy_titles", "Mr"),
    ("entity_types.diplomatic_heads", "Embassy"),
    ("entity_types.name_styles", "Lord"),
    ("entity_types.peerage_styles", "Lord"),
    ("entity_types.person_roles", "president"),
    ("entity_types.org_kinds", "militia"),
    ("entity_types.headed_group_nouns", "leader"),
    ("entity_types.org_kind_nouns_after", "militants"),
    ("entity_types.generic_credits", "wire"),
    ("entity_types.led_participles", "led"),
    ("entity_types.led_description_nouns", "coalition"),
    ("entity_types.state_institutions", "government"),
    ("entity_types.state_organs", "ministry"),
    ("entity_types.place_kinds", "city"),
    ("entity_types.place_part_nouns", "streets"),
    ("entity_types.place_kinds_after", "village"),
    ("entity_types.locative_prepositions", "in"),
    ("entity_types.acronym_function_words", "of"),
    ("entity_types.surname_particles", "al"),
    ("entity_types.country_acronyms", "US"),
    ("grammar.english_function_words", "English"),
    ("grammar.gerund_prepositions", "for"),
    ("grammar.relative_pronouns", "that"),
    ("grammar.subject_pronouns", "he"),
    ("grammar.target_prepositions", "against"),
    ("grammar.partner_prepositions", "with"),
    ("grammar.recipient_prepositions", "for"),
    ("grammar.person_pronouns", "he"),
    ("grammar.definite_determiners", "that"),
    ("grammar.possessive_marks", "'"),
    ("grammar.future_auxiliaries", "will"),
    ("grammar.possibility_auxiliaries", "ca"),
    ("grammar.negations", "never"),
    ("grammar.claim_negations", "not"),
    ("grammar.title_small_words", "a"),
    ("grammar.lemma_fixes", "corpses"),
    ("speech.speech_verbs", "accuse"),
    ("speech.denial_verbs", "contradict"),
    ("speech.attribution_denial_verbs", "deny"),
    ("speech.modality_denial_verbs", "contradict"),
    ("speech.perception_verbs", "count"),
    ("speech.statement_nouns", "account"),
    ("speech.denial_nouns", "denial"),
    ("speech.issuer_prepositions", "at"),
    ("speech.closing_speech_words", "added"),
    ("verbs.object_control_verbs", "allow"),
    ("verbs.preventing_verbs", "avert"),
    ("verbs.receiving_verbs", "accept"),
    ("modality.threat_words", "menace"),
    ("modality.possibility_words", "anticipate"),
    ("modality.planning_words", "agree"),
    ("modality.not_yet_words", "anticipated"),
    ("modality.factive_marks", "after"),
    ("modality.setting_prepositions", "after"),
    ("modality.implicative_verbs", "attempt"),
    ("modality.happening_verbs", "exist"),
    ("casualties.kill_verbs", "assassinate"),
    ("casualties.die_verbs", "die"),
    ("casualties.injure_verbs", "hurt"),
    ("casualties.death_nouns", "body"),
    ("casualties.injury_nouns", "injured"),
    ("casualties.not_people_nouns", "aircraft"),
    ("places.place_prepositions", "across"),
    ("places.person_not_in_prepositions", "across"),
    ("places.org_not_in_prepositions", "across"),
    ("places.locating_prepositions", "at"),
    ("places.locating_verbs", "located"),
    ("roles.affiliation_words", "affiliated"),
    ("roles.leader_nouns", "amir"),
    ("roles.member_nouns", "MP"),
    ("roles.office_words", "admiral"),
    ("roles.ally_nouns", "allies"),
    ("roles.proxy_nouns", "affiliate"),
    ("roles.part_nouns", "arm"),
    ("roles.place_nouns", "air base"),
    ("roles.organisation_heads", "agency"),
    ("roles.dropped_modifiers", "also"),
    ("roles.title_modifiers", "acting"),
    ("roles.demonym_suffixes", "ian"),
    ("names.alias_cues", "a.k.a."),
    ("names.alias_cue_openers", "known by its"),
    ("names.alias_cue_nouns", "name"),
    ("names.qualifying_prepositions", "at"),
    ("names.name_qualifying_prepositions", "for"),
    ("names.initials_skipped_words", "and"),
    ("names.arabic_articles", "ad"),
    ("names.patronymic_links", "bin"),
    ("names.arabic_connectives", "ahl"),
    ("names.abd_forms", "abd"),
    ("names.abu_forms", "abo"),
    ("names.titles", "adm"),
    ("names.person_suffixes", "cbe"),
    ("names.spelling_endings", "ence"),
    ("names.latin_particles", "da"),
    ("names.org_stopwords", "a"),
    ("names.generic_org_words", "agency"),
    ("names.qualifier_words", "central"),
    ("names.legal_form_families", "ltd"),
    ("names.given_name_groups", "william bill billy will willy liam"),
    ("numbers.month_abbreviations", "jan"),
    ("numbers.today_phrases", "earlier today"),
    ("numbers.count_words", "a dozen"),
    ("numbers.small_numbers", "a"),
    ("numbers.number_words", "zero"),
    ("numbers.tens_words", "twenty"),
    ("numbers.roman_numerals", "i"),
    ("navigation.nav_words", "about"),
    ("navigation.nav_phrases", "email alert"),
    ("navigation.nav_headings", "related"),
    ("navigation.media_labels", "video"),
    ("navigation.credit_phrases", "public domain"),
    ("navigation.promo_phrases", "sign up"),
    ("navigation.byline_labels", "author"),
    ("navigation.breadcrumb_openers", "you are here"),
    ("navigation.domain_second_levels", "co"),
    ("grammar.listing_words", "including"),
    ("grammar.perfect_auxiliaries", "has"),
    ("grammar.anaphoric_determiners", "this"),
    ("grammar.referring_subjects", "it"),
    ("grammar.coordinators", "and"),
    ("modality.condition_marks", "unless"),
    ("numbers.scheduling_words", "due"),
    ("places.site_prepositions", "near"),
    ("places.diplomatic_post_prepositions", "to"),
    ("speech.source_prepositions", "by"),
    ("casualties.toll_nouns", "life"),
    ("roles.subordinate_title_words", "deputy"),
    ("roles.title_prepositions", "of"),
    ("roles.membership_prepositions", "with"),
    ("roles.affiliation_prepositions", "to"),
    ("numbers.count_qualifiers", "more than"),
    ("numbers.vague_counts", "dozens"),
    ("numbers.looking_ahead_words", "upcoming"),
    ("numbers.ahead_words", "ending"),
    ("numbers.day_part_before", "early"),
    ("numbers.day_part_after", "night"),
    ("numbers.relative_days", "overnight"),
    ("numbers.relative_spans", "earlier this week"),
    ("numbers.writing_day_words", "yesterday"),
    ("numbers.writing_week_words", "last week"),
    ("numbers.same_day_links", "hours after"),
    ("grammar.modal_auxiliaries", "must"),
    ("grammar.past_perfect_auxiliaries", "had"),
    ("grammar.past_passive_auxiliaries", "were"),
    ("grammar.ahead_verbs", "plan"),
    ("places.place_generic_tails", "province"),
    ("places.demonym_endings", "ian"),
    ("places.place_part_words", "middle"),
    ("roles.origin_prepositions", "from"),
    ("roles.naming_participles", "called"),
    ("roles.opening_single_quotes", "'"),
    ("roles.relation_verbs", "chair"),
    ("roles.serving_prepositions", "for"),
    ("roles.share_nouns", "part"),
    ("speech.body_pronouns", "it"),
    ("speech.no_one_words", "nobody"),
    ("entity_types.name_prepositions", "without"),
    # wire copy (issue 16)
    ("casualties.vague_lower_bounds", "dozens"),
    ("casualties.total_nouns", "total"),
    ("casualties.toll_count_nouns", "number"),
    ("casualties.harm_words", "kill"),
    ("casualties.natural_phenomena", "earthquake"),
    ("casualties.natural_causes", "crash"),
    ("casualties.victim_nouns", "civilian"),
    ("casualties.cause_prepositions", "in"),
    ("speech.relay_verbs", "tell"),
    ("speech.quoting_verbs", "quote"),
    ("speech.learning_verbs", "learn"),
    ("speech.falsity_words", "untrue"),
    ("speech.account_nouns", "report"),
    ("speech.dweller_nouns", "resident"),
    ("speech.source_nouns", "witness"),
    ("speech.speaking_member_nouns", "official"),
    ("speech.speaks_for_prepositions", "for"),
    ("speech.anonymity_verbs", "name"),
    ("modality.pursuit_verbs", "negotiate"),
    ("modality.telling_verbs", "tell"),
    ("verbs.ascribing_verbs", "blame"),
    ("verbs.doing_participles", "carry"),
    ("verbs.speaking_for_nouns", "spokesman"),
    ("grammar.first_person_pronouns", "we"),
    ("grammar.another_event_modifiers", "separate"),
    ("grammar.event_series_nouns", "wave"),
    ("grammar.several_events_modifiers", "both"),
    # statements of blame and denial (issue 15)
    ("speech.overstatement_words", "exaggerated"),
    ("speech.dismissive_words", "unacceptable"),
    ("speech.conformative_marks", "as"),
    ("verbs.predicative_infinitives", "blame"),
    ("grammar.cessation_prepositions", "on"),
]


def test_every_family_is_in_the_table():
    assert sorted(rule_id for rule_id, _ in FAMILIES) == sorted(load_lexicon().rule_ids.values())


@pytest.mark.parametrize("rule_id, word", FAMILIES)
def test_family_holds_its_word(rule_id, word):
    assert word in load_lexicon().families[rule_id.split(".", 1)[1]]


def test_a_set_of_words_holds_only_words():
    """YAML reads an unquoted on, off, yes or no as a truth value: such a word must be quoted."""
    sets = {name: words for name, words in load_lexicon().families.items() if isinstance(words, frozenset)}
    assert {name: [w for w in words if not isinstance(w, str)] for name, words in sets.items()
            if not all(isinstance(w, str) for w in words)} == {}


def test_every_family_is_read_by_the_code():
    """A family is read as an attribute of the lexicon, looked up by its name written as a string
    (`getattr(lexicon, family)` over a table of families), or is the base another extends."""
    code = "\n".join(p.read_text("utf-8") for p in PACKAGE.rglob("*.py"))
    read = set(re.findall(r"(?:\blexicon|load_lexicon\(\)|\bvocab|vocabulary\(\))\.(\w+)", code))
    read |= set(re.findall(r"[\"'](\w+)[\"']", code)) & set(load_lexicon().families)
    bases = set()
    for path in (PACKAGE / "ontology" / "lexicon").glob("*.yaml"):
        for spec in yaml.safe_load(path.read_text("utf-8")).values():
            if isinstance(spec, dict) and "extends" in spec:
                bases.update(spec["extends"] if isinstance(spec["extends"], list) else [spec["extends"]])
    assert sorted(set(load_lexicon().families) - read - bases) == []


@pytest.mark.parametrize("spec, expected", [
    (["b", "a", "b"], frozenset({"a", "b"})),
    ({"ordered": ["b", "a"]}, ("b", "a")),
    ({"map": {"x": 1, "y": ["a", "b"]}}, {"x": 1, "y": ("a", "b")}),
    ({"extends": "base", "add": ["z"], "drop": ["a"]}, frozenset({"b", "z"})),
    ({"extends": ["base", "other"]}, frozenset({"a", "b", "c"})),
])
def test_family_syntax(spec, expected):
    built = {"base": frozenset({"a", "b"}), "other": frozenset({"c"})}
    assert lexicon_module._family("f", spec, built) == expected


@pytest.mark.parametrize("spec, message", [
    ({"extends": "later"}, "must be listed before it"),
    ({"words": ["a"]}, "expected a list"),
])
def test_family_syntax_errors(spec, message):
    with pytest.raises(ValueError, match=message):
        lexicon_module._family("f", spec, {})


def test_an_unknown_family_is_a_clear_error():
    with pytest.raises(AttributeError, match="no word family 'no_such_words'"):
        load_lexicon().no_such_words


def test_the_lexicon_is_frozen():
    lexicon = load_lexicon()
    assert isinstance(lexicon.denial_verbs, frozenset)
    with pytest.raises(TypeError):
        lexicon.families["denial_verbs"] = frozenset()
