"""Quotes and their speakers.

Entry point: `extract_quotes(document, settings)` sets `document.quotes`.
`quote_at(document, offset)` gives the quote covering a text offset (used by
the events stage for `source_of_claim`).

Direct quotes are found on the characters (every common mark pair, dash-led
speech, quotes running over paragraphs, misplaced or mixed marks); indirect
ones on the parse (a reporting verb with a clause, "according to X").
Speakers come from the actors stage: the subject of the cue verb, coded
with coreference; a pronoun that reports speech ("he said") prefers the
latest speaker over the latest person named, as news paragraphs do.
"""

from __future__ import annotations

from dataclasses import dataclass, field, replace
from functools import lru_cache
from importlib import resources
from typing import Optional

from .document import Actor, DateMention, Document, Quote
from .places import dateline_and_end

# Closing marks each opening mark accepts. Writers mix styles ("«...”") and
# German „...“ closes with the English opener, so every double closer is
# accepted for every double opener.
_DOUBLE_CLOSERS = "”»“\""
OPENERS: dict[str, str] = {"“": _DOUBLE_CLOSERS, "«": _DOUBLE_CLOSERS, "„": "“”\"", "\"": "\"”",
                           "‹": "›", "‘": "’", "‚": "‘’"}
_DASHES = "—–"
_PERSON_PRONOUNS = {"he", "she", "i"}
_GROUP_PRONOUNS = {"they", "we", "it"}
# A quote longer than this many characters without its closing mark is cut at
# the paragraph end: marks are lost in scraping more often than quotes run on.
_MAX_UNCLOSED_PARAGRAPHS = 1
# How many paragraphs back an uncued quote or a speaking pronoun may take the
# previous speaker from (news quotes continue over one or two paragraphs).
_SPEAKER_CARRY_PARAGRAPHS = 2
# Quotes shorter than this (words) are kept only with a speaker (tuned on the
# PolNeAR dev half: 5 drops titles and scare quotes, keeps uncued sentences).
_MIN_UNATTRIBUTED_WORDS = 5
_DEICTIC = {"today", "tonight", "this morning", "this afternoon", "this evening", "now"}


@dataclass
class _Span:
    start: int  # content offsets, marks excluded
    end: int
    pieces: list[tuple[int, int]] = field(default_factory=list)


def extract_quotes(document: Document, settings=None) -> Document:
    """Direct quotes with their cue and speaker, then indirect ones."""
    doc = document.spacy_doc
    marked = single_marks(document.text)
    spans = find_direct_spans(marked)
    quotes: list[Quote] = [Quote(document.text[s.start:s.end], s.start, s.end, True,
                                 partial=is_partial(marked, s.start)) for s in spans]
    if doc is not None:
        _attribute_direct(document, quotes)
        # A short quoted phrase nobody says is a title or a scare quote
        # ("the “undercard” debate"), not an attributed statement.
        quotes = [q for q in quotes if q.speaker is not None or len(q.text.split()) >= _MIN_UNATTRIBUTED_WORDS]
        quotes = [replace(q, text=document.text[q.start:q.end]) for q in _merge_interrupted(marked, quotes)]
        quotes.extend(_indirect_quotes(document, quotes))
        quotes.sort(key=lambda q: q.start)
        _reanchor_deictic_dates(document, quotes)
    document.quotes = quotes
    return document


def quote_at(document: Document, offset: int) -> Optional[Quote]:
    """The innermost quote covering `offset` (a direct one wins over the indirect around it)."""
    covering = [q for q in document.quotes if q.start <= offset < q.end]
    if not covering:
        return None
    return min(covering, key=lambda q: (not q.direct, q.end - q.start))


# ---------------------------------------------------------- direct quotes
def single_marks(text: str) -> str:
    """The text with the typewriter's two-character quote marks (``…'' and
    ''…'', as archives and wire feeds print them) each written as one
    curly mark and a space, so that every offset stays the same: an
    opening pair becomes " “", a closing one "” "."""
    if "''" not in text and "``" not in text:
        return text
    chars = list(text)
    i = 0
    while i < len(text) - 1:
        pair = text[i:i + 2]
        if pair not in ("``", "''"):
            i += 1
            continue
        before = text[i - 1] if i else " "
        after = text[i + 2] if i + 2 < len(text) else " "
        if pair == "``" or ((before.isspace() or before in "([—–") and not after.isspace()):
            chars[i], chars[i + 1] = " ", "“"
        else:
            chars[i], chars[i + 1] = "”", " "
        i += 2
    return "".join(chars)


