"""Parties as coded actors: the mentions under parse heads, and who is the same party.

`_coded` and `_coded_inside` turn parse heads into the actors the actors
stage found there (a quoted "I" or "we" stands for the quote's speaker);
`_same` and `_same_named` say when two actors are one party. Also the small
word lists several role finders share (happenings, named things, the
violent event types).
"""

from __future__ import annotations

from typing import Optional

from ...actors import (
    EMBLEMS,
    KIN_NOUNS,
    RECORDS_OF_PEOPLE,
    WORKS,
    actor_at,
    owned_place,
    owns_others,
    paired_people,
    partner_actors,
)
from ...document import Actor, Document
from ...places import dateline_and_end
from ...quotes import quote_at
from ...timex import STREET_TYPES
from ..lexicon import TOPIC_PREPOSITIONS
from .syntax import _phrase_without_clauses, _prep_objects, _with_conjuncts


def _happening(noun) -> bool:
    """What happened to someone: whose it is is who underwent it."""
    return noun.lemma_.lower() in _HAPPENINGS


def _owned_places(document: Document, heads: list) -> list[Actor]:
    """"fired rockets at Israeli towns": the country a demonym gives the target."""
    return [place for head in heads if (place := owned_place(document, head)) is not None][:1]


_HAPPENINGS = {"death", "killing", "shooting", "crash", "collapse", "fire", "explosion", "blast", "disappearance",
               "drowning", "murder", "slaying", "beating", "stabbing", "overdose", "accident", "incident",
               # ("charged in the kidnapping and killing of a Leeds student": she was kidnapped)
               "abduction", "kidnapping", "rape", "suicide",
               # ("condemned the repeated obstruction of lawful Philippine maritime
               # operations": whoever obstructed, not the Philippines)
               "obstruction", "harassment", "intimidation", "persecution", "mistreatment",
               # ("complained about the seizure and burning of Indonesian boats by Australian authorities")
               "seizure", "burning", "sinking"}

# Attacks whose "of" phrase names what was hit ("the shelling of Gaza"):
# unlike a strike's or a campaign's ("the strike of the dockers"), never
# who made them.
_ATTACKS_ON_THEIR_OBJECT = {"bombing", "shelling", "bombardment", "airstrike", "assassination", "massacre"}

# Acts done to people: who the sentence shows undergoing something is far
# likelier their victim than their author.
_VIOLENT_TYPES = {"ASSAULT", "COERCE"}

# Things named after a place: the place is no party to them.
_NAMED_THINGS = {"agreement", "accord", "deal", "treaty", "protocol", "convention", "talks", "summit", "conference",
                 "process", "format", "declaration", "pact", "plan", "initiative", "consensus", "communique"}


def _coded(document: Document, heads: list) -> list[Actor]:
    actors = []
    for token in _with_conjuncts(_past_the_dateline(document, heads)):
        if _a_street(token):
            continue  # "Jane Roe, 19, of 12 Orchard St., Alexandria, was arrested": where she lives
        if owns_others(token):
            continue  # "Poland's allies voiced support": not Poland
        pair = paired_people(document, token)
        if pair:
            actors.extend(p for p in pair if not _same(p, actors))  # "the two men": the two named last
            continue
        actor = _quoted_first_person(document, token) or actor_at(document, token) or _apposed(document, token) \
            or _renamed(document, token) or _quantified(document, token)
        if actor is not None and (actor.code or actor.sector) and not _same(actor, actors):
            each = [] if actor.code else _from_each(document, token, actor)
            if each:
                actors.extend(p for p in each if not _same(p, actors))  # "officials from Iran and Saudi Arabia"
                continue
            actors.append(actor)
            actors.extend(p for p in partner_actors(document, token) if not _same(p, actors))
    return actors


