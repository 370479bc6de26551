"""Dyad rules (who acts on whom) on hand-built Docs: names inside phrases,
actor fallbacks that skip the trigger's own objects, sentence country context."""

import pytest

from wirecoder.actors import actor_at, resolve_actors
from wirecoder.events import extract_events

# Rules alone: the detector is a stand-in that backs every lexicon trigger.
pytestmark = pytest.mark.usefixtures("lexicon_detector")


def _document(make_doc, document_for, **parse):
    document = document_for(make_doc(**parse))
    resolve_actors(document)
    return document


def _events(make_doc, document_for, settings=None, **parse):
    document = _document(make_doc, document_for, **parse)
    extract_events(document, settings)
    return document.events


def _every_event(make_doc, document_for, **parse):
    """Events of a hand-built Doc with every row kept (no cut-off, no coded actor required)."""
    from wirecoder.settings import default_settings

    return _events(make_doc, document_for,
                   settings=default_settings().with_overrides(min_confidence=0.0, require_actor=False), **parse)


def _top(events):
    return max(events, key=lambda e: e.confidence)


def _triggered(document, word: str) -> list:
    """The document's rows whose trigger is this word."""
    return [e for e in document.events if e.event_text == word]


def _actors_of(document, word: str) -> list:
    """Each row's actors triggered by this word, as (words, code, sectors)."""
    return [[(a.entity_text, a.code, a.sector) for a in e.actor] for e in _triggered(document, word)]


def _parsed(text: str):
    """The real model's parse of a text, for rules read off single tokens."""
    from wirecoder.nlp import load_model

    return load_model()(text)


def _every_row(texts):
    """Code texts with the real model, keeping every row (no cut-off, no
    coded actor required), so the rules are seen at work."""
    from wirecoder.pipeline import code_many
    from wirecoder.settings import default_settings

    return code_many(list(texts), default_settings().with_overrides(min_confidence=0.0, require_actor=False))


def _reading(event_type: str, kind: str = "stub"):
    """A stand-in detector that reads every sentence as `event_type` (0.9);
    with kind "sentence", as the shipped sentence classifier does (each type
    then takes its trigger: extract._triggers_for)."""
    import numpy as np

    from wirecoder.events.detector import AgreeingDetector, SentenceScores

    class Reads(AgreeingDetector):
        def score(self, texts):
            row = np.full((1, len(self.labels)), 0.01, dtype=np.float32)
            row[0, self.labels.index(event_type)] = 0.9
            return [SentenceScores(np.zeros((1, 2), dtype=np.int32), row, self.labels, kind=kind) for _ in texts]

    return Reads()


def test_name_that_heads_the_phrase_wins_over_its_modifier(make_doc, document_for):
    # NATO - member Norway spoke .
    document = _document(
        make_doc, document_for,
        words=["NATO", "-", "member", "Norway", "spoke", "."], heads=[2, 2, 3, 4, 4, 4],
        deps=["compound", "punct", "compound", "nsubj", "ROOT", "punct"],
        pos=["PROPN", "PUNCT", "NOUN", "PROPN", "VERB", "PUNCT"],
        ents=[(0, 1, "ORG"), (3, 4, "GPE")],
    )
    assert actor_at(document, document.spacy_doc[3]).code == "NOR"


def test_name_on_a_body_noun_or_a_person_codes_the_phrase(make_doc, document_for):
    # The NATO mission left . U.N. mediator Ana Ruiz spoke .
    document = _document(
        make_doc, document_for,
        words=["The", "NATO", "mission", "left", ".", "U.N.", "mediator", "Ana", "Ruiz", "spoke", "."],
        heads=[2, 2, 3, 3, 3, 8, 8, 8, 9, 9, 9],
        deps=["det", "compound", "nsubj", "ROOT", "punct", "compound", "compound", "compound", "nsubj", "ROOT",
              "punct"],
        pos=["DET", "PROPN", "NOUN", "VERB", "PUNCT", "PROPN", "NOUN", "PROPN", "PROPN", "VERB", "PUNCT"],
        ents=[(1, 2, "ORG"), (5, 6, "ORG"), (7, 9, "PERSON")],
    )
    doc = document.spacy_doc
    assert actor_at(document, doc[2]).code == "IGO"
    mediator = actor_at(document, doc[8])
    assert (mediator.code, mediator.name) == ("UNO", "Ana Ruiz")


def test_name_on_a_thing_is_still_no_actor(make_doc, document_for):
    # The Minsk agreements failed .
    document = _document(
        make_doc, document_for,
        words=["The", "Minsk", "agreements", "failed", "."], heads=[2, 2, 3, 3, 3],
        deps=["det", "compound", "nsubj", "ROOT", "punct"], pos=["DET", "PROPN", "NOUN", "VERB", "PUNCT"],
        ents=[(1, 2, "GPE")],
    )
    assert actor_at(document, document.spacy_doc[2]) is None


def test_actor_fallback_skips_the_triggers_own_target(make_doc, document_for):
    # The network threatened to deliver blows to Kenya .  (the uncoded
    # subject leaves the actor empty: Kenya is the target, not the actor)
    from wirecoder.settings import Settings

    events = _events(
        make_doc, document_for, Settings(require_actor=False),
        words=["The", "network", "threatened", "to", "deliver", "blows", "to", "Kenya", "."],
        heads=[1, 2, 2, 4, 2, 4, 5, 6, 2],
        deps=["det", "nsubj", "ROOT", "aux", "xcomp", "dobj", "prep", "pobj", "punct"],
        pos=["DET", "NOUN", "VERB", "PART", "VERB", "NOUN", "ADP", "PROPN", "PUNCT"],
        lemmas=["the", "network", "threaten", "to", "deliver", "blow", "to", "kenya", "."], ents=[(7, 8, "GPE")],
    )
    top = _top(events)
    assert top.event == "THREATEN"
    assert not any(a.code for a in top.actor) and [r.code for r in top.recipient] == ["KEN"]


def test_described_actor_takes_the_sentences_only_country(make_doc, document_for):
    # President Ana Ruiz threatened Kenyan opposition leaders .
    events = _events(
        make_doc, document_for,
        words=["President", "Ana", "Ruiz", "threatened", "Kenyan", "opposition", "leaders", "."],
        heads=[2, 2, 3, 3, 6, 6, 3, 3],
        deps=["compound", "compound", "nsubj", "ROOT", "amod", "compound", "dobj", "punct"],
        pos=["PROPN", "PROPN", "PROPN", "VERB", "ADJ", "NOUN", "NOUN", "PUNCT"],
        lemmas=["president", "ana", "ruiz", "threaten", "kenyan", "opposition", "leader", "."],
        ents=[(1, 3, "PERSON"), (4, 5, "NORP")],
    )
    top = _top(events)
    assert [(a.code, a.sector) for a in top.actor] == [("KEN", ["GOV"])]
    assert [r.code for r in top.recipient] == ["KEN"]


def test_fallback_recipient_skips_another_clause_and_keeps_conjuncts(make_doc, document_for):
    # Germany agreed to send aid for Kenya and Uganda if war starts in Chad .
    events = _events(
        make_doc, document_for,
        words=["Germany", "agreed", "to", "send", "aid", "for", "Kenya", "and", "Uganda", "if", "war", "starts",
               "in", "Chad", "."],
        heads=[1, 1, 3, 1, 3, 4, 5, 6, 6, 11, 11, 3, 11, 12, 1],
        deps=["nsubj", "ROOT", "aux", "xcomp", "dobj", "prep", "pobj", "cc", "conj", "mark", "nsubj", "advcl",
              "prep", "pobj", "punct"],
        pos=["PROPN", "VERB", "PART", "VERB", "NOUN", "ADP", "PROPN", "CCONJ", "PROPN", "SCONJ", "NOUN", "VERB",
             "ADP", "PROPN", "PUNCT"],
        lemmas=["germany", "agree", "to", "send", "aid", "for", "kenya", "and", "uganda", "if", "war", "start",
                "in", "chad", "."],
        ents=[(0, 1, "GPE"), (6, 7, "GPE"), (8, 9, "GPE"), (13, 14, "GPE")],
    )
    agree = [e for e in events if e.event_text == "agreed"][0]
    assert [r.code for r in agree.recipient] == ["KEN", "UGA"]


def test_fallback_recipient_skips_a_passive_agent_of_another_verb(make_doc, document_for):
    # French warships held exercises , to be joined by Italian ships .
    from wirecoder.events.roles.fallbacks import _other_clause

    doc = make_doc(
        words=["French", "warships", "held", "exercises", ",", "to", "be", "joined", "by", "Italian", "ships", "."],
        heads=[1, 2, 2, 2, 2, 7, 7, 2, 7, 10, 8, 2],
        deps=["amod", "nsubj", "ROOT", "dobj", "punct", "aux", "auxpass", "advcl", "agent", "amod", "pobj", "punct"],
        pos=["ADJ", "NOUN", "VERB", "NOUN", "PUNCT", "PART", "AUX", "VERB", "ADP", "ADJ", "NOUN", "PUNCT"],
    )
    assert _other_clause(doc[3], doc[10]) and not _other_clause(doc[2], doc[3])


def test_conditional_threat_targets_the_condition_subject(make_doc, document_for):
    # If Japan deploys missiles , Russia threatened to quit .
    events = _events(
        make_doc, document_for,
        words=["If", "Japan", "deploys", "missiles", ",", "Russia", "threatened", "to", "quit", "."],
        heads=[2, 2, 6, 2, 6, 6, 6, 8, 6, 6],
        deps=["mark", "nsubj", "advcl", "dobj", "punct", "nsubj", "ROOT", "aux", "xcomp", "punct"],
        pos=["SCONJ", "PROPN", "VERB", "NOUN", "PUNCT", "PROPN", "VERB", "PART", "VERB", "PUNCT"],
        lemmas=["if", "japan", "deploy", "missile", ",", "russia", "threaten", "to", "quit", "."],
        ents=[(1, 2, "GPE"), (5, 6, "GPE")],
    )
    threat = [e for e in events if e.event == "THREATEN"][0]
    assert [a.code for a in threat.actor] == ["RUS"] and [r.code for r in threat.recipient] == ["JPN"]


def test_mediation_between_parties_with_a_subject(make_doc, document_for):
    # Egypt launched mediation between Kenya and Uganda .
    events = _events(
        make_doc, document_for,
        words=["Egypt", "launched", "mediation", "between", "Kenya", "and", "Uganda", "."],
        heads=[1, 1, 1, 2, 3, 4, 4, 1],
        deps=["nsubj", "ROOT", "dobj", "prep", "pobj", "cc", "conj", "punct"],
        pos=["PROPN", "VERB", "NOUN", "ADP", "PROPN", "CCONJ", "PROPN", "PUNCT"],
        lemmas=["egypt", "launch", "mediation", "between", "kenya", "and", "uganda", "."],
        ents=[(0, 1, "GPE"), (4, 5, "GPE"), (6, 7, "GPE")],
    )
    mediation = [e for e in events if e.event_text == "mediation"][0]
    assert [a.code for a in mediation.actor] == ["EGY"]
    assert [r.code for r in mediation.recipient] == ["KEN", "UGA"]


def test_complaint_to_an_addressee_targets_what_it_is_over(make_doc, document_for):
    # Chad complained to the UN over Libyan raids .
    events = _events(
        make_doc, document_for,
        words=["Chad", "complained", "to", "the", "UN", "over", "Libyan", "raids", "."],
        heads=[1, 1, 1, 4, 2, 1, 7, 5, 1],
        deps=["nsubj", "ROOT", "prep", "det", "pobj", "prep", "amod", "pobj", "punct"],
        pos=["PROPN", "VERB", "ADP", "DET", "PROPN", "ADP", "ADJ", "NOUN", "PUNCT"],
        lemmas=["chad", "complain", "to", "the", "un", "over", "libyan", "raid", "."],
        ents=[(0, 1, "GPE"), (4, 5, "ORG"), (6, 7, "NORP")],
    )
    accuse = [e for e in events if e.event == "ACCUSE"][0]
    assert [r.code for r in accuse.recipient] == ["LBY"]


def test_ethnic_group_is_coded_by_its_country_of_residence(make_doc, document_for):
    # Police arrested ethnic Russians in Latvia . / Police arrested ethnic Russians .
    from wirecoder.document import Place

    parse = dict(
        words=["Police", "arrested", "ethnic", "Russians", "in", "Latvia", "."], heads=[1, 1, 3, 1, 1, 4, 1],
        deps=["nsubj", "ROOT", "amod", "dobj", "prep", "pobj", "punct"],
        pos=["NOUN", "VERB", "ADJ", "PROPN", "ADP", "PROPN", "PUNCT"], ents=[(3, 4, "NORP"), (5, 6, "GPE")],
    )
    document = document_for(make_doc(**parse))
    start = document.text.index("Latvia")
    document.places = [Place("Latvia", start, start + 6, "Latvia", "LVA")]
    resolve_actors(document)
    assert actor_at(document, document.spacy_doc[3]).code == "LVA"
    alone = _document(make_doc, document_for, **parse)
    assert actor_at(alone, alone.spacy_doc[3]).code == "RUS"


def test_coordinated_demonyms_give_two_actors(make_doc, document_for):
    # French and Egyptian warships attacked Libya .
    events = _events(
        make_doc, document_for,
        words=["French", "and", "Egyptian", "warships", "attacked", "Libya", "."], heads=[3, 0, 0, 4, 4, 4, 4],
        deps=["amod", "cc", "conj", "nsubj", "ROOT", "dobj", "punct"],
        pos=["ADJ", "CCONJ", "ADJ", "NOUN", "VERB", "PROPN", "PUNCT"],
        lemmas=["french", "and", "egyptian", "warship", "attack", "libya", "."],
        ents=[(0, 1, "NORP"), (2, 3, "NORP"), (5, 6, "GPE")],
    )
    assert [a.code for a in events[0].actor] == ["FRA", "EGY"] and [r.code for r in events[0].recipient] == ["LBY"]


def test_coordinated_countries_of_an_of_phrase_give_two_actors(make_doc, document_for):
    # The ministers of France and Germany met in Paris .
    events = _events(
        make_doc, document_for,
        words=["The", "ministers", "of", "France", "and", "Germany", "met", "in", "Paris", "."],
        heads=[1, 6, 1, 2, 3, 3, 6, 6, 7, 6],
        deps=["det", "nsubj", "prep", "pobj", "cc", "conj", "ROOT", "prep", "pobj", "punct"],
        pos=["DET", "NOUN", "ADP", "PROPN", "CCONJ", "PROPN", "VERB", "ADP", "PROPN", "PUNCT"],
        lemmas=["the", "minister", "of", "france", "and", "germany", "meet", "in", "paris", "."],
        ents=[(3, 4, "GPE"), (5, 6, "GPE"), (8, 9, "GPE")],
    )
    [meeting] = [e for e in events if e.event == "CONSULT"]
    assert [(a.entity_text, a.code) for a in meeting.actor] == [("The ministers of France", "FRA"), ("Germany", "DEU")]


def test_nominal_trigger_in_a_measure_phrase_takes_the_verbs_roles(make_doc, document_for):
    # Japan gave Kenya ten million dollars of aid .
    events = _events(
        make_doc, document_for,
        words=["Japan", "gave", "Kenya", "ten", "million", "dollars", "of", "aid", "."],
        heads=[1, 1, 1, 4, 5, 1, 5, 6, 1],
        deps=["nsubj", "ROOT", "dative", "compound", "nummod", "dobj", "prep", "pobj", "punct"],
        pos=["PROPN", "VERB", "PROPN", "NUM", "NUM", "NOUN", "ADP", "NOUN", "PUNCT"],
        lemmas=["japan", "give", "kenya", "ten", "million", "dollar", "of", "aid", "."],
        ents=[(0, 1, "GPE"), (2, 3, "GPE")],
    )
    aid = [e for e in events if e.event == "AID"][0]
    assert [a.code for a in aid.actor] == ["JPN"] and [r.code for r in aid.recipient] == ["KEN"]


def test_promise_without_counterpart_has_no_implied_recipient(make_doc, document_for):
    # Kenya promised to hold elections .
    events = _events(
        make_doc, document_for,
        words=["Kenya", "promised", "to", "hold", "elections", "."], heads=[1, 1, 3, 1, 3, 1],
        deps=["nsubj", "ROOT", "aux", "xcomp", "dobj", "punct"],
        pos=["PROPN", "VERB", "PART", "VERB", "NOUN", "PUNCT"],
        lemmas=["kenya", "promise", "to", "hold", "election", "."], ents=[(0, 1, "GPE")],
    )
    agree = [e for e in events if e.event == "AGREE"][0]
    assert [a.code for a in agree.actor] == ["KEN"] and agree.recipient == []


def _quoted(make_doc, document_for, subject: str):
    # “ {subject} reject the plan , ” Vale said .
    doc = make_doc(words=["“", subject, "reject", "the", "plan", ",", "”", "Vale", "said", "."],
                   heads=[2, 2, 2, 4, 2, 2, 2, 8, 2, 2],
                   deps=["punct", "nsubj", "ROOT", "det", "dobj", "punct", "punct", "nsubj", "parataxis", "punct"],
                   pos=["PUNCT", "PRON", "VERB", "DET", "NOUN", "PUNCT", "PUNCT", "PROPN", "VERB", "PUNCT"],
                   ents=[(7, 8, "PERSON")])
    document = document_for(doc)
    resolve_actors(document)
    from wirecoder.document import Actor, Quote

    speaker = Actor("Vale", name="Nora Vale", code="GBR", sector=["GOV"], start=doc[7].idx, end=doc[7].idx + 4)
    document.quotes = [Quote(text=doc[1:6].text, start=doc[1].idx, end=doc[5].idx + 1, cue="said",
                             speaker=speaker)]
    extract_events(document)
    return _top([e for e in document.events if e.event == "REJECT"])


def test_first_person_inside_a_direct_quote_is_the_speaker_or_the_speakers_side(make_doc, document_for):
    mine = _quoted(make_doc, document_for, "I")
    assert [(a.entity_text, a.name, a.code, a.sector) for a in mine.actor] == [("I", "Nora Vale", "GBR", ["GOV"])]
    ours = _quoted(make_doc, document_for, "We")
    assert [(a.entity_text, a.name, a.code, a.sector) for a in ours.actor] == [("We", None, "GBR", ["GOV"])]


def test_a_protest_with_no_target_named_gets_no_implied_recipient(make_doc, document_for):
    # Greek protesters marched . / Greek police arrested .
    protest = _events(make_doc, document_for, words=["Greek", "protesters", "marched", "."], heads=[1, 2, 2, 2],
                      deps=["amod", "nsubj", "ROOT", "punct"], pos=["ADJ", "NOUN", "VERB", "PUNCT"],
                      lemmas=["greek", "protester", "march", "."], ents=[(0, 1, "NORP")])
    assert [(e.event, [a.code for a in e.actor], e.recipient) for e in protest] == [("PROTEST", ["GRC"], [])]
    arrest = _events(make_doc, document_for, words=["Greek", "police", "arrested", "."], heads=[1, 2, 2, 2],
                     deps=["amod", "nsubj", "ROOT", "punct"], pos=["ADJ", "NOUN", "VERB", "PUNCT"],
                     lemmas=["greek", "police", "arrest", "."], ents=[(0, 1, "NORP")])
    # An act done to someone unnamed stays the actor's internal affair.
    assert [(e.event, [r.code for r in e.recipient]) for e in arrest] == [("COERCE", ["GRC"])]


def test_the_people_a_participle_describes_undergo_the_act(make_doc, document_for):
    # Syrian civilians killed in Aleppo were buried .
    events = _events(make_doc, document_for,
                     words=["Syrian", "civilians", "killed", "in", "Aleppo", "were", "buried", "."],
                     heads=[1, 6, 1, 2, 3, 6, 6, 6],
                     deps=["amod", "nsubjpass", "acl", "prep", "pobj", "auxpass", "ROOT", "punct"],
                     pos=["ADJ", "NOUN", "VERB", "ADP", "PROPN", "AUX", "VERB", "PUNCT"],
                     tags=["JJ", "NNS", "VBN", "IN", "NNP", "VBD", "VBN", "."],
                     lemmas=["syrian", "civilian", "kill", "in", "aleppo", "be", "bury", "."],
                     ents=[(0, 1, "NORP"), (4, 5, "GPE")])
    killed = [e for e in events if e.event_text == "killed"]
    assert all("civilians" not in a.entity_text for e in killed for a in e.actor)


def test_who_undergoes_a_passive_is_never_its_actor(make_doc, document_for):
    # Putin was tased and shot .   ("shot" shares "tased"'s passive subject)
    from wirecoder.settings import Settings

    parse = dict(words=["Putin", "was", "tased", "and", "shot", "."], heads=[2, 2, 2, 2, 2, 2],
                 deps=["nsubjpass", "auxpass", "ROOT", "cc", "conj", "punct"],
                 pos=["PROPN", "AUX", "VERB", "CCONJ", "VERB", "PUNCT"],
                 tags=["NNP", "VBD", "VBN", "CC", "VBN", "."],
                 lemmas=["putin", "be", "tase", "and", "shoot", "."], ents=[(0, 1, "PERSON")])
    # No one who did it is told: the unidentified attacker acts, never Putin.
    rows = _events(make_doc, document_for, **parse)
    assert rows and all(_unidentified(e) and len(e.actor) == 1 for e in rows)
    shot = [e for e in _events(make_doc, document_for, Settings(require_actor=False), **parse)
            if e.event_text == "shot"]
    assert shot and all(a.code != "RUS" for e in shot for a in e.actor)
    assert [r.code for r in shot[0].recipient] == ["RUS"]
    # The same with "shot" tagged as a past tense, as the parser often does.
    parse["tags"] = ["NNP", "VBD", "VBN", "CC", "VBD", "."]
    shot = [e for e in _events(make_doc, document_for, Settings(require_actor=False), **parse)
            if e.event_text == "shot"]
    assert [r.code for r in shot[0].recipient] == ["RUS"]


def _with_places(document, *places):
    from wirecoder.document import Place

    text = document.text
    document.places = [Place(word, text.index(word), text.index(word) + len(word), name=word, country=country)
                       for word, country in places]
    return document


def _place_events(make_doc, document_for, places, **parse):
    document = _with_places(_document(make_doc, document_for, **parse), *places)
    extract_events(document)
    return [(e.event, [(a.entity_text, a.code) for a in e.actor], [(r.entity_text, r.code) for r in e.recipient])
            for e in document.events]


def test_an_attack_on_a_place_of_another_country_targets_that_country(make_doc, document_for):
    # Russian troops attacked Kharkiv .   (was RUS -> RUS, "internal affair", since places named no country)
    events = _place_events(make_doc, document_for, [("Kharkiv", "UKR")],
                           words=["Russian", "troops", "attacked", "Kharkiv", "."], heads=[1, 2, 2, 2, 2],
                           deps=["amod", "nsubj", "ROOT", "dobj", "punct"], pos=["ADJ", "NOUN", "VERB", "PROPN", "PUNCT"],
                           lemmas=["russian", "troop", "attack", "kharkiv", "."], ents=[(0, 1, "NORP"), (3, 4, "GPE")])
    assert events == [("ASSAULT", [("Russian troops", "RUS")], [("Kharkiv", "UKR")])]


def test_people_attacked_in_a_place_of_another_country_take_its_country(make_doc, document_for):
    # Russian troops attacked civilians in Kharkiv .
    events = _place_events(make_doc, document_for, [("Kharkiv", "UKR")],
                           words=["Russian", "troops", "attacked", "civilians", "in", "Kharkiv", "."],
                           heads=[1, 2, 2, 2, 2, 4, 2],
                           deps=["amod", "nsubj", "ROOT", "dobj", "prep", "pobj", "punct"],
                           pos=["ADJ", "NOUN", "VERB", "NOUN", "ADP", "PROPN", "PUNCT"],
                           lemmas=["russian", "troop", "attack", "civilian", "in", "kharkiv", "."],
                           ents=[(0, 1, "NORP"), (5, 6, "GPE")])
    assert [(e, a, [code for _, code in r]) for e, a, r in events] == [("ASSAULT", [("Russian troops", "RUS")],
                                                                       ["UKR"])]


def test_a_place_is_never_the_actor(make_doc, document_for):
    # A man was attacked in Japan .   (the fallback took "Japan" itself as the actor)
    from wirecoder.settings import Settings

    document = _with_places(_document(
        make_doc, document_for,
        words=["A", "man", "was", "attacked", "in", "Japan", "."], heads=[1, 3, 3, 3, 3, 4, 3],
        deps=["det", "nsubjpass", "auxpass", "ROOT", "prep", "pobj", "punct"],
        pos=["DET", "NOUN", "AUX", "VERB", "ADP", "PROPN", "PUNCT"], tags=["DT", "NN", "VBD", "VBN", "IN", "NNP", "."],
        lemmas=["a", "man", "be", "attack", "in", "japan", "."], ents=[(5, 6, "GPE")]), ("Japan", "JPN"))
    extract_events(document, Settings(require_actor=False))
    # The unnamed attacker is of the country where it happened; "Japan" itself does not act.
    assert [(a.entity_text, a.code) for e in document.events for a in e.actor] == [("", "JPN")]


def test_a_driver_hitting_someone_is_an_accident_not_an_assault(make_doc, document_for):
    # An American driver hit a woman .
    events = _events(make_doc, document_for,
                     words=["An", "American", "driver", "hit", "a", "woman", "."], heads=[2, 2, 3, 3, 5, 3, 3],
                     deps=["det", "amod", "nsubj", "ROOT", "det", "dobj", "punct"],
                     pos=["DET", "ADJ", "NOUN", "VERB", "DET", "NOUN", "PUNCT"],
                     lemmas=["an", "american", "driver", "hit", "a", "woman", "."], ents=[(1, 2, "NORP")])
    assert [e for e in events if e.event == "ASSAULT"] == []


def test_a_photo_caption_reports_no_event(make_doc, document_for):
    # Greek police arrested protesters . (Jane Roe / Daily Post)   and the same without the credit
    caption = dict(words=["Greek", "police", "arrested", "protesters", ".", "(", "Jane", "Roe", "/", "Daily", "Post",
                          ")"],
                   heads=[1, 2, 2, 2, 2, 7, 7, 7, 7, 10, 7, 7],
                   deps=["amod", "nsubj", "ROOT", "dobj", "punct", "punct", "compound", "ROOT", "punct", "compound",
                         "appos", "punct"],
                   pos=["ADJ", "NOUN", "VERB", "NOUN", "PUNCT", "PUNCT", "PROPN", "PROPN", "SYM", "PROPN", "PROPN",
                        "PUNCT"],
                   lemmas=["greek", "police", "arrest", "protester", ".", "(", "jane", "roe", "/", "daily", "post",
                           ")"],
                   ents=[(0, 1, "NORP")])
    assert _events(make_doc, document_for, **caption) == []
    plain = {key: value[:5] for key, value in caption.items() if key != "ents"}
    assert [e.event for e in _events(make_doc, document_for, ents=[(0, 1, "NORP")], **plain)] == ["COERCE"]


def test_a_word_inside_a_date_is_never_a_trigger(make_doc):
    # They March .   ("March" mis-tagged as the verb "march", once as a date entity)
    from wirecoder.events.candidates import find_candidates
    from wirecoder.events.lexicon import load_lexicon

    parse = dict(words=["They", "March", "."], heads=[1, 1, 1], deps=["nsubj", "ROOT", "punct"],
                 pos=["PRON", "VERB", "PUNCT"], lemmas=["they", "march", "."])
    plain = next(make_doc(**parse).sents)
    dated = next(make_doc(ents=[(1, 2, "DATE")], **parse).sents)
    assert [c.token.text for c in find_candidates(plain, load_lexicon())] == ["March"]
    assert find_candidates(dated, load_lexicon()) == []


def test_a_cooperative_word_read_as_conflict_gives_no_row(make_doc, document_for):
    # Russian diplomats defended Putin .   (lexicon: SUPPORT; a detector that reads ACCUSE)
    from wirecoder.events.detector import use_detector

    parse = dict(words=["Russian", "diplomats", "defended", "Putin", "."], heads=[1, 2, 2, 2, 2],
                 deps=["amod", "nsubj", "ROOT", "dobj", "punct"], pos=["ADJ", "NOUN", "VERB", "PROPN", "PUNCT"],
                 lemmas=["russian", "diplomat", "defend", "putin", "."], ents=[(0, 1, "NORP"), (3, 4, "PERSON")])
    assert [e.event for e in _events(make_doc, document_for, **parse)] == ["SUPPORT"]
    use_detector(_reading("ACCUSE"))
    assert _events(make_doc, document_for, **parse) == []


@pytest.mark.parametrize("head, lemma, head_pos, dep", [("failed", "fail", "VERB", "xcomp"),
                                                        ("failure", "failure", "NOUN", "acl")])
def test_an_act_someone_failed_to_do_is_negated(make_doc, document_for, head, lemma, head_pos, dep):
    # Greek police failed to arrest protesters .  /  ... the failure to arrest ...
    events = _events(make_doc, document_for,
                     words=["Greek", "police", head, "to", "arrest", "protesters", "."],
                     heads=[1, 2, 2, 4, 2, 4, 2],
                     deps=["amod", "nsubj", "ROOT", "aux", dep, "dobj", "punct"],
                     pos=["ADJ", "NOUN", head_pos, "PART", "VERB", "NOUN", "PUNCT"],
                     tags=["JJ", "NNS", "VBD" if head_pos == "VERB" else "NN", "TO", "VB", "NNS", "."],
                     lemmas=["greek", "police", lemma, "to", "arrest", "protester", "."], ents=[(0, 1, "NORP")])
    arrests = [e for e in events if e.event_text == "arrest"]
    assert arrests and all("negation" in e.aux_mode for e in arrests)


@pytest.mark.model
def test_a_nominal_act_coded_only_by_its_of_phrase_has_that_phrase_as_target_not_actor():
    criticism, bombing = _every_row([
        "NEW YORK (AP) — Jane Holt pointed to criticism of CBS's Tom Vance, who was faulted for his interview.",
        "The Russian bombing of Aleppo killed dozens of civilians, Syrian activists said."])
    [accuse] = [e for e in criticism.events if e.event == "ACCUSE"]
    assert all("Vance" not in actor.entity_text for actor in accuse.actor)
    assert [r.name for r in accuse.recipient] == ["Tom Vance"]
    [assault] = [e for e in bombing.events if e.event == "ASSAULT"]
    assert [a.code for a in assault.actor] == ["RUS"]


@pytest.mark.model
def test_who_comes_before_an_agentless_passive_is_never_its_actor():
    [document] = _every_row(["DENVER (AP) — Paul Kettner's daughter was one of 14 pupils killed at the academy."])
    assert _triggered(document, "killed")
    for event in document.events:
        assert all("Kettner" not in actor.entity_text for actor in event.actor)


@pytest.mark.model
def test_who_a_sentence_shows_undergoing_violence_never_stands_in_for_its_author():
    texts = ["The attack on the school killed 40 Palestinians on Tuesday, the ministry said.",
             "Six people died when an air strike hit their home in Gaza City on Friday.",
             "Medics said 17 people were killed at the depot, where some 250 Palestinians were staying.",
             "Doctors counted 30 Palestinians among those hurt in shooting near the fence in Rafah."]
    documents = list(_every_row(texts))
    assert _triggered(documents[2], "killed")
    for document in documents:
        for event in (e for e in document.events if e.event == "ASSAULT"):
            texts = [actor.entity_text for actor in event.actor]
            assert not any("Palestinians" in t or t == "their" for t in texts), (document.text, texts)


@pytest.mark.model
def test_who_draws_or_comes_under_criticism_receives_it():
    texts = ["The United Nations came under heavy criticism for failing to act during the conflict in Myanmar.",
             "Senator Alan Pike drew intense criticism from Moscow for his remarks on Tuesday."]
    for document in _every_row(texts):
        accusations = [e for e in document.events if e.event == "ACCUSE"]
        assert accusations, document.text
        for event in accusations:
            actors = [a.entity_text for a in event.actor]
            assert not any("United Nations" in a or "Myanmar" in a or "Pike" in a for a in actors), actors
            assert any("United Nations" in r.entity_text or "Pike" in r.entity_text for r in event.recipient)


def test_a_line_in_capitals_reports_no_event():
    from wirecoder.events.extract import in_capitals

    assert in_capitals("7. NINE GUARDS SHOT, SCORES HURT IN NORLAND TRUCK BOMB BLAST.")
    assert not in_capitals("Rebels attacked an army post near the river, the NATO spokesman said.")
    assert not in_capitals("UN, EU OK")  # too short to tell a headline from initials


@pytest.mark.model
def test_an_agentless_arrest_or_charge_is_done_by_the_authority_of_where_it_happened():
    arrest, charge, abroad, unknown = _every_row([
        "SPRINGFIELD, Ill. — A man was arrested on Monday after a fight outside a bar.",
        "A Tampa man was arrested and charged with car theft on Sunday.",
        "An American teacher was detained in Tehran last week.",
        "The man was arrested after the fight."])

    def actors(document, lemma):
        return [(a.entity_text, a.code, a.sector) for e in document.events
                if document.text[e.trigger_start:e.trigger_end].startswith(lemma) for a in e.actor]

    assert actors(arrest, "arrest") == [("", "USA", ["COP"])]
    assert ("", "USA", ["JUD"]) in actors(charge, "charged")
    # Where it happened, not who underwent it: the teacher is American.
    assert ("", "IRN", ["COP"]) in actors(abroad, "detained")
    # No place and no setting: no country to give the police.
    assert not any(code for _, code, _ in actors(unknown, "arrest"))


@pytest.mark.model
def test_who_did_something_and_was_arrested_is_the_one_arrested():
    [fled] = _every_row(["SPRINGFIELD, Ill. — Tomas Reyes ran from the checkpoint, but was arrested nearby."])
    rows = _triggered(fled, "arrested")
    assert rows and all([(a.entity_text, a.code, a.sector) for a in e.actor] == [("", "USA", ["COP"])]
                        and [r.entity_text for r in e.recipient] == ["Tomas Reyes"] for e in rows)


@pytest.mark.model
def test_who_is_taken_into_custody_was_arrested_by_the_authority_of_where_it_happened():
    [taken] = _every_row(["SPRINGFIELD, Ill. — A cyclist was taken into custody on Monday after a fight outside a bar."])
    rows = _triggered(taken, "taken into custody")
    assert rows and all([(a.entity_text, a.code, a.sector) for a in e.actor] == [("", "USA", ["COP"])]
                        for e in rows)


@pytest.mark.model
def test_an_act_someone_avoids_is_negated():
    avoided = _every_row(["The senator avoids condemning the Norland invasion of Ostria.",
                          "The minister refrained from criticising the Chinese government on Tuesday.",
                          "The senator avoided any criticism of Moscow in his speech."])
    for document in avoided:
        # (The invasion itself, a trigger of its own, did happen.)
        acts = [e for e in document.events if e.event_text in ("condemning", "criticising", "criticism")]
        assert acts, document.text
        assert all("negation" in e.aux_mode for e in acts), document.text
    [done] = _every_row(["The president condemned the Russian invasion of Ukraine."])
    assert any(e.event == "ACCUSE" and "negation" not in e.aux_mode for e in done.events)


@pytest.mark.model
def test_a_sentence_or_conviction_is_a_sanction_by_the_courts():
    named, implied = _every_row(["DALLAS — A judge sentenced the former officer to 10 years in prison on Friday.",
                                 "The former officer was sentenced to 10 years in prison on Friday, prosecutors in "
                                 "Dallas said."])
    [by_judge] = [e for e in named.events if e.event == "SANCTION"]
    assert [(a.entity_text, a.code) for a in by_judge.actor] == [("A judge", "USA")]
    [by_court] = [e for e in implied.events if e.event == "SANCTION"]
    assert [(a.entity_text, a.code, a.sector) for a in by_court.actor] == [("", "USA", ["JUD"])]
    assert [r.entity_text for r in by_court.recipient] == ["The former officer"]


@pytest.mark.model
def test_what_is_asked_about_or_shown_by_no_evidence_is_hypothetical():
    asked, unshown, done = _every_row([
        "“Is that akin to calling for attacks on the embassy?” said Jane Roe, a former State Department lawyer.",
        "There is no indication that federal agents began an investigation into the mayor.",
        "Police arrested the senator on Monday, a spokesman said."])
    # (attacks called for are the caller's request, not attacks)
    assert not [e for e in asked.events if e.event == "ASSAULT"]
    rows = [e for e in unshown.events if e.event_text == "investigation"]
    assert rows and all("hypothetical" in e.aux_mode for e in rows)
    assert any(e.event_text == "arrested" and not e.aux_mode for e in done.events)


@pytest.mark.model
def test_who_dismisses_or_denies_an_accusation_is_its_target():
    dismissed, denied = _every_row(["Senator Alan Pike dismissed the criticism as a ploy by a rival mining firm.",
                                    "The Russian Foreign Ministry denied the allegations from Kyiv on Tuesday."])
    assert _triggered(dismissed, "criticism")
    for event in (e for e in dismissed.events if e.event_text == "criticism"):
        assert not any("Pike" in a.entity_text for a in event.actor)
    [accusation] = _triggered(denied, "allegations")
    assert [a.code for a in accusation.actor] == ["UKR"] and [r.code for r in accusation.recipient] == ["RUS"]


@pytest.mark.model
def test_what_follows_a_condition_is_hypothetical_but_not_a_manner_or_a_sequel():
    joined, unless, manner = _every_row([
        "If voters doubt the mayor, the Courier will call them fools and the Herald will accuse them of lying.",
        "Unless the talks resume, the army will attack the rebels in the hills.",
        "The rebels attacked the convoy as if they had been ordered to."])
    for document, word in ((joined, "accuse"), (unless, "attack")):
        rows = _triggered(document, word)
        assert rows and all("hypothetical" in e.aux_mode for e in rows), document.text
    rows = _triggered(manner, "attacked")
    assert rows and not any("hypothetical" in e.aux_mode for e in rows)


def test_an_apposition_read_as_a_second_object_is_not_a_party_even_in_a_list(make_doc):
    from wirecoder.events.roles.verbal import _misparsed_apposition

    # "A jury convicted Brin of murder over the killing of his partner, Kira,
    # and manslaughter.", parsed with Kira a second object of "convicted" and
    # "manslaughter" joined to her (the victim had been coded as convicted).
    words = ["A", "jury", "convicted", "Brin", "of", "murder", "over", "the", "killing", "of", "his", "partner", ",",
             "Kira", ",", "and", "manslaughter", "."]
    heads = [1, 2, 2, 2, 3, 4, 2, 8, 6, 8, 11, 9, 2, 2, 13, 13, 13, 2]
    deps = ["det", "nsubj", "ROOT", "dobj", "prep", "pobj", "prep", "det", "pobj", "prep", "poss", "pobj", "punct",
            "dobj", "punct", "cc", "conj", "punct"]
    pos = ["DET", "NOUN", "VERB", "PROPN", "ADP", "NOUN", "ADP", "DET", "NOUN", "ADP", "PRON", "NOUN", "PUNCT",
           "PROPN", "PUNCT", "CCONJ", "NOUN", "PUNCT"]
    doc = make_doc(words=words, heads=heads, deps=deps, pos=pos)
    assert _misparsed_apposition(doc[2], doc[13])
    # A person joined to it makes a list of parties: "…, Kira, and Hale".
    doc = make_doc(words=[*words[:16], "Hale", "."], heads=heads, deps=deps, pos=[*pos[:16], "PROPN", "PUNCT"])
    assert not _misparsed_apposition(doc[2], doc[13])


@pytest.mark.model
def test_thanks_are_no_support_and_what_someone_is_thanked_for_is_not_the_thankers_act():
    farmers, voters = _every_row(["DENVER — Gov. Ann Hale thanked the farmers for their support at a fair on Monday.",
                                  "DENVER — Gov. Ann Hale thanked Coloradans for their support on Monday."])
    # (our guideline: polite thanks are no SUPPORT; "thank" left the lexicon)
    assert _triggered(farmers, "thanked") == [] and _triggered(voters, "thanked") == []
    # Their support was the voters', not the governor's (she had been its actor).
    assert not any(a.name == "Ann Hale" for e in _triggered(voters, "support") for a in e.actor)


@pytest.mark.model
def test_whoever_means_to_do_an_act_does_it():
    ministry, paper = _every_row([
        "The Justice Department announced its intention to open an investigation of the county jail.",
        "The New York Times confirmed its intention to launch a sweeping investigation into the senator's finances."])
    # (the actor had been the setting's country, with no name)
    assert [[a.name for a in e.actor] for e in _triggered(ministry, "investigation")] == [["Justice Department"]]
    # A newspaper's inquiry is its reporting, no PLOVER event.
    assert _triggered(paper, "investigation") == []


@pytest.mark.model
def test_an_accusation_no_one_makes_of_a_foreigner_has_no_accuser_from_the_setting():
    abroad, home = _every_row([
        "NEW YORK — The consultant once advised a former Kenyan minister who was accused of taking bribes.",
        "NEW YORK — A city councilman was accused of taking bribes."])
    # (the accuser had been the story's setting, the United States)
    assert [[a.code for a in e.actor] for e in _triggered(abroad, "accused")] == [[]]
    assert [[a.code for a in e.actor] for e in _triggered(home, "accused")] == [["USA"]]


@pytest.mark.model
def test_would_in_what_someone_felt_appalled_about_is_no_condition():
    felt, conditional = _every_row([
        "The governor said she was appalled that the mayor would mock the widows of two firefighters.",
        "The governor said she would be appalled if the mayor mocked the widows."])
    rows = _triggered(felt, "mock")
    assert rows and not any("hypothetical" in e.aux_mode for e in rows)
    rows = _triggered(conditional, "mocked")
    assert all("hypothetical" in e.aux_mode for e in rows)


@pytest.mark.model
def test_an_act_that_is_the_subject_of_a_would_clause_is_hypothetical():
    [document] = _every_row(["He argued that attacking the senator would serve only to elevate him."])
    rows = _triggered(document, "attacking")
    assert rows and all("hypothetical" in e.aux_mode for e in rows)


@pytest.mark.model
def test_descriptions_tasks_and_animal_attacks_are_no_events():
    task, described, bees, dog, crime = _every_row([
        "Jane Roe came to Tulsa from Omaha to head a panel charged with cleaning up the riverfront.",
        "The filing quoted evidence from a second condemned inmate's challenge to the statute.",
        "Woman recovering after 'killer bee' attack near Desert Hills park.",
        "A pit bull attacked a jogger in Springfield on Monday.",
        "The man was charged with stealing a car in Ohio."])
    assert not _triggered(task, "charged")
    assert not _triggered(described, "condemned")
    assert not [e for e in bees.events + dog.events if e.event == "ASSAULT"]
    assert [e.event for e in crime.events if e.event_text == "charged"] == ["ACCUSE"]


@pytest.mark.model
def test_where_an_act_happened_and_parties_abroad_are_not_its_target():
    signed, abroad, attack = _every_row([
        "Turkish Foreign Minister Leyla Aydin and her Ukrainian counterpart signed an agreement in Ankara on Friday.",
        "Tehran condemned the decision and threatened to retaliate against European companies.",
        "Russian troops fired rockets at Kharkiv on Friday."])
    signings = _triggered(signed, "signed")
    assert signings and all(e.recipient == [] for e in signings)
    for event in abroad.events:
        assert all(r.code != "IRN" for r in event.recipient), event
    assaults = [e for e in attack.events if e.event == "ASSAULT" and e.event_text == "fired"]
    assert assaults and all([r.code for r in e.recipient] == ["UKR"] for e in assaults)


@pytest.mark.model
def test_the_custody_someone_is_released_from_is_no_arrest():
    released, placed = _every_row(["Jane Roe was released from house arrest in Naypyidaw on Monday.",
                                   "Police placed the opposition leader under house arrest on Monday."])
    assert not _triggered(released, "arrest")
    assert [e.event for e in placed.events if e.event_text == "arrest"] == ["COERCE"]


@pytest.mark.model
def test_a_headlines_passive_without_its_was_has_its_subject_undergo_the_act():
    # The parser reads "arrested" as a past tense whose subject acts.
    arrest, charge = _every_row([
        "Councilwoman arrested after scuffle outside judge's office.\n\nThe council of Hamilton, Ohio, met on Friday.",
        "Alexandria woman charged in connection with warehouse fire.\n\nThe trial opens in June in Alexandria, Louisiana."])
    [coerce] = [e for e in arrest.events if e.event == "COERCE"]
    assert [(a.entity_text, a.sector) for a in coerce.actor] == [("", ["COP"])]
    assert [r.entity_text for r in coerce.recipient] == ["Councilwoman"]
    [accuse] = [e for e in charge.events if e.event == "ACCUSE"]
    # The phrase of a noun that heads the sentence stops before its full stop.
    assert [r.entity_text for r in accuse.recipient] == ["Alexandria woman"]


@pytest.mark.model
def test_where_a_violent_act_happened_is_not_its_target_and_a_charge_into_the_fray_accuses_no_one():
    arrest, fray = _every_row(["Police arrested a man on Monday in Dallas, Texas.",
                               "Gore charged into the fray against Bush during the 2000 campaign, aides said."])
    [coerce] = [e for e in arrest.events if e.event == "COERCE"]
    # Who was arrested, a civilian of the place's country; not the place.
    assert [(r.entity_text, r.code, r.sector) for r in coerce.recipient] == [("a man", "USA", ["CVL"])]
    assert _triggered(fray, "charged") == []


@pytest.mark.model
def test_a_pronoun_for_the_speaker_is_never_whom_the_speakers_words_are_about():
    [document] = _every_row(["Moscow said on Monday it would respond."])
    for event in document.events:
        assert all(r.entity_text != "it" for r in event.recipient), event


@pytest.mark.model
def test_a_typeset_well_is_a_future_act_and_the_speakers_we_is_not_its_target():
    # "we’ll" with a typographic apostrophe is "we will": a warning, not a shooting.
    [document] = _every_row(["NEW YORK — “Don’t move, or we’ll shoot you again,” officers said after the man was hit."])
    assert not [e for e in document.events if e.event == "ASSAULT" and e.event_text == "shoot"]
    for event in document.events:
        assert all(r.entity_text.lower() != "we" for r in event.recipient), event


@pytest.mark.model
def test_an_institution_named_on_its_act_acts_and_the_act_of_phrase_is_its_target():
    criticism, investigation = _every_row([
        "WASHINGTON — The ad then cites FBI criticism of Clinton's handling of classified email.",
        "WASHINGTON — Aides said an F.B.I. investigation of Senator Tom Ralls began in May."])
    [accuse] = [e for e in criticism.events if e.event == "ACCUSE"]
    assert [(a.entity_text, a.code, a.sector) for a in accuse.actor] == [("FBI", "USA", ["COP"])]
    assert [r.name for r in accuse.recipient] == ["Hillary Clinton"]  # a listed short name, named in full
    [probe] = [e for e in investigation.events if e.event == "ACCUSE"]
    assert [a.code for a in probe.actor] == ["USA"] and "F.B.I." in probe.actor[0].entity_text
    assert [r.entity_text for r in probe.recipient] == ["Senator Tom Ralls"]


@pytest.mark.model
def test_words_from_a_party_are_its_act():
    [document] = _every_row(["WASHINGTON — Republicans said accusations from Khartoum were baseless."])
    [accuse] = [e for e in document.events if e.event == "ACCUSE" and e.event_text == "accusations"]
    assert [(a.entity_text, a.code) for a in accuse.actor] == [("Khartoum", "SDN")]


def test_a_nominal_act_with_no_owner_takes_only_the_country_of_the_sentences_first_mention(make_doc, document_for):
    # For Ukraine , the bombing continued .
    events = _events(make_doc, document_for,
                     words=["For", "Ukraine", ",", "the", "bombing", "continued", "."],
                     heads=[5, 0, 5, 4, 5, 5, 5],
                     deps=["prep", "pobj", "punct", "det", "nsubj", "ROOT", "punct"],
                     pos=["ADP", "PROPN", "PUNCT", "DET", "NOUN", "VERB", "PUNCT"],
                     lemmas=["for", "ukraine", ",", "the", "bombing", "continue", "."],
                     ents=[(1, 2, "GPE")])
    bombing = [e for e in events if e.event_text == "bombing"]
    assert bombing and [(a.entity_text, a.code) for a in bombing[0].actor] == [("", "UKR")]


@pytest.mark.model
def test_a_camera_shoots_no_one_a_defence_answers_an_accusation_and_two_unnamed_parties_stay_two():
    filming, defence, shooting = _every_row([
        "LOS ANGELES — The director and her team spent four days shooting footage in Los Angeles.",
        "BOSTON — On Wednesday the pitcher Curt Schilling defended himself against accusations of racism.",
        "DALLAS — A man was shooting at police officers in Dallas, Texas, on Monday."])
    assert [e for e in filming.events if e.event == "ASSAULT"] == []
    [accuse] = [e for e in defence.events if e.event == "ACCUSE"]
    assert [r.name for r in accuse.recipient] == ["Curt Schilling"]
    [assault] = [e for e in shooting.events if e.event == "ASSAULT"]
    assert [(r.entity_text, r.code) for r in assault.recipient] == [("police officers", "USA")]


@pytest.mark.model
def test_who_is_under_investigation_undergoes_it():
    [document] = _every_row(["WASHINGTON — The senator is under investigation by the FBI."])
    [accuse] = [e for e in document.events if e.event == "ACCUSE"]
    assert [a.entity_text for a in accuse.actor] == ["the FBI"]
    assert [r.entity_text for r in accuse.recipient] == ["The senator"]


@pytest.mark.model
def test_a_relative_clause_names_who_made_the_act_and_whom_it_targets():
    [document] = _every_row(["WASHINGTON — The charges prosecutors filed against Senator Tom Ralls were dropped on Monday."])
    [accuse] = [e for e in document.events if e.event == "ACCUSE" and e.event_text == "charges"]
    assert [a.entity_text for a in accuse.actor] == ["prosecutors"]
    assert [r.entity_text for r in accuse.recipient] == ["Senator Tom Ralls"]


@pytest.mark.model
def test_an_act_against_a_named_party_we_cannot_code_names_it_uncoded():
    # Quarkley Holdings is known to no table and the text has no setting to
    # code it by; the suit is not Chile's own affair, and the firm is named.
    for text in ("A lawsuit was filed against Quarkley Holdings by the Chilean Mining Ministry on Monday.",
                 "The Chilean Mining Ministry sued Quarkley Holdings on Monday."):
        [document] = _every_row([text])
        [suit] = [e for e in document.events if e.event == "ACCUSE"]
        assert [(r.entity_text, r.code) for r in suit.recipient] == [("Quarkley Holdings", None)], text


@pytest.mark.model
def test_foreigners_are_of_no_one_country_and_no_other_party_stands_in_for_them():
    # Neither the setting (Kenya) nor the embassy the bombers hit gives
    # the people arrested a country.
    [document] = _every_row(["NAIROBI, Kenya — Kenyan police said they had detained nine foreigners "
                             "in their hunt for the men who bombed the French Embassy."])
    [arrest] = [e for e in document.events if e.event == "COERCE"]
    assert [(r.entity_text, r.code) for r in arrest.recipient] == [("nine foreigners", None)]


@pytest.mark.model
def test_a_name_after_the_acts_own_phrase_is_no_relative_clauses_subject():
    # The parse hangs "set for Friday" on the protest with the Capitol as
    # its subject; a relative clause's subject stands right after its noun.
    [document] = _every_row(["Ten nurses in Madison were involved in organizing a protest at the state Capitol set for Monday."])
    [protest] = [e for e in document.events if e.event == "PROTEST"]
    assert all("Capitol" not in a.entity_text for a in protest.actor), protest.actor


@pytest.mark.model
def test_a_passive_that_names_its_agent_has_no_other_actor():
    derided, criticized, reported = _every_row([
        "BERLIN — His remarks were swiftly mocked by Karl Weber, the head of the opposition.",
        "WASHINGTON — The plan of Senator Tom Ralls was criticized by a man in a blue hat.",
        "BERLIN — Mayor Karl Weber said his remarks had been mocked by a stranger."])
    assert _triggered(reported, "mocked")
    for document in (derided, criticized, reported):
        for event in document.events:
            assert all(a.entity_text.lower() not in ("his", "senator tom ralls") for a in event.actor), event


@pytest.mark.model
def test_who_pushes_back_against_accusations_is_their_target_unless_they_name_another():
    answered, defended = _every_row([
        "NEW YORK — Donald Trump pushed back against accusations of sexism from his rivals.",
        "NEW YORK — On Tuesday she pushed back against accusations of racism against her father, Donald Trump."])
    for document in (answered, defended):
        [accuse] = [e for e in document.events if e.event == "ACCUSE"]
        assert [r.name for r in accuse.recipient] == ["Donald Trump"]
        assert all(a.name != "Donald Trump" for a in accuse.actor)


@pytest.mark.model
def test_a_bill_accuses_no_one_and_shooting_oneself_attacks_no_one():
    bill, suicide, charge = _every_row([
        "NEW YORK — A charter firm his wife owns has charged the committee $2.1 million for flights.",
        "NEW YORK — A former firefighter, 68, shot himself behind a grocery store in Yonkers.",
        "NEW YORK — Prosecutors charged the driver with murder."])
    assert _triggered(bill, "charged") == []
    assert [e for e in suicide.events if e.event == "ASSAULT"] == []
    assert [e.event for e in charge.events if e.event_text == "charged"] == ["ACCUSE"]


@pytest.mark.model
def test_a_phrase_keeps_the_bracket_it_opened_and_drops_the_full_stop():
    [document] = _every_row(["WASHINGTON — Senate Majority Whip Ann B. Cole (R-Ore.) blasted Ferris on Monday."])
    [accuse] = [e for e in document.events if e.event == "ACCUSE"]
    assert [a.entity_text for a in accuse.actor] == ["Senate Majority Whip Ann B. Cole (R-Ore.)"]


@pytest.mark.model
def test_an_act_whose_subject_is_no_one_is_negated():
    nobody, no_country = _every_row(["Nobody was arrested after police raided the offices of the newspaper in Nairobi.",
                                     "No country has condemned the Norland strike on the Ostrian port."])
    arrests = _triggered(nobody, "arrested")
    assert arrests and all("negation" in e.aux_mode for e in arrests)
    assert all("negation" in e.aux_mode for e in no_country.events if e.event_text == "condemned")


@pytest.mark.model
def test_a_place_joined_to_another_place_is_no_actor():
    # The second of two places is where it happened too, not the government of its capital.
    [document] = _every_row(["Seven of its members were arrested in Kutaisi and Tbilisi on Saturday, the opposition "
                             "party said."])
    arrests = [e for e in document.events if e.event == "COERCE"]
    assert arrests
    assert all(a.entity_text != "Tbilisi" for e in arrests for a in e.actor + e.recipient)
    assert all(a.code == "GEO" for e in arrests for a in e.actor)


@pytest.mark.model
def test_a_candidates_rally_is_no_protest_but_a_rally_against_someone_is():
    campaign, protest = _every_row(["Police in Ohio said the violence at Donald Trump's rallies had to stop.",
                                    "Opposition supporters staged a rally in Harare to demand the president's "
                                    "resignation."])
    assert not [e for e in campaign.events if e.event == "PROTEST"]
    assert [e for e in protest.events if e.event == "PROTEST" and e.event_text == "rally"]


@pytest.mark.model
def test_who_is_on_trial_or_blamed_in_a_headline_is_the_target():
    trial, blamed = _every_row(["A second Denver police officer is on trial in a state court on charges of taking "
                                "cash and guns from suspects.",
                                "Oakland police officers blamed for four collisions but charged in none."])
    for document, trigger in ((trial, "charges"), (blamed, "blamed")):
        [row] = [e for e in document.events if e.event == "ACCUSE" and e.event_text == trigger]
        assert "officer" in row.recipient[0].entity_text
        assert not any("officer" in a.entity_text for a in row.actor)


@pytest.mark.model
def test_who_admits_charges_is_charged_and_who_reports_attacks_did_not_make_them():
    admitted, reported = _every_row(["Kamau admitted two charges of deception at Leeds Crown Court on Monday.",
                                     "Last year, Norland police reported 412 attacks on refugee shelters."])
    for document, trigger in ((admitted, "charges"), (reported, "attacks")):
        rows = [e for e in document.events if e.event_text == trigger]
        assert rows, document.text
        assert not any(a.entity_text in ("Leeds", "Norland police") for e in rows for a in e.actor + e.recipient)


@pytest.mark.model
def test_an_act_decided_against_is_negated():
    [document] = _every_row(["Prosecutors in Ohio decided against recommending charges against the senator in July."])
    rows = _triggered(document, "charges")
    assert rows and all("negation" in e.aux_mode for e in rows)


@pytest.mark.model
def test_a_common_noun_after_an_article_is_no_country_code():
    [document] = _every_row(["In Kansas City a deputy shot a man at the wheel of the car after a stop near the depot."])
    [shot] = _triggered(document, "shot")
    assert [r.code for r in shot.recipient] == ["USA"]  # not CAF ("CAR")


@pytest.mark.model
def test_headline_criticism_for_a_reason_is_a_passive_and_witnesses_or_police_do_not_act():
    slammed, heard, policed, marched = _every_row([
        "French filmmaker slammed for likening migrants to wartime refugees.",
        "A Reuters correspondent in Juba reported hearing a large explosion near the camp.",
        "As in Boston, Norfolk police rode bicycles to escort protesters on marches through the harbor district.",
        "Thousands of protesters marched through Philadelphia on Monday."])
    [row] = _triggered(slammed, "slammed")
    assert [r.entity_text for r in row.recipient] == ["French filmmaker"] and not row.actor
    assert not any("correspondent" in a.entity_text for e in heard.events for a in e.actor)
    assert not [e for e in policed.events if e.event == "PROTEST"]
    assert [e for e in marched.events if e.event == "PROTEST"]


@pytest.mark.model
def test_a_headline_run_into_the_text_keeps_its_passive():
    # No full stop after the headline: the parser hangs its verb on the
    # text's first verb, and "blamed for" with no object is still passive.
    [document] = _every_row(["Toledo deputies blamed for two wrecks but cited in none On a Monday last April, a "
                             "2004 Ford crashed into a fence near Maumee."])
    rows = _triggered(document, "blamed")
    assert rows and all("deputies" not in a.entity_text for row in rows for a in row.actor)
    assert any("deputies" in r.entity_text for row in rows for r in row.recipient)


@pytest.mark.model
def test_a_person_named_in_the_subject_does_not_act_on_herself():
    [document] = _every_row(["DAYTON, Ohio — Police said Mara Quill, 31, turned herself in on Monday. The warrant "
                             "for Quill charges her with theft and forgery at a car dealership."])
    [row] = _triggered(document, "charges")
    assert [r.name for r in row.recipient] == ["Mara Quill"]
    assert "Mara Quill" not in [a.name for a in row.actor]


@pytest.mark.model
def test_criticism_in_a_wave_from_someone_is_theirs():
    [document] = _every_row(["Governor Dana Pell of Ohio on Tuesday called the senator's plan ''cruel,'' a harsh "
                             "verdict that generated a wave of criticism and panic from state lawmakers."])
    [row] = _triggered(document, "criticism")
    assert [a.entity_text for a in row.actor] == ["state lawmakers"]
    assert "state lawmakers" not in [r.entity_text for r in row.recipient]


@pytest.mark.model
def test_a_claim_cited_as_the_source_is_aimed_at_the_doers_of_its_clause():
    cited, beaten = _every_row([
        "NEW YORK — The three men planned to turn the old hotel into a casino, according to a lawsuit brought in "
        "Brooklyn by Olena Varga, a former prime minister of Ukraine.",
        "DAYTON, Ohio — Two officers beat Tom Reed during a traffic stop, according to a lawsuit brought on Monday "
        "by his family."])
    [suit] = _triggered(cited, "lawsuit")
    assert [r.entity_text for r in suit.recipient] == ["The three men"]
    assert [a.code for a in suit.actor] == ["UKR"]
    # The officers the claim accuses are not who brought it.
    [suit] = _triggered(beaten, "lawsuit")
    assert [r.entity_text for r in suit.recipient] == ["Two officers"]
    assert not [a for a in suit.actor if a.entity_text == "Two officers"]


@pytest.mark.model
def test_a_relative_who_acts_for_the_noun_it_describes():
    [document] = _every_row(["Less than a day later, Trump drew scorn from Russian critics, who accused the "
                             "Republican candidate of vanity."])
    [row] = _triggered(document, "accused")
    assert [(a.entity_text, a.code) for a in row.actor] == [("Russian critics", "RUS")]


@pytest.mark.model
def test_national_parties_are_their_country_not_the_setting():
    us, sweden = _every_row(["In Washington, Democrats attacked Republicans over the inquiry into the killings in "
                             "Benghazi, Libya.",
                             "Sweden Democrats criticised the government in Stockholm on Monday."])
    [attack] = _triggered(us, "attacked")
    assert [(a.code, a.sector) for a in attack.actor] == [("USA", ["PTY"])]
    assert [r.code for r in attack.recipient] == ["USA"]
    [criticism] = _triggered(sweden, "criticised")
    assert [a.code for a in criticism.actor] == ["SWE"]
    [endorsed] = _every_row(["In Washington, Claire Dubois, a deputy leader of the Front National, has also "
                             "endorsed the Republican candidate."])
    assert [a.code for e in endorsed.events if e.event_text == "endorsed" for a in e.actor] == ["FRA"]


@pytest.mark.model
def test_where_violence_was_aimed_is_its_targets_country_not_the_actors():
    aimed, happened = _every_row(["Over 30 rockets were fired into southern Israel on Sunday, including one "
                                  "that hit a field close to the Gaza border.",
                                  "A man was shot in Waco, Texas, on Friday night."])
    [rockets] = [e for e in aimed.events if e.event == "ASSAULT"]
    assert not any(a.code == "ISR" for a in rockets.actor)
    assert [r.code for r in rockets.recipient] == ["ISR"]
    [shot] = [e for e in happened.events if e.event == "ASSAULT"]
    assert [a.code for a in shot.actor] == ["USA"]  # where it happened still gives the unnamed actor's country


@pytest.mark.model
def test_an_act_still_awaited_is_future():
    [document] = _every_row(["The autopsy report did not say which bullet killed the teenager in Brooklyn; that "
                             "determination awaits further investigation by the police."])
    rows = _triggered(document, "investigation")
    assert rows and all("future" in e.aux_mode for e in rows)


@pytest.mark.model
def test_a_reporters_subject_is_not_the_actor_of_what_they_report():
    # spaCy hangs "assaulted" on "said" as an adverbial clause here.
    [document] = _every_row(["Police said Hollins and another man, 22-year-old Dario Pell, abducted Mendez from "
                             "Fairview Mall in March and drove her to a motel in Dayton."])
    [row] = _triggered(document, "abducted")
    assert row.actor and all("Hollins" in a.entity_text or "Pell" in a.entity_text for a in row.actor)


@pytest.mark.model
def test_a_place_named_inside_the_setting_is_no_actor():
    [document] = _every_row(["Lindqvist was one of 9 people killed in the 2014 shooting at the Aurora, Colorado, "
                             "cinema."])
    [row] = _triggered(document, "killed")
    assert [(a.entity_text, a.code) for a in row.actor] == [("", "USA")]


@pytest.mark.model
def test_the_owner_of_an_arrest_underwent_it():
    [document] = _every_row(["Deputies caught up with Okafor near Tulsa in May, but he hanged himself with a "
                             "bedsheet in jail shortly after his arrest."])
    [row] = [e for e in document.events if e.event == "COERCE"]
    assert [a.entity_text for a in row.actor] == ["Deputies"]
    assert [r.entity_text for r in row.recipient] == ["his"]
    [invasion] = _every_row(["Moscow's invasion of Ukraine was condemned in Paris."])
    assert [a.code for e in invasion.events if e.event_text == "invasion" for a in e.actor] == ["RUS"]


@pytest.mark.model
def test_who_is_described_after_an_agentless_passive_did_not_do_it():
    [document] = _every_row(["Ruiz and his brother Tomas, who was arrested as well, are thought to belong to a "
                             "Brooklyn gang called the Eastside Kings."])
    rows = _triggered(document, "arrested")
    assert rows and not any("members" in a.entity_text for e in rows for a in e.actor)


@pytest.mark.model
def test_whom_a_complaint_was_made_to_is_not_its_target_and_why_a_source_is_unnamed_is_no_act():
    [document] = _every_row(["In Denver on Monday, Senator Hale complained to the British ambassador that tying "
                             "him to the shooting was unfair."])
    rows = _triggered(document, "complained")
    assert rows and not any(r.code == "GBR" for e in rows for r in e.recipient)
    [document] = _every_row(["A Pentagon aide, who requested anonymity to discuss internal talks, said "
                             "the general had met the governor."])
    assert not _triggered(document, "discuss")


@pytest.mark.model
def test_deaths_a_disaster_caused_are_no_attack():
    quake, ambush = _every_row(["A girl was killed and 31 villagers were hurt in the quakes, which also cut "
                                "power across much of Sendai.",
                                "Two soldiers were killed in an ambush in Kunar on Friday."])
    assert not [e for e in quake.events if e.event == "ASSAULT"]
    assert [e.event for e in ambush.events if e.event_text == "killed"] == ["ASSAULT"]


@pytest.mark.model
def test_a_place_gives_the_country_it_is_in_not_what_it_stands_for():
    [document] = _every_row(["Hours after the bombs exploded in Brussels on Friday night, the attack was cited in "
                             "the argument over migration."])
    rows = [e for e in document.events if e.event == "ASSAULT"]
    assert rows and all(a.code == "BEL" for e in rows for a in e.actor if a.code)


@pytest.mark.model
def test_a_clause_inside_the_subject_lends_it_no_actor():
    [document] = _every_row(["Hartley, who has campaigned for months for Prime Minister Keir Starmer since the race "
                             "began, blasted the mayor as a fraud on Wednesday."])
    rows = _triggered(document, "blasted")
    assert not any("Starmer" in a.entity_text for e in rows for a in e.actor)


@pytest.mark.model
def test_who_confirms_an_attack_did_not_make_it():
    [document] = _every_row(["The Kenyan army confirmed the attack but said early reports indicated nine people "
                             "were killed."])
    rows = _triggered(document, "attack")
    assert rows and not any(a.code == "KEN" and "army" in a.entity_text for e in rows for a in e.actor)


@pytest.mark.model
def test_an_act_with_its_own_subject_borrows_no_other_party():
    relative, governed = _every_row([
        "Merkel posted a video featuring two of those who have accused the ex-mayor of bribery.",
        "In a season in which Mr. Hale has complained loudly, President Putin has run on stability."])
    accused = _triggered(relative, "accused")
    # (They may take Germany as the story's setting, which Merkel gives it; they are not Merkel.)
    assert accused and not any("Merkel" in (a.entity_text or "") or a.name == "Angela Merkel"
                               for e in accused for a in e.actor)
    complained = _triggered(governed, "complained")
    # (Mr. Hale may take Russia as the story's setting, which Putin gives it; he is not Putin.)
    assert complained and not any("Putin" in (a.entity_text or "") for e in complained for a in e.actor + e.recipient)


@pytest.mark.model
def test_charges_that_would_be_filed_are_hypothetical():
    [document] = _every_row(["Okafor told reporters he did not think any charges would be brought against him."])
    rows = _triggered(document, "charges")
    assert rows and all("hypothetical" in e.aux_mode for e in rows)


@pytest.mark.model
def test_who_describes_an_act_and_who_is_inside_a_clause_are_not_its_parties():
    described, selected = _every_row([
        "Villagers described a series of blasts near the border with Chad, which officials said suggested a drone "
        "strike.",
        "Rivera then accused the panel, which is chosen by the Kremlin, of bias."])
    blasts = _triggered(described, "blasts")
    assert blasts and not any("Villagers" in a.entity_text for e in blasts for a in e.actor)
    accused = _triggered(selected, "accused")
    # (The Kremlin may make Russia the story's setting; the panel is not the Kremlin.)
    assert accused and not any("Kremlin" in (r.entity_text or "") for e in accused for r in e.recipient)


@pytest.mark.model
def test_who_a_relative_passive_describes_underwent_it_and_who_is_subject_to_criticism_is_its_target():
    shot, criticised = _every_row([
        "The mayor met the family of Dale Rusk, an unarmed man in Tulsa who was shot last May by a sheriff's deputy.",
        "The bank was subject to criticism from ministers like Rachel Reeves in London."])
    [row] = _triggered(shot, "shot")
    assert [r.entity_text for r in row.recipient] == ["Dale Rusk"]
    [row] = _triggered(criticised, "criticism")
    assert [r.entity_text for r in row.recipient] == ["The bank"]


@pytest.mark.model
def test_people_named_by_their_act_are_its_actor_and_charges_still_to_be_levelled_are_future():
    rioters, levelled = _every_row([
        "As rioters set fire to cars in Chicago, Mayor Ruiz went on television.",
        "The campaign warned that the worst threats are the personal charges he'll level at her in the debate."])
    rows = _triggered(rioters, "rioters")
    assert rows and all([(a.entity_text, a.code) for a in e.actor] == [("rioters", "USA")] for e in rows)
    rows = _triggered(levelled, "charges")
    assert rows and all("future" in e.aux_mode for e in rows)


@pytest.mark.model
def test_a_country_named_only_after_a_described_actor_is_not_its_own():
    [document] = _every_row(["WASHINGTON — Republicans in Ohio and Iowa spent the week campaigning. Presidential "
                             "candidates from both camps denounced North Korea's announcement of a new missile "
                             "launch on Wednesday."])
    rows = _triggered(document, "denounced")
    assert rows and all([a.code for a in e.actor] == ["USA"] for e in rows)
    assert all(r.code == "PRK" for e in rows for r in e.recipient)


@pytest.mark.model
def test_with_no_setting_a_country_after_an_actor_codes_it_only_where_the_act_happens():
    # Four countries, one each: the article has no setting.
    [document] = _every_row(["Leaders of Japan and Germany met on Monday. Lawmakers from both camps denounced "
                             "North Korea's announcement of a new missile launch. Police arrested ten protesters "
                             "in Nairobi on Thursday."])
    assert document.setting is None
    rows = _triggered(document, "denounced")
    assert rows and not any(a.code == "PRK" for e in rows for a in e.actor)
    rows = _triggered(document, "arrested")
    assert rows and all([a.code for a in e.actor] == ["KEN"] for e in rows)


@pytest.mark.model
def test_the_crime_charged_and_a_passive_acts_other_parties_are_not_its_target():
    charged, accused = _every_row([
        "Prosecutors have charged 31-year-old Dale Brin with two counts of murder in the shooting death of "
        "24-year-old Maya Holt of Tulsa.",
        "A Cairo-based lawyer, accused by the Egyptian government of organizing last year's protests, is at the "
        "center of donations to a group backing President Emmanuel Macron."])
    [row] = _triggered(charged, "charged")
    assert not any("Holt" in r.entity_text for r in row.recipient)
    rows = _triggered(accused, "accused")
    assert rows and not any(r.code == "FRA" for e in rows for r in e.recipient)


@pytest.mark.model
def test_a_partys_case_in_court_is_reported_speech():
    [document] = _every_row(["The prosecution contends Brin planned the killing, then shot Holt twice in the head in "
                             "Tulsa."])
    rows = _triggered(document, "shot")
    assert rows and not any("prosecution" in a.entity_text for e in rows for a in e.actor)


def test_a_passive_joined_to_another_shares_no_subject_of_the_verbs_before_it(make_doc, document_for):
    # Witnesses identified the car and Reyes was identified and arrested .  (parsed with no passive subject)
    events = _every_event(
        make_doc, document_for,
        words=["Witnesses", "identified", "the", "car", "and", "Reyes", "was", "identified", "and", "arrested", "."],
        heads=[1, 1, 3, 1, 3, 3, 7, 1, 7, 7, 1],
        deps=["nsubj", "ROOT", "det", "dobj", "cc", "conj", "auxpass", "conj", "cc", "conj", "punct"],
        pos=["NOUN", "VERB", "DET", "NOUN", "CCONJ", "PROPN", "AUX", "VERB", "CCONJ", "VERB", "PUNCT"],
        tags=["NNS", "VBD", "DT", "NN", "CC", "NNP", "VBD", "VBN", "CC", "VBN", "."],
        lemmas=["witness", "identify", "the", "car", "and", "reyes", "be", "identify", "and", "arrest", "."],
        ents=[(5, 6, "PERSON")],
    )
    rows = [e for e in events if e.event_text == "arrested"]
    assert rows and not any("Witnesses" in a.entity_text for e in rows for a in e.actor)


def test_neither_nor_subjects_negate_the_act(make_doc):
    # Neither Hale nor Ortiz attacked Ruiz .
    from wirecoder.events.modes import aux_modes

    doc = make_doc(words=["Neither", "Hale", "nor", "Ortiz", "attacked", "Ruiz", "."], heads=[1, 4, 1, 1, 4, 4, 4],
                   deps=["preconj", "nsubj", "cc", "conj", "ROOT", "dobj", "punct"],
                   pos=["CCONJ", "PROPN", "CCONJ", "PROPN", "VERB", "PROPN", "PUNCT"],
                   tags=["CC", "NNP", "CC", "NNP", "VBD", "NNP", "."],
                   lemmas=["neither", "hale", "nor", "ortiz", "attack", "ruiz", "."])
    assert aux_modes(doc[4], "ACCUSE") == ["negation"]
    # Neither Mayor Hale nor Ortiz was charged . ("Neither" parsed onto the title)
    doc = make_doc(words=["Neither", "Mayor", "Hale", "nor", "Ortiz", "was", "charged", "."],
                   heads=[1, 2, 6, 2, 2, 6, 6, 6],
                   deps=["det", "compound", "nsubjpass", "cc", "conj", "auxpass", "ROOT", "punct"],
                   pos=["DET", "PROPN", "PROPN", "CCONJ", "PROPN", "AUX", "VERB", "PUNCT"],
                   tags=["DT", "NNP", "NNP", "CC", "NNP", "VBD", "VBN", "."],
                   lemmas=["neither", "mayor", "hale", "nor", "ortiz", "be", "charge", "."])
    assert aux_modes(doc[6], "ACCUSE") == ["negation"]


@pytest.mark.model
def test_an_act_a_negated_noun_or_a_why_question_holds_still_happened():
    fault, why = _every_row([
        "Tom Reed, a veteran from Ohio, found no fault with Senator Ruiz's harsh criticism that the governor lied "
        "about the budget.",
        "\"Why is he attacking me?\" Senator Ruiz asked reporters in Ohio."])
    rows = _triggered(fault, "criticism")
    assert rows and all("negation" not in e.aux_mode for e in rows)
    rows = _triggered(why, "attacking")
    assert rows and all("hypothetical" not in e.aux_mode for e in rows)


@pytest.mark.model
def test_complaints_lodged_with_a_body_and_a_conjoined_accusation_keep_their_parties():
    complaint, accused, praised = _every_row([
        "On Monday, Bamako lodged a fifth complaint with the UN Security Council about the border raids.",
        "Mayor Ruiz, also campaigning in Ohio, said Governor Hale is responsible for what happens at his rallies and "
        "accused him of inciting violence.",
        "She praised Officer Lund for pursuing charges in the Ohio case."])
    rows = _triggered(complaint, "complaint")
    assert rows and not any(r.code == "UNO" for e in rows for r in e.recipient)
    [row] = _triggered(accused, "accused")
    assert [a.entity_text for a in row.actor] == ["Mayor Ruiz"]
    [row] = _triggered(praised, "charges")
    assert [a.entity_text for a in row.actor] == ["Officer Lund"]


@pytest.mark.model
def test_a_thing_named_after_a_place_and_another_predicates_party_are_not_the_target():
    paris, panel = _every_row([
        "But the two leading Democrats, Barack Obama and Bernie Sanders, have questioned the plan and criticized the "
        "Paris agreement.",
        "A UN panel found that the Syrian army staged three chlorine attacks on towns in Hama in 2016, and also "
        "accused ISIS of a sarin attack on Dabiq in 2017."])
    rows = _triggered(paris, "criticized")
    assert rows and not any(r.code == "FRA" for e in rows for r in e.recipient)
    rows = _triggered(panel, "attacks")
    assert rows and not any(r.code == "IMG" for e in rows for r in e.recipient)


@pytest.mark.model
def test_who_blames_an_act_on_others_and_who_was_charged_did_not_do_it():
    blamed, charged = _every_row([
        "Authorities blame an explosion that struck a roadblock outside an army base near the town of Silopi on "
        "Kurdish rebels.",
        "His arrest and subsequent murder charges in Ohio set off an uproar."])
    rows = _triggered(blamed, "explosion")
    assert rows and not any("Authorities" in a.entity_text for e in rows for a in e.actor)
    rows = _triggered(charged, "charges")
    assert rows and not any(a.entity_text in ("His", "Ohio") for e in rows for a in e.actor)


def test_an_act_named_where_someone_merely_is_takes_no_actor_from_them(make_doc, document_for):
    # Senator Jones was on probation for an arrest in Ohio .
    events = _every_event(
        make_doc, document_for,
        words=["Senator", "Jones", "was", "on", "probation", "for", "an", "arrest", "in", "Ohio", "."],
        heads=[1, 2, 2, 2, 3, 2, 7, 5, 7, 8, 2],
        deps=["compound", "nsubj", "ROOT", "prep", "pobj", "prep", "det", "pobj", "prep", "pobj", "punct"],
        pos=["PROPN", "PROPN", "AUX", "ADP", "NOUN", "ADP", "DET", "NOUN", "ADP", "PROPN", "PUNCT"],
        tags=["NNP", "NNP", "VBD", "IN", "NN", "IN", "DT", "NN", "IN", "NNP", "."],
        lemmas=["senator", "jones", "be", "on", "probation", "for", "an", "arrest", "in", "ohio", "."],
        ents=[(1, 2, "PERSON"), (9, 10, "GPE")],
    )
    rows = [e for e in events if e.event_text == "arrest"]
    assert rows and not any("Jones" in a.entity_text for e in rows for a in e.actor)


@pytest.mark.model
def test_a_state_a_candidate_captures_is_a_win_not_an_attack():
    won, taken = _every_row(["Senator Hale captured the neighboring state of Iowa last month.",
                             "Rebels captured the town of Kidal in northern Mali."])
    assert not [e for e in won.events if e.event in ("ASSAULT", "COERCE")]
    assert [e.event for e in taken.events if e.event_text == "captured"] == ["ASSAULT"]


@pytest.mark.model
def test_who_survived_being_shot_or_is_to_blame_underwent_it_and_a_picture_shoots_no_one():
    survived, blamed, video = _every_row([
        "On Tuesday, Mayor Ruiz was joined by Dana Pike, a former Ohio senator who survived being shot in the neck, "
        "and her husband.",
        "The Ohio governor said Democrats and the unions are to blame for the shutdown.",
        "Video of Ohio father of four Tom Reyes shot and wounded in a drive-by shooting was released Friday."])
    [row] = _triggered(survived, "shot")
    assert not [a for a in row.actor if a.code or a.entity_text] and [r.name for r in row.recipient] == ["Dana Pike"]
    rows = _triggered(blamed, "blame")
    assert rows and not any("Democrats" in a.entity_text for e in rows for a in e.actor)
    rows = _triggered(video, "shot")
    assert rows and not any("Reyes" in a.entity_text for e in rows for a in e.actor)


@pytest.mark.model
def test_an_institution_with_no_object_acts_it_is_no_headline_passive():
    [document] = _every_row(["The FBI also investigated beforehand but could not stop the killings by the gunman "
                             "in Dayton."])
    rows = _triggered(document, "investigated")
    assert rows and all([a.entity_text for a in e.actor] == ["The FBI"] for e in rows)


@pytest.mark.model
def test_an_agent_shared_by_joined_nouns_and_a_contrasted_predicates_party():
    complaint, contrast = _every_row([
        "According to a civil complaint filed by the regulators and a complaint by Vermont, the developers looted "
        "millions of dollars.",
        "Senator Hale complained about the bitter mood of the Ohio race but praised Governor Ortiz as a moderate "
        "choice."])
    rows = _triggered(complaint, "complaint")
    assert rows and any(a.entity_text == "Vermont" for e in rows for a in e.actor)
    rows = _triggered(contrast, "complained")
    assert rows and not any("Ortiz" in r.entity_text for e in rows for r in e.recipient)


@pytest.mark.model
def test_who_appeared_in_court_charged_is_the_charged_not_the_court():
    [document] = _every_row(["Senator Hale and his aide, both from Ohio, appeared in court charged with fraud after "
                             "taking money from donors."])
    [row] = _triggered(document, "charged")
    assert [r.entity_text for r in row.recipient] == ["Senator Hale", "his aide"]


@pytest.mark.model
def test_violence_fired_from_a_place_is_that_sides_and_planned_protests_are_future():
    fired, planned = _every_row([
        "At least four mortar shells fired from Syria landed in Turkey on Tuesday, officials said.",
        "More demonstrations are planned for Tuesday, including one outside parliament in Athens."])
    rows = [e for e in fired.events if e.event == "ASSAULT"]
    assert rows and all([a.code for a in e.actor] == ["SYR"] for e in rows)
    assert all([r.code for r in e.recipient] == ["TUR"] for e in rows)
    rows = _triggered(planned, "demonstrations")
    assert rows and all("future" in e.aux_mode for e in rows)


@pytest.mark.model
def test_violence_on_someone_named_but_uncoded_targets_where_it_happened():
    [document] = _every_row(["Israeli tanks shelled a clinic in Jabalia refugee camp, showering shrapnel over "
                             "patients, witnesses said."])
    rows = [e for e in document.events if e.event == "ASSAULT"]
    assert rows and all([r.code for r in e.recipient] == ["PSE"] for e in rows)


@pytest.mark.model
def test_charges_filed_against_someone_are_against_them_and_borrow_no_actor():
    [document] = _every_row(["Senator Hale of Ohio told reporters he did not think any charges would be brought against him."])
    [row] = _triggered(document, "charges")
    assert [r.entity_text for r in row.recipient] == ["him"]
    # Not the senator: criminal charges no one is said to bring are the state's.
    assert [(a.entity_text, a.code, a.sector) for a in row.actor] == [("", "USA", ["JUD"])]


@pytest.mark.model
def test_whom_a_verb_asks_to_act_is_the_recipient_of_the_request():
    asked, called = _every_row([
        "Republicans asked the FBI to investigate Governor Hale for fraud.",
        "The European Union called on Moscow to withdraw its troops."])
    # PLOVER codes the asking once, as a REQUEST, not the act asked for
    assert not _triggered(asked, "investigate") and not _triggered(called, "withdraw")
    [request] = [e for e in _triggered(asked, "asked") if e.event == "REQUEST"]
    assert [a.entity_text for a in request.actor] == ["Republicans"]
    assert [r.entity_text for r in request.recipient] == ["the FBI"]
    [request] = [e for e in _triggered(called, "called on") if e.event == "REQUEST"]
    assert [r.code for r in request.recipient] == ["RUS"]


def test_whom_a_verb_asks_is_the_recipient_when_the_parse_makes_the_act_adverbial(make_doc, document_for):
    # Britain pressed Ukraine to sign .   ("sign" hung on "pressed" as an adverbial clause)
    events = _every_event(
        make_doc, document_for,
        words=["Britain", "pressed", "Ukraine", "to", "sign", "."], heads=[1, 1, 1, 4, 1, 1],
        deps=["nsubj", "ROOT", "dobj", "aux", "advcl", "punct"],
        pos=["PROPN", "VERB", "PROPN", "PART", "VERB", "PUNCT"],
        tags=["NNP", "VBD", "NNP", "TO", "VB", "."],
        lemmas=["britain", "press", "ukraine", "to", "sign", "."],
        ents=[(0, 1, "GPE"), (2, 3, "GPE")])
    assert not [e for e in events if e.event_text == "sign"]
    [request] = [e for e in events if e.event_text == "pressed"]
    assert request.event == "REQUEST"
    assert [a.code for a in request.actor] == ["GBR"] and [r.code for r in request.recipient] == ["UKR"]


@pytest.mark.model
def test_a_demonym_on_a_targeted_place_names_the_target_country():
    [document] = _every_row(["Hamas militants fired rockets at Israeli towns on Sunday."])
    fired = _triggered(document, "fired")
    assert fired and all([r.code for r in e.recipient] == ["ISR"] for e in fired)
    assert all(r.entity_text == "Israeli towns" for e in fired for r in e.recipient)


@pytest.mark.model
def test_the_gun_a_man_fired_is_not_whom_he_fired_at():
    [document] = _every_row(["A transport firm in Huntsville, Texas, lost a prisoner on Monday. Okoro, 49, grabbed a "
                             "pistol from a deputy and fired it."])
    fired = _triggered(document, "fired")
    assert fired and not any(r.entity_text == "it" for e in fired for r in e.recipient)


@pytest.mark.model
def test_a_story_about_known_people_is_set_in_their_country_whatever_places_it_names():
    # Its places are in Lebanon, but every known party is American: the
    # unlisted activist is taken to be American too.
    [document] = _every_row([
        "Dana Whitlock, the head of a watchdog group, accused Hillary Clinton of hiding the documents on "
        "Monday. The emails show that Clinton met a donor from Beirut in 2011. The State Department said the "
        "meeting with the businessman from Lebanon was routine, and Clinton has said the same."])
    assert document.setting == "USA"
    accused = _triggered(document, "accused")
    assert accused and all(a.code == "USA" for e in accused for a in e.actor)


@pytest.mark.model
def test_what_happens_as_a_rule_a_score_and_a_weapons_name_on_a_thing_are_no_events():
    generic, score, thing, happened = _every_row([
        "Protesters picket every party congress in the capital, officials in Lusaka say.",
        "Okafor shot 41 percent from the floor last season.",
        "Two of the dead men belonged to a mortar-firing cell, the army in Kaduna said.",
        "Police in Lusaka arrested forty protesters outside the party congress on Friday."])
    assert not generic.events and not score.events and not thing.events
    assert [e for e in happened.events if e.event == "COERCE"]


@pytest.mark.model
def test_who_was_arrested_is_not_the_one_who_arrested_him_in_the_next_clause():
    [document] = _every_row([
        "Darnell Okafor, a guard for the Dayton Flyers, was charged with drunk driving in Ohio on Sunday. When he "
        "was arrested, he was still on probation for an earlier arrest, the Ohio State Highway Patrol said."])
    arrested = _triggered(document, "arrested")
    assert arrested and not any(a.entity_text == "he" for e in arrested for a in e.actor)


@pytest.mark.model
def test_the_relative_named_in_a_subject_is_not_its_actor():
    [document] = _every_row(["Representative Marcus Pell of Ohio is running for the Senate. For starters, the "
                             "ex-wife of Marcus Pell who filed two reports against him blames Dana Pell for "
                             "wrecking her marriage to the congressman."])
    blames = _triggered(document, "blames")
    assert blames and not any(a.entity_text == "Marcus Pell" for e in blames for a in e.actor)


@pytest.mark.model
def test_headline_passives_and_plans_what_is_seized_from_whom_and_unlisted_companies():
    arrested, plan, seized, blasted = _every_row([
        "Man arrested for drunken crash into school bus in Dayton.",
        "Teamsters to endorse Senator Hale.",
        "Police in Beirut also confiscated drugs and weapons from Ali Haddad's car.",
        "In Ohio, Governor Hale blasted Kroger for its treatment of workers."])
    [arrest] = _triggered(arrested, "arrested")
    assert [r.entity_text for r in arrest.recipient] == ["Man"] and not any(a.entity_text == "Man" for a in arrest.actor)
    assert all("future" in e.aux_mode for e in plan.events if e.event_text == "endorse")
    [seizure] = [e for e in seized.events if e.event == "COERCE"]
    assert [r.code for r in seizure.recipient] == ["LBN"] and "Haddad" in seizure.recipient[0].entity_text
    [criticism] = _triggered(blasted, "blasted")
    assert [(r.entity_text, r.code) for r in criticism.recipient] == [("Kroger", "USA")]


@pytest.mark.model
def test_names_victims_and_helpers_are_not_the_parties_of_an_inquiry():
    named, inquiry, helper = _every_row([
        "On Wednesday Jane Okafor, head of the Federal Bureau of Investigation since May, said the messages were "
        "private.",
        "A Surrey constable testified at the provincial inquiry into the death of Slovak student Tomas Hruby after "
        "a 2013 scuffle with RCMP officers at Kelowna station.",
        "Nana Osei, the opposition leader in Accra, said on Friday that she would cooperate with the investigation."])
    assert not _triggered(named, "Investigation")
    rows = _triggered(inquiry, "inquiry")
    assert rows and not any("Hruby" in r.entity_text for e in rows for r in e.recipient)
    # (an investigation only named again: no row at all now, and never with its helper as actor)
    assert not any(a.entity_text in ("she", "Nana Osei") for e in _triggered(helper, "investigation") for a in e.actor)


@pytest.mark.model
def test_an_object_pronoun_is_not_its_verbs_subject_and_the_accused_is_the_alleged_actor():
    assailed, accused = _every_row([
        "Governor Ana Reyes of Ohio backed the war in 2003. On Saturday, Senator Tom Hale of Ohio, a Democratic "
        "rival, assailed her for backing the war.",
        "Jurors in Albany heard testimony in the trial of Dwayne Tuck, the youth accused of shooting and killing "
        "9-year-old Mia Lane in June."])
    [row] = _triggered(assailed, "assailed")
    assert [r.name for r in row.recipient] == ["Ana Reyes"]
    shooting = _triggered(accused, "shooting")
    assert shooting and all("Dwayne Tuck" in a.entity_text for e in shooting for a in e.actor)


@pytest.mark.model
def test_a_gun_and_its_owner_a_film_a_conditional_conviction_and_a_clause_inside_a_phrase():
    fired, film, convicted, judge = _every_row([
        "Brooklyn police have yet to establish whether the teenager fired his weapon.",
        "She began lobbying for tighter gun rules after two people were shot dead at a showing of her film "
        "“The Taliban” in Boise, Idaho.",
        "In Akron, Ohio, the suspect could get up to 30 years in prison if convicted.",
        "Governor Hale spoke in Ohio on Monday. When Governor Hale attacked a district judge whose mother was "
        "born in Mexico, Latino voters were angry."])
    rows = _triggered(fired, "fired")
    assert rows and all("hypothetical" in e.aux_mode and all(r.entity_text != "his" for r in e.recipient)
                        for e in rows)
    assert _triggered(film, "shot")
    assert not any("Taliban" in a.entity_text for e in film.events for a in e.actor + e.recipient)
    rows = _triggered(convicted, "convicted")
    assert rows and all(not any(a.entity_text == "the suspect" for a in e.actor) for e in rows)
    assert all(r.entity_text == "the suspect" for e in rows for r in e.recipient)
    [row] = _triggered(judge, "attacked")
    assert [r.code for r in row.recipient] == ["USA"]


@pytest.mark.model
def test_victims_are_of_where_it_happened_and_a_death_protested_is_not_its_target():
    bombing, protest, unable, requested = _every_row([
        "A truck attack in Nice, France, killed 80 people. French police in Nice said the driver fired on the "
        "crowd. Last spring, Islamic State militants killed 32 people in suicide blasts at a metro station "
        "and the Brussels airport.",
        "Our reporter was in Tulsa, Oklahoma, on Tuesday for a protest of Carter's death.",
        "Governor Hale will be unable to set the hall against the panel and accuse the audience of bias.",
        "Senator Hale of Ohio requested another Justice Department investigation of Governor Reyes."])
    [row] = [e for e in bombing.events if e.event_text == "killed" and "32" in e.sentence]
    assert [r.code for r in row.recipient] == ["BEL"]
    assert not any(p.country == "IDN" for p in bombing.places)  # "a metro station" is not Metro, Indonesia
    assert not any("Carter" in r.entity_text for e in protest.events for r in e.recipient)
    assert all("negation" in e.aux_mode for e in unable.events if e.event_text == "accuse")
    # the inquiry asked for is the asker's request, aimed where it would look
    assert not _triggered(requested, "investigation")
    [request] = _triggered(requested, "requested")
    assert [r.entity_text for r in request.recipient] == ["Governor Reyes"]


@pytest.mark.model
def test_an_unnamed_doer_abroad_is_of_where_it_happened_not_of_the_setting():
    abroad, deported = _every_row([
        "DENVER — A gunman killed four people at a grocery store in Denver on Sunday, police said. The shooting "
        "came weeks after a teenager killed nine people at his former school in Germany.",
        "CHICAGO — Officials in Illinois said authorities deported the man to Mexico last year."])
    [here, there] = _triggered(abroad, "killed")
    assert [a.code for a in here.actor] == ["USA"]
    assert [a.code for a in there.actor] == ["DEU"] and [r.code for r in there.recipient] == ["DEU"]
    # Where an act sends someone is not where its doers are.
    rows = _triggered(deported, "deported")
    assert rows and all([a.code for a in e.actor] == ["USA"] for e in rows)


@pytest.mark.model
def test_a_soldier_killed_abroad_did_not_kill_and_a_church_did_not_shoot():
    soldier, church = _every_row([
        "Mourners gathered at the cemetery in Concord on Friday for Dole, the 24-year-old Nashua soldier killed "
        "last week in Afghanistan.",
        "The differences between the two church shootings, the sheriff noted, were in the number killed."])
    rows = _triggered(soldier, "killed")
    assert rows and all("soldier" not in a.entity_text for e in rows for a in e.actor)
    assert all(any("soldier" in r.entity_text for r in e.recipient) for e in rows)
    rows = _triggered(church, "shootings")
    assert rows and not any("church" in a.entity_text for e in rows for a in e.actor)


@pytest.mark.model
def test_a_news_conference_is_no_meeting():
    [document] = _every_row(["Foreign Minister Lena Varga, in Riyadh for talks, told a news conference that the "
                             "visit had gone well."])
    assert not _triggered(document, "conference")


@pytest.mark.model
def test_fees_retorts_and_raids_from_the_air_with_no_one_named():
    fee, retort, raids, charged = _every_row([
        "A cabinet minister racked up £11,000 in roaming charges in Morocco after failing to switch providers.",
        "\"Leave my daughter out of this,\" Governor Hale shot back during the debate in Ohio.",
        "Bombing raids have intensified throughout the Gaza Strip, where the army has surrounded Gaza City.",
        "He was booked on felony charges in Dayton, Ohio, on Monday."])
    [tax] = _every_row(["Prosecutors in Ohio said the mayor faces federal tax charges."])
    assert any(e.event == "ACCUSE" for e in _triggered(tax, "charges"))
    assert not any(e.event == "ACCUSE" for e in _triggered(fee, "charges"))
    assert not any(e.event == "ASSAULT" for e in retort.events)
    assert not any(a.code for e in _triggered(raids, "Bombing") for a in e.actor)
    assert any(e.event == "ACCUSE" for e in _triggered(charged, "charges"))


@pytest.mark.model
def test_a_name_after_or_is_an_alias_and_a_death_investigated_is_not_its_target():
    alias, death = _every_row([
        "Officials in Juba, South Sudan, said on Monday that the Sudan Armed Forces, or SAF, had attacked a "
        "border village in South Sudan.",
        "Plano police investigate girl's shooting death after Friday gathering."])
    rows = _triggered(alias, "attacked")
    assert rows and all({a.code for a in e.actor} == {"SDN"} for e in rows)
    rows = _triggered(death, "investigate")
    assert rows and not any("death" in r.entity_text for e in rows for r in e.recipient)


@pytest.mark.model
def test_a_film_title_is_no_party_and_a_known_partys_targets_are_its():
    film, strikes = _every_row([
        "Two people were shot dead at a Boise showing of the film “Kremlin.”",
        "In 2016 Denmark started carrying out airstrikes on Islamic State targets."])
    assert _triggered(film, "shot")
    assert not any("Kremlin" in a.entity_text for e in film.events for a in e.actor + e.recipient)
    rows = _triggered(strikes, "airstrikes")
    assert rows and all([r.code for r in e.recipient] == ["IMG"] for e in rows)


@pytest.mark.model
def test_what_a_quake_destroys_and_a_destroyed_image_are_no_attacks():
    quake, image = _every_row([
        "The powerful quakes in Papua on Sunday have forced 9,000 people into tents, destroyed hundreds of "
        "buildings and killed one person, officials in Jayapura said.",
        "Calls for a truce have grown, with Britain warning Israel that it was destroying its image abroad."])
    assert not [e for e in quake.events if e.event == "ASSAULT"]
    assert not [e for e in image.events if e.event == "ASSAULT"]


@pytest.mark.model
def test_who_is_asked_or_appointed_to_act_acts_and_rejected_calls_are_not_a_home_affair():
    appointed, rejected = _every_row([
        "Senator Hale of Ohio said an outside prosecutor must be appointed to investigate Governor Reyes.",
        "Turkey has once again rejected appeals for a truce."])
    rows = _triggered(appointed, "investigate")
    assert rows and all(e.actor and all("prosecutor" in a.entity_text for a in e.actor) for e in rows)
    rows = [e for e in rejected.events if e.event == "REJECT"]
    assert rows and not any(r.code == "TUR" for e in rows for r in e.recipient)


@pytest.mark.model
def test_a_climbing_fall_a_deal_that_would_see_an_endorsement_and_a_partys_rockets():
    fall, deal, rockets = _every_row([
        "An Irish woman was killed after falling 300 feet while hiking in Patagonia.",
        "Hale and Reyes are close to a deal under which he would endorse her in Ohio on Friday.",
        "Police in Sderot said Hamas rockets struck the town on Monday."])
    assert not [e for e in fall.events if e.event == "ASSAULT"]
    rows = _triggered(deal, "endorse")
    assert rows and all("hypothetical" in e.aux_mode for e in rows)
    rows = _triggered(rockets, "rockets")
    assert rows and all([a.code for a in e.actor] == ["PSE"] for e in rows)


@pytest.mark.model
def test_a_reason_and_a_party_inside_the_actors_phrase_are_not_the_target_and_who_reels_amid_criticism_is():
    # (a specific act: a habit of blaming rivals would give no row)
    blaming, parents, named = _every_row([
        "Governor Hale of Ohio on Monday blamed rivals for his largely self-made troubles.",
        "Governor Hale of Ohio staggered on Monday under a long run of criticism by the family of a "
        "soldier killed in Dayton.",
        "Harsh criticism by the parents of Private Lena Ortiz of Ohio went on for a second week."])
    rows = _triggered(blaming, "blamed")
    assert rows and not any(r.entity_text == "his" for e in rows for r in e.recipient)
    rows = _triggered(parents, "criticism")
    assert rows and not any("soldier" in r.entity_text for e in rows for r in e.recipient)
    # who reels amid a campaign of criticism is its target
    assert all([r.entity_text for r in e.recipient] == ["Governor Hale of Ohio"] for e in rows)
    rows = _triggered(named, "criticism")
    assert rows and not any("Ortiz" in r.entity_text for e in rows for r in e.recipient)


@pytest.mark.model
def test_someones_record_of_prior_arrests_is_no_event():
    [document] = _every_row(["Officers in Queens said Okoro has three earlier arrests, including charges of "
                             "burglary and car theft."])
    assert not [e for e in document.events if e.event_text in ("arrests", "charges")]
    # (the list of offences parsed under "has", not under "arrests")
    [document] = _every_row(["Hale has prior arrests for shoplifting, skipping a hearing over unpaid fines "
                             "and for not showing up before a judge on unpaid ticket charges."])
    assert not [e for e in document.events if e.event == "ACCUSE"]


@pytest.mark.model
def test_who_was_attacked_when_and_who_reacted_to_a_shooting_did_not_do_it():
    attacked, reacted = _every_row([
        "Riot police in Lyon have struck back whenever attacked, but stayed put while crowds of students set cars "
        "alight.",
        "WASHINGTON — Two Democratic candidates for the Senate reacted on Friday to the deadly shooting at a Toledo "
        "church."])
    rows = _triggered(attacked, "attacked")
    assert rows and not any(a.sector == ["COP"] for e in rows for a in e.actor)
    rows = _triggered(reacted, "shooting")
    assert rows and not any("candidates" in a.entity_text for e in rows for a in e.actor)


@pytest.mark.model
def test_an_act_only_threatened_did_not_happen():
    # (PLOVER codes the threat itself, THREATEN, not the charge as hypothetical.)
    [document] = _every_row(["Prosecutors in Oregon at first threatened to charge her with two misdemeanors."])
    assert any(e.event == "THREATEN" for e in document.events)
    assert not [e for e in document.events if e.event == "ACCUSE" and "hypothetical" not in e.aux_mode]


@pytest.mark.model
def test_who_reports_a_battle_and_a_party_of_an_act_joined_to_it_are_not_its_target():
    from wirecoder.events.roles.fallbacks import _reporter_tokens

    fighting, hearings = _every_row([
        "Israeli forces pounded Gaza on Monday. The heaviest fighting was in northern Gaza, with witnesses "
        "reporting waves of strikes across the territory.",
        "Throughout the investigation and court hearings, Okoro repeatedly denied owning the phone, police in "
        "Dayton said."])
    doc = _parsed(fighting.text)
    trigger = next(t for t in doc if t.lower_ == "fighting")
    witnesses = next(t for t in doc if t.lower_ == "witnesses")
    assert witnesses.i in _reporter_tokens(trigger)
    rows = _triggered(hearings, "investigation")
    assert rows and not any(r.entity_text == "court" for e in rows for r in e.recipient)


@pytest.mark.model
def test_a_simulated_attack_is_no_event_and_a_gerund_under_a_negated_verb_is_negated():
    simulated, investigating = _every_row([
        "Russian jets simulated an attack on a Swedish island last spring.",
        "Police in Akron have not been doing a whole lot of investigating lately, she said."])
    assert not [e for e in simulated.events if e.event == "ASSAULT"]
    rows = _triggered(investigating, "investigating")
    assert rows and all("negation" in e.aux_mode for e in rows)


@pytest.mark.model
def test_who_talks_about_accusations_did_not_make_them_and_who_pays_for_an_attack_made_it():
    talked, paid = _every_row([
        "Senator Hale of Ohio said he had talked with Governor Reyes about accusations that her aides made threats.",
        "Yet Governor Hale of Ohio has suffered no harm at the polls for attacking them."])
    rows = _triggered(talked, "accusations")
    assert rows and not any(a.entity_text for e in rows for a in e.actor)
    rows = _triggered(paid, "attacking")
    assert rows and all([a.entity_text for a in e.actor] == ["Governor Hale of Ohio"] for e in rows)


@pytest.mark.model
def test_the_target_of_charges_against_someone_is_them():
    from wirecoder.events.roles.fallbacks import _own_patient_phrase

    doc = _parsed("Prosecutors widened the charges against Okoro after Brandt and two other dealers agreed to "
                  "testify against him.")
    charges = next(t for t in doc if t.lower_ == "charges")
    okoro, brandt = (next(t for t in doc if t.text == name) for name in ("Okoro", "Brandt"))
    assert okoro.i in _own_patient_phrase(charges) and brandt.i not in _own_patient_phrase(charges)


@pytest.mark.model
def test_a_countrys_un_ambassador_is_not_the_un_and_a_coalition_led_by_a_country_is_that_countrys():
    ambassador, coalition = _every_row([
        "Former U.N. Ambassador Mark Hale denounced the plan in Washington on Thursday.",
        "Across Yemen, the military coalition led by Saudi Arabia is implicated in the bombing of several hospitals."])
    rows = _triggered(ambassador, "denounced")
    assert rows and all(a.code != "UNO" for e in rows for a in e.actor)
    rows = [e for e in _triggered(coalition, "bombing") if e.event == "ASSAULT"]
    # who is implicated in the bombing did it; the markets are of where it happened
    assert rows and all([a.code for a in e.actor] == ["SAU"] and [r.code for r in e.recipient] == ["YEM"]
                        for e in rows)


@pytest.mark.model
def test_cover_fire_does_not_target_whom_it_covers_and_a_victim_of_another_act_is_not_the_charger():
    cover, charged, missiles = _every_row([
        "Israeli troops entered Gaza on Monday. There was heavy mortar fire to cover the evacuation of 12 wounded "
        "Israeli soldiers.",
        "Police said Okoro, 31, was charged in the shooting of a Dayton man.",
        "Rescuers pulled three bodies from a flattened house in Gaza after it was struck by three Israeli missiles."])
    rows = _triggered(cover, "mortar")
    assert rows and not any(r.code for e in rows for r in e.recipient)
    rows = _triggered(charged, "charged")
    assert rows and not any("Dayton man" in a.entity_text for e in rows for a in e.actor)
    # who was charged in a shooting did it
    rows = _triggered(charged, "shooting")
    assert rows and all([a.entity_text for a in e.actor] == ["Okoro"] for e in rows)
    # what a weapon hit is its target, of where it was
    rows = [e for e in _triggered(missiles, "missiles") if e.event == "ASSAULT"]
    assert rows and all([r.code for r in e.recipient] == ["PSE"] for e in rows)


@pytest.mark.model
def test_a_verb_with_an_article_is_a_mistagged_noun():
    from wirecoder.events.candidates import _mistagged_noun

    text = "The mayor called for the police chief to resign for not calling the Dayton nightclub attack an act of terrorism."
    [document] = _every_row([text])
    attack = next(t for t in _parsed(text) if t.lower_ == "attack")
    assert attack.pos_ != "VERB" or _mistagged_noun(attack)
    assert not [e for e in document.events if e.event_text == "attack" and e.event == "ACCUSE"]


@pytest.mark.model
def test_whom_stands_for_its_antecedent_and_a_party_adjective_names_the_party():
    whom, republican = _every_row([
        "Governor Hale of Ohio even praised Senator Reyes, whom he had attacked viciously in the primary.",
        "Governor Hale of Ohio responded on Monday to Republican criticism of his budget."])
    rows = _triggered(whom, "attacked")
    assert rows and all([r.entity_text for r in e.recipient] == ["Senator Reyes"] for e in rows)
    rows = _triggered(republican, "criticism")
    assert rows and all([(a.code, a.sector) for a in e.actor] == [("USA", ["PTY"])] for e in rows)


@pytest.mark.model
def test_an_expletive_it_is_no_party():
    from wirecoder.pipeline import code

    document = code("The United Nations released a report on Monday. It was the sharpest criticism yet of the "
                    "mayor of Dayton, Ohio.")
    it = next(t for t in document.spacy_doc if t.text == "It")
    assert actor_at(document, it) is None


@pytest.mark.model
def test_a_candidates_rally_is_no_protest_and_a_tweets_author_is_who_sent_it():
    rally, tweets, groups = _every_row([
        "During a Trump rally in Toledo, Ohio, last Friday, two of his fans kicked and punched a heckler.",
        "Senator Reyes of Ohio spoke to reporters after Governor Hale unleashed a series of tweets criticizing "
        "Mayor Brandt.",
        "Gay rights groups in Missouri condemned the bill on Tuesday."])
    assert not [e for e in rally.events if e.event == "PROTEST"]
    # punching is an assault (the detector decides how sure)
    assert [e for e in rally.events if e.event == "ASSAULT" and e.event_text in ("kicked", "punched")]
    rows = _triggered(tweets, "criticizing")
    assert rows and all([a.entity_text for a in e.actor] == ["Governor Hale"] for e in rows)
    # civil society named by its kind is PLOVER's SOC, not the state it is in
    rows = _triggered(groups, "condemned")
    assert rows and all([(a.entity_text, a.sector) for a in e.actor] == [("Gay rights groups", ["SOC"])]
                        for e in rows)


@pytest.mark.model
def test_an_agency_credit_is_part_of_the_dateline_and_a_participles_adjuncts_are_no_target():
    dateline, accord = _every_row([
        "Dayton, Ohio (AP) – Governor Hale on Monday toured the flooded towns with Senator Reyes, accusing the "
        "mayor of neglecting the levees.",
        "Senator Reyes on Saturday criticized the trade accord signed after two weeks of talks among diplomats in "
        "Geneva."])
    rows = _triggered(dateline, "accusing")
    assert rows and all([a.entity_text for a in e.actor] == ["Governor Hale"] for e in rows)
    rows = _triggered(accord, "criticized")
    assert rows and not any(r.entity_text == "diplomats" for e in rows for r in e.recipient)


@pytest.mark.model
def test_what_bombs_hit_is_their_target_and_a_bombing_campaigns_actor_is_who_began_it():
    bombs, campaign = _every_row([
        "Medics in Gaza said 30 people died when Israeli bombs hit a school in Beit Lahiya.",
        "The United States began a fresh bombing campaign on rebel camps in 2019."])
    rows = _triggered(bombs, "bombs")
    assert rows and all([r.code for r in e.recipient] == ["PSE"] for e in rows)
    rows = [e for e in _triggered(campaign, "bombing") if e.event == "ASSAULT"]
    assert rows and all([a.entity_text for a in e.actor] == ["The United States"] for e in rows)
    # a bombing campaign is no political campaign (no PTY sector, no party)
    assert not any("PTY" in p.sector for e in campaign.events for p in e.actor + e.recipient)


@pytest.mark.model
def test_how_many_times_someone_was_arrested_is_their_record():
    record, shots = _every_row([
        "Deputies said Okoro had already been arrested five times on charges of fraud in Toledo, Ohio.",
        "Police in Dayton, Ohio, shot him three times in the chest."])
    assert not [e for e in record.events if e.event_text in ("arrested", "charges")]
    assert _triggered(shots, "shot")


@pytest.mark.model
def test_mourners_slapping_their_faces_and_who_shields_others_from_gunfire_attack_no_one():
    grief, shield = _every_row([
        "At the hospital in Gaza, I saw women and men slapping their faces in grief, screaming.",
        "Okoro died instantly when she tried to protect the children from gunfire in Dayton, Ohio."])
    assert not [e for e in grief.events if e.event == "ASSAULT"]
    rows = _triggered(shield, "gunfire")
    assert rows and not any(a.entity_text == "she" for e in rows for a in e.actor)


@pytest.mark.model
def test_a_judge_presiding_over_a_lawsuit_is_neither_its_plaintiff_nor_the_him_inside_it():
    [document] = _every_row(["Hale said that the federal judge presiding over the civil lawsuit against him in Akron, "
                             "Ohio, was unfair."])
    rows = _triggered(document, "lawsuit")
    assert rows and not any("JUD" in p.sector for e in rows for p in e.actor + e.recipient)


@pytest.mark.model
def test_a_claims_that_clause_names_whom_it_accuses():
    [document] = _every_row(["Governor Hale of Ohio dismissed Senator Reyes' accusations that the Hale campaign is "
                             "breaking the law."])
    rows = _triggered(document, "accusations")
    assert rows and all([r.entity_text for r in e.recipient] != ["Governor Hale of Ohio"] for e in rows)


@pytest.mark.model
def test_a_claiming_participle_names_whom_a_lawsuit_or_complaint_accuses():
    suit, complaint = _every_row([
        "The attorney general of Ohio filed a lawsuit on Monday alleging that Governor Hale had misused state funds.",
        "Teachers in Dayton, Ohio, filed a complaint accusing Mayor Reyes of cutting their pay."])
    rows = _triggered(suit, "lawsuit")
    assert rows and all([r.entity_text for r in e.recipient] == ["Governor Hale"] for e in rows)
    rows = _triggered(complaint, "complaint")
    assert rows and all([r.entity_text for r in e.recipient] == ["Mayor Reyes"] for e in rows)


@pytest.mark.model
def test_a_bare_participle_charge_is_passive_and_an_authority_is_of_the_acts_own_clause():
    jail, kuwait = _every_row([
        "Okoro, 37, of Akron, who had bruises on his face, is at the Summit County jail, charged "
        "with three counts of robbery.",
        "In the 1980s, he joined the Navy and was posted to Kuwait; later, in 1999, he was arrested in Dayton, Ohio, "
        "on a charge of fraud."])
    rows = _triggered(jail, "charged")
    assert rows and all([(a.code, a.sector) for a in e.actor] == [("USA", ["JUD"])] for e in rows)
    rows = _triggered(kuwait, "arrested")
    assert rows and all([(a.code, a.sector) for a in e.actor] == [("USA", ["COP"])] for e in rows)


@pytest.mark.model
def test_a_freedom_is_no_body_and_a_decision_to_endorse_is_an_endorsement():
    from wirecoder.pipeline import code

    document = code("Hale mentioned freedom of assembly taken from students killed at a campus in Ohio.")
    assembly = next(t for t in document.spacy_doc if t.lower_ == "assembly")
    assert actor_at(document, assembly) is None
    [endorse] = _every_row(["I have decided to endorse Senator Reyes for president, Hale wrote."])
    rows = _triggered(endorse, "endorse")
    assert rows and all(e.event == "SUPPORT" for e in rows)


@pytest.mark.model
def test_an_act_that_only_dates_the_sentence_has_only_its_own_phrases_parties():
    [document] = _every_row(["In the wake of the Lyon terror attacks -- and alongside the Danes and the Dutch "
                             "-- Norway has stepped up its air raids."])
    rows = _triggered(document, "attacks")
    assert rows and not any(p.code in ("DNK", "NLD") for e in rows for p in e.actor + e.recipient)


@pytest.mark.model
def test_who_died_in_a_strike_did_not_strike_and_a_shootings_of_object_is_its_victim():
    died, shooting = _every_row([
        "Three children died too in a dawn air strike on a UN clinic in the Shati camp of Gaza City.",
        "Athenian streets have been a battleground since the fatal shooting of a 16-year-old student by a policeman "
        "in Athens."])
    rows = _triggered(died, "strike")
    assert rows and not any("children" in a.entity_text for e in rows for a in e.actor)
    rows = _triggered(shooting, "shooting")
    assert rows and all([r.entity_text for r in e.recipient] == ["a 16-year-old student"] for e in rows)
    # who died after an attack, not in it, may well have done it
    [after] = _every_row(["Okoro and his wife, Lisa Brandt, died in a shootout with police in Dayton, Ohio, following "
                          "the Dec. 9 attack that left 12 people dead."])
    rows = _triggered(after, "attack")
    assert rows and all([a.entity_text for a in e.actor] == ["Okoro", "his wife, Lisa Brandt"] for e in rows)


@pytest.mark.model
def test_an_attack_is_no_party_unless_its_name_or_country_says_whose():
    from wirecoder.pipeline import code

    document = code("Hale said the mayor did not heed warnings before the 2001 terrorist attacks in Dayton, Ohio.")
    attacks = next(t for t in document.spacy_doc if t.lower_ == "attacks")
    assert actor_at(document, attacks) is None
    [russian] = _every_row(["A Russian attack killed ten people in Aleppo."])
    rows = _triggered(russian, "attack")
    assert rows and all([a.code for a in e.actor] == ["RUS"] for e in rows)


@pytest.mark.model
def test_an_official_visit_is_no_official_and_what_figures_in_an_investigation_did_not_investigate():
    visit, figured, dealt = _every_row([
        "Ruiz paid an official visit to Oslo on Friday, where he met with the prime minister of Norway.",
        "It is unclear what part the Clinton Foundation's work played in that investigation.",
        "Now the president of a seminary in Tyler, Texas, Kessler has dealt with criticism of his management style."])
    rows = _triggered(visit, "visit")
    assert rows and not any(a.entity_text == "an official visit" for e in rows for a in e.actor)
    # ("that investigation", named again: no row now, and never with the work as its actor)
    assert not any("work" in a.entity_text for e in _triggered(figured, "investigation") for a in e.actor)
    # who deals with criticism gets it
    rows = _triggered(dealt, "criticism")
    assert rows and all(any("Kessler" in r.entity_text for r in e.recipient) for e in rows)


@pytest.mark.model
def test_a_noun_under_a_negated_clauses_preposition_happened():
    # (with its critic named: a criticism of no one by no one is no row at all)
    [document] = _every_row(["The Harlow Ledger wasn't pleased about the criticism from Mayor Brandt and answered "
                             "him by accusing him of fawning over Governor Hale."])
    rows = _triggered(document, "criticism")
    assert rows and not any("negation" in e.aux_mode for e in rows)


@pytest.mark.model
def test_a_passives_agent_act_was_not_undergone_by_its_subject_and_anti_government_names_no_government():
    from wirecoder.pipeline import code

    [sparked] = _every_row(["Their anger was stoked by the fatal shooting of a 19-year-old student by a policeman in "
                            "Patras."])
    rows = _triggered(sparked, "shooting")
    assert rows and all([r.entity_text for r in e.recipient] == ["a 19-year-old student"] for e in rows)
    document = code("In Patras, about 4,000 gathered on Saturday for an anti-government demonstration.")
    demonstration = next(t for t in document.spacy_doc if t.lower_ == "demonstration")
    assert actor_at(document, demonstration) is None


@pytest.mark.model
def test_a_prosecutor_called_for_to_investigate_is_a_request_and_a_complaints_venue_is_not_its_target():
    called, issue, venue = _every_row([
        "Earlier in the week, Hale called for an independent prosecutor to investigate Reyes's handling of classified "
        "files.",
        "At a rally in Dayton, Ohio, Governor Hale took issue with recent criticism of his budget.",
        "Brandt said he decided to press charges with the police in Dayton, Ohio, because Okoro had threatened him."])
    assert not _triggered(called, "investigate")
    assert [e.event for e in _triggered(called, "called for")] == ["REQUEST"]
    # who takes issue with criticism got it
    rows = _triggered(issue, "criticism")
    assert rows and all([r.entity_text for r in e.recipient] == ["Governor Hale"] for e in rows)
    rows = _triggered(venue, "charges")
    assert rows and not any("police" in r.entity_text for e in rows for r in e.recipient)
    [office] = _every_row(["ATLANTA — Tom Reed filed complaints with the county prosecutor's office about "
                           "the road supervisor."])
    rows = _triggered(office, "complaints")
    assert rows and not any("prosecutor" in r.entity_text for e in rows for r in e.recipient)


@pytest.mark.model
def test_an_arrest_a_case_could_not_be_built_for_did_not_happen():
    [document] = _every_row(["Detectives met a wall of silence from neighbours and could not build a case to "
                             "arrest anyone."])
    rows = _triggered(document, "arrest")
    assert rows and all("negation" in e.aux_mode for e in rows)


@pytest.mark.model
def test_a_police_shooting_was_by_police_and_a_history_of_blaming_is_a_habit():
    shooting, history = _every_row([
        "His death followed closely on a deadly police shooting in Tulsa, Oklahoma, the week before.",
        "Governor Hale of Ohio, critics say, has a long history of blaming aides for setbacks he largely caused."])
    rows = _triggered(shooting, "shooting")
    assert rows and all([(a.entity_text, a.sector) for a in e.actor] == [("police", ["COP"])] for e in rows)
    assert not _triggered(history, "blaming")


@pytest.mark.model
def test_victims_of_the_crimes_charged_did_not_charge_and_when_an_investigation_ran_is_not_who_underwent_it():
    charged, during = _every_row([
        "Okoro, authorities said, was charged in no fewer than four recent robberies and assaults on "
        "women in Dayton, Ohio.",
        "During the investigation of Governor Hale by the state attorney general, Brandt rebuffed several requests "
        "for interviews."])
    rows = _triggered(charged, "charged")
    assert rows and not any(a.entity_text == "women" for e in rows for a in e.actor)
    rows = _triggered(during, "investigation")
    assert rows and all([r.entity_text for r in e.recipient] == ["Governor Hale"] for e in rows)


@pytest.mark.model
def test_who_acts_by_doing_something_is_the_governing_subject_and_who_saw_a_killing_did_not_kill():
    by, front = _every_row([
        "But you're not going to win the primary by criticizing Senator Reyes, Governor Hale said.",
        "A family picnic in Akron, Ohio, ended in horror for dozens of guests when a man was killed just in "
        "front of them."])
    rows = _triggered(by, "criticizing")
    assert rows and not any(a.entity_text == "Governor Hale" for e in rows for a in e.actor)
    rows = _triggered(front, "killed")
    assert rows and not any(a.entity_text == "them" for e in rows for a in e.actor)


@pytest.mark.model
def test_who_was_found_shot_underwent_it_and_a_terrorists_attack_is_violence():
    found, terrorist = _every_row([
        "Man found fatally shot in Dayton car dealership.",
        "Last Friday, our nation was attacked by an Islamist gunman, Governor Hale of Ohio said."])
    rows = _triggered(found, "shot")
    assert rows and all([r.entity_text for r in e.recipient] == ["Man"] and _unidentified(e) for e in rows)
    rows = _triggered(terrorist, "attacked")
    assert rows and all(e.event == "ASSAULT" for e in rows)


@pytest.mark.model
def test_where_victims_died_is_not_their_parents_country():
    [document] = _every_row(["Hillary Clinton spoke in Washington on Monday. Families of three Benghazi victims sue "
                             "Hillary Clinton."])
    rows = _triggered(document, "sue")
    assert rows and all([a.code for a in e.actor] == ["USA"] for e in rows)


@pytest.mark.model
def test_whose_shooting_it_was_underwent_it_and_who_is_engaged_in_clashes_fights():
    shooting, clashes, opens = _every_row([
        "In 2011 there were five incidents in Fresno, including guard Ray Dunn's shooting by an off-duty "
        "sheriff's deputy.",
        "Libyan security forces were engaged in fierce clashes with fighters of an armed group in Benghazi.",
        "Governor Hale of Ohio thereby opens himself up to criticism over his tax returns."])
    rows = _triggered(shooting, "shooting")
    assert rows and all([a.sector for a in e.actor] == [["COP"]] for e in rows)
    rows = _triggered(clashes, "clashes")
    # both sides of clashes use force: both act, no one receives (PLOVER)
    assert rows and all([a.entity_text for a in e.actor] == ["Libyan security forces", "fighters of an armed group"]
                        and not e.recipient for e in rows)
    # who opens himself up to criticism is its target
    rows = _triggered(opens, "criticism")
    assert rows and all([r.entity_text for r in e.recipient] == ["Governor Hale of Ohio"] for e in rows)


@pytest.mark.model
def test_what_be_says_a_subject_is_was_not_done_by_it():
    [document] = _every_row(["Other Republican candidates have followed Governor Hale's lead, saying Bill Clinton's "
                             "past is a fair criticism of Hillary Clinton."])
    rows = _triggered(document, "criticism")
    assert rows and not any("past" in a.entity_text for e in rows for a in e.actor)


@pytest.mark.model
def test_what_a_campaign_falls_apart_over_was_not_its_act_and_names_whom_it_accuses():
    [document] = _every_row(["Governor Hale of Ohio said his bid was falling apart over allegations he slapped "
                             "a photographer in Akron."])
    rows = _triggered(document, "allegations")
    assert rows and not any("bid" in a.entity_text for e in rows for a in e.actor)
    assert all([r.entity_text for r in e.recipient] == ["he"] for e in rows)


@pytest.mark.model
def test_who_is_the_subject_or_target_of_an_act_underwent_it():
    subject, target = _every_row([
        "Okoro Brandt of Dayton, Ohio, was the subject of a federal investigation after his firm collapsed.",
        "Governor Hale of Ohio became the target of criticism from Senator Reyes."])
    rows = _triggered(subject, "investigation")
    assert rows and all([r.entity_text for r in e.recipient] == ["Okoro Brandt of Dayton, Ohio"] for e in rows)
    rows = _triggered(target, "criticism")
    assert rows and all([r.entity_text for r in e.recipient] == ["Governor Hale of Ohio"]
                        and [a.entity_text for a in e.actor] == ["Senator Reyes"] for e in rows)


@pytest.mark.model
def test_who_discusses_or_reverses_an_act_did_not_do_it():
    discussed, reversed_ = _every_row([
        "DAYTON, Ohio - Two teachers at a cafe were discussing the recent shooting when the bus arrived.",
        "DAYTON, Ohio - A state appeals court has reversed the conviction of Okoro Brandt."])
    rows = _triggered(discussed, "shooting")
    assert rows and not any("teachers" in a.entity_text for e in rows for a in e.actor)
    rows = _triggered(reversed_, "conviction")
    assert rows and not any("court" in a.entity_text for e in rows for a in e.actor)


@pytest.mark.model
def test_an_effort_to_act_is_the_act_of_whoever_makes_it():
    [document] = _every_row(["DAYTON, Ohio - Mayor Lind has mounted a public campaign to condemn Governor Hale for "
                             "the plan."])
    rows = _triggered(document, "condemn")
    assert rows and all([a.entity_text for a in e.actor] == ["Mayor Lind"] for e in rows)


@pytest.mark.model
def test_who_is_asked_to_apologise_for_an_act_did_it():
    [document] = _every_row(["DAYTON, Ohio - Senator Reyes on Monday called on Governor Hale to apologize to Mayor "
                             "Lind for accusing her of fraud."])
    rows = _triggered(document, "accusing")
    assert rows and all([a.entity_text for a in e.actor] == ["Governor Hale"] for e in rows)


@pytest.mark.model
def test_where_someone_is_based_is_their_country_and_of_doing_is_not_in_a_name():
    [document] = _every_row(["DAYTON, Ohio - A Lagos-based lawyer, accused by the Ohio government of hiding the "
                             "funds, spoke on Monday."])
    rows = _triggered(document, "accused")
    assert rows and all([(r.entity_text, r.code) for r in e.recipient] == [("A Lagos-based lawyer", "NGA")]
                        and [a.entity_text for a in e.actor] == ["the Ohio government"] for e in rows)


@pytest.mark.model
def test_a_place_that_only_names_a_topic_does_not_set_the_story():
    # Iran is only what the committee and the deal are about; the story is
    # set where Dayton is.
    [document] = _every_row([
        "Governor Hale defended his Iran committee on Monday. Critics of the Iran deal met in Dayton, and the "
        "committee on Iran will meet again."])
    assert document.setting == "USA"


@pytest.mark.model
def test_where_someone_was_born_or_grew_up_does_not_set_the_story():
    born, grew, held = _every_row([
        "When Governor Hale attacked a district judge whose mother was born in Mexico, many voters were angry.",
        "Maria Okafor, who grew up in Nigeria, criticized Governor Hale on Monday.",
        "Police in Mexico arrested the mayor on Monday."])
    assert born.setting is None and grew.setting is None  # nothing else says where they are set
    [attack] = _triggered(born, "attacked")
    assert [r.code for r in attack.recipient] != ["MEX"]
    assert held.setting == "MEX"


@pytest.mark.model
def test_the_person_named_on_an_inquiry_is_looked_into_and_a_body_named_on_it_looks():
    person, body = _every_row(["The FBI closed the Hillary Clinton investigation on Tuesday.",
                               "The FBI investigation into Hillary Clinton ended on Tuesday."])
    for document in (person, body):
        rows = _triggered(document, "investigation")
        assert rows and all([(a.entity_text.removeprefix("The "), a.code) for a in e.actor] == [("FBI", "USA")]
                            and [r.entity_text for r in e.recipient] == ["Hillary Clinton"] for e in rows), \
            [(e.actor, e.recipient) for e in rows]


@pytest.mark.model
def test_a_party_named_on_the_act_is_shown_by_its_own_words():
    criticism, inquiry, quoted = _every_row([
        "American criticism of Norland grew on Monday.",
        "A State Department inspector general investigation found flaws in her email use.",
        'The memo cited Saudi "counter-terrorism arrests" last year.'])
    [rioters] = _every_row(["Greek rioters attacked shops and banks in Athens."])
    assert any([a.entity_text for a in e.actor] == ["Greek rioters"] for e in _triggered(rioters, "rioters"))
    for document, word, party in ((criticism, "criticism", "American"),
                                  (inquiry, "investigation", "State Department inspector general"),
                                  (quoted, "arrests", "Saudi")):
        rows = _triggered(document, word)
        assert rows and all([a.entity_text for a in e.actor] == [party] for e in rows), document.text


@pytest.mark.model
def test_a_headlines_bare_subject_of_violence_is_its_victim():
    headline, sentence = _every_row(["Dayton man shot twice in attempted robbery.",
                                     "DAYTON, Ohio - The gunman shot twice before he fled."])
    [shot] = _triggered(headline, "shot")
    assert [r.entity_text for r in shot.recipient] == ["Dayton man"]
    assert not any("man" in a.entity_text for a in shot.actor)
    [fired] = _triggered(sentence, "shot")
    assert [a.entity_text for a in fired.actor] == ["The gunman"]


@pytest.mark.model
def test_a_persons_age_stays_in_their_words_and_a_saints_day_is_no_party():
    aged, holiday = _every_row(["DAYTON, Ohio - Twenty-five-year-old Dean Marsh was arrested Friday night.",
                                "DAYTON, Ohio - Four teenagers appeared in court over St Patrick's Day assault charges."])
    [arrest] = _triggered(aged, "arrested")
    assert [r.entity_text for r in arrest.recipient] == ["Twenty-five-year-old Dean Marsh"]
    assert not any("Patrick" in p.entity_text for e in holiday.events for p in e.actor + e.recipient)


@pytest.mark.model
def test_who_opens_a_headline_before_a_colon_says_it_and_does_not_act():
    [document] = _every_row(["Iraqi Officials: Car Bomb Kills 31 in Baghdad."])
    assert [(p.text, p.country) for p in document.places] == [("Baghdad", "IRQ")]  # "Car" is no country
    rows = _triggered(document, "Bomb")
    assert rows and not any("Officials" in a.entity_text for e in rows for a in e.actor)


@pytest.mark.model
def test_an_act_named_by_a_charge_or_trial_is_alleged_and_the_accused_did_it():
    trial, inquiry = _every_row(["ATLANTA - Brian Nichols escaped from custody during his rape trial in March.",
                                 "ATLANTA - Agents opened the bombing investigation on Monday."])
    rows = _triggered(trial, "rape")
    assert rows and all("hypothetical" in e.aux_mode and [a.entity_text for a in e.actor] == ["his"]
                        and not any(r.entity_text for r in e.recipient) for e in rows)
    # An inquiry looks into what happened: the bombing is not made hypothetical.
    assert not any("hypothetical" in e.aux_mode for e in _triggered(inquiry, "bombing"))


@pytest.mark.model
def test_whom_a_protest_is_for_is_not_its_target():
    [document] = _every_row(["DAYTON, Ohio - A peaceful protest for Maria Okafor turned chaotic on Monday."])
    rows = _triggered(document, "protest")
    assert rows and not any("Okafor" in r.entity_text for e in rows for r in e.recipient)


@pytest.mark.model
def test_who_after_a_persons_home_town_is_the_person_and_kin_are_the_party_not_their_owner():
    wanted, kin = _every_row([
        "DAYTON, Ohio - Deputies searched for Thomas Okafor, 28, of Kettering, who also is charged with murder.",
        "DAYTON, Ohio - A Kettering man admitted on Tuesday he had gunned down his longtime girlfriend at a diner."])
    charged = _triggered(wanted, "charged")
    assert charged and all([r.entity_text for r in e.recipient] == ["Thomas Okafor, 28, of Kettering"]
                           for e in charged)
    shot = [e for e in kin.events if e.event == "ASSAULT"]
    assert shot and all([(r.entity_text, r.code, r.sector) for r in e.recipient]
                        == [("his longtime girlfriend", "USA", ["CVL"])] for e in shot)


@pytest.mark.model
def test_a_possessive_before_the_named_subject_is_that_subject():
    [document] = _every_row(["DAYTON, Ohio - Maria Okafor spoke first. In his statement condemning the strike, "
                             "Governor Hale defended his record."])
    rows = _triggered(document, "condemning")
    # "his" is the governor (a GOV sector), not the woman named before him
    assert rows and all([(a.entity_text, a.code, a.sector) for a in e.actor] == [("his", "USA", ["GOV"])]
                        for e in rows)


@pytest.mark.model
def test_a_that_clause_on_an_accusation_names_its_target_not_its_author():
    [document] = _every_row(["DAYTON, Ohio - Governor Hale stands by an accusation he made on Monday that "
                             "Senator Reyes lied to him."])
    rows = _triggered(document, "accusation")
    assert rows and all([a.entity_text for a in e.actor] == ["he"]
                        and [r.entity_text for r in e.recipient] == ["Senator Reyes"] for e in rows)


@pytest.mark.model
def test_an_appositive_relative_clause_acts_for_the_party_it_describes():
    [document] = _every_row(["DAYTON, Ohio - Ann Lind, the head of the Open Ledger Foundation, a right-leaning group that has sued "
                             "the Ohio Department of Health for its files, said the harm was done."])
    rows = _triggered(document, "sued")
    assert rows and all(any("Open Ledger Foundation" in a.entity_text for a in e.actor) for e in rows)


@pytest.mark.model
def test_democratic_as_an_adjective_names_the_party_but_not_inside_another_party():
    ours, theirs = _every_row([
        "DAYTON, Ohio - Governor Hale blamed the new tax on knuckleheaded Democratic politicians.",
        "BELFAST - The Democratic Unionist Party criticized the Irish government on Monday."])
    rows = _triggered(ours, "blamed")
    # "blamed X on Y": Y is blamed; a party's politicians are the party's
    assert rows and all([(r.code, "PTY" in r.sector) for r in e.recipient] == [("USA", True)] for e in rows)
    rows = _triggered(theirs, "criticized")
    assert rows and not any(a.code == "USA" for e in rows for a in e.actor)


@pytest.mark.model
def test_one_of_the_people_found_shot_did_not_shoot():
    [document] = _every_row(["Okoro Brandt, 24, of Dayton, Ohio, was among four people found shot on the 1800 block "
                             "of North 5th Avenue."])
    rows = _triggered(document, "shot")
    assert rows and not any("Brandt" in a.entity_text for e in rows for a in e.actor)


@pytest.mark.model
def test_who_breaks_up_a_fight_assaults_no_one():
    fight, protest = _every_row([
        "DAYTON, Ohio - When a bartender tried to break up the fight, Okoro cut his hand, the report said.",
        "CAIRO - Egyptian riot police broke up the protest near the ministry with batons on Friday."])
    assert not _triggered(fight, "break up")
    assert all(e.event == "ASSAULT" for e in _triggered(protest, "broke up"))


@pytest.mark.model
def test_what_an_asked_for_act_is_for_was_not_done():
    [document] = _every_row(["GENEVA - Calls to establish a panel to investigate abuses in Yemen were rejected "
                             "by the UN Human Rights Council in 2014."])
    rows = _triggered(document, "investigate")
    assert rows and all("hypothetical" in e.aux_mode for e in rows)
    rejected = _triggered(document, "rejected")
    assert all(a.code == "UNO" for e in rejected for a in e.actor)


@pytest.mark.model
def test_a_named_attack_that_only_dates_the_sentence_has_only_its_own_parties():
    [document] = _every_row(["WASHINGTON - A day after the San Bernardino attack, an account linked to the group hailed the "
                             "shootings as an act of vengeance against the United States."])
    rows = _triggered(document, "attack")
    assert rows and not any(r.entity_text == "the United States" for e in rows for r in e.recipient)


@pytest.mark.model
def test_its_before_the_subject_is_that_body():
    # (the Palestinian ministry named before is not "its")
    [document] = _every_row(["GAZA CITY - The Palestinian health ministry counted 40 dead. Explaining its attack on "
                             "the clinic, the Israeli military said that a rocket had been fired from its yard."])
    rows = _triggered(document, "attack")
    assert rows and all([a.code for a in e.actor] == ["ISR"] for e in rows)


@pytest.mark.model
def test_a_strike_vote_is_no_strike():
    [document] = _every_row(["DAYTON, Ohio - The Dayton nurses' union has called a strike vote for Thursday."])
    assert not _triggered(document, "strike")


@pytest.mark.model
def test_people_shot_and_killed_by_police_were_shot_by_police():
    [document] = _every_row(["DAYTON, Ohio - Brandt is among more than 200 people shot and killed by police this "
                             "year."])
    rows = _triggered(document, "shot")
    assert rows and all([a.sector for a in e.actor] == [["COP"]] for e in rows)


@pytest.mark.model
def test_a_first_name_is_not_a_known_surname():
    # David Cameron is known by his surname; "Cameron Lee Okafor" is someone else.
    [document] = _every_row(["SAN JOSE, California - Police arrested Cameron Lee Okafor on Monday."])
    rows = _triggered(document, "arrested")
    assert rows and all([r.code for r in e.recipient] == ["USA"] for e in rows)


@pytest.mark.model
def test_a_site_an_attack_was_of_did_not_kill():
    [document] = _every_row(["DAYTON, Ohio - Her brother was among four Americans killed in the 2021 attack of the "
                             "U.S. mission in Tripoli, Libya."])
    rows = _triggered(document, "killed")
    assert rows and not any("mission" in a.entity_text for e in rows for a in e.actor)


@pytest.mark.model
def test_an_act_given_as_a_reason_happened_whatever_the_clause_supposes():
    [document] = _every_row(["DAYTON, Ohio - Governor Hale said that given his criticism of Mayor Lind it would be "
                             "very hard for Lind to attend."])
    rows = _triggered(document, "criticism")
    assert rows and all("hypothetical" not in e.aux_mode for e in rows)


@pytest.mark.model
def test_who_weighs_in_on_allegations_did_not_make_them():
    [document] = _every_row(["DAYTON, Ohio - Senator Reyes weighed in on allegations against Governor Hale's campaign "
                             "manager, calling the behavior a fireable offense."])
    rows = _triggered(document, "allegations")
    assert rows and not any("Reyes" in a.entity_text for e in rows for a in e.actor)


@pytest.mark.model
def test_what_parties_met_during_is_not_whom_they_met():
    [document] = _every_row(["BEIJING - President Biden and President Xi Jinping met during a Group of 20 "
                             "gathering in China on Friday."])
    rows = _triggered(document, "met")
    assert rows and not any(r.code == "IGO" for e in rows for r in e.recipient)


@pytest.mark.model
def test_where_someone_is_deported_to_is_not_who_deported_him():
    [document] = _every_row(["DAYTON, Ohio - Okoro Brandt grew up in Ohio. After a long jail term, he was "
                             "deported to Nigeria, where he knew no one."])
    rows = _triggered(document, "deported")
    assert rows and not any(a.code == "NGA" for e in rows for a in e.actor)


@pytest.mark.model
def test_a_lawsuits_by_and_against_phrases_parsed_on_the_verb_are_its_own():
    [document] = _every_row(["DAYTON, Ohio - Records showed that he funded lawsuits by Mayor Lind against the "
                             "Dayton Daily Ledger."])
    rows = _triggered(document, "lawsuits")
    assert rows and all([a.entity_text for a in e.actor] == ["Mayor Lind"] for e in rows)


@pytest.mark.model
def test_a_list_read_as_an_apposition_gives_the_act_no_other_items_parties():
    [document] = _every_row(["It comes after Friday's Munich mall shooting, a Nigerian man blowing himself up near "
                             "a French concert hall and a machete attack in Bavaria on Sunday."])
    rows = _triggered(document, "shooting")
    assert rows and not any("concert hall" in r.entity_text or "man" in r.entity_text for e in rows for r in e.recipient)


@pytest.mark.model
def test_the_victim_of_an_abduction_someone_is_charged_in_did_not_charge():
    [document] = _every_row(["DAYTON, Ohio - A Kettering man charged in the abduction and killing of a Dayton woman was "
                             "found unfit for trial."])
    rows = _triggered(document, "charged")
    assert rows and not any("woman" in a.entity_text for e in rows for a in e.actor)


@pytest.mark.model
def test_a_quantifier_subject_stands_for_its_of_phrase_not_the_owner_inside():
    [document] = _every_row(["DAYTON, Ohio - On Tuesday, both of Governor Hale's remaining rivals for the nomination "
                             "criticized his handling of the strike."])
    rows = _triggered(document, "criticized")
    assert rows and all(len(e.actor) == 1 and "rivals" in e.actor[0].entity_text for e in rows)


@pytest.mark.model
def test_an_international_body_a_complaint_is_lodged_with_hears_it_a_state_is_its_target():
    body, state = _every_row([
        "On Friday, Chad's government filed a formal complaint with the UN Security Council, "
        "arguing that Niger was massing troops on the border.",
        "On Tuesday, Chad lodged a formal complaint with Niger over the border raid."])
    rows = _triggered(body, "complaint")
    assert rows and not any(r.code == "UNO" for e in rows for r in e.recipient)
    rows = _triggered(state, "complaint")
    assert rows and all([r.code for r in e.recipient] == ["NER"] for e in rows)


@pytest.mark.model
def test_what_a_party_is_convicted_of_is_not_its_name_nor_is_a_misparsed_apposition_a_party():
    convicted, accused, titled = _every_row([
        "On Monday, a jury in Dayton, Ohio, convicted Mark Ellery of second-degree murder in the killing of his "
        "neighbour, 41-year-old Dana Pruitt.",
        "Chad accuses Niger of air strike on border town",
        "Supporters in Ohio accused the former secretary of state, in a letter, of lying about the deal."])
    rows = _triggered(convicted, "convicted")
    assert rows and all([r.entity_text for r in e.recipient] == ["Mark Ellery"] for e in rows)
    rows = _triggered(accused, "accuses")
    assert rows and all([r.entity_text for r in e.recipient] == ["Niger"] for e in rows)
    rows = _triggered(titled, "accused")  # "of state" completes the title
    assert rows and all([r.entity_text for r in e.recipient] == ["the former secretary of state"] for e in rows)


@pytest.mark.model
def test_investigations_by_reporters_or_voters_are_no_events_and_whom_a_party_hires_does_the_work():
    reporter, hired, intended = _every_row([
        "A reporter for the Daily Ledger in Dayton, Ohio, investigated the mayor's spending last year.",
        "Brightline is the firm the Ohio Democratic Party has hired to investigate the break-in at its offices in "
        "Dayton.",
        "In Dayton, Ohio, the Ledger made known its plan to do a full investigation of the mayor's spending."])
    assert not _triggered(reporter, "investigated")
    assert not any(a.entity_text == "the Ohio Democratic Party" for e in _triggered(hired, "investigate")
                   for a in e.actor)
    rows = _triggered(intended, "investigation")
    assert rows and all("future" in e.aux_mode for e in rows)


def test_a_group_pronoun_read_as_the_target_itself_is_no_actor():
    from wirecoder.document import Actor
    from wirecoder.events.roles import _pronoun_for_the_target

    they = Actor("They", None, "USA", ["COP"], 0, 4)
    police = Actor("the NYPD", "NYPD", "USA", ["COP"], 30, 38)
    crowd = Actor("They", None, "USA", ["CVL"], 0, 4)
    assert _pronoun_for_the_target(they, [police])
    assert not _pronoun_for_the_target(crowd, [police])
    assert not _pronoun_for_the_target(Actor("Officers", None, "USA", ["COP"], 0, 8), [police])


@pytest.mark.model
def test_climbers_killed_with_no_killer_named_died_in_an_accident():
    accident, attack = _every_row(["Two Canadian climbers killed in Peru",
                                   "Two hikers were killed by gunmen in Kenya on Monday."])
    assert not _triggered(accident, "killed")
    assert _triggered(attack, "killed")


@pytest.mark.model
def test_a_road_user_killed_with_nothing_said_of_how_died_on_the_road():
    crash, shooting = _every_row([
        "Officers said the motorcyclist was killed, and the pillion rider was taken to hospital with serious injuries.",
        "Officers said the motorcyclist was killed by a gunman, and the pillion rider was taken to hospital."])
    assert not _triggered(crash, "killed")
    assert _triggered(shooting, "killed")


@pytest.mark.model
def test_a_mishap_told_of_a_harm_beside_the_killing_explains_it():
    # (The "when" clause hangs on "hurt" or "injured", told with "killed".)
    fell, collapsed, shot, struck = _every_row([
        "A boy was killed and two walkers were hurt when an old oak fell across the towpath in Oxford, officials said.",
        "A man was killed and two others were injured when a wall collapsed onto a market stall in Lagos, police said.",
        "A man was killed and two others were injured when soldiers fired on a market in Lagos, police said.",
        "At least nine members of one family were killed when their home collapsed after it was struck by rockets, "
        "relatives said."])
    assert not _triggered(fell, "killed") and not _triggered(collapsed, "killed")
    assert _triggered(shot, "killed") or _triggered(shot, "fired")
    assert _triggered(struck, "killed")  # (a collapse an attack caused)


@pytest.mark.model
def test_who_is_injured_in_a_passive_without_be_underwent_it():
    [bombed] = _every_row(["Some 30 people have died, four of them Germans and over 200 injured since a bomb tore "
                           "through a cafe in Kabul on Friday."])
    rows = _triggered(bombed, "injured")
    assert rows and not any(a.code == "DEU" for a in rows[0].actor)
    assert [r.code for r in rows[0].recipient] == ["DEU"]


@pytest.mark.model
def test_a_headlines_shot_at_with_nothing_after_at_is_passive():
    shot_at, shooting = _every_row(["Ohio deputies shot at during traffic stop",
                                    "Gunman shot at deputies during traffic stop"])
    rows = _triggered(shot_at, "shot")
    assert rows and [r.entity_text for r in rows[0].recipient] == ["Ohio deputies"]
    assert not any(a.entity_text == "Ohio deputies" for a in rows[0].actor)
    assert [a.entity_text for a in _triggered(shooting, "shot")[0].actor] == ["Gunman"]


@pytest.mark.model
def test_a_building_named_on_an_attack_did_not_do_it():
    killed, held, arrested = _every_row([
        "Last week's British Embassy bombing in Khartoum killed four guards.",
        "A driver was held in connection with last week's deadly British Embassy bombings in Sudan.",
        "A chemist was detained in connection with last month's fatal U.S. Embassy blasts in Ghana and Togo."])
    rows = _triggered(killed, "killed")
    assert rows and [a.sector for a in rows[0].actor] == [["UAF"]]
    assert all(a.code != "GBR" for e in _triggered(held, "bombings") if e.event == "ASSAULT" for a in e.actor)
    rows = _triggered(arrested, "detained")
    assert rows and not any(a.code == "USA" for a in rows[0].actor)


@pytest.mark.model
def test_who_was_the_target_of_an_act_received_it():
    [assault] = _every_row(["Li Wei was the victim of a brutal assault outside his home in Shanghai."])
    rows = _triggered(assault, "assault")
    assert rows and [r.entity_text for r in rows[0].recipient] == ["Li Wei"]


@pytest.mark.model
def test_where_a_traveller_came_from_is_only_the_travellers():
    ambush, killed = _every_row([
        "Three border guards and a young backpacker from Chile were wounded in the ambush, officials said.",
        "Two soldiers and a retired teacher from Canada died in an ambush near the border on Sunday."])
    guards = [r for e in _triggered(ambush, "wounded") for r in e.recipient if r.entity_text == "Three border guards"]
    assert guards and all(r.code != "CHL" for r in guards)
    codes = {r.entity_text: r.code for e in _triggered(killed, "ambush") for r in e.recipient}
    assert codes.get("Two soldiers") != "CAN" and codes.get("a retired teacher") == "CAN"


@pytest.mark.model
def test_accused_before_a_title_and_a_name_describes_them():
    listed, accusing = _every_row(["Police added a fraud suspect and accused bomb maker Ali Hassan to the list on "
                                   "Monday.", "They marched and accused police officers of brutality."])
    assert not _triggered(listed, "accused")
    assert _triggered(accusing, "accused")


@pytest.mark.model
def test_who_underwent_an_act_in_a_place_after_them_is_of_that_place_not_the_setting():
    [document] = _every_row(["NICOSIA, Cyprus (AP) — The Cypriot government condemned the attacks on Saturday. Five people "
                             "were killed on Friday when a truck bomb went off just outside the French embassy in the "
                             "Ecuadorian capital Quito."])
    assert document.setting == "CYP"
    rows = _triggered(document, "killed")
    assert rows and [r.code for r in rows[0].recipient] == ["ECU"]


@pytest.mark.model
def test_the_attack_someone_was_killed_in_is_neither_its_target_nor_made_by_a_building():
    embassy, airstrike = _every_row(["Nine Britons were killed in the Mali embassy bombing.",
                                     "Two farmers were killed in an Israeli airstrike near the fence."])
    rows = _triggered(embassy, "killed")
    assert rows and not any(a.code == "MLI" for a in rows[0].actor)
    rows = _triggered(airstrike, "killed")
    assert rows and [r.entity_text for r in rows[0].recipient] == ["Two farmers"]


@pytest.mark.model
def test_who_names_an_act_did_not_do_it():
    [named] = _every_row(["Six nurses in Mali were killed on Sunday in what the UN envoy called a cowardly crime."])
    rows = _triggered(named, "killed")
    assert rows and not any(a.code == "UNO" for a in rows[0].actor)


@pytest.mark.model
def test_a_threat_carried_out_is_no_threat():
    kept, made = _every_row(["The gang kept its promise to execute the hostage, and his body was found on Friday.",
                             "Kidnappers threatened to kill the shopkeeper."])
    assert not [e for e in kept.events if e.event == "THREATEN"]
    assert [e for e in made.events if e.event == "THREATEN"]


@pytest.mark.model
def test_a_protest_its_doers_only_plan_is_still_to_come():
    [planned] = _every_row(["Demonstrators planned a big march in downtown Lima on Sunday."])
    rows = [e for e in planned.events if e.event == "PROTEST"]
    assert rows and all("future" in e.aux_mode for e in rows)


@pytest.mark.model
def test_those_killed_in_a_battle_fought_it_and_no_unidentified_attacker_did():
    battle, clashes = _every_row(["Three soldiers and 11 militants were killed in the battle near Gao.",
                                  "Four villagers were killed in clashes on Sunday."])
    [row] = _triggered(battle, "killed")
    assert sorted(a.sector[0] for a in row.actor) == ["MIL", "REB"] and not row.recipient
    assert not any("UAF" in a.sector for e in _triggered(clashes, "killed") for a in e.actor)


@pytest.mark.model
def test_animals_culled_by_the_thousand_are_no_attack():
    [culled] = _every_row(["The village has been quarantined and thousands of chickens have been killed to contain "
                           "the outbreak, officials said."])
    assert not _triggered(culled, "killed")


@pytest.mark.model
def test_an_act_someone_is_about_to_undergo_is_still_to_come():
    [about] = _every_row(["A banker about to be indicted by federal prosecutors died on Tuesday."])
    rows = _triggered(about, "indicted")
    assert rows and all("future" in e.aux_mode for e in rows)


@pytest.mark.model
def test_attackers_who_emptied_their_guns_in_another_clause_are_not_unidentified():
    [robbed] = _every_row(["A grocer was killed on Friday night when two masked robbers emptied their pistols into "
                           "his shop, police said."])
    assert not any("UAF" in a.sector for e in _triggered(robbed, "killed") for a in e.actor)


@pytest.mark.model
def test_fighting_for_ones_life_is_no_fight():
    [stabbed] = _every_row(["Two men were left fighting for their lives after being stabbed outside a pub in Glasgow."])
    assert not _triggered(stabbed, "fighting")
    rows = _triggered(stabbed, "stabbed")
    assert rows and [r.entity_text for r in rows[0].recipient] == ["Two men"]


@pytest.mark.model
def test_a_charge_named_by_the_verdict_on_it_is_no_accusation():
    [convicted, filed] = _every_row([
        "In Ohio, Mark Ellery, the pastor convicted of fraud, racketeering and federal tax charges, was moved to a "
        "prison in Kansas.",
        "Prosecutors in Ohio filed charges against Mark Ellery on Monday."])
    assert not [e for e in convicted.events if e.event == "ACCUSE" and e.event_text == "charges"]
    assert [e for e in filed.events if e.event == "ACCUSE" and e.event_text == "charges"]


@pytest.mark.model
def test_the_country_a_border_is_shared_with_is_not_the_target():
    [bombed] = _every_row(["The Zuma Front said it had bombed smuggling tunnels across the border with Niger, in the "
                           "north, and hit ten other sites across Chad."])
    rows = _triggered(bombed, "bombed")
    assert rows and not any(r.code == "NER" for e in rows for r in e.recipient)


@pytest.mark.model
def test_the_place_in_an_acts_name_is_not_whom_an_inquiry_into_it_targets():
    [inquiry] = _every_row(["In May, Ohio Republicans issued findings from a 26-month investigation into the "
                            "Benghazi attacks, which faulted the State Department."])
    rows = _triggered(inquiry, "investigation")
    assert rows and not any(r.code == "LBY" for e in rows for r in e.recipient)


@pytest.mark.model
def test_what_happens_as_a_rule_in_any_tense_is_no_event():
    career, habit, sometimes, act = _every_row([
        "Her political career in Ohio has been constantly investigated, all to no avail.",
        "Police in Ohio often arrested protesters during the 1990s.",
        "Peacekeepers in Chad have sometimes been accused of abusing the villagers they were sent to shield.",
        "Police in Ohio arrested the protesters on Monday."])
    assert not career.events and not habit.events and not _triggered(sometimes, "accused")
    assert _triggered(act, "arrested")


@pytest.mark.model
def test_an_inquiry_named_again_under_a_preposition_is_no_new_act():
    cooperate, opened = _every_row(["In Dayton, Ohio, the mayor said she stood willing to cooperate with the "
                                    "investigation.",
                                    "Police in Dayton, Ohio, have opened an investigation into the mayor."])
    assert not _triggered(cooperate, "investigation")
    assert _triggered(opened, "investigation")


@pytest.mark.model
def test_protesters_acted_upon_or_described_by_their_own_clause_hold_no_protest():
    left, checked, marched, fed = _every_row([
        "Some 40 more protesters who had pushed into the foyer in Dayton, Ohio, quit the building when police asked.",
        "Officers in Dayton, Ohio, kept a careful eye on the welfare of elderly demonstrators.",
        "Hundreds of protesters marched through Dayton, Ohio, on Monday.",
        "PHILADELPHIA — A stand was set up near the gate, offering protesters free lemonade and cookies."])
    # (the last parsed with "free" as the protesters' predicate)
    assert not [e for e in left.events + checked.events + fed.events if e.event == "PROTEST"]
    assert [e for e in marched.events if e.event == "PROTEST"]


@pytest.mark.model
def test_politically_charged_is_no_charge_and_a_topic_named_inquiry_named_again_is_no_new_act():
    charged, shadow, both = _every_row([
        "The account adds a voice to the record on the raid, an episode that remains so politically charged that "
        "Senator Hale made it the center of his remarks.",
        "Officials in Dayton, Ohio, said the general's conviction now hangs over the email "
        "investigation.",
        "Governor Hale unloaded on Senator Reyes in a speech in Ohio on Sunday, accusing Reyes's backers of sexism "
        "and his campaign of made-up attacks."])
    assert not _triggered(charged, "charged") and not _triggered(shadow, "investigation")
    rows = _triggered(both, "accusing")
    assert rows and all("his campaign" in [r.entity_text for r in e.recipient] for e in rows)


@pytest.mark.model
def test_the_unnamed_side_a_states_forces_fight_at_home_is_of_their_country():
    [document] = _every_row([
        "Police in Dayton, Ohio, said the couple had fired shots. Chadian security forces were engaged in fierce "
        "clashes with fighters of an armed group; that is a hardline militant group which operates from eastern Chad."])
    rows = _triggered(document, "clashes")
    assert rows and all([a.code for a in e.actor] == ["TCD", "TCD"] and not e.recipient for e in rows)


@pytest.mark.model
def test_where_someone_was_born_is_no_party_and_a_magazine_investigates_as_journalists_do():
    born, magazine = _every_row([
        "Governor Hale said the U.S. district judge overseeing the Brightline lawsuits, the Indiana-born Dana "
        "Curtis, can't be impartial.",
        "The New Yorker investigates the mayor's failure to close the jail in Dayton, Ohio."])
    assert not any(r.entity_text == "Indiana" for e in born.events for r in e.recipient + e.actor)
    assert not _triggered(magazine, "investigates")


@pytest.mark.model
def test_what_the_verb_says_of_a_subject_is_no_party_to_an_act_deep_inside_it():
    inside, heads = _every_row([
        "Dana Pruitt, one of two gunmen involved in the Dayton attacks, posted her allegiance to the Zuma Front on "
        "Facebook minutes before the shootings.",
        "The bombing of the school in Dayton, Ohio, killed 20 people on Monday."])
    assert not any(r.entity_text == "her" for e in _triggered(inside, "attacks") for r in e.recipient)
    rows = _triggered(heads, "bombing")
    assert rows and all([r.entity_text for r in e.recipient] == ["20 people"] for e in rows)



@pytest.mark.model
def test_the_people_a_gathering_is_of_hold_it():
    [document] = _every_row(["Dayton, Ohio, is allowing daylong rallies of Reyes supporters in Riverside Park "
                             "throughout the convention."])
    rows = [e for e in document.events if e.event == "PROTEST"]
    assert rows and all([a.entity_text for a in e.actor] == ["Reyes supporters"] for e in rows)


@pytest.mark.model
def test_victims_never_act_in_the_violence_they_suffer():
    [document] = _every_row(["Police said Reyes was aiming at rival gang members when Ortiz and the other two "
                             "victims hurt or killed in the shoot-out of Dayton, Ohio."])
    for row in [e for e in document.events if e.event == "ASSAULT"]:
        assert not [a for a in row.actor if "victims" in a.entity_text]


@pytest.mark.model
def test_who_brings_on_an_inquiry_provokes_it_and_does_not_lead_it():
    [document] = _every_row(["Governor Hale and his aide Omar Reyes had helped bring on the federal investigation "
                             "in Ohio by denying the reports."])
    for row in [e for e in document.events if e.event_text == "investigation"]:
        assert not [a for a in row.actor if a.name in ("Omar Reyes",) or "Hale" in (a.entity_text or "")]


@pytest.mark.model
def test_roles_listed_together_share_the_country_the_last_is_of():
    [document] = _every_row(["In Niamey, Prime Minister Amira Farouk of Niger held talks with the president, premier "
                             "and finance minister of Chad on Friday."])
    rows = [e for e in document.events if e.event == "CONSULT"]
    assert rows and all({a.code for a in e.actor} == {"NER", "TCD"} and not e.recipient for e in rows)


@pytest.mark.model
def test_the_names_on_a_list_are_not_the_people_named():
    [document] = _every_row(["The Corvin Trust in Toledo, Ohio, refused to hand over the names of its 250 donors."])
    assert document.events
    for row in document.events:
        assert not [r for r in row.recipient if "donors" in r.entity_text]


@pytest.mark.model
def test_who_a_passive_says_used_a_thing_does_what_it_was_used_for():
    [document] = _every_row(["In Sanford, Florida, police officer Omar Reyes held up the gun used by Dana Pell to kill "
                             "Marcus Hale."])
    rows = [e for e in document.events if e.event == "ASSAULT"]
    assert rows and all([a.entity_text for a in e.actor] == ["Dana Pell"] for e in rows)


@pytest.mark.model
def test_the_passive_subject_of_a_governing_clause_is_not_the_target():
    [document] = _every_row(["Experts in Dayton, Ohio, said that once Mary Hale filed her complaint, the police were "
                             "obliged to investigate it."])
    rows = [e for e in document.events if e.event_text == "complaint"]
    assert rows and not [r for e in rows for r in e.recipient if "COP" in r.sector]


@pytest.mark.model
def test_a_headline_passive_read_as_active_is_done_by_its_by_phrase():
    [document] = _every_row(["Following Death of Dayton Teen Killed By Police"])
    rows = [e for e in document.events if e.event == "ASSAULT"]
    assert rows and all([a.entity_text for a in e.actor] == ["Police"] and not e.recipient for e in rows)


@pytest.mark.model
def test_where_and_on_whom_an_act_noun_subject_was_done_did_not_do_it():
    [place, target] = _every_row(["Truck attack in France kills dozens.",
                                  "When the shelling of UN schools that sheltered displaced families in Gaza killed more "
                                  "than 40 people, Israel was blamed."])
    for row in [e for e in place.events if e.event == "ASSAULT"]:
        assert not [a for a in row.actor if a.entity_text == "France"]
    for row in [e for e in target.events if e.event_text == "killed"]:
        assert not [a for a in row.actor if "centres" in a.entity_text or "schools" in a.entity_text]


@pytest.mark.model
def test_a_verb_joined_to_a_bare_passive_participle_is_passive_too():
    [document] = _every_row(["Tanner Marlow is one of at least 40 people shot and killed by deputies across Kansas "
                             "since January, state records show."])
    rows = [e for e in document.events if e.event == "ASSAULT"]
    assert rows and all("COP" in a.sector for e in rows for a in e.actor if a.entity_text)
    assert not [a for e in rows for a in e.actor if "people" in a.entity_text or "person" in a.entity_text]


def _implied(row) -> list[tuple]:
    return [(a.code, a.sector) for a in row.actor if not a.entity_text]


@pytest.mark.model
def test_charges_no_one_is_said_to_bring_are_the_states():
    faces, filed, accused = _every_row([
        "DAYTON, Ohio — Harlan Moss faces three burglary charges after a break-in on Elm Street.",
        "DAYTON, Ohio — New charges of fraud were filed against Harlan Moss on Monday.",
        "DAYTON, Ohio — Harlan Moss is accused of stealing four cars from a dealership."])
    for document, word in ((faces, "charges"), (filed, "charges"), (accused, "accused")):
        rows = _triggered(document, word)
        assert rows and all(_implied(e) for e in rows), word
        assert all(a.code == "USA" for e in rows for a in e.actor)
    assert all(_implied(e) == [("USA", ["JUD"])] for e in _triggered(faces, "charges"))
    # An accusation need not be a prosecutor's: no sector is claimed for it.
    assert all(_implied(e) == [("USA", [])] for e in _triggered(accused, "accused"))


@pytest.mark.model
def test_who_serves_a_sentence_for_a_conviction_was_convicted():
    [document] = _every_row([
        "DAYTON, Ohio — Harlan Moss was serving a life sentence for a 2004 burglary conviction in Greene County."])
    rows = _triggered(document, "conviction")
    assert rows
    for row in rows:
        assert [r.entity_text for r in row.recipient] == ["Harlan Moss"]
        assert _implied(row) == [("USA", ["JUD"])]


@pytest.mark.model
def test_an_attack_in_words_is_no_assault_and_an_effort_of_someone_is_theirs():
    words, ad, rockets, effort = _every_row([
        "In Ohio, a donor tried to attack Mayor Tom Reyes by skywriting insults over the stadium.",
        "In Ohio, the Dana Whitlock campaign attacked Mayor Tom Reyes with a new ad on Tuesday.",
        "In Dayton, Ohio, gunmen attacked the police station by firing rockets at it.",
        "In Ohio, the council praised the efforts of one donor to attack Mayor Tom Reyes."])
    assert not [e for d in (words, ad) for e in d.events if e.event == "ASSAULT"]
    assert [e for e in rockets.events if e.event == "ASSAULT"]
    rows = _triggered(effort, "attack")
    assert rows and all([a.entity_text for a in e.actor] == ["one donor"] for e in rows)


def test_a_singular_relative_clause_describes_the_nearest_of_two_joined_nouns(make_doc):
    from wirecoder.events.roles.syntax import _relative_antecedent

    # Police hit Whitlock and his wife , who was/were detained . (the clause parsed onto "Whitlock")
    for verb, tag, expected in (("was", "VBD", "wife"), ("were", "VBD", "Whitlock"), ("is", "VBZ", "wife")):
        doc = make_doc(words=["Police", "hit", "Whitlock", "and", "his", "wife", ",", "who", verb, "detained", "."],
                       heads=[1, 1, 1, 2, 5, 2, 2, 9, 9, 2, 1],
                       deps=["nsubj", "ROOT", "dobj", "cc", "poss", "conj", "punct", "nsubjpass", "auxpass", "relcl",
                             "punct"],
                       pos=["NOUN", "VERB", "PROPN", "CCONJ", "PRON", "NOUN", "PUNCT", "PRON", "AUX", "VERB", "PUNCT"],
                       tags=["NNS", "VBD", "NNP", "CC", "PRP$", "NN", ",", "WP", tag, "VBN", "."])
        assert _relative_antecedent(doc[9], doc[7]).text == expected


def _unidentified(row) -> bool:
    return any(a.sector == ["UAF"] and a.code is None and not a.entity_text for a in row.actor)


@pytest.mark.model
def test_violence_told_with_its_means_and_no_attacker_has_an_unidentified_one():
    shot, bombs, struck, sunday = _every_row([
        "DAYTON, Ohio — Harlan Moss had been shot twice in the head, the county sheriff said.",
        "On Thursday two bombs fell on the camp near the river, witnesses said.",
        "DAYTON, Ohio — A woman was hit by stray gunfire outside a school and died.",
        "Four people were hurt in Sunday's bombing near the old station."])  # a day owns no bombing
    for document in (shot, bombs, struck, sunday):
        rows = [e for e in document.events if e.event == "ASSAULT"]
        assert rows and all(_unidentified(e) for e in rows), document.text
    # Kept with a coded actor required (the text says who acted as far as it
    # knows) where its target has a code, or where the text names no
    # country to code anyone by; in an article set somewhere, a row with no
    # country on either side missed its parties and is left out.
    from wirecoder.pipeline import code_many
    from wirecoder.settings import default_settings

    required = default_settings().with_overrides(min_confidence=0.0)
    set_in_sudan = "KHARTOUM, Sudan — " + bombs.text
    [coded_target, nowhere, uncoded] = code_many([struck.text, bombs.text, set_in_sudan], required)
    assert [e for e in coded_target.events if e.event == "ASSAULT" and _unidentified(e)]
    assert [e for e in nowhere.events if e.event == "ASSAULT" and _unidentified(e)]
    assert uncoded.setting == "SDN" and not [e for e in uncoded.events if e.event == "ASSAULT"]


@pytest.mark.model
def test_no_unidentified_attacker_for_violence_whose_attacker_is_named():
    named, by_officer, truck, owned = _every_row([
        "In 1993, radical zealots bombed a tower in Dayton, Ohio.",
        "DAYTON, Ohio — Harlan Moss was shot twice by an off-duty police officer.",
        "Woman, 52, struck, killed by truck.",  # "struck" carries a mode, but no weapon is told
        "Ruritania's assault on the valley went on, and the shelling of two schools killed 40 people."])
    for document in (named, by_officer, truck, owned):
        assert not [e for e in document.events if _unidentified(e)], document.text


@pytest.mark.model
def test_a_killing_with_no_killer_named_has_an_unidentified_one():
    killed, murdered, wounded = _every_row([
        "DAYTON, Ohio — Harlan Moss was killed on Saturday night while jogging beside the canal.",
        "DAYTON, Ohio — Two clerks were murdered inside the pawn shop last spring.",
        "DAYTON, Ohio — A deputy was also wounded outside the pawn shop, the sheriff said."])
    for document in (killed, murdered, wounded):
        rows = [e for e in document.events if e.event == "ASSAULT"]
        assert rows and all(_unidentified(e) for e in rows), document.text


@pytest.mark.model
def test_no_unidentified_killer_where_a_clause_says_what_happened_or_a_place_points_back():
    from wirecoder.events.filters import killed_by_someone

    silo, where, returned = (_parsed(text) for text in (
        "A farmhand was killed on Monday when a grain silo collapsed beside the barn.",
        "Mourners gathered in the district where the boy was killed.",
        "Okafor was wounded when deputies returned fire."))
    assert not killed_by_someone(next(t for t in silo if t.lemma_ == "kill"))
    assert not killed_by_someone(next(t for t in where if t.lemma_ == "kill"))
    assert not killed_by_someone(next(t for t in returned if t.lemma_ == "wound"))
    assert killed_by_someone(next(t for t in _parsed("The boy was killed on Monday.") if t.lemma_ == "kill"))


@pytest.mark.model
def test_a_present_tense_you_is_anyone_not_an_event():
    generic, told = _every_row(["In Dayton, you go out for milk and you get shot.",
                                "In Dayton, you were shot last week, the officer told Harlan Moss."])
    assert not [e for e in generic.events if e.event == "ASSAULT"]
    assert [e for e in told.events if e.event == "ASSAULT"]


@pytest.mark.model
def test_what_anyone_may_undergo_is_a_law_not_an_event():
    anyone, someone = _every_row([
        "In Freeland, a person can face charges for insulting a judge on the radio.",
        "A Dayton man could face charges after the crash, police said."])
    assert not [e for e in anyone.events if e.event == "ACCUSE"]
    assert [e for e in someone.events if e.event == "ACCUSE"]


@pytest.mark.model
def test_violence_in_the_present_between_bare_pronouns_is_no_event():
    generic, told = _every_row(["\"Folks claim they bomb us since they envy us,\" the farmer told a reporter.",
                                "\"They bombed us twice last night,\" the farmer told a reporter."])
    assert not generic.events
    assert [e for e in told.events if e.event == "ASSAULT"]


@pytest.mark.model
def test_criticism_and_named_accusers_get_no_implied_authority():
    criticism, named = _every_row([
        "DAYTON, Ohio — Mayor Harlan Moss came under criticism for the budget.",
        "DAYTON, Ohio — Mayor Harlan Moss is accused by council members of hiding the budget."])
    assert not [a for e in criticism.events for a in e.actor if not a.entity_text]
    rows = _triggered(named, "accused")
    assert rows and all(not _implied(e) for e in rows)


@pytest.mark.model
def test_criticism_with_no_critic_and_no_target_named_is_no_row():
    nobody, named = _every_row([
        "The new tariff plan is part of a wider campaign meant to quiet mounting criticism in Berlin.",
        "BERLIN — The tariff plan drew sharp criticism from Chancellor Anna Vogt."])
    assert not [e for e in nobody.events if e.event == "ACCUSE"]
    assert [[a.entity_text for a in e.actor] for e in _triggered(named, "criticism")] == [["Chancellor Anna Vogt"]]


@pytest.mark.model
def test_a_pronoun_read_as_the_police_is_not_whom_the_implied_police_arrest():
    [document] = _every_row(["LEEDS, England -- Weeks later the shopkeeper told police the pair had stolen cash from "
                             "him and they were arrested."])
    rows = _triggered(document, "arrested")
    assert rows and all(_implied(e) == [("GBR", ["COP"])] for e in rows)
    assert not [r for e in rows for r in e.recipient if "COP" in r.sector]


@pytest.mark.model
def test_who_seeks_or_wins_backing_gets_it_from_whom_it_names():
    sought, won = _every_row(["COLUMBUS, Ohio — Senator Ann Hale has sought support from farm unions.",
                              "COLUMBUS, Ohio — Senator Ann Hale won the support of farm unions."])
    for document in (sought, won):
        rows = _triggered(document, "support")
        assert rows and all([a.entity_text for a in e.actor] == ["farm unions"] for e in rows)
        assert all([r.name for r in e.recipient] == ["Ann Hale"] for e in rows)


@pytest.mark.model
def test_a_bare_number_in_court_on_charges_is_that_many_people_charged():
    [document] = _every_row(["CORK, Ireland -- Four appear in court on burglary charges."])
    rows = _triggered(document, "charges")
    assert rows and all([(r.entity_text, r.code) for r in e.recipient] == [("Four", "IRL")] for e in rows)


@pytest.mark.model
def test_a_gerund_after_a_preposition_takes_the_governing_subject():
    [document] = _every_row(["DAYTON, Ohio — Harlan Moss was in jail after being convicted of arson."])
    rows = _triggered(document, "convicted")
    assert rows and all([r.entity_text for r in e.recipient] == ["Harlan Moss"] for e in rows)
    assert all(_implied(e) == [("USA", ["JUD"])] for e in rows)


@pytest.mark.model
def test_harm_reported_beside_an_attack_was_done_by_the_attackers():
    attack, battle, crash = _every_row([
        "TOBRUK, Libya — Three guards were killed when Egyptian forces attacked a border post on Monday.",
        "TOBRUK, Libya — Two guards were killed and four were wounded as Egyptian soldiers battled smugglers.",
        "TOBRUK, Libya — Two guards were killed when their truck hit a wall."])
    for document in (attack, battle):
        rows = _triggered(document, "killed")
        assert rows and all([a.code for a in e.actor] == ["EGY"] for e in rows)
    assert not [a for e in _triggered(crash, "killed") for a in e.actor if a.entity_text]


@pytest.mark.model
def test_groups_named_by_their_kind_are_parties():
    [document] = _every_row(["ATLANTA — In 1951 an angry mob beat two farm workers at the county bridge."])
    rows = [e for e in document.events if e.event == "ASSAULT"]
    assert rows and all([(a.code, a.sector) for a in e.actor] == [("USA", ["CVL"])] for e in rows)


@pytest.mark.model
def test_who_takes_the_criticism_in_a_relative_clause_receives_it():
    [document] = _every_row(["RENO, Nevada — Governor Hale says much of the criticism he takes is unfair to his staff."])
    rows = _triggered(document, "criticism")
    assert rows and all(not [a for a in e.actor if a.entity_text] for e in rows)
    assert all([r.entity_text for r in e.recipient] == ["he"] for e in rows)


@pytest.mark.model
def test_gunships_are_the_military_of_where_they_fire():
    [document] = _every_row(["KABUL, Afghanistan — Helicopter gunships fired on the rebel positions near the border."])
    rows = [e for e in document.events if e.event == "ASSAULT"]
    assert rows and all([(a.code, a.sector) for a in e.actor] == [("AFG", ["MIL"])] for e in rows)


@pytest.mark.model
def test_who_calls_accusations_baseless_answers_them():
    [document] = _every_row(["DOVER, Delaware — The governor's office called the accusations baseless and "
                             "politically motivated."])
    rows = _triggered(document, "accusations")
    assert rows and all(not [a for a in e.actor if a.entity_text] for e in rows)
    assert all("The governor's office" in [r.entity_text for r in e.recipient] for e in rows)


@pytest.mark.model
def test_who_an_undergone_act_comes_from_acts():
    drew, voiced = _every_row(["DOVER, Delaware — The budget plan drew sharp criticism from Senate Republicans.",
                               "BERLIN — The chancellor voiced strong support for the French president's plan."])
    criticism = _triggered(drew, "criticism")
    assert criticism and all("Senate Republicans" in [a.entity_text for a in e.actor] for e in criticism)
    support = _triggered(voiced, "support")
    assert support and all([a.code for a in e.actor] == ["DEU"] for e in support)
    assert all([r.code for r in e.recipient] == ["FRA"] for e in support)


@pytest.mark.model
def test_the_city_and_the_audit_act_as_the_government_of_where_they_are():
    from wirecoder.pipeline import code_many
    from wirecoder.settings import default_settings

    # Default settings: the sentences name no coded party, and are still read.
    lifted, blamed = code_many(["DAYTON, Ohio — The mayor spoke on Friday. Early on Monday, the city lifted a "
                                "night-time curfew it had imposed after three days of unrest.",
                                "DAYTON, Ohio — The audit also blames the county water board for the losses."],
                               default_settings())
    for document, word in ((lifted, "the city"), (blamed, "The audit")):
        rows = [e for e in document.events if e.actor and e.actor[0].entity_text == word]
        assert rows and all([(a.code, a.sector) for a in e.actor] == [("USA", ["GOV"])] for e in rows), word
    [shelled] = _every_row(["ALEPPO, Syria — The city was shelled overnight by government forces."])
    assert not [a for e in shelled.events for a in e.actor if a.entity_text == "The city"]


@pytest.mark.model
def test_an_act_something_needs_has_not_happened():
    [document] = _every_row(["DOVER, Delaware — Senator Hale said the contract needs a full investigation."])
    rows = _triggered(document, "investigation")
    assert rows and all("hypothetical" in e.aux_mode for e in rows)


@pytest.mark.model
def test_unnamed_protesters_are_civilians_of_where_they_protest():
    from wirecoder.pipeline import code_many
    from wirecoder.settings import default_settings

    strike, rally, organizer = code_many(["LISBON, Portugal — The minister spoke on Friday. A day after a general "
                                          "strike over pension cuts shut down factories, schools stayed closed.",
                                          "DES MOINES, Iowa — Thousands attended the campaign rally on Friday night.",
                                          "DES MOINES, Iowa — One protest organizer says the party platform ignores "
                                          "the movement."],
                                         default_settings())
    assert not [e for e in organizer.events if e.event == "PROTEST"]
    rows = [e for e in strike.events if e.event == "PROTEST"]
    assert rows and all([(a.code, a.sector) for a in e.actor] == [("PRT", ["CVL"])] for e in rows)
    assert not [e for e in rally.events if e.event == "PROTEST"]


@pytest.mark.model
def test_members_listed_after_including_are_the_plural_subject_that_acts():
    condemned, sanctioned = _every_row([
        "GENEVA — Several countries condemned the attack on the convoy, including Norway and Chile.",
        "GENEVA — Norway imposed sanctions on several countries, including Chile and Peru."])
    rows = _triggered(condemned, "condemned")
    assert rows and all(sorted(a.code for a in e.actor) == ["CHL", "NOR"] for e in rows)
    assert not [r for e in rows for r in e.recipient if r.code in ("CHL", "NOR")]
    for e in _triggered(sanctioned, "sanctions"):
        assert [a.code for a in e.actor] == ["NOR"] and sorted(r.code for r in e.recipient) == ["CHL", "PER"]


@pytest.mark.model
def test_members_listed_after_including_a_passive_subject_undergo_the_act():
    [wounded] = _every_row(["KABUL, Afghanistan — Several members of a visiting delegation, including two "
                            "Norwegian diplomats, were wounded in a bombing on Sunday."])
    rows = _triggered(wounded, "wounded")
    assert rows and all(a.code != "NOR" for e in rows for a in e.actor)
    assert all([r.code for r in e.recipient] == ["NOR"] for e in rows)


@pytest.mark.model
def test_illness_is_no_attack_and_looking_into_it_accuses_no_one():
    killed, case, strain = _every_row([
        "MANILA, Philippines — Her suspected bird flu infection killed her on Tuesday.",
        "OTTAWA, Canada — The food agency is investigating a suspected case of mad cow disease on a farm.",
        "HANOI, Vietnam — A team of health experts is investigating whether the new strain of the virus poses a "
        "threat to farm workers."])
    assert not [e for e in killed.events if e.event == "ASSAULT"]
    assert not _triggered(case, "investigating") and not _triggered(strain, "investigating")
    [police] = _every_row(["OTTAWA, Canada — Police are investigating a shooting at a farm."])
    assert _triggered(police, "investigating")


@pytest.mark.model
def test_weapons_are_no_actors():
    [document] = _every_row(["NAIROBI, Kenya — Suspected bombs exploded outside two hotels on Friday."])
    assert not [a for e in document.events for a in e.actor if "bombs" in a.entity_text]


@pytest.mark.model
def test_a_rally_in_support_of_someone_is_no_protest():
    supporting, against = _every_row([
        "ABUJA, Nigeria — Thousands of people gathered for a rally supporting the general's candidacy.",
        "ABUJA, Nigeria — Thousands of people gathered for a rally against the general's candidacy."])
    assert not [e for e in supporting.events if e.event == "PROTEST"]
    assert [e for e in against.events if e.event == "PROTEST"]


@pytest.mark.model
def test_a_subject_parsed_as_the_object_of_as_still_acts():
    [document] = _every_row(["A reporter and two guards at the bank watched in horror as the robber, who had "
                             "on a mask, fired at least six shots."])
    rows = _triggered(document, "fired")
    assert rows and all([a.entity_text for a in e.actor] == ["the robber"] for e in rows)


@pytest.mark.model
def test_plural_demonyms_that_undergo_an_act_are_its_recipient():
    killed, arrested = _every_row([
        "Three Norwegians were killed by gunmen in Mali on Sunday.",
        "Five Peruvians were arrested by police in Chile on Monday."])
    for document, word, code in ((killed, "killed", "NOR"), (arrested, "arrested", "PER")):
        rows = _triggered(document, word)
        assert rows and all([r.code for r in e.recipient] == [code] for e in rows), word


@pytest.mark.model
def test_a_country_named_before_national_or_citizen_codes_the_person():
    [document] = _every_row(["SYDNEY, Australia — A man admitted stabbing Sri Lanka national Ravi Perera at a "
                             "house in the suburbs."])
    rows = _triggered(document, "stabbing")
    assert rows and all([r.code for r in e.recipient] == ["LKA"] for e in rows)


@pytest.mark.model
def test_charged_with_a_duty_is_no_accusation():
    tasked, accused = _every_row([
        "GENEVA — The council charged the monitors with verifying that the militia had left the towns.",
        "GENEVA — Prosecutors charged the monitor with stealing the council's funds."])
    assert not _triggered(tasked, "charged")
    assert [e.event for e in _triggered(accused, "charged")] == ["ACCUSE"]


@pytest.mark.model
def test_a_name_the_text_calls_a_town_is_no_actor():
    [document] = _every_row(["CAGUAS, Puerto Rico — Ortiz was kidnapped from his small store in the town of "
                             "Villa Sereno at 11 p.m. Wednesday, police said."])
    assert _triggered(document, "kidnapped")
    assert not [a for e in document.events for a in e.actor if "Sereno" in a.entity_text]


@pytest.mark.model
def test_a_crash_and_a_gas_explosion_are_no_attacks_but_an_explosion_near_a_base_may_be():
    crash, gas, base = _every_row([
        "Officials say a driver was killed after crashing his truck on a highway ramp in Lee County.",
        "BEIJING — Two people died and 40 others were injured on Monday in a gas explosion at a bakery in northern China.",
        "Three soldiers were killed in an explosion near the army base in Kabul, officials said."])
    assert not [e for e in crash.events + gas.events if e.event == "ASSAULT"]
    assert [e.event for e in base.events if e.event_text == "killed"] == ["ASSAULT"]


@pytest.mark.model
def test_looking_into_the_cause_of_a_fire_accuses_no_one_but_of_a_shooting_does():
    fire, collision, shooting = _every_row([
        "The cause of the fire is being investigated by local police.",
        "Police are investigating the circumstances of the collision on Route 9.",
        "Police are investigating the cause of the shooting on Main Street."])
    assert not [e for e in fire.events + collision.events if e.event == "ACCUSE"]
    assert [e.event for e in shooting.events if e.event_text == "investigating"] == ["ACCUSE"]


@pytest.mark.model
def test_a_strike_people_went_on_happened_and_one_they_are_going_on_is_to_come():
    went, going = _every_row([
        "In Dayton, Ohio, nurses went on strike against the hospital chain over staffing levels.",
        "In Dayton, Ohio, nurses are going to strike against the hospital chain over staffing levels."])
    rows = _triggered(went, "strike")
    assert rows and all("future" not in e.aux_mode for e in rows)
    rows = _triggered(going, "strike")
    assert rows and all("future" in e.aux_mode for e in rows)


@pytest.mark.model
def test_the_automaker_a_strike_is_against_is_its_target():
    [document] = _every_row(["In Dayton, Ohio, the union ended a six-week strike against the automaker on Friday."])
    rows = _triggered(document, "strike")
    assert rows and all([(r.entity_text, r.code, r.sector) for r in e.recipient] == [("the automaker", "USA", ["BUS"])]
                        for e in rows)


@pytest.mark.model
def test_signing_a_law_is_no_support_but_signing_a_pact_is_an_event():
    from wirecoder.events.detector import use_detector

    use_detector(_reading("SUPPORT"))
    bill, laws, pact = _every_row([
        "In Jackson, Mississippi, Governor Hale signed the bill into law on April 5.",
        "In Washington, President Reyes signed a variety of environmental laws.",
        "In Moscow, the Russian president signed a defence pact with China on Tuesday."])
    assert not _triggered(bill, "signed")
    assert not _triggered(laws, "signed")
    assert [e.event for e in _triggered(pact, "signed")] == ["SUPPORT"]


@pytest.mark.model
def test_a_known_leader_is_tried_at_home_unless_a_place_says_otherwise():
    essay, abroad = _every_row([
        "NEW YORK — In 1924, Hitler was sentenced to five years, the minimum for treason.",
        "NEW YORK — In 1924, Hitler was sentenced to five years in Paris."])
    [row] = _triggered(essay, "sentenced")
    assert [(a.code, a.sector) for a in row.actor] == [("DEU", ["JUD"])]
    # The apposition parsed onto "Hitler" from beyond its verb is not part of his name.
    assert [(r.entity_text, r.code) for r in row.recipient] == [("Hitler", "DEU")]
    assert all(a.code == "FRA" for e in _triggered(abroad, "sentenced") for a in e.actor)


@pytest.mark.model
def test_the_crowds_a_protest_drew_are_not_its_target():
    [document] = _every_row(["In Lansing, Michigan, the protests have drawn crowds of several thousand people."])
    rows = _triggered(document, "protests")
    assert rows and all(not e.recipient for e in rows)


@pytest.mark.model
def test_a_newsrooms_investigation_is_no_accusation_but_the_fbis_is():
    newsroom, fbi = _every_row([
        "In New York, a CNN investigation into Senator Reyes found no wrongdoing.",
        "In New York, the FBI investigation into Senator Reyes is continuing."])
    assert not _triggered(newsroom, "investigation")
    assert [e.event for e in _triggered(fbi, "investigation")] == ["ACCUSE"]


@pytest.mark.model
def test_a_strike_at_a_companys_plant_is_against_the_company():
    plant, named = _every_row([
        "In Everett, Washington, workers went on strike at the Boeing plant on Friday.",
        "In Flint, Michigan, a strike was called at the General Motors factory this week."])
    rows = _triggered(plant, "strike")
    assert rows and all([(r.entity_text, r.code, r.sector) for r in e.recipient] == [("Boeing", "USA", ["BUS"])]
                        for e in rows)
    rows = _triggered(named, "strike")
    assert rows and all([r.entity_text for r in e.recipient] == ["General Motors"] for e in rows)


@pytest.mark.model
def test_a_title_case_headlines_subject_parsed_as_a_compound_still_undergoes_its_passive():
    # "Driver" hangs on "Charged" as a compound: it had been the actor, and
    # the charges ("DWI") the recipients.
    [document] = _every_row([
        "A woman was killed in a crash in Queens on Friday.\n\nDriver Charged With DWI, Vehicular Manslaughter\n\n"
        "The crash happened in Queens, New York, on Friday."])
    [accuse] = [e for e in document.events if e.event == "ACCUSE"]
    assert [r.entity_text for r in accuse.recipient] == ["Driver"]
    assert [(a.entity_text, a.sector) for a in accuse.actor] == [("", ["JUD"])]


@pytest.mark.model
def test_a_state_after_its_town_in_a_locative_phrase_is_no_actor():
    # "New York" parses as a modifier of "Hill", not as the object of "in".
    [document] = _every_row(["A Queens man was killed in Richmond Hill, New York, on Friday."])
    [assault] = [e for e in document.events if e.event == "ASSAULT"]
    assert [(a.entity_text, a.code) for a in assault.actor] == [("", "USA")]


@pytest.mark.model
def test_a_street_address_is_no_party_of_the_clause():
    # The parse makes "St." a second passive subject of "arrested".
    [document] = _every_row(["Jane Roe, 19, of 1935 Orchard St., Alexandria, Virginia, was arrested on Monday."])
    [coerce] = [e for e in document.events if e.event == "COERCE"]
    assert [r.entity_text.split(",")[0] for r in coerce.recipient] == ["Jane Roe"]



@pytest.mark.model
def test_whom_the_clause_of_a_nominal_act_affects_is_not_its_target():
    # "him" is the object of "left", whose subject is the investigation.
    [document] = _every_row(["Peter Brandt of the United Nations said an initial investigation left him "
                             "sure there were no fighters at the clinic."])
    rows = _triggered(document, "investigation")
    assert rows and all(not e.recipient for e in rows)


@pytest.mark.model
def test_who_names_what_the_act_targets_is_not_its_target():
    # "he" is the subject of "called", the governor himself.
    [document] = _every_row(["In Texas, Governor Greg Abbott denounced what he called the reckless plan of the "
                             "Obama administration."])
    [accuse] = _triggered(document, "denounced")
    assert [("Obama administration" in r.entity_text, r.sector) for r in accuse.recipient] == [(True, ["GOV"])]


def test_a_name_the_parse_hangs_on_a_fronted_participles_clause_is_the_subject(make_doc):
    from wirecoder.events.roles.subjects import _subjects

    # "Standing alongside Dolores Lopez, Rosa Diaz accused Blake.": the parse
    # makes Diaz one more object of "alongside".
    words = ["Standing", "alongside", "Dolores", "Lopez", ",", "Rosa", "Diaz", "accused", "Blake", "."]
    doc = make_doc(words=words, heads=[7, 0, 3, 1, 3, 6, 3, 7, 7, 7],
                   deps=["advcl", "prep", "compound", "pobj", "punct", "compound", "conj", "ROOT", "dobj", "punct"],
                   pos=["VERB", "ADP", "PROPN", "PROPN", "PUNCT", "PROPN", "PROPN", "VERB", "PROPN", "PUNCT"],
                   tags=["VBG", "IN", "NNP", "NNP", ",", "NNP", "NNP", "VBD", "NNP", "."])
    assert [t.text for t in _subjects(doc[7])] == ["Diaz"]
    # Read right ("Standing alongside Lopez, Diaz accused Blake" with Diaz as
    # the subject), nothing changes; nor without the comma.
    doc = make_doc(words=words, heads=[7, 0, 3, 1, 7, 6, 7, 7, 7, 7],
                   deps=["advcl", "prep", "compound", "pobj", "punct", "compound", "nsubj", "ROOT", "dobj", "punct"],
                   pos=["VERB", "ADP", "PROPN", "PROPN", "PUNCT", "PROPN", "PROPN", "VERB", "PROPN", "PUNCT"],
                   tags=["VBG", "IN", "NNP", "NNP", ",", "NNP", "NNP", "VBD", "NNP", "."])
    assert [t.text for t in _subjects(doc[7])] == ["Diaz"]


def test_a_name_the_parse_made_an_apposition_of_a_fronted_participles_object_is_the_subject(make_doc):
    from wirecoder.actors import phrase_tokens
    from wirecoder.events.roles.subjects import _subjects

    # "Speaking to reporters, Reed, who lost, criticized Hale.": the parse
    # makes Reed an apposition of "reporters", and the verb has no subject.
    words = ["Speaking", "to", "reporters", ",", "Reed", ",", "who", "lost", ",", "criticized", "Hale", "."]
    doc = make_doc(words=words, heads=[9, 0, 1, 2, 2, 4, 7, 4, 9, 9, 9, 9],
                   deps=["advcl", "prep", "pobj", "punct", "appos", "punct", "nsubj", "relcl", "punct", "ROOT",
                         "dobj", "punct"],
                   pos=["VERB", "ADP", "NOUN", "PUNCT", "PROPN", "PUNCT", "PRON", "VERB", "PUNCT", "VERB", "PROPN",
                        "PUNCT"],
                   tags=["VBG", "IN", "NNS", ",", "NNP", ",", "WP", "VBD", ",", "VBD", "NNP", "."])
    assert [t.text for t in _subjects(doc[9])] == ["Reed"]
    # (one name cannot rename many: neither phrase holds the other)
    assert [t.text for t in phrase_tokens(doc[2])] == ["reporters"]
    assert [t.text for t in phrase_tokens(doc[4])] == ["Reed"]


def test_what_an_attack_is_aimed_at_is_what_its_speaker_calls_it_not_the_speaker(make_doc):
    from wirecoder.events.roles.syntax import _prep_objects

    # "Reed lashed out at what he called a reckless campaign ."
    words = ["Reed", "lashed", "out", "at", "what", "he", "called", "a", "reckless", "campaign", "."]
    doc = make_doc(words=words, heads=[1, 1, 1, 1, 6, 6, 3, 9, 9, 6, 1],
                   deps=["nsubj", "ROOT", "prt", "prep", "dobj", "nsubj", "pcomp", "det", "amod", "oprd", "punct"],
                   pos=["PROPN", "VERB", "ADP", "ADP", "PRON", "PRON", "VERB", "DET", "ADJ", "NOUN", "PUNCT"],
                   lemmas=["Reed", "lash", "out", "at", "what", "he", "call", "a", "reckless", "campaign", "."])
    # (called X: no "as"; nothing is taken from the clause, least of all "he")
    assert _prep_objects(doc[1], ("at",)) == []
    # "Reed lashed out at what he described as a reckless campaign ."
    words = ["Reed", "lashed", "out", "at", "what", "he", "described", "as", "a", "reckless", "campaign", "."]
    doc = make_doc(words=words, heads=[1, 1, 1, 1, 6, 6, 3, 6, 10, 10, 7, 1],
                   deps=["nsubj", "ROOT", "prt", "prep", "dobj", "nsubj", "pcomp", "prep", "det", "amod", "pobj",
                         "punct"],
                   pos=["PROPN", "VERB", "ADP", "ADP", "PRON", "PRON", "VERB", "ADP", "DET", "ADJ", "NOUN", "PUNCT"],
                   lemmas=["Reed", "lash", "out", "at", "what", "he", "describe", "as", "a", "reckless",
                           "campaign", "."])
    assert [t.text for t in _prep_objects(doc[1], ("at",))] == ["campaign"]


@pytest.mark.model
def test_hit_and_killed_is_a_road_death_unless_a_weapon_did_it():
    road, weapon = _every_row([
        "In Dayton, Ohio, police said Tom Reyes, 36, hit and killed a 67-year-old woman in a store parking lot.",
        "In Dayton, Ohio, police said Tom Reyes, 36, struck and killed a 66-year-old woman with a hammer."])
    assert not [e for e in road.events if e.event == "ASSAULT"]
    assert [e for e in weapon.events if e.event == "ASSAULT"]


def test_a_finite_verb_right_after_a_joined_noun_has_that_noun_for_subject(make_doc):
    from wirecoder.events.roles.subjects import _subjects

    # "Villagers were kept in their houses and troops seized their phones .",
    # parsed with "troops" one more noun joined to "houses" and "seized" a
    # clause with no subject.
    words = ["Villagers", "were", "kept", "in", "their", "houses", "and", "troops", "seized", "their", "phones", "."]
    doc = make_doc(words=words, heads=[2, 2, 2, 2, 5, 3, 5, 5, 2, 10, 8, 2],
                   deps=["nsubjpass", "auxpass", "ROOT", "prep", "poss", "pobj", "cc", "conj", "advcl", "poss",
                         "dobj", "punct"],
                   pos=["NOUN", "AUX", "VERB", "ADP", "PRON", "NOUN", "CCONJ", "NOUN", "VERB", "PRON", "NOUN",
                        "PUNCT"],
                   tags=["NNS", "VBD", "VBN", "IN", "PRP$", "NNS", "CC", "NNS", "VBD", "PRP$", "NNS", "."])
    assert [t.text for t in _subjects(doc[8])] == ["troops"]
    # A past participle after the joined noun may describe it: no subject.
    tags = ["NNS", "VBD", "VBN", "IN", "PRP$", "NNS", "CC", "NNS", "VBN", "PRP$", "NNS", "."]
    doc = make_doc(words=words, heads=[2, 2, 2, 2, 5, 3, 5, 5, 2, 10, 8, 2],
                   deps=["nsubjpass", "auxpass", "ROOT", "prep", "poss", "pobj", "cc", "conj", "advcl", "poss",
                         "dobj", "punct"],
                   pos=["NOUN", "AUX", "VERB", "ADP", "PRON", "NOUN", "CCONJ", "NOUN", "VERB", "PRON", "NOUN",
                        "PUNCT"], tags=tags)
    assert _subjects(doc[8]) == []


@pytest.mark.model
def test_a_pronoun_target_read_as_the_actor_itself_is_left_out():
    # The parse joins "soldiers" to "houses"; "their" then reads as the soldiers' own phones.
    [document] = _every_row(["Israeli troops entered the village at dawn. Villagers stayed inside their houses and "
                             "soldiers seized their phones, witnesses said."])
    [seized] = _triggered(document, "seized")
    assert [(a.entity_text, a.sector) for a in seized.actor] == [("soldiers", ["MIL"])]
    assert not any("MIL" in r.sector for r in seized.recipient)


@pytest.mark.model
def test_who_is_deported_is_not_of_the_country_that_deports():
    [document] = _every_row(["Immigration agents detained 80 people in raids in Texas last week. Of the 80 people "
                             "detained, 50 have been deported, a spokeswoman for the agency said."])
    [deported] = _triggered(document, "deported")
    assert [a.code for a in deported.actor] == ["USA"]
    assert not any(r.code == "USA" for r in deported.recipient)


@pytest.mark.model
def test_a_present_clause_of_time_under_a_present_one_has_not_happened():
    from wirecoder.events.modes import aux_modes

    doc = _parsed("Diaz faces ten years behind bars when he is sentenced by Judge Ortiz.")
    assert aux_modes(next(t for t in doc if t.text == "sentenced"), "SANCTION") == ["future"]
    doc = _parsed("Diaz was led away in handcuffs when he was sentenced by Judge Ortiz.")
    assert aux_modes(next(t for t in doc if t.text == "sentenced"), "SANCTION") == []


@pytest.mark.model
def test_an_act_someone_is_afraid_or_reluctant_to_do_is_not_done():
    from wirecoder.events.modes import aux_modes

    for text in ("Party leaders were afraid to criticize the governor.",
                 "Party leaders were reluctant to criticize the governor."):
        doc = _parsed(text)
        assert aux_modes(next(t for t in doc if t.text == "criticize"), "ACCUSE") == ["negation"], text
    doc = _parsed("Party leaders were quick to criticize the governor.")
    assert aux_modes(next(t for t in doc if t.text == "criticize"), "ACCUSE") == []


@pytest.mark.model
def test_declining_to_comment_or_to_say_whether_rejects_no_one():
    quiet = _every_row(["The ministry declined to comment on the report.",
                        "The fire chief refused to say whether the blaze was arson.",
                        "The senator refused to answer questions about the land deal."])
    assert not [e for d in quiet for e in d.events if e.event == "REJECT"]
    refusals = _every_row(["Norland refused to allow inspectors into the plant.",
                           "The mayor refused to say that the deal was fair."])
    assert all(any(e.event == "REJECT" for e in d.events) for d in refusals)


@pytest.mark.model
def test_seeking_to_do_something_asks_no_one():
    attempt, ask = _every_row(["Brussels and Washington are seeking to reduce their reliance on gas from Russia.",
                               "Ukraine is seeking military aid from Germany."])
    assert not [e for e in attempt.events if e.event == "REQUEST"]
    assert [e for e in ask.events if e.event == "REQUEST"]


@pytest.mark.model
def test_a_killing_whose_shooters_fire_in_another_clause_has_no_unidentified_attacker():
    from wirecoder.events.filters import no_attacker_told

    for text, word in [("Maria Diaz was killed when two men were shooting from a passing car in Queens.", "killed"),
                       ("A boy told officers in Dayton he was struck on the head and said a guard had hit him with a "
                        "club.", "struck")]:
        assert not no_attacker_told(next(t for t in _parsed(text) if t.text == word)), text
    [untold] = _every_row(["Maria Diaz was shot in the back on Saturday night in Queens."])
    assert [a for e in untold.events for a in e.actor if "UAF" in a.sector]


@pytest.mark.model
def test_an_investigation_a_prosecutor_is_called_for_to_oversee_is_hypothetical():
    from wirecoder.events.modes import aux_modes

    doc = _parsed("Ortiz called for a special prosecutor to open an investigation of the charity's books.")
    assert aux_modes(next(t for t in doc if t.text == "investigation"), "ACCUSE") == ["hypothetical"]


@pytest.mark.model
def test_an_internal_affairs_recipient_carries_the_words_of_what_the_act_is_aimed_at():
    [document] = _every_row(["Senator Jane Hart of Ohio criticized the new health law at a town hall in Dayton."])
    [criticized] = _triggered(document, "criticized")
    assert [(r.entity_text, r.code, r.name) for r in criticized.recipient] == [("the new health law", "USA", None)]
    assert document.text[criticized.recipient[0].start:criticized.recipient[0].end] == "the new health law"


@pytest.mark.model
def test_a_critic_of_a_body_is_of_its_country_not_of_the_body():
    [document] = _every_row(["A longtime Kremlin critic was arrested in London on Monday."])
    [arrested] = _triggered(document, "arrested")
    assert [(r.code, r.sector, r.name) for r in arrested.recipient] == [("RUS", ["CVL"], None)]


@pytest.mark.model
def test_a_cause_to_blame_accuses_no_one():
    cause, party = _every_row(["Investigators in Ohio said faulty wiring was to blame for the blaze.",
                               "Critics in Chicago say the police are to blame for the deaths."])
    assert not [e for e in cause.events if e.event == "ACCUSE"]
    assert [e for e in party.events if e.event == "ACCUSE"]


@pytest.mark.model
def test_a_weapon_fired_in_a_disputed_claim_is_denied_with_the_act():
    disputed, told = _every_row(["Aid workers disputed claims that gunmen launched rockets from the clinic in Gaza.",
                                 "Gunmen launched rockets from the clinic in Gaza, the army said."])
    assert not [e for e in disputed.events if e.event == "ASSAULT"]
    assert [e for e in told.events if e.event == "ASSAULT"]


@pytest.mark.model
def test_forces_a_possessive_pronoun_gives_an_owner_are_of_the_owners_country():
    from wirecoder.ingest import RawDocument
    from wirecoder.pipeline import code_raw
    from wirecoder.settings import default_settings

    text = "GAZA CITY — Israel said gunmen had fired on its troops from the roof of the clinic."
    [document] = list(code_raw([RawDocument(id="t", text=text, source="test")], default_settings(),
                               keep_spacy_doc=True))
    assert [m.actor.code for m in document.mentions if m.actor.entity_text == "its troops"] == ["ISR"]


@pytest.mark.model
def test_a_tally_of_acts_is_a_statistic_not_an_act():
    had, alone, strikes = _every_row(["In Detroit, we have had hundreds of shootings since March.",
                                      "Hundreds of shootings.",
                                      "Hundreds of airstrikes hit the city of Aleppo on Monday."])
    assert not [e for e in had.events + alone.events if e.event == "ASSAULT"]
    assert [e for e in strikes.events if e.event == "ASSAULT"]


@pytest.mark.model
def test_what_has_been_done_since_a_year_or_over_years_is_a_toll_not_an_act():
    *tolls, this_week = _every_row(["Since 2009, four judges and a court clerk have been murdered in Norland.",
                                    "About 90 Ostrian border guards have been killed since 1998 fighting the smugglers.",
                                    "Over the past six years, 30 reporters have been killed in Velora.",
                                    "Gunmen have killed nine villagers in Velora since Sunday."])
    assert not [e for document in tolls for e in document.events if e.event == "ASSAULT"]
    assert [e for e in this_week.events if e.event == "ASSAULT"]


@pytest.mark.model
def test_what_an_allegation_is_of_is_no_target_and_whom_it_is_against_is():
    content, target = _every_row(["NEW YORK — Mr. Hale, a Texas lawyer, made grave allegations of fraud in the "
                                  "filing.", "NEW YORK — The city council made allegations against the state housing "
                                  "agency last week."])
    [of] = _triggered(content, "allegations")
    [against] = _triggered(target, "allegations")
    assert [(r.entity_text, r.code) for r in of.recipient] == [("", "USA")]
    assert [(r.entity_text, r.code) for r in against.recipient] == [("the state housing agency", "USA")]



@pytest.mark.model
def test_names_in_a_chant_are_no_target_of_the_protest():
    [chant] = _every_row(['DENVER — Hundreds of students marched through the city centre on Monday, chanting '
                          '"Obama, Obama," as lawmakers arrived.'])
    [marched] = _triggered(chant, "marched")
    assert not marched.recipient


@pytest.mark.model
def test_a_shooting_its_governing_verbs_subject_did_has_no_unidentified_attacker():
    [document] = _every_row(['"They just kept shooting at him until he fell," a neighbour said.'])
    assert not [a for e in document.events for a in e.actor if "UAF" in a.sector]


@pytest.mark.model
def test_bombs_that_fall_come_from_the_air_and_no_one_where_they_fell_dropped_them():
    [document] = _every_row(["JUBA — Two bombs fell on a busy market in northern South Sudan on Friday, residents "
                             "said."])
    [bombs] = _triggered(document, "bombs")
    assert not any(a.code == "SSD" for a in bombs.actor)


@pytest.mark.model
def test_a_participle_shares_the_subject_of_the_clause_it_hangs_on_as_attacker():
    from wirecoder.events.filters import no_attacker_told

    doc = _parsed("Small bands of masked youths were still roaming the old town at night, fighting pitched battles "
                  "with the police.")
    assert not no_attacker_told(next(t for t in doc if t.text == "fighting"))


@pytest.mark.model
def test_a_present_clause_of_time_under_a_present_perfect_one_happened():
    from wirecoder.events.modes import aux_modes

    doc = _parsed("Legal action has come after the actor is accused of assault.")
    assert aux_modes(next(t for t in doc if t.text == "accused"), "ACCUSE") == []


@pytest.mark.model
def test_a_legal_step_only_threatened_is_a_threat():
    from wirecoder.events.modes import intent_type

    doc = _parsed("Prosecutors initially threatened to charge the contractor with three felonies.")
    assert intent_type(next(t for t in doc if t.text == "charge"), "ACCUSE") == "THREATEN"
    doc = _parsed("Prosecutors charged the contractor with three felonies.")
    assert intent_type(next(t for t in doc if t.text == "charged"), "ACCUSE") == "ACCUSE"


@pytest.mark.model
def test_blame_put_on_a_thing_accuses_no_one_but_on_a_party_it_does():
    hesitancy, outage, blast, union = _every_row([
        "The senator later blamed his hesitancy to condemn the group on a bad earpiece.",
        "Officials blamed the outage on a faulty cable.",
        "The minister blamed the blast on the rebels.",
        "The mayor blamed the union for the strike."])
    assert not [e for d in (hesitancy, outage) for e in _triggered(d, "blamed") if e.event == "ACCUSE"]
    assert [r.entity_text for e in _triggered(blast, "blamed") if e.event == "ACCUSE" for r in e.recipient] \
        == ["the rebels"]
    assert [r.entity_text for e in _triggered(union, "blamed") if e.event == "ACCUSE" for r in e.recipient] \
        == ["the union"]


@pytest.mark.model
def test_a_definite_shooting_after_one_told_is_not_a_new_attack():
    told, alone = _every_row([
        "A gunman shot two guards outside the bank on Monday. At a cafe nearby, two men were discussing the "
        "recent shooting when the bus arrived.",
        "At a cafe nearby, two men were discussing the recent shooting when the bus arrived."])
    assert not _triggered(told, "shooting")
    assert _triggered(told, "shot")
    assert [a.sector for e in _triggered(alone, "shooting") for a in e.actor] == [["UAF"]]


@pytest.mark.model
def test_a_strike_without_aircraft_is_not_from_the_air():
    from wirecoder.events.lexicon import load_lexicon
    from wirecoder.events.modes import modes_for

    [strike] = [t for t in load_lexicon().verbs["strike"] if t.event == "ASSAULT"]
    for text, mode in (("Two bullets struck the back of his legs.", "firearms"),
                       ("Warplanes struck the town overnight.", "aerial")):
        doc = _parsed(text)
        assert modes_for(next(t for t in doc if t.text == "struck"), "ASSAULT", strike.mode).mode == mode, text


@pytest.mark.model
def test_the_site_where_someone_was_shot_points_back_to_a_shooting_told():
    told, alone = _every_row([
        "Police shot a teenager in Athens last week. Dozens of students lit candles by the town hall and at "
        "the site where the boy was shot.",
        "Dozens of students lit candles by the town hall and at the site where the boy was shot."])
    assert not [e for e in _triggered(told, "shot") if e.event == "ASSAULT" and "boy" in e.sentence]
    assert [a.sector for e in _triggered(alone, "shot") if e.event == "ASSAULT" for a in e.actor] == [["UAF"]]


@pytest.mark.model
def test_the_means_in_the_acts_own_phrase_beat_means_elsewhere_in_the_sentence():
    from wirecoder.events.modes import cue_mode

    for text, word, event, current, mode in (
            ("He meant to detonate a car bomb outside the stadium, saying he wanted revenge for drone strikes.",
             "detonate", "ASSAULT", "explosives", "explosives"),
            ("Witnesses said a plane flew over the valley before launching three bombing raids.",
             "bombing", "ASSAULT", None, "aerial"),
            ("Thousands were marching through the capital as a general strike shut the ports.",
             "marching", "PROTEST", None, "demo")):
        doc = _parsed(text)
        trigger = next(t for t in doc if t.text == word)
        assert cue_mode(trigger.sent, event, current, trigger=trigger) == mode, text


@pytest.mark.model
def test_a_lawsuit_filed_in_a_city_abroad_is_not_aimed_at_its_country_nor_future():
    [document] = _every_row(["KIEV — The two developers planned to turn the old mill into a hotel, according to a "
                             "lawsuit filed in Brooklyn by Oksana Bilyk, a former Ukrainian energy minister."])
    [lawsuit] = _triggered(document, "lawsuit")
    assert [a.code for a in lawsuit.actor] == ["UKR"]
    assert not [r for r in lawsuit.recipient if r.code == "USA"]
    assert lawsuit.aux_mode == []


@pytest.mark.model
def test_a_sentence_printed_twice_gives_its_event_once():
    sentence = "The minister was shot and wounded by police in Sparta on Monday."
    [document] = _every_row([f"{sentence}\n\n{sentence}\n\nThe minister was shot and wounded again on Friday."])
    rows = [e for e in document.events if e.event == "ASSAULT"]
    assert len([e for e in rows if e.sentence.strip() == sentence]) == 1
    assert [e for e in rows if "Friday" in e.sentence]


@pytest.mark.model
def test_the_judge_hearing_a_lawsuit_is_not_who_brought_it():
    [document] = _every_row(["DENVER — U.S. District Judge Maria Ocampo, who is handling three lawsuits against "
                             "Redline Academy, has become the candidate's favourite target."])
    rows = _triggered(document, "lawsuits")
    assert rows and not [a for e in rows for a in e.actor if "Ocampo" in a.entity_text]


@pytest.mark.model
def test_places_between_which_it_happened_are_no_actor():
    [document] = _every_row(["TYLER, Texas — Arnold Pike, 47, was found shot dead inside his residence at 118 CR "
                             "4410 between Tennessee Colony and Yard in rural Anderson County."])
    [shot] = _triggered(document, "shot")
    assert not [a for a in shot.actor if "Colony" in a.entity_text]


@pytest.mark.model
def test_who_follows_an_inverted_passive_underwent_it():
    from wirecoder.events.roles.subjects import inverted_passive_patients

    for text, patients in (("QUEENS — Also shot were a cyclist named Lena Ortiz and a nine-year-old boy.",
                            ["cyclist", "boy"]),
                           ("Also arrested was his brother, police said.", ["brother"]),
                           ("The minister was shot on Monday.", [])):
        doc = _parsed(text)
        verb = next(t for t in doc if t.text in ("shot", "arrested"))
        assert [t.text for t in inverted_passive_patients(verb)] == patients, text
    [document] = _every_row(["QUEENS — Also shot were a cyclist named Lena Ortiz and a nine-year-old boy."])
    assert not [a for e in _triggered(document, "shot") for a in e.actor if "Ortiz" in a.entity_text]


@pytest.mark.model
def test_blame_put_on_a_body_no_one_coded_still_accuses_it():
    [document] = _every_row(["DAYTON, Ohio — The audit blames the losses on the county water board."])
    assert [e for e in _triggered(document, "blames") if e.event == "ACCUSE"]


@pytest.mark.model
def test_being_to_blame_is_no_act_arranged_for_later():
    from wirecoder.events.modes import aux_modes

    doc = _parsed("The auditors said the mayor is to blame for the missing funds.")
    assert aux_modes(next(t for t in doc if t.text == "blame"), "ACCUSE") == []
    doc = _parsed("The mayor is to meet the auditors on Friday.")
    assert aux_modes(next(t for t in doc if t.text == "meet"), "CONSULT") != []  # (arranged: not yet real)


@pytest.mark.model
def test_animals_shot_by_no_named_party_are_no_event():
    from wirecoder.document import Actor
    from wirecoder.events.filters import _animals_harmed

    def shot(text):
        return next(t for t in _parsed(text) if t.text == "shot")

    assert _animals_harmed(shot("Dogs abandoned in flooded homes are being shot, a rescue group said."), [])
    soldiers = [Actor("soldiers", None, "IRQ", ["MIL"])]
    assert not _animals_harmed(shot("Farmers said the soldiers shot their cattle."), soldiers)
    assert not _animals_harmed(shot("The gunman shot two guards and a dog outside the bank."), [])


@pytest.mark.model
def test_a_time_zone_is_no_party():
    # spaCy tags "GMT" as an organisation; the article's setting then coded it.
    [document] = _every_row(["JUBA - Villagers said there were two more blasts near the market at 4 p.m. (1300 GMT)."])
    assert document.events, "the blasts should still be a row"
    assert not any("GMT" in p.entity_text or p.name == "GMT" for e in document.events for p in e.actor + e.recipient)


@pytest.mark.model
def test_charges_someone_faces_abroad_are_brought_there_and_who_faces_them_is_charged():
    [document] = _every_row(["WARSAW — Ivo Marek, a businessman who faces fraud charges in Germany, returned home "
                             "on Monday."])
    [charge] = _triggered(document, "charges")
    # The place hangs on "faces", not on "charges": the charges are Germany's, not the dateline's.
    assert [(a.code, a.sector) for a in charge.actor] == [("DEU", ["JUD"])]
    # "who" stands for the man it describes.
    assert [a.name for a in charge.recipient] == ["Ivo Marek"]


@pytest.mark.model
def test_who_died_in_a_violent_act_underwent_it():
    named, relative = _every_row(["DALLAS — Two officers died in a shooting at the county jail on Monday.",
                                  "DALLAS — The paper hired a reporter, Dana Pell, who died in a newsroom "
                                  "shooting last spring."])
    for document, victim in ((named, "Two officers"), (relative, "Dana Pell")):
        [shooting] = _triggered(document, "shooting")
        assert [r.entity_text for r in shooting.recipient] == [victim], document.text


@pytest.mark.model
def test_charges_dismissed_against_someone_are_against_them():
    # "dismiss" answers an act only as an active verb ("she dismissed the
    # charges"); charges that "were dismissed against" someone are his.
    [document] = _every_row(["Theft charges were dismissed against a Tampa man on Friday, his lawyer said."])
    [charge] = _triggered(document, "charges")
    assert [(r.entity_text, r.code) for r in charge.recipient] == [("a Tampa man", "USA")]


@pytest.mark.model
def test_a_definite_act_someone_may_not_discuss_happened():
    talked, planned, asked = _every_row([
        "DENVER — Two aides, who may not discuss the investigation in public, said the mayor was calm.",
        "DENVER — The council would discuss an investigation of the mayor next week.",
        "DENVER — Asked about her harsh criticism of the mayor, Governor Hale said nothing."])
    rows = _triggered(talked, "investigation")
    assert rows and not any({"negation", "hypothetical"} & set(e.aux_mode) for e in rows)
    rows = _triggered(asked, "criticism")
    assert rows and not any({"negation", "hypothetical"} & set(e.aux_mode) for e in rows)
    # an indefinite one under discussion may never happen
    rows = _triggered(planned, "investigation")
    assert rows and all("hypothetical" in e.aux_mode for e in rows)


@pytest.mark.model
def test_who_a_shooting_death_is_of_underwent_the_shooting():
    shooting, inquiry, origin = _every_row([
        "NEW YORK — The 1999 shooting death of Ivo Marek shocked the city.",
        "NEW YORK — Police opened an inquiry into the shooting death of Ivo Marek.",
        "NEW YORK — The 2004 shooting death of Ghana immigrant Ivo Marek shocked the city."])
    [row] = _triggered(shooting, "shooting")
    assert [r.name for r in row.recipient] == ["Ivo Marek"]
    # the victim's country of origin is no evidence of who shot him
    [row] = _triggered(origin, "shooting")
    assert [r.name for r in row.recipient] == ["Ivo Marek"] and not any(a.code == "GHA" for a in row.actor)
    # an act about the death is still not aimed at who died
    assert not any(r.name == "Ivo Marek" for e in _triggered(inquiry, "inquiry") for r in e.recipient)


@pytest.mark.model
def test_a_nominal_act_joined_to_another_shares_the_verb_that_holds_them():
    [document] = _every_row(["DENVER — Mayor Hale silences his critics with threats and lawsuits."])
    rows = _triggered(document, "lawsuits")
    assert rows and all([a.entity_text for a in e.actor] == ["Mayor Hale"] for e in rows)


@pytest.mark.model
def test_who_responds_to_or_denies_violence_did_not_undergo_it():
    [document] = _every_row(["WASHINGTON — Two Democratic candidates for the Senate responded on Friday to the "
                             "deadly shooting at a Toledo church."])
    rows = [e for e in _triggered(document, "shooting") if e.event == "ASSAULT"]
    assert rows and not any("candidates" in r.entity_text for e in rows for r in e.recipient)
    # who answers criticism is still its target
    [answered] = _every_row(["WASHINGTON — The senator responded on Friday to the criticism from Toledo."])
    rows = _triggered(answered, "criticism")
    assert rows and all([r.entity_text for r in e.recipient] == ["The senator"] for e in rows)


@pytest.mark.model
def test_charges_someone_does_not_expect_to_be_lodged_are_hypothetical():
    [document] = _every_row(["DENVER — Senator Hale said he did not expect charges would be lodged against him."])
    rows = _triggered(document, "charges")
    assert rows and all("hypothetical" in e.aux_mode for e in rows)


@pytest.mark.model
def test_a_body_led_by_a_country_is_that_countrys():
    [document] = _every_row(["RIYADH — In Yemen, a coalition led by Saudi Arabia is implicated in the bombing of "
                             "clinics."])
    rows = [e for e in _triggered(document, "bombing") if e.event == "ASSAULT"]
    assert rows and all([(a.entity_text, a.code) for a in e.actor] == [("a coalition", "SAU")] for e in rows)


@pytest.mark.model
def test_what_something_else_is_about_takes_no_part_in_the_act():
    topic, author = _every_row(["BOISE — Two people were shot dead at a Boise screening of her documentary about NATO.",
                                "BOISE — Two people were shot dead at a showing of “Kremlin,” a film by Ada Voss."])
    rows = _triggered(topic, "shot")
    assert rows and not any(p.code == "IGO" for e in rows for p in e.actor + e.recipient)
    # nor who made a work, nor its title
    rows = _triggered(author, "shot")
    assert rows and not any("Voss" in p.entity_text or p.code == "RUS" for e in rows for p in e.actor + e.recipient)
    # nor anyone inside what a debate is about
    [debate] = _every_row(["LIEGE — Hours after two bombs exploded in Liege on Friday, the attack was cited in "
                           "the quarrel about the arrival of refugees from Syria."])
    rows = [e for e in debate.events if e.event == "ASSAULT"]
    assert rows and not any("refugees" in r.entity_text for e in rows for r in e.recipient)


@pytest.mark.model
def test_what_the_act_itself_is_about_is_no_mere_topic_however_deep():
    from wirecoder.events.roles.fallbacks import _only_a_topic
    from wirecoder.nlp import load_model

    nlp = load_model()
    own = nlp("The mayor complained about the arrival of the Ohio troops.")
    other = nlp("The mayor was shot at a screening of a documentary about the Ohio troops.")
    troops = [t for t in own if t.text == "troops"][0]
    assert not _only_a_topic([t for t in own if t.text == "complained"][0], troops)
    troops = [t for t in other if t.text == "troops"][0]
    assert _only_a_topic([t for t in other if t.text == "shot"][0], troops)


def test_a_passive_whose_subject_the_parser_hung_elsewhere_still_names_its_doer(make_doc, document_for):
    # In addition to Ruiz , a clerk was wounded by Syrian troops .   ("clerk" parsed onto "Ruiz")
    events = _every_event(
        make_doc, document_for,
        words=["In", "addition", "to", "Ruiz", ",", "a", "clerk", "was", "wounded", "by", "Syrian", "troops", "."],
        heads=[8, 0, 1, 2, 3, 6, 3, 8, 8, 8, 11, 9, 8],
        deps=["prep", "pobj", "prep", "pobj", "punct", "det", "appos", "auxpass", "ROOT", "agent", "amod", "pobj",
              "punct"],
        pos=["ADP", "NOUN", "ADP", "PROPN", "PUNCT", "DET", "NOUN", "AUX", "VERB", "ADP", "ADJ", "NOUN", "PUNCT"],
        tags=["IN", "NN", "IN", "NNP", ",", "DT", "NN", "VBD", "VBN", "IN", "JJ", "NNS", "."],
        lemmas=["in", "addition", "to", "ruiz", ",", "a", "clerk", "be", "wound", "by", "syrian", "troop", "."],
        ents=[(3, 4, "PERSON"), (10, 11, "NORP")])
    assert [(a.code, a.sector) for e in events if e.event_text == "wounded" for a in e.actor] == [("SYR", ["MIL"])]


@pytest.mark.model
def test_a_verdict_convicts_who_was_found_guilty_by_the_court_of_where_it_happened():
    headline, passive, jury, capitals = _every_row([
        "DAYTON, Ohio — Man found guilty of stealing a tractor from a farm.",
        "DAYTON, Ohio — A Kettering man was found guilty of arson on Friday.",
        "DAYTON, Ohio — A jury found Tomas Okafor guilty of arson on Friday.",
        "DAYTON, Ohio — Man found GUILTY of shooting his neighbor."])

    def parties(document):
        return [([(a.entity_text, a.code, a.sector) for a in e.actor], [r.entity_text for r in e.recipient])
                for e in document.events if e.event == "SANCTION"]

    assert parties(headline) == [([("", "USA", ["JUD"])], ["Man"])]
    assert parties(passive) == [([("", "USA", ["JUD"])], ["A Kettering man"])]
    assert parties(jury) == [([("A jury", "USA", ["JUD"])], ["Tomas Okafor"])]
    # A headline's capitals make "GUILTY" a proper-noun object; still a verdict.
    assert parties(capitals) == [([("", "USA", ["JUD"])], ["Man"])]


@pytest.mark.model
def test_when_the_best_placed_word_is_no_act_another_word_of_the_type_carries_it():
    from wirecoder.events.detector import use_detector

    use_detector(_reading("CONSULT", kind="sentence"))
    [document] = _every_row(["The Ruritanian foreign minister, in Ankara for meetings with Turkish officials, told a "
                             "news conference that the weather was fine."])
    # "a news conference" is the press, no consultation (filters._meets_the_press); the meetings are one.
    assert [(e.event, e.event_text) for e in document.events] == [("CONSULT", "meetings")]
    assert [r.code for e in document.events for r in e.recipient] == ["TUR"]


@pytest.mark.model
def test_wars_violence_no_words_give_a_doer_to_is_not_of_where_it_happened():
    bomb, shots, shooter, kind, reporter = _every_row([
        "A car bomb exploded beside a busy market in Mosul on Friday, killing as many as 14 people, police "
        "said, in the third big attack in Iraq this week.",
        "Shots were fired inside a community center in Fresno, California, on Monday.",
        "On Monday he shot a man near a bus stop in Fresno, California, police said.",
        "The car bomb attack in Mosul, Iraq, on Friday was the deadliest this year.",
        "MOSUL, Iraq — A car bomb went off by a bus station in Mosul on Friday. The U.S. military said later "
        "that nine people were killed."])
    assert [a.sector for e in _triggered(bomb, "exploded") for a in e.actor] == [["UAF"]]
    # Nor is the party named after it, the bombing's target, its doer.
    [target] = _every_row(["GAZA CITY — Samir Odeh said his shop was destroyed in the shelling of the nearby "
                           "office of a Hamas commander."])
    assert [a.sector for e in _triggered(target, "destroyed") for a in e.actor] == [["UAF"]]
    # "car" says what kind of bomb, not whose: no doer, so not Iraq's.
    assert kind.events and not [a for e in kind.events for a in e.actor if a.code]
    # The victims are not of the country of the body that reports them.
    assert [r.code for e in _triggered(reporter, "killed") if e.event == "ASSAULT" for r in e.recipient] == ["IRQ"]
    # (A shooting in a town still takes its country, with no doer named or
    # with one we cannot code.)
    assert [a.code for e in _triggered(shots, "fired") for a in e.actor] == ["USA"]
    assert [a.code for e in _triggered(shooter, "shot") if e.event == "ASSAULT" for a in e.actor] == ["USA"]


@pytest.mark.model
def test_a_violent_act_named_by_a_noun_was_done_by_the_agent_its_victims_clause_names():
    [document] = _every_row(["The play was staged a year after the shooting death of a night guard, who was shot "
                             "nine times by three Chicago police officers."])
    assert [(a.entity_text, a.code) for e in _triggered(document, "shooting") for a in e.actor] == [
        ("three Chicago police officers", "USA")]


@pytest.mark.model
def test_harm_done_in_an_attack_its_words_name_the_maker_of_was_done_by_them():
    strike, drone, unnamed = _every_row([
        "Three fishermen were killed in an Israeli airstrike near the coast on Sunday.",
        "A preacher was killed in a U.S. drone strike last year, officials said.",
        "Two men were killed in an attack near the market on Friday."])
    assert [(a.entity_text, a.code) for e in _triggered(strike, "killed") for a in e.actor] == [("Israeli", "ISR")]
    assert [a.code for e in _triggered(drone, "killed") for a in e.actor] == ["USA"]
    assert [a.sector for e in _triggered(unnamed, "killed") for a in e.actor] == [["UAF"]]


@pytest.mark.model
def test_an_armed_group_named_on_the_attack_made_it_and_a_firm_named_on_one_was_its_target():
    group, rockets, firm = _every_row([
        "Four border guards were killed in a Taliban attack on a checkpoint late on Monday.",
        "Hezbollah rockets killed two farmers near the border on Sunday, officials said.",
        "Two guards were killed in the Sony attack, police said."])
    assert [(a.entity_text, a.code, a.sector) for e in _triggered(group, "killed") for a in e.actor] == [
        ("Taliban", "AFG", ["REB"])]
    # (The mention; under the stand-in detector "rockets" is a trigger of its own.)
    assert [(m.actor.code, m.actor.sector) for m in rockets.mentions if m.actor.entity_text == "Hezbollah rockets"] \
        == [("LBN", ["REB"])]
    # (A firm is attacked, not attacking.)
    assert [a.code for e in _triggered(firm, "killed") for a in e.actor if a.code] == []


@pytest.mark.model
def test_protests_a_happening_sparked_have_unnamed_protesters_of_where_it_happened():
    [document] = _every_row(["CAIRO — The verdict sparked protests across the city on Friday."])
    assert [[(a.code, a.sector) for a in e.actor] for e in _triggered(document, "protests")] == [[("EGY", ["CVL"])]]


def test_a_country_something_is_only_near_is_not_where_it_is(make_doc, document_for):
    # In Khartoum , soldiers fought rebels in areas near South Sudan .
    from wirecoder.document import Place

    doc = make_doc(words=["In", "Khartoum", ",", "soldiers", "fought", "rebels", "in", "areas", "near", "South",
                          "Sudan", "."],
                   heads=[4, 0, 4, 4, 4, 4, 5, 6, 7, 10, 8, 4],
                   deps=["prep", "pobj", "punct", "nsubj", "ROOT", "dobj", "prep", "pobj", "prep", "compound", "pobj",
                         "punct"],
                   pos=["ADP", "PROPN", "PUNCT", "NOUN", "VERB", "NOUN", "ADP", "NOUN", "ADP", "PROPN", "PROPN",
                        "PUNCT"],
                   lemmas=["in", "khartoum", ",", "soldier", "fight", "rebel", "in", "area", "near", "south", "sudan",
                           "."],
                   ents=[(1, 2, "GPE"), (9, 11, "GPE")])
    document = document_for(doc)
    south = doc[9].idx
    document.places = [Place("Khartoum", doc[1].idx, doc[1].idx + 8, "Khartoum", "SDN", feature="PPLC"),
                       Place("South Sudan", south, south + 11, "South Sudan", "SSD", feature="PCLI")]
    resolve_actors(document)
    extract_events(document)
    parties = [p for e in document.events if e.event == "ASSAULT" for p in e.actor + e.recipient]
    assert parties and all(p.code == "SDN" for p in parties if p.code)


@pytest.mark.model
def test_who_is_held_on_charges_is_charged_by_the_authority_of_where_it_happened():
    remained, held, arrested, police = _every_row([
        "DUBLIN — Ciaran Doyle remained in custody on charges of murder.",
        "DUBLIN — Ciaran Doyle is being held on charges of murder.",
        "DUBLIN — A man arrested on charges of fraud appeared in court on Monday.",
        "DUBLIN — Gardai arrested Ciaran Doyle on charges of fraud."])

    def dyads(document):
        return [([(a.entity_text, a.code, a.sector) for a in e.actor], [r.entity_text for r in e.recipient])
                for e in _triggered(document, "charges") if e.event == "ACCUSE"]

    # The one held is charged, not charging: the court of where it happened charges.
    assert dyads(remained) == [([("", "IRL", ["JUD"])], ["Ciaran Doyle"])]
    assert dyads(held) == [([("", "IRL", ["JUD"])], ["Ciaran Doyle"])]
    assert dyads(arrested) == [([("", "IRL", ["JUD"])], ["A man"])]
    # An active verb's object is the one charged; the Garda are Ireland's police.
    assert dyads(police) == [([("Gardai", "IRL", ["COP"])], ["Ciaran Doyle"])]


@pytest.mark.model
def test_unnamed_doers_are_not_of_the_country_their_act_is_aimed_at():
    bombed, filed = _every_row([
        "Warplanes bombed Syria overnight, killing 12 people.",
        "MOSCOW — Troops invaded Ukraine on Monday."])
    rows = [e for e in bombed.events if e.event == "ASSAULT"]
    assert rows and all([a.code for a in e.actor] == [None] for e in rows)
    assert all([r.code for r in e.recipient] == ["SYR"] for e in rows)
    # Filed from Moscow, the troops keep the setting's country.
    rows = [e for e in filed.events if e.event == "ASSAULT"]
    assert rows and all([a.code for a in e.actor] == ["RUS"] and [r.code for r in e.recipient] == ["UKR"]
                        for e in rows)


@pytest.mark.model
def test_charges_a_death_led_to_were_brought_by_the_authority_not_the_dead():
    [document] = _every_row(["NEW YORK — Officials say Ivo Marek, whose death led to charges against two nurses, "
                             "had been ill."])
    rows = [e for e in _triggered(document, "charges") if e.event == "ACCUSE"]
    assert rows and all([(a.entity_text, a.code, a.sector) for a in e.actor] == [("", "USA", ["JUD"])]
                        and [r.entity_text for r in e.recipient][:1] == ["two nurses"] for e in rows)


@pytest.mark.model
def test_a_statement_that_accuses_speaks_for_who_issued_it():
    issued, released, by = _every_row([
        "WASHINGTON — Senator Hale issued a statement that criticized the decision.",
        "WASHINGTON — Mr. Ruiz did not back down, releasing a statement that accused the party leadership of "
        "cheating.",
        "WASHINGTON — A statement released by Senator Hale accused the party of cheating."])
    assert [a.entity_text for e in _triggered(issued, "criticized") for a in e.actor] == ["Senator Hale"]
    assert [a.entity_text for e in _triggered(released, "accused") for a in e.actor] == ["Mr. Ruiz"]
    # What the party is accused of is not part of its words.
    assert [r.entity_text for e in _triggered(by, "accused") for r in e.recipient] == ["the party"]


@pytest.mark.model
def test_who_the_clause_is_about_was_charged_after_being_charged_and_a_crime_is_no_party():
    suspended, plain = _every_row(["SAN DIEGO — Tom Reyes was suspended after being charged with DUI.",
                                   "SAN DIEGO — Tom Reyes was charged with DUI twice."])
    for document in (suspended, plain):
        rows = [e for e in _triggered(document, "charged") if e.event == "ACCUSE"]
        assert rows and all([(a.entity_text, a.code, a.sector) for a in e.actor] == [("", "USA", ["JUD"])]
                            and [r.entity_text for r in e.recipient] == ["Tom Reyes"] for e in rows), document.text


@pytest.mark.model
def test_who_is_deployed_in_an_operation_carries_it_out():
    [document] = _every_row(["JAKARTA — Troops and firefighters were deployed in the rescue on Monday."])
    rows = [e for e in _triggered(document, "rescue") if e.event == "AID"]
    assert rows and all([(a.entity_text, a.code) for a in e.actor][:1] == [("Troops", "IDN")] for e in rows)


@pytest.mark.model
def test_a_refused_visa_or_bail_is_refused_by_the_authority_of_where_it_happened():
    visas, bail = _every_row(["ASHGABAT — Foreign journalists were refused permission to cover the vote.",
                              "DUBLIN — Ciaran Doyle was denied bail on Monday."])
    assert [(a.code, a.sector) for e in _triggered(visas, "refused") for a in e.actor] == [("TKM", ["GOV"])]
    assert [(a.code, a.sector) for e in _triggered(bail, "denied") for a in e.actor] == [("IRL", ["JUD"])]


@pytest.mark.model
def test_the_verb_a_trigger_is_joined_to_is_no_head_of_it():
    from wirecoder.events.modes import aux_modes

    for text, word in (("The senator answered by calling Rivera weak and accusing him of lying.", "accusing"),
                       ("A man wanted for skipping bail shot two deputies and wounded a third.", "shot")):
        trigger = next(t for t in _parsed(text) if t.text == word)
        assert aux_modes(trigger, "ACCUSE") == [], text


@pytest.mark.model
def test_a_days_name_on_charges_brings_none_of_them():
    [document] = _every_row(["DUBLIN — Five appear in court on Valentine's Day assault charges."])
    rows = [e for e in _triggered(document, "charges") if e.event == "ACCUSE"]
    assert rows and all([(a.code, a.sector) for a in e.actor] == [("IRL", ["JUD"])] for e in rows)


@pytest.mark.model
def test_a_name_on_allegations_is_whom_they_accuse():
    [document] = _every_row(["WASHINGTON — Sanders argued that the Trump University allegations proved the businessman was "
                             "dishonest."])
    rows = [e for e in _triggered(document, "allegations") if e.event == "ACCUSE"]
    assert rows and all(not e.actor and [r.entity_text for r in e.recipient] == ["Trump University"] for e in rows)


@pytest.mark.model
def test_bare_critics_of_a_named_person_are_of_that_persons_country():
    critics, berlin, french = _every_row(["PARIS — Critics attacked Trump over his plan.",
                                          "PARIS — Critics in Berlin attacked Trump over his plan.",
                                          "PARIS — French critics attacked Trump over his plan."])
    assert [a.code for e in _triggered(critics, "attacked") for a in e.actor] == ["USA"]
    # Their own words say where they are: there, not the dateline's country.
    assert [a.code for e in _triggered(berlin, "attacked") for a in e.actor] == ["DEU"]
    assert [a.code for e in _triggered(french, "attacked") for a in e.actor] == ["FRA"]


@pytest.mark.model
def test_whom_a_party_is_for_or_against_is_not_its_country_and_joined_roles_share_one():
    anti, pro, joined = _every_row(["BEIRUT — A prominent anti-Syria journalist was killed by a car bomb.",
                                    "DONETSK — Pro-Russia rebels shelled the town on Monday.",
                                    "Israeli helicopters and tanks shelled targets near the city of Khan Younis."])
    assert {r.code for e in anti.events if e.event == "ASSAULT" for r in e.recipient} == {"LBN"}
    assert [a.code for e in _triggered(pro, "shelled") for a in e.actor] == ["UKR"]
    assert {a.code for e in _triggered(joined, "shelled") for a in e.actor} == {"ISR"}


@pytest.mark.model
def test_whom_someone_telephoned_to_discuss_something_takes_part_in_the_talks():
    [document] = _every_row(["The American envoy telephoned Russian Foreign Minister Ivan Sorokin on Tuesday to "
                             "discuss the war."])
    rows = [e for e in _triggered(document, "discuss") if e.event == "CONSULT"]
    assert rows and all(sorted(a.code for a in e.actor) == ["RUS", "USA"] and not e.recipient for e in rows)



@pytest.mark.model
def test_a_people_of_a_country_are_its_and_a_landmark_or_a_crime_is_no_party():
    people, landmark, plea = _every_row([
        "ISTANBUL — The Greeks of Turkey protested the government over new property rules.",
        "COLOMBO — Two people were shot dead in Galle, some 100km south of the capital Colombo.",
        "SAN DIEGO — Foley later pleaded guilty to misdemeanor DUI."])
    assert [a.code for e in _triggered(people, "protested") for a in e.actor] == ["TUR"]
    assert not any(r.entity_text.endswith("Colombo") for e in landmark.events for r in e.recipient + e.actor)
    assert not any(r.entity_text.endswith("DUI") for e in plea.events for r in e.recipient)


@pytest.mark.model
def test_the_military_is_the_one_named_before_not_of_where_the_story_is():
    [document] = _every_row(["GAZA CITY — The Israeli army said on Sunday it would review the footage. Hamas vowed "
                             "to fight on. The army said it had bombed more tunnels on Monday."])
    rows = _triggered(document, "bombed")
    assert rows and all([a.code for a in e.actor] == ["ISR"] for e in rows)


@pytest.mark.model
def test_a_partys_words_never_include_the_act():
    [document] = _every_row(["WASHINGTON — The senator opened her remarks by slamming rivals who say they can "
                             "hand the region to dictators."])
    rows = _triggered(document, "slamming")
    assert rows and all([(r.entity_text, document.text[r.start:r.end]) for r in e.recipient]
                        == [("rivals", "rivals")] for e in rows)
    # A noun act inside the phrase names what it was done with: no party.
    [shells] = _every_row(["GAZA CITY — A witness said two artillery shells hit the edge of the clinic's yard."])
    assert not any("shells" in r.entity_text for e in _triggered(shells, "artillery") for r in e.recipient)


@pytest.mark.model
def test_a_threat_told_in_reported_words_is_its_makers_not_the_speakers():
    [document] = _every_row(["ATHENS — The officer said he acted in self-defence after the group started throwing "
                             "rocks and threatening to kill them."])
    rows = [e for e in document.events if e.event == "THREATEN"]
    assert rows and not any(a.entity_text == "The officer" for e in rows for a in e.actor)


@pytest.mark.model
def test_whom_a_subject_arrests_is_not_the_subject_and_a_hyphenated_nationality_is_the_last():
    chase, judge = _every_row([
        "QUEENS — A police officer saw the crash. Minutes later he chased down a car and arrested him.",
        "WASHINGTON — Trump attacked a Mexican-American federal judge on Friday."])
    rows = _triggered(chase, "arrested")
    # ("him" is not the officer the shared subject "he" stands for; no one else fits)
    assert rows and not any("COP" in r.sector for e in rows for r in e.recipient)
    assert [r.code for e in _triggered(judge, "attacked") for r in e.recipient] == ["USA"]


@pytest.mark.model
def test_who_fields_criticism_gets_it_and_a_things_it_is_no_party():
    fielded, truck = _every_row(["PARIS — Hollande has fielded harsh criticism over security after two attacks.",
                                 "NICE — The Regional Council said the truck was carrying arms when it struck the crowd."])
    rows = _triggered(fielded, "criticism")
    assert rows and all(not e.actor and [r.entity_text for r in e.recipient] == ["Hollande"] for e in rows)
    # ("it" is the truck, not the council)
    assert not any(m.actor.entity_text == "it" for m in truck.mentions)


@pytest.mark.model
def test_a_possessive_standing_for_the_actor_is_no_recipient():
    [document] = _every_row(["WASHINGTON — The GOP nominee complained about his microphone after the debate."])
    rows = _triggered(document, "complained")
    assert rows and all(not any(r.entity_text == "his" for r in e.recipient) for e in rows)


@pytest.mark.model
def test_a_known_persons_relative_is_not_that_person():
    [document] = _every_row(["WASHINGTON — The claim came from his first wife, Ivana Trump, who spoke on Monday. "
                             "Donald J. Trump denied it."])
    coded = {m.actor.entity_text: (m.actor.name, m.actor.sector) for m in document.mentions}
    assert coded["Donald J. Trump"][1] == ["GOV"]
    assert coded["Ivana Trump"][0] != "Donald Trump" and "GOV" not in coded["Ivana Trump"][1]


@pytest.mark.model
def test_a_clause_hung_on_the_heels_of_an_act_is_that_acts():
    from wirecoder.events.roles.syntax import _relative_antecedent

    doc = _parsed("Her arrest followed on the heels of a police shooting in Dayton that killed a teenager in May.")
    [killed] = [t for t in doc if t.lower_ == "killed"]
    [that] = [c for c in killed.children if c.dep_ == "nsubj"]
    # (the parser hangs the clause on "heels"; what killed is the shooting)
    assert _relative_antecedent(killed, that).lower_ == "shooting"


@pytest.mark.model
def test_a_surname_that_is_also_a_place_word_names_the_person():
    [korea, senate] = _every_row(["SEOUL — President Park Geun-hye met the Japanese prime minister on Monday. "
                                  "Park later criticized North Korea. North Korean leader Kim Jong-un answered, "
                                  "and Kim threatened the South.",
                                  "WASHINGTON — Democratic Senator Bo Park denounced the plan on Monday."])
    coded = {m.actor.entity_text: (m.actor.code, m.actor.sector) for m in korea.mentions}
    # (the family name comes first: "Park" is Park Geun-hye, "Kim" Kim Jong-un, not the setting's someone)
    assert coded["Park"] == ("KOR", ["GOV"]) and coded["Kim"] == ("PRK", ["GOV"])
    assert [m.actor.entity_text for m in senate.mentions] == ["Democratic Senator Bo Park"]
    [camp] = _every_row(["JUBA — Planes bombed the Doro Refugee Camp on Friday."])
    assert not camp.mentions  # ("Refugee" is no title: a camp is no one)


@pytest.mark.model
def test_a_name_joined_to_a_persons_name_is_a_persons_even_untagged():
    [document] = _every_row(["DAYTON — Police arrested Ann Hale and Bo Reed on Monday."])
    # (spaCy tags the first name alone; both were arrested)
    rows = _triggered(document, "arrested")
    assert rows and all([r.entity_text for r in e.recipient] == ["Ann Hale", "Bo Reed"] for e in rows)


@pytest.mark.model
def test_unnamed_forces_are_those_the_story_named_last():
    [gaza, syria] = _every_row(["GAZA CITY — Israeli troops took two buildings on Monday. Residents were held inside "
                                "while soldiers searched their homes. The military said it had hit more tunnels.",
                                "DAMASCUS — Soldiers shelled a town on Monday. The army said it had lost two men."])
    coded = {m.actor.entity_text: m.actor.code for m in gaza.mentions}
    # (in a story filed from Gaza, the soldiers are still the Israeli troops named before)
    assert coded["soldiers"] == "ISR" and coded["The military"] == "ISR"
    assert {m.actor.entity_text: m.actor.code for m in syria.mentions}["Soldiers"] == "SYR"


@pytest.mark.model
def test_forces_filed_from_where_they_fight_leave_their_victims_of_that_place():
    [document] = _every_row(["GAZA CITY — Israeli forces on Tuesday (9 March) killed at least 30 people in an attack."])
    rows = _triggered(document, "killed")
    # (the date is no part of the forces' words; the dead are of the place the story is filed from)
    assert rows and all([a.entity_text for a in e.actor] == ["Israeli forces"] for e in rows)
    assert all([r.code for r in e.recipient] == ["PSE"] for e in rows)


@pytest.mark.model
def test_who_returned_fire_did_the_harm_of_an_agentless_passive():
    [document] = _every_row(["DAYTON — A suspect was wounded when deputies returned fire on Sunday."])
    rows = _triggered(document, "wounded")
    assert rows and all([a.entity_text for a in e.actor] == ["deputies"] for e in rows)


@pytest.mark.model
def test_a_count_of_a_relative_pronoun_stands_for_its_noun():
    [document] = _every_row(["DAYTON — Officers named two suspects, Ann Hale and Jo Reed, both of whom had shot at "
                             "deputies from a car."])
    rows = _triggered(document, "shot")
    assert rows and all("Ann Hale" in [a.entity_text for a in e.actor] for e in rows)


@pytest.mark.model
def test_who_says_someone_is_to_blame_blames_them():
    [document] = _every_row(["WASHINGTON — Senator Ann Hale said Governor Reyes was to blame for the shortfall."])
    rows = _triggered(document, "blame")
    assert rows and all([a.entity_text for a in e.actor] == ["Senator Ann Hale"]
                        and [r.entity_text for r in e.recipient] == ["Governor Reyes"] for e in rows)


@pytest.mark.model
def test_state_media_are_their_states_journalists():
    [document] = _every_row(["WASHINGTON — Xinhua and Yonhap both reported the talks, and a columnist, Ann Hale, "
                             "criticized them."])
    coded = {m.actor.entity_text: (m.actor.code, m.actor.sector) for m in document.mentions}
    assert coded["Xinhua"] == ("CHN", ["JRN"]) and coded["Yonhap"] == ("KOR", ["JRN"])
    assert "JRN" in coded["a columnist, Ann Hale"][1]


@pytest.mark.model
def test_national_unions_are_labour_of_their_country():
    [document] = _every_row(["PARIS — The Teamsters and the TUC both sent letters to the minister, and the AFL-CIO "
                             "praised them."])
    coded = {m.actor.entity_text: (m.actor.code, m.actor.sector) for m in document.mentions}
    assert coded["The Teamsters"] == ("USA", ["LAB"]) and coded["the TUC"] == ("GBR", ["LAB"])
    assert coded["the AFL-CIO"] == ("USA", ["LAB"])


@pytest.mark.model
def test_what_a_named_body_issues_speaks_for_the_body():
    report, editorial = _every_row([
        "GENEVA — An Amnesty International report accused the army of abuses in the north.",
        "BOSTON — The governor is handing out copies of a Boston Herald editorial that accuses Senator Ann Hale of "
        "wasting public money."])
    rows = _triggered(report, "accused")
    assert rows and all([(a.code, a.sector) for a in e.actor] == [("NGO", ["HRI"])] for e in rows)
    rows = _triggered(editorial, "accuses")
    assert rows and all([(a.name, a.code, a.sector) for a in e.actor] == [("Boston Herald", "USA", ["JRN"])]
                        for e in rows)


@pytest.mark.model
def test_a_verdict_on_the_proposal_is_aimed_at_whom_an_earlier_sentence_says_proposed_it():
    drew, slammed, alone = _every_row([
        "BOSTON — Governor Ann Hale proposed a ban on fireworks on Monday. The proposal drew sharp criticism "
        "from state lawmakers.",
        "BOSTON — Senator Bo Reed's plan to close the base was announced in May. Local unions rejected the plan on "
        "Friday.",
        "BOSTON — Mayor Tom Reyes slammed the proposal as reckless."])
    rows = _triggered(drew, "criticism")
    assert rows and all([r.entity_text for r in e.recipient] == ["Governor Ann Hale"] for e in rows)
    rows = _triggered(slammed, "rejected")
    assert rows and all([r.name for r in e.recipient] == ["Bo Reed"] for e in rows)
    assert all(not e.recipient for e in _triggered(alone, "slammed"))


@pytest.mark.model
def test_the_implied_authority_is_the_body_the_sentence_names_as_acting_or_saying_so():
    said, seized, officer, source = _every_row([
        "ALBANY, N.Y. — Reed was charged with arson on Monday, prosecutors said.",
        "ALBANY, N.Y. — Two men were arrested after county deputies searched a barn on Friday.",
        "ALBANY, N.Y. — A police officer was arrested on Monday.",
        "ALBANY, N.Y. — Reed was charged with arson on Monday, a court source said."])
    assert all(a.entity_text == "" for e in _triggered(source, "charged") for a in e.actor)
    rows = _triggered(said, "charged")
    assert rows and all([(a.entity_text, a.code, a.sector) for a in e.actor] == [("prosecutors", "USA", ["JUD"])]
                        for e in rows)
    rows = _triggered(seized, "arrested")
    assert rows and all([a.entity_text for a in e.actor] == ["county deputies"] for e in rows)
    rows = _triggered(officer, "arrested")
    assert rows and all([(a.entity_text, a.code, a.sector) for a in e.actor] == [("", "USA", ["COP"])] for e in rows)


@pytest.mark.model
def test_who_act_on_each_other_are_the_acts_recipients_too():
    group, pair = _every_row(["WASHINGTON — Lawmakers accused each other of lying about the budget on Tuesday.",
                              "Sudan and Chad have accused one another of arming rebels."])
    rows = _triggered(group, "accused")
    assert rows and all([(r.code, r.sector) for r in e.recipient] == [("USA", ["LEG"])] for e in rows)
    rows = _triggered(pair, "accused")
    assert rows and all(sorted(r.code for r in e.recipient) == ["SDN", "TCD"] for e in rows)


@pytest.mark.model
def test_who_conducts_an_inquiry_or_has_it_underway_leads_it():
    relative, underway = _every_row([
        "WASHINGTON — Tom Reed was joined by federal agents who conducted the long investigation of Ann Hale.",
        "WASHINGTON — An investigation of Ann Hale is underway by the FBI."])
    rows = _triggered(relative, "investigation")
    assert rows and all([a.entity_text for a in e.actor] == ["federal agents"] for e in rows)
    rows = _triggered(underway, "investigation")
    assert rows and all([a.entity_text for a in e.actor] == ["the FBI"]
                        and [r.entity_text for r in e.recipient] == ["Ann Hale"] for e in rows)


@pytest.mark.model
def test_a_legislatures_committee_is_the_legislature():
    for text in ("WASHINGTON — The House Oversight Committee criticized the agency on Monday.",
                 "WASHINGTON — The Judiciary Committee criticized the agency on Monday."):  # (no court)
        [document] = _every_row([text])
        rows = _triggered(document, "criticized")
        assert rows and all([(a.code, a.sector) for a in e.actor] == [("USA", ["LEG"])] for e in rows), text


@pytest.mark.model
def test_who_a_shooting_or_a_claim_names_did_the_killing():
    shooting, claimed = _every_row([
        "ORLANDO, Fla. — Tom Reed was killed in a police shooting on Sunday.",
        "RIYADH — The list includes the killing of a Saudi police colonel that was later claimed by the Islamic State."])
    rows = _triggered(shooting, "killed")
    assert rows and all([(a.code, a.sector) for a in e.actor] == [("USA", ["COP"])] for e in rows)
    rows = _triggered(claimed, "killing")
    assert rows and all([a.entity_text for a in e.actor] == ["the Islamic State"]
                        and [r.code for r in e.recipient] == ["SAU"] for e in rows)


@pytest.mark.model
def test_a_place_in_what_a_criticism_is_for_is_not_the_critics_country():
    [document] = _every_row(["WASHINGTON — Governor Ann Hale has been criticized for her policy in Syria."])
    rows = _triggered(document, "criticized")
    assert rows and not any(a.code == "SYR" for e in rows for a in e.actor)


@pytest.mark.model
def test_the_owner_of_who_died_in_another_happening_is_no_party_of_the_act():
    from wirecoder.events.roles.fallbacks import _victim_of_another_happening

    doc = _parsed("A Dayton man was found guilty on Friday in the death of a woman and the death of her unborn child.")
    [found] = [t for t in doc if t.lower_ == "found"]
    [her] = [t for t in doc if t.lower_ == "her"]
    assert _victim_of_another_happening(found, her)


@pytest.mark.model
def test_kin_are_civilians():
    [document] = _every_row(["DAYTON — The nephew fired a rifle at two neighbors on Sunday, police said."])
    rows = _triggered(document, "fired")
    assert rows and all([(a.entity_text, a.code, a.sector) for a in e.actor] == [("The nephew", "USA", ["CVL"])]
                        for e in rows)


@pytest.mark.model
def test_who_a_participle_says_labeled_something_is_not_the_acts_target():
    [document] = _every_row(["WASHINGTON — Senator Ann Hale has faced criticism for the long inquiry into the raid, "
                             "often branded as a witch hunt by Democrats."])
    rows = _triggered(document, "inquiry")
    assert rows and not any(r.entity_text == "Democrats" for e in rows for r in e.recipient)


@pytest.mark.model
def test_known_americans_keep_their_country_in_a_story_set_abroad():
    [document] = _every_row(["BEIJING — Michael R. Bloomberg and James Comey met Chinese officials on Monday."])
    coded = {m.actor.entity_text: (m.actor.code, m.actor.sector) for m in document.mentions}
    assert coded["Michael R. Bloomberg"][0] == "USA" and coded["James Comey"] == ("USA", ["COP"])


@pytest.mark.model
def test_a_candidates_rallies_are_no_protest_when_the_name_is_tagged_a_common_noun():
    [document] = _every_row(["WASHINGTON — Police are on alert since fights have broken out at Trump rallies in "
                             "three states."])
    assert not [e for e in document.events if e.event == "PROTEST"]


@pytest.mark.model
def test_what_is_being_allowed_is_still_to_come():
    allowing, allowed, giving = _every_row([
        "DAYTON — The city is allowing rallies of striking nurses in the park all week.",
        "DAYTON — Police allowed striking nurses to march to City Hall on Monday.",
        "DAYTON — The city is giving the nurses more room than Toledo is, allowing all-day rallies of striking "
        "nurses in the park."])
    rows = [e for e in allowing.events + giving.events if e.event == "PROTEST"]
    assert rows and all("future" in e.aux_mode for e in rows)
    assert [e for e in giving.events if e.event == "PROTEST"]
    assert [e for e in allowed.events if e.event == "PROTEST" and not e.aux_mode]


@pytest.mark.model
def test_people_named_after_a_person_are_not_that_person():
    [document] = _every_row(["WASHINGTON — Early Obama enthusiasts have since criticized the war, and Trump fans booed."])
    coded = {m.actor.entity_text: (m.actor.name, m.actor.sector) for m in document.mentions}
    assert "GOV" not in coded["Early Obama enthusiasts"][1] and coded["Trump fans"][1] == ["CVL"]
    assert coded["Trump fans"][0] != "Donald Trump"


@pytest.mark.model
def test_one_follower_aide_or_critic_named_after_a_person_is_not_that_person():
    [document] = _every_row(["WASHINGTON — A Clinton supporter accused the rally's organisers of bias, a Trump aide "
                             "criticized the reporters, and a supporter of Sanders booed."])
    coded = {m.actor.entity_text: (m.actor.code, m.actor.name, m.actor.sector) for m in document.mentions}
    assert coded["A Clinton supporter"] == ("USA", None, ["CVL"])
    assert coded["a Trump aide"][:2] == ("USA", None)
    assert coded["a supporter of Sanders"] == ("USA", None, ["CVL"])


@pytest.mark.model
def test_a_follower_takes_no_name_of_a_later_follower():
    [document] = _every_row(["A Clinton supporter accused the rally's organisers of bias on Monday. Later the "
                             "organisers met Tom Hale, a Clinton supporter from Ohio."])
    named = {m.actor.entity_text: m.actor.name for m in document.mentions}
    assert named["A Clinton supporter"] is None and named["Tom Hale"] == "Tom Hale"


@pytest.mark.model
def test_a_pronoun_after_what_a_copula_says_a_person_is_stands_for_that_person():
    # The description (named after someone else) is no second person for "his".
    [document] = _every_row(["Senator Tom Hale spoke in Ohio on Monday. Hale is an old Clinton supporter and gave "
                             "his backing to the party."])
    named = {m.actor.entity_text: m.actor.name for m in document.mentions}
    assert (named["an old Clinton supporter"], named["his"]) == (None, "Tom Hale")


@pytest.mark.model
def test_a_passive_clause_parsed_as_a_participle_keeps_its_own_subject():
    [document] = _every_row(["WASHINGTON — The senator cited a report that six Iraqi students were detained at the "
                             "border on Friday."])
    rows = _triggered(document, "detained")
    assert rows and all([(r.entity_text, r.code) for r in e.recipient] == [("six Iraqi students", "IRQ")]
                        for e in rows)


@pytest.mark.model
def test_supporters_of_a_persons_insurgent_bid_are_neither_the_person_nor_insurgents():
    [document] = _every_row(["WASHINGTON — On Monday, hundreds of supporters of Sanders' insurgent bid cheered in "
                             "Ohio. Later Sanders thanked them, and Comey and Kasich spoke."])
    coded = {m.actor.entity_text: (m.actor.name, m.actor.sector) for m in document.mentions}
    assert coded["supporters of Sanders' insurgent bid"] == (None, ["CVL"])
    assert "REB" not in coded["Sanders' insurgent bid"][1]
    assert coded["Sanders"][1] == ["LEG"] and coded["Comey"][1] == ["COP"] and coded["Kasich"][1] == ["GOV"]


@pytest.mark.model
def test_the_actors_words_end_before_the_act():
    document, marched = _every_row(["WASHINGTON — The chair dismissed Sanders' accusations against the fund.",
                                     "DAYTON — Several hundred protesters set up barricades on Sunday."])
    rows = _triggered(document, "accusations")
    assert rows and all([a.entity_text for a in e.actor] == ["Sanders'"] for e in rows)
    # (unless the act's word names its doers)
    rows = _triggered(marched, "protesters")
    assert rows and all([a.entity_text for a in e.actor] == ["Several hundred protesters"] for e in rows)


@pytest.mark.model
def test_members_of_a_named_family_are_still_people_of_the_place():
    [document] = _every_row(["GAZA CITY — Eleven members of the wider Hamdan family were killed on Monday when a "
                             "shell hit their home, medics said."])
    rows = _triggered(document, "killed")
    # (only backers, critics and the like of a person are a group apart from the person)
    assert rows and all([(r.entity_text, r.code) for r in e.recipient]
                        == [("Eleven members of the wider Hamdan family", "PSE")] for e in rows)


def test_what_a_firing_verb_names_is_what_was_fired_not_whom_it_hit():
    [document] = _every_row(["GAZA CITY — Israeli police said a total of 400 rockets had been fired over the "
                             "past week of fighting. Police said two men were shot near the market."])
    [rockets] = [e for e in document.events if "rockets" in e.sentence]  # ("fired" or "rockets" anchors it)
    # (no target told, so not the people of where the story is set)
    assert rockets.event == "ASSAULT" and rockets.recipient == []
    [shooting] = _triggered(document, "shot")
    assert [(r.entity_text, r.code) for r in shooting.recipient] == [("two men", "PSE")]
    # Shots in a crime story hit someone where the story is.
    [document] = _every_row(["ALBANY, N.Y. — Police said three shots were fired outside a bar on Sunday."])
    assert [[r.code for r in e.recipient] for e in document.events if e.event == "ASSAULT"][:1] == [["USA"]]


def test_an_attacker_does_not_fire_on_its_own_forces():
    [document] = _every_row(["The army said on Friday that Hamas gunmen had fired mortar rounds at their troops "
                             "from a mosque. Two days later the gunmen fired on their own positions by mistake."])
    [claimed] = [e for e in document.events if "mosque" in e.sentence
                 and [(a.entity_text, a.code) for a in e.actor] == [("Hamas gunmen", "PSE")]]
    # ("their" read as the gunmen's: it was the army's troops, so no target beats a wrong one)
    assert claimed.event == "ASSAULT" and claimed.recipient == []


def test_a_country_a_border_is_shared_with_is_not_the_target():
    [document] = _every_row(["RAFAH, Gaza Strip — The Israeli military said its jets had bombed 30 tunnels "
                             "under the border with Egypt overnight."])
    rows = [e for e in document.events if e.event == "ASSAULT" and any(a.code == "ISR" for a in e.actor)]
    assert rows and all([r.code for r in e.recipient] == ["PSE"] for e in rows)


def test_a_body_does_not_accuse_itself():
    [document] = _every_row(["A source close to the FBI's own inquiry said its servers were breached, the Senate "
                             "report said. It accused the FBI of hiding the breach."])
    rows = [e for e in document.events if e.event == "ACCUSE" and "hiding" in e.sentence]
    # ("It" read as the FBI: it stood for the report)
    assert rows and all(not any(a.code for a in e.actor) for e in rows)
    assert any([r.entity_text for r in e.recipient] == ["the FBI"] for e in rows)
    # Parties that accuse one another are on both sides all the same.
    [document] = _every_row(["WASHINGTON — The FBI and the CIA traded blame on Monday. They accused each other "
                             "of leaking the memo."])
    [mutual] = [e for e in document.events if e.event == "ACCUSE" and "each other" in e.sentence]
    assert [a.entity_text for a in mutual.actor] == [r.entity_text for r in mutual.recipient] == ["They"]


def test_whose_hands_did_the_harm_is_the_attacker():
    [document] = _every_row(["TULSA, Okla. — The paper employed a photographer, Lena Ruiz, who died in a shooting "
                             "in May at the hands of police."])
    rows = [e for e in document.events if e.event == "ASSAULT" and e.event_text == "shooting"]
    assert rows and [(a.entity_text, a.code) for a in rows[0].actor] == [("police", "USA")]


def test_a_group_before_a_dashed_aside_is_the_subject():
    [document] = _every_row(["ATHENS — Students - some on foot, others riding bicycles - attacked a bank with "
                             "stones in central Athens, police said."])
    rows = [e for e in document.events if e.event_text == "attacked"]
    # (the parse makes "others" the subject and hangs "Students" on the verb)
    assert rows and [a.entity_text.split(" ")[0] for a in rows[0].actor] == ["Students"]


def test_a_verb_right_after_a_believed_clause_goes_on_with_its_subject():
    [document] = _every_row(["DAYTON, Ohio — At first, police believed Mr. Tolliver committed the burglary, then "
                             "kidnapped Ms. Pruitt and their 3-month-old daughter."])
    rows = [e for e in document.events if e.event_text == "kidnapped"]
    # (the parse joins "kidnapped" to "believed": the police believed it, he did it)
    assert rows and [a.entity_text for a in rows[0].actor] == ["Mr. Tolliver"]


def test_who_did_another_act_is_not_the_target():
    [document] = _every_row(["BOSTON — As evidence for her allegation, Ortiz pointed to a harsh attack on the "
                             "governor by state Sen. Dale Whitmer."])
    rows = [e for e in document.events if e.event_text == "allegation"]
    # (Whitmer made the attack; the allegation is not aimed at him)
    assert rows and not any("Whitmer" in r.entity_text for r in rows[0].recipient)


def test_an_object_its_appositive_names_is_that_party():
    [document] = _every_row(["RENO, Nev. — Ted Cruz, talking to donors in Reno, was mocking the evening’s surprise "
                             "victor among Democrats: Hillary Clinton."])
    rows = [e for e in document.events if e.event_text == "mocking"]
    # (not the party the object's own words mention)
    assert rows and [r.name for r in rows[0].recipient] == ["Hillary Clinton"]


def test_those_violence_befell_do_not_give_its_doers_a_country():
    [document] = _every_row(["RAFAH, Gaza Strip — The raids lifted the overall toll in Palestinian lives since "
                             "March to 410."])
    rows = [e for e in document.events if e.event_text == "raids"]
    # ("Palestinian lives" are whom the raids befell: no actor beats a wrong one)
    assert rows and not any(a.code == "PSE" for a in rows[0].actor)


@pytest.mark.model
def test_condemning_a_coup_attempt_or_a_plot_is_aimed_at_its_makers_not_the_setting():
    coup, plot = _every_row([
        "WASHINGTON -- A professor living in Ohio spoke on Monday. He denounced the coup attempt and said he had no "
        "part in it.",
        "WASHINGTON -- Lawmakers met on Monday. The senator condemned the assassination plot."])
    assert [[r.code for r in e.recipient] for e in _triggered(coup, "denounced")] == [[]]
    assert [[r.code for r in e.recipient] for e in _triggered(plot, "condemned")] == [[]]


@pytest.mark.model
def test_condemning_violence_or_terrorism_in_general_names_no_party():
    violence, terror = _every_row([
        "CHICAGO -- Aldermen met on Monday. The mayor asked the governor to condemn violence, whoever starts it.",
        "CHICAGO -- Aldermen met on Monday. The mayor condemned terrorism in every form."])
    # (the violence is no party of the setting: its doers are not named)
    assert [[r.code for r in e.recipient] for e in _triggered(violence, "condemn")] in ([], [[]])
    assert [[r.code for r in e.recipient] for e in _triggered(terror, "condemned")] in ([], [[]])


@pytest.mark.model
def test_condemning_what_someone_called_a_violent_act_is_aimed_at_its_doers():
    [document] = _every_row(["The United Nations issued a statement on Friday condemning \"in the firmest terms\" what "
                             "it called \"worrying steps\" between the two states, above all the shelling by Ethiopian "
                             "troops."])
    rows = _triggered(document, "condemning")
    assert rows and all([r.code for r in e.recipient] == ["ETH"] for e in rows)


@pytest.mark.model
def test_who_calls_someone_a_con_artist_accuses_them_and_the_name_is_no_party():
    [document] = _every_row(["Senator Rubio called Senator Cruz a con artist on Monday."])
    rows = [e for e in _triggered(document, "called") if e.event == "ACCUSE"]
    assert rows and all([a.name for a in e.actor] == ["Marco Rubio"] for e in rows)
    assert all([r.entity_text for r in e.recipient] == ["Senator Cruz"] for e in rows)


@pytest.mark.model
def test_whom_an_attacker_claimed_allegiance_to_is_not_the_attacker():
    [document] = _every_row(["A gunman also claiming allegiance to al-Shabaab shot dead five villagers near Lamu, "
                             "Kenya, last week."])
    # (the parse hangs "shot" under "claiming"; the group is only whom he follows)
    assert [[a.entity_text for a in e.actor] for e in _triggered(document, "shot")] == [[""]]


@pytest.mark.model
def test_who_was_hurt_in_a_shooting_underwent_it():
    [document] = _every_row(["RICHMOND, Calif. — Two men were hurt in a shooting on Friday night."])
    assert [[(r.entity_text, r.code) for r in e.recipient] for e in _triggered(document, "shooting")] == [[("Two men", "USA")]]


@pytest.mark.model
def test_who_was_found_shot_underwent_it_and_the_finders_did_not_do_it():
    found, among = _every_row([
        "KANSAS CITY, Kan. — Police found three people shot on Elm Street.",
        "KANSAS CITY, Kan. — Dale Ruiz, 31, was one of four people found shot on Elm Street."])
    for document in (found, among):
        rows = _triggered(document, "shot")
        assert [[r.entity_text for r in e.recipient] for e in rows] in ([["three people"]], [["four people"]]), \
            document.text
        assert all(_unidentified(e) for e in rows), document.text


@pytest.mark.model
def test_a_shooting_death_read_as_an_adjective_was_done_to_whose_death_it_was():
    [document] = _every_row(["NEW YORK — Kimani Gray, 16, was killed on Saturday. Following the shooting death "
                             "of Kimani late on Friday, the officers said he had raised a pistol."])
    assert [[r.entity_text for r in e.recipient] for e in _triggered(document, "shooting")] == [["Kimani"]]


@pytest.mark.model
def test_who_sustained_injuries_in_a_shooting_or_is_dead_from_one_underwent_it():
    sustained, dead = _every_row([
        "RICHMOND, Calif. — A woman sustained injuries in a shooting on Friday.",
        "RICHMOND, Calif. — A man is dead and a second man has serious injuries from a shooting on Friday."])
    # (the woman took the harm: she is not the shooter)
    rows = _triggered(sustained, "shooting")
    assert [[r.entity_text for r in e.recipient] for e in rows] == [["A woman"]]
    assert all(_unidentified(e) for e in rows)
    assert [sorted(r.entity_text for r in e.recipient) for e in _triggered(dead, "shooting")] == [
        ["A man", "a second man"]]


@pytest.mark.model
def test_whom_an_attack_left_dead_or_hurt_underwent_it():
    dead, hurt = _every_row([
        "DAYTON, Ohio — The bombing of the market on Friday left nine shoppers dead.",
        "DAYTON, Ohio — A grenade blast outside the stadium left six fans injured."])
    # (the toll's people are the target, coded by the setting)
    assert [[(r.entity_text, r.code) for r in e.recipient] for e in _triggered(dead, "bombing")] == [[("nine shoppers", "USA")]]
    assert [[(r.entity_text, r.code) for r in e.recipient] for e in _triggered(hurt, "blast")] == [[("six fans", "USA")]]
    assert all(_unidentified(e) for e in _triggered(dead, "bombing"))


@pytest.mark.model
def test_a_year_told_after_what_an_act_is_for_dates_that_not_the_act():
    from wirecoder.pipeline import code_many
    from wirecoder.settings import default_settings

    texts = ["Later in the day, the senator escalated her attacks, criticizing the governor for his votes "
             "against the housing bill in the 1990s.",
             "The senator attacked the governor in 2008 for his votes against the housing bill."]
    items = [{"id": f"d{n}", "text": text, "date": "2016-04-11"} for n, text in enumerate(texts)]
    later, then = code_many(items, default_settings().with_overrides(min_confidence=0.0, require_actor=False))
    # (the votes were in the 1990s; the criticism that day, not a decade old)
    [criticizing] = _triggered(later, "criticizing")
    assert criticizing.date == "2016-04-11" and "historical" not in criticizing.aux_mode
    # A year told before the reason still dates the act.
    [attacked] = _triggered(then, "attacked")
    assert attacked.date == "2008" and "historical" in attacked.aux_mode


@pytest.mark.model
def test_common_role_nouns_give_their_sector_and_the_settings_country():
    soldier, bankers = _every_row([
        "KABUL — A soldier shot two protesters near the old bazaar on Monday.",
        "NEW YORK — The mayor's housing plan was criticized by several bankers on Monday."])
    assert _actors_of(soldier, "shot") == [[("A soldier", "AFG", ["MIL"])]]
    assert _actors_of(bankers, "criticized") == [[("several bankers", "USA", ["BUS"])]]


@pytest.mark.model
def test_a_force_named_on_the_attack_a_harm_was_done_in_did_it():
    result, kind = _every_row([
        "COLOMBO — Nine villagers were killed on Tuesday as a result of Sri Lankan army shelling of the coast.",
        "COLOMBO — Nine villagers were killed on Tuesday in army shelling of the coast."])
    # (the force by its own words, not the attack's; by its kind only, of where it happened)
    assert _actors_of(result, "killed") == [[("Sri Lankan army", "LKA", ["MIL"])]]
    assert _actors_of(kind, "killed") == [[("army", "LKA", ["MIL"])]]


@pytest.mark.model
def test_the_country_that_made_a_strike_is_not_where_its_victims_are():
    passive, active = _every_row([
        "SANAA, Yemen — Four farmers were killed in a U.S. drone strike on Tuesday.",
        "SANAA, Yemen — A U.S. drone strike killed four farmers on Tuesday."])
    for document in (passive, active):
        [row] = _triggered(document, "killed")
        assert [a.code for a in row.actor] == ["USA"]
        assert [(r.entity_text.lower(), r.code) for r in row.recipient] == [("four farmers", "YEM")]


@pytest.mark.model
def test_a_thing_that_underwent_a_passive_is_of_the_place_its_words_name():
    reduced, full = _every_row([
        "GAZA CITY — Parents gathered outside the Gaza school shelled by Israel on Friday.",
        "JERUSALEM — A clinic in Rafah was shelled by Israel on Friday."])
    for document in (reduced, full):
        [row] = [e for e in _triggered(document, "shelled") if e.event == "ASSAULT"]
        assert [a.code for a in row.actor] == ["ISR"]
        # (the clinic is Palestinian ground: not Israel's own affair)
        assert [r.code for r in row.recipient] == ["PSE"], document.text


@pytest.mark.model
def test_a_title_held_in_a_firm_the_knowledge_does_not_list_is_no_government_post():
    firm, ministry, field = _every_row([
        "NEW YORK — A Vantrell Logistics spokesman criticized the mayor on Monday.",
        "NEW YORK — A State Department spokesman criticized the mayor on Monday.",
        "WASHINGTON — Labor Secretary Maria Ortiz criticized the ruling on Monday."])
    # (the firm's spokesman keeps the setting's country, with no sector)
    assert _actors_of(firm, "criticized") == [[("A Vantrell Logistics spokesman", "USA", [])]]
    # (a multinational the knowledge lists: its own code, as business, still no government post)
    [listed] = _every_row(["NEW YORK — A Boeing spokesman criticized the mayor on Monday."])
    assert _actors_of(listed, "criticized") == [[("A Boeing spokesman", "MNC", ["BUS"])]]
    # A department named by its field ("Labor", tagged as an organisation) is a public body.
    for document in (ministry, field):
        assert [[a.sector for a in e.actor] for e in _triggered(document, "criticized")] == [[["GOV"]]]


@pytest.mark.model
def test_the_two_men_or_leaders_are_the_two_people_named_last():
    [document] = _every_row([
        "MOSCOW — Vladimir Putin welcomed Chinese President Xi Jinping to the Kremlin on Tuesday. "
        "The two leaders signed a gas agreement."])
    rows = _triggered(document, "signed")
    assert rows and all(sorted((a.name, a.code) for a in e.actor) == [("Vladimir Putin", "RUS"), ("Xi Jinping", "CHN")]
                        for e in rows)
    assert all(a.entity_text == "The two leaders" for e in rows for a in e.actor)


@pytest.mark.model
def test_a_name_and_its_possessive_ending_own_the_act_the_parse_made_its_object():
    # (the parse reads "Trump" as a clause and "accusation" as its object)
    [document] = _every_row(["DAYTON, Ohio — Turnout was low.\n\nTrump’s accusation that Lund and Ortiz had wrecked "
                             "the budget angered the council, Reed said."])
    [row] = _triggered(document, "accusation")
    assert [(a.name, a.code) for a in row.actor] == [("Donald Trump", "USA")]
    assert sorted(r.entity_text for r in row.recipient) == ["Lund", "Ortiz"]


@pytest.mark.model
def test_who_is_involved_in_the_second_of_two_acts_did_it():
    [document] = _every_row(["DAYTON, Ohio — Jim Harlow worked for the county for years. He was often involved in "
                             "staff disputes and public criticism of the road supervisor."])
    [row] = _triggered(document, "criticism")
    assert [(a.entity_text, a.name) for a in row.actor] == [("He", "Jim Harlow")]
    assert [r.entity_text for r in row.recipient] == ["the road supervisor"]


@pytest.mark.model
def test_a_name_the_parse_made_an_apposition_of_a_fronted_participles_place_is_the_subject():
    # (the parse makes Reed an apposition of Dayton; "also" stands between the clause and the verb)
    [document] = _every_row(["DAYTON, Ohio — Speaking in Dayton, Reed, without naming him, also accused Hale of "
                             "lying about the budget."])
    [row] = _triggered(document, "accused")
    assert [a.entity_text for a in row.actor] == ["Reed"]
    assert [r.entity_text for r in row.recipient] == ["Hale"]


@pytest.mark.model
def test_an_implied_authority_is_the_one_body_of_its_kind_the_article_shows_acting():
    one, two = _every_row([
        "DAYTON, Ohio — The Ohio State Highway Patrol said Tom Reed had been driving at 90 miles an hour. "
        "Reed, 41, was arrested on Friday after a crash on Main Street.",
        "DAYTON, Ohio — The Ohio State Highway Patrol said Tom Reed had been driving at 90 miles an hour, and the "
        "FBI said it was looking into his firm. Reed, 41, was arrested on Friday after a crash on Main Street."])
    # (named, but no words of the arrest's sentence are its)
    [arrest] = _triggered(one, "arrested")
    assert [(a.entity_text, a.name, a.code, "COP" in a.sector) for a in arrest.actor] \
        == [("", "Ohio State Highway Patrol", "USA", True)]
    # Two police bodies: which one arrested him is not said.
    [arrest] = _triggered(two, "arrested")
    assert [(a.entity_text, a.name, a.code) for a in arrest.actor] == [("", None, "USA")]


@pytest.mark.model
def test_an_arena_a_march_went_past_is_not_what_it_protested():
    [document] = _every_row(["HARRISBURG, Pa. — Hundreds of protesters made long marches down Elm Street on Monday "
                             "to a park beside the Keystone Arena."])
    [row] = _triggered(document, "marches")
    assert [a.entity_text for a in row.actor] == ["Hundreds of protesters"]
    assert row.recipient == []


@pytest.mark.model
def test_a_death_a_when_clause_tells_as_a_road_death_is_no_attack():
    [document] = _every_row(["DAYTON, Ohio — Ruth Pell, 58, of Oakfield was killed late Friday when Dorran struck "
                             "and killed her on Elm Street in Riverton."])
    assert [e.event_text for e in document.events if e.event == "ASSAULT"] == []
    # With a weapon it is an attack.
    [document] = _every_row(["DAYTON, Ohio — Ruth Pell, 58, of Oakfield was killed late Friday when Dorran struck "
                             "and killed her with a hammer on Elm Street in Riverton."])
    assert "killed" in [e.event_text for e in document.events if e.event == "ASSAULT"]


@pytest.mark.model
def test_initials_an_alias_gave_name_the_same_party_again():
    [document] = _every_row(["MOGADISHU, Somalia — The Kenya Defence Forces, or KDF, attacked a camp near the border "
                             "on Monday. Residents said the KDF shelled the camp again on Tuesday."])
    [row] = _triggered(document, "shelled")
    # (named by the body's own name since the fiftieth session, not its country's)
    assert [(a.entity_text, a.name, a.code) for a in row.actor] == [("the KDF", "The Kenya Defence Forces", "KEN")]
    [document] = _every_row(["MOGADISHU, Somalia — The Kenya Defence Forces (KDF) attacked a camp near the border "
                             "on Monday. Residents said the KDF shelled the camp again on Tuesday."])
    [row] = _triggered(document, "shelled")
    assert [(a.name, a.code) for a in row.actor] == [("The Kenya Defence Forces", "KEN")]


@pytest.mark.model
def test_whom_allegations_are_said_to_face_is_their_target():
    [document] = _every_row(["DAYTON, Ohio — Mayor Tom Reed is running again. The theft allegations facing his "
                             "campaign treasurer dominate a new ad, a rival's backers said."])
    [row] = _triggered(document, "allegations")
    assert [r.entity_text for r in row.recipient] == ["his campaign treasurer"]


@pytest.mark.model
def test_the_subject_of_a_question_put_to_someone_is_the_one_asked():
    [document] = _every_row(["DAYTON, Ohio — Moderator Jan Olsen raised the budget, asking Tom Reed why he has "
                             "criticized the mayor's spending."])
    [row] = _triggered(document, "criticized")
    assert [(a.entity_text, a.name) for a in row.actor] == [("he", "Tom Reed")]


@pytest.mark.model
def test_who_a_relative_clause_describes_did_not_do_the_violence_it_tells_of():
    [document] = _every_row(["JUBA, South Sudan — Tarma holds more than 9,000 refugees, many of whom walked for a "
                             "week across the border to flee bombing and hunger in Sudan's Blue Nile state."])
    [row] = _triggered(document, "bombing")
    assert all(a.code != "SSD" for a in row.actor)
    # A relative pronoun subject stands for the noun the clause describes.
    [document] = _every_row(["DAYTON, Ohio — Talk show host Dan Pell, who since the hiring of Tom Reed as head of "
                             "the Hale campaign has been denouncing the mayor, said so on Monday."])
    [row] = _triggered(document, "denouncing")
    assert [a.name for a in row.actor] == ["Dan Pell"]


@pytest.mark.model
def test_a_surname_the_tagger_reads_as_a_common_noun_is_the_person_named_before():
    # (the parse tags "Oz" a common noun, so "him" had gone to Gorski)
    [document] = _every_row(["Kamil Oz is a TV surgeon. Critics include Dan Gorski, a professor of surgery. “He ignores "
                             "facts,” Gorski said. Oz’s diet tips won him a summons from Congress, where Senator Ann "
                             "Hale scolded him."])
    [row] = _triggered(document, "scolded")
    assert [(r.entity_text, r.name) for r in row.recipient] == [("him", "Kamil Oz")]


@pytest.mark.model
def test_who_guards_a_square_a_relative_clause_tells_a_demonstration_of_neither_held_it_nor_was_its_target():
    [document] = _every_row(["ATHENS, Greece — In the old market square, where 4,000 gathered for a demonstration "
                             "against the cabinet, riot police posted outside the ministry used tear gas on the "
                             "crowd."])
    [row] = _triggered(document, "demonstration")
    assert [(a.entity_text, a.code) for a in row.actor] == [("", "GRC")]
    assert [r.entity_text for r in row.recipient] == ["the cabinet"]


@pytest.mark.model
def test_the_administration_is_the_government_of_the_day_not_an_agency_named_before():
    [document] = _every_row(["WASHINGTON — Agencies may now skip a check by the National Oceanic and Atmospheric "
                             "Administration, Tom Reed said. A spokesman said the "
                             "administration had stated its aims. Democrats criticized the administration harshly over "
                             "the Interior Department's new rule."])
    [row] = _triggered(document, "criticized")
    assert [(r.entity_text, r.name, r.code, r.sector) for r in row.recipient] \
        == [("the administration", None, "USA", ["GOV"])]


@pytest.mark.model
def test_a_conjunct_the_parse_took_from_the_next_clause_is_no_recipient():
    [document] = _every_row(["DAYTON, Ohio — The state attorney's office is investigating the Dayton police and "
                             "the Justice Department is weighing a request to open an inquiry."])
    [row] = _triggered(document, "investigating")
    assert [r.entity_text for r in row.recipient] == ["the Dayton police"]
    # A list of two is still two.
    [document] = _every_row(["DAYTON, Ohio — The state attorney's office is investigating the Dayton police and the "
                             "county sheriff, officials said."])
    [row] = _triggered(document, "investigating")
    assert [r.entity_text for r in row.recipient] == ["the Dayton police", "the county sheriff"]


@pytest.mark.model
def test_a_third_person_inside_a_quotation_is_not_its_speaker():
    from wirecoder.pipeline import code

    document = code("DAYTON, Ohio — Dr. Kamil Oz hosts a TV show. “He has a huge pulpit,” said Dan Gorski, a "
                    "professor of surgery. “He ignores facts he finds awkward.” Senator Ann Hale later scolded him.")
    pronouns = [m.actor.name for m in document.mentions if m.actor.entity_text in ("He", "he", "him")]
    assert pronouns == ["Kamil Oz"] * 4
    # Outside the quotation the speaker is still who "he" may be.
    document = code("DAYTON, Ohio — Dr. Kamil Oz hosts a TV show. “He has a huge pulpit,” said Dan Gorski, a "
                    "professor of surgery. He later wrote a book.")
    assert [m.actor.name for m in document.mentions if m.actor.entity_text == "He"] == ["Kamil Oz", "Dan Gorski"]


@pytest.mark.model
def test_she_after_a_subject_of_no_known_gender_is_the_one_woman_named_before():
    [document] = _every_row(["TRENTON, N.J. — Gov. Chris Hale described Mayor Ann Reed as a disgrace after she "
                             "attacked police officers."])
    [row] = _triggered(document, "attacked")
    assert [(a.entity_text, a.name) for a in row.actor] == [("she", "Ann Reed")]
    # "he" stays with the subject.
    [document] = _every_row(["TRENTON, N.J. — Gov. Chris Hale described Mayor Tom Reed as a disgrace after he "
                             "attacked police officers."])
    [row] = _triggered(document, "attacked")
    assert [(a.entity_text, a.name) for a in row.actor] == [("he", "Chris Hale")]


@pytest.mark.model
def test_charging_and_suing_are_allegations_as_the_plover_manual_says():
    one, two = _every_row([
        "OAKFIELD, Ky. — Oakfield police have charged Tom Reed, 27, with murder over the death on Sunday of a "
        "neighbour.",
        "OAKFIELD, Ky. — Ann Pell, a former church clerk, sued Tom Reed and the parish, claiming she was misled."])
    assert [e.mode for e in _triggered(one, "charged")] == ["allege"]
    assert [e.mode for e in _triggered(two, "sued")] == ["allege"]


@pytest.mark.model
def test_blaming_someone_is_disapproval():
    # (the gold's train and dev splits: 6 of 10 blame events "disapprove", none "investigate")
    [document] = _every_row(["DAYTON, Ohio — “I blame Tom Reed for what happened to my boy,” Ann Pell said."])
    assert [e.mode for e in _triggered(document, "blame")] == ["disapprove"]


@pytest.mark.model
def test_a_name_on_lawsuits_is_whom_they_sue():
    [document] = _every_row(["SAN DIEGO — Tom Reed said on Monday that the judge who oversees the Trump University "
                             "lawsuits cannot be impartial."])
    [row] = _triggered(document, "lawsuits")
    assert [r.entity_text for r in row.recipient] == ["Trump University"]
    assert all(a.entity_text != "Trump University" for a in row.actor)


@pytest.mark.model
def test_two_bodies_of_one_country_stay_two_and_a_listed_name_inside_another_countrys_is_not_it():
    # (Both were named "Sudan" and read as one party; "People's Liberation
    # Army" inside the second is China's.)
    [document] = _every_row(["KHARTOUM, Sudan — Since fighting between the Sudanese Armed Forces and the Sudanese "
                             "People's Liberation Army - North began in July, the town has emptied."])
    [row] = _triggered(document, "fighting")
    assert [(a.entity_text, a.code) for a in row.actor] == [
        ("the Sudanese Armed Forces", "SDN"), ("the Sudanese People's Liberation Army - North", "SDN")]


@pytest.mark.model
def test_people_a_bare_relative_clause_says_police_arrested_are_not_police():
    # (the parse makes "people" a compound of "police")
    [document] = _every_row(["KANSAS CITY, Kan. — Tom Reed was among four men police arrested late on Thursday "
                             "following a car chase."])
    [row] = _triggered(document, "arrested")
    assert [(r.entity_text, r.sector) for r in row.recipient] == [("four men", ["CVL"])]
    # "state police" is a compound of its own.
    [document] = _every_row(["KANSAS CITY, Kan. — State police arrested Tom Reed on Thursday night after a car chase."])
    [row] = _triggered(document, "arrested")
    assert [(a.entity_text, a.sector) for a in row.actor] == [("State police", ["COP"])]


@pytest.mark.model
def test_who_made_a_work_shown_where_people_were_shot_was_not_shot():
    [document] = _every_row(["DAYTON, Ohio — Ann Pell began campaigning on guns after two people were shot dead in "
                             "June at a Dayton screening of her new film."])
    [row] = _triggered(document, "shot")
    assert [r.entity_text for r in row.recipient] == ["two people"]


@pytest.mark.model
def test_he_inside_what_an_unnamed_someone_believed_is_that_someone():
    from wirecoder.pipeline import code

    document = code("NEW YORK — Tom Reagan was shot in 1981 by someone who believed that he would win fame if he "
                    "killed the mayor.")
    assert [m.actor.name for m in document.mentions if m.actor.entity_text == "he"] == []
    # A named person the clause describes is still who "he" is.
    document = code("NEW YORK — Tom Reagan was praised by Ann Pell, who believed that he would win.")
    assert [m.actor.name for m in document.mentions if m.actor.entity_text == "he"] == ["Tom Reagan"]


@pytest.mark.model
def test_a_building_an_attack_fell_on_is_of_the_town_its_words_put_it_in():
    # (the town's name follows "the town of", which the tagger reads as an organisation)
    [document] = _every_row(["The Israeli attack on the Al-Nour school in the north Gaza town of Jabaliya, where "
                             "dozens of people were also wounded, was the deadliest of the week."])
    [row] = _triggered(document, "attack")
    assert [a.code for a in row.actor] == ["ISR"]
    assert [r.code for r in row.recipient] == ["PSE"]


@pytest.mark.model
def test_a_crowd_named_by_what_it_was_doing_is_civilians():
    [document] = _every_row(["MARSEILLE, France — A van drove into a market on Friday, killing six people, as the "
                             "driver opened fire on revelers nearby, police said."])
    [row] = _triggered(document, "opened fire")
    assert [(r.entity_text, r.code, r.sector) for r in row.recipient] == [("revelers", "FRA", ["CVL"])]
    # And people named by their work for someone.
    [document] = _every_row(["NEWARK, N.J. — Employees protested outside the firm's stores during the strike."])
    [row] = _triggered(document, "protested")
    assert [(a.entity_text, a.code, a.sector) for a in row.actor] == [("Employees", "USA", ["CVL"])]


@pytest.mark.model
def test_an_institution_named_after_a_person_is_not_the_person():
    documents = _every_row(["Regulators in New York sued the Clinton Foundation on Monday over its accounts.",
                            "Former students in New York sued Trump University on Monday."])
    rows = [row for document in documents for row in _triggered(document, "sued")]
    assert sorted((r.entity_text, r.name, r.code, tuple(r.sector)) for row in rows for r in row.recipient) == [
        ("Trump University", "Trump University", "USA", ("EDU",)),
        ("the Clinton Foundation", "the Clinton Foundation", "USA", ("SOC",))]
    # The person's own name is still the person.
    [document] = _every_row(["Regulators in New York sued Hillary Clinton on Monday over her accounts."])
    [row] = _triggered(document, "sued")
    assert [r.name for r in row.recipient] == ["Hillary Clinton"]


@pytest.mark.model
def test_cops_and_prison_guards_are_police():
    [document] = _every_row(["BROOKLYN, N.Y. — A vigil turned ugly on Monday as dozens of teenagers clashed with "
                             "cops, throwing bottles."])
    [row] = _triggered(document, "clashed")
    assert ("cops", "USA", ["COP"]) in [(a.entity_text, a.code, a.sector) for a in row.actor + row.recipient]
    [document] = _every_row(["HOUSTON — Tom Comer drew a revolver on two guards and fired it as they moved him "
                             "between prisons."])
    [row] = _triggered(document, "fired")
    assert [(r.entity_text, r.sector) for r in row.recipient] == [("two guards", ["COP"])]


@pytest.mark.model
def test_firing_a_weapon_drawn_on_someone_is_aimed_at_them():
    [document] = _every_row(["HOUSTON — Tom Reyes was in a wheelchair on Monday when he drew a pistol on two "
                             "deputies and fired it as they moved him between jails."])
    [row] = _triggered(document, "fired")
    assert [(r.entity_text, r.code, r.sector) for r in row.recipient] == [("two deputies", "USA", ["COP"])]


@pytest.mark.model
def test_an_inquiry_into_a_death_no_one_is_named_for_has_no_recipient():
    # (our guideline: an inquiry about violence is aimed at whoever did it)
    [document] = _every_row(["Arlington police investigate a teen's shooting death after a weekend party."])
    [row] = _triggered(document, "investigate")
    assert row.recipient == []


@pytest.mark.model
def test_an_accusation_of_violence_is_aimed_at_whoever_its_words_say_did_it():
    documents = _every_row(["DAYTON, Ohio — The mayor condemned the deaths of two protesters at the hands of police.",
                            "DAYTON, Ohio — Rights groups criticized the killing of two migrants by Libyan coast "
                            "guards."])
    rows = [row for document in documents for row in document.events if row.event == "ACCUSE"]
    assert [[(r.entity_text, r.code) for r in row.recipient] for row in rows] == [
        [("police", "USA")], [("Libyan coast guards", "LBY")]]


@pytest.mark.model
def test_what_someone_said_or_made_undergoing_a_passive_act_stands_for_them():
    [document] = _every_row(["SAN DIEGO — Tom Reed spoke on Monday. His remarks on migrants were widely condemned "
                             "as cruel."])
    [row] = _triggered(document, "condemned")
    assert [(r.entity_text, r.name) for r in row.recipient] == [("His", "Tom Reed")]
    # Not someone named in an aside beside them.
    [document] = _every_row(["HARTFORD, Conn. — A town couple, next-door neighbors of Mayor Tom Reed, was charged on "
                             "Monday with selling drugs."])
    [row] = _triggered(document, "charged")
    assert all(r.name != "Tom Reed" for r in row.recipient)


@pytest.mark.model
def test_a_participle_the_parse_made_a_relative_clause_verb_names_who_underwent_it():
    [document] = _every_row(["ATHENS, Greece — Protesters gathered outside the barracks where the officer charged "
                             "with the boy's killing served."])
    [row] = _triggered(document, "charged")
    assert [(r.entity_text, r.sector) for r in row.recipient] == [("the officer", ["COP"])]
    assert all(a.entity_text != "the officer" for a in row.actor)


@pytest.mark.model
def test_whom_parsed_as_a_subject_is_still_the_object():
    [document] = _every_row(["ATHENS, Greece — The boy whom the officer shot was 15."])
    [row] = _triggered(document, "shot")
    assert [(a.entity_text, a.sector) for a in row.actor] == [("the officer", ["COP"])]
    assert [(r.entity_text, r.sector) for r in row.recipient] == [("The boy", ["CVL"])]


@pytest.mark.model
def test_african_americans_are_no_party_abroad():
    (sued,) = _every_row(["The union sued after the state closed the clinics, saying the closures harmed "
                          "African-American patients most."])
    suits = _triggered(sued, "sued")
    assert suits and all([r.code for r in e.recipient] == ["USA"] for e in suits)


@pytest.mark.model
def test_they_read_as_one_state_is_not_both_sides_of_each_other():
    foes, alone, lawmakers = _every_row([
        "KHARTOUM — Sudan's president warned of an invasion of its neighbor. Fighting on the frontier since "
        "South Sudan became independent has soured relations between the old enemies. They blamed each "
        "other for arming rebels.",
        "JUBA — Fighting on the frontier since South Sudan became independent has soured relations between "
        "the old enemies. They blamed each other for arming rebels.",
        "WASHINGTON — Senators accused each other of stalling the health bill."])
    # (the two states named last are the two sides; with one named, neither is known)
    accusations = _triggered(foes, "blamed")
    assert accusations and all(sorted(a.code for a in e.actor) == sorted(r.code for r in e.recipient)
                               == ["SDN", "SSD"] for e in accusations)
    accusations = _triggered(alone, "blamed")
    assert accusations and not any(a.code for e in accusations for a in e.actor + e.recipient)
    [mutual] = _triggered(lawmakers, "accused")
    assert [a.code for a in mutual.actor] == [r.code for r in mutual.recipient] == ["USA"]


@pytest.mark.model
def test_an_anti_word_names_whom_a_protest_is_against():
    signs, government, march, leader = _every_row([
        "WASHINGTON — Dozens of protesters marched outside the convention hall on Monday, carrying anti-Hale "
        "placards.",
        "ATHENS — Thousands of students joined an anti-government demonstration in the capital on Monday.",
        "LONDON — Hundreds of people joined an anti-Israel march through the city on Saturday.",
        "MOSCOW — Dozens of protesters marched near the Kremlin on Monday, carrying anti-Putin placards."])
    assert [[r.code for r in e.recipient] for e in _triggered(government, "demonstration")] == [["GRC"]]
    assert [[r.code for r in e.recipient] for e in _triggered(march, "march")] == [["ISR"]]
    # (a name no one knows gives no party)
    assert [[r.name for r in e.recipient] for e in _triggered(leader, "marched")] == [["Vladimir Putin"]]
    marches = _triggered(signs, "marched")
    assert marches and all(not e.recipient for e in marches)


@pytest.mark.model
def test_who_was_tasered_and_taken_into_custody_underwent_both():
    (document,) = _every_row(["DENVER — Ortega was finally Tasered and taken into custody on Friday."])
    arrests = _triggered(document, "taken into custody")
    assert arrests and all([r.name for r in e.recipient] == ["Ortega"] for e in arrests)
    assert not any(a.name == "Ortega" for e in arrests for a in e.actor)


@pytest.mark.model
def test_who_asks_for_an_inquiry_would_not_hold_it():
    wants, calls, needs, opened = _every_row([
        "GAZA — A spokesman said UNRWA wants a neutral inquiry into the Israeli air raid.",
        "GAZA — UNRWA called for an independent inquiry into the Israeli strike.",
        "BERLIN — Angela Merkel said the police decision not to charge the mayor needs more investigation.",
        "WASHINGTON — The FBI opened an investigation into the senator."])
    for document, word in ((wants, "inquiry"), (needs, "investigation")):
        inquiries = _triggered(document, word)
        assert inquiries and not any(a.code for e in inquiries for a in e.actor), word
    # who calls for it makes a request
    assert not _triggered(calls, "inquiry")
    [request] = _triggered(calls, "called for")
    assert [a.entity_text for a in request.actor] == ["UNRWA"]
    assert [[a.name for a in e.actor] for e in _triggered(opened, "investigation")] == [["FBI"]]


@pytest.mark.model
def test_youngsters_fighting_the_police_are_a_side_of_the_fight():
    (document,) = _every_row(["ATHENS — Small groups of masked youngsters are still roaming the capital at night, "
                              "fighting running battles with riot police."])
    fights = _triggered(document, "fighting")
    assert fights and all({tuple(a.sector) for a in e.actor} == {("CVL",), ("COP",)} for e in fights)


@pytest.mark.model
def test_the_support_a_thanks_is_for_is_no_event():
    thanks, backing = _every_row(["LAS VEGAS — Senator Ann Hale is thanking Nevada voters for their support.",
                                  "LAS VEGAS — The union voiced its support for Senator Ann Hale on Monday."])
    assert not [e for e in thanks.events if e.event == "SUPPORT"]
    assert [e.event for e in _triggered(backing, "support")] == ["SUPPORT"]


@pytest.mark.model
def test_who_experiences_or_withstands_attacks_is_attacked_not_the_attacker():
    experienced, withstood = _every_row([
        "PARIS — Last week, Belgium once again experienced attacks on its soil.",
        "KABUL — The army sustained heavy attacks from insurgents near the border on Monday."])
    attacks = _triggered(experienced, "attacks")
    assert attacks and not any(a.code == "BEL" for e in attacks for a in e.actor)
    assert all([r.code for r in e.recipient] == ["BEL"] for e in attacks)
    attacks = _triggered(withstood, "attacks")
    assert [[a.entity_text for a in e.actor] for e in attacks] == [["insurgents"]]
    assert [[r.entity_text for r in e.recipient] for e in attacks] == [["The army"]]


@pytest.mark.model
def test_who_puts_a_toll_or_visits_the_victims_of_an_attack_did_not_do_it():
    toll, victims, wave = _every_row([
        "BEIRUT — The agency's spokesman put the death toll of the raid at 12 on Monday.",
        "BEIRUT — The minister visited the victims of the bombing on Sunday.",
        "BEIRUT — Rebels launched a wave of attacks on the town on Sunday."])
    for document, word in ((toll, "raid"), (victims, "bombing")):
        rows = _triggered(document, word)
        assert rows and not any(a.sector in (["GOV"],) for e in rows for a in e.actor), word
    assert [[a.entity_text for a in e.actor] for e in _triggered(wave, "attacks")] == [["Rebels"]]


@pytest.mark.model
def test_criticism_one_faces_over_a_thing_is_aimed_at_who_faces_it():
    tenor, aides = _every_row([
        "DENVER — Senator Ann Hale has faced sharp criticism from her rivals that the tone of her campaign has hurt the party.",
        "DENVER — Governor Ann Reyes faced accusations that her aides made threats."])
    assert [[r.name for r in e.recipient] for e in _triggered(tenor, "criticism")] == [["Ann Hale"]]
    # (a party heading the claim's clause is still whom it accuses)
    assert [[r.entity_text for r in e.recipient] for e in _triggered(aides, "accusations")] == [["her aides"]]


@pytest.mark.model
def test_what_someone_only_mused_or_joked_about_doing_is_hypothetical():
    mused, joked, done = _every_row([
        "DENVER — The candidate has mused about reviving harsh methods to interrogate detainees.",
        "DENVER — The senator joked about arresting the governor.",
        "DENVER — Police arrested the governor after he mused about taxes."])
    for document, word in ((mused, "interrogate"), (joked, "arresting")):
        rows = _triggered(document, word)
        assert rows and all("hypothetical" in e.aux_mode for e in rows), word
    rows = _triggered(done, "arrested")
    assert rows and not any("hypothetical" in e.aux_mode for e in rows)


@pytest.mark.model
def test_a_possessive_before_a_gerund_names_who_does_it():
    (document,) = _every_row(["DENVER — Governor Ann Hale went on the talk shows on Monday to defend her budget, "
                              "as well as to respond to Senator Tom Ruiz's calling her a liar."])
    rows = _triggered(document, "calling")
    assert [[a.name for a in e.actor] for e in rows] == [["Tom Ruiz"]]
    assert [[r.name for r in e.recipient] for e in rows] == [["Ann Hale"]]


@pytest.mark.model
def test_who_was_arrested_before_the_main_clause_is_its_subject_and_no_other_party():
    unresolved, named = _every_row([
        "SAN DIEGO — But after being arrested for drunken driving on Friday, she fears for her spot in "
        "the Denver Hawks' defense.",
        "SAN DIEGO — After being arrested for drunken driving, Tom Ruiz was released by police."])
    rows = _triggered(unresolved, "arrested")
    assert rows and not any("Hawks" in r.entity_text for e in rows for r in e.recipient)
    assert [[r.name for r in e.recipient] for e in _triggered(named, "arrested")] == [["Tom Ruiz"]]


@pytest.mark.model
def test_what_a_condemned_bombing_or_shelling_hit_is_not_its_target():
    hit, by_whom = _every_row(["The Velorian premier on Monday condemned the bombing of the Ostrian embassy in Tarnow.",
                               "Portugal condemned the shelling of the Ostrian village by Norland artillery."])
    [condemned] = _triggered(hit, "condemned")
    assert condemned.event == "ACCUSE" and condemned.recipient == []
    [condemned] = _triggered(by_whom, "condemned")
    assert [r.entity_text for r in condemned.recipient] == ["Norland artillery"]


@pytest.mark.model
def test_what_protesters_carry_is_no_party_and_the_embassy_they_protest_at_is_the_target():
    carried, pictured, embassy, city = _every_row([
        "About 300 protesters marched past the courthouse in Dayton on Friday night, waving Cuban and "
        "Canadian flags and chanting slogans.",
        "Thousands of protesters marched through the capital on Saturday, carrying portraits of President Assad.",
        "Hundreds of students protested outside the Russian embassy in Warsaw on Monday.",
        "Hundreds of students protested in Warsaw on Monday."])
    rows = [e for e in carried.events + pictured.events if e.event == "PROTEST"]
    assert rows and not any("flags" in r.entity_text or "Assad" in r.entity_text for e in rows for r in e.recipient)
    [row] = [e for e in embassy.events if e.event == "PROTEST"]
    assert [(r.entity_text, r.code) for r in row.recipient] == [("the Russian embassy", "RUS")]
    [row] = [e for e in city.events if e.event == "PROTEST"]
    assert row.recipient == []


@pytest.mark.model
def test_a_town_owning_the_street_an_attack_happened_on_is_not_its_target():
    [document] = _every_row(["A sniper fired at officers on Lyon's busiest square late on Friday, "
                             "officials in France said."])
    rows = _triggered(document, "fired")
    assert rows and all([r.entity_text for r in e.recipient] == ["officers"] for e in rows)


@pytest.mark.model
def test_a_soldier_of_another_country_killed_abroad_keeps_his_country_and_no_attacker_from_the_place():
    corporal, airman, farmers = _every_row([
        "A 22-year-old Army corporal from Toledo, Ohio, was killed on Thursday in Iraq, his family said.",
        "An airman from Nebraska was fatally wounded on Tuesday in Syria.",
        "Two farmers were shot dead on Tuesday in Mosul."])
    [row] = _triggered(corporal, "killed")
    assert [(r.code, r.sector) for r in row.recipient] == [("USA", ["MIL"])]
    assert [a.code for a in row.actor] == [None]
    [row] = _triggered(airman, "wounded")
    assert [r.code for r in row.recipient] == ["USA"] and [a.code for a in row.actor] == [None]
    [row] = _triggered(farmers, "shot")
    assert [r.code for r in row.recipient] == ["IRQ"]
    # (spaCy reads this reduced relative as active, "the Marine killed": its subject underwent it)
    [flags] = _every_row(["Flags flew at half-staff in Nashua for Dale Byrne, the 24-year-old Nashua Marine "
                          "killed last month in Afghanistan."])
    [row] = _triggered(flags, "killed")
    assert [a.code for a in row.actor] == [None] and [r.code for r in row.recipient] == ["USA"]


@pytest.mark.model
def test_officials_culling_a_farms_animals_is_no_attack_but_troops_shooting_cattle_is():
    from wirecoder.document import Actor
    from wirecoder.events.filters import _animals_harmed

    def verb(text, word):
        return next(t for t in _parsed(text) if t.text == word)

    vets = [Actor("Farm inspectors", None, "THA", ["GOV"])]
    culled = verb("Farm inspectors began gassing, burning and burying 9,000 pigs near the border on Monday.", "burning")
    assert _animals_harmed(culled, vets)
    soldiers = [Actor("soldiers", None, "IRQ", ["MIL"])]
    assert not _animals_harmed(verb("Villagers said the soldiers shot their cattle.", "shot"), soldiers)


@pytest.mark.model
def test_acts_told_inside_a_simulation_and_bad_batches_of_drink_are_no_attack():
    drill, brew, raid = _every_row([
        "The admiral watched a naval drill rehearsing a landing in answer to an invasion of the islands.",
        "Bootleg gin has killed nine villagers near Mombasa this week.",
        "The navy held drills simulating a landing on the island after the attack on the base by rebels."])
    assert not [e for e in drill.events if e.event == "ASSAULT"]
    assert not [e for e in brew.events if e.event == "ASSAULT"]
    assert [e for e in raid.events if e.event == "ASSAULT"]


@pytest.mark.model
def test_health_officials_tracing_an_illness_accuse_no_one():
    traced, police = _every_row([
        "Health officials are investigating new cases in two counties to learn whether they belong to the measles "
        "outbreak. The illness has spread to four states.",
        "Police are investigating the clinic's owner over the deaths of two patients in the measles outbreak. "
        "The illness has spread to four states."])
    assert not [e for e in traced.events if e.mode == "investigate"]
    assert [e for e in police.events if e.mode == "investigate"]
    from wirecoder.events.filters import _names_health

    assert _names_health("a team of scientists") and _names_health("Ruritania's Health Agency")
    assert not _names_health("state police")


@pytest.mark.model
def test_violence_named_again_only_as_the_scene_of_something_else_is_no_new_row():
    scene, clause = _every_row([
        "A surgeon was shot dead in his kitchen in Albany on Friday. A man was stopped near the scene of the "
        "killing of the surgeon an hour later.",
        "A surgeon was shot dead in his kitchen in Albany on Friday. Neighbours saw a grey van on the street "
        "just before the surgeon was shot in the head."])
    assert not _triggered(scene, "killing")
    assert _triggered(clause, "shot")[1:]  # (a clause of time still tells the act: the gold codes it)


@pytest.mark.model
def test_an_alleged_passive_clause_accuses_its_agent():
    [document] = _every_row(["Prosecutors in Caracas alleged that the funds were diverted by the Venezuelan "
                             "government."])
    [row] = _triggered(document, "alleged")
    assert [(r.entity_text, r.code) for r in row.recipient] == [("the Venezuelan government", "VEN")]


@pytest.mark.model
def test_marches_that_celebrate_or_commemorate_are_no_protest_unless_they_dissent():
    torches, ruling, slogans = _every_row([
        "Tens of thousands of Ruritanians marched with torches through Tarnow on Sunday night to open the "
        "commemorations.",
        "Crowds rallied in Lagos on Saturday to celebrate the court ruling.",
        "Crowds rallied in Lagos on Saturday to celebrate the court ruling and chant slogans against the governor."])
    assert not [e for e in torches.events + ruling.events if e.event == "PROTEST"]
    assert [e for e in slogans.events if e.event == "PROTEST"]


@pytest.mark.model
def test_a_party_in_town_for_talks_holds_them():
    [document] = _every_row(["Kenyan Foreign Minister Anna Kovac, in Riyadh for meetings with Saudi "
                             "ministers, told reporters that she had enjoyed the lunch."])
    [row] = _triggered(document, "meetings")
    assert [(a.entity_text, a.code) for a in row.actor] == [("Kenyan Foreign Minister Anna Kovac", "KEN")]
    assert [r.code for r in row.recipient] == ["SAU"]


@pytest.mark.model
def test_a_place_fronted_before_the_subject_says_whose_it_is():
    # The story is filed from Kyiv; the ministry speaking in Moscow is Russia's, and so are "its forces".
    [document] = _every_row([
        "KYIV, Ukraine (AP) — Drones hit a power station near Odesa overnight, officials said. In Moscow, the "
        "Defense Ministry said its forces had captured a village in the Donetsk region."])
    [row] = [e for e in _triggered(document, "captured") if e.event == "ASSAULT"]
    assert [(a.entity_text, a.code) for a in row.actor] == [("its forces", "RUS")]
    # Unfronted, the place says nothing of the subject: the setting's officials stay the setting's.
    [document] = _every_row(["KYIV, Ukraine (AP) — Police arrested two men in Kharkiv, officials in Moscow said."])
    assert [a.code for row in _triggered(document, "arrested") for a in row.actor] == ["UKR"]


@pytest.mark.model
def test_firms_bidding_and_refusing_bids_among_themselves_are_no_event():
    bid, takeover, port = _every_row([
        "SEATTLE — A rival chain offered to buy the grocery company last spring, but the company's board "
        "rejected the bid, it said on Monday.",
        "SEATTLE — The grocery firm said on Monday that its board had rejected a takeover bid from a rival chain.",
        "The government rejected a bid by a foreign firm to run the port, the minister said."])
    assert not _triggered(bid, "rejected") and not _triggered(takeover, "rejected")
    # A state refusing a firm's bid is a state's act.
    assert _triggered(port, "rejected")


@pytest.mark.model
def test_a_suicide_bomber_acts_as_a_gunman_does():
    bomber, bombers = _every_row([
        "MOSUL — A suicide bomber killed nine people at a bus station on Sunday, police said.",
        "MOSUL — Two suicide bombers killed nine people at a bus station on Sunday, police said."])
    for document, words in ((bomber, "A suicide bomber"), (bombers, "Two suicide bombers")):
        [row] = [e for e in _triggered(document, "killed") if e.event == "ASSAULT"]
        assert [(a.entity_text, a.sector) for a in row.actor] == [(words, ["REB"])]


@pytest.mark.model
def test_a_national_guard_is_of_the_country_the_story_is_in():
    # Mexico's National Guard is Mexico's; the US Army National Guard stays American wherever it is.
    mexico, abroad = _every_row([
        "MEXICO CITY — Gunmen killed five officers in Michoacán on Monday. Soldiers and National Guard troops "
        "were sent to the area and arrested three suspects.",
        "KABUL — Soldiers of the Army National Guard arrested two men near the airport."])
    [row] = [e for e in _triggered(mexico, "arrested") if e.event == "COERCE"]
    # (The soldiers sent with them arrested the suspects too.)
    assert ("National Guard troops", "MEX") in [(a.entity_text, a.code) for a in row.actor]
    assert {a.code for a in row.actor} == {"MEX"}
    [row] = [e for e in _triggered(abroad, "arrested") if e.event == "COERCE"]
    assert [a.code for a in row.actor] == ["USA"]


@pytest.mark.model
def test_missiles_fired_into_the_sea_test_a_weapon_and_assault_no_one():
    sea, test, target = _every_row([
        "TOKYO — The northern navy fired three cruise missiles into the sea west of the peninsula on Tuesday, "
        "the defence ministry said.",
        "Ruritania test-fired a long-range missile on Friday, its state television said.",
        "Militants fired four rockets at a border town on Tuesday, the army said."])
    for document in (sea, test):
        [row] = _triggered(document, "fired")
        assert (row.event, row.mode, row.recipient) == ("MOBILIZE", "weapons", [])
    # Fired at somewhere, a launch is an attack.
    assert [e.event for e in _triggered(target, "fired")][:1] == ["ASSAULT"]


@pytest.mark.model
def test_parties_the_parse_hangs_on_the_dateline_still_act():
    # spaCy makes the dateline's city the subject and the two states its apposition's conjuncts.
    [document] = _every_row(["ADDIS ABABA, Ethiopia — Ethiopia and Eritrea accused each other on Thursday of "
                             "massing troops along their shared border."])
    [row] = [e for e in _triggered(document, "accused") if e.event == "ACCUSE"]
    assert sorted(a.code for a in row.actor) == ["ERI", "ETH"]
    assert sorted(r.code for r in row.recipient) == ["ERI", "ETH"]


@pytest.mark.model
def test_who_is_named_in_what_an_agentless_passive_was_for_did_not_do_it():
    [document] = _every_row(["NEWARK — A former city councilman was sentenced on Tuesday to four years in "
                             "prison for taking bribes from builders in exchange for his votes on zoning."])
    [row] = [e for e in _triggered(document, "sentenced") if e.event == "SANCTION"]
    assert [(a.entity_text, a.code, a.sector) for a in row.actor] == [("", "USA", ["JUD"])]


@pytest.mark.model
def test_a_protest_lodged_through_envoys_is_a_complaint_not_a_demonstration():
    lodged, staged = _every_row([
        "OSLO — Norway lodged a protest with the embassy after the patrol boat crossed into its waters.",
        "OSLO — Thousands of students staged a protest outside parliament on Monday."])
    assert [e.event for e in _triggered(lodged, "protest")][:1] == ["ACCUSE"]
    assert [e.event for e in _triggered(staged, "protest")][:1] == ["PROTEST"]


@pytest.mark.model
def test_protesting_to_a_government_is_a_complaint_addressed_to_it():
    addressed, marched = _every_row([
        "OSLO — Norway's government protested to Moscow through diplomatic channels on Monday.",
        "OSLO — Hundreds of fishermen protested outside parliament on Monday."])
    [row] = _triggered(addressed, "protested")[:1]
    assert row.event == "ACCUSE" and [r.code for r in row.recipient] == ["RUS"]
    assert [e.event for e in _triggered(marched, "protested")][:1] == ["PROTEST"]


@pytest.mark.model
def test_initials_of_a_name_the_article_gave_are_that_party_not_a_namesake_it_knows():
    [document] = _every_row(["KHARTOUM, Sudan — Paramilitary Rapid Support Forces fired shells at a market in "
                             "Omdurman on Monday. Later the RSF accused the army of bombing a fuel depot."])
    [row] = [e for e in _triggered(document, "accused") if e.event == "ACCUSE"]
    # (The knowledge base's RSF is a press-freedom group.)
    assert [(a.entity_text, a.code, a.sector) for a in row.actor] == [("the RSF", "SDN", ["REB"])]


@pytest.mark.model
def test_the_junta_is_the_military_government_named_before_not_the_datelines_country():
    [document] = _every_row(["ADDIS ABABA, Ethiopia — Regional leaders on Monday told Guinea's military "
                             "government to set a date for elections. The junta rejected the demand."])
    [row] = [e for e in _triggered(document, "rejected") if e.event == "REJECT"]
    assert [a.code for a in row.actor] == ["GIN"]


@pytest.mark.model
def test_missiles_fired_toward_open_water_or_off_a_coast_test_a_weapon():
    waters, coast = _every_row([
        "SEOUL — The northern army fired two short-range missiles toward its eastern waters on Friday.",
        "North Korea launched a ballistic missile off its east coast on Monday, Seoul said."])
    assert [(e.event, e.mode) for e in _triggered(waters, "fired")][:1] == [("MOBILIZE", "weapons")]
    # The missile is the trigger here; the launch is its verb's.
    assert [(e.event, e.mode) for e in _triggered(coast, "missile")][:1] == [("MOBILIZE", "weapons")]


@pytest.mark.model
def test_the_allies_accused_by_a_state_are_not_of_the_accusers_country():
    [document] = _every_row(["SEOUL — South Korea and the United States began air drills on Monday. "
                             "North Korean state media accused the allies of rehearsing an invasion."])
    [row] = [e for e in _triggered(document, "accused") if e.event == "ACCUSE"]
    assert "PRK" not in [r.code for r in row.recipient]


@pytest.mark.model
def test_a_verdict_on_the_raid_is_aimed_at_the_raiders_an_earlier_sentence_names():
    [document] = _every_row(["Israeli soldiers raided a village near Hebron on Monday, killing a teenager. "
                             "The Palestinian foreign ministry condemned the raid as a crime."])
    [row] = [e for e in _triggered(document, "condemned") if e.event == "ACCUSE"]
    assert [(r.entity_text, r.code) for r in row.recipient] == [("Israeli soldiers", "ISR")]


@pytest.mark.model
def test_a_verdict_on_the_charges_is_aimed_at_who_brought_them_past_the_dateline():
    [document] = _every_row(["DENVER — State Attorney General Ann Hale on Monday charged six county officials "
                             "with fraud. The officials denounced the charges as a vendetta."])
    [row] = [e for e in _triggered(document, "denounced") if e.event == "ACCUSE"]
    assert [r.entity_text for r in row.recipient] == ["State Attorney General Ann Hale"]


@pytest.mark.model
def test_the_staff_are_the_staff_described_before():
    [document] = _every_row(["ALGIERS, Algeria — Algeria expelled twelve French embassy staff on Thursday. "
                             "The government accused the staff of interfering in its affairs."])
    [row] = [e for e in _triggered(document, "accused") if e.event == "ACCUSE"]
    assert [(r.entity_text, r.code) for r in row.recipient] == [("the staff", "FRA")]


@pytest.mark.model
def test_a_things_owner_codes_it_not_a_country_named_in_what_follows():
    document, meeting = _every_row([
        "MANILA, Philippines — A former adviser on Tuesday criticized the government's handling of the dispute "
        "with China.",
        "CAIRO — Egypt's foreign minister met his Qatari counterpart in Cairo on Sunday to discuss the talks."])
    [row] = [e for e in _triggered(document, "criticized") if e.event == "ACCUSE"]
    assert [r.code for r in row.recipient] == ["PHL"]
    # A person's own people are not the person: the counterpart is Qatar's.
    [row] = [e for e in _triggered(meeting, "met") if e.event == "CONSULT"]
    assert sorted(a.code for a in row.actor + row.recipient) == ["EGY", "QAT"]


@pytest.mark.model
def test_the_country_accused_is_the_last_country_named_other_than_the_accusers():
    [document] = _every_row(["NAIROBI, Kenya — Kenya recalled its envoy to Washington on Tuesday after American "
                             "officials accused the country of hiding the debt figures."])
    [row] = [e for e in _triggered(document, "accused") if e.event == "ACCUSE"]
    assert [(r.entity_text, r.code) for r in row.recipient] == [("the country", "KEN")]


@pytest.mark.model
def test_the_two_countries_are_the_two_states_named_last():
    meeting, both = _every_row([
        "Georgia and Armenia agreed on Friday to reopen a rail line. The foreign ministers of the two countries "
        "met in Brussels earlier this month.",
        "Japan and South Korea signed a pact on Monday. Both countries accused North Korea of raising tensions."])
    [row] = [e for e in _triggered(meeting, "met") if e.event == "CONSULT"]
    # (Not Belgium, where they met.)
    assert sorted(a.code for a in row.actor + row.recipient) == ["ARM", "GEO"]
    [row] = [e for e in _triggered(both, "accused") if e.event == "ACCUSE"]
    assert sorted(a.code for a in row.actor) == ["JPN", "KOR"]
    assert [r.code for r in row.recipient] == ["PRK"]


@pytest.mark.model
def test_the_two_countries_took_part_and_are_not_where_something_happened():
    [document] = _every_row([
        "Peru's trade minister Ana Rojas and her Chilean counterpart discussed the drought in Bolivia. "
        "Brazil's president praised both countries for their restraint."])
    [row] = [e for e in _triggered(document, "praised") if e.event == "SUPPORT"]
    # Peru by its name, Chile by a demonym of a party; not Bolivia, where the drought is.
    assert sorted(r.code for r in row.recipient) == ["CHL", "PER"]


@pytest.mark.model
def test_troops_killing_a_soldier_of_their_country_are_not_replaced_by_the_source():
    [document] = _every_row(["BANGKOK — Thai and Cambodian troops exchanged fire along the border on Friday, "
                             "killing a Thai soldier, Thailand's army said."])
    [row] = [e for e in _triggered(document, "killing") if e.event == "ASSAULT"]
    # The army that reports the death did not kill its own soldier.
    assert "Thailand's army" not in [a.entity_text for a in row.actor]
    # Of the two sides, the one whose soldier was killed did not kill him.
    assert [a.code for a in row.actor] == ["KHM"]
    assert [(r.code, r.entity_text) for r in row.recipient] == [("THA", "a Thai soldier")]


@pytest.mark.model
def test_who_was_taken_away_and_faces_charges_is_who_the_charges_are_against():
    [document] = _every_row(["Police in Tulsa said on Monday that a deputy shot a man who fired at officers. "
                             "The man, 40, was taken to hospital and faces charges of attempted murder."])
    [row] = [e for e in _triggered(document, "charges") if e.event == "ACCUSE"]
    assert [(r.entity_text, r.code) for r in row.recipient] == [("The man", "USA")]


@pytest.mark.model
def test_suspects_of_the_armys_country_are_another_party_than_the_army():
    [document] = _every_row(["HEBRON, West Bank — Settlers set fire to a mosque overnight, residents said. "
                             "The Israeli military said it had arrested three Israeli suspects."])
    [row] = [e for e in _triggered(document, "arrested") if e.event == "COERCE"]
    assert [(a.entity_text, a.code) for a in row.actor] == [("it", "ISR")]
    assert [(r.entity_text, r.code) for r in row.recipient] == [("three Israeli suspects", "ISR")]


@pytest.mark.model
def test_players_and_teams_quarrelling_in_a_report_on_a_game_are_no_event():
    game, talks = _every_row([
        "Wales and Ireland met in a tense rugby match on Sunday, and two players were sent off after a scuffle on "
        "the touchline. Ireland's captain accused the Welsh side of diving. The game ended in a draw.",
        "GENEVA — The Russian side accused the Ukrainian side of breaking the truce on Monday, as talks ended."])
    assert not [e for e in _triggered(game, "accused") if e.event == "ACCUSE"]
    # Sides at war are no teams: no game words around them.
    assert [e.event for e in _triggered(talks, "accused")][:1] == ["ACCUSE"]


@pytest.mark.model
def test_resistance_forces_are_rebels_not_the_army():
    [document] = _every_row(["YANGON, Myanmar — Resistance forces attacked an army outpost in the north on Monday, "
                             "killing six soldiers, a local group said."])
    [row] = [e for e in _triggered(document, "attacked") if e.event == "ASSAULT"]
    assert [(a.entity_text, a.sector) for a in row.actor] == [("Resistance forces", ["REB"])]


@pytest.mark.model
def test_who_the_accused_are_said_to_work_for_is_no_party_of_the_accusation():
    [document] = _every_row(["SANAA, Yemen — Rebels detained nine employees of United Nations agencies on Friday. "
                             "The rebels accused the staff of spying for Britain and Israel."])
    [row] = [e for e in _triggered(document, "accused") if e.event == "ACCUSE"]
    assert not {"GBR", "ISR"} & {r.code for r in row.recipient}


@pytest.mark.model
def test_a_name_the_knowledge_base_holds_is_not_the_party_described_before_by_its_head():
    [document] = _every_row(["Bishops in Buenos Aires on Monday praised the Latin American pope. Later Governor "
                             "Ann Hale criticized the pope over his remarks on migrants."])
    [row] = [e for e in _triggered(document, "criticized") if e.event == "ACCUSE"]
    assert [r.code for r in row.recipient] == ["VAT"]


@pytest.mark.model
def test_a_participle_hung_on_the_reporting_verb_is_done_by_the_reported_clauses_subject():
    document, speaker = _every_row([
        "BEIRUT — Israeli drones struck a car near Tyre on Sunday, the state news agency said, killing two men.",
        "Senator Ann Hale said it is up to the governor to get the talks moving again, accusing him of playing games."])
    [row] = [e for e in _triggered(document, "killing") if e.event == "ASSAULT"]
    assert [(a.entity_text, a.code) for a in row.actor] == [("Israeli drones", "ISR")]
    # Told after its reporter, what follows is the reporter's own act.
    [row] = [e for e in _triggered(speaker, "accusing") if e.event == "ACCUSE"]
    assert [a.entity_text for a in row.actor] == ["Senator Ann Hale"]


@pytest.mark.model
def test_a_verdict_on_the_attack_is_aimed_at_the_side_named_on_the_strikes_before():
    [document] = _every_row(["KYIV — Russian missile strikes hit a power plant near Lviv overnight, officials said. "
                             "Poland's foreign ministry condemned the attack on Monday."])
    [row] = [e for e in _triggered(document, "condemned") if e.event == "ACCUSE"]
    assert [r.code for r in row.recipient] == ["RUS"]


@pytest.mark.model
def test_an_act_asked_of_another_party_is_the_askers_request():
    documents = list(_every_row([
        "WARSAW — Poland's foreign ministry on Tuesday asked the United Nations to investigate the sinking of a "
        "fishing boat in the Baltic.",
        "Senator Ann Hale on Monday called for a special counsel to investigate the governor's campaign donations.",
        "NAIROBI, Kenya — Opposition leaders demanded that the government prosecute the officers."]))
    for document, word, actor in zip(documents, ("asked", "called for", "demanded"),
                                     ("Poland's foreign ministry", "Senator Ann Hale", "Opposition leaders"), strict=True):
        assert not [e for e in document.events if e.event == "ACCUSE"]
        [row] = [e for e in _triggered(document, word) if e.event == "REQUEST"]
        assert [a.entity_text for a in row.actor] == [actor]
    [row] = [e for e in _triggered(documents[0], "asked") if e.event == "REQUEST"]
    assert [r.code for r in row.recipient] == ["UNO"]


@pytest.mark.model
def test_an_inquiry_demanded_with_no_one_asked_is_a_request_aimed_at_whom_it_would_look_into():
    [document] = _every_row(["SANTIAGO — Chile's foreign ministry demanded an inquiry into the beating of two "
                             "Chilean students by Bolivian police."])
    [row] = [e for e in _triggered(document, "demanded") if e.event == "REQUEST"]
    assert [a.code for a in row.actor] == ["CHL"]
    assert [r.code for r in row.recipient] == ["BOL"]
    assert not [e for e in document.events if e.event == "ACCUSE"]


@pytest.mark.model
def test_what_a_reporter_asks_a_politician_to_do_is_no_row():
    asked, host = _every_row(["Senator Ann Hale was asked by a reporter on Friday to condemn the protests in Denver.",
                              "The host country asked the United Nations to investigate the killings."])
    assert not [e for e in asked.events if e.event in ("REQUEST", "ACCUSE")]
    # (a host country is no television host)
    assert [e.event for e in host.events if e.event_text == "asked"][:1] == ["REQUEST"]


@pytest.mark.model
def test_a_request_that_someone_be_dealt_with_is_aimed_at_them():
    [document] = _every_row(["Two county commissioners have called for the sheriff to be charged over the "
                             "deaths at the jail."])
    [row] = [e for e in _triggered(document, "called for") if e.event == "REQUEST"]
    assert [r.entity_text for r in row.recipient] == ["the sheriff"]


@pytest.mark.model
def test_weapons_brought_down_by_air_defences_are_no_attack_by_the_defenders():
    launched, intercepted, downed = _every_row([
        "ODESA, Ukraine — Russian forces sent 40 drones toward the port overnight, and most were shot down, "
        "the air force said.",
        "Israeli air defences intercepted most of the rockets fired from Gaza, the army said.",
        "Rebels shot down an army helicopter near Kutum, killing four soldiers."])
    assert not [e for e in launched.events if e.event_text == "shot"]
    assert not [e for e in intercepted.events if e.event == "ASSAULT" and any(a.code == "ISR" for a in e.actor)]
    # (an aircraft with a crew is no weapon in flight)
    assert [e.event for e in downed.events if e.event_text == "shot"] == ["ASSAULT"]
    [relative] = _every_row(["ODESA, Ukraine — The navy said Russia had fired 30 missiles at the port, most of which "
                             "were shot down."])
    assert not [e for e in relative.events if e.event_text == "shot"]


@pytest.mark.model
def test_who_summons_an_envoy_to_protest_makes_the_protest():
    [document] = _every_row(["The Philippine foreign ministry summoned China's ambassador to protest the blockade "
                             "and accused the Chinese coast guard of reckless moves."])
    [row] = [e for e in _triggered(document, "accused") if e.event == "ACCUSE"]
    assert [a.code for a in row.actor] == ["PHL"]


@pytest.mark.model
def test_a_missile_whose_own_clause_says_it_fell_into_the_sea_tests_a_weapon():
    [document] = _every_row(["TOKYO — North Korea fired a long-range missile on Sunday that flew for 70 minutes "
                             "before coming down in the sea west of Hokkaido, Japan's defence ministry said."])
    assert [(e.event, e.mode) for e in _triggered(document, "fired")][:1] == [("MOBILIZE", "weapons")]


@pytest.mark.model
def test_an_act_with_an_owner_is_not_done_by_the_subject_of_the_verb_above():
    [document] = _every_row(["The actress has asked a court to unseal records of the studio's internal "
                             "investigation into her complaints."])
    assert not [e for e in _triggered(document, "complaints") if any("court" in a.entity_text for a in e.actor)]


@pytest.mark.model
def test_police_called_to_a_scene_to_investigate_do_investigate():
    [document] = _every_row(["Officers were called to the house to investigate a report of shots fired."])
    rows = [e for e in _triggered(document, "investigate") if e.event == "ACCUSE"]
    assert rows and [a.entity_text for a in rows[0].actor] == ["Officers"] and not rows[0].aux_mode


@pytest.mark.model
def test_what_one_state_accuses_another_of_is_no_row_of_its_own():
    [document] = _every_row(["YEREVAN — Armenia accused Azerbaijan of shelling its posts near Goris, wounding three "
                             "soldiers."])
    assert [e.event for e in document.events if e.event_text == "accused"] == ["ACCUSE"]
    assert not [e for e in document.events if e.event == "ASSAULT"]


@pytest.mark.model
def test_a_coach_fired_by_his_school_was_dismissed_not_shot():
    dismissed, shots = _every_row([
        "A high school soccer coach in Ohio was fired on Tuesday after a video showed him pushing a player.",
        "Police fired tear gas at the marchers on Tuesday."])
    assert not [e for e in dismissed.events if e.event_text == "fired"]
    assert [e.event for e in shots.events if e.event_text == "fired"][:1] == ["ASSAULT"]


@pytest.mark.model
def test_a_body_whose_flags_protesters_wave_is_not_whom_they_protest_against():
    amod, misparsed = _every_row(["About 500 people marched through central Vilnius on Sunday evening, "
                                  "waving Lithuanian and EU flags.",
                                  "Hundreds of people rallied in Chisinau on Sunday, waving Moldovan and EU flags."])
    rows = [e for e in amod.events + misparsed.events if e.event == "PROTEST"]
    assert len(rows) == 2 and not any(e.recipient for e in rows)


@pytest.mark.model
def test_a_team_named_as_its_coachs_owner_is_one_of_the_games_parties():
    name_alone, with_coach = _every_row([
        "LEEDS, England — Harbour Town beat Westfield Rovers 2-1 in a league match on Saturday after a late "
        "penalty. Westfield's coach accused the referee of missing a handball.",
        "DERBY, England — A late goal gave Harbour Town a 2-1 win over Northgate in the league on Sunday. "
        "Northgate's coach accused the referee of ignoring a foul in the build-up."])
    for document in (name_alone, with_coach):
        assert not [e for e in _triggered(document, "accused") if e.event == "ACCUSE"]


@pytest.mark.model
def test_victims_whose_own_words_name_their_country_keep_it_wherever_the_act_happened():
    [document] = _every_row(["Kyiv has stepped up attacks on Russian energy sites this spring in reply to Moscow's "
                             "strikes on Ukraine's power grid."])
    [row] = [e for e in _triggered(document, "attacks") if e.event == "ASSAULT"]
    assert [(r.entity_text, r.code) for r in row.recipient] == [("Russian energy sites", "RUS")]


@pytest.mark.model
def test_a_protest_whose_doers_demand_something_happened():
    [document] = _every_row(["ACCRA, Ghana — Police fired tear gas at crowds in Accra on Friday as demonstrators "
                             "demanded the repeal of a tax on mobile payments."])
    rows = [e for e in _triggered(document, "demonstrators") if e.event == "PROTEST"]
    assert rows and all(e.aux_mode == [] for e in rows)


@pytest.mark.model
def test_a_condemned_launch_is_aimed_at_who_fired_the_weapon():
    [document] = _every_row(["SEOUL — North Korea fired two cruise missiles off its west coast on Sunday, the "
                             "military said. Seoul and Washington condemned the launch on Monday."])
    rows = [e for e in _triggered(document, "condemned") if e.event == "ACCUSE"]
    assert rows and all([r.code for r in e.recipient] == ["PRK"] for e in rows)


@pytest.mark.model
def test_victims_of_an_attack_whose_own_phrase_says_where_it_fell_are_of_that_country():
    [document] = _every_row(["WASHINGTON — U.S. airstrikes in Somalia killed at least 12 civilians last year, a "
                             "rights group said on Thursday."])
    rows = [e for e in document.events if e.event == "ASSAULT"]
    assert rows and all([(r.entity_text, r.code) for r in e.recipient] == [("12 civilians", "SOM")] for e in rows)


@pytest.mark.model
def test_who_takes_allegations_seriously_did_not_make_them():
    [document] = _every_row(["PORTLAND, Ore. — The police chief said he took the allegations seriously and had "
                             "asked an outside firm to review them."])
    rows = [e for e in _triggered(document, "allegations") if e.event == "ACCUSE"]
    assert not any(a.entity_text == "he" for e in rows for a in e.actor)


@pytest.mark.model
def test_what_a_loan_is_meant_to_support_is_no_expression_of_support():
    [document] = _every_row(["WASHINGTON — The World Bank on Tuesday approved a $900 million loan to Kenya to support "
                             "its health system."])
    assert not [e for e in _triggered(document, "support") if e.event == "SUPPORT"]


@pytest.mark.model
def test_a_condemned_takeover_is_aimed_at_who_took_power_past_a_stray_closing_quote():
    [document] = _every_row(['NIAMEY — Soldiers said on state television on Monday that they had taken control of the '
                             'country. An officer said the army had shut the borders "until further notice." '
                             'The regional bloc condemned the takeover.'])
    rows = [e for e in _triggered(document, "condemned") if e.event == "ACCUSE"]
    assert rows and all([r.code for r in e.recipient] == ["NER"] for e in rows)


@pytest.mark.model
def test_a_companys_accounting_charges_are_no_accusation():
    taken, sized, crime = _every_row([
        "Profit rose in the quarter, helped by charges taken a year earlier for closing two plants.",
        "The insurer reported a loss after charges of $2 billion for storm claims.",
        "The clerk faces charges of stealing $300,000 from the county's election fund."])
    for document in (taken, sized):
        assert not any(e.event == "ACCUSE" for e in _triggered(document, "charges"))
    assert any(e.event == "ACCUSE" for e in _triggered(crime, "charges"))


@pytest.mark.model
def test_the_party_a_present_participle_describes_does_the_act():
    [document] = _every_row(["HOUSTON — Witnesses described a man stabbing a cashier twice before running from "
                             "the store."])
    rows = [e for e in _triggered(document, "stabbing") if e.event == "ASSAULT"]
    assert rows and all([a.entity_text for a in e.actor] == ["a man"] for e in rows)


@pytest.mark.model
def test_a_birthday_or_office_party_is_no_party_to_an_act():
    birthday, office = _every_row([
        "LEEDS, England — A birthday party in a rented hall ended in bloodshed on Saturday with a stabbing that "
        "left a guest dead, police said.",
        "YORK, England — A company Christmas party broke up in chaos on Friday after a stabbing that wounded a "
        "waiter, police said."])
    for document in (birthday, office):
        assert not any("party" in a.entity_text for e in document.events for a in e.actor + e.recipient)
    # A new party is a political one.
    [formed] = _every_row(["TUNIS — Dissidents who left the ruling coalition formed a new party on Sunday."])
    assert "a new party" in [m.actor.entity_text for m in formed.mentions]


@pytest.mark.model
def test_a_councillor_is_a_party():
    [document] = _every_row(["Pune: Police on Monday arrested a suspended councillor over the beating of a "
                             "shopkeeper."])
    rows = [e for e in _triggered(document, "arrested") if e.event == "COERCE"]
    assert rows and all([(r.entity_text, r.code, r.sector) for r in e.recipient]
                        == [("a suspended councillor", "IND", ["LEG"])] for e in rows)


@pytest.mark.model
def test_a_condemned_ambush_or_operation_is_aimed_at_who_carried_it_out():
    ambush, operation = _every_row([
        "QUETTA, Pakistan — Gunmen ambushed a bus carrying miners on Sunday, killing nine people. The provincial "
        "governor condemned the ambush.",
        "NABLUS, West Bank — Israeli troops raided a town in the north of the West Bank overnight. Jordan "
        "criticised the operation on Tuesday."])
    [row] = [e for e in _triggered(ambush, "condemned") if e.event == "ACCUSE"]
    assert [r.entity_text for r in row.recipient] == ["Gunmen"]
    [row] = [e for e in _triggered(operation, "criticised") if e.event == "ACCUSE"]
    assert [r.code for r in row.recipient] == ["ISR"]


@pytest.mark.model
def test_victims_on_both_sides_are_of_both_sides_countries():
    [document] = _every_row(["DUSHANBE, Tajikistan — Tajik and Kyrgyz border guards exchanged fire overnight, "
                             "killing at least eight guards on both sides, officials said."])
    rows = [e for e in document.events if e.event == "ASSAULT" and e.recipient]
    assert rows and all(sorted(r.code for r in e.recipient) == ["KGZ", "TJK"] for e in rows)


@pytest.mark.model
def test_who_amasses_charges_is_charged_not_the_accuser():
    [document] = _every_row(["LEEDS, England — Police said that in one case three teenagers amassed 90 charges in "
                             "just two months."])
    rows = [e for e in _triggered(document, "charges") if e.event == "ACCUSE"]
    assert rows and not any(a.entity_text == "three teenagers" for e in rows for a in e.actor)


@pytest.mark.model
def test_a_jury_trial_jury_duty_or_terrorist_acts_are_no_party():
    documents = _every_row([
        "ATLANTA — Lawyers for the former sheriff have demanded a jury trial.",
        "ATLANTA — The county fined a man who skipped jury duty and criticized the judge.",
        "NICOSIA — President Ana Ruiz condemned the terrorist acts in a message of condolence."])
    texts = [m.actor.entity_text for d in documents for m in d.mentions]
    assert "the judge" in texts
    assert not [t for t in texts if "jury" in t or "terrorist" in t]


@pytest.mark.model
def test_who_acts_during_protests_is_not_their_protester():
    [document] = _every_row(["LISBON — The prime minister has mostly stayed out of sight during protests against "
                             "his plan to raise fuel taxes, leaving his ministers to defend it."])
    rows = [e for e in _triggered(document, "protests") if e.event == "PROTEST"]
    assert rows and not any("prime minister" in a.entity_text for e in rows for a in e.actor)


@pytest.mark.model
def test_officials_from_two_countries_are_a_party_of_each():
    [document] = _every_row(["DOHA, Qatar — Senior officials from Egypt and Ethiopia met in Doha on Thursday to "
                             "discuss the dam on the Nile, the foreign ministry said."])
    rows = [e for e in _triggered(document, "met") if e.event == "CONSULT"]
    assert rows and all(sorted(a.code for a in e.actor) == ["EGY", "ETH"] for e in rows)


@pytest.mark.model
def test_a_condemned_decision_is_aimed_at_who_approved_or_ordered_it():
    [document] = _every_row(["HEBRON, West Bank — Israel's defence ministry approved plans on Thursday for 2,000 new "
                             "homes in a settlement near the city. Jordan condemned the decision as a breach of "
                             "international law."])
    rows = [e for e in _triggered(document, "condemned") if e.event == "ACCUSE"]
    assert rows and all([r.code for r in e.recipient] == ["ISR"] for e in rows)


@pytest.mark.model
def test_a_plan_reported_of_someone_is_no_threat_they_made():
    reported, said = _every_row([
        "MAIDUGURI, Nigeria — The army said the raid followed intelligence that the insurgents were planning "
        "attacks on two towns.",
        "MAIDUGURI, Nigeria — The insurgents said they were planning attacks on two towns."])
    assert not [e for e in reported.events if e.event == "THREATEN"]
    assert [e for e in said.events if e.event == "THREATEN"]


@pytest.mark.model
def test_protesters_are_not_whom_a_protest_is_against():
    [document] = _every_row(["NAIROBI, Kenya — Protests spread to Kisumu on Friday; riot police there arrested 30 "
                             "demonstrators."])
    rows = [e for e in document.events if e.event == "PROTEST"]
    assert rows and not any("demonstrators" in r.entity_text for e in rows for r in e.recipient)


@pytest.mark.model
def test_a_named_doer_beats_a_background_clause_the_parser_made_the_root():
    from wirecoder.events.detector import use_detector

    use_detector(_reading("ASSAULT", kind="sentence"))
    [document] = _every_row(["TEL AVIV — Israeli warplanes struck what the army said were Hezbollah arms depots in "
                             "southern Lebanon on Monday, hours after rockets were fired at northern Israel."])
    rows = [e for e in document.events if e.event == "ASSAULT"]
    assert [e.event_text for e in rows] == ["struck"]
    assert [a.code for a in rows[0].actor] == ["ISR"]
    # (what it was said to be is the target, not who said so)
    assert [r.code for r in rows[0].recipient] == ["LBN"] and "army" not in rows[0].recipient[0].entity_text


@pytest.mark.model
def test_a_crew_held_after_a_seizure_is_held_by_who_seized_it_and_is_of_its_own_country():
    [document] = _every_row(["DUBAI — Iran's Revolutionary Guards seized a cargo ship in the Gulf of Oman on "
                             "Friday. The ship's 21 crew members, most of them from the Philippines, were detained."])
    [row] = [e for e in _triggered(document, "detained") if e.event == "COERCE"]
    assert [(a.code, a.sector) for a in row.actor] == [("IRN", ["MIL"])]
    assert [(r.code, r.sector) for r in row.recipient] == [("PHL", ["CVL"])]
    assert row.event_loc["country"] != "PHL"


@pytest.mark.model
def test_people_arrested_from_a_country_are_its_people_and_it_is_not_where_they_were_held():
    [document] = _every_row(["DOHA — Police arrested four seafarers from Indonesia at the port on Sunday."])
    [row] = [e for e in _triggered(document, "arrested") if e.event == "COERCE"]
    assert [a.code for a in row.actor] == ["QAT"]
    assert [r.code for r in row.recipient] == ["IDN"]
    assert row.event_loc["country"] == "QAT"


@pytest.mark.model
def test_congo_is_the_democratic_republic_where_the_places_say_so():
    goma, brazzaville = _every_row([
        "GOMA, Congo — Congo accused Rwanda on Monday of arming the rebels. In Doha, Congo's government signed a "
        "truce with the rebels.",
        "BRAZZAVILLE, Congo — Congo's government signed a trade deal with Gabon on Monday."])
    codes = {m.actor.entity_text: m.actor.code for m in goma.mentions}
    assert codes["Congo"] == "COD" and codes["Congo's government"] == "COD"
    assert {m.actor.entity_text: m.actor.code for m in brazzaville.mentions}["Congo's government"] == "COG"


@pytest.mark.model
def test_a_firms_rival_is_no_politician():
    firm, race = _every_row([
        "AUSTIN, Texas — Chipmaker Oberlin on Monday sued a rival, Tessaron Devices, over its patents.",
        "AUSTIN, Texas — Senator Hale attacked his rival, Tom Price, over taxes."])
    sectors = {m.actor.entity_text: m.actor.sector for m in firm.mentions}
    assert sectors["Chipmaker Oberlin"] == ["BUS"]
    assert not [s for t, s in sectors.items() if "rival" in t and "PTY" in s]
    assert any("PTY" in m.actor.sector for m in race.mentions if "rival" in m.actor.entity_text)


@pytest.mark.model
def test_a_country_a_border_is_shared_with_is_not_where_the_fight_was():
    [document] = _every_row(["QUETTA, Pakistan — Security forces killed four militants in a gunfight near the "
                             "border with Iran on Sunday, the army said."])
    [row] = [e for e in _triggered(document, "killed") if e.event == "ASSAULT"]
    assert [a.code for a in row.actor] == ["PAK"]
    assert row.event_loc["country"] == "PAK"


@pytest.mark.model
def test_who_air_strikes_fell_on_is_not_whom_their_condemnation_is_aimed_at():
    [document] = _every_row(["KHARTOUM, Sudan — The African Union has repeatedly condemned drone strikes on "
                             "civilians since the war began."])
    rows = [e for e in _triggered(document, "condemned") if e.event == "ACCUSE"]
    assert rows and not any("civilians" in r.entity_text for e in rows for r in e.recipient)


@pytest.mark.model
def test_a_coach_named_with_his_title_faulting_his_team_is_sport():
    [document] = _every_row(["CHICAGO — The Bulls beat the Hawks 118-101 in Saturday's game. Atlanta coach Ron "
                             "Keller criticized his team's defence, and said the players scored too few points."])
    assert not [e for e in document.events if e.event == "ACCUSE"]


@pytest.mark.model
def test_a_denied_accusation_is_no_accusation_by_the_denier():
    [document] = _every_row(["WASHINGTON — Russia's embassy called the accusations groundless on Thursday."])
    assert not [e for e in document.events if any(a.code == "RUS" for a in e.actor)]


@pytest.mark.model
def test_a_ship_is_of_the_country_that_owns_it_and_a_body_named_by_a_country_is_not_where():
    [document] = _every_row(["SANAA, Yemen — The rebels said they had attacked a Norwegian-owned tanker with "
                             "missiles. The U.S. military said its forces had shot down two drones."])
    [attack] = [e for e in _triggered(document, "attacked") if e.event == "ASSAULT"]
    assert [r.code for r in attack.recipient] == ["NOR"]
    assert [e.event_loc["country"] for e in _triggered(document, "shot")] in ([], ["YEM"])


@pytest.mark.model
def test_who_arrests_someone_after_an_attack_did_not_make_it():
    [document] = _every_row(["LEEDS, England — Police arrested a 52-year-old man on Friday after an attack outside "
                             "a mosque in which a worshipper was stabbed."])
    assert not [e for e in document.events if e.event == "ASSAULT" and any(a.sector == ["COP"] for a in e.actor)]


@pytest.mark.model
def test_a_department_every_government_has_is_the_settings_own_unless_the_story_names_the_us():
    home, us = _every_row([
        "BOGOTA, Colombia — Rebels ambushed an army patrol in Cauca on Sunday, wounding two soldiers, the Defense "
        "Department said.",
        "BOGOTA, Colombia — A U.S. surveillance plane landed in Cauca on Sunday, the Defense Department said."])
    department = {m.actor.entity_text: m.actor.code for m in home.mentions}["the Defense Department"]
    assert department == "COL"
    assert {m.actor.entity_text: m.actor.code for m in us.mentions}["the Defense Department"] == "USA"


@pytest.mark.model
def test_deaths_a_gas_explosion_caused_are_no_attack():
    [document] = _every_row(["ODESA, Ukraine — A gas explosion wrecked part of a five-storey block of flats on "
                             "Friday, killing two residents, rescuers said."])
    assert not [e for e in document.events if e.event == "ASSAULT"]


@pytest.mark.model
def test_a_place_a_countrys_possessive_names_is_where_it_happened():
    [document] = _every_row(["A market in Nigeria's northeast was bombed on Friday, witnesses said, raising fears "
                             "of more attacks in Cameroon."])
    rows = [e for e in _triggered(document, "bombed") if e.event == "ASSAULT"]
    assert rows and all(e.event_loc["country"] == "NGA" for e in rows)


@pytest.mark.model
def test_a_march_on_a_body_is_aimed_at_it():
    [document] = _every_row(["ACCRA, Ghana — Police fired tear gas on Monday at hundreds of students who marched on "
                             "parliament against a rise in university fees."])
    rows = [e for e in _triggered(document, "marched") if e.event == "PROTEST"]
    assert rows and all([(r.code, r.sector) for r in e.recipient] == [("GHA", ["LEG"])] for e in rows)


def test_harm_joined_to_what_an_accuser_says_is_not_the_accusers_act(make_doc, document_for):
    # Kenya accused Uganda of backing rebels , killing 20 people .  ("killing" hung on "backing")
    events = _every_event(make_doc, document_for,
                          words=["Kenya", "accused", "Uganda", "of", "backing", "rebels", ",", "killing", "20",
                                 "people", "."],
                          heads=[1, 1, 1, 1, 3, 4, 4, 4, 9, 7, 1],
                          deps=["nsubj", "ROOT", "dobj", "prep", "pcomp", "dobj", "punct", "conj", "nummod", "dobj",
                                "punct"],
                          pos=["PROPN", "VERB", "PROPN", "ADP", "VERB", "NOUN", "PUNCT", "VERB", "NUM", "NOUN",
                               "PUNCT"],
                          tags=["NNP", "VBD", "NNP", "IN", "VBG", "NNS", ",", "VBG", "CD", "NNS", "."],
                          lemmas=["kenya", "accuse", "uganda", "of", "back", "rebel", ",", "kill", "20", "people",
                                  "."],
                          ents=[(0, 1, "GPE"), (2, 3, "GPE")])
    assert [e.event for e in events if e.event == "ACCUSE"]
    assert not [e for e in events if e.event == "ASSAULT" and any(a.code == "KEN" for a in e.actor)]


@pytest.mark.model
def test_condemned_sanctions_are_aimed_at_who_imposed_them():
    [document] = _every_row(["WASHINGTON — The U.S. Treasury on Monday imposed sanctions on six shipping firms that it "
                             "said carried Venezuelan oil. Venezuela's foreign ministry condemned the sanctions."])
    [row] = [e for e in _triggered(document, "condemned") if e.event == "ACCUSE"]
    assert [(r.code, r.sector) for r in row.recipient] == [("USA", ["GOV"])]


@pytest.mark.model
def test_who_arrests_suspects_in_connection_with_a_bombing_did_not_bomb():
    [document] = _every_row(["MOSUL, Iraq — Iraqi police arrested three suspects on Sunday in connection with a car "
                             "bombing that killed four people at a bus station in Mosul last month."])
    assert not [e for e in _triggered(document, "bombing") if any(a.code == "IRQ" for a in e.actor)]


@pytest.mark.model
def test_initials_spelled_out_earlier_name_that_party_wherever_they_stand():
    [document] = _every_row(["KHARTOUM — The paramilitary Rapid Support Forces shelled a market on Sunday. The "
                             "RSF commander, Gen. Omar Salih, denied it. The United States has accused the RSF "
                             "of war crimes."])
    coded = [(m.actor.entity_text, m.actor.code) for m in document.mentions if "RSF" in m.actor.entity_text]
    assert coded and all(code == "SDN" for _, code in coded)


@pytest.mark.model
def test_tensions_that_exploded_into_fighting_are_no_explosives_and_a_when_clause_of_an_old_date_is_history():
    [document] = _every_row([{"text": "KHARTOUM — The war began in April 2019, when tensions between the two "
                                      "generals exploded into open fighting in the capital.", "date": "2025-03-10"}])
    assert not [e for e in document.events if e.mode == "explosives"]
    assert all("historical" in e.aux_mode for e in document.events if e.event == "ASSAULT")


@pytest.mark.model
def test_an_alliance_is_nato_only_after_nato_is_named():
    party, nato = _every_row([
        "ROME — Leaders of the centre-right alliance criticised the budget on Monday.",
        "BRUSSELS — NATO defence ministers met on Monday. The alliance said it would send more jets to Poland."])
    assert not [m for m in party.mentions if m.actor.code == "IGO"]
    assert {m.actor.entity_text: m.actor.code for m in nato.mentions}["The alliance"] == "IGO"


@pytest.mark.model
def test_the_pakistani_taliban_are_pakistans_and_a_condemned_attack_is_aimed_at_who_ambushed():
    [document] = _every_row(["BANNU, Pakistan — Pakistani Taliban fighters ambushed a police patrol on Monday, "
                             "killing six officers. The provincial governor condemned the attack."])
    [ambush] = [e for e in _triggered(document, "ambushed") if e.event == "ASSAULT"]
    assert [(a.code, a.sector) for a in ambush.actor] == [("PAK", ["REB"])]
    [verdict] = [e for e in _triggered(document, "condemned") if e.event == "ACCUSE"]
    assert [r.code for r in verdict.recipient] == ["PAK"] and "Taliban" in verdict.recipient[0].entity_text


@pytest.mark.model
def test_condemnation_a_reported_act_drew_is_aimed_at_its_doers_not_the_reporter():
    [document] = _every_row(["YORK, England — Two climate activists sprayed orange paint on a castle wall on "
                             "Wednesday, police said, drawing condemnation from the culture minister."])
    rows = [e for e in _triggered(document, "condemnation") if e.event == "ACCUSE"]
    assert rows and all(r.sector != ["COP"] for e in rows for r in e.recipient)
    assert any("activists" in r.entity_text for e in rows for r in e.recipient)


@pytest.mark.model
def test_sums_charged_to_a_card_are_no_criminal_charges_when_named_again():
    [document] = _every_row(["DAYTON, Ohio — An audit found that the county treasurer charged $12,000 in personal "
                             "expenses to a county credit card. The treasurer said the charges were an error by "
                             "an aide."])
    assert not [e for e in _triggered(document, "charges") if e.event == "ACCUSE"]


@pytest.mark.model
def test_it_of_what_a_body_says_is_the_body_though_the_dateline_is_parsed_a_subject():
    documents = _every_row(["AMMAN, Jordan — The intelligence service said on Tuesday it had arrested 16 people.",
                            "AMMAN, Jordan — Jordan's interior ministry said it had arrested 16 people."])
    for document in documents:
        rows = [e for e in _triggered(document, "arrested") if e.event == "COERCE"]
        assert rows and all([a.code for a in e.actor] == ["JOR"] for e in rows)


@pytest.mark.model
def test_congress_in_a_story_set_elsewhere_is_that_countrys():
    [document] = _every_row(["MANILA — The president asked Congress on Monday to pass a law on divorce."])
    assert {m.actor.entity_text: m.actor.code for m in document.mentions}["Congress"] == "PHL"


@pytest.mark.model
def test_a_multinational_firm_is_mnc_not_of_the_country_it_is_opposed_in():
    [document] = _every_row(["VALJEVO, Serbia — Hundreds of farmers protested on Sunday against a copper mine "
                             "planned by the mining group Rio Tinto. Two fishing villages in Ghana sued Shell "
                             "in London on Monday over a pipeline leak."])
    [protest] = [e for e in _triggered(document, "protested") if e.event == "PROTEST"]
    assert [(r.code, r.sector) for r in protest.recipient] == [("MNC", ["BUS"])]
    [lawsuit] = [e for e in _triggered(document, "sued") if e.event == "ACCUSE"]
    assert [(r.code, r.sector) for r in lawsuit.recipient] == [("MNC", ["BUS"])]


def test_a_firm_whose_name_is_a_word_is_that_firm_only_when_capitalised():
    from wirecoder.actors.knowledge import load_knowledge

    knowledge = load_knowledge()
    assert knowledge.lookup("Shell").code == "MNC" and knowledge.lookup("The Apple").code == "MNC"
    assert knowledge.lookup("shell") is None and knowledge.lookup("the apple") is None


@pytest.mark.model
def test_a_named_storm_kills_no_one_by_an_attack():
    [document] = _every_row(["MANILA — Typhoon Kiko killed at least 14 people in the central Philippines on "
                             "Saturday, flattening houses and cutting power, officials said."])
    assert not [e for e in document.events if e.event == "ASSAULT"]


@pytest.mark.model
def test_someone_on_a_countrys_side_of_a_line_is_of_that_country():
    [document] = _every_row(["NEW DELHI — Indian and Pakistani soldiers traded fire across the frontier in "
                             "Kashmir on Friday, killing a civilian on the Pakistani side, officials said."])
    rows = [e for e in _triggered(document, "killing") if e.event == "ASSAULT"]
    assert rows and [(r.code, r.entity_text) for r in rows[0].recipient] == [("PAK", "a civilian")]


@pytest.mark.model
def test_a_place_inside_a_named_body_is_no_party_of_its_own():
    [document] = _every_row(["AUSTIN, Texas — Students held a sit-in protest at the University of Texas on "
                             "Tuesday over tuition."])
    assert not [r for e in document.events for r in e.recipient if r.entity_text == "Texas"]


@pytest.mark.model
def test_a_platform_written_on_is_no_party():
    [document] = _every_row(["WASHINGTON — The senator blamed the governor on Twitter for the delays."])
    [blame] = [e for e in _triggered(document, "blamed") if e.event == "ACCUSE"]
    assert [r.entity_text for r in blame.recipient] == ["the governor"]


@pytest.mark.model
def test_a_prosecutor_general_is_a_prosecutor_not_an_officer():
    [document] = _every_row(["LIMA — Peru's prosecutor general on Monday charged a former minister with "
                             "taking bribes."])
    [charge] = [e for e in _triggered(document, "charged") if e.event == "ACCUSE"]
    assert [(a.code, a.sector) for a in charge.actor] == [("PER", ["JUD"])]


@pytest.mark.model
def test_a_condemned_attack_is_aimed_at_who_killed_in_the_ambush_before():
    [document] = _every_row(["KABUL — Gunmen of the Islamic State killed four guards in an ambush near the "
                             "airport on Monday, officials said. The governor condemned the attack."])
    [verdict] = [e for e in _triggered(document, "condemned") if e.event == "ACCUSE"]
    assert [r.code for r in verdict.recipient] == ["IMG"]


@pytest.mark.model
def test_a_clubs_president_holds_no_public_office():
    [document] = _every_row(["MADRID — Police detained the club president on Sunday after a brawl at the stadium."])
    [arrest] = [e for e in _triggered(document, "detained") if e.event == "COERCE"]
    assert [r.sector for r in arrest.recipient] == [[]] and arrest.recipient[0].code == "ESP"


@pytest.mark.model
def test_a_person_named_like_a_firm_is_that_person():
    [document] = _every_row(["MADISON, Wis. — Police said Ted Boeing was arrested on Friday after a crash."])
    [arrest] = [e for e in _triggered(document, "arrested") if e.event == "COERCE"]
    assert [r.code for r in arrest.recipient] == ["USA"]


@pytest.mark.model
def test_condemned_measures_are_aimed_at_who_imposed_them():
    [document] = _every_row(["LONDON — Britain imposed sanctions on Tuesday on four Belarusian officials over the "
                             "jailing of activists. Belarus's foreign ministry condemned the measures."])
    [verdict] = [e for e in _triggered(document, "condemned") if e.event == "ACCUSE"]
    assert [r.code for r in verdict.recipient] == ["GBR"]


@pytest.mark.model
def test_a_welcomed_agreement_is_aimed_at_all_who_agreed():
    [document] = _every_row(["DOHA — Armenia and Azerbaijan agreed on Thursday to open talks on their border. "
                             "Germany welcomed the agreement."])
    [support] = [e for e in _triggered(document, "welcomed") if e.event == "SUPPORT"]
    assert [r.code for r in support.recipient] == ["ARM", "AZE"]


@pytest.mark.model
def test_a_reporter_named_with_a_foreign_outlet_is_of_its_country_and_the_outlet_sets_nothing():
    [document] = _every_row(["MINSK — Police arrested a Reuters reporter, Dana Korr, on Monday while she "
                             "was reporting on a protest, the Associated Press said."])
    [arrest] = [e for e in _triggered(document, "arrested") if e.event == "COERCE"]
    assert [(r.code, r.sector) for r in arrest.recipient] == [("GBR", ["JRN"])]
    assert document.setting == "BLR"


@pytest.mark.model
def test_his_in_a_clause_apposition_is_the_subjects_past_a_dateline_parsed_as_a_subject():
    [document] = _every_row(["ANKARA — Hungarian Prime Minister Viktor Orban met Turkish President Tayyip Erdogan "
                             "in Ankara on Monday, his second visit to Turkey this year. Sweden's foreign "
                             "minister criticised the visit."])
    assert {m.actor.entity_text: m.actor.name for m in document.mentions}["his"] == "Viktor Orban"
    [verdict] = [e for e in _triggered(document, "criticised") if e.event == "ACCUSE"]
    assert [r.code for r in verdict.recipient] == ["HUN"]


@pytest.mark.model
def test_a_person_named_before_stays_that_person_when_later_described_by_an_outlet():
    [document] = _every_row(["WASHINGTON — Senator Maria Delgado's former campaign manager, Tom Brevik, was "
                             "fired in June. Mr. Brevik, now a CNN commentator, was charged with assault "
                             "in March."])
    names = {m.actor.name for m in document.mentions if "Brevik" in m.actor.entity_text}
    assert names == {"Tom Brevik"}
    # (a party named beside a person still describes them, and is not read as an outlet they serve)
    [party] = _every_row(["Hale calls governor's plan reckless\n\nBOISE, Idaho — House Speaker Ann Hale, the "
                          "state's top Republican, criticized the governor on Monday."])
    assert {m.actor.entity_text for m in party.mentions if m.actor.name == "Ann Hale"} \
        == {"House Speaker Ann Hale, the state's top Republican"}


@pytest.mark.model
def test_whom_a_clash_harmed_is_no_side_of_it():
    [document] = _every_row(["LAGOS — Rival gangs clashed near a bus station in Lagos on Saturday, wounding nine "
                             "people, police said."])
    [clash] = [e for e in _triggered(document, "clashed") if e.event == "ASSAULT"]
    assert "nine people" not in [a.entity_text for a in clash.actor]


@pytest.mark.model
def test_a_car_driven_into_people_is_an_accident_when_the_text_calls_it_the_crash():
    crash, ramming = _every_row([
        "LEEDS, England — A woman who drove her van into a bus queue on Friday evening, injuring four people, "
        "had fallen asleep at the wheel, police said. Officers said the crash was an accident.",
        "NICE, France — A man drove a truck into a crowd watching fireworks, killing dozens of people. "
        "Prosecutors said the attack was an act of terrorism."])
    assert not [e for e in crash.events if e.event == "ASSAULT"]
    assert [e for e in ramming.events if e.event == "ASSAULT"]


@pytest.mark.model
def test_violence_with_no_target_named_is_aimed_at_the_other_side_reporting_it():
    [document] = _every_row(["BANGKOK — Cambodia's defence ministry said on Monday that Thai soldiers opened "
                             "fire first."])
    [shooting] = [e for e in _triggered(document, "opened fire") if e.event == "ASSAULT"]
    assert [r.code for r in shooting.actor] == ["THA"] and [r.code for r in shooting.recipient] == ["KHM"]


@pytest.mark.model
def test_a_party_owned_by_a_possessive_keeps_its_owners_country_where_it_was_harmed():
    [document] = _every_row(["KYIV, Ukraine — Ukraine's defence ministry said three of its soldiers were killed "
                             "in Belgorod on Sunday."])
    [killing] = [e for e in _triggered(document, "killed") if e.event == "ASSAULT"]
    assert [r.code for r in killing.recipient] == ["UKR"]


@pytest.mark.model
def test_who_shelled_is_read_from_the_by_phrase_of_the_shelling_a_joined_harm_was_done_in():
    shelling, attack = _every_row([
        "KYIV, Ukraine — The ministry said a driver was killed and another injured in shelling by Russian forces "
        "on Friday.",
        "KYIV, Ukraine — Two engineers were killed in an attack by Russian forces, the ministry said."])
    for document in (shelling, attack):
        [killing] = [e for e in _triggered(document, "killed") if e.event == "ASSAULT"]
        assert [a.code for a in killing.actor] == ["RUS"]


@pytest.mark.model
def test_arms_a_force_destroys_are_not_given_the_forces_own_country_by_the_setting():
    [document] = _every_row(["KYIV, Ukraine — Ukrainian forces destroyed six tanks and two helicopters near "
                             "the front, the general staff said."])
    [strike] = [e for e in _triggered(document, "destroyed") if e.event == "ASSAULT"]
    assert [a.code for a in strike.actor] == ["UKR"]
    assert "UKR" not in [r.code for r in strike.recipient]


@pytest.mark.model
def test_an_invasion_is_never_the_invaders_internal_affair():
    [document] = _every_row(["MOSCOW — Grain prices rose sharply in the months after Russia's invasion began."])
    [invasion] = [e for e in _triggered(document, "invasion") if e.event == "ASSAULT"]
    assert [a.code for a in invasion.actor] == ["RUS"]
    assert "RUS" not in [r.code for r in invasion.recipient]


@pytest.mark.model
def test_a_toll_since_an_attack_was_launched_is_of_who_launched_it():
    [document] = _every_row(["ASMARA, Eritrea — Officials say 80 people have been killed in Eritrea since "
                             "Ethiopia launched its offensive."])
    [killing] = [e for e in _triggered(document, "killed") if e.event == "ASSAULT"]
    assert [a.code for a in killing.actor] == ["ETH"]


@pytest.mark.model
def test_victims_of_attackers_who_went_into_a_country_are_of_that_country():
    [document] = _every_row(["KHARTOUM, Sudan — Rebel fighters crossed from Darfur into Chad and killed 30 "
                             "villagers."])
    [killing] = [e for e in _triggered(document, "killed") if e.event == "ASSAULT"]
    assert [r.code for r in killing.recipient] == ["TCD"]


@pytest.mark.model
def test_who_speaks_amid_violence_is_not_its_target():
    [document] = _every_row(["DONETSK — Amid heavy shelling in the suburbs, the regional governor told "
                             "reporters the city centre was calm."])
    for row in (e for e in document.events if e.event == "ASSAULT"):
        assert "governor" not in " ".join(r.entity_text for r in row.recipient)


@pytest.mark.model
def test_a_violent_noun_undergone_at_the_hands_of_a_party_is_that_partys_act():
    [document] = _every_row(["ABUJA, Nigeria — Northern villages have suffered repeated bombings at the hands "
                             "of Boko Haram."])
    [bombings] = [e for e in _triggered(document, "bombings") if e.event == "ASSAULT"]
    assert [a.name for a in bombings.actor] == ["Boko Haram"]


@pytest.mark.model
def test_a_private_body_named_on_an_inquiry_is_not_its_investigator():
    body, senate = _every_row(["ZURICH — An agent who ran the FIFA probe testified on Monday.",
                               "WASHINGTON — A Senate investigation found fraud at the agency."])
    [probe] = [e for e in _triggered(body, "probe") if e.event == "ACCUSE"]
    assert all("FIFA" not in a.entity_text for a in probe.actor)
    [inquiry] = [e for e in _triggered(senate, "investigation") if e.event == "ACCUSE"]
    assert [a.code for a in inquiry.actor] == ["USA"]


@pytest.mark.model
def test_who_resists_arrest_is_the_one_arrested_not_the_arrester():
    [document] = _every_row(["MIAMI — A 30-year-old man was hurt on Sunday while he was resisting arrest, "
                             "police said."])
    for row in (e for e in _triggered(document, "arrest") if e.event == "COERCE"):
        assert row.actor == [] or all(a.entity_text not in ("he", "A 30-year-old man") for a in row.actor)


@pytest.mark.model
def test_harm_its_own_sentence_says_an_accident_caused_is_no_attack():
    leak, cylinder, bomb = _every_row([
        "LYON, France — An explosion at a bakery injured nine people and was probably caused by a gas leak, "
        "officials said.",
        "LAGOS — A blast killed four people at a market and was caused by a faulty gas cylinder, police said.",
        "LAGOS — A blast killed four people at a market and was claimed by the militants, police said."])
    assert not [e for e in leak.events + cylinder.events if e.event == "ASSAULT"]
    assert [e for e in bomb.events if e.event == "ASSAULT"]


@pytest.mark.model
def test_fighters_killed_by_a_foreign_army_are_of_the_place_the_story_was_filed_from():
    [document] = _every_row(["DEIR AL-BALAH, Gaza Strip — Shelling hit a school in central Gaza on Monday. "
                             "Israel says its troops have killed hundreds of gunmen."])
    [killing] = [e for e in _triggered(document, "killed") if e.event == "ASSAULT"]
    assert [a.code for a in killing.actor] == ["ISR"]
    assert [r.code for r in killing.recipient] == ["PSE"]


@pytest.mark.model
def test_whom_fighting_displaced_is_no_side_of_it():
    [document] = _every_row(["GOMA, Congo — Fighting has displaced more than 200,000 people in the province."])
    for row in (e for e in _triggered(document, "Fighting") if e.event == "ASSAULT"):
        assert not [a for a in row.actor if "people" in a.entity_text]


@pytest.mark.model
def test_who_is_named_in_what_the_accused_did_is_no_party_even_parsed_as_an_object():
    [document] = _every_row(["KHAN YOUNIS, Gaza Strip — The army accused the group of hiding among civilians."])
    for row in (e for e in _triggered(document, "accused") if e.event == "ACCUSE"):
        assert not [r for r in row.recipient if "civilians" in r.entity_text]


@pytest.mark.model
def test_a_speech_act_after_a_backshifted_report_is_the_reporters():
    [document] = _every_row(["MANILA — The navy said foreign trawlers had rammed a patrol boat and accused "
                             "Hanoi of encouraging them."])
    [row] = [e for e in _triggered(document, "accused") if e.event == "ACCUSE"]
    assert [(a.entity_text, a.code) for a in row.actor] == [("The navy", "PHL")]
    assert [r.code for r in row.recipient] == ["VNM"]


@pytest.mark.model
def test_what_police_fire_is_not_whom_they_fire_it_at():
    dispersed, outside = _every_row([
        "NAIROBI, Kenya — Police fired tear gas to scatter a crowd outside the city hall on Monday.",
        "NAIROBI, Kenya — Police fired tear gas in front of the city hall on Monday."])
    [row] = [e for e in _triggered(dispersed, "fired") if e.event == "ASSAULT"]
    assert [(r.entity_text, r.code) for r in row.recipient] == [("a crowd", "KEN")]
    [row] = [e for e in _triggered(outside, "fired") if e.event == "ASSAULT"]
    assert not [r for r in row.recipient if "hall" in r.entity_text]


@pytest.mark.model
def test_an_inquiry_a_relative_clause_says_someone_led_is_no_new_act():
    [document] = _every_row(["OSLO — A court fined a shipping firm on Monday. Norwegian auditors, who ran "
                             "the investigation, praised the verdict."])
    assert not [e for e in _triggered(document, "investigation") if e.event == "ACCUSE"]


@pytest.mark.model
def test_leaders_of_other_countries_are_known_by_name():
    [document] = _every_row(["ADDIS ABABA — Abiy Ahmed and William Ruto met on Tuesday to discuss the "
                             "river dispute."])
    [row] = [e for e in _triggered(document, "met") if e.event == "CONSULT"]
    assert sorted(a.code for a in row.actor + row.recipient) == ["ETH", "KEN"]


@pytest.mark.model
def test_of_two_sides_named_together_the_harmed_side_did_not_harm_itself():
    [document] = _every_row(["NEW DELHI — Indian and Chinese patrols clashed in the mountains on Tuesday, "
                             "injuring three Indian soldiers, the army said."])
    [row] = [e for e in _triggered(document, "injuring") if e.event == "ASSAULT"]
    assert [a.code for a in row.actor] == ["CHN"]
    assert [r.code for r in row.recipient] == ["IND"]


@pytest.mark.model
def test_accusing_each_other_is_aimed_at_the_pair_not_at_whom_the_charge_names():
    [document] = _every_row(["CAIRO — Egypt and Sudan have accused each other of mistreating refugees "
                             "at the border."])
    [row] = [e for e in _triggered(document, "accused") if e.event == "ACCUSE"]
    assert not [r for r in row.recipient if "refugees" in r.entity_text]
    assert sorted(r.code for r in row.recipient) == ["EGY", "SDN"]


@pytest.mark.model
def test_both_sides_of_a_war_a_state_judges_are_not_its_own_people():
    abroad, home = _every_row(["JUBA, South Sudan — Fighting went on for a third day on Monday. Britain has "
                               "accused both sides of blocking food deliveries.",
                               "LONDON — Parliament met on Monday. A British senator criticized both sides for "
                               "the deadlock."])
    [row] = [e for e in _triggered(abroad, "accused") if e.event == "ACCUSE"]
    assert not [r for r in row.recipient if r.code == "GBR"]
    # At home, both sides are the country's own parties.
    [row] = [e for e in _triggered(home, "criticized") if e.event == "ACCUSE"]
    assert [r.code for r in row.recipient] == ["GBR"]


@pytest.mark.model
def test_whom_a_strike_forced_to_act_is_not_its_target():
    [document] = _every_row(["ROME — Dockworkers in Italy went on strike on Friday, forcing shipping "
                             "lines to divert their vessels."])
    [row] = [e for e in document.events if e.event == "PROTEST"]
    assert [(a.entity_text, a.sector) for a in row.actor] == [("Dockworkers", ["LAB"])]
    assert not row.recipient


@pytest.mark.model
def test_violence_told_again_of_the_same_person_was_done_by_who_did_it_before():
    [document] = _every_row(["DETROIT — Jaylen Brooks, 19, was shot dead by police officers on Friday. "
                             "An autopsy showed that Brooks had been shot four times."])
    [row] = [e for e in _triggered(document, "shot") if e.event == "ASSAULT" and "autopsy" in e.sentence]
    assert [(a.code, a.sector) for a in row.actor] == [("USA", ["COP"])]


@pytest.mark.model
def test_an_act_that_talks_are_about_is_a_topic_not_an_act():
    [document] = _every_row(["The two presidents will discuss tariffs and support for Moldova on Friday."])
    assert not [e for e in _triggered(document, "support") if e.event == "SUPPORT"]


@pytest.mark.model
def test_a_listed_surname_that_is_the_given_name_of_someone_named_is_that_person():
    [document] = _every_row(["LEEDS, England — Cameron Walsh, 17, was stabbed near a park on Monday. "
                             "Police said Cameron had been walking home."])
    later = [m for m in document.mentions if m.actor.entity_text == "Cameron"]
    assert later and all(m.actor.name == "Cameron Walsh" and "GOV" not in m.actor.sector for m in later)


@pytest.mark.model
def test_an_inquest_into_a_death_accuses_no_one():
    [document] = _every_row(["LEEDS, England — A woman was stabbed on Monday. Her death is being investigated "
                             "by the senior coroner."])
    assert not [e for e in document.events if e.event == "ACCUSE"]


@pytest.mark.model
def test_what_a_participle_calls_a_party_is_no_party():
    [document] = _every_row(["The raid by the militia, designated as a terrorist group by Canada, killed "
                             "nine villagers."])
    for row in (e for e in document.events if e.event == "ASSAULT"):
        assert not [a for a in row.actor + row.recipient if "group" in a.entity_text]
        assert not [a for a in row.actor if a.code == "CAN"]


@pytest.mark.model
def test_an_inquiry_into_people_based_abroad_is_no_internal_affair():
    [document] = _every_row(["HELSINKI — Finnish police said they suspected a gang based abroad and had opened "
                             "an investigation."])
    for row in (e for e in document.events if e.event == "ACCUSE"):
        assert not [r for r in row.recipient if r.code == "FIN"]


@pytest.mark.model
def test_a_partner_country_of_two_words_is_read_whole():
    [document] = _every_row(["The presidents of Chile and South Africa met in Santiago on Monday."])
    [row] = [e for e in _triggered(document, "met") if e.event == "CONSULT"]
    assert sorted(a.code for a in row.actor + row.recipient) == ["CHL", "ZAF"]


@pytest.mark.model
def test_army_officers_are_soldiers_not_police():
    [document] = _every_row(["BAMAKO, Mali — Army officers detained the president on Tuesday."])
    [officers] = [m for m in document.mentions if m.actor.entity_text == "Army officers"]
    assert officers.actor.sector == ["MIL"]


@pytest.mark.model
def test_a_party_joined_to_the_happening_an_inquiry_looks_into_is_its_target():
    [document] = _every_row(["DENVER — Prosecutors opened an investigation of the beating and the sheriff's "
                             "office on Monday."])
    [row] = [e for e in _triggered(document, "investigation") if e.event == "ACCUSE"]
    assert [(r.code, r.sector) for r in row.recipient] == [("USA", ["COP"])]



@pytest.mark.model
def test_a_name_after_as_is_who_the_party_is():
    from wirecoder.events.roles.fallbacks import _what_a_participle_calls_it

    named = _parsed("Police searched for a suspect identified as Ali Omar Said.")
    described = _parsed("The raid by the militia, designated as a terrorist group by Canada, killed nine.")
    assert not _what_a_participle_calls_it(next(t for t in named if t.text == "Said"))
    assert _what_a_participle_calls_it(next(t for t in described if t.text == "group"))


@pytest.mark.model
def test_what_a_copula_says_the_act_was_is_no_party():
    [document] = _every_row(["Drones hit a fuel depot near Kharkiv overnight. An official said the attack was part "
                             "of a campaign to cut supplies to the Russian army."])
    rows = _triggered(document, "attack")
    assert all("campaign" not in party.entity_text for row in rows for party in row.actor + row.recipient)
    # A doer named by "by" inside the same predicate is still read.
    from wirecoder.events.roles.fallbacks import _said_to_be_the_act

    parsed = _parsed("An official said the attack was part of an offensive by the Russian army.")
    attack, army = (next(t for t in parsed if t.text == w) for w in ("attack", "army"))
    assert not _said_to_be_the_act(army, attack)


@pytest.mark.model
def test_an_act_condemned_by_a_bare_definite_noun_is_aimed_at_whoever_did_it_before():
    [document] = _every_row(["BAGHDAD — Turkey carried out an air strike near Kirkuk on Monday, saying it had "
                             "targeted militants. Iraq's foreign ministry condemned the strike as a violation of "
                             "its sovereignty."])
    [row] = [e for e in _triggered(document, "condemned") if e.event == "ACCUSE"]
    assert [r.code for r in row.recipient] == ["TUR"]  # the one who carried it out
    # "The violence" is the riot told before, by people of the condemner's own country.
    [document] = _every_row(["CORK, Ireland — Rioters set fire to buses and looted shops on Thursday. The justice "
                             "minister condemned the violence."])
    [row] = [e for e in _triggered(document, "condemned") if e.event == "ACCUSE"]
    assert [(r.code, r.sector) for r in row.recipient] == [("IRL", ["CVL"])]


@pytest.mark.model
def test_a_coalition_a_state_leads_is_that_states_forces_even_hung_on_the_dateline():
    [document] = _every_row(["MOSUL, Iraq — The US-led coalition carried out air strikes on Islamic State positions "
                             "near the city on Sunday, the coalition said."])
    [row] = [e for e in _triggered(document, "strikes") if e.event == "ASSAULT"]
    assert [(a.code, a.sector) for a in row.actor] == [("USA", ["MIL"])]
    # A coalition a party leads is a government's, of no state before "led".
    from wirecoder.actors.knowledge import load_knowledge
    from wirecoder.actors.resolve import _the_state_leading_a_coalition

    parsed = _parsed("The Labour-led coalition passed the budget.")
    assert _the_state_leading_a_coalition(next(t for t in parsed if t.text == "coalition"), load_knowledge()) is None


@pytest.mark.model
def test_a_verb_the_parse_hung_on_the_dateline_has_the_apposed_body_as_subject():
    from wirecoder.events.roles.subjects import _finite_verb_hung_on_the_dateline

    parsed = _parsed("MOSUL, Iraq — The US-led coalition carried out air strikes on Islamic State positions "
                     "near the city on Sunday, the coalition said.")
    carried = next(t for t in parsed if t.text == "carried")
    assert carried.dep_ == "acl" and _finite_verb_hung_on_the_dateline(carried)
    parsed = _parsed("Officials said the men seized a port held by the army.")
    assert not _finite_verb_hung_on_the_dateline(next(t for t in parsed if t.text == "held"))


@pytest.mark.model
def test_criticism_a_thing_drew_is_aimed_at_its_maker():
    [document] = _every_row(["DENVER — The new rule was written by the Interior Department last spring and drew "
                             "heavy criticism from Greenpeace."])
    [row] = [e for e in _triggered(document, "criticism") if e.event == "ACCUSE"]
    assert [(r.entity_text, r.code) for r in row.recipient] == [("the Interior Department", "USA")]


@pytest.mark.model
def test_setting_fire_is_done_now_and_a_protest_set_for_a_day_is_to_come():
    burned, planned = _every_row(["CORK, Ireland — Rioters set fire to buses and looted shops on Thursday.",
                                  "CORK, Ireland — A protest is set for Monday outside the council offices."])
    assert [e.aux_mode for e in burned.events if e.event == "PROTEST"][:1] == [[]]
    assert [e.aux_mode for e in planned.events if e.event == "PROTEST"][:1] == [["future"]]


@pytest.mark.model
def test_a_past_tense_verb_is_not_part_of_the_infinitive_before_it():
    [document] = _every_row(["OTTAWA — The finance minister urged them to pass the budget quickly and accused the "
                             "Conservatives of wasting time."])
    [row] = [e for e in _triggered(document, "accused") if e.event == "ACCUSE"]
    assert [a.entity_text for a in row.actor] == ["The finance minister"] and row.aux_mode == []


@pytest.mark.model
def test_a_verb_hung_on_the_dateline_with_its_own_subject_is_no_participle():
    [document] = _every_row(["OTTAWA — Canada's opposition parties threatened on Wednesday to bring down the "
                             "minority government in a no-confidence vote over its budget."])
    [row] = [e for e in _triggered(document, "threatened") if e.event == "THREATEN"]
    assert [(a.entity_text, a.sector) for a in row.actor] == [("Canada's opposition parties", ["PTY"])]


@pytest.mark.model
def test_a_candidate_rallying_supporters_is_no_protest_and_the_rallied_are_no_target():
    campaign, opposition = _every_row([
        "DENVER — The Republican nominee rallied thousands of supporters in Denver on Saturday, attacking his "
        "rival's record on taxes.",
        "NAIROBI — The opposition leader rallied thousands of supporters against the tax increase on Tuesday."])
    assert not [e for e in campaign.events if e.event == "PROTEST"]
    [row] = [e for e in _triggered(opposition, "rallied") if e.event == "PROTEST"]
    assert not any("supporters" in r.entity_text for r in row.recipient)


@pytest.mark.model
def test_a_demand_for_someones_release_is_made_of_whoever_jailed_them():
    [document] = _every_row(["BAKU, Azerbaijan — A court sentenced the opposition blogger Ilgar Mamedov to eight "
                             "years in prison on Monday. Norway's government demanded his release."])
    [row] = [e for e in _triggered(document, "demanded") if e.event == "REQUEST"]
    assert [(r.code, r.sector, r.entity_text) for r in row.recipient] == [("AZE", ["JUD"], "")]


@pytest.mark.model
def test_a_verdict_on_the_deal_is_aimed_at_who_signed_the_agreement():
    [document] = _every_row(["LIMA, Peru — Peru and Chile signed an agreement on Monday to share a mine's water. "
                             "Farmers' unions criticized the deal, saying it ignored small growers."])
    [row] = [e for e in _triggered(document, "criticized") if e.event == "ACCUSE"]
    assert sorted(r.code for r in row.recipient) == ["CHL", "PER"]
    [document] = _every_row(["ROME — Italy and Albania agreed on Friday to a pilot scheme for processing asylum "
                             "claims. Aid groups criticised the plan."])
    [row] = [e for e in _triggered(document, "criticised") if e.event == "ACCUSE"]
    assert sorted(r.code for r in row.recipient) == ["ALB", "ITA"]
    # Who condemned the bombing did not carry it out.
    [document] = _every_row(["CAIRO — A bomb tore through a chapel on Sunday. A militant group known for attacks on "
                             "the police condemned the bombing. The president condemned the attack."])
    rows = [e for e in _triggered(document, "condemned") if e.event == "ACCUSE"]
    assert not any(r.sector == ["REB"] for e in rows for r in e.recipient)


@pytest.mark.model
def test_officers_returning_fire_did_not_shoot_their_own():
    [document] = _every_row(["PHILADELPHIA — Three patrol officers were shot and wounded while serving a warrant on "
                             "Wednesday, and the suspect was killed when officers returned fire, the commissioner said."])
    [row] = [e for e in _triggered(document, "shot") if e.event == "ASSAULT"]
    # The officers who returned fire did not shoot the officers.
    assert not any("officers" in a.entity_text for a in row.actor)


@pytest.mark.model
def test_an_act_a_misparse_hangs_under_an_accusation_is_its_content():
    from wirecoder.events.filters import _charged_through_a_misparse

    parsed = _parsed("BAKU, Azerbaijan — Azerbaijan's defence ministry accused Armenian troops on Sunday of "
                     "shelling farms near the border, wounding a shepherd.")
    shelling = next(t for t in parsed if t.text == "shelling")
    charging = _charged_through_a_misparse(shelling)
    assert charging is not None and charging.text == "accused"
    [document] = _every_row([parsed.text])
    assert not [e for e in _triggered(document, "shelling") if e.event == "ASSAULT"]


@pytest.mark.model
def test_whom_a_strike_left_stranded_is_not_its_target():
    [document] = _every_row(["LISBON — Metro workers in Porto went on strike on Monday to demand higher wages, "
                             "leaving hundreds of thousands of commuters stranded."])
    [row] = [e for e in _triggered(document, "strike") if e.event == "PROTEST"]
    assert not any("commuters" in r.entity_text for r in row.recipient)


@pytest.mark.model
def test_both_leaders_are_the_two_states_when_no_two_people_were_named():
    [document] = _every_row([
        "Armenia and Azerbaijan agreed on Monday to reopen their shared border after talks in Vienna. "
        "Austria's chancellor praised both leaders for their patience."])
    [row] = [e for e in _triggered(document, "praised") if e.event == "SUPPORT"]
    # Not the chancellor's own country: the leaders of the two states named.
    assert sorted((r.code, r.sector) for r in row.recipient) == [("ARM", ["GOV"]), ("AZE", ["GOV"])]


@pytest.mark.model
def test_who_acts_on_the_two_men_is_not_one_of_them():
    [document] = _every_row(["Senator Mark Bishop met Governor Laura Kent in Denver on Friday. "
                             "Mayor Alan Fitch praised the two men for their candour."])
    [row] = [e for e in _triggered(document, "praised") if e.event == "SUPPORT"]
    assert sorted(r.entity_text for r in row.recipient) == ["the two men", "the two men"]
    assert "Alan Fitch" not in [r.name for r in row.recipient]
    assert all(r.start > row.actor[0].end for r in row.recipient)


@pytest.mark.model
def test_protesters_chanting_against_a_leader_protest_against_him():
    [document] = _every_row(["LIMA — Thousands of teachers marched through Lima on Monday. "
                             "Protesters shouted slogans against President Dina Boluarte outside the ministry."])
    [row] = [e for e in document.events if e.event == "PROTEST" and "Protesters" in e.sentence]
    assert [(r.code, r.sector) for r in row.recipient] == [("PER", ["GOV"])]


@pytest.mark.model
def test_who_calls_off_a_strike_is_its_striker_not_its_target():
    [document] = _every_row(["OTTAWA — Canada's largest postal union called off a walkout scheduled for Friday "
                             "after Canada Post raised its wage offer, the union said."])
    # (Since the seventy-seventh session a walkout called off is no
    # PROTEST at all: it did not happen. The union stays its striker in
    # what is written of it.)
    assert not [e for e in document.events if e.event == "PROTEST"]
    for row in document.events:
        assert "union" not in " ".join(r.entity_text for r in row.recipient)


@pytest.mark.model
def test_a_town_recaptured_from_rebels_is_taken_from_them():
    [document] = _every_row(["DAMASCUS — Syrian troops recaptured a town in Idlib province from rebel fighters on "
                             "Sunday."])
    [row] = [e for e in _triggered(document, "recaptured") if e.event == "ASSAULT"]
    # Whom it was taken from, not only the country of the town.
    assert [(r.code, r.sector) for r in row.recipient] == [("SYR", ["REB"])]


@pytest.mark.model
def test_a_ships_crew_takes_no_country_from_the_dateline():
    [document] = _every_row(["MUSCAT — Yemen's Houthi rebels boarded a cargo ship on Friday. "
                             "The freighter's 20 crew members were detained, the rebels said."])
    [row] = [e for e in _triggered(document, "detained") if e.event == "COERCE"]
    # Not Omani, as the dateline is, nor Yemeni, as the rebels are: a crew's country is its own words'.
    assert [(r.entity_text, r.code) for r in row.recipient] == [("The freighter's 20 crew members", None)]


@pytest.mark.model
def test_a_ship_seized_is_of_no_country_the_text_does_not_give():
    [document] = _every_row(["DOHA — Somali pirates hijacked a fishing trawler in the Gulf of Aden on Friday."])
    rows = _triggered(document, "hijacked")
    assert rows
    for row in rows:
        # Neither Qatar, where the story was filed, nor Somalia's own affair.
        assert [r.code for r in row.recipient if r.code] == []


@pytest.mark.model
def test_a_foreign_forces_attack_in_a_story_set_elsewhere_is_not_their_internal_affair():
    [document] = _every_row(["YEREVAN — Azerbaijani troops fired on a farm on Friday, damaging a barn."])
    [row] = [e for e in _triggered(document, "fired") if e.event == "ASSAULT"]
    assert [a.code for a in row.actor] == ["AZE"]
    # Not Azerbaijan's own people: the story is set in Armenia.
    assert "AZE" not in [r.code for r in row.recipient]


@pytest.mark.model
def test_the_two_countries_troops_are_both_states_troops():
    [document] = _every_row(["LIMA — Peru and Ecuador opened a new bridge on their border on Monday. "
                             "The two countries' armies clashed along the Cenepa river in 1995, leaving dozens of "
                             "soldiers dead."])
    [row] = [e for e in _triggered(document, "clashed") if e.event == "ASSAULT"]
    assert sorted({a.code for a in row.actor}) == ["ECU", "PER"]


@pytest.mark.model
def test_an_agreement_welcomed_is_aimed_at_all_who_made_it_past_the_dateline():
    [document] = _every_row([
        "DOHA — Israel and Hamas agreed on Thursday to a three-day pause and the release of 30 hostages held in "
        "Gaza in exchange for 90 Palestinian prisoners, Qatar's foreign ministry said. "
        "The UN secretary-general welcomed the agreement."])
    [row] = [e for e in _triggered(document, "welcomed") if e.event == "SUPPORT"]
    # (The parse makes the dateline the subject and Israel its apposition; Hamas is Israel's conjunct.)
    assert sorted(r.code for r in row.recipient) == ["ISR", "PSE"]


@pytest.mark.model
def test_the_head_of_a_body_named_before_chief_is_its_official():
    un, army, aide = _every_row(["The UN chief condemned the bombing of a school in Sudan.",
                                 "Egypt's army chief met the Libyan defence minister in Cairo on Monday.",
                                 "The senator's chief strategist criticised the governor's budget."])
    [row] = [e for e in _triggered(un, "condemned") if e.event == "ACCUSE"]
    assert [(a.code, a.sector) for a in row.actor] == [("UNO", ["GOV"])]
    chief = next(m for m in army.mentions if m.actor.entity_text == "Egypt's army chief")
    assert (chief.actor.code, chief.actor.sector) == ("EGY", ["MIL"])
    # Not a post where "chief" only describes another ("chief strategist", "chief executive").
    assert all("GOV" not in m.actor.sector for m in aide.mentions if "strategist" in m.actor.entity_text)


@pytest.mark.model
def test_a_mode_of_the_acts_own_word_is_not_changed_by_another_acts_cue():
    [document] = _every_row(["HARARE — Zimbabwean police banned opposition marches in the capital on Friday, "
                             "two days after a party spokesman was detained."])
    [row] = [e for e in _triggered(document, "banned") if e.event == "COERCE"]
    assert row.mode == "ban"


@pytest.mark.model
def test_a_country_named_for_whose_air_strikes_is_not_where_the_act_happened():
    [document] = _every_row(["SANAA — Yemeni troops backed by Saudi air strikes killed 20 fighters in an assault "
                             "on Sunday, the army said."])
    [row] = [e for e in _triggered(document, "killed") if e.event == "ASSAULT"]
    assert row.event_loc["country"] != "SAU"


@pytest.mark.model
def test_air_defences_destroying_drones_in_flight_is_no_attack_of_their_own():
    [document] = _every_row(["VILNIUS — Belarus sent 25 drones toward the border overnight. Lithuania's air force "
                             "said it had destroyed 18 of the drones."])
    assert not [e for e in _triggered(document, "destroyed") if e.event == "ASSAULT"]


@pytest.mark.model
def test_a_firm_named_by_what_it_makes_refusing_a_takeover_is_commerce():
    [document] = _every_row(["ZURICH — A Swiss watch maker rejected a takeover offer from a French luxury group on "
                             "Tuesday, saying it undervalued the firm."])
    assert not [e for e in document.events if e.event == "REJECT"]
    maker = next(m for m in document.mentions if "watch maker" in m.actor.entity_text)
    assert maker.actor.sector == ["BUS"]
    [officials] = _every_row(["European policy makers met in Brussels on Monday."])
    assert not [m for m in officials.mentions if "BUS" in m.actor.sector]


@pytest.mark.model
def test_a_ship_hijacked_off_a_coast_is_no_act_on_that_coasts_people():
    [document] = _every_row(["MOGADISHU — Armed men hijacked a cargo ship off the coast of Somalia on Monday and "
                             "held its crew, the navy said."])
    [row] = [e for e in _triggered(document, "hijacked") if e.event == "ASSAULT"]
    assert not [r for r in row.recipient if r.code == "SOM"]
    # (People attacked there are: "killed two fishermen off the coast of Somalia".)
    [people] = _every_row(["MOGADISHU — Armed men killed two fishermen off the coast of Somalia on Monday."])
    [row] = [e for e in _triggered(people, "killed") if e.event == "ASSAULT"]
    assert [r.code for r in row.recipient] == ["SOM"]


@pytest.mark.model
def test_a_states_act_on_its_own_people_told_from_abroad_happened_at_home():
    [document] = _every_row(["ISTANBUL — Iran executed two men on Tuesday who had been convicted of spying, the "
                             "country's judiciary said."])
    [row] = [e for e in _triggered(document, "executed") if e.event == "ASSAULT"]
    assert [(a.code, r.code) for a in row.actor for r in row.recipient] == [("IRN", "IRN")]
    assert row.event_loc["country"] == "IRN"
    # (Talks held abroad happen where the story is filed.)
    [talks] = _every_row(["GENEVA — Syria's government and opposition negotiators met on Tuesday for a new round "
                          "of talks."])
    assert all(e.event_loc["country"] == "CHE" for e in talks.events if e.event_loc)


@pytest.mark.model
def test_who_underwent_the_violence_condemned_is_not_whom_the_condemnation_is_aimed_at():
    [document] = _every_row(["KYIV — Russian troops shelled the town of Kupiansk on Monday, killing five civilians. "
                             "Ukraine's foreign ministry condemned the violence against civilians."])
    [row] = [e for e in _triggered(document, "condemned") if e.event == "ACCUSE"]
    assert [(r.code, r.sector) for r in row.recipient] == [("RUS", ["MIL"])]


@pytest.mark.model
def test_rain_that_killed_is_no_ones_act_but_killing_in_the_rain_is():
    [document] = _every_row(["KARACHI — Heavy monsoon rains have killed at least 45 people across Pakistan in the "
                             "past week, the disaster agency said."])
    assert not [e for e in document.events if e.event == "ASSAULT"]
    [attack] = _every_row(["KARACHI — Militants killed 12 soldiers in heavy rain near the border on Sunday."])
    assert [e for e in _triggered(attack, "killed") if e.event == "ASSAULT"]


@pytest.mark.model
def test_a_protest_lodged_after_another_partys_act_is_aimed_at_that_party():
    [document] = _every_row(["MANILA — The Philippines lodged a diplomatic protest on Sunday after a Chinese coast "
                             "guard ship fired a water cannon at a Philippine supply boat."])
    [row] = [e for e in _triggered(document, "protest") if e.event == "ACCUSE"]
    assert [r.code for r in row.recipient] == ["CHN"]


@pytest.mark.model
def test_a_state_that_protests_complains_and_a_crowd_that_protests_demonstrates():
    [state] = _every_row(["Seoul protested on Monday after Japanese officials visited the shrine."])
    [row] = [e for e in _triggered(state, "protested") if e.event in ("ACCUSE", "PROTEST")]
    assert (row.event, [r.code for r in row.recipient]) == ("ACCUSE", ["JPN"])
    [crowd] = _every_row(["Residents of Seoul protested on Monday against the new law."])
    assert [e.event for e in _triggered(crowd, "protested")] == ["PROTEST"]


@pytest.mark.model
def test_a_fire_of_no_one_that_destroyed_is_no_attack():
    [document] = _every_row(["BANGKOK — A fire destroyed hundreds of stalls at a historic market early on Sunday, "
                             "police said."])
    assert not [e for e in document.events if e.event == "ASSAULT"]
    [attack] = _every_row(["BEIRUT — Israeli fire killed three people in southern Lebanon on Sunday."])
    assert [e for e in _triggered(attack, "killed") if e.event == "ASSAULT"]


@pytest.mark.model
def test_people_a_state_deports_are_not_its_own_unless_the_text_says_so():
    [document] = _every_row(["JERUSALEM — Israel deported dozens of activists on Monday, the foreign ministry said."])
    [row] = [e for e in _triggered(document, "deported") if e.event == "COERCE"]
    assert [r.code for r in row.recipient] == [None]
    [named] = _every_row(["WASHINGTON — The US deported 200 Venezuelans on Friday."])
    [row] = [e for e in _triggered(named, "deported") if e.event == "COERCE"]
    assert [r.code for r in row.recipient] == ["VEN"]


@pytest.mark.model
def test_a_condemned_interception_is_aimed_at_who_intercepted():
    [document] = _every_row(["JERUSALEM — Israel deported dozens of activists on Monday who had been detained when "
                             "its navy intercepted a flotilla trying to reach Gaza. Turkey and Spain condemned the "
                             "interception as a violation of international law."])
    [row] = [e for e in _triggered(document, "condemned") if e.event == "ACCUSE"]
    assert [r.code for r in row.recipient] == ["ISR"]


@pytest.mark.model
def test_a_place_after_the_noun_of_its_kind_is_where_not_who():
    [document] = _every_row(["TRIPOLI — Clashes between rival armed groups in the Libyan capital Tripoli killed at "
                             "least eight people overnight, the health ministry said on Tuesday."])
    [row] = [e for e in _triggered(document, "killed") if e.event == "ASSAULT"]
    assert not [a for a in row.actor if "Tripoli" in a.entity_text]


@pytest.mark.model
def test_where_armed_men_came_from_is_not_where_they_attacked():
    [document] = _every_row(["DUSHANBE — Gunmen from Afghanistan attacked a Tajik border post on Tuesday, killing "
                             "two border guards, the security service said."])
    [row] = [e for e in _triggered(document, "attacked") if e.event == "ASSAULT"]
    assert row.event_loc is None or row.event_loc["country"] != "AFG"


@pytest.mark.model
def test_a_strike_by_a_companys_workers_named_on_them_is_aimed_at_the_company():
    [document] = _every_row(["FRANKFURT — Lufthansa cabin crew went on strike on Tuesday, forcing the airline to "
                             "cancel flights."])
    [row] = [e for e in _triggered(document, "strike") if e.event == "PROTEST"]
    assert [(r.entity_text, r.code, r.sector) for r in row.recipient] == [("Lufthansa", "DEU", ["BUS"])]


@pytest.mark.model
def test_attacks_fought_off_are_aimed_at_who_fought_them_off():
    [document] = _every_row(["KYIV — Ukraine's military said its troops had repelled 40 Russian assaults in the area "
                             "in the past day."])
    [row] = [e for e in _triggered(document, "assaults") if e.event == "ASSAULT"]
    assert [(a.code, r.code) for a in row.actor for r in row.recipient] == [("RUS", "UKR")]


@pytest.mark.model
def test_talks_agreed_to_are_no_party_to_the_agreement():
    [document] = _every_row(["CANBERRA — The two leaders agreed on Monday to resume high-level military talks."])
    assert not [m for m in document.mentions if "talks" in m.actor.entity_text]
    # (Drills told as a country's are still its: whom a condemnation of them is aimed at.)
    [drills] = _every_row(["TAIPEI — Taiwan condemned Chinese military drills near the island on Monday."])
    [row] = [e for e in _triggered(drills, "condemned") if e.event == "ACCUSE"]
    assert [r.code for r in row.recipient] == ["CHN"]


@pytest.mark.model
def test_the_harm_told_as_the_outcome_of_an_accused_act_is_the_accusations_content():
    [document] = _every_row(["N'DJAMENA — Chad's government accused Sudan's army on Monday of bombing a town on the "
                             "border, killing three people."])
    assert not [e for e in document.events if e.event == "ASSAULT"]


@pytest.mark.model
def test_a_group_a_country_backs_is_not_of_that_country():
    [document] = _every_row(["WASHINGTON — US forces struck three sites used by an Iran-backed militia in Iraq on "
                             "Tuesday, the Pentagon said."])
    militia = next(m for m in document.mentions if "militia" in m.actor.entity_text)
    assert militia.actor.code == "IRQ"


@pytest.mark.model
def test_the_kingdom_is_the_country_named_before():
    [document] = _every_row(["DUBAI — Saudi Arabia executed seven people on Tuesday. Rights groups have criticised "
                             "the kingdom for a sharp rise in executions."])
    [row] = [e for e in _triggered(document, "criticised") if e.event == "ACCUSE"]
    assert [r.code for r in row.recipient] == ["SAU"]


@pytest.mark.model
def test_a_countrys_name_that_says_whose_someone_is_is_not_where_it_happened():
    [document] = _every_row(["MOSCOW — A Russian court sentenced US journalist Evan Gershkovich to 16 years in prison "
                             "on Friday."])
    [row] = [e for e in _triggered(document, "sentenced") if e.event == "SANCTION"]
    assert row.event_loc["country"] == "RUS"
    # (A body that acts at home is where its country's name says: "Kosovo police".)
    [police] = _every_row(["PRISTINA — Kosovo police raided several offices in the north on Wednesday that were "
                           "run by Serbia."])
    [row] = [e for e in _triggered(police, "raided") if e.event == "COERCE"]
    assert row.event_loc["country"] == "XKX"


@pytest.mark.model
def test_a_group_the_phrase_places_abroad_is_of_that_place_and_so_are_they_named_again():
    [document] = _every_row(["NAIROBI — Kenya sent 300 more police officers to Haiti on Tuesday to help a mission "
                             "fighting armed gangs in Port-au-Prince, the ministry said. The officers will join "
                             "the Kenyans already there. Gangs have attacked several police stations this month."])
    gangs = [m for m in document.mentions if m.actor.entity_text.lower().endswith("gangs")]
    assert [m.actor.code for m in gangs] == ["HTI", "HTI"]
    [row] = [e for e in _triggered(document, "attacked") if e.event == "ASSAULT"]
    assert [(a.code, r.code) for a in row.actor for r in row.recipient] == [("HTI", "HTI")]


@pytest.mark.model
def test_forces_struck_in_what_a_party_says_are_that_partys_own():
    [document] = _every_row(["KHARTOUM — The Rapid Support Forces denied on Monday that they had shelled a "
                             "market. The RSF also said army drones had bombed its positions near the city."])
    [row] = [e for e in _triggered(document, "bombed") if e.event == "ASSAULT"]
    assert [(r.code, r.sector) for r in row.recipient] == [("SDN", ["REB"])]


@pytest.mark.model
def test_a_passive_with_its_were_left_out_has_its_subject_undergo_it():
    [document] = _every_row(["DUBAI — Iran's navy seized a cargo ship in the Gulf on Friday, accusing it of "
                             "smuggling diesel. The ship, which was carrying 3 million litres, was escorted to the "
                             "port of Bandar Abbas and its 20 crew members detained, state television said."])
    [row] = [e for e in _triggered(document, "detained") if e.event == "COERCE"]
    # (by the navy; the crew, of a ship of no named country, of no one country either)
    assert [(a.code, a.sector) for a in row.actor] == [("IRN", ["MIL"])]
    assert not [r for r in row.recipient if r.code]


@pytest.mark.model
def test_a_condemned_decision_or_move_is_aimed_at_whoever_made_it():
    [document] = _every_row(["NIAMEY — Niger's junta suspended a French radio station on Monday. France's "
                             "foreign ministry condemned the decision."])
    [row] = [e for e in _triggered(document, "condemned") if e.event == "ACCUSE"]
    assert [r.code for r in row.recipient] == ["NER"]
    [move] = _every_row(["ALGIERS — Algeria expelled twelve French diplomats on Monday. Paris condemned the move."])
    [row] = [e for e in _triggered(move, "condemned") if e.event == "ACCUSE"]
    assert [r.code for r in row.recipient] == ["DZA"]


@pytest.mark.model
def test_a_plan_criticised_may_be_the_accord_told_before():
    [document] = _every_row(["MADRID — Spain and Morocco signed an agreement on Tuesday to return migrants who "
                             "reach the Canary Islands. Aid groups criticised the plan on Wednesday."])
    [row] = [e for e in _triggered(document, "criticised") if e.event == "ACCUSE"]
    assert sorted(r.code for r in row.recipient) == ["ESP", "MAR"]


@pytest.mark.model
def test_a_countrys_possessive_on_a_body_says_whose_the_body_is_not_whose_the_targets_are():
    [document] = _every_row(["KYIV, Ukraine — Drones hit a power station near the city overnight. Russia's defence "
                             "ministry said its troops had struck military targets in the area."])
    targets = next(m for m in document.mentions if "targets" in m.actor.entity_text)
    assert targets.actor.code == "UKR"


@pytest.mark.model
def test_whom_another_act_killed_is_not_whom_a_protest_is_against():
    [document] = _every_row(["DHAKA — Police opened fire on students marching against a new quota law on Monday, "
                             "killing at least six people, witnesses said."])
    rows = [e for e in document.events if e.event == "PROTEST"]
    assert rows and not [r for row in rows for r in row.recipient if "six people" in r.entity_text]


@pytest.mark.model
def test_a_bare_killing_after_a_disaster_is_its_toll_but_not_after_a_bombing():
    [storm] = _every_row(["MANILA — A powerful typhoon slammed into the northern Philippines on Sunday, flattening "
                          "houses and cutting power. At least seven people were killed."])
    assert not [e for e in storm.events if e.event == "ASSAULT"]
    [bomb] = _every_row(["MANILA — A bomb exploded at a bus stop in the south on Sunday. At least seven people "
                         "were killed."])
    assert [e for e in bomb.events if e.event == "ASSAULT" and e.event_text == "killed"]


@pytest.mark.model
def test_a_bodys_office_raided_is_the_body_and_a_news_agency_is_the_press():
    [document] = _every_row(["TASHKENT — Police raided the Tashkent bureau of a French news agency on Monday and "
                             "questioned two of its reporters."])
    [row] = [e for e in _triggered(document, "raided") if e.event in ("COERCE", "ASSAULT")]
    assert [(r.code, r.sector) for r in row.recipient] == [("FRA", ["JRN"])]


@pytest.mark.model
def test_a_ruling_criticised_is_aimed_at_the_court_that_convicted():
    [document] = _every_row(["ANKARA — A Turkish court convicted the opposition leader of insulting officials on "
                             "Monday. Germany's foreign minister called the ruling a blow to democracy."])
    [row] = [e for e in document.events if e.event == "ACCUSE" and e.actor and e.actor[0].code == "DEU"]
    assert [(r.code, r.sector) for r in row.recipient] == [("TUR", ["JUD"])]


@pytest.mark.model
def test_a_protest_against_a_measure_is_aimed_at_whoever_ordered_it():
    [document] = _every_row(["LIMA — Thousands of teachers marched in Lima on Monday to protest against pay cuts "
                             "ordered by President Dina Boluarte."])
    [row] = [e for e in document.events if e.event == "PROTEST"]
    assert [(r.code, r.sector) for r in row.recipient] == [("PER", ["GOV"])]


@pytest.mark.model
def test_fighters_killed_with_no_one_named_after_a_fight_were_killed_by_the_other_side():
    [document] = _every_row(["BAMAKO — Malian soldiers attacked jihadist fighters near Gao on Sunday, the army said. "
                             "It said 25 militants were killed in the assault."])
    [row] = [e for e in _triggered(document, "killed") if e.event == "ASSAULT"]
    assert [(a.code, a.sector) for a in row.actor] == [("MLI", ["MIL"])]


@pytest.mark.model
def test_a_regions_name_before_the_word_for_its_kind_is_that_region():
    [document] = _every_row(["BANGKOK — Myanmar's army shelled a monastery in the central Sagaing region on "
                             "Friday, killing 11 people, a local resistance group said."])
    assert [(p.text, p.country) for p in document.places if p.text == "Sagaing"] == [("Sagaing", "MMR")]
    [row] = [e for e in document.events if e.event == "ASSAULT"]
    assert [r.code for r in row.recipient] == ["MMR"] and row.event_loc["country"] == "MMR"


@pytest.mark.model
def test_a_blast_at_a_works_is_an_accident():
    [document] = _every_row(["An explosion at a chemical factory killed six workers on Monday, officials said."])
    assert not [e for e in document.events if e.event == "ASSAULT"]
    [attack] = _every_row(["An explosion at a police checkpoint killed six officers on Monday, officials said."])
    assert [e for e in attack.events if e.event == "ASSAULT"]


@pytest.mark.model
def test_an_attack_someone_is_said_to_have_planned_is_no_threat_of_theirs():
    [document] = _every_row(["JERUSALEM — The army said the militant had planned attacks on Israeli civilians "
                             "before he was killed."])
    assert not [e for e in document.events if e.event == "THREATEN"]


@pytest.mark.model
def test_a_leader_of_rebels_or_bandits_is_theirs_not_a_governments():
    [document] = _every_row(["ABUJA — Soldiers killed a bandit leader and 15 bandits in Zamfara state on Monday, the "
                             "army said, a week after they shot a rebel leader."])
    sectors = {m.actor.entity_text: m.actor.sector for m in document.mentions}
    assert sectors["a bandit leader"] == ["CRM"] and sectors["15 bandits"] == ["CRM"]
    assert sectors["a rebel leader"] == ["REB"]


@pytest.mark.model
def test_attackers_arrested_after_their_raid_are_held_by_the_state_not_by_themselves():
    [document] = _every_row(["LIMA — Gunmen stormed a radio station in the north of the country on Sunday. "
                             "Police said nine attackers had been arrested."])
    [row] = [e for e in _triggered(document, "arrested") if e.event == "COERCE"]
    assert [(a.code, a.sector) for a in row.actor] == [("PER", ["COP"])]


@pytest.mark.model
def test_looking_into_the_bare_cause_of_what_happened_suspects_no_one():
    [document] = _every_row(["LISBON — A blackout hit much of the country on Monday. The network operator said it "
                             "was investigating the cause."])
    assert not [e for e in document.events if e.mode == "investigate"]


@pytest.mark.model
def test_a_country_accused_does_not_say_whose_the_people_of_the_charge_are():
    # (Nor, once a possessive country only says whose the army is, is the accused the one country left.)
    [document] = _every_row(["GITEGA — Burundi's army accused Rwanda on Friday of arming rebels who raided a "
                             "village near the border, killing nine people."])
    rebels = next(m for m in document.mentions if m.actor.entity_text == "rebels")
    assert rebels.actor.code == "BDI"


@pytest.mark.model
def test_who_fought_an_attack_off_did_not_make_it():
    [document] = _every_row(["KYIV — Ukrainian troops pushed into the Belgorod region on Monday. Russia's army said "
                             "its units had repelled the attack."])
    rows = [e for e in _triggered(document, "attack") if e.event == "ASSAULT"]
    assert not [a for row in rows for a in row.actor if a.entity_text == "its units"]


@pytest.mark.model
def test_a_violent_verb_joined_to_one_that_went_into_a_place_was_done_there():
    [document] = _every_row(["KYIV — Ukrainian forces advanced into Russia's Bryansk region on Monday and captured "
                             "three villages, Ukraine's military said."])
    [row] = [e for e in _triggered(document, "captured") if e.event == "ASSAULT"]
    assert [r.code for r in row.recipient] == ["RUS"]


@pytest.mark.model
def test_violence_at_a_base_that_hosts_a_partys_troops_is_aimed_at_that_party():
    [document] = _every_row(["BAGHDAD — Militants fired rockets at an air base in northern Iraq that houses U.S. "
                             "forces on Tuesday, officials said."])
    [row] = [e for e in _triggered(document, "fired") if e.event == "ASSAULT"]
    assert [r.code for r in row.recipient] == ["USA"]


@pytest.mark.model
def test_a_comment_criticised_is_aimed_at_whoever_said_it():
    [document] = _every_row(["“They should pay for their own defence,” the Canadian prime minister said of Japan on "
                             "Monday. A leading Japanese newspaper criticised the comment in an editorial."])
    [row] = [e for e in _triggered(document, "criticised") if e.event == "ACCUSE"]
    assert [r.code for r in row.recipient] == ["CAN"]


@pytest.mark.model
def test_a_known_body_the_tagger_calls_a_work_of_art_still_acts():
    [document] = _every_row(["EL OBEID — Fighters of the Rapid Support Forces attacked a village in North Kordofan "
                             "on Friday, killing 40 people, local officials said."])
    [row] = [e for e in _triggered(document, "attacked") if e.event == "ASSAULT"]
    assert [(a.code, a.sector) for a in row.actor] == [("SDN", ["REB"])]


@pytest.mark.model
def test_a_verb_of_the_type_carries_the_act_before_a_noun_for_its_doers():
    from wirecoder.events.detector import use_detector

    use_detector(_reading("ASSAULT", kind="sentence"))
    [document] = _every_row(["MORELIA, Mexico — Gunmen believed to belong to a drug gang ambushed an army patrol on "
                             "Monday, killing four soldiers, officials said."])
    [row] = [e for e in document.events if e.event == "ASSAULT"]
    assert row.event_text == "ambushed"
    assert not [r for r in row.recipient if "gang" in r.entity_text]


@pytest.mark.model
def test_harm_done_when_a_partys_fire_hit_something_is_that_partys():
    [document] = _every_row(["BEIRUT — Three soldiers were wounded on Monday when Israeli artillery fire hit a "
                             "checkpoint in southern Lebanon, the army said."])
    [row] = [e for e in _triggered(document, "wounded") if e.event == "ASSAULT"]
    assert [a.code for a in row.actor] == ["ISR"]


@pytest.mark.model
def test_harm_told_beside_a_party_launching_weapons_has_no_unidentified_attacker():
    [document] = _every_row(["BEIRUT — Hezbollah said it had launched a barrage of rockets at an Israeli base on "
                             "Monday, and Israel's army said two soldiers were wounded."])
    assert not [a for e in _triggered(document, "wounded") for a in e.actor if a.sector == ["UAF"]]


@pytest.mark.model
def test_whoever_answered_with_an_attack_made_it():
    [document] = _every_row(["BEIRUT — Israel responded with air strikes on villages in southern Lebanon on Monday, "
                             "the state news agency said."])
    [row] = [e for e in _triggered(document, "strikes") if e.event == "ASSAULT"]
    assert [a.code for a in row.actor] == ["ISR"]


@pytest.mark.model
def test_a_bare_congo_in_a_text_set_in_the_democratic_republic_is_that_congo():
    [document] = _every_row(["GOMA — Congo accused Rwanda on Monday of shelling the eastern city of Goma, killing "
                             "four people."])
    congo = next(m for m in document.mentions if m.actor.entity_text == "Congo")
    assert congo.actor.code == "COD"


@pytest.mark.model
def test_those_killed_who_died_in_a_stampede_died_in_an_accident():
    [document] = _every_row(["The army said most of those killed had died in a stampede near the food trucks."])
    assert not [e for e in document.events if e.event == "ASSAULT"]


@pytest.mark.model
def test_an_attack_named_inside_what_one_state_accuses_another_of_is_no_row_of_the_accuser():
    [document] = _every_row(["ALGIERS — Algeria accused Morocco on Monday of killing two Algerian herders in a drone "
                             "strike near the border."])
    assert not [a for e in document.events if e.event == "ASSAULT" for a in e.actor if a.code == "DZA"]


@pytest.mark.model
def test_a_condemnation_joined_to_a_verb_of_blame_is_aimed_at_the_blamed():
    [document] = _every_row(["RAMALLAH — The Palestinian foreign ministry condemned the attack on the school and "
                             "blamed the Israeli government for the violence."])
    [row] = [e for e in _triggered(document, "condemned") if e.event == "ACCUSE"]
    assert [r.code for r in row.recipient] == ["ISR"]


@pytest.mark.model
def test_settlers_in_the_west_bank_are_israelis():
    [document] = _every_row(["JERUSALEM — Israeli police detained three settlers on Monday on suspicion of burning "
                             "cars in a Palestinian village in the occupied West Bank."])
    [row] = [e for e in _triggered(document, "detained") if e.event == "COERCE"]
    assert [r.code for r in row.recipient] == ["ISR"]


@pytest.mark.model
def test_who_died_in_custody_is_not_whom_the_protests_are_against():
    [document] = _every_row(["TEHRAN — Protests spread on Monday after the death in custody of a young student."])
    rows = [e for e in document.events if e.event == "PROTEST"]
    assert rows and not [r for e in rows for r in e.recipient if "student" in r.entity_text]


@pytest.mark.model
def test_a_call_for_their_release_is_not_for_the_callers_own():
    [document] = _every_row(["CARACAS — Venezuelan police arrested three opposition activists on Monday. Britain and "
                             "France called for their release."])
    [row] = [e for e in _triggered(document, "called for") if e.event == "REQUEST"]
    assert [r.code for r in row.recipient] == ["VEN"]


@pytest.mark.model
def test_militants_the_army_says_were_killed_were_killed_by_the_army():
    [document] = _every_row(["QUETTA, Pakistan — The army said 20 militants were killed in the mountains on "
                             "Sunday."])
    [row] = [e for e in _triggered(document, "killed") if e.event == "ASSAULT"]
    assert [(a.code, a.sector) for a in row.actor] == [("PAK", ["MIL"])]


@pytest.mark.model
def test_a_ship_that_exploded_after_a_blast_in_its_engine_room_had_an_accident():
    [document] = _every_row(["BENGHAZI — A cargo ship caught fire and exploded off the coast on Monday after an "
                             "explosion in its engine room, the coast guard said."])
    assert not [e for e in document.events if e.event == "ASSAULT"]


@pytest.mark.model
def test_similar_attacks_told_to_explain_another_are_no_act():
    [document] = _every_row(["KABUL — A bomb exploded at a market on Friday. The Islamic State group has carried out "
                             "similar attacks on markets in the past."])
    assert not [e for e in _triggered(document, "attacks") if e.event == "ASSAULT"]


@pytest.mark.model
def test_a_raid_condemned_is_aimed_at_who_forced_their_way_in():
    [document] = _every_row(["LIMA — Peruvian police forced their way into the offices of an opposition party on "
                             "Monday and seized documents. The party condemned the raid."])
    [row] = [e for e in _triggered(document, "condemned") if e.event == "ACCUSE"]
    assert [(r.code, r.sector) for r in row.recipient] == [("PER", ["COP"])]


@pytest.mark.model
def test_whom_someone_spies_for_is_not_whose_they_are():
    [document] = _every_row(["SEOUL — South Korean police arrested three factory workers on Monday on suspicion of "
                             "spying for North Korea, prosecutors said."])
    [row] = [e for e in _triggered(document, "arrested") if e.event == "COERCE"]
    assert [r.code for r in row.recipient] == ["KOR"]


@pytest.mark.model
def test_neighbouring_governments_are_not_the_settings():
    [document] = _every_row(["LA PAZ — Soldiers stormed the presidential palace on Wednesday. Neighbouring "
                             "governments condemned the attempt."])
    governments = next(m for m in document.mentions if "governments" in m.actor.entity_text.lower()) \
        if any("governments" in m.actor.entity_text.lower() for m in document.mentions) else None
    assert governments is None or governments.actor.code != "BOL"


# --------------------------------------------------------------- seventy-third session
# Rules from 80 short articles of our own, each batch read once before rules were read on it.


@pytest.mark.model
def test_a_missile_fired_that_flew_on_into_the_sea_tested_a_weapon():
    [document] = _every_row(["SEOUL — North Korea launched a missile on Sunday, the South's military said. The "
                             "missile was fired from near Sinpo and flew 700 kilometres before falling into the sea."])
    assert not [e for e in document.events if e.event == "ASSAULT" and "Sinpo" in e.sentence]


@pytest.mark.model
def test_what_was_done_without_happening_is_negated():
    [document] = _every_row(["MEDELLIN, Colombia — Rebels seized two soldiers on Friday. The soldiers were disarmed "
                             "without a shot being fired and led away into the hills."])
    rows = [e for e in _triggered(document, "fired") if e.event == "ASSAULT"]
    assert rows and all("negation" in e.aux_mode for e in rows)


@pytest.mark.model
def test_support_for_a_decision_and_condemnation_of_this_provocation_are_aimed_at_who_did_it():
    [document] = _every_row(["VILNIUS — Lithuania closed its border with Belarus on Monday. Poland and Latvia "
                             "expressed support for the decision."])
    [row] = [e for e in _triggered(document, "support") if e.event == "SUPPORT"]
    assert [r.code for r in row.recipient] == ["LTU"]
    [launch] = _every_row(["TOKYO — North Korea launched a ballistic missile off its east coast on Tuesday. "
                           "\"We condemn this provocation, which violates UN resolutions,\" a Japanese government "
                           "spokesman told reporters."])
    [row] = [e for e in _triggered(launch, "condemn") if e.event == "ACCUSE"]
    assert [r.code for r in row.recipient] == ["PRK"]


@pytest.mark.model
def test_the_measures_condemned_four_sentences_on_are_the_sanctions_of_the_lede():
    [document] = _every_row(["BRUSSELS — The European Union imposed travel bans on six Iranian officials on Monday. "
                             "Two of them run prisons in Tehran. The package was agreed by foreign ministers. "
                             "\"This was overdue,\" a diplomat said. Iran's foreign ministry condemned the measures."])
    [row] = [e for e in _triggered(document, "condemned") if e.event == "ACCUSE"]
    assert [r.code for r in row.recipient] == ["EUR"]


@pytest.mark.model
def test_a_democratic_party_abroad_is_the_settings_own_unless_the_story_names_the_us():
    abroad, home = _every_row([
        "ULAANBAATAR, Mongolia — The opposition Democratic Party accused the government of corruption on Friday.",
        "WASHINGTON — The Democratic Party accused the president of corruption on Friday."])
    assert {m.actor.entity_text: m.actor.code for m in abroad.mentions}["The opposition Democratic Party"] == "MNG"
    assert {m.actor.entity_text: m.actor.code for m in home.mentions}["The Democratic Party"] == "USA"


@pytest.mark.model
def test_a_film_makers_shooting_is_no_assault():
    [document] = _every_row(["CANNES, France — A drama about a ferryman won the top prize. It is the second feature "
                             "by director Ana Ruiz, 41, who shot it over a summer in Sicily."])
    assert not [e for e in document.events if e.event == "ASSAULT"]


@pytest.mark.model
def test_a_story_filed_next_door_is_set_where_most_of_its_places_are():
    [document] = _every_row(["BEIRUT — Israeli jets struck an air base in central Syria and targets near Damascus "
                             "on Tuesday. Syria's foreign ministry condemned the strikes. Turkey, an ally of Syria's "
                             "new government, also condemned them, a statement from Ankara said."])
    assert document.setting == "SYR"


@pytest.mark.model
def test_where_a_body_is_based_is_an_origin_that_still_codes_it():
    [document] = _every_row(["A London-based monitoring group said nine people were killed in the city of Homs."])
    assert document.setting == "SYR"
    [professor] = _every_row(["An Istanbul-based professor was accused by the Turkish government of plotting a coup."])
    assert {m.actor.entity_text: m.actor.code for m in professor.mentions}["An Istanbul-based professor"] == "TUR"


@pytest.mark.model
def test_people_counted_killed_just_after_an_attack_were_killed_by_its_attackers():
    [gangs] = _every_row(["PORT-AU-PRINCE, Haiti — Armed gangs attacked the town of Mirebalais on Monday, local "
                          "officials said. At least 12 people were killed, including a police officer."])
    [row] = [e for e in _triggered(gangs, "killed") if e.event == "ASSAULT"]
    assert [(a.code, a.sector) for a in row.actor] == [("HTI", ["CRM"])]
    [own_side] = _every_row(["KARACHI, Pakistan — Gunmen attacked a police post on Monday. Two gunmen were killed."])
    [row] = [e for e in _triggered(own_side, "killed") if e.event == "ASSAULT"]
    assert not any("REB" in a.sector for a in row.actor)
    [digest] = _every_row(["KANSAS CITY — The officer shot the driver of the car. Police named a woman who "
                           "was killed in a shooting late on Sunday."])
    [row] = [e for e in _triggered(digest, "killed") if e.event == "ASSAULT"]
    assert [a.sector for a in row.actor] == [["UAF"]]


@pytest.mark.model
def test_militants_killed_as_state_forces_retook_ground_were_killed_by_those_forces():
    [document] = _every_row(["MOGADISHU, Somalia — Government forces retook the base by noon with the help of air "
                             "strikes, according to the information ministry, which said dozens of militants had "
                             "been killed."])
    [row] = [e for e in _triggered(document, "killed") if e.event == "ASSAULT"]
    assert [a.code for a in row.actor] == ["SOM"] and "UAF" not in row.actor[0].sector


@pytest.mark.model
def test_a_wars_toll_is_no_act_of_either_side():
    [document] = _every_row(["KHARTOUM, Sudan — The war between the army and the paramilitary forces, which began "
                             "in April 2023, has killed tens of thousands of people."])
    assert not [e for e in document.events if e.event == "ASSAULT"]


@pytest.mark.model
def test_arrested_there_after_being_flown_somewhere_was_done_there():
    [document] = _every_row(["CULIACAN, Mexico — The faction has fought a rival group for control of the cartel "
                             "since May, weeks after a veteran trafficker was flown to the United States and "
                             "arrested there."])
    [row] = [e for e in _triggered(document, "arrested") if e.event == "COERCE"]
    assert [(a.code, a.sector) for a in row.actor] == [("USA", ["COP"])]
    assert not [m for m in document.mentions if m.actor.entity_text.startswith("control")]


@pytest.mark.model
def test_a_militias_fighters_are_no_peacekeeping_missions():
    [document] = _every_row(["BUNIA, Congo — A peacekeeper was killed when militiamen attacked a UN base in Ituri, "
                             "the UN mission said. The attack was repelled, according to the mission, known as "
                             "MONUSCO. It blamed fighters of the CODECO militia."])
    fighters = next(m for m in document.mentions if m.actor.entity_text.startswith("fighters of"))
    assert fighters.actor.code == "COD"


@pytest.mark.model
def test_an_offensive_to_retake_ground_is_aimed_at_who_holds_it():
    [document] = _every_row(["YANGON, Myanmar — The military launched an offensive backed by air strikes to "
                             "recapture territory held by resistance forces in the Sagaing region."])
    [row] = [e for e in _triggered(document, "offensive") if e.event == "ASSAULT"]
    assert [(r.code, r.sector) for r in row.recipient] == [("MMR", ["REB"])]


@pytest.mark.model
def test_the_rsf_of_a_sudan_story_are_the_rapid_support_forces():
    sudan, paris = _every_row(["KHARTOUM, Sudan — The army launched an offensive to retake areas held by the RSF.",
                               "PARIS — RSF condemned the jailing of two reporters on Monday."])
    assert {m.actor.entity_text: (m.actor.code, m.actor.sector) for m in sudan.mentions}["the RSF"] == ("SDN", ["REB"])
    assert {m.actor.entity_text: m.actor.code for m in paris.mentions}["RSF"] == "NGO"


@pytest.mark.model
def test_a_detention_condemned_is_aimed_at_whoever_detained_not_at_the_detained():
    [document] = _every_row(["SANTIAGO, Chile — Chile's government condemned the detention in Venezuela of two of "
                             "its citizens on Friday."])
    [row] = [e for e in _triggered(document, "condemned") if e.event == "ACCUSE"]
    assert [r.code for r in row.recipient] == ["VEN"]
    [press] = _every_row(["PARIS — A press freedom group condemned the arrest of two reporters in Turkey."])
    [row] = [e for e in _triggered(press, "condemned") if e.event == "ACCUSE"]
    assert [r.code for r in row.recipient] == ["TUR"]


@pytest.mark.model
def test_police_who_have_arrested_a_man_hold_him_when_he_is_said_to_be_detained_next():
    [document] = _every_row(["Dutch police have arrested a Moldovan man suspected of running a fraud ring. The man "
                             "was detained at a flat in Utrecht following a joint investigation with police in "
                             "Belgium and Germany."])
    [row] = [e for e in _triggered(document, "detained") if e.event == "COERCE"]
    assert [a.code for a in row.actor] == ["NLD"]


@pytest.mark.model
def test_its_in_a_gerund_under_a_preposition_is_the_subjects():
    [document] = _every_row(["KYIV, Ukraine — Russia has targeted Ukraine's power grid every winter since launching "
                             "its full-scale invasion in February 2022."])
    its = next(m for m in document.mentions if m.actor.entity_text == "its")
    assert its.actor.code == "RUS"


@pytest.mark.model
def test_a_blast_told_just_after_an_attack_is_what_the_attack_did():
    [document] = _every_row(["A tanker was struck by a missile in the Red Sea on Wednesday, a maritime agency said. "
                             "The captain reported an explosion on the starboard side."])
    assert not _triggered(document, "explosion")


@pytest.mark.model
def test_harm_and_the_attack_condemned_are_the_attackers_of_a_when_clause_hung_elsewhere():
    [document] = _every_row(["BUNIA, Congo — A peacekeeper was killed and two others wounded when militiamen "
                             "attacked a UN base in Ituri province, the UN mission said on Friday. The assault "
                             "began before dawn. The UN Secretary-General condemned the attack."])
    [killed] = [e for e in _triggered(document, "killed") if e.event == "ASSAULT"]
    assert [(a.entity_text, a.code) for a in killed.actor] == [("militiamen", "COD")]
    [row] = [e for e in _triggered(document, "condemned") if e.event == "ACCUSE"]
    assert [r.code for r in row.recipient] == ["COD"]


@pytest.mark.model
def test_people_killed_when_a_bus_left_the_road_died_in_an_accident():
    [document] = _every_row(["LIMA, Peru — At least 12 people were killed and 20 injured when a bus veered off a "
                             "mountain road and plunged into a river on Monday, police said."])
    assert not [e for e in document.events if e.event == "ASSAULT"]


@pytest.mark.model
def test_a_demand_rejected_is_aimed_at_who_demanded_it():
    [document] = _every_row(["MANILA, Philippines — The Philippines demanded an apology from China on Monday after "
                             "a coast guard incident. Manila summoned a Chinese diplomat. Officials gave no further "
                             "details. Beijing rejected the demand."])
    [row] = [e for e in _triggered(document, "rejected") if e.event == "REJECT"]
    assert [r.code for r in row.recipient] == ["PHL"]


@pytest.mark.model
def test_a_name_a_group_took_and_a_judges_title_are_no_acts():
    [document] = _every_row(["BERLIN — Police arrested six men on Tuesday. They are suspected of founding a group that "
                             "called itself Eisenfront. They will appear before an investigating judge on Wednesday."])
    assert not _triggered(document, "called") and not _triggered(document, "investigating")


@pytest.mark.model
def test_a_flag_seized_is_the_groups_emblem_not_the_group():
    [document] = _every_row(["RABAT, Morocco — Police arrested nine members of an Islamic State cell on Monday. "
                             "Officers seized rifles and a flag of the Islamic State group."])
    rows = [e for e in _triggered(document, "seized") if e.event == "COERCE"]
    assert rows and not any(r.code == "IMG" for e in rows for r in e.recipient)


@pytest.mark.model
def test_portraits_of_the_dead_carried_by_marchers_are_no_killing():
    [document] = _every_row(["NAIROBI, Kenya — Crowds marched through the city on Tuesday, carrying portraits of "
                             "people killed during last year's unrest."])
    assert not _triggered(document, "killed")


@pytest.mark.model
def test_tolls_since_a_war_began_in_a_year_or_over_a_year_of_violence_are_no_acts():
    [document] = _every_row(["OUAGADOUGOU, Burkina Faso — Thousands of soldiers and civilians have been killed in "
                             "Burkina Faso since the insurgency spread from Mali in 2015. More than 5,000 people were "
                             "killed in gang violence in Haiti in 2024. Gunmen killed 12 people in an attack on Kaya "
                             "in 2024."])
    assault = {e.sentence.split()[0] for e in document.events if e.event == "ASSAULT"}
    assert assault == {"Gunmen"}


@pytest.mark.model
def test_a_party_described_by_a_war_fought_for_years_is_no_attack():
    [document] = _every_row(["PORT SUDAN, Sudan — The army blamed the Rapid Support Forces, the paramilitary group "
                             "it has been fighting since April 2023."])
    assert not _triggered(document, "fighting")


@pytest.mark.model
def test_a_missile_intercepted_after_being_fired_from_somewhere_is_air_defence():
    [document] = _every_row(["TEL AVIV, Israel — Air defences intercepted a ballistic missile fired from Yemen "
                             "early on Sunday, the military said."])
    assert not [e for e in _triggered(document, "fired") if e.event == "ASSAULT"]


@pytest.mark.model
def test_tolls_since_a_month_and_year_or_over_the_past_month_are_no_acts():
    [document] = _every_row(["POPAYAN, Colombia — More than 12,000 people have been killed or injured by landmines "
                             "since 1990, officials said. Rebels have attacked more than 100 trucks since November "
                             "2023, burning several and killing a number of drivers. Gunmen from across the border have killed at least 19 people in the past month. "
                             "Gunmen killed five people on Monday."])
    assault = {e.sentence.split()[0] for e in document.events if e.event == "ASSAULT"}
    assert assault == {"Gunmen"} and all("Monday" in e.sentence for e in document.events if e.event == "ASSAULT")


@pytest.mark.model
def test_fighting_whose_sides_are_not_named_gives_no_row():
    [document] = _every_row(["DOHA, Qatar — Qatar's mediator urged both sides to resume talks on Sunday. Fighting "
                             "flared again this month near the border crossings."])
    assert not _triggered(document, "Fighting")


@pytest.mark.model
def test_a_trait_a_handover_and_warning_shots_are_no_acts():
    [document] = _every_row(["ISLAMABAD, Pakistan — Ali Raza, a presenter known for his criticism of the government, "
                             "was picked up on Monday. The army wants local forces to take over from African Union "
                             "troops. A navy vessel fired warning shots at a fishing boat on Sunday."])
    assert not _triggered(document, "criticism") and not _triggered(document, "take over")
    assert not [e for e in document.events if e.event == "ASSAULT" and "warning" in e.sentence]


@pytest.mark.model
def test_a_protest_against_an_arrest_is_aimed_at_whoever_made_it():
    [document] = _every_row(["IMPHAL, India — Crowds gathered on Friday to protest against the arrest of a local "
                             "leader of a farmers' group, who was detained by federal investigators in connection "
                             "with an arson attack."])
    [row] = [e for e in _triggered(document, "protest") if e.event == "PROTEST"]
    assert [(r.code, r.sector) for r in row.recipient] == [("IND", ["COP"])]


@pytest.mark.model
def test_a_film_shot_over_weeks_is_no_shooting():
    [document] = _every_row(["DAKAR, Senegal — A new feature premiered on Friday. It was shot over six weeks near "
                             "Saint-Louis with a cast of first-time actors."])
    assert not [e for e in document.events if e.event == "ASSAULT"]


@pytest.mark.model
def test_riot_officers_and_a_task_taken_over_are_no_events():
    [document] = _every_row(["NAIROBI, Kenya — Marchers tried to reach the state house but were stopped by lines of "
                             "riot officers. The army took over the management of the prisons last year."])
    assert not _triggered(document, "riot") and not _triggered(document, "took over")


@pytest.mark.model
def test_social_media_is_no_press_and_bush_knives_are_no_president():
    [document] = _every_row(["WABAG, Papua New Guinea — Fighters armed with rifles and bush knives attacked two "
                             "villages on Sunday. The raids were planned on social media, police said."])
    assert not [m for m in document.mentions if m.actor.code == "USA"]
    assert not [m for m in document.mentions if "media" in m.actor.entity_text]


@pytest.mark.model
def test_the_killings_condemned_are_the_attack_told_before():
    [document] = _every_row(["BUNIA, Congo — Armed men attacked a village in Ituri overnight, killing at least 20 "
                             "civilians, officials said. Survivors fled to a camp. The UN mission condemned the "
                             "killings."])
    [row] = [e for e in _triggered(document, "condemned") if e.event == "ACCUSE"]
    assert [r.code for r in row.recipient] == ["COD"]


@pytest.mark.model
def test_jnim_is_a_jihadist_group_and_its_it_is_the_group():
    [document] = _every_row(["COTONOU, Benin — Eight soldiers were killed in an ambush on Wednesday. The al-Qaeda "
                             "affiliate known as JNIM claimed the attack and said it had seized weapons."])
    it = next(m for m in document.mentions if m.actor.entity_text == "it")
    assert (it.actor.code, it.actor.sector) == ("IMG", ["REB"])


@pytest.mark.model
def test_whom_fighting_alarmed_is_not_its_target():
    [document] = _every_row(["BISHKEK, Kyrgyzstan — The presidents signed a border treaty on Thursday. Clashes in 2022 "
                             "involved tanks, artillery and drones, alarming Russia, which has bases in both "
                             "countries."])
    assert not [e for e in document.events if any(r.code == "RUS" for r in e.recipient)]


@pytest.mark.model
def test_people_killed_in_clashes_are_no_side_of_them():
    [document] = _every_row(["YAOUNDE, Cameroon — Several people were killed in clashes between protesters and police "
                             "in 2018, the last time a result was disputed."])
    [row] = [e for e in _triggered(document, "clashes") if e.event == "ASSAULT"]
    assert not [a for a in row.actor if a.entity_text == "Several people"]


@pytest.mark.model
def test_fighting_with_its_sides_on_the_verb_and_one_detention_since_a_date_stay():
    [document] = _every_row(["JUBA, South Sudan — Heavy fighting broke out in the state of Upper Nile between the army "
                             "and rebels on Thursday. A journalist has been detained by the security service since "
                             "March 2024. Refugees reached a camp in a region where rebels have been fighting the "
                             "army since June."])
    assert _triggered(document, "fighting") and [e for e in document.events if e.event == "COERCE"]
    assert any("June" in e.sentence for e in document.events if e.event == "ASSAULT")


@pytest.mark.model
def test_a_units_base_is_where_it_is_not_an_origin():
    [document] = _every_row(["A senior US general will visit Georgia next week, the Georgian defence ministry said. He "
                             "will tour the Kutaisi-based infantry brigade and meet officers of the Kutaisi-based "
                             "artillery battalion, the United States embassy said."])
    assert document.setting == "GEO"


@pytest.mark.model
def test_attacks_launched_in_the_past_month_may_be_one_campaign():
    [document] = _every_row(["GOMA, Congo — Rebels have launched several attacks on army posts in the past month, "
                             "officials said."])
    assert [e for e in document.events if e.event == "ASSAULT"]


@pytest.mark.model
def test_a_spokesman_for_a_body_is_of_that_body_in_a_story_filed_elsewhere():
    [document] = _every_row(["BERLIN, Germany — Germany demanded that Iran free two German nationals. A spokesman for "
                             "Iran's foreign ministry rejected the demand. He accused Berlin of interference."])
    [row] = [e for e in _triggered(document, "rejected") if e.event == "REJECT"]
    assert [a.code for a in row.actor] == ["IRN"]
    [row] = [e for e in _triggered(document, "accused") if e.event == "ACCUSE"]
    assert [a.code for a in row.actor] == ["IRN"]


@pytest.mark.model
def test_drones_and_missiles_shot_down_are_air_defence_however_parsed():
    [document] = _every_row(["KYIV, Ukraine — Ukraine's air force said it had shot down 40 of the 50 drones and two of "
                             "three missiles launched across the country during the night."])
    assert not [e for e in document.events if e.event == "ASSAULT"]


@pytest.mark.model
def test_a_detention_centre_is_a_place_not_an_arrest():
    [document] = _every_row(["BISHKEK, Kyrgyzstan — The editor was later taken to a detention centre, his lawyer said."])
    assert not _triggered(document, "detention")


@pytest.mark.model
def test_what_a_condemner_called_a_murder_is_the_killing_told_before():
    [document] = _every_row(["BAMAKO, Mali — JNIM released a video on Monday showing the killing of a kidnapped "
                             "mechanic. Serbia's foreign ministry condemned what it called a barbaric murder."])
    [row] = [e for e in _triggered(document, "condemned") if e.event == "ACCUSE"]
    assert [r.code for r in row.recipient] == ["IMG"]


@pytest.mark.model
def test_the_step_welcomed_is_the_decision_of_who_agreed_to_it():
    [document] = _every_row(["BRUSSELS, Belgium — The European Union agreed on Tuesday to lift sanctions on Syria's "
                             "banks. Syria's foreign ministry welcomed the step."])
    [row] = [e for e in _triggered(document, "welcomed") if e.event == "SUPPORT"]
    assert [r.code for r in row.recipient] == ["EUR"]


@pytest.mark.model
def test_people_arrested_in_a_passive_with_its_were_left_out_are_whom_it_was_done_to():
    [document] = _every_row(["ISTANBUL, Turkey — Police said 12 officers had been hurt and 40 people arrested."])
    [row] = [e for e in _triggered(document, "arrested") if e.event == "COERCE"]
    assert [r.entity_text for r in row.recipient] == ["40 people"]
    assert [a.sector for a in row.actor] == [["COP"]]


@pytest.mark.model
def test_the_places_a_road_is_named_after_are_no_party():
    [document] = _every_row(["KANO, Nigeria — Police said eight suspects had been arrested at a checkpoint on the "
                             "Kano–Katsina road."])
    [row] = [e for e in _triggered(document, "arrested") if e.event == "COERCE"]
    assert not [a for a in row.actor if "Kano" in a.entity_text or "Katsina" in a.entity_text]



@pytest.mark.model
def test_an_opposition_accuses_its_own_government_in_a_story_filed_abroad():
    [document] = _every_row(["ANKARA, Turkey — Greek opposition lawmakers accused the government of giving in to "
                             "pressure."])
    [row] = [e for e in _triggered(document, "accused") if e.event == "ACCUSE"]
    assert [r.code for r in row.recipient] == ["GRC"]


@pytest.mark.model
def test_the_reporters_a_claim_was_sent_to_are_no_target():
    [document] = _every_row(["PESHAWAR, Pakistan — A bomb killed six police officers in Bannu on Monday. The attack was "
                             "claimed by the Pakistani Taliban in a statement sent to reporters."])
    assert not [r for e in document.events if e.event == "ASSAULT" for r in e.recipient if "reporters" in r.entity_text]


@pytest.mark.model
def test_whom_fighting_killed_are_no_side_of_it():
    [document] = _every_row(["TRIPOLI, Libya — Heavy fighting erupted overnight between rival armed factions in the "
                             "south of the city, killing at least 14 people, health officials said."])
    rows = [e for e in document.events if e.event == "ASSAULT"]
    assert rows and not [a for e in rows for a in e.actor if "people" in a.entity_text]


@pytest.mark.model
def test_militants_led_by_a_named_group_are_of_that_group():
    [document] = _every_row(["CAIRO, Egypt — The war began when Hamas-led militants attacked towns in southern Israel "
                             "in 2023."])
    [row] = [e for e in _triggered(document, "attacked") if e.event == "ASSAULT"]
    assert [a.code for a in row.actor] == ["PSE"]


@pytest.mark.model
def test_suspects_held_in_a_participle_the_parse_gave_a_subject_are_whom_it_was_done_to():
    [document] = _every_row(["BAGHDAD, Iraq — A car bomb killed 11 people in a market on Thursday. He said three "
                             "suspects detained at a checkpoint outside the town were being questioned."])
    [row] = [e for e in _triggered(document, "detained") if e.event == "COERCE"]
    assert [r.entity_text for r in row.recipient] == ["three suspects"]
    assert not [a for a in row.actor if "suspects" in a.entity_text]


@pytest.mark.model
def test_officers_injured_are_not_whoever_made_the_arrests():
    [document] = _every_row(["BELGRADE, Serbia — A police spokesman said 42 people were detained and 11 officers "
                             "injured."])
    [row] = [e for e in _triggered(document, "detained") if e.event == "COERCE"]
    assert not [a for a in row.actor if "officers" in a.entity_text]