def find_direct_spans(text: str) -> list[_Span]:
    """Quoted stretches of `text`, by their marks; content offsets (marks excluded)."""
    spans: list[_Span] = []
    i, n = 0, len(text)
    while i < n:
        char = text[i]
        if char in OPENERS and _opens(text, i):
            span, i = _read_quote(text, i)
            if span is not None:
                spans.append(span)
            continue
        if char in _DASHES and _line_start(text, i):
            span, i = _read_dash_speech(text, i)
            if span is not None:
                spans.append(span)
            continue
        i += 1
    return spans


def is_partial(text: str, start: int) -> bool:
    """A partial quote is woven into the writer's sentence: the word before
    its opening mark belongs to the sentence ("said it was “a hell of a lot
    worse”") and it starts in lower case; a full quote follows a paragraph
    start, a colon, a comma or a dash, or starts a sentence of its own."""
    k = start - 1
    while k >= 0 and (text[k].isspace() or text[k] in "“«„\"‘‚‹"):
        k -= 1
    if k < 0 or text[k] in "\n:,—–":
        return False
    first = text[start] if start < len(text) else ""
    return first.islower() or text[k].isalnum()


def _opens(text: str, i: int) -> bool:
    """An opening mark stands before a word, after a space, start or bracket."""
    before = text[i - 1] if i else " "
    after = text[i + 1] if i + 1 < len(text) else " "
    if text[i] in "‘‚":
        return (before.isspace() or before in "([—–\"“«") and after.isalnum()
    if text[i] == "\"":
        return not after.isspace() and (before.isspace() or before in "([—–:" or i == 0)
    return not after.isspace() or text[i] in "«„"


def _closes(text: str, j: int, mark: str) -> bool:
    if mark in "’‘":  # an apostrophe inside a word ("Russia’s") closes nothing
        after = text[j + 1] if j + 1 < len(text) else " "
        return not after.isalpha()
    return True


def _read_quote(text: str, i: int) -> tuple[Optional[_Span], int]:
    """From an opening mark at i: the quote (possibly over paragraphs) and where to resume."""
    opener = text[i]
    closers = OPENERS[opener]
    start = i + 1
    pieces: list[tuple[int, int]] = []
    j = start
    paragraphs_unclosed = 0
    while j < len(text):
        char = text[j]
        if char in closers and j > start and _closes(text, j, char):
            if char in "“„" and opener not in "„" and text[j - 1].isspace() and j + 1 < len(text) \
                    and not text[j + 1].isspace():
                # a nested or restarted opener: a new quote starts here
                pieces.append((start, _rstrip(text, start, j)))
                return _make(pieces), j
            end = j
            after = j + 1
            if after < len(text) and text[after].isalpha() and text[j - 1].isspace():
                # «... possibility »of reaching an agreement, he said: the
                # closing mark slipped; the quote runs to the clause's end.
                end = _clause_end(text, after)
                after = end
            pieces.append((start, _rstrip(text, start, end)))
            return _make(pieces), after
        if char == "\n":
            k = _skip_space(text, j)
            pieces.append((start, _rstrip(text, start, j)))
            if k < len(text) and text[k] == opener:
                # Continuation convention: the next paragraph reopens the quote.
                start = k + 1
                j = start
                continue
            paragraphs_unclosed += 1
            if paragraphs_unclosed >= _MAX_UNCLOSED_PARAGRAPHS:
                return _make(pieces), k
        j += 1
    pieces.append((start, _rstrip(text, start, len(text))))
    return _make(pieces), len(text)


def _read_dash_speech(text: str, i: int) -> tuple[Optional[_Span], int]:
    """"— We will win — said the minister.": speech from the dash to the next
    spaced dash or the line's end."""
    start = _skip_space(text, i + 1)
    line_end = text.find("\n", start)
    line_end = len(text) if line_end < 0 else line_end
    for dash in _DASHES:
        k = text.find(f" {dash}", start, line_end)
        if k >= 0:
            line_end = k
            break
    end = _rstrip(text, start, line_end)
    if end - start < 2:
        return None, line_end
    return _make([(start, end)]), line_end


