"""Argument roles: who acts and who receives, for one trigger.

Entry point: `find_roles(document, token, trigger, quad) -> (actors, recipients)`.

The parse gives the participants: the subject (or the passive's agent) is
the actor; the object, dative or the lexicon's target preposition gives the
recipient; coordination keeps compound actors together ("the United States
and NATO"). A nominal trigger takes its actor from a possessive, a demonym
or the verb that governs it ("Lavrov sees an agreement with …"). When the
parse gives no coded participant, the nearest coded mention of the sentence
stands in, skipping those who only report ("…, officials said").
"""

from __future__ import annotations

from typing import Optional

from ..actors import ABROAD_WORDS, KIN_NOUNS, actor_at, owned_place, partner_actors
from ..document import NON_STATE_CODES, Actor, Document
from ..quotes import quote_at
from .lexicon import SPEECH_VERBS, Trigger

_SUBJECT_DEPS = ("nsubj", "csubj")
_PASSIVE_SUBJECT_DEPS = ("nsubjpass", "csubjpass")
_OBJECT_DEPS = ("dobj", "dative", "attr", "oprd")


def find_roles(document: Document, token, trigger: Trigger, quad: int,
               speaker: Optional[Actor] = None, event_type: Optional[str] = None) -> tuple[list[Actor], list[Actor]]:
    """Actors and recipients of the event that `token` triggers, an event of
    `event_type` (default: the trigger's own). With a `speaker`, the
    statement itself is the act (see `speaker_act`): the speaker acts, and
    the party the quoted words are about receives."""
    holder = _undergo_verb(token) if trigger.nominal else None
    if holder is not None:
        return _undergone_arguments(document, token, holder)
    if trigger.nominal:
        actors, recipients = _nominal_arguments(document, token, trigger)
    else:
        actors, recipients = _verbal_arguments(document, token, trigger)
    if not any(r.code for r in recipients):
        recipients += _extra_recipients(document, token, trigger, quad)
    recipients = [r for r in recipients if not _same(r, actors)]
    actors, recipients = _sentence_fallbacks(document, token, actors, recipients, event_type or trigger.event)
    if not any(a.code and a.entity_text for a in actors):
        # No named actor (at most a place's country): an authority act's
        # implied authority names its sector as well.
        actors = _implied_authority(document, token) or actors
    if speaker is not None and not any(a.start == speaker.start for a in actors):
        # Compared by place in the text: "he" and "she" of one country are
        # two parties even when neither is named.
        about = [a for a in actors if _other_than_speaker(a, speaker)]
        actors = [speaker]
        recipients = [r for r in recipients if _other_than_speaker(r, speaker)] or about
    recipients = _domestic(document, token, actors, recipients, trigger.event)
    if (event_type or trigger.event) in _VIOLENT_TYPES:
        recipients = _victims_where_it_happened(document, token, recipients)
    return actors, recipients


def _victims_where_it_happened(document: Document, trigger, recipients: list[Actor]) -> list[Actor]:
    """"Islamic State attackers killed 32 people in suicide bombings at the
    Brussels airport", in a story set in France: unnamed victims the text
    gives no country of their own are of the country where it happened."""
    countries = {p.country for p in _sentence_places(document, trigger)
                 if p.start > trigger.idx and _in_own_clause(trigger, p) and p.country}
    if len(countries) != 1:
        return recipients
    country = next(iter(countries))
    out = []
    for r in recipients:
        words = document.text[r.start:r.end]
        if r.name is None and r.code and r.code != country and r.entity_text and not any(c.isupper() for c in words[1:]):
            r = Actor(r.entity_text, r.name, country, list(r.sector), r.start, r.end)
        out.append(r)
    return out


def _other_than_speaker(party: Actor, speaker: Actor) -> bool:
    """A coded party the speaker's words may be about: not the speaker's own
    mention, nor a pronoun for the speaker ("Moscow said it would respond"),
    nor the speaker's own "I" or "we" ("or we'll shoot you")."""
    return bool(party.code) and party.start != speaker.start and not _same_named(party, speaker) \
        and party.entity_text.lower() not in _FIRST_PERSON


# Acts only a state's police or courts do: with no "by" agent, "a man was
# arrested", "he was charged with murder" name their actor by implication,
# the authority of where it happened (docs/annotation.md: "a man was
# arrested" — by the police of the setting — is coded with no text). The
# sector says which authority: police arrest and investigate, prosecutors
# and courts (JUD) charge, indict and jail.
_AUTHORITY_ACTS = {"arrest": "COP", "detain": "COP", "apprehend": "COP", "book": "COP", "handcuff": "COP",
                   "investigate": "COP", "charge": "JUD", "indict": "JUD", "jail": "JUD", "imprison": "JUD",
                   "convict": "JUD", "sentence": "JUD",
                   "deport": "GOV", "extradite": "GOV"}


# Acts that always take an object: with a subject, no object and no
# auxiliary ("Councilwoman arrested after incident at mayor's home",
# "Hillary Clinton Accused Of ..."), the verb is a headline's passive with
# its "was" left out, which the parser reads as a past tense whose subject
# acts, and the subject is who underwent it.
_OBJECT_REQUIRED = set(_AUTHORITY_ACTS) | {"accuse", "kidnap", "abduct", "injure", "wound", "kill", "assassinate",
                                           "behead", "torture", "expel", "fine", "execute", "blame"}
# Criticism with no object but its reason is a headline's passive too:
# "French filmmaker slammed for likening ...", "Minister criticised over
# remarks" (with an object, "X slammed Y for Z", it is not).
_CRITICISM_VERBS = {"slam", "blast", "criticize", "criticise", "condemn", "attack", "fault", "rap", "chide",
                    "rebuke", "lambast", "lambaste", "censure", "scold", "denounce", "assail", "pillory", "sue"}
_AUTHORITIES = {"police", "authority", "troop", "army", "force", "court", "prosecutor", "government", "military",
                # institutions that investigate, charge or sanction ("The FBI also investigated in advance but
                # …"); not people, who are as often blamed or charged in a headline ("officers blamed for crashes")
                "fbi", "cia", "agency", "department", "ministry", "commission", "committee", "congress", "senate",
                "regulator", "watchdog"}
_NOT_REDUCED = {"dobj", "aux", "auxpass", "ccomp", "xcomp", "dative", "agent", "attr", "oprd", "nsubjpass"}


def _reduced_passive(verb) -> bool:
    """A headline's passive without its auxiliary (see _OBJECT_REQUIRED)."""
    if verb.dep_ != "ROOT" or verb.tag_ not in ("VBD", "VBN"):
        return False
    lemma = verb.lemma_.lower()
    blamed = lemma in _CRITICISM_VERBS and any(c.dep_ == "prep" and c.lower_ in ("for", "over") for c in verb.children)
    if lemma not in _OBJECT_REQUIRED and not blamed:
        return False
    deps = {c.dep_ for c in verb.children}
    if "nsubj" not in deps or deps & _NOT_REDUCED:
        return False
    if any(c.dep_ == "nsubj" and c.lemma_.lower() in _AUTHORITIES for c in verb.children):
        return False  # "Greek police arrested ...": who does it, its object left out
    # "he charged into the fray", "shot at": an active verb of another
    # sense ("Man arrested for DUI crash into parked car" is still passive).
    ways = ("into", "at", "ahead") if lemma == "charge" else ("at",)
    return not any(c.dep_ == "prep" and c.lower_ in ways for c in verb.children)


def _implied_authority(document: Document, token) -> list[Actor]:
    """The implied authority of an agentless passive authority act, coded
    by the country where it happened: the one country of the sentence's
    places, else the article's setting; none when neither is known."""
    sector = _AUTHORITY_ACTS.get(token.lemma_.lower())
    if sector is None or (token.tag_ != "VBN" and not _reduced_passive(token)) \
            or any(c.dep_ == "agent" for c in token.children) or not _passive_patients(token):
        return []
    # (Only places of the act's own clause: "he served in Kuwait; then in 2001 he was arrested".)
    countries = {p.country for p in _sentence_places(document, token) if _in_own_clause(token, p)}
    if len(countries) > 1:
        return []
    country = countries.pop() if countries else document.setting
    if country is None:
        return []
    return [Actor("", None, country, [sector], token.idx, token.idx)]


