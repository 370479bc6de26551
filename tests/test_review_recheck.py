"""scripts/review_recheck.py: what became of each judged row when its article is coded again."""


def _row(start, event, actor, recipient, aux_mode=()):
    return {"trigger_start": start, "event": event, "actor": [{"code": c} for c in actor],
            "recipient": [{"code": c} for c in recipient], "aux_mode": list(aux_mode)}


def _judged(doc, start, event, actor, recipient, verdict, aux_mode=()):
    return {"doc": doc, "trigger": [start, start + 6], "event": event, "actor": actor, "recipient": recipient,
            "verdict": verdict, "aux_mode": list(aux_mode)}


def test_a_judged_row_is_kept_changed_or_gone(load_script):
    script = load_script("review_recheck")
    now = [_row(10, "COERCE", ["USA"], ["USA"]), _row(40, "ASSAULT", [None], ["MEX"])]
    assert script.classify(_judged("polnear:1", 10, "COERCE", ["USA"], ["USA"], "right"), now)[0] == "kept"
    assert script.classify(_judged("polnear:1", 40, "ASSAULT", [None], ["USA"], "wrong"), now)[0] == "changed"
    # The same codes with other flags: a charge still to come, now marked future.
    flagged = [_row(10, "ACCUSE", ["USA"], ["USA"], ["future"])]
    assert script.classify(_judged("polnear:1", 10, "ACCUSE", ["USA"], ["USA"], "wrong"), flagged)[0] == "changed"
    assert script.classify(_judged("polnear:1", 10, "ACCUSE", ["USA"], ["USA"], "right", ["future"]), flagged)[0] \
        == "kept"
    # Another type on the same trigger is not the judged row.
    assert script.classify(_judged("polnear:1", 10, "ACCUSE", ["USA"], ["USA"], "wrong"), now) == ("gone", None)


def test_the_tally_splits_corpus_from_unread_articles_and_counts_codes_as_right(load_script):
    script = load_script("review_recheck")
    judged = [_judged("lgl:7", 10, "COERCE", ["USA"], ["USA"], "codes"),
              _judged("trnews:3", 5, "ACCUSE", ["GBR"], [], "wrong"),
              _judged("trnews:3", 90, "ACCUSE", ["GBR"], [], "wrong")]
    counts = script.tally(judged, {"lgl:7": [_row(10, "COERCE", ["USA"], ["USA"])],
                                   "trnews:3": [_row(5, "ACCUSE", ["GBR"], [])]})
    assert counts == {("corpus", "right", "kept"): 1, ("unread", "wrong", "kept"): 1,
                      ("unread", "wrong", "gone"): 1}
