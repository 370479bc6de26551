"""TimeML / TIMEX3 conventions of the date tagger, on sentences written for the tests.

No parse is needed: without a spaCy Doc the tense comes from the sentence's words.
"""

from __future__ import annotations

import pytest

from wirecoder.document import Document
from wirecoder.timex import date_for_token, find_dates

# 2024-05-21 is a Tuesday.
TUESDAY = "2024-05-21"


def mentions(text: str, doc_date: str = TUESDAY) -> dict[str, tuple]:
    document = find_dates(Document(id="t", text=text, date=doc_date, date_source="input"))
    return {d.text: (d.value, d.precision) for d in document.dates}


@pytest.mark.parametrize("text, surface, expected", [
    # "later/after/before": the amount alone, as a duration
    ("The rebels regrouped. Three days later, they attacked.", "Three days", ("P3D", "duration")),
    ("The bonds may be sold 90 days after their issue.", "90 days", ("P90D", "duration")),
    ("The bank has to wait at least 30 days before it closes.", "at least 30 days", ("P30D", "duration")),
    ("He died nearly two months after the crash.", "nearly two months", ("P2M", "duration")),
    # "ago" and "a year earlier" stay points
    ("The truce began two weeks ago.", "two weeks ago", ("2024-W19", "week")),
])
def test_relative_durations(text, surface, expected):
    assert mentions(text)[surface] == expected


def test_later_keeps_where_it_lands():
    document = find_dates(Document(id="t", text="Talks opened on Monday. Three days later they failed.",
                                   date=TUESDAY))
    later = [d for d in document.dates if d.text == "Three days"][0]
    assert (later.value, later.anchor) == ("P3D", "2024-05-23")
    assert "anchor" in document.to_dict()["dates"][1]
    assert "anchor" not in document.to_dict()["dates"][0]  # null anchors stay out of the JSON


@pytest.mark.parametrize("text, surface, expected", [
    ("The blast hit at 10 p.m. Sunday, police said.", "10 p.m. Sunday", ("2024-05-19T22:00", "time")),
    ("Talks broke off at noon Monday.", "noon Monday", ("2024-05-20T12:00", "time")),
    ("The offer expired at 5 p.m. EST, May 3.", "5 p.m. EST, May 3", ("2024-05-03T17:00", "time")),
    ("Shares were up at mid-afternoon yesterday.", "mid-afternoon yesterday", ("2024-05-20TAF", "time")),
    ("The court sat again at midday.", "midday", ("2024-05-21T12:00", "time")),
])
def test_clock_time_with_its_day(text, surface, expected):
    assert mentions(text)[surface] == expected


@pytest.mark.parametrize("text, surface, expected", [
    ("The boy was rescued on Thanksgiving Day.", "Thanksgiving Day", ("2023-11-23", "day")),
    ("Voters went to the polls on Election Day.", "Election Day", ("2023-11-07", "day")),
    ("The stores reopened after Christmas.", "Christmas", ("2023-12-25", "day")),
    ("Fireworks will light the sky on Independence Day.", "Independence Day", ("2024-07-04", "day")),
])
def test_holidays(text, surface, expected):
    assert mentions(text)[surface] == expected


@pytest.mark.parametrize("text, surface, expected", [
    ("Revenue for the year ended March 31 rose.", "the year", ("P1Y", "duration")),
    ("Sales for the full year were flat.", "the full year", ("2024", "year")),
    ("Sales in the latest fiscal year fell.", "the latest fiscal year", ("2023", "year")),
    ("Profit beat the 2022 second quarter.", "the 2022 second quarter", ("2022-Q2", "quarter")),
    ("Profit beat the year-earlier third quarter.", "the year-earlier third quarter", ("2022-Q3", "quarter")),
    ("Output fell in the last half of 2019.", "the last half of 2019", ("2019-H2", "half")),
    ("The plant will close by year-end.", "year-end", ("2024", "year")),
])
def test_fiscal_periods(text, surface, expected):
    assert mentions(text)[surface] == expected