def _make(pieces: list[tuple[int, int]]) -> Optional[_Span]:
    pieces = [(s, e) for s, e in pieces if e > s]
    if not pieces:
        return None
    return _Span(pieces[0][0], pieces[-1][1], pieces)


def _clause_end(text: str, k: int) -> int:
    while k < len(text) and text[k] not in ",.;:!?\n":
        k += 1
    return k


def _rstrip(text: str, start: int, end: int) -> int:
    while end > start and text[end - 1].isspace():
        end -= 1
    return end


def _skip_space(text: str, k: int) -> int:
    while k < len(text) and text[k].isspace():
        k += 1
    return k


def _line_start(text: str, i: int) -> bool:
    k = i - 1
    while k >= 0 and text[k] in " \t":
        k -= 1
    return k < 0 or text[k] == "\n"


# ---------------------------------------------------------------- speakers
@lru_cache(maxsize=1)
def load_cues() -> dict[str, str]:
    """Cue lemma → kind (speech|belief), from data/quote_cues.tsv."""
    cues: dict[str, str] = {}
    raw = resources.files("wirecoder.data").joinpath("quote_cues.tsv").read_text(encoding="utf-8")
    for line in raw.splitlines():
        if line.strip() and not line.startswith("#"):
            lemma, kind = line.split("\t")[:2]
            cues[lemma.strip()] = kind.strip()
    return cues


def _attribute_direct(document: Document, quotes: list[Quote]) -> None:
    doc = document.spacy_doc
    text = document.text
    cues = load_cues()
    previous: Optional[Quote] = None
    document.quotes = quotes  # visible to _speaker while attributing
    for quote in quotes:
        cue = _cue_for(doc, quote, quotes, cues)
        if cue is not None:
            quote.cue = cue.text
            quote.speaker = _speaker(document, cue, previous)
        if quote.speaker is None and previous is not None and previous.speaker is not None \
                and _paragraphs_between(text, previous.end, quote.start) <= _SPEAKER_CARRY_PARAGRAPHS:
            # An uncued quote continues the previous speaker's.
            quote.speaker = previous.speaker
            quote.cue = quote.cue or previous.cue
        if quote.speaker is not None:
            previous = quote


def _merge_interrupted(text: str, quotes: list[Quote]) -> list[Quote]:
    """“A,” he said, “B.” is one statement: full quotes by the same speaker,
    in one paragraph or in consecutive ones with no more than a cue between,
    become one Quote covering both (and the cue between)."""
    merged: list[Quote] = []
    for quote in quotes:
        last = merged[-1] if merged else None
        if last is not None and not last.partial and not quote.partial and last.speaker is not None \
                and quote.speaker is not None and _same_speaker(last.speaker, quote.speaker) \
                and ("\n" not in text[last.end:quote.start] or _only_cue_between(text[last.end:quote.start])):
            merged[-1] = replace(last, end=quote.end, text=text[last.start:quote.end])
            continue
        merged.append(quote)
    return merged


# A quote in the next paragraph by the same speaker continues the statement
# when at most this many non-mark characters sit between (only a stray
# comma or period). Tuned on PolNeAR dev: allowing a cue ("”, he said.",
# 40 chars) merges runs the gold keeps apart (direct F1 0.816 → 0.756).
_MAX_CUE_BETWEEN = 1


def _only_cue_between(gap: str) -> bool:
    words = "".join(ch for ch in gap if not ch.isspace() and ch not in "“”«»„\"‘’‚‹›")
    return len(words) <= _MAX_CUE_BETWEEN


def _same_speaker(first: Actor, second: Actor) -> bool:
    if first.start == second.start and first.end == second.end:
        return True
    return bool(first.name) and first.name == second.name


