"""Actors and recipients of a nominal trigger ("the arrest of X", "Russia's attack on Y").

Entry points (called by `find_roles`): `_nominal_arguments(document, noun,
trigger)`; `_undergo_verb(noun)` and `_undergone_arguments(document, noun,
verb)` for nouns a verb says someone underwent ("drew criticism", "was the
subject of an investigation"). Also the tests of what a governing verb says
of who did the act (`_holds_no_doer`: reported, presided over, died in, a
topic), which the sentence fallbacks use as well.
"""

from __future__ import annotations

from ...actors import actor_at, load_knowledge, mention_at, owned_place
from ...document import Actor, Document
from ..lexicon import ACTS_OF_AN_AUTHORITY, AGENT_NOUNS, CHARGING_NOUNS, SPEECH_VERBS, TOPIC_PREPOSITIONS, Trigger
from .parties import _VIOLENT_TYPES, _coded, _coded_inside, _happening, _owned_places, _same
from .subjects import _ACCUSED_OF, _passive_patients, _subjects, _whom_it_judges, judged_for, names_a_party
from .syntax import (
    _PASSIVE_SUBJECT_DEPS,
    _RELATIVE_PRONOUNS,
    _SUBJECT_DEPS,
    _WHEN_PREPOSITIONS,
    _governing_verb,
    _prep_objects,
    _relative_antecedent,
    at_the_hands_of,
)
from .where import BUILDING_NOUNS, _where_it_stands, names_a_building

# Nominal acts whose owner undergoes them: "his arrest", "her conviction",
# "Khashoggi's killing" (unless an "of" phrase names who underwent it:
# "Russia's detention of the journalist").
_UNDERGONE_NOUNS = {"arrest", "detention", "capture", "abduction", "kidnapping", "killing", "murder",
                    "assassination", "execution", "extradition", "deportation", "conviction", "indictment",
                    "sentencing", "imprisonment", "jailing", "prosecution", "trial", "beating", "lynching",
                    # "the linebacker's shooting by an off-duty police officer"
                    "shooting", "stabbing"}


def _owner_undergoes(noun) -> bool:
    lemma = noun.lemma_.lower()
    # "his murder charges" are against him; "his charges against the mayor" are his.
    if lemma == "charge":
        return not any(c.dep_ == "prep" and c.lower_ == "against" for c in noun.children)
    return lemma in _UNDERGONE_NOUNS and not any(
        c.dep_ == "prep" and c.lower_ == "of" and any(g.dep_ == "pobj" for g in c.children) for c in noun.children)


# Nouns that frame an act named by a compound: "a bombing campaign against
# the group", "an arrest operation": the frame holds the act's arguments.
_FRAME_NOUNS = {"campaign", "operation", "raid", "mission", "offensive", "spree", "wave", "blitz", "drive"}


# Participles that say what a claim claims: "a lawsuit alleging that the
# governor misused funds" (a clause), "a complaint accusing the city of
# fraud" (an object).
_CLAIMING_PARTICIPLES = {"allege", "claim", "charge", "assert", "contend", "argue"}
_ACCUSING_PARTICIPLES = {"accuse", "blame", "charge", "fault"}


def _claimed_about(noun) -> list:
    """"accusations that the Clinton campaign was violating the law",
    "allegations he beat his ex-wife": whom a claim's clause is about is
    whom it accuses (a finite clause the parser reads as a complement, with
    "that" or without; a relative clause names who made the claim)."""
    clauses = [clause for clause in noun.children
               if (clause.dep_ in ("acl", "ccomp") and (_that_clause(clause) or clause.tag_ in ("VBD", "VBZ", "VBP")))
               or (clause.dep_ == "relcl" and _that_clause(clause))]
    # "an accusation he made on Monday that Reyes lied", parsed with the
    # complement on the relative clause's verb
    clauses += [c for clause in noun.children if clause.dep_ == "relcl" and not _that_clause(clause)
                for c in clause.children if c.dep_ == "ccomp" and _that_clause(c)]
    return _clause_subjects(clauses)


def _clause_subjects(clauses: list) -> list:
    return [subject for clause in clauses
            for subject in clause.children if subject.dep_ in _SUBJECT_DEPS + _PASSIVE_SUBJECT_DEPS]


def _claimed_by_participles(noun) -> list:
    """Whom the "-ing" participles of a claim accuse: on the noun, or on the
    verb whose object it is when words come between ("filed a lawsuit on
    Monday alleging that the governor …", "a complaint accusing the city of …")."""
    found = [c for c in noun.children if c.dep_ == "acl" and c.tag_ == "VBG"]
    if noun.dep_ == "dobj":
        found += [c for c in noun.head.children if c.dep_ == "advcl" and c.tag_ == "VBG" and c.i > noun.i]
    accusing = [part for part in found if part.lemma_.lower() in _ACCUSING_PARTICIPLES]
    claiming = [part for part in found if part.lemma_.lower() in _CLAIMING_PARTICIPLES]
    return [c for part in accusing for c in part.children if c.dep_ == "dobj"] \
        + _clause_subjects([c for part in claiming for c in part.children if c.dep_ == "ccomp"])


def _facing_it(noun) -> list:
    """"the theft allegations facing his campaign treasurer": whom the
    participle says faces the act is its target (not the owner inside:
    "his")."""
    return [c for part in noun.children if part.dep_ == "acl" and part.tag_ == "VBG"
            and part.lemma_.lower() in ("face", "confront") for c in part.children if c.dep_ == "dobj"]


# Nouns for whom an act was aimed at: "X was the target of an attack".
_TARGET_NOUNS = {"target", "victim", "subject", "object"}


def _said_to_be_its_target(noun) -> list:
    """"the governor was the target of a murder plot", "she became the
    subject of an inquiry": the copula's subject is whom the act was aimed at."""
    act = noun.head if noun.dep_ == "compound" else noun  # ("an assassination attempt")
    if act.dep_ != "pobj" or act.head.lower_ != "of" or act.head.head.lemma_.lower() not in _TARGET_NOUNS:
        return []
    target = act.head.head
    if target.dep_ != "attr" or target.head.lemma_.lower() not in ("be", "become", "remain"):
        return []
    return [c for c in target.head.children if c.dep_ == "nsubj"]


def _that_clause(clause) -> bool:
    """The clause is a "that" complement, whatever the parser calls it: "an
    accusation he made that McConnell lied to him" is a relative clause
    ("he made") and a complement ("that McConnell lied")."""
    return any(c.dep_ == "mark" and c.lower_ == "that" for c in clause.children)


def _verb_held_preps(noun, preps: tuple[str, ...]) -> list:
    """The noun's own "by" or "against" phrases, parsed onto the active verb
    whose object it is: "he bankrolled lawsuits by a wrestler against Gawker
    Media" (Hogan sued Gawker; Thiel paid)."""
    verb = noun.head
    if noun.dep_ != "dobj" or any(c.dep_ in ("auxpass", "nsubjpass") for c in verb.children):
        return []
    return [g for c in verb.children if c.dep_ == "prep" and c.lower_ in preps and c.i > noun.i
            for g in c.children if g.dep_ == "pobj"]


# Verbs whose passive agent did the act their subject names: "the
# investigation is being conducted by the fire marshal", "the attack was
# carried out by two gunmen", "the strike was called by the unions". (Not a
# verb of answering it: "the attack was condemned by the UN".)
_DOING_VERBS = {"conduct", "carry", "lead", "handle", "launch", "stage", "mount", "organize", "organise",
                "perform", "file", "lodge", "bring", "order", "claim", "commit", "undertake", "spearhead",
                "call", "orchestrate", "plan", "execute"}


