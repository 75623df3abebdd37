"""Invented reporting of one invented incident, told in three rounds by two outlets: (a) the attack,
(b) the same attack from another outlet with another toll, (c) the group's denial."""
from __future__ import annotations

from tests.watch.site import Entry

GROUP, TOWN = "Ashvale Liberation Front", "Korvenna"


def paragraphs(*texts: str) -> str:
    return "".join(f"<p>{t}</p>" for t in texts)


def page(title: str, published: str, *texts: str) -> str:
    body = paragraphs(*texts)
    return (f'<html><head><title>{title}</title><meta property="article:published_time" content="{published}">'
            f"</head><body><article><h1>{title}</h1>{body}</article></body></html>")


ATTACK_PAGE = page(
    "Market attack in Korvenna kills 12", "2026-11-03",
    f"Gunmen from the {GROUP} attacked a crowded market in the town of Korvenna on Tuesday, killing 12 people, "
    "police said.",
    "The attackers fled towards the hills north of Korvenna after the assault, witnesses said. Shops stayed "
    "shut across the town on Wednesday.")
OTHER_TOLL = paragraphs(       # the whole article in the feed entry
    f"At least 17 people were killed when fighters of the {GROUP} attacked a market in Korvenna on Tuesday, "
    "a hospital director said.",
    "Relatives gathered outside the hospital on Wednesday waiting for news of the wounded.")
DENIAL_PAGE = page(
    f"{GROUP} denies Korvenna market attack", "2026-11-05",
    f"The {GROUP} denied on Thursday that its fighters attacked the market in Korvenna on Tuesday, a "
    "spokesman for the group said.",
    "The group said it had no fighters in the area.")


def attack(base: str) -> Entry:
    """Round (a): the first outlet's entry, a summary only: the article is on its page."""
    return Entry("ledger-1041", f"{base}/ledger/korvenna-market.html", "Market attack in Korvenna kills 12",
                 "Gunmen attacked a crowded market in Korvenna.", published="Tue, 03 Nov 2026 15:00:00 GMT")


def other_toll(base: str) -> Entry:
    """Round (b): the second outlet, its full text in the feed."""
    return Entry("wire/2026/11/04/korvenna", f"{base}/wire/korvenna.html",
                 "Death toll in Korvenna market attack rises to 17", "At least 17 killed.", content=OTHER_TOLL,
                 published="Wed, 04 Nov 2026 08:00:00 GMT")


def denial(base: str) -> Entry:
    """Round (c): the first outlet again, the group's denial (a summary; the article on its page)."""
    return Entry("ledger-1042", f"{base}/ledger/denial.html", f"{GROUP} denies Korvenna market attack",
                 "The group denied the attack.", published="Thu, 05 Nov 2026 10:00:00 GMT")
