"""Actors and recipients of a verbal trigger: its subject, object and target preposition.

Entry point: `_verbal_arguments(document, verb, trigger)` (called by
`find_roles`).
"""

from __future__ import annotations

from ...actors import KIN_NOUNS, RECORDS_OF_PEOPLE
from ...document import Actor, Document
from ..lexicon import MEANS_OF_VIOLENCE, Trigger
from .parties import _VIOLENT_TYPES, _authority_behind, _coded, _coded_inside, _happening, _owned_places, _same
from .subjects import _passive_patients, _pictured, _subjects
from .syntax import _prep_objects, _relative_antecedent, _singular_clause
from .where import _country_where, _in_subtree, _where_it_stands, a_place_after_its_kind, names_a_building

_OBJECT_DEPS = ("dobj", "dative", "attr", "oprd")


def _verbal_arguments(document: Document, verb, trigger: Trigger) -> tuple[list[Actor], list[Actor]]:
    children = list(verb.children)
    patients = _passive_patients(verb) or _passive_by_its_conjunct(verb) or _subject_of_a_bare_passive(verb)
    # (A passive whose subject the parser hung elsewhere still names its
    # doer: "In addition to Ruiz, two clerks were wounded by a gunman".)
    if patients or _agent_of_a_passive(verb):
        actors = _coded(document, _agents(verb))
        # ("the Gaza school bombed by Israel": a building or thing undergone
        # stands for the country it is of, or the place it is in; else for
        # whom its words name: "his rhetoric was condemned" condemned him.)
        recipients = _coded(document, patients) or _owned_places(document, patients) \
            or _where_it_stands(document, patients, verb) or _coded(document, _owners_named_on(patients))
        recipients = _before_a_singular_clause(verb, recipients)
    elif shown := _pictured(verb):
        # "Video of Zurana Horton shot dead in a gang shooting":
        # a headline about a picture of the victim.
        actors, recipients = [], _coded(document, shown)
    elif misread := _misread_agents(verb):
        # "Brooklyn Teen Killed By Police": a headline's passive read as an
        # active verb with a "by" phrase; who it names did it.
        actors, recipients = _coded(document, misread), []
    else:
        # (Not violence named by the building it hit: "the embassy bombing killed four".)
        subjects = [s for s in _subjects(verb) if not (s.lemma_.lower() in MEANS_OF_VIOLENCE and names_a_building(s))
                    and not a_place_after_its_kind(s)]
        actors = _before_a_singular_clause(verb, _coded(document, [_relative_antecedent(verb, s) for s in subjects])) \
            or _unnamed_bodies(document, verb, subjects)
        # (Not a happening: "investigate the teen's shooting death" is not aimed at the teen.)
        sending = sent_somewhere(verb, trigger)
        objects = [] if sending else \
            [c for c in children if (c.dep_ in _OBJECT_DEPS or c.lower_ == "whom") and not _weapon(verb, c)
             and not _happening(c) and not _misparsed_apposition(verb, c)]
        if any(c.dep_ == "dobj" for c in objects):
            # "called him a liar": what the object is called describes it, no second party
            objects = [c for c in objects if c.dep_ != "oprd"]
        recipients = _coded(document, [_relative_antecedent(verb, c, _OBJECT_PRONOUNS) for c in objects])
        if subjects and subjects[0].head.i != verb.i and any(a.name and _same(a, recipients) for a in actors) \
                and _names_a_person(document, subjects[0]):
            # "Clinton said Trump is responsible and accused him of inciting
            # violence", parsed with "accused" joined to "is": a person does
            # not act on herself; the clause above names who did. (Troops
            # firing on a soldier of their country are not the same party:
            # "Thai and Cambodian troops exchanged fire, killing a Thai
            # soldier, Thailand's army said" was not done by the army that said it.)
            actors = _coded(document, _subjects(subjects[0].head.head)) if subjects[0].head.dep_ in (
                "ccomp", "xcomp") else []
        if not recipients and not sending:
            objects = [c for c in children if c.dep_ in _OBJECT_DEPS and not _weapon(verb, c)]
            authority = _authority_behind(document, objects) if trigger.event not in _VIOLENT_TYPES else None
            recipients = authority if authority is not None \
                else _coded_inside(document, objects) or _owned_places(document, objects)
    # "complained about the United States' backing Kosovo's independence",
    # "protested against China's treatment of ...": the owner of the target
    # is whom it is aimed at.
    # (With an object of its own, what the act is "for" is its reason:
    # "blaming others for his wounds".)
    has_object = any(c.dep_ == "dobj" for c in children)
    targets = _prep_objects(verb, tuple(t for t in trigger.targets if not (has_object and t in _REASONS)))
    # (Not a town's streets: "a sniper fired at officers on Lyon's busiest
    # square" aimed at the officers, in Lyon.)
    owners = [c for t in targets if not _happening(t) and t.lemma_.lower() not in _PARTS_OF_TOWNS
              for c in t.children if c.dep_ == "poss"]
    authority = _authority_behind(document, targets) if trigger.event not in _VIOLENT_TYPES else None
    recipients += _coded(document, owners) or (authority if authority is not None else (
        _coded(document, [t for t in targets if not _happening(t)]) or _coded_inside(document, targets))) \
        or _owned_places(document, targets)
    if not recipients:
        recipients = _coded(document, _whom_the_weapon_was_turned_on(verb))
    return actors, recipients


