"""Sentence fallbacks: when the parse gives no coded party, who in the sentence stands in.

Entry point: `_sentence_fallbacks(document, trigger, actors, recipients,
event_type)` (called by `find_roles`). The nearest coded mention of the
sentence may act or receive, unless it only reports the act, presides over
it, is its victim, its venue, a party to another clause or another act, or
a place. `_sentence_mentions` lists the candidates.
"""

from __future__ import annotations

from typing import Optional

from ...actors import (
    EMBLEMS,
    KIN_NOUNS,
    VESSELS,
    a_president_it_has_none_of,
    a_ships_crew,
    actor_at,
    of_no_one_country,
    only_a_backer,
    owns_others,
    partner_actors,
)
from ...document import NON_STATE_CODES, STATE_SECTORS, Actor, Document
from ...places import head_token, names_an_origin
from ..lexicon import MEANS_OF_VIOLENCE, SPEECH_VERBS
from .nominal import (
    _RECORDING_VERBS,
    _an_attack_stopped,
    _asked_for,
    _frame,
    _holds_no_doer,
    _others_before,
    _owner_undergoes,
    _struck,
    _where_a_record_was_set,
)
from .parties import (
    _ATTACKS_ON_THEIR_OBJECT,
    _NAMED_THINGS,
    _VIOLENT_TYPES,
    _happening,
    _past_the_dateline,
    _same,
    _topic_or_work_preposition,
)
from .subjects import (
    _ACCUSED_OF,
    _adverbial_gerund,
    _passive_patients,
    _pictured,
    _subjects,
    inverted_passive_patients,
    judged_for,
)
from .syntax import (
    _CLAUSE_DEPS,
    _PASSIVE_SUBJECT_DEPS,
    _SUBJECT_DEPS,
    _TOLL_VERBS,
    _WHEN_PREPOSITIONS,
    _controlled_passive,
    _governing_verb,
    _only_an_allegiance,
    _passive_conjunct,
    _phrase_without_clauses,
    _prep_objects,
    _reduced_passive,
    _relative_antecedent,
)
from .verbal import _REASONS, _WEAPON_VERBS, _weapon
from .where import (
    _LOCATIVE,
    _STRETCHES,
    BUILDING_NOUNS,
    _addressed,
    _aimed_at,
    _fired_from,
    _in_subtree,
    _is_place,
    _names_a_place,
    _sentence_places,
    _where_code,
    a_place_after_its_kind,
    names_an_act,
)


def _in_actor_phrase(token, actors: list[Actor]) -> bool:
    """"criticism by the parents of a soldier": a party named inside the
    actor's own phrase is not the target."""
    heads = [a for a in actors if a.entity_text and a.end > a.start]
    return any(a.start <= ancestor.idx < a.end for ancestor in token.ancestors for a in heads)


def _names_another_act(trigger, token) -> bool:
    """"throughout the investigation and court proceedings": a word joined
    to the trigger, or qualifying an act joined to it, names another act,
    not whom the trigger targets."""
    return token in trigger.conjuncts or (token.dep_ in ("compound", "amod", "nmod") and token.head in trigger.conjuncts)


def _another_acts_agent(trigger, token) -> bool:
    """"As evidence for his claim, he cited an attack on the mayor by
    Senator Ruiz": who did another act the sentence names ("by" on a noun
    other than the trigger) is not whom the trigger targets."""
    by = token.head
    return token.dep_ == "pobj" and by.lower_ == "by" and by.head.i != trigger.i \
        and by.head.pos_ == "NOUN" and trigger not in list(by.head.ancestors)


def _in_the_charge(trigger, token) -> bool:
    """"accused the staff of spying for the United States": who is named
    inside what the accused is said to have done is no party of the
    accusation (our guideline codes only the accusation)."""
    current = token
    for _ in range(12):
        if current.i == trigger.i or current.head.i == current.i:
            return False
        if current.dep_ in ("pcomp", "pobj") and current.head.lower_ in ("of", "for") and (
                current.tag_ == "VBG" or _after_a_gerund_read_as_adjective(current)):
            return trigger in current.ancestors
        current = current.head
    return False


def _after_a_gerund_read_as_adjective(noun) -> bool:
    """"of mistreating migrants" parsed with "mistreating" an adjective
    of "migrants": the phrase is still what was done, opening with it."""
    return any(c.dep_ == "amod" and c.tag_ == "VBG" and c.i == noun.left_edge.i for c in noun.children)


def _what_its_act_does(trigger, token) -> bool:
    """"the first inquiry left the coroner all but certain": whom the
    clause of a nominal act leaves in some state is not whom the act
    targets ("the inquiry was hurting her" still names its target)."""
    verb = trigger.head
    if trigger.pos_ != "NOUN" or trigger.dep_ != "nsubj" or not any(c.dep_ == "oprd" for c in verb.children):
        return False
    return token.dep_ in ("dobj", "dative") and token.head.i == verb.i


# Verbs of what an act made others do: "a strike forced airlines to cancel flights".
_MAKING_VERBS = {"force", "prompt", "cause", "lead", "compel", "oblige", "push", "drive"}


def _made_to_act_by_it(trigger, token) -> bool:
    """"went on strike, forcing airlines to cancel their flights", "…,
    leaving thousands of commuters stranded": whom a protest made do
    something or left in some state, and what they did, are not whom it is
    aimed at."""
    making = next((a for a in token.ancestors if a.lemma_.lower() in _MAKING_VERBS and a.dep_ == "advcl"
                   and any(c.dep_ == "dobj" for c in a.children)
                   and any(c.dep_ in ("xcomp", "ccomp") for c in a.children)), None)  # (not "prompting condemnation")
    making = making or next((a for a in token.ancestors if _left_in_a_state(a)), None)
    if making is None:
        return False
    holder = making.head
    return holder.i == trigger.i or (trigger.dep_ == "pobj" and trigger.head.head.i == holder.i)


def _left_in_a_state(verb) -> bool:
    """"leaving thousands of commuters stranded", "leaving the city without
    buses": a clause of what an act left others in."""
    if verb.lemma_.lower() != "leave" or verb.dep_ != "advcl" or verb.tag_ != "VBG":
        return False
    objects = [c for c in verb.children if c.dep_ == "dobj"]
    return any(c.dep_ in ("oprd", "xcomp", "ccomp") or (c.dep_ == "prep" and c.lower_ == "without")
               for c in verb.children) or any(c.dep_ in ("acl", "amod") and c.tag_ == "VBN" and c.i > o.i
                                              for o in objects for c in o.children)


# Verbs of a purpose clause whose object is the actor's own side: "mortar
# fire to cover the withdrawal of soldiers".
_PROTECTIVE_VERBS = {"cover", "protect", "defend", "shield", "rescue", "evacuate", "save", "escort", "free",
                     "support", "reinforce", "resupply", "extract"}


def _protected(trigger, token) -> bool:
    """The mention is what a purpose clause of the act protects, not its target."""
    for ancestor in token.ancestors:
        if ancestor.i == trigger.i:
            return False
        if ancestor.lemma_.lower() in _PROTECTIVE_VERBS and ancestor.pos_ == "VERB" \
                and any(c.dep_ == "aux" and c.lower_ == "to" for c in ancestor.children):
            return True
    return False


def _reason(trigger, token) -> bool:
    """"blaming others for his wounds": what an act with an object of its own
    is for is no party to it."""
    if not any(c.dep_ == "dobj" for c in trigger.children):
        return False
    current = token
    for _ in range(8):
        if current.head.i == trigger.i:
            return current.dep_ == "prep" and current.lower_ in _REASONS
        if current.head.i == current.i:
            return False
        current = current.head
    return False


def _victim_of_another_happening(trigger, token) -> bool:
    """"the inquiry into the death of Robert Dziekanski": who died in a
    happening the act is about is not whom the act is aimed at."""
    for _ in range(3):  # "the death of immigrant Robert Dziekanski": up from the name
        if token.dep_ not in ("appos", "compound", "flat", "conj") or token.head.i == token.i:
            break
        token = token.head
    if _happening(token) and token.i != trigger.i:
        return True  # a mention headed by the happening ("Crutcher's death") stands for its owner
    head = token.head
    if token.dep_ == "poss":  # "a protest of Crutcher's death"
        # (or the owner of who died: "the death of her unborn child")
        return head.i != trigger.i and (_happening(head) or _victim_of_another_happening(trigger, head))
    if token.dep_ == "pobj" and head.lower_ in ("on", "against") and head.head.i != trigger.i \
            and head.head.lemma_.lower() in _CRIMES | _STRIKES | _HARMS:
        # "charged in three assaults on women": the women were assaulted;
        # "condemned air strikes on civilians": the civilians were struck
        return True
    if token.dep_ == "pobj" and head.lower_ == "of" and head.head.i != trigger.i \
            and head.head.lemma_.lower() in _CRIMES and token.lemma_.lower() in _TARGET_SITES:
        return True  # "died in the 2019 attack of the French embassy": the embassy was attacked
    # ("condemned the bombing of the US embassy": the embassy was bombed;
    # "the death in custody of a young woman": the "of" hung on the phrase
    # inside the happening's)
    if token.dep_ != "pobj" or head.lower_ != "of" or head.head.i == trigger.i:
        return False
    noun = head.head
    inner = noun.dep_ == "pobj" and noun.head.head.i != trigger.i and _happening(noun.head.head)
    return _happening(noun) or noun.lemma_.lower() in _ATTACKS_ON_THEIR_OBJECT or inner


def _harmed_by_another_act(trigger, token) -> bool:
    """"police opened fire on crowds demonstrating against a ban, killing 19
    people": whom another verb killed or hurt is not whom a protest or a
    statement is aimed at, wherever the parse hangs that verb (for
    violence they are its victims, told as the attack's outcome)."""
    head = token.head
    return token.dep_ == "dobj" and head.lemma_.lower() in _TOLL_VERBS and head.i != trigger.i


# Verbs by which someone names or describes an act.
_NAMING_VERBS = {"call", "describe", "term", "label", "dub", "brand"}


def _who_named_it(trigger, token) -> bool:
    """"shot dead in what a police chief called a cowardly ambush": who
    names the act is not who did it."""
    verb = token.head
    return token.dep_ == "nsubj" and verb.i != trigger.i and verb.lemma_.lower() in _NAMING_VERBS


def _in_connection_with(trigger, token) -> bool:
    """"held in connection with the consulate bombings": what the phrase
    names is the matter, however the parser reads it, not a party."""
    return any(noun.lemma_.lower() == "connection" and token in noun.subtree
               for prep in trigger.children if prep.dep_ == "prep" and prep.lower_ == "in"
               for noun in prep.children)


def _only_a_topic(trigger, token) -> bool:
    """"shot dead at a screening of her documentary about NATO": what
    something else is about, or who made a work, takes no part in the act
    (what the act itself is about may be its target: "complained about
    the arrival of the troops")."""
    preposition = _topic_or_work_preposition(token)
    return preposition is not None and preposition.head.i != trigger.i


