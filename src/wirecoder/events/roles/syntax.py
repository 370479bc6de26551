"""Parse helpers shared by the role finders: clause and phrase structure.

What a dependency parse says about a token's place in its sentence, with no
knowledge of actors: the subject and passive-subject labels, reduced
passives ("the man arrested on Friday"), relative clauses and their
antecedents, controlled and conjoined passives, reported clauses, the verb
that governs a noun, a phrase without its clauses, prepositional objects
and conjuncts.
"""

from __future__ import annotations

from ..lexicon import MEANS_OF_VIOLENCE, SPEECH_VERBS, VERDICT_WORDS

_SUBJECT_DEPS = ("nsubj", "csubj")
_PASSIVE_SUBJECT_DEPS = ("nsubjpass", "csubjpass")

# Acts only a state's police or courts do: with no "by" agent, "a man was
# arrested", "he was charged with murder" name their actor by implication,
# the authority of where it happened (docs/annotation.md: "a man was
# arrested" — by the police of the setting — is coded with no text). The
# sector says which authority: police arrest and investigate, prosecutors
# and courts (JUD) charge, indict and jail.
_AUTHORITY_ACTS = {"arrest": "COP", "detain": "COP", "apprehend": "COP", "book": "COP", "handcuff": "COP",
                   "investigate": "COP", "charge": "JUD", "indict": "JUD", "jail": "JUD", "imprison": "JUD",
                   "convict": "JUD", "sentence": "JUD", "arraign": "JUD",
                   "deport": "GOV", "extradite": "GOV",
                   # what only a state grants, refused ("were refused permission", "was denied bail")
                   "refuse entry": "GOV", "refuse bail": "JUD"}

# What a state grants, by what a refusal of it amounts to (authority_lemma).
_GRANTED_BY_THE_STATE = {**dict.fromkeys(("entry", "permission", "visa", "access", "accreditation", "asylum",
                                          "passage", "admission", "citizenship", "passport"), "refuse entry"),
                         **dict.fromkeys(("bail", "parole"), "refuse bail")}

# How the parser hangs a verdict's adjective on "found": "was found guilty"
# (and a headline's capitals, "Man found GUILTY of …", as a proper-noun object).
_VERDICT_DEPS = ("oprd", "acomp", "ccomp", "xcomp", "dobj")


def authority_lemma(token) -> str:
    """The token's lemma, or the authority act a phrase amounts to: "arrest"
    for a verb that takes or holds someone "into custody" or "in custody",
    "convict" for "found guilty" or "found liable", "refuse entry" for a
    refused visa or permission, "refuse bail" for denied bail or parole."""
    lemma = token.lemma_.lower()
    if lemma in ("take", "hold") and any(c.dep_ == "prep" and c.lower_ in ("into", "in")
                                         and any(g.lower_ == "custody" for g in c.children)
                                         for c in token.children):
        return "arrest"
    if lemma == "find" and any(c.dep_ in _VERDICT_DEPS and c.lower_ in VERDICT_WORDS for c in token.children):
        return "convict"
    if lemma in ("refuse", "deny"):
        # "journalists were refused permission", "he was denied bail": only a state refuses those
        granted = next((c.lemma_.lower() for c in token.children if c.dep_ == "dobj"), "")
        return _GRANTED_BY_THE_STATE.get(granted, lemma)
    return lemma


# Acts that always take an object: with a subject, no object and no
# auxiliary ("Councilwoman arrested after an incident at the mayor's home",
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
                # institutions that investigate, charge or sanction ("The FBI also investigated beforehand but
                # …"); not people, who are as often blamed or charged in a headline ("officers blamed for crashes")
                "fbi", "cia", "agency", "department", "ministry", "commission", "committee", "congress", "senate",
                "regulator", "watchdog"}
_NOT_REDUCED = {"dobj", "aux", "auxpass", "ccomp", "xcomp", "dative", "agent", "attr", "oprd", "nsubjpass"}


# Violence whose verb also has an intransitive use ("shot twice", "stabbed"),
# passive in a headline only.
_HEADLINE_VIOLENCE = {"shoot", "stab", "beat", "attack", "assault", "rob", "hit", "punch", "slash", "maul"}


def _bare_singular(noun) -> bool:
    """A singular common noun with no determiner, possessor or number: headline style ("Man shot")."""
    return noun.tag_ == "NN" and not any(c.dep_ in ("det", "poss", "nummod") for c in noun.children)


