"""One polling round of `claimgraph watch run`: `python -m benchmarks.watch_bench [--entries 50]`.

A site on 127.0.0.1 (http.server over a temporary folder: ETag-less, Last-Modified and 304 as
static servers answer) publishes --feeds feeds sharing --entries invented entries; every other
entry carries only a summary, so its article page is fetched. Timed, into a fresh store, with the
spaCy model loaded beforehand (a running `watch run` loads it once):
  1. the first round: poll every feed, fetch the pages, ingest each entry, resolve once, check a
     watch-list, and
  2. a second round, every feed unchanged (304): what a quiet round costs.
Prints a Markdown table and writes it to --out.
"""
from __future__ import annotations

import argparse
import functools
import random
import tempfile
import threading
import time
from http.server import SimpleHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from xml.sax.saxutils import escape

from claimgraph.config import Settings
from claimgraph.nlp import load_model
from claimgraph.store import Store
from claimgraph.watch.fetch import Fetcher
from claimgraph.watch.follow import follow
from claimgraph.watch.poll import run_round
from claimgraph.watch.watchlists import add_watchlist

REPO = Path(__file__).resolve().parents[1]
DEFAULT_OUT = REPO / "bench-results" / "watch.md"
# Invented places and groups, put together at random: no real conflict's names.
PLACE_PARTS = (("Vel", "Dor", "Kas", "Mir", "Tal", "Bren", "Os", "Har"), ("mora", "vek", "sana", "dun", "ith", "kar"))
GROUP_PARTS = (("Crimson", "Northern", "Free", "United", "Eastern"), ("Ridge", "Valley", "River", "Hills", "Coast"))
SENTENCES = (
    "Fighters of the {group} attacked a police post in {place} on {day}, killing {killed} people, officials said.",
    "At least {killed} civilians were killed when a car bomb exploded near a market in {place} on {day}, "
    "according to the regional governor.",
    "The {group} threatened to attack army convoys around {place}, a spokesman said on {day}.",
    "Government troops shelled villages outside {place} on {day}; {killed} people died, a doctor said.",
)
DAYS = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday")


def article(number: int, rng: random.Random) -> tuple[str, str]:
    """(title, paragraphs as HTML) of one invented article."""
    place = rng.choice(PLACE_PARTS[0]) + rng.choice(PLACE_PARTS[1])
    group = f"{rng.choice(GROUP_PARTS[0])} {rng.choice(GROUP_PARTS[1])} Front"
    values = {"place": place, "group": group, "killed": rng.randint(2, 40), "day": rng.choice(DAYS)}
    lead = SENTENCES[number % len(SENTENCES)].format(**values)
    more = SENTENCES[(number + 1) % len(SENTENCES)].format(**values)
    return f"Report {number}: violence in {place}", f"<p>{escape(lead)}</p><p>{escape(more)}</p>"


def publish(folder: Path, base: str, feeds: int, entries: int) -> list[str]:
    rng = random.Random(7)
    items: dict[int, list[str]] = {f: [] for f in range(feeds)}
    for number in range(entries):
        title, body = article(number, rng)
        link = f"{base}/pages/{number}.html"
        page = f"<html><head><title>{escape(title)}</title></head><body><article><h1>{escape(title)}</h1>{body}</article></body></html>"
        (folder / "pages").mkdir(exist_ok=True)
        (folder / "pages" / f"{number}.html").write_text(page)
        content = "" if number % 2 else f"<content:encoded>{escape(body)}</content:encoded>"
        items[number % feeds].append(
            f"<item><guid>bench-{number}</guid><link>{link}</link><title>{escape(title)}</title>"
            f"<pubDate>{1 + number % 28:02d} Nov 2026 09:00:00 GMT</pubDate><description>{escape(title)}</description>{content}</item>")
    urls = []
    for f, entries_xml in items.items():
        (folder / f"feed{f}.rss").write_text(
            '<?xml version="1.0" encoding="utf-8"?><rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/">'
            f"<channel><title>Bench Outlet {f}</title><link>{base}/</link><description>bench</description>"
            f"{''.join(entries_xml)}</channel></rss>")
        urls.append(f"{base}/feed{f}.rss")
    return urls


class QuietHandler(SimpleHTTPRequestHandler):
    def log_message(self, *args):
        pass


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--entries", type=int, default=50, help="feed entries in all")
    parser.add_argument("--feeds", type=int, default=5, help="feeds sharing them")
    parser.add_argument("--out", type=Path, default=DEFAULT_OUT, help="Markdown file for the results")
    args = parser.parse_args(argv)
    with tempfile.TemporaryDirectory(prefix="claimgraph-watch-bench-") as tmp:
        site = Path(tmp) / "site"
        site.mkdir()
        server = ThreadingHTTPServer(("127.0.0.1", 0), functools.partial(QuietHandler, directory=str(site)))
        threading.Thread(target=server.serve_forever, daemon=True).start()
        urls = publish(site, f"http://127.0.0.1:{server.server_address[1]}", args.feeds, args.entries)
        store = Store(Path(tmp) / "watch.db")
        for url in urls:
            follow(store, url, "1h")
        add_watchlist(store, "attacks", type="ASSAULT")
        load_model()
        fetcher = Fetcher(timeout_s=10)
        rows = []
        for name in ("first round", "second round (all 304)"):
            started = time.perf_counter()
            done = run_round(store, Settings(), fetcher, every_feed=True)
            seconds = time.perf_counter() - started
            rows.append((name, len(done.ingest.added), len(done.alerts), seconds))
            print(f"{name}: {seconds:.2f} s, {len(done.ingest.added)} documents, {len(done.alerts)} alerts", flush=True)
        fetcher.close()
        server.shutdown()
    table = "\n".join(["| round | documents ingested | alerts | seconds | documents/s |", "|---|---:|---:|---:|---:|"]
                      + [f"| {n} | {d} | {a} | {s:.2f} | {d / s:.1f} |" for n, d, a, s in rows])
    print(table)
    args.out.parent.mkdir(parents=True, exist_ok=True)
    args.out.write_text(f"# Watch benchmark\n\n`python -m benchmarks.watch_bench --entries {args.entries} "
                        f"--feeds {args.feeds}`: {args.feeds} feeds on 127.0.0.1, half the entries summary-only "
                        f"(their page fetched), spaCy loaded beforehand.\n\n{table}\n")
    print(f"wrote {args.out}")


if __name__ == "__main__":
    main()