def _cue_for(doc, quote: Quote, quotes: list[Quote], cues: dict[str, str]):
    """The reporting verb for a direct quote: outside every quote, in the
    sentences the quote touches, nearest to the quote (after it first)."""
    first = doc.char_span(quote.start, quote.end, alignment_mode="expand")
    if first is None:
        return None
    sentences = {first[0].sent.start: first[0].sent, first[-1].sent.start: first[-1].sent}
    candidates = []
    for sent in sentences.values():
        for token in sent:
            if token.lemma_.lower() in cues and token.pos_ in ("VERB", "AUX") \
                    and not any(q.direct and q.start <= token.idx < q.end for q in quotes):
                candidates.append(token)
            elif token.lower_ == "according" and token.i + 1 < len(doc) and doc[token.i + 1].lower_ == "to":
                candidates.append(token)
    introducer = _colon_introducer(doc, quote)
    if introducer is not None:
        return introducer
    if not candidates:
        return None

    inner = doc.char_span(quote.start, quote.end, alignment_mode="expand")
    text = _doc_text(doc)

    def distance(token) -> tuple[bool, bool, int, int]:
        """Same paragraph first, then a cue whose clause holds the quote,
        then after the quote ("…," he said) before before it."""
        lo, hi = sorted((token.idx, quote.start if token.idx < quote.start else quote.end))
        other_paragraph = "\n" in text[lo:hi]
        governs = any(token in t.ancestors for t in inner[:3])
        if token.idx >= quote.end:
            return (other_paragraph, not governs, 0, token.idx - quote.end)
        return (other_paragraph, not governs, 1, quote.start - token.idx)

    return min(candidates, key=distance)


def _doc_text(doc) -> str:
    """The Doc's text, computed once per Doc: `Doc.text` joins every token on
    each access, which made quote attribution the slowest stage."""
    text = doc.user_data.get("wirecoder_text")
    if text is None:
        text = doc.user_data["wirecoder_text"] = doc.text
    return text


def _colon_introducer(doc, quote: Quote):
    """"The president added:" / "X released the following statement:" — the
    sentence that ends in a colon right before the quote introduces it; its
    main verb stands as the cue (whatever the verb)."""
    k = quote.start - 1
    text = _doc_text(doc)
    while k >= 0 and (text[k].isspace() or text[k] in "“«„\"‘‚‹`'"):
        k -= 1
    if k < 0 or text[k] != ":":
        return None
    colon = doc.char_span(k, k + 1, alignment_mode="expand")
    if colon is None:
        return None
    sent = colon[0].sent
    root = sent.root
    if root.pos_ in ("VERB", "AUX") and any(c.dep_ in ("nsubj", "nsubjpass") for c in root.children):
        return root
    return None


def _speaker(document: Document, cue, previous: Optional[Quote]) -> Optional[Actor]:
    subject = _past_the_dateline(document, cue, _subject_of(cue))
    if subject is not None and any(q.direct and q.start <= subject.idx < q.end for q in document.quotes):
        # “Judge,” Brafman said: a vocative inside the quote is no speaker.
        subject = _adjacent_name(cue)
    return _speaker_of(document, subject, previous)


def _past_the_dateline(document: Document, cue, subject):
    """"DAYTON, Ohio — April Hale, a spokeswoman, said …": the parser may
    take the dateline's place for the subject; the speaker is the verb's
    other subject, or the name set beside the place, after the dateline;
    else no one (a dateline never speaks)."""
    if subject is None:
        return None
    found = dateline_and_end(document)
    if found is None or subject.idx >= found[1]:
        return subject
    after = [c for c in cue.children if c.dep_ in ("nsubj", "nsubjpass") and c.idx >= found[1]]
    after += [t for t in subject.subtree if t.idx >= found[1] and t.dep_ in ("appos", "conj") and t.pos_ == "PROPN"]
    return after[0] if after else None


def _speaker_of(document: Document, token, previous: Optional[Quote]) -> Optional[Actor]:
    """The speaker a subject token names; a relative pronoun speaks for its noun."""
    if token is None:
        return None
    if token.lower_ in _RELATIVES:
        return _relative_speaker(document, token, previous)
    return speaker_actor(document, token, previous)


_RELATIVES = {"who", "which", "that"}


def _relative_speaker(document: Document, token, previous: Optional[Quote]) -> Optional[Actor]:
    """A relative pronoun as speaker ("Smith, who said …") keeps its own words
    and is the party it stands for, as "he" is (its name and code); None when
    it stands for no party ("an error that was reported")."""
    antecedent = _antecedent_speaker(document, token)
    actor = speaker_actor(document, antecedent, previous) if antecedent is not None else None
    if actor is None:
        return None
    return replace(actor, entity_text=token.text, start=token.idx, end=token.idx + len(token.text),
                   name=actor.name or actor.entity_text, sector=list(actor.sector))