# Crimes whose "on" or "against" object underwent them.
_CRIMES = {"assault", "attack", "kidnapping", "rape", "robbery", "shooting", "stabbing", "murder", "killing"}

# Acts of war whose "on" or "against" object underwent them.
_STRIKES = {"strike", "airstrike", "bombing", "bombardment", "shelling", "raid", "offensive"}

# Harm named by what it is, not by its means, whose "on" or "against" object
# underwent it ("condemned the violence against peaceful demonstrators",
# "a crackdown on dissent", "Russia's aggression against Ukraine").
_HARMS = {"violence", "crackdown", "brutality", "repression", "persecution", "aggression", "abuse"}

# Places an attack "of" is aimed at (an attack "of" people may be theirs).
_TARGET_SITES = {"consulate", "embassy", "school", "church", "mosque", "synagogue", "temple", "hospital", "clinic",
                 "office", "base", "compound", "headquarters", "station", "building", "village", "town", "city",
                 "camp", "mission", "hotel", "market", "checkpoint", "courthouse", "prison", "airport"}

_BACKGROUND_NOUNS = {"wake", "aftermath", "run-up", "lead-up"}


def _background(noun) -> bool:
    """A nominal act that only dates the sentence's own: "in the wake of the
    Paris attacks". (Not "shortly after his arrest": who caught him may be
    named.)"""
    if noun.pos_ != "NOUN" or noun.dep_ != "pobj":
        return False
    prep = noun.head
    holder = prep.head
    if prep.lower_ in _WHEN_PREPOSITIONS and _named_happening(noun):
        return True  # "a day after the Eastfield mall attack, the page praised …"
    if prep.lower_ == "with" and holder.lemma_.lower() == "connection" and noun.lemma_.lower() in _CRIMES | _STRIKES:
        return True  # "arrested four suspects in connection with a bombing": not the arresters'
    return prep.lower_ == "of" and holder.lemma_.lower() in _BACKGROUND_NOUNS and holder.dep_ == "pobj"


def _when(trigger, token) -> bool:
    """The token is in a phrase that says when the trigger's act happened:
    "met during a G20 meeting" did not meet the G20."""
    current = token
    for _ in range(12):
        if current.head.i == current.i:
            return False
        if current.dep_ == "prep" and current.head.i == trigger.i:
            return current.lower_ in _WHEN_PREPOSITIONS
        current = current.head
    return False


# The words that file a complaint or a suit, on which "with" names where it is filed.
_FILING_WORDS = {"complaint", "lawsuit", "suit", "petition", "grievance", "case", "charge", "lodge", "file",
                 "submit", "bring", "press", "register"}
_INTERNATIONAL_BODIES = {"IGO", "UNO", "EUR"}


def _named_happening(noun) -> bool:
    """An act named by where or when it happened ("the San Bernardino attack",
    "the Sept. 11 attacks"), not by who did or underwent it ("his arrest")."""
    return not any(c.dep_ == "poss" for c in noun.children) and any(
        c.dep_ in ("compound", "nmod", "amod") and c.ent_type_ in ("GPE", "LOC", "FAC", "DATE") for c in noun.children)


def _venue(trigger, token, mention: Actor) -> bool:
    """"press charges with the police", "filed a complaint with prosecutors":
    the authority a complaint goes to is not whom it accuses. Nor is an
    international body a complaint is lodged with ("lodged a formal complaint
    with the UN Security Council, arguing that South Sudan …"); a state it is
    lodged with is its target ("lodged a protest with China"). (Also an
    owner of what it goes to: "with the county prosecutor's office".)"""
    if token.dep_ == "poss":
        token = token.head
    if token.dep_ != "pobj" or token.head.lower_ not in ("with", "to"):
        return False
    if {"COP", "JUD"} & set(mention.sector):
        return True
    holder = token.head.head
    return mention.code in _INTERNATIONAL_BODIES and holder.lemma_.lower() in _FILING_WORDS \
        and holder.i in (trigger.i, trigger.head.i)


def _protested_at(document: Document, event_type: str, trigger, token, mention: Actor) -> bool:
    """"protested outside the Russian embassy", "protesters gathered at the
    defence ministry": a state body the protest is held at is what it is
    aimed at; a city, a square or a church it is held in is not."""
    if event_type != "PROTEST" or token.dep_ != "pobj" or not set(mention.sector) & STATE_SECTORS:
        return False
    if token.lower_ == "front":
        return False  # "in front of the ministry": the ministry's own mention, found by _in_front_of
    held = {trigger.i} | ({trigger.head.i} if trigger.dep_ == "nsubj" else set())
    # (At it or outside it: a march "near the Kremlin" or "through the
    # capital" only passes by.)
    return token.head.lower_ in ("at", "outside") and token.head.head.i in held \
        and not any(p.start <= token.idx < p.end for p in document.places if not p.demonym)


def _a_building(token, mention: Actor) -> bool:
    """"marches down Broad Street to a park adjacent to the Wells Fargo
    Center": a building or facility no sector makes a body (an arena, a
    park) is where a march went, not whom it was aimed at."""
    if mention.sector:
        return False
    words = mention.entity_text.split()
    return token.ent_type_ == "FAC" or (bool(words) and words[-1] in _BUILDING_NAME_ENDINGS)


# Last words of the names of arenas, halls and grounds ("Wells Fargo Center",
# "Madison Square Garden"), which the tagger may call organisations.
_BUILDING_NAME_ENDINGS = {"Center", "Centre", "Arena", "Stadium", "Park", "Hall", "Square", "Plaza", "Garden",
                          "Gardens", "Coliseum", "Auditorium", "Field", "Dome"}


# What police fire at a crowd.
_CROWD_WEAPONS = {"gas", "teargas", "cannon", "bullet", "spray", "grenade", "pellet"}
# Where the crowd stood, beside a building.
_BESIDE = {"outside", "near", "beside", "around", "behind"}


def _only_where_a_crowd_stood(trigger, token) -> bool:
    """"Police fired tear gas outside the parliament": the building a
    crowd stood by is not the target of what was fired at it."""
    fires_at_a_crowd = trigger.lemma_.lower() in _WEAPON_VERBS and any(
        c.dep_ == "dobj" and c.lemma_.lower() in _CROWD_WEAPONS for c in trigger.children)
    if not fires_at_a_crowd or token.dep_ != "pobj":
        return False
    by = token.head
    if token.lower_ == "front" and by.lower_ == "in":  # ("in front of the parliament", one mention)
        return trigger in by.ancestors
    if by.lower_ == "of" and by.head.lower_ == "front" and by.head.head.lower_ == "in":
        return trigger in by.head.head.ancestors
    return by.lower_ in _BESIDE and trigger in by.ancestors


def _what_a_participle_calls_it(token) -> bool:
    """"the raid by the militia, designated as a terrorist group by Canada":
    what a participle calls a party ("known as", "designated as"), and who
    is named in that phrase, describe it; they are no party of its own."""
    described = token
    for node in (token, *token.ancestors):
        if node.dep_ == "prep" and node.lower_ == "as":
            # (A name after "as" is who they are: "a suspect identified as Ali Omar".)
            return node.head.tag_ == "VBN" and node.head.dep_ in ("acl", "relcl", "advcl") \
                and described.pos_ == "NOUN"
        described = node
        if node.pos_ == "VERB":
            return False
    return False


def _protested_for(trigger, token) -> bool:
    """"Peaceful protest for Kimani Gray": whom a protest is for is not its
    target; nor are the crowds it drew ("protests have drawn smaller crowds")."""
    if token.dep_ == "pobj" and token.head.lower_ == "for" and token.head.head.i == trigger.i:
        return True
    verb = trigger.head
    return trigger.dep_ == "nsubj" and verb.lemma_.lower() in _GATHERING_VERBS \
        and any(t.i == token.i for c in verb.children if c.dep_ == "dobj" for t in c.subtree)


# What a protest does to the people who join it: "drew thousands", "attracted crowds".
_GATHERING_VERBS = {"draw", "attract", "bring", "gather", "mobilize", "mobilise", "include", "involve", "see"}


_BORDERS = {"border", "frontier", "boundary", "crossing"}


def _across_a_border_with(token) -> bool:
    """"bombed tunnels across the border with Egypt": the country a border
    is shared with says where, it is not the target."""
    if token.dep_ != "pobj" or token.head.lower_ not in ("with", "between"):
        return False
    preposition = token.head
    # (spaCy may hang "with Egypt" on the tunnels: the word before it says whose.)
    return preposition.head.lemma_.lower() in _BORDERS or (
        preposition.i > 0 and token.doc[preposition.i - 1].lemma_.lower() in _BORDERS)


def _a_border_shared(doc, place) -> bool:
    """The place is the country a border is shared with (`_across_a_border_with`)."""
    span = doc.char_span(place.start, place.end, alignment_mode="expand")
    return span is not None and _across_a_border_with(span.root)


def _in_front_of(token) -> bool:
    return token.dep_ == "pobj" and token.head.lower_ == "of" and token.head.head.lower_ == "front"


# Acts of words: who does them is not where what they are about happened.
_SPOKEN_TYPES = {"ACCUSE", "REJECT", "REQUEST", "SUPPORT", "THREATEN", "AGREE", "CONCEDE"}
# Prepositions that give a spoken act's reason or subject.
_REASON_PREPOSITIONS = {"for", "over", "about"}


def _inside_its_reason(trigger, token) -> bool:
    """"Obama has been criticized for his policy in Syria": a place in what
    the act is over or for says nothing of who did it."""
    return any(a.dep_ == "prep" and a.lower_ in _REASON_PREPOSITIONS and a.head.i == trigger.i
               for a in token.ancestors)


