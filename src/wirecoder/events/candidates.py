"""Candidate triggers: the words of a sentence that may report a PLOVER event.

Entry point: `find_candidates(sent, lexicon, scores, flag_min)`.

Two sources, as the detector needs them:

- the trigger lexicon (`data/triggers.tsv`): verbs, particle verbs and
  nominal triggers, plus verbs whose event depends on their object ("found
  a cache of rifles" is a seizure) and protesters named as subjects. Each
  brings its CAMEO code, mode and the prepositions that introduce its
  recipient;
- words the detector flags on its own (a type probability of at least
  `flag_min` on a verb or noun the lexicon does not list), so that recall
  is not bounded by the lexicon. They get their type's CAMEO root.

Whether a candidate is an event, and of which type, is the detector's
decision (extract.py), not the lexicon's.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Iterable, Optional

from .lexicon import VERDICT_WORDS, Lexicon, Trigger

# Prepositions that introduce the recipient of a trigger the lexicon does not list.
DEFAULT_TARGETS = ("with", "to", "against", "on")


@dataclass
class Candidate:
    token: object  # the spaCy token of the trigger's head word
    trigger: Trigger
    from_lexicon: bool
    # A quote's verb standing for its speaker's act (extract._triggers_for):
    # no act word of its own, so weaker evidence than a trigger.
    quote_verb: bool = False
    # A trigger of another type standing for the type the detector read in
    # the sentence (extract._triggers_for: "refused" for ACCUSE).
    borrowed: bool = False


# Words inside these entities name a time or an amount, never an act: "on
# March 11" is not a PROTEST, nor "sentenced ... for the crimes of March" a
# THREATEN.
_NOT_ACTS = {"DATE", "TIME", "CARDINAL", "ORDINAL", "MONEY", "PERCENT", "QUANTITY"}
# A capitalised word of a name is part of the name: "the Federal Bureau of
# Investigation", "the Defense Intelligence Agency", "Operation Protective Edge".
_NAMES = {"ORG", "FAC", "WORK_OF_ART", "LAW", "PRODUCT"}


def _in_a_name(token) -> bool:
    return token.ent_type_ in _NAMES and token.text[:1].isupper() and token.ent_iob_ == "I"


def find_candidates(sent, lexicon: Lexicon, scores=None, flag_min: float = 1.0,
                    lexical: Optional[list[Candidate]] = None) -> list[Candidate]:
    """Lexicon triggers of the sentence (`lexical`, when already found),
    then the words the detector flags."""
    out = list(lexicon_candidates(sent, lexicon) if lexical is None else lexical)
    if scores is None:
        return out
    taken = {c.token.i for c in out}
    offset = sent.start_char
    for start, _end, event_type, _ in scores.flagged(flag_min):
        token = _word_at(sent, offset + start)
        if token is None or token.i in taken or token.pos_ not in ("VERB", "NOUN", "PROPN") \
                or token.ent_type_ in _NOT_ACTS or _in_a_name(token) or _fighting_for_life(token):
            continue
        taken.add(token.i)
        plover = lexicon.types[event_type]
        trigger = Trigger(token.lemma_.lower(), None, token.pos_ != "VERB" or _mistagged_noun(token), event_type, None,
                          plover.cameo_root + "0", None, DEFAULT_TARGETS)
        out.append(Candidate(token, trigger, False))
    return out


def lexicon_candidates(sent, lexicon: Lexicon) -> list[Candidate]:
    """The sentence's words the lexicon names as triggers."""
    return [Candidate(token, trigger, True) for token, trigger in _lexicon_triggers(sent, lexicon)
            if token.ent_type_ not in _NOT_ACTS and not _in_a_name(token) and not _describes(token) and not _tasked(token)
            and not _left_behind(token) and not _fighting_for_life(token)]


# "Left fighting for his life", "battling for their lives": gravely hurt or
# ill, whatever harmed them; no one is fought.
_STRUGGLE_VERBS = {"fight", "battle", "struggle"}


