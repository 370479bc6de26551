"""Geoparsing: toponyms, resolution in context, event locations.

Sentences written for these tests; Docs are built by hand (no model), the
gazetteer is the real one (built once per session, a few seconds)."""

from __future__ import annotations

import pytest

from wirecoder.places import find_places, place_for_token
from wirecoder.places.gazetteer import distance_km, load_gazetteer, normalise
from wirecoder.settings import Settings


@pytest.fixture(scope="module")
def gazetteer():
    return load_gazetteer()


@pytest.fixture
def flat(make_doc, document_for):
    """A Document from words and entity spans; every token hangs on `root`
    unless `heads`/`deps` say otherwise."""

    def build(words, ents, root=0, heads=None, deps=None, pos=None):
        n = len(words)
        heads = heads or [root] * n
        deps = deps or ["ROOT" if i == root else "dep" for i in range(n)]
        pos = pos or ["PROPN" if w[:1].isupper() else "NOUN" for w in words]
        doc = make_doc(words, heads, deps, pos, ents=ents)
        return document_for(doc)

    return build


def places_of(document):
    find_places(document, Settings(extra={"geo_demonyms": True}))
    return {p.text: p for p in document.places}


def test_gazetteer_indices(gazetteer):
    assert normalise("St. Louis") == "saint louis"
    assert any(e.country == "UKR" for e in gazetteer.lookup("Kharkov"))  # alternate spelling
    assert {e.feature for e in gazetteer.lookup("Georgia")} >= {"PCLI", "ADM1"}
    assert distance_km(0, 0, 0, 1) == pytest.approx(111.2, abs=0.5)
    assert load_gazetteer() is gazetteer  # built once per process


def test_georgia_is_the_us_state_next_to_us_places(flat):
    document = flat(["Storms", "hit", "Ohio", "and", "Georgia", "."], [(2, 3, "GPE"), (4, 5, "GPE")], root=1)
    georgia = places_of(document)["Georgia"]
    assert (georgia.country, georgia.feature, georgia.admin1) == ("USA", "ADM1", "Georgia")


def test_a_known_body_or_person_of_one_country_is_context_for_a_lone_name(flat):
    # A lone "Alexandria" is the Egyptian city; the FBI speaking makes it Virginia's.
    alone = flat(["Police", "in", "Alexandria", "arrested", "a", "man", "."], [(2, 3, "GPE")], root=3)
    assert places_of(alone)["Alexandria"].country == "EGY"
    with_fbi = flat(["Police", "in", "Alexandria", "arrested", "a", "man", ",", "the", "FBI", "said", "."],
                    [(2, 3, "GPE"), (8, 9, "ORG")], root=3)
    assert places_of(with_fbi)["Alexandria"].country == "USA"
    # A capital keeps its lead over a small namesake at home.
    visit = flat(["Obama", "visited", "Paris", "."], [(0, 1, "PERSON"), (2, 3, "GPE")], root=1)
    assert places_of(visit)["Paris"].country == "FRA"


def test_words_of_the_us_courts_make_a_lone_name_american(flat):
    words = ["Alexandria", "parents", "charged", "with", "a", "misdemeanor", "."]
    assert places_of(flat(words, [(0, 1, "GPE")], root=2))["Alexandria"].country == "USA"
    words = ["Alexandria", "parents", "charged", "with", "a", "crime", "."]
    assert places_of(flat(words, [(0, 1, "GPE")], root=2))["Alexandria"].country == "EGY"


def test_words_of_the_british_courts_make_lone_names_english(flat):
    words = ["Smith", ",", "of", "Scarborough", ",", "was", "jailed", "at", "York", "Crown", "Court", "."]
    ents = [(0, 1, "PERSON"), (3, 4, "GPE"), (8, 9, "GPE")]
    found = places_of(flat(words, ents, root=6))
    assert (found["Scarborough"].country, found["York"].country) == ("GBR", "GBR")
    # Next to a town only the US has, without those words, the US namesakes win.
    words = ["Smith", ",", "of", "Westborough", ",", "was", "jailed", "in", "Scarborough", "and", "York", "."]
    ents = [(0, 1, "PERSON"), (3, 4, "GPE"), (8, 9, "GPE"), (10, 11, "GPE")]
    found = places_of(flat(words, ents, root=6))
    assert found["York"].country == "USA"
    # A sum in pounds is British too.
    words = ["Westborough", "and", "York", "police", "found", "£", "34,000", "."]
    found = places_of(flat(words, [(0, 1, "GPE"), (2, 3, "GPE")], root=4))
    assert found["York"].country == "GBR"


def test_a_first_name_owning_a_neighborhood_is_the_town(flat):
    words = ["Shots", "were", "fired", "in", "Eugene", "’s", "West", "University", "neighborhood", "."]
    heads = [2, 2, 2, 2, 8, 4, 7, 8, 3, 2]
    deps = ["nsubjpass", "auxpass", "ROOT", "prep", "poss", "case", "compound", "compound", "pobj", "punct"]
    found = places_of(flat(words, [(4, 5, "PERSON"), (6, 8, "ORG")], heads=heads, deps=deps))
    assert found["Eugene"].country == "USA"
    # A name opening a business's name is still no town ("outside Sam's Club").
    words = ["Shots", "were", "fired", "outside", "Eugene", "’s", "Fine", "Foods", "."]
    heads = [2, 2, 2, 2, 7, 4, 7, 3, 2]
    deps = ["nsubjpass", "auxpass", "ROOT", "prep", "poss", "case", "compound", "pobj", "punct"]
    assert "Eugene" not in places_of(flat(words, [(4, 5, "PERSON"), (6, 8, "ORG")], heads=heads, deps=deps))


def test_the_planet_and_the_weather_pattern_are_no_towns(flat):
    words = ["The", "Earth", "warmed", "as", "El", "Niño", "returned", "to", "Peru", "."]
    found = places_of(flat(words, [(1, 2, "LOC"), (4, 6, "LOC"), (8, 9, "GPE")], root=2))
    assert set(found) == {"Peru"}


def test_the_presidents_seat_and_the_legislature_are_no_towns(flat):
    words = ["A", "White", "House", "aide", "flew", "to", "Peru", "."]
    found = places_of(flat(words, [(1, 3, "FAC"), (6, 7, "GPE")], root=4))
    assert set(found) == {"Peru"}
    words = ["Republicans", "in", "Congress", "blocked", "aid", "to", "Peru", "."]
    found = places_of(flat(words, [(2, 3, "ORG"), (6, 7, "GPE")], root=3))
    assert set(found) == {"Peru"}


def test_a_surname_after_a_verbs_from_is_the_person(flat):
    # Kate Moreno resigned . Lee took over from Moreno . (Moreno, Argentina is a town)
    words = ["Kate", "Moreno", "resigned", ".", "Lee", "took", "over", "from", "Moreno", "."]
    heads = [1, 2, 2, 2, 5, 5, 5, 5, 7, 5]
    deps = ["compound", "nsubj", "ROOT", "punct", "nsubj", "ROOT", "prt", "prep", "pobj", "punct"]
    pos = ["PROPN", "PROPN", "VERB", "PUNCT", "PROPN", "VERB", "ADP", "ADP", "PROPN", "PUNCT"]
    found = places_of(flat(words, [(0, 2, "PERSON"), (4, 5, "PERSON"), (8, 9, "GPE")], heads=heads, deps=deps,
                           pos=pos))
    assert "Moreno" not in found