# Types whose act is a statement: an accusation, a demand, a refusal, a
# threat, a promise, praise, an admission.
_SPOKEN_TYPES = {"AGREE", "SUPPORT", "CONCEDE", "REQUEST", "ACCUSE", "REJECT", "THREATEN"}


def speaker_act(document: Document, token, event_type: str, own_trigger: bool) -> Optional[Actor]:
    """The coded speaker whose words are the event, or None. When the
    detector finds a spoken type in quoted or reported words and no word of
    that type anchors it ("'Donald is very thin-skinned,' she said"), the
    words are the speaker's act, not an act of whom they are about. A
    trigger of the type's own ("'Russia rejected the offer,' he said")
    reports another party's act and keeps its own actor."""
    if own_trigger or event_type not in _SPOKEN_TYPES:
        return None
    quote = quote_at(document, token.idx)
    if quote is None or quote.partial or quote.speaker is None or not quote.speaker.code:
        return None
    return quote.speaker


def may_code_an_actor(document: Document, sent) -> bool:
    """Whether any event of the sentence could get a coded actor here. Every
    coded actor find_roles gives is a coded mention of the sentence (the
    actors stage's index), a code taken from one for a described actor, or
    a first person inside a direct quote whose speaker is coded: a sentence
    with none of these cannot keep a row when an actor is required, and
    the detector (the costliest step) need not read it."""
    for token in sent:
        actor = actor_at(document, token)
        if actor is not None and actor.code:
            return True
        if _quoted_first_person(document, token) is not None:
            return True
    return False


def _extra_recipients(document: Document, token, trigger: Trigger, quad: int) -> list[Actor]:
    """Recipients the trigger's own object and prepositions did not give:
    "against X" for conflictual types (quad 3–4: "sanctions against X",
    "opened investigations against officials"); for verbs, the subject of a
    demanded or alleged clause ("demanded that X end curbs") and the object
    of an intended act ("threatened to ban X")."""
    if quad >= 3 and "against" not in trigger.targets:
        found = _coded(document, _prep_objects(token, ("against",)))
        if found:
            return found
    if trigger.nominal:
        return []
    if trigger.event == "THREATEN":
        # "threatened to quit the talks if the United States deploys
        # missiles": a conditional threat targets the condition's subject.
        found = _coded(document, _condition_subjects(token))
        if found:
            return found
    for child in token.children:
        if child.dep_ == "ccomp" and (token.lemma_.lower() not in SPEECH_VERBS or trigger.event == "REQUEST" and trigger.lemma == "say"):
            heads = [c for c in child.children if c.dep_ in _SUBJECT_DEPS]
        elif child.dep_ == "xcomp":
            heads = [c for c in child.children if c.dep_ in _OBJECT_DEPS]
        else:
            continue
        # "demanded that its European Community partners refuse": the
        # partners are uncoded, the organisation inside them stands for them.
        found = _coded(document, heads) or _coded_inside(document, heads)
        if found:
            return found
    return []


def _condition_subjects(token) -> list:
    out = []
    for clause in token.subtree:
        if clause.dep_ == "advcl" and any(c.dep_ == "mark" and c.lower_ in ("if", "unless") for c in clause.children):
            out.extend(c for c in clause.children if c.dep_ in _SUBJECT_DEPS)
    return out[:1]


# Non-state codes: an event by one of these has no "home country".


# Types whose act need not be aimed at anyone: protesters who name no
# target, a meeting (all its parties are actors), a mobilisation, a show of
# support for nothing named. Our guideline leaves their recipient empty, and
# an implied "internal affair" recipient was wrong for them in 32 of 36
# rows on the article train split.
_UNDIRECTED = {"PROTEST", "CONSULT", "MOBILIZE", "SUPPORT"}


def _domestic(document: Document, token, actors: list[Actor], recipients: list[Actor],
              event_type: str) -> list[Actor]:
    """A state actor's act whose target names no country is domestic: when
    the sentence codes no other country than the actor's, an uncoded
    recipient ("the opposition", "teachers") gets the actor's country, as
    PLOVER codes internal events (Sudan's government lifting an emergency
    in a Sudanese region: SDN → SDN).

    Places count as naming their country here: an act on a place of
    another country ("Russian troops attacked Kharkiv", "killed civilians
    in Kharkiv") is aimed at that country's people, so the place (or the
    described recipient, with the place's country) is the recipient, and it
    is never the actor's internal affair."""
    codes = {a.code for a in actors if a.code}
    if len(codes) != 1 or any(r.code for r in recipients):
        return recipients
    code = next(iter(codes))
    if code in NON_STATE_CODES or {m.code for _, m in _sentence_mentions(document, token)} - {code}:
        return recipients
    if any(t.lower_ in ABROAD_WORDS for t in token.sent):
        # "… threatened to retaliate against European companies": the
        # sentence names parties abroad, so the act is no internal affair.
        return recipients
    described = [r for r in recipients if not r.code]
    foreign = [p for p in _sentence_places(document, token) if p.country != code]
    target = next((p for p in foreign if p.start > token.idx and _in_subtree(token, p)), None)
    if foreign and target is None:
        return recipients
    country = target.country if target is not None else code
    if described:
        return [Actor(r.entity_text, r.name, country, list(r.sector), r.start, r.end) for r in described]
    if event_type in _UNDIRECTED or _answers_others(token):
        return recipients
    if target is not None:
        return [Actor(target.text, target.name, target.country, [], target.start, target.end)]
    # No recipient at all: the act is the actor's country's internal affair.
    # (Requiring an uncoded object first, "lifted a state of emergency" but
    # not "surrendered", lowered dyad F1 in CV: 0.444 → 0.426.)
    return [Actor("", None, code, [], token.idx, token.idx)]


# What others asked for: rejecting or accepting it is aimed at whoever
# asked, not at the actor's own country ("Israel has rejected calls for a
# ceasefire").
_OTHERS_ASKS = {"call", "demand", "request", "appeal", "plea", "proposal", "offer", "plan", "pressure", "push"}


def _answers_others(token) -> bool:
    return any(c.dep_ == "dobj" and c.lemma_.lower() in _OTHERS_ASKS for c in token.children)


def _names_a_place(document: Document, actor: Actor) -> bool:
    """The mention's words are a geocoded place ("Dallas, Texas"), not
    people in a locative phrase ("fired tear gas at the crowd")."""
    return any(not p.demonym and (p.start <= actor.start < p.end or actor.start <= p.start < actor.end)
               for p in document.places)


def _sentence_places(document: Document, token) -> list:
    """The geocoded places (not demonyms) of the trigger's sentence, with a
    country; not a place that names a thing ("the Paris agreement")."""
    sent = token.sent
    at = {t.idx: t for t in sent}
    return [p for p in document.places if p.country and not p.demonym
            and sent.start_char <= p.start < sent.end_char
            and not (p.start in at and at[p.start].dep_ == "compound"
                     and at[p.start].head.lemma_.lower() in _NAMED_THINGS)]


def _in_subtree(token, place) -> bool:
    """The place lies in the trigger's phrase (its object, a target, a setting of it)."""
    span = token.doc.char_span(place.start, place.end, alignment_mode="expand")
    return span is not None and (span.root.i == token.i or token in span.root.ancestors)


def _in_own_clause(token, place) -> bool:
    """The place lies in the trigger's phrase, not in a clause inside it ("a
    judge whose parents were born in Mexico")."""
    span = token.doc.char_span(place.start, place.end, alignment_mode="expand")
    if span is None:
        return False
    current = span.root
    for _ in range(12):
        if current.i == token.i:
            return True
        if current.dep_ in ("relcl", "acl", "ccomp", "advcl") or current.head.i == current.i:
            return False
        current = current.head
    return False


