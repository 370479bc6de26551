"""Who is the subject of a verb, and who undergoes a passive one.

`_subjects(verb)` follows the parse past what hides the doer: relative
pronouns, the controller of an infinitive ("called for a prosecutor to
investigate"), the author of a medium ("ads attacking X"), the accused of
"accused of doing", the praised of "praised for doing", conjoined and
reported clauses. `_passive_patients(verb)` gives who undergoes a passive,
also through shared subjects and reduced passives.
"""

from __future__ import annotations

from typing import Optional

from ...actors import gerund_owner, load_knowledge, one_name_for_many
from ..lexicon import SPEECH_VERBS, asked_in_an_adverbial
from .syntax import (
    _CRITICISM_VERBS,
    _OBJECT_REQUIRED,
    _PASSIVE_SUBJECT_DEPS,
    _SUBJECT_DEPS,
    _controlled_passive,
    _governing_verb,
    _headline_subjects,
    _passive_conjunct,
    _prep_objects,
    _reduced_passive,
    _relative_antecedent,
    _reported_clause,
    verb_beside_the_infinitive,
)


def inverted_passive_patients(verb) -> list:
    """"Also shot were a woman … and a girl", "Also arrested was his
    brother": a participle put first, the people who underwent it after
    "be" (the parser makes them its attribute, the participle its subject
    or a clause of its own)."""
    if verb.tag_ != "VBN" or not verb.i or any(c.dep_ in ("nsubj", "nsubjpass", "agent") for c in verb.children):
        return []
    be = next((c for c in verb.children if c.dep_ == "auxpass" and c.i > verb.i), None)
    node = verb
    for _ in range(3):  # (a dateline can put it in apposition: "BROOKLYN — Also shot were …")
        if be is not None or node.dep_ not in ("nsubj", "csubj", "appos") or node.head.i == node.i:
            break
        node = node.head
        if node.lemma_.lower() == "be" and node.i > verb.i:
            be = node
    if be is None:
        return []
    attributes = [c for c in be.children if c.dep_ == "attr" and c.i > be.i]
    return [t for a in attributes for t in [a, *a.conjuncts]]


def _participle_after_a_fronted_be(verb) -> bool:
    """"Among the dead were four bus drivers shot in separate attacks",
    "There were two guards wounded": parsed as a clause of "were" whose
    subject shot someone; a participle with no object or auxiliary after a
    "be" with no subject of its own describes the people it follows."""
    be = verb.head
    return verb.dep_ == "ccomp" and verb.tag_ in ("VBD", "VBN") and be.lemma_.lower() == "be" and be.i < verb.i \
        and not any(c.dep_ in ("nsubj", "nsubjpass", "csubj") for c in be.children) \
        and not any(c.dep_ in ("dobj", "aux", "auxpass", "ccomp", "xcomp") for c in verb.children) \
        and any(c.dep_ == "nsubj" and c.i < verb.i for c in verb.children)


def _clause_missing_its_subject_after(verb) -> bool:
    """A later verb of the sentence with an auxiliary ("were being
    questioned") and no subject of its own."""
    return any(t.i > verb.i and t.pos_ in ("VERB", "AUX") and any(c.dep_ in ("aux", "auxpass") for c in t.children)
               and not any(c.dep_ in ("nsubj", "nsubjpass", "csubj") for c in t.children) for t in verb.sent)