def test_a_surname_listed_with_people_is_a_person_also_after_a_nouns_from(flat):
    # Kate Moreno spoke . Lee faced questions from Moreno , Hale and reporters .
    words = ["Kate", "Moreno", "spoke", ".", "Lee", "faced", "questions", "from", "Moreno", ",", "Hale", "and",
             "reporters", "."]
    heads = [1, 2, 2, 2, 5, 5, 5, 6, 7, 8, 8, 10, 10, 5]
    deps = ["compound", "nsubj", "ROOT", "punct", "nsubj", "ROOT", "dobj", "prep", "pobj", "punct", "conj", "cc",
            "conj", "punct"]
    pos = ["PROPN", "PROPN", "VERB", "PUNCT", "PROPN", "VERB", "NOUN", "ADP", "PROPN", "PUNCT", "PROPN", "CCONJ",
           "NOUN", "PUNCT"]
    found = places_of(flat(words, [(0, 2, "PERSON"), (4, 5, "PERSON"), (8, 9, "GPE"), (10, 11, "PERSON")],
                           heads=heads, deps=deps, pos=pos))
    assert "Moreno" not in found
    # Alone after a noun's "from" it may be the town: "a man from Moreno".
    alone = places_of(flat(words[:9] + ["."], [(0, 2, "PERSON"), (4, 5, "PERSON"), (8, 9, "GPE")],
                           heads=heads[:9] + [5], deps=deps[:9] + ["punct"], pos=pos[:9] + ["PUNCT"]))
    assert "Moreno" in alone


def test_a_department_named_for_its_portfolio_holds_no_town(flat):
    words = ["A", "Justice", "Department", "lawyer", "met", "Energy", "Department", "staff", "in", "Peru", "."]
    found = places_of(flat(words, [(1, 3, "ORG"), (5, 7, "ORG"), (9, 10, "GPE")], root=4))
    assert set(found) == {"Peru"}


def test_a_region_beats_a_village_of_its_name_in_a_state_the_article_names(flat):
    words = ["Maryland", "troops", "left", "for", "the", "Middle", "East", "."]
    found = places_of(flat(words, [(0, 1, "GPE"), (5, 7, "LOC")], root=2))
    assert found["Middle East"].feature == "RGN"
    assert found["Middle East"].country is None  # a region of many countries names none of them


def test_every_name_of_a_list_of_counties_is_a_county(flat):
    words = ["Storms", "hit", "Jackson", ",", "Walton", "and", "Barrow", "counties", "in", "Georgia", "."]
    found = places_of(flat(words, [(2, 3, "PERSON"), (6, 7, "GPE"), (9, 10, "GPE")], root=1))
    for name in ("Jackson", "Walton", "Barrow"):
        assert (found[name].feature, found[name].admin1) == ("ADM2", "Georgia"), name
    # A sentence's first word before the county's name is left out of it.
    words = ["Small", "Hitchcock", "and", "Hayes", "counties", "in", "Nebraska", "voted", "."]
    found = places_of(flat(words, [(6, 7, "GPE")], root=7))
    assert (found["Hitchcock"].feature, found["Hitchcock"].admin1) == ("ADM2", "Nebraska")


def test_georgia_is_the_country_next_to_russia(flat):
    document = flat(["Russian", "tanks", "entered", "Georgia", "."], [(0, 1, "NORP"), (3, 4, "GPE")], root=2)
    found = places_of(document)
    assert found["Russian"].demonym and found["Russian"].country == "RUS"  # flagged, not a toponym
    assert not found["Georgia"].demonym
    assert (found["Georgia"].country, found["Georgia"].feature) == ("GEO", "PCLI")


def test_washington_alone_is_the_capital_and_the_state_needs_its_long_form(flat):
    capital = places_of(flat(["Officials", "met", "in", "Washington", "."], [(3, 4, "GPE")], root=1))
    assert capital["Washington"].admin1 == "District of Columbia" or capital["Washington"].lat == pytest.approx(38.9, abs=0.2)
    state = places_of(flat(["Fires", "burned", "in", "Washington", "State", "."], [(3, 5, "GPE")], root=1))
    assert state["Washington State"].feature == "ADM1"
    assert state["Washington State"].lon < -115


def test_old_spelling_resolves_to_the_same_city(flat):
    found = places_of(flat(["Shelling", "hit", "Kharkov", "."], [(2, 3, "GPE")], root=1))
    assert found["Kharkov"].name == "Kharkiv" and found["Kharkov"].country == "UKR"


def test_paris_texas_qualifier(flat):
    found = places_of(flat(["A", "tornado", "struck", "Paris", ",", "Texas", "."],
                           [(3, 4, "GPE"), (5, 6, "GPE")], root=2))
    assert found["Paris"].country == "USA" and found["Paris"].admin1 == "Texas"
    plain = places_of(flat(["Talks", "opened", "in", "Paris", "."], [(3, 4, "GPE")], root=1))
    assert plain["Paris"].country == "FRA"


def test_a_state_after_a_countrys_name_names_a_town_there_when_one_is_known(flat):
    town = places_of(flat(["Police", "in", "Lebanon", ",", "Indiana", ",", "arrested", "two", "men", "."],
                          [(2, 3, "GPE"), (4, 5, "GPE")], root=6))
    assert (town["Lebanon"].country, town["Lebanon"].admin1, town["Lebanon"].feature) == ("USA", "Indiana", "PPL")
    # No town called Mexico in Texas: a list of places, the country stays.
    listed = places_of(flat(["Storms", "hit", "Mexico", ",", "Texas", "and", "Arizona", "."],
                            [(2, 3, "GPE"), (4, 5, "GPE"), (6, 7, "GPE")], root=1))
    assert (listed["Mexico"].country, listed["Mexico"].feature) == ("MEX", "PCLI")
    countries = places_of(flat(["Lebanon", ",", "Syria", "and", "Iraq", "voted", "."],
                               [(0, 1, "GPE"), (2, 3, "GPE"), (4, 5, "GPE")], root=5))
    assert countries["Lebanon"].country == "LBN"


def test_unknown_names_are_left_out_and_geoparse_off_skips(flat):
    document = flat(["Rain", "fell", "on", "Zorblaxville", "."], [(3, 4, "GPE")], root=1)
    assert places_of(document) == {}
    document = flat(["Talks", "opened", "in", "Paris", "."], [(3, 4, "GPE")], root=1)
    find_places(document, Settings(geoparse=False))
    assert document.places == []


def _said_attack():
    # Moscow said troops attacked positions near Kharkov .
    words = ["Moscow", "said", "troops", "attacked", "positions", "near", "Kharkov", "."]
    heads = [1, 1, 3, 1, 3, 3, 5, 1]
    deps = ["nsubj", "ROOT", "nsubj", "ccomp", "dobj", "prep", "pobj", "punct"]
    pos = ["PROPN", "VERB", "NOUN", "VERB", "NOUN", "ADP", "PROPN", "PUNCT"]
    return words, heads, deps, pos


def test_event_location_is_the_clause_place_not_the_speaking_capital(flat):
    words, heads, deps, pos = _said_attack()
    document = flat(words, [(0, 1, "GPE"), (6, 7, "GPE")], heads=heads, deps=deps, pos=pos)
    find_places(document, Settings())
    doc = document.spacy_doc
    assert place_for_token(document, doc[3])["name"] == "Kharkiv"
    # "Moscow said": the capital stands for the government, not a location.
    assert doc[1].lemma_ == "said" and place_for_token(document, doc[1])["name"] == "Kharkiv"


