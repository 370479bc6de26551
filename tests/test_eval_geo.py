"""`wirecoder eval geo`: the scorer on a tiny gold file written here, and on
the shared sets when present (a few records only)."""

from __future__ import annotations

import json

import pytest

from wirecoder.evaluate import geo, load_task


def test_geo_is_an_eval_task():
    assert load_task("geo") is geo


def test_figures_from_counts():
    counts = dict(gold=10, found=8, correct=6, predicted=9, predicted_correct=6,
                  gold_nodem=8, found_nodem=8, correct_nodem=6)
    result = geo._figures("x.jsonl", 2, counts)
    assert result["toponym_recall"] == pytest.approx(0.8)
    assert result["accuracy_161km"] == pytest.approx(0.75)
    assert result["f1_resolved"] == pytest.approx(2 * (6 / 9) * 0.6 / (6 / 9 + 0.6))
    assert "accuracy_161km" in geo.format_table(result)


def test_run_on_a_written_record(tmp_path):
    text = "Flooding closed roads in Kharkov on Monday, officials in Ukraine said."
    start = text.index("Kharkov")
    gold = {"id": "t1", "text": text, "toponyms": [
        {"start": start, "end": start + 7, "name": "Kharkov", "lat": 49.98, "lon": 36.25},
        {"start": text.index("Ukraine"), "end": text.index("Ukraine") + 7, "name": "Ukraine",
         "lat": 49.0, "lon": 32.0}]}
    path = tmp_path / "gold.jsonl"
    path.write_text(json.dumps(gold) + "\n", encoding="utf-8")
    result = geo.run(str(path), None, None)
    assert result["gold"] == 2
    assert result["found"] >= 1 and result["correct"] >= 1


def test_shared_sets_run(shared_dir):
    path = shared_dir / "gold" / "geo" / "trnews.jsonl"
    if not path.is_file():
        pytest.skip("trnews gold not present")
    result = geo.run(str(path), None, 3)
    assert result["documents"] == 3 and result["gold"] > 0


def test_the_setting_is_scored_against_the_gold_toponyms_country(tmp_path):
    local = "The council of Springfield, Illinois, met on Monday to discuss road repairs in Springfield."
    abroad = "Flooding closed roads in Kharkov on Monday, officials in Ukraine said."
    records = [
        {"id": "a", "text": local, "toponyms": [
            {"start": local.index("Springfield"), "end": local.index("Springfield") + 11, "name": "Springfield",
             "lat": 39.80, "lon": -89.64, "country": "United States"}]},
        # A gold country the text's places contradict: the setting is wrong.
        {"id": "b", "text": abroad, "toponyms": [
            {"start": abroad.index("Kharkov"), "end": abroad.index("Kharkov") + 7, "name": "Kharkov",
             "lat": 49.98, "lon": 36.25, "country": "Poland"}]},
        {"id": "c", "text": "Nothing happened.", "toponyms": []}]
    path = tmp_path / "gold.jsonl"
    path.write_text("".join(json.dumps(r) + "\n" for r in records), encoding="utf-8")
    result = geo.run(str(path), None, None)
    assert (result["setting_right"], result["setting_wrong"], result["setting_missed"]) == (1, 1, 0)
    assert result["setting_accuracy"] == pytest.approx(0.5)
    assert "setting_accuracy" in geo.format_table(result)


def test_no_setting_figure_where_the_gold_names_no_country():
    counts = dict(gold=1, found=1, correct=1, predicted=1, predicted_correct=1, gold_nodem=1, found_nodem=1,
                  correct_nodem=1, setting_right=0, setting_wrong=0, setting_missed=0)
    result = geo._figures("x.jsonl", 1, counts)
    assert result["setting_accuracy"] is None
    assert "setting_accuracy" not in geo.format_table(result)