def _reduced_passive(verb) -> bool:
    """A headline's passive without its auxiliary (see _OBJECT_REQUIRED)."""
    seen_or_counted = _seen_or_counted(verb)
    if not (verb.dep_ == "ROOT" or _clause_before_its_head(verb) or _noun_subject_of_a_relative(verb)
            or _elided_be(verb) or seen_or_counted or _after_a_split_be(verb)) or verb.tag_ not in ("VBD", "VBN"):
        return False
    if _stranded_at(verb) and _headline_subjects(verb):
        return True  # "Police shot at during traffic stop": were shot at
    lemma = authority_lemma(verb)
    blamed = lemma in _CRITICISM_VERBS and any(c.dep_ == "prep" and c.lower_ in ("for", "over") for c in verb.children)
    # "Springfield man shot in attempted robbery": a bare singular
    # subject is headline style, where "shot" with no object is passive
    # ("The gunman shot twice" fired).
    headline_victim = lemma in _HEADLINE_VIOLENCE and (seen_or_counted or any(
        c.dep_ == "nsubj" and _bare_singular(c) for c in verb.children))
    if lemma not in _OBJECT_REQUIRED and not blamed and not headline_victim:
        return False
    deps = {c.dep_ for c in verb.children}
    if lemma == "convict" and verb.lemma_.lower() == "find":
        # "Man found guilty of …": the verdict is no object (unless it has a
        # subject of its own: "a jury found Reyes guilty").
        if any(c.dep_ in _VERDICT_DEPS and any(g.dep_ == "nsubj" for g in c.children) for c in verb.children):
            return False
        # (An object is the verdict only when it is the verdict's word: "found
        # GUILTY"; "X found Reyes guilty" has its object.)
        deps -= set(_VERDICT_DEPS) - {"dobj"}
        if not any(c.dep_ == "dobj" and c.lower_ not in VERDICT_WORDS for c in verb.children):
            deps.discard("dobj")
    subjects = _headline_subjects(verb)
    if not subjects or deps & _NOT_REDUCED:
        return False
    if any(c.lemma_.lower() in _AUTHORITIES for c in subjects):
        return False  # "Greek police arrested ...": who does it, its object left out
    if lemma in _TOLL_VERBS and any(c.lemma_.lower() in MEANS_OF_VIOLENCE for c in subjects):
        return False  # "A military airstrike on a village killed 17 people, residents said": it killed them
    # "he charged into the fray", "shot at": an active verb of another
    # sense ("Man arrested for DUI crash into a parked car" is still passive).
    # (An act of the authorities "at" a place is still passive: "Man arrested
    # at airport", "was on Wednesday arraigned at the Law Courts".)
    ways = ("into", "at", "ahead") if lemma == "charge" else () if lemma in _AUTHORITY_ACTS else ("at",)
    return not any(c.dep_ == "prep" and c.lower_ in ways for c in verb.children)


def _after_a_split_be(verb) -> bool:
    """"A man accused of killing his wife was on Wednesday arraigned":
    the parser hangs the participle on "was" as a clause of its own, whose
    subject then seems to do it. A participle with no subject, object or
    auxiliary of its own, after a "was" with a subject and only a phrase
    of time between them, is that "was"'s passive."""
    be = verb.head
    if verb.dep_ not in ("advcl", "conj", "xcomp", "acomp") or be.lemma_.lower() != "be" or be.i > verb.i \
            or verb.tag_ not in ("VBD", "VBN"):
        return False
    if any(c.dep_ in ("nsubj", "nsubjpass", "dobj", "aux", "auxpass", "mark", "cc") for c in verb.children):
        return False
    between = verb.doc[be.i + 1:verb.i]
    return any(c.dep_ == "nsubj" for c in be.children) and len(between) <= 4 \
        and all(t.dep_ in ("prep", "pobj", "advmod", "npadvmod", "compound", "det") and t.text != ","
                for t in between)


def _stranded_at(verb) -> bool:
    """An "at" with nothing after it: "shot at", a passive's preposition."""
    return any(c.dep_ == "prep" and c.lower_ == "at" and not any(c.children) for c in verb.children)


# The harms a toll counts, the verbs whose "were" a toll leaves out.
_TOLL_VERBS = {"kill", "injure", "wound", "hurt"}