def _sentence_fallbacks(document: Document, trigger, actors: list[Actor],
                        recipients: list[Actor], event_type: str) -> tuple[list[Actor], list[Actor]]:
    """When the parse gave no coded actor or recipient, take the nearest coded
    mention of the sentence: before the trigger for the actor, after it for
    the recipient. Speakers of reporting verbs are skipped ("…, X said")."""
    if any(a.code for a in actors) and any(r.code for r in recipients):
        return actors, recipients
    # (Not whom a condemned or charged deed was done to, nor who the accused
    # are said to have acted for: "accused the group of crimes against
    # civilians", "condemned the use of force against peaceful protesters";
    # they still show the act is no home affair, _domestic.)
    mentions = [(i, m) for i, m in _sentence_mentions(document, trigger)
                if not _in_what_they_are_accused_of(trigger.doc[i], trigger)
                and not _victims_of_what_is_condemned(trigger.doc[i], trigger)]
    if _background(trigger):
        # "After last week's bombings in Lyon -- and beside its Danish and
        # Dutch allies -- Norway has stepped up its air raids":
        # an act the sentence only dates itself by has only its own phrase's parties.
        inside = {t.i for t in trigger.subtree}
        mentions = [(i, m) for i, m in mentions if i in inside]
    taken = {(a.code, a.name, a.start) for a in actors + recipients}
    if not any(a.code for a in actors):
        # Who undergoes a passive ("the man was arrested") never stands in
        # for the actor, nor, for violence, anyone the sentence shows
        # undergoing something (_undergoes).
        # Nor its owner ("his comments were derided by X"), and a passive
        # that names its agent ("by Armin Laschet") has no other actor, coded
        # or not.
        # Nor, for an act its owner underwent, that owner under another
        # mention ("he … after his arrest").
        undergone = trigger.pos_ == "NOUN" and _owner_undergoes(trigger)
        free = [(i, m) for i, m in mentions if (m.code, m.name, m.start) not in taken
                and not (undergone and m.name and _same(m, recipients))
                and not (trigger.doc[i].dep_ == "poss" and trigger.doc[i].head.pos_ == "NOUN"
                         and _owner_undergoes(trigger.doc[i].head))
                and trigger.doc[i].dep_ not in _PASSIVE_SUBJECT_DEPS
                and not _only_an_allegiance(trigger.doc[i])
                and not _what_a_participle_calls_it(trigger.doc[i])
                and not (trigger.doc[i].dep_ == "poss" and trigger.doc[i].head.dep_ in _PASSIVE_SUBJECT_DEPS)
                and not (event_type in _VIOLENT_TYPES and _undergoes(trigger.doc[i]))]
        if any(c.dep_ == "agent" and any(g.dep_ == "pobj" for g in c.children) for c in trigger.children) \
                or (trigger.pos_ == "VERB" and _pictured(trigger)):
            free = []  # (a headline about a picture names only who was in it)
        governing = _governing_subjects(trigger)
        # (Not a place the parse made a subject: "in the Libyan capital Tripoli killed".)
        # (Nor a place inside the subject's phrase: "a bomb in Cali killed three".)
        subjects = [m for i, m in free if i in governing and not a_place_after_its_kind(trigger.doc[i])
                    and not _only_where(document, trigger.doc[i])
                    and not (event_type in _VIOLENT_TYPES and _where_a_thing_is(trigger.doc[i]))]
        holder = _governing_verb(trigger) if trigger.pos_ == "NOUN" else None
        if trigger.pos_ == "NOUN" and (holder is None or _holds_no_doer(trigger, holder)
                                       or judged_for(trigger) is not None):
            # A nominal act no verb holds ("was on probation for an earlier
            # DUI arrest"): the sentence's subject is no evidence of its actor.
            subjects = []
        if (holder is not None and _asked_for(trigger, holder)) or (trigger.pos_ == "NOUN" and _others_before(trigger)):
            # "the agency wants a neutral inquiry": who asks for it would not
            # hold it, and the sentence's other parties are no evidence of who
            # would; nor of who did acts the noun calls earlier ones ("the WFP
            # suspended operations after earlier arrests")
            free = []
        # Not a participant of a clause of its own ("Christie, who has
        # campaigned for Trump, blasted Clinton": not Trump).
        # (A place outside the act's own clause still gives the unnamed
        # actor its country: "Charlotte saw violence as unrest roiled the city".)
        before = [m for i, m in free if i < trigger.i and not _other_clause(trigger, trigger.doc[i])
                  and (not _outside_its_own_clause(trigger, trigger.doc[i]) or _is_place(document, m, trigger.sent))]
        passive = _agentless_passive(trigger)
        if passive:
            # "his brother was shot", "one of 20 students killed": what
            # comes before an agentless passive is who underwent it (or
            # their kin), never who did it.
            subjects, before = [], []
        # (A passive's subject phrase is who underwent it: "eight of them injured".)
        own_subject = {i for i in _own_subject_phrase(trigger) if not a_place_after_its_kind(trigger.doc[i])
                       and not _only_where(document, trigger.doc[i])
                       and not (event_type in _VIOLENT_TYPES and _where_a_thing_is(trigger.doc[i]))} \
            if not passive else set()
        if own_subject:
            # The act names who did it ("Christie blasted Clinton", "two
            # women who have accused him"): only a mention inside that phrase
            # codes it ("Officials of Togo"); another party of the sentence
            # is no evidence of who they are.
            subjects = [m for i, m in free if i in own_subject]
            before = []
        # A mention after the trigger inside its own phrase or clause is its
        # object or target ("threatened to strike the United States",
        # "weapons seized from UN peacekeepers"), never its actor; a place
        # there still is ("prisoners rioted at a jail in Dili").
        # Nor is a participant of another clause ("42 people were killed in
        # the school, where 300 Palestinians had taken shelter"); a place
        # there still gives the unnamed actor's country.
        # After an agentless passive, a mention of the clause that governs it
        # is not who did it either ("his brother, who was also arrested, is
        # believed to be a member of a gang").
        # Nor who underwent another happening ("charged in the shooting of a Dallas man"),
        # nor who saw it ("a woman was killed in front of them").
        after = [m for i, m in free if i > trigger.i and not _argument_of(trigger, trigger.doc[i])
                 # (nor the owner of where it was done: "detained in raids on the premises of the WFP")
                 and not _owner_of_the_place(trigger.doc[i])
                 # (nor anyone inside the charge: "accused of awarding contracts to a group of firms")
                 and not (event_type == "ACCUSE" and _in_the_charge(trigger, trigger.doc[i]))
                 and not _in_front_of(trigger.doc[i]) and not _only_a_topic(trigger, trigger.doc[i])
                 and not _who_named_it(trigger, trigger.doc[i])
                 and not _victim_of_another_happening(trigger, trigger.doc[i])
                 and not _in_connection_with(trigger, trigger.doc[i])
                 and not _only_stirred(trigger.doc[i])
                 and not (event_type in _SPOKEN_TYPES and _inside_its_reason(trigger, trigger.doc[i]))
                 # (Nor, after an agentless passive, anyone in what it was
                 # for: "was sentenced for selling his votes" is not his act.)
                 and not (passive and _inside_its_reason(trigger, trigger.doc[i]))
                 and (not _other_clause(trigger, trigger.doc[i]) or _is_place(document, m, trigger.sent))
                 and (not passive or trigger.doc[i] in trigger.subtree
                      or _is_place(document, m, trigger.sent))]
        # Where violence came from is its side ("rockets fired from Gaza
        # hit Israel"): that place's country is the unnamed actor's,
        # and where it landed is not.
        source = [m for i, m in free if event_type in _VIOLENT_TYPES and _fired_from(trigger, m)]
        if source and not subjects:
            actors = [Actor("", None, _where_code(document, source[0]), [], trigger.idx, trigger.idx)] + \
                [a for a in actors if a.code]
            taken.add((source[0].code, source[0].name, source[0].start))
            subjects, before, after = [], [], []
        # A governing clause's subject first ("X agreed to provide aid"),
        # then the sentence's first coded mention (news leads with the actor).
        if own_subject:  # (see above) only where it happened may still give its country
            after = [m for m in after if _is_place(document, m, trigger.sent)]
        pick = subjects[:1] or before[:1] or after[:1]
        # (Not "world leaders", "foreign journalists": of no one country.)
        described = [a for a in actors if a.sector and not a.code and not of_no_one_country(document, a)]
        places = [m for i, m in free if i > trigger.i and _is_place(document, m, trigger.sent)]
        if described:
            # "protesters marched through Nairobi": the place gives the
            # described actor its country; it is not the actor itself. Nor
            # is anyone else the sentence names ("as rioters fled, Williams
            # joined the fray"): their country is the best guess. With
            # neither, a sentence that names one country only gives it
            # ("President X threatened Ugandan opposition candidates"), else
            # the article's setting does. A country named by its name only
            # in what the act is aimed at ("lawmakers denounced North Korea's
            # launch") says nothing of who did it; one that describes
            # a group there ("Kenyan opposition leaders") still does.
            beside = [(i, m) for i, m in mentions
                      if not (_argument_of(trigger, trigger.doc[i]) and _names_a_place(document, m))]
            home = (pick or places)[:1] or _only_country(beside)
            setting = document.setting if not home else None
            first = described[0]
            code = _where_code(document, home[0]) if home else setting
            if code and not a_president_it_has_none_of(first.entity_text, code):
                actors = [Actor(first.entity_text, first.name, code, list(first.sector), first.start, first.end)]
        elif pick and pick[0] not in subjects and event_type in _VIOLENT_TYPES \
                and _aimed_at(trigger, pick[0]):
            # "More than 40 were fired into Israel": where violence
            # was aimed is its target's country, never the actor's.
            if not any(r.code for r in recipients):
                recipients = [Actor("", None, _where_code(document, pick[0]), [], trigger.idx, trigger.idx)]
            taken.add((pick[0].code, pick[0].name, pick[0].start))
        elif pick and event_type == "ASSAULT" and not subjects \
                and (_names_a_place(document, pick[0]) or pick[0] not in before) \
                and (_weapons_of_war(trigger) or _soldiers_of_another_country(document, recipients, pick[0])) \
                and not _doer_words(trigger, recipients):
            # War's violence no words give a doer to is not of where it
            # happened ("a car bomb exploded in Mosul", "night after night of
            # shelling on the border villages", by the other side): its
            # attacker is unidentified (extract: PLOVER's UAF), or the row
            # has no actor. Nor is a party named after the act ("wrecked
            # when a militia chief's house next door was bombed", "fell on
            # the camp"): its target, or where it happened.
            # Nor is a soldier of another country killed there ("a Marine
            # from Ohio killed in Afghanistan") harmed by that country.
            # (A shooting in a town still takes its country:
            # news names the local gunman elsewhere in the story, and
            # unnamed doers take the country of the article's places; so
            # does a doer the words name but we cannot code, "he shot a man
            # in San Pedro".)
            pass
        elif pick and trigger.pos_ == "NOUN" and _an_attack_stopped(trigger, trigger.head):
            # "Our forces ended the attack within minutes": who stopped it, or where,
            # is no evidence of who made it.
            pass
        elif pick and _is_place(document, pick[0], trigger.sent) and pick[0] not in subjects:
            # A place is never the actor ("a man was shot in Waco, Texas"):
            # the unnamed actor is of the country where it happened, as
            # unnamed people take the country of the article's places.
            place = pick[0]
            actors = [Actor("", None, _where_code(document, place), [], trigger.idx, trigger.idx)] + \
                [a for a in actors if a.code]
            taken.add((place.code, place.name, place.start))
        elif pick and not subjects and trigger.pos_ == "NOUN":
            # A nominal act with no owner, agent or governing subject ("the
            # subsequent investigation into her use", "after the shooting"):
            # the sentence's nearest mention is no evidence of who acted (on
            # the article dev split 4 of 12 such rows had the right parties,
            # each only by their country). It gives the unnamed actor that
            # country and nothing more.
            actors = [Actor("", None, pick[0].code, [], trigger.idx, trigger.idx)] + [a for a in actors if a.code]
        elif pick:
            partners = [p for i, m in free if m is pick[0] for p in partner_actors(document, trigger.doc[i])]
            actors = pick + partners + [a for a in actors if a.code]
            taken.add((pick[0].code, pick[0].name, pick[0].start))
    # (A recipient of no one country, "14 foreigners", "foreign
    # journalists", is one: no other party of the sentence stands in.)
    if event_type in _VIOLENT_TYPES and not any(r.code for r in recipients):
        recipients = _whose_forces_it_hosts(document, trigger) or recipients
    if not any(r.code or of_no_one_country(document, r) for r in recipients):
        # Nor is the subject of a clause that governs the trigger's ("In a
        # year in which Mr. Trump has disparaged immigrants, Mrs. Clinton has
        # run on ...": not Clinton).
        # (A passive's subject too: "after Ortega lodged her complaint, the
        # police were obliged to look into it".)
        governing_subjects = {t.i for ancestor in trigger.ancestors for c in ancestor.children
                              if c.dep_ in _SUBJECT_DEPS + _PASSIVE_SUBJECT_DEPS and trigger not in list(c.subtree)
                              for t in [c, *c.conjuncts]}
        # Where a non-violent act happened is not whom it was aimed at ("signed
        # an agreement in Ankara", "marched through Nairobi"); an attack "at"
        # or "in" a place still targets it.
        after = [(i, m) for i, m in mentions if i > trigger.i and (m.code, m.name, m.start) not in taken
                 and not _same(m, actors) and not _overlaps(m, actors)
                 and not _other_clause(trigger, trigger.doc[i])
                 and not _outside_its_own_clause(trigger, trigger.doc[i])
                 and not (event_type == "ACCUSE" and (_addressed(trigger, m) or _venue(trigger, trigger.doc[i], m)
                                                      or _in_the_charge(trigger, trigger.doc[i])))
                 and i not in governing_subjects and not _weapon(trigger, trigger.doc[i])

                 and not _victim_of_another_happening(trigger, trigger.doc[i])
                 and not (event_type not in _VIOLENT_TYPES and _harmed_by_another_act(trigger, trigger.doc[i]))
                 and not _only_a_topic(trigger, trigger.doc[i]) and not _a_participles_agent(trigger, trigger.doc[i])
                 and not _another_acts_agent(trigger, trigger.doc[i])
                 and not _in_actor_phrase(trigger.doc[i], actors) and not _reason(trigger, trigger.doc[i])
                 and not _names_another_act(trigger, trigger.doc[i]) and not _protected(trigger, trigger.doc[i])
                 and not _what_its_act_does(trigger, trigger.doc[i])
                 and not _when(trigger, trigger.doc[i]) and not _only_stirred(trigger.doc[i])
                 and not (event_type == "PROTEST" and (_protested_for(trigger, trigger.doc[i])
                                                       or _made_to_act_by_it(trigger, trigger.doc[i])))
                 and not _across_a_border_with(trigger.doc[i])
                 and not _only_where_a_crowd_stood(trigger, trigger.doc[i])
                 and not _what_a_participle_calls_it(trigger.doc[i])
                 and not _a_slogan(trigger, trigger.doc[i])
                 and not names_an_act(trigger.doc[i])
                 # (nor the attack it was done in: "killed in an Israeli airstrike")
                 and not (event_type in _VIOLENT_TYPES and trigger.doc[i].lemma_.lower() in MEANS_OF_VIOLENCE)
                 and (event_type in _VIOLENT_TYPES or _protested_at(document, event_type, trigger, trigger.doc[i], m)
                      or not (_is_place(document, m, trigger.sent) or _a_building(trigger.doc[i], m)))]
        if _adverbial_gerund(trigger) and trigger.tag_ == "VBN":
            # "After being arrested on Friday, she fears for her place on the
            # city's team": who was arrested is the clause's subject, coded
            # or not; no other party of the sentence stands in.
            after = []
        patient = _own_patient_phrase(trigger)
        if patient:
            # The act names whom it was done to ("a teacher, accused by the
            # Turkish government of leading the coup, is at the center of
            # donations to a PAC supporting Clinton": not Clinton): only
            # a mention inside that phrase codes them; for violence, where it
            # happened still gives them a country.
            # (Not a party of when or how a participle describes it: "the accord
            # adopted after negotiations among diplomats in Paris".)
            after = [(i, m) for i, m in after
                     if (i in patient and not _participle_adjunct(trigger.doc[i], patient))
                     or (event_type in _VIOLENT_TYPES and _is_place(document, m, trigger.sent))]
        if after and _is_place(document, after[0][1], trigger.sent) and _names_a_place(document, after[0][1]):
            # "shot a man in Dallas, Texas": where a violent act happened
            # gives its unnamed target a country; the place is not the
            # target, nor a government.
            recipients = [Actor("", None, _where_code(document, after[0][1]), [], trigger.idx, trigger.idx)]
        elif after:
            # "aid for Romania and Poland": the mention with its conjuncts.
            first = trigger.doc[after[0][0]]
            conjuncts = {t.i for t in first.conjuncts if t.i > first.i}
            recipients = [after[0][1]] + [m for i, m in after[1:] if i in conjuncts and not _same(m, actors)]
        elif (patient or (trigger.pos_ == "NOUN" and _prep_objects(trigger, ("of",)))) \
                and event_type in _VIOLENT_TYPES:
            # Violence done to someone the text names but no country codes
            # ("tank shells struck a school in Jabaliya refugee camp", "the
            # bombing of schools and hospitals"): a place the act names is the
            # target; for a noun, else the one country of the sentence's places
            # ("In Yemen, a coalition … is implicated in the bombing of
            # hospitals"); else they are of the country where the story happens.
            # (Not a country a border is shared with: "tunnels across the border with Egypt".)
            places = [p for p in _sentence_places(document, trigger) if not _a_border_shared(trigger.doc, p)
                      and not backs_them(document, p)]
            target = next((p for p in places if p.start > trigger.idx and _in_subtree(trigger, p)), None)
            if target is None and trigger.pos_ == "VERB" and trigger.dep_ == "conj":
                target = _where_the_verb_before_went(trigger, places)
            if target is None and trigger.pos_ == "NOUN":
                # (not a place inside the actor's phrase: "a coalition led by Saudi Arabia")
                heads = [span.root for a in actors if a.end > a.start
                         and (span := trigger.doc.char_span(a.start, a.end, alignment_mode="expand")) is not None]
                elsewhere = [p for p in places if not any(_in_subtree(head, p) for head in heads)]
                if len({p.country for p in elsewhere}) == 1:
                    target = elsewhere[0]
            setting = document.setting
            heads = {t.idx for t in trigger.children if t.dep_ in ("dobj", *_PASSIVE_SUBJECT_DEPS)}
            if target is not None and any(target.start <= idx < target.end for idx in heads):
                # "Russian troops attacked Kharkiv": the place itself
                recipients = [Actor(target.text, target.name, target.country, [], target.start, target.end)]
            elif target is not None:
                # "the school in Jabaliya refugee camp", "three men were arrested in Indianapolis"
                # (Not a ship's: "hijacked a tanker off the coast of Somalia"
                # is no act on Somalia's people; the ship's country is unsaid.)
                if not _only_a_vessel(trigger):
                    recipients = [Actor("", None, target.country, [], trigger.idx, trigger.idx)]
            elif (side := _the_other_side_reporting(document, trigger, actors)) is not None:
                recipients = [Actor("", None, side, [], trigger.idx, trigger.idx)]
            elif (home := _criminals_home(actors)) is not None:
                recipients = [Actor("", None, home, [], trigger.idx, trigger.idx)]
            elif setting and setting not in NON_STATE_CODES and trigger.lemma_.lower() not in SENT_ABROAD \
                    and not _only_projectiles(trigger) and not _only_a_vessel(trigger) \
                    and not any(of_no_one_country(document, r) for r in recipients):
                # (Not "the tanker's crew": people of no one country.)
                recipients = [Actor("", None, setting, [], trigger.idx, trigger.idx)]
    return actors, recipients