# Verbs whose passive agent asked for an act or answered it, and did not
# do it: "support requested by the PNG government", "talks welcomed by the UN".
_ASKING_OR_ANSWERING = {"request", "seek", "demand", "ask", "want", "need", "expect", "welcome", "condemn",
                        "criticize", "criticise", "reject", "deny", "oppose", "dispute", "question", "block",
                        "veto", "fear", "receive"}


# What an act under way is said to be: "an investigation is underway by the FBI".
_UNDER_WAY = {"underway", "ongoing"}


def _agents_of_doing(noun) -> list:
    """The "by" agents of the passive verb of doing that says who did the act
    (or of "is underway": "an investigation of Hale is underway by the FBI")."""
    if _under_way(noun):
        return _prep_objects(noun.head, ("by",))
    verb = _passive_of_doing(noun)
    if verb is None:
        return []
    if verb.lemma_.lower() == "carry" and not any(c.dep_ == "prt" and c.lower_ == "out" for c in verb.children):
        return []  # "the bill was carried by the Senate": passed, not done
    return [g for a in verb.children if a.dep_ == "agent" for g in a.children if g.dep_ == "pobj"]


# Verbs of answering an act with one's own: "Israel responded with air strikes".
_ANSWERING_WITH = {"respond", "retaliate", "reply", "react", "answer", "counter", "hit", "strike"}


def _who_answered_with(noun) -> list:
    """"Israel responded with air strikes on villages", "the army hit back
    with artillery fire": whoever answered with the act did it."""
    if noun.dep_ != "pobj" or noun.head.lower_ != "with":
        return []
    verb = noun.head.head
    if verb.pos_ != "VERB" or verb.lemma_.lower() not in _ANSWERING_WITH:
        return []
    return [c for c in verb.children if c.dep_ == "nsubj"]


def _under_way(noun) -> bool:
    """The act is the subject of "is underway" or "is ongoing"."""
    verb = noun.head
    return noun.dep_ == "nsubj" and verb.lemma_ == "be" and any(c.dep_ == "acomp" and c.lower_ in _UNDER_WAY
                                                                for c in verb.children)


def _passive_of_doing(noun):
    """The passive verb of doing whose subject the act is ("the attack was
    carried out by"), or a passive relative clause of doing on it ("the
    murder of a colonel that was later claimed by a militia"; a claim's
    clause also when parsed onto the "of" object: a person is not
    "claimed"). Else None."""
    victims = _prep_objects(noun, ("of",))
    relatives = [c for c in noun.children if c.dep_ == "relcl" and c.lemma_.lower() in _DOING_VERBS] \
        + [c for v in victims for c in v.children if c.dep_ == "relcl" and c.lemma_.lower() == "claim"]
    relative = next((c for c in relatives if any(s.dep_ == "nsubjpass" and s.tag_ in ("WDT", "WP")
                                                 for s in c.children)), None)
    if relative is not None:
        return relative
    verb = noun.head
    return verb if noun.dep_ == "nsubjpass" and verb.lemma_.lower() in _DOING_VERBS else None


# Amounts an act comes in: "a wave of criticism", "a barrage of attacks".
_AMOUNT_NOUNS = {"wave", "flood", "barrage", "storm", "chorus", "torrent", "volley", "flurry", "spate",
                 "outpouring", "avalanche", "deluge", "stream", "hail", "salvo"}


# What weapons are fired at.
_FIRED_AT = ("at", "on", "against", "into")


# Lands a record is set in: "the country's deadliest attack".
_LANDS = {"country", "nation", "city", "capital", "region", "state", "province"}


def _where_a_record_was_set(document: Document, noun, owner) -> bool:
    """"Somalia's deadliest attack" in a story set in Somalia, "the
    country's worst bombing": the land before a superlative says where the
    record was set, not who made the act ("Israel's deadliest strike on
    Gaza", "Russia's biggest attack" in a story set in Ukraine, are theirs)."""
    if not any(c.dep_ == "amod" and (c.tag_ == "JJS" or c.lower_ in ("worst", "first")) for c in noun.children):
        return False
    if any(c.dep_ == "prep" and c.lower_ in ("on", "against", "into") for c in noun.children):
        return False
    if owner.lemma_.lower() in _LANDS:
        return True
    entry = load_knowledge().lookup(owner.text)
    return entry is not None and entry.kind in ("country", "capital") and entry.code == document.setting


def _amount_of(noun) -> list:
    """The amount noun the act is "of" ("a new wave of criticism from city
    councillors"), which the parser gives the act's "from" phrase."""
    if noun.dep_ == "pobj" and noun.head.lower_ == "of" and noun.head.head.lemma_.lower() in _AMOUNT_NOUNS:
        return [noun.head.head]
    return []


def _frame(noun):
    """The noun that frames the nominal act, or the act itself."""
    return noun.head if noun.dep_ == "compound" and noun.head.lemma_.lower() in _FRAME_NOUNS else noun


def _owner_misparsed(noun) -> list:
    """"Trump’s accusation that …" at a sentence's start, parsed with
    "Trump" as a clause and "accusation" as its object: the name and its
    possessive ending just before the noun (past its modifiers) own it."""
    start = noun.i
    while start > noun.sent.start and noun.doc[start - 1].dep_ in ("amod", "compound") \
            and noun.doc[start - 1].head.i == noun.i:
        start -= 1
    if start - 2 < noun.sent.start:
        return []
    ending, owner = noun.doc[start - 1], noun.doc[start - 2]
    if ending.tag_ != "POS" or ending.head.i != owner.i or owner.dep_ == "poss" or not owner.is_title:
        return []
    return [owner]


