"""Places in a sentence, and how a trigger relates to them.

The places the actors stage found in the trigger's sentence or clause, and
whether a place is where the act happened, where it was aimed ("fired into
Israel"), where it came from ("fired from Gaza") or whom it addressed; a
place stands for its government only in the last two.
"""

from __future__ import annotations

from typing import Optional

from ...document import Actor, Document
from ...places import PLACE_KIND_WORDS, head_token, only_an_origin
from .parties import _NAMED_THINGS
from .syntax import _governing_verb


def _names_a_place(document: Document, actor: Actor) -> bool:
    """The mention's words are a geocoded place ("Dallas, Texas"), not
    people in a locative phrase ("fired tear gas at the crowd")."""
    return any(not p.demonym and (p.start <= actor.start < p.end or actor.start <= p.start < actor.end)
               for p in document.places)


def _sentence_places(document: Document, token) -> list:
    """The geocoded places (not demonyms) of the trigger's sentence, with a
    country; not a place that names a thing ("the Paris agreement"), nor
    where someone was born or grew up."""
    sent = token.sent
    at = {t.idx: t for t in sent}
    return [p for p in document.places if p.country and not p.demonym
            and sent.start_char <= p.start < sent.end_char
            and not (p.start in at and at[p.start].dep_ == "compound"
                     and at[p.start].head.lemma_.lower() in _NAMED_THINGS)
            and not only_an_origin(document, p)]


def _country_where(document: Document, token, keep=lambda place: True) -> Optional[str]:
    """Where an unnamed party of the act is from: the one country of the
    sentence's places that `keep` accepts, else the article's setting;
    None when they name several countries, or neither is known."""
    countries = {p.country for p in _sentence_places(document, token) if keep(p)}
    if len(countries) > 1:
        return None
    return countries.pop() if countries else document.setting


def _in_subtree(token, place) -> bool:
    """The place lies in the trigger's phrase (its object, a target, a setting of it)."""
    span = token.doc.char_span(place.start, place.end, alignment_mode="expand")
    return span is not None and (span.root.i == token.i or token in span.root.ancestors)


def _in_own_clause(token, place) -> bool:
    """The place lies in the trigger's phrase, not in a clause inside it ("a
    judge whose parents came from Peru"). A noun trigger's phrase
    includes the verb it is the object of: in "who faces charges in Ruritania"
    the place hangs on "faces", and the charges are brought there."""
    current = head_token(token.doc, place)
    if current is None:
        return False
    ends = {token.i}
    if token.pos_ == "NOUN" and token.dep_ == "dobj":
        ends.add(token.head.i)
    if token.pos_ == "NOUN" and token.dep_ == "pobj" and token.head.head.pos_ in ("VERB", "AUX") \
            and token.head.head.lemma_.lower() in _BEING_HELD:
        ends.add(token.head.head.i)  # "are on trial in Baku on charges of terrorism": brought in Baku
    for _ in range(12):
        if current.i in ends:
            return True
        if current.dep_ in ("relcl", "acl", "ccomp", "advcl") or current.head.i == current.i:
            return False
        current = current.head
    return False


# Verbs of being held or tried on charges, whose place is where they were brought.
_BEING_HELD = {"be", "remain", "stand", "go", "hold", "jail", "detain", "imprison", "arrest", "try", "convict"}


def _destination(token, place) -> bool:
    """The place is where the act sends someone: the object of "to" on the
    trigger ("he was deported to South Korea")."""
    root = head_token(token.doc, place)
    return root is not None and root.dep_ == "pobj" and root.head.lower_ in ("to", "into") \
        and root.head.head.i == token.i


def _where_there_points(document: Document, token) -> Optional[str]:
    """"was flown to the United States and arrested there": "there" on the
    act is where a verb joined to it before went; that place's country."""
    if not any(c.dep_ == "advmod" and c.lower_ == "there" for c in token.children):
        return None
    joined = [v for v in (token.head, *token.conjuncts) if v.i < token.i and v.pos_ == "VERB"]
    gone_to = [p for p in _sentence_places(document, token) if any(_destination(v, p) for v in joined)]
    return gone_to[-1].country if gone_to else None


