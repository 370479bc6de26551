"""The recorded 50-row reviews (gold/review/) refer to rows by id and offsets,
never hold an article's text, and tally as the docs say."""

from __future__ import annotations

import json
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
REVIEWS = sorted((ROOT / "gold" / "review").glob("*.jsonl"))
FIELDS = {"draw", "seed", "session", "commit", "n", "doc", "row", "event", "aux_mode", "actor", "recipient",
          "trigger", "confidence", "verdict", "note", "band"}


def test_review_rows_hold_references_and_verdicts_only():
    assert REVIEWS
    for path in REVIEWS:
        rows = [json.loads(line) for line in path.open(encoding="utf-8")]
        assert [r["n"] for r in rows] == list(range(1, len(rows) + 1)), path.name
        for row in rows:
            assert set(row) <= FIELDS, (path.name, set(row) - FIELDS)
            assert row["verdict"] in ("right", "codes", "wrong")
            start, end = row["trigger"]
            assert 0 <= start < end
            assert len(row.get("note", "")) <= 120  # the reviewer's words, not the article's


def test_tally_counts_codes_as_correct(load_script):
    summary = load_script("review_summary")
    rows = [{"verdict": "right", "event": "AGREE", "confidence": 0.95, "actor": ["USA"]},
            {"verdict": "codes", "event": "AGREE", "confidence": 0.75, "actor": ["USA"]},
            {"verdict": "wrong", "event": "ASSAULT", "confidence": 0.85, "actor": [None]}]
    assert summary.tally(rows) == {"all": {"right": 1, "codes": 1, "wrong": 1}}
    by_event = summary.tally(rows, "event")
    assert by_event["AGREE"]["right"] + by_event["AGREE"]["codes"] == 2 and by_event["ASSAULT"]["wrong"] == 1


def test_the_eighteenth_sessions_unseen_draws_tally_as_reported(load_script):
    summary = load_script("review_summary")
    counts = {path.stem: summary.tally(summary.read_review(path))["all"] for path in REVIEWS}
    assert counts["u101"]["right"] + counts["u101"]["codes"] == 28
    assert counts["u102"]["right"] + counts["u102"]["codes"] == 29


def test_the_draw_below_the_cut_off_tallies_as_reported_and_says_its_band(load_script):
    summary = load_script("review_summary")
    rows = summary.read_review(ROOT / "gold" / "review" / "u112.jsonl")
    counts = summary.tally(rows)["all"]
    assert (counts["right"] + counts["codes"], counts["right"]) == (23, 5)
    assert all(row["band"] == [0.5, 0.7] and 0.5 <= row["confidence"] < 0.7 for row in rows)