def test_no_location_rather_than_a_guess(flat):
    # Moscow said it would respond .
    words = ["Moscow", "said", "it", "would", "respond", "."]
    heads = [1, 1, 4, 4, 1, 1]
    deps = ["nsubj", "ROOT", "nsubj", "aux", "ccomp", "punct"]
    pos = ["PROPN", "VERB", "PRON", "AUX", "VERB", "PUNCT"]
    document = flat(words, [(0, 1, "GPE")], heads=heads, deps=deps, pos=pos,)
    document.spacy_doc[1].lemma_ = "say"
    find_places(document, Settings())
    assert len(document.places) == 1  # Moscow is still a toponym of the article
    assert place_for_token(document, document.spacy_doc[4]) is None


def test_country_named_gives_the_country_never_its_capital(flat):
    # Troops shelled towns in Ukraine .
    words = ["Troops", "shelled", "towns", "in", "Ukraine", "."]
    heads = [1, 1, 1, 1, 3, 1]
    deps = ["nsubj", "ROOT", "dobj", "prep", "pobj", "punct"]
    pos = ["NOUN", "VERB", "NOUN", "ADP", "PROPN", "PUNCT"]
    document = flat(words, [(4, 5, "GPE")], heads=heads, deps=deps, pos=pos)
    find_places(document, Settings())
    loc = place_for_token(document, document.spacy_doc[1])
    assert loc["name"] == "Ukraine" and loc["feature"] == "PCLI"


def test_dateline_place_when_the_sentence_has_none(flat):
    # KHARKOV , Ukraine ( Wire ) -- Officials met .
    words = ["KHARKOV", ",", "Ukraine", "(", "Wire", ")", "--", "Officials", "met", "."]
    document = flat(words, [(0, 1, "GPE"), (2, 3, "GPE")], root=8)
    doc = document.spacy_doc
    find_places(document, Settings())
    # Hand-built Docs are one sentence, so the sentence rule fires first;
    # the dateline helper itself is checked directly.
    from wirecoder.places import _dateline_place

    assert _dateline_place(document.text, document.places).text == "KHARKOV"
    assert place_for_token(document, doc[8])["country"] == "UKR"


def test_end_to_end_event_location_with_the_real_model():
    import wirecoder

    document = wirecoder.code("KYIV (Wire) - Russian forces shelled apartment blocks in Kharkov on Monday, "
                              "officials said. Moscow denied the report.", date="2024-05-20")
    names = {p.name for p in document.places}
    assert "Kharkiv" in names
    assert all(not p.demonym for p in document.places)  # demonyms are not places by default
    locs = [e.event_loc for e in document.events if e.event_loc]
    assert all(loc["name"] not in ("Moscow", "Russia") for loc in locs)
    assert any(loc["name"] == "Kharkiv" for loc in locs) or not document.events


def test_a_county_resolves_to_its_own_point_in_the_named_state(flat):
    document = flat(["Deputies", "in", "Brazos", "County", ",", "Texas", ",", "searched", "."],
                    [(2, 4, "GPE"), (5, 6, "GPE")], root=7)
    brazos = places_of(document)["Brazos County"]
    assert (brazos.feature, brazos.admin1) == ("ADM2", "Texas")
    assert distance_km(brazos.lat, brazos.lon, 30.65, -96.3) < 50  # around Bryan, Texas


def test_a_state_or_county_opening_an_organisation_name(flat):
    document = flat(["the", "Nebraska", "Department", "of", "Roads", "and", "the", "Boyle", "County",
                     "Sheriff", "'s", "Office", "said"], [(0, 5, "ORG"), (6, 12, "ORG")], root=12)
    found = places_of(document)
    assert found["Nebraska"].feature == "ADM1"
    assert (found["Boyle County"].feature, found["Boyle County"].admin1) == ("ADM2", "Kentucky")


def test_demonyms_are_flagged_places_of_their_country_or_state(flat):
    words = ["Ohioans", "and", "Canadian", "officials", "met", "the", "Turkish", "Foreign", "Ministry", "."]
    document = flat(words, [(0, 1, "NORP"), (2, 3, "NORP"), (5, 9, "ORG")], root=4)
    found = places_of(document)
    assert (found["Ohioans"].feature, found["Ohioans"].admin1, found["Ohioans"].demonym) == ("ADM1", "Ohio", True)
    assert (found["Canadian"].country, found["Canadian"].demonym) == ("CAN", True)  # not Canadian, Texas
    assert (found["Turkish"].country, found["Turkish"].demonym) == ("TUR", True)


def test_demonyms_can_be_turned_off_and_never_locate_events(flat):
    document = flat(["Russian", "troops", "attacked", "."], [(0, 1, "NORP")], root=2)
    find_places(document, Settings())  # off by default: a demonym is not a place
    assert document.places == []
    find_places(document, Settings(extra={"geo_demonyms": True}))
    assert [p.text for p in document.places] == ["Russian"]
    assert place_for_token(document, document.spacy_doc[2]) is None


def test_a_country_name_tagged_as_a_nationality_is_a_toponym(flat):
    document = flat(["U.S.", "troops", "left", "."], [(0, 1, "NORP")], root=2)
    us = places_of(document)["U.S."]
    assert (us.country, us.demonym) == ("USA", False)


def test_england_is_its_own_region_not_the_uk(flat):
    document = flat(["Floods", "hit", "England", "."], [(2, 3, "GPE")], root=1)
    england = places_of(document)["England"]
    assert (england.name, england.feature, england.country) == ("England", "ADM1", "GBR")


def test_large_country_points_sit_between_the_common_conventions(gazetteer):
    china = gazetteer.countries["CHN"]
    # within 161 km of both 35N 105E and 35N 103E
    assert distance_km(china.lat, china.lon, 35, 105) < 161 and distance_km(china.lat, china.lon, 35, 103) < 161


def test_a_town_opening_a_local_institution_name(flat):
    document = flat(["She", "teaches", "at", "Springfield", "High", "School", "."], [(3, 6, "ORG")], root=1)
    assert places_of(document)["Springfield"].feature in ("PPL", "PPLC")


def test_person_tagged_town_after_in_or_before_a_state(flat):
    words = ["A", "man", "was", "shot", "in", "Jackson", "and", "a", "Tupelo", ",", "Mississippi", ",", "woman", "."]
    document = flat(words, [(5, 6, "PERSON"), (8, 9, "PERSON"), (10, 11, "GPE")], root=3)
    found = places_of(document)
    assert found["Jackson"].admin1 == "Mississippi"
    assert found["Tupelo"].admin1 == "Mississippi"


def test_person_tagged_name_without_a_place_cue_stays_a_person(flat):
    document = flat(["Jackson", "said", "no", "."], [(0, 1, "PERSON")], root=1)
    assert places_of(document) == {}


def test_a_country_opening_a_persons_name_is_their_first_name_unless_a_title_follows(flat):
    words = ["Principal", "Chad", "Boyer", "and", "Georgia", "Lindqvist", "met", "Texas", "Gov.", "Ann", "Moss", "."]
    document = flat(words, [(1, 3, "PERSON"), (4, 6, "PERSON"), (7, 11, "PERSON")], root=6)
    found = places_of(document)
    assert "Chad" not in found and "Georgia" not in found
    assert found["Texas"].feature == "ADM1"


def test_party_home_and_bare_county_names(make_doc, document_for):
    words = ["Delegate", "Ann", "Roe", ",", "D", "-", "Mingo", ",", "visited", "Yavapai", "."]
    spaces = [True, True, False, True, False, False, False, True, True, False, False]
    pos = ["PROPN"] * 3 + ["PUNCT", "PROPN", "PUNCT", "PROPN", "PUNCT", "VERB", "PROPN", "PUNCT"]
    doc = make_doc(words, [8] * 11, ["dep"] * 8 + ["ROOT", "dep", "dep"], pos,
                   ents=[(1, 3, "PERSON"), (9, 10, "GPE")], spaces=spaces)
    document = document_for(doc)
    found = places_of(document)
    assert (found["Mingo"].feature, found["Mingo"].admin1) == ("ADM2", "West Virginia")
    assert (found["Yavapai"].feature, found["Yavapai"].admin1) == ("ADM2", "Arizona")


