"""Modes: the type PLOVER gives an announced act, how an event was carried
out, and whether it happened at all.

Entry point: `modes_for(token, detected_type, lexicon_mode) -> Modes`:

- `event`: an intended cooperative act is AGREE, an announced retreat
  CONCEDE, an intended hostile act THREATEN, a cooperative act announced as
  not going to happen REJECT (the PLOVER manual's intent rules);
- `mode`: the lexicon entry's mode, made more specific by the words of the
  sentence (data/mode_cues.tsv: "with tear gas" → crowd-control), else the
  sparse sentence classifier's mode when it is clear;
- `aux_mode`: negation, hypothetical and future from the trigger's clause.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources
from typing import Optional

from ..timex import the_reason_for_a_penalty
from .classifier import classify
from .lexicon import AGENT_NOUNS, CHARGING_NOUNS, SPEECH_VERBS, TOPIC_PREPOSITIONS, asked_in_an_adverbial
from .roles.syntax import verb_beside_the_infinitive

# The sparse sentence classifier's mode is given to an event without one
# only when it holds at least this share of its type's mode probability.
_MODE_MIN = 0.5


@dataclass
class Modes:
    event: str
    mode: Optional[str]
    aux_mode: list[str]


def modes_for(token, detected_type: str, lexicon_mode: Optional[str]) -> Modes:
    """The event's final type, its mode and its auxiliary modes."""
    event_type = intent_type(token, _a_strike_on_a_target(token, detected_type))
    mode = lexicon_mode if event_type == detected_type else None
    mode = cue_mode(token.sent, event_type, mode, trigger=token)
    if mode is None:
        scores = classify(_without_harm_words(token.sent.text))
        mode = scores.mode_for(event_type, _MODE_MIN) if scores is not None else None
    # "will not sign" became a REJECT: its negation is the event, not a mode.
    aux = aux_modes(token, event_type, negation_is_type=event_type == "REJECT" and detected_type != "REJECT")
    return Modes(event_type, mode, aux)


# What a military strike lands on (a walkout is "on" a day, or "over" pay).
_STRUCK_TARGETS = {"grid", "infrastructure", "target", "targets", "position", "positions", "base", "bases", "city",
                   "town", "village", "port", "plant", "facility", "facilities", "depot", "refinery", "camp",
                   "convoy", "airport", "airfield", "bridge", "headquarters", "capital", "territory", "site",
                   "sites", "compound", "stronghold", "hideout", "region", "province", "district", "area"}


_LAUNCHING = {"launch", "carry", "conduct", "mount", "unleash", "order"}


def _a_strike_on_a_target(token, event_type: str) -> str:
    """"Russia launches massive strike on Ukraine's energy grid": a strike
    "on" a place or what stands in one is an attack, whatever type the
    detector gave it (a walkout is on a day, over pay, against a policy)."""
    if event_type != "PROTEST" or token.lemma_.lower() != "strike" or token.pos_ != "NOUN" \
            or any(c.dep_ in ("compound", "amod") and c.lower_ in ("hunger", "general", "national", "labour",
                                                                  "labor", "rail", "teachers", "union")
                   for c in token.children):
        return event_type
    if _the_military_strike_told_before(token):
        return "ASSAULT"
    preps = list(token.children)
    if token.dep_ == "dobj" and token.head.lemma_.lower() in _LAUNCHING:
        preps += list(token.head.children)  # ("launches strike on Ukraine's grid", "on" hung on the verb)
    for prep in preps:
        if prep.dep_ != "prep" or prep.lower_ != "on":
            continue
        for target in prep.children:
            if target.dep_ == "pobj" and target.ent_type_ not in ("DATE", "TIME") and (
                    target.ent_type_ in ("GPE", "LOC", "FAC") or target.lemma_.lower() in _STRUCK_TARGETS
                    or any(c.dep_ == "poss" and c.ent_type_ == "GPE" for c in target.children)):
                return "ASSAULT"
    return event_type


# What makes a strike a military one: "a drone strike", "air strikes".
_MILITARY_STRIKES = {"drone", "air", "missile", "rocket", "artillery", "military", "aerial", "naval", "israeli",
                     "russian", "u.s.", "american", "ukrainian"}


def _the_military_strike_told_before(token) -> bool:
    """"A drone strike on a market killed 30 … The strike hit the market as
    traders gathered": "the strike", with nothing more, is the military
    strike the text named before, not a walkout."""
    if [c.lower_ for c in token.children if c.dep_ != "prep"] != ["the"]:
        return False
    return any(t.lemma_.lower() == "strike" and t.i < token.i and any(
        c.dep_ in ("compound", "amod", "nmod") and c.lower_ in _MILITARY_STRIKES for c in t.children)
        for t in token.doc)


# Words that tell what an attack did to people, not how it was done. The
# sparse classifier learned them from its training sentences' usual means
# ("wounded" from bombings), so a bare "Two soldiers were wounded." came out
# as a bombing; the mode it reads is from the sentence's other words.
_HARM_WORDS = re.compile(
    r"\b(?:wound|wounds|wounded|wounding|injure|injures|injured|injuring|injury|injuries|kill|kills|killed|"
    r"killing|killings|dead|die|dies|died|dying|death|deaths|hurt|casualties|toll)\b", re.IGNORECASE)


def _without_harm_words(text: str) -> str:
    return _HARM_WORDS.sub(" ", text)


@lru_cache(maxsize=1)
def _table() -> dict[str, list[tuple[str, tuple[tuple[str, ...], ...]]]]:
    """event → [(mode, cue phrases as word tuples)], most specific first."""
    text = resources.files("wirecoder.data").joinpath("mode_cues.tsv").read_text(encoding="utf-8")
    table: dict[str, list[tuple[str, tuple[tuple[str, ...], ...]]]] = {}
    for line in text.splitlines():
        if not line.strip() or line.startswith("#"):
            continue
        event, mode, cues = (line.split("\t") + ["", "", ""])[:3]
        phrases = tuple(tuple(c.strip().split()) for c in cues.split("|") if c.strip())
        table.setdefault(event.strip(), []).append((mode.strip(), phrases))
    return table


def _contains(words: list[str], phrase: tuple[str, ...]) -> bool:
    n = len(phrase)
    return any(tuple(words[i:i + n]) == phrase for i in range(len(words) - n + 1))


def cue_mode(sent, event_type: str, current: Optional[str], trigger=None) -> Optional[str]:
    """The most specific cued mode of the sentence for this event type, when
    it is more specific than the event's current mode; else the current mode.
    A current mode outside the table (e.g. "beat", "obstruct", "ban") is
    kept unless a cue is found in the act's own phrase: the cue names the
    means, which such modes do not.
    Cues in the act's own phrase come first: "tried to detonate a car bomb
    … to avenge drone strikes" was a car bombing, not an air raid."""
    rows = _table().get(event_type)
    if not rows:
        return current
    cue_words = _cue_words(event_type)
    ranks = {mode: rank for rank, (mode, _) in enumerate(rows)}
    if trigger is not None:
        own = _cued(rows, ranks, _own_phrase(_acting_phrase(trigger), sent), None, trigger, cue_words)
        if own is not None:
            return current if current in ranks and ranks[current] <= ranks[own] else own
        if current is not None and current not in ranks:
            # A mode of the act's own word ("banned": ban) is not changed by
            # a cue of another act in the sentence ("… a week after the
            # opposition leader was arrested").
            return current
    return _cued(rows, ranks, list(sent), current, trigger, cue_words)