def _names_a_person(document: Document, token) -> bool:
    mention = document.mention_index.get(token.i)
    return mention is not None and mention.person


# Where in a town something happens; whose they are is the town's name.
_PARTS_OF_TOWNS = {"street", "boulevard", "avenue", "road", "square", "district", "neighbourhood", "neighborhood",
                   "suburb", "outskirts", "centre", "center", "downtown", "quarter"}


def _before_a_singular_clause(verb, parties: list[Actor]) -> list[Actor]:
    """"two men: Omar Sayed, who was charged with the raids, and Ali Qadir,
    who remains abroad": a singular relative clause's pronoun stands for the
    noun before it, not for the nouns joined to it after the clause."""
    if verb.dep_ != "relcl" or not _singular_clause(verb) \
            or not any(c.dep_ in ("nsubj", "nsubjpass") and c.tag_ in ("WP", "WDT") for c in verb.children):
        return parties
    return [p for p in parties if p.start < verb.idx]


def _owners_named_on(things: list) -> list:
    """Whose the uncoded things are, by the words on them: "his remarks",
    "the home of the mayor" (not an aside beside them: "a couple, neighbours
    of the mayor, was charged" did not charge the mayor; nor the kin or the
    records a possessive is set on)."""
    owners = []
    for thing in things:
        if thing.lemma_.lower() in KIN_NOUNS or thing.lemma_.lower() in RECORDS_OF_PEOPLE:
            continue
        owners += [c for c in thing.children if c.dep_ == "poss"] + _prep_objects(thing, ("of",))
    return owners


# Verbs that turn a weapon on someone before it is fired: "drew a pistol on
# two guards and fired it", "aimed a rifle at the officers and fired".
_DRAWING_VERBS = {"pull", "draw", "aim", "point", "turn", "level"}


def _whom_the_weapon_was_turned_on(verb) -> list:
    """Whom the verb this firing is joined to turned the weapon on."""
    if verb.lemma_.lower() not in _WEAPON_VERBS or verb.dep_ != "conj":
        return []
    drawing = verb.head
    if drawing.lemma_.lower() not in _DRAWING_VERBS or not any(
            c.dep_ == "dobj" and c.lemma_.lower() in _WEAPONS for c in drawing.children):
        return []
    return _prep_objects(drawing, ("on", "at"))


def sent_somewhere(verb, trigger: Trigger) -> bool:
    """A verb of giving or sending with a "to" phrase ("sent its soldiers to
    Darfur", "handed the prisoners over to Israel"): its object is what
    goes, and whom it goes to is after "to"."""
    return not trigger.nominal and "to" in trigger.targets and any(
        c.dep_ in ("prep", "dative") and c.lower_ == "to" for c in verb.children)


def what_is_sent(verb, trigger: Trigger, party: Actor) -> bool:
    """Whether the party's words are the object of a verb of sending with
    a "to" phrase (see `sent_somewhere`): "its soldiers" of "sent its
    soldiers to Darfur" are not whom it was sent to."""
    return bool(party.entity_text) and sent_somewhere(verb, trigger) and any(
        c.dep_ == "dobj" and _in_subtree(c, party) for c in verb.children)


def _subject_of_a_bare_passive(verb) -> list:
    """"Dozens were killed, many of them shot by police", parsed with "many"
    the subject of an active "shot": a bare participle with a "by" agent,
    no auxiliary and no object is a passive; its subject underwent it."""
    children = list(verb.children)
    if verb.tag_ != "VBN" or not any(c.dep_ == "agent" for c in children) \
            or any(c.dep_ in ("aux", "auxpass", "dobj") for c in children):
        return []
    return [c for c in children if c.dep_ == "nsubj"]


def _agent_of_a_passive(verb) -> bool:
    return any(c.dep_ == "auxpass" for c in verb.children) and any(c.dep_ == "agent" for c in _with_its_complement(verb))


# Subjects that stand for an authority no one names: "the city lifted a
# curfew", "the county agreed", "the audit also blames the Fiscal Court".
_UNNAMED_BODIES = {"city", "county", "town", "village", "municipality", "audit", "inquiry"}


def _unnamed_bodies(document: Document, verb, subjects: list) -> list[Actor]:
    """A local government ("the city") or an official inquiry ("the audit")
    that acts, coded as government of the one country of the sentence's
    places, else of the article's setting."""
    bodies = [s for s in subjects if _unnamed_body(s)]
    country = _country_where(document, verb) if bodies else None
    if country is None:
        return []
    start, end = bodies[0].left_edge.idx, bodies[0].idx + len(bodies[0].text)
    return [Actor(document.text[start:end], None, country, ["GOV"], start, end)]