def _from_each(document: Document, token, actor: Actor) -> list[Actor]:
    """"Senior officials from Iran and Saudi Arabia met in Beijing": an
    uncoded party whose own "from" phrase names several countries is a
    party of each of them, under the party's words ([] for fewer than two)."""
    codes: list[str] = []
    for prep in token.children:
        if prep.dep_ != "prep" or prep.lower_ != "from":
            continue
        for place in prep.children:
            if place.dep_ != "pobj":
                continue
            for named in (place, *place.conjuncts):
                found = actor_at(document, named)
                if found is not None and found.code and found.code not in codes:
                    codes.append(found.code)
    if len(codes) < 2:
        return []
    return [Actor(actor.entity_text, actor.name, code, list(actor.sector), actor.start, actor.end) for code in codes]


def _past_the_dateline(document: Document, heads: list) -> list:
    """"ADDIS ABABA, Ethiopia — Ethiopia and Eritrea accused each other",
    parsed with the dateline's place as the subject and the body's parties
    hung on it: the parties are the body's words after the dateline (the
    dateline's place never acts), with their conjuncts."""
    filed = dateline_and_end(document)
    if filed is None:
        return heads
    end = filed[1]
    out = []
    for head in heads:
        body = [] if head.idx >= end else [t for t in head.subtree if t.idx >= end and t.dep_ in ("conj", "appos")
                                           and t.head.idx < end]
        out.extend(body or [head])
    return out


def _a_street(token) -> bool:
    """A street name ("Orchard St.", "Main Street"): an address the parse
    made a party of the clause."""
    return token.lower_.rstrip(".") in STREET_TYPES and token.ent_type_ != "PERSON" and any(
        c.dep_ == "compound" and c.pos_ == "PROPN" for c in token.children)


def _apposed(document: Document, token) -> Optional[Actor]:
    """An uncoded appositive is the party it describes: "Judicial Watch, a
    group on the right that has sued" (the relative "that" stands for the
    group, the group for Judicial Watch)."""
    return actor_at(document, token.head) if token.dep_ == "appos" else None


def _renamed(document: Document, token) -> Optional[Actor]:
    """An uncoded head its appositive names: "mocking the evening's
    surprise victor among Democrats: Hillary Clinton" is mocking Clinton
    (not the party the head's own words mention)."""
    return next((actor for c in token.children if c.dep_ == "appos" and c.i > token.i
                 and (actor := actor_at(document, c)) is not None and actor.code), None)


_QUANTIFIERS = {"both", "all", "some", "many", "most", "none", "each", "several", "few", "either", "neither",
                "any", "one", "two", "three", "four", "five", "dozens", "hundreds", "thousands"}


def _quantified(document: Document, token) -> Optional[Actor]:
    """"both of Trump's remaining rivals criticized …": a quantifier stands
    for the party its "of" phrase names (not for the owner inside it)."""
    if token.lower_ not in _QUANTIFIERS and token.pos_ != "NUM":
        return None
    heads = [g for c in token.children if c.dep_ == "prep" and c.lower_ == "of" for g in c.children
             if g.dep_ == "pobj"]
    return actor_at(document, heads[0]) if heads else None


# First-person pronouns: "I" is the speaker; "we" the speaker's side (its
# country and sector, not the speaker's own name).
_FIRST_PERSON_SINGULAR = {"i", "me", "my", "myself"}
_FIRST_PERSON_PLURAL = {"we", "us", "our", "ourselves"}
_FIRST_PERSON = _FIRST_PERSON_SINGULAR | _FIRST_PERSON_PLURAL


def _quoted_first_person(document: Document, token) -> Optional[Actor]:
    """Inside a direct quote, "I propose" / "we warn" are acts of the quote's
    speaker, whatever the nearest earlier mention is."""
    lower = token.lower_
    if lower not in _FIRST_PERSON_SINGULAR and lower not in _FIRST_PERSON_PLURAL:
        return _ours(document, token)
    quote = quote_at(document, token.idx)
    if quote is None or not quote.direct or quote.speaker is None or not quote.speaker.code:
        return None
    speaker = quote.speaker
    name = speaker.name if lower in _FIRST_PERSON_SINGULAR else None
    return Actor(entity_text=token.text, name=name, code=speaker.code, sector=list(speaker.sector),
                 start=token.idx, end=token.idx + len(token.text))


