"""The hostile-input corpus, generated into a folder: every case a file (or link) and what ingest must
say about it. Nothing here is committed as data; big cases are written sparse or streamed.

Each Case names the file, how to write it, and the expected outcome: "stored", or a fragment of
the one skip line that must name it; a JSONL file's outcomes are line by line ("FILE:N").
"""
from __future__ import annotations

import codecs
import gzip
import json
import os
import struct
import zlib
from dataclasses import dataclass
from pathlib import Path
from typing import Callable

ARTICLE = ("Militia fighters shelled a market in the river town of Ostrava Dolni on Tuesday, the regional "
           "governor said. Four people were killed and eleven wounded, according to the local hospital.")
ARABIC = ("\u0642\u0627\u0644 \u0645\u0633\u0624\u0648\u0644\u0648\u0646 \u0625\u0646 \u0645\u0633\u0644\u062d\u064a\u0646 "
          "\u0647\u0627\u062c\u0645\u0648\u0627 \u0646\u0642\u0637\u0629 \u062a\u0641\u062a\u064a\u0634 "
          "\u0642\u0631\u0628 \u0627\u0644\u062d\u062f\u0648\u062f \u064a\u0648\u0645 \u0627\u0644\u062b\u0644\u0627\u062b\u0627\u0621.")
DEEP_LEVELS = 200_000
OVER_LIMIT_BYTES = 56_000_000       # over the default 20 MB per file
LONG_LINE_BYTES = 10_000_000        # under the file limit, over what the language model takes at once


@dataclass(frozen=True)
class Case:
    name: str
    write: Callable[[Path], None]
    expect: str | tuple[str, ...]   # "stored", or a fragment of the skip reason; per line for JSONL
    slow: bool = False              # costs seconds to ingest: only in the full run


def _bytes(data: bytes) -> Callable[[Path], None]:
    return lambda path: path.write_bytes(data)


def _text(text: str, encoding: str = "utf-8") -> Callable[[Path], None]:
    return lambda path: path.write_bytes(text.encode(encoding))


def _png() -> bytes:
    def chunk(kind: bytes, data: bytes) -> bytes:
        return struct.pack(">I", len(data)) + kind + data + struct.pack(">I", zlib.crc32(kind + data))
    pixels = zlib.compress(b"\x00\xff\x00\x00" * 4)
    return (b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", struct.pack(">IIBBBBB", 2, 2, 8, 2, 0, 0, 0))
            + chunk(b"IDAT", pixels) + chunk(b"IEND", b""))


def _sparse(size: int) -> Callable[[Path], None]:
    def write(path: Path) -> None:
        with path.open("wb") as handle:
            handle.truncate(size)
    return write