# Dependents that start a clause of their own, with its own act.
_OTHER_CLAUSES = {"advcl", "ccomp", "relcl", "conj", "parataxis"}


def _acting_phrase(trigger):
    """Where the act's means are told: a weapon noun that is what a verb acts
    with ("planes dropped bombs", "bombs were dropped by planes") takes that
    verb's phrase, whose doer can be the means."""
    if trigger.pos_ == "NOUN" and trigger.dep_ in ("dobj", "nsubjpass") and trigger.head.pos_ == "VERB":
        return trigger.head
    return trigger


def _own_phrase(trigger, sent) -> list:
    """The trigger and the words that hang on it, short of other clauses, in
    text order; for a word inside a compound, the whole compound's ("two
    bombing raids")."""
    while trigger.dep_ == "compound" and trigger.head.i != trigger.i:
        trigger = trigger.head
    found, stack = [], [trigger]
    while stack:
        token = stack.pop()
        found.append(token)
        stack.extend(c for c in token.children if c.dep_ not in _OTHER_CLAUSES and sent.start <= c.i < sent.end)
    return sorted(found, key=lambda t: t.i)


def _cued(rows, ranks: dict[str, int], tokens: list, current: Optional[str], trigger,
          cue_words: frozenset[str]) -> Optional[str]:
    """The first mode of `rows` (ranked by `ranks`) cued in `tokens` and more
    specific than `current`; else `current`."""
    kept = [not _names_another_thing(t, trigger, cue_words) for t in tokens]
    forms = [t.lower_ if keep else "" for t, keep in zip(tokens, kept, strict=True)]
    lemmas = [t.lemma_.lower() if keep else "" for t, keep in zip(tokens, kept, strict=True)]
    vocabulary = set(forms) | set(lemmas)
    for rank, (mode, phrases) in enumerate(rows):
        if current in ranks and ranks[current] <= rank:
            return current
        # Set membership first: the phrase scan runs only for the rare
        # sentences holding all of a phrase's words (keeps coding fast).
        if any(all(w in vocabulary for w in p) and (len(p) == 1 or _contains(forms, p) or _contains(lemmas, p))
               for p in phrases):
            return mode
    return current


@lru_cache(maxsize=None)
def _cue_words(event_type: str) -> frozenset[str]:
    """Every word of the type's cue phrases."""
    return frozenset(w for _, phrases in _table().get(event_type, ()) for p in phrases for w in p)


def _names_another_thing(token, trigger, cue_words: frozenset[str]) -> bool:
    """A word outside the act's own phrase that only names a kind of
    something else: "during his rape trial, … beating her" tells no means
    of the beating. Inside the act's phrase it still does ("managed to
    kill ten in an hour-long shooting spree"), as do compounds of another cue ("a
    car bomb")."""
    if trigger is None or token.dep_ != "compound" or trigger.left_edge.i <= token.i <= trigger.right_edge.i:
        return False
    head = token.head
    while head.dep_ == "compound" and head.head.i != head.i:
        head = head.head
    return head.i != trigger.i and head.lower_ not in cue_words and head.lemma_.lower() not in cue_words


_MODALS_HYPOTHETICAL = {"could", "might", "may", "would", "should", "can", "must"}
_MODALS_FUTURE = {"will", "shall", "'ll", "’ll", "wo"}  # "we'll", typeset "we’ll"
# Adverbs that leave an act only probable: "was probably robbed", "will
# likely be charged", "was possibly shot". (Not "reportedly", "allegedly" or
# "apparently": PLOVER codes what is reported or alleged to have happened.)
_HEDGES = {"probably", "possibly", "perhaps", "maybe", "presumably", "conceivably", "likely"}
# Governing verbs and adjectives that make what they govern not (yet) real.
_HYPOTHETICAL_HEADS = {"possible", "consider", "seek", "want", "hope", "try", "ready", "willing", "likely",
                       "could", "may", "propose", "offer", "suggest", "see", "urge", "call", "ask",
                       "request", "demand", "threaten", "implore", "beg", "invite",
                       # "FBI decision … needs more investigation" (seed-97 row 22): wanted, not done.
                       "need", "require",
                       # "the report merits the appointment of a prosecutor to investigate"
                       "merit", "warrant", "deserve", "justify",
                       # "relatives feared further raids on cooperatives": dreaded, not done
                       "fear", "dread"}
# For AGREE, THREATEN, REJECT and CONCEDE the words of intent ("ready to",
# "offered to", "wants to") are the event; these heads still make the
# announced act only possible or asked for ("sees an agreement as possible",
# "urged Moscow to agree", "is considering retaliation").
_POSSIBILITY_HEADS = {"possible", "likely", "could", "may", "consider", "see", "urge", "call", "ask", "request",
                      "demand", "implore", "beg"}
_FUTURE_HEADS = {"plan", "intend", "intention", "intent", "expect", "schedule", "set", "due", "prepare", "go", "will",
                 "await", "plot"}
# "the planned talks", "an upcoming summit": an act still to come ("a pending
# investigation" is under way).
_FUTURE_MODIFIERS = {"planned", "upcoming", "scheduled", "forthcoming"}
# "the threatened strike", "the proposed sanctions", "a looming walkout":
# an act spoken of, not done.
_UNREALISED_MODIFIERS = {"threatened", "proposed", "looming", "potential", "mooted", "prospective"}
_NEGATIONS = {"not", "n't", "never", "no"}
# Heads that say the act they govern did not happen: "failed to arrest",
# "the failure to denounce", "declined to sign", "neglected to report".
_NOT_DONE_HEADS = {"fail", "failure", "decline", "neglect", "unable", "refuse", "refusal", "impossible"}
# Held back from the act: "afraid to criticize the governor", "reluctant to criticise".
_HELD_BACK = {"afraid", "reluctant", "hesitant", "unwilling", "loath", "loth", "scared"}
# PLOVER codes a stated intention by the act it promises: "will meet" is
# AGREE, "vowed to strike" THREATEN, "refused to sign" REJECT, "will
# withdraw" CONCEDE. The detector gives those types; for them the intent
# words ("will", "ready to", "plans to") are the event, not a mode.
INTENT_TYPES = {"AGREE", "THREATEN", "REJECT", "CONCEDE"}