def _nominal_arguments(document: Document, noun, trigger: Trigger) -> tuple[list[Actor], list[Actor]]:
    if noun.dep_ == "compound" and noun.head.lemma_.lower() in CHARGING_NOUNS:
        # "during his rape trial": who is on trial is who is alleged to have done it
        accused = _coded(document, [c for c in noun.head.children if c.dep_ == "poss"])
        if accused:
            return accused, []
    framed = _frame(noun) is not noun
    noun = _frame(noun)
    children = list(noun.children)
    owners = [c for c in children if c.dep_ == "poss"] or _owner_misparsed(noun)
    record = any(_where_a_record_was_set(document, noun, o) for o in owners)
    if record:
        owners = []
    if owners and _owner_undergoes(noun):
        undergone = _coded(document, owners)
        actors, recipients = _coded(document, [g for c in children if c.dep_ == "prep" and c.lower_ == "by"
                                               for g in c.children if g.dep_ == "pobj"]), []
        return actors, [r for r in undergone if not _same(r, actors)]
    actors = _coded(document, owners)
    if not actors:
        # "criticism by X"; for words, aid and demands also "from X"
        # ("accusations from Khartoum"), not for attacks ("rockets from Gaza"
        # says where they came from).
        agents = ("by",) if trigger.event in _VIOLENT_TYPES else ("by", "from")
        # Also through a noun joined to it ("criticism and scorn from rival
        # senators"), or the amount it comes in ("a wave of criticism from …").
        holders = [noun, *noun.conjuncts, *_amount_of(noun)]
        actors = _coded(document, [g for n in holders for c in n.children
                                   if c.dep_ == "prep" and c.lower_ in agents
                                   for g in c.children if g.dep_ == "pobj"]) \
            or _coded(document, _verb_held_preps(noun, agents))
    if not actors and trigger.event == "PROTEST":
        # "daylong rallies of Sanders supporters", "a march of thousands of
        # workers": the people a gathering is "of" hold it ("a protest of the
        # ruling" is against the ruling: people only, a plural noun).
        actors = _coded(document, [g for c in children if c.dep_ == "prep" and c.lower_ == "of"
                                   for g in c.children if g.dep_ == "pobj" and g.tag_ == "NNS"])
    if not actors:
        # "missiles fired by Azerbaijan", "allegations made by Exxon Mobil"
        # (not "support requested by the government": who asked for it or
        # answered it did not give it)
        actors = _coded(document, [g for c in children if c.dep_ == "acl" and c.tag_ == "VBN"
                                   and c.lemma_.lower() not in _ASKING_OR_ANSWERING
                                   for a in c.children if a.dep_ == "agent" for g in a.children if g.dep_ == "pobj"])
    if not actors:
        actors = _coded(document, _blamed_on(noun))
    if not actors:
        actors = _coded(document, _agents_of_doing(noun))
    if not actors:
        actors = _coded(document, _who_answered_with(noun))
    # "the FBI closed the Clinton investigation": the name on an inquiry was looked into, not looking
    looked_into = _person_looked_into(document, noun) if not actors else []
    building = trigger.event in _VIOLENT_TYPES and names_a_building(noun)
    if not actors and not looked_into and (not framed or _named_modifier(noun)) and not building and not record:
        # (a frame is no party: "a bombing campaign" is not a political campaign)
        actors = _demonym_actor(document, noun)
    if not actors and not looked_into and any(c.dep_ == "compound" and c.pos_ == "PROPN" for c in noun.lefts):
        # "Trump charges that …", "Hamas rockets": a known party's name on the act
        actors = [owner] if (owner := owned_place(document, noun)) is not None and owner.name else []
    if not actors and trigger.event in _VIOLENT_TYPES:
        # "a fatal police shooting", "an army raid": who the compound names
        # did it; not a building ("the church shootings", "the embassy
        # bombing": where it happened, or what was hit).
        actors = _coded(document, [c for c in noun.children if c.dep_ == "compound" and c.pos_ == "NOUN"
                                   and c.lemma_.lower() not in BUILDING_NOUNS])
    if not actors and noun.lemma_.lower() in AGENT_NOUNS:
        # "rioters", "gunmen": people named by the act are its actor, coded
        # or only described (the sentence fallback then gives them a country).
        own = actor_at(document, noun)
        if own is None and noun.lemma_.lower() in _PROTEST_NOUNS:
            own = Actor(noun.text, None, None, ["CVL"], noun.idx, noun.idx + len(noun.text))
        actors = [own] if own is not None else []
    if not actors:
        actors = _coded(document, _relative_subjects(noun))
    if not actors and trigger.event not in _VIOLENT_TYPES:
        actors = _coded(document, _here_for(noun))
    own_targets = tuple(t for t in trigger.targets if t != "between")
    # (also the amount's: "launched a barrage of rockets at an army base";
    # weapons, which name no target of their own, are fired "at" one)
    amount_targets = own_targets or (_FIRED_AT if trigger.event == "ASSAULT" else ())
    targets = _prep_objects(noun, own_targets) + _struck(noun) + _claimed_about(noun) \
        + _verb_held_preps(noun, own_targets) + [t for a in _amount_of(noun) for t in _prep_objects(a, amount_targets)]
    # The participles only when nothing else names the target: "a lawsuit
    # against the maker, alleging that the company's ads …" names it already.
    targets = targets or _claimed_by_participles(noun) or _charged_object(noun) or _facing_it(noun) \
        or _said_to_be_its_target(noun)
    if noun.dep_ == "nsubjpass":
        # "charges would be filed against him": the target hangs on the verb.
        targets += _prep_objects(noun.head, tuple(t for t in trigger.targets if t != "between"))
    # "criticism of Clinton's handling of the case": the owner inside an
    # uncoded target stands for it; not who died or was hurt in a happening
    # looked into ("the inquiry into the death of Robert Dziekanski"), only
    # who caused it ("… the killing of X by police").
    # (A party joined to the happening is looked into too: "an investigation
    # of the shooting and the police department".)
    parties = [t for t in targets if not _happening(t)] \
        + [c for t in targets if _happening(t) for c in t.conjuncts if c.i > t.i and not _happening(c)]
    recipients = _coded(document, parties) or _coded_inside(document, targets) \
        or _owned_places(document, targets)
    recipients = recipients or looked_into
    if not recipients and trigger.event in _VIOLENT_TYPES:
        # "an offensive to recapture territory held by resistance forces"
        recipients = _coded(document, _held_by_whom_it_is_to_take(noun))
    if not recipients and trigger.event in _VIOLENT_TYPES:
        # "the raid on a clinic in the town of Beit Lahiya": a building or
        # ground struck is of the place its own words put it in.
        recipients = _where_it_stands(document, targets, noun)
    victims = _prep_objects(noun, ("of",))
    if not recipients and trigger.event in _VIOLENT_TYPES \
            and (_prep_objects(noun, ("by",)) or any(_prep_objects(v, ("by",)) for v in victims)):
        # "the deadly shooting of a teenage girl by an officer" (the "by"
        # parsed on either noun): with its author named, the "of" object is
        # whom it was done to.
        recipients = _coded(document, victims)
    if not recipients:
        # "the charges prosecutors filed against him": the clause's target.
        recipients = _coded(document, [o for clause in noun.children if clause.dep_ == "relcl"
                                       for o in _prep_objects(clause, trigger.targets)])
    if not recipients and trigger.event in _VIOLENT_TYPES and noun.dep_ in ("compound", "amod") \
            and _happening(noun.head):
        # "the 1999 shooting death of Ivo Marek", "Marek's shooting death": the death the act caused.
        outcome = noun.head
        recipients = _coded(document, _prep_objects(outcome, ("of",)) + [c for c in outcome.children if c.dep_ == "poss"])
    verb = _governing_verb(noun)
    if not recipients and trigger.event in _VIOLENT_TYPES and verb is not None and _died_in(noun, verb):
        # "two guards died in a shooting", "Lund, who died in the blast", "two
        # men were hurt in a shooting": who died or was harmed in it underwent it.
        harmed = _subjects(verb) or _passive_patients(verb)
        recipients = _coded(document, [_relative_antecedent(s.head, s, _WHO) for s in harmed])
    if not recipients and trigger.event in _VIOLENT_TYPES:
        recipients = _coded(document, _harm_holders(noun)) or _coded(document, _left_harmed(noun))
    if not recipients and verb is not None and noun.dep_ != "nsubjpass":
        # "gave the Ivory Coast $5 million of aid": the verb's indirect object.
        recipients = _coded(document, [c for c in verb.children if c.dep_ == "dative" and c.i != noun.i])
    between = _coded(document, _prep_objects(noun, ("between",)))
    if not actors and trigger.event == "ASSAULT":
        actors = _coded(document, _implicated_in(noun))
    if not actors:
        actors = _coded(document, _implicated_in(noun, _TAKING_PART))
    if not actors and not between and not owners:
        # (An act with an owner, coded or not, is the owner's: "asked a
        # court to unseal the file on her complaints" are not the court's.)
        actors = _governing_actors(document, noun)
    if between and not actors:
        # "talks between X and Y": the first party acts, the others receive,
        # unless the verb that holds the noun has a subject ("X launched a
        # mediation between Y and Z": Y and Z receive).
        actors = _governing_actors(document, noun)
        if actors:
            recipients = recipients + [b for b in between if not _same(b, actors)]
        else:
            actors, recipients = between[:1], recipients + between[1:]
    return actors, recipients


# Inquiries a person's name on is whom they look into ("the Clinton
# investigation", "the Trump probe"); a body's name is who leads them ("the
# FBI investigation").
_INQUIRY_NOUNS = {"investigation", "probe", "inquiry", "inquest", "prosecution", "impeachment"}


# Accusations a name on is whom they accuse, a person's or a body's name:
# "the Trump University allegations"; so are lawsuits ("the judge overseeing
# the Trump University lawsuits": the sued, not the suing).
_ALLEGATION_NOUNS = {"allegation", "accusation", "lawsuit", "suit"}