def _passive_patients(verb) -> list:
    """Who undergoes a passive verb (its actor is only ever its "by" agent):
    a conjoined participle's shared subject ("He was tased and then shot"),
    the noun a past participle describes ("the 49 people killed at the
    club"), or the verb's own passive subject."""
    shared = _shared_passive_subjects(verb)
    if shared:
        return shared
    if verb.i > 0 and _passive_gapped(verb) and verb.doc[verb.i - 1].dep_ == "conj" \
            and verb.doc[verb.i - 1].pos_ in ("NOUN", "PROPN"):
        return [verb.doc[verb.i - 1]]  # "… and its 14 crew members detained"
    if verb.i > 0 and verb.dep_ == "conj" and verb.tag_ in ("VBD", "VBN") \
            and not any(c.dep_ in ("dobj", "ccomp", "xcomp") for c in verb.children) \
            and any(c.dep_ == "auxpass" for c in verb.head.children) and verb.doc[verb.i - 1].dep_ == "nsubj" \
            and verb.doc[verb.i - 1].head.i == verb.i and verb.doc[verb.i - 1].pos_ in ("NOUN", "PROPN"):
        return [verb.doc[verb.i - 1]]  # "19 officers had been injured and 37 people detained", that subject parsed as its own
    if verb.tag_ == "VBN" and not any(c.dep_ in ("aux", "auxpass", "dobj") for c in verb.children) \
            and _clause_missing_its_subject_after(verb):
        # "three suspects detained at a checkpoint were being questioned",
        # parsed with "suspects" the participle's own subject and "were being
        # questioned" a clause with none: the participle describes them, they
        # were detained. (Only so: a tagger's VBN may be a past tense.)
        subjects = [c for c in verb.children if c.dep_ == "nsubj" and c.pos_ in ("NOUN", "PROPN")]
        if subjects:
            return subjects
    inverted = inverted_passive_patients(verb)
    if inverted:
        return inverted
    if _participle_after_a_fronted_be(verb):
        return [c for c in verb.children if c.dep_ == "nsubj"]
    # (A participle tagged as a past tense is still one: "hundreds of people shot and killed by police".)
    own = [c for c in verb.children if c.dep_ in _PASSIVE_SUBJECT_DEPS]
    if verb.dep_ == "acl" and own:
        # "a report that eight refugees were detained", parsed as a participle
        # of "report": the clause's own subject was detained, not the report.
        return [_relative_antecedent(verb, c) for c in own]
    # (Not a verb with an active subject of its own: "OTTAWA — Canada's
    # opposition parties threatened …", hung on the dateline.)
    if verb.dep_ == "acl" and (verb.tag_ == "VBN" or (verb.tag_ == "VBD" and verb.head.pos_ == "NOUN")) \
            and not any(c.dep_ == "nsubj" for c in verb.children):
        if verb.head.lemma_.lower() in _SETTINGS and verb.head.dep_ == "pobj":
            # "Lambe and Evans appeared in court charged with theft": the
            # participle is said of who appeared, not of the court.
            return _subjects(verb.head.head.head)
        return [verb.head]
    if _adverbial_gerund(verb) and verb.tag_ == "VBN":
        # "Reyes was suspended after being charged with assault": who the
        # clause is about, active or passive, was charged.
        main = verb.head.head
        return [_relative_antecedent(s.head, s) for s in _subjects(main)
                or [c for c in main.children if c.dep_ in _PASSIVE_SUBJECT_DEPS]]
    if _controlled_passive(verb):
        # "who survived being shot", "X is reported to have been killed",
        # "Democrats are to blame": the subject it takes from above undergoes it.
        return [_relative_antecedent(s.head, s) for s in _subjects(verb)]
    if _reduced_passive(verb):
        return _headline_subjects(verb)
    if _appositive_participle(verb):
        return [c for c in verb.children if c.dep_ == "nsubj"]
    if verb.tag_ == "VBN" and verb.dep_ in ("ccomp", "oprd", "xcomp", "acomp") and verb.head.lemma_.lower() == "find":
        own_subjects = [c for c in verb.children if c.dep_ in _SUBJECT_DEPS + _PASSIVE_SUBJECT_DEPS]
        if own_subjects and not any(c.dep_ in ("aux", "auxpass") for c in verb.children):
            # "Police found three people shot": the small clause's subject
            # underwent it; the finders did not do it.
            return own_subjects
        if not own_subjects:
            if verb.head.dep_ == "acl":
                # "one of three people found shot": the people found so
                return [verb.head.head]
            # "Man found fatally shot": who was found so underwent it
            return [c for c in verb.head.children if c.dep_ in _SUBJECT_DEPS + _PASSIVE_SUBJECT_DEPS]
    # "a motorist who was shot": the relative pronoun stands for the motorist.
    return [_relative_antecedent(verb, c) for c in verb.children if c.dep_ in _PASSIVE_SUBJECT_DEPS]


_SETTINGS = {"court", "jail", "prison", "custody", "hospital", "station", "dock"}


def _appositive_participle(verb) -> bool:
    """"for Dole, the 24-year-old soldier killed last week in Afghanistan",
    parsed as a clause joined to the sentence's verb ("soldier" its subject):
    a verb that needs an object, with none, after an appositive's "the" is
    the participle of a reduced relative, and its subject underwent it."""
    if verb.dep_ != "conj" or verb.tag_ not in ("VBD", "VBN") or verb.lemma_.lower() not in _OBJECT_REQUIRED:
        return False
    if any(c.dep_ in ("dobj", "ccomp", "xcomp", "prt", "dative", "aux", "auxpass", "cc") for c in verb.children):
        return False
    subjects = [c for c in verb.children if c.dep_ == "nsubj"]
    if len(subjects) != 1:
        return False
    first = min(t.i for t in subjects[0].subtree)
    return subjects[0].lower_ not in _PRONOUNS and first > 0 and verb.doc[first - 1].text == "," \
        and verb.doc[first].lower_ in ("the", "a", "an")


_PRONOUNS = {"he", "she", "they", "it", "we", "i", "you", "who"}


