"""Files and folders: which files are documents, and how their bytes become text.

`read_sources(paths)` walks folders recursively in sorted order and yields one RawDocument per
document (a JSONL or feed file yields several) or a Skipped with the reason: missing path,
unsupported type, empty, binary, too large, undecodable.
"""
from __future__ import annotations

from collections.abc import Iterable, Iterator
from pathlib import Path

from claimgraph.errors import BinaryInput, EmptyInput, InputError, TooLarge, UnreadableInput
from claimgraph.ingest.feeds import FEED_SUFFIXES, read_feed
from claimgraph.ingest.jsonl import read_jsonl
from claimgraph.model import RawDocument, Skipped

TEXT_SUFFIXES = {".txt", ".text", ".md"}
HTML_SUFFIXES = {".html", ".htm", ".xhtml"}
SUPPORTED_SUFFIXES = TEXT_SUFFIXES | HTML_SUFFIXES | {".jsonl"} | FEED_SUFFIXES
# Share of control bytes above which a file is binary rather than text with a few stray bytes;
# real text files measured here have none, PDFs and images well over 10 %.
BINARY_CONTROL_SHARE = 0.05


def read_sources(paths: Iterable[str | Path], max_bytes: int) -> Iterator[RawDocument | Skipped]:
    for path in map(Path, paths):
        if not path.exists():
            yield Skipped(str(path), "no such file or folder")
        elif path.is_dir():
            files = sorted(p for p in path.rglob("*") if p.is_file() and not p.name.startswith("."))
            for file in files:
                if file.suffix.lower() in SUPPORTED_SUFFIXES:
                    yield from read_file(file, max_bytes)
        else:
            yield from read_file(path, max_bytes)


def read_file(path: Path, max_bytes: int) -> Iterator[RawDocument | Skipped]:
    suffix = path.suffix.lower()
    if suffix not in SUPPORTED_SUFFIXES:
        yield Skipped(str(path), f"unsupported file type {suffix or '(none)'}; "
                                 f"supported: {', '.join(sorted(SUPPORTED_SUFFIXES))}")
        return
    try:
        text, warnings = decode(path, max_bytes)
    except InputError as err:
        yield Skipped(str(path), str(err))
        return
    except OSError as err:
        yield Skipped(str(path), f"cannot read: {err.strerror or err}")
        return
    if suffix == ".jsonl":
        yield from read_jsonl(text, str(path))
    elif suffix in FEED_SUFFIXES:
        yield from read_feed(text, str(path))
    elif suffix in HTML_SUFFIXES:
        yield RawDocument(source=str(path), html=text, warnings=warnings)
    else:
        yield RawDocument(source=str(path), text=text, warnings=warnings)


def decode(path: Path, max_bytes: int) -> tuple[str, tuple[str, ...]]:
    """The file's text and any warning; raises an InputError that says why it is not a document."""
    size = path.stat().st_size
    if size > max_bytes:
        raise TooLarge(f"{size / 1e6:.1f} MB is over the {max_bytes / 1e6:.0f} MB limit per file "
                       f"(split it, or raise --max-bytes)")
    data = path.read_bytes()
    if not data.strip():
        raise EmptyInput("empty file")
    return decode_bytes(data)


def decode_bytes(data: bytes) -> tuple[str, tuple[str, ...]]:
    sample = data[:65536]
    controls = sum(b < 9 or 13 < b < 32 for b in sample)
    if b"\x00" in sample or controls / len(sample) > BINARY_CONTROL_SHARE:
        raise BinaryInput("binary file, not text")
    for encoding in ("utf-8-sig",):
        try:
            return data.decode(encoding), ()
        except UnicodeDecodeError:
            pass
    # Not UTF-8: Windows-1252 is what mis-declared Western news pages nearly always are.
    try:
        return data.decode("cp1252"), ("not UTF-8: decoded as Windows-1252",)
    except UnicodeDecodeError:
        text = data.decode("utf-8", errors="replace")
        if text.count("\ufffd") > len(text) / 20:
            raise UnreadableInput("not UTF-8 and not Windows-1252 text") from None
        return text, ("not UTF-8: undecodable bytes replaced",)