# Verbs of taking ground from its holders, and verbs of holding it.
_TAKING_GROUND = {"recapture", "retake", "capture", "seize", "regain", "reclaim", "take", "clear", "win"}
_HOLDING = {"hold", "control", "occupy", "seize", "capture", "take"}


def _held_by_whom_it_is_to_take(noun) -> list:
    """"launched an offensive backed by air strikes to recapture territory
    held by resistance forces": the holders of what the act is to take
    (the infinitive of purpose may hang on the noun, on a participle of it,
    or on the verb that holds it)."""
    hosts = [noun, *(c for c in noun.children if c.dep_ == "acl")]
    if noun.dep_ == "dobj":
        hosts.append(noun.head)
    aims = [v for h in hosts for v in h.children if v.dep_ in ("acl", "advcl", "xcomp") and v.pos_ == "VERB"
            and v.lemma_.lower() in _TAKING_GROUND and any(a.dep_ == "aux" and a.lower_ == "to" for a in v.children)]
    return [g for v in aims for o in v.children if o.dep_ == "dobj" for clause in o.children
            if clause.dep_ == "acl" and clause.lemma_.lower() in _HOLDING
            for a in clause.children if a.dep_ == "agent" for g in a.children if g.dep_ == "pobj"]


def _person_looked_into(document: Document, noun) -> list[Actor]:
    """The coded person whose name is on an inquiry ("the Clinton
    investigation"), or the person or body whose name is on allegations,
    if any."""
    lemma = noun.lemma_.lower()
    kinds = ("PERSON",) if lemma in _INQUIRY_NOUNS else ("PERSON", "ORG") if lemma in _ALLEGATION_NOUNS else ()
    if not any(c.dep_ == "compound" and c.ent_type_ in kinds for c in noun.lefts):
        return []
    owner = owned_place(document, noun)
    if owner is not None and owner.code:
        return [owner]
    # The phrase is coded by the name on it: the name's own words stand for the person.
    names = [t for c in noun.lefts if c.dep_ == "compound" and c.ent_type_ in kinds for t in c.subtree]
    start, end = names[0], names[-1]
    return [Actor(entity_text=noun.doc[start.i:end.i + 1].text, name=a.name, code=a.code, sector=list(a.sector),
                  start=start.idx, end=end.idx + len(end.text)) for a in _demonym_actor(document, noun)]


# Verbs whose subject undergoes or provokes the act their object names:
# "Schilling drew criticism", "the UN came under criticism", "she faces
# charges", "the remarks sparked protests".
# Who answers an accusation is its target: "Obama dismissed the criticism",
# "the ministry denied the allegations". (Not who answers violence: who
# "responded to the shooting" or "denied the bombing" was not shot or bombed.)
ANSWERING_VERBS = {"dismiss", "deny", "reject", "rebuff", "refute", "rebut", "brush", "shrug", "respond", "answer",
                   "defend"}
_UNDERGO_VERBS = {"draw", "face", "field", "receive", "attract", "suffer", "endure", "come", "meet", "weather", "earn",
                  "incur", "spark", "provoke", "prompt", "trigger", "invite", "escape", "avoid", "dodge", "survive",
                  # Who resists or evades arrest is the one police arrest.
                  "resist", "evade",
                  # Who experiences or withstands attacks is attacked: "the town experienced attacks".
                  "experience", "undergo", "withstand", "sustain",
                  *ANSWERING_VERBS,
                  # Who admits or contests charges is charged: "Munene admitted two charges of deception".
                  "admit", "contest", "plead",
                  # Who appeals a conviction was convicted.
                  "appeal",
                  # Who deals with criticism gets it: "Starr has dealt with much criticism of his leadership".
                  "deal", "contend", "grapple", "cope",
                  # Who amasses charges is charged: "five boys amassed 150 charges in three months".
                  "amass", "accumulate"}

# Punishments one serves (not "served a warrant", "served with a lawsuit":
# who serves those does the act).
_SERVED_NOUNS = {"sentence", "conviction", "term", "suspension", "ban", "penalty", "punishment"}

# Nouns that name people by the act they do: the people who protest (also
# the people a protest is never aimed at), and looters, whose looting counts
# as the riot.
PROTESTERS = {"protester", "protestor", "demonstrator", "marcher", "striker", "rioter"}
_PROTEST_NOUNS = PROTESTERS | {"looter"}


def _here_for(noun) -> list:
    """"The envoy, in Cairo for talks with the premier, said …": a phrase
    of purpose inside a phrase that describes a party says what that party
    is there to do; the party the phrase hangs on holds the act."""
    if noun.dep_ != "pobj" or noun.head.lower_ != "for":
        return []
    head = noun.head.head
    while head.dep_ in ("pobj", "prep") and head.head.i != head.i:
        head = head.head
    return [head] if head.pos_ in ("PROPN", "NOUN") else []


def _relative_subjects(noun) -> list:
    """"the charges prosecutors filed against him", "the remarks Trump had
    made": the subject of a relative clause whose object the act is.
    Such a clause opens right after the noun (or the nouns joined to it:
    "the claims and slurs she made"); a "subject" past a
    preposition is a misparse ("a protest at the state Capitol set for
    Friday": the Capitol did not protest)."""
    return [subject for clause in noun.children
            if clause.dep_ == "relcl" and not _that_clause(clause) and not _a_view_of_it(clause)
            and not any(c.dep_ in ("dobj", "nsubjpass") for c in clause.children)
            and not any(c.lower_ in _RELATIVE_PRONOUNS and c.dep_ == "nsubj" for c in clause.children)
            for subject in clause.children if subject.dep_ == "nsubj"
            and not any(t.pos_ == "ADP" for t in noun.doc[noun.i + 1:subject.left_edge.i])]


# Verbs of holding a view of something ("charges that he says are politically
# motivated", "an attack she calls cowardly").
_VIEW_VERBS = SPEECH_VERBS | {"call", "describe", "consider", "regard", "believe", "deny", "dismiss", "see", "think"}


def _a_view_of_it(clause) -> bool:
    """A relative clause that only says what its subject thinks of the act
    ("abuse of power charges that he says are politically motivated"): its
    subject is no party to the act."""
    return clause.lemma_.lower() in _VIEW_VERBS and any(c.dep_ in ("ccomp", "oprd", "xcomp") for c in clause.children)


# What someone is, of an act, when it is aimed at them: "was the subject of an
# investigation", "became the target of criticism".
_FOCUS_NOUNS = {"subject", "target", "focus", "object"}


