"""scripts/sample_rows.py: rows for a review are drawn from articles outside our gold."""

import json


def test_other_articles_leave_out_those_of_our_gold(tmp_path, load_script):
    script = load_script("sample_rows")
    in_gold = sorted(script.gold_article_ids())[0]
    path = tmp_path / "articles.jsonl"
    path.write_text("\n".join(json.dumps({"id": i, "text": "Police arrested a man on Friday."})
                              for i in (in_gold, "elsewhere:1")) + "\n", encoding="utf-8")
    assert [a["id"] for a in script._articles([path])] == ["elsewhere:1"]


def test_a_band_keeps_only_the_rows_between_its_bounds(load_script):
    script = load_script("sample_rows")

    class Row:
        def __init__(self, confidence):
            self.confidence = confidence

    kept = [c for c in (0.49, 0.5, 0.69, 0.7, 0.95) if script._in_band(Row(c), (0.5, 0.7))]
    assert kept == [0.5, 0.69]
    assert script._in_band(Row(0.1), None)
