"""Event rules on hand-built Docs: triggers, roles, coordination, passives, aux modes."""

import pytest

from wirecoder.actors import resolve_actors
from wirecoder.events import extract_events

# Rules alone: the detector is a stand-in that backs every lexicon trigger.
pytestmark = pytest.mark.usefixtures("lexicon_detector")


def _events(make_doc, document_for, **parse):
    document = document_for(make_doc(**parse))
    resolve_actors(document)
    extract_events(document)
    return document.events


def test_transitive_verb_with_compound_recipient(make_doc, document_for):
    # Russia rejected the United States and NATO .
    events = _events(
        make_doc, document_for,
        words=["Russia", "rejected", "the", "United", "States", "and", "NATO", "."],
        heads=[1, 1, 4, 4, 1, 4, 4, 1],
        deps=["nsubj", "ROOT", "det", "compound", "dobj", "cc", "conj", "punct"],
        pos=["PROPN", "VERB", "DET", "PROPN", "PROPN", "CCONJ", "PROPN", "PUNCT"],
        lemmas=["russia", "reject", "the", "united", "states", "and", "nato", "."],
        ents=[(0, 1, "GPE"), (3, 5, "GPE"), (6, 7, "ORG")],
    )
    assert len(events) == 1
    event = events[0]
    assert (event.event, event.quad_code, event.cameo) == ("REJECT", 3, "120")
    assert [a.code for a in event.actor] == ["RUS"]
    assert [r.code for r in event.recipient] == ["USA", "IGO"]
    assert event.aux_mode == [] and event.event_text == "rejected"
    assert event.sentence == "Russia rejected the United States and NATO ." and event.start == 0


def test_passive_agent_is_the_actor(make_doc, document_for):
    # Kyiv was attacked by Russian troops .
    events = _events(
        make_doc, document_for,
        words=["Kyiv", "was", "attacked", "by", "Russian", "troops", "."],
        heads=[2, 2, 2, 2, 5, 3, 2],
        deps=["nsubjpass", "auxpass", "ROOT", "agent", "amod", "pobj", "punct"],
        pos=["PROPN", "AUX", "VERB", "ADP", "ADJ", "NOUN", "PUNCT"],
        lemmas=["kyiv", "be", "attack", "by", "russian", "troop", "."],
        ents=[(0, 1, "GPE"), (4, 5, "NORP")],
    )
    event = events[0]
    assert event.event == "ASSAULT"
    assert [(a.code, a.sector) for a in event.actor] == [("RUS", ["MIL"])]
    assert [r.code for r in event.recipient] == ["UKR"]


def test_negation_and_modal_go_to_aux_mode(make_doc, document_for):
    # Iran did not reject France . / Iran could sanction France .
    neg = _events(
        make_doc, document_for,
        words=["Iran", "did", "not", "reject", "France", "."], heads=[3, 3, 3, 3, 3, 3],
        deps=["nsubj", "aux", "neg", "ROOT", "dobj", "punct"], pos=["PROPN", "AUX", "PART", "VERB", "PROPN", "PUNCT"],
        lemmas=["iran", "do", "not", "reject", "france", "."], ents=[(0, 1, "GPE"), (4, 5, "GPE")],
    )
    assert neg[0].aux_mode == ["negation"]
    modal = _events(
        make_doc, document_for,
        words=["Iran", "could", "sanction", "France", "."], heads=[2, 2, 2, 2, 2],
        deps=["nsubj", "aux", "ROOT", "dobj", "punct"], pos=["PROPN", "AUX", "VERB", "PROPN", "PUNCT"],
        lemmas=["iran", "could", "sanction", "france", "."], ents=[(0, 1, "GPE"), (3, 4, "GPE")],
    )
    assert modal[0].event == "SANCTION" and modal[0].aux_mode == ["hypothetical"]


def test_particle_trigger_and_nominal_trigger(make_doc, document_for):
    # Japan called for talks with China .
    events = _events(
        make_doc, document_for,
        words=["Japan", "called", "for", "talks", "with", "China", "."],
        heads=[1, 1, 1, 2, 3, 4, 1],
        deps=["nsubj", "ROOT", "prep", "pobj", "prep", "pobj", "punct"],
        pos=["PROPN", "VERB", "ADP", "NOUN", "ADP", "PROPN", "PUNCT"],
        lemmas=["japan", "call", "for", "talk", "with", "china", "."], ents=[(0, 1, "GPE"), (5, 6, "GPE")],
    )
    kinds = {e.event: e for e in events}
    assert kinds["REQUEST"].event_text == "called for"
    assert [a.code for a in kinds["REQUEST"].actor] == ["JPN"]
    # talks only called for are the caller's request, not talks (PLOVER codes the single category)
    assert "CONSULT" not in kinds


def test_reported_speech_codes_the_reported_actor(make_doc, document_for):
    # Officials said Syria attacked Turkey .
    events = _events(
        make_doc, document_for,
        words=["Officials", "said", "Syria", "attacked", "Turkey", "."],
        heads=[1, 1, 3, 1, 3, 1], deps=["nsubj", "ROOT", "nsubj", "ccomp", "dobj", "punct"],
        pos=["NOUN", "VERB", "PROPN", "VERB", "PROPN", "PUNCT"],
        lemmas=["official", "say", "syria", "attack", "turkey", "."], ents=[(2, 3, "GPE"), (4, 5, "GPE")],
    )
    assert [(e.event, [a.code for a in e.actor], [r.code for r in e.recipient]) for e in events] == [
        ("ASSAULT", ["SYR"], ["TUR"])]


# ---------------------------------------------------------------- issue 3 rules
def test_intent_to_withdraw_is_concede_and_refusal_is_reject(make_doc, document_for):
    # Chile is ready to withdraw troops . / Peru will not accept the plan .
    ready = _events(
        make_doc, document_for,
        words=["Chile", "is", "ready", "to", "withdraw", "troops", "."], heads=[1, 1, 1, 4, 2, 4, 1],
        deps=["nsubj", "ROOT", "acomp", "aux", "xcomp", "dobj", "punct"],
        pos=["PROPN", "AUX", "ADJ", "PART", "VERB", "NOUN", "PUNCT"],
        lemmas=["chile", "be", "ready", "to", "withdraw", "troop", "."], ents=[(0, 1, "GPE")],
    )
    # The manual: an announced retreat is CONCEDE, not RETREAT + future.
    assert ready[0].event == "CONCEDE" and [a.code for a in ready[0].actor] == ["CHL"]
    refuse = _events(
        make_doc, document_for,
        words=["Peru", "will", "not", "accept", "the", "plan", "."], heads=[3, 3, 3, 3, 5, 3, 3],
        deps=["nsubj", "aux", "neg", "ROOT", "det", "dobj", "punct"],
        pos=["PROPN", "AUX", "PART", "VERB", "DET", "NOUN", "PUNCT"],
        lemmas=["peru", "will", "not", "accept", "the", "plan", "."], ents=[(0, 1, "GPE")],
    )
    # The refusal is the event: no negation mode, or scorers would drop it.
    assert refuse[0].event == "REJECT" and refuse[0].aux_mode == []


def test_future_attack_is_threaten(make_doc, document_for):
    # Mali will attack Niger .
    events = _events(
        make_doc, document_for,
        words=["Mali", "will", "attack", "Niger", "."], heads=[2, 2, 2, 2, 2],
        deps=["nsubj", "aux", "ROOT", "dobj", "punct"], pos=["PROPN", "AUX", "VERB", "PROPN", "PUNCT"],
        lemmas=["mali", "will", "attack", "niger", "."], ents=[(0, 1, "GPE"), (3, 4, "GPE")],
    )
    assert events[0].event == "THREATEN"
    assert [a.code for a in events[0].actor] == ["MLI"] and [r.code for r in events[0].recipient] == ["NER"]