def _fighting_for_life(token) -> bool:
    return token.lemma_.lower() in _STRUGGLE_VERBS and any(
        g.dep_ == "pobj" and g.lemma_.lower() in ("life", "lives")
        for c in token.children if c.dep_ == "prep" and c.lower_ == "for" for g in c.children)


_LEAVING_VERBS = {"release", "free", "escape", "emerge", "walk"}


def _left_behind(token) -> bool:
    """"Suu Kyi was freed from house arrest": the arrest is the state
    she left; the act the sentence reports is the release."""
    prep = token.head
    return token.dep_ == "pobj" and prep.lower_ == "from" and prep.head.lemma_.lower() in _LEAVING_VERBS


def _describes(token) -> bool:
    """A participle used as an adjective describes its noun, it reports no
    act: "another condemned inmate's challenge", "a wanted man"; also
    "accused" before a title and a name, parsed as a verb ("put the accused
    bomb maker Ali Hassan on the list")."""
    return (token.dep_ == "amod" and token.tag_ in ("VBN", "JJ")) or _accused_before_a_title(token)


def _accused_before_a_title(token) -> bool:
    if token.lower_ != "accused" or token.dep_ != "conj" or any(
            c.dep_ in ("ccomp", "xcomp", "nsubj", "nsubjpass", "aux", "auxpass")
            or (c.dep_ == "prep" and c.lower_ in ("of", "over", "for")) for c in token.children):
        return False
    # (A title, then a name: "accused doctor killer James Kopp".)
    following = token.doc[token.i + 1] if token.i + 1 < len(token.doc) else None
    return following is not None and following.dep_ == "compound" and following.pos_ == "NOUN" \
        and following.head.i > following.i \
        and any(c.dep_ == "dobj" and c.i >= following.i and any(t.ent_type_ == "PERSON" for t in c.subtree)
                for c in token.children)


# Bodies set up to do something: "charged with" them is a task, not a crime.
_BODIES = {"group", "committee", "panel", "agency", "commission", "body", "office", "team", "board", "council",
           "force", "department", "unit", "organization", "organisation", "authority", "ministry", "official",
           "officials"}


# Duties one is charged with ("charged the monitors with checking that the
# army had removed its mines"); crimes are other verbs ("charged with
# stealing a car").
_DUTIES = {"verify", "oversee", "monitor", "supervise", "investigate", "implement", "draft", "review", "ensure",
           "manage", "coordinate", "protect", "enforce", "run", "develop", "design", "prepare", "organize",
           "organise", "negotiate", "evaluate", "assess", "examine", "inspect", "study", "find", "lead",
           "beautify", "rebuild", "write", "plan", "guard", "keep", "maintain", "regulate", "administer"}


def _tasked(token) -> bool:
    """"A group charged with beautifying downtown", "charged the inspectors
    with verifying …": a body charged with a task, not a person charged with
    a crime."""
    if token.lemma_.lower() != "charge":
        return False
    if token.dep_ == "acl" and token.head.lemma_.lower() in _BODIES:
        return True
    return any(g.lemma_.lower() in _DUTIES and g.tag_ == "VBG" for c in token.children
               if c.dep_ == "prep" and c.lower_ == "with" for g in c.children if g.dep_ in ("pcomp", "pobj"))


def _word_at(sent, char: int):
    for token in sent:
        if token.idx <= char < token.idx + len(token.text):
            return token
    return None


def _lexicon_triggers(sent, lexicon: Lexicon) -> Iterable[tuple[object, Trigger]]:
    for token in sent:
        if _mistagged_noun(token):
            trigger = _noun_trigger(token, lexicon)
            if trigger is not None:
                yield token, trigger
        elif token.pos_ == "VERB" or (token.pos_ == "AUX" and token.dep_ == "ROOT"):
            fixed = _object_trigger(token) or _must_trigger(token) or _verdict_trigger(token) \
                or _naming_trigger(token)
            for trigger in [fixed] if fixed else _verb_senses(token, lexicon):
                yield token, trigger
        elif token.pos_ in ("NOUN", "PROPN"):
            trigger = _noun_trigger(token, lexicon) or _protester_trigger(token)
            if trigger is not None:
                yield token, trigger