# Verbs by which a base or a camp holds another party's forces.
_HOSTING = {"host", "house", "station", "use"}


def _whose_forces_it_hosts(document: Document, trigger) -> list[Actor]:
    """"Rockets were fired at a base in western Iraq that hosts U.S.
    troops": violence aimed at a site the sentence says holds a party's
    forces is aimed at that party (not at the country the site is in)."""
    sites = [c for c in trigger.children if c.dep_ == "dobj"]
    sites += [g for c in trigger.children if c.dep_ == "prep" and c.lower_ in ("at", "on", "near")
              for g in c.children if g.dep_ == "pobj"]
    for site in sites:
        for clause in site.children:
            if clause.dep_ not in ("relcl", "acl") or clause.lemma_.lower() not in _HOSTING:
                continue
            held = [c for c in clause.children if c.dep_ == "dobj"]
            held += [g for c in clause.children if c.dep_ == "agent" for g in c.children if g.dep_ == "pobj"]
            coded = [a for a in (actor_at(document, h) for h in held) if a is not None and a.code]
            if coded:
                return coded
    return []


def _where_the_verb_before_went(trigger, places: list):
    """"Ukrainian troops advanced into Russia's Kursk region and captured
    several villages": a violent verb with no place of its own, joined to
    a verb that went into, onto or through a place, was done there (its
    place, when the places of that verb's own phrases are of one country)."""
    verb = trigger.head
    entered = [p for c in verb.children if c.dep_ == "prep" and c.lower_ in ("into", "onto", "through", "across", "in")
               for p in places if _in_subtree(c, p) and not _in_subtree(trigger, p)]
    return entered[0] if entered and len({p.country for p in entered}) == 1 else None


def _criminals_home(actors: list[Actor]) -> Optional[str]:
    """"Gangs control most of the capital and have attacked police stations"
    (Haiti's gangs, in a story filed from Nairobi): criminals of one
    country strike at home, not in the country the story is filed from.
    (Only criminals: rebels and armies strike across borders.)"""
    codes = {a.code for a in actors}
    if actors and all(a.sector == ["CRM"] for a in actors) and len(codes) == 1 and None not in codes:
        return next(iter(codes))
    return None


# Who speaks for a side in a fight: its forces and its government.
_SIDES = {"MIL", "GOV"}


def _the_other_side_reporting(document: Document, trigger, actors: list[Actor]) -> Optional[str]:
    """"India's army said Pakistani soldiers opened fire first": violence
    with no target named, reported by the forces or government of another
    country than the attackers', was aimed at the reporter's side (not at
    the country the story is filed from)."""
    attackers = {a.code for a in actors if a.code}
    if not any("MIL" in a.sector for a in actors if a.code):
        return None
    sentence = trigger.sent
    reporters = [trigger.doc[i] for i in _reporter_tokens(trigger) if sentence.start <= i < sentence.end]
    sides = {a.code for a in (actor_at(document, t) for t in reporters)
             if a is not None and a.code and a.code not in NON_STATE_CODES and set(a.sector) & _SIDES}
    sides -= attackers
    return sides.pop() if len(sides) == 1 else None


# Counts a projectile is fired in: "a total of 520 rockets", "a barrage of shells".
_VOLLEYS = {"total", "number", "barrage", "volley", "salvo", "hail", "dozen", "dozens", "hundred", "hundreds"}
# What armies and armed groups fire, often across a front or a border. (Not
# shots and bullets: "the fatal shot was fired" in a crime story hit someone
# where the story is.)
_WAR_PROJECTILES = {"missile", "rocket", "mortar", "shell", "grenade", "cannon"}