def _unnamed_body(noun) -> bool:
    """"the city", "the audit" with nothing that names which (not "the old
    city of Aleppo"), or a headline's bare "Audit alleges …"."""
    if noun.lemma_.lower() not in _UNNAMED_BODIES or noun.tag_ != "NN":
        return False
    if noun.i == noun.sent.start:
        return True
    return any(c.dep_ == "det" and c.lower_ == "the" for c in noun.children) \
        and not any(c.dep_ in ("compound", "amod", "poss", "nummod") for c in noun.children)


def _misparsed_apposition(verb, obj) -> bool:
    """A second direct object set off by a comma ("convicted Dale Brin of
    murder in the death of his partner, 31-year-old Maya"): spaCy's reading of
    an apposition to the noun before the comma, not a second party."""
    first = obj.left_edge
    # (A conjunct that names no one is another misparse of the list the
    # apposition sits in: "his partner, Kira, and manslaughter over her
    # brother's".)
    if obj.dep_ != "dobj" or first.i == 0 or obj.doc[first.i - 1].text != "," \
            or any(c.dep_ == "conj" and (c.pos_ == "PROPN" or c.ent_type_) for c in obj.children):
        return False
    # (Not a list, "sent it to Congress, the Council and the State
    # Department": words come between the first object and the comma.)
    return any(c.dep_ == "dobj" and c.i < obj.i and c.right_edge.i + 1 < first.i - 1 for c in verb.children)


def _passive_by_its_conjunct(verb) -> list:
    """"the fourth man shot and killed by a … police officer", parsed
    with "shot" active and the person its subject: a bare participle joined
    to the verb, with a "by" agent, says both are passive; the subject
    underwent them. (Not "he shot at officers and was killed by police":
    that participle has its own "was".)"""
    children = list(verb.children)
    if verb.tag_ not in ("VBD", "VBN") or any(c.dep_ == "dobj" for c in children):
        return []
    if not any(c.dep_ == "conj" and c.tag_ == "VBN" and any(g.dep_ == "agent" for g in c.children)
               and not any(g.dep_ in ("auxpass", "aux", "nsubj") for g in c.children) for c in children):
        return []
    return [c for c in children if c.dep_ == "nsubj"]


def _misread_agents(verb) -> list:
    """The objects of a "by" on a past-tense verb with neither subject nor
    object: a passive the parser did not see."""
    children = list(verb.children)
    if verb.tag_ not in ("VBD", "VBN") or any(c.dep_ in ("nsubj", "nsubjpass", "dobj", "csubj") for c in children):
        return []
    return [g for c in children if c.dep_ == "prep" and c.lower_ == "by" for g in c.children if g.dep_ == "pobj"]


def _agents(verb) -> list:
    """A passive's "by" agents, or those of the participle it is joined to:
    "hundreds of people shot and killed by police" were shot by police too.
    (Not a joined clause's, with a subject of its own: "two worshippers
    were killed and the attacker was shot dead by police".)"""
    for participle in [verb] + [c for c in verb.children if c.dep_ == "conj" and c.tag_ == "VBN"] \
            + ([verb.head] if verb.dep_ == "conj" and verb.head.tag_ == "VBN" else []):
        if participle is not verb and _own_subject(participle) and _own_subject(verb):
            continue
        agents = [g for c in _with_its_complement(participle) if c.dep_ == "agent" for g in c.children
                  if g.dep_ == "pobj"]
        if agents:
            return agents
    return []


def _own_subject(verb) -> bool:
    return any(c.dep_ in ("nsubj", "nsubjpass") for c in verb.children)


def _with_its_complement(participle) -> list:
    """The participle's children and those of its "dead" ("was shot dead by
    Israeli troops": the parse may hang the agent on the adjective)."""
    children = list(participle.children)
    return children + [g for c in children if c.dep_ in ("oprd", "acomp") and c.lower_ == "dead" for g in c.children]


# The prepositions of a reason: "blamed X for Y", "criticised X over Y".
_REASONS = ("for", "over")

# What these verbs take as object is what is shot or thrown ("fired it",
# "launched them"): whom it is aimed at comes after "at" or "on".
_WEAPON_VERBS = {"fire", "launch", "lob", "hurl", "throw", "drop", "detonate"}

_WEAPONS = {"weapon", "gun", "handgun", "rifle", "pistol", "revolver", "shotgun", "shot", "round", "bullet",
            "missile", "rocket", "mortar", "shell", "grenade", "gas", "cannon", "firearm"}


def _weapon(verb, obj) -> bool:
    """What the verb fires ("fired it", "fired his weapon"), or its owner."""
    if verb.lemma_.lower() not in _WEAPON_VERBS:
        return False
    if obj.dep_ == "poss" and obj.head.head.i == verb.i and obj.head.dep_ == "dobj":
        obj = obj.head  # "fired his weapon": not him
    return obj.head.i == verb.i and obj.dep_ == "dobj" and (obj.lower_ in ("it", "them")
                                                            or obj.lemma_.lower() in _WEAPONS)


_OBJECT_PRONOUNS = {"whom", "who"}