def _undergo_verb(noun):
    """The undergo verb that holds the nominal act ("drew criticism", "came
    under criticism", "faces charges"), or None. (Not a passive's agent:
    "their anger was sparked by the shooting of a boy" did not undergo it.)"""
    if noun.dep_ == "pobj" and noun.head.dep_ == "agent":
        return None
    held = _undergone_in_a_relative_clause(noun) or _called_names(noun)
    if held is not None:
        return held
    if noun.dep_ == "pobj" and noun.head.lower_ in _WHEN_PREPOSITIONS:
        return None  # "During the investigation of Clinton, Kendall rebuffed requests": when, not what
    if noun.dep_ == "pobj" and noun.head.lower_ == "on" and noun.head.head.lemma_.lower() == "trial":
        # "is on trial on charges of theft", "went on trial on charges": who is tried is charged.
        trial_verb = _governing_verb(noun.head.head)
        if trial_verb is not None:
            return trial_verb
    held = _held_on_charges(noun)
    if held is not None:
        return held  # "is being held on charges of murder", "remained in custody on charges"
    if noun.dep_ == "pobj" and noun.head.lower_ == "to" and noun.head.head.lower_ in ("subject", "exposed") \
            and noun.head.head.head.pos_ in ("VERB", "AUX"):
        return noun.head.head.head  # "the firm was subject to criticism from lawmakers"
    if noun.dep_ == "pobj" and noun.head.lower_ == "of" and noun.head.head.lemma_.lower() in _FOCUS_NOUNS \
            and noun.head.head.dep_ == "attr" and noun.head.head.head.pos_ in ("VERB", "AUX"):
        return noun.head.head.head  # "Assange was the subject of an American investigation"
    verb = _governing_verb(noun)
    if verb is not None and noun.dep_ == "pobj" and noun.head.lower_ in ("under", "amid", "amidst"):
        return verb  # "remains under investigation", "reeled amid criticism": whatever the verb
    if noun.dep_ == "pobj" and noun.head.lower_ == "of" and noun.head.head.pos_ == "NOUN":
        holder = noun.head.head  # "amid a campaign of criticism", "under a barrage of attacks"
        outer = _governing_verb(holder)
        if outer is not None and holder.dep_ == "pobj" and holder.head.lower_ in ("under", "amid", "amidst"):
            return outer
    if verb is not None and verb.lemma_.lower() in ("push", "fight", "hit") \
            and any(c.dep_ in ("prt", "advmod") and c.lower_ == "back" for c in verb.children):
        return verb  # "pushed back against accusations"
    if verb is not None and verb.lemma_.lower() in ("open", "expose", "leave") and noun.dep_ == "pobj" \
            and noun.head.lower_ == "to":
        return verb  # "Mr. Trump opens himself up to criticism": he will get it
    if verb is not None and verb.lemma_.lower() == "take" and noun.dep_ == "pobj" \
            and any(c.dep_ == "dobj" and c.lower_ in ("issue", "exception", "offense", "offence") for c in verb.children):
        return verb  # "took issue with recent criticism": who answers it got it
    if verb is not None and verb.lemma_.lower() == "take" and noun.dep_ == "dobj" \
            and any(c.dep_ in ("advmod", "oprd", "acomp") and c.lower_ == "seriously" for c in verb.children):
        return verb  # "said he took the allegations seriously": he answers them, he did not make them
    if verb is not None and any(c.dep_ == "prt" and (verb.lemma_.lower(), c.lower_) in _PROVOKING_PHRASAL_VERBS
                                for c in verb.children):
        return verb  # "had helped bring on this investigation": they provoked it
    if verb is not None and verb.lemma_.lower() == "serve" and noun.lemma_.lower() in _SERVED_NOUNS:
        return verb  # "was serving a life sentence for a 2004 conviction": who serves it was convicted
    if noun.dep_ == "nsubjpass":
        return None  # "charges were dismissed against a Tampa man": the verb's subject is the act itself
    if verb is not None and noun.lemma_.lower() in _BACKING_NOUNS and verb.lemma_.lower() in _SEEKING_VERBS:
        return verb  # "both candidates have sought support from the unions": they would get it
    return verb if verb is not None and verb.lemma_.lower() in _UNDERGO_VERBS else None


# Backing someone seeks or wins is given to them (not charges: a prosecutor
# who seeks charges brings them).
_BACKING_NOUNS = {"support", "backing", "endorsement", "help", "aid", "assistance"}
_SEEKING_VERBS = {"seek", "court", "solicit", "win", "gain", "garner", "secure"}


# Charges someone is held, tried or sentenced on ("arrested on charges of
# fraud"), and the places and states of being held ("in custody on charges").
_HELD_ON_NOUNS = {"charge", "count", "allegation", "accusation", "indictment"}
_CUSTODY_VERBS = {"hold", "detain", "arrest", "jail", "imprison", "incarcerate", "remand", "extradite", "book",
                  "convict", "sentence", "try", "indict", "prosecute", "keep", "lock", "deport",
                  # "are due to be brought before a judge on charges of murder"
                  "bring", "arraign", "question", "summon"}
# Verbs whose subject is where the custody phrase says ("remained in
# custody on charges", "appeared in court on charges").
_BEING_HELD_VERBS = {"be", "remain", "stay", "sit", "appear", "languish",
                     # "is serving a prison sentence on abuse of power charges"
                     "serve"}


def on_charges_verb(noun):
    """The verb that holds "on charges" ("arrested on charges of fraud",
    "remained in custody on charges of murder"), or None."""
    if noun.dep_ != "pobj" or noun.head.lower_ != "on" or noun.lemma_.lower() not in _HELD_ON_NOUNS:
        return None
    verb = noun.head.head
    if verb.pos_ == "NOUN" and verb.dep_ == "pobj":  # "in custody on charges"
        verb = verb.head.head
    lemma = verb.lemma_.lower()
    return verb if verb.pos_ in ("VERB", "AUX") and lemma in _CUSTODY_VERBS | _BEING_HELD_VERBS else None


def _held_on_charges(noun):
    """The verb whose subject is held on the charges the noun names ("he is
    being held on charges", "a man arrested on charges", "remained in custody
    on charges"), or None: not an active verb's ("police arrested him on
    charges": the object is who is charged, _charged_object)."""
    verb = on_charges_verb(noun)
    if verb is None or any(c.dep_ == "dobj" and not _a_punishment_served(verb, c) for c in verb.children):
        return None
    passive = verb.tag_ == "VBN" and (verb.dep_ == "acl" or any(c.dep_ in ("auxpass", "nsubjpass")
                                                                for c in verb.children))
    return verb if passive or verb.lemma_.lower() in _BEING_HELD_VERBS else None


def _charged_object(noun) -> list:
    """"Police arrested Ivo Marek on charges of fraud": the object of the
    verb that holds "on charges" is who is charged."""
    verb = on_charges_verb(noun)
    return [] if verb is None else [c for c in verb.children if c.dep_ == "dobj" and not _a_punishment_served(verb, c)]


def _a_punishment_served(verb, thing) -> bool:
    """"serving a prison sentence": what is served is the punishment, not who is charged."""
    return verb.lemma_.lower() == "serve" and thing.lemma_.lower() in _SERVED_NOUNS


def _undergone_in_a_relative_clause(noun):
    """"some of the criticism he takes", "the charges she faces": a relative
    clause whose verb undergoes the act the noun names, the noun its object
    (not its subject: "criticism that sparked a response")."""
    for clause in noun.children:
        if clause.dep_ != "relcl" or clause.lemma_.lower() not in _UNDERGO_VERBS | {"take"} \
                or any(c.dep_ in ("dobj", "auxpass", "nsubjpass") for c in clause.children):
            continue
        subjects = [c for c in clause.children if c.dep_ == "nsubj"]
        if subjects and not any(s.tag_ in ("WDT", "WP") or s.lower_ == "that" for s in subjects):
            return clause
    return None


# Verbs that call what their object is: who calls charges baseless answers
# them; "denounced what he called X" targets X (roles._what_they_called).
CALLING_VERBS = {"call", "label", "brand", "term", "dub", "describe", "characterize", "characterise", "deem"}


def _called_names(noun):
    """"The Trump campaign called the charges unsubstantiated", "the ministry
    called the accusations baseless": who calls an act something answers it,
    as who denies it does. The calling verb, else None."""
    verb = noun.head
    if noun.dep_ != "dobj" or verb.lemma_.lower() not in CALLING_VERBS:
        return None
    if any(c.dep_ == "prt" for c in verb.children):
        return None  # "called off a strike planned for Monday": another verb, whose subject does the act
    complements = [c for c in verb.children if c.dep_ in ("oprd", "xcomp", "acomp", "ccomp") and c.i > noun.i]
    complements += [c for c in noun.children if c.dep_ in ("acl", "amod") and c.i > noun.i]
    return verb if complements else None


# Phrasal verbs whose subject provokes what their object names (the plain
# verb is another act: "prosecutors brought charges").
_PROVOKING_PHRASAL_VERBS = {("bring", "on"), ("bring", "about"), ("set", "off")}