def _shared_passive_subjects(verb) -> list:
    """The passive subjects of the participle a conjoined participle with no
    subject of its own continues; or, when the participle has its own
    passive auxiliary, the subject of the verb it is joined to ("Subryan
    fled the scene, but was arrested a block away": Subryan was arrested);
    or the subject of "was" when the parse read the first participle as an
    adjective."""
    if verb.dep_ != "conj" or not (verb.tag_ == "VBN" or _mistagged_participle(verb)) \
            or any(c.dep_ in _SUBJECT_DEPS + _PASSIVE_SUBJECT_DEPS for c in verb.children):
        return []
    shared = [c for c in verb.head.children if c.dep_ in _PASSIVE_SUBJECT_DEPS]
    if not shared and verb.head.dep_ == "parataxis" and verb.head.lemma_.lower() in SPEECH_VERBS:
        # "Most of those arrested are migrants, police said, and will be
        # charged": joined to the aside that reports it, the participle
        # continues the reported clause; the speaker was not charged.
        reported = verb.head.head
        return [c for c in reported.children if c.dep_ in _PASSIVE_SUBJECT_DEPS + ("nsubj",)]
    if not shared and any(c.dep_ == "auxpass" for c in verb.children):
        # (Not "it": in "the shot either came from the roof or it was aimed
        # at the van" kind of clauses, "it" is a thing, not who was arrested.)
        shared = [c for c in verb.head.children if c.dep_ == "nsubj" and c.lower_ != "it"]
    head = verb.head
    if not shared and head.dep_ == "acomp" and head.head.lemma_.lower() == "be":
        # "Ortega was finally Tasered and taken into custody", the first
        # participle read as an adjective of "was": its subject underwent both
        shared = [c for c in head.head.children if c.dep_ == "nsubj" and c.lower_ != "it"]
    return shared


def _mistagged_participle(verb) -> bool:
    """"He was tased and then shot", with "shot" tagged as a past tense: a
    verb with no object joined to a passive participle continues it."""
    head = verb.head
    return verb.tag_ == "VBD" and head.tag_ == "VBN" and any(c.dep_ == "auxpass" for c in head.children) \
        and not any(c.dep_ in ("dobj", "ccomp", "xcomp") for c in verb.children)


# What says or shows something for its author: "ads attacking Dewhurst", "a tweet criticizing her".
_MEDIA = {"ad", "advertisement", "commercial", "spot", "tweet", "post", "video", "letter", "statement", "report",
          "article", "editorial", "column", "op-ed", "message", "email", "mailer", "flyer", "leaflet", "book",
          "documentary", "film", "speech", "remark", "comment", "campaign"}


def _participle_of_a_doer(verb) -> bool:
    """A present participle describing a party ("one 15-year-old boy
    stabbing another", "soldiers firing into the crowd"): the party it
    describes does it. Only a party by its role or name, not a thing ("a
    law banning protests")."""
    if verb.dep_ != "acl" or verb.tag_ != "VBG" or verb.head.pos_ not in ("NOUN", "PROPN"):
        return False
    head = verb.head
    return head.ent_type_ in ("PERSON", "NORP", "ORG") or load_knowledge().role(head.lemma_.lower()) is not None


_DASHES = {"—", "–", "--", "-"}


def _finite_verb_hung_on_the_dateline(verb) -> bool:
    """"ADEN, Yemen — The coalition carried out air strikes", parsed with
    the body's subject in apposition to the dateline's place and its verb
    as a clause describing it: the subject is who acted."""
    if verb.dep_ != "acl" or verb.tag_ not in ("VBD", "VBZ", "VBP"):
        return False
    subject, place = verb.head, verb.head.head
    return subject.dep_ == "appos" and place.i < subject.i \
        and any(t.text in _DASHES for t in verb.doc[place.i + 1:subject.left_edge.i])


def _infinitive_of(verb) -> bool:
    """An infinitive that says what a noun is to do: "a special prosecutor to investigate"."""
    return verb.dep_ == "acl" and verb.head.pos_ in ("NOUN", "PROPN") \
        and any(c.dep_ == "aux" and c.lower_ == "to" for c in verb.children) \
        and not any(c.dep_ in _SUBJECT_DEPS for c in verb.children)


# Nouns for an attempt or decision to act, whose author does what follows:
# "Mr. Khan has mounted a campaign to condemn Mr. Trump", "the council's
# vote to sanction the firm".
_EFFORTS = {"campaign", "effort", "bid", "attempt", "push", "drive", "move", "plan", "decision", "vote",
            "initiative", "motion", "threat", "promise", "pledge", "vow", "offer",
            # and the will to do it: "announced its intention to open an inquiry"
            "intention", "intent", "aim", "goal", "readiness", "willingness", "desire", "wish", "determination"}