def test_reporter_is_not_the_actor(make_doc, document_for):
    # Kenya freed prisoners , Somali officials said .
    events = _events(
        make_doc, document_for,
        words=["Kenya", "freed", "prisoners", ",", "Somali", "officials", "said", "."],
        heads=[1, 6, 1, 6, 5, 6, 6, 6],
        deps=["nsubj", "ccomp", "dobj", "punct", "amod", "nsubj", "ROOT", "punct"],
        pos=["PROPN", "VERB", "NOUN", "PUNCT", "ADJ", "NOUN", "VERB", "PUNCT"],
        lemmas=["kenya", "free", "prisoner", ",", "somali", "official", "say", "."],
        ents=[(0, 1, "GPE"), (4, 5, "NORP")],
    )
    freed = [e for e in events if e.event_text == "freed"]
    assert freed and [a.code for a in freed[0].actor] == ["KEN"]
    assert "SOM" not in {a.code for a in freed[0].actor}


def test_uncoded_subject_takes_the_sentence_actor_before_the_trigger(make_doc, document_for):
    # Officials of Togo condemned Benin .  (the coded mention sits inside the subject)
    events = _events(
        make_doc, document_for,
        words=["Officials", "of", "Togo", "condemned", "Benin", "."], heads=[3, 0, 1, 3, 3, 3],
        deps=["nsubj", "prep", "pobj", "ROOT", "dobj", "punct"],
        pos=["NOUN", "ADP", "PROPN", "VERB", "PROPN", "PUNCT"],
        lemmas=["official", "of", "togo", "condemn", "benin", "."], ents=[(2, 3, "GPE"), (4, 5, "GPE")],
    )
    assert events[0].event == "ACCUSE"
    assert [a.code for a in events[0].actor] == ["TGO"] and [r.code for r in events[0].recipient] == ["BEN"]


def test_classifier_features_and_packaged_model():
    from wirecoder.events.classifier import classify, features

    assert features("Troops fired 3 shells") == ["troops", "fired", "0", "shells", "troops fired", "fired 0", "0 shells"]
    scores = classify("Warplanes bombed rebel positions, killing twelve fighters.")
    assert scores is not None and abs(sum(scores.types.values()) - 1) < 1e-3
    assert scores.best_type()[0] == "ASSAULT"


# ------------------------------------------------- second round: rules
def test_domestic_recipient_takes_the_actors_country(make_doc, document_for):
    # Kenyan police arrested opposition activists .
    events = _events(
        make_doc, document_for,
        words=["Kenyan", "police", "arrested", "opposition", "activists", "."],
        heads=[1, 2, 2, 4, 2, 2],
        deps=["amod", "nsubj", "ROOT", "compound", "dobj", "punct"],
        pos=["ADJ", "NOUN", "VERB", "NOUN", "NOUN", "PUNCT"],
        lemmas=["kenyan", "police", "arrest", "opposition", "activist", "."],
        ents=[(0, 1, "NORP")],
    )
    event = events[0]
    assert (event.event, event.mode) == ("COERCE", "arrest")
    assert [a.code for a in event.actor] == ["KEN"]
    assert [r.code for r in event.recipient] == ["KEN"]


def test_no_domestic_recipient_when_another_country_is_named(make_doc, document_for):
    # Kenyan police arrested activists near Uganda .
    events = _events(
        make_doc, document_for,
        words=["Kenyan", "police", "arrested", "activists", "near", "Uganda", "."],
        heads=[1, 2, 2, 2, 2, 4, 2],
        deps=["amod", "nsubj", "ROOT", "dobj", "prep", "pobj", "punct"],
        pos=["ADJ", "NOUN", "VERB", "NOUN", "ADP", "PROPN", "PUNCT"],
        lemmas=["kenyan", "police", "arrest", "activist", "near", "uganda", "."],
        ents=[(0, 1, "NORP"), (5, 6, "GPE")],
    )
    assert all(r.code != "KEN" for r in events[0].recipient)


def test_demanded_that_clause_subject_is_the_recipient(make_doc, document_for):
    # Germany demanded that Russia end the blockade .
    events = _events(
        make_doc, document_for,
        words=["Germany", "demanded", "that", "Russia", "end", "the", "blockade", "."],
        heads=[1, 1, 4, 4, 1, 6, 4, 1],
        deps=["nsubj", "ROOT", "mark", "nsubj", "ccomp", "det", "dobj", "punct"],
        pos=["PROPN", "VERB", "SCONJ", "PROPN", "VERB", "DET", "NOUN", "PUNCT"],
        lemmas=["germany", "demand", "that", "russia", "end", "the", "blockade", "."],
        ents=[(0, 1, "GPE"), (3, 4, "GPE")],
    )
    request = [e for e in events if e.event == "REQUEST"][0]
    assert [a.code for a in request.actor] == ["DEU"] and [r.code for r in request.recipient] == ["RUS"]


def test_a_demanded_passive_clause_names_whom_it_is_asked_of(make_doc, document_for):
    # Germany demanded that Russia be stopped .
    events = _events(
        make_doc, document_for,
        words=["Germany", "demanded", "that", "Russia", "be", "stopped", "."],
        heads=[1, 1, 5, 5, 5, 1, 1],
        deps=["nsubj", "ROOT", "mark", "nsubjpass", "auxpass", "ccomp", "punct"],
        pos=["PROPN", "VERB", "SCONJ", "PROPN", "AUX", "VERB", "PUNCT"],
        tags=["NNP", "VBD", "IN", "NNP", "VB", "VBN", "."],
        lemmas=["germany", "demand", "that", "russia", "be", "stop", "."],
        ents=[(0, 1, "GPE"), (3, 4, "GPE")],
    )
    request = [e for e in events if e.event == "REQUEST"][0]
    assert [r.code for r in request.recipient] == ["RUS"]


def test_a_mandative_clause_after_a_verb_of_saying_names_whom_it_is_asked_of(make_doc, document_for):
    # Germany insisted that Russia stop the blockade .
    asked = _events(
        make_doc, document_for,
        words=["Germany", "insisted", "that", "Russia", "stop", "the", "blockade", "."],
        heads=[1, 1, 4, 4, 1, 6, 4, 1],
        deps=["nsubj", "ROOT", "mark", "nsubj", "ccomp", "det", "dobj", "punct"],
        pos=["PROPN", "VERB", "SCONJ", "PROPN", "VERB", "DET", "NOUN", "PUNCT"],
        tags=["NNP", "VBD", "IN", "NNP", "VB", "DT", "NN", "."],
        lemmas=["germany", "insist", "that", "russia", "stop", "the", "blockade", "."],
        ents=[(0, 1, "GPE"), (3, 4, "GPE")],
    )
    # Germany insisted that Russia will stop the blockade . (a forecast, asked of no one)
    told = _events(
        make_doc, document_for,
        words=["Germany", "insisted", "that", "Russia", "will", "stop", "the", "blockade", "."],
        heads=[1, 1, 5, 5, 5, 1, 7, 5, 1],
        deps=["nsubj", "ROOT", "mark", "nsubj", "aux", "ccomp", "det", "dobj", "punct"],
        pos=["PROPN", "VERB", "SCONJ", "PROPN", "AUX", "VERB", "DET", "NOUN", "PUNCT"],
        tags=["NNP", "VBD", "IN", "NNP", "MD", "VB", "DT", "NN", "."],
        lemmas=["germany", "insist", "that", "russia", "will", "stop", "the", "blockade", "."],
        ents=[(0, 1, "GPE"), (3, 4, "GPE")],
    )
    assert [[r.code for r in e.recipient] for e in asked if e.event_text == "insisted"] == [["RUS"]]
    assert not any(r.code == "RUS" for e in told if e.event_text == "insisted" for r in e.recipient)