# PLOVER codes a stated intention by what it promises: an intent to do
# something cooperative is AGREE, to do something hostile THREATEN, and a

def _verbal_arguments(document: Document, verb, trigger: Trigger) -> tuple[list[Actor], list[Actor]]:
    children = list(verb.children)
    patients = _passive_patients(verb)
    if patients:
        actors = _coded(document, [g for c in children if c.dep_ == "agent" for g in c.children if g.dep_ == "pobj"])
        recipients = _coded(document, patients)
    elif shown := _pictured(verb):
        # "Video of Zurana Horton shot and killed in a gang shooting":
        # a headline about a picture of the victim.
        actors, recipients = [], _coded(document, shown)
    else:
        subjects = _subjects(verb)
        actors = _coded(document, [_relative_antecedent(verb, s) for s in subjects])
        # (Not a happening: "investigate the teen's shooting death" is not aimed at the teen.)
        recipients = _coded(document, [_relative_antecedent(verb, c, _OBJECT_PRONOUNS) for c in children
                                       if c.dep_ in _OBJECT_DEPS and not _weapon(verb, c) and not _happening(c)])
        if subjects and subjects[0].head.i != verb.i and any(a.name and _same(a, recipients) for a in actors):
            # "Clinton said Trump is responsible and accused him of inciting
            # violence", parsed with "accused" joined to "is": a party does
            # not act on itself; the clause above names who did.
            actors = _coded(document, _subjects(subjects[0].head.head)) if subjects[0].head.dep_ in (
                "ccomp", "xcomp") else []
        if not recipients:
            objects = [c for c in children if c.dep_ in _OBJECT_DEPS and not _weapon(verb, c)]
            recipients = _coded_inside(document, objects) or _owned_places(document, objects)
    # "complained about the United States' backing independence for Kosovo",
    # "protested against China's treatment of ...": the owner of the target
    # is whom it is aimed at.
    # (With an object of its own, what the act is "for" is its reason:
    # "blaming others for his wounds".)
    has_object = any(c.dep_ == "dobj" for c in children)
    targets = _prep_objects(verb, tuple(t for t in trigger.targets if not (has_object and t in _REASONS)))
    owners = [c for t in targets if not _happening(t) for c in t.children if c.dep_ == "poss"]
    recipients += _coded(document, owners) or _coded(document, [t for t in targets if not _happening(t)]) \
        or _coded_inside(document, targets) or _owned_places(document, targets)
    return actors, recipients


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


# Verbs of a purpose clause whose object is the actor's own side: "artillery
# fire to cover the evacuation of 24 soldiers".
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


# The prepositions of a reason: "blamed X for Y", "criticised X over Y".
_REASONS = ("for", "over")


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
    for _ in range(3):  # "the death of Polish immigrant Robert Dziekanski": up from the name
        if token.dep_ not in ("appos", "compound", "flat", "conj") or token.head.i == token.i:
            break
        token = token.head
    if _happening(token) and token.i != trigger.i:
        return True  # a mention headed by the happening ("Crutcher's death") stands for its owner
    head = token.head
    if token.dep_ == "poss":  # "a protest of Crutcher's death"
        return head.i != trigger.i and _happening(head)
    if token.dep_ == "pobj" and head.lower_ in ("on", "against") and head.head.i != trigger.i \
            and head.head.lemma_.lower() in _CRIMES:
        return True  # "charged in three assaults on women": the women were assaulted
    return token.dep_ == "pobj" and head.lower_ == "of" and head.head.i != trigger.i and _happening(head.head)


# Crimes whose "on" or "against" object underwent them.
_CRIMES = {"assault", "attack", "kidnapping", "rape", "robbery", "shooting", "stabbing", "murder", "killing"}


def _happening(noun) -> bool:
    """What happened to someone: whose it is is who underwent it."""
    return noun.lemma_.lower() in _HAPPENINGS


def _owned_places(document: Document, heads: list) -> list[Actor]:
    """"fired rockets at Israeli towns": the country a demonym gives the target."""
    return [place for head in heads if (place := owned_place(document, head)) is not None][:1]


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


_RELATIVE_PRONOUNS = {"who", "which", "that"}


def _relative_antecedent(verb, subject, pronouns=_RELATIVE_PRONOUNS):
    """"opponents, who accused the candidate": a relative pronoun subject
    (or object: "Mr. Bush, whom he attacked") stands for the noun its clause describes."""
    if subject.lower_ in pronouns and verb.dep_ == "relcl" and verb.head.i != verb.i:
        return verb.head
    return subject


_OBJECT_PRONOUNS = {"whom", "who"}


def _passive_patients(verb) -> list:
    """Who undergoes a passive verb (its actor is only ever its "by" agent):
    a conjoined participle's shared subject ("He was tased and then shot"),
    the noun a past participle describes ("the 49 people killed at the
    club"), or the verb's own passive subject."""
    shared = _shared_passive_subjects(verb)
    if shared:
        return shared
    if verb.dep_ == "acl" and verb.tag_ == "VBN":
        if verb.head.lemma_.lower() in _SETTINGS and verb.head.dep_ == "pobj":
            # "Lambe and Evans appeared in court charged with theft": the
            # participle is said of who appeared, not of the court.
            return _subjects(verb.head.head.head)
        return [verb.head]
    if _controlled_passive(verb):
        # "who survived being shot", "X is reported to have been killed",
        # "Democrats are to blame": the subject it takes from above undergoes it.
        return [_relative_antecedent(s.head, s) for s in _subjects(verb)]
    if _reduced_passive(verb):
        return [c for c in verb.children if c.dep_ == "nsubj"]
    if verb.tag_ == "VBN" and verb.dep_ in ("ccomp", "oprd", "xcomp", "acomp") and verb.head.lemma_.lower() == "find" \
            and not any(c.dep_ in _SUBJECT_DEPS + _PASSIVE_SUBJECT_DEPS for c in verb.children):
        # "Man found fatally shot": who was found so underwent it
        return [c for c in verb.head.children if c.dep_ in _SUBJECT_DEPS + _PASSIVE_SUBJECT_DEPS]
    # "a motorist who was shot": the relative pronoun stands for the motorist.
    return [_relative_antecedent(verb, c) for c in verb.children if c.dep_ in _PASSIVE_SUBJECT_DEPS]


_SETTINGS = {"court", "jail", "prison", "custody", "hospital", "station", "dock"}


def _shared_passive_subjects(verb) -> list:
    """The passive subjects of the participle a conjoined participle with no
    subject of its own continues."""
    if verb.dep_ != "conj" or verb.tag_ != "VBN" or any(c.dep_ in _SUBJECT_DEPS + _PASSIVE_SUBJECT_DEPS
                                                          for c in verb.children):
        return []
    return [c for c in verb.head.children if c.dep_ in _PASSIVE_SUBJECT_DEPS]


# What says or shows something for its author: "ads attacking Dewhurst", "a tweet criticizing her".
_MEDIA = {"ad", "advertisement", "commercial", "spot", "tweet", "post", "video", "letter", "statement", "report",
          "article", "editorial", "column", "op-ed", "message", "email", "mailer", "flyer", "leaflet", "book",
          "documentary", "film", "speech", "remark", "comment", "campaign"}


def _infinitive_of(verb) -> bool:
    """An infinitive that says what a noun is to do: "a special prosecutor to investigate"."""
    return verb.dep_ == "acl" and verb.head.pos_ in ("NOUN", "PROPN") \
        and any(c.dep_ == "aux" and c.lower_ == "to" for c in verb.children) \
        and not any(c.dep_ in _SUBJECT_DEPS for c in verb.children)