def _effort_authors(noun) -> list:
    """Who makes the effort: its owner ("Khan's campaign"), else the subject
    of the verb that makes it ("mounted a campaign", "launched a bid")."""
    owners = [c for c in noun.children if c.dep_ == "poss"] or _of_someone(noun) or _of_someone(noun, "by")
    if owners:
        return owners
    verb = _governing_verb(noun)
    if verb is None or noun.dep_ not in ("dobj", "pobj"):
        return []
    return [_relative_antecedent(s.head, s) for s in _subjects(verb)]


# Nouns of a chance to act: who takes or is given it acts.
_OCCASIONS = {"opportunity", "chance", "occasion"}


def _occasion_takers(noun) -> list:
    """Who has the chance: the one it is given to ("gave him the chance to
    respond"), else its owner, else the subject of the verb that holds it
    ("seized the opportunity to criticize")."""
    verb = _governing_verb(noun)
    given = [c for c in verb.children if c.dep_ == "dative"] if verb is not None else []
    return given or _effort_authors(noun)


def _of_someone(noun, preposition: str = "of") -> list:
    """"the efforts of a donor to attack Trump": an "of" phrase naming a
    party owns the effort (not "a campaign of violence"); so does a "by"
    phrase ("a decision by Paris to back Morocco's plan")."""
    return [owner for prep in noun.children if prep.dep_ in ("prep", "agent") and prep.lower_ == preposition
            for owner in prep.children if owner.dep_ == "pobj" and names_a_party(owner)]


def names_a_party(token) -> bool:
    """The word is a name, a pronoun or a role ("Trump", "he", "police"),
    not a thing a party's words hang on ("the tenor of his campaign")."""
    role_words = load_knowledge().role_words
    return token.ent_type_ in ("PERSON", "ORG", "NORP", "GPE") or token.pos_ in ("PROPN", "PRON") \
        or token.lemma_.lower() in role_words or token.lower_ in role_words


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


# Words that take part of a group named before them: "some", "others".
_PARTS_OF_A_GROUP = {"some", "others", "many", "most", "several", "all"}


def _before_a_dashed_aside(verb, subjects: list) -> list:
    """"Students - some on foot, others on bikes - stormed the bank": the
    parse may take the aside's last part ("others") as the subject and hang
    the group before the dash on the verb; the group is the subject."""
    if len(subjects) != 1 or subjects[0].lower_ not in _PARTS_OF_A_GROUP:
        return subjects
    group = next((c for c in verb.children if c.dep_ == "dep" and c.pos_ in ("NOUN", "PROPN")
                  and c.i < subjects[0].i and c.i + 1 < len(c.doc) and c.doc[c.i + 1].text in ("-", "–", "—")), None)
    return [group] if group is not None else subjects


def _subjects(verb) -> list:
    """The verb's subject, or the subject it shares: 'X agreed to meet Y', 'X met and agreed'."""
    current = verb
    for _ in range(4):
        # ("the boy whom the officer shot", with "whom" parsed as a second subject: the object)
        subjects = [c for c in current.children if c.dep_ in _SUBJECT_DEPS and c.lower_ != "whom"]
        subjects = _before_a_dashed_aside(current, subjects)
        hidden = _behind_a_fronted_participle(current, subjects)
        if hidden:
            return hidden
        if subjects:
            return _what_the_medium_speaks_for(current, subjects)
        praised = _praised_for(current)
        if praised:
            return praised
        if current.dep_ == "acl" and current.tag_ == "VBG" and current.head.lemma_.lower() in _MEDIA:
            return _media_authors(current.head)  # "bankrolled ads attacking Dewhurst": not the ads
        if _participle_of_a_doer(current) or _finite_verb_hung_on_the_dateline(current):
            return [current.head]  # "ended with one boy stabbing another boy": the boy did it
        if _infinitive_of(current):
            if current.head.lemma_.lower() in _EFFORTS:
                return _effort_authors(current.head)  # "mounted a campaign to condemn Trump": who mounted it
            if current.head.lemma_.lower() in _OCCASIONS:
                return _occasion_takers(current.head)  # "seized the opportunity to criticize": who seized it
            return [current.head]  # "called for an independent prosecutor to investigate": the prosecutor
        owner = gerund_owner(current)
        if owner is not None:
            return [owner]  # "responded to Hale's calling him a liar": Hale called him one
        if _adverbial_gerund(current):
            # "you won't defeat Ana Ruiz by going after her husband",
            # "Comeaux was in jail after being convicted of assault": the
            # gerund's understood subject is the governing verb's subject
            return _subjects(current.head.head)
        shared = _patient_of_the_passive_before(current)
        if shared:
            return shared
        reported = _reported_clause_beside(current)
        if reported is not None:
            return _subjects(reported)
        if _reported_clause(current) or _passive_conjunct(current) \
                or any(c.dep_ in _PASSIVE_SUBJECT_DEPS for c in current.children):
            break  # (a passive with a subject of its own shares no active one: "When he was arrested, he was …")
        reported = _continues_a_reported_clause(current)
        if reported:
            return reported
        reporter = _speech_joined_to_what_was_reported(current)
        if reporter is not None:
            return _subjects(reporter)
        charged = _joined_to_the_charge(current)
        if charged:
            return charged
        controller = _object_controller(current) or _accused_of(current) or _agent_controller(current) \
            or _passive_controller(current) or _subject_read_as_object(current) \
            or _subject_read_as_conjunct(current)
        if controller:
            return controller
        joined = verb_beside_the_infinitive(current)
        if joined is not None:
            current = joined
            continue
        if current.dep_ in ("xcomp", "conj", "advcl", "acomp") and current.head.i != current.i:
            current = current.head
            continue
        break
    return []


