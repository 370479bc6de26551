"""Rules read off the eighty-first session's own batches (BR to BU), each
read once before any rule was written: a state's allies coded as the
state, initials the article spelled out read as another body, acts blamed
on a group, days "last year", shots "without" which nothing happened, "its"
in what a body says, a dateline left for a state's forces, a group's own
name before its apposition, game bodies, collapses, and party rallies."""

import pytest
from tests.coded_rows import codes as _codes
from tests.coded_rows import document as _document
from tests.coded_rows import rows as _rows

pytestmark = pytest.mark.model


# ------------------------------------------------------------ parties

def test_a_states_allies_are_not_that_state():
    text = ("WARSAW — Poland on Monday expelled two Belarusian diplomats over an arson plot at a depot near "
            "Lublin. Poland's allies voiced support.")
    assert not any("POL" in _codes(e.actor) for e in _rows(text, "support"))


def test_a_states_neighbours_do_not_condemn_as_that_state():
    text = "Hungary's neighbours condemned the referendum on Sunday."
    assert not any("HUN" in _codes(e.actor) for e in _rows(text, "condemned"))


def test_initials_spelled_out_before_name_the_positions_they_hold():
    text = ("The paramilitary Rapid Support Forces shelled a camp near Nyala on Monday. The army said its air "
            "force had struck RSF positions east of the town.")
    [row] = _rows(text, "struck")
    assert _codes(row.recipient) == ["SDN"] and row.recipient[0].sector == ["REB"]


def test_shelling_blamed_on_a_group_is_that_groups():
    text = ("Shelling blamed on the paramilitary Rapid Support Forces hit a busy market in El Obeid on Tuesday, "
            "killing at least nine people.")
    [row] = _rows(text, "Shelling")
    assert [(p.code, p.sector) for p in row.actor] == [("SDN", ["REB"])]
    assert all(p.sector != ["REB"] for p in row.recipient)


def test_an_attack_attributed_to_a_group_is_that_groups():
    text = "An ambush attributed to Islamic State killed eleven soldiers near Diffa on Friday."
    rows = _rows(text)
    assert rows and all(_codes(e.actor) == ["IMG"] for e in rows)


def test_acknowledging_an_attack_is_not_carrying_it_out():
    text = ("In a statement read on state television, the Burkinabe army general staff acknowledged \"a complex "
            "attack\" on a fuel convoy but gave a lower toll.")
    assert not any("BFA" in _codes(e.actor) for e in _rows(text, "attack"))


def test_its_forces_in_what_a_body_says_are_the_bodys():
    text = ("Russia's reconciliation centre in Syria said in a statement that its air force had struck terrorist "
            "command posts near Idlib on Wednesday.")
    rows = _rows(text, "struck")
    assert rows and all(_codes(e.actor) == ["RUS"] for e in rows)


def test_a_groups_own_name_comes_before_its_apposition():
    text = ("JNIM, the al Qaeda affiliate active across the central Sahel, has besieged towns it accuses of "
            "backing the army.")
    rows = _rows(text, "accuses")
    assert rows and all(_codes(e.actor) == ["IMG"] for e in rows)


def test_a_name_running_on_through_a_preposition_is_that_body():
    text = "Leaders of the far-right Alternative for Germany denounced the ruling on Monday."
    document = _document(text)
    found = [m for m in document.mentions if m.actor.entity_text == "the far-right Alternative"]
    assert found and all((m.actor.code, m.actor.sector) == ("DEU", ["PTY"]) for m in found)


# ------------------------------------------------------------ settings

def test_a_states_warplanes_do_not_move_a_datelined_story_there():
    text = ("SANAA, Yemen (Wire) — U.S. warplanes struck targets around the port of Hodeidah before dawn on "
            "Wednesday, hours after Yemen's Houthi rebels threatened new attacks on shipping, the U.S. military "
            "said.\n\nU.S. Central Command said the strikes hit radar sites. U.S. officials said U.S. forces "
            "would strike again. The Houthis said four people were killed in Yemen.")
    document = _document(text)
    assert document.setting == "YEM"
    [row] = [e for e in document.events if e.event_text == "struck"]
    assert _codes(row.actor) == ["USA"] and _codes(row.recipient) == ["YEM"]


# ------------------------------------------------------------ dates and modes

def test_a_day_last_year_is_of_the_year_before():
    document = _document("Gunmen attacked a border post in the north on Oct. 7 last year, killing nine people. "
                         "The talks resumed on 5 January this year and end on Nov. 5 next year.", date="2024-08-20")
    values = {d.text: d.value for d in document.dates}
    assert values["Oct. 7 last year"] == "2023-10-07"
    assert values["5 January this year"] == "2024-01-05"
    assert values["Nov. 5 next year"] == "2025-11-05"


def test_a_shot_without_which_change_came_was_not_fired():
    text = ("\"Gambia has chosen change without a single shot being fired,\" said Awa Jallow, a student, outside "
            "the party headquarters in Banjul.")
    assert all("negation" in e.aux_mode for e in _rows(text, "fired"))


# ------------------------------------------------------------ not events

def test_a_coach_saying_they_attacked_us_tells_play():
    text = ("ISTANBUL (Wire) — Fenerbahce survived a furious late bombardment to beat Benfica 2-1 on Wednesday and "
            "carry a slender lead into the second leg of their Europa League quarterfinal.\n\nBenfica then laid "
            "siege to the home goal, hitting the crossbar twice and forcing a string of saves in stoppage time."
            "\n\n\"They attacked us from every direction in the last 20 minutes. We defended like an army,\" "
            "Fenerbahce coach Selim Arda told reporters. \"But the battle is only half finished.\"")
    assert not _rows(text, "attacked", "ASSAULT")


def test_a_game_bodys_disciplinary_charge_is_no_accusation():
    text = ("ISTANBUL — Fenerbahce beat Benfica 2-1 on Wednesday in the first leg of their Europa League "
            "quarterfinal, with the winning goal in the 67th minute after halftime. The match was halted in the "
            "second half after supporters threw flares onto the pitch. UEFA said on Thursday that Fenerbahce had "
            "been charged with crowd disturbances.")
    assert not _rows(text, "charged")


def test_workers_killed_when_a_building_collapsed_were_not_attacked():
    text = ("GUADALAJARA, Jalisco — Five construction workers were killed and at least 11 injured on Monday when a "
            "six-storey apartment building under construction collapsed in the Zapopan area of Guadalajara, "
            "authorities said.")
    assert not _rows(text, "killed", "ASSAULT")


def test_a_partys_own_rally_is_no_protest():
    text = ("LEIPZIG — Thousands of people gathered in the old market square on Wednesday evening for a rally of "
            "the far-right Alternative for Germany, four days before a state election.")
    assert not _rows(text, event="PROTEST")


def test_a_partys_rally_against_a_law_is_still_a_protest():
    text = ("LEIPZIG — Thousands of people gathered in the old market square on Wednesday for a rally of the "
            "Social Democratic Party against the new pension law.")
    assert _rows(text, event="PROTEST")