def _media_authors(noun) -> list:
    """Who a medium speaks for: its owner ("Trump's tweet", "a Trump tweet"),
    else the subject of the verb that makes or runs it ("super PACs that
    bankrolled ads")."""
    owners = [c for c in noun.children if c.dep_ == "poss"]
    if owners:
        return owners
    if any(c.dep_ == "compound" and c.pos_ == "PROPN" for c in noun.children):
        return [noun]  # (the phrase is coded by the name in it)
    verb = _governing_verb(noun)
    if verb is None:
        return []
    return [_relative_antecedent(s.head, s) for s in _subjects(verb)]


def _subjects(verb) -> list:
    """The verb's subject, or the subject it shares: 'X agreed to meet Y', 'X met and agreed'."""
    current = verb
    for _ in range(4):
        subjects = [c for c in current.children if c.dep_ in _SUBJECT_DEPS]
        if subjects:
            return subjects
        praised = _praised_for(current)
        if praised:
            return praised
        if current.dep_ == "acl" and current.tag_ == "VBG" and current.head.lemma_.lower() in _MEDIA:
            return _media_authors(current.head)  # "bankrolled ads attacking Dewhurst": not the ads
        if _infinitive_of(current):
            return [current.head]  # "called for a special prosecutor to investigate": the prosecutor
        if current.dep_ == "pcomp" and current.head.lower_ == "by" and current.tag_ == "VBG" \
                and current.head.head.pos_ in ("VERB", "AUX"):
            # "you're not going to beat Hillary Clinton by attacking Bill Clinton":
            # who acts by doing it is the governing verb's subject
            return _subjects(current.head.head)
        if _reported_clause(current) or _passive_conjunct(current) \
                or any(c.dep_ in _PASSIVE_SUBJECT_DEPS for c in current.children):
            break  # (a passive with a subject of its own shares no active one: "When he was arrested, he was …")
        controller = _object_controller(current) or _accused_of(current) or _passive_controller(current)
        if controller:
            return controller
        if current.dep_ in ("xcomp", "conj", "advcl", "acomp") and current.head.i != current.i:
            current = current.head
            continue
        break
    return []


# Verbs whose subject, not their object, does what follows ("she promised
# him to resign").
_SUBJECT_CONTROL = {"promise", "vow", "pledge"}


def _object_controller(verb) -> list:
    """"Republicans ask the DOJ to investigate Clinton", "asked him to
    condemn violence", "called on Moscow to withdraw": whom the governing
    verb asks, tells or urges does the act, not its subject."""
    if verb.dep_ != "xcomp" or verb.head.i == verb.i or verb.head.lemma_.lower() in _SUBJECT_CONTROL:
        return []
    head = verb.head
    objects = [c for c in head.children if c.dep_ in ("dobj", "dative") and c.i < verb.i]
    if not objects and head.lemma_.lower() == "call":
        objects = [o for o in _prep_objects(head, ("on", "upon")) if o.i < verb.i]
    return objects


_ACCUSED_OF = {"accuse", "charge", "suspect", "convict", "indict", "arrest", "detain", "jail", "sentence",
               "acquit", "blame", "fine"}


def _passive_controller(verb) -> list:
    """"He was asked to condemn violence", "a special prosecutor be
    appointed to investigate": who undergoes the passive above does the
    act it is to do."""
    if verb.dep_ not in ("xcomp", "advcl") or verb.head.i == verb.i \
            or not any(c.dep_ == "aux" and c.lower_ == "to" for c in verb.children):
        return []
    return [c for c in verb.head.children if c.dep_ in _PASSIVE_SUBJECT_DEPS]


def _accused_of(verb) -> list:
    """"the teen accused of shooting Kathina Thomas", "X was charged with
    killing Y": who is accused of the act is its (alleged) actor."""
    if verb.dep_ != "pcomp" or verb.head.lower_ not in ("of", "with", "for") or verb.tag_ != "VBG":
        return []
    accused = verb.head.head
    if accused.lemma_.lower() not in _ACCUSED_OF or accused.tag_ != "VBN":
        return []
    if accused.dep_ == "acl":
        return [accused.head]
    return [c for c in accused.children if c.dep_ in _PASSIVE_SUBJECT_DEPS]


# Verbs whose object is praised, thanked or blamed for what follows "for".
_PRAISE_VERBS = _CRITICISM_VERBS | {"praise", "thank", "commend", "applaud", "credit", "hail", "congratulate",
                                    "laud", "salute", "reward", "honor", "honour", "blame", "punish", "mock",
                                    "ridicule", "forgive", "excuse"}


def _praised_for(verb) -> list:
    """"She praised Fields for pursuing charges", "criticized Trump for
    attacking Khan": who is praised or blamed for doing it did it. With
    another verb its subject did: "Trump has paid no political price for
    attacking them", "he apologised for attacking her"."""
    if verb.dep_ != "pcomp" or verb.head.lower_ != "for" or verb.tag_ != "VBG":
        return []
    head = verb.head.head
    if head.pos_ not in ("VERB", "AUX"):
        return []
    if head.lemma_.lower() in _PRAISE_VERBS:
        return [c for c in head.children if c.dep_ == "dobj"] or \
            [c for c in head.children if c.dep_ in _PASSIVE_SUBJECT_DEPS]
    return [c for c in head.children if c.dep_ in _SUBJECT_DEPS + _PASSIVE_SUBJECT_DEPS]


_PICTURES = {"video", "footage", "photo", "picture", "image", "clip", "film"}


def _pictured(verb) -> list:
    """Whom a picture shows, when the picture is the violent verb's subject."""
    for subject in _subjects(verb):
        if subject.lemma_.lower() in _PICTURES:
            shown = _prep_objects(subject, ("of",))
            return shown + [c for c in subject.children if c.dep_ == "appos"]
    return []


def _controlled_passive(verb) -> bool:
    """A passive (or "be to blame") with no subject of its own, under a verb
    whose subject it takes: "survived being shot", "are to blame"."""
    if any(c.dep_ in _SUBJECT_DEPS + _PASSIVE_SUBJECT_DEPS for c in verb.children):
        return False
    if verb.dep_ == "advcl" and verb.tag_ == "VBN" and any(c.dep_ == "mark" or (c.dep_ == "advmod" and c.tag_ == "WRB")
                                                          for c in verb.children):
        return True  # "he faced 50 years in prison if convicted", "once arrested, he …"
    if verb.dep_ == "advcl" and verb.tag_ == "VBN" and not any(
            c.dep_ in ("dobj", "aux") or (c.dep_ == "prep" and c.lower_ == "by") for c in verb.children):
        return True  # "Crolley is at the county jail, charged with two counts of assault"
    if verb.dep_ not in ("xcomp", "pcomp"):
        return False
    if verb.tag_ == "VBN" and any(c.dep_ == "auxpass" for c in verb.children):
        return True
    return verb.lemma_.lower() == "blame" and verb.head.lemma_.lower() == "be"


def _passive_conjunct(verb) -> bool:
    """"… and Subryan was identified and arrested": a passive participle
    joined to another shares its patient, never a subject of the verbs
    before it ("witnesses identified the car")."""
    return verb.dep_ == "conj" and verb.tag_ == "VBN" and any(
        c.dep_ == "auxpass" for v in (verb, verb.head) for c in v.children)


def _reported_clause(verb) -> bool:
    """"Police said X and Y abducted Z", parsed with "abducted" as an adverbial
    clause of "said": a finite clause under a reporting verb is what was
    reported, and the reporter is not its subject."""
    return verb.dep_ == "advcl" and verb.tag_ in ("VBD", "VBZ", "VBP") \
        and verb.head.lemma_.lower() in SPEECH_VERBS


