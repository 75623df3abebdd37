"""The general vocabulary of web-page navigation, as data for the furniture rules.

Written from general knowledge of how news sites label their menus, share bars, sign-up banners
and link lists; no site's own strings. Lower case; phrases match whole words.
"""
from __future__ import annotations

# Single words that make up menus and share bars. Counted only in short non-sentence lines, where
# a line made mostly of them ("Home | World | Opinion", "Share Facebook Twitter") is navigation.
NAV_WORDS = frozenset("""
home menu search news latest opinion world politics business sport sports video videos photos
podcast podcasts share email e mail print website rss feed facebook twitter x whatsapp telegram
linkedin instagram youtube reddit pinterest comments comment tags tag login logout signin subscribe
newsletter follow contact about donate archive archives categories category related recommended
popular trending more next previous prev back top advertisement advertising ad ads sponsored
cookies cookie privacy terms faq help jobs shop copyright save
""".split())

# Phrases of sign-up banners, share bars and site chrome. A block with two of them that is not a
# plain sentence (or has words glued together by scraping) is a banner.
NAV_PHRASES = (
    "email alert", "email alerts", "e mail alerts", "alert preferences", "newsletter", "newsletters",
    "subscribe", "sign in", "sign up", "log in", "create an account", "profile page",
    "cookies", "cookie policy", "privacy policy", "terms of use", "terms of service",
    "all rights reserved", "advertisement", "share this", "share on", "follow us", "skip to content",
    "back to top", "read more", "click here", "rss", "print this", "permalink", "filed under",
    "load more", "view all", "show more", "see more", "manage preferences", "skip to main content",
    "skip to navigation", "main menu", "open menu", "close menu", "toggle navigation",
)

# Headings that open a list of links to other pages rather than article text.
NAV_HEADINGS = (
    "related", "recommended", "latest", "trending", "popular",
    "related articles", "related stories", "related posts", "related news", "related content",
    "related topics", "recommended for you", "recommended to you", "recommended stories",
    "you might also like", "you may also like", "you might be interested in", "latest news",
    "latest stories", "latest articles", "latest posts", "must read", "most read", "most popular",
    "most viewed", "more from", "more stories", "more news", "more on this", "read more", "read next",
    "top stories", "editor's picks", "editors picks", "editor s picks", "see also", "also read",
    "don't miss", "dont miss", "don t miss", "what to read next", "in other news",
)