def _joined_to_the_charge(verb) -> list:
    """"accused government forces of bombing villages and killing 19
    civilians", the parse joining "killing" to "accused": a gerund with no
    subject of its own beside an accusation's "of" is more of the charge,
    done by the accused."""
    head = verb.head
    # (the parse may hang the "of" on a date: "accused X on Monday of …")
    if verb.dep_ != "conj" or verb.tag_ != "VBG" or head.lemma_.lower() not in ("accuse", "blame", "charge") \
            or not any(t.dep_ == "prep" and t.lower_ == "of" for t in head.doc[head.i:verb.i]):
        return []
    return [c for c in head.children if c.dep_ == "dobj"]


# What a participle says a reported attack did: "…, the agency said, killing
# two"; and the reactions a reported act drew: "activists sprayed paint on
# the monument, police said, drawing condemnation from the prime minister".
_WHAT_A_REPORTED_ACT_DID = {"kill", "wound", "injure", "destroy", "damage", "leave",
                            "draw", "spark", "prompt", "provoke", "trigger"}


def _reported_clause_beside(verb):
    """"Israeli airstrikes hit sites near Damascus, the state news agency
    said, killing two soldiers": a participle the parse hung on the
    reporting verb continues the reported clause, whose subject did it,
    not the reporter. Only a clause told before its reporter ("the
    senator said it is up to the governor, accusing him of delay": the
    speaker's), and only harm done or a reaction drawn: '"It was a
    disgrace," the mayor said, blaming the council' is still the speaker's. The reported clause's
    verb, else None."""
    if verb.dep_ != "advcl" or verb.tag_ != "VBG" or verb.head.lemma_.lower() not in SPEECH_VERBS \
            or verb.lemma_.lower() not in _WHAT_A_REPORTED_ACT_DID:
        return None
    return next((c for c in verb.head.children if c.dep_ == "ccomp" and c.i < verb.head.i), None)


def _patient_of_the_passive_before(verb) -> list:
    """"The man was taken to hospital and faces charges": an active verb
    joined to a passive one has the passive's subject for its own. Only
    right after the "and": in "residents were locked in and soldiers
    seized their phones" the parse missed the verb's own subject."""
    # (A main clause's passive: not "work with whoever is elected president
    # and is committed to …", whose passive is inside a phrase.)
    if verb.dep_ != "conj" or verb.pos_ != "VERB" or verb.tag_ not in ("VBZ", "VBD", "VBP") \
            or verb.head.pos_ not in ("VERB", "AUX") or verb.head.dep_ in ("pcomp", "relcl", "acl", "advcl") \
            or not any(c.dep_ == "auxpass" for c in verb.head.children):
        return []
    before = verb.doc[verb.i - 1] if verb.i > 0 else None
    if before is None or before.pos_ not in ("CCONJ", "ADV"):
        return []
    return [c for c in verb.head.children if c.dep_ in _PASSIVE_SUBJECT_DEPS]


def _what_the_medium_speaks_for(verb, subjects: list) -> list:
    """"issued a statement that criticized the decision", "an ad that
    attacks Clinton": a medium's relative clause speaks for the medium's
    author (its owner, or who issued it). Other subjects as they are."""
    if len(subjects) != 1 or subjects[0].lower_ not in ("that", "which") or verb.dep_ != "relcl" \
            or verb.head.lemma_.lower() not in _MEDIA:
        return subjects
    return _media_authors(verb.head) or subjects