def _antecedent_speaker(document: Document, relative):
    """A relative pronoun speaks for the noun its clause describes: "the
    ministry, which said" is the ministry; "who" always stands for its noun,
    "that" and "which" only for a party the actors stage found ("a
    'filing slip' that was written up in a 'smear story'": the error does
    not speak). None when there is none."""
    from .actors import mention_at

    clause = relative.head
    if clause.dep_ != "relcl" or clause.head.i == clause.i:
        return None
    noun = clause.head
    if relative.lower_ == "who" or noun.ent_type_ in ("PERSON", "ORG", "NORP", "GPE") \
            or mention_at(document, noun) is not None:
        return noun
    return None


def _adjacent_name(cue):
    """The noun right before or after a cue verb ("Brafman said", "said Brafman")."""
    doc = cue.doc
    for index in (cue.i - 1, cue.i + 1):
        if 0 <= index < len(doc) and doc[index].pos_ in ("PROPN", "PRON", "NOUN"):
            return doc[index]
    return None


def _subject_of(cue):
    if cue.lower_ == "according":
        for child in cue.doc[cue.i + 1].children:
            if child.dep_ == "pobj":
                return _owner_of_a_record(child) or child
        return None
    current = cue
    for _ in range(4):  # "has been saying", conjoined verbs share the subject
        # (A relative pronoun parsed as a second subject is the clause's
        # object: "who police believe to be the leader" is police's view.)
        children = sorted(current.children, key=lambda c: c.lower_ in _RELATIVES)
        for child in children:
            if child.dep_ in ("nsubj", "nsubjpass") or (child.dep_ == "agent" and list(child.children)):
                return child if child.dep_ != "agent" else next(iter(child.children))
        if current.dep_ in ("conj", "xcomp", "advcl") and current.head is not current:
            current = current.head
            continue
        break
    # "From the Ministry of Foreign Affairs, they called …": a fronted "from X" names the source.
    for child in cue.children:
        if child.dep_ == "prep" and child.lower_ == "from":
            for pobj in child.children:
                if pobj.dep_ == "pobj":
                    return pobj
    return None


# What a source publishes, rather than a source: "according to the FBI data".
_RECORDS = {"data", "figure", "figures", "statistic", "statistics", "record", "records", "report", "document",
            "documents", "filing", "filings", "number", "numbers", "estimate", "estimates", "tally", "count"}


def _owner_of_a_record(noun):
    """Who published the record the words come from: "the FBI data", "data
    from the U.S. Geological Survey", "a report by the Guardian", "the
    ministry's figures"; None when the record names no one."""
    if noun.lower_ not in _RECORDS:
        return None
    for child in noun.children:
        if child.dep_ in ("poss", "compound") and child.pos_ in ("PROPN", "NOUN") and child.lower_ not in _RECORDS:
            return child
        if child.dep_ == "prep" and child.lower_ in ("from", "by", "of"):
            owner = next((g for g in child.children if g.dep_ == "pobj"), None)
            if owner is not None and owner.pos_ == "PROPN":
                return owner
    return None


