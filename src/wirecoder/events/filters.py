"""Is what the detector typed at a word a PLOVER event at all?

Entry point: `not_an_event(document, token, modes, trigger, actors, recipients, earlier)`.

The detector reads whole sentences, and a word of an event type is often
no event: a metaphor ("the tables turned", "attack code"), a sport, a film
shoot, an accident or a disaster, a campaign rally, a reporter's question,
an act denied, only discussed or carried out in a game, a toll counted over
a war, an inquiry into an accident. Each check here says of one such kind
why it is no event, with the sentences of our own in tests/ that it was
written for; extract.py asks `not_an_event` once it knows the type, mode and
parties of a row, and writes no row when it says so. The few checks extract.py
also needs of its own (whether an act was denied; whether violence names its
attacker or its weapon) live here too, so the module imports nothing of extract.
"""

from __future__ import annotations

import re

from ..actors import (
    ILLNESSES,
    KIN_NOUNS,
    actor_at,
    counted_group,
    load_knowledge,
    names_a_state,
    news_outlet,
    start_of_sentences_before,
)
from ..document import STATE_SECTORS, Document, Event
from .lexicon import (
    CHARGING_NOUNS,
    MEANS_OF_VIOLENCE,
    SPEECH_VERBS,
    Trigger,
)
from .modes import present_tense
from .roles.subjects import _passive_patients
from .roles.syntax import _relative_antecedent
from .roles.where import BUILDING_NOUNS

ARMED = {"REB", "MIL", "UAF", "PRM"}


LAUNCHES = {"fire", "launch", "test", "test-fire"}


# What air defences bring down: weapons in flight, not people.
_AIRBORNE_WEAPONS = {"drone", "missile", "rocket", "shell", "projectile", "uav", "balloon", "mortar"}
_SOME_OF_THEM = {"most", "all", "some", "many", "none", "majority", "rest", "them", "dozens", "half"}


def _intercepted(token) -> bool:
    """Air defence, not an attack of its own: "most were shot down",
    "intercepted 30 drones" (the attack is the launch, told as such); and
    a launch the parse hangs on the interception ("intercepted most of the
    rockets fired from Gaza", where the interceptors are not who fired)."""
    lemma = token.lemma_.lower()
    if lemma in _AIRBORNE_WEAPONS and token.pos_ == "NOUN":
        # the weapon itself, or "most of the rockets", as what was brought down
        held = token.head.head if token.dep_ == "pobj" and token.head.lower_ == "of" else token
        # ("shot down 58 of the drones and two of three missiles": the first of what was brought down)
        while held.dep_ == "conj" and held.head.pos_ != "VERB" and held.head.i != held.i:
            held = held.head
        if held is not token and held.dep_ == "pobj" and held.head.lower_ == "of":
            held = held.head.head  # ("shot down 61 of the 85 drones …, as well as two cruise missiles")
        if held.dep_ == "conj" and held.head.pos_ == "VERB":
            return _an_interception(held.head)  # (the parse may join the weapons to the verb)
        if held.dep_ == "pobj" and held.head.lower_ == "with" and held.head.head.lower_ in ("along", "together"):
            return _an_interception(held.head.head.head)  # ("shot down 61 drones, along with two missiles")
        return held.dep_ in ("dobj", "nsubjpass") and _an_interception(held.head)
    if lemma in LAUNCHES and token.pos_ == "VERB" and token.i > 0 \
            and token.doc[token.i - 1].lemma_.lower() in _AIRBORNE_WEAPONS \
            and not any(c.dep_ in ("nsubj", "nsubjpass") for c in token.children):
        # ("intercepted a ballistic missile fired from Yemen": the launch
        # hung on the weapon, the weapon on the interception)
        weapon = token.head if token.dep_ == "acl" and token.head.lemma_.lower() in _AIRBORNE_WEAPONS else None
        return _an_interception(token.head) or (weapon is not None and weapon.dep_ == "dobj"
                                                and _an_interception(weapon.head))
    return _an_interception(token)


def _an_interception(verb) -> bool:
    lemma = verb.lemma_.lower()
    brought_down = lemma in ("shoot", "bring") and any(
        c.dep_ in ("prt", "advmod") and c.lower_ == "down" for c in verb.children)
    # ("air defences destroyed 60 of the 90 drones": brought down in flight too)
    if not (lemma in ("intercept", "down", "destroy", "neutralise", "neutralize", "jam") or brought_down):
        return False
    patients = [c for c in verb.children if c.dep_ in ("dobj", "nsubjpass")]
    # ("shot down 58 of the 74 drones", the count parsed as the particle's object)
    patients += [g for c in verb.children if c.dep_ == "prt" for g in c.children if g.dep_ == "pobj"]
    if not patients:
        # ("shot down or electronically jammed 41 of the drones": joined verbs share the object)
        patients = [c for v in verb.conjuncts for c in v.children if c.dep_ == "dobj"]
    return any(_airborne_weapons(p) for p in patients)


def _airborne_weapons(noun) -> bool:
    """The weapons themselves, some of them ("most of the rockets"), or a
    bare "most"/"70" in a sentence that names them."""
    if noun.lemma_.lower() in _AIRBORNE_WEAPONS:
        return True
    if noun.lower_ not in _SOME_OF_THEM and not noun.like_num:
        return False
    named = [g for c in noun.children if c.dep_ == "prep" and c.lower_ == "of" for g in c.children
             if g.dep_ == "pobj"]
    if named and not any(g.lemma_.lower() in _AIRBORNE_WEAPONS or g.lower_ in ("them", "which") for g in named):
        return False  # ("most of the villagers"; but "90 drones, most of which were shot down")
    return any(t.lemma_.lower() in _AIRBORNE_WEAPONS for t in noun.sent)


_FIGHTING_NOUNS = {"fighting", "clash", "clashes", "hostility", "hostilities", "skirmish", "skirmishes"}


def _fighting_of_no_one_named(document: Document, token, actors: list, recipients: list) -> bool:
    """A bare noun for fighting whose sides the text does not name: no
    owner, no "between", no actor with words, no recipient, and no place of
    the sentence in the country its unnamed side is given (fighting told as
    breaking out in a Sudanese state is Sudan's; "fighting flared near the
    crossings", in a story filed from Doha, is not Qatar's)."""
    if token.pos_ != "NOUN" or not {token.lower_, token.lemma_.lower()} & _FIGHTING_NOUNS:
        return False
    if any(_names_a_side(c) for c in token.children):
        return False
    # (the sides may hang on its verb: "fighting broke out in Kordofan between the army and rebels")
    if any(c.dep_ == "prep" and c.lower_ in ("between", "among") for c in token.head.children):
        return False
    sent = token.sent
    here = {p.country for p in document.places if p.country and sent.start_char <= p.start < sent.end_char}
    if any(a.code in here for a in actors):
        return False
    return not any(a.entity_text for a in actors) and not any(r.code for r in recipients)


# Prepositions that say where fighting was, not who fought.
_WHERE_PREPOSITIONS = {"near", "in", "at", "around", "on"}


def _names_a_side(child) -> bool:
    """An owner, a name or a demonym on a fighting noun, or a phrase other
    than where it was ("heavy fighting near the crossings" names none)."""
    if child.dep_ == "amod":
        return child.pos_ != "ADJ" or child.ent_type_ in ("NORP", "GPE")
    if child.dep_ == "prep":
        return child.lower_ not in _WHERE_PREPOSITIONS
    return child.dep_ in ("poss", "compound")


# Who asks others to act only as the press's questions: "asked by a
# reporter to condemn the group" is neither a request PLOVER codes nor the
# condemnation (the review of issue 10 found reporters' questions as REQUEST).
_QUESTIONERS = {"reporter", "journalist", "interviewer", "moderator", "questioner", "host", "anchor"}


def _asked_by_the_press(token) -> bool:
    """The asking word's subject or agent is a reporter (the head noun: "the
    host country asked" is a state)."""
    askers = [c for c in token.children if c.dep_ == "nsubj"]
    askers += [g for c in token.children if c.dep_ == "agent" for g in c.children if g.dep_ == "pobj"]
    return any(a.lemma_.lower() in _QUESTIONERS for a in askers)


# A vehicle or its driver hitting someone is an accident, not an ASSAULT
# (PLOVER leaves accidents out), unless the trigger says it was done on
# purpose ("rammed", "plowed into").
_VEHICLE_WORDS = {"driver", "motorist", "car", "vehicle", "truck", "van", "bus", "train", "suv", "pickup", "taxi",
                  "motorcycle", "motorcyclist", "cyclist", "lorry", "tractor", "trailer"}
_ACCIDENT_TRIGGERS = {"hit", "strike", "kill", "injure", "run", "crash", "collide", "wound", "knock"}


# A threat or promise made good: "kept its promise to execute him" did it.
_THREAT_NOUNS = {"promise", "threat", "vow", "pledge"}
_KEPT = {"keep", "fulfil", "fulfill", "honor", "honour", "carry", "execute"}


def _threat_carried_out(token) -> bool:
    """The act is what a kept promise or carried-out threat was to do: it
    happened, and it was no threat then."""
    noun = token.head
    return token.dep_ in ("acl", "xcomp", "relcl") and noun.lemma_.lower() in _THREAT_NOUNS \
        and noun.dep_ in ("dobj", "pobj") and noun.head.lemma_.lower() in _KEPT


def _traffic_accident(token, actors: list) -> bool:
    if token.lemma_.lower() not in _ACCIDENT_TRIGGERS:
        return False
    named = [a.entity_text.lower().split() for a in actors if a.entity_text]
    if any(words and words[-1] in _VEHICLE_WORDS for words in named):
        return True
    if _struck_and_killed(token) or _road_user_killed(token):
        return True
    # "was struck by a car": the passive agent.
    for child in token.children:
        if child.dep_ == "agent":
            for noun in child.children:
                if noun.dep_ == "pobj" and noun.lemma_.lower() in _VEHICLE_WORDS:
                    return True
    return False


# Who is killed or hurt on the road: with no one who did it and no weapon,
# "the teenage driver was killed" reports a crash.
_ROAD_USERS = {"driver", "motorist", "passenger", "pedestrian", "cyclist", "motorcyclist", "biker", "bicyclist"}


def _road_user_killed(token) -> bool:
    """"Police said the driver was killed" after a crash: an agentless
    killing of a road user that no weapon or other clause explains."""
    return killed_by_someone(token) and not weapon_told(token) \
        and all(p.lemma_.lower() in _ROAD_USERS for p in _passive_patients(token))


def _struck_and_killed(token) -> bool:
    """"hit and killed a woman in the parking lot", "was struck and killed":
    the way news reports a road death; with a weapon ("struck and killed
    him with a hammer") it is an attack. Also the death a "when" clause
    tells so ("was killed Friday when a driver struck and killed her")."""
    return _a_road_death(token) or any(_a_road_death(clause) for clause in token.subtree
                                       if clause.dep_ in ("advcl", "relcl") and _told_when(clause))


def _told_when(clause) -> bool:
    return any(c.dep_ in ("advmod", "mark") and c.lower_ == "when" for c in clause.children)


def _a_road_death(token) -> bool:
    verbs = [token, *token.conjuncts]
    lemmas = {v.lemma_.lower() for v in verbs}
    if not (lemmas & {"hit", "strike"} and lemmas & {"kill", "injure"}):
        return False
    return not any(c.dep_ == "prep" and c.lower_ == "with" for v in verbs for c in v.children)


# Deaths and injuries a disaster or an accident caused: "a girl was killed and
# dozens injured in the quakes", "the storm killed 12", "died in a plane
# crash". ("Fire" and "blast" are left out: "killed by Israeli fire".)
# How people die in accidents: "killed after falling 2,000 ft while climbing".
_MISHAPS = {"fall", "plunge", "slip", "tumble", "drown", "climb", "hike", "ski", "swim", "collapse", "topple"}


_HARMS = ("kill", "die", "injure", "hurt", "wound")


def _harms_told_together(token) -> list:
    """The harm and those told with it, whose clauses say how all happened:
    its conjuncts, and a harm joined to it by "and" under the same head ("a
    boy died and two walkers were hurt when an oak fell", parsed as two
    clauses of "officials said")."""
    verbs = [token, *token.conjuncts]
    if any(c.dep_ == "cc" and c.lower_ == "and" for c in token.children):
        verbs += [c for c in token.head.children if c.i > token.i and c.dep_ == token.dep_
                  and c.lemma_.lower() in _HARMS and c not in verbs]
    return verbs


def _fall(token) -> bool:
    """A death or injury through a fall or a mishap the trigger's own clause
    (or that of a harm told with it) names, in a sentence that names no
    weapon ("died when their home caved in after rockets struck it" is an
    attack's toll)."""
    if token.lemma_.lower() not in _HARMS or weapon_told(token):
        return False
    for child in (c for verb in _harms_told_together(token) for c in verb.children):
        clauses = [child] if child.dep_ == "advcl" else [g for g in child.children if g.dep_ == "pcomp"] \
            if child.dep_ == "prep" else []
        if any(c.lemma_.lower() in _MISHAPS for c in clauses):
            return True
    return False


# What only a metaphor attacks or destroys.
_INTANGIBLES = {"image", "reputation", "credibility", "chance", "hope", "career", "brand", "legacy", "argument",
                "confidence", "trust", "prospect", "candidacy", "dream", "morale", "economy", "relationship",
                # "the video captured the raging national debate"
                "debate", "mood", "spirit", "imagination", "attention", "essence", "feeling", "heart", "anger",
                "frustration", "zeitgeist"}


def _metaphor(token) -> bool:
    """"warning Israel it was ruining its image", "tensions between the two
    generals exploded into open fighting": no one is harmed by the verb."""
    if token.pos_ != "VERB":
        return False
    if token.lemma_.lower() in _BURSTING and any(c.dep_ == "nsubj" and c.lemma_.lower() in _INTANGIBLES | _STRAINS
                                                  for c in token.children):
        return True
    if token.lemma_.lower() in _BURSTING and any(c.dep_ == "prep" and c.lower_ == "into" and any(
            g.dep_ == "pobj" and g.lemma_.lower() in _TURMOIL for g in c.children) for c in token.children):
        return True  # ("when simmering tensions exploded into street fighting", however "tensions" is parsed)
    if _with_hands_tied(token):
        return True
    if token.lemma_.lower() in _FIGHTING_VERBS and any(c.dep_ == "dobj" and c.lemma_.lower() in _THINGS_OPPOSED
                                                         for c in token.children):
        return True  # ("residents have been fighting the pit for three years")
    return any(c.dep_ == "dobj" and c.lemma_.lower() in _INTANGIBLES for c in token.children)


# What one fights without violence: a plan, a ruling, a fire, a disease.
_FIGHTING_VERBS = {"fight", "battle", "combat"}
_THINGS_OPPOSED = {"plan", "project", "proposal", "pit", "mine", "quarry", "development", "law", "bill", "order",
                   "decision", "ruling", "charge", "case", "closure", "eviction", "cut", "tax", "policy", "ban",
                   "fine", "lawsuit", "suit", "extradition", "deportation", "expansion", "pipeline", "rezoning",
                   "measure", "scheme", "fee", "increase", "disease", "cancer", "corruption", "poverty", "fire",
                   "blaze", "flame", "wildfire", "virus", "addiction", "crime", "inflation", "hunger", "odds",
                   "conviction", "sentence", "verdict", "appeal", "merger", "takeover", "application", "permit",
                   "licence", "license", "regulation", "rule", "reform", "change", "motion", "injunction"}


def _with_hands_tied(verb) -> bool:
    """"We've been fighting with one hand tied behind our back": a figure
    for a handicap, however the parse hangs the hand and the tying."""
    withs = [c for c in verb.children if c.dep_ == "prep" and c.lower_ == "with"]
    return any(t.lemma_.lower() == "hand" for w in withs for t in w.subtree) \
        and any(t.lemma_.lower() == "tie" and t.i > verb.i for t in verb.subtree)


# What a quarrel bursts into (not "exploded into flames": a blast).
_TURMOIL = {"fighting", "violence", "war", "clash", "conflict", "battle", "bloodshed", "protest", "riot", "unrest",
            "chaos", "crisis", "warfare", "hostility", "hostilities"}


# What bursts in a figure of speech, and the strains that do.
_BURSTING = {"explode", "erupt", "blow", "detonate"}
_STRAINS = {"tension", "dispute", "row", "feud", "rivalry", "quarrel", "scandal", "crisis", "rage", "fury",
            "outrage", "resentment"}


# What is fired to warn, signal or celebrate, not at anyone.
_HARMLESS_SHOTS = {"flare", "blank", "salute", "firework", "fireworks"}
_FIRING_VERBS = {"fire", "shoot", "launch"}


def _harmless_fire(token) -> bool:
    """"fired flares at Swedish planes", "fired warning shots", "fired into
    the air to disperse the crowd": a show of force, no one is harmed. (Not
    "a salvo of flares and rockets": a quantity of what is named after it.)"""
    if token.lemma_.lower() not in _FIRING_VERBS or token.pos_ != "VERB":
        return False
    if any(c.dep_ == "dobj" and _harmless_shot(c) for c in token.children):
        return True
    return any(c.dep_ == "prep" and c.lower_ in ("into", "in") and any(
        g.dep_ == "pobj" and g.lower_ in ("air", "sky") for g in c.children) for c in token.children)


def _harmless_shot(noun) -> bool:
    """Flares, blanks, a salute (not a quantity "of" something), or a warning shot."""
    lemma = noun.lemma_.lower()
    if lemma == "shot":
        return any(m.lower_ == "warning" for m in noun.children)
    return lemma in _HARMLESS_SHOTS and not any(g.dep_ == "prep" and g.lower_ == "of" for g in noun.children)


# What police break up when they disperse people (not "a man tried to
# break up the fight": he stopped it).
_GATHERINGS = {"protest", "demonstration", "rally", "crowd", "gathering", "march", "sit-in", "camp", "encampment",
               "meeting", "riot", "blockade", "protester", "protestor", "demonstrator", "vigil", "assembly",
               "picket", "strike", "occupation"}


def _broke_up_no_gathering(token) -> bool:
    """"break up" whose object is not a gathering of people."""
    if token.lemma_.lower() != "break" or not any(c.dep_ == "prt" and c.lower_ == "up" for c in token.children):
        return False
    objects = [c for c in token.children if c.dep_ == "dobj"]
    return bool(objects) and not any(o.lemma_.lower() in _GATHERINGS for o in objects)


# What only plays at an act: "simulated an attack on a Danish island", "a mock raid".
_PRETENCES = {"simulate", "simulated", "mock", "rehearse", "practise", "practice", "fake", "feign", "pretend",
              "imaginary", "hypothetical", "fictional", "fictitious"}


def _pretended(token) -> bool:
    """An act only simulated, rehearsed or imagined: an exercise, not an
    event; so is an act told inside what was simulated ("drills that
    rehearsed a counter-strike in answer to an enemy raid")."""
    if any(c.dep_ in ("amod", "compound") and c.lemma_.lower() in _PRETENCES for c in token.children):
        return True
    node = token
    while node.dep_ in ("pobj", "prep") and node.head.i != node.i and node.lower_ not in _TIMES_OF_AN_ACT:
        node = node.head
    if node.dep_ in ("dobj", "nsubjpass"):
        node = node.head
    return node.lemma_.lower() in _PRETENCES


# Prepositions that date an act by another, which may be real: "drills
# simulating an invasion after the attack on the base".
_TIMES_OF_AN_ACT = {"after", "before", "since", "following", "during", "until", "amid"}


_DISASTERS = {"earthquake", "quake", "tremor", "aftershock", "tsunami", "flood", "flooding", "storm", "hurricane",
              "typhoon", "cyclone", "tornado", "avalanche", "landslide", "mudslide", "eruption", "wildfire", "blaze",
              "heatwave", "lightning", "blizzard", "accident", "crash", "collision", "derailment", "stampede",
              "deluge", "snowstorm", "drought", "hailstorm", "sandstorm", "bushfire", "forest-fire"}
# Weather harms as what did the harm ("heavy monsoon rains have killed 45
# people", "killed by strong winds"), not as when it was done ("killed 12
# soldiers in heavy rain").
_WEATHER = {"rain", "rainfall", "downpour", "monsoon", "snow", "snowfall", "heat", "wind", "gale", "cold"}
# Illness is no one's act either ("Her suspected H5N1 infection killed her"):
# PLOVER's events are done by people and bodies of people.
_DISASTERS |= ILLNESSES


# An explosion or a fire a source of this kind names is an accident ("a gas
# explosion at a restaurant", "a boiler blast"); a bare "explosion", "blast"
# or "fire" may be an attack ("killed by Israeli fire", "an explosion near
# the embassy").
_ACCIDENTAL_SOURCES = {"gas", "boiler", "chemical", "pipeline", "propane", "methane", "kitchen", "electrical",
                       "fireworks", "firework", "dust", "tanker", "reactor", "furnace", "cylinder", "engine",
                       # fires of the land ("forest fires that burned through pine forests")
                       "forest", "bush", "brush", "grass", "scrub", "peat", "moorland", "vegetation"}
BLASTS = {"explosion", "blast", "fire", "leak"}
# What a driver does in a crash: "killed after crashing his car", "died when
# his truck overturned".
_CRASH_VERBS = {"crash", "collide", "overturn", "skid", "swerve", "derail", "flip"}


# Food and drink that kill are bad batches, no one's attack: "tainted liquor
# killed twelve", "contaminated milk sickened thousands".
_CONSUMABLES = {"liquor", "alcohol", "moonshine", "brew", "drink", "drinks", "milk", "water", "food", "meat",
                "wine", "beer", "vodka", "gin", "whisky", "whiskey", "rum", "spirits", "hooch", "oil", "flour",
                "seafood", "mushroom", "mushrooms"}