def test_a_year_without_ordinal_takes_the_reports_quarter():
    found = mentions("Profit rose in the first quarter of 2024. It fell in the 2023 period.")
    assert found["the 2023 period"] == ("2023-Q1", "quarter")


@pytest.mark.parametrize("text, surface, expected", [
    ("Growth slowed over the past decade.", "the past decade", ("P10Y", "duration")),
    ("Prices rose in the past year.", "the past year", ("2023", "year")),
    ("Crime fell through the nineties.", "the nineties", ("199", "decade")),
    ("It was the worst crash of the 20th century.", "the 20th century", ("19", "century")),
    ("The plan is ready for the year two thousand.", "the year two thousand", ("2000", "year")),
    ("Rates may fall in the near future.", "the near future", ("FUTURE_REF", "ref")),
    ("Rates may fall in coming weeks.", "coming weeks", ("PXW", "duration")),
    ("The loan may run for an additional year.", "an additional year", ("P1Y", "duration")),
    ("The siege lasted 2 1/2 years.", "2 1/2 years", ("P2Y6M", "duration")),
    ("The flight took 5 1/2 hours.", "5 1/2 hours", ("PT5H30M", "duration")),
    ("The festival is held each July.", "each July", ("XXXX-07", "set")),
    ("Flights leave each Thursday.", "each Thursday", ("XXXX-WXX-4", "set")),
    ("Sales peak over the summer.", "the summer", ("2023-SU", "season")),
])
def test_spans_and_conventions(text, surface, expected):
    assert mentions(text)[surface] == expected


def test_each_year_of_a_span_is_its_own_expression():
    found = mentions("Output grew between 2019 and 2021.")
    assert found == {"2019": ("2019", "year"), "2021": ("2021", "year")}


def test_words_that_are_not_these_dates():
    assert "each may" not in " ".join(mentions("Each may have its own rules.")).lower()
    assert mentions("The leaves fall in the park.") == {}


@pytest.mark.parametrize("text, expected", [
    ("The talks could resume as early as Thursday.", "2024-05-23"),
    ("The envoy met the king on Thursday.", "2024-05-16"),
])
def test_weekday_ahead_after_an_early_cue(text, expected):
    assert mentions(text)["Thursday"] == (expected, "day")


def test_event_after_later_is_dated_where_the_duration_lands():
    import wirecoder

    doc = wirecoder.code("Rebels attacked the town on Monday. Three days later, the army arrested 40 rebels.",
                         date=TUESDAY)
    later = [d for d in doc.dates if d.text == "Three days"][0]
    assert later.anchor == "2024-05-23"
    token = next(t for t in doc.spacy_doc if t.text == "arrested")
    assert date_for_token(doc, token).value == "2024-05-23"


def test_a_day_named_in_the_clause_dates_an_event_before_a_part_of_day_alone():
    import wirecoder

    doc = wirecoder.code("Two men were arrested during early-morning raids on Friday 14th June 2019, police said.",
                         date=TUESDAY)
    token = next(t for t in doc.spacy_doc if t.text == "arrested")
    assert date_for_token(doc, token).value == "2019-06-14"
    # A part of day that names its day still dates it.
    doc = wirecoder.code("Police arrested two men on Monday morning during raids in 2019.", date=TUESDAY)
    token = next(t for t in doc.spacy_doc if t.text == "arrested")
    assert date_for_token(doc, token).value.startswith("2024-05-20")


@pytest.mark.parametrize("value, last", [
    ("2011-03", "2011-03-31"), ("2011-12", "2011-12-31"), ("2011-W10", "2011-03-13"), ("1993", "1993-12-31"),
    ("199", "1999-12-31"), ("2011-Q1", "2011-03-31"), ("2011-H1", "2011-06-30"), ("2011-WI", "2012-03-31"),
    ("2016-04-29", "2016-04-29"), ("P3D", None), ("PRESENT_REF", None), ("2011-02-30", None), (None, None),
])
def test_the_last_day_a_value_covers(value, last):
    from wirecoder.timex import latest_day

    found = latest_day(value)
    assert (found.isoformat() if found else None) == last