def _elided_be(verb) -> bool:
    """"Some 30 people have died, four of them Germans, and over 200
    injured": a participle after a comma, with no auxiliary, whose "were"
    the sentence leaves out."""
    if verb.dep_ not in ("advcl", "conj") or verb.tag_ != "VBN" or verb.lemma_.lower() not in _TOLL_VERBS \
            or any(c.dep_ in ("aux", "auxpass") for c in verb.children):
        return False
    subjects = [c for c in verb.children if c.dep_ == "nsubj" and c.i < verb.i]
    return len(subjects) == 1 and subjects[0].left_edge.i > 0 \
        and verb.doc[subjects[0].left_edge.i - 1].text in (",", ";")


# Verbs of seeing, after which a passive drops its "be": "we saw men beaten".
_SEEING = {"see", "watch", "witness", "film"}
# Words for a share of a group: ", most of them detained after the election".
_SHARES = {"most", "many", "some", "all", "several", "half", "dozens", "hundreds", "thousands", "scores", "few"}


def _seen_or_counted(verb) -> bool:
    """A participle the parser read as a past tense with a subject, whose
    "were" the sentence leaves out: after a verb of seeing ("We are seeing
    young people shot in the back") or with a share of a group after a
    comma ("political prisoners, most of them detained after the vote")."""
    if verb.dep_ not in ("ccomp", "advcl") or any(c.dep_ in ("aux", "auxpass") for c in verb.children):
        return False
    if verb.dep_ == "ccomp" and verb.head.lemma_.lower() in _SEEING and verb.i > verb.head.i:
        return True
    subjects = [c for c in verb.children if c.dep_ == "nsubj"]
    return len(subjects) == 1 and subjects[0].lower_ in _SHARES and subjects[0].i > 0 \
        and verb.doc[subjects[0].i - 1].text == "," \
        and any(p.dep_ == "prep" and p.lower_ == "of" for p in subjects[0].children)


def _noun_subject_of_a_relative(verb) -> bool:
    """"the barracks where the officer charged with the killing served":
    the parser made the participle a relative clause's verb with the noun
    it describes as its subject (a relative pronoun as subject, "the man
    who charged", is an active clause)."""
    return verb.dep_ == "relcl" and any(c.dep_ == "nsubj" and c.pos_ in ("NOUN", "PROPN") for c in verb.children)


def _clause_before_its_head(verb) -> bool:
    """A clause that opens the sentence and that the parser hung on a verb
    after it: a headline run into the text with no full stop ("Deputies
    blamed for two wrecks On a Monday in May, a van hit …"), or a reported
    headline ("Deputies blamed for wrecks, the audit says")."""
    return verb.dep_ == "ccomp" and verb.i < verb.head.i and verb.left_edge.i == verb.sent.start


def _headline_subjects(verb) -> list:
    """A verb's subjects; in a title-case headline the parser may hang the
    subject on the verb as a compound ("Driver Charged With DWI"); after a
    "was" split from its participle, the subject of "was"."""
    subjects = [c for c in verb.children if c.dep_ == "nsubj"]
    if subjects:
        return subjects
    if _after_a_split_be(verb):
        return [c for c in verb.head.children if c.dep_ == "nsubj"]
    return [c for c in verb.children if c.dep_ == "compound" and c.i < verb.i and c.pos_ in ("NOUN", "PROPN")]


_RELATIVE_PRONOUNS = {"who", "which", "that"}


def _relative_antecedent(verb, subject, pronouns=_RELATIVE_PRONOUNS):
    """"opponents, who accused the candidate": a relative pronoun subject
    (or object: "Mr. Bush, whom he attacked") stands for the noun its clause describes."""
    if _counted_relative(subject) and verb.dep_ == "relcl" and verb.head.i != verb.i:
        return verb.head  # "Imad and Hassan, both of whom had fired shells": they fired
    if subject.lower_ in pronouns and verb.dep_ == "relcl" and verb.head.i != verb.i:
        head = _nearest_conjunct(verb) if _singular_clause(verb) else verb.head
        return _person_of_a_residence(head) if subject.lower_ in ("who", "whom") else _what_follows_on(head)
    return subject


# Nouns of "in the wake of", "on the heels of": they name when, not what.
_SEQUENCE_NOUNS = {"heels", "wake", "aftermath"}


def _what_follows_on(head):
    """"came on the heels of a police shooting that killed a boy": the
    parser may hang the clause on "heels"; what killed is the shooting."""
    if head.lower_ not in _SEQUENCE_NOUNS:
        return head
    objects = [g for c in head.children if c.dep_ == "prep" and c.lower_ == "of" for g in c.children
               if g.dep_ == "pobj"]
    return objects[0] if objects else head


