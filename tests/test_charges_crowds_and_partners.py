"""Rules read off the eighty-first session's batches BX, BY and BZ (read
once with ecdff25, before these rules): a workshop's "assembly", enemies
"of" a state, militiamen after a peacekeeping mission, takeovers of firms,
festival crowds, acts only allowed, "saying its fighters", strikes that
hit, a military's own troops, drones
jammed, charges the parse joined to the accusing verb, South Sudan's armed
opposition, names with a possessive inside, talks ended without agreement,
partners of an act, attackers killed, and things a state condemns."""

import pytest
from tests.coded_rows import codes as _codes
from tests.coded_rows import document as _document
from tests.coded_rows import rows as _rows

pytestmark = pytest.mark.model


def test_a_drone_assembly_workshop_is_no_legislature():
    text = ("Russian Rear Admiral Oleg Zaitsev said Russian aviation had destroyed a drone assembly workshop near "
            "Jisr al-Shughur in Syria.")
    assert all("LEG" not in p.sector for e in _rows(text, "destroyed") for p in e.recipient)


def test_enemies_of_a_state_are_not_that_state():
    text = ("PESHAWAR — Balochistan's provincial government spokesman, Farid Ahmed Rind, blamed \"enemies of "
            "Pakistan\" for the bombing.")
    assert all(p.entity_text != "Pakistan" for e in _rows(text, "blamed") for p in e.recipient)


def test_militiamen_after_a_un_mission_are_not_the_missions():
    text = ("The UN mission in Congo, known as MONUSCO, rejected the ultimatum. In February 2022, militiamen "
            "attacked the Plaine Savo camp at night and killed about 60 people.")
    assert all("UNO" not in _codes(e.actor) for e in _rows(text, "attacked"))


def test_a_government_taking_over_a_company_is_no_assault():
    text = ("In October 2023, a fire at the Kostenko mine in Kazakhstan killed 46 workers, prompting the "
            "government to take over the company.")
    assert not _rows(text, event="ASSAULT")


def test_festival_crowds_invading_a_riverside_attack_no_one():
    text = ("PHNOM PENH — Crowds from the provinces invaded the riverside from early morning, packing the "
            "promenade in front of the Royal Palace for the water festival.")
    assert not _rows(text, "invaded", "ASSAULT")


def test_arrests_powers_allow_are_still_to_come():
    text = ("The security minister told lawmakers that the emergency powers, which allow police to make arrests "
            "and carry out searches without a warrant in designated areas, had helped cut homicides in Honduras.")
    assert all(e.aux_mode for e in _rows(text, "arrests"))


def test_a_group_saying_its_fighters_killed_speaks_of_its_own():
    text = ("NAIROBI — Al-Shabaab, which is affiliated with al-Qaeda, claimed responsibility in a statement, saying "
            "its fighters had killed \"more than 40 apostate soldiers\" in Somalia.")
    rows = _rows(text, "killed")
    assert rows and all(_codes(e.actor) == ["SOM"] for e in rows)


def test_a_strike_that_hit_a_market_is_no_walkout():
    text = "Residents of a town in West Gojjam zone in Ethiopia said the strike hit a livestock market on Sunday."
    assert not _rows(text, event="PROTEST")


def test_blaming_instead_of_looking_within_still_blames():
    # (a first version read "instead of" as negation; what is done instead
    # of something better is still being done: "they should be apologising
    # instead of attacking me" says they are attacking him)
    text = "\"Pakistan should look at its own security failures instead of blaming its neighbours,\" he said in Kabul."
    assert all("negation" not in e.aux_mode for e in _rows(text, "blaming"))


def test_troops_a_military_says_struck_are_its_own():
    text = ("CAIRO — The Israeli military said troops had come under fire near the so-called yellow line in Khan "
            "Younis and had responded by striking armed suspects who crossed the line.")
    rows = _rows(text, "striking")
    assert rows and all(_codes(e.actor) == ["ISR"] for e in rows)


def test_drones_and_missiles_shot_down_or_jammed_are_no_attack():
    text = "KYIV — Ukraine's air force said it had shot down or jammed 371 drones and 24 missiles."
    assert not _rows(text, "missiles", "ASSAULT")


def test_killing_the_parse_joined_to_an_accusation_is_the_accuseds():
    text = ("JUBA — South Sudan's main opposition group accused government forces on Monday of bombing villages "
            "in Jonglei state and killing at least 19 civilians.")
    [row] = _rows(text, "killing")
    assert "OPP" not in row.actor[0].sector and "MIL" in row.actor[0].sector


def test_south_sudans_armed_opposition_is_south_sudans():
    document = _document("JUBA — Riek Machar, the SPLA-IO leader, was placed under house arrest after White Army "
                         "fighters overran a garrison in Nasir.")
    assert {m.actor.code for m in document.mentions if "SPLA-IO" in m.actor.entity_text
            or "White Army" in m.actor.entity_text} == {"SSD"}


def test_a_name_with_a_possessive_inside_is_one_place():
    document = _document("The clashes broke out late on Sunday in camps in the Ukhiya area of Cox's Bazar "
                         "district between rival armed groups.")
    assert [(p.text, p.country) for p in document.places] == [("Cox's Bazar", "BGD")]


def test_what_talks_ended_without_agreement_on_did_not_happen():
    text = ("Iran warned on Tuesday that it could withdraw from the treaty, after two days of talks with Britain, "
            "France and Germany ended without agreement on restoring UN inspectors' access to its nuclear sites.")
    assert all("negation" in e.aux_mode for e in _rows(text, "restoring"))


def test_a_partner_of_air_strikes_is_not_their_target():
    text = ("BOSASO, Somalia — U.S. Africa Command said it had carried out two air strikes in the Bari region last "
            "week \"in coordination with the Federal Government of Somalia\", targeting Islamic State fighters.")
    assert all("GOV" not in p.sector for e in _rows(text, "strikes") for p in e.recipient)


def test_attackers_killed_were_not_killed_by_their_own_side():
    text = ("NIAMEY — Fighters from the Islamic State's Sahel affiliate killed at least 21 Nigerien soldiers in an "
            "attack on an army convoy, the defence ministry said.\n\nThe ministry said the convoy had been "
            "attacked on Monday by \"several hundred terrorists on motorcycles\". It said 41 attackers were "
            "killed, 14 soldiers were wounded and four were missing.")
    killed = [e for e in _rows(text, "killed") if any("attackers" in r.entity_text for r in e.recipient)]
    assert killed and all("REB" not in a.sector for e in killed for a in e.actor)


def test_a_state_condemning_a_decision_does_not_condemn_itself():
    text = ("YEREVAN — Armenia's defence ministry called the statement \"disinformation\" and said no shots had "
            "been fired from its side.")
    assert all("ARM" not in _codes(e.recipient) for e in _rows(text, "called"))


def test_a_party_criticising_a_law_still_aims_at_home():
    text = "WASHINGTON — Republicans criticized the new health law on Monday."
    rows = _rows(text, "criticized")
    assert rows and all(_codes(e.recipient) == ["USA"] for e in rows)


def test_an_unnamed_title_after_a_blocs_officials_is_not_the_blocs():
    text = ("Senior EU envoys wrote to the Israeli prime minister last week about trade with Europe. Worry abroad "
            "about the new coalition's course led President Shimom Peres to start a tour of European capitals.")
    document = _document(text)
    assert all(m.actor.code != "EUR" for m in document.mentions if "Peres" in m.actor.entity_text)