# Verbs that are movement with these prepositions, not their lexicon act:
# "he charged into the fray" accuses no one.
_MOTION_SENSES = {"charge": {"into", "ahead", "forward", "toward", "towards", "through", "onto"}}


# Verbs that are their lexicon act only when done to someone ("sheltered
# refugees", "were sheltered"); without an object they tell what their
# subject does for itself.
_ACTS_ONLY_ON_SOMEONE = {"shelter"}


# Verbs that bill when their object is an amount.
_PRICE_VERBS = {"charge"}


def _is_money(token) -> bool:
    return token.ent_type_ == "MONEY" or any(t.text in ("$", "€", "£") for t in token.subtree)


def _verb_senses(token, lexicon: Lexicon) -> list[Trigger]:
    """The verb's lexicon entry with the particle it has ("call on"), else
    its plain entries: one per sense ("attack": ASSAULT, or ACCUSE when the
    attack is verbal), the detector choosing between them."""
    candidates = lexicon.verbs.get(token.lemma_.lower()) or lexicon.verbs.get(token.lower_)
    if not candidates:
        return []
    particles = " ".join(c.lower_ for c in token.children if c.dep_ in ("prt", "prep")).split()
    if set(particles) & _MOTION_SENSES.get(token.lemma_.lower(), set()):
        return []
    # A fixed object completes a phrase as a particle does: "opened fire on",
    # "held talks", "was taken into custody".
    particles += [c.lower_ for c in token.children if c.dep_ == "dobj"]
    particles += [g.lower_ for c in token.children if c.dep_ == "prep" for g in c.children if g.dep_ == "pobj"]
    if token.lemma_.lower() in _PRICE_VERBS and any(_is_money(c) for c in token.children if c.dep_ == "dobj"):
        return []  # "charged the campaign $3.7 million": a bill, not an accusation
    if token.lemma_.lower() in _ACTS_ONLY_ON_SOMEONE and not any(
            c.dep_ in ("dobj", "auxpass", "nsubjpass") for c in token.children):
        return []  # "families are sheltering in a stadium": they take shelter, no one gives it
    for trigger in sorted(candidates, key=lambda t: -t.words):
        if trigger.particle is not None and all(word in particles for word in trigger.particle.split()):
            return [trigger]
    return [t for t in candidates if t.particle is None]


# Verbs whose event type depends on their object, checked before the
# lexicon: security forces finding or destroying arms is a seizure (CAMEO
# 171, COERCE/seize: "police found a cache of rifles"); capturing a person is
# an arrest ("troops captured a rebel commander"); taking control of ground is
# a military assault (CAMEO 190: "rebels seized control of the town"); using
# crowd-control weapons is ASSAULT/crowd-control ("police used tear gas").
_FIND_VERBS = {"find", "discover", "recover", "uncover", "unearth", "defuse", "dismantle", "bust", "capture",
               "intercept", "destroy", "clear", "remove", "seize", "confiscate"}
_WEAPON_WORDS = {"arm", "arms", "weapon", "ammunition", "explosive", "explosives", "device", "bomb", "ied", "firearm",
                 "rifle", "gun", "grenade", "cache", "stash", "rocket", "mortar", "mine", "landmine", "munition",
                 "detonator", "pistol", "ammo", "missile", "projectile", "bullet"}
_CAPTURE_VERBS = {"capture", "nab", "apprehend"}
_CAPTIVE_WORDS = {"commander", "leader", "suspect", "militant", "member", "fighter", "chief", "kingpin", "ringleader",
                  "terrorist", "insurgent", "rebel", "gunman", "smuggler"}