# Relative pronouns that stand for a person, who may undergo an act.
_WHO = ("who",)


def _undergone_arguments(document: Document, noun, verb) -> tuple[list[Actor], list[Actor]]:
    """Who undergoes the act (the subject of `verb`) is its recipient; its
    author is only who the noun itself names ("criticism from Moscow",
    "charges by prosecutors"), never a mention found elsewhere in the
    sentence: "the UN came under criticism for its failure … in Sri Lanka"
    names no critic."""
    # Unless the act names its own target: "pushed back on accusations
    # of sexism against her father" answers for him.
    of_objects = [g for c in noun.children if c.dep_ == "prep" and c.lower_ == "of" for g in c.children
                  if g.dep_ == "pobj"]
    # (Whom a claim's clause is about only when a party heads it: "faced
    # criticism that the tone of her campaign …" is aimed at who faced it.)
    own_targets = _prep_objects(noun, ("against",)) + [o for g in of_objects for o in _prep_objects(g, ("against",))] \
        + [s for s in _claimed_about(noun) if names_a_party(s)]
    # ("Ivo Marek, who faces charges": "who" stands for the man; not "which" or
    # "that": "an attack that drew condemnation" names no one who drew it.)
    undergoers = [_relative_antecedent(s.head, s, _WHO) for s in _undergoers(verb)]
    recipients = _coded(document, own_targets) or _coded(document, undergoers) \
        or _people_counted(document, undergoers) or _coded(document, _makers_of(undergoers))
    # (Also "from" on the verb that holds it: "received strong support from opposition lawmakers".)
    # ("of" for backing: "won the support of the unions" is the unions' support.)
    givers = ("by", "from", "of") if noun.lemma_.lower() in _BACKING_NOUNS else ("by", "from")
    actors = _coded(document, _prep_objects(noun, givers)) \
        or (_coded(document, _prep_objects(verb, ("from",))) if noun.dep_ == "dobj" and noun.head.i == verb.i else []) \
        or _demonym_actor(document, noun) \
        or _coded(document, at_the_hands_of(verb))  # ("suffered bombings at the hands of militants")
    return actors, [r for r in recipients if not _same(r, actors)]


def _makers_of(things: list) -> list:
    """"The change was made by the administration and drew criticism": a
    thing a passive says someone made answers for its maker."""
    return [g for t in things if t.dep_ == "nsubjpass" for a in t.head.children if a.dep_ == "agent"
            for g in a.children if g.dep_ == "pobj"]


def _people_counted(document: Document, subjects: list) -> list[Actor]:
    """"Five appear in court on assault charges": a bare number as the
    subject is that many people, of the country the story is set in (no
    sector: the text does not say who they are)."""
    return [Actor(s.text, None, document.setting, [], s.idx, s.idx + len(s.text)) for s in subjects
            if document.setting and s.tag_ == "CD" and not list(s.children)]


def _undergoers(verb) -> list:
    """Who undergoes what the verb holds: its subject, or a passive's
    patients ("he is being held on charges", "a man arrested on charges of
    fraud")."""
    return _subjects(verb) or _passive_patients(verb)


# Participles whose subject is said to have done the violence the noun after
# "in" names: "a coalition … is implicated in the bombing of hospitals", "the
# man charged in the shooting".
_IMPLICATING = _ACCUSED_OF | {"implicate", "involve", "suspect", "wanted", "engage"}


# Participles whose subject takes part in the act the noun after "in"
# names, whatever its type: "soldiers have been deployed in rescue
# operations", "the two firms were engaged in talks".
_TAKING_PART = {"deploy", "involve", "engage"}


# Participles that put an act on its doer, with the preposition naming him.
_BLAMING_PARTICIPLES = {"blame": "on", "attribute": "to", "claim": "by"}


def _blamed_on(noun) -> list:
    """"Shelling blamed on the Rapid Support Forces hit a market", "an
    attack attributed to Islamic State": whom the act is put on did it.
    (Also where the parser made the participle the main verb, an act that
    "blamed" nothing: "Shelling blamed on the RSF hit a market".)"""
    verbs = [c for c in noun.children if c.dep_ == "acl" and c.tag_ == "VBN"]
    if noun.dep_ == "nsubj" and noun.head.tag_ == "VBD" and not any(c.dep_ == "dobj" for c in noun.head.children):
        verbs.append(noun.head)
    return [g for verb in verbs if verb.lemma_.lower() in _BLAMING_PARTICIPLES
            for p in verb.children
            if p.dep_ in ("prep", "agent") and p.lower_ == _BLAMING_PARTICIPLES[verb.lemma_.lower()]
            for g in p.children if g.dep_ == "pobj"]


def _implicated_in(noun, verbs=_IMPLICATING) -> list:
    while noun.dep_ == "conj" and noun.head.i != noun.i:
        noun = noun.head  # "involved in staff disputes and public criticism of …"
    if noun.dep_ != "pobj" or noun.head.lower_ not in ("in", "over") or noun.head.dep_ != "prep":
        return []
    verb = noun.head.head
    if verb.tag_ != "VBN" or verb.lemma_.lower() not in verbs:
        return []
    if verb.dep_ == "acl":
        return [verb.head]
    return [c for c in verb.children if c.dep_ in _PASSIVE_SUBJECT_DEPS]


def _governing_actors(document: Document, noun) -> list[Actor]:
    """The subject of the verb whose object (or prepositional object) the noun is,
    unless the verb only reports or counts the acts ("police reported 906
    attacks", "the group documented 40 arrests": not who did them). A
    relative subject stands for its noun ("agents who conducted the
    investigation")."""
    verb = _governing_verb(noun)
    judged = judged_for(noun)
    if judged is not None:
        # (not where a record was set: "the group was blamed for Somalia's
        # deadliest attack" blames the group)
        kept = [j for j in judged if not (j.dep_ == "poss" and _where_a_record_was_set(document, noun, j))]
        return _coded(document, kept or _whom_it_judges(noun.head.head))
    if verb is None or _holds_no_doer(noun, verb):
        return []
    return _coded(document, [_relative_antecedent(s.head, s) for s in _subjects(verb)])


def _holds_no_doer(noun, verb) -> bool:
    """The verb holding the nominal act says nothing of who did it: it
    reports, witnesses or stands by it, its subject died in it, it is a
    copula ("was on probation for an earlier DUI arrest"), the act is
    only its topic, or its subject only asks for it."""
    return verb.lemma_.lower() in _RECORDING_VERBS | _BYSTANDER_VERBS or _died_in(noun, verb) \
        or _under_a_copula(noun, verb) or _a_topic(noun) or _heard_in_court(noun, verb) \
        or _caused_by_a_happening(verb) or _asked_for(noun, verb) or _only_what_it_left(noun) \
        or _only_when(noun) or _an_attack_stopped(noun, verb)


# Verbs of stopping an attack, and the attacks they stop.
_STOPPING = {"repel", "repulse", "foil", "thwart", "avert", "prevent", "end", "halt", "stop", "fend", "beat", "rebuff"}
_ATTACK_NOUNS = {"attack", "assault", "offensive", "raid", "ambush", "incursion", "infiltration", "advance"}


def _an_attack_stopped(noun, verb) -> bool:
    """"Our forces responded quickly and ended the attack", "the army
    repelled an attack on the base": who stops an attack did not make it."""
    return verb.lemma_.lower() in _STOPPING and noun.lemma_.lower() in _ATTACK_NOUNS and noun.dep_ == "dobj"