# Nominal acts whose owner undergoes them: "his arrest", "her conviction",
# "Khashoggi's killing" (unless an "of" phrase names who underwent it:
# "Russia's detention of the journalist").
_UNDERGONE_NOUNS = {"arrest", "detention", "capture", "abduction", "kidnapping", "killing", "murder",
                    "assassination", "execution", "extradition", "deportation", "conviction", "indictment",
                    "sentencing", "imprisonment", "jailing", "prosecution", "trial", "beating", "lynching",
                    # "linebacker Steve Foley's shooting by an off-duty police officer"
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


def _claimed_about(noun) -> list:
    """"accusations that the Clinton campaign is violating the law",
    "allegations he beat his ex-wife": whom a claim's clause is about is
    whom it accuses (a finite clause the parser reads as a complement, with
    "that" or without; a relative clause names who made the claim)."""
    return [subject for clause in noun.children if clause.dep_ in ("acl", "ccomp")
            and (any(c.dep_ == "mark" and c.lower_ == "that" for c in clause.children)
                 or clause.tag_ in ("VBD", "VBZ", "VBP"))
            for subject in clause.children if subject.dep_ in _SUBJECT_DEPS + _PASSIVE_SUBJECT_DEPS]


_BACKGROUND_NOUNS = {"wake", "aftermath", "run-up", "lead-up"}


def _background(noun) -> bool:
    """A nominal act that only dates the sentence's own: "in the wake of the
    Paris attacks". (Not "shortly after his arrest": who caught him may be
    named.)"""
    if noun.pos_ != "NOUN" or noun.dep_ != "pobj":
        return False
    prep = noun.head
    holder = prep.head
    return prep.lower_ == "of" and holder.lemma_.lower() in _BACKGROUND_NOUNS and holder.dep_ == "pobj"


def _frame(noun):
    """The noun that frames the nominal act, or the act itself."""
    return noun.head if noun.dep_ == "compound" and noun.head.lemma_.lower() in _FRAME_NOUNS else noun


def _nominal_arguments(document: Document, noun, trigger: Trigger) -> tuple[list[Actor], list[Actor]]:
    framed = _frame(noun) is not noun
    noun = _frame(noun)
    children = list(noun.children)
    owners = [c for c in children if c.dep_ == "poss"]
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
        # Also through a noun joined to it: "criticism and panic from other Republicans".
        actors = _coded(document, [g for n in [noun, *noun.conjuncts] for c in n.children
                                   if c.dep_ == "prep" and c.lower_ in agents
                                   for g in c.children if g.dep_ == "pobj"])
    if not actors:
        # "missiles fired by Azerbaijan", "allegations made by Exxon Mobil"
        actors = _coded(document, [g for c in children if c.dep_ == "acl" and c.tag_ == "VBN"
                                   for a in c.children if a.dep_ == "agent" for g in a.children if g.dep_ == "pobj"])
    if not actors and (not framed or _named_modifier(noun)):
        # (a frame is no party: "a bombing campaign" is not a political campaign)
        actors = _demonym_actor(document, noun)
    if not actors and any(c.dep_ == "compound" and c.pos_ == "PROPN" for c in noun.lefts):
        # "Trump charges that …", "Hamas rockets": a known party's name on the act
        actors = [owner] if (owner := owned_place(document, noun)) is not None and owner.name else []
    if not actors and trigger.event in _VIOLENT_TYPES:
        # "a fatal police shooting", "an army raid": who the compound names did it
        actors = _coded(document, [c for c in noun.children if c.dep_ == "compound" and c.pos_ == "NOUN"])
    if not actors and noun.lemma_.lower() in _AGENT_NOUNS:
        # "rioters", "gunmen": people named by the act are its actor, coded
        # or only described (the sentence fallback then gives them a country).
        own = actor_at(document, noun)
        if own is None and noun.lemma_.lower() in _PROTEST_NOUNS:
            own = Actor(noun.text, None, None, ["CVL"], noun.idx, noun.idx + len(noun.text))
        actors = [own] if own is not None else []
    if not actors:
        actors = _coded(document, _relative_subjects(noun))
    targets = _prep_objects(noun, tuple(t for t in trigger.targets if t != "between")) + _struck(noun) \
        + _claimed_about(noun)
    if noun.dep_ == "nsubjpass":
        # "charges would be filed against him": the target hangs on the verb.
        targets += _prep_objects(noun.head, tuple(t for t in trigger.targets if t != "between"))
    # "criticism of Clinton's handling of the case": the owner inside an
    # uncoded target stands for it; not who died or was hurt in a happening
    # looked into ("the inquiry into the death of Robert Dziekanski"), only
    # who caused it ("… the killing of X by police").
    recipients = _coded(document, [t for t in targets if not _happening(t)]) or _coded_inside(document, targets) \
        or _owned_places(document, targets)
    victims = _prep_objects(noun, ("of",))
    if not recipients and trigger.event in _VIOLENT_TYPES \
            and (_prep_objects(noun, ("by",)) or any(_prep_objects(v, ("by",)) for v in victims)):
        # "the fatal shooting of a 15-year-old boy by a policeman" (the "by"
        # parsed on either noun): with its author named, the "of" object is
        # whom it was done to.
        recipients = _coded(document, victims)
    if not recipients:
        # "the charges prosecutors filed against him": the clause's target.
        recipients = _coded(document, [o for clause in noun.children if clause.dep_ == "relcl"
                                       for o in _prep_objects(clause, trigger.targets)])
    verb = _governing_verb(noun)
    if not recipients and verb is not None and noun.dep_ != "nsubjpass":
        # "gave the Ivory Coast $5 million of aid": the verb's indirect object.
        recipients = _coded(document, [c for c in verb.children if c.dep_ == "dative" and c.i != noun.i])
    between = _coded(document, _prep_objects(noun, ("between",)))
    if not actors and trigger.event == "ASSAULT":
        actors = _coded(document, _implicated_in(noun))
    if not actors and not between:
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


_HAPPENINGS = {"death", "killing", "shooting", "crash", "collapse", "fire", "explosion", "blast", "disappearance",
               "drowning", "murder", "slaying", "beating", "stabbing", "overdose", "accident", "incident"}


# Verbs whose subject undergoes or provokes the act their object names:
# "Schilling drew criticism", "the UN came under criticism", "she faces
# charges", "the remarks sparked protests".
_UNDERGO_VERBS = {"draw", "face", "receive", "attract", "suffer", "endure", "come", "meet", "weather", "earn",
                  "incur", "spark", "provoke", "prompt", "trigger", "invite", "escape", "avoid", "dodge", "survive",
                  # Who answers an accusation is its target: "Obama dismissed the
                  # criticism", "the ministry denied the allegations".
                  "dismiss", "deny", "reject", "rebuff", "refute", "rebut", "brush", "shrug", "respond", "answer",
                  "defend",
                  # Who admits or contests charges is charged: "Munene admitted two charges of deception".
                  "admit", "contest", "plead",
                  # Who deals with criticism gets it: "Starr has dealt with criticism of his leadership".
                  "deal", "contend", "grapple", "cope"}


# Nouns that name people by the act they do.
_AGENT_NOUNS = {"protester", "protestor", "demonstrator", "marcher", "striker", "rioter", "looter", "attacker",
                "assailant", "gunman", "shooter", "bomber", "hijacker", "kidnapper", "abductor", "sniper"}
_PROTEST_NOUNS = {"protester", "protestor", "demonstrator", "marcher", "striker", "rioter", "looter"}


def _relative_subjects(noun) -> list:
    """"the charges prosecutors filed against him", "the remarks Trump had
    made": the subject of a relative clause whose object the act is."""
    return [subject for clause in noun.children
            if clause.dep_ == "relcl" and not any(c.dep_ in ("dobj", "nsubjpass") for c in clause.children)
            and not any(c.lower_ in _RELATIVE_PRONOUNS and c.dep_ == "nsubj" for c in clause.children)
            for subject in clause.children if subject.dep_ == "nsubj"]


_WHEN_PREPOSITIONS = {"during", "before", "after", "since", "until", "throughout", "following", "despite"}
# What someone is, of an act, when it is aimed at them: "was the subject of an
# investigation", "became the target of criticism".
_FOCUS_NOUNS = {"subject", "target", "focus", "object"}


def _undergo_verb(noun):
    """The undergo verb that holds the nominal act ("drew criticism", "came
    under criticism", "faces charges"), or None. (Not a passive's agent:
    "their anger was sparked by the shooting of a boy" did not undergo it.)"""
    if noun.dep_ == "pobj" and noun.head.dep_ == "agent":
        return None
    if noun.dep_ == "pobj" and noun.head.lower_ in _WHEN_PREPOSITIONS:
        return None  # "During the investigation of Clinton, Kendall rebuffed requests": when, not what
    if noun.dep_ == "pobj" and noun.head.lower_ == "on" and noun.head.head.lemma_.lower() == "trial":
        # "is on trial on charges of theft", "went on trial on charges": who is tried is charged.
        trial_verb = _governing_verb(noun.head.head)
        if trial_verb is not None:
            return trial_verb
    if noun.dep_ == "pobj" and noun.head.lower_ == "to" and noun.head.head.lower_ in ("subject", "exposed") \
            and noun.head.head.head.pos_ in ("VERB", "AUX"):
        return noun.head.head.head  # "the company was subject to criticism from politicians"
    if noun.dep_ == "pobj" and noun.head.lower_ == "of" and noun.head.head.lemma_.lower() in _FOCUS_NOUNS \
            and noun.head.head.dep_ == "attr" and noun.head.head.head.pos_ in ("VERB", "AUX"):
        return noun.head.head.head  # "Assange was the subject of a U.S. investigation"
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
        return verb  # "Mr. Trump also opens himself up to criticism": he will get it
    if verb is not None and verb.lemma_.lower() == "take" and noun.dep_ == "pobj" \
            and any(c.dep_ == "dobj" and c.lower_ in ("issue", "exception", "offense", "offence") for c in verb.children):
        return verb  # "took issue with recent criticism": who answers it got it
    return verb if verb is not None and verb.lemma_.lower() in _UNDERGO_VERBS else None


def _undergone_arguments(document: Document, noun, verb) -> tuple[list[Actor], list[Actor]]:
    """Who undergoes the act (the subject of `verb`) is its recipient; its
    author is only who the noun itself names ("criticism from Moscow",
    "charges by prosecutors"), never a mention found elsewhere in the
    sentence: "the UN came under criticism for its failure … in Sri Lanka"
    names no critic."""
    # Unless the act names its own target: "pushed back against accusations
    # of sexism against her father" answers for him.
    of_objects = [g for c in noun.children if c.dep_ == "prep" and c.lower_ == "of" for g in c.children
                  if g.dep_ == "pobj"]
    own_targets = _prep_objects(noun, ("against",)) + [o for g in of_objects for o in _prep_objects(g, ("against",))] \
        + _claimed_about(noun)
    recipients = _coded(document, own_targets) or _coded(document, _subjects(verb))
    actors = _coded(document, _prep_objects(noun, ("by", "from"))) or _demonym_actor(document, noun)
    return actors, [r for r in recipients if not _same(r, actors)]


# Participles whose subject is said to have done the violence the noun after
# "in" names: "a coalition … is implicated in the bombing of schools", "the
# man charged in the shooting".
_IMPLICATING = _ACCUSED_OF | {"implicate", "involve", "suspect", "wanted", "engage"}


def _implicated_in(noun) -> list:
    if noun.dep_ != "pobj" or noun.head.lower_ not in ("in", "over") or noun.head.dep_ != "prep":
        return []
    verb = noun.head.head
    if verb.tag_ != "VBN" or verb.lemma_.lower() not in _IMPLICATING:
        return []
    if verb.dep_ == "acl":
        return [verb.head]
    return [c for c in verb.children if c.dep_ in _PASSIVE_SUBJECT_DEPS]


def _governing_actors(document: Document, noun) -> list[Actor]:
    """The subject of the verb whose object (or prepositional object) the noun is,
    unless the verb only reports or counts the acts ("police reported 906
    attacks", "the group documented 40 arrests": not who did them)."""
    verb = _governing_verb(noun)
    if verb is None or _holds_no_doer(noun, verb):
        return []
    return _coded(document, _subjects(verb))


def _holds_no_doer(noun, verb) -> bool:
    """The verb holding the nominal act says nothing of who did it: it
    reports, witnesses or stands by it, its subject died in it, it is a
    copula ("was on probation for a previous DUI arrest"), or the act is
    only its topic."""
    return verb.lemma_.lower() in _RECORDING_VERBS | _BYSTANDER_VERBS or _died_in(noun, verb) \
        or _under_a_copula(noun, verb) or _a_topic(noun)


def _died_in(noun, verb) -> bool:
    """"Three people died in an air strike": who died in it underwent it
    (unlike "Farook and his wife died in a shootout following the attack")."""
    return verb.lemma_.lower() in ("die", "perish") and noun.dep_ == "pobj" \
        and noun.head.lower_ in ("in", "from", "during", "under", "amid")


def _venue(token, mention: Actor) -> bool:
    """"press charges with the police", "filed a complaint with prosecutors":
    the authority a complaint goes to is not whom it accuses."""
    return token.dep_ == "pobj" and token.head.lower_ in ("with", "to") and bool({"COP", "JUD"} & set(mention.sector))


def _in_front_of(token) -> bool:
    return token.dep_ == "pobj" and token.head.lower_ == "of" and token.head.head.lower_ == "front"


def _a_topic(noun) -> bool:
    """"had spoken with Sanders about accusations that his backers made
    threats", "the campaign began falling apart over allegations he beat
    his ex-wife": what is talked about or fought over, not an act of
    whoever talks or falls apart."""
    return noun.dep_ == "pobj" and noun.head.lower_ in ("about", "regarding", "concerning", "over")


_RECORDING_VERBS = {"report", "record", "register", "document", "count", "tally", "log", "list", "cite", "note",
                    "mention", "describe", "track", "monitor", "catalogue", "catalog", "compile", "tabulate",
                    # who hears, sees or fears the act ("reported hearing a large explosion")
                    "hear", "see", "witness", "watch", "notice", "observe", "film", "photograph", "recall",
                    "remember", "fear",
                    # who confirms, condemns or investigates the act ("the U.S. military confirmed the attack")
                    "confirm", "condemn", "denounce", "decry", "deplore", "investigate", "probe", "mourn",
                    # who blames it on someone ("authorities blame the explosion on militants")
                    "blame", "attribute",
                    # who helps or hinders someone else's act ("she was ready to cooperate
                    # with the investigation")
                    "cooperate", "comply", "assist", "obstruct", "hinder", "impede", "interfere", "testify",
                    # who reacts to it ("candidates reacted to a mass shooting")
                    "react", "respond"}
# Verbs whose subject stands by an act their object names, neither doing nor
# reporting it: who presides over it ("a judge presiding over a lawsuit
# against him"), who is kept, or keeps others, from it ("tried to protect
# students from gunfire").
_BYSTANDER_VERBS = {"preside", "oversee", "adjudicate", "protect", "shield", "save", "flee", "escape", "hide",
                    "shelter", "evacuate", "rescue",
                    # what figures in it ("how the work of the foundation figured into that investigation")
                    "figure", "feature"}


def _under_a_copula(noun, verb) -> bool:
    """The noun is the object of a preposition on "be" ("was on probation
    for a previous arrest") or what "be" says its subject is ("Mr.
    Clinton's history is a legitimate criticism"), not the object of a verb
    that does something."""
    if verb.lemma_.lower() != "be":
        return False
    return (noun.dep_ == "pobj" and noun.head.head.i == verb.i) or (noun.dep_ == "attr" and noun.head.i == verb.i)


def _governing_verb(noun):
    """The verb that holds a nominal trigger as its object, also through a
    measure phrase ("launched ten days of war games", "gave $5 million of
    aid")."""
    if noun.dep_ == "pobj" and noun.head.lower_ == "of" and noun.head.head.dep_ in ("dobj", "attr", "oprd"):
        noun = noun.head.head
    head = noun.head
    if noun.dep_ in ("dobj", "attr", "pobj", "oprd", "nsubjpass") and head.pos_ in ("VERB", "AUX", "ADP"):
        verb = head.head if noun.dep_ == "pobj" else head
        return verb if verb.pos_ in ("VERB", "AUX") else None
    return None





def _sentence_fallbacks(document: Document, trigger, actors: list[Actor],
                        recipients: list[Actor], event_type: str) -> tuple[list[Actor], list[Actor]]:
    """When the parse gave no coded actor or recipient, take the nearest coded
    mention of the sentence: before the trigger for the actor, after it for
    the recipient. Speakers of reporting verbs are skipped ("…, X said")."""
    if any(a.code for a in actors) and any(r.code for r in recipients):
        return actors, recipients
    mentions = _sentence_mentions(document, trigger)
    if _background(trigger):
        # "In the wake of the Paris terror attacks -- and along with the
        # Russians, French and British -- the U.S. has stepped up airstrikes":
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
                and not (trigger.doc[i].dep_ == "poss" and trigger.doc[i].head.dep_ in _PASSIVE_SUBJECT_DEPS)
                and not (event_type in _VIOLENT_TYPES and _undergoes(trigger.doc[i]))]
        if any(c.dep_ == "agent" and any(g.dep_ == "pobj" for g in c.children) for c in trigger.children) \
                or (trigger.pos_ == "VERB" and _pictured(trigger)):
            free = []  # (a headline about a picture names only who was in it)
        governing = _governing_subjects(trigger)
        subjects = [m for i, m in free if i in governing]
        holder = _governing_verb(trigger) if trigger.pos_ == "NOUN" else None
        if trigger.pos_ == "NOUN" and (holder is None or _holds_no_doer(trigger, holder)):
            # A nominal act no verb holds ("was on probation for a previous
            # DUI arrest"): the sentence's subject is no evidence of its actor.
            subjects = []
        # Not a participant of a clause of its own ("Christie, who has
        # campaigned for Trump, blasted Clinton": not Trump).
        before = [m for i, m in free if i < trigger.i and not _other_clause(trigger, trigger.doc[i])]
        if _agentless_passive(trigger):
            # "his brother was shot", "one of 20 students killed": what
            # comes before an agentless passive is who underwent it (or
            # their kin), never who did it.
            subjects, before = [], []
        own_subject = _own_subject_phrase(trigger)
        if own_subject:
            # The act names who did it ("Christie blasted Clinton", "two of the
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
        # nor who saw it ("a woman was killed right in front of them").
        after = [m for i, m in free if i > trigger.i and not _argument_of(trigger, trigger.doc[i])
                 and not _in_front_of(trigger.doc[i])
                 and not _victim_of_another_happening(trigger, trigger.doc[i])
                 and (not _other_clause(trigger, trigger.doc[i]) or _is_place(document, m, trigger.sent))
                 and (not _agentless_passive(trigger) or trigger.doc[i] in trigger.subtree
                      or _is_place(document, m, trigger.sent))]
        # Where violence came from is its side ("rockets fired from Gaza
        # landed in Israel"): that place's country is the unnamed actor's,
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
        described = [a for a in actors if a.sector and not a.code]
        places = [m for i, m in free if i > trigger.i and _is_place(document, m, trigger.sent)]
        if described:
            # "protesters marched through Nairobi": the place gives the
            # described actor its country; it is not the actor itself. Nor
            # is anyone else the sentence names ("as rioters fled, Williams
            # joined the fray"): their country is the best guess. With
            # neither, a sentence that names one country only gives it
            # ("President X threatened Ugandan opposition candidates"), else
            # the article's setting does.
            home = (pick or places)[:1] or _only_country(mentions)
            setting = document.setting if not home else None
            if home or setting:
                first = described[0]
                code = _where_code(document, home[0]) if home else setting
                actors = [Actor(first.entity_text, first.name, code, list(first.sector), first.start, first.end)]
        elif pick and pick[0] not in subjects and event_type in _VIOLENT_TYPES \
                and _aimed_at(trigger, pick[0]):
            # "More than 40 were fired into southern Israel": where violence
            # was aimed is its target's country, never the actor's.
            if not any(r.code for r in recipients):
                recipients = [Actor("", None, _where_code(document, pick[0]), [], trigger.idx, trigger.idx)]
            taken.add((pick[0].code, pick[0].name, pick[0].start))
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
    if not any(r.code for r in recipients):
        # Nor is the subject of a clause that governs the trigger's ("In a
        # year in which Mr. Trump has disparaged immigrants, Mrs. Clinton has
        # run on ...": not Clinton).
        governing_subjects = {t.i for ancestor in trigger.ancestors for c in ancestor.children
                              if c.dep_ in _SUBJECT_DEPS and trigger not in list(c.subtree)
                              for t in [c, *c.conjuncts]}
        # Where a non-violent act happened is not whom it was aimed at ("signed
        # an agreement in Ankara", "marched through Nairobi"); an attack "at"
        # or "in" a place still targets it.
        after = [(i, m) for i, m in mentions if i > trigger.i and (m.code, m.name, m.start) not in taken
                 and not _same(m, actors) and not _overlaps(m, actors)
                 and not _other_clause(trigger, trigger.doc[i])
                 and not (event_type == "ACCUSE" and (_addressed(trigger, m) or _venue(trigger.doc[i], m)))
                 and i not in governing_subjects and not _weapon(trigger, trigger.doc[i])
                 and not _victim_of_another_happening(trigger, trigger.doc[i])
                 and not _in_actor_phrase(trigger.doc[i], actors) and not _reason(trigger, trigger.doc[i])
                 and not _names_another_act(trigger, trigger.doc[i]) and not _protected(trigger, trigger.doc[i])
                 and (event_type in _VIOLENT_TYPES or not _is_place(document, m, trigger.sent))]
        patient = _own_patient_phrase(trigger)
        if patient:
            # The act names whom it was done to ("a professor, accused by the
            # Turkish government of coordinating the coup, is at the center of
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
            # ("tank shells struck the school in Jabaliya refugee camp", "the
            # bombing of schools and hospitals"): a place the act names is the
            # target; for a noun, else the one country of the sentence's places
            # ("In Yemen, a coalition … is implicated in the bombing of
            # schools"); else they are of the country where the story happens.
            places = _sentence_places(document, trigger)
            target = next((p for p in places if p.start > trigger.idx and _in_subtree(trigger, p)), None)
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
                recipients = [Actor("", None, target.country, [], trigger.idx, trigger.idx)]
            elif setting and setting not in NON_STATE_CODES:
                recipients = [Actor("", None, setting, [], trigger.idx, trigger.idx)]
    return actors, recipients