_CONTROL_VERBS = {"seize", "take", "gain", "wrest", "regain", "establish", "assume", "win"}
_CONTROL_WORDS = {"control", "ground", "territory"}
_USE_VERBS = {"use", "deploy", "fire", "spray", "lob", "shoot"}
_CROWD_WORDS = {"teargas", "cannon", "baton", "pepper", "rubber"}
# Destroying weapons is a seizure; destroying a depot or hideout is not
# (an airstrike): for these verbs the object's head must be the weapon.
_DESTROY_VERBS = {"destroy", "clear", "remove"}
# Setting up a military post or base is a deployment (MOBILIZE).
_BUILD_VERBS = {"establish", "set", "build", "open", "erect", "install"}
_POST_WORDS = {"base", "post", "outpost", "point", "barracks", "checkpoint", "camp", "headquarters", "garrison"}
_ESTABLISH = Trigger("establish", None, False, "MOBILIZE", None, "150", "military", ("in",))
# Ending a cooperative activity reduces relations (CAMEO 16, SANCTION):
# "ended mediation efforts", "halted aid".
_END_VERBS = {"end", "halt", "stop", "suspend", "freeze", "cancel", "terminate", "abandon"}
_COOPERATION_WORDS = {"mediation", "talks", "negotiation", "negotiations", "aid", "cooperation", "relations", "ties",
                      "assistance", "dialogue", "contacts", "effort", "efforts", "funding"}
_END_COOPERATION = Trigger("end", None, False, "SANCTION", "discontinue", "160", None, ("with", "to"))
_SEIZE = Trigger("find", None, False, "COERCE", "seize", "171", None, ("from",))
_ARREST = Trigger("capture", None, False, "COERCE", "arrest", "173", "legal", ())
_TAKE_GROUND = Trigger("seize", None, False, "ASSAULT", None, "190", "military", ("from",))
_CROWD_CONTROL = Trigger("use", None, False, "ASSAULT", "crowd-control", "175", None, ("against", "on"))


_OBJECT_VERBS = _FIND_VERBS | _CAPTURE_VERBS | _CONTROL_VERBS | _BUILD_VERBS | _END_VERBS | _USE_VERBS


def _has_particle(token, particle: str) -> bool:
    return any(c.dep_ == "prt" and c.lower_ == particle for c in token.children)


def _object_trigger(token) -> Optional[Trigger]:
    lemma = token.lemma_.lower()
    if lemma not in _OBJECT_VERBS:
        return None
    objects = [c for c in token.children if c.dep_ in ("dobj", "nsubjpass")]
    words = {t.lemma_.lower() for o in objects for t in o.subtree}
    heads = {o.lemma_.lower() for o in objects}
    if lemma in _FIND_VERBS and (heads if lemma in _DESTROY_VERBS else words) & _WEAPON_WORDS:
        return _SEIZE
    if lemma in _BUILD_VERBS and heads & _POST_WORDS and (lemma != "set" or _has_particle(token, "up")):
        return _ESTABLISH
    if lemma in _CAPTURE_VERBS and (heads & _CAPTIVE_WORDS or any(o.ent_type_ == "PERSON" for o in objects)):
        return _ARREST
    if lemma in _CONTROL_VERBS and heads & _CONTROL_WORDS:
        return _TAKE_GROUND
    if lemma in _END_VERBS and heads & _COOPERATION_WORDS:
        return _END_COOPERATION
    if lemma in _USE_VERBS and (words & _CROWD_WORDS or {"tear", "gas"} <= words):
        return _CROWD_CONTROL
    return None


# A verdict or a plea told with its adjective: "the jury found him guilty"
# convicts (PLOVER SANCTION convict), "she pleaded guilty" concedes.
_CONVICT = Trigger("find", None, False, "SANCTION", "convict", "173", "legal", ())
_PLEAD_GUILTY = Trigger("plead", None, False, "CONCEDE", None, "080", "legal", ())


def _verdict_trigger(token) -> Optional[Trigger]:
    lemma = token.lemma_.lower()
    if lemma not in ("find", "plead"):
        return None
    said = {t.lower_ for c in token.children if c.dep_ in ("acomp", "oprd", "ccomp", "xcomp", "advmod", "dobj")
            for t in c.subtree}
    if lemma == "find" and said & VERDICT_WORDS and "not" not in said:
        return _CONVICT
    if lemma == "plead" and "guilty" in said and "not" not in said:
        return _PLEAD_GUILTY
    return None