def _only_when(noun) -> bool:
    """The act only says amid what the verb's own act happened ("police
    arrested 20 people amid the protests"), or when, and is aimed at the
    verb's subject itself ("the president stayed out of sight during
    protests against his plan"): its doers are not the verb's subject.
    (Not "police found drugs during a raid", "the FBI decided after a long
    investigation": there the subject did it.)"""
    if noun.dep_ != "pobj":
        return False
    if noun.head.lower_ in ("amid", "amidst"):
        return True
    return noun.head.lower_ in _WHEN_PREPOSITIONS and (_aimed_at_its_holder(noun)
                                                      or _authority_answering_a_crime(noun)
                                                      or _others_before(noun))


def _others_before(noun) -> bool:
    """"The WFP had suspended operations in Saada after earlier arrests":
    acts the noun itself calls earlier ones are others', before the verb's."""
    return any(c.dep_ == "amod" and c.lower_ in ("earlier", "previous", "prior", "past") for c in noun.children)


# Crimes an authority answers: "police arrested a man after an attack".
_CRIME_NOUNS = {"attack", "shooting", "stabbing", "bombing", "killing", "murder", "robbery", "assault", "riot",
                "kidnapping", "abduction", "arson", "explosion", "blast", "rampage"}
_ANSWERING_AUTHORITY_ACTS = {"arrest", "detain", "charge", "apprehend", "question", "hold", "indict"}


def _authority_answering_a_crime(noun) -> bool:
    """"Police arrested a man after an attack outside a synagogue": who
    arrests, charges or questions someone after a crime did not commit it."""
    verb = noun.head.head
    return noun.lemma_.lower() in _CRIME_NOUNS and verb.lemma_.lower() in _ANSWERING_AUTHORITY_ACTS


def _aimed_at_its_holder(noun) -> bool:
    """The act's own target phrase points back at someone with a pronoun
    ("protests against his plan", "criticism of their decision")."""
    return any(t.dep_ == "poss" and t.pos_ == "PRON" for c in noun.children
               if c.dep_ == "prep" and c.lower_ in ("against", "over", "of", "on") for t in c.subtree)


# Nouns for what an act left, or for an account or inquiry of it: who puts
# the death toll of a shelling at 40, visits the victims of an attack or
# opens an inquiry into it did not do it.
_WHAT_AN_ACT_LEFT = {"toll", "victim", "survivor", "casualty", "aftermath", "anniversary", "scene", "site", "footage",
                     "video", "image", "photo", "photograph", "picture", "account", "detail", "cost", "consequence",
                     "impact", "wake", "memory", "memorial", "investigation", "inquiry", "probe"}


def _only_what_it_left(noun) -> bool:
    """The act is held only through what it left or an account of it ("put
    the death toll of the raid at 12")."""
    return noun.dep_ == "pobj" and noun.head.lower_ == "of" \
        and noun.head.head.lemma_.lower() in _WHAT_AN_ACT_LEFT


# Verbs whose subject asks for an act an authority is to do: "the agency
# wants a neutral inquiry", "demanded the arrest of the officer", "called
# for an investigation" (the asking is the subject's own act, a REQUEST),
# or says it is due ("the decision needs more investigation": a decision
# investigates nothing).
# Not "seek": a prosecutor who seeks charges brings them. Only such acts:
# who wants a deal or calls for talks takes part in them.
_WANTING_VERBS = {"want", "demand", "need", "require", "deserve", "merit", "warrant"}
_ASKING_FOR_VERBS = {"call", "ask", "press", "push", "appeal"}


def _asked_for(noun, verb) -> bool:
    if noun.lemma_.lower() not in ACTS_OF_AN_AUTHORITY:
        return False
    lemma = verb.lemma_.lower()
    if noun.dep_ == "dobj":
        return lemma in _WANTING_VERBS
    return noun.dep_ == "pobj" and noun.head.lower_ == "for" and lemma in _ASKING_FOR_VERBS


# Verbs whose subject caused what their object names: "his death led to
# charges against the nurses".
_CAUSING_VERBS = {"lead", "result", "prompt", "spark", "trigger", "cause", "spur", "provoke", "bring"}


def _caused_by_a_happening(verb) -> bool:
    """What a happening led to was done by someone else: "Ivo Marek, whose
    death led to charges against the nurses" brought no charges."""
    return verb.lemma_.lower() in _CAUSING_VERBS and any(_happening(s) or s.lemma_.lower() in _MATTERS_LOOKED_INTO
                                                         for s in _subjects(verb))


# Matters that lead to charges brought by the authorities, not by the
# matter's parties: "The largest case, centered on a Minnesota nonprofit,
# led to charges against 70 people".
_MATTERS_LOOKED_INTO = {"case", "investigation", "probe", "inquiry", "scheme", "scandal", "audit", "raid"}


# Cases a court hears: who "handles" or "hears" them judges them ("Judge
# Curiel, who is handling two lawsuits against Trump University"); who
# handles an investigation still does it.
_COURT_CASES = {"lawsuit", "suit", "case", "complaint", "appeal", "charge"}
_HEARING_VERBS = {"handle", "hear"}


def _heard_in_court(noun, verb) -> bool:
    return noun.lemma_.lower() in _COURT_CASES and verb.lemma_.lower() in _HEARING_VERBS


# Harm a passive subject took in a happening ("were hurt in a shooting").
_HARMED_PASSIVES = {"kill", "injure", "wound", "hurt", "maim", "shoot", "stab"}
# Verbs whose subject took harm ("sustained injuries in a shooting").
_SUFFERING_VERBS = {"suffer", "sustain", "survive"}
# What harm leaves, held by who took it ("has injuries from a shooting").
_HARM_NOUNS = {"injury", "wound", "burn"}


def _died_in(noun, verb) -> bool:
    """"Three people died in an air strike", "two men were hurt in a
    shooting", "a woman sustained injuries in a shooting": who died or
    was harmed in it underwent it (unlike "Farook and his wife died in a
    shootout following the attack")."""
    if noun.dep_ != "pobj" or noun.head.lower_ not in ("in", "from", "during", "under", "amid"):
        return False
    lemma = verb.lemma_.lower()
    return lemma in ("die", "perish") or lemma in _SUFFERING_VERBS \
        or (lemma in _HARMED_PASSIVES and any(c.dep_ == "auxpass" for c in verb.children))


def _harm_holders(noun) -> list:
    """"A man is dead and a second man has injuries from a shooting": who
    has the injuries the act left (and, joined to that clause, who is dead)."""
    if noun.dep_ != "pobj" or noun.head.lower_ not in ("from", "in"):
        return []
    harm = noun.head.head
    if harm.lemma_.lower() not in _HARM_NOUNS or harm.dep_ != "dobj":
        return []
    verb = harm.head
    holders = [c for c in verb.children if c.dep_ == "nsubj"]
    if verb.dep_ == "conj" and any(c.dep_ == "acomp" and c.lower_ == "dead" for c in verb.head.children):
        holders += [c for c in verb.head.children if c.dep_ == "nsubj"]
    return holders


# What an act left people as: "left 40 people dead", "left four gunmen killed".
_LEFT_HARMED = {"dead", "killed", "wounded", "injured", "hurt", "maimed", "paralyzed", "paralysed"}


def _left_harmed(noun) -> list:
    """"The bombing left 40 people dead", "a shootout left four gunmen
    killed": whom the act left dead or hurt underwent it (the wire's usual
    way to give a toll)."""
    verb = noun.head
    if noun.dep_ != "nsubj" or verb.lemma_.lower() != "leave":
        return []
    said_of_all = any(c.dep_ in ("oprd", "xcomp", "ccomp") and c.lower_ in _LEFT_HARMED for c in verb.children)
    return [person for obj in verb.children if obj.dep_ == "dobj" for person in [obj, *obj.conjuncts]
            if said_of_all or any(c.dep_ in ("acl", "amod", "oprd") and c.lower_ in _LEFT_HARMED
                                  for c in person.children)]