def _long_line(path: Path) -> None:
    sentence = ARTICLE.split(". ")[0] + ". "
    with path.open("w", encoding="utf-8") as handle:
        for _ in range(LONG_LINE_BYTES // len(sentence) + 1):
            handle.write(sentence)


def _deep_html(path: Path) -> None:
    with path.open("w", encoding="utf-8") as handle:
        handle.write("<html><head><title>Market shelled</title></head><body>")
        handle.write("<div>" * DEEP_LEVELS + f"<p>{ARTICLE}</p>" + "</div>" * DEEP_LEVELS)
        handle.write("</body></html>")


def _link(target: str) -> Callable[[Path], None]:
    return lambda path: os.symlink(target, path)


def _jsonl_lines() -> str:
    return "\n".join([json.dumps({"text": ARTICLE.replace("Tuesday", "Friday"), "title": "Good line"}),
                      '{"text": "unterminated', "[1, 2, 3]", json.dumps({"title": "no body"}),
                      json.dumps({"text": 42}), '{"text": ' + "[" * 100_000 + "]" * 100_000 + "}"]) + "\n"


CASES = (
    Case("empty.txt", _bytes(b""), "empty file"),
    Case("blank.txt", _bytes(b"  \n\t\n  "), "empty file"),
    Case("random.txt", _bytes(bytes(range(256)) * 8), "binary file"),
    Case("archive.txt", _bytes(gzip.compress(ARTICLE.encode() * 20, mtime=0)), "binary file"),
    Case("picture.html", _bytes(_png()), "binary file"),
    Case("nul-bytes.txt", _bytes(ARTICLE.encode()[:80] + b"\x00\x00\x00" + ARTICLE.encode()[80:]), "NUL bytes"),
    Case("latin1.txt", _text(ARTICLE.replace("Ostrava Dolni", "Saint-\u00c9tienne-l\u00e8s-Bains"), "latin-1"),
         "stored"),
    Case("utf16-bom.txt", _bytes(codecs.BOM_UTF16_LE + ARTICLE.replace("Tuesday", "Monday").encode("utf-16-le")),
         "stored"),
    Case("utf16be-bom.txt", _bytes(codecs.BOM_UTF16_BE + ARTICLE.replace("Tuesday", "Sunday").encode("utf-16-be")),
         "stored"),
    Case("utf32-bom.txt", _bytes(codecs.BOM_UTF32_LE + ARTICLE.replace("Tuesday", "Saturday").encode("utf-32-le")),
         "stored"),
    Case("utf16-no-bom.txt", _bytes(ARTICLE.replace("Tuesday", "Wednesday").encode("utf-16-le")), "stored"),
    Case("utf16be-no-bom.txt", _bytes(ARTICLE.replace("Tuesday", "a holiday").encode("utf-16-be")), "stored"),
    Case("utf8-bom.txt", _bytes(codecs.BOM_UTF8 + ARTICLE.replace("Tuesday", "Thursday").encode()), "stored"),
    Case("right-to-left.txt", _text(f"{ARABIC}\n\n\u202e{ARABIC}\u202c\n"), "stored"),
    Case("bidi-spoof.txt", _text(ARTICLE.replace("Militia", "The \u202eaitiliM\u202c Brigade militia")
                                 .replace("governor", "gover\u200bnor")), "stored"),
    Case("broken.html", _text(f"<html><body><div><p>{ARTICLE[:90]} <b>{ARTICLE[90:]} <p>It was the third attack"
                              " this month, residents said.<td></tr></table></i>"), "stored"),
    Case("script-injection.html", _text(
        "<html><head><title>&lt;script&gt;alert(1)&lt;/script&gt;</title><script>alert('page')</script></head>"
        f"<body><article><p>{ARTICLE}</p><p>A spokesman wrote &lt;img src=x onerror=alert(2)&gt; on a "
        "banner, witnesses said.</p><script>document.write('injected')</script></article></body></html>"),
        "stored"),
    Case("impossible-dates.txt", _text(
        "On 31 February 2023 and again on 2023-13-45, gunmen attacked a convoy near the border, officials said "
        "on 99/99/9999. The army said 99999999999999999999999 fighters were killed and -4 wounded on 0 Octember.\n"),
        "stored"),
    Case("furniture.html", _text(
        "<html><body><nav><a href='/'>Home</a> | <a href='/world'>World</a></nav><header>Subscribe</header>"
        "<footer>Copyright 2024. All rights reserved. Cookie policy</footer></body></html>"), "page furniture"),
    Case("furniture.txt", _text("Home | World | Sport | Business\nSubscribe now\nSign in\n"
                                "Accept all cookies\nCopyright 2024 All rights reserved\n"), "furniture"),
    Case("malformed.jsonl", _text(_jsonl_lines()),
         ("stored", "not valid JSON", "must be an object", 'no "text" or "html"', 'no "text" or "html"',
          "nested too deeply")),
    Case("malformed.rss", _text("<?xml version='1.0'?><rss><channel><title>Broken <<< feed"),
         "no feed entries"),
    Case("dangling-link.txt", _link("no-such-file.txt"), "does not exist"),
    Case("looping-link.txt", _link("looping-link.txt"), "loops"),
    Case("outside-link.txt", _link("/etc/passwd"), "outside the folders given"),
    Case("deep.html", _deep_html, "stored", slow=True),
    Case("long-line.txt", _long_line, "language model takes in one document", slow=True),
    Case("over-limit.txt", _sparse(OVER_LIMIT_BYTES), "over the 20 MB limit", slow=True),
)


def write_corpus(folder: Path, cases=CASES) -> dict[str, Case]:
    """Write every case into `folder`; returns the cases by the path ingest will name them by."""
    folder.mkdir(parents=True, exist_ok=True)
    written = {}
    for case in cases:
        path = folder / case.name
        case.write(path)
        written[str(path)] = case
    return written