def _only_a_vessel(trigger) -> bool:
    """"Houthi fighters seized a cargo ship": the act's patient is a ship
    whose country the text does not give, so the country the story is
    filed from is no guess for whom it was done to."""
    heads = _passive_patients(trigger) or [c for c in trigger.children if c.dep_ == "dobj"]
    # (or its crew: "its 14 crew members detained")
    return bool(heads) and all((h.lemma_.lower() in VESSELS or a_ships_crew(h)) and not any(
        c.dep_ in ("amod", "compound", "poss") and c.ent_type_ in ("NORP", "GPE") for c in h.children) for h in heads)


def _only_projectiles(trigger) -> bool:
    """"hundreds of rockets were launched", "militants fired mortar shells":
    what a firing verb names as its patient is what was fired, not whom
    it hit, so no one the act was aimed at is told (nor is the country
    the story is set in)."""
    if trigger.lemma_.lower() not in _WEAPON_VERBS:
        return False
    heads = _passive_patients(trigger) or [c for c in trigger.children if c.dep_ == "dobj"]
    fired = []
    for head in heads:
        if head.lemma_.lower() in _VOLLEYS:
            head = next((o for p in head.children if p.dep_ == "prep" and p.lower_ == "of"
                         for o in p.children if o.dep_ == "pobj"), head)
        fired.append(head)
    return bool(fired) and all(h.lemma_.lower() in _WAR_PROJECTILES for h in fired)


# Verbs whose object is words said or shown: a slogan, not a party.
_SLOGAN_VERBS = {"chant", "shout", "sing", "yell", "scream", "cry", "read"}


def _a_slogan(trigger, token) -> bool:
    """"marched through the city, chanting 'Obama, Obama'", signs
    reading "Down with Ruritania": the names in a chant or a sign are its
    words, not whom the act is aimed at."""
    for above in token.ancestors:
        if above.i == trigger.i:
            return False
        if above.lemma_.lower() in _SLOGAN_VERBS and above.pos_ == "VERB":
            return True
    return False


# Acts that send people out of the country: who undergoes them is a
# foreigner there ("50 have been deported"), not of the country where the
# story is set.
SENT_ABROAD = {"deport", "deportation", "expel", "expulsion", "extradite", "extradition"}


_COUNT_HEADS = {"hundred", "hundreds", "thousand", "thousands", "dozen", "dozens", "score", "scores", "number",
                "million", "millions"}
# Nouns that name people by what was done to them ("the toll in Syrian lives").
_VICTIM_HEADS = {"casualty", "casualties", "victim", "victims", "dead", "wounded", "injured", "toll", "life",
                 "death"}


def _undergoes(token) -> bool:
    """The mention is shown undergoing something, so it does not stand in
    for a violent act's missing author: a verb's object ("the attack killed
    40 Palestinians"), a noun a passive participle describes ("civilians hit
    by rocket fire"), a counted group ("more than 300 Palestinians",
    "hundreds of people"), people named as victims ("civilian casualties"),
    or an owner ("an air strike on their house")."""
    if token.dep_ in ("dobj", "poss"):
        return True
    if token.lemma_.lower() in _COUNT_HEADS or token.lemma_.lower() in _VICTIM_HEADS:
        return True
    return any((c.dep_ == "acl" and c.tag_ == "VBN") or c.dep_ == "nummod" for c in token.children)


_CLAUSE_MARKS = {"if", "unless", "as", "while", "because", "when", "although", "though", "whereas", "since"}


def _a_participles_agent(trigger, token) -> bool:
    """"the inquiry, labeled a witch hunt by Democrats": who does what a
    passive participle says (its "by" phrase, however parsed) is that
    participle's doer, never whom the trigger is aimed at."""
    by = token.head
    return token.dep_ == "pobj" and by.lower_ == "by" and by.dep_ in ("prep", "agent") \
        and _a_participle_above(by) and trigger not in by.ancestors and trigger.i != by.head.i


def _a_participle_above(token) -> bool:
    """The nearest verb above the token is a passive participle."""
    verb = next((a for a in token.ancestors if a.pos_ in ("VERB", "AUX")), None)
    return verb is not None and verb.tag_ == "VBN"


# Places a body owns, where acts are done to it: "raids on the premises of
# the World Food Programme", "stormed the offices of the newspaper".
_PREMISES = {"premises", "premise", "office", "headquarters", "compound", "residence", "home", "house",
             "warehouse", "facility", "embassy", "consulate", "base"}


def _owner_of_the_place(token) -> bool:
    """A party named only as the owner of a place ("the premises of the
    WFP"): where the act was done, or whom it was done to, not its doer."""
    while token.dep_ == "conj" and token.head.i != token.i:
        token = token.head  # ("the premises of the World Food Programme and UNICEF")
    place = token.head.head
    return token.dep_ == "pobj" and token.head.lower_ == "of" \
        and (place.lemma_.lower() in _PREMISES or place.lower_ in _PREMISES)


# Verbs that address a party of their own: "… and called on the Council to act".
_CALLS = {"call", "urge", "ask", "appeal", "demand", "press", "implore", "invite", "tell", "warn"}


def _has_an_object(verb) -> bool:
    return any(c.dep_ in ("dobj", "ccomp") for c in verb.children) \
        or any(c.dep_ == "prep" and any(g.dep_ == "pobj" for g in c.children) for c in verb.children
               if c.lower_ in ("on", "for", "to", "against", "with"))


def _other_clause(trigger, token) -> bool:
    """The token lies in a clause of its own that does not contain the
    trigger: a finite clause with its own subject or a conditional/temporal
    one ("…, as authorities in Croatia cracked down", "if war starts in
    Iraq"). Its mentions are that clause's participants, not recipients."""
    phrase = _subject_phrase_holding(trigger)
    if phrase is not None and token.i not in phrase:
        return True
    governing = {t.i for t in trigger.ancestors} | {trigger.i}
    current = token
    for _ in range(12):
        if current.i in governing or current.head.i == current.i:
            return False
        if current.dep_ == "agent":
            return True  # the passive agent of another verb acts there ("to be joined by X")
        if current.dep_ == "appos" and current.head.i == trigger.i and trigger.pos_ == "NOUN" \
                and not _happening(current) and current.lemma_.lower() not in _CRIMES:
            # "the Eastfield mall shooting, a man setting off a bomb beside a
            # stadium": a list the parser read as an apposition; the
            # man's own act is another one
            return True
        if current.dep_ in _CLAUSE_DEPS and current.pos_ == "VERB" and current.tag_ == "VBG" \
                and current.lemma_.lower() in SPEECH_VERBS:
            return True  # what the actor went on to say ("…, saying calling the Islamic State …")
        if current.dep_ == "conj" and current.pos_ == "VERB" and (
                current.head.i != trigger.i or any(c.dep_ == "cc" and c.lower_ in ("but", "yet") for c in current.head.children)
                # (nor a call joined to it when both have objects of their own:
                # "condemned what it called a violation and called on the UN
                # Security Council to act": the Council is asked, not
                # condemned; "condemned and rejected the plan" still shares
                # it, and "burned tyres and threw stones at police" aims both)
                or (current.lemma_.lower() in _CALLS and _has_an_object(trigger) and _has_an_object(current))):
            # another predicate of the same subject ("the panel said the army carried out attacks on
            # villages … and also accused ISIS of …"), not one joined to the trigger itself unless in
            # contrast ("complained about the primary's tone but defended Sanders")
            return True
        if current.dep_ in _CLAUSE_DEPS and current.pos_ in ("VERB", "AUX"):
            children = list(current.children)
            if any(c.dep_ in _SUBJECT_DEPS + _PASSIVE_SUBJECT_DEPS + ("expl",) for c in children) \
                    or any(c.dep_ == "mark" and c.lower_ in _CLAUSE_MARKS for c in children):
                return True
        current = current.head
    return False


def _outside_its_own_clause(trigger, token) -> bool:
    """The trigger lies in a relative or adverbial clause with a subject of
    its own, and the token outside it ("Yida is home to refugees, many of
    whom walked for days to flee bombing": neither Yida, where they came,
    nor the refugees bombed; "the video shows a woman falling in the
    moments after gunfire erupted": no one the main clause names fired). A
    relative pronoun subject stands for the noun the clause describes,
    which is then inside ("Beck, who has been denouncing the nominee")."""
    clause = next((a for a in (trigger, *trigger.ancestors) if a.dep_ in ("relcl", "advcl")
                   and any(c.dep_ in _SUBJECT_DEPS for c in a.children)), None)
    if clause is None or token in clause.subtree:
        return False
    subjects = [c for c in clause.children if c.dep_ in _SUBJECT_DEPS]
    return not (token.i == clause.head.i and any(s.tag_ in ("WP", "WDT") or s.lower_ == "that" for s in subjects))


def _subject_phrase_holding(trigger) -> Optional[set[int]]:
    """The tokens of the subject noun phrase the trigger sits deep inside
    ("Mara Quist, one of the three gunmen behind the Eastfield mall
    attack, had posted a pledge …"): what the sentence's verb says of that
    subject is no party to the trigger. None when the trigger heads the
    subject ("The bombing of the school killed 20 people") or is not in one."""
    current = trigger
    embedded = False  # reached through a preposition or a clause, not only modifiers ("mortar shells")
    for _ in range(12):
        if current.head.i == current.i:
            return None
        if current.dep_ in ("nsubj", "nsubjpass"):
            return {t.i for t in current.subtree} if current is not trigger and embedded else None
        embedded = embedded or current.dep_ in ("prep", "pobj", "acl", "relcl")
        if current is not trigger and current.pos_ in ("VERB", "AUX") \
                and current.dep_ not in ("acl", "relcl", "amod", "pcomp"):
            return None
        current = current.head
    return None


def _argument_of(trigger, token) -> bool:
    """The token lies in the trigger's subtree other than through a locative
    preposition: an object or target of the trigger, not its setting."""
    current = token
    for _ in range(12):
        if current.i == trigger.i:
            return True
        if current.dep_ == "prep" and current.lower_ in _LOCATIVE:
            return False
        if current.head.i == current.i:
            return False
        current = current.head
    return False


def _only_country(mentions: list[tuple[int, Actor]]) -> list[Actor]:
    """The sentence's one state country, when it names exactly one."""
    codes = {m.code for _, m in mentions if m.code and m.code not in NON_STATE_CODES}
    if len(codes) != 1 or any(m.code in NON_STATE_CODES for _, m in mentions):
        return []
    return [m for _, m in mentions if m.code in codes][:1]


# Participles of what news stirs in others: "alarming Russia", "angering Beijing".
_STIRRING = {"alarm", "alarming", "worry", "worrying", "anger", "angering", "concern", "concerning", "upset",
             "upsetting", "frighten", "frightening", "unsettle", "unsettling", "infuriate", "infuriating",
             "outrage", "outraging", "dismay", "dismaying", "prompt", "prompting"}


