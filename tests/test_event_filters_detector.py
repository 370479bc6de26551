"""No-event filters and roles on sentences of our own, coded as a user codes
them: the real parse and the shipped detector (where the stand-in detector
of test_event_filters.py would give no row to filter)."""

import pytest

pytestmark = pytest.mark.model


def _every_row(texts):
    """Code texts keeping every row (no cut-off, no coded actor required)."""
    from wirecoder.pipeline import code_many
    from wirecoder.settings import default_settings

    return code_many(list(texts), default_settings().with_overrides(min_confidence=0.0, require_actor=False))


def test_the_dead_found_are_victims_not_actors():
    [document] = _every_row(["CULIACAN, Mexico — The bodies of four farmers, several of them bound and bearing signs "
                             "of torture, were found near the river on Monday, police said."])
    rows = [e for e in document.events if e.event == "ASSAULT"]
    assert rows and not [a for e in rows for a in e.actor if a.entity_text]


def test_tensions_that_exploded_into_fighting_are_no_blast():
    """However the parse reads "simmering tensions" (here: a verb and its object)."""
    from wirecoder.events.filters import _metaphor
    from wirecoder.nlp import load_model

    parsed = load_model()("The war erupted in April 2019, when simmering tensions between the army and the militia "
                          "exploded into street fighting in the capital.")
    [exploded] = [t for t in parsed if t.text == "exploded"]
    assert _metaphor(exploded)


def test_the_wounded_carried_away_are_people_not_an_act():
    [document] = _every_row(["PESHAWAR, Pakistan — The militants fled into the hills, carrying their wounded with "
                             "them."])
    assert not [e for e in document.events if e.event_text == "wounded"]


def test_a_death_under_a_falling_tree_is_an_accident():
    [document] = _every_row(["KNOXVILLE, Tennessee — At least six deaths were blamed on the storm, including a man who "
                             "suffered a heart attack while clearing snow in Memphis and a woman killed when a tree "
                             "fell on her car in Knoxville."])
    assert not [e for e in document.events if e.event == "ASSAULT"]


def test_acts_a_group_has_kept_up_are_no_act():
    [document] = _every_row(["DAMASCUS, Syria — The group lost its last town in 2019, but its fighters have continued "
                             "to stage raids from desert hideouts."])
    assert not [e for e in document.events if e.event == "ASSAULT"]


def test_a_name_dogged_by_accusations_is_no_accusation():
    [document] = _every_row(["NAIROBI, Kenya — Kenya's county governments, set up under the 2010 constitution, control "
                             "billions of dollars a year but have been dogged by accusations of graft."])
    assert not [e for e in document.events if e.event_text == "accusations"]


def test_an_explosion_through_a_factory_is_an_accident():
    [document] = _every_row(["SIVAKASI, India — An explosion tore through a fireworks factory near the town on "
                             "Friday, killing at least nine workers, police said."])
    assert not [e for e in document.events if e.event == "ASSAULT"]


def test_a_communique_speaks_for_whoever_adopted_it():
    [document] = _every_row(["ADDIS ABABA, Ethiopia — The final communique, adopted by leaders of the African Union, "
                             "condemned attacks on aid workers in Sudan."])
    [row] = [e for e in document.events if e.event_text == "condemned" and e.event == "ACCUSE"]
    assert [a.code for a in row.actor] == ["IGO"]


def test_the_bodies_found_are_victims_not_torturers():
    [document] = _every_row(["CULIACAN, Mexico — Gunmen killed a police commander on Saturday. The bodies, some of "
                             "them bound and bearing signs of torture, were found by motorists near an overpass."])
    assert not [a for e in document.events if e.event_text == "torture" for a in e.actor if a.entity_text]