def _ours(document: Document, token) -> Optional[Actor]:
    """"'Our soldiers were fired upon,' Guyana's foreign secretary said":
    people a direct quote calls "our" are of the speaker's country, with the
    sector their own words give, whoever was named before the quote."""
    if not any(c.dep_ == "poss" and c.lower_ in ("our", "my") for c in token.children):
        return None
    quote = quote_at(document, token.idx)
    if quote is None or not quote.direct or quote.speaker is None or not quote.speaker.code:
        return None
    actor = actor_at(document, token)
    if actor is None or actor.code == quote.speaker.code:
        return None
    return Actor(entity_text=actor.entity_text, name=None, code=quote.speaker.code, sector=list(actor.sector),
                 start=actor.start, end=actor.end)


# A determiner and the word it goes with that say "each other".
_EACH_OTHER = {("each", "other"), ("another", "one"), ("one", "another")}


def _each_other(noun) -> bool:
    """The noun is "each other" or "one another"."""
    return any((c.lower_, noun.lower_) in _EACH_OTHER for c in noun.children if c.dep_ == "det")


def _coded_inside(document: Document, heads: list) -> list[Actor]:
    """An uncoded object ('the response presented by the US and NATO'): the
    actors named inside it stand for it."""
    for head in heads:
        if head.lemma_.lower() in RECORDS_OF_PEOPLE:
            continue  # "refused to publish the names of 1,076 donors": not the donors
        if _each_other(head):
            continue  # "accused each other of mistreating migrants": the two sides, not the migrants
        if head.lemma_.lower() in _HAPPENINGS:
            # "investigating the killing of X by Y": who caused it, not who died
            return _coded(document, _prep_objects(head, ("by",)))
        if head.lemma_.lower() in _ATTACKS_ON_THEIR_OBJECT:
            # "condemned the bombing of the US embassy by militants": who
            # bombed, or whose bombing of it it was ("Israel's shelling of
            # Gaza"); the embassy was hit.
            doers = _coded(document, _prep_objects(head, ("by",)))
            if not doers and _prep_objects(head, ("of",)):
                doers = _coded(document, [c for c in head.children if c.dep_ == "poss"])
            return doers
        # Not inside a clause of its own ("the audience, which is selected by
        # the RNC": not the RNC), nor inside what they are said to do
        # ("accused the staff of spying for the United States": not the US).
        inside = _phrase_without_clauses(head) - _inside_gerunds(head)
        for token in head.subtree:
            if token.i == head.i or token.i not in inside:
                continue
            if token.dep_ == "poss" and token.head.lemma_.lower() in KIN_NOUNS:
                # "gunned down his longtime girlfriend": she, not "his" (of his country, a civilian)
                return _kin_of(document, token)
            if _topic_or_work_preposition(token, within=head) is not None \
                    or (token.dep_ == "poss" and token.head.lemma_.lower() in WORKS):
                continue  # "shot at a showing of a film by Ada Voss", "of her film": not her
            if token.dep_ == "pobj" and token.head.head.lemma_.lower() in EMBLEMS:
                continue  # "seized a pistol and a flag of the group": the group's emblem, not the group's
            if token.dep_ in ("pobj", "poss") and token.head.lower_ in ("by", "of", "from") or token.dep_ == "poss":
                found = _coded(document, [token])
                if found:
                    return found
    return []


# What only a state's authorities do to people: "condemned the detention of
# two of its nationals" is aimed at whoever detained them, not at them.
_AUTHORITY_ACTS = {"arrest", "detention", "jailing", "imprisonment", "deportation", "expulsion", "sentencing",
                   "conviction", "execution", "crackdown"}