def test_an_all_capitals_dateline_town(flat):
    document = flat(["BEMIDJI", "--", "The", "lake", "froze", "."], [], root=4,
                    pos=["PROPN", "PUNCT", "DET", "NOUN", "VERB", "PUNCT"])
    assert places_of(document)["BEMIDJI"].name == "Bemidji"


@pytest.mark.model
def test_a_sentences_capitalised_first_word_and_a_named_persons_surname_are_no_places():
    from wirecoder.pipeline import code

    headline = code("Man accused of threatening tax worker . No matter how annoying taxes get, it's not wise.")
    assert headline.places == []  # not Man, Ivory Coast
    # Nor after a dateline's dash, where the sentence's own words begin.
    dateline = code("DAYTON, Ohio — Man found guilty of stealing a tractor from a farm.")
    assert "CIV" not in {p.country for p in dateline.places}
    surname = code("Police arrested Anthony Phillip LaSalle on Monday. LaSalle is expected to appear in court on "
                   "Friday.")
    assert surname.places == []
    both = code("Police arrested Mark Lincoln on Monday. Lincoln is due to appear in court next week. "
                "The court sits in Lincoln.")
    assert [p.start for p in both.places] == [both.text.rindex("Lincoln")]


@pytest.mark.model
def test_a_name_opening_a_business_name_is_no_town():
    from wirecoder.pipeline import code

    document = code("A man was charged in a hit-and-run crash outside a Sam's Club store in Bloomington.")
    assert [p.text for p in document.places] == ["Bloomington"]  # not Sam, Benin


@pytest.mark.model
def test_a_town_after_a_persons_age_is_a_town_wherever_the_article_repeats_it():
    from wirecoder.pipeline import code

    document = code("Mark Dole, 44, Lebanon, was arrested Friday after a traffic stop in Boone County. Lebanon police "
                    "said he was released on bond.")
    lebanon = [p for p in document.places if p.text == "Lebanon"]
    assert len(lebanon) == 2 and all((p.country, p.feature) == ("USA", "PPL") for p in lebanon)


@pytest.mark.model
def test_a_country_name_before_a_word_for_a_resident_is_a_us_town_or_state():
    from wirecoder.pipeline import code_many

    town, state, country = code_many([
        "A 61-year-old Palestine man was sentenced on Monday for fleeing from Palestine police in 2019.",
        "A Georgia woman was arrested in Atlanta on Friday.",
        # Not US local news: the country, however the name is used.
        "A Bangladesh man was arrested in Dhaka on Friday."])
    assert [(p.country, p.feature) for p in town.places if p.text == "Palestine"] == [("USA", "PPL")] * 2
    assert [(p.country, p.feature) for p in state.places if p.text == "Georgia"] == [("USA", "ADM1")]
    assert [p.country for p in country.places if p.text == "Bangladesh"] == ["BGD"]


@pytest.mark.model
def test_a_country_name_in_a_local_story_of_one_state_is_that_states_namesake_town():
    from wirecoder.pipeline import code_many

    local, refugees, family = code_many([
        "The Lebanon school board met on Monday. Parents from Zionsville and Whitestown asked for a new bus "
        "route, and the Boone County commissioners said they would look at the cost before Lebanon votes.",
        # A place of the country itself: the country.
        "Families who fled Syria reached Lebanon this week, a church in Zionsville and Whitestown said.",
        # Its people named: the country.
        "A Lebanese family from Lebanon opened a bakery in Zionsville, next to the Whitestown library."])
    assert {(p.country, p.admin1) for p in local.places if p.text == "Lebanon"} == {("USA", "Indiana")}
    assert {p.country for p in refugees.places if p.text == "Lebanon"} == {"LBN"}
    assert {p.country for p in family.places if p.text == "Lebanon"} == {"LBN"}


@pytest.mark.model
def test_a_capital_whose_country_the_text_names_is_the_capital_unless_qualified_as_a_town():
    from wirecoder.pipeline import code_many

    trip, fair = code_many([
        "LEXINGTON, Ky. — A Georgetown nurse on a family trip to France saw a gunman open fire near a cafe in "
        "Paris on Thursday. She is due back in Kentucky next week.",
        "PARIS, Ky. — The Bourbon County fair opens on Friday; a band from France will play in Paris on Saturday."])
    assert [(p.country, p.feature) for p in trip.places if p.text == "Paris"] == [("FRA", "PPLC")]
    assert {(p.country, p.admin1) for p in fair.places if p.text.lower() == "paris"} == {("USA", "Kentucky")}


@pytest.mark.model
def test_a_town_opening_a_name_tagged_as_a_place_is_the_place():
    from wirecoder.pipeline import code

    # spaCy tags "Seoul City Hall" a place, which the gazetteer does not know.
    document = code("Riot police lined the steps of Seoul City Hall as the vigil began.")
    assert [(p.text, p.country) for p in document.places] == [("Seoul", "KOR")]
    assert document.setting == "KOR"
    # The longest known name decides: Kansas City's airport is not Kansas.
    document = code("Fares out of Kansas City International rose this spring, travel agents in Dallas said.")
    assert [p.text for p in document.places] == ["Dallas"]


@pytest.mark.model
def test_a_states_embassy_abroad_says_nothing_of_where_the_story_is():
    from wirecoder.pipeline import code

    document = code("Hundreds of students protested outside the U.S. Embassy in Warsaw on Monday.")
    assert document.setting == "POL"


@pytest.mark.model
def test_a_name_after_a_settlement_word_and_of_is_a_place():
    from wirecoder.pipeline import code

    # The model reads "Izmir" here as a person; "the port town of" says place.
    document = code("The teacher was held for a week in the port town of Izmir before his release.")
    assert [(p.text, p.country) for p in document.places] == [("Izmir", "TUR")]


@pytest.mark.model
def test_a_town_abroad_nothing_points_to_in_a_local_story_is_dropped():
    from wirecoder.pipeline import code

    # Santa Rita (a Philippine town in the gazetteer) names a county jail here.
    text = ("Police in Oakland said the man from Berkeley was booked into Santa Rita Jail on Friday. "
            "He had lived in Fremont and in San Jose before moving to Oakland, a friend in Berkeley said.")
    assert {p.country for p in code(text).places} == {"USA"}
    # Where something points to the other country, its town stays.
    text = ("Police in Oakland said the man from Berkeley had flown to Manila and on to Santa Rita. "
            "He had lived in Fremont and in San Jose before moving to Oakland, a friend in Berkeley said.")
    assert "PHL" in {p.country for p in code(text).places}


@pytest.mark.model
def test_a_region_after_a_town_we_know_only_as_towns_abroad_is_dropped():
    from wirecoder.pipeline import code

    # Mayo, the Irish county, is not in the gazetteer; its namesakes are
    # villages in the Philippines and the US. After "Castlebar," it is no
    # town abroad. (Essex, the first example here, is now a county we know:
    # regions.tsv.)
    document = code("A driver from Castlebar, Mayo, was fined on Monday.")
    assert [(p.text, p.country) for p in document.places] == [("Castlebar", "IRL")]
    # A state after the comma is a qualifier, as before; a large city, a list.
    document = code("Officials in Portland, Maine, met online on Monday.")
    assert [(p.text, p.country) for p in document.places] == [("Portland", "USA"), ("Maine", "USA")]
    document = code("Ministers in London, Paris and Berlin met online on Monday.")
    assert [(p.text, p.country) for p in document.places] == [("London", "GBR"), ("Paris", "FRA"), ("Berlin", "DEU")]