# Acts done to people: who the sentence shows undergoing something is far
# likelier their victim than their author.
_VIOLENT_TYPES = {"ASSAULT", "COERCE"}
_COUNT_HEADS = {"hundred", "hundreds", "thousand", "thousands", "dozen", "dozens", "score", "scores", "number",
                "million", "millions"}
# Nouns that name people by what was done to them.
_VICTIM_HEADS = {"casualty", "casualties", "victim", "victims", "dead", "wounded", "injured", "toll"}


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


# Clause types that report another event than the trigger's.
_CLAUSE_DEPS = {"advcl", "ccomp", "relcl", "conj", "acl", "parataxis"}
_CLAUSE_MARKS = {"if", "unless", "as", "while", "because", "when", "although", "though", "whereas", "since"}


def _other_clause(trigger, token) -> bool:
    """The token lies in a clause of its own that does not contain the
    trigger: a finite clause with its own subject or a conditional/temporal
    one ("…, as authorities in Croatia cracked down", "if war starts in
    Iraq"). Its mentions are that clause's participants, not recipients."""
    governing = {t.i for t in trigger.ancestors} | {trigger.i}
    current = token
    for _ in range(12):
        if current.i in governing or current.head.i == current.i:
            return False
        if current.dep_ == "agent":
            return True  # the passive agent of another verb acts there ("to be joined by X")
        if current.dep_ in _CLAUSE_DEPS and current.pos_ == "VERB" and current.tag_ == "VBG" \
                and current.lemma_.lower() in SPEECH_VERBS:
            return True  # what the actor went on to say ("…, saying calling the Islamic State …")
        if current.dep_ == "conj" and current.pos_ == "VERB" and (
                current.head.i != trigger.i or any(c.dep_ == "cc" and c.lower_ in ("but", "yet") for c in current.head.children)):
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