def _a_fire_of_no_one(noun) -> bool:
    """"A fire destroyed hundreds of stalls", "a huge fire killed nine": a
    fire the sentence gives no one's (not "Israeli fire", "tank fire",
    "fire from the militants") did the harm as a disaster does."""
    return noun.lemma_.lower() in ("fire", "blaze") and all(
        c.dep_ in ("det", "amod") and c.ent_type_ not in ("NORP", "GPE") for c in noun.children)


def _a_blaze(noun) -> bool:
    """"a fire at the factory", "the blaze": a fire counted as one (gunfire
    is not: "killed in fire from troops"), of no one's, where it burned."""
    return noun.lemma_.lower() in ("fire", "blaze") \
        and any(c.dep_ == "det" and c.lower_ in ("a", "the") for c in noun.children) \
        and all((c.dep_ in ("det", "amod") and c.ent_type_ not in ("NORP", "GPE"))
                or (c.dep_ == "prep" and c.lower_ in ("at", "in", "on")) for c in noun.children)


def _accidental(noun) -> bool:
    """A disaster or an accident ("the quakes", "a plane crash", "a gas
    explosion", a storm by its name: "Typhoon Yagi", "Hurricane Ian")."""
    lemma = noun.lemma_.lower()
    if lemma in _DISASTERS:
        return True
    if noun.pos_ == "PROPN" and any(c.dep_ == "compound" and c.lemma_.lower() in _DISASTERS for c in noun.children):
        return True
    return lemma in BLASTS and (
        any(c.dep_ in ("compound", "amod", "nmod") and c.lemma_.lower() in _ACCIDENTAL_SOURCES for c in noun.children)
        or _at_a_works(noun) or _of_a_stock_kept_unsafely(noun))


# What explodes in store: "the explosion of hundreds of tonnes of ammonium
# nitrate that had been stored unsafely at the port".
_STOCKS = {"nitrate", "fertiliser", "fertilizer", "fuel", "chemicals"}


def _of_a_stock_kept_unsafely(noun) -> bool:
    """A blast "of" a stock of chemicals, or of anything said to have been
    stored: an accident of its keeping, no one's attack."""
    stock = [t for c in noun.children if c.dep_ == "prep" and c.lower_ == "of" for t in c.subtree]
    return any(t.lemma_.lower() in _STOCKS for t in stock) \
        or any(t.lemma_.lower() == "store" and t.tag_ == "VBN" for t in stock)


# Works where a blast or a fire is an accident of the trade: "a blast at a
# fireworks factory", "an explosion at a coal mine" (an attack on one is
# told by its attack: "drones struck a refinery").
_WORKS = {"factory", "plant", "mine", "refinery", "warehouse", "mill", "workshop", "quarry", "foundry", "colliery"}


def _at_a_works(noun) -> bool:
    """At a works, or in a part of the machine where accidents start ("an
    explosion in its engine room"); also where the verb it is the subject of
    says ("an explosion tore through a fireworks factory")."""
    preps = [c for c in noun.children if c.dep_ == "prep" and c.lower_ in ("at", "in")]
    if noun.dep_ == "nsubj":
        preps += [c for c in noun.head.children if c.dep_ == "prep" and c.lower_ in ("at", "in", "through")]
    return any(g.dep_ == "pobj" and (g.lemma_.lower() in _WORKS or any(
        m.dep_ == "compound" and m.lemma_.lower() in _ACCIDENTAL_SOURCES for m in g.children))
        for c in preps for g in c.children)


def _disaster(token) -> bool:
    """Harm a disaster or an accident did ("killed in the quakes", "the
    quakes … destroyed hundreds of buildings", "died in a gas explosion",
    "killed after crashing his car", "a gas explosion destroyed the block,
    killing three": the participle's act is its clause's subject's)."""
    if token.lemma_.lower() in BLASTS and any(_said_to_be_caused_by_an_accident(v) for v in token.sent
                                                if v.pos_ == "VERB"):
        # ("an explosion at a bakery injured nine people and was probably
        # caused by a gas leak"; the parser may hang the explosion on a dateline)
        return True
    verbs = _harms_told_together(token)
    if token.dep_ == "advcl" and token.tag_ == "VBG":
        verbs = [*verbs, token.head, *_clauses_ending_just_before(token)]
    if token.dep_ == "conj" and token.tag_ == "VBG":
        # ("floods swept through camps, killing nine people, including four
        # children, and destroying shelters": the parse may join the second
        # participle to a noun of the first's)
        first = next((a for a in list(token.ancestors)[:4] if a.dep_ == "advcl" and a.tag_ == "VBG"), None)
        if first is not None:
            verbs = [*verbs, first, first.head]
    if token.tag_ == "VBG" and token.dep_ in ("conj", "acl", "advcl"):
        # ("Typhoon Songda slammed into Vietnam with winds of 150 km per
        # hour, tearing roofs off homes and killing nine": the parse may hang
        # the participles on a noun; the clause's own verb says what harmed)
        verbs = [*verbs, *[a for a in list(token.ancestors)[:6] if a.pos_ in ("VERB", "AUX") and a.tag_ != "VBG"][:1]]
    if token.dep_ == "acl" and token.tag_ == "VBN":
        # ("most of those killed had died in a stampede": the verb the
        # killed are the subject of says how)
        verbs = [*verbs, *(v for v in _verbs_of_the_described(token) if v.lemma_.lower() in _HARMS)]
    for verb in verbs:
        for child in verb.children:
            if child.dep_ in ("nsubj", "agent", "prep"):
                # ("fires that have burned through forests": the fires)
                nouns = [_relative_antecedent(verb, child)] if child.dep_ == "nsubj" \
                    else [g for g in child.children if g.dep_ == "pobj"]
                if any(_accidental(n) for n in nouns):
                    return True
                if (child.dep_ in ("nsubj", "agent") or child.lower_ == "from") \
                        and any(n.lemma_.lower() in _WEATHER or _a_fire_of_no_one(n) for n in nouns):
                    return True
                if child.lower_ == "in" and any(_a_blaze(n) for n in nouns):
                    return True  # ("were killed in a fire at a garment factory")
                # (food or drink as what did the harm, not where: "killed by
                # tainted liquor", not "shot dead in the water")
                if child.dep_ != "prep" and any(n.lemma_.lower() in _CONSUMABLES for n in nouns):
                    return True
            if _crashed(child):
                return True
        if _said_to_be_caused_by_an_accident(verb) or any(_a_disaster_struck(c) for c in verb.children):
            return True
    if token.pos_ == "VERB" and any(_a_disaster_struck(t) for t in token.subtree if t.i > token.i):
        # ("were killed and at least 11 injured when a building collapsed":
        # the parse hangs the clause on the harm told with it)
        return True
    # (the parser may hang the harm on anything: "A man who drove his car
    # into a crowd …, injuring seven people" had "injuring" on the dateline)
    # (only a crash's own harms: not "started shooting" after driving into a crowd)
    return token.lemma_.lower() in _HARMS \
        and any(_driven_into_what_the_text_calls_a_crash(t) for t in token.sent if t.pos_ == "VERB")


def _clauses_ending_just_before(participle) -> list:
    """"sent aircraft to Samar, where the storm made landfall last week,
    killing 87 people": the parse hangs the participle on the main verb,
    but its act is the clause that ends at the comma before it."""
    sentence = participle.sent
    return [t for t in sentence if t.pos_ in ("VERB", "AUX") and t.i < participle.i
            and t.dep_ in ("relcl", "advcl", "ccomp", "conj") and participle.i - 2 <= t.right_edge.i < participle.i]


def _a_disaster_struck(clause) -> bool:
    """"nine workers were killed when a massive fire broke out at a garment
    factory": a clause of time whose subject is a fire of no one's, a storm
    or an accident says what did the harm."""
    if clause.dep_ != "advcl" or not any(c.lower_ in ("when", "as", "after") for c in clause.children):
        return False
    if clause.lemma_.lower() in ("fall", "collapse", "topple") \
            and any(c.dep_ == "nsubj" and c.lemma_.lower() in _FALLING_THINGS for c in clause.children):
        return True  # ("a woman killed when a tree fell on her car")
    return any(c.dep_ == "nsubj" and (_accidental(c) or c.lemma_.lower() in _WEATHER or _a_fire_of_no_one(c))
               for c in clause.children)


# What falls on people by accident.
_FALLING_THINGS = {"tree", "branch", "wall", "roof", "ceiling", "building", "crane", "rock", "boulder", "debris",
                   "bridge", "pole", "billboard", "scaffolding", "balcony"}


# How many sentences back a disaster may be told whose toll a bare passive gives.
_DISASTER_REACH = 3


def _a_toll_of_the_disaster_told_before(token) -> bool:
    """"A category 5 hurricane made landfall in Jamaica, tearing roofs off
    homes … At least three people were killed": an agentless killing with
    no weapon, told after a sentence whose subject is a disaster or an
    accident, is that disaster's toll."""
    if not killed_by_someone(token) or weapon_told(token):
        return False
    before = token.doc[start_of_sentences_before(token, _DISASTER_REACH):token.sent.start]
    return any(t.dep_ in ("nsubj", "nsubjpass") and _accidental(t) for t in before)


def _verbs_of_the_described(participle) -> list:
    """The verbs whose subject holds the noun a participle describes ("most
    of those killed had died" : "died")."""
    noun = participle.head
    while noun.dep_ in ("pobj", "prep") and noun.head.i != noun.i:
        noun = noun.head
    return [noun.head] if noun.dep_ in ("nsubj", "nsubjpass") else []


def _said_to_be_caused_by_an_accident(verb) -> bool:
    """"An explosion at a bakery injured nine people and was probably caused
    by a gas leak": the harm's own sentence says an accident caused it."""
    causes = [g for conj in verb.conjuncts if conj.lemma_.lower() == "cause"
              for agent in conj.children if agent.dep_ == "agent" for g in agent.children if g.dep_ == "pobj"]
    return any(_accidental(g) or g.lemma_.lower() in _ACCIDENTAL_SOURCES
               or any(c.dep_ in ("compound", "amod") and c.lemma_.lower() in _ACCIDENTAL_SOURCES for c in g.children)
               for g in causes)


_DRIVING_VERBS = {"drive", "plough", "plow", "slam", "smash", "veer", "career"}


def _driven_into_what_the_text_calls_a_crash(verb) -> bool:
    """"A man who drove his car into a crowd …, injuring seven people, was
    over the alcohol limit … the crash was not being treated as terrorism":
    a vehicle driven into people is an accident when the text calls it
    "the crash" or "the accident", and never "the attack" (as it calls a
    ramming)."""
    if verb.lemma_.lower() not in _DRIVING_VERBS or not any(
            c.dep_ == "prep" and c.lower_ == "into" for c in verb.children):
        return False
    named = {t.lemma_.lower() for t in verb.doc
             if t.pos_ == "NOUN" and any(c.dep_ == "det" and c.lower_ == "the" for c in t.children)}
    return bool(named & {"crash", "accident"}) and "attack" not in named


def _crashed(child) -> bool:
    """A clause beside the harm says a vehicle crashed: "after crashing his
    car", "when his truck overturned"."""
    if child.dep_ == "prep":
        return any(g.dep_ == "pcomp" and g.lemma_.lower() in _CRASH_VERBS for g in child.children)
    if child.dep_ != "advcl":
        return False
    # ("when a bus veered off a mountain road and plunged into a ravine")
    return child.lemma_.lower() in _CRASH_VERBS or (child.lemma_.lower() in _LEAVING_THE_ROAD and any(
        c.dep_ == "nsubj" and c.lemma_.lower() in _VEHICLES for c in child.children))


# What vehicles do when they leave the road, the rails or the surface; and vehicles.
_LEAVING_THE_ROAD = {"veer", "plunge", "fall", "roll", "tumble", "sink", "capsize", "run", "go", "slide", "topple"}
_VEHICLES = {"bus", "minibus", "coach", "car", "truck", "lorry", "van", "train", "tram", "vehicle", "boat", "ferry",
             "ship", "plane", "aircraft", "helicopter", "motorcycle", "tanker", "taxi", "jeep", "suv", "trailer"}


# People named by a sport of mountains and water: killed with no one named
# who killed them, they died in an accident ("climbers
# killed in New Zealand").
_OUTDOOR_PEOPLE = {"climber", "hiker", "skier", "mountaineer", "swimmer", "surfer", "diver", "trekker", "snowboarder",
                   "kayaker", "caver", "paraglider", "rafter"}


def _outdoor_accident(token, actors: list) -> bool:
    if any(a.entity_text for a in actors) or any(c.dep_ == "agent" for c in token.children):
        return False
    patients = [c for c in token.children if c.dep_ in ("nsubjpass", "nsubj", "dobj")]
    if token.dep_ == "acl":
        patients.append(token.head)  # "climbers killed in ...": the noun the participle describes
    return any(p.lemma_.lower() in _OUTDOOR_PEOPLE for n in patients for p in [n, *n.conjuncts])


# What a candidate captures or seizes in a race is a win, not a seizure: "he
# captured neighboring New Hampshire", "seized the nomination".
_RACE_PRIZES = {"state", "primary", "caucus", "caucuses", "nomination", "delegate", "vote", "seat", "majority",
                "election", "race", "county", "district", "lead", "title", "crown", "victory", "win", "presidency"}


# Laws and orders a leader signs: "Bryant signed the bill into law",
# "Reagan signed a variety of environmental laws". Signing one is no support
# for another party (an order against someone is read by its own words:
# "signed an order to block refugees" is a REJECT, not this).
_LAWS = {"bill", "bills", "law", "laws", "legislation", "measure", "measures", "act", "budget", "decree", "decrees",
         "ordinance", "statute", "amendment"}


_ACCUSATIONS = {"accusation"}


def _no_party_named(actors: list, recipients: list) -> bool:
    """"a campaign to quiet mounting criticism in Berlin", "vague
    accusations were creeping into politics": a criticism or accusation
    noun whose sentence names neither who voices it nor whom it is aimed at
    (at most the country its place gives, with no sector) tells of no act
    between parties."""
    return not any(party.entity_text or party.sector for party in actors + recipients)


def _thanked_for(token) -> bool:
    """"Sanders is thanking Nevadans for their support": what a thanks is
    for is the backing a candidate got (at the polls, at a rally), told as
    the reason for the thanks; neither is a SUPPORT event (our guideline:
    thanks are no SUPPORT)."""
    return token.dep_ == "pobj" and token.head.lower_ == "for" and token.head.head.lemma_.lower() == "thank"


# What keeps a planned act from happening.
_CALLING_OFF = {"cancel", "postpone", "ban", "abandon", "scrap", "prevent", "thwart", "foil", "forbid",
                "prohibit", "outlaw", "delay", "shelve", "suspend"}


# What forces restore by force or work, not as a concession: "the defence
# ministry had restored order", "crews restored power".
_RESTORED_BY_FORCE_OR_WORK = {"order", "calm", "security", "control", "stability", "normalcy", "normality", "power",
                              "electricity", "service", "services", "supply", "supplies"}


def _order_restored(token) -> bool:
    """"The defence ministry had restored order": no concession to anyone."""
    return token.lemma_.lower() == "restore" and any(
        c.dep_ in ("dobj", "nsubjpass") and c.lemma_.lower() in _RESTORED_BY_FORCE_OR_WORK for c in token.children)


def _some_of_the_worst(token) -> bool:
    """"The Philippines has been the scene of some of the deadliest attacks
    on journalists anywhere": acts ranked among many by a superlative are a
    kind, no one act (not "the deadliest attack on the city since 2019")."""
    if token.tag_ != "NNS" or not any(c.tag_ == "JJS" for c in token.children):
        return False
    return token.dep_ == "pobj" and token.head.lower_ == "of" \
        and token.head.head.lower_ in ("some", "many", "several", "among", "one")


# What fighters give up: "burned their weapons at a ceremony".
_ARMS_GIVEN_UP = {"weapon", "weapons", "arm", "arms", "rifle", "rifles", "gun", "guns", "ammunition", "explosives"}


def _own_arms_destroyed(token) -> bool:
    """"About 30 PKK fighters burned their weapons at a ceremony": fighters
    destroying their own arms give them up (a step to peace), no attack."""
    if token.pos_ != "VERB" or token.lemma_.lower() not in ("burn", "destroy", "dismantle", "scrap", "melt"):
        return False
    return any(c.dep_ == "dobj" and c.lower_ in _ARMS_GIVEN_UP and any(p.dep_ == "poss" and p.lower_ in ("their", "its", "our")
                                                              for p in c.children) for c in token.children)


def _called_off(token) -> bool:
    """"A small protest planned for Friday was called off after police
    surrounded the venue", "authorities banned the march": a protest that
    was cancelled, banned or put off did not happen (the ban, if coded, is
    its own act)."""
    if token.pos_ != "NOUN" or token.dep_ not in ("nsubjpass", "dobj"):
        return False
    verb = token.head
    if verb.lemma_.lower() in _CALLING_OFF:
        return True
    return verb.lemma_.lower() == "call" and any(c.dep_ == "prt" and c.lower_ == "off" for c in verb.children)


# What makes ties an act: built, mended or made closer ("restored ties",
# "the deepening of relations", "ties improved").
_TIES = {"tie", "ties", "relation", "relations", "relationship"}
_TIES_MADE = {"establish", "restore", "strengthen", "deepen", "boost", "forge", "improve", "normalise", "normalize",
              "upgrade", "resume", "build", "expand", "enhance", "bolster", "cement", "renew", "broaden", "warm",
              "reestablish", "re-establish", "mend", "repair", "rebuild", "revive", "tighten", "develop",
              "strengthening", "deepening", "normalisation", "normalization", "restoration", "improvement",
              "upgrading", "establishment"}


def _ties_as_they_are(token) -> bool:
    """"strained ties with Baghdad", "Vietnam and China have extensive
    trade ties": ties a sentence only describes are no SUPPORT; ties are an
    act where they are made, mended or made closer (_TIES_MADE)."""
    if token.lemma_.lower() not in _TIES and token.lower_ not in _TIES:
        return False
    head = token.head
    if token.dep_ in ("nsubj", "nsubjpass") and head.lemma_.lower() in _TIES_MADE:
        return False  # "ties have improved"
    if token.dep_ == "pobj" and head.lower_ == "of":
        head = head.head  # "the deepening of relations"
    return head.lemma_.lower() not in _TIES_MADE and head.lower_ not in _TIES_MADE


# Money lent or granted, whose purpose clause says what it will support.
_MONEY_NOUNS = {"loan", "loans", "grant", "grants", "funding", "funds", "money", "package", "credit", "financing",
                "budget", "aid", "bailout", "investment"}


def _what_money_is_for(token) -> bool:
    """"approved a $1.5 billion loan to Egypt to support economic reforms":
    the purpose of money lent or granted ("to support", "to help") is what
    the money is for; the act is the lending, no expression of support."""
    if not any(c.dep_ == "aux" and c.lower_ == "to" for c in token.children) or token.dep_ not in (
            "advcl", "xcomp", "acl", "relcl"):
        return False
    head = token.head
    owners = [head] + [c for c in head.children if c.dep_ in ("dobj", "nsubjpass")]
    return any(o.lemma_.lower() in _MONEY_NOUNS or o.ent_type_ == "MONEY" for o in owners) \
        or any(t.ent_type_ == "MONEY" for o in owners for t in o.subtree if o is not head)


def _signed_a_law(token) -> bool:
    if token.lemma_.lower() != "sign":
        return False
    signed = [c for c in token.children if c.dep_ in ("dobj", "nsubjpass")]
    # ("a variety of environmental laws", "a package of bills")
    signed += [g for c in signed for p in c.children if p.dep_ == "prep" and p.lower_ == "of"
               for g in p.children if g.dep_ == "pobj"]
    return any(c.lower_ in _LAWS for c in signed) \
        or any(c.dep_ == "prep" and c.lower_ == "into" and any(g.lower_ == "law" for g in c.children)
               for c in token.children)


def _election_win(token) -> bool:
    if token.lemma_.lower() not in ("capture", "seize", "take", "grab", "snatch"):
        return False
    return any(c.dep_ == "dobj" and c.lemma_.lower() in _RACE_PRIZES for c in token.children)


# An animal's attack is no political event: "a killer bee attack", "the dog
# attacked a jogger".
_ANIMALS = {"bee", "bees", "dog", "dogs", "shark", "sharks", "bear", "bears", "snake", "wolf", "wolves", "alligator",
            "crocodile", "lion", "tiger", "leopard", "elephant", "hornet", "hornets", "wasp", "wasps", "bull",
            "horse", "cougar", "coyote", "coyotes", "rat", "rats", "spider", "jellyfish", "pitbull", "monkey",
            "animal", "animals", "elephants", "lions", "tigers", "leopards", "crocodiles", "snakes", "hippo",
            "hippos", "hippopotamus", "buffaloes", "boar", "boars", "hyena", "hyenas", "monkeys",
            "baboon", "baboons",
            # (and pests: "swarms of desert locusts have invaded farmland")
            "locust", "locusts", "insect", "insects", "pest", "pests", "armyworm", "armyworms", "caterpillar",
            "caterpillars", "grasshopper", "grasshoppers", "mosquito", "mosquitoes", "termite", "termites",
            "beetle", "beetles"}


# "spent three days shooting footage", "the scene was shot in Malta": a
# camera's shooting, not a gun's.
_FILMED = {"footage", "film", "films", "video", "videos", "movie", "movies", "scene", "scenes", "photo", "photos",
           "picture", "pictures", "episode", "episodes", "documentary", "commercial", "pilot", "sequel", "shot", "feature"}