@pytest.mark.model
def test_where_traded_goods_come_from_says_nothing_of_where_the_story_is():
    from wirecoder.pipeline import code

    # Farmers in Jakarta angry at cheap fruit from abroad: the story is Indonesian.
    for text in ("Farmers marched through Jakarta to oppose a rise in Australian beef imports, "
                 "while officials said fruit imports from Australia and Australian cattle shipments would also grow.",
                 "Farmers marched through Jakarta against cheap Australia fruit exports, "
                 "as imports from Australia rose again and again."):
        assert code(text).setting == "IDN", text


@pytest.mark.model
def test_a_country_named_in_a_dateline_is_its_namesake_city_where_the_article_is():
    from wirecoder.pipeline import code_many

    ohio, abroad = code_many([
        "LEBANON (AP) — A pathologist testifying at the trial of an Ohio man says a bruise shows someone "
        "grabbed the victim. The trial in Warren County resumes in Lebanon on Monday.",
        "LEBANON (AP) — Jets struck targets in southern Lebanon on Monday, officials in Beirut said."])
    assert {(p.country, p.admin1) for p in ohio.places if p.text.lower() == "lebanon"} == {("USA", "Ohio")}
    assert {p.country for p in abroad.places if p.text.lower() == "lebanon"} == {"LBN"}
    # The same dateline after a title its full stop joins to the body, past
    # the first 60 characters.
    [titled] = code_many([
        "Pathologist Says Bruise Shows Victim Was Grabbed Before Her Death. "
        "LEBANON (AP) — A pathologist testifying at the trial of an Ohio man says a bruise shows someone "
        "grabbed the victim. The trial in Warren County resumes in Lebanon on Monday."])
    assert {(p.country, p.admin1) for p in titled.places if p.text.lower() == "lebanon"} == {("USA", "Ohio")}


@pytest.mark.model
def test_a_listed_organisation_is_not_geocoded_as_a_town_that_shares_its_name():
    from wirecoder.pipeline import code

    # geonames lists "Hamas" among the names of Hamm, Germany.
    document = code("Hamas said on Sunday that the talks had failed.", date="2020-05-01")
    assert not any(p.country == "DEU" for p in document.places)


@pytest.mark.model
def test_a_hamlet_in_a_country_nothing_else_points_to_is_a_misread_name():
    from wirecoder.pipeline import code

    # geonames has a Tītān of no known population in Afghanistan.
    document = code("The city council of Dayton, Ohio, rejected Titan's request for a permit on Monday.")
    assert not any(p.country == "AFG" for p in document.places)
    assert any(p.country == "USA" for p in document.places)


def test_a_dateline_tagged_with_the_first_word_is_still_its_place(flat):
    # LOS ANGELES - Police said a man was shot in San Pedro .  (one GPE over "LOS ANGELES - Police")
    document = flat(["LOS", "ANGELES", "-", "Police", "said", "a", "man", "was", "shot", "in", "San", "Pedro", "."],
                    [(0, 4, "GPE"), (10, 12, "GPE")], root=4)
    found = places_of(document)
    assert found["LOS ANGELES"].country == "USA"
    assert found["San Pedro"].country == "USA"  # the Los Angeles district, not the Ivorian port


@pytest.mark.model
def test_from_on_a_person_gives_their_home_town_even_when_tagged_an_organisation():
    from wirecoder import code

    document = code("Jane Lamb, 23, and Mary Evers, 25, both from Hounslow, appeared before magistrates on Monday.")
    assert [(p.text, p.country) for p in document.places] == [("Hounslow", "GBR")]


@pytest.mark.model
def test_a_citys_english_name_is_the_big_city_not_a_small_town_of_that_own_name_and_the_west_is_no_town():
    from wirecoder import code

    document = code("BERLIN - The U.S. envoy praised Germany on Monday, and police in Cologne and Hanover said "
                    "they would watch the rallies, which critics in the West called a test for Europe.")
    found = {p.text: p.country for p in document.places}
    assert found["Cologne"] == "DEU" and found["Hanover"] == "DEU"
    assert "West" not in found
    # an alias of a town in a country the text does not name stays an alias
    document = code("A White House spokesman said on Monday that the president would visit Ohio.")
    assert "MAR" not in {p.country for p in document.places}


@pytest.mark.model
def test_swat_officers_are_american_context_for_a_lone_place_name():
    from wirecoder import code

    document = code("Police said on Friday he shot a woman near Elm Street and East 4th Avenue in San Pedro. "
                    "SWAT officers soon surrounded the home.")
    assert [(p.text, p.country) for p in document.places] == [("San Pedro", "USA")]


@pytest.mark.model
def test_a_hyphen_inside_a_word_is_no_datelines_dash():
    from wirecoder import code
    from wirecoder.places import dateline_place

    assert dateline_place(code("In Benghazi, Libya, Sen. Ron Johnson, R-Wis., criticised the plan.")) is None
    assert dateline_place(code("BEIRUT, Lebanon - Police said two men were arrested.")).text == "BEIRUT"
    assert dateline_place(code("KYIV, Ukraine (Reuters) — Officials said on Monday.")).text == "KYIV"


@pytest.mark.model
def test_a_place_and_a_colon_opening_the_text_is_a_dateline():
    from wirecoder import code
    from wirecoder.places import dateline_place

    # As South Asian news sites set it; not a place named later with a colon.
    opened = code("Lahore: The city police on Tuesday arrested three men accused of selling forged permits.")
    assert (dateline_place(opened).text, dateline_place(opened).country) == ("Lahore", "PAK")
    assert dateline_place(code("Officials in the capital gave one reason for the delay in Lahore: money.")) is None


@pytest.mark.model
def test_a_dateline_after_a_one_line_title_is_the_dateline():
    from wirecoder import code
    from wirecoder.places import dateline_place

    # Scraped pages put the title first: on its own line, or joined to the
    # body by its full stop; an all-capitals town after it is the dateline.
    joined = code("Riot Police Detain Twelve Union Leaders After Strike. TBILISI, Georgia -- Police detained "
                  "twelve union leaders on Friday.")
    assert (dateline_place(joined).text, dateline_place(joined).country) == ("TBILISI", "GEO")
    own_line = code("A Long Title About A Quiet Week In The Capital Of The Country\n\nWASHINGTON (AP) — Officials "
                    "said on Monday that nothing had changed.")
    assert dateline_place(own_line).text == "WASHINGTON"
    # Not further down the text, after a sentence of the body.
    later = code("Officials of both unions met on Monday afternoon. They said nothing to the reporters waiting. "
                 "BOSTON -- A second meeting is planned.")
    assert dateline_place(later) is None


def test_a_qualifier_that_is_a_country_and_a_state_takes_the_country_reading_too(flat):
    # "Tbilisi, Georgia" lies in the country; "Athens, Georgia" in the state.
    words = ["Talks", "opened", "in", "Tbilisi", ",", "Georgia", ",", "and", "in", "Athens", ",", "Georgia", "."]
    document = flat(words, [(3, 4, "GPE"), (5, 6, "GPE"), (9, 10, "GPE"), (11, 12, "GPE")], root=1)
    find_places(document, Settings(extra={"geo_demonyms": True}))
    found = [(p.text, p.country, p.admin1) for p in document.places if p.text in ("Tbilisi", "Athens")]
    assert found == [("Tbilisi", "GEO", None), ("Athens", "USA", "Georgia")]