_COOPERATIVE = {"CONSULT", "SUPPORT", "COOPERATE", "AID"}
_HOSTILE = {"ASSAULT", "COERCE", "SANCTION", "MOBILIZE"}
_INTENT_HEADS = {"willing", "ready", "prepared", "prepare", "plan", "intend", "will", "go", "commit", "decide", "vow",
                 "pledge", "promise", "offer", "threaten", "agree", "expect", "set", "due", "intention", "intent",
                 "plot"}


def intent_type(token, event_type: str) -> str:
    """PLOVER's reading of an announced act (manual, AGREE/CONCEDE/THREATEN):
    an intended cooperative act is AGREE, an announced retreat CONCEDE, an
    intended hostile act THREATEN, and a cooperative act announced as not
    going to happen ("will not sign") REJECT. Acts that happened keep their
    type; a plain past negation stays a negated event."""
    if event_type == "ACCUSE" and _threatened_in_court(token):
        return "THREATEN"
    if not _intended(token):
        return event_type
    if event_type == "SUPPORT" and any(h.lemma_.lower() == "decide" for h in _clause_ancestors(token)):
        return event_type  # "I have chosen to endorse Ted Cruz": saying so is the endorsement
    if _negated(token):
        return "REJECT" if event_type in _COOPERATIVE | {"AGREE", "RETREAT", "CONCEDE"} else event_type
    if event_type in _COOPERATIVE:
        return "AGREE"
    if event_type == "RETREAT":
        return "CONCEDE"
    if event_type in _HOSTILE:
        # ("intelligence that the fighters were planning attacks": a plan
        # someone reports of them, no threat they made)
        return event_type if _content_of_a_report(token) else "THREATEN"
    return event_type


# Nouns for what is known or said of someone, whose "that" clause is
# their content: no act of the clause's subject.
_REPORT_NOUNS = {"intelligence", "information", "report", "evidence", "suspicion", "fear", "concern", "claim",
                 "allegation", "rumour", "rumor", "indication", "sign", "tip", "assessment"}


def _content_of_a_report(token) -> bool:
    """The intending clause is the "that" content of a noun of knowledge or
    report ("intelligence that the fighters were planning attacks")."""
    for clause in [token, *_clause_ancestors(token)]:
        if clause.dep_ in ("acl", "ccomp") and clause.head.lemma_.lower() in _REPORT_NOUNS \
                and any(c.dep_ == "mark" and c.lower_ == "that" for c in clause.children):
            return True
        if _said_by_another(clause):
            return True
    return False


# Verbs by which one party tells what another did or means to do.
_TELLING = {"say", "claim", "allege", "report", "tell", "state", "believe", "suspect",
            # ("intelligence reports indicated the rebels were planning attacks")
            "indicate", "show", "suggest", "reveal", "warn"}


def _said_by_another(clause) -> bool:
    """"The military said the commander had planned attacks on its troops":
    what a party says another planned is its claim about them, no threat
    they made (but "the insurgents said they were planning attacks" is one)."""
    if clause.dep_ != "ccomp" or clause.head.lemma_.lower() not in _TELLING:
        return False
    planner = next((c for c in clause.children if c.dep_ == "nsubj"), None)
    teller = next((c for c in clause.head.children if c.dep_ == "nsubj"), None)
    return planner is not None and teller is not None and planner.pos_ in ("NOUN", "PROPN") \
        and planner.lower_ != teller.lower_


# Legal steps that a party can hold over another: "threatened to charge him
# with felonies", "warned it would sue" is a coercive warning (the
# manual's THREATEN: "coercive or forceful warnings with serious potential
# repercussions"), not the charge or the suit itself.
_LEGAL_STEPS = {"charge", "sue", "prosecute", "indict", "lawsuit", "suit", "prosecution", "indictment"}
_THREAT_HEADS = {"threaten", "threat", "warn"}


def _threatened_in_court(token) -> bool:
    """A legal step against someone that the actor only threatens to take."""
    if token.lemma_.lower() not in _LEGAL_STEPS:
        return False
    return any(head.lemma_.lower() in _THREAT_HEADS for head in _clause_ancestors(token))


def _intended(token) -> bool:
    """The act is announced as intended ("will withdraw", "is ready to send",
    "plans to impose"), not merely possible ("could sanction")."""
    if any(c.dep_ == "aux" and c.lower_ in _MODALS_FUTURE for c in token.children):
        return True
    if any(_intent_would(token, c) for c in token.children if c.dep_ == "aux"):
        return True
    if token.dep_ == "dobj" and token.head.lemma_.lower() == "commit":
        # "committed atrocities" reports the act; "committed to withdraw" is intent.
        return False
    return any(head.lemma_.lower() in _INTENT_HEADS for head in _clause_ancestors(token))


def _negated(token) -> bool:
    return any(_says_no(child) for current in [token] + list(_clause_ancestors(token)) for child in current.children)


def _says_no(child) -> bool:
    """A child that negates its head: "not", "never", "no", or a subject that is no one."""
    return child.dep_ == "neg" or (child.lower_ in _NEGATIONS and child.dep_ in ("det", "advmod")) \
        or _negative_subject(child)


# Subjects that say no one did it: "none of his rivals attacked him",
# "nobody was arrested", "no country has recognised it" (with "no" on the
# subject: "no one", "no country").
_NEGATIVE_SUBJECTS = {"none", "nobody", "nothing", "neither", "noone"}


def _negative_subject(child) -> bool:
    if child.dep_ not in ("nsubj", "nsubjpass"):
        return False
    # "no one", "no country"; "Neither Johnson nor Weld is eager to attack"
    # (or with "Neither" parsed onto a title: "Neither Mayor Hale nor his aides")
    # (and "not a single shot was fired": "not" on the subject itself)
    return child.lower_ in _NEGATIVE_SUBJECTS or child.left_edge.lower_ == "neither" or any(
        (c.lower_ == "no" and c.dep_ == "det") or (c.lower_ == "neither" and c.dep_ == "preconj")
        or (c.lower_ == "not" and c.dep_ == "neg") for c in child.children)