_LOCATIVE = {"in", "through", "at", "across", "near", "outside", "inside", "around", "into"}
_AIMED_AT = {"into", "at"}


def _is_place(document: Document, actor: Actor, sent) -> bool:
    """The mention is a locative complement ("in Nairobi", "through Kenya")."""
    return _place_preposition(actor, sent) in _LOCATIVE


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
            while head.dep_ in ("compound", "amod", "det", "poss", "case", "conj", "nmod", "appos") \
                    and head.head.i != head.i:
                head = head.head
            return head.head if head.dep_ == "pobj" else None
    return None


def _agentless_passive(trigger) -> bool:
    """A passive participle with no "by" agent: "was shot", "students killed";
    also a nominal act that is the passive subject of such a verb ("charges
    would be filed against him")."""
    if trigger.pos_ == "NOUN":
        return trigger.dep_ == "nsubjpass" and not any(c.dep_ == "agent" for c in trigger.head.children)
    if _reduced_passive(trigger):
        return True
    if trigger.tag_ != "VBN" or any(c.dep_ == "agent" for c in trigger.children):
        return False
    return trigger.dep_ == "acl" or any(c.dep_ in ("auxpass", *_PASSIVE_SUBJECT_DEPS) for c in trigger.children) \
        or _passive_conjunct(trigger) or _controlled_passive(trigger)


