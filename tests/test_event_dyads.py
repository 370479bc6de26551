"""Dyad rules (who acts on whom) on hand-built Docs: names inside phrases,
actor fallbacks that skip the trigger's own objects, sentence country context."""

from wirecoder.actors import actor_at, resolve_actors
from wirecoder.events import extract_events


def _document(make_doc, document_for, **parse):
    document = document_for(make_doc(**parse))
    resolve_actors(document)
    return document


def _events(make_doc, document_for, **parse):
    document = _document(make_doc, document_for, **parse)
    extract_events(document)
    return document.events


def _top(events):
    return max(events, key=lambda e: e.confidence)


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
    events = _events(
        make_doc, document_for,
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


def test_reduced_relative_is_an_adjunct_of_the_main_clause(make_doc):
    # Rwanda will return weapons seized from Kenya .
    from wirecoder.events.extract import _adjunct_clause

    doc = make_doc(
        words=["Rwanda", "will", "return", "weapons", "seized", "from", "Kenya", "."],
        heads=[2, 2, 2, 2, 3, 4, 5, 2],
        deps=["nsubj", "aux", "ROOT", "dobj", "acl", "prep", "pobj", "punct"],
        pos=["PROPN", "AUX", "VERB", "NOUN", "VERB", "ADP", "PROPN", "PUNCT"],
        tags=["NNP", "MD", "VB", "NNS", "VBN", "IN", "NNP", "."],
    )
    assert _adjunct_clause(doc[4]) and not _adjunct_clause(doc[2])
