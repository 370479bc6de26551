"""The seed article from ../shared (skipped when absent): the must-show results."""


def _codes(actors):
    return {a.code for a in actors}


def test_seed_title_date_and_chrome(coded_seed):
    doc, _ = coded_seed
    assert doc.title == "Russia sees an agreement with the US and NATO as possible"
    assert (doc.date, doc.date_source) == ("2024-05-21", "page-header")
    removed = {r.kind: r.text for r in doc.removed}
    assert removed["navigation"] == "HomeGlobal"
    assert removed["caption"].endswith("/ Reuters")
    assert removed["footer"] == "Recent posts"
    for chrome in ("HomeGlobal", "/ Reuters", "Recent posts"):
        assert chrome not in doc.text


def test_seed_events_are_coded_with_russia_and_nato(coded_seed):
    doc, _ = coded_seed
    russian = [e for e in doc.events if "RUS" in _codes(e.actor)]
    assert len(russian) >= 2
    assert any({"USA", "IGO"} <= _codes(e.recipient) for e in doc.events)
    reject = [e for e in doc.events if e.event == "REJECT"]
    assert reject and _codes(reject[0].actor) == {"RUS"} and {"USA", "IGO"} <= _codes(reject[0].recipient)
    consult = [e for e in doc.events if e.event == "CONSULT" and "RUS" in _codes(e.actor) and "RUS" in _codes(e.recipient)]
    assert consult


def test_seed_agree_with_us_and_nato(coded_seed):
    doc, _ = coded_seed
    agree = [e for e in doc.events if e.event == "AGREE" and "RUS" in _codes(e.actor)
             and {"USA", "IGO"} <= _codes(e.recipient)]
    assert agree
    assert not any(_codes(e.actor) & _codes(e.recipient) and any(
        a.start < r.end and r.start < a.end for a in e.actor for r in e.recipient) for e in doc.events)