def _only_stirred(mention) -> bool:
    """"The fighting involved tanks and drones, alarming Russia": whom the
    news alarmed or angered (the tagger may make the participle an
    adjective on the name) is no one the act was aimed at."""
    if any(c.dep_ == "amod" and c.lower_ in _STIRRING and c.i < mention.i for c in mention.children):
        return True
    if mention.dep_ == "dobj" and mention.head.tag_ == "VBG" and mention.head.lemma_.lower() in _STIRRING:
        return True
    return _whose_reaction_it_drew(mention)


# Participles that say what an act drew from others: "began a joint
# exercise, drawing a warning from China", "prompting protests from Iran".
_DRAWING = {"draw", "prompt", "spark", "provoke", "trigger", "elicit", "earn", "attract", "invite"}


def _whose_reaction_it_drew(mention) -> bool:
    """The mention is whom a participle of the act says reacted ("drawing a
    warning from China"): no party it was aimed at."""
    if mention.dep_ != "pobj" or mention.head.lower_ != "from":
        return False
    reaction = mention.head.head
    verb = reaction.head if reaction.dep_ == "dobj" else None
    return verb is not None and verb.tag_ == "VBG" and verb.lemma_.lower() in _DRAWING


def _agentless_passive(trigger) -> bool:
    """A passive participle with no "by" agent: "was shot", "students killed";
    also a nominal act that is the passive subject of such a verb ("charges
    would be filed against him")."""
    if trigger.pos_ == "NOUN":
        return trigger.dep_ == "nsubjpass" and not any(c.dep_ == "agent" for c in trigger.head.children)
    if _reduced_passive(trigger) or inverted_passive_patients(trigger):
        return True
    if _passive_conjunct(trigger) and not any(c.dep_ == "agent" for c in trigger.children):
        return True
    if trigger.tag_ != "VBN" or any(c.dep_ == "agent" for c in trigger.children):
        return False
    return trigger.dep_ == "acl" or any(c.dep_ in ("auxpass", *_PASSIVE_SUBJECT_DEPS) for c in trigger.children) \
        or _passive_conjunct(trigger) or _controlled_passive(trigger) \
        or (trigger.dep_ in ("xcomp", "oprd", "ccomp") and trigger.head.lemma_.lower() == "find")  # "found shot"


def _governing_subjects(trigger) -> set[int]:
    """Token ids of the subjects (and their conjuncts and phrase heads) of
    the trigger's clause and the clauses above it, up to a relative clause
    ("Yida is home to refugees, many of whom fled bombing": not Yida)."""
    out: set[int] = set()
    current = trigger
    for _ in range(6):
        for child in current.children:
            if child.dep_ in _SUBJECT_DEPS:
                out.update(_phrase_without_clauses(child))
        if current.head.i == current.i or current.dep_ == "relcl":
            break
        current = current.head
    return out


def _own_patient_phrase(trigger) -> set[int]:
    """Token ids of whom a verb names as undergoing the act: its object or
    passive subject; none when it names no one. (A noun's "of" object is
    as often where it happened: "the bombing of Aleppo killed dozens"; its
    "against" object is whom it was done to: "the charges against Snell".)"""
    if trigger.pos_ == "NOUN":
        heads = _prep_objects(trigger, ("against",))
        if trigger.dep_ == "pobj" and trigger.head.dep_ == "agent":
            # "after it was hit by Israeli missiles": what the verb's agent hit
            heads += [c for c in trigger.head.head.children if c.dep_ in _PASSIVE_SUBJECT_DEPS]
        heads += _struck(_frame(trigger))
    elif trigger.pos_ in ("VERB", "AUX"):
        # (Not what it fires: "fired tear gas to disperse a crowd" names no
        # one who underwent it in its object.)
        heads = _passive_patients(trigger) or [c for c in trigger.children if c.dep_ in ("dobj", "dative")
                                               and not _weapon(trigger, c)]
    else:
        return set()
    out: set[int] = set()
    for head in heads:
        out |= _phrase_without_clauses(head)
    return out


def _participle_adjunct(token, phrase: set[int]) -> bool:
    """The token hangs on a passive participle inside the phrase other than
    by its agent ("the accord adopted after talks among diplomats"), so it
    says when or how, not who ("the plan presented by the US" still is)."""
    current = token
    while current.head.i != current.i and current.head.i in phrase:
        if current.head.dep_ == "acl" and current.head.tag_ == "VBN":
            return current.dep_ != "agent"
        current = current.head
    return False


def _own_subject_phrase(trigger) -> set[int]:
    """Token ids of the trigger's own subject phrase (a relative pronoun
    stands for the noun its clause describes), or none for a noun or a verb
    with no subject of its own."""
    if trigger.pos_ not in ("VERB", "AUX"):
        return set()
    out: set[int] = set()
    for subject in _subjects(trigger):  # its own, or the one it shares ("X pledged to support Y")
        out |= _phrase_without_clauses(_relative_antecedent(subject.head, subject))
    return out - _kin_of(trigger.doc, out) - _around_an_act(trigger.doc, out)


# Nouns for a violent act as the subject of what it did ("the bombing of UN
# schools … killed more than 50 people", "Truck attack in France kills 80").
_ACTS_AS_SUBJECTS = {"attack", "bombing", "shelling", "shooting", "airstrike", "strike", "raid", "assault",
                     "explosion", "blast", "ambush", "offensive", "bombardment"}


def _around_an_act(doc, phrase: set[int]) -> set[int]:
    """Token ids of what a violent act noun in a phrase was done to ("of UN
    schools used as refugee centres", "the embassy bombing") and where ("in
    France"): neither did it."""
    out: set[int] = set()
    for i in phrase:
        token = doc[i]
        if token.lemma_.lower() not in _ACTS_AS_SUBJECTS:
            continue
        for prep in token.children:
            if prep.dep_ == "prep" and prep.lower_ in ("of", "in", "at", "on", "near", "inside", "outside"):
                out.update(t.i for t in prep.subtree)
            # (the building it hit, and the act as a mention coded by it: "the British Embassy bombing")
            if prep.dep_ == "compound" and prep.lemma_.lower() in BUILDING_NOUNS:
                out.update([i, *(t.i for t in prep.subtree)])
            # (what the target was "being used as", parsed on the act noun)
            if prep.dep_ == "acl":
                out.update(t.i for c in prep.children if c.dep_ == "prep" and c.lower_ == "as" for t in c.subtree)
    return out


_ACCUSING = {"accuse", "blame", "charge"}


def _in_what_they_are_accused_of(token, trigger) -> bool:
    """The token lies inside what an accusation says its object did
    ("accused the paramilitary group of systematic crimes against
    civilians"), which names no one it accuses."""
    accused = [c for c in trigger.children if c.dep_ == "dobj"]
    if trigger.lemma_.lower() not in _ACCUSING or not accused:
        return False
    # (the parse may hang the "of" on the accused: "accused [the group of crimes]")
    holders = {trigger.i} | {a.i for a in accused}
    for ancestor in token.ancestors:
        if ancestor.i == trigger.i:
            return False
        if ancestor.dep_ == "prep" and ancestor.lower_ == "of" and ancestor.head.i in holders:
            return True
    return False


_CONDEMNING = {"condemn", "denounce", "criticize", "criticise", "deplore", "decry"}


def _victims_of_what_is_condemned(token, trigger) -> bool:
    """The token is whom a condemned act was done to ("condemned the use
    of force against peaceful protesters"): its victims, not whom the
    condemnation is aimed at."""
    condemned = [c for c in trigger.children if c.dep_ == "dobj"]
    if trigger.lemma_.lower() not in _CONDEMNING or not condemned:
        return False
    inside = {t.i for c in condemned for t in c.subtree}
    return any(a.dep_ == "prep" and a.lower_ in ("against", "on") and a.i in inside for a in token.ancestors)


# Nouns of acting together: "in coordination with", "in cooperation with".
_TOGETHER = {"coordination", "cooperation", "conjunction", "partnership", "consultation", "collaboration"}


def _acted_with(token) -> bool:
    """The party is whom the act was done together with ("carried out two
    air strikes in coordination with the Federal Government of Somalia"),
    or its name's last word is (the government of Somalia)."""
    for _ in range(3):
        if token.dep_ == "pobj" and token.head.lower_ == "with":
            return token.head.head.lemma_.lower() in _TOGETHER
        if token.dep_ != "pobj" or token.head.lower_ != "of":
            return False
        token = token.head.head
    return False


def _kin_of(doc, phrase: set[int]) -> set[int]:
    """Token ids of the "of" complements of kin nouns in a phrase: "the
    ex-wife of Alan Grayson blames …" is not Grayson's act."""
    out: set[int] = set()
    for i in phrase:
        token = doc[i]
        if token.lower_ in KIN_NOUNS or token.lemma_.lower() in KIN_NOUNS:
            for prep in token.children:
                if prep.dep_ == "prep" and prep.lower_ == "of":
                    out.update(t.i for t in prep.subtree)
    return out


def _overlaps(actor: Actor, others: list[Actor]) -> bool:
    """Spans that share text ("the minister, Sergei Lavrov" and "the minister")."""
    return any(actor.start < o.end and o.start < actor.end for o in others)


def _sentence_mentions(document: Document, trigger) -> list[tuple[int, Actor]]:
    reporters = _reporter_tokens(trigger)
    out = []
    for token in trigger.sent:
        actor = actor_at(document, token)
        if actor is None or not actor.code or token.i == trigger.i or token.i in reporters:
            continue
        if token.dep_ == "compound" and token.head.lemma_.lower() in _NAMED_THINGS:
            continue  # "the Paris agreement", "the Minsk accords": a name, not a party
        if _names_a_stretch(token):
            continue  # "a checkpoint on the Gusau-Sokoto road": where, not who
        if names_an_origin(token):
            continue  # "a judge whose parents came from Peru": neither a party nor where it happened
        if token.dep_ == "poss" and token.head.lemma_.lower() in KIN_NOUNS:
            continue  # "he gunned down his girlfriend": the party is she, not "his"
        if owns_others(token):
            continue  # "Poland's allies voiced support": other states, not Poland
        if _acted_with(token):
            continue  # "strikes in coordination with the Federal Government": a partner, no target
        if token.dep_ == "poss" and _where_a_record_was_set(document, token.head, token):
            continue  # "blamed for Somalia's deadliest attack": where, not who
        if _shown_on_an_emblem(token):
            continue  # "waving posters of the boy": shown, not taking part
        if _inside_a_named_body(document, token):
            continue  # "a camp at the University of California": the university, not the state
        if _said_to_be_the_act(token, trigger):
            continue  # "the attack was part of a campaign": what the act is, not who took part
        if _a_medium(token):
            continue  # "said on the Telegram messaging app": where it was said, not who
        if _in_the_deed_charged(token, trigger):
            continue  # "convicted of shooting Carlos Benavides": the victim of the crime, no party to the verdict
        if _beside_them(token):
            continue  # "Fano fought alongside federal forces": an ally, neither side's foe
        if only_a_backer(token):
            continue  # "accused Iran-aligned armed factions": the backer, not the accused
        out.append((token.i, actor))
    return out