def _counted_relative(subject) -> bool:
    """"both of whom", "two of which": a count of the relative pronoun's noun."""
    return (subject.lower_ in _COUNTED or subject.like_num) and any(
        g.lower_ in ("whom", "which") for p in subject.children if p.dep_ == "prep" and p.lower_ == "of"
        for g in p.children if g.dep_ == "pobj")


_COUNTED = {"both", "all", "each", "some", "many", "most", "several", "one"}


_SINGULAR_AUX = {"is", "was", "has", "'s"}


def _singular_clause(verb) -> bool:
    """The relative clause's verb agrees with one noun ("who was being detained")."""
    return verb.tag_ == "VBZ" or any(c.dep_ in ("aux", "auxpass") and c.lower_ in _SINGULAR_AUX
                                     for c in verb.children)


def _nearest_conjunct(verb):
    """"to hit Trooper Whitlock and Reyes's wife, Amelia, who was
    detained": a singular clause parsed onto the first of two joined nouns
    describes the one nearest it, not both."""
    head = verb.head
    conjuncts = [c for c in head.conjuncts if c.i < verb.i]
    return max(conjuncts, key=lambda c: c.i) if conjuncts and max(c.i for c in conjuncts) > head.i else head


def _person_of_a_residence(head):
    """"Thomas Outing, 28, of Columbia, who is charged": "who" is a person, so
    not the town the clause was parsed onto but the person living there."""
    if head.ent_type_ in ("GPE", "LOC", "FAC", "ORG") and head.dep_ == "pobj" and head.head.lower_ == "of" \
            and head.head.head.ent_type_ == "PERSON":
        return head.head.head
    return head


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
        return True  # "Crolley is at the county jail, charged on two counts of assault"
    if verb.dep_ not in ("xcomp", "pcomp"):
        return False
    if verb.tag_ == "VBN" and any(c.dep_ == "auxpass" for c in verb.children):
        return True
    return verb.lemma_.lower() == "blame" and verb.head.lemma_.lower() == "be"


def _passive_conjunct(verb) -> bool:
    """"… and Subryan was identified and arrested": a passive participle
    joined to another shares its patient, never a subject of the verbs
    before it ("witnesses identified the car"). The tagger may call the
    participle a past tense ("was flown to the United States and arrested
    there"): with no subject or object of its own, it is still one."""
    if verb.dep_ != "conj":
        return False
    bare_past = verb.tag_ == "VBD" and not any(c.dep_ in ("nsubj", "nsubjpass", "dobj", "agent")
                                               for c in verb.children)
    return (verb.tag_ == "VBN" or bare_past) and any(
        c.dep_ == "auxpass" for v in (verb, verb.head) for c in v.children)


def _reported_clause(verb) -> bool:
    """"Police said X and Y abducted Z", parsed with "abducted" as an adverbial
    clause of "said": a finite clause under a reporting verb is what was
    reported, and the reporter is not its subject."""
    return verb.dep_ == "advcl" and verb.tag_ in ("VBD", "VBZ", "VBP") \
        and verb.head.lemma_.lower() in SPEECH_VERBS


def _governing_verb(noun):
    """The verb that holds a nominal trigger as its object, also through a
    measure phrase ("launched ten days of war games", "gave $5 million of
    aid")."""
    if noun.dep_ == "pobj" and noun.head.lower_ == "of" and noun.head.head.dep_ in ("dobj", "attr", "oprd"):
        noun = noun.head.head
    while noun.dep_ == "conj" and noun.head.pos_ == "NOUN" and noun.head.i < noun.i:
        noun = noun.head  # "silences critics with threats and lawsuits": the lawsuits are on the verb too
    head = noun.head
    if noun.dep_ in ("dobj", "attr", "pobj", "oprd", "nsubjpass") and head.pos_ in ("VERB", "AUX", "ADP"):
        verb = head.head if noun.dep_ == "pobj" else head
        return verb if verb.pos_ in ("VERB", "AUX") else None
    return None


# Clause types that report another event than the trigger's.
_CLAUSE_DEPS = {"advcl", "ccomp", "relcl", "conj", "acl", "parataxis"}
# Prepositions of a phrase that says when (or despite what) something
# happened, not who took part in it.
_WHEN_PREPOSITIONS = {"during", "before", "after", "since", "until", "throughout", "following", "despite"}


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


# Nouns and participles that name whom someone follows or was moved by,
# not who they are: "claiming allegiance to", "inspired by".
_ALLEGIANCE_HEADS = {"to": {"allegiance", "loyalty", "fealty"}, "by": {"inspired"}}


