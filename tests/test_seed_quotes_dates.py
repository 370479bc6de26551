"""The seed article (../shared, skipped without it): quotes, dates, audit."""

from __future__ import annotations


def _document(coded_seed):
    document, _ = coded_seed
    return document


def test_every_marked_quote_is_attributed(coded_seed):
    document = _document(coded_seed)
    text = document.text
    direct = [q for q in document.quotes if q.direct]
    # every « » / “ ” span in the body is found
    marks = text.count("“") + text.count("«")
    assert len(direct) >= marks - 2  # interrupted quotes by one speaker are merged
    last_paragraph = text.rindex("\n\n")
    authorities = text.index("Last week")
    for quote in direct:
        assert quote.speaker is not None, quote.text
        if quote.start > last_paragraph:
            assert "Ministry of Foreign Affairs" in quote.speaker.name and quote.speaker.code == "RUS"
        elif quote.start > authorities:
            # "calling it “discourtesy”": the Russian authorities' word, not Lavrov's
            assert quote.speaker.code == "RUS"
        else:
            assert quote.speaker.name == "Sergei Lavrov", quote.text


def test_relative_dates_resolved(coded_seed):
    document = _document(coded_seed)
    found = {d.text: (d.value, d.precision) for d in document.dates}
    assert found["this Monday"] == ("2024-05-20", "day")
    assert found["Last week"] == ("2024-W20", "week")


def test_consult_and_agree_events_dated_monday(coded_seed, lexicon_detector):
    # Dates, not detection: the seed coded again with every lexicon trigger backed.
    from wirecoder.ingest import read_sources
    from wirecoder.pipeline import code_raw

    document = next(code_raw(read_sources([_document(coded_seed).id])))
    events = [e for e in document.events if e.event in ("CONSULT", "AGREE")
              and e.start < document.text.index("Last week")]
    assert events
    assert all(e.date == "2024-05-20" and e.date_precision == "day" for e in events)


def test_date_unverified_names_the_page_header(coded_seed):
    document = _document(coded_seed)
    warnings = [w for w in document.warnings if w.code == "date-unverified"]
    assert len(warnings) == 1 and "page header" in warnings[0].message