def aux_modes(token, event_type: str, negation_is_type: bool = False) -> list[str]:
    """PLOVER's auxiliary modes of the event that `token` triggers.
    `negation_is_type`: the negation made the event a REJECT ("will not
    sign"), so it is the event, not a mode of it."""
    intent = event_type in INTENT_TYPES
    modes: list[str] = []
    if _not_done(token) and not negation_is_type:
        _add(modes, "negation")
    shared = _shared_frame(token)
    joined = [] if shared is None else [shared] + list(_clause_ancestors(shared))
    # ("did not attack or seize the port" denies both; "did not charge him and
    # released him" only the first.)
    joined_negates = shared is not None and _joined_by(token, ("or", "nor"))
    joined_ids = {t.i for t in joined}
    for current in [token] + list(_clause_ancestors(token)) + joined + _realizing_clauses(token) \
            + _the_doers_clause(token):
        for child in current.children:
            lower = child.lower_
            # "found no fault with Trump's criticism": a noun the act hangs
            # on is negated, not the act.
            if _says_no(child) and not negation_is_type and not (current is not token and current.pos_ == "NOUN") \
                    and not _topic_of_a_negated_clause(token, current) \
                    and (current.i not in joined_ids or joined_negates):
                _add(modes, "negation")
            if child.dep_ == "advmod" and lower in _HEDGES:
                _add(modes, "hypothetical")
            if child.dep_ == "aux" and lower in _MODALS_HYPOTHETICAL and not (intent and _intent_would(current, child)) \
                    and not _felt_about(current, child):
                _add(modes, "hypothetical")
            if child.dep_ == "aux" and lower in _MODALS_FUTURE and not intent:
                _add(modes, "future")
            if (child.dep_ == "mark" and lower in ("if", "unless", "whether")) or _condition(child):
                _add(modes, "hypothetical")
            if child.dep_ == "mark" and lower in ("until", "till") and _the_end_of_what_will_be(current):
                _add(modes, "hypothetical")  # "the strike would continue until the government released funds"
            if lower == "possible" and child.dep_ in ("oprd", "acomp", "advcl", "amod", "pobj"):
                _add(modes, "hypothetical")
            if current is token and child.dep_ == "amod" and lower in _FUTURE_MODIFIERS and not intent:
                _add(modes, "future")
            if current is token and child.dep_ in ("amod", "compound") and lower in _UNREALISED_MODIFIERS:
                _add(modes, "hypothetical")
            if _headline_to(current, child):
                _add(modes, "future")  # "AFL-CIO to endorse Clinton", "Obama to visit Cuba"
        if _subjunctive_be(current):
            _add(modes, "hypothetical")  # "we ask that an outside counsel be named to investigate"
        if current is token and _what_it_would_have_done(token):
            _add(modes, "hypothetical")
        if current is not token and _be_to(current, token) and not intent:
            # "Ruiz is to pay a state visit to Oslo on Friday"; but "the aim
            # is to defeat the militia", "the best plan is to attack his
            # record" say what would be done.
            _add(modes, "future" if _a_party(_subject_of(current)) else "hypothetical")
        # (The verb a trigger is joined to is no head of it: "a man wanted for
        # skipping bail shot two deputies", "calling him weak and accusing
        # him", only its auxiliaries and what governs it count.)
        if current is not token and not (shared is not None and current.i == shared.i):
            lemma = current.lemma_.lower()
            # ("set off protests", "set up a probe": a phrasal verb, not "set to")
            if lemma in _FUTURE_HEADS and not intent and not any(c.dep_ == "prt" for c in current.children) \
                    and not _went(current) and not _set_alight(current):
                _add(modes, "future")
            elif _about_to(current) and not intent:
                _add(modes, "future")  # "a banker about to be indicted", "police are about to arrest him"
            elif lemma in (_POSSIBILITY_HEADS if intent else _HYPOTHETICAL_HEADS) \
                    and not _doers_asking(token, current):
                _add(modes, "hypothetical")
    if _pressed_for(token) or _purpose_of_what_should_be_done(token) or _hearsay(token) \
            or _any_act_of_a_kind(token):
        _add(modes, "hypothetical")
    if _asked(token) or _without_evidence(token) or _conjoined_under_a_condition(token) or _charged_act(token) \
            or _mused_about(token):
        _add(modes, "hypothetical")
    if _any_such(token) and not {"negation", "hypothetical"} & set(modes):
        # "have not had any arrests", "did not expect any charges to be
        # brought", "any attack will be answered": "any" speaks of no act
        # that happened (negated higher up, or none in particular).
        _add(modes, "negation" if any(_says_no(c) for a in token.ancestors for c in a.children) else "hypothetical")
    if _pending_time_clause(token) and not intent:
        _add(modes, "future")
    if _allowed_from_now(token) and not {"negation", "hypothetical"} & set(modes):
        _add(modes, "future")
    return modes


# What passes on what no one vouches for: "videos shared on Facebook claimed that …".
_UNVOUCHED = {"video", "post", "footage", "message", "rumour", "rumor", "clip", "image", "picture", "photo",
              "account", "recording"}
_CLAIMING = {"claim", "suggest", "purport", "allege", "say", "show", "appear"}


def _any_act_of_a_kind(token) -> bool:
    """"An armed attack on our forces would invoke the treaty": an act
    named with "a" as the subject of what would follow it is any such act,
    not one that happened."""
    if token.pos_ != "NOUN" or token.dep_ not in ("nsubj", "nsubjpass"):
        return False
    indefinite = any(c.dep_ == "det" and c.lower_ in ("a", "an") for c in token.children)
    return indefinite and any(c.dep_ == "aux" and c.lower_ in ("would", "could", "might")
                              for c in token.head.children)


def _hearsay(token) -> bool:
    """"Videos shared on social media claimed that several generals had been
    arrested": what unverified posts, videos or rumours claim did not
    happen as far as the story knows."""
    current = token
    for _ in range(4):
        if current.dep_ == "ccomp" and current.head.lemma_.lower() in _CLAIMING:
            claim = current.head
            subjects = [c for c in claim.children if c.dep_ == "nsubj"]
            if not subjects:
                # ("Videos shared on Facebook … claimed that", parsed as a
                # clause "Videos shared" before or above "claimed")
                verbs = [claim.head] if claim.dep_ in ("advcl", "conj") else []
                verbs += [c for c in claim.children if c.i < claim.i and c.pos_ == "VERB"]
                subjects = [c for v in verbs for c in v.children if c.dep_ == "nsubj"]
            return bool(subjects) and all(s.lemma_.lower() in _UNVOUCHED for s in subjects)
        if current.dep_ not in ("conj", "ccomp", "xcomp", "dobj", "nsubjpass", "pobj", "prep") \
                or current.head.i == current.i:
            return False
        current = current.head
    return False


def _the_end_of_what_will_be(clause) -> bool:
    """An "until" clause on something that will or would go on: what would
    end it has not happened."""
    return clause.dep_ == "advcl" and any(c.dep_ == "aux" and c.lower_ in ("would", "will", "'ll", "shall")
                                          for c in clause.head.children)


def _what_it_would_have_done(token) -> bool:
    """"The strike would have shut 400 daycare centres" (it was called off):
    an act named as the subject of what it would have done, a past
    condition, did not happen."""
    if token.pos_ != "NOUN" or token.dep_ != "nsubj":
        return False
    # (Not "the probe could not have moved forward without …": a probe that
    # was, and a condition of its course.)
    auxiliaries = [c.lower_ for c in token.head.children if c.dep_ in ("aux", "neg")]
    return "would" in auxiliaries and "have" in auxiliaries and not {"not", "n't", "never"} & set(auxiliaries)


def _purpose_of_what_should_be_done(token) -> bool:
    """"the US should do more to prosecute arms traffickers": the purpose of
    an act that only should, could or might be done is not done either."""
    if token.dep_ != "advcl" or not any(c.dep_ == "aux" and c.lower_ == "to" for c in token.children):
        return False
    return any(c.dep_ == "aux" and c.lower_ in _MODALS_HYPOTHETICAL for c in token.head.children)