def _only_an_allegiance(token) -> bool:
    """A mention that only says whom someone pledged themselves to or was
    inspired by ("a couple claiming allegiance to the Islamic State shot
    14 people"): not the one who acted, whatever the parse hangs it on."""
    head = token.head
    if token.dep_ != "pobj" or head.dep_ not in ("prep", "agent"):
        return False
    return head.head.lemma_.lower() in _ALLEGIANCE_HEADS.get(head.lower_, set())


def _prep_objects(head, preps: tuple[str, ...]) -> list:
    out = []
    for child in head.children:
        # (spaCy calls the "to" of "sent aid to Sudan" a dative.)
        if child.dep_ in ("prep", "dative") and child.lower_ in preps:
            out.extend(_objects_of(child))
        elif child.dep_ == "prt":
            for grandchild in child.children:
                if grandchild.dep_ == "prep" and grandchild.lower_ in preps:
                    out.extend(_objects_of(grandchild))
    return out


def _objects_of(preposition) -> list:
    """The preposition's object; for "hit out at what he described as a
    nasty campaign", what it is described as (its speaker is no target)."""
    objects = [g for g in preposition.children if g.dep_ == "pobj"]
    if objects:
        return objects
    return [g for clause in preposition.children if clause.dep_ == "pcomp" and clause.lemma_.lower() in _CHARACTERIZING
            and any(c.dep_ == "dobj" and c.lower_ == "what" for c in clause.children)
            for p in clause.children if p.dep_ == "prep" and p.lower_ == "as"
            for g in p.children if g.dep_ == "pobj"]


# Verbs by which a speaker names what he attacks ("at what he described as a smear").
_CHARACTERIZING = {"characterize", "characterise", "call", "describe", "term", "dub", "label", "deem", "see"}


def _with_conjuncts(tokens: list) -> list:
    out = []
    for token in tokens:
        out.append(token)
        out.extend(t for t in token.conjuncts if t.i > token.i and not _subject_of_the_next_clause(t))
    return out


# Finite verbs and auxiliaries: "is", "has", "said", "will".
_FINITE_TAGS = {"VBZ", "VBP", "VBD", "MD"}


def _subject_of_the_next_clause(conjunct) -> bool:
    """"is investigating the police and the county board is weighing
    a request": a conjunct the parse took from the next clause,
    whose verb follows it with no subject of its own."""
    after = conjunct.doc[conjunct.right_edge.i + 1] if conjunct.right_edge.i + 1 < len(conjunct.doc) else None
    if after is None or after.tag_ not in _FINITE_TAGS:
        return False
    verb = after if after.pos_ == "VERB" or after.dep_ not in ("aux", "auxpass") else after.head
    return verb.i > conjunct.i and not any(c.dep_ in ("nsubj", "nsubjpass", "expl") for c in verb.children)


def at_the_hands_of(token) -> list:
    """"who died in a shooting at the hands of a former employee", "were
    killed at the hands of the militia": whose hands did the harm, said of
    the act or of the death or harm it tells (up to two words above)."""
    for holder in [token, *list(token.ancestors)[:2]]:
        for hands in _prep_objects(holder, ("at",)):
            if hands.lemma_.lower() == "hand" and any(c.dep_ == "det" and c.lower_ == "the" for c in hands.children):
                return _prep_objects(hands, ("of",))
    return []


def finite_beside_an_infinitive(verb) -> bool:
    """"urged them to put the country first and accused the Conservatives",
    parsed with "accused" joined to the infinitive: a past or present tense
    form cannot be part of a "to" infinitive, so it is joined to the verb
    that governs it, and shares that verb's subject."""
    return verb_beside_the_infinitive(verb) is not None


def verb_beside_the_infinitive(verb):
    """The verb a past or present tense form joined to a "to" infinitive is
    really joined to (see `finite_beside_an_infinitive`): the verb the
    infinitive hangs on, or, for an infinitive on its object ("said it had
    foiled a plot to overthrow it and arrested several officers"), the verb
    of that object; else None."""
    head = verb.head
    if verb.dep_ != "conj" or verb.tag_ not in ("VBD", "VBZ") or head.tag_ != "VB" \
            or not any(c.dep_ == "aux" and c.lower_ == "to" for c in head.children) or head.head.i == head.i:
        return None
    if head.dep_ == "xcomp":
        return head.head
    noun = head.head
    if head.dep_ == "acl" and noun.dep_ == "dobj" and noun.head.pos_ in ("VERB", "AUX") and noun.head.i < verb.i:
        return noun.head
    return None