def backs_them(document: Document, place) -> bool:
    """The place only opens "X-aligned", "X-backed": no target of the act."""
    head = head_token(document.spacy_doc, place)
    return head is not None and only_a_backer(head)


def _beside_them(token) -> bool:
    """Named inside an "alongside" phrase: "fought alongside federal
    forces", "standing alongside a labor leader and activist Ana Ruiz, who
    co-founded a union": who stands by the parties (and what their own
    words name), not a party."""
    return any(t.dep_ == "pobj" and t.head.lower_ == "alongside" for t in (token, *token.ancestors))


# Where words are said or posted: "on the Telegram messaging app", "via its website".
_MEDIA = {"app", "platform", "channel", "account", "website", "site", "page", "feed", "network", "service"}


def _a_medium(token) -> bool:
    """The token names where someone spoke ("said on the Telegram messaging
    app", "wrote on X", "posted via Facebook"), no party to what was said."""
    head = _through_compounds(token)
    if head.dep_ != "pobj" or head.head.lower_ not in ("on", "via"):
        return False
    verb = head.head.head.lemma_.lower()
    return head.lemma_.lower() in _MEDIA or (head is token and verb in SPEECH_VERBS) \
        or verb in ("post", "write", "tweet")


def _through_compounds(token):
    """The head of the name a word is the front of ("Telegram" in "the
    Telegram messaging app": "app")."""
    head = token
    while head.dep_ == "compound" and head.head.i != head.i:
        head = head.head
    return head


def _locative_preposition(token):
    """The preposition of place the token's name hangs on ("a bomb in Cali":
    "in"), else None."""
    head = _through_compounds(token)
    return head.head if head.dep_ == "pobj" and head.head.lower_ in _LOCATIVE else None


def _only_where(document: Document, token) -> bool:
    """The token is a place's name after a preposition of place ("a bomb in
    Cali", "clashes near Kharkiv"): where something is, not who did it."""
    if token.dep_ == "conj" and token.head.dep_ == "pobj":
        token = token.head  # ("Bus operators in Lima and neighboring Callao": the second place too)
    return token.dep_ in ("pobj", "compound") and any(p.start <= token.idx < p.end for p in document.places) \
        and _locative_preposition(token) is not None


def _where_a_thing_is(token) -> bool:
    """"two car bombs outside the education ministry killed 100": a body
    named after a preposition of place on a noun says where the weapon
    was, not whose it was."""
    preposition = _locative_preposition(token)
    return preposition is not None and preposition.head.pos_ in ("NOUN", "PROPN")


def _in_the_deed_charged(token, trigger) -> bool:
    """The token lies inside the deed an act of the courts or police names
    ("was convicted in 2008 of fatally shooting Carlos Benavides", "arrested
    for stabbing a guard"): a gerund under "of"/"for" on the act, or on a
    date hung on it."""
    if trigger.lemma_.lower() not in _ACCUSED_OF:
        return False
    for ancestor in token.ancestors:
        if ancestor.i == trigger.i:
            return False
        if ancestor.tag_ == "VBG" and ancestor.dep_ == "pcomp" and ancestor.head.lower_ in ("of", "for"):
            holder = ancestor.head.head
            # (the parse may hang the reason on a place before it: "arrested
            # at a roadblock on suspicion of supplying food to the attackers")
            return holder.i == trigger.i or (holder.dep_ == "pobj" and holder.head.head.i == trigger.i) \
                or (holder.lemma_.lower() in _REASONS_HELD and any(a.i == trigger.i for a in holder.ancestors))
    return False


# Nouns that give the deed a suspect is held for.
_REASONS_HELD = {"suspicion", "charge", "allegation", "accusation"}


def _names_a_stretch(token) -> bool:
    """The token is a place's name that names a road, a border or a line
    ("the Gusau-Sokoto road", "the Kabul-Jalalabad highway")."""
    head = token
    for _ in range(3):
        if head.dep_ not in ("compound", "nmod"):
            break
        head = head.head
    return head.i != token.i and head.lemma_.lower() in _STRETCHES - {"town", "village", "city", "area", "region"}


_DOERS_WORK = {"work", "handiwork"}


def _said_to_be_the_act(token, trigger) -> bool:
    """The token is inside what a copula says the trigger's act is ("the
    attack was part of a campaign to cut supplies to the army")."""
    verb = trigger.head
    if trigger.dep_ in ("nsubj", "nsubjpass") and _as_part_of(token, verb):
        return True  # ("the investigation began in 2019 as part of a Federal Police operation")
    if trigger.dep_ not in ("nsubj", "nsubjpass") or verb.lemma_.lower() != "be":
        return False
    predicate = next((c for c in verb.children if c.dep_ in ("attr", "acomp")), None)
    if predicate is None or token.i < predicate.i:
        return False
    path = token
    while path.i != predicate.i and path.head.i != path.i:
        if path.dep_ == "pobj" and path.head.lower_ == "by" or path.head.lemma_.lower() in _DOERS_WORK:
            return False  # "part of an offensive by the army", "the work of a militia": the doer
        path = path.head
    return path.i == predicate.i


def _as_part_of(token, verb) -> bool:
    """The token is inside an "as part of …" phrase on the verb."""
    return any(a.lemma_.lower() == "part" and a.dep_ == "pobj" and a.head.lower_ == "as" and a.head.head.i == verb.i
               for a in (token, *token.ancestors))


def _inside_a_named_body(document: Document, token) -> bool:
    """The token is a word inside an organisation's name whose head is a
    party of its own ("the University of California")."""
    if token.ent_type_ != "ORG" or token.ent_iob_ == "B":
        return False
    body = next((ent for ent in token.sent.ents if ent.start <= token.i < ent.end), None)
    return body is not None and body.root.i != token.i and actor_at(document, body.root) is not None


def _shown_on_an_emblem(token) -> bool:
    """The token names what a flag, a poster or a portrait shows ("posters
    of the boy", "waving Georgian and EU flags")."""
    while token.dep_ == "conj" and token.head.i != token.i:
        token = token.head  # "posters of the boy and Jesus"
    if token.dep_ in ("compound", "amod", "nmod") and token.head.lemma_.lower() in EMBLEMS:
        return True
    if any(c.i > token.i and c.lemma_.lower() in EMBLEMS for c in token.conjuncts):
        return True  # ("waving Moldovan and EU flags" parsed as "Moldovan" and "EU flags")
    return token.dep_ == "pobj" and token.head.lower_ == "of" and token.head.head.lemma_.lower() in EMBLEMS


def _reporter_tokens(trigger) -> set[int]:
    """Tokens naming who reports ("…, Thai military sources said", "according
    to the US government"): sources of the claim, not participants."""
    out: set[int] = set()
    for token in trigger.sent:
        if token.i == trigger.i:
            continue
        lemma = token.lemma_.lower()
        if (lemma in SPEECH_VERBS or lemma in _RECORDING_VERBS) and token.pos_ in ("VERB", "AUX"):
            # Also who saw, described or confirmed it ("witnesses described a
            # series of blasts"), and whom it was told to ("told police a man
            # shot her").
            deps = _SUBJECT_DEPS + (("dobj", "dative") if lemma == "tell" else ())
            for child in token.children:
                if child.dep_ in deps and trigger not in list(child.subtree):
                    out.update(t.i for t in child.subtree)
            if token.dep_ == "acl" and token.tag_ == "VBG" and trigger not in list(token.head.subtree):
                # "with witnesses telling of wave after wave of strikes": who reports
                out.update(t.i for t in token.head.subtree if t.i < token.i)
        elif token.lower_ == "according":
            out.update(t.i for t in token.subtree)
        elif token.lower_ == "to" and trigger not in list(token.subtree) \
                and any(c.dep_ == "pobj" and c.lemma_.lower() in _THE_PRESS for c in token.children):
            out.update(t.i for t in token.subtree)  # ("in a statement sent to reporters": whom it was told to)
    out.update(_headline_source(trigger))
    return out


# The press a statement is told or sent to.
_THE_PRESS = {"reporter", "journalist", "media", "press", "newsroom", "correspondent"}


def _headline_source(trigger) -> set[int]:
    """"Iraqi Officials: Car Bomb Kills 20": what opens a sentence before a
    colon the trigger follows is who says it (within its first six words)."""
    sent = trigger.sent
    colon = next((t for t in sent[:7] if t.text == ":" and t.i < trigger.i), None)
    return set(range(sent.start, colon.i)) if colon is not None else set()


def _doer_words(trigger, undergone: Optional[list[Actor]] = None) -> bool:
    """Words of the act's own that stand for whoever did it: a verb's
    subject other than the weapon or the violence itself ("he shot",
    not "a car bomb exploded", nor a passive's "was killed"); a noun's
    owner or naming modifier ("his attack", "a police shootout"). Not a
    subject the roles found undergoing it (`undergone`: "the Marine
    killed last month", a reduced passive spaCy reads as active)."""
    if trigger.pos_ in ("VERB", "AUX"):
        # (The subject of a passive with no "be", "eight of them injured", underwent it.)
        doers = ("agent",) if _reduced_passive(trigger) else ("nsubj", "csubj", "agent")
        # (nor a weapon of war: "a drone struck an outpost in Jordan")
        return any(c.dep_ in doers and c.lemma_.lower() not in MEANS_OF_VIOLENCE and c.lemma_.lower() not in _WAR_MEANS
                   and not any(r.start <= c.idx < r.end for r in undergone or []) for c in trigger.children)
    return any(((c.dep_ in ("poss", "compound", "nmod") and c.pos_ in ("PROPN", "NOUN", "PRON"))
                or (c.dep_ == "amod" and c.ent_type_ == "NORP"))
               and c.ent_type_ not in _NOT_DOERS and c.lemma_.lower() not in _KINDS_OF_BOMB | BUILDING_NOUNS
               for c in trigger.children)


# Words that say what kind of bomb or attack it was, not whose: "a car bomb",
# "a roadside bomb", "a suicide bombing", "a rocket attack" (a headline's
# capitals make them proper nouns: "Car Bomb Kills 20").
_KINDS_OF_BOMB = MEANS_OF_VIOLENCE | {"car", "truck", "roadside", "suicide", "pipe", "nail", "letter", "parcel",
                                      "barrel", "cluster", "van", "motorcycle", "bicycle", "air", "drone"}


def _weapons_of_war(trigger) -> bool:
    """The act's sentence tells of bombs, shells or strikes from the air."""
    return any(t.lemma_.lower() in _WAR_MEANS for t in trigger.sent)


def _soldiers_of_another_country(document: Document, recipients: list[Actor], place: Actor) -> bool:
    """Who underwent the act are soldiers of a country other than where it happened."""
    where = _where_code(document, place)
    soldiers = [r for r in recipients if r.code and "MIL" in r.sector]
    return bool(soldiers) and where is not None and all(r.code != where for r in soldiers)