def _a_topic(noun) -> bool:
    """"had spoken with Sanders about accusations that his supporters made
    threats", "his bid came undone over claims he had hit his former
    partner", "weighed in on allegations": what is talked about or
    fought over, not an act of whoever talks or falls apart."""
    if noun.dep_ != "pobj":
        return False
    prep = noun.head
    if prep.lower_ == "on" and prep.head.lemma_.lower() in _TALKING_ON:
        return True  # "Cruz weighed in on allegations against Trump's campaign manager"
    return prep.lower_ in TOPIC_PREPOSITIONS or prep.lower_ == "over"


# Verbs whose "on" object is what is talked about.
_TALKING_ON = {"weigh", "comment", "remark", "reflect", "elaborate", "speak", "opine", "expound", "dwell", "report",
               "write", "testify", "brief"}


_RECORDING_VERBS = {"report", "record", "register", "document", "count", "tally", "log", "list", "cite", "note",
                    "mention", "describe", "track", "monitor", "catalogue", "catalog", "compile", "tabulate",
                    # who hears, sees or fears the act ("reported hearing a large explosion")
                    "hear", "see", "witness", "watch", "notice", "observe", "film", "photograph", "recall",
                    "remember", "fear",
                    # who confirms, condemns or investigates the act ("the US military confirmed the attack",
                    # "the general staff acknowledged a complex attack on a convoy")
                    "confirm", "acknowledge", "condemn", "denounce", "decry", "deplore", "investigate", "probe", "mourn",
                    # who blames it on someone ("authorities blame the explosion on militants")
                    "blame", "attribute",
                    # who helps or hinders someone else's act ("she was ready to help
                    # with the investigation")
                    "cooperate", "comply", "assist", "obstruct", "hinder", "impede", "interfere", "testify",
                    # who reacts to it ("candidates reacted to a mass shooting"), or
                    # hails it ("fishermen's associations welcomed the arrests")
                    "react", "respond", "welcome", "hail", "applaud", "praise", "celebrate",
                    # who talks about or studies it ("two men were discussing the recent shooting")
                    "discuss", "debate", "recount", "examine", "study", "analyze", "analyse",
                    # or refers to it ("Ramírez said, referring to a criminal investigation into Morales")
                    "refer", "allude", "comment",
                    # who undoes it ("a state appeals court reversed a conviction": a
                    # higher court, not the one that convicted)
                    "reverse", "overturn", "vacate", "quash", "annul", "nullify"}
# Verbs whose subject stands by an act their object names, neither doing nor
# reporting it: who presides over it ("a judge presiding over a suit
# against him"), who is kept, or keeps others, from it ("tried to protect
# students from gunfire").
_BYSTANDER_VERBS = {"preside", "oversee", "adjudicate", "protect", "shield", "save", "flee", "escape", "hide",
                    "shelter", "evacuate", "rescue",
                    # what figures in it ("how the work of the foundation figured into that investigation")
                    "figure", "feature"}


def _under_a_copula(noun, verb) -> bool:
    """The noun is the object of a preposition on "be" ("was on probation
    for a previous arrest") or what "be" says its subject is ("Mr.
    Clinton's past is a legitimate criticism"), not the object of a verb
    that does something."""
    if verb.lemma_.lower() != "be":
        return False
    return (noun.dep_ == "pobj" and noun.head.head.i == verb.i) or (noun.dep_ == "attr" and noun.head.i == verb.i)


# Verbs whose subject, a weapon or an attack, hits their object: "Israeli
# bombs hit the school", "the strike killed 12 people".
_IMPACT_VERBS = {"hit", "strike", "kill", "wound", "injure", "destroy", "damage", "target", "pound", "level",
                 "flatten", "rock", "slam", "devastate", "raze"}


def _struck(noun) -> list:
    """The objects of the impact verb whose subject the nominal trigger is."""
    if noun.dep_ != "nsubj" or noun.head.lemma_.lower() not in _IMPACT_VERBS:
        return []
    return [c for c in noun.head.children if c.dep_ == "dobj"]


def _demonym_actor(document: Document, noun) -> list[Actor]:
    """'a Russian airstrike': the demonym codes the actor. A phrase coded
    only by what follows the noun ("criticism of NBC's Matt Lauer", "the
    shooting of Alexis") names the act's target, not its actor."""
    actor = actor_at(document, noun)
    if not (actor and actor.code):
        return []
    mention = mention_at(document, noun)
    if mention is not None and mention.by_setting and noun.lemma_.lower() not in AGENT_NOUNS \
            and noun.dep_ == "dobj" and any(c.dep_ == "nsubj" for c in noun.head.children) \
            and not any(c.dep_ == "poss" for c in noun.children) and not _named_modifier(noun):
        # "Pyongyang has deepened military ties with Russia": the verb's
        # subject is the party; the setting only says where the story is
        return []
    if actor.end > noun.idx + len(noun.text) and not _named_modifier(noun):
        return []
    if noun.lemma_.lower() in _INQUIRIES_UNDERGONE and _no_investigator(actor):
        return []  # "the FIFA probe", "the Enron inquiry": a probe of them, not theirs
    # (Not for people named by the act: "Greek rioters" are the party, not "Greek".)
    words = _party_words(noun) if noun.lemma_.lower() not in AGENT_NOUNS else []
    if actor.end == noun.idx + len(noun.text) and words:
        # The phrase is the act itself ("the FBI investigation", "American
        # criticism"): the words that name the party are the party's.
        first, last = words[0], words[-1]
        return [Actor(entity_text=noun.doc[first.i:last.i + 1].text, name=actor.name, code=actor.code,
                      sector=list(actor.sector), start=first.idx, end=last.idx + len(last.text))]
    return [Actor(entity_text=actor.entity_text, name=actor.name, code=actor.code,
                  sector=list(actor.sector), start=actor.start, end=actor.end)]


# Nouns for an inquiry, which a body with no power to investigate can only undergo.
# (Named apart from the inquiries a name on says whom they look into, above,
# which this list had silently replaced: one module-level name, bound twice.)
_INQUIRIES_UNDERGONE = {"probe", "investigation", "inquiry", "enquiry"}
# Who holds no such power: firms, sports and other private bodies, churches, schools, hospitals.
_PRIVATE_CODES = {"NGO", "MNC"}
_PRIVATE_SECTORS = {"BUS", "EDU", "MED", "REL", "NGO", "CVL"}


def _no_investigator(actor: Actor) -> bool:
    return actor.code in _PRIVATE_CODES or (bool(actor.sector) and set(actor.sector) <= _PRIVATE_SECTORS)


def _party_words(noun) -> list:
    """The words before the noun that name its party: from the first modifier
    holding a name or demonym up to the noun ("a State Department inspector
    general investigation"), without a possessive ending, nor anything from
    a quotation mark on ('Saudi "counter-terrorism arrests"': "Saudi")."""
    named = [t for left in noun.lefts if left.dep_ in _MODIFIER_DEPS - {"poss"}
             and any(u.ent_type_ in _NAMING_ENTITIES for u in left.subtree) for t in left.subtree]
    if not named:
        return []
    words = []
    for token in noun.doc[min(t.i for t in named):noun.i]:
        if token.is_quote:
            break
        words.append(token)
    while words and (words[-1].tag_ == "POS" or words[-1].is_punct):
        words.pop()
    return words


_MODIFIER_DEPS = {"amod", "compound", "nmod", "npadvmod", "poss"}
_NAMING_ENTITIES = {"NORP", "GPE", "ORG", "PERSON", "LOC"}


def _named_modifier(noun) -> bool:
    """A name or demonym before the noun ("the Russian bombing of Aleppo")."""
    return any(t.dep_ in _MODIFIER_DEPS and t.ent_type_ in _NAMING_ENTITIES
               for left in noun.lefts for t in left.subtree)
