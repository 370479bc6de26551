"""Parties of wire stories of our own whose country the first reading got
wrong (seventy-fifth session): a person described, then named; a story
datelined where states meet; the court a trial abroad implies; who asked
for an act; a country's short name."""

import pytest

pytestmark = pytest.mark.model


def _coded(text):
    from wirecoder.pipeline import code

    return code(text, date="2026-03-03")


def _every_row(texts):
    from wirecoder.pipeline import code_many
    from wirecoder.settings import default_settings

    return code_many(list(texts), default_settings().with_overrides(min_confidence=0.0, require_actor=False))


def _mention(document, words):
    return next(m for m in document.mentions if m.actor.entity_text == words)


def test_the_man_named_after_a_described_national_is_of_that_nation():
    document = _coded("MADRID, Jan 29 (Reuters) - Spain has extradited a Russian national to the United States to "
                      "face charges, the U.S. Justice Department said on Thursday. The man, Dmitry Ostapenko, 38, "
                      "was arrested at Barcelona's airport in June at the request of U.S. authorities.")
    assert _mention(document, "The man, Dmitry Ostapenko").actor.code == "RUS"


def test_the_spokesman_named_after_a_described_spokesman_is_his_countrys():
    document = _coded("BANGKOK, March 3 (Reuters) - Thai soldiers shot dead a Cambodian farmer near the disputed "
                      "border on Tuesday, a Cambodian government spokesman said. The spokesman, Chea Vuthy, accused "
                      "Thailand of violating the ceasefire.")
    assert _mention(document, "The spokesman, Chea Vuthy").actor.code == "KHM"
    # (A name with a nationality of its own keeps it.)
    document = _coded("BANGKOK — A Cambodian government spokesman said talks had failed. The Thai spokesman, "
                      "Somchai Preecha, disagreed.")
    assert _mention(document, "The Thai spokesman, Somchai Preecha").actor.code == "THA"


def test_a_story_from_a_city_of_talks_is_set_where_its_parties_are():
    talks = _coded("GENEVA, July 8 — The United Nations said on Wednesday that Yemen's government and the Houthi "
                   "movement had agreed to release 600 detainees after a week of talks in Switzerland. The talks "
                   "took place against a backdrop of renewed fighting near the city of Marib. The head of the "
                   "government delegation accused the Houthis of stalling. Yemen's war began in 2014.")
    assert talks.setting == "YEM"
    assert _mention(talks, "The head of the government delegation").actor.code == "YEM"
    # A story of the city itself stays there.
    local = _coded("GENEVA — Police in Lausanne and Zurich arrested six men on Monday after a string of "
                   "burglaries in Geneva and Basel, officers said.")
    assert local.setting == "CHE"


def test_a_trial_abroad_is_brought_where_it_is_held():
    [document] = _every_row(["LONDON — The war ended three years ago. Several former rebel leaders remain on trial "
                             "in Baku on charges including terrorism, which they deny."])
    rows = [e for e in document.events if e.event_text == "charges"]
    assert rows and all([a.code for a in e.actor] == ["AZE"] for e in rows)
    # The dateline says where the story was filed, not where charges were brought.
    [document] = _every_row(["LONDON — Police arrested two men on terrorism charges on Monday."])
    assert all(a.code == "GBR" for e in document.events for a in e.actor)


def test_who_asked_for_help_does_not_give_it():
    [document] = _every_row(["SYDNEY — Australia stood ready to provide \"further support requested by the PNG "
                             "government\", the office of Australia's foreign minister said on Monday."])
    rows = [e for e in document.events if e.event_text == "support"]
    assert rows and not [a for e in rows for a in e.actor if "PNG" in a.entity_text]


def test_png_is_papua_new_guinea():
    # (in a story filed from Sydney, where nothing else would say whose government it is)
    document = _coded("SYDNEY — The PNG government declared a state of emergency on Monday.")
    assert _mention(document, "The PNG government").actor.code == "PNG"


def test_a_country_the_tagger_read_as_a_body_is_a_place():
    document = _coded("THE HAGUE — Judges at the International Criminal Court on Thursday confirmed war crimes "
                      "charges against a former militia commander from the Central African Republic. Fighters under "
                      "his command attacked civilians around the town of Paoua. The Central African Republic has "
                      "been unstable since 2013.")
    assert document.setting == "CAF"


def test_the_country_of_a_dateline_is_no_part_of_the_body():
    document = _coded("DAKAR, Senegal (AP) — Aid agencies in Ouagadougou said on Thursday that convoys to towns in "
                      "Burkina Faso's north had been attacked twice this month. Officials in Bobo-Dioulasso said "
                      "food prices had doubled.")
    assert document.setting == "BFA"


def test_from_a_city_of_talks_the_leading_other_country_is_the_setting():
    document = _coded("GENEVA — The World Health Organization said on Tuesday that a cholera outbreak in Malawi "
                      "had spread to two more districts, Nsanje and Chikwawa, and warned that Zambia was at risk.")
    assert document.setting == "MWI"


def test_authorities_in_a_capital_the_parse_hung_on_the_verb_are_that_states():
    [document] = _every_row(["ISLAMABAD — Pakistan has repeatedly accused authorities in Kabul of allowing TTP "
                             "fighters to shelter on Afghan soil."])
    rows = [e for e in document.events if e.event_text == "accused"]
    assert rows and all([r.code for r in e.recipient] == ["AFG"] for e in rows)


def test_the_name_on_an_inquest_is_whom_it_looks_into():
    """"the Ann Reed inquest": a person's name on an inquest, a prosecution
    or an impeachment, as on an investigation, is whom it looks into (the
    word list saying so had been silently replaced by another of the same
    name in roles/nominal.py)."""
    from wirecoder.events.roles.nominal import _person_looked_into

    document = _coded("LONDON — The coroner opened the Ann Reed inquest on Monday.")
    [inquest] = [t for t in document.spacy_doc if t.text == "inquest"]
    assert [a.entity_text for a in _person_looked_into(document, inquest)] == ["Ann Reed"]