def test_a_courts_rank_holds_no_town(flat):
    words = ["The", "Supreme", "Court", "and", "the", "Superior", "Court", "ruled", "in", "Ohio", "."]
    found = places_of(flat(words, [(0, 3, "ORG"), (4, 7, "ORG"), (9, 10, "GPE")], root=7))
    assert set(found) == {"Ohio"}


def test_neither_a_named_state_nor_a_namesake_makes_a_town_near(flat):
    # Kentucky's centre is no nearby place of Columbus, Indiana, and the
    # first pass's Columbus, Ohio, is no evidence for its namesake 270 km
    # away (which it had made win).
    words = ["Kentucky", "officials", "flew", "to", "Columbus", "."]
    found = places_of(flat(words, [(0, 1, "GPE"), (4, 5, "GPE")], root=2))
    assert found["Columbus"].admin1 == "Ohio"
    # A state the article names still counts for its own towns.
    words = ["Tennessee", "officials", "flew", "to", "Athens", "."]
    found = places_of(flat(words, [(0, 1, "GPE"), (4, 5, "GPE")], root=2))
    assert found["Athens"].admin1 == "Tennessee"


def test_a_state_among_many_named_is_weak_evidence_for_its_towns(flat):
    # Washington, Indiana lies in a state the article names; so do towns of
    # five more states, and the capital is 60 times its size.
    words = ["Lawyers", "from", "Texas", ",", "Ohio", ",", "Michigan", ",", "Indiana", ",", "Wisconsin", "and",
             "North", "Carolina", "met", "a", "Washington", "lawyer", "."]
    ents = [(2, 3, "GPE"), (4, 5, "GPE"), (6, 7, "GPE"), (8, 9, "GPE"), (10, 11, "GPE"), (12, 14, "GPE"),
            (16, 17, "GPE")]
    found = places_of(flat(words, ents, root=14))
    assert found["Washington"].admin1 == "District of Columbia"


def test_a_names_own_first_reading_is_no_evidence_for_itself(flat):
    # Georgia read first as the country had made the country "named", which
    # then outweighed the state in a story set in Atlanta.
    words = ["Police", "in", "Atlanta", "said", "a", "judge", "was", "shot", "in", "Atlanta", ",", "Georgia", "."]
    found = places_of(flat(words, [(2, 3, "GPE"), (9, 10, "GPE"), (11, 12, "GPE")], root=3))
    assert (found["Georgia"].feature, found["Georgia"].country) == ("ADM1", "USA")


def test_a_name_with_a_compass_word_is_no_evidence_for_the_bare_name(flat):
    # Storms soaked Georgia and North Georgia before reaching Atlanta .  ("North Georgia" read as
    # the country had made the bare "Georgia" the country too)
    words = ["Storms", "soaked", "Georgia", "and", "North", "Georgia", "before", "reaching", "Atlanta", "."]
    found = places_of(flat(words, [(2, 3, "GPE"), (4, 6, "GPE"), (8, 9, "GPE")], root=1))
    assert (found["Georgia"].feature, found["Georgia"].country) == ("ADM1", "USA")


def test_a_sea_is_a_place_of_no_country_not_a_town_of_its_name(flat):
    words = ["Boats", "sank", "in", "the", "Mediterranean", "and", "the", "Atlantic", "off", "Ohio", "."]
    found = places_of(flat(words, [(4, 5, "LOC"), (7, 8, "LOC"), (9, 10, "GPE")], root=1))
    assert (found["Mediterranean"].feature, found["Mediterranean"].country) == ("RGN", None)
    # Not Atlantic, Iowa, though the article names a US state.
    assert (found["Atlantic"].name, found["Atlantic"].country) == ("Atlantic Ocean", None)


def test_a_name_after_a_car_make_is_a_model_not_a_place(flat):
    words = ["A", "red", "Dodge", "Durango", "and", "a", "Chevrolet", "Malibu", "crashed", "in", "Ohio", "."]
    found = places_of(flat(words, [(3, 4, "GPE"), (7, 8, "GPE"), (10, 11, "GPE")], root=8))
    assert set(found) == {"Ohio"}


@pytest.mark.model
def test_a_name_beside_a_kin_noun_is_a_person_not_a_town():
    from wirecoder.pipeline import code

    document = code("COLUMBIA, S.C. — Reyes tried to hit his wife, Amelia, and later drove to Amelia, Italy.")
    amelias = [p for p in document.places if p.text == "Amelia"]
    assert len(amelias) == 1 and amelias[0].start > document.text.index("drove")


@pytest.mark.model
def test_a_name_listed_among_those_who_died_or_were_hurt_is_a_person_not_a_town():
    from wirecoder.pipeline import code

    for text in ("OAKLAND, Calif. — Officers Ruiz, Sakai and a third officer died in the shootout on Saturday.",
                 "HOUSTON — Two deputies, Fuller and Sakai, were wounded in the exchange of fire."):
        assert [p.country for p in code(text).places if p.text == "Sakai"] == []
    # A dateline's town the parse made the subject stays a place.
    assert [p.country for p in code("OAKLAND — Three men died in a shootout.").places] == ["USA"]


def test_a_street_named_at_a_crossing_is_no_town(flat):
    # "Church" would be a village in England.
    words = ["Marchers", "met", "at", "Church", "and", "Baker", "Ave.", "in", "Queens", "."]
    found = places_of(flat(words, [(3, 4, "GPE"), (8, 9, "GPE")], root=1))
    assert set(found) == {"Queens"}
    words = ["Police", "closed", "the", "corner", "of", "Church", "and", "Main", "streets", "."]
    assert not places_of(flat(words, [(5, 6, "GPE")], root=1))
    # A singular street kind with no word of place before the pair: the town stays.
    words = ["The", "envoy", "flew", "from", "Paris", "and", "London", "Road", "was", "closed", "."]
    assert "Paris" in places_of(flat(words, [(4, 5, "GPE")], root=2))


def test_a_molotov_cocktail_is_no_town(flat):
    words = ["Rioters", "threw", "rocks", "and", "Molotov", "cocktails", "in", "Athens", "."]
    assert set(places_of(flat(words, [(4, 5, "GPE"), (7, 8, "GPE")], root=1))) == {"Athens"}


def test_a_name_before_a_landform_noun_is_no_town(flat):
    # Nūbā is a town in the West Bank; "the Nuba mountains" are in Sudan.
    words = ["Refugees", "fled", "the", "Nuba", "mountains", "near", "Kadugli", "."]
    found = places_of(flat(words, [(3, 4, "LOC"), (6, 7, "GPE")], root=1))
    assert "Nuba" not in found or found["Nuba"].country != "PSE"
    # a region may be named so ("the Sinai desert")
    words = ["Troops", "crossed", "the", "Sinai", "desert", "."]
    assert places_of(flat(words, [(3, 4, "LOC")], root=1))["Sinai"].country == "EGY"


@pytest.mark.model
def test_a_town_after_a_numbered_street_address_is_the_north_american_one():
    from wirecoder.pipeline import code

    # Nothing else in the story says which Alexandria: the agencies' address style does.
    document = code("Two neighbours were charged with disorderly conduct on Sunday. Arrested was Jane Roe, 31, of "
                    "418 Birch St., Alexandria. Officers said the dispute began over a parked car.")
    [alexandria] = [p for p in document.places if p.text == "Alexandria"]
    assert alexandria.country == "USA"
    assert document.setting == "USA"
    # Without the address the larger city stays the reading.
    assert [p.country for p in code("Rain fell on Alexandria on Sunday.").places] == ["EGY"]


