"""Rules read off the eighty-first session's batches CA, CB and CC (read
once with c290f13, before these rules): Afghanistan's provinces, a shot
"not a single" of was fired, arms found, soldiers a government speaks of,
seizures and the use of force by someone, what the accused did, ranks in
another party's force, and several governments."""

import pytest
from tests.coded_rows import codes as _codes
from tests.coded_rows import document as _document
from tests.coded_rows import rows as _rows

pytestmark = pytest.mark.model


def test_afghanistans_provinces_are_known():
    document = _document("ISLAMABAD — Pakistani air strikes in the eastern province of Paktika killed 19 people, and "
                         "fighting was reported in Zabul and Nuristan.")
    assert {p.text: p.country for p in document.places}.get("Paktika") == "AFG"
    [row] = [e for e in document.events if e.event_text == "killed"]
    assert _codes(row.actor) == ["PAK"] and _codes(row.recipient) == ["AFG"]


def test_not_a_single_shot_fired_is_no_attack():
    text = ("\"Not a single shot was fired from the Armenian side,\" Armenian Defence Ministry spokeswoman Anahit "
            "Sargsyan said in Yerevan.")
    assert all("negation" in e.aux_mode for e in _rows(text, "fired"))


def test_grenades_officers_found_are_no_attack():
    text = ("PRISTINA — Police spokesman Arben Krasniqi said officers had found assault rifles, anti-tank launchers, "
            "hand grenades and more than 20,000 rounds of ammunition in a house near the village of Zupce.")
    assert not _rows(text, "grenades", "ASSAULT")


def test_soldiers_a_government_says_were_killed_are_its_own():
    text = ("ACCRA — Togo's government confirmed on Tuesday that several soldiers were killed in an attack on a "
            "military post in the country's far north.")
    [row] = _rows(text, "killed")
    assert _codes(row.recipient) == ["TGO"]


def test_the_seizure_of_boats_by_a_state_is_aimed_at_that_state():
    text = ("KUPANG, Indonesia — Fishermen's groups in East Nusa Tenggara province have long complained about the "
            "seizure and burning of Indonesian boats by Australian authorities.")
    [row] = _rows(text, "complained")
    assert _codes(row.recipient) == ["AUS"]


def test_victims_of_what_the_accused_did_are_not_accused():
    text = ("CAIRO — Sudan's foreign minister accused the paramilitary group of systematic crimes against civilians "
            "in Darfur and Al-Jazira state.")
    assert all("CVL" not in p.sector for e in _rows(text, "accused") for p in e.recipient)


def test_victims_of_force_condemned_are_not_condemned():
    text = ("TBILISI — The European Union's foreign policy chief condemned \"the use of force against peaceful "
            "protesters\" and said the bloc would consider further measures.")
    assert all("CVL" not in p.sector for e in _rows(text, "condemned") for p in e.recipient)


def test_a_commander_in_another_partys_force_is_that_partys():
    text = ("BEIRUT — The Israeli military said it had killed a commander in Hezbollah's elite Radwan force who was "
            "working to rebuild the organisation's infrastructure near the border.")
    [row] = _rows(text, "killed")
    assert _codes(row.recipient) == ["LBN"]


def test_several_governments_are_not_the_home_states():
    text = ("CARACAS — President Nicolas Maduro expelled diplomats from seven countries. He accused the seven "
            "governments of interfering in our internal affairs.")
    assert all("VEN" not in _codes(e.recipient) for e in _rows(text, "accused"))