def _behind_a_fronted_participle(verb, subjects: list) -> list:
    """"Standing alongside Dolores Huerta, Mark-Viverito accused Sanders",
    parsed with the name after the comma as one more object of the
    participle's clause (that clause an adverbial or the subject), or
    "Speaking to reporters, Reed, who …, criticized", "Speaking in Dayton,
    Reed, without naming him, accused Hale", with the name as an
    apposition of the participle's plural object or place: that name is
    the verb's subject. Else none."""
    if any(c.dep_ != "csubj" for c in subjects):
        return []
    last = verb.doc[verb.i - 1] if verb.i > 0 else None
    while last is not None and last.i > verb.sent.start \
            and (last.is_punct or (last.head.i == verb.i and last.dep_ in ("advmod", "aux", "neg"))):
        last = verb.doc[last.i - 1]  # (past the comma that closes "Reed, who …,", and an "also")
    clause = next((c for c in verb.children if c.dep_ in ("advcl", "csubj") and c.tag_ in ("VBG", "VBN")
                   and c.i < verb.i and last is not None and c.left_edge.i <= last.i <= c.right_edge.i), None)
    if clause is None:
        return []
    name = next((a for a in (last, *last.ancestors) if a.dep_ == "conj" or _misread_apposition(a)), None) \
        or next((t for t in reversed(list(clause.subtree)) if _misread_apposition(t)), None)
    if name is None or name.pos_ not in ("PROPN", "NOUN") or name.i <= clause.i:
        return []
    first = min(t.i for t in name.subtree)
    return [name] if verb.doc[first - 1].text == "," else []


def _misread_apposition(token) -> bool:
    return token.dep_ == "appos" and one_name_for_many(token.head, token)


# Conjunctions the parser sometimes reads as prepositions, taking the next
# clause's subject for their object.
_CLAUSE_CONJUNCTIONS = {"as", "while", "until", "before", "after", "because", "since"}


def _subject_read_as_object(verb) -> list:
    """"Others watched as the gunman, who wore a suit, fired eight
    shots", parsed with "as the gunman" a prepositional phrase and "fired" a
    subjectless clause: the gunman fired, not the onlookers. A finite
    clause (not a participle) has a subject of its own; here it is the
    object of the conjunction just before it."""
    if verb.dep_ != "advcl" or verb.tag_ not in ("VBD", "VBZ", "VBP") or verb.head.i == verb.i:
        return []
    for prep in verb.head.children:
        if prep.dep_ == "prep" and prep.lower_ in _CLAUSE_CONJUNCTIONS and prep.i < verb.i:
            objects = [o for o in prep.children if o.dep_ == "pobj" and o.i < verb.i]
            if objects and _nothing_but_its_phrase_between(objects[0], verb):
                return objects
    return []


# Verbs of believing whose clause a next verb may go on with. (Not verbs of
# saying: "police said he fled, and arrested him" goes on with the police.)
_CLAUSE_TAKERS = {"believe", "think", "suspect", "fear", "assume"}


def _continues_a_reported_clause(verb) -> list:
    """"Detectives believed the clerk staged the theft, then abducted his
    boss": the parse may join "abducted" to "believed", but right after the
    believed clause it goes on with that clause's subject, not the
    believers'. (Not after "and": "police believed he fled and searched
    the house" goes on with the police.)"""
    if verb.dep_ != "conj" or verb.head.lemma_.lower() not in _CLAUSE_TAKERS:
        return []
    clause = next((c for c in verb.head.children if c.dep_ == "ccomp" and c.i < verb.i), None)
    if clause is None or any(not (t.is_punct or t.lower_ in ("then", "later")) or t.dep_ == "nsubj"
                             for t in verb.doc[clause.right_edge.i + 1:verb.i]):
        return []
    return [c for c in clause.children if c.dep_ == "nsubj"]


# What a reporter goes on to do after what they report: "the ministry said
# the troops had shelled the town and accused the army of war crimes".
_SPEECH_ACTS_AFTER_A_REPORT = _CRITICISM_VERBS | {
    "accuse", "blame", "urge", "call", "demand", "warn", "deny", "reject", "vow", "threaten", "appeal", "ask"}
_PERFECT = {"have", "has", "had"}


def _speech_joined_to_what_was_reported(verb):
    """"The coast guard said enemy boats had rammed its ship and accused
    the navy of piracy": the parse may join "accused" to the reported
    "had rammed", but a speech act in the reporter's own tense, after a
    perfect the report shifted back, is the reporter's, not the boats'.
    So after a reported copula ("a ministry statement said the troop
    movements were a sovereign matter and accused Guyana": movements
    accuse no one) or a reported progressive ("said Brussels was blackmailing
    the nation and accused the EU"), and after a report inside the report ("said the row
    showed the government had lost its grip and called for an audit": the
    spokeswoman's call). The reporting verb, else None."""
    if verb.dep_ != "conj" or verb.lemma_.lower() not in _SPEECH_ACTS_AFTER_A_REPORT \
            or verb.tag_ not in ("VBD", "VBZ", "VBP") or any(c.dep_ in ("aux", "nsubj") for c in verb.children):
        return None
    clause = verb.head
    reporter = _reporter_of(clause)
    if reporter is None or reporter.i > clause.i or verb.tag_ != reporter.tag_:
        return None
    perfect = clause.tag_ == "VBN" and any(c.dep_ == "aux" and c.lower_ in _PERFECT for c in clause.children)
    copula = clause.lemma_.lower() == "be" and any(c.dep_ in ("attr", "acomp") for c in clause.children)
    # ("said Brussels was \"blackmailing a sovereign nation\" and accused the EU":
    # a past tense after a progressive the speaker's words were quoted in)
    progressive = clause.tag_ == "VBG" and any(c.dep_ == "aux" and c.lemma_.lower() == "be" for c in clause.children)
    return reporter if perfect or copula or progressive else None