def speaker_actor(document: Document, token, previous: Optional[Quote] = None) -> Optional[Actor]:
    """The coded actor for a speaker token, with local offsets."""
    from .actors import mention_at

    token = _fronted_source(token) or token
    mention = mention_at(document, token)
    actor = mention.actor if mention is not None else None
    lower = token.lower_
    if lower in _PERSON_PRONOUNS | _GROUP_PRONOUNS and previous is not None and previous.speaker is not None \
            and _paragraphs_between(document.text, previous.end, token.idx) <= _SPEAKER_CARRY_PARAGRAPHS \
            and not _named_speaker_between(document, previous.end, token):
        # "he said" after a quote: the speaker continues (nearest *speaker*,
        # not nearest person, so "… he told Putin. Thus, he added" stays put).
        prev = previous.speaker
        person = prev.sector and actor is not None and mention is not None and mention.person
        if lower in _PERSON_PRONOUNS or not person:
            actor = replace(prev, sector=list(prev.sector))
            mention = None  # the antecedent is the previous speaker, not the parse's
    if actor is None:
        actor = Actor(entity_text=token.text, start=token.idx, end=token.idx + len(token.text))
        actor.name = _person_entity(document, token) or _proper_name(token)
        return actor
    if actor.name is None:
        # an uncoded person keeps the words that name them; bodies are named in _complete
        person = mention is None or mention.person
        name = _person_entity(document, token) or (_proper_name(token) if person else None)
        actor = replace(actor, sector=list(actor.sector), name=name)
    actor = replace(actor, sector=list(actor.sector))
    if mention is not None and lower not in _PERSON_PRONOUNS | _GROUP_PRONOUNS and token.i in document.mention_index:
        actor.start, actor.end = mention.actor.start, mention.actor.end
        actor.entity_text = mention.actor.entity_text
    else:
        actor.entity_text, actor.start, actor.end = token.text, token.idx, token.idx + len(token.text)
    return _complete(document, mention, actor)


def _named_speaker_between(document: Document, start: int, token) -> bool:
    """A person named as the subject of a reporting verb after the previous
    quote and before `token` ("Roberta Vance, the chairwoman, said she had
    received threats. “…,” she said"): the pronoun is that person, not the
    previous quote's speaker."""
    between = token.doc.char_span(start, token.idx, alignment_mode="contract")
    if between is None:
        return False
    cues = load_cues()
    named = [t for t in between if t.dep_ == "nsubj" and t.pos_ == "PROPN" and t.head.lemma_.lower() in cues]
    return any(not any(q.direct and q.start <= t.idx < q.end for q in document.quotes) for t in named)


def _person_entity(document: Document, token) -> Optional[str]:
    """An uncoded speaker's name from the named entities: the PERSON entity
    the token stands in, or for "he"/"she" the nearest one before it (within
    the carry window), its full form when named in full earlier."""
    people = [e for e in document.entities if e.label == "PERSON"]
    own = next((e for e in people if e.start <= token.idx < e.end), None)
    if own is None and token.lower_ in ("he", "she"):
        before = [e for e in people if e.end <= token.idx
                  and _paragraphs_between(document.text, e.end, token.idx) <= _SPEAKER_CARRY_PARAGRAPHS]
        own = before[-1] if before else None
    if own is None:
        return None
    surname = own.text.split()[-1]
    full = next((e.text for e in people if e.start < own.start and e.text.split()[-1] == surname
                 and len(e.text.split()) > 1), None)
    return full or own.text


def _proper_name(token) -> Optional[str]:
    """An uncoded proper-noun speaker is named by its own words ("Bozell")."""
    if token.pos_ != "PROPN":
        return None
    words = [t for t in token.subtree if t.pos_ == "PROPN" and t.dep_ in ("compound", "flat") or t is token]
    return " ".join(t.text for t in sorted(words, key=lambda t: t.i))


def _fronted_source(token):
    """"From the Ministry …, they called": the pronoun stands for the fronted source."""
    if token.lower_ not in _GROUP_PRONOUNS:
        return None
    verb = token.head
    for child in verb.children:
        if child.dep_ == "prep" and child.lower_ == "from" and child.i < token.i:
            for pobj in child.children:
                if pobj.dep_ == "pobj":
                    return pobj
    return None


def _complete(document: Document, mention, actor: Actor) -> Actor:
    """Fill a role-only speaker from the text: a later named mention with the
    same role ("The Russian Foreign Minister …" before "Sergei Lavrov"), or
    the country of the nearest coded government actor for an uncoded
    government body ("the Ministry of Foreign Affairs")."""
    if mention is None:
        return actor
    mentions = document.mentions
    # (Not a pronoun that stands for a named person already: "she", for the
    # state party's chairwoman, is not the national party's chairwoman.)
    if mention.roles and not mention.named and not actor.name:
        for other in mentions:
            if other.named and other.person and other.roles & mention.roles and other.actor.code == actor.code \
                    and other.actor.name and other.actor.name != actor.name:
                actor.name = other.actor.name
                break
    if mention.person and actor.name and " " not in actor.name:
        # "Lavrov" after "Sergei Lavrov": the surname takes the full name.
        for other in mentions:
            if other.token_i < mention.token_i and other.person and other.actor.name \
                    and other.actor.name.split()[-1] == actor.name and other.actor.code == actor.code:
                actor.name = other.actor.name
                break
    if actor.name is None and mention.roles and not mention.person:
        # an uncoded body named by its role ("the Ministry of Foreign Affairs")
        actor.name = actor.entity_text[4:] if actor.entity_text.lower().startswith("the ") else actor.entity_text
    if actor.code is None and "GOV" in actor.sector:
        earlier = [m for m in mentions if m.token_i < mention.token_i and m.actor.code and "GOV" in m.actor.sector]
        if earlier:
            actor.code = earlier[-1].actor.code
    return actor


