"""Polling rounds through the CLI, against a site on 127.0.0.1 that publishes in three rounds:
(a) an attack, (b) the same attack from another outlet with another toll, (c) a denial; beside
them a feed that answers 500 and one that hangs. The watch-list raises exactly one alert per event
and change; the broken feeds are reported, backed off and never stop the round; a feed unchanged
answers 304 and nothing is ingested again."""
from __future__ import annotations

import datetime as dt
import hashlib
import hmac
import json

import pytest
from typer.testing import CliRunner

from claimgraph.cli.main import app
from tests.watch import stories
from tests.watch.site import HANG_S, Route, rss, start

runner = CliRunner()
SECRET = "s3cret-for-tests"
TIMEOUT_S = "1.5"     # the hanging feed answers after HANG_S; a busy test machine answers the others well within it


def cli(*args: str, db: str):
    result = runner.invoke(app, [*args, "--db", db])
    assert result.exception is None or isinstance(result.exception, SystemExit), result.exception
    return result


def poll(db: str):
    result = cli("watch", "run", "--once", "--all", "--timeout", TIMEOUT_S, "--json", db=db)
    return result.exit_code, json.loads(result.stdout)


@pytest.fixture(scope="module")
def rounds(tmp_path_factory):
    """The site, the store, and each round's exit status and JSON, in order."""
    site, stop = start({"/broken.rss": Route(b"oops", status=500),
                        "/slow.rss": Route(b"", delay_s=HANG_S)})
    db = str(tmp_path_factory.mktemp("watch") / "watch.db")
    site.publish("/ledger.rss", "Harbor Ledger", [stories.attack(site.base)])
    site.page("/ledger/korvenna-market.html", stories.ATTACK_PAGE)
    site.publish("/wire.rss", "Northern Wire", [])
    for path in ("/ledger.rss", "/wire.rss", "/broken.rss", "/slow.rss"):
        assert cli("watch", "add", site.url(path), "--every", "1h", db=db).exit_code == 0
    site.webhook_statuses = [500]      # the receiver fails the first call: the alert is sent again
    for watchlist in (["Korvenna attacks", "--place", stories.TOWN, "--type", "ASSAULT",
                       "--webhook", site.url("/hook"), "--secret", SECRET],
                      ["Front, 15 killed or more", "--entity", stories.GROUP, "--min-killed", "15"]):
        added = cli("watchlist", "add", *watchlist, db=db)
        assert added.exit_code == 0, added.output
    done = {"a": poll(db)}
    done["backoff"] = json.loads(cli("watch", "run", "--once", "--json", db=db).stdout)
    site.publish("/wire.rss", "Northern Wire", [stories.other_toll(site.base)])
    done["b"] = poll(db)
    site.publish("/ledger.rss", "Harbor Ledger", [stories.attack(site.base), stories.denial(site.base)])
    site.page("/ledger/denial.html", stories.DENIAL_PAGE)
    done["c"] = poll(db)
    done["quiet"] = poll(db)
    yield site, db, done
    stop()


def statuses(outcome) -> dict[str, str]:
    return {p["source"].rsplit("/", 1)[-1]: p["status"] for p in outcome["polls"]}


KORVENNA, FRONT = 1, 2      # the watch-lists: by place and type; by entity and toll


@pytest.mark.parametrize("round_, exit_status, polled, added, raised", [
    ("a", 1, {"ledger.rss": "read", "wire.rss": "read", "broken.rss": "failed", "slow.rss": "failed"}, 1,
     [(KORVENNA, "new")]),
    # the Front is named the attacker and 17 killed: new to FRONT, a change to KORVENNA
    ("b", 1, {"ledger.rss": "unchanged", "wire.rss": "read", "broken.rss": "failed", "slow.rss": "failed"}, 1,
     [(KORVENNA, "changed"), (FRONT, "new")]),
    ("c", 1, {"ledger.rss": "read", "wire.rss": "unchanged", "broken.rss": "failed", "slow.rss": "failed"}, 1,
     [(KORVENNA, "changed"), (FRONT, "changed")]),
    ("quiet", 1, {"ledger.rss": "unchanged", "wire.rss": "unchanged", "broken.rss": "failed",
                  "slow.rss": "failed"}, 0, []),
])
def test_each_round_polls_ingests_and_alerts(rounds, round_, exit_status, polled, added, raised):
    _, _, done = rounds
    status, outcome = done[round_]
    assert status == exit_status
    assert statuses(outcome) == polled
    assert len(outcome["ingest"]["added"]) == added
    assert [(a["watchlist_id"], a["kind"]) for a in outcome["alerts"]] == raised