@pytest.mark.model
def test_a_countrys_name_next_to_a_town_of_the_story_is_the_town_there():
    from wirecoder.pipeline import code

    document = code("Pupils from Jordan and nearby Shakopee will share the new library, the school board said.")
    found = {p.text: p for p in document.places}
    assert found["Shakopee"].country == "USA"
    assert (found["Jordan"].country, found["Jordan"].admin1) == ("USA", "Minnesota")
    # A country with a sign of its own in the text stays the country.
    document = code("Pupils from Jordan and Shakopee met Jordanian officials in Amman.")
    assert {p.text: p.country for p in document.places}["Jordan"] == "JOR"


@pytest.mark.model
def test_a_county_is_no_stray_hamlet_and_says_the_story_is_american():
    from wirecoder.pipeline import code

    # Franklin County is in 24 states, all of them American; geonames gives counties no population.
    found = {p.text: p for p in code("Volunteers from Franklin County cleaned the park on Saturday.").places}
    assert found["Franklin County"].country == "USA"
    found = {p.text: p for p in code("Dublin firefighters and crews from Franklin County cleared the fallen "
                                      "trees on Saturday.").places}
    assert found["Franklin County"].country == "USA"
    # ... and the Dublin beside it is an American one.
    assert found["Dublin"].country == "USA"


@pytest.mark.model
def test_a_story_filed_from_a_capital_next_door_is_set_where_its_places_are():
    from wirecoder import code

    # Filed from Amman, about Syria: the body never names Jordan again.
    abroad = code("AMMAN — Shelling hit Homs and Hama overnight, and families fled Idlib for camps near Aleppo, "
                  "the monitoring group said.")
    assert abroad.setting == "SYR"
    # A dateline whose country the body names again stays the setting.
    home = code("AMMAN — Jordanian police in Amman said they had arrested two men who smuggled goods from Homs, "
                "Hama, Idlib and Aleppo into Jordan.")
    assert home.setting == "JOR"
    # Nor do one or two places abroad outweigh a dateline.
    visit = code("WASHINGTON — The senator returned from talks in Damascus on Monday.")
    assert visit.setting == "USA"
    # Nor when the body names its country as a party, not a place.
    party = code("OUAGADOUGOU — Burkina Faso's military rulers on Monday ordered France's envoy to leave, accusing Paris of "
                 "meddling; France said it had received the order and would study it with officials in Lyon.")
    assert party.setting == "BFA"


@pytest.mark.model
def test_a_wire_dateline_standing_alone_is_the_city_known_by_that_name():
    from wirecoder.pipeline import code

    # An American town of the name lies near some Washington: the agency's bare dateline still says Switzerland.
    document = code("GENEVA (Reuters) - Envoys agreed on Friday to meet again next month, after one of them "
                    "accused the others of bowing to pressure from Washington.")
    found = {p.text: p for p in document.places}
    assert found["GENEVA"].country == "CHE"
    assert found["Washington"].admin1 == "District of Columbia"
    # A state wire leaves its own towns unqualified: no city of the name is far larger, so the story decides.
    document = code("LEBANON (AP) — Jurors in Ohio heard a coroner testify on Tuesday at the Warren County "
                    "courthouse, where a local landlord stands trial.")
    assert {p.text: p.admin1 for p in document.places}["LEBANON"] == "Ohio"


def test_only_the_capital_itself_reads_as_its_countrys_capital():
    washingtons = load_gazetteer().lookup("Washington")
    capitals = [e for e in washingtons if e.feature == "PPLC"]
    assert [(e.country, e.admin1) for e in capitals] == [("USA", "District of Columbia")]
    assert len(washingtons) > 10  # the towns named after it stay, as towns


@pytest.mark.model
def test_a_compass_word_before_a_district_word_is_no_town_of_that_name():
    from wirecoder.pipeline import code

    # "Side" alone is a town in Turkey; the city's South Side is a district of Chicago.
    document = code("CHICAGO — Two officers were hurt on the city's South Side on Friday.")
    assert [p.country for p in document.places] == ["USA"]
    # A compass word before a town's own name still finds the town.
    document = code("Police patrolled south Fargo and the city's West Side on Friday.")
    assert {p.text: p.country for p in document.places} == {"Fargo": "USA"}


@pytest.mark.model
def test_bare_congo_is_the_democratic_republic_where_the_text_places_something_there():
    from wirecoder.pipeline import code

    # Goma lies in the Democratic Republic; Brazzaville is the Republic's capital.
    document = code("Congo's army fought rebels near Goma on Tuesday, and Congo's government accused Rwanda "
                    "of backing them.")
    assert {p.text: p.country for p in document.places}["Congo"] == "COD"
    [accused] = [e for e in document.events if e.event == "ACCUSE"] or [None]
    assert accused is None or [a.code for a in accused.actor] == ["COD"]
    document = code("Congo's president opened a new port in Brazzaville on Tuesday.")
    assert {p.text: p.country for p in document.places}["Congo"] == "COG"
    # With nothing else to go on, geonames' reading stays.
    assert [p.country for p in code("Aid groups warned of a cholera outbreak in Congo.").places] == ["COG"]


@pytest.mark.model
def test_a_city_of_the_democratic_republic_qualified_by_bare_congo_stays_a_place():
    from wirecoder.pipeline import code

    # "Congo" after a comma qualifies a city of either Congo; the city says which.
    for dateline, country in (("KINSHASA, Congo", "COD"), ("GOMA, Congo", "COD"), ("BRAZZAVILLE, Congo", "COG")):
        document = code(f"{dateline} — Police raided the offices of an opposition party on Saturday.")
        places = {p.text: p.country for p in document.places}
        assert places == {dateline.split(",")[0]: country, "Congo": country}


@pytest.mark.model
def test_a_wire_dateline_naming_a_capital_is_that_capital_not_a_larger_city_with_the_name_as_an_alias():
    from wirecoder.pipeline import code

    document = code("ISLAMABAD (Reuters) — Police searched the offices of a newspaper on Saturday.")
    assert [(p.text, p.country) for p in document.places] == [("ISLAMABAD", "PAK")]
    assert document.setting == "PAK"
    # A tiny capital of the name is not what a wire means: Plymouth, Montserrat, has no one left.
    document = code("PLYMOUTH (Reuters) — Police searched the offices of a newspaper on Saturday.")
    assert [(p.text, p.country) for p in document.places] == [("PLYMOUTH", "GBR")]


@pytest.mark.model
def test_a_hyphenated_country_name_the_parser_cuts_is_one_place():
    from wirecoder.pipeline import code

    document = code("Soldiers in Guinea-Bissau said on Wednesday that they had seized power.")
    assert [(p.text, p.country) for p in document.places] == [("Guinea-Bissau", "GNB")]


@pytest.mark.model
def test_a_country_name_the_tagger_cuts_at_a_space_is_one_place():
    from wirecoder.pipeline import code

    document = code("Soldiers in Burkina Faso killed 20 villagers in February.")
    assert [(p.text, p.country) for p in document.places] == [("Burkina Faso", "BFA")]


@pytest.mark.model
def test_an_act_in_the_state_or_town_of_a_place_happened_there_not_at_the_dateline():
    from wirecoder.pipeline import code

    document = code("MEXICO CITY — Mexican soldiers killed 19 suspected cartel gunmen in a shootout in the "
                    "northern state of Sinaloa on Thursday, the defence ministry said.")
    [row] = [e for e in document.events if e.event == "ASSAULT"]
    assert row.event_loc["name"] == "Sinaloa"