def _filming(token) -> bool:
    if token.lemma_.lower() not in ("shoot", "shooting"):
        return False
    near = [c for c in token.children if c.dep_ in ("dobj", "nsubjpass", "compound", "pobj", "prep")]
    near += [g for c in near if c.dep_ == "prep" for g in c.children]
    # ("\"The Bread Road\", the director's second feature, was shot …": the title's apposition)
    near += [g for c in near if c.dep_ == "nsubjpass" for g in c.children if g.dep_ == "appos"]
    if token.dep_ in ("acl", "relcl"):
        near.append(token.head)
    return any(t.lower_ in _FILMED for t in near) or _by_a_film_maker(token) or _shot_for_weeks(token)


# Who shoots films: "director Ana Ruiz, who shot it in the desert".
_FILM_MAKERS = {"director", "filmmaker", "film-maker", "cinematographer", "photographer", "cameraman",
                "camerawoman", "documentarian", "videographer"}


_SPANS_OF_A_SHOOT = {"day", "week", "month", "winter", "summer", "spring", "autumn"}


def _shot_for_weeks(token) -> bool:
    """"It was shot over eight weeks near Podor": a camera's shooting lasts
    days or weeks; a gun's does not."""
    spans = [g for c in token.children if c.dep_ == "prep" and c.lower_ in ("over", "for", "across")
             for g in c.children if g.dep_ == "pobj"]
    # (the parser may make "over" the count's: "over six weeks" as "six weeks" on the verb)
    spans += [c for c in token.children if c.dep_ == "npadvmod"
              and any(w.lower_ in ("over", "for") for w in c.subtree)]
    return any(g.lemma_.lower() in _SPANS_OF_A_SHOOT and any(n.dep_ == "nummod" for n in g.children) for g in spans)


def _by_a_film_maker(token) -> bool:
    shooters = [c for c in token.children if c.dep_ == "nsubj"]
    if token.dep_ == "relcl":
        shooters.append(token.head)
    return any(w.lower_ in _FILM_MAKERS for s in shooters
               for w in (s, *(c for c in s.children if c.dep_ in ("compound", "appos", "amod"))))


# What a player kicks or shoots to score: "kicked his third penalty".
_SCORES = {"penalty", "goal", "conversion", "try", "point", "free-kick", "drop-goal"}


def _scoring(token) -> bool:
    """"Drake shot 35 percent", "shot a 68": a player's or golfer's score;
    "kicked his third penalty": a kicker's."""
    if token.lemma_.lower() in ("kick", "shoot") and any(c.dep_ == "dobj" and c.lemma_.lower() in _SCORES
                                                          for c in token.children):
        return True
    if token.lemma_.lower() == "shoot" and any(c.dep_ in ("oprd", "acomp", "advmod") and c.lower_ == "clean"
                                               for c in token.children):
        return True  # ("shot clean in all four stages": a biathlete's shooting)
    if token.lemma_.lower() != "shoot":
        return False
    return any(c.dep_ == "dobj" and (c.like_num or c.tag_ == "CD" or c.lemma_.lower() in ("percent", "%"))
               for c in token.children)


# What happens as a rule is no event: "Demonstrators picket every political
# convention", "police routinely stop drivers here".
_HABITUAL = {"usually", "often", "always", "routinely", "typically", "generally", "regularly", "frequently",
             "normally", "habitually", "traditionally", "commonly", "constantly", "continually", "perpetually",
             "sometimes", "occasionally"}
_EVERY = {"every", "each"}


def _generic(token) -> bool:
    if _acts_like_others_before(token) or _many_acts_counted(token) or _kept_up(token) \
            or _acts_kept_count_of(token) or _beset_by(token):
        return True
    if token.dep_ == "acl" and token.head.lower_ in ("anyone", "anybody", "whoever", "everyone"):
        return True  # ("would not shield anyone accused of stealing": whoever that may be)
    verb = token
    if token.pos_ in ("NOUN", "PROPN") and token.dep_ in ("nsubj", "dobj"):
        verb = token.head  # "Demonstrators picket …": the act is what its verb says of them
    # (A participle joined to one shares its adverb: "regularly attacking
    # army bases and ambushing convoys". Not a finite verb, which tells an
    # act of its own: "has often used the phrase, and criticized Obama".)
    shared = [verb.head] if verb.dep_ == "conj" and verb.tag_ == "VBG" and verb.head.tag_ == "VBG" else []
    if verb.pos_ in ("VERB", "AUX") and any(c.dep_ == "advmod" and c.lower_ in _HABITUAL
                                            for v in (verb, *shared) for c in v.children):
        # In any tense: "Her career has been constantly investigated", "he
        # often attacked the press" tell a pattern, not an act.
        return True
    if _generic_you(verb) or _anyone_may(verb) or _done_in_the_past(verb):
        return True
    if verb.tag_ not in ("VBP", "VBZ"):
        return False
    if _a_rate(verb):
        return True
    arguments = [c for c in verb.children if c.dep_ in ("nsubj", "dobj")]
    return any(d.dep_ == "det" and d.lower_ in _EVERY for a in arguments for d in a.children)


_SPANS_OF_TIME = {"year", "month", "week", "day"}


def _a_rate(verb) -> bool:
    """"police operations kill hundreds of people a year": a present tense
    with so many a year tells how often, not an act."""
    return any(c.dep_ in ("npadvmod", "pobj", "dobj") and c.lemma_.lower() in _SPANS_OF_TIME
               and any(d.lower_ in ("a", "an", "each", "every", "per") for d in c.children)
               for w in (verb, *[c for c in verb.children if c.dep_ == "dobj"]) for c in w.children)


def _done_in_the_past(verb) -> bool:
    """"has abducted foreigners and local officials in the past": what a
    party has done at times before, told to say what it is, not an act."""
    perfect = any(c.dep_ == "aux" and c.lower_ in ("has", "have") for c in verb.children)
    # (Not one act on someone named: "Sanders in the past has criticized the president".)
    kinds = [c for c in verb.children if c.dep_ == "dobj"]
    if not kinds or not all(_bare_plural(k) for k in kinds):
        return False
    # ("in the past": "past" with its article alone; "in the past week" is a time)
    return perfect and any(c.dep_ == "prep" and c.lower_ == "in" and any(
        g.dep_ == "pobj" and g.lower_ == "past" and len(list(g.children)) <= 1 for g in c.children)
        for c in verb.children)


def _bare_plural(noun) -> bool:
    """"foreigners", "aid workers": people or things of a kind, none in particular."""
    return noun.tag_ in ("NNS", "NNPS") and not any(c.dep_ in ("det", "nummod", "poss") for c in noun.children)


# What a monitor does with acts of a kind.
_KEEPING_COUNT = {"track", "monitor", "document", "record", "count", "tally", "catalogue", "catalog", "log", "compile"}


def _acts_kept_count_of(token) -> bool:
    """"a rights group that tracks arrests": acts of a kind a body counts."""
    return _bare_plural(token) and token.dep_ == "dobj" and token.head.lemma_.lower() in _KEEPING_COUNT


# What acts of a kind do to a body's name: "dogged by accusations of graft".
_BESETTING = {"dog", "plague", "haunt", "beset", "mar", "taint", "cloud", "shadow", "hound", "blight"}


def _beset_by(token) -> bool:
    return _bare_plural(token) and token.dep_ == "pobj" and token.head.lower_ == "by" \
        and token.head.head.lemma_.lower() in _BESETTING


def _kept_up(token) -> bool:
    """"Sleeper cells continue to carry out ambushes and roadside bombings":
    acts of a kind a party keeps doing (bare plurals, in the present), not
    one act."""
    if token.pos_ == "VERB":
        return _kept_doing(token)
    if token.tag_ != "NNS" or not _bare_plural(token):
        return False
    noun = token.head if token.dep_ == "conj" else token
    verb = noun.head
    if noun.dep_ != "dobj" or verb.dep_ != "xcomp":
        return False
    return _keeps_on_now(verb.head)


def _keeps_on_now(verb) -> bool:
    """"continue(s) to", "keep(s)", or, in the perfect, "have continued to
    stage hit-and-run attacks": kept up till now."""
    present = verb.tag_ in ("VBP", "VBZ") or (verb.tag_ == "VBN" and any(
        c.dep_ == "aux" and c.lower_ in ("has", "have") for c in verb.children))
    return verb.lemma_.lower() in ("continue", "keep") and present


def _kept_doing(verb) -> bool:
    """"Small bands of fighters have continued to raid villages, behead
    civilians and burn churches": acts done to people or things of a kind
    (bare plurals) that a party keeps doing."""
    if verb.dep_ == "conj" and verb.head.pos_ == "VERB":
        verb = verb.head
    if verb.dep_ != "xcomp" or not any(c.dep_ == "aux" and c.lower_ == "to" for c in verb.children):
        return False
    objects = [c for v in (verb, *verb.conjuncts) for c in v.children if c.dep_ == "dobj"]
    return _keeps_on_now(verb.head) and bool(objects) and all(_bare_plural(o) for o in objects)


def _acts_like_others_before(token) -> bool:
    """"The Islamic State group has carried out similar attacks on mosques in
    the past": acts of a kind, told to explain another, are a pattern, not
    an act of a date."""
    # (Not "his previous criticisms of Trump": acts of his that happened.)
    return token.pos_ == "NOUN" and token.tag_ == "NNS" \
        and any(c.dep_ == "amod" and c.lower_ in ("similar", "such") for c in token.children)


# What stands for many acts over time: "a string of attacks on bases since
# last year", "bearing the brunt of the attacks", "a rising number of arrests
# of reporters". (Not "a wave of strikes", "a series of raids", which news
# tells of one night.)
_COUNTS_OF_ACTS = {"string", "spate", "brunt", "litany", "history", "record", "catalogue", "tally",
                   "succession", "toll", "rise", "increase", "surge"}
_GROWING = {"rising", "growing", "increasing", "record", "mounting", "soaring"}


def _many_acts_counted(token) -> bool:
    """A plural act noun counted or summed up over time: a pattern, not one act."""
    if token.dep_ == "conj" and token.head.dep_ == "pobj":
        token = token.head  # "a series of strikes and demonstrations"
    if token.tag_ != "NNS" or token.dep_ != "pobj" or token.head.lower_ != "of":
        return False
    count = token.head.head
    if count.lemma_.lower() == "number":
        # ("a rising number of arrests of reporters"; not "a number of arrests", his)
        return any(c.dep_ == "amod" and c.lower_ in _GROWING for c in count.children)
    if count.lemma_.lower() in ("series", "wave"):
        return _held_ever_since(count)
    return count.lemma_.lower() in _COUNTS_OF_ACTS


def _held_ever_since(count) -> bool:
    """"The unions have held a series of strikes since the coalition took
    office": a perfect with "since" spans a time, not one night."""
    verb = count.head
    return count.dep_ == "dobj" and any(c.dep_ == "aux" and c.lemma_.lower() == "have" for c in verb.children) \
        and any(c.lower_ == "since" or (c.dep_ == "advcl" and any(m.dep_ == "mark" and m.lower_ == "since"
                                                                  for m in c.children))
                for c in verb.children)


def _generic_you(verb) -> bool:
    """"You go out for milk and you get shot": a present-tense "you" is
    anyone, not someone."""
    return present_tense(verb) and any(c.dep_ in ("nsubj", "nsubjpass") and c.lower_ == "you" for c in verb.children)


# Subjects that mean anyone at all: "a person can face charges for …".
_ANYONE = {"anyone", "anybody", "someone", "somebody", "person", "individual", "citizen", "one"}
_MAY = {"can", "could", "may", "might"}