def _paragraphs_between(text: str, start: int, end: int) -> int:
    return text.count("\n\n", start, max(start, end))


# --------------------------------------------------------- indirect quotes
_CLAUSE_DEPS = ("ccomp", "xcomp")


def _indirect_quotes(document: Document, direct: list[Quote]) -> list[Quote]:
    """Reporting verbs with a clause complement, and "according to X, …"."""
    doc = document.spacy_doc
    cues = load_cues()
    found: list[Quote] = []
    previous = None
    for token in doc:
        is_cue = token.lemma_.lower() in cues and token.pos_ in ("VERB", "AUX")
        is_according = (not is_cue and token.lower_ == "according" and token.i + 1 < len(doc)
                        and doc[token.i + 1].lower_ == "to")
        # Checked only for cues: testing every token against every quote was
        # this stage's largest cost on long, quote-heavy articles.
        if not (is_cue or is_according) or any(q.start <= token.idx < q.end for q in direct):
            continue
        span = _complement(token) if is_cue else _according_content(token)
        if span is None:
            continue
        start, end = span
        if any(q.start <= start and end <= q.end + 2 for q in direct):
            continue  # the clause is a direct quote already
        # "Duffy was known to be working for Kadir", "I'm told there is no
        # other service": the passive's subject is whom the words are about
        # or who heard them; who said them is its "by" agent, if named.
        passive = is_cue and (_passive(token) or _reduced_passive(token))
        speaker_token = _passive_agent(token) if passive else _subject_of(token)
        prior = _latest_with_speaker(direct + found, token.idx)
        speaker = _speaker_of(document, speaker_token, prior)
        quote = Quote(document.text[start:end], start, end, direct=False, cue=token.text, speaker=speaker)
        found.append(quote)
        previous = quote
    del previous
    return found


def _passive(verb) -> bool:
    """A passive cue: "was found to be in possession", "is said to have
    fled", "I'm told that …". PolNeAR annotates these as attributions, so
    the quote stays; its speaker is the agent, else no one."""
    return any(c.dep_ in ("auxpass", "nsubjpass") for c in verb.children)


# Cues that take "to" + infinitive only in the passive: "is believed to be",
# "thought to have fled". Without an auxiliary ("the driver believed to be
# his father") they are a reduced passive, however the parse reads them.
_PASSIVE_ONLY_INFINITIVE = {"believe", "think", "know", "report", "rumor", "rumour", "understand", "suppose",
                            "presume", "allege", "consider", "fear", "estimate", "reckon"}


def _reduced_passive(verb) -> bool:
    """"the man believed to be the leader": no one here says so ("the man
    whom police believed to be the leader": police do)."""
    return (verb.lemma_.lower() in _PASSIVE_ONLY_INFINITIVE and verb.tag_ in ("VBN", "VBD") and verb.dep_ != "relcl"
            and not any(c.dep_ in ("dobj", "aux", "ccomp") for c in verb.children)
            and any(c.dep_ == "xcomp" and any(g.lower_ == "to" for g in c.children) for c in verb.children))


def _passive_agent(verb):
    """The object of a passive cue's "by" ("was told by officials that …")."""
    return next((g for c in verb.children if c.dep_ == "agent" for g in c.children if g.dep_ == "pobj"), None)


def _latest_with_speaker(quotes: list[Quote], offset: int) -> Optional[Quote]:
    best = None
    for quote in quotes:
        if quote.end <= offset and quote.speaker is not None and (best is None or quote.end > best.end):
            best = quote
    return best