def _reporter_of(clause):
    """The speech verb whose complement the clause is, directly or through
    one more complement ("said the figures showed …"); else None."""
    if clause.dep_ != "ccomp":
        return None
    head = clause.head
    if head.lemma_.lower() in SPEECH_VERBS:
        return head
    if head.dep_ == "ccomp" and head.head.lemma_.lower() in SPEECH_VERBS and head.head.i < head.i:
        return head.head
    return None


def _subject_read_as_conjunct(verb) -> list:
    """"Villagers were kept in their houses and troops seized their phones",
    parsed with "troops" one more noun joined to "houses" and "seized" a
    clause with no subject: a finite verb right after a
    joined noun has that noun for its subject (a past participle may
    describe it instead: "homes and soldiers wounded in the raid")."""
    if verb.tag_ not in ("VBD", "VBZ", "VBP") or verb.dep_ not in ("advcl", "conj") or verb.i == 0:
        return []
    noun = verb.doc[verb.i - 1]
    joined = noun.dep_ == "conj" and noun.pos_ in ("NOUN", "PROPN") and noun.head.pos_ in ("NOUN", "PROPN", "PRON")
    if not joined or noun.right_edge.i != noun.i:
        return []
    linked = any(c.dep_ == "cc" and c.lower_ in ("and", "but") and c.i < noun.i for c in noun.head.children)
    if linked and _passive_gapped(verb):
        return []
    return [noun] if linked else []


def _passive_gapped(verb) -> bool:
    """"The tanker was taken to port and its 14 crew members detained": after
    a passive, a verb with no object that reads as a participle is that
    passive again with its "were" left out; the noun before it underwent it."""
    return not any(c.dep_ in ("dobj", "ccomp", "xcomp") for c in verb.children) and verb.tag_ == "VBD" \
        and verb.text.lower().endswith(("ed", "en")) and any(c.dep_ == "auxpass" for c in verb.head.children)


def _nothing_but_its_phrase_between(noun, verb) -> bool:
    """Only the noun's own phrase (its relative clause, commas) lies between it and the verb."""
    own = {t.i for t in noun.subtree}
    return all(t.i in own or t.is_punct for t in verb.doc[noun.i + 1:verb.i])


# Prepositions before a gerund whose understood subject is the governing
# verb's: "by attacking", "after being convicted", "before meeting".
_GERUND_PREPOSITIONS = {"by", "after", "before", "upon", "since", "while"}


def _adverbial_gerund(verb) -> bool:
    """A gerund under a preposition of the governing verb's clause: active
    ("by attacking Bill Clinton") or passive ("after being convicted")."""
    if verb.dep_ != "pcomp" or verb.head.lower_ not in _GERUND_PREPOSITIONS \
            or verb.head.head.pos_ not in ("VERB", "AUX"):
        return False
    if verb.tag_ == "VBG":
        return True
    return verb.tag_ == "VBN" and verb.head.lower_ != "by" and any(
        c.dep_ == "auxpass" and c.lower_ == "being" for c in verb.children)


# Verbs whose subject, not their object, does what follows ("she promised
# him to resign"), and verbs whose object is the means or the occasion ("he
# used the debate to demand a recount", "she took the stage to attack him"),
# or the envoy a government summons or recalls to make its point ("summoned
# China's ambassador to protest the blockade": the ministry protests).
_SUBJECT_CONTROL = {"promise", "vow", "pledge", "use", "take", "seize", "exploit", "spend", "grab", "summon",
                    "recall"}


def _it_took(verb) -> bool:
    """"It took police two hours to arrest him": with "it" as subject, who
    "took" the time is its object."""
    return verb.lemma_.lower() == "take" and any(c.dep_ == "nsubj" and c.lower_ == "it" for c in verb.children)


