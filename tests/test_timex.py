"""Temporal expressions: finding and resolving, on sentences written for the tests.

No parse is needed: without a spaCy Doc the tense comes from the sentence's words.
"""

from __future__ import annotations

from datetime import date

import pytest

from wirecoder.document import DateMention, Document
from wirecoder.timex import audit_date, find_dates, weekday_date

# 2024-05-21 is a Tuesday.
TUESDAY = "2024-05-21"


def dates(text: str, doc_date: str = TUESDAY) -> dict[str, tuple]:
    document = find_dates(Document(id="t", text=text, date=doc_date, date_source="input"))
    return {d.text: (d.value, d.precision) for d in document.dates}


@pytest.mark.parametrize("text, expected", [
    ("The minister spoke this Monday in Geneva.", ("2024-05-20", "day")),   # the day before
    ("The minister spoke on Monday in Geneva.", ("2024-05-20", "day")),
    ("The minister spoke last Monday in Geneva.", ("2024-05-20", "day")),
    ("The minister spoke on Tuesday in Geneva.", ("2024-05-21", "day")),   # same day
    ("The minister spoke on Wednesday in Geneva.", ("2024-05-15", "day")),  # most recent past one
    ("The minister spoke on Sunday in Geneva.", ("2024-05-19", "day")),
    ("The minister will speak on Friday in Geneva.", ("2024-05-24", "day")),  # future tense
    ("The minister will speak next Monday in Geneva.", ("2024-05-27", "day")),
])
def test_weekday_cases(text, expected):
    found = dates(text)
    assert list(found.values()) == [expected]


def test_weekday_date_conventions():
    tuesday = date(2024, 5, 21)
    assert weekday_date(tuesday, 0, "this") == date(2024, 5, 20)
    assert weekday_date(tuesday, 1, "last") == date(2024, 5, 14)
    assert weekday_date(tuesday, 1, "next") == date(2024, 5, 28)
    assert weekday_date(tuesday, 3, "", future=True) == date(2024, 5, 23)


@pytest.mark.parametrize("text, surface, expected", [
    ("Talks collapsed last week.", "last week", ("2024-W20", "week")),
    ("Talks began earlier this month.", "earlier this month", ("2024-05", "month")),
    ("Talks began last month.", "last month", ("2024-04", "month")),
    ("Talks began two days ago.", "two days ago", ("2024-05-19", "day")),
    ("Talks began a year ago.", "a year ago", ("2023", "year")),
    ("The army withdrew yesterday.", "yesterday", ("2024-05-20", "day")),
    ("The army withdrew yesterday morning.", "yesterday morning", ("2024-05-20TMO", "time")),
    ("Voters go to the polls today.", "today", ("2024-05-21", "day")),
    ("The ceasefire ended last year.", "last year", ("2023", "year")),
    ("Troops arrived on the 5th.", "the 5th", None),  # no month named: not a date we invent
])
def test_relative_expressions(text, surface, expected):
    found = dates(text)
    if expected is None:
        assert surface not in found
    else:
        assert found[surface] == expected


def test_the_day_before_takes_the_last_named_day():
    found = dates("The deal was signed on May 3, 2024. The day before, envoys met in Doha.")
    assert found["May 3, 2024"] == ("2024-05-03", "day")
    assert found["The day before"] == ("2024-05-02", "day")