def test_who_is_asked_is_the_recipient_not_what_they_are_asked_to_send(make_doc, document_for):
    # Chile asked friendly states to send hospital ships . (the states are uncoded)
    events = _events(
        make_doc, document_for,
        words=["Chile", "asked", "friendly", "states", "to", "send", "hospital", "ships", "."],
        heads=[1, 1, 3, 1, 5, 1, 7, 5, 1],
        deps=["nsubj", "ROOT", "amod", "dobj", "aux", "xcomp", "compound", "dobj", "punct"],
        pos=["PROPN", "VERB", "ADJ", "NOUN", "PART", "VERB", "NOUN", "NOUN", "PUNCT"],
        lemmas=["chile", "ask", "friendly", "state", "to", "send", "hospital", "ship", "."],
        ents=[(0, 1, "GPE")],
    )
    request = [e for e in events if e.event == "REQUEST"][0]
    assert [a.code for a in request.actor] == ["CHL"]
    assert not any("ships" in (r.entity_text or "") for r in request.recipient)


def test_the_object_of_a_threatened_act_is_the_recipient(make_doc, document_for):
    # Chile threatened to expel Peru .
    events = _events(
        make_doc, document_for,
        words=["Chile", "threatened", "to", "expel", "Peru", "."],
        heads=[1, 1, 3, 1, 3, 1],
        deps=["nsubj", "ROOT", "aux", "xcomp", "dobj", "punct"],
        pos=["PROPN", "VERB", "PART", "VERB", "PROPN", "PUNCT"],
        lemmas=["chile", "threaten", "to", "expel", "peru", "."],
        ents=[(0, 1, "GPE"), (4, 5, "GPE")],
    )
    threat = [e for e in events if e.event == "THREATEN"][0]
    assert [r.code for r in threat.recipient] == ["PER"]


def test_weapons_found_is_a_seizure_with_mode(make_doc, document_for):
    # Nigerian soldiers found a cache of rifles .
    events = _events(
        make_doc, document_for,
        words=["Nigerian", "soldiers", "found", "a", "cache", "of", "rifles", "."],
        heads=[1, 2, 2, 4, 2, 4, 5, 2],
        deps=["amod", "nsubj", "ROOT", "det", "dobj", "prep", "pobj", "punct"],
        pos=["ADJ", "NOUN", "VERB", "DET", "NOUN", "ADP", "NOUN", "PUNCT"],
        lemmas=["nigerian", "soldier", "find", "a", "cache", "of", "rifle", "."],
        ents=[(0, 1, "NORP")],
    )
    assert [(e.event, e.mode) for e in events] == [("COERCE", "seize")]


def test_setting_up_a_base_is_mobilize(make_doc, document_for):
    # French troops set up a base .
    events = _events(
        make_doc, document_for,
        words=["French", "troops", "set", "up", "a", "base", "."],
        heads=[1, 2, 2, 2, 5, 2, 2],
        deps=["amod", "nsubj", "ROOT", "prt", "det", "dobj", "punct"],
        pos=["ADJ", "NOUN", "VERB", "ADP", "DET", "NOUN", "PUNCT"],
        lemmas=["french", "troop", "set", "up", "a", "base", "."],
        ents=[(0, 1, "NORP")],
    )
    assert [e.event for e in events] == ["MOBILIZE"]
    assert [a.code for a in events[0].actor] == ["FRA"]


def test_mode_cue_in_the_sentence_sets_the_means(make_doc, document_for):
    # Syrian warplanes attacked the town with a bomb .  (aerial beats explosives)
    events = _events(
        make_doc, document_for,
        words=["Syrian", "warplanes", "attacked", "the", "town", "with", "a", "bomb", "."],
        heads=[1, 2, 2, 4, 2, 2, 7, 5, 2],
        deps=["amod", "nsubj", "ROOT", "det", "dobj", "prep", "det", "pobj", "punct"],
        pos=["ADJ", "NOUN", "VERB", "DET", "NOUN", "ADP", "DET", "NOUN", "PUNCT"],
        lemmas=["syrian", "warplane", "attack", "the", "town", "with", "a", "bomb", "."],
        ents=[(0, 1, "NORP")],
    )
    assault = [e for e in events if e.event == "ASSAULT"]
    assert assault and all(e.mode == "aerial" for e in assault)


def test_led_forces_take_the_leaders_country(make_doc, document_for):
    # Saudi - led forces attacked Yemen .
    events = _events(
        make_doc, document_for,
        words=["Saudi", "-", "led", "forces", "attacked", "Yemen", "."],
        heads=[2, 2, 3, 4, 4, 4, 4],
        deps=["npadvmod", "punct", "amod", "nsubj", "ROOT", "dobj", "punct"],
        pos=["PROPN", "PUNCT", "VERB", "NOUN", "VERB", "PROPN", "PUNCT"],
        lemmas=["saudi", "-", "lead", "force", "attack", "yemen", "."],
        ents=[(0, 1, "NORP"), (5, 6, "GPE")],
    )
    assert [a.code for a in events[0].actor] == ["SAU"]
    assert [r.code for r in events[0].recipient] == ["YEM"]


def test_mode_cue_priority_and_kept_modes():
    from types import SimpleNamespace

    from wirecoder.events.modes import cue_mode

    def sent(text):
        return [SimpleNamespace(lower_=w, lemma_=w) for w in text.lower().split()]

    assert cue_mode(sent("a suicide bomber set off a bomb"), "ASSAULT", None) == "suicide-attack"
    assert cue_mode(sent("police fired tear gas and shot two"), "ASSAULT", "firearms") == "crowd-control"
    assert cue_mode(sent("gunmen shot two"), "ASSAULT", "aerial") == "aerial"  # a more specific mode stays
    assert cue_mode(sent("rioters looted shops"), "PROTEST", "demo") == "riot"
    assert cue_mode(sent("talks went well"), "AGREE", None) is None
    assert cue_mode(sent("the suspect died in a police shootout"), "ASSAULT", None) == "firearms"


def test_harm_alone_names_no_means(make_doc):
    from wirecoder.events.modes import modes_for

    # "Two soldiers were wounded ." says what was done to them, not with what:
    # the sparse classifier had read "wounded" as a bombing.
    doc = make_doc(words=["Two", "soldiers", "were", "wounded", "."], heads=[1, 3, 3, 3, 3],
                   deps=["nummod", "nsubjpass", "auxpass", "ROOT", "punct"],
                   pos=["NUM", "NOUN", "AUX", "VERB", "PUNCT"])
    assert modes_for(doc[3], "ASSAULT", None).mode is None


def test_a_cue_that_only_names_another_thing_gives_no_mode(make_doc):
    from wirecoder.events.modes import cue_mode

    # "He escaped during his rape trial, beating the guard": the trial's kind is no means of the beating.
    doc = make_doc(words=["He", "escaped", "during", "his", "rape", "trial", ",", "beating", "the", "guard", "."],
                   heads=[1, 1, 1, 5, 5, 2, 1, 1, 9, 7, 1],
                   deps=["nsubj", "ROOT", "prep", "poss", "compound", "pobj", "punct", "advcl", "det", "dobj",
                         "punct"],
                   pos=["PRON", "VERB", "ADP", "PRON", "NOUN", "NOUN", "PUNCT", "VERB", "DET", "NOUN", "PUNCT"])
    beating = doc[7]
    assert cue_mode(doc[:], "ASSAULT", None, trigger=beating) is None
    assert cue_mode(doc[:], "ASSAULT", None) == "sexual"  # without the trigger: the sentence's cue, as before
    # Inside the act's own phrase a compound still names the means: "killed … in a shooting spree".
    doc = make_doc(words=["They", "killed", "ten", "in", "a", "shooting", "spree", "."],
                   heads=[1, 1, 1, 1, 6, 6, 3, 1],
                   deps=["nsubj", "ROOT", "dobj", "prep", "det", "compound", "pobj", "punct"],
                   pos=["PRON", "VERB", "NUM", "ADP", "DET", "NOUN", "NOUN", "PUNCT"])
    assert cue_mode(doc[:], "ASSAULT", None, trigger=doc[1]) == "firearms"
    # A compound of the trigger itself still names the means: "a bomb attack".
    doc = make_doc(words=["A", "bomb", "attack", "hit", "the", "market", "."], heads=[2, 2, 3, 3, 5, 3, 3],
                   deps=["det", "compound", "nsubj", "ROOT", "det", "dobj", "punct"],
                   pos=["DET", "NOUN", "NOUN", "VERB", "DET", "NOUN", "PUNCT"])
    assert cue_mode(doc[:], "ASSAULT", None, trigger=doc[2]) == "explosives"


