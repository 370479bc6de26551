"""Bodies named again by a word for them, and acts dated long ago
(seventy-eighth session): "the bloc" after a union of states, a
ministry's spokesman after the ministry, in a story filed from another
country, and acts of a war or a day centuries or years before."""

import pytest
from tests.coded_rows import rows as _rows

pytestmark = pytest.mark.model


def test_the_bloc_is_the_union_named_before_not_the_accusers_country():
    [row] = _rows("BRUSSELS — The European Union widened its asset freezes on Monday. Venezuela accused the bloc "
                  "of meddling in its affairs.", "accused", "ACCUSE")
    assert [(r.entity_text, r.code) for r in row.recipient] == [("the bloc", "EUR")]


def test_a_described_bloc_is_the_union_named_before():
    [row] = _rows("JAKARTA — ASEAN leaders met in Jakarta on Friday. Myanmar's junta criticised the regional bloc "
                  "for excluding its envoy.", "criticised", "ACCUSE")
    assert [r.code for r in row.recipient] == ["IGO"]
    assert [r.name for r in row.recipient] == ["ASEAN"]


def test_a_bloc_of_people_named_by_a_people_is_not_taken_for_the_union():
    from wirecoder.actors.resolve import _a_described_union
    from wirecoder.nlp import load_model

    doc = load_model()("Mali criticised the West African bloc for its sanctions.")
    bloc = next(t for t in doc if t.lower_ == "bloc")
    assert not _a_described_union(bloc)


def test_a_ministry_spokesman_speaks_for_the_ministry_named_before_not_the_dateline():
    [row] = _rows("BRUSSELS — Iran's foreign ministry denounced the European Union's new sanctions on Monday. "
                  "A ministry spokesman accused the bloc of hypocrisy.", "accused", "ACCUSE")
    assert [(a.entity_text, a.code) for a in row.actor] == [("A ministry spokesman", "IRN")]
    assert [r.code for r in row.recipient] == ["EUR"]


def test_a_ministry_spokesman_with_no_ministry_before_is_the_datelines():
    [row] = _rows("BRUSSELS — The government announced new rules on Monday. A ministry spokesman accused the "
                  "opposition of lying.", "accused", "ACCUSE")
    assert [a.code for a in row.actor] == ["BEL"]


def test_an_attack_in_a_war_of_years_long_past_is_historical():
    [row] = _rows("ADDIS ABABA — Veterans gathered in Mekele on Sunday. During the 2020-2022 war, rebels attacked "
                  "the town of Alamata.", "attacked", "ASSAULT")
    assert row.date == "2022" and "historical" in row.aux_mode


def test_an_attack_on_a_date_centuries_ago_is_dated_then():
    [row] = _rows("BUDAPEST — Hungary marked the anniversary of the battle on Sunday. On Aug. 29, 1526, Ottoman "
                  "troops killed thousands of Hungarian soldiers at Mohacs.", "killed", "ASSAULT")
    assert row.date == "1526-08-29" and "historical" in row.aux_mode


def test_an_act_in_the_simple_past_in_a_sentence_dated_only_long_ago_is_historical():
    [row] = _rows("LONDON — Veterans marked the anniversary on Sunday. Argentina and Britain fought a 74-day war over "
                  "the islands in 1982 after Argentine forces invaded the archipelago; 649 Argentine and 255 British "
                  "servicemen were killed.", "killed", "ASSAULT")
    assert "historical" in row.aux_mode


def test_an_act_of_a_sentence_that_also_names_a_recent_day_is_not_historical():
    rows = _rows("NAIROBI — Rebels who attacked the town in 2019 attacked a police post on Monday, officials said.",
                 "attacked", "ASSAULT")
    assert any("historical" not in r.aux_mode and r.date == "2026-03-02" for r in rows)


def test_a_date_inside_what_was_called_for_does_not_date_the_accusation():
    [row] = _rows("OTTAWA — NDP education critic Marcus Dhaliwal accused the minister of provoking a fight with "
                  "teachers and called on her to restore funding cut in 2019.", "accused", "ACCUSE")
    assert "historical" not in row.aux_mode


def test_a_date_that_starts_a_time_running_on_does_not_date_a_joined_act():
    from wirecoder.events.extract import _told_in_a_past_long_gone
    from wirecoder.pipeline import code

    document = code("CAIRO — Since his arrest in August 2013, Soltan has become a critic of the government, and he "
                    "alleged in his lawsuit that he was targeted.", date="2026-03-03")
    alleged = next(t for t in document.spacy_doc if t.text == "alleged")
    assert not _told_in_a_past_long_gone(document, alleged)
