"""The trigger lexicon and the PLOVER type table, loaded from data files."""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache
from importlib import resources
from typing import Optional

# Proceedings against someone that an act names ("his rape trial", "murder
# charges", "a murder suspect"): the act is alleged, and the proceeding's
# owner is who is alleged to have done it. (Not an investigation or an
# inquiry: "the bombing investigation" looks into a bombing that happened.)
CHARGING_NOUNS = {"trial", "case", "charge", "count", "conviction", "indictment", "sentencing", "prosecution",
                  "allegation", "accusation", "suspect"}

# The adjectives of a verdict or a plea: "found him guilty", "was found
# liable", "pleaded guilty" (candidates._verdict_trigger, roles.syntax.authority_lemma).
VERDICT_WORDS = frozenset({"guilty", "liable"})

# Verbs of asking someone to act ("pressed the minister to sign"): the one
# asked would do the act (roles), and it is not done (modes).
ASKING_VERBS = frozenset({"ask", "urge", "call", "press", "push", "pressure", "lobby", "encourage", "implore", "beg",
                          "invite", "request", "demand"})


def asked_in_an_adverbial(verb) -> bool:
    """An infinitive that the parse hangs on a verb of asking as an
    adverbial clause ("pressed the minister to sign"): what is asked for,
    though not parsed as the verb's complement."""
    return verb.dep_ == "advcl" and verb.head.lemma_.lower() in ASKING_VERBS \
        and any(c.dep_ == "aux" and c.lower_ == "to" for c in verb.children)

# What an authority does on someone's demand: who "wants an inquiry",
# "demanded the arrest of the officer" or "called for an investigation"
# asks for it (roles: not its doer; extract: the request is aimed where it
# would look).
ACTS_OF_AN_AUTHORITY = frozenset({"investigation", "inquiry", "probe", "prosecution", "arrest", "charge", "indictment",
                                  "trial"})

# Prepositions whose object is what something is about ("the debate about
# X", "laws regarding X"): a topic, not a party to an act or its target.
TOPIC_PREPOSITIONS = frozenset({"about", "regarding", "concerning"})

# Verbs that report speech: their subject is the claim's source, not an
# actor of the event reported in their complement.
SPEECH_VERBS = frozenset({"say", "tell", "report", "announce", "confirm", "state", "add", "claim", "quote", "note",
                          "declare", "insist", "write", "explain", "according",
                          # a court's parties put their case ("the prosecution contends Simpson shot Flynn")
                          "contend", "argue", "assert", "testify"})


@dataclass(frozen=True)
class Trigger:
    lemma: str  # head word lemma (verb or noun)
    particle: Optional[str]  # required particle/preposition ("out", "for", "down on")
    nominal: bool
    event: str
    mode: Optional[str]
    cameo: str
    context: Optional[str]
    targets: tuple[str, ...]  # prepositions introducing the recipient

    @property
    def words(self) -> int:
        return 1 + (len(self.particle.split()) if self.particle else 0)


@dataclass(frozen=True)
class PloverType:
    event: str
    quad: int
    cameo_root: str
    context: str


@dataclass
class Lexicon:
    verbs: dict[str, list[Trigger]]
    nouns: dict[str, list[Trigger]]  # keyed by lower-case lemma or "first second" phrase
    types: dict[str, PloverType]


def _rows(filename: str):
    text = resources.files("wirecoder.data").joinpath(filename).read_text(encoding="utf-8")
    for line in text.splitlines():
        if line.strip() and not line.startswith("#"):
            yield [cell.strip() for cell in line.split("\t")]


def _dash(value: str) -> Optional[str]:
    return None if value in ("", "-") else value


@lru_cache(maxsize=1)
def load_lexicon() -> Lexicon:
    verbs: dict[str, list[Trigger]] = {}
    nouns: dict[str, list[Trigger]] = {}
    for row in _rows("triggers.tsv"):
        phrase, event, mode, cameo, context, targets = (row + ["-"] * 6)[:6]
        nominal = phrase.startswith("N:")
        phrase = phrase[2:] if nominal else phrase
        words = phrase.lower().split()
        targets_tuple = tuple(t for t in targets.split("|") if t and t != "-")
        if nominal:
            trigger = Trigger(phrase.lower(), None, True, event, _dash(mode), cameo, _dash(context), targets_tuple)
            nouns.setdefault(phrase.lower(), []).append(trigger)
        else:
            particle = " ".join(words[1:]) or None
            trigger = Trigger(words[0], particle, False, event, _dash(mode), cameo, _dash(context), targets_tuple)
            verbs.setdefault(words[0], []).append(trigger)
    types = {row[0]: PloverType(row[0], int(row[1]), row[2], row[3]) for row in _rows("plover_types.tsv")}
    return Lexicon(verbs, nouns, types)


# What an attack is made with, or the attack itself, standing as its
# subject: "a shell hit a house", "two bombs fell on the camp", "the fighting
# left six dead" name no attacker (extract and roles both ask).
MEANS_OF_VIOLENCE = frozenset({
    "bomb", "bombing", "explosive", "explosion", "blast", "device", "missile", "rocket", "shell", "shelling",
    "grenade", "mine", "bullet", "round", "shot", "gunfire", "fire", "mortar", "artillery", "airstrike", "strike",
    "raid", "attack", "fighting", "clash", "violence", "shooting", "gunshot"})

# Nouns for the people an act names as its doers ("protesters", "gunmen"):
# they are its actor (roles), and the clause they lead says its modality
# ("protesters planned a march", modes).
AGENT_NOUNS = frozenset({"protester", "protestor", "demonstrator", "marcher", "striker", "rioter", "looter",
                         "attacker", "assailant", "gunman", "shooter", "bomber", "hijacker", "kidnapper", "abductor",
                         "sniper"})
