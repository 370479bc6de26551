"""Parties and types of stories of our own that the first reading got wrong
(seventy-seventh session): a speech act joined to what a report said, a
city's dateline in title case, an airstrike read as the killed, victims
after a fronted "were", groups named bare, troops moved, a speaker who
only refers to an inquiry, an ally, a target "toward" which one fired, and
a strike on a target typed as a walkout."""

import pytest
from tests.coded_rows import rows as _rows

pytestmark = pytest.mark.model


def _coded(text):
    from wirecoder.pipeline import code

    return code(text, date="2026-03-03")


def test_a_call_joined_to_a_report_inside_a_report_is_the_speakers():
    [row] = _rows("LONDON — The opposition's justice spokeswoman, Ruth Calloway, said the figures showed the "
                  "department had \"lost control\" of the courts backlog and called for an independent review.",
                  "called for", "REQUEST")
    assert [a.entity_text for a in row.actor] == ["The opposition's justice spokeswoman, Ruth Calloway"]


def test_an_accusation_joined_to_a_reported_copula_is_the_reporters():
    [row] = _rows("QUITO — Ecuador's foreign ministry said in a statement that the border patrols were \"a routine "
                  "matter\" and accused Peru of spreading falsehoods about them.", "accused", "ACCUSE")
    assert [(a.entity_text, a.code) for a in row.actor] == [("Ecuador's foreign ministry", "ECU")]
    assert [r.code for r in row.recipient] == ["PER"]


def test_a_city_before_a_dash_in_title_case_is_the_dateline_not_a_party():
    from wirecoder.places import dateline_place

    document = _coded("Abuja — The opposition party on Monday rejected a ruling by the electoral commission.")
    assert dateline_place(document).text == "Abuja"
    [row] = _rows("Abuja — The opposition party on Monday rejected a ruling by the electoral commission.",
                  "rejected", "REJECT")
    assert "Abuja" not in [a.entity_text for a in row.actor]


def test_an_airstrike_that_killed_people_did_the_killing():
    [row] = _rows("YANGON — An army airstrike on a market in the central Magway region killed at least 12 people, "
                  "including four children, residents and a rebel spokesman said Sunday.", "killed", "ASSAULT")
    assert [(a.code, a.sector) for a in row.actor] == [("MMR", ["MIL"])]
    assert "airstrike" not in " ".join(r.entity_text for r in row.recipient)


def test_people_named_after_a_fronted_were_underwent_the_participle():
    [row] = _rows("SAN SALVADOR — Among the victims were three taxi drivers shot in separate robberies last week.",
                  "shot", "ASSAULT")
    assert not [a for a in row.actor if "drivers" in a.entity_text]
    assert [r.entity_text for r in row.recipient] == ["three taxi drivers"]


def test_armed_groups_named_bare_have_their_own_codes():
    [row] = _rows("BENI, DR Congo — Suspected Allied Democratic Forces (ADF) rebels killed 14 farmers near Oicha "
                  "on Tuesday.", "killed", "ASSAULT")
    assert [(a.code, a.sector) for a in row.actor] == [("UGA", ["REB"])]


def test_the_withdrawal_of_forces_is_not_the_forces():
    document = _coded("Mali's rulers have turned to Moscow since the coup. French soldiers left the country that "
                      "year, and Germany completed the withdrawal of its forces from a base in Gao in 2023.")
    [withdrawal] = [t for t in document.spacy_doc if t.text == "withdrawal"]
    assert withdrawal.i not in document.mention_index


def test_who_only_refers_to_an_inquiry_did_not_open_it():
    [row] = _rows("LA PAZ — \"This is persecution dressed up as justice,\" Quispe said, referring to a fraud "
                  "investigation into the former minister.", "investigation", "ACCUSE")
    assert not [a for a in row.actor if a.entity_text == "Quispe"]


def test_an_ally_fought_beside_is_no_party_to_the_fight():
    [row] = _rows("KHARTOUM — The militia fought alongside government forces in the east before it turned "
                  "against the army last year.", "fought", "ASSAULT")
    assert not [p for p in row.actor + row.recipient if "government forces" in p.entity_text]


def test_what_missiles_were_fired_toward_is_their_target():
    [row] = _rows("BEIRUT — The army said three rockets had been fired from Lebanon toward the Israeli town of "
                  "Metula on Sunday, causing damage but no injuries.", "fired", "ASSAULT")
    assert [r.code for r in row.recipient] == ["ISR"]