@pytest.mark.model
def test_a_large_city_and_a_colon_opening_the_text_is_its_dateline():
    from wirecoder.pipeline import code_many

    lahore, police = code_many(["Lahore: Police on Tuesday detained a preacher accused of stirring up a mob.",
                                "Police: The suspect was carrying a knife when officers stopped him."])
    assert [(p.text, p.country) for p in lahore.places] == [("Lahore", "PAK")] and lahore.setting == "PAK"
    assert police.places == []


@pytest.mark.model
def test_country_names_lend_their_namesake_towns_no_support():
    from wirecoder.pipeline import code

    document = code("GENEVA — Trade ministers from Chile, Peru and Bolivia signed a deal on Monday.")
    assert [(p.text, p.country) for p in document.places][0] == ("GENEVA", "CHE")


@pytest.mark.model
def test_nigerian_states_are_nigerian_not_namesake_villages_or_niger():
    from wirecoder.pipeline import code_many

    borno, niger, tigray = code_many([
        "ABUJA, Nigeria — Gunmen raided two villages in Borno state on Tuesday, residents said.",
        "ABUJA, Nigeria — Bandits seized 20 travellers in Niger state on Monday, police said.",
        "Fighting between federal troops and local militias spread across Tigray and Amhara this week."])
    assert [(p.text, p.country) for p in borno.places if p.text == "Borno"] == [("Borno", "NGA")]
    assert [(p.text, p.country) for p in niger.places if "Niger" in p.text] == [("Niger state", "NGA")]
    assert [p.country for p in tigray.places] == ["ETH", "ETH"]


@pytest.mark.model
def test_somali_regions_are_somali_not_south_sudans_capital():
    from wirecoder.pipeline import code

    document = code("MOGADISHU — Government forces killed 12 militants in the Lower Juba region on Saturday, "
                    "a regional official said.")
    assert [(p.text, p.country) for p in document.places if "Juba" in p.text] == [("Lower Juba", "SOM")]
    assert "SSD" not in {a.code for e in document.events for a in e.actor + e.recipient}


@pytest.mark.model
def test_kosovo_is_a_country():
    from wirecoder.pipeline import code

    document = code("Serbia's president said on Monday that Belgrade would never recognise Kosovo.")
    [kosovo] = [p for p in document.places if p.text == "Kosovo"]
    assert (kosovo.country, kosovo.name, kosovo.feature) == ("XKX", "Kosovo", "PCLI")


@pytest.mark.model
def test_a_dateline_the_tagger_cut_in_two_is_one_place():
    from wirecoder.pipeline import code

    document = code("LA PAZ — Bolivian police arrested a retired general on Wednesday.")
    assert [(p.text, p.country) for p in document.places][:1] == [("LA PAZ", "BOL")]
    assert document.setting == "BOL"


@pytest.mark.model
def test_states_of_mexico_india_and_brazil_are_states_not_namesake_towns():
    from wirecoder.pipeline import code

    document = code("Gunmen abducted eight road workers in the southern Mexican state of Chiapas on Monday. "
                    "Floods also hit Bihar and Assam in India and the state of Minas Gerais in Brazil.")
    places = {p.text: (p.country, p.feature) for p in document.places}
    assert places["Chiapas"] == ("MEX", "ADM1")
    assert places["Bihar"] == ("IND", "ADM1") and places["Assam"] == ("IND", "ADM1")
    assert places["Minas Gerais"] == ("BRA", "ADM1")


@pytest.mark.model
def test_a_name_placed_once_with_its_state_is_that_place_each_time():
    from wirecoder.pipeline import code

    document = code("DURANGO, Colo. — A storm knocked out power to a school in Durango on Monday, "
                    "and crews in Durango worked through the night.")
    assert {p.country for p in document.places if p.text.lower() == "durango"} == {"USA"}


@pytest.mark.model
def test_an_island_state_named_with_archipelago_is_that_state():
    from wirecoder.pipeline import code

    document = code("NAIROBI, Kenya — Police in the Comoros archipelago arrested two men on Monday.")
    assert [p.country for p in document.places if "Comoros" in p.text] == ["COM"]


@pytest.mark.model
def test_regions_of_europe_and_philippine_provinces_are_places_of_their_country():
    from wirecoder.pipeline import code

    document = code("ROME — Police arrested 40 people in raids across Calabria and Lombardy on Tuesday.")
    assert {p.text: p.country for p in document.places if p.text != "ROME"} == {"Calabria": "ITA", "Lombardy": "ITA"}
    document = code("BERLIN — Four men were arrested in Saxony, Thuringia and Brandenburg on Wednesday.")
    assert {p.country for p in document.places} == {"DEU"}
    # "Samar" alone had been Samara, Russia.
    document = code("MANILA — Three rebels were killed in a clash in the mountains of Northern Samar on Sunday.")
    assert {p.country for p in document.places} == {"PHL"}


@pytest.mark.model
def test_english_counties_are_english():
    from wirecoder.pipeline import code

    # Lincolnshire alone had been the Illinois village.
    document = code("A man was jailed for life at Lincoln Crown Court after a body was found in a burnt-out car on "
                    "farmland in Lincolnshire.")
    assert {p.text: p.country for p in document.places}["Lincolnshire"] == "GBR"


@pytest.mark.model
def test_a_county_named_like_american_towns_is_english_only_in_a_british_story():
    from wirecoder.pipeline import code

    # "Essex" alone had been Essex, Maryland, and the police American.
    document = code("CHELMSFORD, England — Police in Essex arrested two men after a break-in at a farm shop near "
                    "Braintree on Friday.")
    assert {p.text: p.country for p in document.places}["Essex"] == "GBR"
    assert document.setting == "GBR"
    # With nothing pointing to Britain the namesake towns keep the name.
    document = code("KENT, Ohio — Police in Kent arrested two students after a fight near campus on Friday.")
    assert {p.country for p in document.places} == {"USA"}


@pytest.mark.model
def test_punjab_in_a_pakistani_story_is_pakistans():
    from wirecoder.pipeline import code

    document = code("LAHORE, Pakistan — Traders across Punjab shut their shops on Saturday in protest at a new tax.")
    assert {p.text: p.country for p in document.places}["Punjab"] == "PAK"
    document = code("AMRITSAR, India — Farmers blocked highways across Punjab on Monday.")
    assert {p.text: p.country for p in document.places}["Punjab"] == "IND"


@pytest.mark.model
def test_a_lone_small_town_abroad_in_a_datelined_story_is_a_local_name_we_do_not_know():
    from wirecoder.pipeline import code

    # "Overberg" had been a Dutch village, "Médina" (a district of Dakar) an American town.
    document = code("CAPE TOWN — Police raided a house in the Overberg on Monday night after a long investigation.")
    assert [p.text for p in document.places] == ["CAPE TOWN"]
    document = code("DAKAR — Youths burned tyres and threw stones at police in Médina after the verdict.")
    assert "Médina" not in [p.text for p in document.places]
    # A neighbour's town stays.
    document = code("JERUSALEM — A clinic in Rafah was shelled by Israel on Friday.")
    assert "Rafah" in [p.text for p in document.places]
    # A town of a country the story names stays.
    document = code("KYIV, Ukraine — Ukrainian drones struck an oil depot in Tuapse in Russia overnight.")
    assert {p.text: p.country for p in document.places}["Tuapse"] == "RUS"


@pytest.mark.model
def test_words_that_open_names_of_buildings_everywhere_are_no_towns():
    from wirecoder.pipeline import code

    document = code("NAIROBI — Twelve people were arrested, according to an officer at Central Police Station. "
                    "Traders in the Central Business District shut their shops.")
    assert {p.country for p in document.places} == {"KEN"}