def _object_controller(verb) -> list:
    """"Republicans ask the DOJ to investigate Clinton", "asked him to
    condemn violence", "called on Moscow to withdraw": whom the governing
    verb asks, tells or urges does the act, not its subject. (The parse may
    hang the act on a verb of asking as an adverbial clause: "pressed the
    president to sign".)"""
    if (verb.dep_ != "xcomp" and not asked_in_an_adverbial(verb)) or verb.head.i == verb.i \
            or (verb.head.lemma_.lower() in _SUBJECT_CONTROL and not _it_took(verb.head)):
        return []
    head = verb.head
    objects = [c for c in head.children if c.dep_ in ("dobj", "dative") and c.i < verb.i]
    if any(o.lemma_.lower() in _WHAT_ONE_FORGOES for o in objects):
        return []  # "shunned work to protest", "refused food to protest": a purpose, the subject's
    if not objects and head.lemma_.lower() == "call":
        objects = [o for o in _prep_objects(head, ("on", "upon")) if o.i < verb.i]
    if not objects and head.dep_ == "relcl" and head.lemma_.lower() in _ENGAGING_VERBS \
            and any(c.dep_ in ("nsubj", "nsubjpass") for c in head.children):
        # "the company the union engaged to look into the leaks": the
        # clause's object is the noun it describes, and that one investigates.
        objects = [head.head]
    return objects


# What people leave, skip or refuse to make a point, no one who could act:
# "Palestinians shunned work to protest", "prisoners refused food to protest".
_WHAT_ONE_FORGOES = {"work", "school", "class", "classes", "job", "duty", "office", "food", "meal", "lunch"}


# Verbs that engage someone to do a thing ("hired X to", "appointed X to").
_ENGAGING_VERBS = {"hire", "appoint", "ask", "pay", "commission", "send", "order", "tell", "urge", "assign",
                   "recruit", "retain", "task", "employ", "invite", "choose", "name", "select", "authorize",
                   "authorise", "allow", "instruct", "direct", "enlist", "bring"}


_ACCUSED_OF = {"accuse", "charge", "suspect", "convict", "indict", "arrest", "detain", "jail", "sentence",
               "acquit", "blame", "fine"}


def _passive_controller(verb) -> list:
    """"He was asked to condemn violence", "a new prosecutor be
    appointed to investigate": who undergoes the passive above does the
    act it is to do."""
    if verb.dep_ not in ("xcomp", "advcl") or verb.head.i == verb.i \
            or not any(c.dep_ == "aux" and c.lower_ == "to" for c in verb.children):
        return []
    return [c for c in verb.head.children if c.dep_ in _PASSIVE_SUBJECT_DEPS]


def _agent_controller(verb) -> list:
    """"the rifle used by Dale Brin to shoot Maya Holt": who the
    passive participle says did it ("by …") does what it was done to do."""
    if verb.dep_ not in ("xcomp", "advcl") or verb.head.i == verb.i or verb.head.tag_ != "VBN" \
            or not any(c.dep_ == "aux" and c.lower_ == "to" for c in verb.children):
        return []
    return [g for c in verb.head.children if c.dep_ == "agent" for g in c.children if g.dep_ == "pobj"]


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
    another verb its subject did: "Trump has paid no price for
    attacking them", "he apologised for attacking her"."""
    if verb.dep_ != "pcomp" or verb.head.lower_ != "for" or verb.tag_ != "VBG":
        return []
    head = verb.head.head
    if head.pos_ not in ("VERB", "AUX"):
        return []
    if head.lemma_.lower() in _PRAISE_VERBS:
        return _whom_it_judges(head)
    # (Its subject, also one it takes from above: "called on Governor Dean to
    # apologize to Trump for accusing him" was Dean's accusation.)
    return [c for c in head.children if c.dep_ in _PASSIVE_SUBJECT_DEPS] or _subjects(head)


def judged_for(noun) -> Optional[list]:
    """"thanked the voters for their support", "blamed Russia for the
    attack": an act a verb of praise or blame gives as its reason was done
    by its own owner, else by whom the verb praises or blames, never by the
    one praising; None when the noun is no such reason."""
    if noun.dep_ != "pobj" or noun.head.lower_ != "for":
        return None
    verb = noun.head.head
    if verb.pos_ not in ("VERB", "AUX") or verb.lemma_.lower() not in _PRAISE_VERBS:
        return None
    return [c for c in noun.children if c.dep_ == "poss"] or _whom_it_judges(verb)


def _whom_it_judges(verb) -> list:
    """Whom a verb of praise or blame praises or blames: its object, or its
    passive subject ("was praised for")."""
    return [c for c in verb.children if c.dep_ == "dobj"] or \
        [c for c in verb.children if c.dep_ in _PASSIVE_SUBJECT_DEPS]


_PICTURES = {"video", "footage", "photo", "picture", "image", "clip", "film"}


def _pictured(verb) -> list:
    """Whom a picture shows, when the picture is the violent verb's subject."""
    for subject in _subjects(verb):
        if subject.lemma_.lower() in _PICTURES:
            shown = _prep_objects(subject, ("of",))
            return shown + [c for c in subject.children if c.dep_ == "appos"]
    return []