def aimed_at_a_country(token, place) -> bool:
    """The place is a whole country the act is aimed at or goes into, not
    where it happened: "invaded Ukraine", "bombed Syria", "fired rockets
    into Israel", "strikes on Syria", "the bombing of Syria"."""
    if not (place.feature or "").startswith("PCL"):
        return False
    root = head_token(token.doc, place)
    if root is None:
        return False
    if root.dep_ == "dobj" and root.head.i == token.i:
        return True
    aimed = ("into", "against", "on", "of") if token.pos_ == "NOUN" else ("into", "against", "on")
    preposition = root.head
    return root.dep_ == "pobj" and preposition.lower_ in aimed \
        and (preposition.head.i == token.i or preposition.head.head.i == token.i and preposition.head.dep_ == "dobj")


_LOCATIVE = {"in", "through", "at", "across", "near", "outside", "inside", "around", "into"}
_AIMED_AT = {"into", "at"}


def _is_place(document: Document, actor: Actor, sent) -> bool:
    """The mention is a locative complement ("in Nairobi", "through Kenya",
    "on a county road between Tennessee Colony and Yard")."""
    preposition = _preposition_token(actor, sent)
    if preposition is None:
        return False
    return preposition.lower_ in _LOCATIVE or (preposition.lower_ == "between" and _between_places(preposition))


# What lies "between" two places ("the border between Sudan and South
# Sudan"); "fighting between" or "talks between" two parties name the parties.
_STRETCHES = {"border", "road", "highway", "route", "street", "line", "frontier", "area", "region", "corridor",
              "town", "village", "city", "point"}


def _between_places(preposition) -> bool:
    head = preposition.head
    return head.pos_ in ("PROPN", "NUM") or head.lemma_.lower() in _STRETCHES


def _where_code(document: Document, place: Actor) -> Optional[str]:
    """The country of a mention used as a place: where the geocoder put it,
    not what it stands for as an actor ("bombs went off in Brussels" happened
    in Belgium, though "Brussels" acting is the EU)."""
    found = next((p.country for p in document.places
                  if p.country and not p.demonym and place.start <= p.start < max(place.end, place.start + 1)), None)
    return found or place.code


def _fired_from(trigger, place: Actor) -> bool:
    """The place is where the act came "from": "from" on the trigger or on
    the participle that describes it ("rockets fired from Gaza")."""
    preposition = _preposition_token(place, trigger.sent)
    if preposition is None or preposition.lower_ != "from":
        return False
    nouns = [trigger] + ([trigger.head] if trigger.dep_ == "compound" else [])  # "mortar shells"
    holders = {n.i for n in nouns} | {c.i for n in nouns for c in n.children if c.dep_ == "acl"} \
        | {n.head.i for n in nouns if n.dep_ in ("nsubj", "nsubjpass")}  # "shells fired from Syria landed …"
    return preposition.head.i in holders


def _aimed_at(trigger, actor: Actor) -> bool:
    """The act itself was aimed "into" or "at" the place ("fired into southern
    Israel"), not something it names ("killed in the shooting at the school")."""
    preposition = _preposition_token(actor, trigger.sent)
    return preposition is not None and preposition.lower_ in _AIMED_AT \
        and preposition.head.i in (trigger.i, trigger.head.i)  # the trigger's or, for "rockets were fired", its verb's


def _addressed(trigger, actor: Actor) -> bool:
    """Whom the words were said to ("complained to CBS's Charlie Rose that …"):
    the listener, not the target of an accusation."""
    preposition = _preposition_token(actor, trigger.sent)
    if preposition is None or preposition.lower_ != "to":
        return False
    # "complained to X", "submitted its complaint to the Security Council"
    verb = _governing_verb(trigger) if trigger.pos_ == "NOUN" else None
    return preposition.head.i == trigger.i or (verb is not None and preposition.head.i == verb.i)


def _place_preposition(actor: Actor, sent) -> Optional[str]:
    """The preposition whose object the mention is ("in", "into", "at"), if any."""
    preposition = _preposition_token(actor, sent)
    return preposition.lower_ if preposition is not None else None


