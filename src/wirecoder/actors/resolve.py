"""Code every noun phrase of a parsed document as an actor, with coreference.

Entry point: `resolve_actors(document, settings)`; later stages read the
result with `actor_at(document, token)`.

A phrase is coded from the text itself, strongest evidence first: a known
name (person, organisation, seat of power, country, capital), a demonym
("Russian troops"), a possessive or "of" complement ("Russia's foreign
ministry", "the government of Iraq"), and role nouns for the sector
("Foreign Minister" → GOV, "troops" → MIL). Pronouns, surnames and bare roles
("he", "Lavrov", "the minister") take the nearest earlier compatible mention;
a subject pronoun first looks for a compatible subject of its own or the
previous sentence (the topic usually continues as subject).

Unnamed officials and people ("the judge", "police", "a 16-year-old boy")
and named people the knowledge does not list take the country where they
are: the one country of their sentence's places for a described role, else
the country the article is set in (`places.setting_country`). Places are
never actors themselves, except capitals and countries standing for their
government ("Moscow said").
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field, replace
from typing import Optional

from ..document import NON_STATE_CODES, Actor, Document, is_state_code
from ..places import (
    KIN_NOUNS,
    PARTY_HOME_RE,
    dateline_and_end,
    head_token,
    located_at,
    only_an_origin,
    only_near,
    origin_prepositions,
    setting_country,
    unknown_dateline_town,
)
from ..timex import TIME_ZONES
from .knowledge import Entry, Knowledge, load_knowledge, name_head, named_parties, normalise

_PERSON_PRONOUNS = {"he", "she", "him", "her", "his", "hers", "himself", "herself"}
# Words for many that "it" cannot stand for (the tagger calls "police" singular).
_PLURAL_WORDS = {"they", "them", "their", "we", "us", "our", "police", "people"}
# The gender of a person pronoun.
_PRONOUN_GENDER = {"he": "m", "him": "m", "his": "m", "himself": "m", "she": "f", "her": "f", "hers": "f",
                   "herself": "f"}
_HONORIFICS = {"mr.": "m", "mr": "m", "mrs.": "f", "mrs": "f", "ms.": "f", "ms": "f", "miss": "f"}
# Role words that say a person's gender ("the congresswoman", "his wife").
_GENDERED_ROLES = {"congresswoman": "f", "congressman": "m", "spokeswoman": "f", "spokesman": "m",
                   "chairwoman": "f", "businesswoman": "f", "businessman": "m", "councilwoman": "f",
                   "councilman": "m", "woman": "f", "man": "m", "girl": "f", "boy": "m", "mother": "f",
                   "father": "m", "wife": "f", "husband": "m", "daughter": "f", "son": "m", "sister": "f",
                   "brother": "m", "queen": "f", "king": "m", "widow": "f", "widower": "m", "actress": "f",
                   "grandmother": "f", "grandfather": "m", "girlfriend": "f", "boyfriend": "m", "first lady": "f",
                   "policewoman": "f", "policeman": "m", "anchorwoman": "f", "anchorman": "m",
                   "ex-wife": "f", "ex-husband": "m", "niece": "f", "nephew": "m", "aunt": "f", "uncle": "m",
                   "fiancee": "f", "fiancée": "f", "fiance": "m", "fiancé": "m", "stepmother": "f", "stepfather": "m",
                   "granddaughter": "f", "grandson": "m", "ex-girlfriend": "f", "ex-boyfriend": "m",
                   "stepdaughter": "f", "stepson": "m", "ex-fiancee": "f", "ex-fiance": "m"}
_GROUP_PRONOUNS = {"they", "them", "their", "it", "its", "we", "our", "us"}
# Nouns that name a place or a building, not who acts: "the Mieh Mieh
# refugee camp", "the restroom", "American Boulevard" are where things
# happen (a role word modifying them, "refugee", "police", does not make
# them actors). A known name heading the phrase still codes ("Gaza City").
# Things a role word may modify, which are not its people: "told a press
# conference", "decided to press charges", "according to a police report".
_THING_HEADS = {"conference", "release", "briefing", "charge", "freedom", "car", "cruiser", "vehicle", "van",
                "report", "record", "date", "case", "tape", "footage", "video", "scanner", "pass", "card"}
# What records people is not them: "would not publish the names of 900
# overseas donors" names no donors.
RECORDS_OF_PEOPLE = {"name", "list", "identity"}
_THING_HEADS |= RECORDS_OF_PEOPLE
# Procedures a body runs, and acts or plans told by their kind, are not the
# body or the doers: "demanded a jury trial", "jury duty", "condemned the
# terrorist acts", "foiled a terrorist plot".
_THING_HEADS |= {"trial", "duty", "selection", "summons", "deliberation", "instruction", "act", "plot"}
# So are talks, drills and help a body holds or gives, told by their kind:
# "agreed to resume high-level military talks", "military aid".
_THING_HEADS |= {"talk", "negotiation", "dialogue", "consultation", "cooperation", "exercise", "drill", "spending",
                 "budget", "aid", "assistance"}
# Violent acts: no one unless a name or a country says whose ("the Sept. 11
# terrorist attacks"); a role compounded on them ("a fatal police shooting")
# is its own mention (_is_nominal_head), as on a raid or a crackdown.
_VIOLENT_ACTS = {"attack", "bombing", "shooting", "airstrike", "ambush", "massacre"}
_THING_HEADS |= _VIOLENT_ACTS
# Illnesses: no one's act and no one (the events stage reads harm they do
# and inquiries into them as no event).
ILLNESSES = {"disease", "infection", "virus", "illness", "flu", "influenza", "outbreak", "epidemic", "pandemic",
             "cancer", "strain", "ebola", "cholera", "malaria", "measles", "h5n1", "sars", "covid", "covid-19",
             "coronavirus", "tuberculosis", "pneumonia", "meningitis", "polio", "dengue", "plague"}
# Illnesses are no one either, unless a name or a country says whose ("her
# suspected H5N1 infection": not a criminal's); nor weapons, unless a name,
# a country or a role does ("Suspected bombs exploded outside the embassies";
# "Israeli missiles" are Israel's, "a police bullet" the police's).
_THING_HEADS |= ILLNESSES
WEAPON_HEADS = {"bomb", "explosive", "device", "missile", "rocket", "shell", "grenade", "mine", "weapon", "bullet"}
_VIOLENT_ACT_HEADS = _VIOLENT_ACTS | {"raid", "crackdown"}
# Works and their showings, and the titles set beside them, are no one.
WORKS = {"film", "movie", "book", "novel", "song", "album", "show", "series", "documentary", "play", "episode",
          "screening", "premiere", "concert", "musical", "memoir", "painting", "poem", "game"}
# Things a crowd carries or shows, and what is pictured on them: "waving
# Cuban flags", "posters of the boy" name no one who takes part. (Not a
# photograph or an image: "the image of a boy rescued from an airstrike"
# shows its victim.)
EMBLEMS = {"flag", "banner", "poster", "placard", "portrait", "frond", "candle", "balloon"}
_PLACE_HEADS = {"camp", "city", "town", "village", "neighbourhood", "neighborhood", "district", "street", "road",
                "boulevard", "avenue", "highway", "square", "building", "restroom", "bathroom", "school", "hospital",
                "station", "base", "prison", "jail", "airport", "port", "border", "area", "region", "site", "lot",
                "parking", "park", "house", "home", "apartment", "compound", "checkpoint", "market", "mall",
                "frontier", "coast", "countryside", "outskirts", "territory"}
# Dependents that are part of a noun phrase's own description.
_PHRASE_DEPS = {"det", "amod", "compound", "poss", "nmod", "flat", "nummod", "case", "appos", "punct", "cc", "conj"}
# How far back (in mentions) a pronoun or bare role looks for its antecedent.
_COREF_WINDOW = 30
_SUBJECT_DEPS = {"nsubj", "nsubjpass"}
# What is left of a weapon or a building after a blast, which the tagger may
# take for a name when it opens a sentence.
_REMAINS_OF_A_BLAST = {"debris", "shrapnel", "rubble", "wreckage", "fragment", "fragments"}


@dataclass
class Mention:
    token_i: int
    actor: Actor
    person: bool
    roles: set[str] = field(default_factory=set)
    named: bool = False  # has its own name in the text (not resolved from elsewhere)
    by_setting: bool = False  # its country is only where the story is set
    gender: Optional[str] = None  # "m" or "f" when the text or the name says, for "he" and "she"
    # stands for an earlier mention that names its party ("Sanders", "he"
    # after "Sen. Bernie Sanders"): someone already, not a role awaiting a name
    names_through: bool = False


def resolve_actors(document: Document, settings=None) -> Document:
    """Set `document.mentions`: one Mention per coded nominal head, in order."""
    doc = document.spacy_doc
    if doc is None:
        return document
    knowledge = load_knowledge(getattr(settings, "actor_dictionary", None))
    where = _Whereabouts(document, knowledge)
    document.setting = where.setting
    mentions: list[Mention] = []
    by_token: dict[int, Mention] = {}
    # (Places in no country, read once: "the Gulf of Oman" names no Oman.)
    seas = [(p.start, p.end) for p in document.places if p.country is None]
    for token in doc:
        if not _is_nominal_head(token) or where.in_dateline(token) or _inside_a_longer_place(seas, token):
            continue
        mention = _code_mention(token, knowledge, mentions, where)
        if mention is not None:
            _ethnic_residence(document, token, mention, knowledge)
            _identified_as(token, mention, by_token)
            mentions.append(mention)
            by_token[token.i] = mention
    _name_role_mentions(doc, mentions)
    _predicated_roles(doc, mentions, by_token, where)
    _titles_shared_by_listed_names(doc, mentions, knowledge)
    document.mentions = mentions
    document.mention_index = by_token
    return document


def _inside_a_longer_place(seas: list[tuple[int, int]], token) -> bool:
    """The word is part of the longer name of a place in no country ("the
    Gulf of Oman", "the Sea of Japan", "the Gulf of Guinea"; `seas`: their
    spans): it names that sea, not the country it shares a word with."""
    end = token.idx + len(token.text)
    return any(start <= token.idx and end <= stop and (start < token.idx or end < stop) for start, stop in seas)


# Seats named alike in several states (seats.tsv codes the British one).
_OFFICES_OF_SEVERAL_STATES = {"Foreign Office", "Home Office"}


# Verbs by which a text says who someone is: "identified him as the gunman".
_IDENTIFYING_VERBS = {"identify", "name", "describe"}


def _identified_as(token, mention: Mention, by_token: dict[int, Mention]) -> None:
    """"A witness identified him as the gunman who killed …", "Reyes was
    named as the driver": the unnamed role the text identifies a named
    person as is that person (set before later pronouns copy the mention)."""
    if mention.named or not mention.person or token.dep_ != "pobj" or token.head.lower_ != "as":
        return
    verb = token.head.head
    if verb.lemma_.lower() not in _IDENTIFYING_VERBS:
        return
    deps = ("nsubjpass",) if any(c.dep_ == "auxpass" for c in verb.children) else ("dobj",)
    named = [by_token.get(c.i) for c in verb.children if c.dep_ in deps]
    named = [m for m in named if m is not None and m.person and m.actor.name]
    if len(named) == 1:
        mention.actor.name = named[0].actor.name
        mention.actor.code = named[0].actor.code or mention.actor.code


def _predicated_roles(doc, mentions: list[Mention], by_token: dict[int, Mention], where: _Whereabouts) -> None:
    """"Khan was elected as mayor of London", "Dorn is the mayor of Calais":
    a person the knowledge base does not hold, coded only by where the story
    is set, takes the country and sectors of the post the text gives them,
    in every mention of them (the London mayor had been American in a US
    paper's story)."""
    for mention in mentions:
        if not (mention.person and mention.by_setting and mention.actor.name):
            continue
        post = _post_of(doc, mention, by_token, where)
        if post is None:
            continue
        for other in mentions:
            if other.by_setting and other.person and other.actor.name == mention.actor.name:
                other.actor.code = post.actor.code
                other.actor.sector = _merge_sectors(other.actor.sector, post.actor.sector)
                other.roles |= post.roles
                other.by_setting = False


def _titles_shared_by_listed_names(doc, mentions: list[Mention], knowledge: Knowledge) -> None:
    """"Former Peruvian presidents Ana Ruiz and Juan Soto",
    "Senators Ann Hale and Bob Ruiz": a plural title set before a list of
    names is each name's; a later name the knowledge base does not hold,
    coded only by the setting, takes the title's sectors and the country
    its own words give (not the first name's: "Presidents Obama and Xu")."""
    for mention in mentions:
        token = doc[mention.token_i]
        if not (mention.person and mention.by_setting and mention.actor.name and token.pos_ == "PROPN"
                and token.dep_ == "conj" and token.head.i < token.i):
            continue
        titles = [c for c in token.head.children if c.dep_ == "compound" and c.tag_ in ("NNS", "NNPS")
                  and c.i < token.head.i and _role_word(c, knowledge)]
        if len(titles) != 1:
            continue
        title = titles[0]
        role = knowledge.role(title.lemma_.lower()) or knowledge.role(title.lower_)
        country = _country_from_modifiers([t for c in title.children if c.dep_ in ("amod", "compound")
                                           for t in c.subtree], knowledge, True)
        for other in mentions:
            if other.by_setting and other.person and other.actor.name == mention.actor.name:
                if country is not None and country.code:
                    other.actor.code = country.code
                    other.by_setting = False
                if role is not None:
                    other.actor.sector = _merge_sectors(other.actor.sector, role.sectors)
                    other.roles.add(normalise(title.lemma_.lower()))


_FORMER = {"former", "ex", "onetime", "one-time", "retired", "erstwhile"}
# Verbs that give their subject a post: "is", "became", "was elected/named/appointed (as)", "serves as".
_POST_VERBS = {"be", "become", "remain", "elect", "reelect", "name", "appoint", "nominate", "swear", "install",
               "serve"}


def _post_of(doc, mention: Mention, by_token: dict[int, Mention], where: _Whereabouts) -> Optional[Mention]:
    """The coded post the mention's clause gives it, with a country of its own ("mayor of London")."""
    token = doc[mention.token_i]
    verb = token.head
    if token.pos_ != "PROPN" or token.dep_ not in ("nsubj", "nsubjpass") or verb.lemma_.lower() not in _POST_VERBS:
        return None
    heads = [c for c in verb.children if c.dep_ in ("attr", "oprd")]
    heads += [g for c in verb.children if c.dep_ == "prep" and c.lower_ == "as" for g in c.children if g.dep_ == "pobj"]
    for head in heads:
        post = by_token.get(head.i)
        # (The post's country from a place in its own words, "mayor of London";
        # not from its owner: "Mr. Trump's biggest media booster" is no post
        # in Trump's government.)
        if post is not None and post.roles and post.actor.code and set(post.actor.sector) - {"CVL"} \
                and where.place_inside(post.actor) == post.actor.code \
                and not any(t.lower_ in _FORMER for t in doc[post.token_i].children):
            return post
    return None


# A role's organisation, which the role words may head: not a person.
_BODIES_OF_A_ROLE = {"campaign", "office"}


def _name_role_mentions(doc, mentions: list[Mention]) -> None:
    """'The Russian Foreign Minister met …' then 'The Russian Foreign Minister,
    Sergei Lavrov, …': an unnamed role mention takes the name of the first later
    named person with the same role and country, so both are one actor.
    (Not a body a role word heads: "Clinton's campaign", "the City
    Attorney's Office" are no one the story names later; nor a follower:
    "a Clinton supporter" is not the next supporter the story names.)"""
    sentence_of = {token.i: number for number, sent in enumerate(doc.sents) for token in sent}
    for index, mention in enumerate(mentions):
        if not mention.person or mention.named or mention.names_through or not mention.roles:
            continue
        if doc[mention.token_i].lemma_.lower() in _BODIES_OF_A_ROLE:
            continue
        if mention.roles <= _FOLLOWER_NOUNS:
            continue  # (many are a supporter or a critic: no one post that a later name fills)
        if not _names_a_holder(doc[mention.token_i]):
            continue
        here = sentence_of[mention.token_i]
        for later in mentions[index + 1:]:
            if sentence_of[later.token_i] - here > _NAMED_WITHIN_SENTENCES:
                break
            if _same_post(mention, later) and _genders_agree(mention.gender, later.gender) \
                    and _described_alike(doc[mention.token_i], mention, later):
                mention.actor.name = later.actor.name
                break


# How far on a role's holder may be named: "A judge sentenced the man on
# Saturday" and, a few sentences on, "Judge James Ruiz said". In corpus
# articles the next person named with the role was the same one up to
# seven sentences on, and another officer 25 to 54 sentences on.
_NAMED_WITHIN_SENTENCES = 8


def _same_post(mention: Mention, other: Mention) -> bool:
    return other.named and other.person and bool(other.actor.name) \
        and other.actor.code == mention.actor.code and bool(other.roles & mention.roles)


# Words by which a role speaks of no holder in particular: "the next
# president", "any nominee", "a new president".
_NO_HOLDER_YET = {"next", "new", "future", "any", "every", "each", "another"}


def _names_a_holder(head) -> bool:
    """The role names a holder, not the office itself ("ran for president",
    "will be president", "served as judge") nor whoever will hold it; nor
    one the sentence has named already ("Ann Hale, a donor and president of
    the fund": Hale, not the next president the story names)."""
    if head.dep_ in ("attr", "oprd") or (head.dep_ == "pobj" and head.head.lower_ in ("for", "as")):
        return False
    if head.dep_ == "appos" or (head.dep_ == "conj" and head.head.dep_ == "appos"):
        return False
    return not any(c.lower_ in _NO_HOLDER_YET for c in head.children if c.dep_ in ("amod", "det"))


def _described_alike(head, mention: Mention, later: Mention) -> bool:
    """The later named holder of a public post carries the post's
    capitalized modifiers: "the Vermont senator" is not "Senator Ann Hale
    (D-N.Y.)", "the American commander" not "President Obama"; "the Russian
    foreign minister" may be "Russian Foreign Minister Sergei Lavrov". (Not
    of other roles: "a Woodbridge man" is where he is from, which his name
    need not repeat.)"""
    if not set(mention.actor.sector) & _PUBLIC_SECTORS:
        return True
    words = later.actor.entity_text.lower()
    return all(c.lower_ in words for c in head.children
               if c.dep_ in ("amod", "compound") and c.text[:1].isupper() and c.i < head.i)


def _genders_agree(one: Optional[str], other: Optional[str]) -> bool:
    """Two genders ("m", "f" or unknown) that may be one person's."""
    return one is None or other is None or one == other


def _ethnic_residence(document: Document, token, mention: Mention, knowledge: Knowledge) -> None:
    """'ethnic Albanians in southern Serbia': an ethnic group is coded by the
    country it lives in, as CAMEO codes ethnic groups, when its sentence
    places it in another country than its demonym's."""
    tokens = phrase_tokens(token)
    if not any(t.lower_ == "ethnic" for t in tokens):
        return
    demonym = next((d for t in tokens + [token] if (d := demonym_ending_at(t, knowledge)[0])), None)
    if demonym is None or mention.actor.code != demonym.code:
        return
    sent = token.sent
    for place in document.places:
        if sent.start_char <= place.start < sent.end_char and place.country and place.country != demonym.code:
            mention.actor.code = place.country
            return


def partner_actors(document: Document, token) -> list[Actor]:
    """Countries coordinated in the modifier of a coded phrase: 'French and
    Egyptian warships' codes France and also Egypt, 'US and British forces'
    the US and also Britain, 'the foreign ministers of France and Germany'
    France and also Germany."""
    mention = document.mention_index.get(token.i)
    if mention is None or not mention.actor.code:
        return []
    knowledge = load_knowledge()
    out = []
    for modifier in _country_modifiers(token):
        for partner in modifier.conjuncts:
            if partner.head.i == token.i and partner.dep_ != "conj":
                continue  # a modifier of its own, already read
            # (with the words of its name before it: "Japan and South Korea")
            words = partner.doc[min([partner.i, *(c.i for c in partner.lefts if c.dep_ == "compound")]):partner.i + 1]
            entry = knowledge.demonym(partner.text) or knowledge.lookup(words.text) or knowledge.lookup(partner.text)
            if entry is None or not entry.code or entry.code == mention.actor.code \
                    or any(entry.code == other.code for other in out):
                continue  # (once each: "Pakistani and Afghan Taliban forces" names Afghanistan twice)
            actor = mention.actor
            if modifier.dep_ == "pobj":
                # Past the phrase's own words ("… of France" and Germany): the partner names itself.
                out.append(Actor(words.text, entry.name, entry.code, list(actor.sector), words.start_char,
                                 words.end_char))
            else:
                out.append(Actor(actor.entity_text, entry.name, entry.code, list(actor.sector), actor.start,
                                 actor.end))
    return out


# Plural nouns for people that "the two" makes two people the text named
# ("the two men talked", "the two leaders agreed").
_PAIR_NOUNS = {"men", "women", "leaders", "presidents", "candidates", "ministers", "senators", "rivals",
               "politicians", "nominees", "lawmakers"}


def paired_people(document: Document, token) -> list[Actor]:
    """"Obama met Sanders on Thursday. The two men talked for an hour": the
    two people the text named last, in this sentence or the one before,
    each as named, under the pair's words; [] when it named fewer. Likewise
    two states: "Armenia and Azerbaijan agreed … The leaders of the two
    countries met in Washington" (see `_paired_states`)."""
    states = _paired_states(document, token)
    if states:
        return states
    if token.lower_ not in _PAIR_NOUNS or not _the_two(token):
        return []
    people = _two_people_named_last(document, token)
    if not people and token.lower_ in _STATE_LEADER_NOUNS:
        # "Ethiopia and Somalia agreed … Erdogan praised both leaders": no two
        # people were named, so the leaders are the two states' governments.
        return _paired_states(document, token, leaders=True)
    return people


# Of the pair nouns, those that lead a state: with no two people named, the two states' governments.
_STATE_LEADER_NOUNS = {"leaders", "presidents", "ministers"}


def _two_people_named_last(document: Document, token) -> list[Actor]:
    """The two people the text named last before `token`, in its sentence
    or the one before, under its words; [] when it named fewer."""
    sent = token.sent
    earliest = token.doc[sent.start - 1].sent.start if sent.start > 0 else sent.start
    people: list[Actor] = []
    acting = _acting_on(token)
    for mention in reversed(document.mentions):
        if not earliest <= mention.token_i < token.left_edge.i or mention.token_i in acting:
            continue
        actor = mention.actor
        if mention.person and actor.name and actor.code and not any(p.name == actor.name for p in people):
            people.append(actor)
            if len(people) == 2:
                break
    if len(people) != 2:
        return []
    start, end = token.left_edge.idx, token.idx + len(token.text)
    return [Actor(document.text[start:end], p.name, p.code, list(p.sector), start, end) for p in reversed(people)]


def _acting_on(token) -> set[int]:
    """The words of the subject of the verb `token` hangs on: who acts on a
    pair is not one of them ("Brazil's president praised both countries")."""
    return {t.i for c in token.head.children if c.dep_ in ("nsubj", "nsubjpass") and c.i != token.i
            for t in c.subtree}


def _the_two(token) -> bool:
    """"the two men", "both countries"."""
    return (any(c.dep_ == "nummod" and c.lower_ == "two" for c in token.children)
            and any(c.dep_ == "det" and c.lower_ == "the" for c in token.children)) \
        or any(c.dep_ in ("det", "predet", "amod") and c.lower_ == "both" for c in token.children)


# Plural nouns for states that "the two" makes the two states named last.
_PAIR_STATE_NOUNS = {"countries", "nations", "states", "governments", "neighbours", "neighbors"}


def _paired_states(document: Document, token, leaders: bool = False) -> list[Actor]:
    """"The two countries", or a post "of the two countries" ("the leaders
    of both countries"): the two states the text named last, by their names
    or by a party's demonym, in this sentence or the one before (states that
    took part before places where something happened), under the phrase's
    words and the post's sectors; [] when it named fewer. With `leaders`,
    `token` itself is the pair ("both leaders") and they are governments."""
    pair = token
    if token.lower_ not in _PAIR_STATE_NOUNS and not leaders:
        # (Also "the two countries' troops".)
        pair = next((o for p in token.children if p.dep_ == "prep" and p.lower_ == "of" for o in p.children
                     if o.dep_ == "pobj" and o.lower_ in _PAIR_STATE_NOUNS), None) \
            or next((o for o in token.children if o.dep_ == "poss" and o.lower_ in _PAIR_STATE_NOUNS), None)
    if pair is None or not _the_two(pair):
        return []
    mention = document.mention_index.get(token.i)
    sectors = list(mention.actor.sector) if mention is not None and pair is not token else []
    if leaders:
        sectors = ["GOV"]
    sent = token.sent
    earliest = token.doc[sent.start - 1].sent.start if sent.start > 0 else sent.start
    knowledge = load_knowledge()
    taking_part: list[Actor] = []
    places: list[Actor] = []
    acting = _acting_on(token)
    for named in reversed(document.mentions):
        if not earliest <= named.token_i < token.left_edge.i or not named.actor.code or named.token_i in acting:
            continue
        state, placed = _state_a_mention_names(named, token.doc, knowledge)
        found = places if placed else taking_part
        if state is not None and not any(s.code == state.code for s in found):
            found.append(state)
    # Those who took part come first: "the foreign ministers of Iran and
    # Saudi Arabia discussed the war in Yemen. … praised both countries".
    states = (taking_part + [p for p in places if not any(s.code == p.code for s in taking_part)])[:2]
    if len(states) != 2:
        return []
    start, end = token.left_edge.idx, token.right_edge.idx + len(token.right_edge.text)
    return [Actor(document.text[start:end], s.name, s.code, sectors, start, end) for s in reversed(states)]


# Prepositions of where something is or happens ("the war in Yemen").
_PLACE_PREPOSITIONS = {"in", "at", "near", "inside", "outside", "across", "around", "throughout"}


def _state_a_mention_names(named: Mention, doc, knowledge: Knowledge) -> tuple[Optional[Actor], bool]:
    """The state a mention names, by its name or by a demonym of its phrase
    ("his Saudi counterpart"), and whether it stands where something happens
    ("the war in Yemen") rather than for a party."""
    actor = named.actor
    head = doc[named.token_i]
    if not named.person:
        entry = knowledge.lookup(actor.entity_text)
        if entry is not None and entry.kind == "country":
            placed = head.dep_ == "pobj" and head.head.lower_ in _PLACE_PREPOSITIONS
            return actor, placed
    for modifier in head.children:
        entry = knowledge.demonym(modifier.text) if modifier.dep_ in ("amod", "compound") else None
        if entry is not None and entry.kind == "country" and entry.code == actor.code:
            return Actor(modifier.text, entry.name, entry.code, [], modifier.idx, modifier.idx + len(modifier)), False
    return None, False


def _country_modifiers(token) -> list:
    """The words that may give a phrase its country: its adjectives and
    compounds, and the object of its "of" phrase."""
    out = [m for m in token.children if m.dep_ in ("amod", "compound", "nmod")]
    for prep in token.children:
        if prep.dep_ == "prep" and prep.lower_ == "of":
            out.extend(o for o in prep.children if o.dep_ == "pobj")
    return out


def actor_at(document: Document, token) -> Optional[Actor]:
    """The coded actor whose phrase is headed by `token` (None when uncoded)."""
    mention = document.mention_index.get(token.i)
    return mention.actor if mention else None


def owned_place(document: Document, token) -> Optional[Actor]:
    """"Israeli towns", "Syrian villages": an uncoded noun a demonym
    modifies belongs to that country; an act aimed at it is aimed at the
    country (no sector: who lives there is not said). Likewise a known
    party's name on it ("Islamic State targets")."""
    if token.i in document.mention_index:
        return None
    knowledge = load_knowledge()
    for child in _owner_modifiers(token):
        if _a_backing_participle(child):
            continue  # "Iran-aligned armed factions": whom Iran backs are not Iran's
        entry = demonym_ending_at(child, knowledge)[0]
        if entry is not None and entry.code:
            start = min(t.idx for t in token.subtree)
            return Actor(entity_text=document.text[start:token.idx + len(token.text)], name=None,
                         code=entry.code, sector=[], start=start, end=token.idx + len(token.text))
    # "Islamic State targets", "Taliban positions": a known party's name on it.
    names = [t for t in token.lefts if t.dep_ in ("compound", "amod") and t.pos_ in ("PROPN", "ADJ")
             and t.text[:1].isupper()]
    if names:
        first = min(t.i for n in names for t in n.subtree)
        entry = knowledge.lookup(token.doc[first:names[-1].i + 1].text)
        if entry is not None and len(names) == 1 and first == names[0].i:
            # "RSF positions" after "the Rapid Support Forces": the party spelled out before
            earlier = sorted(document.mention_index.values(), key=lambda m: m.token_i)
            entry = _initials_spelled_out_before(entry, names, earlier, token)
        if entry is not None and entry.code and entry.kind in ("organisation", "person"):  # not "the Paris agreement"
            return Actor(entity_text=token.doc[first:token.i + 1].text, name=entry.name, code=entry.code,
                         sector=list(entry.sectors), start=token.doc[first].idx, end=token.idx + len(token.text))
    return None


# "a Greek-owned cargo ship", "a Liberian-flagged tanker": whose a thing is.
_WHOSE_WORDS = {"own", "owned", "flag", "flagged", "operate", "operated", "register", "registered"}


def _owner_modifiers(token) -> list:
    """The modifiers on the noun's left that may say whose it is, and the
    nationality inside "Greek-owned" (the parser hangs "Greek" on "owned")."""
    out = []
    for child in token.lefts:
        if child.dep_ in ("amod", "compound", "nmod"):
            out.append(child)
        if child.dep_ == "amod" and child.lower_ in _WHOSE_WORDS:
            out.extend(c for c in child.lefts if c.dep_ in ("npadvmod", "compound", "amod"))
    return out


def mention_at(document: Document, token) -> Optional[Mention]:
    return document.mention_index.get(token.i)


# Adjectives that news uses as nouns for people, which the tagger keeps as
# adjectives: "police held a 16-year-old female".
_ADJECTIVES_FOR_PEOPLE = {"female", "male", "juvenile"}
_ARGUMENT_DEPS = {"nsubj", "nsubjpass", "dobj", "pobj", "dative", "appos", "conj"}


def _is_nominal_head(token) -> bool:
    if token.pos_ == "ADJ":
        return token.lower_ in _ADJECTIVES_FOR_PEOPLE and token.dep_ in _ARGUMENT_DEPS
    if token.pos_ not in ("NOUN", "PROPN", "PRON"):
        return False
    if token.dep_ in ("compound", "flat") and token.head.pos_ in ("NOUN", "PROPN"):
        return token.dep_ == "compound" and token.pos_ == "NOUN" and token.head.lemma_.lower() in _VIOLENT_ACT_HEADS
    return True


def _a_lowercase_name(token) -> bool:
    """"could only answer 'umm, yikes' when Lund blamed him": the tagger may
    call a lowercase word a person's name, and a later "him" then took it.
    In a sentence written with capitals, a name in lower case that the
    knowledge does not hold ("four gardai" it does) is no name."""
    if token.pos_ != "PROPN" or not (token.is_alpha and token.is_lower):
        return False
    if any(c.dep_ in ("compound", "flat") and not c.is_lower for c in token.lefts):
        return False  # "Park Geun-hye" ends in "hye"
    return any(t.is_alpha and t.is_title for t in token.sent if t.i != token.sent.start)


_SPOKESPEOPLE = {"spokesman", "spokeswoman", "spokesperson"}


def _affiliation(head, prep) -> bool:
    """Whom a person speaks or comes for: "Christopher Gunness from the UN
    Relief Agency", "a spokesman for the Pentagon"."""
    # (Right after the name, and a body: not "Senator Hale and his aide, both from Ohio".)
    if prep.i != head.i + 1:
        return False
    if prep.lower_ == "for" and head.lemma_.lower() in _SPOKESPEOPLE:
        # (any body a spokesman speaks for: "a spokesman for Iran's foreign ministry")
        return any(g.dep_ == "pobj" and g.pos_ in ("PROPN", "NOUN") and g.ent_type_ not in ("DATE", "TIME")
                   for g in prep.children)
    if prep.lower_ == "in" and head.lemma_.lower() in _RANKS_IN_A_FORCE:
        # ("a commander in Hezbollah's elite Radwan force": the force's, whose owner names it)
        return any(g.dep_ == "pobj" and any(o.dep_ == "poss" and o.pos_ == "PROPN" for o in g.children)
                   for g in prep.children)
    if not any(g.dep_ == "pobj" and g.pos_ == "PROPN" and g.ent_type_ in ("ORG", "FAC", "") for g in prep.children):
        return False
    if prep.lower_ in ("with", "at") and head.lemma_.lower() in _STAFF_NOUNS:
        # ("Aisha Bello, an education officer with UNICEF": the body's)
        return any(g.dep_ == "pobj" and g.ent_type_ == "ORG" for g in prep.children)
    return prep.lower_ == "from" and head.ent_type_ == "PERSON"


# Ranks in an armed force, whose "in" phrase names the force: "a commander in Hezbollah's Radwan force".
_RANKS_IN_A_FORCE = {"commander", "member", "officer", "fighter", "leader", "operative", "figure", "chief"}


# Posts of a body's staff, whose "with" or "at" names the body.
_STAFF_NOUNS = {"officer", "official", "representative", "worker", "adviser", "advisor", "coordinator",
                "director", "researcher", "analyst", "expert", "specialist", "consultant", "staffer"}


def _inside_one_name(head, child) -> bool:
    """A coordination inside one named organisation ("the UN Relief and
    Works Agency"), which is part of the name, not a list."""
    return child.ent_iob_ == "I" and head.ent_type_ == child.ent_type_ == "ORG" \
        and all(t.ent_iob_ == "I" for t in head.doc[min(head.i, child.i) + 1:max(head.i, child.i) + 1])


def phrase_tokens(token) -> list:
    """The token's noun phrase: its descriptive dependents and appositions,
    without relative clauses or prepositional attachments other than 'of'."""
    keep = {token.i}
    stack = [token]
    while stack:
        current = stack.pop()
        for child in current.children:
            if child.dep_ == "appos" and _after_a_colon(current, child):
                continue  # "Iraqi Officials: Car Bomb Kills 20": a headline's source, then its news
            if child.dep_ == "appos" and _across_its_verb(current, child):
                continue  # "Hitler was sentenced to five years, the minimum": a misparse
            if child.dep_ == "appos" and _apart_from_its_head(current, child):
                continue  # "arrested a man Monday on a charge of assault — in this case, a girl"
            if child.dep_ == "appos" and one_name_for_many(current, child):
                continue  # "Speaking to reporters, Reed criticized …": a misparse
            if child.dep_ == "appos" and _only_some_of_them(child):
                continue  # "9,000 people, some of them Ethiopian farmers": what part of them are
            if child.dep_ == "appos" and (child.lower_ in _QUANTIFIERS or child.ent_type_ in ("DATE", "TIME")):
                # "Bolton and Gorka both denounced": "both" is no name, and would span them;
                # "troops on Friday (9 March) shelled the town": a date is no one's apposition
                continue
            if child.dep_ in _PHRASE_DEPS and (child.dep_ not in ("conj", "cc") or _inside_one_name(current, child)):
                keep.add(child.i)
                stack.append(child)
            elif child.dep_ == "prep" and child.lower_ == "of" and current.lemma_.lower() not in _ACT_NOUNS \
                    and current.lower_ not in KIN_NOUNS and any(g.dep_ == "pobj" for g in child.children) \
                    and not _what_they_are_charged_with(current, child):
                # "the government of Sudan" is Sudan's; "criticism of
                # Clinton" is not Clinton's but aimed at her, and "the
                # wife of Senator X" is not X. (Not "of doing": "accused by
                # the Turkish government of leading the coup".)
                keep.add(child.i)
                stack.append(child)
            elif child.dep_ == "prep" and _affiliation(current, child):
                keep.add(child.i)
                stack.append(child)
            elif child.dep_ == "pobj" and current.lower_ in ("of", "from", "for", "with", "at", "in"):
                keep.add(child.i)
                stack.append(child)
            elif child.dep_ == "npadvmod" and current.dep_ == "amod" and current.lower_ == "old":
                # "Twenty-five-year-old Robert Coker", not "old Robert Coker" (only an age:
                # "Florida-based", "Clinton-backing" would lend their sectors)
                keep.add(child.i)
                stack.append(child)
    if token.dep_ == "appos" and not _apart_from_its_head(token.head, token) \
            and not one_name_for_many(token.head, token):
        keep.update(t.i for t in phrase_tokens_no_appos(token.head))
    doc = token.doc
    tokens = [doc[i] for i in sorted(keep)]
    # Punctuation belongs to a phrase only inside it ("U.S.-backed"): a
    # headline's noun heads the sentence, and its full stop would stretch
    # the phrase over every word to the end.
    while len(tokens) > 1 and tokens[-1].dep_ == "punct" and tokens[-1].i != token.i \
            and not _closes_a_bracket(tokens):
        tokens.pop()
    # (Nor does it start with one: "Reps. Chris Collins" parsed with the
    # full stop inside the name's phrase.)
    while len(tokens) > 1 and (tokens[0].dep_ == "punct" or tokens[0].is_punct) and tokens[0].i != token.i:
        tokens.pop(0)
    # (Nor with a relative pronoun parsed into it: "the fringe group, which
    # Senator Ann Hale denounced".)
    while len(tokens) > 1 and tokens[0].tag_ in ("WDT", "WP") and tokens[0].i != token.i:
        tokens.pop(0)
    return tokens


def _apart_from_its_head(head, appos) -> bool:
    """An apposition follows its noun's own words, with only punctuation
    between; words of the verb's between them ("arrested a man Monday on a
    charge of assault — in this case, a girl") mean the parser joined two
    phrases that are not one."""
    if appos.i < head.i:
        return False
    between = head.doc[head.i + 1:appos.left_edge.i]
    return any(not t.is_punct and head not in t.ancestors for t in between)


def one_name_for_many(head, appos) -> bool:
    """One person's name cannot rename a plural noun, nor a place:
    "Speaking to reporters, Reed, who lost …, criticized", "Speaking in
    Dayton, Reed, without naming him, accused Hale": the parser made the
    speaker an apposition of those he spoke to, or of where he spoke
    ("two officers, Hale and Ortiz" names as many as it says)."""
    if head.ent_type_ in ("GPE", "LOC", "FAC") and appos.ent_type_ == "PERSON":
        return True
    return head.tag_ == "NNS" and appos.tag_ == "NNP" and not any(c.dep_ == "conj" for c in appos.children)


def _only_some_of_them(appos) -> bool:
    """The apposition tells of a part of the group ("some of them", "most of whom")."""
    return any(c.lower_ in ("some", "many", "most", "several", "few", "one", "two", "half") and any(
        p.dep_ == "prep" and p.lower_ == "of" for p in c.children) for c in appos.children)


# Words that count the parties a phrase names ("both", "all"), parsed as appositions.
_QUANTIFIERS = {"both", "all", "each"}


def _across_its_verb(head, appos) -> bool:
    """An apposition parsed onto a noun from beyond the verb that governs it
    ("Hitler was sentenced to five years, the minimum for treason"): no
    apposition of the noun stands on the far side of its own verb."""
    ancestors = {t.i for t in head.ancestors}
    low, high = sorted((head.i, appos.left_edge.i if appos.i > head.i else appos.right_edge.i))
    return any(i in ancestors for i in range(low + 1, high))


def _what_they_are_charged_with(head, of) -> bool:
    """"convicted a Spiro man on two counts of murder", "accuses Sudan of air
    strike": what the party is accused of is not part of its name (spaCy
    hangs the "of" on the party); "the government of Sudan" still is."""
    while head.dep_ == "conj":
        head = head.head  # "accusing Ruiz's fans of bullying and her staff of invented smears"
    verb = head.head
    objects = [g for g in of.children if g.dep_ == "pobj"]
    return head.dep_ in ("dobj", "nsubjpass") and verb.lemma_.lower() in _CHARGE_OF_VERBS \
        and all((g.pos_ == "NOUN" or g.tag_ == "VBG") and g.lemma_.lower() not in _TITLE_OBJECTS for g in objects)


def _the_crime_charged(token) -> bool:
    """An abbreviation someone is charged with, accused of or pleads guilty
    to ("charged with DUI", "convicted of DWI", "pleaded guilty to DUI"): a
    crime, not a party (spaCy reads it as an organisation)."""
    preposition = token.head
    if token.dep_ != "pobj" or preposition.lower_ not in ("with", "of", "to") or not token.is_upper:
        return False
    verb = preposition.head
    if preposition.lower_ == "to" and verb.lower_ == "guilty":
        verb = verb.head  # "pleaded guilty to DUI"
    return verb.pos_ == "VERB" and verb.lemma_.lower() in _CHARGE_WITH_VERBS | _CHARGE_OF_VERBS | {"plead"} \
        and token.ent_type_ not in ("PERSON", "NORP", "GPE")


# Verbs whose party is charged "with" a crime.
_CHARGE_WITH_VERBS = {"charge", "indict", "cite"}


# What completes a title: "accused the ex-secretary of state of lying".
_TITLE_OBJECTS = {"state", "staff", "defense", "defence", "justice", "interior", "finance", "health", "education",
                  "police", "commerce", "labor", "labour", "energy", "agriculture", "transportation", "treasury",
                  "homeland", "security", "affairs", "government", "parliament", "congress", "army", "navy"}
# Verbs whose party is accused, found guilty or cleared "of" something.
_CHARGE_OF_VERBS = {"accuse", "convict", "acquit", "suspect", "clear", "absolve", "charge", "find"}


def _after_a_colon(head, child) -> bool:
    return any(t.text == ":" for t in head.doc[min(head.i, child.i) + 1:max(head.i, child.i)])


def _closes_a_bracket(tokens: list) -> bool:
    """The last token closes a bracket the phrase opened ("Harry M. Reid (D-Nev.)")."""
    pairs = {")": "(", "]": "["}
    opening = pairs.get(tokens[-1].text)
    return opening is not None and any(t.text == opening for t in tokens[:-1])


def phrase_tokens_no_appos(token) -> list:
    out = [token]
    for child in token.children:
        if child.dep_ in ("det", "amod", "compound", "poss", "flat"):
            out.extend(child.subtree)
    return out


class _Whereabouts:
    """Where a mention is: its sentence's one country, or the article's setting."""

    def __init__(self, document: Document, knowledge: Knowledge) -> None:
        self.setting = setting_country(document, [(ent.start_char, entry.code) for ent, entry
                                                  in named_parties(document.spacy_doc, knowledge)]
                                       + _home_police(document, knowledge))
        # (Not where someone was born: "a judge whose parents came from Peru" is not Peru's.)
        located = [(p.start, p.country, only_an_origin(document, p)) for p in document.places
                   if p.country and not p.demonym]
        self.places = [(start, country) for start, country, origin in located if not origin]
        # Country names the places stage read as another country than our
        # knowledge lists them as: "Congo" is the Republic in geonames and
        # in countries.tsv, the Democratic Republic where the text places
        # things there (places._the_congo_of_the_text).
        self.renamed_countries = _renamed_countries(document, knowledge)
        # (A "from" phrase still says whose its own phrase is: "a tourist from Canada".)
        self.origins = [(start, country) for start, country, origin in located if origin]
        # (Nor a country something is only near: "rebels in areas near South Sudan" are Sudan's.)
        self.neighbours = {p.start for p in document.places if only_near(document, p)}
        self.dateline, self.dateline_end = dateline_and_end(document) or (None, 0)
        # (from the town before it when the gazetteer does not know it: "KIPOI, Greece —")
        town = unknown_dateline_town(document.text, self.dateline.start) if self.dateline is not None else None
        self.dateline_start = town[0] if town else self.dateline.start if self.dateline is not None else 0
        self.knowledge = knowledge

    def place_country(self, start: int, origins: bool = False) -> Optional[str]:
        """The country of the place the places stage found starting here
        (with `origins`, also of a place someone only comes from)."""
        places = self.places + self.origins if origins else self.places
        return next((country for place_start, country in places if place_start == start), None)

    def place_inside(self, actor: Actor) -> Optional[str]:
        """The country of a place inside the actor's words ("mayor of Lyon")."""
        return next((country for start, country in self.places if actor.start <= start < actor.end
                     and start not in self.neighbours), None)

    def in_dateline(self, token) -> bool:
        """The dateline says where the story was filed; its place never acts
        nor names a phrase the parse attached it to ("TBILISI — Ten men
        were arrested": not Georgia's government)."""
        # (with its agency credit: "New York (AFP) – Vice President Joe Biden …")
        return self.dateline is not None and self.dateline_start <= token.idx < self.dateline_end

    def _names_a_body(self, token, start: int) -> bool:
        """The place starting at this character only says whose another
        party of the sentence is ("the U.S. military", "Iraqi police" as
        "Iraq police"): a role word's modifier, not where anything is."""
        span = token.doc.char_span(start, start + 1, alignment_mode="expand")
        # (also a possessive: "Russia's defence ministry said its forces had struck military targets")
        if span is None or span.root.dep_ not in ("compound", "amod", "nmod", "poss"):
            return False
        head = span.root.head
        # (by its word or its lemma: "forces" is a role, "force" is not)
        return head.i != token.i and head.pos_ == "NOUN" and bool(
            self.knowledge.role(head.lemma_.lower()) or self.knowledge.role(head.lower_))

    def _origins(self, token) -> set[Optional[str]]:
        """The countries of the places in the phrase's own "from" phrase (None for a word no place)."""
        return {self.place_country(p.left_edge.idx, True) or self.place_country(p.idx, True)
                for p in _objects_of(origin_prepositions(token))}

    def _origin(self, token) -> Optional[str]:
        """The country of the place in the phrase's own "from" phrase."""
        # (Several: "officials from Chad, Niger and Mali" are of no one of them.)
        countries = self._origins(token)
        return countries.pop() if len(countries) == 1 and None not in countries else None

    def _own_place(self, token) -> Optional[str]:
        """The one country of the places in the phrase's own "in" phrase
        ("gangs in Port-au-Prince"; not a place only near, nor the dateline's)."""
        prepositions = [c for c in token.children if c.dep_ == "prep" and c.lower_ == "in"]
        if token.dep_ == "dobj" and token.lemma_.lower() in _OFFICIALDOM:
            # "accused authorities in Kabul of …": the parse hung "in Kabul"
            # on the verb, right after the officials it says are Kabul's.
            prepositions += [c for c in token.head.children if c.dep_ == "prep" and c.lower_ == "in"
                             and c.i == token.right_edge.i + 1]
        places = _objects_of(prepositions)
        # (A name the tokenizer cut at its hyphens hangs as several objects: "Port-au-Prince".)
        countries = {self.place_country(p.left_edge.idx) or self.place_country(p.idx) for p in places
                     if p.left_edge.idx not in self.neighbours and p.left_edge.idx >= self.dateline_end} - {None}
        return countries.pop() if len(countries) == 1 else None

    def from_elsewhere(self, token) -> bool:
        """The phrase's own "from" phrase names places of countries other than
        the setting's: "the trade ministers from Chile, Peru and Bolivia"
        are of none of them, and not of the setting either."""
        return bool(self._origins(token) - {None, self.setting})

    def sentence_places(self, token) -> list[tuple[int, str]]:
        """The (start, country) of the places in the token's sentence, the dateline's left out."""
        sent = token.sent
        return [(start, c) for start, c in self.places if sent.start_char <= start < sent.end_char
                and start >= self.dateline_end]

    def fronted_place(self, token) -> Optional[str]:
        """"In Moscow, the Defense Ministry said its forces had taken a
        village in Donetsk": a place fronted with "in" and a comma before the
        subject says where the subject is, whatever else the sentence names
        (the ministry is Russia's, not the setting's)."""
        if token.dep_ not in ("nsubj", "nsubjpass"):
            return None
        doc = token.doc
        for prep in token.head.children:
            if prep.dep_ != "prep" or prep.lower_ != "in" or prep.i >= token.left_edge.i:
                continue
            comma = prep.right_edge.i + 1
            if comma >= len(doc) or doc[comma].text != "," or comma >= token.left_edge.i:
                continue
            for pobj in prep.children:
                if pobj.dep_ == "pobj":
                    country = self.place_country(pobj.left_edge.idx) or self.place_country(pobj.idx)
                    if country is not None and pobj.left_edge.idx not in self.neighbours:
                        return country
        return None

    def sentence_country(self, token, described: bool) -> Optional[str]:
        """Where the phrase or its sentence says a described party is from, else None."""
        if described:
            # Where the phrase says they come from ("military aircraft from
            # Sudan crossed the border with South Sudan"): that place's country.
            origin = self._origin(token)
            if origin is not None:
                return origin
            # Where the phrase itself says they are ("a mission fighting
            # armed gangs in Port-au-Prince", in a Nairobi story of Kenyan
            # police sent to Haiti), whatever other countries the sentence names.
            located = self._own_place(token)
            if located is not None:
                return located
            # The sentence's one country, when a place names it before the
            # mention or inside its phrase ("police in Kenya"); a place only
            # after it is more often what the act is aimed at ("presidential
            # candidates condemned North Korea's claim").
            # (Not a clause inside it: "a federal judge whose parents
            # came from Mexico" is American.)
            phrase_end = max(t.idx + len(t.text) for t in _without_clauses(token))
            # (Not where the victims they are named after died: "parents of two Benghazi victims".)
            # (Nor the dateline's place: it says where the story was filed, as the setting does.)
            # (Nor the country of a body the sentence names: "the French
            # army said six villagers died" in Mali.)
            # (Nor a backer: "an Iran-backed militia in Iraq" is Iraq's.)
            places = [(start, c) for start, c in self.sentence_places(token)
                      if not _names_victims(token.doc, start) and start not in self.neighbours
                      and not self._names_a_body(token, start) and not _names_a_backer(token.doc, start)
                      and not _the_accused(token.doc, start) and not acted_for(token.doc, start)
                      and not _acting_in_another_clause(token, start)]
            countries = {c for _, c in places}
            near = {c for start, c in places if start < phrase_end}
            # With no setting, a place after it codes it only where something
            # happens there ("police arrested ten people in Nairobi"), not
            # as what the act is about (a party denouncing North Korea's
            # missile launch, in an article with no one country).
            # Nor, with one, for people who underwent something there: "six
            # people were killed outside the embassy in Dar es Salaam" are
            # Tanzanians, whatever country the article is filed from.
            # (A place that is itself where, not whose: "killed in a U.S. drone strike".)
            where_it_happens = any(start >= phrase_end and located_at(token.doc, start)
                                   and (self.setting is None or (token.dep_ == "nsubjpass"
                                                                 and not _a_modifier(token.doc, start)))
                                   for start, _ in places)
            if len(countries) == 1 and (near or where_it_happens):
                return next(iter(countries))
        return None


# Participles by which a name says who stands behind a group: "Iran-backed", "US-led".
_BACKING = {"back", "lead", "sponsor", "fund", "support", "arm", "train", "ally", "align", "link", "affiliate"}


# The officials of a state, whom "in" its capital names: "authorities in Kabul".
_OFFICIALDOM = {"authority", "official", "government", "leader", "leadership", "regime", "ruler"}


def names_a_state(party, seats: bool = True) -> bool:
    """The party's words are a state's name, its capital's or (unless
    `seats` is false) its seat's ("Australia", "Canberra", "the Kremlin")."""
    entry = load_knowledge().lookup(party.entity_text) if party.entity_text else None
    return entry is not None and entry.kind in (("country", "capital", "seat") if seats else ("country", "capital"))


def only_a_backer(token) -> bool:
    """A name that only opens "X-backed", "X-aligned" ("Iran-aligned armed
    factions"): who backs the group, not a party of the act (not "-led":
    "the Saudi-led coalition" is Saudi Arabia's, see _the_state_leading_a_coalition)."""
    doc = token.doc
    return token.i + 2 < len(doc) and doc[token.i + 1].text in ("-", "–") and _a_backing_participle(doc[token.i + 2])


def _a_backing_participle(token) -> bool:
    """"backed", "aligned", "sponsored" (not "led")."""
    return token.lemma_.lower() in _BACKING - {"lead"} and token.tag_ in ("VBN", "VBD", "JJ")


def _names_a_backer(doc, start: int) -> bool:
    """The place starting at this character says who backs a group
    ("an Iran-backed militia", "the Saudi-led coalition"), not where the
    group is from."""
    span = doc.char_span(start, start + 1, alignment_mode="expand")
    if span is None or not len(span):
        return False
    root = span.root
    return root.dep_ in ("npadvmod", "compound", "nmod", "amod") and root.head.i != root.i \
        and root.head.lemma_.lower() in _BACKING and root.head.tag_ in ("VBN", "VBD", "JJ")


# Verbs whose object is a party blamed for something.
_BLAMING = {"accuse", "blame", "condemn", "criticize", "criticise", "denounce", "charge"}


def _objects_of(prepositions) -> list:
    """The objects of the prepositions, with the nouns joined to them."""
    return [p for c in prepositions for g in c.children if g.dep_ == "pobj" for p in (g, *g.conjuncts)]


def _name_head_at(doc, start: int):
    """The head word of the name starting at this character ("Sudan" of
    "South Sudan"), else None."""
    span = doc.char_span(start, start + 1, alignment_mode="expand")
    if span is None or not len(span):
        return None
    root = span.root
    while root.dep_ in ("compound", "flat") and root.head.i != root.i:
        root = root.head
    return root


def _the_accused(doc, start: int) -> bool:
    """The place starting at this character is a country blamed ("accused
    Rwanda of arming rebels who attacked a village"): a party, not where
    the people the charge names are from."""
    head = _name_head_at(doc, start)
    return head is not None and head.dep_ == "dobj" and head.head.lemma_.lower() in _BLAMING


def _acting_in_another_clause(token, start: int) -> bool:
    """The place starting at this character is the subject of a clause the
    mention is outside ("would not disarm while Israel continued its
    attacks, and accused the government"): a party acting there, not where
    the mention is from (unlike "Kenya said police arrested 20 people")."""
    head = _name_head_at(token.doc, start)
    if head is None or head.dep_ != "nsubj" or head.head.i == token.i:
        return False
    verb = head.head
    return verb.dep_ in ("advcl", "relcl", "ccomp") and token not in verb.subtree


def acted_for(doc, start: int) -> bool:
    """The place starting at this character is whom someone acts for
    ("arrested two union officials on suspicion of spying for North Korea"):
    not whose they are."""
    head = _name_head_at(doc, start)
    if head is None or head.dep_ != "pobj" or head.head.lower_ != "for":
        return False
    # (the gerund may be tagged a noun: "of spying for North Korea")
    act = head.head.head
    return act.pos_ == "VERB" or (act.dep_ == "pcomp" and act.text.lower().endswith("ing"))


def _a_modifier(doc, start: int) -> bool:
    """The place starting at this character modifies another noun ("a U.S. drone strike")."""
    span = doc.char_span(start, start + 1, alignment_mode="expand")
    return span is not None and len(span) > 0 and span.root.dep_ in ("compound", "amod", "nmod", "poss")


_DAYS = {"day", "eve"}


def names_a_day(token) -> bool:
    """The name is the owner in a day's name: "St Patrick's Day", "Valentine's Day", "Christmas Eve"."""
    if token.lower_ in _DAYS and token.text[:1].isupper() and any(c.dep_ == "poss" for c in token.children):
        return True  # the day itself, parsed as the head
    after = token.doc[token.i + 1:token.i + 3]
    if len(after) and after[0].tag_ == "POS":
        after = after[1:]
    return len(after) > 0 and after[0].lower_ in _DAYS and after[0].text[:1].isupper()


def _alias_of(token, earlier: list[Mention]) -> Optional[Mention]:
    """"The Sudan Armed Forces, or SAF, …": a name after ", or" is another
    name for the coded phrase before it."""
    head = token.head
    if token.dep_ != "conj" or token.pos_ != "PROPN" or head.i >= token.i:
        return None
    between = token.doc[head.i + 1:token.i]
    if [t.lower_ for t in between if not t.is_punct] != ["or"] or not any(t.text == "," for t in between):
        return None
    return next((m for m in reversed(earlier) if m.token_i == head.i and m.actor.code), None)


# Police words a bare relative clause ("people police arrested") has for
# its subject, and the people such a clause describes.
_POLICE_HEADS = {"police", "officer", "deputy", "trooper", "detective", "authority"}
_PEOPLE_NOUNS = {"man", "woman", "people", "person", "teen", "teenager", "boy", "girl", "youth", "suspect", "driver"}


def _held_by_police_the_parse_joined(token):
    """"Reed was among four men police arrested", "a local man police
    called a suspect": the parse made the people a compound of
    "police", the subject of a relative clause with no "that". The people
    (the compound), else None."""
    if token.lemma_.lower() not in _POLICE_HEADS:
        return None
    before = token.doc[token.i - 1] if token.i > 0 else None
    if before is None or before.head.i != token.i or before.dep_ != "compound" \
            or before.lemma_.lower() not in _PEOPLE_NOUNS:
        return None
    return before if any(c.dep_ in ("acl", "relcl") for c in token.children) or token.dep_ == "nsubj" else None


def _alias_named_again(token, earlier: list[Mention]) -> Optional[Mention]:
    """"The Sudan Armed Forces, or SAF, … later the SAF said", "the Kenya
    Defence Forces (KDF) … the KDF": initials an earlier alias gave name the
    same party again, whatever the knowledge base lacks."""
    # (The tagger may take three or more capitals for a common noun: "accused the RSF of ...".)
    if token.pos_ not in ("PROPN", "NOUN") or (token.pos_ == "NOUN" and len(token.text) < 3) \
            or not token.text.isupper() or len(token.text) < 2 \
            or any(c.dep_ in ("compound", "amod") for c in token.children):
        return None
    bracketed = re.compile(r"\(\s*" + re.escape(token.text) + r"\s*\)?$")
    return next((m for m in reversed(earlier) if m.token_i < token.i and m.actor.code and not m.by_setting
                 and ((m.actor.entity_text == token.text and _alias_of(token.doc[m.token_i], earlier) is not None)
                      or bracketed.search(m.actor.entity_text))),
                None) or _spelled_out_before(token.text, earlier, token.i)


# Small words a name's initials skip ("the Rapid Support Forces", "the
# Committee for the Protection of …").
_NOT_INITIALLED = {"of", "the", "and", "for", "in", "on", "to"}


def _initials_spelled_out_before(entry: Optional[Entry], name_tokens: list, earlier: list[Mention],
                                 token) -> Optional[Entry]:
    """A known name that is initials the article spelled out before for
    another party ("the RSF commander" after "the Rapid Support Forces"):
    that party, not the one the knowledge base knows by the letters."""
    if entry is None or len(name_tokens) != 1 or not name_tokens[0].text.isupper():
        return entry
    spelled = _spelled_out_before(name_tokens[0].text, earlier, token.i)
    if spelled is None or spelled.actor.code == entry.code:
        return entry
    return Entry(spelled.actor.code, spelled.actor.name or "", tuple(spelled.actor.sector), "organisation")


def _spelled_out_before(initials: str, earlier: list[Mention], before: int) -> Optional[Mention]:
    """"Paramilitary Rapid Support Forces shelled a camp … the RSF denied
    it": three or more capitals that are the initials of the words ending
    a name the article gave before are that party, whatever else the
    knowledge base knows by the letters (there RSF is a press-freedom
    group). Three letters at least: two ("UN") fit too many names."""
    if len(initials) < 3 or not initials.isalpha():
        return None
    for mention in reversed(earlier):
        if mention.token_i >= before or not mention.actor.code or mention.person:
            continue
        words = [w for w in mention.actor.entity_text.split() if w.lower() not in _NOT_INITIALLED]
        if len(words) >= len(initials) and all(w[:1].isupper() for w in words[-len(initials):]) \
                and "".join(w[0] for w in words[-len(initials):]) == initials:
            return mention
    return None


# "the administration" is the government of the day ("criticized the
# administration over a department's new rule"), not an agency
# whose name ends in the word (the National Oceanic and Atmospheric
# Administration) named before.
_THE_GOVERNMENT_OF_THE_DAY = {"administration"}


def _named_by_its_head(token, earlier: list[Mention], knowledge: Knowledge) -> Optional[Mention]:
    """"The International Monetary Fund … the fund said": a bare "the" + the
    head noun of an organisation named earlier is that organisation (the
    nearest one so named: "the court", "the ministry", "the party"; "the
    bureau" after "the Federal Bureau of Investigation", or after "the FBI",
    whose longer name the knowledge base has). None for anything more ("the
    new fund", "a fund", "the funds")."""
    if token.tag_ != "NN" or token.lower_ in _THE_GOVERNMENT_OF_THE_DAY:
        return None
    # (a possessive's "'s" aside: "Venezuela rejects the court's jurisdiction")
    if [c.lower_ for c in token.children if c.dep_ != "case"] != ["the"] and not _a_described_union(token):
        return None
    word = token.lower_
    for mention in reversed(earlier):
        name = mention.actor.name or ""
        if mention.person or not mention.actor.code or mention.token_i >= token.i:
            continue
        entry = knowledge.lookup(name) if name else None
        if (len(name.split()) > 1 and name_head(name) == word) or (entry is not None and word in entry.heads):
            return mention
    return None


# Heads a union of states goes by, which news describes without making it
# another ("the 27-nation bloc", "the Western military alliance").
_UNION_HEADS = {"bloc", "alliance"}


def _a_described_union(token) -> bool:
    """"The 27-nation bloc", "the regional bloc": "the" and only common
    words of size or kind around a union's head, none a name or a people
    ("the West African bloc" may be another one)."""
    if token.lower_ not in _UNION_HEADS or not _is_definite(token):
        return False
    return all(c.lower_ == "the" or (c.dep_ in ("amod", "compound", "nummod") and c.ent_type_ not in ("NORP", "GPE", "ORG")
                                     and not c.text[:1].isupper())
               # (what it is accused of or blamed over: "accused the bloc of hypocrisy")
               or (c.dep_ == "prep" and all(g.ent_type_ == "" for g in c.subtree))
               for c in token.children)


def _owner_of_a_thing(token, earlier: list[Mention], knowledge: Knowledge) -> Optional[Mention]:
    """"criticized the government's handling of disputes with China": a
    thing no one holds as a post, owned by a body the article names by its
    post (the government, the ministry), is that body's, not of a country
    named in what follows it."""
    if _role_word(token, knowledge) or token.lemma_.lower() in _ALLY_NOUNS \
            or any(c.ent_type_ in ("NORP", "GPE", "ORG") for c in token.children):
        return None  # ("his Qatari counterpart" is of Qatar, not his; "its ally" is another state)
    owner = next((c for c in token.children if c.dep_ == "poss" and c.pos_ != "PRON"), None)
    mention = _mention_of(owner, earlier) if owner is not None else None
    # (Only a body's the words name by its post: "his wife", "Hale's campaign"
    # are read elsewhere, people's things, "their homes", are no party, nor
    # a city's streets, "marched along Havana's seaside boulevard".)
    return mention if mention is not None and mention.actor.code and not mention.person \
        and (mention.roles or _a_known_organisation(mention, knowledge)) \
        and set(mention.actor.sector) - {"CVL"} else None


def _a_known_organisation(mention: Mention, knowledge: Knowledge) -> bool:
    """The mention names an organisation the knowledge lists ("the court's
    jurisdiction", the court the International Court of Justice)."""
    entry = knowledge.lookup(mention.actor.name) if mention.actor.name else None
    return entry is not None and entry.kind == "organisation"


def _of_doing(preposition) -> bool:
    """"of meddling": a preposition whose object is a gerund."""
    return preposition.dep_ == "prep" and any(c.dep_ == "pcomp" and c.tag_ == "VBG" for c in preposition.children)


# Words news uses for a country named before ("criticised the kingdom").
_COUNTRY_WORDS = {"country", "nation", "kingdom", "emirate", "republic"}


def _the_country_named_before(token, earlier: list[Mention], knowledge: Knowledge) -> Optional[Mention]:
    """"South Africa summoned the U.S. ambassador after American officials
    accused the country of …": a bare "the country" is the last country
    named by its name, in its sentence or the one before, other than the
    country of the clause's coded subject (who does not accuse itself;
    without one, the words are no act aimed at a country)."""
    if token.lemma_.lower() not in _COUNTRY_WORDS or [c.lower_ for c in token.children] != ["the"]:
        return None
    # (Only whom an act is aimed at: "riots throughout the country" say where.)
    against = token.dep_ == "pobj" and token.head.lower_ == "against"
    if token.dep_ != "dobj" and not against:
        return None
    verb = token.head.head if against else token.head
    subject = next((_mention_of(c, earlier) for c in verb.children if c.dep_ == "nsubj"), None)
    if subject is None or not subject.actor.code:
        return None  # ("a general strike shut down the country": no one aims at it)
    own = subject.actor.code
    first = token.sent.start
    previous = token.doc[first - 1].sent.start if first > 0 else first
    for mention in reversed(earlier):
        if not previous <= mention.token_i < token.i or not mention.actor.code or mention.actor.code == own:
            continue
        entry = knowledge.lookup(mention.actor.entity_text)
        if entry is not None and entry.kind == "country":
            return mention
    return None


def _same_head_before(token, earlier: list[Mention], knowledge: Knowledge) -> Optional[Mention]:
    """"Algiers expelled twelve French embassy staff … accused the staff of
    meddling": a bare "the" + the head noun of a party described before is
    that party (the nearest one so headed, not a person)."""
    # (Nothing more: "the leader of the opposition" is not the leader named
    # before; but "accused the staff of meddling" says what of them.)
    # A bare plural is them too, told soon after ("… fighting armed gangs in
    # Port-au-Prince. Gangs control most of the capital"): not a generic
    # word far from them.
    # (A relative clause says what they did, not which ones: "boarded by
    # officers who struck the crew", after "Chinese … officers".)
    modifiers = [c.lower_ for c in token.children if not _of_doing(c) and c.dep_ != "relcl"]
    bare_plural = not modifiers and token.tag_ == "NNS"
    if (modifiers != ["the"] and not bare_plural) or knowledge.lookup(token.text) is not None:
        return None  # (what the knowledge base names is its own: "the pope" is the Vatican's)
    doc = token.doc
    if bare_plural:
        since = start_of_sentences_before(token, _BARE_PLURAL_REACH)
        earlier = [m for m in earlier if m.token_i >= since]
    # (People or bodies the words described by a role, with a sector: not
    # "the attack" after "the Israeli attack" nor "the investigation" after
    # "the FBI investigation", acts, whose doers are read elsewhere; and as
    # many: "the teenager" is not the teenagers named before.)
    return next((m for m in reversed(earlier) if m.token_i < token.i and m.actor.code and not m.person
                 and m.actor.sector and m.roles and doc[m.token_i].lemma_.lower() == token.lemma_.lower()
                 and doc[m.token_i].pos_ == "NOUN" and doc[m.token_i].tag_ == token.tag_),
                None)


# How many sentences back a bare plural ("Gangs") names the party before.
_BARE_PLURAL_REACH = 2


def _a_known_body_inside(token, knowledge: Knowledge) -> bool:
    """The tagger's "work of art" holds a body the knowledge base knows
    ("PORT SUDAN — Fighters of the Rapid Support Forces killed …"): no
    title, a phrase of that body's people."""
    ent = next((e for e in token.doc.ents if e.start <= token.i < e.end), None)
    if ent is None:
        return False
    runs, run = [], []
    for t in ent:
        if t.pos_ == "PROPN":
            run.append(t.text)
        elif run:
            runs.append(run)
            run = []
    runs.append(run)
    return any(run and (entry := knowledge.lookup(" ".join(run))) is not None and entry.kind == "organisation"
               for run in runs)


# A body's premises: "the Baku office of a Russian news agency" is the agency's.
_PREMISES = {"office", "offices", "bureau", "headquarters", "branch", "premises"}


def _whose_office(token):
    """"raided the Baku office of a Russian state news agency": the body
    whose office, bureau or headquarters it is, else None."""
    if token.lemma_.lower() not in _PREMISES or token.pos_ != "NOUN":
        return None
    return next((g for c in token.children if c.dep_ == "prep" and c.lower_ == "of"
                 for g in c.children if g.dep_ == "pobj" and g.pos_ in ("NOUN", "PROPN")), None)


def _outlet_by_its_last_word(token, earlier: list[Mention]) -> Optional[Mention]:
    """"The Washington Post has … Back in April, the Post announced": "the"
    + the last word of a newspaper or broadcaster named before is that
    outlet (only outlets: "the House" after "the White House" is another body)."""
    if token.pos_ != "PROPN" or [c.lower_ for c in token.children] != ["the"]:
        return None
    for mention in reversed(earlier):
        name = mention.actor.name or ""
        if mention.token_i < token.i and not mention.person and len(name.split()) > 1 \
                and name.split()[-1] == token.text and news_outlet(name):
            return mention
    return None


def _without_clauses(token) -> list:
    """The token's subtree without the relative and participial clauses in it."""
    out, stack = [], [token]
    while stack:
        current = stack.pop()
        out.append(current)
        stack.extend(c for c in current.children if c.dep_ not in ("relcl", "acl"))
    return out


def _code_mention(token, knowledge: Knowledge, earlier: list[Mention], where: _Whereabouts) -> Optional[Mention]:
    lower = token.lower_
    if token.pos_ == "PRON":
        later = _fronted_possessor_subject(token)
        if later is not None:
            subject = _code_mention(later, knowledge, earlier, where)
            # "his" and "her" are a person; "its" a body, not a person
            if subject is not None and subject.actor.code and (subject.person == (lower != "its")) \
                    and _genders_agree(subject.gender, _PRONOUN_GENDER.get(lower)):
                return _copy_mention(token, subject, token.text)
        return _resolve_pronoun(token, lower, earlier)
    if only_a_backer(token):
        return None  # "Iran-aligned armed factions": Iran backs them, it is no party named here
    if (token.ent_type_ == "WORK_OF_ART" and not _a_known_body_inside(token, knowledge)) \
            or token.lemma_.lower() in WORKS \
            or (token.dep_ == "appos" and token.head.lemma_.lower() in WORKS) \
            or any(c.dep_ == "appos" and c.lemma_.lower() in WORKS for c in token.children):
        return None  # "a screening of her film, “Trainwreck”", "“Kremlin,” a film by …": a title, no one
    if token.lemma_.lower() in EMBLEMS:
        return None  # "waving Cuban flags": a thing carried, no one
    if token.lemma_.lower() in _REMAINS_OF_A_BLAST:
        return None  # "Debris fell on a building", tagged as a name at a sentence's start: a thing, no one
    if _a_celebration(token) or any(c.dep_ == "appos" and c.i <= token.i + 2 and _a_celebration(c)
                                    for c in token.children):
        # ("an office Christmas party broke up", parsed as "office" with "party" beside it)
        return None  # "a birthday party ended in a brawl": a gathering, no political party
    if _a_named_law_or_treaty(token):
        return None  # "criticized the Peruvian Fisheries Agreement": a text, not its parties
    if names_a_day(token):
        return None  # "St Patrick's Day violence charges": a date, no one
    if _the_crime_charged(token):
        return None  # "was charged with DUI": spaCy's ORG, a crime
    if token.text in TIME_ZONES:
        return None  # "at 3 p.m. (1200 GMT)": spaCy's ORG, a clock's zone
    alias = _alias_of(token, earlier)
    if alias is not None:
        return _copy_mention(token, alias, token.text)
    held = _held_by_police_the_parse_joined(token)
    if held is not None:
        # "among four men police arrested": the men, not "men police"
        token = held
    tokens = _without_named_laws(phrase_tokens(token), token)
    alias = _alias_named_again(token, earlier)
    if alias is not None:
        return _copy_mention(token, alias, _span_text(tokens))
    if any(where.in_dateline(t) for t in tokens):
        tokens = [t for t in tokens if not where.in_dateline(t)]
        while len(tokens) > 1 and tokens[0].is_punct:
            tokens = tokens[1:]  # the dateline's dash
    counted = counted_group(token) or _whose_office(token)
    if counted is not None:
        # "Hundreds of supporters of Sanders' bid": the supporters, not Sanders
        group = _code_mention(counted, knowledge, earlier, where)
        if group is None:
            return None
        copy = _copy_mention(token, group, _span_text(tokens))
        copy.actor.end = tokens[-1].idx + len(tokens[-1].text)
        return copy
    if token.pos_ == "NOUN":
        named = _named_by_its_head(token, earlier, knowledge) or _same_head_before(token, earlier, knowledge)
        if named is not None:
            return _copy_mention(token, named, _span_text(tokens))
        owner = _owner_of_a_thing(token, earlier, knowledge)
        if owner is not None:
            return _copy_mention(token, owner, _span_text(tokens))
        named = _the_country_named_before(token, earlier, knowledge)
        if named is not None:
            return _copy_mention(token, named, _span_text(tokens))
    outlet = _outlet_by_its_last_word(token, earlier)
    if outlet is not None:
        return _copy_mention(token, outlet, _span_text(tokens))
    if token.pos_ == "NOUN" and token.is_title and knowledge.lookup(token.text) is None:
        # "Oz’s advice earned him …", the surname tagged a common noun: the
        # person named in full before (a common noun only when no one of
        # the article bears it as a surname).
        named = _named_antecedent(token.text, earlier)
        if named is not None and named.person and len((named.actor.name or "").split()) > 1:
            return _copy_mention(token, named, _span_text(tokens))
    if token.pos_ == "NOUN" and token.lemma_.lower() in _ALLY_NOUNS:
        ally = _the_ally_named(token, earlier)
        if ally is not None:
            return _copy_mention(token, ally, _span_text(tokens))
    if another_state_of_the_owner(token):
        return None  # "Poland's allies voiced support": other states than Poland, unnamed
    if token.pos_ == "NOUN" and not _may_name_an_actor(tokens, knowledge) and _leader(token, knowledge) is None:
        return None  # (but "a coalition led by Saudi Arabia" is Saudi Arabia's, as "the Saudi-led coalition")
    if _a_freedom(token) or _power_over(token) or _social_media(token):
        return None
    entry, name_tokens = _known_name(tokens, knowledge, token)
    if entry is not None and token not in name_tokens and any(c.dep_ == "appos" for c in token.children):
        # "JNIM, the al Qaeda affiliate active across the Sahel": the head's
        # own name, not a longer one inside its apposition
        own, own_tokens = _known_name(phrase_tokens_no_appos(token), knowledge, token)
        if own is not None and token in own_tokens:
            entry, name_tokens = own, own_tokens
    if entry is None:
        entry, name_tokens = _known_name_the_parse_split(token, knowledge)
    if entry is None:
        entry, name_tokens = _known_name_through_a_preposition(token, knowledge)
    entry = _initials_spelled_out_before(entry, name_tokens, earlier, token)
    if entry is not None and name_tokens and name_tokens[0].i != token.i and _against_or_for(name_tokens[0]):
        entry, name_tokens = None, []  # "an anti-Syria journalist", "pro-Russia rebels": not the named side's
    if entry is not None and _another_given_name(entry, name_tokens):
        entry, name_tokens = None, []  # "Ivana Trump" is not Donald Trump
    aged = _an_age_given(tokens)
    if entry is not None and entry.kind == "person" and aged:
        entry, name_tokens = None, []  # "41-year-old Daniel Ortega" in a Tucson jail is not Nicaragua's president
    if entry is not None and _someone_elses_given_name(entry, name_tokens, earlier):
        entry, name_tokens = None, []  # "Cameron", after "Cameron Hale", is not David Cameron
    if entry is not None and _a_platform_written_on(token, entry):
        return None
    if entry is not None and "BUS" in entry.sectors and token.ent_type_ == "PERSON":
        entry, name_tokens = None, []  # "Mr. Tesla", "Ann Nike": a person of the firm's name
    if token.lemma_.lower() in _PLACE_HEADS and token not in name_tokens and not _a_persons_surname(token, knowledge, earlier):
        return None
    if _named_as_a_place(token) or (entry is None and _hometown(token, knowledge)):
        return None
    if entry is None and _a_lowercase_name(token) and not _role_word(token, knowledge):
        return None
    person_name = _person_name(tokens, token)
    role_tokens = [t for t in tokens if t not in name_tokens] if entry is not None else tokens
    if _act_campaign(token):
        role_tokens = [t for t in role_tokens if t.i != token.i]  # "a bombing campaign": no political campaign
    roles, role_sectors, role_is_person = _roles(role_tokens, knowledge, token) if role_tokens else (set(), [], False)
    leader = None if roles else _the_state_leading_a_coalition(token, knowledge)
    if leader is not None:
        roles, role_sectors = {"coalition"}, ["MIL"]  # "the Saudi-led coalition carried out air strikes"
    # "a Boeing spokesman", "a vice president of Exxon Mobil": a post, but no government's
    unlisted_body_post = role_sectors == ["GOV"] and roles <= _GENERIC_TITLES \
        and (_of_an_unlisted_body(role_tokens, knowledge) or _of_a_private_body(role_tokens)
             or (entry is not None and "BUS" in entry.sectors))  # "a Boeing spokesman"
    if unlisted_body_post:
        role_sectors = []
    if role_sectors == ["PTY"] and roles <= _RIVAL_WORDS and _apposed_organisation(token):
        role_sectors = []  # "sued a rival, Calix Semiconductor": a firm's rival, no politician
    if roles == {"deputy"} and role_sectors == ["COP"] and _a_deputy_of_a_parliament(role_tokens, entry, where):
        role_sectors = ["LEG"]  # "LFI deputy Mathilde Garnier", "former federal deputy Ricardo Monteiro"
    private = _sectors_of_a_private_owner(token, roles, earlier)
    if private is not None:
        role_sectors = private  # "the drug dealer … one of his aides": a dealer's men, no officials
    if entry is not None and token not in name_tokens and not roles and entry.kind != "person" \
            and not any(t.dep_ == "poss" for t in name_tokens) and not _names_a_body(token, entry, person_name):
        # "the Minsk Agreements": a name modifying a non-actor noun is no actor.
        entry = None
    if _ambassador_to(entry, role_tokens):
        entry = None
    head_is_role = _role_word(token, knowledge)
    if person_name and (head_is_role or _named_after_a_person(tokens, token, knowledge)) \
            and _only_an_owner(tokens, token):
        person_name = None  # "Hale's supporters": not Hale
    if person_name and (head_is_role or role_is_person) and _a_described_person(tokens, token):
        person_name = None  # "a 57-year-old Wasilla woman": where she is from, not her name
    owner = None
    if entry is not None and entry.kind == "person" and token not in name_tokens and (
            (head_is_role and any(t.dep_ == "poss" for t in name_tokens)) or _a_group_named_after(token, name_tokens)
            or _kin_named_after(tokens, name_tokens)):
        # "Trump's lawyer", "Clinton's campaign": someone of the owner's country, not the owner
        owner, entry = entry, None
    institution = _institution_named_after(entry, name_tokens, token)
    if institution is not None:
        # "Trump University", "the Clinton Foundation": the institution, of
        # the person's country, not the person
        owner, entry, role_sectors = entry, None, [institution]
    entry = _as_the_places_read_it(entry, name_tokens, where)
    entry = _the_congo_of_the_places(entry, name_tokens, where)
    entry = _a_departments_own_country(entry, name_tokens, where)
    entry = _sudans_rsf(entry, name_tokens, where)
    town = _town_namesake(entry, name_tokens, token, where) or _capital_namesake(entry, name_tokens, where)
    if town:
        # "the Lebanon Police Department" in a Missouri story: a town's
        # police, coded by where the story is set (below), not Lebanon's.
        entry = None
    if _home_state_of_a_person(entry, token, name_tokens, role_is_person or "CVL" in role_sectors):
        # "an Ohio man", "a Texas woman", "Moscow residents": where people
        # are from gives the country, not the state's or the city's government.
        country, entry = Entry(entry.code, "", (), "country"), None
    else:
        country = None if town or (entry is not None and entry.code is not None) \
            else _country_from_modifiers(tokens, knowledge, bool(roles))
    if _ambassador_to(country, role_tokens):
        country = None
    if entry is None and country is None and leader is not None:
        country = leader
    if entry is None and country is None and roles:
        country = _country_of_coordinated_roles(token, knowledge)
    if entry is None and country is None:
        country = _based_in(token, where) or _on_a_countrys_side(token, knowledge)
    if entry is None and country is None and not person_name:
        country = _leader(token, knowledge)
    if country is None and owner is not None and owner.code:
        country = owner
    if country is not None and country.kind == "person":
        country = Entry(country.code, "", (), "country")  # a person's country, not the person
    if token.lemma_.lower() in _THING_HEADS and entry is None and country is None:
        return None  # "a press conference", "press charges", "a police report": no one
    if token.lemma_.lower() in WEAPON_HEADS and entry is None and country is None \
            and not _owned_by_a_role(role_tokens, knowledge):
        return None  # "Suspected bombs exploded": no one said whose ("a police bullet" is the police's)

    if entry is None and not person_name and token.pos_ == "PROPN" and token.ent_type_ != "PERSON" \
            and where.place_country(token.idx) is None and token.text[:1].isupper():
        # "Police arrested LaSalle": a surname tagged as a place or nothing,
        # after the article has named the person in full. With the given
        # name before it ("Amelia Crolley", tagged ORG): the one so named.
        given = [c.text for c in token.lefts if c.dep_ == "compound" and c.pos_ == "PROPN"]
        antecedent = _named_antecedent(" ".join([*given, token.text]), earlier)
        if antecedent is not None and len(antecedent.actor.name.split()) > 1:
            return _copy_mention(token, antecedent, token.text)
    gender = _gender(tokens, person_name, roles, knowledge) if person_name or roles else None
    if entry is None and person_name:
        # (A given name the story has given someone comes before a listed
        # surname: "Cameron", after "Cameron Hale", is not David Cameron.)
        antecedent = _named_antecedent(person_name, earlier, gender) \
            or _by_given_name(person_name, earlier, gender, token) \
            or (None if aged else _surname_entry(person_name, knowledge))
    elif person_name and entry is not None and entry.kind == "organisation" and "JRN" in entry.sectors:
        # "Tom Brevik … Mr. Brevik, a CNN analyst since May": the person the
        # article named before, not someone new of the outlet they now serve
        # (a party named beside a person still describes them: "Speaker
        # Ann Hale, the state's top Republican")
        antecedent = _named_antecedent(person_name, earlier, gender)
    else:
        antecedent = None
    if entry is None and person_name and antecedent is None and len(person_name.split()) == 1:
        longer = _named_in_full_before(person_name, earlier)  # ("Alpina", tagged a person)
        if longer is not None:
            return _copy_mention(token, longer, _span_text(tokens))
    if person_name and antecedent is not None:
        if isinstance(antecedent, Mention):
            copy = _copy_mention(token, antecedent, person_name)
            copy.gender = gender or copy.gender
            if len((copy.actor.name or "").split()) == 1 and len(person_name.split()) > 1:
                copy.actor.name = person_name  # "Vincent Jackson" after a headline's "Jackson": the full name
            return copy
        entry = antecedent
    body_name = _organisation_name(token) if entry is None and not person_name else None
    if body_name and country is None:
        longer = _named_in_full_before(body_name, earlier)
        if longer is not None:
            return _copy_mention(token, longer, _span_text(tokens))  # "Norsund" after "rival Norsund Hearing"
    if entry is None and country is None and not person_name:
        # (a lowercase role the tagger took for a name, "The junta", is a noun)
        if roles and (token.pos_ == "NOUN" or token.is_lower) and _is_definite(token) and not _home_government(token):
            antecedent = _role_antecedent(roles, earlier)
            if antecedent is not None:
                return _copy_mention(token, antecedent, _span_text(tokens))
        if not roles and not body_name and _the_group(token):
            antecedent = _nearest(earlier, _a_named_group)
            if antecedent is not None:
                return _copy_mention(token, antecedent, _span_text(tokens))
        if not roles and not body_name:
            return None
    code = entry.code if entry else (country.code if country else None)
    if entry is not None and entry.name in _OFFICES_OF_SEVERAL_STATES:
        # "In Islamabad, Foreign Office spokeswoman Sana Rehman rejected …":
        # Pakistan's ministry is called so too; a fronted place says whose.
        code = where.fronted_place(token) or code
    # "a Kremlin critic", "an outspoken NYPD critic": of the body's country, not of the body.
    opposed = entry is not None and bool(name_tokens) and _whom_they_oppose(name_tokens[-1])
    sectors = _merge_sectors(entry.sectors if entry and not opposed else (), role_sectors)
    if body_name and news_outlet(body_name):
        sectors = _merge_sectors(sectors, ["JRN"])  # "The Washington Post", "Fox News": journalists
    if entry is not None and entry.kind == "capital" and not roles:
        sectors = ["GOV"]
    is_person = bool(person_name) or (entry is not None and entry.kind == "person") or (role_is_person and not _is_plural(token))
    if token.lemma_.lower() in _BODIES_OF_A_ROLE and not person_name:
        is_person = False  # "Rep. Ann Hale's Senate campaign": a body, whom "he" or "she" is not
    # (An organisation's own name before the country its words give it, and
    # before the government of a place its words name, also one the tagger
    # read as a facility: "the California Highway Patrol", not "United States".)
    named_body = _entity_it_heads(token, ("ORG", "FAC")) if roles and not person_name else None
    place_entry = entry is not None and entry.kind in ("capital", "country")
    name = person_name or (entry.name if entry and not opposed and not (named_body and place_entry) else None) \
        or body_name or named_body or (country.name if country else None) or None
    if is_person and not person_name and entry is not None and entry.kind == "organisation":
        name = None  # "the GOP nominee", "the Democratic senator": a member, coded by the party, not the party
    if person_name and _listed_short_name(person_name, entry, knowledge) \
            and not _another_of_the_name(person_name, entry, earlier) \
            and _genders_agree(gender, _gender_of_name(entry.name, knowledge)):  # ("Mr. Clinton" is not Hillary)
        name = entry.name  # "Sanders", listed as Bernie Sanders's short name, is Bernie Sanders
    if code is None and not sectors and not person_name and not body_name and not unlisted_body_post \
            and not _sides_of_a_fight(token):
        return None
    text = _span_text(tokens)
    by_setting = False
    if code is None and person_name and PARTY_HOME_RE.search(text):
        code = "USA"  # "Sen. Ron Johnson, R-Wis.": a US party and home state, wherever the story is set
    if code is None and not person_name and not body_name:
        code = _owners_country(token, earlier)  # "Israel said gunmen fired on its troops": ISR
    if code is None and not person_name and not body_name and _the_military(token):
        code = _the_forces_named_before(earlier)  # "Israeli soldiers … later the military said": ISR
    if code is None and person_name:
        # "Le Pen's niece Marion … and father Jean-Marie": kin of the same person
        code = _country_of_a_joined_kins_owner(token, tokens, earlier)
    if code is None and person_name:
        code = _demonym_cut_off(tokens, knowledge)  # "talks between Thai acting Prime Minister X and …"
    described_before = _described_before(token, earlier, knowledge) if code is None and person_name else None
    if described_before is None and code is None and person_name and not _has_own_country(tokens):
        described_before = _the_one_described_just_before(token, earlier, knowledge)
    if described_before is not None:
        # "The Romanian hacker … pleaded guilty. … Marcel Lazar said": the
        # person the lead described by nationality, named now
        code = described_before.actor.code
        sectors = sectors or list(described_before.actor.sector)
        described_before.actor.name = person_name
    if code is None and not _abroad(token, tokens):
        # (A place fronted before the subject says where it is, as its name
        # would, not only where the story is: a later "its forces" are its.)
        code = where.fronted_place(token) or _forces_of_the_speaker(token, earlier)
        if code is None:
            described = not (person_name or body_name)
            code = where.sentence_country(token, described)
            if code is None and described and "MIL" in sectors and not where.sentence_places(token) \
                    and not any(t.lower_ in _OWN_STATE_WORDS for t in tokens):
                # (A militia's fighters are no peacekeeping mission's.)
                # (nor are militiamen, "militiamen attacked the camp" after the UN mission)
                code = _the_forces_named_before(earlier, states_only="REB" in sectors
                                                or token.lemma_.lower() in _MILITIA_WORDS)
            if code is None:
                code = _the_ministry_named_before(tokens, earlier)
            if code is None and "GOV" in sectors:
                code = _the_government_just_named(token, earlier, where.setting)
            if code is None and not (described and where.from_elsewhere(token)) and not _a_ships_crew(token, tokens) \
                    and not _several_governments(token):
                code = where.setting
            by_setting = True
        if not person_name and a_president_it_has_none_of(_span_text(tokens), code):
            code = None
    if code == "PSE" and token.lemma_.lower() == "settler" \
            and not any(t.ent_type_ == "NORP" and t.lower_ not in ("jewish", "israeli") for t in tokens):
        code = "ISR"  # settlers in the West Bank ("Jewish settlers") are Israelis, whatever place codes them
    if code is None and not sectors and not person_name:
        # (A named person of no known country stays, uncoded: a later "he"
        # is theirs, not someone's named before them.)
        return None
    actor = Actor(entity_text=text, name=name, code=code, sector=sectors,
                  start=tokens[0].idx, end=tokens[-1].idx + len(tokens[-1].text))
    if is_person and gender is None and entry is not None and entry.kind == "person":
        gender = _gender_of_name(entry.name, knowledge)
    return Mention(token.i, actor, is_person, roles, named=bool(person_name or entry or body_name),
                   by_setting=by_setting, gender=gender if is_person else None)


# States whose head is a monarch and whose government a prime minister
# leads: no "president" of theirs heads them.
_STATES_WITHOUT_A_PRESIDENT = {"JPN", "GBR", "CAN", "AUS", "NZL", "ESP", "NLD", "BEL", "LUX", "SWE", "NOR", "DNK",
                               "THA", "MYS", "KHM", "JOR", "MAR", "SAU", "ARE", "QAT", "KWT", "BHR", "OMN", "BTN",
                               "BRN", "LSO", "SWZ", "TON"}


def a_president_it_has_none_of(words: str, code: Optional[str]) -> bool:
    """"The president had criticized Japan during the campaign", in a story
    set in Tokyo: Japan has no president, so an unnamed one (the words end
    in "president") is another state's, which the story does not say."""
    return code in _STATES_WITHOUT_A_PRESIDENT and words.lower().split()[-1:] == ["president"]


def _an_age_given(tokens: list) -> bool:
    """The words give the person's age ("41-year-old Daniel Ortega", "Daniel
    Ortega, 41"): news introduces a private person so, never a head of state."""
    text = " ".join(t.text for t in tokens)
    return bool(re.search(r"\b\d{1,3}\s*-\s*year\s*-\s*old\b", text))


# Words before "deputy" that make one a member of a parliament.
_CHAMBER_WORDS = {"federal", "state", "parliamentary", "opposition", "national", "congressional", "provincial",
                  "regional", "european", "elected", "assembly", "chamber", "parliament", "congress", "duma"}


def _a_deputy_of_a_parliament(role_tokens: list, entry: Optional[Entry], where: "_Whereabouts") -> bool:
    """"LFI deputy Mathilde Garnier", "former federal deputy Ricardo
    Monteiro", a deputy in a Paris or Brasília story: a member of a
    parliament (LEG), as most of the world calls them; in the US and Canada
    a deputy is a sheriff's officer ("a sheriff's deputy")."""
    words = {t.lower_ for t in role_tokens}
    if "sheriff" in words or "sheriff's" in words:
        return False
    deputy = next((t for t in role_tokens if t.lower_ in ("deputy", "deputies")), None)
    if deputy is None or (deputy.head.i != deputy.i and deputy.head.pos_ == "NOUN" and deputy.dep_ != "appos"):
        return False  # ("the deputy prosecutor general", "a deputy editor": the second of an office)
    if words & _CHAMBER_WORDS or (entry is not None and "PTY" in entry.sectors):
        return True
    return where.setting not in (None, "USA", "CAN")


def _the_ministry_named_before(tokens: list, earlier: list[Mention]) -> Optional[str]:
    """"Iran's foreign ministry condemned the sanctions. … A ministry
    spokesman said …", filed from Brussels: the spokesman of a ministry the
    text names no country for speaks for the ministry named before (the
    nearest one of the same kind, "foreign", "defence"), not for the
    dateline's state."""
    ministry = next((t for t in tokens if t.lower_ == "ministry" and t.dep_ == "compound"), None)
    if ministry is None or any(c.dep_ in ("poss", "amod") and c.ent_type_ for c in ministry.children):
        return None
    kind = {c.lower_ for c in ministry.children if c.dep_ == "compound"}
    for mention in reversed(earlier):
        words = mention.actor.entity_text.lower().split()
        if mention.actor.code and not mention.by_setting and not mention.person and "ministry" in words \
                and kind <= set(words):
            return mention.actor.code
    return None


def _several_governments(token) -> bool:
    """"He accused the seven governments of interfering": a state has one
    government, so several are not all the home state's."""
    return token.lemma_.lower() == "government" and token.tag_ == "NNS" \
        and not any(c.lower_ in ("both", "two") for c in token.children)


_BARE_FORCES = {"troop", "troops", "force", "forces", "soldier", "soldiers", "unit", "units"}
_HOW_MANY = {"several", "many", "some", "numerous", "few"}


def _forces_of_the_speaker(token, earlier: list[Mention]) -> Optional[str]:
    """"The Israeli military said troops had come under fire near Khan
    Younis and had responded by striking armed suspects", "Togo's
    government confirmed that several soldiers were killed": bare forces
    that a military's or a government's statement tells of are its own,
    not those of where they fought or where the story was filed."""
    if token.lower_ not in _BARE_FORCES or token.dep_ not in ("nsubj", "nsubjpass") or token.head.dep_ != "ccomp" \
            or any(c.dep_ in ("poss", "compound") or (c.dep_ == "amod" and c.lower_ not in _HOW_MANY)
                   for c in token.children):
        return None
    verb = token.head.head
    if verb.lemma_.lower() not in _STATEMENT_VERBS:
        return None
    speaker = next((_mention_of(c, earlier) for c in verb.children if c.dep_ == "nsubj"), None)
    if speaker is None or not speaker.actor.code or speaker.by_setting or speaker.person \
            or not {"MIL", "GOV"} & set(speaker.actor.sector):
        return None
    return speaker.actor.code


# A state's government as a whole (not "officials", who may be of a bloc).
_GOVERNMENTS = {"government", "administration", "cabinet", "ministry", "presidency"}


def _the_government_just_named(token, earlier: list[Mention], setting: Optional[str]) -> Optional[str]:
    """"BELGRADE — … Kosovo's government said it was prepared to discuss
    the draft. Foreign Minister Arta Berisha accused Belgrade …": an
    official whose country the text does not name, right after a sentence
    of the same paragraph whose subject is another state's government,
    speaks for that government, not for the dateline's state."""
    sentence = token.sent
    if sentence.start == 0 or token.dep_ != "nsubj":
        return None
    before = token.doc[sentence.start - 1].sent
    if "\n\n" in token.doc[before.start:sentence.start + 1].text:
        return None  # (another paragraph)
    for mention in earlier:
        head = token.doc[mention.token_i]
        if before.start <= mention.token_i < before.end and head.dep_ == "nsubj" and head.head == before.root \
                and head.lemma_.lower() in _GOVERNMENTS \
                and mention.actor.code and mention.actor.code != setting and not mention.by_setting \
                and not mention.person and "GOV" in mention.actor.sector:
            return mention.actor.code
    return None


def _demonym_cut_off(tokens: list, knowledge: Knowledge) -> Optional[str]:
    """The country of a demonym right before a person's phrase that the parse
    left outside it ("talks between Thai acting Prime Minister Phumtham
    Wechayachai and …", with "Thai" read as what the talks are between)."""
    first = tokens[0]
    if first.i == 0:
        return None
    before = first.doc[first.i - 1]
    entry = knowledge.demonym(before.text) if before.ent_type_ == "NORP" else None
    return entry.code if entry is not None and entry.kind == "country" else None


_POSSESSIVE_PRONOUNS = {"its", "their", "his", "her", "our"}


def _owners_country(head, earlier: list[Mention]) -> Optional[str]:
    """The country of the party a possessive pronoun on the head stands for,
    as coded just before ("Israel … its troops": ISR), else None."""
    owner = next((c for c in head.children if c.dep_ == "poss" and c.lower_ in _POSSESSIVE_PRONOUNS), None)
    if owner is None:
        return None
    mention = _mention_of(owner, earlier)
    return mention.actor.code if mention is not None and not mention.by_setting else None


# Staff titles, whose sector is their employer's.
_STAFF_TITLES = {"aide", "aides", "adviser", "advisers", "advisor", "advisors", "top aide", "senior aide",
                 "senior adviser", "senior advisor"}
# Sectors of the state and of politics, whose staff are officials.
_PUBLIC_SECTORS = {"GOV", "LEG", "MIL", "JUD", "COP", "PTY", "SPY"}


def _sectors_of_a_private_owner(head, roles: set[str], earlier: list[Mention]) -> Optional[list[str]]:
    """The sectors of the party whose aides or advisers the phrase names,
    when the text gives that party a sector and it is no public office
    ("his aides" after a drug dealer: CRM). None otherwise, and the staff
    title's own sector (GOV) stands (also for a person given no sector: an
    empty one would leave the aides no mention at all)."""
    if not roles or not roles <= _STAFF_TITLES:
        return None
    owner = next((c for c in head.children if c.dep_ == "poss"), None)
    mention = _mention_of(owner, earlier) if owner is not None else None
    if mention is None or not mention.actor.sector or set(mention.actor.sector) & _PUBLIC_SECTORS:
        return None
    return list(mention.actor.sector)


def _the_military(token) -> bool:
    """A bare "the military" or "the army": the forces the story has named,
    wherever the sentence is."""
    return token.lower_ in ("military", "army") and token.tag_ == "NN" \
        and [c.lower_ for c in token.children] == ["the"]


# Words that make forces the state's own ("state security forces").
_OWN_STATE_WORDS = {"state", "government", "national", "federal", "local", "regime"}


_MILITIA_WORDS = {"militiaman", "militiamen", "militia", "militias", "militant", "gunman", "fighter", "rebel"}


def _the_forces_named_before(earlier: list[Mention], states_only: bool = False) -> Optional[str]:
    """"Israeli troops seized three blocks … soldiers confiscated phones":
    unnamed forces in a sentence that names no place are those of the
    country whose forces the story named last (not of where it is set: a
    Gaza story's soldiers are mostly Israel's); None if it named none.
    `states_only`: not the forces of an international body (a UN mission)."""
    forces = _nearest(earlier, lambda m: "MIL" in m.actor.sector and m.actor.code is not None and not m.by_setting
                      and (not states_only or is_state_code(m.actor.code)))
    return forces.actor.code if forces is not None else None


def _home_state_of_a_person(entry: Optional[Entry], head, name_tokens: list, people: bool) -> bool:
    """A state's or a city's name (a seat of government) modifying a noun for a person or for people."""
    return entry is not None and entry.kind == "capital" and people and head not in name_tokens \
        and not any(t.dep_ == "poss" for t in name_tokens)


def _gender(tokens: list, person_name: Optional[str], roles: set[str], knowledge: Knowledge) -> Optional[str]:
    """"m" or "f" where the phrase says it: an honorific before the name
    ("Mrs. Clinton"), a gendered role ("the congresswoman"), else a given
    name news uses for one gender only ("Bernie Sanders")."""
    first = tokens[0]
    before = [first.doc[first.i - 1]] if first.i > 0 else []
    for token in before + tokens:
        if token.lower_ in _HONORIFICS:
            return _HONORIFICS[token.lower_]
    for role in roles:
        if role.removeprefix("the ") in _GENDERED_ROLES:
            return _GENDERED_ROLES[role.removeprefix("the ")]
    return _gender_of_name(person_name, knowledge) if person_name else None


def _gender_of_name(name: str, knowledge: Knowledge) -> Optional[str]:
    """The gender of the first given name in a person's name ("Sen. Elizabeth Warren": Elizabeth)."""
    for word in name.split():
        if word.endswith("."):
            continue  # a title or an initial
        return knowledge.first_names.get(word.lower())
    return None


# The last word of a newspaper's or a broadcaster's name, and outlets known by initials.
_NEWS_NAME_ENDINGS = {"Post", "Times", "Journal", "Herald", "Tribune", "Gazette", "News", "Telegraph", "Chronicle",
                      "Inquirer", "Observer", "Guardian", "Examiner", "Courier", "Sentinel", "Dispatch", "Mirror",
                      "Newsweek", "Magazine"}
_NEWS_OUTLETS = {"CNN", "MSNBC", "NBC", "CBS", "ABC", "BBC", "NPR", "PBS", "Al Jazeera", "Associated Press", "AP",
                 "AFP", "Reuters", "Politico", "Breitbart", "Axios", "Xinhua", "TASS", "RT", "New Yorker",
                 "Atlantic", "Economist"}


def news_outlet(name: str) -> bool:
    """A newspaper, broadcaster or agency by its name ("The New Yorker", "CNN", "the Daily Ledger")."""
    words = name.split()
    if words and words[0].lower() == "the":
        words = words[1:]
    return bool(words) and (" ".join(words) in _NEWS_OUTLETS or (len(words) > 1 and words[-1] in _NEWS_NAME_ENDINGS))


def _based_in(head, where: _Whereabouts) -> Optional[Entry]:
    """"An Istanbul-based college professor": the country of the place
    someone is based in (a country, not its government; the place is not
    among the phrase's tokens, which leave places out)."""
    for based in head.children:
        if based.dep_ == "amod" and based.lower_ == "based":
            for place in based.children:
                # (a base is kept with the origins: where the story is set it is not)
                code = where.place_country(place.idx, True) if place.dep_ in ("npadvmod", "compound") else None
                if code:
                    return Entry(code, "", (), "country")
    return None


# Firms whose service people write or speak on: "blamed officials on
# Twitter" names no party.
_PLATFORMS = {"Twitter", "Meta", "YouTube", "ByteDance"}


def _a_platform_written_on(token, entry: Entry) -> bool:
    """"wrote on Twitter", "in a video posted on YouTube", "via Facebook":
    the platform is a medium, not a party."""
    return entry.name in _PLATFORMS and token.dep_ == "pobj" and token.head.lower_ in ("on", "via", "through")


def _on_a_countrys_side(head, knowledge: Knowledge) -> Optional[Entry]:
    """"a civilian on the Pakistani side" (of a contested line): the
    country of the side someone is on, not of the region the line runs
    through (also "killing a farmer on the Indian side", the phrase hung
    on the verb)."""
    holders = [head, head.head] if head.dep_ == "dobj" else [head]
    for on in (c for holder in holders for c in holder.children):
        if on.dep_ != "prep" or on.lower_ != "on":
            continue
        for side in on.children:
            if side.dep_ == "pobj" and side.lemma_.lower() == "side":
                country = _country_from_modifiers([*side.lefts, side], knowledge, True)
                if country is not None:
                    return country
    return None


def _country_of_coordinated_roles(head, knowledge: Knowledge) -> Optional[Entry]:
    """"the president, premier and finance minister of Portugal": roles
    listed together share the country the last of them is
    "of" (the parse hangs it on the last one only), and the country of the
    first, when a later one has no modifier of its own."""
    if head.dep_ == "conj" and head.head.pos_ == "NOUN" and head.head.i < head.i \
            and not any(c.dep_ in ("amod", "compound", "poss", "nmod", "nummod") for c in head.children):
        # "Israeli helicopters and tanks": a bare role joined to one with a
        # country shares it (not "Israeli troops and Palestinian police").
        first = head.head
        shared = _country_from_modifiers([t for c in first.children if c.dep_ in ("amod", "compound", "poss")
                                          and c.i < first.i for t in c.subtree] + [first], knowledge, True)
        if shared is not None:
            return shared
    last = head
    while True:
        following = [c for c in last.children if c.dep_ in ("conj", "appos") and c.i > last.i and c.pos_ == "NOUN"]
        if not following:
            break
        last = following[-1]
    if last is head:
        return None
    for obj in (g for c in last.children if c.dep_ == "prep" and c.lower_ == "of" for g in c.children
                if g.dep_ == "pobj"):
        entry = knowledge.lookup(_join(phrase_tokens(obj)))
        if entry is not None and entry.kind in _PLACE_KINDS and entry.code:
            return entry
    return None


def _a_freedom(token) -> bool:
    """"freedom of assembly", "the right of the press": a liberty, no body."""
    return token.dep_ == "pobj" and token.head.lower_ == "of" \
        and token.head.head.lemma_.lower() in ("freedom", "right", "liberty")


def _social_media(token) -> bool:
    """"organised on social media": platforms where anyone posts, no press."""
    return token.lower_ in ("media", "network", "networks", "platform", "platforms") \
        and any(c.dep_ in ("amod", "compound") and c.lower_ == "social" for c in token.children)


# What one holds over something: "fighting for control of the cartel".
_POWER_NOUNS = {"control", "grip", "dominance", "ownership", "possession", "mastery"}


def _power_over(token) -> bool:
    """"fighting a rival for control of the cartel": the power fought for,
    not the cartel (nor anyone)."""
    return token.pos_ == "NOUN" and token.lemma_.lower() in _POWER_NOUNS \
        and any(c.dep_ == "prep" and c.lower_ == "of" for c in token.children)


def _leader(token, knowledge: Knowledge) -> Optional[Entry]:
    """"a coalition led by Saudi Arabia": the leader's country, as
    for "the Saudi-led coalition" (_country_from_modifiers)."""
    for clause in token.children:
        if clause.dep_ == "acl" and clause.lower_ == "led":
            for agent in clause.children:
                if agent.dep_ == "agent":
                    for leader in agent.children:
                        if leader.dep_ == "pobj":
                            entry = knowledge.lookup(_join(phrase_tokens(leader)))
                            entry = entry or knowledge.lookup(leader.text) or knowledge.demonym(leader.text)
                            if entry is not None and entry.code and entry.kind != "person":
                                return entry
    return None


# What a campaign that is no political campaign wages: "a bombing campaign",
# "an air campaign", "a smear campaign".
_CAMPAIGN_ACTS = {"bombing", "air", "military", "shelling", "bombardment", "terror", "terrorist", "insurgent",
                  "guerrilla", "vaccination", "advertising", "smear", "pressure", "disinformation", "propaganda",
                  "harassment", "intimidation", "assassination", "counterinsurgency", "drone", "missile", "strike"}


def _act_campaign(token) -> bool:
    return token.lemma_.lower() == "campaign" and any(
        c.dep_ in ("compound", "amod") and c.lower_ in _CAMPAIGN_ACTS for c in token.children)


def _ambassador_to(entry: Optional[Entry], role_tokens: list) -> bool:
    """"Former U.N. Ambassador John Bolton": a country's ambassador to an
    international body, not the body's own (unlike "UN envoy X")."""
    return entry is not None and entry.code in NON_STATE_CODES and any(t.lower_ == "ambassador" for t in role_tokens)


# Titles held in governments and in firms alike: their sector is GOV only
# when no other body is named with them.
_GENERIC_TITLES = {"president", "vice president", "vice-president", "spokesman", "spokeswoman", "spokesperson",
                   "official", "officials", "aide", "adviser", "advisor", "senior adviser",
                   "senior advisor", "top aide", "senior aide", "aides", "advisers", "advisors", "leader"}
# Words in an organisation's name that make it a public body.
_PUBLIC_BODY_WORDS = {"department", "ministry", "office", "agency", "council", "commission", "police", "sheriff",
                      "county", "city", "state", "federal", "bureau", "administration", "service", "court", "senate",
                      "house", "congress", "army", "force", "guard", "committee", "authority", "government",
                      "parliament", "assembly", "cabinet", "embassy", "consulate", "navy", "military", "white",
                      # a department named by its field ("a Labor official", "a Treasury spokesman")
                      "labor", "labour", "treasury", "defense", "defence", "commerce", "energy", "interior",
                      "justice", "education", "health", "transportation", "agriculture", "veterans", "homeland",
                      "security", "foreign", "finance", "pentagon", "kremlin"}


def _of_an_unlisted_body(tokens: list, knowledge: Knowledge) -> bool:
    """The title is named with an organisation the knowledge does not list
    and whose name is not a public body's ("a Boeing spokesman", "a vice
    president of Exxon Mobil"): a firm's, a school's or a group's post."""
    indices = {t.i for t in tokens}
    # (In the text's order, each organisation once.)
    for ent in (e for e in tokens[0].doc.ents if e.label_ == "ORG" and indices & set(range(e.start, e.end))):
        if knowledge.lookup(ent.text) is not None:
            return False
        if not {w.lower_ for w in ent} & _PUBLIC_BODY_WORDS:
            return True
    return False


# Kinds of body whose president or spokesman holds no public office.
_PRIVATE_BODIES = {"club", "team", "company", "firm", "federation", "association", "university", "college",
                   "bank", "league", "church", "foundation", "charity", "corporation", "group"}


def _of_a_private_body(tokens: list) -> bool:
    """"the club president", "the president of a football club": a post of
    a body named by its kind, not a government's."""
    return any(t.lemma_.lower() in _PRIVATE_BODIES
               and (t.dep_ == "compound" or (t.dep_ == "pobj" and t.head.lower_ == "of")) for t in tokens)


def _organisation_name(token) -> Optional[str]:
    """The name of an organisation the knowledge does not list ("Disney",
    "Judicial Watch"), when the token heads it: a party of the country where
    it is, as named people are; its sector is not known."""
    if token.pos_ == "NOUN" and token.lemma_.lower() in _ISSUED_NOUNS:
        return _issuer_name(token)
    return _entity_it_heads(token, ("ORG",))


def _entity_it_heads(token, labels: tuple[str, ...]) -> Optional[str]:
    """The text of the proper-noun token's entity of one of these labels,
    when the token is that entity's root; else None. Reads token-level IOB
    tags (`Doc.ents` rebuilds every span on each access)."""
    if token.pos_ != "PROPN" or token.ent_type_ not in labels:
        return None
    doc = token.doc
    start = token.i
    while doc[start].ent_iob_ == "I" and start > 0:
        start -= 1
    end = token.i + 1
    while end < len(doc) and doc[end].ent_iob_ == "I":
        end += 1
    entity = doc[start:end]
    return entity.text if entity.root.i == token.i else None


def _issuer_name(token) -> Optional[str]:
    """The unlisted organisation named right before what it issues ("a
    Washington Post editorial"), else None."""
    ent = next((e for e in token.doc.ents if e.end == token.i and e.label_ == "ORG"), None)
    if ent is None or ent.root.dep_ != "compound" or ent.root.head.i != token.i:
        return None
    return ent.text


# Words that say a party is not of where the story is: "European
# companies", "foreign journalists", "14 foreigners" take no country from
# the setting.
ABROAD_WORDS = {"foreign", "international", "overseas", "european", "african", "asian", "western", "arab",
                 "latin", "gulf", "nordic", "balkan", "multinational", "global", "foreigner", "foreigners"}


# What a state's own "foreign" posts are called.
_A_STATES_OWN_FOREIGN_POSTS = {"ministry", "minister", "office", "affairs", "secretary", "service"}


def _a_states_own_foreign_post(token) -> bool:
    """"Foreign ministry spokesman Lin Jiahao": a state's own ministry (the
    setting's, unless the text says whose), not someone from abroad."""
    return token.lower_ == "foreign" and token.i + 1 < len(token.doc) \
        and token.doc[token.i + 1].lower_ in _A_STATES_OWN_FOREIGN_POSTS


def says_abroad(token) -> bool:
    """One of the ABROAD_WORDS, not the first half of a name for Americans
    ("African-American voters", "Asian-Americans": of the United States)."""
    if _of_the_americas(token):
        return True  # "the Inter American Press Association": of no one country
    if token.lower_ not in ABROAD_WORDS:
        return False
    doc = token.doc
    return not (token.i + 2 < len(doc) and doc[token.i + 1].text == "-"
                and doc[token.i + 2].lower_ in ("american", "americans"))


# Names of more than one country's ground: "world leaders", "Europe's
# leaders", "leaders across Europe and Asia" are of no one country, least of
# all the one the story is set in. (Not in a name: "World Bank officials".)
_MANY_COUNTRIES = {"world", "europe", "asia", "africa", "globe"}
_ACROSS = {"across", "around", "from", "throughout"}


# Heads for states and their leaders: "other leaders", "other nations"
# are of countries besides one already named, no one country.
_STATE_HEADS = {"leader", "government", "country", "nation", "ally", "state"}


def _abroad(head, tokens: list) -> bool:
    if any((says_abroad(t) and not _a_states_own_foreign_post(t)) or _many_countries(t) for t in tokens):
        return True
    # ("other countries", "neighbouring governments": not the setting's)
    if head.lemma_.lower() in _STATE_HEADS and head.tag_ == "NNS" \
            and any(t.lower_ in ("other", "neighbouring", "neighboring") for t in tokens):
        return True
    return any(c.dep_ == "prep" and c.lower_ in _ACROSS and any(_many_countries(g) for g in c.children if g.dep_ == "pobj")
               for c in head.children)


# Ships, whose flag, owners and crew may be of any country ("the tanker's
# crew members"), whatever the dateline or the sea they are seized in.
VESSELS = {"ship", "tanker", "vessel", "boat", "freighter", "trawler", "yacht", "ferry", "cargo", "carrier"}
_CREW_HEADS = {"crew", "crewman", "crewmen", "crewmember", "seafarer", "sailor", "member"}


def _a_ships_crew(head, tokens: list) -> bool:
    """"The tanker's 12 crew members", "the crew of the ship": people of a
    vessel, whose country only their own words (a demonym) give."""
    if head.lemma_.lower() not in _CREW_HEADS:
        return False
    if head.lemma_.lower() == "member" and not any(t.lower_ in ("crew", "crews") for t in tokens):
        return False
    owners = [c for c in head.children if c.dep_ == "poss"]
    owners += [g for c in head.children if c.dep_ == "prep" and c.lower_ == "of" for g in c.children
               if g.dep_ == "pobj"]
    # ("The tanker was taken to port and its 14 crew members detained": a crew's "its" is a vessel's.)
    return any(o.lemma_.lower() in VESSELS or o.lower_ == "its" for o in owners)


def a_ships_crew(head) -> bool:
    """Whether the phrase headed here names a vessel's crew (see _a_ships_crew)."""
    return _a_ships_crew(head, phrase_tokens(head))


def of_no_one_country(document: Document, party: Actor) -> bool:
    """Whether a party's words place it abroad or over many countries
    ("world leaders", "foreign journalists"), or on a ship ("the tanker's
    crew"): the resolver gave it no country, and neither the sentence nor
    the setting should."""
    head = head_token(document.spacy_doc, party) if document.spacy_doc is not None else None
    return head is not None and (_abroad(head, phrase_tokens(head)) or _a_ships_crew(head, phrase_tokens(head)))


def _many_countries(token) -> bool:
    return token.lower_ in _MANY_COUNTRIES and token.ent_type_ in ("", "LOC", "GPE", "NORP")


# A town's own bodies: a country's name on one of these words names a town
# ("Lebanon Police", "Jordan City Council", "Peru School District") when the
# story is set in another country; a country's own police or council takes
# its demonym ("Lebanese police") or is in a story set there.
_TOWN_BODIES = {"police", "sheriff", "fire", "county", "city", "township", "borough", "village", "school",
                "district", "council", "mayor", "parish", "high", "library"}


def _town_namesake(entry: Optional[Entry], name_tokens: list, head, where: _Whereabouts) -> bool:
    if entry is None or entry.kind != "country" or not name_tokens or head in name_tokens:
        return False
    if where.setting is None or where.setting == entry.code:
        return False
    last = name_tokens[-1]
    after = last.doc[last.i + 1] if last.i + 1 < len(last.doc) else None
    return last.dep_ == "compound" and after is not None and after.lower_ in _TOWN_BODIES


# Role words for whom someone runs against, which other contests share.
_RIVAL_WORDS = {"rival", "rivals", "opponent", "opponents", "challenger", "challengers"}


def _apposed_organisation(token) -> bool:
    """The word is in apposition with an organisation's name ("a rival,
    Calix Semiconductor") or the name's head is one."""
    names = [token] + [c for c in token.children if c.dep_ == "appos"]
    if token.dep_ == "appos":
        names.append(token.head)
    return any(n.ent_type_ == "ORG" for n in names)


# Departments any government has, which our knowledge lists as the US
# federal ones ("the Defense Department" is the Pentagon in a US story).
_GENERIC_DEPARTMENTS = {"defense department", "department of defense", "treasury department",
                        "justice department", "department of justice", "interior department",
                        "agriculture department", "education department", "health department",
                        # and a legislature many states call so (Guatemala, Peru, the Philippines)
                        "congress"}
# Party names many countries have, which our knowledge lists as the US ones
# ("the opposition Democratic Party" of Mongolia, South Korea or Japan).
_GENERIC_PARTIES = {"democratic party", "republican party", "democrats", "republicans"}
_UNITED_STATES_WORDS = re.compile(r"(?<![\w.])(U\.S\.|US|United States|American|Americans|Washington)(?!\w)")


def _a_departments_own_country(entry: Optional[Entry], name_tokens: list, where: _Whereabouts) -> Optional[Entry]:
    """"MEXICO CITY — ... a soldier was wounded, the Defense Department
    said": a department every government has, in a story set elsewhere that
    names the United States nowhere, is the setting's own (it had been the
    Pentagon, and the soldier's troops American); so is a party's name many
    countries have ("the opposition Democratic Party" in Ulaanbaatar)."""
    if entry is None or entry.code != "USA" or not name_tokens or where.setting in (None, "USA"):
        return entry
    name = normalise(_join(name_tokens))
    if name not in _GENERIC_DEPARTMENTS | _GENERIC_PARTIES or _UNITED_STATES_WORDS.search(name_tokens[0].doc.text):
        return entry
    return Entry(where.setting, "", entry.sectors, "organisation" if name in _GENERIC_PARTIES else "seat")


_SUDAN_WORDS = re.compile(r"\b(Sudan|Sudanese|Khartoum|Darfur|Kordofan|Omdurman|El Fasher)\b")


def _sudans_rsf(entry: Optional[Entry], name_tokens: list, where: _Whereabouts) -> Optional[Entry]:
    """"The army launched an offensive to retake areas controlled by the RSF
    in Omdurman": in a story of Sudan, the letters are the Rapid Support
    Forces, not the press-freedom group our knowledge lists them as."""
    if entry is None or not name_tokens or _join(name_tokens) != "RSF":
        return entry
    if where.setting != "SDN" and not _SUDAN_WORDS.search(name_tokens[0].doc.text):
        return entry
    return Entry("SDN", "Rapid Support Forces", ("REB",), "organisation")


def _renamed_countries(document: Document, knowledge: Knowledge) -> dict[str, Entry]:
    """Country names (normalised) the places stage read as another country
    than the knowledge lists, with that country's entry."""
    out = {}
    for place in document.places:
        if place.demonym or not place.country or not (place.feature or "").startswith("PCL"):
            continue
        listed = knowledge.lookup(place.text)
        if listed is not None and listed.kind == "country" and listed.code != place.country:
            out[normalise(place.text)] = Entry(place.country, place.name or place.text, (), "country")
    return out


def _as_the_places_read_it(entry: Optional[Entry], name_tokens: list, where: _Whereabouts) -> Optional[Entry]:
    """A country's name the places stage read as another country, here or
    elsewhere in the text ("Congo's government" in a story of fighting
    around Goma): that country. (Else the name was taken for a namesake
    town, and "Congo accused Rwanda" had no actor at all.)"""
    if entry is None or entry.kind != "country" or not name_tokens or not where.renamed_countries:
        return entry
    return where.renamed_countries.get(normalise(_join(name_tokens)), entry)


def _the_congo_of_the_places(entry: Optional[Entry], name_tokens: list, where: _Whereabouts) -> Optional[Entry]:
    """A bare "Congo" (the Republic, in our knowledge) in a text whose places
    lie in the Democratic Republic and none in the Republic ("GOMA — Congo
    accused Rwanda …"): the Democratic Republic."""
    if entry is None or entry.code != "COG" or normalise(_join(name_tokens)) != "congo":
        return entry
    countries = {country for _, country in where.places}
    return replace(entry, code="COD", name="Democratic Republic of Congo") \
        if "COD" in countries and "COG" not in countries else entry


def _capital_namesake(entry: Optional[Entry], name_tokens: list, where: _Whereabouts) -> bool:
    """A capital's (or country's) name the places stage put in another
    country ("the council of Hamilton, Ohio" is not Bermuda's government): a
    namesake town or state, coded by where it is."""
    if entry is None or entry.kind not in ("capital", "country") or not name_tokens:
        return False
    # Also a country's name the places stage read as a state or town
    # elsewhere: "Georgia Bureau of Investigation agents" in an Albany, Ga.
    # story are Georgia's (US) police, not the Caucasus republic's. (The
    # place may start after the name's first token: "The Athens Police
    # Department" opening a sentence.)
    country = next((c for c in map(where.place_country, (t.idx for t in name_tokens)) if c is not None), None)
    return country is not None and country != entry.code


# Heads of the names of laws and treaties ("the Paris Agreement", "the Patriot
# Act"): a text, whatever country word it holds.
_LAW_HEADS = {"agreement", "treaty", "accord", "accords", "pact", "act", "protocol", "charter", "amendment",
              "law", "code", "constitution"}


def _a_named_law_or_treaty(token) -> bool:
    return token.ent_type_ == "LAW" or (token.lemma_.lower() in _LAW_HEADS and token.text[:1].isupper()
                                        and token.i > token.sent.start
                                        and not (token.lemma_.lower() == "law" and _a_name_going_on(token)))


def _a_name_going_on(token) -> bool:
    """A law word joined to more of a name ("Law and Justice", Poland's party): no text."""
    return any(c.dep_ in ("cc", "conj") for c in token.children)


def _without_named_laws(tokens: list, head) -> list:
    """The phrase less the laws and treaties named inside it ("deals such as
    the Chilean Mining Accord" are no country's for the word
    "Chilean")."""
    inside = {t.i for law in tokens if law.i != head.i and _a_named_law_or_treaty(law) for t in law.subtree}
    if not inside or head.i in inside:
        return tokens  # (the head inside what the parser tagged a law: leave the phrase whole)
    return [t for t in tokens if t.i not in inside]


def _may_name_an_actor(tokens: list, knowledge: Knowledge) -> bool:
    """Cheap filter for common-noun phrases ("the water", "a long time"): only
    those with a name, a demonym or a role word can be actors. Most nouns fail
    it, which keeps the stage fast."""
    for token in tokens:
        if token.pos_ == "PROPN" or token.text[:1].isupper() or token.dep_ == "poss":
            return True
        if _role_word(token, knowledge):
            return True
        if token.lower_ in knowledge.demonyms:
            return True
    return False


def _resolve_pronoun(token, lower: str, earlier: list[Mention]) -> Optional[Mention]:
    if lower == "it" and token.dep_ == "nsubj" and token.head.lemma_.lower() in _COPULAS:
        return None  # "It was his sharpest response to …": no party, whatever came before
    if lower in ("it", "they") and _the_uncoded_subject_before(token, earlier):
        return None  # "The war … began in 2023. It has killed …"; "The measures add … They also impose …"
    named = _what_the_participle_names(token)
    if named is not None:
        return _mention_of(named, earlier) or _maker_of(named, earlier)
    doer = _the_participles_doer(token)
    if doer is not None:
        return _mention_of(doer, earlier)
    if lower in _PERSON_PRONOUNS:
        reporter = _reporter_after(token)
        speakers = _speakers_of_the_quotation(token, earlier)

        def accept(m: Mention) -> bool:
            return m.person and _genders_agree(m.gender, _PRONOUN_GENDER[lower]) \
                and not _anyone(m) and not _named_as(m, reporter, token.doc) and not _among(m, speakers)
    elif lower in _GROUP_PRONOUNS:
        doc = token.doc
        # (Nor "they" a body named in the singular the text has called "it":
        # "the hopefuls want to trim the Justice Department and curb its
        # influence. … They denounced …" are the hopefuls; but "Israel … its
        # forces … Israeli troops … them" are the troops.)
        called_it = {e.actor.name for e in earlier if e.actor.name and doc[e.token_i].lower_ in ("it", "its")} \
            if lower in ("they", "them", "their") else set()

        def accept(m: Mention) -> bool:
            # "it" is no unnamed plural ("the police … were bound to investigate
            # it"); a plural name still is ("the United States … its").
            head = doc[m.token_i]
            plural = not m.named and (head.tag_ in ("NNS", "NNPS") or head.lower_ in _PLURAL_WORDS)
            # (nor is "they" a news outlet named as a quotation's source: in
            # "… told the Daily News: 'They started shooting'" it is someone
            # the witness saw)
            outlet = lower in ("they", "them", "their") and bool(m.actor.name) and news_outlet(m.actor.name)
            # (the "it" itself, or a singular noun; not "they", "us" or plural nouns of that name)
            singular_it = m.actor.name in called_it and (head.tag_ in ("NN", "NNP") or head.lower_ in ("it", "its"))
            return not m.person and m.actor.code is not None and not (lower in ("it", "its") and plural) \
                and not outlet and not singular_it
    else:
        return None
    if lower == "it" and _the_uncoded_thing_it_follows(token, earlier):
        return None  # "the truck was carrying arms when it struck the crowd": the truck, no one
    if lower == "it" and _a_thing_named_since(token, earlier, accept):
        return None  # "once she filed her complaint, police were bound to investigate it": the complaint
    if lower in _PERSON_PRONOUNS and _an_unnamed_one_described(token, earlier):
        return None  # "someone who believed that he would win fame": that someone, whom no one names
    struck = _the_reporter_struck(token, earlier)
    if struck is not None:
        return _copy_mention(token, struck, token.text) if accept(struck) else None
    bound, subject = _bound_by_subject(token, earlier)
    if not bound:
        bound, subject = _bound_by_the_reporter(token, earlier)
    if bound:
        # "Others were unapologetic in their criticism": a possessive stands
        # for the subject of its own clause when they agree, coded or not (not
        # for al-Qaeda, named three paragraphs up).
        if subject is not None and lower in ("his", "her"):
            _learn_gender(subject, _PRONOUN_GENDER[lower], earlier)
        return _copy_mention(token, subject, token.text) if subject is not None and accept(subject) else None
    if lower in ("they", "them", "their") and _people_joined_as_the_last_subject(token, earlier):
        # "Senators Reyes and Kort traded barbs … They accused each other":
        # the two people, whom one mention cannot hold; not the body named
        # before them.
        return None
    antecedent = None
    quoted = _quotation_before_its_speaker(token)
    if token.dep_ in _SUBJECT_DEPS:
        antecedent = _the_one_asked(token, earlier, accept)
    if token.dep_ in _SUBJECT_DEPS and antecedent is None:
        # "… and he accused Mr. Trump of …": a subject pronoun is not the
        # person its own verb names as object.
        named_objects = _named_objects(token.head)
        antecedent = _recent_subject(token, earlier, lambda m: accept(m) and not _named_in(m, named_objects)
                                     and m.token_i not in quoted)
    # "Sanders assailed her": an object pronoun (not "herself") is never the
    # subject of its own verb, whoever is nearest; nor the head of a phrase
    # it is inside ("a judge presiding over a suit against him").
    own_names, own_positions, own_parties = _own_clause_subjects(token, earlier)
    heads = {a.i for a in token.ancestors} | _nouns_a_participle_follows(token)
    antecedent = antecedent or _nearest(earlier, lambda m: accept(m) and m.actor.name not in own_names
                                        and m.token_i not in heads and m.token_i not in own_positions
                                        and _unnamed_party(m) not in own_parties
                                        and m.token_i not in quoted
                                        and not _describes_a_mention(token.doc[m.token_i], earlier))
    if antecedent is not None and _PRONOUN_GENDER.get(lower) \
            and not _another_of_the_gender(antecedent, _PRONOUN_GENDER[lower], earlier):
        # "Kelly Ayotte said she was dismayed that he would …": once
        # "she" is Ayotte, a later "he" is someone else (unless a person
        # known to be of that gender was named too: then the choice is a
        # guess, "Chris Christie spoke about Hillary Clinton. 'She …,' he
        # said", and teaching it would lose the "he")
        _learn_gender(antecedent, _PRONOUN_GENDER[lower], earlier)
    return _copy_mention(token, antecedent, token.text) if antecedent else None


def _people_joined_as_the_last_subject(token, earlier: list[Mention]) -> bool:
    """The main subject of the sentence before the pronoun's is two or more
    people joined ("Senators Reyes and Kort traded barbs")."""
    sentence = token.sent
    if sentence.start == 0:
        return False
    previous = token.doc[sentence.start - 1].sent
    for subject in (c for c in previous.root.children if c.dep_ in _SUBJECT_DEPS):
        people = [subject, *subject.conjuncts]
        if len(people) > 1 and all((m := _mention_of(p, earlier)) is not None and m.person for p in people):
            return True
    return False


def _nouns_a_participle_follows(token) -> set[int]:
    """"attacks on a judge overseeing a suit against him", parsed with
    "overseeing" on "attacks": the noun a participle above the pronoun
    directly follows is the head of the phrase the pronoun is inside, as
    it reads."""
    doc = token.doc
    return {a.i - 1 for a in token.ancestors
            if a.dep_ == "acl" and a.tag_ in ("VBG", "VBN") and a.i > 0 and doc[a.i - 1].pos_ in ("NOUN", "PROPN")}


# Words for a person no name is given for: "someone who said he …".
_SOMEONE = {"someone", "somebody", "anyone", "anybody", "man", "woman", "person", "one", "suspect", "gunman",
            "driver", "stranger"}


def _an_unnamed_one_described(token, earlier: list[Mention]) -> bool:
    """"shot by someone who believed that he would win fame if …":
    the subject pronoun of a clause inside a relative clause ("who believed
    …") stands for the person the clause describes; when that person is
    only "someone" or "a man", with no coded mention, no one named is meant."""
    if token.dep_ not in _SUBJECT_DEPS:
        return False
    clause = token.head
    for _ in range(4):
        if clause.dep_ == "relcl":
            break
        if clause.dep_ not in ("ccomp", "advcl", "xcomp", "conj") or clause.head.i == clause.i:
            return False
        clause = clause.head
    else:
        return False
    if clause.i == token.head.i or not any(c.dep_ == "nsubj" and c.tag_ == "WP" for c in clause.children):
        return False  # (the relative clause's own subject is "who" itself, not the pronoun)
    head = clause.head
    return head.lemma_.lower() in _SOMEONE and not any(m.token_i == head.i for m in earlier)


# Verbs whose object is asked something: "asking Reed why he …".
_ASKING_VERBS = {"ask", "question", "press", "quiz", "query"}


def _the_one_asked(token, earlier: list[Mention], accept) -> Optional[Mention]:
    """"The moderator raised the budget, asking Reed why he has criticized
    it": the subject of a question put to someone is the one asked, not
    whoever asks it."""
    clause = token.head
    asking = clause.head
    if clause.dep_ not in ("ccomp", "advcl", "xcomp", "dep") or asking.lemma_.lower() not in _ASKING_VERBS \
            or not any(c.i < token.i and (c.tag_ in ("WRB", "WP") or c.lower_ in ("whether", "if"))
                       for c in clause.children):
        return None
    asked = {c.i for c in asking.children if c.dep_ == "dobj"}
    return next((m for m in reversed(earlier) if m.token_i in asked and accept(m)), None)


def _another_of_the_gender(antecedent: Mention, gender: str, earlier: list[Mention]) -> bool:
    """Someone else the pronoun could stand for, named near it and known to be of its gender."""
    return any(m.person and m.gender == gender and m.actor.name != antecedent.actor.name
               for m in earlier[-_COREF_WINDOW:])


def _learn_gender(subject: Mention, gender: str, earlier: list[Mention]) -> None:
    """"McMahon later recanted her story": a possessive bound to a named
    person's own clause says that person's gender where neither name nor
    title did, for every mention of them so far (and so for later ones,
    which copy it): a later "he" is then someone else."""
    if not subject.person or subject.gender is not None or not subject.actor.name:
        return
    for mention in earlier:
        if mention.person and mention.actor.name == subject.actor.name and mention.gender is None:
            mention.gender = gender
    subject.gender = gender


def _describes_a_mention(head, earlier: list[Mention]) -> bool:
    """What a copula says a party is ("Hale is an old Clinton supporter and
    gave his backing to the party"): a description of its subject, which a
    later pronoun stands for, not a second person."""
    if head.dep_ not in ("attr", "oprd") or head.head.lemma_.lower() not in _COPULAS:
        return False
    subjects = {c.i for c in head.head.children if c.dep_ in ("nsubj", "nsubjpass")}
    return any(m.token_i in subjects for m in earlier)


def _a_thing_named_since(token, earlier: list[Mention], accept) -> bool:
    """An object "it" with a singular thing, no party, as the subject or
    object of a clause after the last party it could stand for, in its own
    sentence or the one before ("Fox News reported … Once she filed her
    complaint, police were bound to investigate it"): "it" is that thing."""
    if token.dep_ not in ("dobj", "pobj"):
        return False
    last = max((m.token_i for m in earlier if m.token_i < token.i and accept(m)), default=-1)
    doc = token.doc
    start = max(last + 1, doc[token.sent.start - 1].sent.start if token.sent.start > 0 else 0)
    coded = {m.token_i for m in earlier}
    return any(t.tag_ == "NN" and t.dep_ in ("dobj", "nsubj", "nsubjpass") and t.i not in coded
               and not t.ent_type_ for t in doc[start:token.i])


def _the_uncoded_thing_it_follows(token, earlier: list[Mention]) -> bool:
    """A subject "it" in a clause joined to or hanging on a clause whose
    subject is a singular thing no one is coded as ("the truck … when it
    struck"): "it" continues that subject."""
    verb = token.head
    if token.dep_ not in ("nsubj", "nsubjpass") or verb.dep_ not in ("advcl", "conj", "relcl") or verb.head.i == verb.i:
        return False
    subjects = [c for c in verb.head.children if c.dep_ in ("nsubj", "nsubjpass")]
    coded = {m.token_i for m in earlier}
    return len(subjects) == 1 and subjects[0].tag_ == "NN" and subjects[0].i not in coded


def _the_uncoded_subject_before(token, earlier: list[Mention]) -> bool:
    """A sentence's subject "it" or "they" right after a sentence whose
    subject is a thing no one is coded as, of the same number ("The war
    between the army and the RSF began in April 2023. It has killed tens of
    thousands"; "The measures add 120 vessels … They also impose a ban"):
    that thing, no party. (A subject coded as someone, "The rebels … They",
    is read as before.)"""
    if token.dep_ not in ("nsubj", "nsubjpass") or token.head.dep_ != "ROOT" or token.sent.start == 0:
        return False
    if token.i != token.sent.start:
        return False  # (only a sentence that opens with it: "On Monday it said …" may be anyone)
    before = token.doc[token.sent.start - 1].sent
    subjects = [c for c in before.root.children if c.dep_ in ("nsubj", "nsubjpass")]
    if len(subjects) != 1 or subjects[0].pos_ != "NOUN":
        return False
    subject = subjects[0]
    number = "NN" if token.lower_ == "it" else "NNS"
    coded = {m.token_i for m in earlier}
    return subject.tag_ == number and subject.lemma_.lower() in _THINGS_CALLED_IT and subject.i not in coded \
        and not any(t.i in coded for t in subject.subtree if t.dep_ in ("compound", "poss"))


# Happenings and measures a story goes on to call "it" or "they" (not
# people: "The contenders agree on that. They denounced …" are the contenders).
_THINGS_CALLED_IT = {"war", "conflict", "fighting", "violence", "insurgency", "crisis", "unrest", "offensive",
                     "uprising", "rebellion", "blast", "explosion", "bombing", "storm", "earthquake", "flood",
                     "fire", "epidemic", "outbreak", "siege", "blockade", "measure", "sanction", "rule", "law",
                     "bill", "restriction", "ban", "tariff", "reform", "plan", "proposal", "package", "deal",
                     "agreement", "decision", "decree", "order", "policy", "change", "cut",
                     # a summit's texts ("The declaration also called for a ceasefire. It welcomed …";
                     # not a report or a letter, whose "it" speaks for its authors named just before)
                     "declaration", "communique"}


def _named_in_full_before(short: str, earlier: list[Mention]) -> Optional[Mention]:
    """"Swiss hearing-aid maker Alpina Audio … Alpina said": a firm named
    by the first words of a longer name the article gave it before is that
    firm (its country and sector, not the dateline's)."""
    # (the tagger may take the firm itself for a person: "hearing-aid maker
    # Alpina Audio"; only firms: "State" after "the State Department" had
    # led a later "their" astray)
    return _nearest(earlier, lambda m: "BUS" in m.actor.sector and m.actor.code is not None and bool(m.actor.name)
                    and m.actor.name.startswith(short + " ") and not m.by_setting)


def _bound_by_subject(token, earlier: list[Mention]) -> tuple[bool, Optional[Mention]]:
    """(whether a possessive pronoun agrees with the subject of its clause
    before it, that subject's mention if it has one)."""
    if token.dep_ != "poss":
        return False, None
    verb = next((a for a in token.ancestors if a.pos_ in ("VERB", "AUX")), None)
    if verb is None:
        return False, None
    # (The parser may make a dateline a subject too: "MOSCOW — Modi held
    # talks with Putin, his first visit": the subject with a mention, else
    # the one nearest the verb.)
    subjects = [c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass") and c.right_edge.i < token.i]
    subject = next((c for c in subjects if _mention_of(c, earlier) is not None), subjects[-1] if subjects else None)
    if subject is None and token.lower_ == "their":
        # (a body's; a person's "her" there is as often someone else's:
        # "the prosecutor offered to have her confess"; and "its" was left
        # out: "a trust refused to hand over the names of its donors" then
        # coded the donors, whom the sentence fallback took as the target)
        subject = _subject_of_what_the_infinitive_serves(verb, token)
    if subject is None:
        subject = _subject_of_what_the_gerund_serves(verb, token)
    if subject is not None and subject.lower_ in ("who", "that") and verb.dep_ == "relcl":
        # "Ronan Farrow, who shared the prize for his investigation": the
        # relative pronoun stands for the person the clause describes.
        subject = verb.head
    if subject is None:
        return False, None
    mention = _mention_of(subject, earlier)
    # (A surname the tagger gives no entity type is still a person when its
    # mention is one: "Walsh later withdrew her story".)
    person = mention is not None and mention.person and token.lower_ in ("his", "her")
    # (and "their" of a body: "the department … as part of their investigation")
    body = mention is not None and not mention.person and mention.named and token.lower_ == "their"
    if not (_agrees(token.lower_, subject) or person or body):
        return False, None
    return True, mention


def _subject_of_what_the_gerund_serves(verb, token):
    """"Russia has targeted Ukraine's grid since launching its invasion":
    a gerund with no subject of its own, under a preposition, is done by
    the subject of the verb the preposition hangs on (before the pronoun),
    else None. Only a body's "its" and "their": a person's "his" there is
    as often the object's ("attacked the president, accusing his aides")."""
    if token.lower_ not in ("its", "their") or verb.tag_ != "VBG" or verb.dep_ != "pcomp" \
            or any(c.dep_ in ("nsubj", "nsubjpass") for c in verb.children):
        return None
    holder = verb.head.head
    if holder.pos_ not in ("VERB", "AUX"):
        return None
    return next((c for c in holder.children if c.dep_ in ("nsubj", "nsubjpass") and c.right_edge.i < token.i), None)


def _subject_of_what_the_infinitive_serves(verb, token):
    """"the State Department saw a need to obtain records from the
    foundation for their inquiry": an infinitive with no subject of
    its own is done by the subject of the verb it, or the noun it
    completes, hangs on (before the pronoun), else None."""
    for _ in range(3):
        if not any(c.dep_ == "aux" and c.lower_ == "to" for c in verb.children) \
                or verb.dep_ not in ("xcomp", "acl", "advcl"):
            return None
        holder = verb.head
        if holder.pos_ == "NOUN" and holder.head.pos_ in ("VERB", "AUX") and holder.dep_ in ("dobj", "attr"):
            holder = holder.head
        if holder.pos_ not in ("VERB", "AUX"):
            return None
        subject = next((c for c in holder.children if c.dep_ in ("nsubj", "nsubjpass") and c.i < token.i), None)
        if subject is not None:
            return subject
        verb = holder
    return None


# Verbs whose clause says what their subject says or thinks.
_REPORTING_VERBS = {"say", "claim", "insist", "believe", "think", "argue", "contend", "assert", "allege", "deny",
                    "admit", "acknowledge", "announce", "declare", "report", "warn", "vow", "fear"}
# What a military's or a government's statement is told with: its verbs of
# saying, and "confirmed that several soldiers were killed".
_STATEMENT_VERBS = _REPORTING_VERBS | {"confirm"}


def _bound_by_the_reporter(token, earlier: list[Mention]) -> tuple[bool, Optional[Mention]]:
    """"Rebels say they have retaken several villages": "they", subject of
    what a plural subject says, is that subject, coded or not (not Syria's
    government, named a sentence before). So is "it" of what a body says
    ("the firm said on Monday, adding that it regrets …"). Only
    "they" and "it": "he" and "she" may be someone the speaker talks about.
    Likewise "its" and "their" on that subject ("Russia's reconciliation
    centre in Syria said that its air force had struck …": the centre's,
    not Syria's)."""
    agreeing = {"they": "their", "it": "its", "their": "their", "its": "its"}.get(token.lower_)
    subject_of_the_clause = token.head if token.dep_ == "poss" and token.lower_ in ("its", "their") else token
    if agreeing is None or subject_of_the_clause.dep_ != "nsubj" or subject_of_the_clause.head.dep_ != "ccomp":
        return False, None
    verb = subject_of_the_clause.head.head
    if (verb.lemma_.lower() == "add" or (verb.tag_ == "VBG" and verb.lemma_.lower() in _REPORTING_VERBS)) \
            and verb.dep_ == "advcl" and not any(c.dep_ == "nsubj" for c in verb.children):
        # "X said …, adding that it …": X adds it; "Al-Shabaab claimed the
        # attack, saying its fighters had killed …": X says it
        verb = verb.head
    if verb.lemma_.lower() not in _REPORTING_VERBS:
        return False, None
    subject = _reporter_past_the_dateline(verb, token, earlier)
    if subject is None:
        return False, None
    mention = _mention_of(subject, earlier)
    if agreeing == "its" and subject.ent_type_ == "PERSON":
        # "Twitter said …, adding that it …": a body the tagger took for a
        # person, or "it" is a thing; not a party named before either way
        return True, mention if mention is not None and not mention.person else None
    if not _agrees(agreeing, subject):
        return False, None
    return True, mention


def _reporter_past_the_dateline(verb, token, earlier: list[Mention]):
    """The reporting verb's subject before the pronoun. The parser may make
    the dateline a subject too ("AMMAN, Jordan — The intelligence service
    said on Tuesday it had arrested 16 people", "AMMAN" and "service"), or
    hang the reporter on the dateline's place as its apposition
    ("Jordan — Jordan's interior ministry said it had ..."): the subject
    with a mention of its own, else its apposition's, else the first."""
    subjects = [c for c in verb.children if c.dep_ == "nsubj" and c.i < token.i]
    for subject in subjects:
        if _mention_of(subject, earlier) is not None:
            return subject
        apposed = next((c for c in subject.children if c.dep_ == "appos" and _mention_of(c, earlier) is not None), None)
        if apposed is not None:
            return apposed
    return subjects[0] if subjects else None


# Verbs of striking at a side's forces, and the words (lemmas) for a side's
# forces and posts, which violence is not aimed at by their own side.
_STRIKING_VERBS = {"bomb", "shell", "attack", "strike", "hit", "target", "raid", "storm", "ambush", "shoot", "fire",
                   "pound"}
FORCES_WORDS = frozenset({"force", "troop", "soldier", "army", "fighter", "militia", "unit", "convoy", "patrol",
                          "position", "base", "post", "checkpoint"})


def _the_reporter_struck(token, earlier: list[Mention]) -> Optional[Mention]:
    """"The RSF denied responsibility and said army aircraft had bombed its
    positions": a side's forces struck in what a party says were that
    party's, not the strikers' (a side does not bomb its own; "its own
    positions" says it does). The reporter's mention, else None."""
    if token.dep_ != "poss" or token.lower_ not in ("its", "their")             or any(c.lower_ == "own" for c in token.head.children):
        return None
    forces = token.head
    if forces.lemma_.lower() not in FORCES_WORDS:
        return None
    verb = forces.head if forces.dep_ == "dobj" else         forces.head.head if forces.dep_ == "pobj" and forces.head.lower_ in ("on", "at") else None
    if verb is None or verb.lemma_.lower() not in _STRIKING_VERBS or verb.dep_ != "ccomp" \
            or verb.head.lemma_.lower() not in _REPORTING_VERBS:
        return None
    reporting = verb.head
    # ("… denied responsibility and said …": the subject of the verb it is joined to)
    while reporting.dep_ == "conj" and not any(c.dep_ == "nsubj" for c in reporting.children):
        reporting = reporting.head
    subject = _reporter_past_the_dateline(reporting, token, earlier)
    if subject is None or not _agrees(token.lower_, subject):
        return None
    return _mention_of(subject, earlier)


def _agrees(possessive: str, subject) -> bool:
    if possessive == "their":
        return subject.tag_ in ("NNS", "NNPS") or subject.lower_ in ("they", "we")
    if possessive in ("his", "her"):
        return subject.lower_ in ("he", "she") or subject.ent_type_ == "PERSON"
    if possessive == "its":
        return subject.lower_ == "it" or (subject.tag_ in ("NN", "NNP") and subject.ent_type_ != "PERSON")
    return False


_COPULAS = {"be", "seem", "appear", "become", "remain"}
_FRONTED_DEPS = {"prep", "advcl", "npadvmod"}


def _fronted_possessor_subject(token):
    """"In her reply denouncing the launch, Ana Ruiz stood by her record": a
    possessive in a phrase before the clause's subject is that
    subject (it is read before the name, so no earlier mention fits)."""
    if token.dep_ != "poss" or token.lower_ not in ("his", "her", "its"):
        return None
    path = [token] + list(token.ancestors)
    root = path[-1]
    fronted = path[-2] if len(path) > 1 else None
    if fronted is None or fronted.dep_ not in _FRONTED_DEPS:
        return None
    # A named person for "his" and "her"; for "its", a body's noun ("Explaining
    # its attack on the school, the Israeli military claimed …").
    subjects = [c for c in root.children if c.dep_ == "nsubj" and c.i > fronted.i
                and (c.ent_type_ == "PERSON" if token.lower_ != "its" else c.pos_ in ("NOUN", "PROPN"))]
    return subjects[0] if subjects else None


def _named_objects(verb) -> set[str]:
    """Last words of the people a verb's direct object names ("accused Mr. Trump")."""
    return {t.lower_ for c in verb.children if c.dep_ in ("dobj", "dative") for t in c.subtree
            if t.ent_type_ == "PERSON" and (t.i + 1 == len(t.doc) or t.doc[t.i + 1].ent_iob_ != "I")}


def _named_in(mention: Mention, last_words: set[str]) -> bool:
    return bool(mention.actor.name) and mention.actor.name.split()[-1].lower() in last_words


def _own_clause_subjects(token, earlier: list[Mention]) -> tuple[set[str], set[int], set[tuple]]:
    """The subjects of the verb an object pronoun depends on, its own or
    shared with the verb it is joined to ("He chased down the driver and
    arrested him"): the names of the coded ones, the positions of all, and
    the unnamed parties they stand for (by name, for the same person named
    earlier; by position, for a subject with no name: "the senator condemned
    him" is not the senator; by party, for a pronoun subject standing for
    an unnamed one: "he" for "a police officer")."""
    if token.dep_ in ("dobj", "dative"):
        verb = token.head
    elif token.dep_ == "pobj" and token.head.dep_ == "prep" and token.head.head.pos_ in ("VERB", "AUX"):
        verb = token.head.head
    else:
        return set(), set(), set()
    subjects = {c.i for c in verb.children if c.dep_ in _SUBJECT_DEPS}
    owner = gerund_owner(verb)
    if not subjects and owner is not None:
        subjects = {owner.i}  # "Hale's calling him a liar": not Hale
    if not subjects and verb.dep_ == "conj" and verb.head.pos_ in ("VERB", "AUX") and verb.head.dep_ != "ccomp":
        # (Not a reported clause's: "X said Hale is responsible and accused
        # him" is often parsed with "accused" joined to "is", but X accused.)
        subjects = {c.i for c in verb.head.children if c.dep_ in _SUBJECT_DEPS}
    own = [m for m in earlier if m.token_i in subjects]
    return {m.actor.name for m in own if m.actor.name}, subjects, {_unnamed_party(m) for m in own} - {None}


def gerund_owner(verb):
    """Whose act a gerund is, told by a possessive before it ("Hale's
    calling him a liar"): its "poss" child, or the noun whose "'s" stands
    right before it when the parser hung that noun elsewhere ("to respond to
    Hale's calling him a liar", "Hale" read as the object of "to")."""
    if verb.tag_ != "VBG":
        return None
    owners = [c for c in verb.children if c.dep_ == "poss"]
    if owners:
        return owners[0]
    before = verb.doc[verb.i - 1] if verb.i > 0 else None
    if before is not None and before.tag_ == "POS" and before.head.pos_ in ("PROPN", "NOUN") \
            and before.head.i < verb.i:
        return before.head
    return None


def _unnamed_party(mention: Mention) -> Optional[tuple]:
    """What an unnamed mention stands for, to tell it from another one."""
    if mention.actor.name:
        return None
    return mention.actor.code, tuple(mention.actor.sector), frozenset(mention.roles)


def _recent_subject(token, earlier: list[Mention], accept) -> Optional[Mention]:
    """A subject pronoun continues the topic: the nearest compatible mention
    that was itself a subject, in this sentence or the one before ("…," he
    said in a meeting with President X. Then he added… — "he" is still the
    speaker, not X, the nearer person)."""
    doc = token.doc
    sentence = token.sent
    previous_start = doc[sentence.start - 1].sent.start if sentence.start > 0 else sentence.start
    for mention in reversed(earlier[-_COREF_WINDOW:]):
        if mention.token_i < previous_start:
            break
        if doc[mention.token_i].dep_ in _SUBJECT_DEPS and accept(mention):
            if mention.gender is None and _PRONOUN_GENDER.get(token.lower_) == "f" \
                    and mention.token_i >= sentence.start:
                return _the_one_woman(token, earlier, accept) or mention
            return mention
    return None


def _the_one_woman(token, earlier: list[Mention], accept) -> Optional[Mention]:
    """"Gov. Chris Hale called Mayor Ann Reed a disgrace after she
    attacked police": "she" with a subject of no known gender is the one
    woman the sentence has named before it as a verb's subject or object
    (not "a check-in to Betty Ford", a clinic). (Not for "he": most people
    news names are men, so a subject of no known gender is as likely the
    one.)"""
    sent, doc = token.sent, token.doc
    women = [m for m in earlier if sent.start <= m.token_i < token.i and m.gender == "f" and accept(m)
             and doc[m.token_i].dep_ in ("nsubj", "nsubjpass", "dobj", "dative")]
    return women[-1] if len({m.actor.name for m in women}) == 1 else None


# Verbs that attribute a quotation to their subject ("…," she said).
_QUOTING_VERBS = {"say", "tell", "add", "ask", "write", "reply", "respond", "explain", "insist", "argue", "note",
                  "continue", "declare", "recall", "joke", "warn", "complain", "tweet"}


def _quotation_before_its_speaker(token) -> range:
    """"'… the best candidate to beat Hillary Clinton,' she said":
    the subject of the verb that attributes a quotation just before it is
    the speaker, who is not among the people the quotation names (it would
    say "I"). The token positions of that quotation, else none."""
    if token.dep_ != "nsubj" or token.head.lemma_.lower() not in _QUOTING_VERBS:
        return range(0)
    doc = token.doc
    close = next((i for i in range(token.i - 1, max(token.sent.start, token.i - 3) - 1, -1) if doc[i].is_quote), None)
    if close is None:
        return range(0)
    start = next((i for i in range(close - 1, max(0, close - 300) - 1, -1) if doc[i].is_quote), None)
    return range(start, close) if start is not None else range(0)


# Quotation marks that open or close a quotation (not the apostrophe).
_QUOTE_MARKS = {'"', "“", "”", "``", "''"}


def _speakers_of_the_quotation(token, earlier: list[Mention]) -> set[str]:
    """"'Oz has a bully pulpit,' said Dan Gorski. 'He can't dispense with
    facts.'": a third person inside a quotation is not who speaks it (of
    himself he would say "I"). The names of the speaker, attributed in the
    quotation's sentence or, for a quotation that runs on alone, in the
    sentence before; else none."""
    sent = token.sent
    marks_before = sum(1 for t in token.doc[sent.start:token.i] if t.text in _QUOTE_MARKS)
    if marks_before % 2 == 0:
        return set()
    verbs = _attributing_verbs(sent)
    if not verbs and sent.start > 0:
        before = token.doc[sent.start - 1].sent
        if any(t.text in _QUOTE_MARKS for t in before):
            verbs = _attributing_verbs(before)
    subjects = {c.i for v in verbs for c in v.children if c.dep_ == "nsubj"}
    # (A speaker named after the pronoun is no mention yet: "'They shot
    # him,' Brown said" gives the surname.)
    later = {token.doc[i].text for i in subjects if i > token.i and token.doc[i].pos_ == "PROPN"}
    return {m.actor.name for m in earlier if m.token_i in subjects and m.actor.name} | later


def _among(mention: Mention, speakers: set[str]) -> bool:
    """The mention names one of the speakers, in full or by surname."""
    name = mention.actor.name
    return bool(name) and (name in speakers or name.split()[-1] in speakers)


def _attributing_verbs(sent) -> list:
    """Quoting verbs of the sentence outside its quotation marks."""
    out, inside = [], False
    for t in sent:
        if t.text in _QUOTE_MARKS:
            inside = not inside
        elif not inside and t.pos_ == "VERB" and t.lemma_.lower() in _QUOTING_VERBS:
            out.append(t)
    return out


def _reporter_after(token) -> Optional[str]:
    """"He was formally arrested later Thursday, Wheat said": the named
    reporter of a clause the pronoun opens, named after it, whom the
    pronoun is not (of himself he would have said "I"). His surname, else None."""
    verb = next((a for a in token.ancestors if a.pos_ in ("VERB", "AUX")), None)
    if verb is None or verb.dep_ != "ccomp" or verb.head.lemma_.lower() not in _QUOTING_VERBS:
        return None
    reporter = next((c for c in verb.head.children if c.dep_ == "nsubj"), None)
    if reporter is None or reporter.i < token.i or reporter.pos_ != "PROPN":
        return None
    return reporter.text


def _named_as(mention: Mention, surname: Optional[str], doc) -> bool:
    """Whether the mention names the person of this surname, also as the
    title before the name ("police spokesman Sgt. Brent Wheat")."""
    if surname is None:
        return False
    names = (mention.actor.name or "", mention.actor.entity_text)
    head = doc[mention.token_i]
    return any(name == surname or name.endswith(" " + surname) for name in names) \
        or (head.dep_ in ("compound", "appos") and head.head.text == surname)


# Determiners of a phrase that names no one in particular: "any reasonable
# person", "no reasonable prosecutor", "every candidate" are no antecedent.
_ANYONE = ("any ", "no ", "every ", "each ")


def _anyone(mention: Mention) -> bool:
    return mention.actor.entity_text.lower().startswith(_ANYONE)


# Participles that name what their clause's verb acted on: "rejected the
# remarks, calling them interference".
_NAMING_PARTICIPLES = {"call", "describe", "label", "term", "brand", "dub", "deem"}


def _what_the_participle_names(token):
    """"India rejected remarks made by Pakistan's foreign minister, calling
    them interference": the object pronoun of a naming participle stands for
    the object of the verb it hangs on (the remarks), not for the nearest
    party; that object's token, else None."""
    if token.dep_ != "dobj" or token.lower_ not in ("them", "it"):
        return None
    participle = token.head
    if participle.tag_ != "VBG" or participle.dep_ not in ("advcl", "xcomp") \
            or participle.lemma_.lower() not in _NAMING_PARTICIPLES:
        return None
    return next((c for c in participle.head.children if c.dep_ == "dobj" and c.pos_ == "NOUN"), None)


def _the_participles_doer(token):
    """"India rejected the remarks, calling them interference in its
    internal affairs": "its" in a participle's phrase, the participle with
    no subject of its own, is the subject of the clause it hangs on."""
    if token.lower_ not in ("its", "their") or token.dep_ != "poss":
        return None
    participle = next((a for a in token.ancestors if a.tag_ == "VBG" and a.dep_ == "advcl"), None)
    if participle is None or any(c.dep_ in ("nsubj", "nsubjpass") for c in participle.children):
        return None
    if any(a.pos_ in ("VERB", "AUX") for a in token.ancestors if a.i != participle.i and participle in a.ancestors):
        return None  # (a clause of its own inside the participle's phrase)
    return next((c for c in participle.head.children if c.dep_ == "nsubj"), None)


def _maker_of(thing, earlier: list[Mention]) -> Optional[Mention]:
    """Who made a thing, by its participle's agent or its owner ("remarks
    made by Pakistan's foreign minister", "Pakistan's remarks")."""
    # (however the parse hangs the participle: "remarks about Kashmir made by …")
    makers = [g for c in thing.subtree if c.dep_ == "acl" and c.tag_ == "VBN" for a in c.children
              if a.dep_ == "agent" for g in a.children if g.dep_ == "pobj"]
    makers += [c for c in thing.children if c.dep_ == "poss"]
    for maker in makers:
        mention = _mention_of(maker, earlier)
        if mention is not None:
            return mention
    return None


def _mention_of(token, earlier: list[Mention]) -> Optional[Mention]:
    """The mention coded for this very token, if any."""
    return next((m for m in reversed(earlier) if m.token_i == token.i), None)


def _nearest(earlier: list[Mention], accept) -> Optional[Mention]:
    for mention in reversed(earlier[-_COREF_WINDOW:]):
        if accept(mention):
            return mention
    return None


def _copy_mention(token, antecedent: Mention, text: str) -> Mention:
    source = antecedent.actor
    actor = Actor(entity_text=text, name=source.name, code=source.code, sector=list(source.sector),
                  start=token.idx if text == token.text else _phrase_start(token),
                  end=token.idx + len(token.text))
    return Mention(token.i, actor, antecedent.person, set(antecedent.roles), named=False,
                   by_setting=antecedent.by_setting, gender=antecedent.gender,
                   names_through=antecedent.named or antecedent.names_through)


def _phrase_start(token) -> int:
    return phrase_tokens(token)[0].idx


def _known_name(tokens: list, knowledge: Knowledge, head=None) -> tuple[Optional[Entry], list]:
    """Longest known name inside the phrase, and its tokens. Among names of
    one length, the one that includes the phrase's head wins ("NATO-member
    Norway" is Norway, not NATO)."""
    words = [t.text for t in tokens]
    best: tuple[Optional[Entry], list] = (None, [])
    best_len = 0
    for size in range(min(knowledge.max_name_words, len(words)), 0, -1):
        for start in range(0, len(words) - size + 1):
            chunk = tokens[start:start + size]
            if size == 1 and chunk[0].pos_ not in ("PROPN", "NOUN") and chunk[0].dep_ != "poss" \
                    and chunk[0].ent_type_ != "NORP":  # ("Republican criticism": a party's name as an adjective)
                continue
            text = _join(chunk)
            entry = knowledge.lookup(text)
            if entry and entry.kind == "organisation" and _one_word_of_an_organisation(chunk):
                continue  # ("the Democratic Unionist Party" is not the Democratic Party)
            if entry and entry.kind == "person" and _not_a_surname(chunk):
                continue  # ("Cameron Lee Earle" is not David Cameron)
            if entry and entry.kind == "person" and all(t.text.islower() for t in chunk):
                continue  # ("armed with bush knives": a word, not George Bush)
            if entry and entry.kind == "organisation" and size > 1 and all(t.is_lower for t in chunk) \
                    and any(t.lower_ in ("a", "an") and t.dep_ == "det" for t in tokens):
                continue  # ("called for an emergency security council": a meeting, not the UN's)
            if entry and entry.kind == "seat" and size == 1 and _of_another_church(tokens, chunk):
                continue  # ("the Coptic pope" is not the Holy See's)
            if entry and entry.kind in ("organisation", "seat") and _named_for_another_country(chunk, entry, knowledge):
                continue  # ("the Sudanese People's Liberation Army" is not China's)
            if entry and entry.kind == "seat" and _seat_of_another_country(chunk, entry, knowledge):
                continue  # ("Pakistan's foreign office" is not Britain's Foreign Office)
            if entry and _plausible(entry, chunk) and not _part_of_a_longer_place(chunk) \
                    and not (entry.kind in _PLACE_KINDS and _inside_a_persons_name(chunk)) \
                    and (size > best_len or (head is not None and head in chunk)):
                best, best_len = (entry, chunk), size
        if best_len:
            break
    return best


def _known_name_the_parse_split(token, knowledge: Knowledge) -> tuple[Optional[Entry], list]:
    """A known organisation's name the tagger marks whole but the parse
    splits ("The Committee to Protect Journalists", "to Protect" read as a
    clause on "Committee"): the name, when the token opens it."""
    if token.ent_type_ != "ORG" or token.dep_ in ("relcl", "acl", "xcomp", "ccomp", "advcl"):
        return None, []
    entity = next((e for e in token.doc.ents if e.start <= token.i < e.end), None)
    if entity is None or entity.end - entity.start < 3 or token.i == entity.end - 1:
        return None, []
    words = [t for t in entity if t.lower_ != "the"]
    entry = knowledge.lookup(_join(words))
    if entry is None or entry.kind != "organisation":
        return None, []
    return entry, words


_PREPOSITIONS_IN_NAMES = {"for", "of", "without"}


def _known_name_through_a_preposition(token, knowledge: Knowledge) -> tuple[Optional[Entry], list]:
    """"a rally of the far-right Alternative for Germany", the tagger
    seeing no name: a known organisation's name that runs on through the
    preposition right after its capitalised head."""
    doc = token.doc
    if not token.text[:1].isupper() or token.i + 2 >= len(doc):
        return None, []
    prep = doc[token.i + 1]
    if prep.dep_ != "prep" or prep.head.i != token.i or prep.lower_ not in _PREPOSITIONS_IN_NAMES:
        return None, []
    obj = next((g for g in prep.children if g.dep_ == "pobj"), None)
    if obj is None or not obj.text[:1].isupper() or obj.left_edge.i != prep.i + 1:
        return None, []
    first = token.i
    while first > 0 and doc[first - 1].text[:1].isupper() and doc[first - 1].head.i == token.i:
        first -= 1
    words = list(doc[first:obj.i + 1])
    entry = knowledge.lookup(_join(words))
    if entry is None or entry.kind != "organisation":
        return None, []
    return entry, words


def _named_for_another_country(chunk: list, entry: Entry, knowledge: Knowledge) -> bool:
    """A known organisation's name inside a longer name that a demonym of
    another country opens ("the Sudanese People's Liberation Army", "the
    Kenya Defence Forces" against a listed "Defence Forces" of one country)."""
    first = chunk[0]
    if first.i == 0:
        return False
    before = first.doc[first.i - 1]
    if before.pos_ not in ("PROPN", "ADJ") or before.ent_type_ != first.ent_type_:
        return False
    return _another_countrys_name(before, entry, knowledge)


def _seat_of_another_country(chunk: list, entry: Entry, knowledge: Knowledge) -> bool:
    """A seat's name that other countries' offices share, owned by another
    country or its capital: "Pakistan's foreign office", "the Indian Foreign
    Office", "the Jakarta Metropolitan Police" (not London's)."""
    first = chunk[0]
    before = first.doc[first.i - 1] if first.i > 0 else None
    if before is not None and before.lower_ in ("'s", "’s") and before.i > 0:
        before = before.doc[before.i - 1]
    return before is not None and (_another_countrys_name(before, entry, knowledge)
                                   or _another_countrys_capital(before, entry, knowledge))


def _another_countrys_capital(word, entry: Entry, knowledge: Knowledge) -> bool:
    if not word.text[:1].isupper():
        return False
    capital = knowledge.lookup(word.text)
    return capital is not None and capital.kind == "capital" and capital.code != entry.code


def _another_countrys_name(word, entry: Entry, knowledge: Knowledge) -> bool:
    """The capitalised word names a country (or its people) other than the entry's."""
    if not word.text[:1].isupper():
        return False
    country = knowledge.demonym(word.text) or knowledge.lookup(word.text)
    return country is not None and country.kind == "country" and country.code != entry.code


# Words that make a pope the Roman one.
_ROMAN = {"catholic", "roman", "vatican"}


def _of_another_church(tokens: list, chunk: list) -> bool:
    """A one-word seat ("pope") that a faith or nation in the phrase
    qualifies ("the Coptic pope", "the Orthodox patriarch"): another church's."""
    return any(t.ent_type_ == "NORP" and t.lower_ not in _ROMAN for t in tokens if t not in chunk)


# Nouns that name an organisation by its kind ("the al-Qaeda network", "new
# EU members", "its European Community partners"): a known name on them
# codes the phrase, unlike a name on a thing ("the Minsk Agreements").
_BODY_NOUNS = {"network", "group", "movement", "organisation", "organization", "faction", "member", "members",
               "partner", "partners", "alliance", "bloc", "coalition", "mission", "delegation",
               "peacekeeper", "peacekeepers", "mediator", "monitors", "observers", "inspectors",
               # a body's own office ("the United Nations human rights office",
               # "the UN refugee agency", "an EU panel")
               "office", "agency", "agencies", "body", "watchdog", "panel", "commission", "committee", "council"}


# What an institution does, named by a noun its name modifies: "an FBI
# investigation", "a Pentagon probe", "UN criticism": the institution acts
# (unlike "the Minsk Agreements", where a capital's name only labels).
_ACT_NOUNS = {"investigation", "probe", "inquiry", "raid", "crackdown", "criticism", "statement", "warning",
              "operation", "offensive", "strike", "airstrike", "sanction", "ban", "ruling", "request", "demand",
              "proposal", "offer", "condemnation", "complaint", "lawsuit", "indictment", "charge", "arrest",
              # what happened to someone is not them: "the death of Robert Dziekanski"
              "death", "killing", "shooting", "murder", "slaying", "beating", "stabbing", "disappearance",
              "kidnapping", "abduction", "execution", "assassination", "detention", "funeral",
              # nor is what was bombed or shelled: "the shelling of a rebel leader's office"
              "bombing", "shelling", "bombardment", "massacre", "ambush",
              # nor are troops moved: "completed the withdrawal of its forces"
              "withdrawal", "pullout", "deployment", "redeployment", "evacuation", "expulsion", "deportation"}
# What a body issues and speaks through: "a Human Rights Watch report", "a
# Washington Post editorial" say what the body says.
_ISSUED_NOUNS = {"report", "editorial", "column", "op-ed", "statement", "letter", "study", "ad", "advertisement",
                 "communique", "communiqué", "memo", "tweet"}


# What an armed group is named making: "a Hamas attack", "Taliban rockets".
# (Only armed groups: "the Sony attack" or "a Pentagon attack" was aimed at
# the firm or the building.)
_ARMED_ACT_NOUNS = {"attack", "bombing", "ambush", "assault", "bombardment", "shelling", "rocket", "missile",
                    "mortar", "incursion", "insurgency", "uprising", "rebellion"}
_ARMED_SECTORS = {"REB", "MIL"}


def _names_a_body(head, entry: Entry, person_name: Optional[str]) -> bool:
    if head.lemma_.lower() in _BODY_NOUNS or head.lower_ in _BODY_NOUNS:
        return True
    if entry.kind in ("seat", "organisation") and head.lemma_.lower() in _ACT_NOUNS | _ISSUED_NOUNS:
        return True
    if entry.kind == "organisation" and set(entry.sectors) & _ARMED_SECTORS \
            and head.lemma_.lower() in _ARMED_ACT_NOUNS:
        return True
    # "U.N. mediator X" speaks for the body; a firm's employee does not (no MNC).
    return bool(person_name) and entry.kind == "organisation" and entry.code in NON_STATE_CODES - {"MNC"}


_PLACE_ENTITIES = {"GPE", "LOC"}
_PLACE_KINDS = {"country", "capital"}


def _part_of_a_longer_place(chunk: list) -> bool:
    """The words are only part of a place's name ("Jersey" in "New Jersey",
    "Guinea" in "Equatorial Guinea" when that is not known): another place,
    not the one the words name alone."""
    if _inside_a_longer_entity(chunk, _PLACE_ENTITIES):
        return True
    # "the New London Police Department" (tagged an organisation): "New"
    # before a name makes another place (New London, New Mexico, New Delhi).
    first = chunk[0]
    return first.i > 0 and first.doc[first.i - 1].text == "New"


def _inside_a_persons_name(chunk: list) -> bool:
    """The words are part of a longer PERSON name ("Cuban" in "Mark Cuban",
    "Jordan" in "Michael Jordan", "Israel" in "Israel Kamakawiwo'ole"): a
    person's name, not a country's."""
    return _inside_a_longer_entity(chunk, {"PERSON"})


def _not_a_surname(chunk: list) -> bool:
    """One word of a longer person's name, other than its last: a first or
    middle name, which a known surname alone does not match."""
    words = [t for t in chunk if t.pos_ != "DET"]
    if len(words) != 1 or words[0].ent_type_ != "PERSON":
        return False
    after = words[0].doc[words[0].i + 1] if words[0].i + 1 < len(words[0].doc) else None
    return after is not None and after.ent_type_ == "PERSON" and after.ent_iob_ == "I"


def _one_word_of_an_organisation(chunk: list) -> bool:
    """One word (with its article) of a longer organisation's name."""
    words = [t for t in chunk if t.pos_ != "DET"]
    return len(words) == 1 and _inside_a_longer_entity(words, {"ORG"})


def _inside_a_longer_entity(chunk: list, labels: set[str]) -> bool:
    """The words are part of a longer entity with one of these labels (read from token IOB tags)."""
    first, last = chunk[0], chunk[-1]
    if first.ent_type_ not in labels:
        return False
    after = last.doc[last.i + 1] if last.i + 1 < len(last.doc) else None
    # A possessive mark the tagger put inside the entity ("the United States'")
    # makes it no longer.
    return first.ent_iob_ == "I" or (after is not None and after.ent_iob_ == "I" and after.ent_type_ == first.ent_type_
                                     and after.tag_ != "POS")


def _plausible(entry: Entry, chunk: list) -> bool:
    """Short all-caps codes such as 'IS', 'US', 'UN' only count in capitals
    (also after an article: "the car" is not CAR, the Central African Republic)."""
    while len(chunk) > 1 and chunk[0].pos_ == "DET":
        chunk = chunk[1:]
    text = _join(chunk)
    if len(text) <= 3 and text.upper() == text:
        return chunk[0].text.isupper()
    if len(text) <= 3 and not text[0].isupper():
        return False
    # A country or capital is written with a capital ("a juvenile male" is
    # not Malé, the Maldives' capital; "the kingdom of Saudi Arabia" is).
    return entry.kind not in _PLACE_KINDS or any(c.isupper() for c in text)


def _the_body_leading_them(tokens: list, knowledge: Knowledge, within: set) -> Optional[Entry]:
    """"Hamas-led militants": a group led by a named organisation is that
    organisation's (the words may start at "led", the name left out of
    them). ("Iran-backed" is not: the backer is not the actor; a state
    before "led" is read as a demonym below.)"""
    for token in tokens:
        if token.lower_ != "led" or token.dep_ != "amod":
            continue
        for leader in token.children:
            if leader.dep_ in ("npadvmod", "compound", "nmod") and leader.i not in within:
                entry = knowledge.lookup(leader.text)
                if entry is not None and entry.code and entry.kind == "organisation":
                    return entry
    return None


def _country_from_modifiers(tokens: list, knowledge: Knowledge, has_role: bool) -> Optional[Entry]:
    """'Russian troops', 'Russia's foreign ministry', 'the government of Iraq'
    (a named modifier only counts on a role noun: not 'the Minsk Agreements')."""
    within = {t.i for t in tokens}
    residence = _people_of_a_country(tokens, knowledge)
    if residence is not None:
        return residence
    leader = _the_body_leading_them(tokens, knowledge, within)
    if leader is not None:
        return leader
    for token in tokens:
        entry, words = demonym_ending_at(token, knowledge, within)
        if entry and (_inside_a_persons_name(words) or _part_of_a_longer_place(words)):
            entry = None
        if entry and _against_or_for(words[0]):
            entry = None  # "an anti-Syria journalist", "pro-Russia rebels": whom they oppose or back, not theirs
        if entry and _a_hyphenated_nationality_follows(token, knowledge, within):
            entry = None  # "a Mexican-American judge": American, of Mexican descent
        if entry and token.dep_ in ("amod", "compound", "nmod", "poss", "ROOT", "nsubj", "nsubjpass", "dobj", "pobj",
                                    "appos", "conj", "dative"):
            return entry
        # "Vietnamese-led forces", "the Saudi-led coalition": the leader's
        # country ("X-backed" is not: the backer is not the actor).
        if entry and token.dep_ == "npadvmod" and token.head.lower_ == "led":
            return entry
    nationality = _nationality(tokens, knowledge)
    if nationality is not None:
        return nationality
    for token in tokens:
        if (token.dep_ == "poss" or (has_role and token.dep_ in ("pobj", "compound"))) \
                and not _inside_a_persons_name([token]) and not _part_of_a_longer_place([token]) \
                and token.head.lemma_.lower() not in VICTIM_NOUNS:
            entry = knowledge.lookup(token.text)
            # ("the driver of the car" is not the Central African Republic, CAR.)
            if entry and entry.code and _plausible(entry, [token]) \
                    and not (entry.kind == "organisation" and _one_word_of_an_organisation([token])):
                return entry
    return None


_ALLIANCES = {"coalition", "alliance"}


def _the_state_leading_a_coalition(token, knowledge: Knowledge) -> Optional[Entry]:
    """"The Saudi-led coalition", "a US-led alliance": states' forces under
    the leader's command, coded as the leader's (a party-led coalition, "the
    Labour-led coalition", is a government's and has no state before "led")."""
    if token.lemma_.lower() not in _ALLIANCES:
        return None
    for led in token.children:
        if led.dep_ != "amod" or led.lower_ != "led":
            continue
        for leader in led.children:
            if leader.dep_ not in ("npadvmod", "compound", "nmod"):
                continue
            entry = knowledge.demonym(leader.text) or knowledge.lookup(leader.text)
            if entry is not None and entry.kind == "country":
                return entry
    return None


def _a_hyphenated_nationality_follows(token, knowledge: Knowledge, within: set[int]) -> bool:
    """"Mexican-American", "Irish-Canadian": the demonym after the hyphen
    is the nationality, the one before it the descent."""
    doc = token.doc
    if token.i + 2 >= len(doc) or doc[token.i + 1].text != "-" or doc[token.i + 2].i not in within:
        return False
    entry, _ = demonym_ending_at(doc[token.i + 2], knowledge, within)
    return entry is not None


def _people_of_a_country(tokens: list, knowledge: Knowledge) -> Optional[Entry]:
    """"The Armenians of Israel", "the Jews of France": a people "of" a
    country live there; the country, not the demonym, is theirs."""
    within = {t.i for t in tokens}
    root = next((t for t in tokens if t.head.i not in within or t.head.i == t.i), None)
    if root is None or root.tag_ not in ("NNPS", "NNS") or root.ent_type_ != "NORP":
        return None
    for of in (c for c in root.children if c.dep_ == "prep" and c.lower_ == "of"):
        for place in (g for g in of.children if g.dep_ == "pobj"):
            entry = knowledge.lookup(_join(phrase_tokens(place)))
            if entry is not None and entry.kind == "country" and entry.code:
                return entry
    return None


def demonym_ending_at(token, knowledge: Knowledge, within: Optional[set[int]] = None) -> tuple[Optional[Entry], list]:
    """The known demonym whose last word is the token, and its words: the
    longest of up to three ("South Korean", "Sri Lankan", "Papua New
    Guinean"; "Korean" alone names no one country), else the word alone.
    `within`: token indices the words must stay inside (a mention's phrase)."""
    doc = token.doc
    if _a_former_polity(token):
        return None, [token]
    for size in (3, 2):
        first = token.i - size + 1
        if first < token.sent.start or (within is not None and not within.issuperset(range(first, token.i))):
            continue
        words = doc[first:token.i + 1]
        entry = knowledge.demonym(words.text)
        if entry is not None:
            return entry, list(words)
    if _of_the_americas(token):
        return None, [token]
    return knowledge.demonym(token.text), [token]


def _home_police(document: Document, knowledge: Knowledge) -> list[tuple[int, str]]:
    """(offset, country) of each police force named by its country's
    demonym ("South African police have arrested five men"): police act at
    home, so it says where the story is, as a place would (armies and
    diplomats, which act abroad, do not); only for a country some place
    of the text lies in ("Kenyan police arrested activists near Uganda"
    names no place in Kenya, and may tell of the border)."""
    placed = {p.country for p in document.places if p.country and not p.demonym}
    out = []
    for token in document.spacy_doc:
        if token.lemma_.lower() != "police":
            continue
        for modifier in token.lefts:
            if modifier.dep_ in ("amod", "compound", "nmod") and modifier.ent_type_ == "NORP":
                entry, words = demonym_ending_at(modifier, knowledge)
                if entry is not None and entry.code in placed:
                    out.append((words[0].idx, entry.code))
    return out


# What "former Soviet", "former Yugoslav" describe: lands of a state that
# is gone, none of them its heir ("the two former Soviet republics" are
# Armenia and Azerbaijan, not Russia).
_POLITIES = {"republic", "state", "colony", "territory", "country", "nation", "bloc", "satellite"}


def _a_former_polity(token) -> bool:
    doc = token.doc
    return token.i > 0 and doc[token.i - 1].lower_ in ("former", "ex", "ex-") \
        and token.head.lemma_.lower() in _POLITIES and token.head.i > token.i


# Words that make "American" the Americas', not the United States': "Latin
# American leaders", "the Inter-American Commission", "the Pan American
# Health Organization", "South American" and "Central American" states.
_OF_THE_AMERICAS = {"latin", "inter", "pan", "south", "central"}


def _of_the_americas(token) -> bool:
    if token.lower_ not in ("american", "americans"):
        return False
    doc = token.doc
    before = doc[token.i - 1] if token.i > 0 else None
    if before is not None and before.text in ("-", "‐") and token.i > 1:
        before = doc[token.i - 2]
    return before is not None and before.lower_ in _OF_THE_AMERICAS


def _owned_by_a_role(tokens: list, knowledge: Knowledge) -> bool:
    """A role noun compounded on the head says whose it is ("a police
    bullet", "army shells"); a participle does not ("suspected bombs")."""
    return any(t.dep_ == "compound" and _role_word(t, knowledge) for t in tokens)


def _a_persons_surname(token, knowledge: Knowledge, earlier: list[Mention]) -> bool:
    """"President Park", "Senator Bo Park", "Ms. Street": a proper noun a
    title or honorific stands before, a person's name, or the short name of
    someone named before ("Park" after "Park Geun-hye") is someone, not a
    park or a street."""
    if token.pos_ != "PROPN":
        return False
    if token.ent_type_ == "PERSON" or _named_antecedent(token.text, earlier) is not None:
        return True
    titles = [c for c in token.children if c.dep_ == "compound" and c.i < token.i]
    return any(c.lower_ in _HONORIFICS or _a_title(c, knowledge) for c in titles)


def _a_title(token, knowledge: Knowledge) -> bool:
    """An office or rank said before a name ("Senator", "President"); not
    what anyone may be ("the Yida Refugee Camp" is a camp)."""
    role = knowledge.role(token.lower_)
    return role is not None and role.person and set(role.sectors) != {"CVL"}


def _role_word(token, knowledge: Knowledge) -> bool:
    return token.lower_ in knowledge.role_words or token.lemma_.lower() in knowledge.role_words


# Kinds of settlement a name may be said to be ("the town of Trujillo Alto").
# (Not "state" or "province": "the state of Texas" may sue as a government.)
_SETTLEMENTS = {"city", "town", "village", "hamlet", "township", "suburb", "municipality", "county", "district",
                "parish", "commune", "neighbourhood", "neighborhood", "port", "province", "borough", "settlement"}


def _named_as_a_place(token) -> bool:
    """"in the town of Trujillo Alto", "the villages of Nuli and Avnevi": a
    name the text calls a settlement is one, even where the gazetteer does
    not know it; places are no actors."""
    while token.dep_ == "conj" and token.head.i != token.i:
        token = token.head
    if token.pos_ == "PROPN" and any(c.dep_ == "compound" and c.pos_ == "NOUN" and c.lemma_.lower() in _SETTLEMENTS
                                     for c in token.lefts):
        return True  # "near the village Dvani"
    if token.dep_ != "pobj" or token.head.lower_ != "of" or token.pos_ != "PROPN":
        return False
    kind = token.head.head
    # ("some 100km south of the capital": a landmark to measure from.)
    return (kind.pos_ == "NOUN" and kind.lemma_.lower() in _SETTLEMENTS) or kind.lower_ in _DIRECTIONS


def _hometown(token, knowledge: Knowledge) -> bool:
    """"the driver, who is from Brookvile", "she hails from Tver": where a
    person is from is a place, even one the gazetteer does not know (the
    tagger read a misspelt town as a person, and a later "he" took it).
    Only a person's origin: "the letter was from Smith" keeps Smith."""
    preposition = token.head
    verb = preposition.head
    if not (token.dep_ == "pobj" and token.pos_ == "PROPN" and preposition.lower_ == "from"
            and verb.lemma_.lower() in {"be", "hail"} and verb.i != preposition.i):
        return False
    subject = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    return subject is not None and (subject.lower_ in _PEOPLE_PRONOUNS or subject.ent_type_ == "PERSON"
                                    or _role_word(subject, knowledge))


_PEOPLE_PRONOUNS = {"who", "he", "she", "they", "i", "we", "you"}


_DIRECTIONS = {"north", "south", "east", "west", "northeast", "northwest", "southeast", "southwest",
               "north-east", "north-west", "south-east", "south-west"}


_NATIONALITY_WORDS = {"national", "nationals", "citizen", "citizens", "passport", "passports"}


def _nationality(tokens: list, knowledge: Knowledge) -> Optional[Entry]:
    """"New Zealand national Campbell Paterson", "a Sri Lanka citizen": the
    country named just before a word of nationality (a demonym before it,
    "a British national", is read above)."""
    for index, token in enumerate(tokens):
        if token.lower_ not in _NATIONALITY_WORDS or index == 0:
            continue
        start = index
        while start > 0 and tokens[start - 1].pos_ == "PROPN":
            start -= 1
        if start < index:
            entry = knowledge.lookup(" ".join(t.text for t in tokens[start:index]))
            if entry is not None and entry.kind == "country" and entry.code:
                return entry
    return None


# Where a place names victims, it is where they died: "the parents of two
# Benghazi victims" are not Libyan.
VICTIM_NOUNS = {"victim", "survivor", "casualty", "dead"}


def _names_victims(doc, start: int) -> bool:
    """The place starting at this character modifies a victim noun ("Benghazi victims")."""
    span = doc.char_span(start, start + 1, alignment_mode="expand")
    return span is not None and span.root.dep_ == "compound" and span.root.head.lemma_.lower() in VICTIM_NOUNS


def _person_name(tokens: list, head=None) -> Optional[str]:
    """The PERSON entity inside the phrase: the one the head is part of,
    else the first that is not a possessor ("Holt's colleague Matt Lauer"
    is Lauer), else the first. Reads token-level IOB tags: `Doc.ents`
    rebuilds every span on each access, which made this the stage's hot spot."""
    doc = tokens[0].doc
    names = []
    for token in tokens:
        if token.ent_iob_ == "B" and token.ent_type_ == "PERSON":
            end = token.i + 1
            while end < len(doc) and doc[end].ent_iob_ == "I":
                end += 1
            if end - 1 <= tokens[-1].i:
                names.append(doc[token.i:end])
    if not names:
        return _a_name_joined_to_a_persons(tokens, head) or _a_royal_name(tokens, head)
    owned = [n for n in names if not (n[-1].dep_ == "poss" or (n.end < len(doc) and doc[n.end].tag_ == "POS"))]
    name = next((n for n in names if head is not None and n.start <= head.i < n.end), None) or (owned or names)[0]
    return name.text.removesuffix("'s").removesuffix("’s") + _shared_surname(name)


def _shared_surname(name) -> str:
    """"Khizr and Ghazala Khan", "Tom and Ann Hale": a given name alone,
    just before "and" and a full name, shares its surname (" Khan"), so
    that a later "Mr. Khan" is known to be one of two. Not a surname the
    article gives someone in full ("Ruiz and Jonathan Pell" after "Andrew
    Ruiz"), nor one of a longer list of names ("Voss, Brandt and Harold
    Keane"), nor a surname the knowledge base holds."""
    doc = name.doc
    root = name.root
    if len(name) != 1 or name.end + 2 >= len(doc) or doc[name.end].lower_ != "and":
        return ""
    given, partner = doc[name.end + 1], doc[name.end + 2]
    if partner.head.i != root.i or partner.dep_ != "conj" or given.head.i != partner.i or given.dep_ != "compound" \
            or partner.ent_type_ != "PERSON" or partner.pos_ != "PROPN":
        return ""
    if not all(t.is_alpha and t.is_title and t.tag_ == "NNP" for t in (root, given)):
        return ""  # ("the Khans and Mr. Trump": neither a given name)
    if root.dep_ == "conj" and root.head.pos_ == "PROPN":
        return ""
    surname = normalise(root.text)
    if any(ent.label_ == "PERSON" and len(ent) >= 2 and normalise(ent[-1].text) == surname for ent in doc.ents):
        return ""
    if surname in load_knowledge().surnames:
        return ""  # ("Presidents Obama and Xu Lin": a surname we know, not a given name)
    return " " + partner.text


def _names_a_relative(token) -> bool:
    """The name is given to someone's kin: "her husband, Bill", "his son Tom"
    (the token is the name or the kin word the phrase hangs on)."""
    if token.lower_ in KIN_NOUNS:
        return True
    if token.dep_ in ("appos", "compound") and token.head.lower_ in KIN_NOUNS:
        return True
    return any(c.dep_ in ("appos", "compound") and c.lower_ in KIN_NOUNS for c in token.children)


def _a_described_person(tokens: list, head) -> bool:
    """An indefinite person noun that a proper name only modifies ("a
    Wasilla woman", "an Anchorage teen"): the tagger's PERSON there is a
    town or a group, never the name of the one described."""
    if head.pos_ != "NOUN" or not any(t.dep_ == "det" and t.lower_ in ("a", "an") and t.head.i == head.i
                                      for t in tokens):
        return False
    names = [t for t in tokens if t.ent_type_ == "PERSON"]
    return bool(names) and all(t.dep_ == "compound" and t.i < head.i for t in names)


def _a_name_joined_to_a_persons(tokens: list, head) -> Optional[str]:
    """"arrested Ann Hale and Bo Reed": spaCy may leave the second of two
    joined names untagged; proper nouns alone, joined to a person's name,
    are a person's name too."""
    if head is None or head.dep_ != "conj" or head.ent_type_ or head.head.ent_type_ != "PERSON" \
            or head.head.pos_ != "PROPN":
        return None
    words = [t for t in tokens if not t.is_punct]
    if not 2 <= len(words) <= 3 or not all(t.pos_ == "PROPN" and t.text[:1].isupper() and not t.ent_type_
                                           for t in words):
        return None
    return " ".join(t.text for t in words)


# Royal and princely titles written before a given name.
_ROYAL_TITLES = {"prince", "princess", "king", "queen", "duke", "duchess", "sheikh", "emir"}


def _a_royal_name(tokens: list, head) -> Optional[str]:
    """"lashed out at Prince Edmund": a title of royalty before a given
    name, which the tagger may take for a place, names a person (not a
    place named after one: "Prince George's County", "Prince Edward
    Island", "King Street")."""
    if head is None or head.pos_ != "PROPN" or not head.is_title or head.ent_type_ == "GPE" \
            or head.i == 0 or head.doc[head.i - 1].lower_ not in _ROYAL_TITLES or not head.doc[head.i - 1].is_title:
        return None
    after = head.doc[head.i + 1] if head.i + 1 < len(head.doc) else None
    if after is not None and (after.tag_ == "POS" or (after.pos_ == "PROPN" and after.is_title)):
        return None
    title = head.doc[head.i - 1]
    if title not in tokens:
        return None
    return f"{title.text} {head.text}"


def _named_after_a_person(tokens: list, head, knowledge: Knowledge) -> bool:
    """"early Obama enthusiasts": a plural noun a known person's name is
    set on as a compound (not an owner: "Sanders' accusations" are his; nor
    a people the tagger took for a name: "two Abkhaz servicemen")."""
    names = [t for t in tokens if t.ent_type_ == "PERSON"]
    if not _plural_common(head) or not names or not all(t.dep_ == "compound" and t.i < head.i for t in names):
        return False
    entry = knowledge.lookup(" ".join(t.text for t in names))
    return entry is not None and entry.kind == "person"


# Institutions a person's name is set on, and their sectors: "Trump
# University" teaches, "the Clinton Foundation" is a charity, "the Trump
# Organization" a business.
_INSTITUTIONS = {"university": "EDU", "college": "EDU", "academy": "EDU", "institute": "EDU",
                 "foundation": "SOC", "fund": "SOC", "trust": "SOC", "center": "SOC", "centre": "SOC",
                 "organization": "BUS", "organisation": "BUS", "corporation": "BUS", "company": "BUS",
                 "enterprises": "BUS", "industries": "BUS", "holdings": "BUS"}


def _institution_named_after(entry, name_tokens: list, head) -> Optional[str]:
    """The sector of the institution the phrase's capitalised head names
    when a known person's name only stands before it as a compound ("Trump
    University"), else None."""
    if entry is None or entry.kind != "person" or not name_tokens or head in name_tokens \
            or head.pos_ != "PROPN" or not head.is_title:
        return None
    names = [t for t in name_tokens if t.dep_ != "det"]
    if not names or not all(t.dep_ == "compound" and t.i < head.i for t in names):
        return None
    return _INSTITUTIONS.get(head.lower_)


def _country_of_a_joined_kins_owner(token, tokens: list, earlier: list[Mention]) -> Optional[str]:
    """A name a bare kin noun is set on ("father Jean-Marie"), joined to a
    name whose kin noun has an owner ("Le Pen's niece Marion, … and father
    Jean-Marie"): the same owner's kin, of the owner's country."""
    if token.dep_ != "conj" or not any(t.lower_ in KIN_NOUNS and not any(c.dep_ == "poss" for c in t.children)
                                       for t in tokens if t.i != token.i):
        return None
    first = token.head
    owners = [c for kin in first.subtree if kin.lower_ in KIN_NOUNS and kin.i < first.i
              for c in kin.children if c.dep_ == "poss"]
    for owner in owners:
        mention = _mention_of(owner, earlier)
        if mention is not None and mention.actor.code and not mention.by_setting:
            return mention.actor.code
    return None


def _kin_named_after(tokens: list, name_tokens: list) -> bool:
    """"Le Pen's niece Marion" (a given name the tagger did not read as a
    person's): the phrase names the owner's kin, not the owner."""
    return any(t.dep_ == "poss" for t in name_tokens) and any(
        t.lower_ in KIN_NOUNS and t not in name_tokens for t in tokens)


def _a_group_named_after(head, name_tokens: list) -> bool:
    """"Trump fans", "early Obama enthusiasts", "supporters of Sanders'
    bid": people named by a person's name on a plural noun, or in its "of"
    phrase, are the person's followers, not the person."""
    return _named_by_whom_they_follow(head) and bool(name_tokens) and all(
        (t.dep_ == "compound" and t.i < head.i) or _of_the_group(t, head) for t in name_tokens)


def _named_by_whom_they_follow(head) -> bool:
    """People a name on the noun names by someone else: a plural ("Trump
    fans"), or one follower, aide or critic ("a Clinton supporter")."""
    return _plural_common(head) or head.lemma_.lower() in _FOLLOWER_NOUNS


def _only_an_owner(tokens: list, head) -> bool:
    """Every person the phrase names is a possessor, not its head: "Hale's
    supporters", "Putin's spokesman", "Sanders supporters" (with a role at
    the head, someone else)."""
    names = [t for t in tokens if t.ent_type_ == "PERSON"]
    # (Also a name on a group of people: "Sanders supporters", "Clinton aides",
    # "supporters of Sanders' bid".)
    group = _named_by_whom_they_follow(head)
    return bool(names) and head.ent_type_ != "PERSON" and all(
        any(a.dep_ == "poss" or (group and a.dep_ == "compound") for a in [t, *t.ancestors] if a.i < head.i)
        or (group and _of_the_group(t, head)) for t in names)


def _plural_common(head) -> bool:
    """A plural common noun, capitalized or not ("Supporters of Hale" opening a sentence is tagged NNPS)."""
    return head.tag_ == "NNS" or (head.tag_ == "NNPS" and not head.ent_type_)


# People named by whom they follow, back or oppose ("supporters of Hale";
# not "members of the Daya family", who are Dayas).
_FOLLOWER_NOUNS = {"supporter", "backer", "follower", "fan", "loyalist", "donor", "critic", "opponent", "rival",
                   "aide", "adviser", "advisor", "ally", "staffer", "enthusiast", "admirer"}


def _of_the_group(name, head) -> bool:
    """The name is inside an "of" phrase of a group of followers ("supporters of Hale", "backers of Hale's bid")."""
    return head.lemma_.lower() in _FOLLOWER_NOUNS and any(
        a.dep_ == "prep" and a.lower_ == "of" and a.head.i == head.i for a in name.ancestors)


# Ranks that are also adjectives: a rank only as a noun or title ("Major
# Ali", "the general said").
_ADJECTIVE_ROLES = {"major", "general", "deputy", "rival", "official"}  # ("an official visit": no official)
# What an outsider runs for office with: "Sanders' insurgent bid" has no insurgents.
_POLITICAL_BIDS = {"bid", "campaign", "candidacy", "run", "challenge"}
# Ranks that begin the names of companies, leagues and brands: "General
# Motors", "Major League Baseball", "Captain Morgan" are no officers.
_RANKS = {"general", "major", "captain", "colonel", "commander", "admiral", "lieutenant", "sergeant"}
_NAMED_THINGS = {"ORG", "PRODUCT", "FAC", "EVENT", "WORK_OF_ART", "LAW"}


def _a_rank_in_a_name(token) -> bool:
    """A rank word inside the name of an organisation or a thing, before
    another word of that name."""
    doc = token.doc
    return token.lower_ in _RANKS and token.ent_type_ in _NAMED_THINGS and token.i + 1 < len(doc) \
        and doc[token.i + 1].ent_type_ == token.ent_type_ and doc[token.i + 1].ent_iob_ == "I"


def _words_of_a_partys_name(head) -> set[int]:
    """The capitalised words right before "party" that name it ("Brazil's
    Workers' Party", "Poland's Law and Justice party")."""
    if head is None or head.lemma_.lower() != "party":
        return set()
    words: set[int] = set()
    for token in reversed(head.doc[head.sent.start:head.i]):
        if token.text[:1].isupper() and token.i > head.sent.start and token.tag_ != "POS":
            words.add(token.i)
        elif not (token.lower_ in ("and", "of", "for", "-") or token.tag_ == "POS" and token.text == "'"):
            break
    return words


def _roles(tokens: list, knowledge: Knowledge, head=None) -> tuple[set[str], list[str], bool]:
    """Role nouns in the phrase; longer roles first ('foreign minister' before 'minister').
    Whether the phrase is one person: a person's role at its head, or before
    a name ("a guerrilla war", "a rebel attack" are no one)."""
    found: set[str] = set()
    sectors: list[str] = []
    person = False
    lowers = [t.lower_ for t in tokens]
    lemmas = [t.lemma_.lower() for t in tokens]
    used: set[int] = set()
    in_a_party_name = _words_of_a_partys_name(head)
    for size in (3, 2, 1):
        for start in range(0, len(tokens) - size + 1):
            if used & set(range(start, start + size)):
                continue
            last = tokens[start + size - 1]
            if last.i in in_a_party_name:
                continue  # "the Workers' Party", "Law and Justice party": a party, no workers or judges
            if last.lower_ in _ADJECTIVE_ROLES and (last.dep_ == "amod" or last.pos_ == "ADJ"):
                continue  # "a major drug dealer", "the deputy director", "the major union": not a rank
            if last.lower_ == "insurgent" and last.head.lemma_.lower() in _POLITICAL_BIDS:
                continue
            if _a_rank_in_a_name(last):
                continue  # "General Motors", "the General Confederation of Labour": no general
            if last.lower_ in _ROLES_ONLY_AS_HEAD and head is not None and last.i != head.i:
                continue  # "the UN chief", not "Clinton's chief pollster", "Chief Justice Roberts"
            if last.lower_ == "deputy" and last.dep_ in ("compound", "amod") and last.head.pos_ == "NOUN":
                continue  # "the party's deputy chairman": the second of an office, no sheriff's deputy
            if last.lower_ == "assembly" and size == 1 and last.dep_ == "compound" \
                    and last.head.lemma_.lower() in _WORKS_OF_ASSEMBLY:
                continue  # "a drone assembly workshop": making things, no legislature
            if last.lemma_.lower() == "officer" and start > 0 and tokens[start - 1].lower_ in _CIVIL_OFFICES:
                continue  # "an education officer with UNICEF", "the chief executive officer": no police
            if last.lemma_.lower() == "maker" and start > 0 and tokens[start - 1].lower_ in _NOT_FIRMS:
                continue  # "a chemicals maker" is a firm; "policy makers", "film makers" are not
            if last.lower_ in _ADJECTIVES_FOR_PEOPLE and last.dep_ == "amod":
                continue  # "the female officers", "two male soldiers": no civilians
            if _against_or_for(tokens[start]) or _whom_they_oppose(last):
                continue  # "an anti-government demonstration", "an outspoken NYPD critic": whom, not who
            phrases = [" ".join(lowers[start:start + size]), " ".join(lemmas[start:start + size])]
            if size == 3 and lowers[start + 1] == "-":
                phrases.append("-".join(lowers[start:start + size:2]))  # a hyphenated post: "Secretary-General"
            for phrase in phrases:
                role = knowledge.role(phrase)
                if role:
                    # (as the knowledge base keys it: "the military" is the role "military")
                    found.add(normalise(phrase))
                    if not _sides_of_a_fight(last):
                        sectors = _merge_sectors(sectors, role.sectors)
                    person = person or (role.person and _heads_the_phrase(tokens[start:start + size], head))
                    used.update(range(start, start + size))
                    break
    return found, sectors, person


# Where things are assembled: "a drone assembly workshop", "an assembly line".
_WORKS_OF_ASSEMBLY = {"workshop", "line", "plant", "factory", "facility", "kit", "shop"}


# Words before "officer" that make it a civil post, no police officer's.
_CIVIL_OFFICES = {"education", "information", "press", "programme", "program", "project", "protection", "health",
                  "communications", "finance", "financial", "executive", "operating", "technology", "compliance",
                  "welfare", "medical", "loan", "marketing", "relations", "election", "returning", "humanitarian",
                  "aid", "nutrition", "media", "legal", "research", "development"}


# Role words that name a post only as the head of their phrase.
_ROLES_ONLY_AS_HEAD = {"chief"}
# What makers who are no firm make ("policy makers", "film makers").
_NOT_FIRMS = {"policy", "decision", "peace", "law", "film", "movie", "trouble", "king", "match", "news", "rule",
              "change", "deal", "noise", "money", "rain", "home"}


# What makes "parties" the sides of a fight or a deal, not political parties:
# "the warring parties", "the parties to the conflict".
_FIGHTING = {"warring", "belligerent", "opposing", "conflicting", "contending", "fighting", "feuding"}
_WHAT_SIDES_ARE_TO = {"conflict", "war", "fighting", "dispute", "talks", "negotiations", "agreement", "accord",
                      "deal", "ceasefire", "truce", "treaty", "case", "lawsuit", "suit", "contract"}


def _sides_of_a_fight(token) -> bool:
    """"the warring parties", "all parties to the conflict", "third-party
    mediation": sides, of no sector."""
    if token.lemma_.lower() != "party":
        return False
    before = [t.lower_ for t in token.doc[max(token.i - 2, 0):token.i]]
    if before[-1:] == ["third"] or before == ["third", "-"]:
        return True
    if any(c.dep_ == "amod" and c.lower_ in _FIGHTING for c in token.children):
        return True
    # ("urged all parties to the conflict to …" parsed with "to the conflict" on "urged")
    after = token.doc[token.i + 1] if token.i + 1 < len(token.doc) else None
    to = [c for c in token.children if c.dep_ == "prep" and c.lower_ == "to"] + (
        [after] if after is not None and after.lower_ == "to" and after.dep_ == "prep" else [])
    return any(g.dep_ == "pobj" and g.lemma_.lower() in _WHAT_SIDES_ARE_TO for c in to for g in c.children)


# Words that make a "party" a gathering: "a birthday party", "the office Christmas party".
# (Not "new": "formed a new party"; not "tea": the Tea Party is a movement.)
_CELEBRATIONS = {"birthday", "christmas", "holiday", "dinner", "house", "office", "wedding", "pool", "garden",
                 "block", "cocktail", "launch", "farewell", "engagement", "bachelor", "bachelorette",
                 "costume", "graduation", "retirement", "dance", "street", "beach", "halloween", "slumber",
                 "pajama", "surprise", "prom", "frat", "fraternity", "sorority", "keg", "rave", "warehouse",
                 "watch", "viewing", "victory", "eve"}


def _a_celebration(token) -> bool:
    """A "party" that its own modifiers make a gathering ("a birthday party",
    "a company Christmas party", "a New Year's Eve party")."""
    return token.lemma_.lower() == "party" and token.pos_ == "NOUN" and any(
        c.dep_ in ("compound", "amod", "nmod", "poss") and (c.lower_ in _CELEBRATIONS or any(
            g.lower_ in _CELEBRATIONS for g in c.subtree)) for c in token.children)


def _heads_the_phrase(role_tokens: list, head) -> bool:
    """The role is the phrase's head, or a title set on the name that heads
    it ("President Obama"), or a role beside that name ("a federal judge,
    Ramon Ortega", "Ann Hale, a teacher")."""
    role = role_tokens[-1]
    return head is None or any(t.i == head.i for t in role_tokens) \
        or (head.pos_ == "PROPN" and (role.head.i == head.i or head.head.i == role.i))


# Nouns for people by whom they stand against: a role noun compounded on one
# names the opposed, not the person's own body ("an outspoken NYPD critic").
_OPPONENTS = {"critic", "opponent", "foe", "detractor", "adversary", "skeptic", "sceptic", "gadfly", "nemesis"}


def _whom_they_oppose(token) -> bool:
    return token.dep_ == "compound" and token.head.lemma_.lower() in _OPPONENTS


def _against_or_for(token) -> bool:
    """The word follows "anti-" or "pro-" ("anti-government", "pro-government")."""
    doc = token.doc
    return token.i >= 2 and doc[token.i - 1].text == "-" and doc[token.i - 2].lower_ in ("anti", "pro")


def _named_antecedent(name: str, earlier: list[Mention], gender: Optional[str] = None) -> Optional[Mention]:
    """'Lavrov' → the earlier mention named 'Sergei Lavrov'. A full name is
    that person only with the same first name too: 'Dana Pell' is not
    'Marcus Pell', nor 'Bill Clinton' 'Hillary Clinton'; and a surname with
    "Mr." or "Mrs." is a person of that gender ("Mr. Clinton" after both
    Clintons is Bill)."""
    key = normalise(name)
    words = key.split()
    found = []
    for mention in reversed(earlier):
        if not mention.named or not mention.person or not mention.actor.name:
            continue
        if not _genders_agree(mention.gender, gender):
            continue
        full = normalise(mention.actor.name).split()
        if len(full) == 1 and len(words) > 1 and (gender is None or mention.gender != gender):
            continue  # "Ivana Trump" after a "Mr. Trump" known only by surname: the same only if both say so
        if full == words or (words[-1] in _short_names(full)
                             and (len(words) == 1 or len(full) == 1 or full[0] == words[0])):
            if gender is None or mention.gender is not None:
                return mention
            found.append(mention)
    # "Mr. Khan" after "Khizr and Ghazala Khan", neither's gender known
    # and no one of the name known to be a man: one of two, so neither.
    return found[0] if len({m.actor.name for m in found}) == 1 else None


def _someone_elses_given_name(entry: Entry, name_tokens: list, earlier: list[Mention]) -> bool:
    """A listed person's short name alone that is the given name of someone
    else the story has named in full ("Cameron Hale … Cameron died"): news
    calls victims and teenagers by their first names."""
    if entry.kind != "person" or len(name_tokens) != 1 or any(m.actor.name == entry.name for m in earlier):
        return False  # (after "Chris Christie", "Christie" is he)
    named = _by_given_name(name_tokens[0].text, earlier, None, name_tokens[0])
    # (a name of words alone: not the tagger's run-together "Christie “New Jersey")
    return named is not None and all(w.isalpha() and w[:1].isupper() for w in named.actor.name.split())


def _by_given_name(name: str, earlier: list[Mention], gender: Optional[str], token) -> Optional[Mention]:
    """"Kimani Gray, 16, … the shooting death of Kimani": a given name alone,
    when exactly one person named so far has it (news calls teenagers and
    victims by their first names); with two Johns, neither. Only a person's
    own name, the tagger's PERSON at its head ("a State Department
    official" is named after a body); not a relative's ("her husband,
    Bill" is hers, not the Bill named before)."""
    words = normalise(name).split()
    if len(words) != 1 or _names_a_relative(token):
        return None
    doc = token.doc
    named = [m for m in earlier if m.named and m.person and m.actor.name and _genders_agree(m.gender, gender)
             and doc[m.token_i].ent_type_ == "PERSON"
             and len(full := normalise(m.actor.name).split()) > 1 and full[0] == words[0]]
    return named[-1] if len({m.actor.name for m in named}) == 1 else None


# "Alwaleed bin Talal" is "Alwaleed" for short: in a name with a patronymic,
# the given name before it is what news repeats ("bin Laden" keeps the end).
_PATRONYMICS = {"bin", "ibn", "bint"}


def _short_names(full: list[str]) -> set[str]:
    """The words a later, shorter mention may name this person by: the last,
    a given name before a patronymic, and a family name before a hyphenated
    given name."""
    short = {full[-1]} | {full[i - 1] for i in range(1, len(full) - 1) if full[i] in _PATRONYMICS}
    if len(full) == 2 and "-" in full[1].strip("-"):
        short.add(full[0])  # "Park Geun-hye", "Kim Jong-un": the family name first, then "Park"
    return short


def _another_given_name(entry: Entry, name_tokens: list) -> bool:
    """A known person's surname alone ("Trump") found after another given
    name ("Ivana Trump", "Rafael Cruz"): someone else of the family."""
    if entry.kind != "person" or len(name_tokens) != 1:
        return False
    surname = name_tokens[0]
    given = surname.doc[surname.i - 1] if surname.i > 0 else None
    return given is not None and given.pos_ == "PROPN" and given.ent_type_ == "PERSON" and given.dep_ == "compound" \
        and given.head.i == surname.i and normalise(given.text) != normalise(entry.name.split()[0])


# Words that count a group: "hundreds of supporters", "dozens of soldiers".
_COUNTS = {"hundreds", "thousands", "dozens", "scores", "millions", "tens"}


def counted_group(token):
    """The group a count word stands for (the head of its "of" phrase), else None."""
    if token.lower_ not in _COUNTS:
        return None
    return next((g for c in token.children if c.dep_ == "prep" and c.lower_ == "of" for g in c.children
                 if g.dep_ == "pobj"), None)


def _listed_short_name(name: str, entry: Optional[Entry], knowledge: Knowledge) -> bool:
    """The one-word name is listed in the knowledge as this person's own
    short name (not only a surname some listed person happens to have:
    "Johnson" is no one in particular)."""
    return entry is not None and entry.kind == "person" and " " not in name and knowledge.lookup(name) is entry


def _another_of_the_name(surname: str, entry: Entry, earlier: list[Mention]) -> bool:
    """The story has named someone else of the family ("Bill Clinton" before
    a bare "Clinton"): which of them the short name means is not known."""
    return any(m.person and m.actor.name and m.actor.name != entry.name and len(m.actor.name.split()) > 1
               and m.actor.name.split()[-1] == surname for m in earlier)


def _surname_entry(name: str, knowledge: Knowledge) -> Optional[Entry]:
    found = knowledge.lookup(name) or knowledge.lookup(_without_middle_initials(name))
    if found is not None:
        return found
    words = name.split()
    entry = knowledge.surnames.get(normalise(words[-1]))
    # (A full name with another given name is someone else of the family:
    # "Ivana Trump" is not Donald Trump, "Rafael Cruz" not Ted Cruz.)
    if entry is not None and len(words) > 1 and normalise(words[0]) != normalise(entry.name.split()[0]):
        return None
    return entry


_INITIAL = re.compile(r"^[A-Z]\.$")


def _without_middle_initials(name: str) -> str:
    """"John F. Kerry" → "John Kerry": American papers print a middle
    initial that the knowledge base's names leave out."""
    words = name.split()
    if len(words) < 3 or _INITIAL.match(words[0]) or _INITIAL.match(words[-1]):
        return name
    return " ".join([words[0], *(w for w in words[1:-1] if not _INITIAL.match(w)), words[-1]])


# Endings of nouns for a person by what they do ("hacker", "activist",
# "professor", "historian", "immigrant", "employee").
_PERSON_NOUN_ENDINGS = ("er", "ist", "or", "ian", "ant", "ent", "ee")
# How many sentences back a nameless description may be from the name.
_DESCRIPTION_REACH = 2


def _described_before(token, earlier: list[Mention], knowledge: Knowledge) -> Optional[Mention]:
    """"The Romanian hacker whose break-ins … pleaded guilty. As part of his
    plea, Marcel Lazar said …": a person the article names for the first
    time, of no country the text or the knowledge base gives, is the one
    person a definite description gave a nationality to just before (this
    sentence or the two before it), when no other person was named between
    them. News leads describe, then name."""
    doc = token.doc
    first = start_of_sentences_before(token, _DESCRIPTION_REACH)
    between = [m for m in earlier if first <= m.token_i < token.i]
    found = [m for m in between if _a_nameless_national(doc[m.token_i], m, knowledge)]
    if len({m.actor.code for m in found}) != 1:
        return None
    description = found[-1]
    # (people named in the description's own sentence are not between them:
    # "the hacker who revealed that Hillary Clinton used …")
    after = doc[description.token_i].sent.end
    if any(m.person and m.named and m.token_i >= after for m in between):
        return None
    return description


def _the_one_described_just_before(token, earlier: list[Mention], knowledge: Knowledge) -> Optional[Mention]:
    """"Spain has extradited a Russian national … The man, Dmitry
    Ostapenko, was arrested …", "a Cambodian government spokesman said. The
    spokesman, Chea Vuthy, accused …": "the" + a word for a person, named
    in apposition, is the person a description just before (this sentence
    or the two before it) gave a nationality to: the same word, or any
    person for "the man" or "the woman"."""
    head = token.head if token.dep_ == "appos" else token
    if head.pos_ != "NOUN" or _is_plural(head) or not any(c.dep_ == "det" and c.lower_ == "the"
                                                          for c in head.children):
        return None
    if not any(c.dep_ == "appos" and c.pos_ == "PROPN" for c in head.children) and head is token:
        return None
    lemma = head.lemma_.lower()
    doc = token.doc
    first = start_of_sentences_before(token, _DESCRIPTION_REACH)
    found = [m for m in earlier if first <= m.token_i < head.i and doc[m.token_i].sent.start < head.sent.start
             and _a_described_national(doc[m.token_i], m, knowledge)
             and (doc[m.token_i].lemma_.lower() == lemma or lemma in ("man", "woman"))]
    return found[-1] if found else None


def _a_described_national(head, mention: Mention, knowledge: Knowledge) -> bool:
    """"a Russian national", "a Cambodian government spokesman": one
    person, no name, given a nationality by a word before them."""
    if mention.named or mention.by_setting or mention.names_through or not mention.actor.code:
        return False
    if not is_state_code(mention.actor.code) or head.pos_ != "NOUN" or _is_plural(head):
        return False
    if not any(_a_nationality_of(t, mention.actor.code, knowledge) for t in head.subtree if t.i < head.i):
        return False
    lemma = head.lemma_.lower()
    return mention.person or lemma in _PEOPLE_NOUNS or lemma.endswith(_PERSON_NOUN_ENDINGS) \
        or lemma in ("national", "citizen")


def _has_own_country(tokens: list) -> bool:
    """The phrase's own words give a nationality ("the Thai spokesman, …")."""
    return any(t.ent_type_ in ("NORP", "GPE") for t in tokens)


def start_of_sentences_before(token, count: int) -> int:
    """The index of the first token of the sentence `count` sentences
    before the token's own (the document's first, when there are fewer)."""
    doc = token.doc
    first = token.sent
    for _ in range(count):
        first = doc[max(first.start - 1, 0)].sent
    return first.start


def _a_nameless_national(head, mention: Mention, knowledge: Knowledge) -> bool:
    """"The Romanian hacker", "the Turkish professor": one person, no name,
    whose country is its nationality's (not a home state's, "the Texas
    senator", nor a place's, "the Nice driver")."""
    if mention.named or mention.by_setting or mention.names_through or not mention.actor.code:
        return False
    if not is_state_code(mention.actor.code):
        return False
    if head.pos_ != "NOUN" or _is_plural(head) or not _is_definite(head):
        return False
    if not any(_a_nationality_of(c, mention.actor.code, knowledge) for c in head.lefts):
        return False
    lemma = head.lemma_.lower()
    return mention.person or lemma in _PEOPLE_NOUNS or (lemma.endswith(_PERSON_NOUN_ENDINGS) and not mention.actor.sector)


def _a_nationality_of(word, code: str, knowledge: Knowledge) -> bool:
    if word.dep_ not in ("amod", "compound") or word.ent_type_ != "NORP":
        return False
    entry, _ = demonym_ending_at(word, knowledge)
    return entry is not None and entry.code == code


# "the national government", "the central government": the home state's
# own, not the last government named ("The government of neighboring
# Venezuela … The governor asked the national government to declare").
_HOME_GOVERNMENT_WORDS = {"national", "central", "federal"}


def _home_government(token) -> bool:
    return token.lemma_.lower() == "government" and any(
        c.dep_ == "amod" and c.lower_ in _HOME_GOVERNMENT_WORDS for c in token.children)


def _role_antecedent(roles: set[str], earlier: list[Mention]) -> Optional[Mention]:
    """The nearest earlier coded mention with the same role; else the
    nearest named person whose longer title the role heads (see
    `_holds_a_longer_title`)."""
    return _nearest(earlier, lambda m: _roles_name_one_post(m.roles, roles) and m.actor.code is not None) \
        or _nearest(earlier, lambda m: m.person and m.named and m.actor.code is not None
                    and _holds_a_longer_title(m.roles, roles))


def _roles_name_one_post(held: set[str], named: set[str]) -> bool:
    """Whether roles name the same post: a shared role, or "the junta" and
    a military government ("demanded that the military government free
    the president. The junta rejected …")."""
    if held & named:
        return True
    military_government = {"government", "military"}
    return ("junta" in named and military_government <= held) or ("junta" in held and military_government <= named)


# Words before a role that make it a lower or other post, not a kind of it:
# "the president" is not the vice president, "the minister" not the deputy
# (or prime) minister, "the general" not the attorney general.
_OTHER_POST_WORDS = {"vice", "deputy", "assistant", "lieutenant", "lt.", "attorney", "prime", "under"}


def _holds_a_longer_title(held: set[str], named: set[str]) -> bool:
    """Whether one of the roles `held` is a longer title that a role of
    `named` heads: "the minister" after "Foreign Minister Sergei Lavrov",
    "the candidate" after "presidential candidate Ted Cruz"."""
    return any(post.endswith(" " + role) and post.split()[0] not in _OTHER_POST_WORDS for post in held for role in named)


# A country's ally or partner, by the owner's word for it.
_ALLY_NOUNS = {"ally", "partner"}
# Words for other parties than the one whose they are said to be.
_OTHERS_NOUNS = _ALLY_NOUNS | {"neighbour", "neighbor", "rival", "adversary", "enemy", "foe"}


def _a_states_name(token) -> bool:
    """The word ends a country's or capital's name ("Poland's"; not
    "Trump's": a person's rivals are of his own country)."""
    entry = load_knowledge().lookup(token.text)
    return entry is not None and entry.kind in ("country", "capital")


def another_state_of_the_owner(token) -> bool:
    """A noun for other states than the state owning it ("Poland's allies",
    "Russia's neighbours"), with nothing else that names them ("Poland's
    NATO allies", "Poland's neighbour Belarus" do): its owner is not its
    party. Likewise its "of" phrase ("enemies of Pakistan")."""
    owners = [c for c in token.children if c.dep_ == "poss"] + [
        g for c in token.children if c.dep_ == "prep" and c.lower_ == "of" for g in c.children if g.dep_ == "pobj"]
    return token.pos_ == "NOUN" and token.lemma_.lower() in _OTHERS_NOUNS \
        and any(c.pos_ == "PROPN" and _a_states_name(c) for c in owners) \
        and not any(c.dep_ in ("compound", "amod", "appos", "nmod") and (c.ent_type_ or c.pos_ == "PROPN")
                    for c in token.children)


def owns_others(token) -> bool:
    """The state named only as whose allies, neighbours or enemies they are
    ("Poland's allies", "enemies of Pakistan"): no party itself."""
    if token.dep_ == "poss":
        return another_state_of_the_owner(token.head)
    return token.dep_ == "pobj" and token.head.lower_ == "of" and another_state_of_the_owner(token.head.head)


def _the_ally_named(token, earlier: list[Mention]) -> Optional[Mention]:
    """"Although the government in Riyadh denied a role, the US has never
    accused its oil-rich ally": a state's ally, when the sentence has named
    before it one other state and no third, is that state."""
    owner = next((c for c in token.children if c.dep_ == "poss"), None)
    if owner is None:
        return None
    sent = token.sent
    here = [m for m in earlier if sent.start <= m.token_i < token.i and m.actor.code and not m.person]
    owning = _mention_of(owner, here)
    if owning is None or owning.actor.code in NON_STATE_CODES:
        return None
    others = [m for m in here if m.actor.code != owning.actor.code and m.actor.code not in NON_STATE_CODES
              and len(m.actor.code) == 3]
    if len({m.actor.code for m in others}) != 1:
        return None
    named = [m for m in others if m.named]
    return (named or others)[-1]


# "The group", "the militia": a body named before, told again by its kind.
_GROUP_NOUNS = {"group", "militia", "movement", "organization", "organisation", "faction", "network"}
# The sectors of bodies news calls "the group" (not governments, armies or firms).
_GROUP_SECTORS = {"REB", "SOC", "NGO", "LAB", "CRM", "REL"}


def _the_group(token) -> bool:
    """"The group", "the militant group": no words of its own that make it
    another group ("the rights group", "the group of protesters", "a group")."""
    if token.lemma_.lower() not in _GROUP_NOUNS or not _is_definite(token):
        return False
    # ("accuses the group of rearming": what of it, not which group)
    return not any(c.dep_ in ("compound", "poss", "nummod", "nmod")
                   or (c.dep_ == "prep" and c.lower_ == "of" and not _of_doing(c) and not _of_a_gerund(c))
                   for c in token.children)


def _of_a_gerund(preposition) -> bool:
    """"of rearming", the gerund tagged as a noun."""
    return any(c.dep_ == "pobj" and c.lower_.endswith("ing") and c.tag_ in ("NN", "VBG")
               and not any(g.dep_ in ("det", "poss", "amod") for g in c.children) for c in preposition.children)


def _a_named_group(mention: Mention) -> bool:
    return not mention.person and mention.named and mention.actor.code is not None \
        and bool(_GROUP_SECTORS & set(mention.actor.sector))


def _is_definite(token) -> bool:
    return any(child.lower_ in ("the", "this", "that") for child in token.children)


def _is_plural(token) -> bool:
    return token.tag_ in ("NNS", "NNPS")


def _merge_sectors(first, second) -> list[str]:
    out: list[str] = []
    for sector in list(first) + list(second):
        if sector and sector not in out:
            out.append(sector)
    return out


def _join(tokens: list) -> str:
    return "".join(t.text_with_ws for t in tokens).strip()


def _span_text(tokens: list) -> str:
    # A Span's text, not Doc.text: the latter is rebuilt from every token on each access.
    text = tokens[0].doc[tokens[0].i: tokens[-1].i + 1].text
    if text.count("(") > text.count(")"):
        text += ")"  # "the General Confederation of Labour (CGT", the bracket's close outside the phrase
    return text.strip(" ,")