def test_fighting_and_clashes_name_no_weapon_and_a_sniper_fires_one():
    """PLOVER's ASSAULT modes name the means (rifles and pistols are
    `firearms`); "fought", "clashes" and "a battle" say nothing of it."""
    from types import SimpleNamespace

    from wirecoder.events.lexicon import load_lexicon
    from wirecoder.events.modes import cue_mode

    def sent(text):
        return [SimpleNamespace(lower_=w, lemma_=w) for w in text.lower().split()]

    lexicon = load_lexicon()
    for verb in ("fight", "clash"):
        assert [t.mode for t in lexicon.verbs[verb] if t.event == "ASSAULT"] == [None], verb
    for noun in ("fighting", "clashes", "battle"):
        assert [t.mode for t in lexicon.nouns[noun] if t.event == "ASSAULT"] == [None], noun
    assert cue_mode(sent("rebels clashed with troops near the town"), "ASSAULT", None) is None
    assert cue_mode(sent("a sniper wounded two women"), "ASSAULT", None) == "firearms"
    assert cue_mode(sent("he was killed with a handgun"), "ASSAULT", None) == "firearms"


def test_bombs_dropped_by_aircraft_are_an_air_raid(make_doc):
    # Military planes dropped bombs on the camp .
    from wirecoder.events.modes import cue_mode

    doc = make_doc(words=["Military", "planes", "dropped", "bombs", "on", "the", "camp", "."],
                   heads=[1, 2, 2, 2, 2, 6, 4, 2],
                   deps=["amod", "nsubj", "ROOT", "dobj", "prep", "det", "pobj", "punct"],
                   pos=["ADJ", "NOUN", "VERB", "NOUN", "ADP", "DET", "NOUN", "PUNCT"],
                   lemmas=["military", "plane", "drop", "bomb", "on", "the", "camp", "."])
    assert cue_mode(doc[:], "ASSAULT", None, trigger=doc[3]) == "aerial"
    # Bombs with no aircraft stay explosives.
    doc = make_doc(words=["Militants", "planted", "bombs", "near", "the", "camp", "."],
                   heads=[1, 1, 1, 1, 5, 3, 1],
                   deps=["nsubj", "ROOT", "dobj", "prep", "det", "pobj", "punct"],
                   pos=["NOUN", "VERB", "NOUN", "ADP", "DET", "NOUN", "PUNCT"],
                   lemmas=["militant", "plant", "bomb", "near", "the", "camp", "."])
    assert cue_mode(doc[:], "ASSAULT", None, trigger=doc[2]) == "explosives"


def test_criticism_verbs_and_court_outcomes_are_lexicon_triggers():
    from wirecoder.events.lexicon import load_lexicon

    lexicon = load_lexicon()
    for verb in ("rebuke", "castigate", "berate", "decry", "lambaste", "ridicule"):
        assert [t.event for t in lexicon.verbs[verb]] == ["ACCUSE"], verb
    assert [(t.particle, t.targets) for t in lexicon.verbs["lash"]] == [("out", ("at", "against"))]
    for verb in ("convict", "sentence", "fine"):
        assert [t.event for t in lexicon.verbs[verb]] == ["SANCTION"], verb
    assert [t.event for t in lexicon.nouns["conviction"]] == ["SANCTION"]


def test_an_act_a_modal_makes_possible_through_an_adjective_is_hypothetical(make_doc, document_for):
    # Sellers should be able to be sued .
    from wirecoder.events.modes import aux_modes

    doc = make_doc(words=["Sellers", "should", "be", "able", "to", "be", "sued", "."],
                   heads=[2, 2, 2, 2, 6, 6, 3, 2],
                   deps=["nsubj", "aux", "ROOT", "acomp", "aux", "auxpass", "xcomp", "punct"],
                   pos=["NOUN", "AUX", "AUX", "ADJ", "PART", "AUX", "VERB", "PUNCT"],
                   tags=["NNS", "MD", "VB", "JJ", "TO", "VB", "VBN", "."],
                   lemmas=["dealer", "should", "be", "able", "to", "be", "sue", "."])
    assert "hypothetical" in aux_modes(doc[6], "ACCUSE")


def test_an_act_a_modifier_says_is_still_to_come_is_future(make_doc, document_for):
    # The planned talks collapsed .   /   The pending investigation continued .
    from wirecoder.events.modes import aux_modes

    for modifier, expected in (("planned", ["future"]), ("pending", [])):
        doc = make_doc(words=["The", modifier, "talks", "collapsed", "."], heads=[2, 2, 3, 3, 3],
                       deps=["det", "amod", "nsubj", "ROOT", "punct"], pos=["DET", "ADJ", "NOUN", "VERB", "PUNCT"],
                       tags=["DT", "JJ", "NNS", "VBD", "."], lemmas=["the", modifier, "talk", "collapse", "."])
        assert aux_modes(doc[2], "CONSULT") == expected, modifier


def test_an_intended_act_only_seen_as_possible_is_hypothetical(make_doc, document_for):
    # He sees an agreement as possible .   /   He offered an agreement .
    from wirecoder.events.modes import aux_modes

    for verb, lemma, expected in (("sees", "see", ["hypothetical"]), ("offered", "offer", [])):
        doc = make_doc(words=["He", verb, "an", "agreement", "as", "possible", "."], heads=[1, 1, 3, 1, 3, 4, 1],
                       deps=["nsubj", "ROOT", "det", "dobj", "prep", "amod", "punct"],
                       pos=["PRON", "VERB", "DET", "NOUN", "ADP", "ADJ", "PUNCT"],
                       tags=["PRP", "VBZ", "DT", "NN", "IN", "JJ", "."],
                       lemmas=["he", lemma, "an", "agreement", "as", "possible", "."])
        assert aux_modes(doc[3], "AGREE") == expected, verb


@pytest.mark.model
def test_an_act_a_named_body_is_only_to_do_is_not_done():
    from wirecoder.events.modes import aux_modes
    from wirecoder.nlp import load_model

    nlp = load_model()
    # The infinitive of a noun under a verb of merit; a mandative "be".
    merits = nlp("The senator argued that the report merits the appointment of an independent counsel to investigate "
                 "the mayor's office.")
    time = nlp("It is time a new prosecutor be appointed to investigate the mayor's office.")
    done = nlp("The governor appointed a special prosecutor, who investigated the mayor's office.")
    for doc in (merits, time):
        assert "hypothetical" in aux_modes(next(t for t in doc if t.lower_ == "investigate"), "ACCUSE")
    assert aux_modes(next(t for t in done if t.lower_ == "investigated"), "ACCUSE") == []