def _preposition_token(actor: Actor, sent):
    for token in sent:
        if token.idx <= actor.start < token.idx + len(token.text) or token.idx == actor.start:
            head = token
            # "in Indonesia's Aceh province": a possessive inside the place is
            # the place too; "in Batumi and Tbilisi": so is a conjunct.
            # So is a modifier or an apposition: "at the Newtown, Connecticut, school", "in Waco, Texas".
            # ("in Richmond Hill, New York" parses the state as a modifier of the town.)
            while (head.dep_ in ("compound", "amod", "det", "poss", "case", "conj", "nmod", "appos")
                   or (head.dep_ == "npadvmod" and head.head.pos_ == "PROPN")) and head.head.i != head.i:
                head = head.head
            if head.dep_ != "pobj" and a_place_after_its_kind(head):
                return head.doc[head.left_edge.i - 1].head  # ("in the Libyan capital Tripoli")
            if head.dep_ == "pobj" and _of_its_kind(head.head):
                return head.head.head.head  # ("in the southern state of Guerrero")
            return head.head if head.dep_ == "pobj" else None
    return None


def _of_its_kind(preposition) -> bool:
    """"of" after the noun of a place's kind, itself a preposition's object:
    "in the southern state of Guerrero" (where, as "in Guerrero" is)."""
    kind = preposition.head
    return preposition.lower_ == "of" and kind.lemma_.lower() in PLACE_KIND_WORDS and kind.dep_ == "pobj"


def a_place_after_its_kind(token) -> bool:
    """"Clashes in the Libyan capital Tripoli killed eight people", parsed
    with "Tripoli" as the subject: a place's name right after the noun of
    its kind, itself a preposition's object, belongs to that phrase (where
    it happened), not to the clause as its doer."""
    before = token.left_edge.i - 1
    if token.ent_type_ != "GPE" or before < 0:
        return False
    kind = token.doc[before]
    return kind.lemma_.lower() in PLACE_KIND_WORDS and kind.dep_ == "pobj"


# Acts known by where they happened: "the Benghazi attacks", "the Orlando shooting".
_ACTS_NAMED_BY_PLACE = {"attack", "bombing", "shooting", "massacre", "raid", "strike", "killing", "uprising", "riot",
                        "siege", "explosion", "blast", "crash", "disaster", "tragedy", "scandal"}


def names_an_act(token) -> bool:
    """"an investigation into the Benghazi attacks": a place in an act's name
    is where it happened, not whom an act about it is aimed at."""
    return token.dep_ in ("compound", "nmod") and token.head.lemma_.lower() in _ACTS_NAMED_BY_PLACE


def place_names_an_act(document: Document, place) -> bool:
    root = head_token(document.spacy_doc, place)
    return root is not None and names_an_act(root)


# Buildings and grounds named before an attack: where it happened, not who did it.
BUILDING_NOUNS = {"church", "mosque", "synagogue", "temple", "school", "campus", "university", "college", "embassy",
                  "consulate", "hospital", "clinic", "mall", "market", "airport", "hotel", "restaurant", "nightclub",
                  "club", "bar", "office", "courthouse", "station", "stadium", "theater", "theatre", "workplace",
                  "home", "house", "store", "shop", "bank", "factory", "plant", "base", "prison", "jail"}

def names_a_building(noun) -> bool:
    """"the British Embassy bombings", "a hotel attack": the building named
    on the act is what it hit or where, not who did it."""
    return any(c.dep_ == "compound" and c.lemma_.lower() in BUILDING_NOUNS for c in noun.children)


# Buildings, settlements and vehicles: things an attack falls on, of the place they stand in.
_GROUND = BUILDING_NOUNS | {"village", "town", "camp", "convoy", "vehicle", "car", "bus", "truck", "ship", "boat",
                            "building", "compound", "shelter", "headquarters", "checkpoint", "outpost",
                            "neighborhood", "neighbourhood", "district", "facility", "bridge"}


def _where_it_stands(document: Document, things: list, verb) -> list[Actor]:
    """"the Gaza school bombed by Israel", "a school in Gaza was shelled":
    a thing that underwent the act, no party itself, is of the place its
    own words put it in (the country, with no sector; not the act's own
    words, "bombed by Israel", that the thing's phrase may hold)."""
    for thing in things:
        if thing.lemma_.lower() not in _GROUND:
            continue  # (a person's words say where they came from: "a native of Peru" was killed in Ohio)
        inside = {t.i for t in thing.subtree}
        if verb.i in inside:
            inside -= {t.i for t in verb.subtree}
        for place in _sentence_places(document, thing):
            root = head_token(document.spacy_doc, place)
            if root is not None and root.i in inside:
                return [Actor("", None, place.country, [], thing.idx, thing.idx)]
    return []