@pytest.mark.parametrize("text, surface, expected", [
    ("Elections were held on 12 March 2023.", "12 March 2023", ("2023-03-12", "day")),
    ("Elections were held on March 12, 2023.", "March 12, 2023", ("2023-03-12", "day")),
    ("Elections were held on 2023-03-12.", "2023-03-12", ("2023-03-12", "day")),
    ("Prices rose in October 2023.", "October 2023", ("2023-10", "month")),
    ("Prices rose in 2019.", "2019", ("2019", "year")),
    ("The summit ran May 3-5, 2024.", "May 3-5, 2024", ("2024-05-03/2024-05-05", "range")),
    # TimeML marks each year of a span of years on its own.
    ("Output grew from 2019 to 2021.", "2021", ("2021", "year")),
    # Q3 2024 has not happened by May 2024: a past-tense report means 2023's.
    ("Profit fell in the third quarter.", "the third quarter", ("2023-Q3", "quarter")),
    ("Fighting resumed last summer.", "last summer", ("2023-SU", "season")),
    ("The budget for fiscal 2025 was cut.", "fiscal 2025", ("2025", "year")),
    ("The vote closed at 3:30 p.m.", "3:30 p.m.", ("2024-05-21T15:30", "time")),
    # A zone after the clock belongs to the time (timex.TIME_ZONES).
    ("The polls shut at 7 p.m. CST.", "7 p.m. CST", ("2024-05-21T19:00", "time")),
    ("The siege lasted three weeks.", "three weeks", ("P3W", "duration")),
    ("Prices are rising now.", "now", ("PRESENT_REF", "ref")),
])
def test_absolute_and_other_expressions(text, surface, expected):
    assert dates(text)[surface] == expected


def test_month_name_words_are_not_dates():
    found = dates("Officials may march to the square, and the market may fall.")
    assert found == {}


def test_no_document_date_invents_no_day():
    found = dates("The minister spoke on Monday, last week.", doc_date=None)
    assert all(value is None for value, _ in found.values())


def test_bare_month_resolves_into_the_past():
    # October named in a January article told in the past is last year's.
    assert dates("Sales fell in October.", doc_date="2024-01-10")["October"] == ("2023-10", "month")


# ------------------------------------------------------------- date audit
def _audited(text: str, printed: str, source: str, today: date = date(2026, 1, 1)) -> list[str]:
    document = Document(id="t", text=text, date=printed, date_source=source)
    mentions = find_dates(Document(id="t", text=text, date=printed)).dates
    audit_date(document, mentions, today=today)
    return [w.code for w in document.warnings]


def test_date_unverified_when_only_the_page_header_gives_it():
    assert "date-unverified" in _audited("The minister spoke on Monday.", "2024-05-21", "page-header")
    assert "date-unverified" not in _audited("The minister spoke on Monday.", "2024-05-21", "input")
    assert "date-unverified" not in _audited("Signed on May 21, 2024 in Paris.", "2024-05-21", "page-header")


def test_date_mismatch_gives_the_gap():
    document = Document(id="t", text="The accord was signed on March 2, 2022.", date="2024-05-21", date_source="input")
    audit_date(document, find_dates(Document(id="t", text=document.text, date=document.date)).dates,
               today=date(2026, 1, 1))
    mismatch = [w for w in document.warnings if w.code == "date-mismatch"]
    assert mismatch and "811 days" in mismatch[0].message


def test_recent_body_date_is_no_mismatch():
    assert "date-mismatch" not in _audited("The accord was signed on May 2, 2024.", "2024-05-21", "input")


def test_date_future():
    assert "date-future" in _audited("Nothing dated here.", "2030-01-01", "input", today=date(2026, 1, 1))
    assert "date-future" not in _audited("Nothing dated here.", "2025-01-01", "input", today=date(2026, 1, 1))


def test_date_mentions_serialise():
    document = find_dates(Document(id="t", text="Talks collapsed last week.", date=TUESDAY))
    assert document.to_dict()["dates"] == [{"text": "last week", "start": 16, "end": 25, "value": "2024-W20",
                                            "precision": "week"}]
    assert isinstance(document.dates[0], DateMention)


@pytest.mark.parametrize("text", ["It happened 2.5 years ago.", "Rome fell 5000 years ago.",
                                  "It was 3 days ago and 10 months ago.", "On 31 February 2023 nothing."])
def test_odd_expressions_never_crash(text):
    find_dates(Document(id="t", text=text, date=TUESDAY))


def test_standfirst_before_any_date_takes_the_lede_date(lexicon_detector):
    import wirecoder

    text = ("The foreign minister has met the president to discuss the border\n\n"
            "The foreign minister of Chile said on Monday that the talks would go on.")
    doc = wirecoder.code(text, date="2024-05-21")
    standfirst = [e for e in doc.events if e.start == 0]
    assert standfirst and standfirst[0].date == "2024-05-20" and standfirst[0].date_precision == "day"