def _set_alight(verb) -> bool:
    """"Rioters set fire to buses", "set cars ablaze": "set" acting now,
    not "set to" or "set for" a day."""
    return verb.lemma_.lower() == "set" and any(c.dep_ == "dobj" for c in verb.children) \
        and not any(c.dep_ in ("xcomp", "auxpass") or (c.dep_ == "prep" and c.lower_ == "for") for c in verb.children)


def _about_to(word) -> bool:
    return word.lower_ == "about" and any(c.dep_ == "xcomp" for c in word.children)


def _the_doers_clause(token) -> list:
    """For a noun naming the act's doers ("Protesters planned a march",
    "gunmen will strike"), the clause they are the subject of, with what
    governs it: its modality is the act's."""
    if token.lemma_.lower() not in AGENT_NOUNS or token.dep_ != "nsubj" or token.head.i == token.i:
        return []
    return [token.head] + list(_clause_ancestors(token.head))


def _doers_asking(token, verb) -> bool:
    """"as demonstrators demanded the withdrawal of the bill": what the
    doers ask for is what they ask; their own act (the protest) happened."""
    return token.dep_ == "nsubj" and token.head.i == verb.i and verb.lemma_.lower() in ASKING_FOR_ACTS


_PERMITTING = {"allow", "permit", "authorize", "authorise"}


def _allowed_from_now(token) -> bool:
    """"The city is allowing rallies in the park all week", "the plan permits
    marches": what is being allowed is still to come ("police allowed them
    to march" happened)."""
    head = token.head
    if token.dep_ == "dobj" and head.dep_ in ("xcomp", "ccomp") and head.head.lemma_.lower() in _PERMITTING:
        token, head = head, head.head  # "powers which allow police to make arrests": the making is allowed
    if token.dep_ not in ("dobj", "xcomp", "ccomp") or head.lemma_.lower() not in _PERMITTING or head.pos_ != "VERB":
        return False
    # (A participle tells its clause's time: "the city is giving them leeway, allowing rallies".)
    clause = head.head if head.tag_ == "VBG" and head.dep_ == "advcl" and not any(
        c.dep_ == "aux" for c in head.children) else head
    return present_tense(clause)


def _shared_frame(token):
    """The first verb of a coordination whose auxiliaries and clause the
    trigger shares ("troops could invade Ukraine and seize Kyiv": the seizing
    is as hypothetical as the invasion), or None: a conjunct with a subject,
    auxiliary or conjunction of its own ("was charged and was released")
    stands alone."""
    if token.dep_ != "conj" or token.pos_ != "VERB" or token.head.pos_ not in ("VERB", "AUX"):
        return None
    if any(c.dep_ in ("nsubj", "nsubjpass", "csubj", "aux", "auxpass", "mark") for c in token.children):
        return None
    joined = verb_beside_the_infinitive(token)
    if joined is not None:
        return joined
    if token.tag_ == "VBD" and token.head.tag_ == "VB":
        return None  # "said the group would not disarm … and accused the government": no "would accused"
    return token.head


def _joined_by(token, conjunctions: tuple[str, ...]) -> bool:
    """The coordination of `token` with its head uses one of `conjunctions`."""
    head = token.head
    between = [c for c in head.children if c.dep_ == "cc" and head.i < c.i < token.i]
    between += [c for c in token.children if c.dep_ == "cc" and c.i < token.i]
    return any(c.lower_ in conjunctions for c in between)


def _any_such(token) -> bool:
    """An act noun determined by "any": "any arrests", "any charges"."""
    return token.pos_ == "NOUN" and any(c.dep_ == "det" and c.lower_ == "any" for c in token.children)


# Conjunctions of time whose clause, in the present tense, has not happened
# yet when the clause it hangs on is present or future.
_TIME_CONJUNCTIONS = {"when", "once", "until", "till", "before", "after"}


def _pending_time_clause(verb) -> bool:
    """"Diaz faces ten years behind bars when he is sentenced", "will be freed
    once the court rules": a present-tense clause of time under a present
    or future clause tells what is still to come ("was jailed when he
    was sentenced" happened)."""
    if verb.dep_ != "advcl" or verb.pos_ not in ("VERB", "AUX") or verb.head.i == verb.i:
        return False
    if not any(c.dep_ in ("mark", "advmod") and c.lower_ in _TIME_CONJUNCTIONS and c.i < verb.i
               for c in verb.children):
        return False
    head = verb.head
    # (a present perfect head told what happened: "legal action has come
    # after the actor is accused of assault")
    perfect = any(c.dep_ == "aux" and c.lemma_.lower() == "have" for c in head.children)
    return present_tense(verb) and ((present_tense(head) and not perfect) or any(
        c.dep_ == "aux" and c.lower_ in _MODALS_FUTURE for c in head.children))


def present_tense(verb) -> bool:
    """Finite and present: "faces", "is sentenced", "has served" (its first auxiliary, else the verb)."""
    auxes = sorted((c for c in verb.children if c.dep_ in ("aux", "auxpass")), key=lambda c: c.i)
    return (auxes[0] if auxes else verb).tag_ in ("VBZ", "VBP")


def _subjunctive_be(verb) -> bool:
    """"that he be removed", "a prosecutor be appointed": a bare "be" with a
    subject of its own and no modal or "to" is asked for, not done."""
    auxes = [c for c in verb.children if c.dep_ in ("aux", "auxpass")]
    return (any(c.dep_ in ("nsubj", "nsubjpass") for c in verb.children)
            and len(auxes) == 1 and auxes[0].lower_ == "be" and auxes[0].tag_ == "VB")


def _went(verb) -> bool:
    """"go" puts an act in the future only as "going to" ("they are going to
    strike"); "nurses went on strike", "they go on strike every year" did it."""
    return verb.lemma_.lower() == "go" and verb.tag_ != "VBG"