# A reported clause says something only with one of these.
_CONTENT_POS = {"NOUN", "PROPN", "VERB", "ADJ", "NUM", "PRON", "ADV", "X"}


def _complement(verb) -> Optional[tuple[int, int]]:
    """The reported clause: a ccomp ("said that …"), or object + infinitive
    ("urged Kyiv to negotiate")."""
    for child in verb.children:
        if child.dep_ in _CLAUSE_DEPS and child.i > verb.i:
            tokens = list(child.subtree)
            first = tokens[0]
            if child.dep_ == "xcomp":
                objects = [c for c in verb.children if c.dep_ == "dobj" and c.i < child.i]
                if objects:
                    first = list(objects[0].subtree)[0]
            last = tokens[-1]
            # a clause does not run over a paragraph break (merged sentences)
            for token in tokens:
                if token.i > first.i and "\n" in token.text_with_ws and token.i <= last.i:
                    last = token
                    break
            while (last.is_space or (last.is_punct and not last.is_quote)) and last.i > first.i:
                last = last.doc[last.i - 1]
            if last.i - first.i < 1 or not any(t.pos_ in _CONTENT_POS for t in last.doc[first.i:last.i + 1]):
                return None  # "the man believed to be Mason's father" parsed with "to be" as what was believed
            return first.idx, last.idx + len(last.text)
    return None


def _according_content(according) -> Optional[tuple[int, int]]:
    """"According to X, <clause>": the sentence without the attribution."""
    sent = according.sent
    phrase = list(according.subtree)
    if len(phrase) <= 2:
        phrase = [according] + list(according.doc[according.i + 1].subtree)
    phrase_start, phrase_end = phrase[0].i, phrase[-1].i
    rest = [t for t in sent if (t.i < phrase_start or t.i > phrase_end) and not t.is_punct]
    if len(rest) < 3:
        return None
    return rest[0].idx, rest[-1].idx + len(rest[-1].text)


# ------------------------------------------------------ dates inside quotes
def _reanchor_deictic_dates(document: Document, quotes: list[Quote]) -> None:
    """"today" inside a quote is the day the words were spoken: the date of
    the cue's clause outside the quote, when it names a different day."""
    from .timex import date_for_token

    doc = document.spacy_doc
    tokens_by_text: Optional[dict[str, list]] = None
    outside: Optional[list[DateMention]] = None
    for mention in document.dates:
        if mention.text.lower() not in _DEICTIC:
            continue
        quote = next((q for q in quotes if q.direct and q.start <= mention.start < q.end), None)
        if quote is None or quote.cue is None:
            continue
        # Built once, on the first mention that needs them: walking the whole
        # Doc and all dates per mention made long articles quadratic.
        if tokens_by_text is None:
            tokens_by_text = {}
            for token in doc:
                tokens_by_text.setdefault(token.text, []).append(token)
            outside = [d for d in document.dates if not any(q.direct and q.start <= d.start < q.end for q in quotes)]
        cue_token = _token_named(tokens_by_text.get(quote.cue, []), quote)
        if cue_token is None:
            continue
        said = _date_outside(document, cue_token, outside, date_for_token)
        if said is None or said.precision != "day" or not mention.value or said.value == mention.value[:10]:
            continue
        if document.date and said.value > document.date[:10]:
            # Words reported as said were said by the time of printing: a
            # later day the narrative had moved to ("before the caucuses Feb. 1")
            # is not when "tonight" was.
            continue
        mention.value = said.value + mention.value[10:] if mention.value[:1].isdigit() else said.value
        if mention.precision == "ref":
            mention.precision = "day"


def _token_named(candidates: list, quote: Quote):
    """The cue token nearest the quote among the tokens with the cue's text
    (the cue text only is stored on the Quote)."""
    best = None
    for token in candidates:
        if best is None or _gap(token, quote) < _gap(best, quote):
            best = token
    return best


def _gap(token, quote: Quote) -> int:
    return min(abs(token.idx - quote.end), abs(quote.start - token.idx))


def _date_outside(document: Document, token, outside: list[DateMention], date_for_token) -> Optional[DateMention]:
    """date_for_token, blind to the expressions inside direct quotes (`outside`
    holds the others)."""
    saved = document.dates
    document.dates = outside
    try:
        return date_for_token(document, token)
    finally:
        document.dates = saved