def _authority_behind(document: Document, heads: list) -> Optional[list[Actor]]:
    """For an object that is an authority's act ("the detention in
    Venezuela of two of its nationals"): who did it, by its "by" phrase or
    its owner ("Russia's detention of"), else the government of the country
    its own "in" phrase names (none when it names none). None for other
    objects."""
    acts = [h for h in heads if h.lemma_.lower() in _AUTHORITY_ACTS and h.pos_ == "NOUN"]
    if not acts:
        return None
    act = acts[0]
    doers = _coded(document, _prep_objects(act, ("by",)) + [c for c in act.children if c.dep_ == "poss"])
    # (or who the detained one's own clause says held them: "the arrest of a
    # local leader, who was detained by federal investigators")
    doers = doers or _coded(document, [g for held in _prep_objects(act, ("of",)) for clause in held.subtree
                                       if clause.dep_ == "relcl" for a in clause.children if a.dep_ == "agent"
                                       for g in a.children if g.dep_ == "pobj"])
    if doers:
        return doers
    inside = _phrase_without_clauses(act)
    where = [g.idx for g in act.subtree if g.i in inside and g.dep_ == "pobj" and g.head.lower_ == "in"]
    countries = {p.country for p in document.places for start in where
                 if p.country and not p.demonym and p.start <= start < p.end + 1}
    if len(countries) != 1:
        return []
    return [Actor("", None, countries.pop(), ["GOV"], act.idx, act.idx)]


def _inside_gerunds(head) -> set[int]:
    """Token ids of the gerund clauses under the phrase's prepositions ("of
    spying for the United States")."""
    return {t.i for prep in head.children if prep.dep_ == "prep" for g in prep.children
            if g.dep_ == "pcomp" and g.tag_ == "VBG" for t in g.subtree}


def _topic_or_work_preposition(token, within=None):
    """The preposition ("about", or "by" on a work) whose phrase the token
    lies in: what something is about ("her documentary about NATO", "the
    debate about the influx of migrants") or who made a work ("a film by
    Ada Voss"). None when there is none below `within` (a phrase the
    search stays inside)."""
    current = token
    for _ in range(6):
        head = current.head
        if current.dep_ == "pobj" and (head.lower_ in TOPIC_PREPOSITIONS
                                       or (head.lower_ == "by" and head.head.lemma_.lower() in WORKS)):
            return head
        if current.dep_ not in _INSIDE_A_PHRASE or head.i == current.i or head is within:
            return None
        current = head
    return None


# Dependencies that keep a word inside the noun phrase it belongs to.
_INSIDE_A_PHRASE = {"pobj", "prep", "compound", "amod", "poss", "appos", "conj", "nmod"}


def _kin_of(document: Document, owner) -> list[Actor]:
    """The kin a coded possessor names ("his girlfriend"): a civilian of the possessor's country."""
    found = _coded(document, [owner])
    kin = owner.head
    if not found or not found[0].code:
        return []
    words = [t for t in kin.subtree if t.i <= kin.i]
    start, end = words[0].idx, kin.idx + len(kin.text)
    return [Actor(entity_text=document.text[start:end], name=None, code=found[0].code, sector=["CVL"],
                  start=start, end=end)]


def _same_named(one: Actor, other: Actor) -> bool:
    """One named party under two mentions: a name and "it" for it. Not
    "he"/"she": who those stand for is the nearest person, whatever their
    sex ("'She's a disgrace,' he said" names two)."""
    return one.entity_text.lower() in ("it", "its") and one.name is not None and one.name == other.name \
        and one.code == other.code


def _same(actor: Actor, others: list[Actor]) -> bool:
    """One party twice: the same code and name, or, unnamed, the same words.
    Two unnamed parties of one country are two ("a gunman" and "police
    officers"), and an implied party (no words) is no other mention."""
    return any(o.code == actor.code and (o.name == actor.name if o.name or actor.name
                                         else bool(o.entity_text) and o.entity_text == actor.entity_text)
               for o in others)


def _same_group(actor: Actor, others: list[Actor]) -> bool:
    """`_same`, save that two groups of one country's name but of other
    sectors are two: "the Israeli military said it had arrested four
    Israeli suspects" (for the act's own two sides; the sentence's stand-ins
    still take no second party of the actor's country)."""
    return any(_same(actor, [o]) and not _other_sectors(o, actor) for o in others)


def _other_sectors(one: Actor, other: Actor) -> bool:
    return bool(one.sector) and bool(other.sector) and not set(one.sector) & set(other.sector)