def test_year_modifying_a_noun_neither_dates_the_event_nor_contradicts_the_page(lexicon_detector):
    import wirecoder

    doc = wirecoder.code("The United Nations urged both sides to respect the 2003 ceasefire agreement.",
                         date="2023-10-12")
    request = [e for e in doc.events if e.event == "REQUEST"][0]
    assert (request.date, request.date_precision) == ("2023-10-12", "document")
    assert not any(w.code == "date-mismatch" for w in doc.warnings)


@pytest.mark.model
def test_a_year_that_dates_another_noun_does_not_date_the_event():
    from wirecoder.pipeline import code_many
    from wirecoder.settings import default_settings

    settings = default_settings().with_overrides(min_confidence=0.0, require_actor=False)
    [document] = code_many([{"id": "t", "date": "2013-09-27", "text":
        "A jury has convicted a man of murder in the 2012 killing of his girlfriend.\n\n"
        "The jury deliberated for seven hours Thursday."}], settings)
    [convicted] = [e for e in document.events if e.event_text == "convicted" and e.event == "SANCTION"]
    assert convicted.date == "2013-09-26"


@pytest.mark.model
def test_a_bare_month_under_a_gerund_with_no_tense_is_the_nearer_one():
    from wirecoder.pipeline import code_many

    [ahead, told] = code_many([
        {"id": "a", "date": "2009-03-23", "text":
         "The rider said he would see doctors to decide if he needs surgery, leaving in doubt his start "
         "in the big race in July."},
        {"id": "b", "date": "1989-10-30", "text":
         "The stock has fluctuated sharply, rising to a high of $42 in June from $29 in March."}])
    assert [m.value for m in ahead.dates if m.text.startswith("July")] == ["2009-07"]
    # A participle of a clause told in the past is past.
    assert [m.value for m in told.dates if m.text.startswith("March")] == ["1989-03"]


def test_a_number_before_a_street_is_a_house_number_not_a_year():
    from wirecoder.document import Document
    from wirecoder.timex import find_dates

    document = Document(id="t", text="Jane Roe, 19, of 1935 Orchard St., was arrested in 1998 at 2010 N. Main Street.",
                        date="2009-03-07")
    assert [m.value for m in find_dates(document).dates] == ["1998"]


@pytest.mark.model
def test_a_possessive_day_dates_the_event_at_that_occasion():
    from wirecoder.pipeline import code_many
    from wirecoder.settings import default_settings

    settings = default_settings().with_overrides(min_confidence=0.0, require_actor=False)
    [document] = code_many([{"id": "t", "date": "2016-03-10", "text":
        "The senator criticized the governor at Monday's meeting in Ohio."}], settings)
    [criticized] = [e for e in document.events if e.event_text == "criticized"]
    assert criticized.date == "2016-03-07"


@pytest.mark.parametrize("text, expected", [
    ("The town fell on Aug. 29, 1526, after a siege.", ("Aug. 29, 1526", "1526-08-29", "day")),
    ("The treaty was signed on 4 March 1152 in the abbey.", ("4 March 1152", "1152-03-04", "day")),
])
def test_a_full_date_may_name_any_year_from_1000(text, expected):
    span, value, precision = expected
    assert dates(text)[span] == (value, precision)


@pytest.mark.parametrize("text, expected", [
    ("Veterans of the 2020-2022 war marched in the capital.", ("2020-2022", "2022")),
    ("He wrote a history of the 1914–18 war.", ("1914–18", "1918")),
    ("The 2023-24 budget was passed.", ("2023-24", "2024")),
])
def test_a_span_of_years_is_dated_by_its_last(text, expected):
    span, value = expected
    assert dates(text)[span] == (value, "year")


def test_a_count_of_years_is_no_date():
    assert "1500" not in dates("About 1500 troops crossed the border.")