def test_leaders_of_the_world_or_a_continent_take_no_one_country(make_doc, document_for):
    def actor_codes(words, heads, deps, pos, ents):
        events = _events(make_doc, document_for, words=words, heads=heads, deps=deps, pos=pos,
                         lemmas=[{"leaders": "leader"}.get(w.lower(), w.lower()) for w in words[:-4]]
                         + ["condemn", "the", "attack", "."], ents=ents)
        return [a.code for e in events if e.event == "ACCUSE" for a in e.actor]

    # In Estonia , world leaders condemned the attack . (where they met is not whose they are)
    world = actor_codes(["In", "Estonia", ",", "world", "leaders", "condemned", "the", "attack", "."],
                        [5, 0, 5, 4, 5, 5, 7, 5, 5],
                        ["prep", "pobj", "punct", "compound", "nsubj", "ROOT", "det", "dobj", "punct"],
                        ["ADP", "PROPN", "PUNCT", "NOUN", "NOUN", "VERB", "DET", "NOUN", "PUNCT"], [(1, 2, "GPE")])
    # In Estonia , leaders across Europe condemned the attack .
    across = actor_codes(["In", "Estonia", ",", "leaders", "across", "Europe", "condemned", "the", "attack", "."],
                         [6, 0, 6, 6, 3, 4, 6, 8, 6, 6],
                         ["prep", "pobj", "punct", "nsubj", "prep", "pobj", "ROOT", "det", "dobj", "punct"],
                         ["ADP", "PROPN", "PUNCT", "NOUN", "ADP", "PROPN", "VERB", "DET", "NOUN", "PUNCT"],
                         [(1, 2, "GPE"), (5, 6, "LOC")])
    # In Estonia , Latvian leaders condemned the attack . (a country's own leaders keep it)
    latvian = actor_codes(["In", "Estonia", ",", "Latvian", "leaders", "condemned", "the", "attack", "."],
                          [5, 0, 5, 4, 5, 5, 7, 5, 5],
                          ["prep", "pobj", "punct", "amod", "nsubj", "ROOT", "det", "dobj", "punct"],
                          ["ADP", "PROPN", "PUNCT", "ADJ", "NOUN", "VERB", "DET", "NOUN", "PUNCT"],
                          [(1, 2, "GPE"), (3, 4, "NORP")])
    # In Estonia , other leaders condemned the attack . (leaders besides those named: no one country)
    other = actor_codes(["In", "Estonia", ",", "other", "leaders", "condemned", "the", "attack", "."],
                        [5, 0, 5, 4, 5, 5, 7, 5, 5],
                        ["prep", "pobj", "punct", "amod", "nsubj", "ROOT", "det", "dobj", "punct"],
                        ["ADP", "PROPN", "PUNCT", "ADJ", "NOUN", "VERB", "DET", "NOUN", "PUNCT"], [(1, 2, "GPE")])
    assert not any(world) and not any(across) and not any(other)
    assert latvian == ["LVA"]


def test_what_is_sent_is_not_whom_it_is_sent_to(make_doc, document_for):
    # Egypt sent its soldiers to Sudan . (spaCy calls this "to" a dative)
    events = _events(
        make_doc, document_for,
        words=["Egypt", "sent", "its", "soldiers", "to", "Sudan", "."],
        heads=[1, 1, 3, 1, 1, 4, 1],
        deps=["nsubj", "ROOT", "poss", "dobj", "dative", "pobj", "punct"],
        pos=["PROPN", "VERB", "PRON", "NOUN", "ADP", "PROPN", "PUNCT"],
        tags=["NNP", "VBD", "PRP$", "NNS", "IN", "NNP", "."],
        lemmas=["egypt", "send", "its", "soldier", "to", "sudan", "."],
        ents=[(0, 1, "GPE"), (5, 6, "GPE")],
    )
    aid = [e for e in events if e.event == "AID"][0]
    assert [a.code for a in aid.actor] == ["EGY"]
    assert [(r.entity_text, r.code) for r in aid.recipient] == [("Sudan", "SDN")]


def test_an_intended_sending_is_aimed_at_where_it_goes(make_doc, document_for):
    # Egypt promised to send its troops to Sudan .
    events = _events(
        make_doc, document_for,
        words=["Egypt", "promised", "to", "send", "its", "troops", "to", "Sudan", "."],
        heads=[1, 1, 3, 1, 5, 3, 3, 6, 1],
        deps=["nsubj", "ROOT", "aux", "xcomp", "poss", "dobj", "dative", "pobj", "punct"],
        pos=["PROPN", "VERB", "PART", "VERB", "PRON", "NOUN", "ADP", "PROPN", "PUNCT"],
        tags=["NNP", "VBD", "TO", "VB", "PRP$", "NNS", "IN", "NNP", "."],
        lemmas=["egypt", "promise", "to", "send", "its", "troop", "to", "sudan", "."],
        ents=[(0, 1, "GPE"), (7, 8, "GPE")],
    )
    agree = [e for e in events if e.event == "AGREE" and e.event_text == "promised"][0]
    assert [r.code for r in agree.recipient] == ["SDN"]


def test_an_agreement_made_with_a_party_is_reciprocal_but_agreeing_to_a_demand_is_not(make_doc, document_for):
    # Egypt signed a pact with Israel .
    pact = _events(
        make_doc, document_for,
        words=["Egypt", "signed", "a", "pact", "with", "Israel", "."],
        heads=[1, 1, 3, 1, 1, 4, 1],
        deps=["nsubj", "ROOT", "det", "dobj", "prep", "pobj", "punct"],
        pos=["PROPN", "VERB", "DET", "NOUN", "ADP", "PROPN", "PUNCT"],
        lemmas=["egypt", "sign", "a", "pact", "with", "israel", "."],
        ents=[(0, 1, "GPE"), (5, 6, "GPE")],
    )
    # Egypt agreed to Israel 's demand .
    demand = _events(
        make_doc, document_for,
        words=["Egypt", "agreed", "to", "Israel", "'s", "demand", "."],
        heads=[1, 1, 1, 5, 3, 2, 1],
        deps=["nsubj", "ROOT", "prep", "poss", "case", "pobj", "punct"],
        pos=["PROPN", "VERB", "ADP", "PROPN", "PART", "NOUN", "PUNCT"],
        lemmas=["egypt", "agree", "to", "israel", "'s", "demand", "."],
        ents=[(0, 1, "GPE"), (3, 4, "GPE")],
    )
    signed = [e for e in pact if e.event == "AGREE" and e.event_text == "signed"]
    agreed = [e for e in demand if e.event == "AGREE" and e.event_text == "agreed"]
    assert [([a.code for a in e.actor], e.recipient) for e in signed] == [(["EGY", "ISR"], [])]
    assert [([a.code for a in e.actor], [r.code for r in e.recipient]) for e in agreed] == [(["EGY"], ["ISR"])]


def test_talks_someone_travelled_for_are_a_visit_with_hosts_who_receive(make_doc, document_for):
    # The Greek minister , in Ankara for talks with Turkish officials , spoke .  ("for" hung on "in")
    events = _events(
        make_doc, document_for,
        words=["The", "Greek", "minister", ",", "in", "Ankara", "for", "talks", "with", "Turkish", "officials", ",",
               "spoke", "."],
        heads=[2, 2, 12, 2, 2, 4, 4, 6, 7, 10, 8, 2, 12, 12],
        deps=["det", "amod", "nsubj", "punct", "prep", "pobj", "prep", "pobj", "prep", "amod", "pobj", "punct",
              "ROOT", "punct"],
        pos=["DET", "ADJ", "NOUN", "PUNCT", "ADP", "PROPN", "ADP", "NOUN", "ADP", "ADJ", "NOUN", "PUNCT", "VERB",
             "PUNCT"],
        lemmas=["the", "greek", "minister", ",", "in", "ankara", "for", "talk", "with", "turkish", "official", ",",
                "speak", "."],
        ents=[(1, 2, "NORP"), (5, 6, "GPE"), (9, 10, "NORP")],
    )
    talks = [e for e in events if e.event == "CONSULT"]
    assert [([a.code for a in e.actor], [r.code for r in e.recipient]) for e in talks] == [(["GRC"], ["TUR"])]


