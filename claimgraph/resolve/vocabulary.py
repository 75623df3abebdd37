"""Naming vocabulary for the name matcher: titles, particles, legal forms, numbers, nicknames.

General knowledge of how people and organisations are named, folded to lower-case ASCII; no
entity's own name appears here.
"""
from __future__ import annotations

# Leading honorifics, ranks, offices and religious titles, dropped from person names.
TITLES = frozenset("""
mr mrs ms miss mx dr doctor prof professor sir dame lord lady madam madame monsieur mme mlle herr frau
gen general lt lieutenant col colonel maj major capt captain cpt brig brigadier adm admiral
vice rear sgt sergeant cpl corporal pvt private cmdr commander cdr commandant marshal field
chief staff air comrade
president pres vp prime minister pm deputy foreign defence defense interior finance secretary
chancellor premier governor gov mayor senator sen rep representative congressman congresswoman
ambassador envoy spokesman spokeswoman spokesperson judge justice speaker mp mep leader
king queen prince princess crown emir shah sultan tsar czar his her excellency he hm hrh hon
honourable honorable rt right
sheikh shaikh shaykh sheik cheikh cheick sayyid sayed syed ayatollah ayatullah grand hojatoleslam
hojjatoleslam hujjat mullah mollah imam mufti maulana mawlana maulvi mawlawi hafiz haji hajji hajj
alhaji rev reverend father fr pope cardinal bishop archbishop patriarch metropolitan rabbi
brother sister saint st
""".split())

# Trailing generational and academic suffixes, dropped from person names.
PERSON_SUFFIXES = frozenset("jr junior sr senior phd md esq obe mbe cbe kbe".split())

# Name particles that link or precede a name part but do not identify anyone by themselves.
LATIN_PARTICLES = frozenset("de del della dei der den di da do dos das du van von vom zu ter ten la le y".split())

# Words in organisation names that connect rather than name.
ORG_STOPWORDS = frozenset("the of and for in on at a an to by de des du la le les el al der die das "
                          "und y e et di da del della von van".split())

# Words that organisations of every kind share; they count, but less than a distinctive word.
GENERIC_ORG_WORDS = frozenset("""
group groups holding holdings international global worldwide company companies corporation enterprise
enterprises industries industry industrial trading trade services service organization organisation
association foundation society institute movement party front forces force army brigade brigades
battalion regiment division unit units corps council committee union network agency authority ministry
department office bureau national state federal central general united
""".split())

# Words that qualify an organisation's name into another organisation (a branch, a region).
QUALIFIER_WORDS = frozenset("""
north northern south southern east eastern west western central northeast northeastern northwest
northwestern southeast southeastern southwest southwestern upper lower greater new old
""".split())

# Legal forms, as word sequences, mapped to their family; compared apart from the name itself.
_LEGAL_FORM_FAMILIES = {
    "ltd": ["ltd", "limited", "co ltd", "company limited", "pte ltd", "pvt ltd", "pty ltd",
            "private limited", "pte", "pvt", "pty", "plc", "public limited company"],
    "llc": ["llc", "l l c", "limited liability company", "ooo", "tov", "too", "sro", "spzoo", "sp z oo",
            "doo", "d o o", "ood", "eood", "kft", "srl", "sarl", "ltda", "sl", "gmbh",
            "gesellschaft mit beschrankter haftung", "bv", "besloten vennootschap", "mchj"],
    "jsc": ["jsc", "joint stock company", "ao", "oao", "zao", "pao", "ojsc", "cjsc", "pjsc",
            "open joint stock company", "closed joint stock company", "public joint stock company",
            "aktsionernoe obshchestvo", "ag", "aktiengesellschaft", "sa", "societe anonyme",
            "sociedad anonima", "spa", "nv", "naamloze vennootschap", "ab", "asa", "oy", "oyj", "se",
            "kk", "kabushiki kaisha", "tbk", "bhd", "berhad", "sdn bhd", "ad", "pt", "as", "sas"],
    "inc": ["inc", "incorporated", "corp", "corporation", "co", "company", "cie"],
    "partnership": ["lp", "llp", "kg", "ohg", "gbr", "limited partnership", "gmbh co kg", "ag co kg"],
    "free zone": ["fze", "fzco", "fzc", "fz llc"],
}
LEGAL_FORMS = {tuple(form.split()): family
               for family, forms in _LEGAL_FORM_FAMILIES.items() for form in forms}

NUMBER_WORDS = {word: str(i) for i, words in enumerate([
    ["zero"], ["one", "first"], ["two", "second"], ["three", "third"], ["four", "fourth"],
    ["five", "fifth"], ["six", "sixth"], ["seven", "seventh"], ["eight", "eighth"], ["nine", "ninth"],
    ["ten", "tenth"], ["eleven", "eleventh"], ["twelve", "twelfth"], ["thirteen", "thirteenth"],
    ["fourteen", "fourteenth"], ["fifteen", "fifteenth"], ["sixteen", "sixteenth"],
    ["seventeen", "seventeenth"], ["eighteen", "eighteenth"], ["nineteen", "nineteenth"],
    ["twenty", "twentieth"]]) for word in words}
TENS_WORDS = {w: str(10 * i) for i, w in enumerate(
    "twenty thirty forty fifty sixty seventy eighty ninety".split(), start=2)}
NUMBER_WORDS.update(TENS_WORDS)
NUMBER_WORDS.update({"hundred": "100", "hundredth": "100", "thousand": "1000"})

ROMAN_NUMERALS = {r: str(i) for i, r in enumerate(
    "i ii iii iv v vi vii viii ix x xi xii xiii xiv xv xvi xvii xviii xix xx".split(), start=1)}

# Common diminutives and cross-language equivalents of given names: (formal, variants...).
_GIVEN_NAME_VARIANTS = [
    "william bill billy will willy liam", "robert bob bobby rob robbie bert", "richard dick rick rich",
    "james jim jimmy jamie", "john jack johnny jon ivan juan johann jean giovanni", "michael mike mikey mikhail",
    "thomas tom tommy", "joseph joe joey josef giuseppe jose", "charles charlie chuck carlos karl",
    "edward ed eddie ted ned", "elizabeth liz beth betty lisa eliza", "margaret maggie peggy meg",
    "katherine kate kathy katie catherine ekaterina yekaterina", "alexander alex sasha alexandre alessandro oleksandr",
    "vladimir volodya vova", "dmitry dima", "nicholas nick nikolai nicolas nikolay", "anthony tony antonio anton",
    "daniel dan danny", "david dave davey", "benjamin ben benny", "samuel sam sammy", "andrew andy andrei andrey",
    "peter pete pyotr pierre pedro", "steven steve stephen stefan", "christopher chris", "matthew matt",
    "patrick pat paddy", "francis frank francesco francisco", "henry harry hank", "gregory greg grigory",
    "jonathan jon jonny", "timothy tim", "kenneth ken kenny", "ronald ron ronnie", "donald don donnie",
    "susan sue suzy", "deborah debbie deb", "rebecca becky", "jennifer jenny jen", "victoria vicky",
    "yevgeny zhenya evgeny", "mikhail misha", "ekaterina katya", "anastasia nastya", "tatiana tanya",
    "muhammad mohd",
]


def _variant_index(groups: list[str]) -> dict[str, frozenset[str]]:
    index: dict[str, set[str]] = {}
    for group in groups:
        for name in group.split():
            index.setdefault(name, set()).update(group.split())
    return {name: frozenset(variants) for name, variants in index.items()}


GIVEN_NAME_VARIANTS = _variant_index(_GIVEN_NAME_VARIANTS)
