"""Files and folders: which files are documents, and how their bytes become text.

`read_sources(paths)` walks folders recursively in sorted order and yields one RawDocument per
document (a JSONL or feed file yields several) or a Skipped with the reason: missing path,
unsupported type, empty, binary, too large, undecodable, or a symbolic link not followed. A
link inside a folder is followed only to a file inside the folders given (never out of the
tree: a link to /etc/passwd is not a document); a link that dangles, loops, leaves the tree or
names a folder (read where it is, not twice) is listed as skipped with that reason.
"""
from __future__ import annotations

import codecs
import os
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
# Share of NUL high bytes that says UTF-16: English in UTF-16 has 100 %, binary formats far fewer
# in every other byte (the PNG and gzip cases of the hostile corpus: under 40 %).
UNMARKED_UTF16_NULS = 0.9


# Byte-order marks that name an encoding; UTF-32's are tested first, as UTF-32-LE's begins with UTF-16-LE's.
BOMS = ((codecs.BOM_UTF32_LE, "utf-32"), (codecs.BOM_UTF32_BE, "utf-32"),
        (codecs.BOM_UTF16_LE, "utf-16"), (codecs.BOM_UTF16_BE, "utf-16"))


def read_sources(paths: Iterable[str | Path], max_bytes: int) -> Iterator[RawDocument | Skipped]:
    paths = [Path(p) for p in paths]
    roots = [p.resolve() for p in paths if p.is_dir()]
    for path in paths:
        if path.is_dir():
            for entry in folder_entries(path):
                if entry.is_symlink():
                    yield from read_link(entry, roots, max_bytes)
                elif entry.suffix.lower() in SUPPORTED_SUFFIXES:
                    yield from read_file(entry, max_bytes)
        elif path.is_symlink() and not path.exists():
            yield Skipped(str(path), link_problem(path, roots) or "no such file or folder")
        elif not path.exists():
            yield Skipped(str(path), "no such file or folder")
        else:
            yield from read_file(path, max_bytes)


def folder_entries(folder: Path) -> list[Path]:
    """Files and symbolic links under `folder`, sorted, hidden files left out; links not entered."""
    entries = []
    for parent, folders, files in os.walk(folder):     # os.walk follows no link to a folder
        here = Path(parent)
        entries += [here / name for name in folders if (here / name).is_symlink()]
        entries += [here / name for name in files]
    return sorted(e for e in entries if not e.name.startswith("."))


def read_link(link: Path, roots: list[Path], max_bytes: int) -> Iterator[RawDocument | Skipped]:
    problem = link_problem(link, roots)
    if problem:
        yield Skipped(str(link), problem)
    elif link.suffix.lower() in SUPPORTED_SUFFIXES:
        yield from read_file(link, max_bytes)


def link_problem(link: Path, roots: list[Path]) -> str | None:
    """Why the symbolic link `link` is not followed, or None for a link to a file inside `roots`."""
    try:
        target = link.resolve(strict=True)
    except FileNotFoundError:
        return f"symbolic link to {os.readlink(link)}, which does not exist"
    except (RuntimeError, OSError):
        return "symbolic link that loops back on itself"
    if not any(target.is_relative_to(root) for root in roots):
        return f"symbolic link to {target}, outside the folders given: not followed"
    if target.is_dir():
        return f"symbolic link to the folder {target}, which is read where it is"
    return None


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
    if suffix in (".jsonl", *FEED_SUFFIXES):
        read = read_jsonl if suffix == ".jsonl" else read_feed
        try:
            yield from read(text, str(path))
        except Exception as err:  # a reader's failure costs this file only, never the run
            yield Skipped(str(path), f"cannot read: {err.__class__.__name__}: {err}")
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


def unmarked_utf16(sample: bytes) -> str | None:
    """UTF-16 saved without a byte-order mark: text in a Latin script has a NUL in every other byte
    (after each character in little-endian order, before it in big-endian)."""
    odd, even = sample[1::2], sample[0::2]
    for encoding, high, low in (("utf-16-le", odd, even), ("utf-16-be", even, odd)):
        if len(sample) >= 16 and high.count(0) > UNMARKED_UTF16_NULS * len(high) and low.count(0) < len(low) / 2:
            return encoding
    return None


def decode_bytes(data: bytes) -> tuple[str, tuple[str, ...]]:
    for bom, encoding in BOMS:
        if data.startswith(bom):
            try:
                return data.decode(encoding), ()
            except UnicodeDecodeError:
                raise UnreadableInput(f"starts with a {encoding.upper()} byte-order mark but is not "
                                      f"{encoding.upper()} text") from None
    sample = data[:65536]
    controls = sum(b < 9 or 13 < b < 32 for b in sample)
    unmarked = unmarked_utf16(sample)
    if unmarked:
        try:
            return data.decode(unmarked), (f"no byte-order mark: read as {unmarked.upper()}",)
        except UnicodeDecodeError:
            raise UnreadableInput(f"looks like {unmarked.upper()} without a byte-order mark, but is not") from None
    if b"\x00" in sample:       # as git and grep judge: text never holds a NUL
        raise BinaryInput("binary file, not text (it holds NUL bytes)")
    if controls / len(sample) > BINARY_CONTROL_SHARE:
        raise BinaryInput(f"binary file, not text ({controls / len(sample):.0%} control bytes)")
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
