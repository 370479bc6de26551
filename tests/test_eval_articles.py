"""The article scorer: segmentation, offsets back to the raw text, and the definitions."""

from wirecoder.evaluate.articles import _offset_map, score_articles, segment


def test_segment_keeps_titles_with_their_sentence_and_lines_apart():
    text = "Capt. Ann Lee said Sen. Bo Ray left.\nA new line. Another one."
    spans = [text[s:e] for s, e in segment(text)]
    assert spans == ["Capt. Ann Lee said Sen. Bo Ray left.", "A new line.", "Another one."]


def test_offsets_map_back_from_the_cleaned_body():
    raw = "Home | News | World\nPolice arrested a man.\nRecent posts"
    cleaned = "Police arrested a man."
    to_raw = _offset_map(cleaned, raw)
    assert raw[to_raw(7):to_raw(7) + 8] == "arrested"


def _gold(events, sentences=((0, 10), (11, 20))):
    return {"id": "a", "sentences": [list(s) for s in sentences], "events": events}


def _event(sentence, kind, actor, recipient, aux=()):
    return {"sentence": sentence, "event": kind, "aux_mode": list(aux),
            "actor": [{"code": actor}], "recipient": [{"code": recipient}] if recipient else []}


def _pred(offset, kind, actor, recipient, aux=()):
    return {"event": kind, "trigger_start": offset, "aux_mode": list(aux), "confidence": 0.9,
            "actor": [{"code": actor}], "recipient": [{"code": recipient}] if recipient else []}


def test_event_and_dyad_scores_and_rates():
    corpus = {"a": {"text": "one two three four five six seven eight nine ten"}, "b": {"text": "calm day"}}
    gold = [_gold([_event(0, "ACCUSE", "USA", "RUS"), _event(1, "ASSAULT", "RUS", "UKR"),
                   _event(1, "AGREE", "FRA", None, aux=["hypothetical"])]),
            {"id": "b", "sentences": [[0, 8]], "events": []}]
    predictions = {"a": [_pred(3, "ACCUSE", "USA", "UNO"), _pred(12, "ASSAULT", "RUS", "UKR"),
                         _pred(15, "COERCE", "RUS", "UKR"), _pred(16, "AGREE", "FRA", None, aux=["hypothetical"])],
                   "b": [_pred(2, "PROTEST", "USA", None)]}
    result = score_articles(gold, predictions, corpus)
    # (sentence, type): ACCUSE and ASSAULT right, COERCE and PROTEST wrong; hypotheticals left out.
    assert (result["event"]["tp"], result["event"]["predicted"], result["event"]["gold"]) == (2, 4, 2)
    # Dyads: ASSAULT RUS→UKR right; ACCUSE USA→IGO (UN) is not USA→RUS.
    assert (result["dyad"]["tp"], result["dyad"]["predicted"], result["dyad"]["gold"]) == (1, 4, 2)
    assert result["no_event_articles"] == {"articles": 1, "with_asserted_rows": 1, "with_any_rows": 1,
                                           "share_with_asserted_rows": 1.0, "share_with_any_rows": 1.0}
    assert result["rows_per_1000_words"]["gold_asserted"] == round(2 * 1000 / 12, 2)


def test_the_coders_settings_are_scored_against_the_annotators():
    from wirecoder.evaluate.articles import format_table, score_settings

    gold = [{"id": i, "setting": s} for i, s in (("a", "USA"), ("b", "GBR"), ("c", "IND"), ("d", None), ("e", None))]
    found = {"a": "USA", "b": "CAN", "c": None, "d": "FRA", "e": None}
    assert score_settings(gold, found) == {"right": 2, "wrong": 1, "missed": 1, "extra": 1, "accuracy": 0.4}
    corpus = {"a": {"text": "calm day"}}
    result = score_articles([{"id": "a", "sentences": [[0, 8]], "events": [], "setting": "USA"}], {}, corpus,
                            {"a": "USA"})
    assert result["setting"]["right"] == 1
    assert "setting: 100.0% right (1); 0 wrong, 0 missed, 0 extra" in format_table(result)
    assert "setting" not in score_articles([{"id": "a", "sentences": [[0, 8]], "events": []}], {}, corpus)