@pytest.mark.parametrize("round_, watchlist, said, not_said", [
    ("a", KORVENNA, {"12 killed", "reported as occurred"}, set()),
    ("b", KORVENNA, {"17 killed", "sources disagree on killed"}, {"12 killed", "reported as occurred"}),
    ("b", FRONT, {"12 killed", "17 killed"}, set()),
    ("c", KORVENNA, {"denied", "sources disagree on occurred"}, {"17 killed"}),
    ("c", FRONT, {"denied"}, {"17 killed"}),
])
def test_an_alert_names_what_is_new_to_its_watchlist(rounds, round_, watchlist, said, not_said):
    _, _, done = rounds
    [alert] = [a for a in done[round_][1]["alerts"] if a["watchlist_id"] == watchlist]
    assert said <= set(alert["changes"]) and not (not_said & set(alert["changes"]))


def test_the_broken_feeds_are_reported_and_backed_off(rounds):
    site, db, done = rounds
    failed = {p["source"].rsplit("/", 1)[-1]: p["error"] for p in done["a"][1]["polls"] if p["status"] == "failed"}
    assert "answered 500" in failed["broken.rss"] and "no answer in time" in failed["slow.rss"]
    # without --all, right after round (a): every feed waits, the failed ones twice their interval
    assert set(statuses(done["backoff"]).values()) == {"not due"}
    feeds = {f["source"].rsplit("/", 1)[-1]: f for f in json.loads(cli("watch", "list", "--json", db=db).stdout)}
    assert feeds["broken.rss"]["failures"] == 4 and feeds["ledger.rss"]["failures"] == 0
    assert feeds["broken.rss"]["last_error"].endswith("answered 500 Internal Server Error")
    waits = {name: dt.datetime.fromisoformat(f["next_due"]) - dt.datetime.fromisoformat(f["last_polled"])
             for name, f in feeds.items()}
    assert waits["ledger.rss"] == dt.timedelta(hours=1)
    assert waits["broken.rss"] == dt.timedelta(hours=2 ** 4)     # four failures in a row: 2**4 intervals


def test_an_unchanged_feed_answers_304_and_its_pages_are_not_fetched_again(rounds):
    site, _, _ = rounds
    assert site.answered("/wire.rss")[-3:] == [200, 304, 304]
    assert site.answered("/ledger/korvenna-market.html") == [200]
    assert site.answered("/ledger/denial.html") == [200]


def test_alerts_lists_each_alert_once_with_its_reports(rounds):
    _, db, _ = rounds
    result = cli("alerts", "--json", db=db)
    assert result.exit_code == 0
    listed = json.loads(result.stdout)
    assert [(a["watchlist_id"], a["kind"]) for a in listed] == [
        (FRONT, "changed"), (KORVENNA, "changed"), (FRONT, "new"), (KORVENNA, "changed"), (KORVENNA, "new")]
    assert len({a["event_id"] for a in listed}) == 1          # one event, told three times
    assert [r["source"].rsplit("/", 1)[-1] for r in listed[3]["reports"]] == ["korvenna.html"]
    assert any("17 people" in r["sentence"] for r in listed[3]["reports"])
    only_front = json.loads(cli("alerts", "--watchlist", str(FRONT), "--json", db=db).stdout)
    assert [a["id"] for a in only_front] == [a["id"] for a in listed if a["watchlist_id"] == FRONT]
    assert json.loads(cli("alerts", "--since", "2999", "--json", db=db).stdout) == []


def test_the_webhook_gets_each_alert_once_signed(rounds):
    site, db, _ = rounds
    calls = [(headers, body, status) for method, path, headers, body, status in site.requests
             if method == "POST" and path == "/hook"]
    delivered = [json.loads(body)["alert"] for _, body, status in calls if status == 200]
    assert sorted(delivered) == sorted(a["id"] for a in json.loads(
        cli("alerts", "--watchlist", str(KORVENNA), "--json", db=db).stdout))
    assert [status for *_, status in calls] == [500] + [200] * 3       # the first call failed, then retried
    for headers, body, _ in calls:
        expected = "sha256=" + hmac.new(SECRET.encode(), body, hashlib.sha256).hexdigest()
        assert hmac.compare_digest(headers["X-Claimgraph-Signature"], expected)