def _row_aux_modes(text: str, word: str) -> list[list[str]]:
    """The auxiliary modes of each row (every row kept) whose trigger is `word`."""
    import wirecoder
    from wirecoder.settings import default_settings

    settings = default_settings().with_overrides(min_confidence=0.0, require_actor=False)
    doc = wirecoder.code(text, date=TUESDAY, settings=settings)
    return [e.aux_mode for e in doc.events if e.event_text == word]


def test_an_act_its_own_clause_dates_years_before_the_article_is_historical():
    aux_modes = _row_aux_modes
    old = aux_modes("In 1998, rebels bombed a bridge near the capital.", "bombed")
    assert old and all("historical" in modes for modes in old)
    # A date of another clause dates that clause's act, not this one.
    charged = aux_modes("Two brothers were charged with killing a grocer on June 3, 2019.", "charged")
    assert charged and not any("historical" in modes for modes in charged)
    # Last month is no background.
    recent = aux_modes("In April 2024, rebels bombed a bridge near the capital.", "bombed")
    assert recent and not any("historical" in modes for modes in recent)


def test_the_date_of_the_act_that_killed_dates_the_killing():
    import wirecoder

    doc = wirecoder.code("The 1998 bombing of the bridge killed six people. The 1998 treaty was broken by rebels.",
                         date=TUESDAY)
    killed = next(t for t in doc.spacy_doc if t.text == "killed")
    assert date_for_token(doc, killed).value == "1998"
    # A date on another kind of thing still dates only that thing.
    broken = next(t for t in doc.spacy_doc if t.text == "broken")
    found = date_for_token(doc, broken)
    assert found is None or found.value != "1998"


def test_a_past_act_takes_no_date_after_the_article():
    import wirecoder

    doc = wirecoder.code("The senator will hold a town hall on Thursday. Rivals criticized her plan for the port. "
                         "Her aides say they will answer the critics on Thursday.", date=TUESDAY)
    criticized = next(t for t in doc.spacy_doc if t.text == "criticized")
    assert date_for_token(doc, criticized) is None  # the article's own date, not Thursday the 23rd
    # An act still to come keeps the day ahead.
    answer = next(t for t in doc.spacy_doc if t.text == "answer")
    assert date_for_token(doc, answer).value == "2024-05-23"
    # And a past act in a clause with its own date keeps it.
    doc = wirecoder.code("Rivals criticized her plan for the port on Monday.", date=TUESDAY)
    criticized = next(t for t in doc.spacy_doc if t.text == "criticized")
    assert date_for_token(doc, criticized).value == "2024-05-20"
    # An act told as now is no later either; a timetable's present still is.
    doc = wirecoder.code("The senator will hold a town hall on Thursday. The mayor blames the port board for the "
                         "delays. The town hall begins at noon.", date=TUESDAY)
    blames = next(t for t in doc.spacy_doc if t.text == "blames")
    assert date_for_token(doc, blames) is None
    begins = next(t for t in doc.spacy_doc if t.text == "begins")
    assert date_for_token(doc, begins).value.startswith("2024-05-23")
    # A gerund after a preposition is told as its verb is: "was devoted to criticizing" is done.
    doc = wirecoder.code("The senator will hold a town hall on Thursday. Most of her last speech was devoted to "
                         "criticizing the port board.", date=TUESDAY)
    criticizing = next(t for t in doc.spacy_doc if t.text == "criticizing")
    assert date_for_token(doc, criticizing) is None
    # The same with "devoted" parsed as the complement of a past "was".
    doc = wirecoder.code("The senator will hold a town hall on Thursday. Much of her address in Riverton was devoted "
                         "to criticizing the port board's plans.", date=TUESDAY)
    assert next(t for t in doc.spacy_doc if t.text == "devoted").dep_ == "acomp"
    criticizing = next(t for t in doc.spacy_doc if t.text == "criticizing")
    assert date_for_token(doc, criticizing) is None