def test_a_concession_to_no_one_named_has_no_recipient(make_doc, document_for):
    # Kenyan police confessed .
    events = _events(
        make_doc, document_for,
        words=["Kenyan", "police", "confessed", "."],
        heads=[1, 2, 2, 2],
        deps=["amod", "nsubj", "ROOT", "punct"],
        pos=["ADJ", "NOUN", "VERB", "PUNCT"],
        lemmas=["kenyan", "police", "confess", "."],
        ents=[(0, 1, "NORP")],
    )
    concessions = [e for e in events if e.event == "CONCEDE"]
    assert [([a.code for a in e.actor], e.recipient) for e in concessions] == [(["KEN"], [])]


def test_a_deal_reached_is_reciprocal_but_a_deal_one_side_hopes_for_is_aimed_at_the_other(make_doc, document_for):
    def deal(verb, lemma):
        # Egypt <verb> a deal with Israel .
        events = _events(
            make_doc, document_for,
            words=["Egypt", verb, "a", "deal", "with", "Israel", "."],
            heads=[1, 1, 3, 1, 3, 4, 1],
            deps=["nsubj", "ROOT", "det", "dobj", "prep", "pobj", "punct"],
            pos=["PROPN", "VERB", "DET", "NOUN", "ADP", "PROPN", "PUNCT"],
            lemmas=["egypt", lemma, "a", "deal", "with", "israel", "."],
            ents=[(0, 1, "GPE"), (5, 6, "GPE")],
        )
        return [([a.code for a in e.actor], [r.code for r in e.recipient]) for e in events
                if e.event == "AGREE" and e.event_text == "deal"]

    assert deal("reached", "reach") == [(["EGY", "ISR"], [])]
    assert deal("wants", "want") == [(["EGY"], ["ISR"])]


def test_whom_someone_calls_on_is_the_recipient_not_what_they_are_to_stop(make_doc, document_for):
    # Germany called on Russia to end the Ukrainian blockade .
    events = _events(
        make_doc, document_for,
        words=["Germany", "called", "on", "Russia", "to", "end", "the", "Ukrainian", "blockade", "."],
        heads=[1, 1, 1, 2, 5, 1, 8, 8, 5, 1],
        deps=["nsubj", "ROOT", "prep", "pobj", "aux", "xcomp", "det", "amod", "dobj", "punct"],
        pos=["PROPN", "VERB", "ADP", "PROPN", "PART", "VERB", "DET", "ADJ", "NOUN", "PUNCT"],
        lemmas=["germany", "call", "on", "russia", "to", "end", "the", "ukrainian", "blockade", "."],
        ents=[(0, 1, "GPE"), (3, 4, "GPE"), (7, 8, "NORP")],
    )
    request = [e for e in events if e.event == "REQUEST" and e.event_text == "called on"]
    assert [([a.code for a in e.actor], [r.code for r in e.recipient]) for e in request] == [(["DEU"], ["RUS"])]


def test_any_act_is_no_act_that_happened(make_doc, document_for):
    # The club has not had any arrests become public .   /   Any arrests would hurt the club .
    from wirecoder.events.modes import aux_modes

    negated = make_doc(words=["The", "club", "has", "not", "had", "any", "arrests", "become", "public", "."],
                       heads=[1, 4, 4, 4, 4, 6, 7, 4, 7, 4],
                       deps=["det", "nsubj", "aux", "neg", "ROOT", "det", "nsubj", "ccomp", "acomp", "punct"],
                       pos=["DET", "NOUN", "AUX", "PART", "VERB", "DET", "NOUN", "VERB", "ADJ", "PUNCT"],
                       tags=["DT", "NN", "VBZ", "RB", "VBN", "DT", "NNS", "VB", "JJ", "."],
                       lemmas=["the", "club", "have", "not", "have", "any", "arrest", "become", "public", "."])
    none_in_particular = make_doc(words=["Any", "arrests", "hurt", "the", "club", "."], heads=[1, 2, 2, 4, 2, 2],
                                  deps=["det", "nsubj", "ROOT", "det", "dobj", "punct"],
                                  pos=["DET", "NOUN", "VERB", "DET", "NOUN", "PUNCT"],
                                  tags=["DT", "NNS", "VBP", "DT", "NN", "."],
                                  lemmas=["any", "arrest", "hurt", "the", "club", "."])
    assert "negation" in aux_modes(negated[6], "COERCE")
    assert aux_modes(none_in_particular[1], "COERCE") == ["hypothetical"]


def test_the_holy_see_condemning_an_attack_is_no_affair_of_its_own(make_doc, document_for):
    # The pope condemned the attack .
    events = _events(
        make_doc, document_for,
        words=["The", "pope", "condemned", "the", "attack", "."],
        heads=[1, 2, 2, 4, 2, 2],
        deps=["det", "nsubj", "ROOT", "det", "dobj", "punct"],
        pos=["DET", "NOUN", "VERB", "DET", "NOUN", "PUNCT"],
        lemmas=["the", "pope", "condemn", "the", "attack", "."],
    )
    accuse = [e for e in events if e.event == "ACCUSE"]
    assert [([a.code for a in e.actor], e.recipient) for e in accuse] == [(["VAT"], [])]


def test_who_sees_an_agreement_as_possible_would_be_a_party_to_it(make_doc, document_for):
    # Lavrov sees an agreement with NATO as possible .
    events = _events(
        make_doc, document_for,
        words=["Lavrov", "sees", "an", "agreement", "with", "NATO", "as", "possible", "."],
        heads=[1, 1, 3, 1, 3, 4, 3, 6, 1],
        deps=["nsubj", "ROOT", "det", "dobj", "prep", "pobj", "prep", "amod", "punct"],
        pos=["PROPN", "VERB", "DET", "NOUN", "ADP", "PROPN", "ADP", "ADJ", "PUNCT"],
        tags=["NNP", "VBZ", "DT", "NN", "IN", "NNP", "IN", "JJ", "."],
        lemmas=["lavrov", "see", "an", "agreement", "with", "nato", "as", "possible", "."],
        ents=[(0, 1, "PERSON"), (5, 6, "ORG")],
    )
    agree = [e for e in events if e.event == "AGREE"]
    assert [([a.code for a in e.actor], [r.code for r in e.recipient], e.aux_mode) for e in agree] \
        == [(["RUS"], ["IGO"], ["hypothetical"])]


def test_a_meeting_on_a_visit_the_sentence_tells_of_has_the_visitor_act_on_the_host(make_doc, document_for):
    # During a trip to Prague , the Greek president met the Czech president .
    events = _events(
        make_doc, document_for,
        words=["During", "a", "trip", "to", "Prague", ",", "the", "Greek", "president", "met", "the", "Czech",
               "president", "."],
        heads=[9, 2, 0, 2, 3, 9, 8, 8, 9, 9, 12, 12, 9, 9],
        deps=["prep", "det", "pobj", "prep", "pobj", "punct", "det", "amod", "nsubj", "ROOT", "det", "amod", "dobj",
              "punct"],
        pos=["ADP", "DET", "NOUN", "ADP", "PROPN", "PUNCT", "DET", "ADJ", "NOUN", "VERB", "DET", "ADJ", "NOUN",
             "PUNCT"],
        lemmas=["during", "a", "trip", "to", "prague", ",", "the", "greek", "president", "meet", "the", "czech",
                "president", "."],
        ents=[(4, 5, "GPE"), (7, 8, "NORP"), (11, 12, "NORP")],
    )
    meetings = [e for e in events if e.event == "CONSULT" and e.event_text == "met"]
    assert [([a.code for a in e.actor], [r.code for r in e.recipient]) for e in meetings] == [(["GRC"], ["CZE"])]


def _dyads(events, event_type):
    return [([a.code for a in e.actor], [r.code for r in e.recipient]) for e in events if e.event == event_type]