def test_a_strike_launched_on_a_target_is_an_attack_not_a_walkout():
    from wirecoder.pipeline import code_many
    from wirecoder.settings import default_settings

    [document] = code_many(["LIVE: Russia launches massive strike on Ukraine's power grid — outages across Lviv",
                            ], default_settings().with_overrides(min_confidence=0.0, require_actor=False))
    assert {e.event for e in document.events if e.event_text == "strike"} == {"ASSAULT"}
    [document] = code_many(["ATHENS — Dock workers launched a strike on Tuesday over the new labour law."],
                           default_settings().with_overrides(min_confidence=0.0, require_actor=False))
    assert {e.event for e in document.events if e.event_text == "strike"} == {"PROTEST"}


def test_victims_of_an_attack_that_fell_deep_in_its_phrase_are_of_that_place():
    [row] = _rows("BANGKOK — A Myanmar military airstrike on a village in the central Sagaing region killed at "
                  "least 19 civilians, a resistance group said on Wednesday.", "killed", "ASSAULT")
    assert [r.code for r in row.recipient] == ["MMR"]


def test_a_story_filed_next_door_names_the_party_of_the_strikes_less_than_the_country_struck():
    document = _coded("BEIRUT — Turkish drones struck a checkpoint in northeastern Syria on Saturday, killing four "
                    "fighters of the U.S.-backed Syrian Democratic Forces. A monitor in Syria gave the same toll. "
                    "Turkey said its forces had hit militants. Turkey's president vowed more strikes. Syria's "
                    "foreign ministry in Damascus condemned the strikes, and Ankara did not reply. A U.S. official "
                    "said Washington was in contact with all sides. Residents said the war in Syria had come back.")
    assert document.setting == "SYR"


def test_people_named_beside_an_ally_are_no_parties_either():
    from wirecoder.events.roles.fallbacks import _beside_them
    from wirecoder.nlp import load_model

    parsed = load_model()("The militia fought alongside government troops and tribal fighters in the east.")
    assert _beside_them(next(t for t in parsed if t.text == "troops"))
    assert _beside_them(next(t for t in parsed if t.text == "fighters"))
    assert not _beside_them(next(t for t in parsed if t.text == "militia"))


def test_an_arrest_a_states_forces_report_is_theirs():
    [row] = _rows("AMMAN, Jordan — Gunmen shot dead a local official in Syria's southern province of Daraa on "
                  "Wednesday. Jordan closed a border crossing. Syrian security forces said two suspects had been "
                  "detained in connection with the killing.", "detained", "COERCE")
    assert [a.code for a in row.actor] == ["SYR"]


def test_venezuelas_states_are_venezuelas():
    document = _coded("BOGOTA, Colombia — Venezuelan agents arrested two opposition mayors in the western states of "
                    "Zulia and Táchira on Tuesday.")
    assert {p.text: p.country for p in document.places if p.text in ("Zulia", "Táchira")} == {"Zulia": "VEN",
                                                                                            "Táchira": "VEN"}


def test_a_story_from_a_hub_about_its_neighbour_is_set_there():
    document = _coded("Bangkok, Thailand: Police in Cambodia detained a senior opposition member late Monday at his "
                    "home in Battambang province, his family told reporters in Phnom Penh. A police spokesman said the "
                    "politician had been charged with incitement.")
    assert document.setting == "KHM"


def test_a_foreign_office_in_another_capital_is_that_states():
    document = _coded("NEW DELHI — India said Pakistani troops had fired across the Line of Control. In Islamabad, "
                    "Foreign Office spokeswoman Sana Qureshi rejected the allegation.")
    codes = {m.actor.entity_text: m.actor.code for m in document.mentions}
    assert codes["Foreign Office spokeswoman Sana Qureshi"] == "PAK"


def test_raids_people_fear_have_not_happened():
    [row] = _rows("MANAGUA — Relatives of the detainees have fled the country, and rights groups said they feared "
                  "further raids on cooperatives in the north.", "raids", "COERCE")
    assert "hypothetical" in row.aux_mode


def test_a_foreign_ministry_spokesman_is_of_the_story_not_from_abroad():
    [row] = _rows("BEIJING — China accused the Philippines on Friday of provoking a confrontation at sea. Foreign "
                  "ministry spokesman Lin Haowen told a briefing that the Philippine ship had intruded. \"We urge "
                  "the Philippine side to stop its provocation,\" Lin said.", "urge", "REQUEST")
    assert [a.code for a in row.actor] == ["CHN"]