# "X declared that China must drop its barriers": a stated obligation on
# another party is a demand (CAMEO 10, REQUEST) by the speaker, whose
# recipient is the obligated clause's subject.
_DEMAND_VERBS = {"say", "declare", "conclude", "insist", "state", "warn", "tell", "stress"}
_MUST = Trigger("say", None, False, "REQUEST", None, "100", None, ())


def _must_trigger(token) -> Optional[Trigger]:
    if token.lemma_.lower() not in _DEMAND_VERBS:
        return None
    for child in token.children:
        if child.dep_ == "ccomp" and any(a.dep_ == "aux" and a.lower_ == "must" for a in child.children):
            return _MUST
    return None


# Calling someone something ("Hale called Reed a liar", "branded the
# minister a traitor"): a verdict on the person, an accusation when it is a
# slur (CAMEO 111, criticize or denounce) and praise when it is not; the
# detector tells which, and without an accusation no row (not a phone call).
_NAMING_VERBS = {"call", "label", "brand", "dub"}
_NAMING = Trigger("call", None, False, "ACCUSE", "disapprove", "111", None, ())
# Who or what is called so must be a party: not a thing a pronoun or a free
# relative stands for ("what he calls political correctness", "called it a
# mistake").
_NOT_PARTIES = {"what", "which", "that", "whatever", "it", "this", "these", "those"}
# Words of praise: "calling him a nice guy" accuses no one.
_PRAISE = {"nice", "good", "great", "intelligent", "smart", "brilliant", "wonderful", "fantastic", "terrific",
           "honest", "decent", "hero", "friend", "genius", "leader", "champion", "tremendous", "fine", "patriot"}


def names_someone(candidate: Candidate) -> bool:
    """A naming candidate ("called him a liar"): weaker evidence of an
    accusation than a word of accusing, so it anchors a row only when the
    sentence has no such word."""
    return candidate.trigger is _NAMING


def _naming_trigger(token) -> Optional[Trigger]:
    if token.lemma_.lower() not in _NAMING_VERBS:
        return None
    if any(c.dep_ == "aux" and c.lower_ == "to" for c in token.children):
        return None  # "wrong to call me a liar": an infinitive's caller is not told
    named = [c for c in token.children if c.dep_ == "dobj" and c.lower_ not in _NOT_PARTIES]
    what = [c for c in token.children if c.dep_ == "oprd" and c.pos_ in ("NOUN", "PROPN")]
    if not named or not what or any(t.lemma_.lower() in _PRAISE for c in what for t in c.subtree):
        return None
    return _NAMING


# People named by their protest ("protesters gathered", "rioters set fire"):
# the subject noun is the trigger. Only as a subject, so "police fired on
# protesters" stays an ASSAULT alone.
_PROTESTERS = {"protester": "demo", "demonstrator": "demo", "marcher": "demo", "striker": "strike"}


def _protester_trigger(token) -> Optional[Trigger]:
    mode = _PROTESTERS.get(token.lemma_.lower())
    if mode is None or token.dep_ != "nsubj":
        return None
    return Trigger(token.lemma_.lower(), None, True, "PROTEST", mode, "141", None, ("against",))


def _mistagged_noun(token) -> bool:
    """"not calling the nightclub attack an act of terrorism": a
    "verb" with an article, as a verb's object, is a noun the tagger missed."""
    return token.pos_ == "VERB" and token.dep_ in ("dobj", "pobj", "nsubj", "nsubjpass") \
        and any(c.dep_ == "det" and c.lower_ in ("the", "a", "an") for c in token.children)


def _noun_trigger(token, lexicon: Lexicon) -> Optional[Trigger]:
    compound = " ".join(c.lower_ for c in token.children if c.dep_ == "compound")
    for key in (f"{compound} {token.lower_}".strip(), f"{compound} {token.lemma_.lower()}".strip(),
                token.lower_, token.lemma_.lower()):
        if key in lexicon.nouns:
            return lexicon.nouns[key][0]
    return None