def test_who_a_passive_verb_of_doing_names_as_agent_did_the_act_its_subject_names(make_doc, document_for):
    def attack(verb, lemma, particle=()):
        # The attack was <verb> [out] by Russian troops .
        words = ["The", "attack", "was", verb, *particle, "by", "Russian", "troops", "."]
        by = 4 + len(particle)
        return _events(
            make_doc, document_for,
            words=words,
            heads=[1, 3, 3, 3, *[3] * len(particle), 3, by + 2, by, 3],
            deps=["det", "nsubjpass", "auxpass", "ROOT", *["prt"] * len(particle), "agent", "amod", "pobj", "punct"],
            pos=["DET", "NOUN", "AUX", "VERB", *["ADP"] * len(particle), "ADP", "ADJ", "NOUN", "PUNCT"],
            tags=["DT", "NN", "VBD", "VBN", *["RP"] * len(particle), "IN", "JJ", "NNS", "."],
            lemmas=["the", "attack", "be", lemma, *particle, "by", "russian", "troop", "."],
            ents=[(by + 1, by + 2, "NORP")],
        )

    assert [actors for actors, _ in _dyads(attack("carried", "carry", ("out",)), "ASSAULT")] == [["RUS"]]
    # Who condemns an attack did not make it.
    assert all("RUS" not in actors for actors, _ in _dyads(attack("condemned", "condemn"), "ASSAULT"))


def test_who_uses_or_seizes_a_chance_to_act_acts(make_doc, document_for):
    def criticize(verb, lemma, means, dep):
        # Egypt <verb> the <means> to criticize Israel .
        return _events(
            make_doc, document_for,
            words=["Egypt", verb, "the", means, "to", "criticize", "Israel", "."],
            heads=[1, 1, 3, 1, 5, 1 if dep == "xcomp" else 3, 5, 1],
            deps=["nsubj", "ROOT", "det", "dobj", "aux", dep, "dobj", "punct"],
            pos=["PROPN", "VERB", "DET", "NOUN", "PART", "VERB", "PROPN", "PUNCT"],
            tags=["NNP", "VBD", "DT", "NN", "TO", "VB", "NNP", "."],
            lemmas=["egypt", lemma, "the", means, "to", "criticize", "israel", "."],
            ents=[(0, 1, "GPE"), (6, 7, "GPE")],
        )

    assert _dyads(criticize("used", "use", "meeting", "xcomp"), "ACCUSE") == [(["EGY"], ["ISR"])]
    assert _dyads(criticize("seized", "seize", "opportunity", "acl"), "ACCUSE") == [(["EGY"], ["ISR"])]
    # It took Egypt days to criticize Israel .  (with "it" as subject, who takes the time acts)
    took = _events(
        make_doc, document_for,
        words=["It", "took", "Egypt", "days", "to", "criticize", "Israel", "."],
        heads=[1, 1, 1, 1, 5, 1, 5, 1],
        deps=["nsubj", "ROOT", "dobj", "npadvmod", "aux", "xcomp", "dobj", "punct"],
        pos=["PRON", "VERB", "PROPN", "NOUN", "PART", "VERB", "PROPN", "PUNCT"],
        tags=["PRP", "VBD", "NNP", "NNS", "TO", "VB", "NNP", "."],
        lemmas=["it", "take", "egypt", "day", "to", "criticize", "israel", "."],
        ents=[(2, 3, "GPE"), (6, 7, "GPE")],
    )
    assert _dyads(took, "ACCUSE") == [(["EGY"], ["ISR"])]


def test_a_meeting_someone_travelled_for_is_a_visit(make_doc, document_for):
    # Lavrov flew to Ankara to meet Turkish officials .
    events = _events(
        make_doc, document_for,
        words=["Lavrov", "flew", "to", "Ankara", "to", "meet", "Turkish", "officials", "."],
        heads=[1, 1, 1, 2, 5, 1, 7, 5, 1],
        deps=["nsubj", "ROOT", "prep", "pobj", "aux", "advcl", "amod", "dobj", "punct"],
        pos=["PROPN", "VERB", "ADP", "PROPN", "PART", "VERB", "ADJ", "NOUN", "PUNCT"],
        tags=["NNP", "VBD", "IN", "NNP", "TO", "VB", "JJ", "NNS", "."],
        lemmas=["lavrov", "fly", "to", "ankara", "to", "meet", "turkish", "official", "."],
        ents=[(0, 1, "PERSON"), (3, 4, "GPE"), (6, 7, "NORP")],
    )
    assert _dyads(events, "CONSULT") == [(["RUS"], ["TUR"])]


def test_condemning_violence_is_aimed_at_its_doer_not_at_the_country_it_struck(make_doc, document_for):
    def condemned(noun):
        # Egypt condemned the <noun> .
        return _events(
            make_doc, document_for,
            words=["Egypt", "condemned", "the", noun, "."],
            heads=[1, 1, 3, 1, 1],
            deps=["nsubj", "ROOT", "det", "dobj", "punct"],
            pos=["PROPN", "VERB", "DET", "NOUN", "PUNCT"],
            lemmas=["egypt", "condemn", "the", noun, "."],
            ents=[(0, 1, "GPE")],
        )

    assert _dyads(condemned("bombing"), "ACCUSE") == [(["EGY"], [])]
    assert _dyads(condemned("law"), "ACCUSE") == [(["EGY"], ["EGY"])]


def test_firing_flares_or_warning_shots_harms_no_one(make_doc, document_for):
    def fired(words, heads, deps, pos, lemmas):
        # Russian soldiers fired <...> .
        events = _events(make_doc, document_for, words=["Russian", "soldiers", "fired", *words, "."],
                         heads=[1, 2, 2, *heads, 2], deps=["amod", "nsubj", "ROOT", *deps, "punct"],
                         pos=["ADJ", "NOUN", "VERB", *pos, "PUNCT"],
                         lemmas=["russian", "soldier", "fire", *lemmas, "."], ents=[(0, 1, "NORP")])
        return [e for e in events if e.event == "ASSAULT"]

    assert not fired(["flares", "at", "Swedish", "planes"], [2, 2, 6, 4], ["dobj", "prep", "amod", "pobj"],
                     ["NOUN", "ADP", "ADJ", "NOUN"], ["flare", "at", "swedish", "plane"])
    assert not fired(["warning", "shots"], [4, 2], ["compound", "dobj"], ["NOUN", "NOUN"], ["warning", "shot"])
    assert not fired(["into", "the", "air"], [2, 5, 3], ["prep", "det", "pobj"], ["ADP", "DET", "NOUN"],
                     ["into", "the", "air"])
    assert fired(["on", "the", "crowd"], [2, 5, 3], ["prep", "det", "pobj"], ["ADP", "DET", "NOUN"],
                 ["on", "the", "crowd"])
    assert fired(["a", "volley", "into", "the", "crowd"], [4, 2, 2, 7, 5], ["det", "dobj", "prep", "det", "pobj"],
                 ["DET", "NOUN", "ADP", "DET", "NOUN"], ["a", "volley", "into", "the", "crowd"])


def test_a_verb_joined_to_a_modal_verb_shares_its_modality(make_doc, document_for):
    # Troops could invade Ostria and seize Lanvik .  /  Troops did not invade Ostria <cc> seize Lanvik .
    from wirecoder.events.modes import aux_modes

    def seize(aux, conjunction):
        words = ["Troops", *aux, "invade", "Ostria", conjunction, "seize", "Lanvik", "."]
        verb = len(aux) + 1
        return make_doc(words=words, heads=[verb, *[verb] * len(aux), verb, verb, verb, verb, verb + 3, verb],
                        deps=["nsubj", *["neg" if a == "not" else "aux" for a in aux], "ROOT", "dobj", "cc", "conj",
                              "dobj", "punct"],
                        pos=["NOUN", *["PART" if a == "not" else "AUX" for a in aux], "VERB", "PROPN", "CCONJ",
                             "VERB", "PROPN", "PUNCT"],
                        tags=["NNS", *["RB" if a == "not" else "MD" for a in aux], "VB", "NNP", "CC", "VB", "NNP",
                              "."],
                        lemmas=["troop", *aux, "invade", "ostria", conjunction, "seize", "lanvik", "."])

    assert aux_modes(seize(["could"], "and")[5], "COERCE") == ["hypothetical"]
    # A negation covers both only with "or": "did not invade X and seized Y" says the seizing happened.
    assert aux_modes(seize(["did", "not"], "or")[6], "COERCE") == ["negation"]
    assert aux_modes(seize(["did", "not"], "and")[6], "COERCE") == []
    assert aux_modes(seize([], "and")[4], "COERCE") == []
    assert aux_modes(seize(["could"], "and")[2], "ASSAULT") == ["hypothetical"]