def _anyone_may(verb) -> bool:
    """"In Freedonia, a person can be fined for insulting a judge":
    what may happen to anyone tells a law or a risk, not an act. (Not "a
    man could face charges", a man the story is about, nor "someone may have
    shot him", a past act.)"""
    auxiliaries = {c.lower_ for c in verb.children if c.dep_ in ("aux", "auxpass")}
    if not auxiliaries & _MAY or "have" in auxiliaries:
        return False
    subjects = [c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")]
    return any(s.lemma_.lower() in _ANYONE and (s.tag_ == "NN" and any(d.lower_ in ("a", "an", "any") for d in s.children)
                                                or s.pos_ == "PRON") for s in subjects)


_PERSONAL_PRONOUNS = {"i", "we", "you", "he", "she", "they", "me", "us", "him", "her", "them"}
# Verbs of violence, whichever type the detector reads them as ("they attack
# us" as an accusation too).
_VIOLENT_VERBS = {"attack", "kill", "shoot", "bomb", "shell", "beat", "stab", "murder", "invade", "raid", "arrest",
                  "kidnap", "abduct", "torture", "massacre", "slaughter", "assault"}


def _pronouns_at_war(verb) -> bool:
    """"Some claim they bomb us since they envy us": violence in the
    simple present between bare pronouns is who does what to whom as a
    rule, not an attack that happened (news tells those in the past, and
    its headlines name the parties)."""
    if verb.lemma_.lower() not in _VIOLENT_VERBS or verb.tag_ not in ("VBP", "VBZ") \
            or any(c.dep_ in ("aux", "auxpass") for c in verb.children):
        return False
    return _between_pronouns(verb)


# A weapon's or an act's name describing a thing is no act: "a
# rocket-launching cell", "the bomb squad", "a missile factory".
_KINDS_OF_THINGS = {"cell", "unit", "squad", "team", "launcher", "launchers", "site", "sites", "factory",
                    "factories", "program", "programme", "expert", "experts", "maker", "makers", "technology",
                    "shelter", "shelters", "range", "store", "stores", "depot", "depots", "workshop",
                    "record", "records", "history", "pad", "pads",
                    # works named for an act: "protest art", "protest songs"
                    "art", "song", "songs", "music", "poetry", "graffiti", "poster", "posters",
                    # bodies named for their work: "the special investigation department"
                    "department", "division", "bureau", "directorate", "wing", "section",
                    # equipment and forces named for an act: "riot police", "riot gear", "assault rifles",
                    # "attack helicopters" (no riot, assault or attack)
                    "police", "gear", "shield", "shields", "helmet", "helmets", "rifle", "rifles", "weapon",
                    "weapons", "helicopter", "helicopters", "dog", "dogs", "vehicle", "vehicles", "aircraft",
                    "jet", "jets", "submarine", "submarines", "ship", "ships", "boat", "boats", "troops"}


def _names_a_kind_of_thing(token) -> bool:
    if token.pos_ not in ("NOUN", "PROPN"):
        return False
    current = token
    for _ in range(3):
        if current.dep_ not in ("compound", "npadvmod", "amod", "nmod") or current.head.i == current.i:
            break
        current = current.head
    return current is not token and current.pos_ == "NOUN" and current.lemma_.lower() in _KINDS_OF_THINGS


# Nouns for a step towards an act, which a compound trigger only names:
# "has scheduled a strike vote", "a sanctions threat", "a protest permit".
_STEPS_TOWARDS = {"vote", "ballot", "threat", "plan", "deadline", "authorization", "authorisation", "permit",
                  "notice", "warning", "fund", "bill", "option", "proposal"}


def _names_a_step_towards(token) -> bool:
    return token.dep_ == "compound" and token.head.lemma_.lower() in _STEPS_TOWARDS


_EARLIER = {"prior", "previous", "past", "earlier"}


_RECORDED_ACTS = {"arrest", "charge", "convict", "jail", "detain", "indict", "cite", "sentence", "book", "imprison"}


def _counted_record(verb) -> bool:
    """"had been arrested four times": how often someone was, a record (but
    "shot him three times" counts shots of one act)."""
    return verb.lemma_.lower() in _RECORDED_ACTS and any(
        c.dep_ == "npadvmod" and c.lower_ == "times" and any(n.dep_ == "nummod" for n in c.children)
        for c in verb.children)


_HABITS = {"history", "record", "pattern", "habit", "practice", "tradition", "track"}


def _a_habit(token) -> bool:
    """"a long history of blaming others", "a pattern of arrests": what
    someone habitually does, no act of the story."""
    if token.dep_ not in ("pcomp", "pobj") or token.head.lower_ != "of":
        return False
    return token.head.head.lemma_.lower() in _HABITS


def _describes_by_a_long_fight(token) -> bool:
    """"the Rapid Support Forces, the paramilitary group it has been
    fighting since April 2023": a relative clause that says who a party is
    by a war going on for years, no act of the story."""
    if token.dep_ != "relcl" or token.tag_ != "VBG" or token.lemma_.lower() not in _WAR_VERBS \
            or any(c.dep_ == "dobj" for c in token.children):
        return False  # ("a state where rebels have been fighting the army since June" tells of the fight)
    ongoing = any(c.dep_ == "aux" and c.lower_ == "been" for c in token.children)
    since = [c for c in token.children if c.lower_ == "since" and c.dep_ == "prep"]
    return ongoing and any(t.ent_type_ == "DATE" for p in since for t in p.subtree)


_WAR_VERBS = {"fight", "battle", "combat"}


_KNOWN = {"known", "famous", "noted", "renowned"}


def _known_for(token) -> bool:
    """"a presenter known for his criticism of the government": a trait, no act."""
    return token.dep_ == "pobj" and token.head.lower_ == "for" and token.head.head.lower_ in _KNOWN


# What one takes over that is a task, not ground: "took over the management of the prisons".
_TASKS = {"management", "running", "administration", "operation", "operations", "responsibility", "duties",
          "supervision", "oversight", "chairmanship", "presidency", "leadership"}


def _taking_over_from(token) -> bool:
    """"to prepare Somali forces to take over from African Union troops",
    "the army took over the management of the prisons": a handover, no
    threat or attack."""
    if token.lemma_.lower() != "take" or not any(c.dep_ == "prt" and c.lower_ == "over" for c in token.children):
        return False
    return any(c.dep_ == "prep" and c.lower_ == "from" for c in token.children) \
        or any(c.dep_ == "dobj" and c.lemma_.lower() in _TASKS for c in token.children)


def _warning_shots(token) -> bool:
    """"A navy vessel fired warning shots": a warning, no one fired at."""
    shots = [token] if token.lemma_.lower() == "shot" else [c for c in token.children if c.dep_ == "dobj"]
    if any(s.lemma_.lower() == "shot" and any(m.lower_ == "warning" for m in s.children) for s in shots):
        return True
    # (the parser may read "warning" as a verb whose object the shots are)
    return any(c.lower_ == "warning" and any(g.dep_ == "dobj" and g.lemma_.lower() == "shot" for g in c.children)
               for c in token.children)


# What mourners and marchers carry of the dead.
_LIKENESSES = {"portrait", "photo", "photograph", "picture", "image", "poster", "banner", "name"}


def _carried_in_memory(token) -> bool:
    """"carrying portraits of people killed during the 2024 unrest": the
    dead remembered, not a killing the story reports."""
    holder = token.head
    return token.dep_ == "acl" and holder.dep_ == "pobj" and holder.head.lower_ == "of" \
        and holder.head.head.lemma_.lower() in _LIKENESSES


_REFLEXIVES = {"itself", "themselves", "himself", "herself"}


def _names_itself(token) -> bool:
    """"a group that called itself Heimatschutz Ost": a name taken, no accusation."""
    return token.lemma_.lower() == "call" and any(c.dep_ == "dobj" and c.lower_ in _REFLEXIVES
                                                  for c in token.children)


# Posts named by what their holders do: "an investigating judge".
_POSTS = {"judge", "magistrate", "officer", "officers", "committee", "commission", "panel", "team", "agency",
          "detective", "detectives", "prosecutor", "prosecutors", "authority", "authorities"}


_INVESTIGATING_POSTS = {"officer", "detective", "judge", "magistrate", "prosecutor", "agent"}
_PLACES_OF_DETENTION = {"centre", "center", "camp", "facility", "cell", "site", "room", "block", "wing"}
# What police who face crowds are named by: "riot officers", "riot gear".
_RIOT_KIT = {"officer", "police", "policeman", "policemen", "gear", "shield", "squad", "unit", "helmet", "van",
             "truck", "control"}


def _part_of_a_title(token) -> bool:
    """"to appear before an investigating judge", "blocked by riot
    officers", "the investigation officer": a word naming a post or its
    kit, not an act of the story."""
    if token.lower_ == "riot" and token.dep_ == "compound":
        return token.head.lemma_.lower() in _RIOT_KIT
    if token.lemma_.lower() in ("detention", "internment") and token.dep_ in ("compound", "amod"):
        return token.head.lemma_.lower() in _PLACES_OF_DETENTION  # ("taken to a detention centre")
    if token.lemma_.lower() in ("investigation", "inquiry", "probe") and token.dep_ == "compound":
        # ("The investigation officer told the court"; not "an inquiry
        # committee was formed", which sets one up)
        return token.head.lemma_.lower() in _INVESTIGATING_POSTS
    return token.tag_ == "VBG" and token.dep_ in ("amod", "compound") and token.head.lemma_.lower() in _POSTS


def _a_record(token) -> bool:
    """Someone's record, not an act of the story: "Brin has three earlier
    arrests, among them charges of car theft", "had previously been
    arrested four times"."""
    if _a_habit(token) or _a_tally(token) or _a_toll_over_years(token) or _a_wars_toll(token) \
            or _a_years_toll(token):
        return True
    if token.pos_ == "VERB":
        return _counted_record(token)
    if token.pos_ not in ("NOUN", "PROPN"):
        return False
    if token.dep_ == "pobj" and token.head.head.pos_ == "VERB" and _counted_record(token.head.head):
        return True  # "arrested four times on grand larceny charges"
    current = token
    for _ in range(4):
        if any(c.dep_ == "amod" and c.lower_ in _EARLIER for c in current.children) \
                and current.dep_ == "dobj" and current.head.lemma_.lower() == "have":
            return True
        if current.dep_ not in ("pobj", "prep", "conj", "appos") or current.head.i == current.i:
            break
        current = current.head
    return _in_a_list_of_earlier_offences(token)


def _in_a_list_of_earlier_offences(noun) -> bool:
    """"Hale has prior arrests for theft, skipping a hearing and not showing
    up on ticket charges", with the list parsed under "has" rather than
    under "arrests": a noun in the clause of someone's earlier
    arrests or convictions, with no clause of its own between, is part of
    the record."""
    for holder in noun.ancestors:
        if holder.lemma_.lower() == "have" and any(
                c.dep_ == "dobj" and c.lemma_.lower() in _RECORD_NOUNS
                and any(m.dep_ == "amod" and m.lower_ in _EARLIER for m in c.children) for c in holder.children):
            return True
        if any(c.dep_ in ("nsubj", "nsubjpass") for c in holder.children):
            return False
    return False


_RECORD_NOUNS = {"arrest", "conviction", "charge", "offense", "offence"}


_TALLY_WORDS = {"thousand", "hundred", "dozen", "million", "score"}


def _a_tally(token) -> bool:
    """"In Detroit, we have had hundreds of shootings since March", "Hundreds
    of shootings.": a count of acts someone has had, or a count alone, is a
    statistic, not an act ("hundreds of airstrikes hit the city" stays)."""
    if token.tag_ != "NNS" or token.dep_ != "pobj" or token.head.lower_ != "of":
        return False
    count = token.head.head
    if count.lemma_.lower() not in _TALLY_WORDS:
        return False
    return count.dep_ == "ROOT" or (count.dep_ == "dobj" and count.head.lemma_.lower() == "have")


_SPANS_OF_YEARS = {"year", "decade", "month"}
# Words that make a span of time many acts' ("over the past five years", "over several years").
_SPAN_WORDS = {"past", "last", "several", "many", "recent"}


def _a_toll_over_years(token) -> bool:
    """"Since 2004, five judges have been murdered", "40 reporters have
    been killed over the past five years": what has been done since a year,
    or over years, is a count of many acts, not one the story reports; so
    is what they were doing ("killed since 2001 fighting smugglers"). The
    span may hang on a verb joined to it ("killed or injured by mines since
    1990")."""
    if token.tag_ == "VBG" and token.dep_ in ("advcl", "conj"):
        # (a participle of the toll's verb, however the parse hangs it: "have
        # attacked 100 ships since 2023, sinking several and killing seafarers")
        token = next((a for a in list(token.ancestors)[:3] if a.pos_ == "VERB" and a.tag_ != "VBG"), token.head)
    if token.pos_ == "NOUN" and token.dep_ == "pobj" and token.head.lower_ == "of" \
            and token.head.head.lemma_.lower() in _TALLY_WORDS | {"number", "series", "string"}:
        token = token.head.head  # ("has carried out dozens of attacks on army positions in recent years")
    # (a month's acts told as a thing done, "have launched attacks in the past
    # month", may be one campaign; only years make those a count)
    months = not (token.dep_ == "dobj" and token.pos_ == "NOUN")
    if token.pos_ in ("NOUN", "PROPN") and token.dep_ in ("nsubj", "dobj") and token.head.pos_ == "VERB":
        token = token.head  # ("Gunmen … have killed 19 people in the past month", "organised attacks over years")
    elif token.pos_ == "NOUN" and token.dep_ == "pobj" and token.head.dep_ in ("agent", "prep") \
            and token.head.head.pos_ == "VERB":
        token = token.head.head  # ("killed or injured by landmines since 1990")
    if token.pos_ != "VERB":
        return False
    verbs = [token, *(c for c in token.conjuncts if c.pos_ == "VERB")]
    if not any(c.dep_ == "aux" and c.lemma_.lower() == "have" for v in verbs for c in v.children):
        return False
    if token.lemma_.lower() in _HARMS + ("shoot", "stab", "kidnap", "abduct") and _many_undergo(verbs) \
            and any(_since_then(c) for v in verbs for c in v.children):
        # ("More than 1,000 people have been killed since (then)": since what
        # was told before; "427 fugitives have been taken into custody since
        # then" stays: a count of harm only)
        return True
    for clause in (c for v in verbs for c in v.children if c.dep_ == "advcl"):
        if any(m.dep_ == "mark" and m.lower_ == "since" for m in clause.children) and any(_a_year(t) for t in clause.subtree):
            return True  # ("since the insurgency spread from Mali in 2015")
    for prep in (c for v in verbs for c in v.children if c.dep_ == "prep"):
        after = prep.doc[prep.i + 1] if prep.i + 1 < len(prep.doc) else prep
        if prep.lower_ == "since" and after.like_num and len(after.text) == 4:
            return True  # (the year itself, however the parse hangs it: "since 1998 fighting smugglers")
        if prep.lower_ == "since" and any(_a_year(t) for t in prep.subtree) and _many_undergo(verbs):
            return True  # ("100 ships since November 2023"; not "Assange has been detained since December 2010")
        for span in (o for o in prep.children if o.dep_ == "pobj"):
            if prep.lower_ in ("over", "in", "during", "for") and span.lemma_.lower() in _SPANS_OF_YEARS \
                    and (months or span.lemma_.lower() != "month") \
                    and any(c.dep_ == "amod" and c.lower_ in _SPAN_WORDS for c in span.children):
                return True
            if prep.lower_ in ("for", "over") and span.lower_ in ("years", "decades") and not list(span.children):
                return True  # ("have terrorised the northwest for years, raiding villages")
    return False


def _since_then(word) -> bool:
    """A bare "since" or "since then": since what was told before."""
    return word.lower_ == "since" and word.dep_ in ("advmod", "prep") \
        and all(g.lower_ in ("then", "that") for g in word.children)


def _many_undergo(verbs: list) -> bool:
    """Whom the verbs act on are many: a plural or a count."""
    patients = [c for v in verbs for c in v.children if c.dep_ in ("dobj", "nsubjpass")]
    return any(p.tag_ in ("NNS", "NNPS") or p.like_num or any(n.dep_ == "nummod" for n in p.children)
               for p in patients)


def _a_year(token) -> bool:
    return token.like_num and len(token.text) == 4 and token.text.isdigit() and token.text[:2] in ("19", "20")


def _a_years_toll(token) -> bool:
    """"More than 5,600 people were killed in gang violence in Haiti in
    2024": harm in violence in general, over a whole year, is a count of
    many acts."""
    if token.pos_ != "VERB" or token.lemma_.lower() not in _HARMS:
        return False
    preps = [c for c in token.children if c.dep_ == "prep" and c.lower_ in ("in", "during")]
    in_violence = any(g.dep_ == "pobj" and (g.lemma_.lower() in _WARS | _FIGHTING) for p in preps for g in p.children)
    in_a_year = any(g.dep_ == "pobj" and _a_year(g) for p in preps for g in p.children)
    return in_violence and in_a_year


# Whole wars, whose toll is no one act; and fighting, whose toll so far is none.
_WARS = {"war", "conflict", "insurgency", "uprising", "crisis", "unrest", "civil"}
_FIGHTING = {"fighting", "violence", "clash", "bloodshed"}


def _a_wars_toll(token) -> bool:
    """"The war between the army and the RSF has killed tens of thousands",
    "the conflict has claimed 5,000 lives", "fighting has killed 300 since
    May": a war's toll, not an act of either side ("Fighting killed 12
    people on Monday" stays)."""
    if token.pos_ != "VERB":
        return False
    perfect = any(c.dep_ == "aux" and c.lemma_.lower() == "have" for c in token.children)
    subjects = [c for c in token.children if c.dep_ == "nsubj"]
    if not subjects and token.dep_ == "conj":
        # ("The war … began in April 2023 and has killed tens of thousands")
        subjects = [c for c in token.head.children if c.dep_ == "nsubj"]
    # (and past a dateline the parse made the subject: "KHARTOUM — The war … has killed")
    subjects += [a for s in subjects for a in s.children if a.dep_ == "appos"]
    return any(s.lemma_.lower() in _WARS or (perfect and s.lemma_.lower() in _FIGHTING) for s in subjects)


_BODY_PARTS = {"face", "faces", "head", "heads", "chest", "chests", "breast", "breasts", "thigh", "thighs", "cheek",
               "cheeks", "forehead", "foreheads", "hand", "hands", "knee", "knees", "leg", "legs", "arm", "arms"}
_OWN = {"his", "her", "their", "my", "our", "your"}


def _self_harm(token) -> bool:
    """"shot himself": a suicide or an accident, not an attack on anyone;
    "slapping their faces in grief": mourning."""
    for c in token.children:
        if c.dep_ != "dobj":
            continue
        if c.lower_ in ("himself", "herself", "themselves", "myself", "yourself", "ourselves"):
            return True
        if c.lower_ in _BODY_PARTS and any(o.dep_ == "poss" and o.lower_ in _OWN for o in c.children) \
                and token.lemma_.lower() in ("slap", "beat", "strike", "hit", "scratch", "tear", "pound"):
            return True
    return False


# A candidate's rally is a campaign event, not a protest (PLOVER's PROTEST is
# a demonstration against someone): "Trump's rallies", "a Clinton rally",
# "his campaign rally", "an election rally".
_CAMPAIGN_WORDS = {"campaign", "election", "reelection", "re-election", "victory", "pep", "fundraising",
                   "fund-raising", "primary", "caucus", "presidential", "gop", "republican", "democratic"}


def _campaign_rally(document: Document, token) -> bool:
    if token.lemma_.lower() == "rally" and token.pos_ == "VERB":
        return _rallied_own_side(token)
    if token.lemma_.lower() != "rally" or token.pos_ not in ("NOUN", "PROPN"):
        return False
    owners = [c for c in token.children if c.dep_ in ("poss", "compound", "amod", "nmod")]
    return any(_a_person(document, c) or c.lower_ in ("his", "her") or c.lower_ in _CAMPAIGN_WORDS for c in owners) \
        or _in_support(token) or _a_partys_own(document, token)


def _a_partys_own(document: Document, rally) -> bool:
    """"a rally of the far-right Alternative for Germany": a party's own
    gathering, against no one the sentence names."""
    holders = [g for c in rally.children if c.dep_ == "prep" and c.lower_ == "of" for g in c.children if g.dep_ == "pobj"]
    if any(t.lower_ == "against" for t in rally.sent):
        return False
    return any((m := document.mention_index.get(g.i)) is not None and m.actor.sector == ["PTY"] for g in holders)


# Whom a candidate rallies: the own side, not a target.
_OWN_SIDE = {"supporter", "voter", "follower", "base", "backer", "volunteer", "faithful", "donor", "troops"}


def _rallied_own_side(verb) -> bool:
    """"The candidate rallied thousands of supporters in Philadelphia": a
    campaign event, not a demonstration against anyone (unless the sentence
    says what they rallied against)."""
    rallied = [c for c in verb.children if c.dep_ == "dobj"]
    if not any(o.lemma_.lower() in _OWN_SIDE or any(g.lemma_.lower() in _OWN_SIDE for g in o.subtree) for o in rallied):
        return False
    return not {t.lemma_.lower() for t in verb.sent} & _DISSENT


_BACKING = {"support", "back", "endorse", "praise", "celebrate", "honour", "honor"}


def _in_support(token) -> bool:
    """"a rally supporting General Abacha's candidacy", "a march in support
    of the president": a gathering for someone, not a protest against
    anything (PLOVER's PROTEST is a demonstration against a target)."""
    for child in token.children:
        if child.dep_ in ("acl", "relcl") and child.lemma_.lower() in _BACKING:
            return True
        if child.dep_ == "prep" and child.lower_ == "in" and any(g.lemma_.lower() == "support" for g in child.children):
            return True
    return False


# Gatherings that mark or celebrate something: "thousands marched with
# torches to open the commemorations", "crowds rallied to celebrate the win".
_CELEBRATIONS = {"commemoration", "commemorate", "celebration", "celebrate", "festival", "parade", "jubilee",
                 "festivity", "festivities"}
_GATHERING_VERBS = {"march", "rally", "gather", "parade", "throng", "flock", "assemble"}
# Words that make a gathering a protest all the same.
_DISSENT = {"protest", "demand", "against", "denounce", "condemn", "oppose", "anti", "slogan", "chant", "dissent",
            "outrage", "anger", "angry", "demonstrate", "demonstration", "demonstrator", "protester"}


def _commemoration(token) -> bool:
    """A march or rally that marks or celebrates something, with no word of
    dissent in the sentence, is no protest (PLOVER's PROTEST is against a
    target)."""
    if token.lemma_.lower() not in _GATHERING_VERBS:
        return False
    lemmas = {t.lemma_.lower() for t in token.sent}
    return bool(lemmas & _CELEBRATIONS) and not lemmas & _DISSENT


# "asked for anonymity to discuss a private conversation", "spoke on condition
# of anonymity to discuss the talks", "was not authorized to comment": why a
# source is not named, not an act.
_SPEAKING = {"discuss", "talk", "speak", "comment", "describe", "detail", "address", "brief"}
_UNNAMED_REASONS = {"anonymity", "anonymously", "authorized", "authorised", "permitted", "allowed", "cleared"}


def _why_unnamed(token) -> bool:
    if token.lemma_.lower() not in _SPEAKING or token.i == 0 or token.doc[token.i - 1].lower_ != "to":
        return False
    return any(t.lower_ in _UNNAMED_REASONS for t in token.doc[max(token.sent.start, token.i - 6):token.i])


_PROTESTERS = {"protester", "protestor", "demonstrator", "marcher", "picketer"}


def _protesters_acted_upon(token) -> bool:
    """Protesters named as what others act on ("offering protesters free
    sandwiches", "checking on elderly demonstrators"), or in a clause of
    their own ("protesters who had gone into the lobby left the hotel"): the
    sentence is not about their protest; a protest has them as its subject."""
    if token.lemma_.lower() not in _PROTESTERS:
        return False
    if token.dep_ in ("dobj", "dative", "pobj", "iobj"):
        return True
    if token.dep_ == "nsubj" and token.head.pos_ not in ("VERB", "AUX"):
        return True  # ("offering protesters free lemonade" parsed with "free" as their predicate: no act of theirs)
    return token.dep_ in ("nsubj", "nsubjpass") and any(c.dep_ == "relcl" for c in token.children)


def _policing(actors: list) -> bool:
    """Police or troops as the protesters ("police guided protesters on
    marches"): the protest's own actor was missed; no row beats a wrong one."""
    coded = [a for a in actors if a.code]
    return bool(coded) and all({"COP", "MIL"} & set(a.sector) for a in coded)


# Who looks into things without authority to: PLOVER's investigations are
# those of governments, courts, police, legislatures, commissions and
# monitors ("any investigation, including commissions, grand juries,
# judicial or political"), not voters weighing candidates ("few voters in
# this town have been investigating much"), a reporter's story or a
# firm hired by a client.
_PRIVATE_SECTORS = {"CVL", "JRN", "BUS", "EDU"}


def _private_inquiry(actors: list) -> bool:
    described = [a for a in actors if a.sector]
    return bool(described) and all(set(a.sector) <= _PRIVATE_SECTORS for a in described)


# Words that name a body of health workers or scientists: "Britain's Health
# Protection Agency", "the ministry of health lab".
_HEALTH_WORDS = {"health", "lab", "laboratory", "laboratories", "disease", "diseases", "epidemiologist",
                 "epidemiologists", "scientist", "scientists", "veterinary", "veterinarian", "veterinarians"}


def _health_inquiry(token, actors: list) -> bool:
    """In a story about an illness, an inquiry by doctors, health officials
    or a laboratory traces the illness ("health officials are investigating
    new cases"): no one is suspected of anything."""
    if not _illness_in_article(token.doc):
        return False
    described = [a for a in actors if a.entity_text or a.sector]
    return bool(described) and all(set(a.sector) <= {"MED"} and (a.sector or _names_health(a.entity_text))
                                   for a in described)


def _names_health(words: str) -> bool:
    return any(re.sub(r"['’]s$", "", w.lower()) in _HEALTH_WORDS for w in words.split())


def _a_newsrooms_inquiry(token) -> bool:
    """"his New Yorker investigation into Harvey Weinstein", "a CNN probe":
    a newsroom's reporting, whoever wrote it."""
    if token.pos_ != "NOUN":
        return False
    for child in token.children:
        if child.dep_ in ("compound", "poss", "nmod") and child.i < token.i:
            words = [t for t in child.subtree if t.i < token.i and t.dep_ not in ("case", "det")]
            if words and news_outlet(" ".join(t.text for t in words)):
                return True
    return False


# What police look into when no one is suspected: "Berlin police are
# investigating the crash" accuses no one (PLOVER's inquiries are into
# wrongdoing).
_ACCIDENTS = {"crash", "accident", "collision", "wreck", "derailment", "fire", "blaze", "drowning", "fall",
              "outage", "spill", "leak"}


# What an inquiry may treat a happening as: then no accident.
_CRIMES_SUSPECTED = {"crime", "homicide", "arson", "murder", "terrorism", "attack", "assault", "killing",
                     "sabotage"}


# Who looks into deaths for the state, suspecting no one by doing so.
_CORONERS = {"coroner", "examiner", "pathologist"}


def _a_coroners_inquiry(token) -> bool:
    """"the death is being investigated by the senior coroner", "the
    coroner's inquiry": an inquest into how someone died accuses no one."""
    doers = [c for c in token.children if c.dep_ in ("nsubj", "poss")]
    doers += [g for c in token.children if c.dep_ == "agent" for g in c.children if g.dep_ == "pobj"]
    if token.pos_ == "NOUN" and token.dep_ == "dobj":
        doers += [c for c in token.head.children if c.dep_ == "nsubj"]
    return any(t.lemma_.lower() in _CORONERS for d in doers for t in (d, *[c for c in d.children if c.dep_ == "compound"]))


def _accident_looked_into(token) -> bool:
    """What is looked into is an accident or an illness ("investigating a
    suspected case of mad cow disease", "six more cases were being
    investigated" in an outbreak, "investigating whether the strain poses a
    threat"): no one is suspected of anything."""
    looked_into = [c for c in token.children if c.dep_ in ("dobj", "nsubjpass")]
    # ("opened an investigation into the collision": "into" may hang on the verb)
    holders = [token, token.head] if token.pos_ == "NOUN" and token.dep_ == "dobj" else [token]
    looked_into += [g for holder in holders for c in holder.children if c.dep_ == "prep" and c.lower_ in ("into", "of")
                    for g in c.children if g.dep_ == "pobj"]
    looked_into += [s for c in token.children if c.dep_ == "ccomp" and any(m.lower_ == "whether" for m in c.children)
                    for s in c.children if s.dep_ in ("nsubj", "nsubjpass")]
    if looked_into and all(_a_bare_cause(t) or _incidents(t) for t in looked_into):
        # ("ruled out a cyber attack and said it was investigating the
        # cause" of a power cut): the cause of what happened, no one's act
        return True
    looked_into = [_through_a_cause(t) for t in looked_into]
    if any(g.lemma_.lower() in _CRIMES_SUSPECTED for c in token.children if c.dep_ == "prep" and c.lower_ == "as"
           for g in c.children if g.dep_ == "pobj"):
        return False  # "police are investigating the fire as a crime": someone is suspected
    return bool(looked_into) and all(t.lemma_.lower() in _ACCIDENTS or _accidental(t) or _names_an_illness(t)
                                     for t in looked_into)


# "the cause of the crash", "the circumstances of the fire": what is looked
# into is the happening itself.
_CAUSE_NOUNS = {"cause", "circumstance", "origin", "source"}


def _incidents(noun) -> bool:
    """"isolated incidents were being investigated", "investigating a series
    of suspected sabotage incidents": things that happened, of no one
    they are laid on. (Not "investigate the incident", one act the story
    told, whose doers it names: the campaign staffers' breach.)"""
    if noun.lemma_.lower() in ("series", "number", "string") and noun.dep_ != "pobj":
        noun = next((g for c in noun.children if c.dep_ == "prep" and c.lower_ == "of"
                     for g in c.children if g.dep_ == "pobj"), noun)
    return noun.lemma_.lower() == "incident" and noun.tag_ == "NNS" \
        and not any(c.dep_ in ("poss", "compound") and c.pos_ == "PROPN" for c in noun.children)


def _a_bare_cause(noun) -> bool:
    return noun.lemma_.lower() in _CAUSE_NOUNS and not any(c.dep_ == "prep" for c in noun.children)


def _through_a_cause(noun):
    if noun.lemma_.lower() not in _CAUSE_NOUNS:
        return noun
    return next((g for c in noun.children if c.dep_ == "prep" and c.lower_ == "of"
                 for g in c.children if g.dep_ == "pobj"), noun)


def _names_an_illness(noun) -> bool:
    """An illness, or a case or strain of one ("a suspected case of mad cow
    disease", "the strain of the Ebola Reston virus"); a bare "cases" is
    one where the article's illness is its topic."""
    words = [noun] + [t for c in noun.children if c.dep_ in ("compound", "amod") for t in c.subtree]
    words += [t for c in noun.children if c.dep_ == "prep" and c.lower_ == "of" for g in c.children
              if g.dep_ == "pobj" for t in [g, *[x for x in g.children if x.dep_ in ("compound", "amod")]]]
    if any(t.lemma_.lower() in ILLNESSES or t.lower_ in ILLNESSES for t in words):
        return True
    return noun.lemma_.lower() == "case" and noun.dep_ in ("nsubjpass", "dobj") and _illness_in_article(noun.doc)


def _illness_in_article(doc) -> bool:
    return sum(t.lower_ in ILLNESSES for t in doc) >= 2


_INQUIRIES = {"investigation", "probe", "inquiry"}
# Determiners of something told before (also for `violence_referred_to`).
DEFINITE = {"the", "this", "that", "these", "those"}


# Nouns for one violent act (not its weapons, "two of the bombs fell", nor
# drawn-out fighting).
_ONE_ACT_NOUNS = {"shooting", "attack", "killing", "bombing", "stabbing", "assault", "massacre", "murder",
                  "slaying", "ambush", "blast", "explosion", "beating"}


def violence_referred_to(token) -> bool:
    """"two men were discussing the recent shooting", "the bombing was a
    result of tensions": a definite noun for one violent act, with no
    attacker of its own, after an earlier sentence's row of violence, points
    back to that act: not a new event. (An act no row was made of before is
    still told: "accidentally blew themselves up … The explosion injured
    two". In the article gold's train and dev splits, 37 of 43 sentences
    with "the shooting", "this attack", "the bombing" and the like code no
    violence on that noun; most of the other six name the attacker in the
    phrase: "the police shooting".)"""
    if token.pos_ != "NOUN" or token.lemma_.lower() not in _ONE_ACT_NOUNS \
            or not any(c.dep_ == "det" and c.lower_ in _TOLD_BEFORE for c in token.children):
        return False
    if any(c.tag_ == "JJS" or c.ent_type_ == "ORDINAL" for c in token.children):
        return False  # "the fiercest fighting in years", "the first attack": told as news
    return True


# The confidence of a row told well enough to be written at the default cut-off.
TOLD_WELL = 0.7


# ("either attack", "both attacks": the ones just told)
_TOLD_BEFORE = DEFINITE | {"either", "both", "neither"}


def _an_act_named_again(token, actors: list, earlier: list[Event], event_type: str) -> bool:
    """A row of the act a sentence only names again: "The attack took place
    on the road to the border", "Moscow did not comment on either attack",
    "The lawsuit runs in parallel with an inquiry" (a definite noun of an
    act of the type a row told before, with no doer of its own named), or
    "ISWAP claimed the attack": the claim tells who did the attack told
    before, not another attack. (Events are counted once; the first row
    is the act's.)"""
    # (Only after a row of the type that is written at the default cut-off:
    # else the act named again would not be written at all.)
    earlier = [e for e in earlier if e.confidence >= TOLD_WELL]
    if not any(e.event == event_type for e in earlier):
        return False
    if event_type == "ASSAULT" and the_harmed_named_again(token):
        return True
    if token.pos_ != "NOUN":
        return False
    if event_type == "ASSAULT" and violence_referred_to(token):
        return _claimed(token) or _the_toll_of(token) or _where_the_named_were_harmed(token) \
            or _only_when_another_act_was_done(token) or not any(a.entity_text for a in actors)
    # (bare: "the Wednesday arrest of a Paris woman" tells another arrest)
    if not any(c.dep_ == "det" and c.lower_ in _TOLD_BEFORE for c in token.children) \
            or any(c.dep_ not in ("det", "punct") and not _said_of_it(c) for c in token.children):
        return False
    lemma = token.lemma_.lower()
    return not any(a.entity_text for a in actors) \
        and any(e.event == event_type and _lemma_of(token.doc, e) == lemma for e in earlier)


def _a_lodged_protest_named_again(token, actors: list, earlier: list[Event]) -> bool:
    """"Malaysia lodged a diplomatic protest with China … the latest protest
    showed that its patience had limits": a state's formal protest (ACCUSE)
    named again, no crowd's."""
    if token.pos_ != "NOUN" or token.lemma_.lower() != "protest" or any(a.entity_text for a in actors):
        return False
    if not any(c.dep_ in ("det", "amod", "poss") and c.lower_ in _TOLD_BEFORE | {"latest", "diplomatic", "formal"}
               for c in token.children):
        return False
    # (However weakly that row was told: the crowd's protest is wrong either way.)
    return any(e.event == "ACCUSE" and _lemma_of(token.doc, e) == "protest" for e in earlier)


def _only_when_another_act_was_done(token) -> bool:
    """"Following the blast, troops launched a sweep of the area": the act
    told before names when another was done; the other act's doers (here,
    the troops) did not do it."""
    return token.dep_ == "pobj" and token.head.lower_ in _TIMES_OF_AN_ACT and token.head.head.pos_ == "VERB"


def _said_of_it(child) -> bool:
    """"The protests, held on Youth Pledge Day, …": a participle that only
    says more of the act named again (not who did it: "filed by the union")."""
    return child.dep_ == "acl" and child.tag_ == "VBN" and not any(c.dep_ == "agent" for c in child.children)


def _lemma_of(doc, event: Event) -> str:
    """The lemma of a row's trigger ("charged" → "charge")."""
    span = doc.char_span(event.trigger_start, event.trigger_end) if event.trigger_end > event.trigger_start else None
    return span.root.lemma_.lower() if span is not None else event.event_text.lower()


def the_harmed_named_again(token) -> bool:
    """"two of the men killed had been members of Hezbollah", "The soldiers
    killed in the attack belonged to …": a participle that says which people
    (those harmed in what was told), not who did it."""
    # (a participle the tagger may take for a past tense: "The soldiers killed in the attack belonged")
    return token.tag_ in ("VBN", "VBD") and token.dep_ == "acl" and token.head.pos_ == "NOUN" \
        and any(c.dep_ == "det" and c.lower_ in ("the", "those", "these") for c in token.head.children) \
        and not any(c.dep_ == "agent" for c in token.children)


def _where_the_named_were_harmed(noun) -> bool:
    """"The soldiers killed in the attack belonged to …": the attack those
    named again were harmed in (they are no attackers)."""
    preposition = noun.head
    return noun.dep_ == "pobj" and preposition.lower_ in ("in", "during") \
        and preposition.head.lemma_.lower() in _HARMS and the_harmed_named_again(preposition.head)


def _the_toll_of(noun) -> bool:
    """"put the death toll from the ambush at 11": the toll of an act told before."""
    preposition = noun.head
    if noun.dep_ != "pobj" or preposition.lower_ not in ("from", "of", "in"):
        return False
    holder = preposition.head
    return holder.lemma_.lower() in _TOLLS or any(c.dep_ == "dobj" and c.lemma_.lower() in _TOLLS
                                                  for c in holder.children)


_TOLLS = {"toll", "tally", "count", "casualty", "casualties"}


def _claimed(noun) -> bool:
    """The attack is what a group claimed ("claimed the attack", "claimed
    responsibility for the bombing")."""
    head = noun.head
    if noun.dep_ == "pobj" and head.lower_ == "for" and head.head.lemma_.lower() == "responsibility":
        head = head.head.head
    elif noun.dep_ != "dobj":
        return False
    return head.lemma_.lower() == "claim"


def _inquiry_referred_to(token) -> bool:
    """"ready to cooperate with the investigation", "until the end of the
    investigation": an inquiry told of before, named again under a
    preposition with nothing of its own (no owner, no agent, no target), is
    no new act. Nor is one a relative clause says someone ran ("the
    regulators, who led the inquiry, welcomed the fine")."""
    if token.lemma_.lower() not in _INQUIRIES:
        return False
    if token.dep_ != "pobj" and not (token.dep_ == "dobj" and token.head.dep_ == "relcl"):
        return False
    children = list(token.children)
    # (A common noun naming its topic is still the same inquiry: "the email
    # investigation"; a name may be its owner or whom it looks into.)
    return any(c.dep_ == "det" and c.lower_ in DEFINITE for c in children) \
        and not any(c.dep_ in ("poss", "amod", "nmod", "prep", "acl", "relcl")
                    or (c.dep_ == "compound" and c.pos_ != "NOUN") for c in children)


# Verbs of talking something over: what they take is a topic, not an act.
_TALKED_OVER = {"discuss", "debate"}


def _only_discussed(token) -> bool:
    """"expected to discuss tariffs and support for Ukraine", "debated
    sanctions": an act noun, with no article of its own, that talks are
    about is a topic of the talks, not an act anyone did (the talks are).
    ("would not discuss the arrest" names one that happened:
    modes._definite_topic.)"""
    if token.pos_ != "NOUN":
        return False
    noun = token
    while noun.dep_ == "conj" and noun.head.pos_ == "NOUN":
        noun = noun.head
    if noun.dep_ != "dobj" or noun.head.lemma_.lower() not in _TALKED_OVER:
        return False
    return not any(c.dep_ in ("det", "poss") for c in token.children)


# "politically charged", "an emotionally charged debate": charged with feeling, not with a crime.
_CHARGED_WITH_FEELING = {"politically", "emotionally", "highly", "racially", "sexually", "religiously", "heavily",
                         "ideologically", "culturally"}


def _charged_atmosphere(token) -> bool:
    return token.lower_ == "charged" and any(c.dep_ == "advmod" and c.lower_ in _CHARGED_WITH_FEELING
                                             for c in token.children)


# Gatherings police charge at, not charge with a crime.
_CROWDS = {"crowd", "crowds", "protester", "protestor", "demonstrator", "marcher", "rioter", "fan", "supporter",
           "mob", "gathering", "rally", "march", "demonstration", "picket", "line", "barricade"}


def _charged_at_people(token) -> bool:
    """"police had charged the crowd without warning", "riot police charged
    at the marchers", a batsman who "charged down the pitch", shares that
    "charged 28% higher": a rush, not an accusation (which names its
    crime: "charged a protester with assault")."""
    if token.lemma_.lower() != "charge" or token.pos_ != "VERB" \
            or any(c.dep_ == "prep" and c.lower_ in ("with", "for", "over", "under") and not _armed_with(c)
                   for c in token.children):
        return False
    if any(c.dep_ == "dobj" and c.lemma_.lower() in _CROWDS for c in token.children):
        return True
    if any(c.ent_type_ == "PERCENT" or c.lower_ in ("higher", "lower", "ahead") for c in token.children):
        return True  # ("shares charged 28% higher"): a price's rush
    # ("charged down the pitch", "charged through the defence")
    return any((c.dep_ == "prep" and c.lower_ in ("at", "into", "towards", "toward", "down", "through", "across", "up"))
               or (c.dep_ == "prt" and c.lower_ in ("down", "up", "through", "across")) for c in token.children)


# What police rush a crowd with: "charged the crowd with batons".
_RUSHING_GEAR = {"baton", "truncheon", "stick", "club", "shield", "horse", "horseback", "dog", "bayonet", "whip",
                 "cane", "lathi", "cannon", "gas", "vehicle", "truck", "motorcycle"}


def _armed_with(preposition) -> bool:
    return preposition.lower_ == "with" and any(g.dep_ == "pobj" and g.lemma_.lower() in _RUSHING_GEAR
                                                for g in preposition.children)


def _inquiries_as_a_remit(token) -> bool:
    """"took over cybercrime investigations that were previously handled by
    the FIA": inquiries named as a kind of work, a plural with no article,
    owner or number and no one looked into, are a body's remit, not an act."""
    if token.tag_ != "NNS" or token.lemma_.lower() not in ("investigation", "probe", "inquiry") \
            or any(c.dep_ in ("det", "poss", "nummod") for c in token.children):
        return False
    holders = [token] + ([token.head] if token.dep_ in ("dobj", "nsubjpass") else [])
    if any(c.dep_ == "prep" and c.lower_ in ("into", "of", "on", "against") for h in holders for c in h.children):
        return False  # ("opened investigations into the deaths": what they look into is named)
    return token.head.lemma_.lower() in _REMIT_VERBS


# Verbs of a body's remit: "took over investigations", "handles inquiries".
_REMIT_VERBS = {"take", "handle", "oversee", "run", "manage", "lead", "conduct", "carry", "assume", "transfer"}


def _a_co_accused(token) -> bool:
    """"his co-accused": the word is the tail of a noun for a fellow
    defendant, no accusation of its own."""
    doc = token.doc
    return token.lower_ == "accused" and token.i >= 2 and doc[token.i - 1].text == "-" \
        and doc[token.i - 2].lower_ == "co"


# Verbs of a verdict or a plea on a charge: "convicted of ... charges",
# "pleaded guilty to two counts", "acquitted of the charges".
_VERDICTS = {"convict", "acquit", "clear", "guilty", "plead", "absolve"}


def _judged_charge(token) -> bool:
    """A charge named by the verdict on it is no accusation of the story:
    PLOVER codes no ACCUSE where the allegation is reported with a
    conviction (the verdict is the event)."""
    if token.lemma_.lower() not in CHARGING_NOUNS:
        return False
    noun = token
    while noun.dep_ in ("conj", "appos") and noun.head.i != noun.i:
        noun = noun.head
    if noun.dep_ != "pobj" or noun.head.lower_ not in ("of", "to", "on"):
        return False
    verdict = noun.head.head
    if verdict.pos_ in ("NOUN", "PROPN") and verdict.dep_ == "dobj":
        verdict = verdict.head  # ("acquitted a former assemblyman of six charges": "of" hung on the man)
    return verdict.lemma_.lower() in _VERDICTS or (verdict.lower_ == "guilty" and verdict.head.lemma_.lower() == "plead")


# Charges that are money: "£11,000 in roaming charges", "bank charges",
# "incurred charges" (a bill, not an accusation).
# (Not "tax" or "entry": "federal tax charges", "illegal entry charges" are crimes.)
_FEE_WORDS = {"roaming", "bank", "service", "delivery", "late", "overdraft", "accounting", "impairment",
              "restructuring", "interest", "data", "phone", "fuel", "usage", "booking", "admission", "parking",
              "call", "card", "transaction", "shipping", "handling", "cancellation", "electricity", "water", "energy",
              "exit", "one-time", "non-cash", "pretax"}
_PAYING_VERBS = {"rack", "incur", "pay", "waive", "refund", "owe", "bill",
                 # a company's books: "recorded charges" (not "book": "booked on felony charges")
                 "record"}
# Verbs by which a company writes a charge into its books.
_BOOKING_VERBS = {"take", "record"}


def _a_fee(token) -> bool:
    if token.lemma_.lower() == "charge" and token.pos_ == "VERB":
        return _a_price_asked(token)
    if token.lemma_.lower() != "charge" or token.pos_ != "NOUN":
        return False
    modifiers = [c for c in token.children if c.dep_ in ("compound", "amod", "nmod", "nummod", "quantmod")]
    # (The parse may make the modifier its head: "in roaming charges", "roaming" a verb.)
    if any(c.lower_ in _FEE_WORDS or c.ent_type_ == "MONEY" for c in modifiers) or token.head.lower_ in _FEE_WORDS:
        return True
    if any(c.dep_ == "prep" and c.lower_ in ("of", "totaling", "totalling") and any(
            g.dep_ == "pobj" and g.ent_type_ == "MONEY" for g in c.children) for c in token.children):
        return True  # "charges of $40 million for restructuring"
    if any(c.dep_ == "acl" and c.lemma_.lower() in _BOOKING_VERBS for c in token.children):
        return True  # "charges taken a year earlier": written into a company's books
    if any(c.dep_ == "prep" and c.lower_ in ("against", "of") for c in token.children):
        return False  # "charges against him", "charges of fraud"
    # "racked up £11,000 in … charges", "incurred charges": paid, not brought.
    verb = next((a for a in token.ancestors if a.pos_ == "VERB" and a.lower_ not in _FEE_WORDS), None)
    return (verb is not None and verb.lemma_.lower() in _PAYING_VERBS) or _money_charged_before(token)


def _a_price_asked(verb) -> bool:
    """"they charged us per box", "charged $5 a ride", "charging shops a
    fee": a price asked, no one charged with a crime."""
    for child in verb.children:
        if child.dep_ == "prep" and child.lower_ == "per":
            return True
        if child.dep_ == "prep" and child.lower_ == "between" and any(
                g.ent_type_ == "MONEY" or g.lemma_.lower() in _CURRENCIES for g in child.subtree):
            return True  # "charged between 3,000 and 8,000 euros per person"
        if child.dep_ in ("dobj", "npadvmod", "dative") and (child.ent_type_ == "MONEY"
                                                             or child.lemma_.lower() in _PRICES):
            return True
    return False


_CURRENCIES = {"euro", "dollar", "pound", "rupee", "naira", "shilling", "peso", "yuan", "yen", "rand", "lira",
               "franc", "dinar", "real", "ruble", "rouble", "baht", "ringgit", "cedi", "taka"}
_PRICES = {"fee", "price", "rate", "toll", "levy", "rent", "premium", "fare", "tariff", "commission"}


def _money_charged_before(token) -> bool:
    """"the charges were a mistake" after "he charged $40,000 in personal
    expenses to a city credit card": the charges are those sums, named by
    a bare "the" in the next sentences."""
    if not any(c.dep_ == "det" and c.lower_ in ("the", "those", "these") for c in token.children) \
            or len(list(token.children)) != 1:
        return False
    sent = token.sent
    return any(t.lemma_.lower() == "charge" and t.pos_ == "VERB"
               and any(g.ent_type_ == "MONEY" for c in t.children if c.dep_ == "dobj" for g in c.subtree)
               for t in token.doc[max(0, sent.start - 80):sent.start])


def _retort(token) -> bool:
    """"'Leave my daughter out of this,' Hale shot back": a retort, not gunfire."""
    if token.lemma_.lower() not in ("shoot", "fire") or not any(c.dep_ in ("prt", "advmod") and c.lower_ == "back"
                                                                for c in token.children):
        return False
    # (Outside the quotation: "'They shot at us and we fired back,' he said" is gunfire.)
    quoted = sum(t.is_quote for t in token.sent if t.i < token.i) % 2 == 1
    return (not quoted and any(t.is_quote for t in token.sent)) \
        or any(c.dep_ in ("ccomp", "parataxis") for c in token.children) \
        or any(c.dep_ == "prep" and c.lower_ == "at" and any(g.lemma_.lower() in ("critic", "claim", "report")
                                                            for g in c.children) for c in token.children)


# Acts that are the use of a weapon, and words elsewhere in the sentence
# that tell one: "Woman, 52, struck, killed by truck" tells none (a road death,
# whatever mode "struck" carries in the lexicon).
_WEAPON_ACTS = {"shoot", "bomb", "shell", "stab", "explode", "detonate", "behead", "torch", "snipe", "gun", "fire",
                "bombard", "firebomb", "strafe", "shooting", "bombing", "shelling", "explosion", "blast", "gunfire",
                "airstrike", "fighting", "clash", "stabbing", "attack", "gunshot"}
_WEAPONS = {"bomb", "bombing", "explosive", "explosion", "blast", "missile", "rocket", "shell", "shelling",
            "grenade", "landmine", "bullet", "gunfire", "gunshot", "gun", "rifle", "pistol", "firearm", "knife",
            "machete", "mortar", "artillery", "airstrike", "ied", "shooting", "gunman", "sniper", "attack",
            "fighting", "clash", "militant", "terrorist", "bomber"}


# Verbs of killing and wounding that, passive and with no agent, still say
# someone did it ("injured" does not: accidents injure as often).
_KILLING_VERBS = {"kill", "murder", "slay", "assassinate", "wound"}


def killed_by_someone(token) -> bool:
    """"Ruiz, 41, was killed on a Sunday evening while jogging beside the
    canal", "a policeman was also wounded": an agentless passive of killing
    or wounding the detector reads as violence. (Deaths in accidents,
    fires, quakes and illness are left out before this is asked:
    `_event_for`; so are killings from the air, whose attacker with no one
    named is no one: roles.find_roles. A place where someone "was killed"
    points back to a killing told before.) "Killed" or "wounded" with a
    clause of its own saying what happened ("was killed when a landslide
    engulfed the plantation", "wounded when policemen returned fire") is
    told by that clause: the rules of violence and accidents read that."""
    lemma = token.lemma_.lower()
    if lemma not in _KILLING_VERBS or token.pos_ != "VERB" or not _passive_patients(token) \
            or any(c.dep_ == "agent" or c.lower_ == "where" for c in token.children):
        return False
    return lemma not in ("kill", "wound") or not any(
        c.dep_ == "advcl" and any(g.dep_ in ("nsubj", "nsubjpass") for g in c.children) for c in token.children)


def weapon_told(token) -> bool:
    """The act is the use of a weapon, or the sentence (the act's own word
    included: "rockets were fired") names one."""
    return token.lemma_.lower() in _WEAPON_ACTS or any(t.lemma_.lower() in _WEAPONS for t in token.sent)


# Places and times are no attackers: "the Orlando shooting", "Sunday's bombing".
_NOT_ATTACKERS = {"GPE", "LOC", "FAC", "DATE", "TIME", "ORDINAL", "CARDINAL"}


def no_attacker_told(token) -> bool:
    """The act's own words name no one who did it: a passive with no agent,
    a subject that is the weapon or the violence itself, a noun with no
    owner, no naming modifier and no "by" phrase."""
    if _by_someone(token) or _attack_owned_in_sentence(token) or _someone_firing_in_sentence(token):
        return False
    if token.pos_ == "VERB":
        # (and the subject it shares: "They kept shooting at him", "youths
        # were roaming the town, fighting pitched battles with the police")
        shares = token.dep_ == "xcomp" or (token.dep_ == "advcl" and token.tag_ == "VBG")
        verbs = [token, token.head] if shares and token.head.i != token.i else [token]
        # (Not who underwent it: "police found three people shot".)
        undergoing = {p.i for p in _passive_patients(token)}
        return all(c.lemma_.lower() in MEANS_OF_VIOLENCE for v in verbs for c in v.children
                   if c.dep_ in ("nsubj", "csubj") and c.i not in undergoing)
    return not any(_says_whose(c) or (c.dep_ in ("compound", "amod", "nmod") and c.pos_ in ("PROPN", "NOUN")
                                      and c.ent_type_ not in _NOT_ATTACKERS) for c in token.children)


# Verbs of using a weapon or force whose subject, in another clause of the
# sentence, is the attacker: "was killed when two men were shooting from a
# car", "said he was struck … a guard had hit him with a club".
_FIRING = {"shoot", "fire", "spray", "stab", "bomb", "shell", "snipe", "gun", "hit", "beat", "punch", "strike",
           "attack", "assault", "kill", "murder"}


def _someone_firing_in_sentence(token) -> bool:
    """"Diaz was killed when two men were shooting from a passing car", "for
    killing a teacher as they were firing into the crowd": the
    sentence names who used the weapon, in a clause of its own."""
    return any(t.i != token.i and t.pos_ == "VERB" and (t.lemma_.lower() in _FIRING or _owns_the_act(t))
               # (a relative "that" stands for its noun: "the bullet that killed him" is a means)
               and any(c.dep_ == "nsubj" and _relative_antecedent(t, c).lemma_.lower() not in MEANS_OF_VIOLENCE
                       for c in t.children)
               for t in token.sent)


# Arms, and the verbs by which someone uses them: "emptied their pistols
# into the shop", "dropped four bombs" (not "carrying a gun": no use).
_ARMS = {"gun", "pistol", "rifle", "firearm", "weapon", "knife", "machete", "bomb", "grenade", "missile", "rocket",
         "shell", "mortar", "explosive", "drone"}
_USING_ARMS = {"empty", "drop", "throw", "hurl", "lob", "detonate", "plant", "unload", "wield", "swing", "use",
               "launch"}


def _owns_the_act(verb) -> bool:
    """A verb whose subject used arms or owned the attack: "two robbers
    emptied their pistols into the shop", "militants claimed responsibility
    for the bombings"."""
    objects = [c.lemma_.lower() for c in verb.children if c.dep_ == "dobj"]
    # (and what a swarm or a barrage is of: "launched a swarm of drones")
    objects += [g.lemma_.lower() for c in verb.children if c.dep_ == "dobj" for p in c.children
                if p.dep_ == "prep" and p.lower_ == "of" for g in p.children if g.dep_ == "pobj"]
    lemma = verb.lemma_.lower()
    return (lemma in _USING_ARMS and any(o in _ARMS for o in objects)) \
        or (lemma == "claim" and "responsibility" in objects)


def _says_whose(child) -> bool:
    """An owner that names who did the act ("Israel's assault"), not when
    ("Sunday's bombing")."""
    return child.dep_ == "poss" and child.ent_type_ not in ("DATE", "TIME")


_ATTACK_NOUNS = _WEAPON_ACTS | {"assault", "offensive", "raid", "strike", "operation", "campaign", "invasion"}


def _attack_owned_in_sentence(token) -> bool:
    """The sentence names whose the violence is: "Ruritania's assault on the
    valley … the shelling of two schools killed 40", "the Israeli
    offensive" (not "the Orlando shooting": a place; nor "Thursday's
    bombing": a day; nor "the British Embassy bombing": what it hit)."""
    return any(t.i != token.i and t.pos_ == "NOUN" and t.lemma_.lower() in _ATTACK_NOUNS
               and any(_says_whose(c) or (c.dep_ in ("compound", "amod") and c.ent_type_ in ("NORP", "ORG", "PERSON")
                                          and c.lemma_.lower() not in BUILDING_NOUNS)
                       for c in t.children)
               for t in token.sent)


def _by_someone(token) -> bool:
    """A "by" phrase naming who did it ("shot by an off-duty officer"), not
    what ("killed by a bomb")."""
    return any(c.dep_ in ("agent", "prep") and c.lower_ == "by"
               and any(g.dep_ == "pobj" and g.lemma_.lower() not in MEANS_OF_VIOLENCE for g in c.children)
               for c in token.children)


# Acts of saying or publishing, and what they make: an attack made by them
# is one of words ("attack the mayor by skywriting insults", "attacked
# Clinton with a new ad"), not of force.
_COMMUNICATING = SPEECH_VERBS | {"tweet", "post", "publish", "air", "skywrite", "call", "label", "brand", "mock",
                                 "ridicule", "question", "criticize", "criticise", "accuse", "blame", "suggest",
                                 "broadcast", "print", "retweet", "speak", "argue"}
_MESSAGES = {"message", "ad", "advert", "advertisement", "commercial", "statement", "tweet", "post", "letter",
             "column", "article", "speech", "remark", "comment", "word", "insult", "email", "e-mail", "mailer",
             "flyer", "leaflet", "slogan", "op-ed", "editorial", "essay", "blog", "rhetoric", "barb", "joke",
             "question", "claim", "accusation"}


def _attack_in_words(token) -> bool:
    """An attack made by saying or publishing something."""
    for prep in token.children:
        if prep.dep_ != "prep" or prep.lower_ not in ("by", "with"):
            continue
        for means in prep.children:
            if prep.lower_ == "by" and means.dep_ == "pcomp" and means.tag_ == "VBG" and (
                    means.lemma_.lower() in _COMMUNICATING
                    or any(c.dep_ == "dobj" and c.lemma_.lower() in _MESSAGES for c in means.children)):
                return True
            if means.dep_ == "pobj" and means.lemma_.lower() in _MESSAGES:
                return True
    return False


# Verbs that say an act did not happen ("denied that its troops shelled the
# village", "denied bombing the camp"), and verbs that answer a claim of it
# ("disputed the claim that", "rejected reports that").
_DENIALS = {"deny", "dispute", "refute", "rebut", "contest", "challenge", "reject", "dismiss"}
_CLAIMS = {"assertion", "claim", "report", "allegation", "suggestion", "notion", "idea", "accusation", "charge",
           "contention", "rumor", "rumour", "story", "speculation"}


# "told a news conference", "a press briefing": speaking to reporters, no
# meeting between parties (PLOVER's CONSULT is between actors).
_PRESS_EVENTS = {"conference", "briefing", "availability", "gaggle"}
_PRESS = {"news", "press", "media"}


# Where something happened: "gathered at the site where he was shot".
SCENES = {"site", "spot", "place", "scene", "location", "corner", "street", "house", "home", "building"}


def _the_scene_of(token) -> bool:
    """The act names a place: "near the scene of the slaying", "the location of the shooting"."""
    return _of_a_noun_among(token, SCENES)


def _of_a_noun_among(token, nouns) -> bool:
    """The token is the object of "of" after one of the nouns: "the scene of …", "the time of …"."""
    return token.dep_ == "pobj" and token.head.lower_ == "of" and token.head.head.lemma_.lower() in nouns


# Times named by an act: "at 8:45 a.m., the time of the first blast".
_TIMES = {"time", "moment", "hour", "minute", "anniversary"}


def _the_time_of(token) -> bool:
    """The act, with no doer of its own, names a time: "the time of the
    first blast", "the anniversary of the bombing"."""
    own_doer = any(c.dep_ in ("poss", "compound") or (c.dep_ == "prep" and c.lower_ == "by") for c in token.children)
    return _of_a_noun_among(token, _TIMES) and not own_doer


# People a job is taken from: "the coach was fired", "fired its chief executive".
_JOBS = {"coach", "employee", "worker", "staff", "staffer", "manager", "executive", "teacher", "nurse", "aide",
         "chef", "player", "anchor", "host", "editor", "ceo", "director", "principal", "superintendent", "clerk",
         "contractor", "assistant", "coordinator", "administrator", "analyst", "engineer", "producer"}
_PEOPLE_PRONOUNS = {"he", "she", "him", "her", "they", "them", "i", "me", "we", "us", "you", "who", "whom"}


def _fired_from_a_job(token) -> bool:
    """"A football coach was fired on Friday", "the company fired its chief
    executive": a dismissal, not shooting (an article of our own had the
    coach's dismissal as an attack by an unidentified assailant). A
    person, not a shot, a weapon or "a total of 11 rounds", is what was
    fired, and nothing is fired at, on or into anyone."""
    if token.lemma_.lower() != "fire" or token.pos_ != "VERB":
        return False
    if any(c.dep_ in ("prep", "prt") and c.lower_ in ("at", "on", "upon", "into", "toward", "towards", "off", "back")
           and not any(g.ent_type_ in ("DATE", "TIME") for g in c.children) for c in token.children):
        return False  # (not "on Friday": when, not at whom)
    patients = [c for c in token.children if c.dep_ in ("nsubjpass", "dobj")]
    return bool(patients) and all(_a_person_with_a_job(p) for p in patients)


def _a_person_with_a_job(noun) -> bool:
    if noun.pos_ == "PRON":
        return noun.lower_ in _PEOPLE_PRONOUNS
    lemma = noun.lemma_.lower()
    return noun.ent_type_ == "PERSON" or lemma in _JOBS or load_knowledge().role(lemma) is not None


# Verbs whose subject charges another with an act: what they charge is a
# party's accusation, whose content our annotation guideline leaves out.
_CHARGING_VERBS = {"accuse", "blame"}


def _content_of_an_accusation(document: Document, token) -> bool:
    """"Armenia accused Azerbaijan of firing on its positions, wounding two
    soldiers": the firing, and the harm the parse hangs on "accused", are
    what one party says another did (docs/annotation.md, Rulings), not
    events told as facts; and who did them is not the accuser. (Not what
    police or prosecutors accuse someone of: crime reports, coded as facts;
    nor "was accused of killing", told as a charge.) A verb joined to the
    content is content too ("accused India of backing the militants who
    attacked a train, killing 26": "killing" hangs on "backing"), and so is
    the harm told as the content's outcome ("of bombing a town, killing three")."""
    if token.pos_ == "NOUN" and token.dep_ == "pobj" and token.head.lower_ in ("in", "with", "by") \
            and token.head.head.tag_ == "VBG":
        token = token.head.head  # ("accused Morocco of killing three drivers in a drone strike")
    if token.dep_ == "conj" and token.tag_ == "VBG" and token.head.i != token.i:
        token = token.head
    if token.dep_ == "advcl" and token.tag_ == "VBG" and token.head.dep_ == "pcomp":
        token = token.head  # ("accused Sudan's army of bombing a town, killing three people")
    if token.dep_ in ("xcomp", "advcl") and token.tag_ == "VB" and token.head.dep_ == "pcomp" \
            and token.head.lemma_.lower() == "use":
        token = token.head  # ("accused Thailand of using fighter jets to bomb its territory")
    head = token.head
    if token.dep_ == "advcl" and token.tag_ == "VBG" and head.lemma_.lower() in _CHARGING_VERBS:
        accusing = head if any(c.dep_ == "dobj" for c in head.children) else None
    elif token.dep_ == "pcomp" and head.lower_ in ("of", "for") \
            and (verb := _past_a_date(head.head)).lemma_.lower() in _CHARGING_VERBS:
        accusing = verb if verb.tag_ != "VBN" else None
    elif (charging := _charged_through_a_misparse(token)) is not None:
        accusing = charging if charging.tag_ != "VBN" else None
    else:
        return False
    if accusing is None:
        return False
    accusers = [actor_at(document, c) for c in accusing.children if c.dep_ == "nsubj"]
    return not any(a is not None and {"COP", "JUD"} & set(a.sector or []) for a in accusers)


# Words that say harm was done by mistake, no one's attack ("two fighter jets
# accidentally dropped eight bombs on a village during an exercise").
_BY_ACCIDENT = {"accidentally", "inadvertently", "unintentionally"}


# Verbs that take backing away ("committed to end support for armed groups"):
# the opposite of an act of support.
_ENDING_SUPPORT = {"end", "stop", "halt", "cease", "withdraw", "cut", "suspend", "drop", "pull"}


def _support_ended(token) -> bool:
    if token.lemma_.lower() not in ("support", "backing"):
        return False
    if token.dep_ == "pobj" and token.head.lower_ == "to":
        return token.head.head.lemma_.lower() in _ENDING_SUPPORT  # ("calls for an end to support for armed groups")
    if token.dep_ in ("relcl", "acl") and token.head.lemma_.lower() in _ENDING_SUPPORT:
        return True  # (the same, "to support" parsed as a clause on "end")
    return token.dep_ == "dobj" and token.head.lemma_.lower() in _ENDING_SUPPORT


# Who "invades" or "storms" a place without an attack: "tens of thousands
# of tourists have invaded the city for the festival", "fans stormed the pitch".
_VISITORS = {"tourist", "visitor", "fan", "shopper", "holidaymaker", "pilgrim", "spectator", "supporter", "reveller",
             "sightseer", "backpacker"}
_FLOCKING = {"invade", "storm", "overrun", "swamp", "flood", "besiege", "descend"}


# Crowds that flood a place as visitors do ("crowds invaded the riverside"
# for a festival); crowds that storm or besiege it may be attacking.
_CROWDS = {"crowd", "throng", "devotee", "worshipper", "festivalgoer", "reveler", "revellers", "reveller"}
_CROWDS_FLOCKING = {"invade", "flood", "swamp", "descend"}


def _visitors_flocking(token) -> bool:
    if token.lemma_.lower() not in _FLOCKING:
        return False
    subjects = [counted_group(c) or c for c in token.children if c.dep_ == "nsubj"]
    return bool(subjects) and all(s.lemma_.lower() in _VISITORS or (s.lemma_.lower() in _CROWDS and
                                                                     token.lemma_.lower() in _CROWDS_FLOCKING)
                                  for s in subjects)


def _an_animal_seized(token) -> bool:
    taken = [c for c in token.children if c.dep_ in ("dobj", "nsubjpass")]
    return bool(taken) and all(t.lemma_.lower() in _HARMED_ANIMALS for t in taken)


def _done_by_accident(token) -> bool:
    # (on the act's verb or, for a noun, the verb it is the object of: "accidentally dropped bombs")
    # (and what a participle of its result hangs on: "accidentally dropped bombs …, injuring a dozen")
    verbs = [token] + ([token.head] if (token.pos_ == "NOUN" and token.dep_ == "dobj")
                       or (token.tag_ == "VBG" and token.dep_ in ("advcl", "xcomp", "conj")) else [])
    return any(c.dep_ == "advmod" and c.lower_ in _BY_ACCIDENT for v in verbs for c in v.children) or any(
        c.dep_ == "prep" and c.lower_ == "by" and any(g.lower_ == "accident" for g in c.children)
        for v in verbs for c in v.children)


def _what_a_group_does(token) -> bool:
    """A relative clause in the present simple on a noun: "a vigilante
    group that fights alongside the army", "a militia which attacks
    convoys" describe the group; so does a participle on a noun set beside
    a group's name ("an al-Qaeda affiliate fighting to topple …")."""
    if token.dep_ == "acl" and token.tag_ == "VBG" and token.head.dep_ == "appos" and token.head.pos_ == "NOUN":
        return True  # ("Al-Shabaab, an al-Qaeda affiliate fighting to topple the government, …")
    if _what_a_group_says_it_does(token):
        return True
    if token.dep_ == "acl" and token.tag_ == "VBG" and token.head.tag_ == "NNS" and token.head.dep_ == "pobj" \
            and token.head.head.lower_ == "with" and not any(c.dep_ == "det" for c in token.head.children):
        return True  # ("one of the most violent regions, with armed groups fighting over coca plantations")
    if token.dep_ == "conj" and token.tag_ in ("VB", "VBZ", "VBP") and token.head.dep_ == "relcl":
        token = token.head  # ("armed gangs that raid villages and kidnap travellers")
    return token.dep_ == "relcl" and token.tag_ in ("VBZ", "VBP") and token.head.pos_ in ("NOUN", "PROPN") \
        and not any(c.dep_ == "aux" for c in token.children)


def _what_a_group_says_it_does(token) -> bool:
    """"The Maoists, who say they are fighting for the rights of tribal
    people, …": what a group says, in the present, in a relative clause on
    its name, is its cause, not an act."""
    clause = token.head
    if token.dep_ != "ccomp" or clause.dep_ != "relcl" or clause.tag_ not in ("VBZ", "VBP") \
            or clause.lemma_.lower() not in ("say", "claim", "insist", "argue"):
        return False
    return token.tag_ in ("VBZ", "VBP") or (token.tag_ == "VBG" and any(
        c.dep_ == "aux" and c.tag_ in ("VBZ", "VBP") for c in token.children))


# Accords that end a fight, and their verbs.
_TRUCES = {"ceasefire", "cease-fire", "truce", "armistice", "deal", "agreement", "accord"}
_ENDING = {"end", "halt", "stop", "conclude", "finish"}


def _ended_by_a_truce(token) -> bool:
    """The act is what a truce ended: "the ceasefire that ended four days of
    fighting", "a deal that halted the clashes" (however the parse hangs the
    relative clause: on the truce or on the noun before it)."""
    node = token.head.head if token.dep_ == "pobj" and token.head.lower_ == "of" else token
    if node.dep_ != "dobj" or node.head.lemma_.lower() not in _ENDING:
        return False
    verb = node.head
    enders = [c for c in verb.children if c.dep_ == "nsubj"]
    if verb.dep_ == "relcl":
        enders += [verb.head] + [g for c in verb.head.children if c.dep_ == "prep" for g in c.children
                                 if g.dep_ == "pobj"]
    return any(e.lemma_.lower() in _TRUCES for e in enders)


def _past_a_date(word):
    """The verb a phrase hung on a date hangs on: "accused Indian troops on
    Wednesday of firing", where the parse hangs "of" on "Wednesday"."""
    if word.dep_ == "pobj" and word.head.dep_ == "prep" and (word.ent_type_ in ("DATE", "TIME") or word.like_num):
        return word.head.head
    return word


def _charged_through_a_misparse(token):
    """"accused Azerbaijani forces on Monday of shelling villages", parsed
    with "shelling" a noun on "villages" and "of" hung on "Monday": the act
    word heads (or modifies the head of) what "of" introduces, and the "of"
    hangs on the charging verb, directly ("accused the army of the
    killings") or through a date. The verb, else None."""
    noun = token.head if token.dep_ in ("compound", "amod") else token
    preposition = noun.head
    if noun.dep_ != "pobj" or preposition.lower_ not in ("of", "for"):
        return None
    above = preposition.head
    if above.ent_type_ in ("DATE", "TIME") and above.dep_ == "pobj":
        above = above.head.head  # "on Monday of …"
    return above if above.pos_ == "VERB" and above.lemma_.lower() in _CHARGING_VERBS else None


def _a_cause_to_blame(document: Document, token) -> bool:
    """"faulty wiring was to blame for the blaze": a cause
    named, no party accused ("the police are to blame" accuses the police: a
    party the actors stage coded)."""
    if token.lemma_.lower() != "blame":
        return False
    if token.dep_ != "xcomp" or token.head.lemma_.lower() != "be":
        return _blamed_on_a_thing(document, token)
    subject = next((c for c in token.head.children if c.dep_ == "nsubj"), None)
    return _a_thing(document, subject)


def _blamed_on_a_thing(document: Document, token) -> bool:
    """"blamed his hesitancy on a bad earpiece": what went wrong put down to
    a thing, no party accused ("blamed the blast on the rebels" accuses
    them: a party the actors stage coded). (Not "blamed X for Y" with X a
    thing, "the fog of war": it reads too much like a body the actors stage
    did not code.)"""
    what = next((c for c in token.children if c.dep_ == "dobj"), None)
    # The parse may hang "on …" from the verb, from its object, or from an
    # infinitive between them ("blamed his hesitancy to condemn him on …").
    heads = [h for h in (token, what) if h is not None]
    heads += [c for h in heads for c in h.children if c.pos_ == "VERB" and c.dep_ in ("advcl", "acl", "xcomp")]
    onto = [c for h in heads for p in h.children if p.dep_ == "prep" and p.lower_ == "on" for c in p.children
            if c.dep_ == "pobj"]
    # (A plural is most often people: "blamed the incident on hackers".)
    return bool(onto) and all(_a_thing(document, c) and c.tag_ != "NNS" for c in onto)


def _a_thing(document: Document, token) -> bool:
    """A common noun no actor was coded from and no word of a role or body
    ("faulty wiring", "the earpiece"; not "the county water board")."""
    if token is None or token.pos_ != "NOUN" or token.i in document.mention_index:
        return False
    role_words = load_knowledge().role_words
    return token.lemma_.lower() not in role_words and token.lower_ not in role_words


def _tries_to(token) -> bool:
    """"are seeking to reduce their reliance on gas", "sought to block the bill":
    "seek" with an infinitive is an attempt, not a request of anyone (the
    article gold codes none of its 13 such sentences as REQUEST); "sought
    asylum", "seeking help from Norland" ask."""
    return token.lemma_.lower() == "seek" and any(
        c.dep_ == "xcomp" and any(a.dep_ == "aux" and a.lower_ == "to" for a in c.children) for c in token.children)


# Types a firm's dealings take the words of: offers, refusals, talks, accords.
_DEALING_TYPES = {"AGREE", "REJECT", "CONSULT", "COOPERATE", "SUPPORT", "REQUEST", "CONCEDE"}
# What firms bid, agree and refuse among themselves.
_DEALS = {"bid", "offer", "takeover", "merger", "acquisition", "buyout", "stake", "share", "price", "contract",
          "deal", "sale"}
_DEALING_VERBS = {"buy", "acquire", "purchase", "sell", "merge", "invest"}


def _a_business_deal(token, actors: list) -> bool:
    """"A rival offered to buy the company, but its board rejected the bid":
    firms bidding, buying and selling among themselves are commerce, not
    the political acts PLOVER codes (the review found business offers
    coded AGREE). Only when every coded actor is a business."""
    if _a_takeover_among_firms(token, actors):
        return True
    coded = [a for a in actors if a.code or a.sector]
    if not coded or not all(set(a.sector) == {"BUS"} for a in coded):
        return False
    for child in token.children:
        if child.dep_ in ("dobj", "nsubjpass", "attr") and child.lemma_.lower() in _DEALS:
            return True
        if child.dep_ in ("xcomp", "ccomp") and child.lemma_.lower() in _DEALING_VERBS:
            return True
        if child.dep_ == "prep" and any(g.dep_ == "pobj" and g.lemma_.lower() in _DEALS for g in child.children):
            return True
    return False


# Words only firms' dealings use: "a takeover approach", "the merger talks".
_TAKEOVERS = {"takeover", "merger", "buyout", "acquisition"}


def _a_takeover_among_firms(token, actors: list) -> bool:
    """"Southern Cross Minerals rejected a takeover approach from a larger
    rival": a takeover or merger offered, agreed or refused is commerce
    however the firms are coded, unless a state or its officers act on it
    ("regulators rejected the merger")."""
    if any(set(a.sector) & STATE_SECTORS or names_a_state(a) for a in actors):
        return False
    objects = [c for c in token.children if c.dep_ in ("dobj", "nsubjpass", "attr")]
    return any(o.lemma_.lower() in _TAKEOVERS or any(m.dep_ in ("compound", "amod") and m.lemma_.lower() in _TAKEOVERS
                                                      for m in o.children) for o in objects)


def _a_suit_among_firms(token, actors: list, recipients: list) -> bool:
    """"Audio startup Quietline has sued Vantor Audio, accusing it of
    copying its technology": a firm suing or accusing a firm is commerce
    (the review found business quarrels coded as events), unless a state
    or its officers are a party ("regulators accused the bank")."""
    parties = [p for p in [*actors, *recipients] if p.code or p.sector]
    if not actors or any(set(p.sector) & STATE_SECTORS or names_a_state(p) for p in parties):
        return False
    if _what_a_firms_suit_alleges(token, actors):
        return True  # ("The Korean company, which sued Formosa Memory, alleging that former employees …")
    if _of_market_conduct(token):
        return True  # ("the marketers' association accused the refinery of trying to kill competition")
    # ("Alpina has counter-sued, claiming two Norsund patents are invalid":
    # a firm's suit whose target no words name is among firms too; not a
    # charge, which an authority brings whoever the parse took for its actor)
    named = [r for r in recipients if r.entity_text]
    if not named and token.lemma_.lower() not in _SUITS:
        return False
    if token.lemma_.lower() in _SUITS and named and all(_a_firm(r) for r in named) \
            and all(set(a.sector) <= {"CVL"} and _one_named_person(a) for a in actors):
        return True  # ("Mendoza sued the online furniture retailer Oakline Home in small claims court")
    # (A firm's "rival" the roles take for a political one is a firm too:
    # "a larger South Korean rival that accused it of stealing trade
    # secrets"; and a name with no sector a firm sues is no state's body:
    # "sued Formosa Memory in California".)
    return all(set(p.sector) == {"BUS"} or _a_firms_rival(p) for p in actors + named if p.sector) \
        and any(_a_firm(p) or _a_firms_rival(p) for p in actors) \
        and (not named or any(_a_firm(p) or _a_firms_rival(p) or _a_name_of_no_state(p) for p in named))


# What one trader blames another for in the market.
_MARKET_CONDUCT = {"competition", "competitor", "monopoly", "monopolies", "market", "customers", "pricing",
                   "undercutting", "cartel"}


def _of_market_conduct(token) -> bool:
    """What the accusation says was done ("of …", "for …", on the verb or,
    as the parse may hang it, on the accused) is conduct in a market."""
    heads = [token, *(c for c in token.children if c.dep_ == "dobj")]
    return any(c.dep_ == "prep" and c.lower_ in ("of", "for") and any(t.lemma_.lower() in _MARKET_CONDUCT
                                                                        for t in c.subtree)
               for head in heads for c in head.children)


def _a_name_of_no_state(party) -> bool:
    """A proper name with no sector that names no state ("sued Formosa Memory
    in California"; not "sued the city")."""
    words = (party.entity_text or "").split()
    if not party.sector and words and words[-1].lower() in _SUITS:
        return True  # ("called the countersuit a transparent attempt": the suit itself)
    return not party.sector and not names_a_state(party) and bool(words) \
        and all(w[:1].isupper() for w in words if w.isalpha())


def _what_a_firms_suit_alleges(token, actors: list) -> bool:
    """The act is a participle of a suit a firm brought: what the suit says."""
    if token.tag_ != "VBG" or not any(_a_firm(p) or _a_firms_rival(p) for p in actors):
        return False
    if token.dep_ in ("advcl", "conj", "xcomp"):
        return token.head.lemma_.lower() in _SUITS
    # ("The company, which sued its rival last year, alleging that …", the participle hung on the firm)
    return token.dep_ == "acl" and any(c.dep_ == "relcl" and c.lemma_.lower() in _SUITS for c in token.head.children)


def _one_named_person(party) -> bool:
    """A party named as one person ("Okafor, a retired bus driver"), not a
    group or a pronoun ("their lawsuit", residents suing a mining firm)."""
    first = (party.entity_text or "").split(",")[0].split()
    return bool(first) and all(w[:1].isupper() for w in first) and first[0].lower() not in _NO_NAME_OPENERS


_NO_NAME_OPENERS = {"they", "their", "them", "we", "our", "us", "he", "his", "she", "her", "it", "its", "the"}


def _a_firms_rival(party) -> bool:
    return set(party.sector) <= {"PTY"} and bool(_A_RIVAL.search(party.entity_text or ""))


_SUITS = {"sue", "countersue", "suit", "lawsuit", "countersuit"}


def _a_firm(party) -> bool:
    """A business by its sector, or a firm's "rival" or "competitor" the
    knowledge does not hold ("sued its Japanese rival Kitamura Denki")."""
    return set(party.sector) == {"BUS"} or (not party.sector and bool(_A_RIVAL.search(party.entity_text or "")))


_A_RIVAL = re.compile(r"\b(?:rival|competitor)s?\b", re.IGNORECASE)


# The people of a game, and words only a report on a game uses.
_PLAYING_PARTIES = {"captain", "coach", "manager", "player", "players", "referee", "referees", "umpire", "side",
                    "team", "club", "striker", "goalkeeper", "quarterback", "pitcher", "midfielder", "winger",
                    "skipper", "opponents", "defender", "forward", "keeper", "batsman", "bowler"}
_GAME_WORDS = {"match", "game", "season", "league", "tournament", "championship", "cup", "goal", "goals",
               "scored", "striker", "referee", "innings", "touchdown", "quarterback", "playoff", "playoffs",
               "stadium", "pitch", "half-time", "halftime", "kickoff", "penalty", "semifinal", "final",
               "draw", "points", "fixture", "rugby", "football", "soccer", "cricket", "basketball", "hockey",
               "tennis", "baseball", "players", "teammates", "touchline", "sideline", "scoreline", "coach",
               "olympics", "olympic", "medal", "medals", "biathlon", "podium", "jersey", "peloton", "cyclist",
               "cyclists", "rider", "riders", "breakaway",
               # chess: "launched a ferocious kingside attack to defeat the top seed"
               "chess", "grandmaster", "grandmasters", "kingside", "queenside", "checkmate", "endgame", "pawn"}
# How many different game words make a report one on a game.
_GAME_REPORT_WORDS = 3


# A side's play in a game, in the words of war.
_PLAY_AS_WAR = {"attack", "defence", "defense", "offensive", "counterattack", "counter-attack", "assault", "raid",
                "onslaught", "siege", "bombardment", "blitz"}
# A side's win, in the words of war: "stormed back to crush Atletico 4-0".
_WINNING_AS_WAR = {"storm", "crush", "rout", "thrash", "hammer", "demolish", "maul", "batter", "outgun", "torpedo",
                   "beat", "defeat", "conquer", "overpower", "edge"}
_A_SCORE = re.compile(r"\b\d{1,3}-\d{1,3}\b")


def _play_in_a_game(document: Document, token) -> bool:
    """"their defence had repelled wave after wave of Irish attack": in a
    report on a game, a sentence that speaks of the game (its words or a
    score) and harms no one tells play, not violence."""
    if token.lemma_.lower() not in _PLAY_AS_WAR | _WINNING_AS_WAR and not _a_shot_at_goal(token):
        return False
    if not _a_game_report(document):
        return False
    sentence = token.sent
    if any((t.lemma_.lower() in _HARMS or t.lemma_.lower() in MEANS_OF_VIOLENCE - _PLAY_AS_WAR - _WINNING_AS_WAR)
           and not _a_shot_at_goal(t) and not _a_game_called_a_clash(t) and not _rounds_of_play(t) for t in sentence):
        return False
    return bool({t.lower_ for t in sentence} & _GAME_WORDS) or bool(_A_SCORE.search(sentence.text)) \
        or _between_pronouns(token)


def _between_pronouns(verb) -> bool:
    """"They attacked us from every direction in the last 20 minutes", a
    coach says in a game report: sides named only by pronouns."""
    subjects = [c for c in verb.children if c.dep_ == "nsubj"]
    objects = [c for c in verb.children if c.dep_ == "dobj"]
    return bool(subjects and objects) and all(t.lower_ in _PERSONAL_PRONOUNS for t in subjects + objects)


# What names a game a "clash": "a World Cup qualifying clash", "the derby clash".
_CLASHES_OF_GAMES = {"qualifying", "qualifier", "derby", "title", "league", "cup", "semi-final", "semifinal",
                     "quarter-final", "quarterfinal", "final", "group", "knockout", "relegation", "top-of-the-table"}


def _rounds_of_play(token) -> bool:
    """"with two rounds to play": a game's rounds, not rounds fired."""
    return token.lemma_.lower() == "round" and token.head.lemma_.lower() not in _FIRING_VERBS


def _a_game_called_a_clash(token) -> bool:
    return token.lemma_.lower() == "clash" and token.pos_ == "NOUN" and any(
        c.dep_ in ("compound", "amod") and c.lower_ in _CLASHES_OF_GAMES for c in token.children)


# What a player fires or strikes at goal: "fired a first-time shot into the corner".
_SHOTS_AT_GOAL = {"shot", "strike", "effort", "drive", "header", "volley", "cross", "ball", "pass"}


def _a_shot_at_goal(token) -> bool:
    """In a game report, a "shot" or "strike" a player fires, or firing
    one: play, not gunfire."""
    if token.pos_ == "NOUN" and token.lemma_.lower() in _SHOTS_AT_GOAL:
        # ("a stoppage-time strike from substitute Okafor": whose and when)
        return token.head.lemma_.lower() in ("fire", "hit", "curl", "drill", "unleash", "blast", "take") \
            or any(c.dep_ in ("amod", "compound") or (c.dep_ == "prep" and c.lower_ == "from")
                   for c in token.children) or token.dep_ == "pobj"
    if token.lemma_.lower() == "shoot" and token.pos_ == "VERB":
        # ("he shot low past the goalkeeper", "shot wide", "shot into the net")
        # (the parse may make the keeper the object: "shot low past Vipers goalkeeper")
        return any((c.dep_ == "prep" and c.lower_ in _PAST_THE_KEEPER) or c.lower_ in _WHERE_A_SHOT_GOES
                   or (c.dep_ == "dobj" and c.lemma_.lower() in _AT_GOAL) for c in token.children)
    return token.lemma_.lower() == "fire" and any(
        c.dep_ == "dobj" and c.lemma_.lower() in _SHOTS_AT_GOAL for c in token.children)


# Where a player shoots: past the keeper, wide of the post, into the net.
_PAST_THE_KEEPER = {"past", "into", "over", "wide", "beyond", "under"}
_WHERE_A_SHOT_GOES = {"low", "high", "wide", "home"}
_AT_GOAL = {"goalkeeper", "keeper", "goalie", "net", "post", "bar", "crossbar"}


def _a_sporting_quarrel(document: Document, actors: list, recipients: list) -> bool:
    """"Australia's captain accused the English side of time-wasting", "the
    manager blamed the referee": in a report on a game, players, coaches,
    referees and teams quarrelling among themselves are sport, not the
    politics PLOVER codes (our guideline). Every named party must be one
    of the game's ("police arrested two fans" keeps the police), and the
    report must use several words only games do; and both sides must be
    named ("the Metro Squad's investigation" into a killing in a story of
    a boys' basketball team is no quarrel)."""
    named = [p for p in actors if p.entity_text], [p for p in recipients if p.entity_text]
    if not all(named) or not all(_of_the_game(document, p) for p in named[0] + named[1]):
        return False
    return _a_game_report(document)


def _told_by_a_sports_body(document: Document, token) -> bool:
    """"UEFA said that Galatasaray had been charged with crowd
    disturbances", in a game report: a game's body disciplining its clubs."""
    root = token.sent.root
    if root.lemma_.lower() not in SPEECH_VERBS:
        return False
    subjects = " ".join(" ".join(t.text for t in c.subtree) for c in root.children if c.dep_ == "nsubj")
    return _a_sports_body(subjects) and _a_game_report(document)


# Verbs of finding or holding arms, which fire at no one.
_FINDING_ARMS = {"find", "discover", "recover", "seize", "confiscate", "uncover", "store", "stockpile", "possess",
                 "smuggle", "hide", "stash", "hand", "surrender"}


def _arms_found(token) -> bool:
    """"officers had found assault rifles, anti-tank launchers, hand
    grenades and ammunition in a house": weapons found or seized, no attack."""
    if token.pos_ != "NOUN":
        return False
    held = token
    while held.dep_ == "conj" and held.head.pos_ == "NOUN" and held.head.i != held.i:
        held = held.head
    return held.dep_ in ("dobj", "nsubjpass") and held.head.lemma_.lower() in _FINDING_ARMS


# What is taken over by running it, not by force: "the government took over the company".
_RUN_THINGS = {"company", "firm", "business", "bank", "mine", "operation", "management", "running", "utility",
               "plant", "factory", "airline", "stake", "assets", "subsidiary", "group", "network", "service"}


def _a_takeover(token) -> bool:
    """"prompting the government to take over the company", "will take
    over the running of the port": control of a business, no assault."""
    if token.lemma_.lower() not in ("take", "takeover") or token.pos_ not in ("VERB", "NOUN"):
        return False
    if token.pos_ == "VERB" and not any(c.dep_ == "prt" and c.lower_ == "over" for c in token.children):
        return False
    objects = [c for c in token.children if c.dep_ in ("dobj", "pobj")] \
        + [g for c in token.children if c.dep_ == "prep" and c.lower_ == "of" for g in c.children if g.dep_ == "pobj"]
    return any(o.lemma_.lower() in _RUN_THINGS or o.ent_type_ == "ORG" for o in objects)


# What a strike from the air does and a walkout does not.
_STRIKES_FROM_THE_AIR_DO = {"hit", "kill", "destroy", "damage", "flatten", "level", "wound", "injure", "target"}


def _a_strike_that_hit(token) -> bool:
    """"the strike hit a livestock market": a strike that hits or kills is
    an attack's, no walkout."""
    return token.lemma_.lower() == "strike" and token.pos_ == "NOUN" and token.dep_ == "nsubj" \
        and token.head.lemma_.lower() in _STRIKES_FROM_THE_AIR_DO


# Rules that limit a kind of act: "restrictions on police raids", "a ban on protests".
_RULES_ON = {"restriction", "ban", "limit", "moratorium", "curb", "rule", "guideline", "prohibition", "cap"}


def _a_rule_on_such_acts(token) -> bool:
    """"Brazil's Supreme Court has imposed restrictions on police raids in
    Rio's favelas": a rule about a kind of act, no act done."""
    return token.pos_ == "NOUN" and token.dep_ == "pobj" and token.head.lower_ in ("on", "against") \
        and token.head.head.lemma_.lower() in _RULES_ON


# Words for the kin of the dead, besides KIN_NOUNS.
_RELATIVES = {"relative", "relatives", "family", "families", "kin", "loved"}


def _kin_of_those_harmed(token) -> bool:
    """"relatives of those killed held a vigil": the dead named by their
    kin, whose deaths the story tells elsewhere (or never), no act here."""
    those = token.head
    if token.dep_ != "acl" or token.tag_ != "VBN" or those.lower_ not in ("those", "people") \
            or those.dep_ != "pobj" or those.head.lower_ != "of":
        return False
    kin = those.head.head
    return kin.lower_ in _RELATIVES or kin.lemma_.lower() in _RELATIVES or kin.lower_ in KIN_NOUNS


def _a_game_report(document: Document) -> bool:
    """The text uses several words only reports on games use."""
    return len({t.lower_ for t in document.spacy_doc} & _GAME_WORDS) >= _GAME_REPORT_WORDS


def _span_of(document: Document, party):
    """The tokens of a party's words, None for an implied party."""
    span = document.spacy_doc.char_span(party.start, party.end, alignment_mode="expand")
    return span if span is not None and len(span) else None


def _of_the_game(document: Document, party) -> bool:
    """A party named as one of a game's ("the referee"), or a team named
    for one of its own ("Villa's coach accused the referee")."""
    if party.entity_text.split()[-1].lower() in _PLAYING_PARTIES:
        return True
    if _a_sports_body(party.name or party.entity_text) or _a_sports_body(_the_speakers_words(document, party)):
        return True  # ("the Brazilian football confederation said it had charged the defender")
    # (The party's words may be the team's name alone or run on to its coach.)
    span = _span_of(document, party)
    if span is None:
        return False
    root = span.root.head if span.root.dep_ == "poss" else span.root
    # (or named with one such word before its head: "New York coach Tom
    # Thibodeau", "his team's defence")
    return root.lemma_.lower() in _PLAYING_PARTIES or any(
        t.lemma_.lower() in _PLAYING_PARTIES for t in span if t.i < span.root.i)


def _the_speakers_words(document: Document, party) -> str:
    """For a pronoun, the words of its sentence's reporting subject ("The
    federation said it had …"); else nothing."""
    span = _span_of(document, party) if party.entity_text.lower() in ("it", "they", "its", "their") else None
    if span is None:
        return ""
    root = span.root.sent.root
    return " ".join(" ".join(t.text for t in c.subtree) for c in root.children if c.dep_ == "nsubj")


# Games, what bodies that run them are called, and bodies known by name alone.
_SPORTS = {"football", "soccer", "cricket", "rugby", "basketball", "hockey", "tennis", "athletics", "olympic",
           "volleyball", "baseball", "golf", "cycling", "boxing"}
_SPORTS_BODIES = {"federation", "confederation", "association", "league", "union", "board", "committee", "council"}
_NAMED_SPORTS_BODIES = {"fifa", "uefa", "conmebol", "ioc"}


def _a_sports_body(words: str) -> bool:
    """"the Brazilian football confederation", "FIFA": a game's governing body."""
    lowered = set(re.findall(r"[a-z]+", words.lower()))
    return bool(lowered & _NAMED_SPORTS_BODIES) or bool(lowered & _SPORTS and lowered & _SPORTS_BODIES)


# What someone asked by reporters may decline to do: tell, not act.
_TELLING = {"comment", "say", "discuss", "specify", "reveal", "disclose", "elaborate", "identify", "confirm",
            "speculate", "detail", "explain", "answer", "name"}
_DECLINING = {"decline", "refuse", "refusal"}


def _declined_to_tell(token) -> bool:
    """"declined to comment", "refused to say whether the blaze was arson",
    "refused to answer questions": keeping quiet to a reporter rejects no
    party's demand (our guideline: no event). A statement demanded of
    someone and not made ("refused to say that Jerusalem is Israel's
    capital") and a request answered by no ("refused to fill in the census")
    stay REJECT."""
    if token.lemma_.lower() not in _DECLINING:
        return False
    told = next((c for c in token.children if c.dep_ in ("xcomp", "acl") and c.lemma_.lower() in _TELLING), None)
    if told is None:
        return False
    lemma = told.lemma_.lower()
    if lemma == "say":
        return not any(c.dep_ == "ccomp" and not _an_open_question(c) for c in told.children)
    if lemma == "answer":
        return all(c.lemma_.lower() in ("question", "query") for c in told.children if c.dep_ == "dobj")
    return True


def _an_open_question(clause) -> bool:
    """A clause that asks rather than states: "whether …", "if …", "what …"."""
    return any(c.dep_ == "mark" and c.lower_ in ("whether", "if") for c in clause.children) \
        or clause.doc[clause.left_edge.i].tag_ in ("WDT", "WP", "WP$", "WRB")


def _meets_the_press(token) -> bool:
    return token.lemma_.lower() in _PRESS_EVENTS and any(
        c.dep_ in ("compound", "amod", "nmod") and c.lower_ in _PRESS for c in token.children)


# Accusations, the verbs that answer them with a denial, and the verbs and
# words that call them untrue.
_ACCUSATIONS_DENIED = {"accusation", "allegation", "claim", "charge"}
_DENYING = {"dismiss", "reject", "deny", "refute", "dispute"}
CALLING = {"call", "brand", "describe", "term", "label"}
_UNTRUE = {"groundless", "baseless", "false", "unfounded", "fabricated", "fabrication", "fabrications", "lie",
           "lies", "absurd", "nonsense", "ridiculous", "untrue", "fake", "slander", "slanderous"}


def _an_accusation_denied(token) -> bool:
    """"China's embassy called the accusations groundless", "Sudan rejected
    the accusation": a denial, which our guideline codes as no event
    (docs/annotation.md), not an accusation or a refusal. (Not "denounced
    the charges as a vendetta": that accuses whoever brought them.)"""
    lemma = token.lemma_.lower()
    if lemma not in _DENYING | CALLING or not any(
            c.dep_ == "dobj" and c.lemma_.lower() in _ACCUSATIONS_DENIED for c in token.children):
        return False
    if lemma in _DENYING:
        return True
    # What they call it: "groundless", "as baseless".
    verdicts = [c for c in token.children if c.dep_ in ("oprd", "acomp", "xcomp", "ccomp", "prep")]
    return any(t.lower_ in _UNTRUE for c in verdicts for t in c.subtree)


def denied(token) -> bool:
    """The act is what a denial says did not happen: our guideline codes no
    denied act (docs/annotation.md), only the denial if anything. The act
    must be the verb of a clause the denial holds ("denied that …", "denied
    bombing …"), directly for "deny", else through a claim ("challenged the
    assertion that … attacked"); a noun the denial answers is not denied
    ("dismissed the criticism": the criticism was made). A weapon or an
    attacker named as an argument of the claimed act is denied with it
    ("disputed claims that gunmen launched rockets from the clinic")."""
    if token.pos_ == "NOUN" and token.dep_ in ("dobj", "nsubjpass", "nsubj") and token.head.pos_ == "VERB":
        token = token.head
    if token.pos_ not in ("VERB", "AUX"):
        return False
    clause = token
    while clause.dep_ == "conj" and clause.head.i != clause.i:
        clause = clause.head
    holder = clause.head
    if clause.dep_ in ("acl", "ccomp") and holder.dep_ == "acl" and holder.head.lemma_.lower() in _CLAIMS:
        holder = holder.head  # ("dismissed reports circulating online that soldiers had killed …")
    if clause.dep_ in ("acl", "ccomp") and holder.lemma_.lower() in _CLAIMS and holder.dep_ in ("dobj", "pobj"):
        denial, direct = holder.head if holder.dep_ == "dobj" else holder.head.head, False
    elif clause.dep_ in ("ccomp", "xcomp", "dobj", "pcomp"):
        denial, direct = holder, True
    else:
        return False
    lemma = denial.lemma_.lower()
    if lemma not in _DENIALS or (direct and lemma != "deny"):
        return False
    # ("did not deny that he had met them": the meeting is not denied)
    return not any(c.dep_ == "neg" for c in denial.children)


def _a_person(document: Document, token) -> bool:
    """A person's name, by the parse or by the actor stage ("Donald Trump's" may parse as an ORG)."""
    mention = document.mention_index.get(token.i)
    if token.ent_type_ == "PERSON" or (mention is not None and mention.person):
        return True
    # ("a Trump rally", "Trump" tagged ORG inside the rally's own phrase, or a common noun: "at Trump rallies")
    entry = load_knowledge().lookup(token.text) if token.pos_ == "PROPN" or token.text[:1].isupper() else None
    return entry is not None and entry.kind == "person"


def _animal_attack(token, actors: list) -> bool:
    words = {t.lower_.strip("'’") for child in token.children if child.dep_ in ("compound", "amod", "nmod", "poss")
             for t in child.subtree}
    words |= {w.strip("'’").lower() for a in actors if a.entity_text for w in a.entity_text.split()}
    subjects = [c for c in token.children if c.dep_ == "nsubj"]
    words |= {c.lower_ for c in subjects}
    # ("was killed in a wild elephant attack", "mauled by a bear")
    words |= {w.lower_ for p in token.children if p.dep_ in ("prep", "agent") and p.lower_ in ("in", "by")
              for g in p.children if g.dep_ == "pobj" for w in g.subtree}
    # ("Swarms of desert locusts invaded …": what the swarm is of)
    words |= {g.lower_ for c in subjects for p in c.children if p.dep_ == "prep" and p.lower_ == "of"
              for g in p.children if g.dep_ == "pobj"}
    return bool(words & _ANIMALS)


# Animals people harm: "pets left behind are being shot", "culled cattle".
_HARMED_ANIMALS = _ANIMALS | {"pet", "pets", "cat", "cats", "cattle", "livestock", "cow", "cows", "sheep", "goat",
                              "goats", "pig", "pigs", "deer", "bird", "birds", "poultry", "chicken", "chickens",
                              "hog", "hogs", "duck", "ducks", "goose", "geese", "swine"}


def _animals_harmed(token, actors: list) -> bool:
    """Violence whose only victims the act names are animals, by no state
    or armed party: no PLOVER event (its recipients are people and bodies;
    a party's troops shooting villagers' cattle stays, as hostile to them,
    and officials culling a farm's herd do not)."""
    # ("thousands of chickens": the chickens; "gassing, burning and burying
    # a farm's pigs": joined verbs share their object)
    victims = [counted_group(c) or c for c in token.children if c.dep_ in ("nsubjpass", "dobj")]
    if not victims:
        victims = [counted_group(c) or c for verb in token.conjuncts for c in verb.children
                   if c.dep_ in ("nsubjpass", "dobj")]
    # (A state, "Israel", or an armed party harming animals is hostile to
    # their owners; described officials culling a farm's herd are not.)
    return bool(victims) and not any(a.code and (not a.sector or set(a.sector) & ARMED) for a in actors) \
        and all(v.pos_ != "PROPN" and (v.lower_ in _HARMED_ANIMALS or v.lemma_.lower() in _HARMED_ANIMALS)
                for v in victims)


def _only_heard(token, actors: list) -> bool:
    """"residents said they had heard sustained gunfire", "saw flashes of
    shelling": the sound or sight of violence, with no one said to do it,
    tells what witnesses sensed, not who did what to whom (the hearers are
    no targets)."""
    if token.pos_ != "NOUN" or any(a.entity_text for a in actors):
        return False
    noun = token.head.head if token.dep_ == "pobj" and token.head.lower_ == "of" else token
    # (The parse may read an adjective before it as a verb: "heard sustained gunfire".)
    return noun.dep_ == "dobj" and any(a.lemma_.lower() in ("hear", "see") for a in list(noun.ancestors)[:2])


# Craft and beasts named for what they do: "small attack drones", "an attack helicopter".
_ATTACKING_KINDS = {"drone", "helicopter", "aircraft", "jet", "plane", "submarine", "dog", "boat", "craft", "ship",
                    "vessel", "unit"}


def _a_kind_of_weapon(token) -> bool:
    """"small attack drones have made the streets deadly": "attack" naming
    a kind of craft, no act."""
    return token.dep_ in ("compound", "amod") and token.head.lemma_.lower() in _ATTACKING_KINDS


def _a_building_attacked(token) -> bool:
    """"one of the churches attacked, hundreds gathered": a building the
    parse made the subject of a violent verb with no object was attacked
    (a participle after it), and is named to say where something else
    happened; buildings do no violence."""
    if token.pos_ != "VERB" or any(c.dep_ in ("dobj", "nsubjpass", "auxpass") for c in token.children):
        return False
    subjects = [_the_ones_counted(c) for c in token.children if c.dep_ == "nsubj"]
    return bool(subjects) and all(s.lemma_.lower() in BUILDING_NOUNS and s.pos_ == "NOUN" for s in subjects)


def _the_ones_counted(noun):
    """"one of the churches", "three of the schools": the churches, the schools."""
    if noun.pos_ in ("NUM", "PRON") or noun.lemma_.lower() in ("one", "some", "many", "several", "all", "each"):
        of = [g for c in noun.children if c.dep_ == "prep" and c.lower_ == "of" for g in c.children
              if g.dep_ == "pobj"]
        if of:
            return of[0]
    return counted_group(noun) or noun


# What an attack of the body is: "a heart attack", "a panic attack".
_BODILY = {"heart", "panic", "asthma", "anxiety", "allergic", "asthmatic", "epileptic", "migraine", "gout"}


# What is done with weapons that were never used: "defused two unexploded bombs".
_UNUSED = {"unexploded", "unused", "inert", "dud", "abandoned"}
_WEAPONS_HANDLED = {"defuse", "disarm", "dismantle", "find", "discover", "unearth", "uncover", "recover", "remove",
                    "dispose", "store", "stockpile", "hide", "bury"}


def _a_weapon_found(token) -> bool:
    """"bomb disposal experts defused two unexploded American bombs from World
    War Two": a weapon found or made safe, not used on anyone."""
    if token.pos_ != "NOUN" or token.lemma_.lower() not in MEANS_OF_VIOLENCE | _AIRBORNE_WEAPONS:
        return False
    if any(c.dep_ == "amod" and c.lower_ in _UNUSED for c in token.children):
        return True
    return token.dep_ in ("dobj", "nsubjpass") and token.head.lemma_.lower() in _WEAPONS_HANDLED


def _an_illness(token) -> bool:
    """"a man who suffered a heart attack while clearing snow": an illness."""
    return token.lemma_.lower() == "attack" and any(c.dep_ in ("compound", "amod") and c.lower_ in _BODILY
                                                     for c in token.children)


def _held_still(token) -> bool:
    """"Suu Kyi remains in detention": a state someone is in, not an arrest."""
    return token.pos_ == "NOUN" and token.lemma_.lower() in ("detention", "custody", "prison", "jail") \
        and token.dep_ == "pobj" and token.head.lower_ == "in" \
        and token.head.head.lemma_.lower() in ("remain", "be", "stay", "languish", "sit")


def _the_harmed_as_people(token) -> bool:
    """"carrying their injured with them", "medics treated the wounded":
    the participle names people (the injured), it tells no act."""
    # ("airlifted the seriously injured to hospitals": the parse may make them a predicate)
    # (or hung on its article: "the seriously injured", "the" read as the noun)
    if token.tag_ != "VBN" or token.lemma_.lower() not in ("injure", "wound"):
        return False
    if token.dep_ == "acl" and token.head.tag_ == "DT" and token.head.i < token.i:
        return True
    return token.dep_ in ("dobj", "pobj", "nsubj", "nsubjpass", "oprd") \
        and any(c.dep_ in ("det", "poss") and c.i < token.i for c in token.children)


# What one may have to act: "rivals who had every reason to blame my client".
_GROUNDS = {"reason", "motive", "incentive", "cause", "ground", "grounds", "temptation"}


def _a_reason_to(token) -> bool:
    """An act someone has a reason to do is no act done."""
    return token.dep_ in ("relcl", "acl") and token.head.lemma_.lower() in _GROUNDS \
        and any(c.dep_ == "aux" and c.lower_ == "to" for c in token.children)


def _voted_on(token) -> bool:
    """"due to vote on strike action", "balloted members over a strike",
    "voted in favour of a strike mandate": a protest put to a vote has not
    happened."""
    noun = token.head if token.dep_ == "compound" else token
    if noun.dep_ == "pobj" and noun.head.lower_ == "of" and noun.head.head.lower_ in ("favour", "favor") \
            and noun.head.head.dep_ == "pobj":
        noun = noun.head.head  # ("voted overwhelmingly in favour of a strike mandate")
    if noun.dep_ != "pobj" or noun.head.lower_ not in ("on", "for", "over", "in"):
        return False
    return noun.head.head.lemma_.lower() in ("vote", "ballot")


# Works that tell a story: what happens in them is no news.
_STORY_WORKS = {"play", "film", "movie", "novel", "book", "series", "opera", "documentary", "musical", "drama", "episode",
          "memoir", "thriller", "miniseries", "show"}
_TELLING_A_STORY = {"take", "tell", "depict", "follow", "portray", "recount", "recreate", "dramatize", "dramatise",
            "chronicle", "imagine", "center", "centre", "unfold", "open", "begin", "end", "show"}
_MADE = {"write", "direct", "film", "stage", "produce", "adapt", "pen"}


def _inside_a_work(token) -> bool:
    """"'The Palace Burns', written by a playwright, takes place inside La
    Moneda on 11 September 1973, as jets bomb the building": what happens
    in a play, a film or a novel (its subject is the work, or a title that
    was written or directed) is no event."""
    for verb in [token, *list(token.ancestors)[:8]]:
        if verb.pos_ not in ("VERB", "AUX") or verb.lemma_.lower() not in _TELLING_A_STORY:
            continue
        for subject in (c for c in verb.children if c.dep_ == "nsubj"):
            if subject.lemma_.lower() in _STORY_WORKS or any(c.dep_ == "acl" and c.lemma_.lower() in _MADE
                                                       for c in subject.children) or _by_its_maker(subject):
                return True
    return False


# Who makes works: "'The Siege of Ravenna,' by the composer Chiara Vitale".
_MAKERS_OF_WORKS = {"composer", "director", "author", "playwright", "novelist", "writer", "choreographer",
                    "filmmaker", "poet", "artist", "songwriter", "screenwriter", "dramatist"}


def _by_its_maker(subject) -> bool:
    return any(c.dep_ == "prep" and c.lower_ == "by" and any(g.lemma_.lower() in _MAKERS_OF_WORKS
                                                              for g in c.subtree) for c in subject.children)


# Who watches a show, and who reviews one.
_AUDIENCES = {"audience", "spectator", "theatregoer", "concertgoer", "moviegoer", "viewer", "operagoer"}
_FOLLOWERS = {"fan", "supporter"}
_ARTS = {"film", "theatre", "theater", "music", "art", "dance", "opera", "restaurant", "food", "book", "literary",
         "television", "tv"}
_PUBLICATIONS = {"daily", "newspaper", "paper", "magazine", "weekly", "journal", "website"}


def _an_audience(document: Document, actors: list) -> bool:
    """"Several audience members protested loudly during the second act":
    a show's audience booing it; and fans protesting at their club, in a
    report on a game."""
    heads = [span for a in actors if a.entity_text and (span := _span_of(document, a)) is not None]
    words = {t.lemma_.lower() for span in heads for t in span}
    return bool(words & _AUDIENCES) or (bool(words & _FOLLOWERS) and _a_game_report(document))


# What reviewers judge.
_WORKS_REVIEWED = {"staging", "production", "performance", "score", "album", "film", "book", "novel", "show",
                   "play", "opera", "exhibition", "concert", "premiere", "libretto", "choreography", "season"}


def _a_reviewer(document: Document, actors: list, recipients: list) -> bool:
    """"The critic of one Milan daily attacked the staging", "a Rome
    newspaper called the score striking": a review, not an accusation
    ("Kremlin critic X accused …" is a politician's critic)."""
    works = any((target := _span_of(document, r)) is not None and target.root.lemma_.lower() in _WORKS_REVIEWED
                for r in recipients if r.entity_text)
    for span in (_span_of(document, a) for a in actors if a.entity_text):
        if span is None:
            continue
        head = span.root.lemma_.lower()
        if (head in _PUBLICATIONS and works) or (head in ("critic", "reviewer") and any(
                t.lemma_.lower() in _ARTS | _PUBLICATIONS for t in span)):
            return True
    return False


_SYMPTOMS = ILLNESSES | {"pain", "ache", "headache", "symptom", "fever", "nausea", "dizziness", "fatigue",
                         "breathlessness", "cough"}


def _complained_of_pain(token) -> bool:
    """"complained of chest pains": a symptom, not a grievance."""
    return token.lemma_.lower() == "complain" and any(
        c.dep_ == "prep" and c.lower_ == "of" and any(g.lemma_.lower() in _SYMPTOMS for g in c.subtree)
        for c in token.children)


_POLICY_WORDS = {"only", "never", "always", "solely", "exclusively"}


def _a_standing_policy(token) -> bool:
    """A verb in the simple present saying what a side only, always or
    never does ("Our forces strike only legitimate military targets"): a
    claim about its conduct, not an act of the story."""
    if token.pos_ != "VERB" or token.tag_ not in ("VBP", "VBZ") \
            or any(c.dep_ in ("aux", "auxpass") for c in token.children):
        return False
    words = [c for c in token.children if c.dep_ in ("advmod", "neg")]
    words += [g for c in token.children if c.dep_ == "dobj" for g in c.children if g.dep_ in ("advmod", "amod")]
    return any(w.lower_ in _POLICY_WORDS for w in words)


def _came_back(token) -> bool:
    """"U.S. forces returned to Iraq in 2014": a party that returns somewhere
    hands nothing back (PLOVER's RETREAT "return" gives back what was taken:
    "returned the seized ships")."""
    if token.lemma_.lower() != "return" or token.pos_ != "VERB":
        return False
    return not any(c.dep_ in ("dobj", "nsubjpass", "dative") for c in token.children)


def not_an_event(document: Document, token, modes, trigger: Trigger, actors: list, recipients: list,
                 earlier: list[Event]) -> bool:
    """Whether what the detector typed at the word is no PLOVER event: a
    metaphor, an accident, a sport, a campaign rally, a question from the
    press, a denied or only discussed act, and the other senses and
    settings that the tests name. `modes`: the event type and mode the
    word was given (modes.py); `actors` and `recipients`: its parties
    (roles); `earlier`: the rows of the sentences before."""
    if modes.event in ("ASSAULT", "COERCE") and _election_win(token):
        return True
    if modes.event == "ASSAULT" and (_traffic_accident(token, actors) or _animal_attack(token, actors)
                                     or _animals_harmed(token, actors)
                                     or _filming(token) or _self_harm(token) or _disaster(token)
                                     or (token.pos_ == "NOUN" and _accidental(token))
                                     or _fall(token) or _metaphor(token) or _scoring(token) or _pretended(token)
                                     or _broke_up_no_gathering(token) or _outdoor_accident(token, actors)
                                     or _harmless_fire(token) or _intercepted(token)
                                     or _a_toll_of_the_disaster_told_before(token) or _own_arms_destroyed(token)
                                     or _some_of_the_worst(token) or _done_by_accident(token)
                                     or _visitors_flocking(token) or _kin_of_those_harmed(token)
                                     or _a_takeover(token) or _arms_found(token)):
        return True
    if modes.event == "CONCEDE" and _order_restored(token):
        return True
    if modes.event == "PROTEST" and (_campaign_rally(document, token) or _policing(actors) or _a_strike_that_hit(token)
                                     or _protesters_acted_upon(token) or _commemoration(token)
                                     or _called_off(token)):
        return True
    if modes.mode == "investigate" and (_private_inquiry(actors) or _accident_looked_into(token)
                                        or _inquiries_as_a_remit(token)
                                        or _a_newsrooms_inquiry(token) or _health_inquiry(token, actors)
                                        or _a_coroners_inquiry(token)):
        return True
    if modes.event == "ACCUSE" and (_judged_charge(token) or _inquiry_referred_to(token) or _charged_atmosphere(token)
                                    or _a_fee(token) or _charged_at_people(token) or _a_co_accused(token)):
        return True
    if modes.event == "ASSAULT" and (_retort(token) or _attack_in_words(token)):
        return True
    if _pronouns_at_war(token) or _only_discussed(token) or _a_rule_on_such_acts(token):
        return True
    if modes.event == "SUPPORT" and (_signed_a_law(token) or _thanked_for(token) or _what_money_is_for(token)
                                     or _ties_as_they_are(token) or _support_ended(token)):
        return True
    if modes.event == "REJECT" and _declined_to_tell(token):
        return True
    if modes.event == "RETREAT" and _came_back(token):
        return True
    if (modes.event == "PROTEST" and _an_audience(document, actors)) \
            or (modes.event == "ACCUSE" and (_a_reviewer(document, actors, recipients) or _complained_of_pain(token))):
        return True
    if _an_accusation_denied(token):
        return True
    if modes.event in _DEALING_TYPES and _a_business_deal(token, actors):
        return True
    if modes.event == "ACCUSE" and _a_suit_among_firms(token, actors, recipients):
        return True
    if _a_sporting_quarrel(document, actors, recipients) or _told_by_a_sports_body(document, token) \
            or (modes.event in ("ASSAULT", "PROTEST") and _play_in_a_game(document, token)):
        return True
    if modes.event == "REQUEST" and (_tries_to(token) or _asked_by_the_press(token)):
        return True
    if modes.event == "THREATEN" and _threat_carried_out(token):
        return True
    if modes.event == "ACCUSE" and _a_cause_to_blame(document, token):
        return True
    if modes.event == "ACCUSE" and trigger.nominal and _no_party_named(actors, recipients) \
            and (modes.mode == "disapprove" or token.lemma_.lower() in _ACCUSATIONS):
        # (Not charges and lawsuits: "the men were brought before the court
        # on charges" are charged by the authority the court implies.)
        return True
    if denied(token) or _fired_from_a_job(token) \
            or (modes.event != "ACCUSE" and _content_of_an_accusation(document, token)):
        return True
    if _an_act_named_again(token, actors, earlier, modes.event):
        return True
    if modes.event == "PROTEST" and _a_lodged_protest_named_again(token, actors, earlier):
        return True
    if _the_harmed_as_people(token) or _a_reason_to(token) or _voted_on(token) or _inside_a_work(token):
        return True
    if modes.event == "COERCE" and _an_animal_seized(token):
        return True  # "The dog was seized by the warden": no party held
    if modes.event == "COERCE" and _held_still(token):
        return True
    if modes.event == "ASSAULT" and (_an_illness(token) or _a_weapon_found(token) or _a_building_attacked(token)
                                     or _only_heard(token, actors) or _a_kind_of_weapon(token)):
        return True
    if _why_unnamed(token) or _generic(token) or _names_a_kind_of_thing(token) or _a_record(token) \
            or _names_a_step_towards(token) or _meets_the_press(token) or _names_itself(token) \
            or _part_of_a_title(token) or _carried_in_memory(token) or _describes_by_a_long_fight(token) \
            or _known_for(token) or _taking_over_from(token) or _warning_shots(token):
        return True
    if modes.event in ("ASSAULT", "COERCE") and _a_standing_policy(token):
        return True  # ("Our forces strike only legitimate military targets": what they say they do)
    if modes.event in ("ASSAULT", "COERCE") and _what_a_group_does(token):
        # "a vigilante group that fights alongside the army": what the group
        # is, told in the present, not an act of the story.
        return True
    if modes.event == "ASSAULT" and _ended_by_a_truce(token):
        # "the ceasefire that ended four days of fighting last year": the
        # truce is told; the fighting it ended is named as background.
        return True
    if modes.event == "ASSAULT" and _the_time_of(token):
        # "silence at 8:45 a.m., the time of the first blast": the act names a time.
        return True
    if modes.event == "ASSAULT" and _the_scene_of(token) and no_attacker_told(token) \
            and any(e.event == "ASSAULT" for e in earlier):
        # "spotted near the scene of the slaying": violence told before,
        # named again only to say where something else happened (a bare
        # reference, docs/annotation.md). (Not a clause of time, "moments
        # before the guard was shot": the article gold codes those 3 times in 4.)
        return True
    if modes.event == "ASSAULT" and _fighting_of_no_one_named(document, token, actors, recipients):
        # "Fighting flared again near the crossings": neither side named, and
        # the side the setting would imply (a mediator's capital) is a guess.
        return True
    return False