@pytest.mark.parametrize("body, status, says", [
    (b"this is not xml <<<", "failed", "not a feed: no feed entries (<unknown>:2:0: syntax error)"),
    (b"<html><body><p>Our newsroom</p></body></html>", "failed", "not a feed: no feed entries (neither RSS nor Atom)"),
    (rss("Harbor Ledger", []), "read", None),
])
def test_a_url_that_gives_no_feed_is_a_failed_poll(tmp_path, body, status, says):
    site, stop = start({"/feed": Route(body)})
    db = str(tmp_path / "watch.db")
    try:
        cli("watch", "add", site.url("/feed"), db=db)
        code, outcome = poll(db)
    finally:
        stop()
    [polled] = outcome["polls"]
    assert (code, polled["status"]) == (1 if says else 0, status)
    assert polled["error"] == (f"{site.url('/feed')}: {says}" if says else None)


def test_a_feed_file_is_followed_and_read_again_only_when_it_changes(tmp_path):
    feed = tmp_path / "ledger.rss"
    feed.write_bytes(rss("Harbor Ledger", [stories.other_toll("https://ledger.example.org")]))
    db = str(tmp_path / "watch.db")
    assert cli("watch", "add", str(feed), "--every", "30s", db=db).exit_code == 0
    first, again = poll(db), poll(db)
    assert first[0] == 0 and statuses(first[1]) == {"ledger.rss": "read"} and len(first[1]["ingest"]["added"]) == 1
    assert statuses(again[1]) == {"ledger.rss": "unchanged"} and again[1]["ingest"]["added"] == []


def test_an_unreachable_feed_is_one_line_in_the_output(tmp_path):
    db = str(tmp_path / "watch.db")
    cli("watch", "add", "http://127.0.0.1:9/feed.rss", db=db)
    result = cli("watch", "run", "--once", db=db)
    assert result.exit_code == 1 and "Traceback" not in result.output
    assert result.stderr.startswith("feed 1 failed: http://127.0.0.1:9/feed.rss: cannot connect")
    assert result.stderr.count("\n") == 1


# (command, exit status, what it says), run in order on one store
STEPS = [
    (["watch", "add", "https://news.example.org/feed.rss", "--every", "2h"], 0,
     "following feed 1: https://news.example.org/feed.rss, every 2h"),
    (["watch", "add", "https://news.example.org/feed.rss"], 2,
     "error: https://news.example.org/feed.rss is already followed as feed 1"),
    (["watch", "list"], 0, "https://news.example.org/feed.rss"),
    (["watchlist", "add", "Coast", "--place", "Harrow Coast", "--modality", "threatened"], 0,
     "watch-list 1 saved: Coast (place Harrow Coast, modality threatened); Atom: /watch/1.atom"),
    (["watchlist", "add", "Coast again", "--place", "Harrow Coast"], 0,
     "note: nothing named 'Harrow Coast' is stored yet; its alerts begin when a document names it"),
    (["watchlist", "list", "--json"], 0, '"name": "Coast"'),
    (["watchlist", "remove", "1"], 0, "watch-list 1 removed"),
    (["watchlist", "list"], 0, "Coast again"),
    (["watch", "remove", "1"], 0, "feed 1 no longer followed"),
    (["watch", "remove", "1"], 1, "error: no feed 1"),
]


def test_following_feeds_and_keeping_watchlists_step_by_step(tmp_path):
    for args, status, says in STEPS:
        result = cli(*args, db=str(tmp_path / "steps.db"))
        assert (result.exit_code, says in result.output) == (status, True), (args, result.output)


def test_without_once_rounds_go_on_until_ctrl_c(tmp_path, monkeypatch):
    def interrupt(seconds):
        raise KeyboardInterrupt
    monkeypatch.setattr("claimgraph.cli.watch.time.sleep", interrupt)
    result = cli("watch", "run", db=str(tmp_path / "watch.db"))
    assert result.exit_code == 130
    assert result.stdout.startswith("0 feeds polled") and result.stderr == "interrupted; what each round stored is kept\n"


def test_an_article_page_that_fails_is_fetched_again_next_round(tmp_path):
    site, stop = start({"/ledger/korvenna-market.html": Route(b"down", status=503)})
    db = str(tmp_path / "watch.db")
    try:
        site.publish("/ledger.rss", "Harbor Ledger", [stories.attack(site.base)])
        cli("watch", "add", site.url("/ledger.rss"), db=db)
        first = poll(db)
        site.page("/ledger/korvenna-market.html", stories.ATTACK_PAGE)
        second = poll(db)
    finally:
        stop()
    assert first[0] == 1 and first[1]["ingest"]["added"] == []
    [skipped] = first[1]["ingest"]["skipped"]
    assert skipped["reason"].startswith("article page not fetched (tried again next round):")
    assert "answered 503" in skipped["reason"]
    assert second[0] == 0 and len(second[1]["ingest"]["added"]) == 1
    assert site.answered("/ledger.rss") == [200, 200]       # read again in full, not answered 304