_WAR_MEANS = {"bomb", "bombing", "bombardment", "explosive", "explosion", "blast", "missile", "rocket", "shell",
              "shelling", "grenade", "mortar", "artillery", "airstrike", "warplane", "drone", "ied"}
# Places and times are no doers: "the Orlando shooting", "Sunday's bombing".
_NOT_DOERS = {"GPE", "LOC", "FAC", "DATE", "TIME", "ORDINAL", "CARDINAL"}


# Things someone put forward, and the verb that puts each forward: "Trump
# proposed a ban … The proposal drew criticism" (the proposal is Trump's).
# What a government decides and does, named again as "the decision" or "the move".
_DECIDED = ("decide", "approve", "order", "vote", "suspend", "ban", "expel", "revoke", "halt", "close", "shut",
            "withdraw", "cancel", "recall", "block", "lift", "ease", "impose", "agree")
# What a court does, named again as "the ruling" or "the verdict".
_RULED = ("rule", "convict", "sentence", "acquit", "uphold", "overturn", "order", "find", "block", "jail")
_PUT_FORWARD = {"proposal": ("propose",), "plan": ("plan",), "decision": _DECIDED, "move": _DECIDED, "step": _DECIDED,
                "remark": ("remark", "say"),
                "comment": ("comment", "say"), "statement": ("state",), "announcement": ("announce",),
                "suggestion": ("suggest",),
                # and demands made: "Beijing rejected the demand" is aimed at who demanded
                "demand": ("demand", "call", "urge", "ask", "request"), "request": ("request", "ask"),
                "ultimatum": ("issue", "give", "deliver", "set"),
                # and acts done, whose doer a verdict on "the raid" is aimed at
                "raid": ("raid", "storm", "force"), "attack": ("attack", "ambush", "raid", "storm", "bomb", "shell"), "strike": ("strike",), "airstrike": ("strike",),
                "shelling": ("shell",), "bombing": ("bomb",), "invasion": ("invade",), "killing": ("kill",),
                "execution": ("execute",), "arrest": ("arrest", "detain"), "detention": ("detain", "arrest"),
                "expulsion": ("expel",), "deportation": ("deport",), "interception": ("intercept",),
                "seizure": ("seize",), "hijacking": ("hijack",), "kidnapping": ("kidnap", "abduct"),
                "abduction": ("abduct", "kidnap"), "charge": ("charge", "indict"), "indictment": ("indict",),
                "ruling": _RULED, "verdict": _RULED, "sentence": ("sentence",), "ban": ("ban",), "sanction": ("impose", "announce"),
                "tariff": ("impose", "announce"), "embargo": ("impose",),
                "measure": ("impose", "announce", "adopt"),
                # and visits paid: "criticised the visit" is aimed at the visitor
                "visit": ("visit",), "trip": ("visit",),
                # and accords struck: "welcomed the agreement" is aimed at who agreed
                "agreement": ("agree", "sign", "reach"), "accord": ("agree", "sign", "reach"),
                "deal": ("agree", "sign", "reach", "strike"), "pact": ("agree", "sign", "reach"),
                "treaty": ("sign", "ratify"),
                # weapons fired in a test: "condemned the launch" is aimed at who fired it
                "launch": ("launch", "fire"), "test": ("test", "fire", "launch"),
                "provocation": ("launch", "fire", "test", "conduct", "stage", "send", "fly"),
                # power seized: "condemned the takeover" is aimed at who took control
                "takeover": ("take", "seize"), "coup": ("stage", "seize", "take", "launch"),
                # and operations mounted: "China began drills around the island ... Taipei condemned the drills"
                "ambush": ("ambush",), "massacre": ("massacre", "kill"), "murder": ("murder", "kill"),
                "exercise": ("hold", "conduct", "stage", "launch", "begin", "start"),
                "drill": ("hold", "conduct", "stage", "launch", "begin", "start"),
                "operation": ("launch", "conduct", "mount", "carry", "raid", "storm", "attack", "strike"),
                "offensive": ("launch", "mount", "begin")}
# What a verdict's noun is about: "support for", "criticism of", "opposition to".
_ABOUT = {"for", "of", "to", "against"}
# Words that point back at a thing told before: "the move", "this provocation".
_POINTING = {"the", "this", "that", "these", "those"}
# Verbs by which a thing receives a reaction: "the proposal drew criticism".
_RECEIVING_VERBS = {"draw", "attract", "receive", "face", "prompt", "spark", "meet"}
# How many sentences back the author of "the proposal" is looked for.
_AUTHOR_LOOKBACK = 4


def author_of_what_it_is_about(document: Document, trigger) -> list[Actor]:
    """"Rivals criticized the proposal", "the proposal drew criticism": a
    definite thing put forward, with no owner in the sentence, is the
    author's whom an earlier sentence says put it forward ("Trump proposed a
    ban", "Trump's proposal"); the author is the act's recipient. Else none."""
    thing = _thing_reacted_to(trigger)
    if thing is None:
        return []
    verbs = _PUT_FORWARD[thing.lemma_.lower()]
    doc = thing.doc
    # (Not a stray closing quote the parser split off as a sentence of its own.)
    sentences = [s for s in doc.sents if s.end <= thing.sent.start and any(t.is_alpha for t in s)][-_AUTHOR_LOOKBACK:]
    for sentence in reversed(sentences):
        for token in reversed(list(sentence)):
            if token.lemma_.lower() == thing.lemma_.lower() and token.pos_ == "NOUN":
                owners = [c for c in token.children if c.dep_ == "poss"] or _who_did_it(document, token)
            elif _war_acts_alike(thing, token) or _accords_alike(thing, token):
                # "Israeli airstrikes hit sites near Damascus … condemned the
                # attack": the strikes named by their side are the attack;
                # "rebels killed two soldiers in an ambush", "Israel carried
                # out an air strike", "Kenya and Ethiopia signed an agreement
                # … criticized the deal": its doers
                owners = [token, *_doers_of_what_it_was_done_in(document, token), *_who_did_it(document, token)]
            elif token.pos_ == "VERB" and token.lemma_.lower() in verbs:
                # (all who did it: "Saudi Arabia and Iran agreed"; also past a
                # dateline the parse made the subject: "DOHA — Israel and Hamas agreed")
                owners = [s for c in _past_the_dateline(document, [c for c in token.children if c.dep_ == "nsubj"])
                          for s in (c, *c.conjuncts)]
            else:
                continue
            authors = []
            for author in (actor_at(document, o) for o in owners):
                if author is not None and author.code and author not in authors:
                    authors.append(author)
            if authors:
                return authors
    return []


# Nouns of one attack: "the attack" after "airstrikes hit", "the raid".
_ACTS_OF_WAR = {"attack", "strike", "airstrike", "raid", "bombing", "bombardment", "shelling", "assault", "ambush"}


def _doers_of_what_it_was_done_in(document: Document, act) -> list:
    """"killed two soldiers in an ambush": the subjects of the verb the act
    is told as the way of (none where the act is no "in" phrase's)."""
    preposition = act.head
    if act.dep_ != "pobj" or preposition.lower_ != "in" or preposition.head.pos_ != "VERB":
        return []
    return _past_the_dateline(document, [c for c in preposition.head.children if c.dep_ == "nsubj"])


def _war_acts_alike(thing, token) -> bool:
    return token.pos_ == "NOUN" and thing.lemma_.lower() in _ACTS_OF_WAR and token.lemma_.lower() in _ACTS_OF_WAR


# Nouns of one accord ("the deal" after "signed an agreement") and of one
# plan ("the plan" after "agreed to a pilot scheme").
_ACCORDS = {"agreement", "accord", "deal", "pact", "treaty"}
_PLANS = {"plan", "scheme", "proposal", "programme", "program", "initiative"}


def _accords_alike(thing, token) -> bool:
    if token.pos_ != "NOUN":
        return False
    # (and a plan may be an accord told before: "Italy and Albania signed an
    # agreement … rights groups criticised the plan"; not the other way round)
    return any(thing.lemma_.lower() in kind and token.lemma_.lower() in kind for kind in (_ACCORDS, _PLANS)) \
        or (thing.lemma_.lower() in _PLANS and token.lemma_.lower() in _ACCORDS)


# Verbs by which a party does an act or makes an accord or a plan its own.
_DOING_VERBS = {"carry", "launch", "conduct", "mount", "stage", "perform", "execute", "commit", "sign", "reach",
                "strike", "seal", "conclude", "agree", "make", "announce", "approve", "adopt", "unveil", "propose",
                "order", "impose", "introduce", "present", "draft", "negotiate", "broker"}


def _who_did_it(document: Document, act) -> list:
    """"Israel carried out an air strike", "Kenya and Ethiopia signed an
    agreement", "Britain and France agreed to a pilot scheme": the subjects
    of the verb that did the act, made it or agreed to it."""
    verb = act.head.head if act.dep_ == "pobj" and act.head.dep_ == "prep" else act.head
    if act.dep_ not in ("dobj", "pobj") or verb.pos_ != "VERB" or verb.lemma_.lower() not in _DOING_VERBS:
        return []  # (not "a militant group condemned the bombing": it did not carry it out)
    subjects = _past_the_dateline(document, [c for c in verb.children if c.dep_ == "nsubj"])
    return [s for subject in subjects for s in (subject, *subject.conjuncts)]


def _thing_reacted_to(trigger):
    """The definite, unowned thing put forward that the act is aimed at: the
    verb's object ("criticized the proposal"), or the subject of the verb by
    which it receives the act ("the proposal drew criticism"). Else None."""
    things = [c for c in trigger.children if c.dep_ == "dobj"]
    if trigger.pos_ == "NOUN" and trigger.dep_ == "dobj" and trigger.head.lemma_.lower() in _RECEIVING_VERBS:
        things += [c for c in trigger.head.children if c.dep_ in ("nsubj", "nsubjpass")]
    if trigger.pos_ == "NOUN":
        # ("expressed support for the decision", "condemnation of the launch")
        things += [g for p in trigger.children if p.dep_ == "prep" and p.lower_ in _ABOUT
                   for g in p.children if g.dep_ == "pobj"]
    for thing in things:
        # (A verdict on it hung on it is no modifier: "condemned the decision as a violation of law";
        # nor is where the verdict was given: "criticised the comment in an editorial".)
        if thing.lemma_.lower() in _PUT_FORWARD and any(c.dep_ == "det" and c.lower_ in _POINTING
                                                        for c in thing.children) \
                and not any(c.dep_ in ("poss", "compound", "amod", "prep", "relcl", "acl")
                            and not (c.dep_ == "prep" and c.lower_ in ("as", "in"))
                            and not _set_off(c) for c in thing.children):
            return thing
    return None


def _set_off(clause) -> bool:
    """A relative clause after a comma only comments on what was named
    ("this provocation, which violates UN resolutions"); it does not say
    which one."""
    first = clause.left_edge
    return clause.dep_ == "relcl" and first.i > 0 and first.doc[first.i - 1].text == ","