def test_the_means_of_a_modal_act_shares_its_modality(make_doc, document_for):
    # She should respond by criticizing Ostria .  /  She responded by criticizing Ostria .
    from wirecoder.events.modes import aux_modes

    def respond(aux, verb, tag):
        doc = make_doc(words=["She", *aux, verb, "by", "criticizing", "Ostria", "."],
                       heads=[1 + len(aux), *[1 + len(aux)] * len(aux), 1 + len(aux), 1 + len(aux), 2 + len(aux),
                              3 + len(aux), 1 + len(aux)],
                       deps=["nsubj", *["aux"] * len(aux), "ROOT", "prep", "pcomp", "dobj", "punct"],
                       pos=["PRON", *["AUX"] * len(aux), "VERB", "ADP", "VERB", "PROPN", "PUNCT"],
                       tags=["PRP", *["MD"] * len(aux), tag, "IN", "VBG", "NNP", "."],
                       lemmas=["she", *aux, "respond", "by", "criticize", "ostria", "."])
        return aux_modes(doc[3 + len(aux)], "ACCUSE")

    assert respond(["should"], "respond", "VB") == ["hypothetical"]
    assert respond([], "responded", "VBD") == []


def test_who_forgoes_work_or_food_to_protest_protests(make_doc, document_for):
    # Palestinians shunned <work|him> to protest .
    from wirecoder.events.roles.subjects import _subjects

    def protester(obj, tag):
        doc = make_doc(words=["Palestinians", "shunned", obj, "to", "protest", "."], heads=[1, 1, 1, 4, 1, 1],
                       deps=["nsubj", "ROOT", "dobj", "aux", "xcomp", "punct"],
                       pos=["PROPN", "VERB", "NOUN" if tag == "NN" else "PRON", "PART", "VERB", "PUNCT"],
                       tags=["NNPS", "VBD", tag, "TO", "VB", "."],
                       lemmas=["palestinians", "shun", obj, "to", "protest", "."])
        return [t.text for t in _subjects(doc[4])]

    assert protester("work", "NN") == ["Palestinians"]
    # (Whom a verb's object names is still who is made to act: "urged him to protest".)
    assert protester("him", "PRP") == ["him"]


def test_a_singular_relative_clause_is_about_the_noun_before_it_not_those_joined_after(make_doc, document_for):
    # Bob knew two men : Senator Sayed , who was charged , and Senator Qadir .
    from wirecoder.settings import default_settings

    def events_of(**parse):
        document = resolve_actors(document_for(make_doc(**parse)))
        extract_events(document, default_settings().with_overrides(min_confidence=0.0, require_actor=False))
        return document.events

    events = events_of(
        words=["Bob", "knew", "two", "men", ":", "Senator", "Sayed", ",", "who", "was", "charged", ",", "and",
               "Senator", "Qadir", "."],
        heads=[1, 1, 3, 1, 3, 6, 3, 6, 10, 10, 6, 6, 6, 14, 6, 1],
        deps=["nsubj", "ROOT", "nummod", "dobj", "punct", "compound", "appos", "punct", "nsubjpass", "auxpass",
              "relcl", "punct", "cc", "compound", "conj", "punct"],
        pos=["PROPN", "VERB", "NUM", "NOUN", "PUNCT", "PROPN", "PROPN", "PUNCT", "PRON", "AUX", "VERB", "PUNCT",
             "CCONJ", "PROPN", "PROPN", "PUNCT"],
        tags=["NNP", "VBD", "CD", "NNS", ":", "NNP", "NNP", ",", "WP", "VBD", "VBN", ",", "CC", "NNP", "NNP", "."],
        lemmas=["bob", "know", "two", "man", ":", "senator", "sayed", ",", "who", "be", "charge", ",", "and",
                "senator", "qadir", "."],
        ents=[(6, 7, "PERSON"), (14, 15, "PERSON")],
    )
    charged = [e for e in events if e.event_text == "charged"]
    assert charged and all([r.name for r in e.recipient] == ["Sayed"] for e in charged)


def test_an_act_a_hedging_adverb_leaves_only_probable_is_hypothetical(make_doc, document_for):
    # The courier had probably been robbed .   /   The courier had reportedly been robbed .
    from wirecoder.events.modes import aux_modes

    for adverb, expected in (("probably", ["hypothetical"]), ("possibly", ["hypothetical"]),
                             ("reportedly", []), ("allegedly", [])):
        doc = make_doc(words=["The", "courier", "had", adverb, "been", "robbed", "."], heads=[1, 5, 5, 5, 5, 5, 5],
                       deps=["det", "nsubjpass", "aux", "advmod", "auxpass", "ROOT", "punct"],
                       pos=["DET", "NOUN", "AUX", "ADV", "AUX", "VERB", "PUNCT"],
                       tags=["DT", "NN", "VBD", "RB", "VBN", "VBN", "."],
                       lemmas=["the", "courier", "have", adverb, "be", "rob", "."])
        assert aux_modes(doc[5], "ASSAULT") == expected, adverb


def test_an_act_someone_was_pressed_to_do_is_hypothetical_however_parsed(make_doc, document_for):
    # Envoys pressed the minister to sign .   /   Envoys met the minister to talk .
    # (the parse hangs the infinitive on the verb as an adverbial clause)
    from wirecoder.events.modes import aux_modes

    for verb, lemma, act, act_lemma, event_type, expected in (
            ("pressed", "press", "sign", "sign", "AGREE", ["hypothetical"]),
            ("lobbied", "lobby", "back", "back", "SUPPORT", ["hypothetical"]),
            ("met", "meet", "talk", "talk", "CONSULT", [])):
        doc = make_doc(words=["Envoys", verb, "the", "minister", "to", act, "."], heads=[1, 1, 3, 1, 5, 1, 1],
                       deps=["nsubj", "ROOT", "det", "dobj", "aux", "advcl", "punct"],
                       pos=["NOUN", "VERB", "DET", "NOUN", "PART", "VERB", "PUNCT"],
                       tags=["NNS", "VBD", "DT", "NN", "TO", "VB", "."],
                       lemmas=["envoy", lemma, "the", "minister", "to", act_lemma, "."])
        assert aux_modes(doc[5], event_type) == expected, verb


def test_pressing_asks_only_through_an_infinitive_or_for(make_doc, document_for):
    # Police pressed charges .   /   Unions pressed for talks .
    from wirecoder.events.modes import aux_modes

    charges = make_doc(words=["Police", "pressed", "charges", "."], heads=[1, 1, 1, 1],
                       deps=["nsubj", "ROOT", "dobj", "punct"], pos=["NOUN", "VERB", "NOUN", "PUNCT"],
                       tags=["NNS", "VBD", "NNS", "."], lemmas=["police", "press", "charge", "."])
    assert aux_modes(charges[2], "ACCUSE") == []
    talks = make_doc(words=["Unions", "pressed", "for", "talks", "."], heads=[1, 1, 1, 2, 1],
                     deps=["nsubj", "ROOT", "prep", "pobj", "punct"], pos=["NOUN", "VERB", "ADP", "NOUN", "PUNCT"],
                     tags=["NNS", "VBD", "IN", "NNS", "."], lemmas=["union", "press", "for", "talk", "."])
    assert aux_modes(talks[3], "CONSULT") == ["hypothetical"]