def _governing_subjects(trigger) -> set[int]:
    """Token ids of the subjects (and their conjuncts and phrase heads) of
    the trigger's clause and the clauses above it."""
    out: set[int] = set()
    current = trigger
    for _ in range(6):
        for child in current.children:
            if child.dep_ in _SUBJECT_DEPS:
                out.update(_phrase_without_clauses(child))
        if current.head.i == current.i:
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
            # "after it was hit by two Israeli missiles": what the verb's agent hit
            heads += [c for c in trigger.head.head.children if c.dep_ in _PASSIVE_SUBJECT_DEPS]
        heads += _struck(_frame(trigger))
    elif trigger.pos_ in ("VERB", "AUX"):
        heads = _passive_patients(trigger) or [c for c in trigger.children if c.dep_ in ("dobj", "dative")]
    else:
        return set()
    out: set[int] = set()
    for head in heads:
        out |= _phrase_without_clauses(head)
    return out


# Verbs whose subject, a weapon or an attack, hits their object: "Israeli
# bombs hit the school", "the strike killed 12 people".
_IMPACT_VERBS = {"hit", "strike", "kill", "wound", "injure", "destroy", "damage", "target", "pound", "level",
                 "flatten", "rock", "slam", "devastate", "raze"}


def _struck(noun) -> list:
    """The objects of the impact verb whose subject the nominal trigger is."""
    if noun.dep_ != "nsubj" or noun.head.lemma_.lower() not in _IMPACT_VERBS:
        return []
    return [c for c in noun.head.children if c.dep_ == "dobj"]


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
    return out - _kin_of(trigger.doc, out)


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


def _phrase_without_clauses(head) -> set[int]:
    """Token ids of a phrase ("Officials of Togo", "officials appointed by
    Moscow"), leaving out the finite clauses inside it ("Christie, who has
    campaigned for Trump": not Trump)."""
    out, stack = set(), [head]
    while stack:
        token = stack.pop()
        out.add(token.i)
        # A passive participle describes the phrase ("appointed by Moscow");
        # an active one says what it does ("a couple claiming allegiance to
        # the Islamic State": not the Islamic State).
        stack.extend(c for c in token.children
                     if not (c.dep_ in _CLAUSE_DEPS and c.pos_ in ("VERB", "AUX")
                             and not (c.dep_ == "acl" and c.tag_ == "VBN")))
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
        out.append((token.i, actor))
    return out


# Things named after a place: the place is no party to them.
_NAMED_THINGS = {"agreement", "accord", "deal", "treaty", "protocol", "convention", "talks", "summit", "conference",
                 "process", "format", "declaration", "pact", "plan", "initiative", "consensus", "communique"}


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
                # "with witnesses reporting wave after wave of strikes": who reports
                out.update(t.i for t in token.head.subtree if t.i < token.i)
        elif token.lower_ == "according":
            out.update(t.i for t in token.subtree)
    return out


def _demonym_actor(document: Document, noun) -> list[Actor]:
    """'a Russian airstrike': the demonym codes the actor. A phrase coded
    only by what follows the noun ("criticism of NBC's Matt Lauer", "the
    shooting of Alexis") names the act's target, not its actor."""
    actor = actor_at(document, noun)
    if not (actor and actor.code):
        return []
    if actor.end > noun.idx + len(noun.text) and not _named_modifier(noun):
        return []
    return [Actor(entity_text=actor.entity_text, name=actor.name, code=actor.code,
                  sector=list(actor.sector), start=actor.start, end=actor.end)]


_MODIFIER_DEPS = {"amod", "compound", "nmod", "npadvmod", "poss"}
_NAMING_ENTITIES = {"NORP", "GPE", "ORG", "PERSON", "LOC"}


def _named_modifier(noun) -> bool:
    """A name or demonym before the noun ("the Russian bombing of Aleppo")."""
    return any(t.dep_ in _MODIFIER_DEPS and t.ent_type_ in _NAMING_ENTITIES
               for left in noun.lefts for t in left.subtree)


def _prep_objects(head, preps: tuple[str, ...]) -> list:
    out = []
    for child in head.children:
        if child.dep_ == "prep" and child.lower_ in preps:
            out.extend(g for g in child.children if g.dep_ == "pobj")
        elif child.dep_ == "prt":
            for grandchild in child.children:
                if grandchild.dep_ == "prep" and grandchild.lower_ in preps:
                    out.extend(g for g in grandchild.children if g.dep_ == "pobj")
    return out


def _with_conjuncts(tokens: list) -> list:
    out = []
    for token in tokens:
        out.append(token)
        out.extend(t for t in token.conjuncts if t.i > token.i)
    return out


def _coded(document: Document, heads: list) -> list[Actor]:
    actors = []
    for token in _with_conjuncts(heads):
        actor = _quoted_first_person(document, token) or actor_at(document, token)
        if actor is not None and (actor.code or actor.sector) and not _same(actor, actors):
            actors.append(actor)
            actors.extend(p for p in partner_actors(document, token) if not _same(p, actors))
    return actors


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
        return None
    quote = quote_at(document, token.idx)
    if quote is None or not quote.direct or quote.speaker is None or not quote.speaker.code:
        return None
    speaker = quote.speaker
    name = speaker.name if lower in _FIRST_PERSON_SINGULAR else None
    return Actor(entity_text=token.text, name=name, code=speaker.code, sector=list(speaker.sector),
                 start=token.idx, end=token.idx + len(token.text))


def _coded_inside(document: Document, heads: list) -> list[Actor]:
    """An uncoded object ('the response presented by the US and NATO'): the
    actors named inside it stand for it."""
    for head in heads:
        if head.lemma_.lower() in _HAPPENINGS:
            # "investigating the killing of X by Y": who caused it, not who died
            return _coded(document, _prep_objects(head, ("by",)))
        # Not inside a clause of its own ("the audience, which is selected by
        # the RNC": not the RNC).
        inside = _phrase_without_clauses(head)
        for token in head.subtree:
            if token.i == head.i or token.i not in inside:
                continue
            if token.dep_ in ("pobj", "poss") and token.head.lower_ in ("by", "of", "from") or token.dep_ == "poss":
                found = _coded(document, [token])
                if found:
                    return found
    return []


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