@pytest.mark.parametrize("text, surface, value", [
    ("Officers say the man tried to snatch a purse outside the pharmacy late Friday night.", "Friday night",
     "2024-05-17TNI"),
    ("The senator struggled to answer a question about the port on Sunday.", "Sunday", "2024-05-19"),
    # A plan stays ahead, as does a future in the past.
    ("The mayor said he hoped to pick a builder on Friday.", "Friday", "2024-05-24"),
    ("The firm was to report its earnings on Friday, a spokesman said.", "Friday", "2024-05-24"),
])
def test_an_infinitive_under_a_past_verb_was_done_by_then(text, surface, value):
    import wirecoder

    doc = wirecoder.code(text, date=TUESDAY)
    assert {d.text: d.value for d in doc.dates}[surface] == value


def test_the_year_of_a_war_the_act_fell_in_dates_the_act():
    import wirecoder

    doc = wirecoder.code("In the 1999 Kosovo war, 14 villagers were killed in a bombing near Pec. During the 2003 "
                         "invasion, soldiers detained the mayor. Rebels who fought in the 1999 war were arrested.",
                         date=TUESDAY)
    killed = next(t for t in doc.spacy_doc if t.text == "killed")
    assert date_for_token(doc, killed).value == "1999"
    detained = next(t for t in doc.spacy_doc if t.text == "detained")
    assert date_for_token(doc, detained).value == "2003"
    # (a war the people acting fought in another clause does not date this act)
    arrested = next(t for t in doc.spacy_doc if t.text == "arrested")
    found = date_for_token(doc, arrested)
    assert found is None or found.value != "1999"


def test_the_act_a_penalty_is_for_has_its_own_date_and_happened():
    import wirecoder
    from wirecoder.events.modes import aux_modes
    from wirecoder.timex import the_reason_for_a_penalty

    doc = wirecoder.code("The inmate is scheduled to die on June 6 for the stabbing of a shop clerk in Dayton on "
                         "March 4, 1995. Strikers could be punished for any walkout, the mayor warned.", date=TUESDAY)
    stabbing = next(t for t in doc.spacy_doc if t.text == "stabbing")
    # (the execution's day and its "scheduled" had dated the stabbing and made it future)
    assert date_for_token(doc, stabbing).value == "1995-03-04"
    assert "future" not in aux_modes(stabbing, "ASSAULT")
    # An act in general ("any walkout") is no act a penalty is for.
    walkout = next(t for t in doc.spacy_doc if t.text == "walkout")
    assert not the_reason_for_a_penalty(walkout)


def test_a_when_clause_shares_the_date_of_the_clause_it_tells_the_time_of():
    shot = _row_aux_modes("Twenty years ago -- when the last border guard was shot dead -- a truce like this one "
                          "would have been unthinkable.", "shot")
    # (the date was the act's, but it hangs on the main clause: the act was not marked as background)
    assert shot and all("historical" in modes for modes in shot)


def test_an_act_told_as_what_came_before_a_long_past_date_is_historical():
    aux_modes = _row_aux_modes
    riots = aux_modes("Riots broke out in the port in 2011 after soldiers shot a fisherman near the docks.", "shot")
    death = aux_modes("The town rose up in March 2013 following the death of a driver who was shot by a guard.",
                      "shot")
    assert riots and death and all("historical" in modes for modes in riots + death)
    recent = aux_modes("Riots broke out in the port last week after soldiers shot a fisherman near the docks.", "shot")
    assert recent and not any("historical" in modes for modes in recent)