def _subject_of(verb):
    return next((c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")), None)


def _a_party(token) -> bool:
    """A name or a pronoun for people or bodies, not a noun for a thing or an aim."""
    return token is not None and (token.pos_ == "PROPN" or token.ent_type_ in ("PERSON", "ORG", "GPE", "NORP")
                                  or token.lower_ in ("he", "she", "they", "we", "i", "you"))


def _be_to(verb, token) -> bool:
    """"X is to visit": "be" with the trigger's clause as its "to"
    infinitive says what is arranged to happen."""
    if verb.lemma_.lower() != "be":
        return False
    if token.lemma_.lower() == "blame" and token.head.i == verb.i:
        return False  # "he is to blame": who is at fault now, nothing arranged
    above = {token.i} | {a.i for a in token.ancestors}
    return any(c.dep_ == "xcomp" and c.i in above and any(a.dep_ == "aux" and a.lower_ == "to" for a in c.children)
               for c in verb.children)


def _condition(child) -> bool:
    """`child` is an "if"/"unless" clause of the clause it hangs on, which is
    then only what would follow ("If you doubt it, NBC will accuse you"); not
    "as if" (a manner: "they attacked as if on orders")."""
    if child.dep_ != "advcl":
        return False
    marks = [c.lower_ for c in child.children if c.dep_ in ("mark", "advmod") and c.i < child.i]
    return any(m in ("if", "unless") for m in marks) and "as" not in marks


def _charged_act(token) -> bool:
    """The act names a proceeding about it ("during his rape trial"): alleged."""
    return token.dep_ == "compound" and token.head.lemma_.lower() in CHARGING_NOUNS


def _conjoined_under_a_condition(token) -> bool:
    """A fronted condition holds for every verb joined to the one it hangs on:
    "If you doubt it, the Post will call you a liar and NBC will accuse you"."""
    current = token
    while current.dep_ == "conj" and current.head.i != current.i:
        current = current.head
        if any(_condition(c) and c.i < current.i for c in current.children):
            return True
    return False


def _headline_to(verb, child) -> bool:
    """A headline's "X to V": the bare infinitive as the sentence's root,
    with its own subject, says what X is to do."""
    return verb.dep_ == "ROOT" and verb.tag_ == "VB" and child.dep_ == "aux" and child.tag_ == "TO" \
        and any(c.dep_ == "nsubj" for c in verb.children)


# Verbs whose "about" gerund is only entertained: "mused about bringing
# back torture to interrogate suspects", "joked about arresting her".
_MUSING_VERBS = {"muse", "fantasize", "fantasise", "dream", "joke", "speculate", "ponder", "daydream"}
# Dependencies that stay inside what is mused about.
_INSIDE_A_MUSING = {"pcomp", "conj", "xcomp", "advcl", "dobj", "pobj", "prep", "acl"}


def _mused_about(token) -> bool:
    """The act lies inside a gerund someone only mused, joked or dreamed
    about (through its objects, its purpose and the gerunds joined to it)."""
    current = token
    for _ in range(8):
        if current.dep_ == "pcomp" and current.head.lower_ == "about" \
                and current.head.head.lemma_.lower() in _MUSING_VERBS:
            return True
        if current.dep_ not in _INSIDE_A_MUSING or current.head.i == current.i:
            return False
        current = current.head
    return False


def _asked(token) -> bool:
    """The trigger's clause is a question ("Is it akin to calling for …?"):
    a "?" closes it before a full stop or a quotation mark does. Our
    guideline codes what is asked about as hypothetical."""
    for follower in token.doc[token.i + 1:token.sent.end]:
        if follower.text == "?":
            # "Why's he attacking me?" asks why, not whether: it happened.
            return not any(t.lower_ in ("why", "how") for t in token.doc[token.sent.start:token.i])
        if follower.text in (".", "!") or follower.is_quote:
            return False
    return False


# "There is no sign that the panel has questioned him yet":
# nouns that, with "no", say nothing shows the act happened.
_EVIDENCE_NOUNS = {"indication", "evidence", "sign", "proof", "suggestion", "word"}


def _without_evidence(token) -> bool:
    for ancestor in list(token.ancestors)[:8]:
        if ancestor.lemma_.lower() in _EVIDENCE_NOUNS and \
                any(c.lower_ == "no" and c.dep_ in ("det", "neg") for c in ancestor.children):
            return True
    return False


def _not_done(token) -> bool:
    """The trigger is the act of "failed to …" or "the failure to …", or an
    act someone avoids ("avoids condemning", "refrained from criticising",
    "avoided any criticism of Moscow")."""
    verb = token
    if token.dep_ == "conj" and not any(c.dep_ in ("nsubj", "nsubjpass") for c in token.children):
        verb = token.head  # "unable to turn the crowds and accuse the audience"
    infinitive = any(c.dep_ == "aux" and c.lower_ == "to" for c in verb.children)
    if infinitive and verb.dep_ in ("xcomp", "acl") and verb.head.lemma_.lower() in _NOT_DONE_HEADS | _HELD_BACK:
        return True
    if infinitive and verb.dep_ in ("xcomp", "advcl") and verb.head.lower_ == "impossible":
        return True  # ("making it impossible to investigate complaints", the infinitive hung on the adjective)
    if infinitive and verb.dep_ in ("xcomp", "advcl") and any(
            c.dep_ == "acomp" and c.lower_ in _HELD_BACK for c in verb.head.children):
        return True  # "they were afraid … to criticize him", the infinitive hung on "were"
    return _avoided(token) or _decided_against(token) or _done_without(token) or _never_came_about(token)


# What an act noun fails to do when it never happened: "protests called for
# Monday failed to materialise", "the strike never took place".
_COMING_ABOUT = {"materialise", "materialize", "happen", "occur", "take", "start", "begin", "go"}


def _never_came_about(token) -> bool:
    """The act noun is the subject of "failed to materialise" (or "happen",
    "take place", "get under way")."""
    if token.pos_ != "NOUN" or token.dep_ != "nsubj":
        return False
    verb = token.head
    return verb.lemma_.lower() in ("fail", "fizzle") and (verb.lemma_.lower() == "fizzle" or any(
        c.dep_ == "xcomp" and c.lemma_.lower() in _COMING_ABOUT for c in verb.children))


def _done_without(token) -> bool:
    """"disarmed without a shot being fired", "took the town without firing
    a shot", "held without charge": what "without" governs did not happen."""
    current = token
    if current.dep_ in ("dobj", "nsubjpass") and current.head.pos_ == "VERB":
        current = current.head
    elif current.dep_ == "acl":
        current = current.head  # ("without a shot being fired", the participle hung on "shot")
    # (The parser may make "without" the clause's mark: "without a single
    # shot being fired" hung on the verb before it.)
    return (current.dep_ in ("pcomp", "pobj") and current.head.lower_ == "without") \
        or any(c.dep_ == "mark" and c.lower_ == "without" for c in current.children) \
        or _what_no_agreement_was_reached_on(current)


# What talks end without: "ended without agreement on restoring access".
_NO_OUTCOMES = {"agreement", "deal", "accord", "breakthrough", "consensus", "decision"}


def _what_no_agreement_was_reached_on(current) -> bool:
    """"talks ended without agreement on restoring UN inspectors' access":
    what the missing agreement was on did not happen."""
    if current.dep_ not in ("pcomp", "pobj") or current.head.lower_ != "on":
        return False
    outcome = current.head.head
    return outcome.lemma_.lower() in _NO_OUTCOMES and outcome.dep_ == "pobj" and outcome.head.lower_ == "without"


# "decided against recommending charges", "voted against sanctioning Iran":
# the act was decided not to be done.
_DECIDED_AGAINST = {"decide", "vote", "rule", "opt", "choose", "advise", "recommend", "argue", "warn", "caution",
                    "counsel"}


def _decided_against(token) -> bool:
    current = token.head if token.dep_ == "dobj" and token.head.pos_ == "VERB" else token
    if current.dep_ != "pcomp" or current.head.lower_ != "against":
        return False
    return current.head.head.lemma_.lower() in _DECIDED_AGAINST


# Heads whose gerund or object is an act left undone.
_AVOIDED_HEADS = {"avoid", "refrain", "shun", "forgo", "forego", "resist"}


def _avoided(token) -> bool:
    head = token.head
    if token.dep_ in ("pcomp", "pobj") and head.lower_ == "from":
        head = head.head  # "refrained from criticising", "refrained from public criticism"
    elif not (token.dep_ in ("xcomp", "dobj") and (token.tag_ == "VBG" or token.pos_ == "NOUN")):
        return False
    return head.i != token.i and head.lemma_.lower() in _AVOIDED_HEADS


def _intent_would(verb, aux) -> bool:
    """'They said they would blockade Paris': in reported speech "would" is
    the backshifted "will" of an announcement, not a condition."""
    if aux.lower_ != "would" or any(c.dep_ == "mark" and c.lower_ in ("if", "unless") for c in verb.children):
        return False
    return verb.dep_ == "ccomp" and verb.head.lemma_.lower() in SPEECH_VERBS | {"vow", "warn", "threaten"}


# Feelings whose "that" clause is a fact: "she was appalled that he would
# mock them" says he did; "would" there is the past's, not a condition.
_FEELINGS_ABOUT_A_FACT = {"appalled", "outraged", "shocked", "dismayed", "disgusted", "horrified", "surprised",
                          "disappointed", "saddened", "stunned", "offended", "astonished", "amazed"}


def _felt_about(verb, aux) -> bool:
    """"would" in the "that" clause of a feeling about a fact (not "would be
    appalled if he mocked them": the feeling, not the act, is conditional)."""
    if aux.lower_ != "would" or verb.dep_ != "ccomp" or verb.head.lower_ not in _FEELINGS_ABOUT_A_FACT:
        return False
    return any(c.dep_ == "mark" and c.lower_ == "that" for c in verb.children)


# Verbs that carry out the act a noun names, so their modality is the act's:
# "charges will be filed", "no arrest was made", "sanctions could be imposed".
_REALIZING_VERBS = {"file", "bring", "press", "lay", "level", "impose", "levy", "launch", "hold", "conduct", "stage",
                    "mount", "sign", "reach", "make", "hurl", "lodge", "issue", "announce", "open", "carry",
                    # and verbs that put it in the future ("more demonstrations are planned")
                    "plan", "schedule", "expect", "set"}


def _realizing_clauses(token) -> list:
    """The relative clause that carries out a nominal act: "the charges he'll
    level at her" is as future as "he will level charges"."""
    if token.pos_ not in ("NOUN", "PROPN"):
        return []
    return [c for c in token.children if c.dep_ == "relcl" and c.lemma_.lower() in _REALIZING_VERBS]


# Verbs that bring about what their bare clause says: "a deal that
# would see him endorse her", "would make them leave", "let them go".
_CAUSATIVES = {"see", "make", "let", "have"}


def _caused(clause) -> bool:
    return clause.dep_ == "ccomp" and clause.head.lemma_.lower() in _CAUSATIVES \
        and not any(c.dep_ == "mark" or (c.dep_ == "aux" and c.lower_ == "to") for c in clause.children) \
        and clause.tag_ == "VB"


# Prepositions whose object is taken as done, whatever the clause says of
# what follows from it.
_PRESUPPOSING = {"given", "despite", "amid", "amidst"}


def _clause_ancestors(token):
    """Heads that govern the trigger's own clause: xcomp/ccomp chains, and a
    nominal trigger's verb."""
    current = token
    for _ in range(3):
        if current.dep_ == "pobj" and current.head.lower_ == "to" and current.head.head.lower_ == "according":
            return  # "intended to reopen it, according to a lawsuit": the source, not what was intended
        if current.dep_ == "pobj" and current.head.lower_ in _PRESUPPOSING:
            return  # "given her criticism of Brin, a deal seems unlikely": the criticism was made
        if current is token and the_reason_for_a_penalty(current):
            return  # "is set to be executed next month for the killing": the killing was done
        if _definite_topic(current):
            return  # "officials not authorized to discuss the investigation": there is one
        if _infinitive_of_a_noun(current) and (verb := _verb_holding(current.head)) is not None:
            # "merits the appointment of an independent prosecutor to investigate":
            # the noun ("its intention to do") and the verb that holds it,
            # through the phrase it sits in.
            yield current.head
            current = verb
            yield current
            continue
        # A clause that is its head's subject takes its head's modality:
        # "attacking him would only elevate him" is hypothetical.
        # ("should respond by criticizing Russia": the means is as hypothetical as the act.)
        if (current.dep_ in ("xcomp", "acomp", "dobj", "attr", "oprd", "pobj", "prep", "csubj")
                or current.dep_ == "pcomp" and current.head.lower_ == "by"
                # ("a law that would allow police to arrest migrants", the infinitive parsed as a clause)
                or current.dep_ == "ccomp" and _to_infinitive(current)
                or current.dep_ == "nsubjpass" and current.head.lemma_.lower() in _REALIZING_VERBS
                or _caused(current) or _gerund_of_a_noun(current) or _infinitive_of_a_noun(current)
                or _purpose_infinitive(current) or _asked_of_someone(current)) \
                and current.head.i != current.i:
            current = current.head
            yield current
        else:
            return


def _topic_of_a_negated_clause(token, current) -> bool:
    """"WikiLeaks was unhappy about the criticism", "no one was hurt in the
    attack": a nominal act under a preposition is what the negated clause is
    about or where it happened; the act itself happened."""
    return current is not token and token.pos_ == "NOUN" and token.dep_ == "pobj" and not _gone_on(token)


def _gone_on(noun) -> bool:
    """"have not gone on strike", "were not on strike": the bare act noun of
    a light verb is the act the negation denies."""
    return noun.head.lower_ == "on" and noun.head.head.lemma_.lower() in ("go", "be", "stay", "remain") \
        and not any(c.dep_ in ("det", "poss") for c in noun.children)


# Verbs whose object is a topic talked about, not an act done or intended.
_TALKING_ABOUT = {"discuss", "mention", "describe", "detail", "explain", "address", "disclose", "reveal"}


def _definite_topic(token) -> bool:
    """A definite act noun that is talked about ("would not discuss the
    arrest", "did not mention his criticism", "asked about his criticism of
    Hale"): the act exists, whatever the talking's modality. (Not an
    indefinite one: "to discuss a ceasefire" may never happen.)"""
    if token.pos_ != "NOUN":
        return False
    talked_about = (token.dep_ == "dobj" and token.head.lemma_.lower() in _TALKING_ABOUT) \
        or (token.dep_ == "pobj" and token.head.lower_ in TOPIC_PREPOSITIONS)
    return talked_about and any((c.dep_ == "det" and c.lower_ in ("the", "this", "that")) or c.dep_ == "poss"
                                for c in token.children)


def _infinitive_of_a_noun(token) -> bool:
    """"called for an independent prosecutor to investigate": the act a noun is to
    do takes the modality of the verb that holds the noun. (The parse may
    call the infinitive a relative clause: "couldn't build a case to
    arrest anyone".)"""
    return token.dep_ in ("acl", "relcl") and token.head.pos_ in ("NOUN", "PROPN") and _to_infinitive(token)


def _verb_holding(noun):
    """The verb whose object the noun is, directly, through "of" phrases
    ("the appointment of a prosecutor") or through the verb's own
    preposition ("called for a prosecutor"); None past three steps."""
    current = noun
    for _ in range(3):
        if current.dep_ == "pobj" and current.head.lower_ == "of" and current.head.head.pos_ == "NOUN":
            current = current.head.head
        elif current.dep_ in ("dobj", "nsubjpass", "attr") and current.head.pos_ in ("VERB", "AUX"):
            return current.head
        elif current.dep_ == "pobj" and current.head.dep_ == "prep" and current.head.head.pos_ == "VERB":
            return current.head.head
        else:
            return None
    return None


def _purpose_infinitive(token) -> bool:
    """"calls to set up a commission to investigate atrocities": what an
    act still to be done is for takes its modality (here asked for). Only
    under another infinitive: "she went on to attack Trump" is done."""
    return token.dep_ == "advcl" and _to_infinitive(token) and _to_infinitive(token.head) \
        and not any(c.dep_ in ("nsubj", "nsubjpass") for c in token.children)


# Verbs of pressing that ask only through an infinitive or "for" ("pressed him
# to sign", "lobbied for sanctions"); on their own they are no asking
# ("pressed charges", "marchers pushed on through the rain").
_PRESSING = {"press", "push", "pressure", "lobby", "encourage"}


def _pressed_for(token) -> bool:
    """The act is what someone was pressed to do or pressed for."""
    below = token
    for above in _clause_ancestors(token):
        if above.lemma_.lower() in _PRESSING and (
                (below.dep_ in ("xcomp", "advcl", "ccomp") and _to_infinitive(below))
                or (below.dep_ == "prep" and below.lower_ == "for")):
            return True
        below = above
    return False


def _asked_of_someone(token) -> bool:
    """"pressed the minister to sign": the parse may hang the act on
    the verb of asking as an adverbial clause, not its complement; it is
    still what was asked for. (Only with the one asked as its object: "was
    called to testify at the inquiry" summons a witness to an inquiry that exists.)"""
    return asked_in_an_adverbial(token) and any(c.dep_ == "dobj" and c.i < token.i for c in token.head.children)


# Words of asking that PLOVER codes as the asker's REQUEST when what they
# ask for is another party's act: "asked the state police to look into",
# "called on the UN to investigate", "demanded that Egypt prosecute the
# officers", "called for an outside counsel to examine", "calls for an
# inquiry". (Not orders, "ordered troops to attack": orders are often
# reported as carried out, and are left to the detector. Not "want" or
# "seek": wishes and attempts, not requests of anyone.)
ASKING_FOR_ACTS = frozenset({"ask", "urge", "call", "appeal", "demand", "request", "press", "plead", "petition", "beg",
                             "implore"})
# Verbs through which an asked party would carry out a nominal act ("urged
# the FBI to open an inquiry").
_CARRYING_OUT = {"open", "launch", "conduct", "hold", "start", "begin", "bring", "file", "carry", "set"}


def asked_by(token):
    """The word of asking (ASKING_FOR_ACTS) whose subject asks someone to do
    the act `token` names, or None: PLOVER's manual codes such a sentence
    once, as the asker's REQUEST ("the coder should always return the
    single event category ... rather than a category+auxiliary mode"), and
    the article gold codes the request, not the act asked for."""
    act = token
    if token.pos_ in ("NOUN", "PROPN"):
        asker = asked_for_by_name(token)
        if asker is not None:
            return asker
        if token.dep_ != "dobj" or token.head.lemma_.lower() not in _CARRYING_OUT:
            return None
        act = token.head
    return _asked_to_do_by(act)


def asked_for_by_name(noun):
    """"called for an investigation", "demanded an inquiry", "calls for a probe"."""
    head = noun.head
    if noun.dep_ == "pobj" and head.lower_ == "for" and head.head.lemma_.lower() in ASKING_FOR_ACTS:
        return head.head
    if noun.dep_ == "dobj" and head.lemma_.lower() in ("demand", "request", "urge"):
        return head
    return None


def _asked_to_do_by(verb):
    """"asked X to investigate" (the parse's xcomp or adverbial clause, with
    the one asked as object or after "on"), "demanded that X prosecute",
    "called for a prosecutor to investigate", "for X to investigate"."""
    head = verb.head
    if head.i == verb.i:
        return None
    lemma = head.lemma_.lower()
    if lemma == "call" and any(c.dep_ == "nsubjpass" for c in head.children):
        return None  # "police were called to investigate": sent for, and they did
    if verb.dep_ in ("xcomp", "advcl") and lemma in ASKING_FOR_ACTS and _to_infinitive(verb) \
            and any(c.dep_ in ("dobj", "nsubjpass") or (c.dep_ == "prep" and c.lower_ in ("on", "upon"))
                    for c in head.children):
        return head
    if verb.dep_ == "advcl" and lemma in ASKING_FOR_ACTS and any(c.dep_ == "mark" and c.lower_ == "for"
                                                                 for c in verb.children):
        return head
    if verb.dep_ == "ccomp" and lemma in ("demand", "urge", "ask", "request") and _a_demanded_clause(verb):
        return head
    if verb.dep_ in ("acl", "relcl") and _to_infinitive(verb) and head.pos_ in ("NOUN", "PROPN") \
            and head.dep_ == "pobj" and head.head.lower_ in ("for", "on", "upon") \
            and head.head.head.lemma_.lower() in ASKING_FOR_ACTS:
        return head.head.head
    return None


def _a_demanded_clause(verb) -> bool:
    """"demanded that Egypt prosecute", "urged that the council act": a
    subject and a bare or "should" verb; not "asked whether it would"."""
    if any(c.dep_ == "mark" and c.lower_ in ("whether", "if") for c in verb.children):
        return False
    if not any(c.dep_ in ("nsubj", "nsubjpass") for c in verb.children):
        return False
    bare = verb.tag_ == "VB" or any(c.dep_ == "auxpass" and c.lower_ == "be" for c in verb.children)
    return bare and not any(c.dep_ == "aux" and c.lower_ != "should" for c in verb.children)


def _to_infinitive(token) -> bool:
    return any(c.dep_ == "aux" and c.lower_ == "to" for c in token.children)


def _gerund_of_a_noun(token) -> bool:
    """"have not been doing much investigating": the gerund is what the
    noun holds, so the verb that holds the noun gives its modality."""
    return token.dep_ == "pcomp" and token.head.lower_ == "of" and token.head.head.pos_ == "NOUN"


def _add(modes: list[str], mode: str) -> None:
    if mode not in modes:
        modes.append(mode)
