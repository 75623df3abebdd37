"""A cheap check that a text is English: the share of its words that are common function words.

Function words are a language's most frequent tokens and are nearly disjoint across languages,
so a few dozen per language tell them apart on a paragraph. Non-Latin scripts are named by
script. No dependency and no model: this only decides whether to warn the user.
"""
from __future__ import annotations

import re
import unicodedata
from collections import Counter

from claimgraph.ontology.lexicon import load_lexicon

# Share of words that are English function words. Measured after cleaning: the five seed
# articles 0.33-0.38, the English test paragraph 0.43; the French, Spanish and German test
# paragraphs 0.00-0.05. The line sits far from both, leaving room for terse English (lists, headlines).
ENGLISH_MIN_SHARE = 0.15
# Terse English (a sentence of names and numbers) may fall below that line; it still has more
# English function words than any other language's, and some: it is not warned about.
TERSE_ENGLISH_SHARE = 0.05
# Below this many words the share is noise; no warning is given.
MIN_WORDS = 20
_WORD = re.compile(r"[^\W\d_]+")


def language_warning(text: str) -> str | None:
    """'not English (looks like French)' when the text is evidently not English, else None."""
    script = dominant_script(text)
    if script and script != "LATIN":
        return f"not English (looks like {script.title()} script)"
    words = [w.lower() for w in _WORD.findall(text)]
    if len(words) < MIN_WORDS:
        return None
    shares = {lang: sum(w in vocab for w in words) / len(words)
              for lang, vocab in load_lexicon().english_function_words.items()}
    if shares["English"] >= ENGLISH_MIN_SHARE:
        return None
    likely = max(shares, key=shares.get)
    if likely == "English" and shares["English"] >= TERSE_ENGLISH_SHARE:
        return None
    return f"not English (looks like {likely if likely != 'English' else 'another language'})"


def dominant_script(text: str) -> str | None:
    """The Unicode script name (LATIN, ARABIC, CYRILLIC …) of most letters, or None if no letters."""
    scripts = Counter(unicodedata.name(ch, "UNKNOWN").split(" ")[0] for ch in text if ch.isalpha())
    return scripts.most_common(1)[0][0] if scripts else None
