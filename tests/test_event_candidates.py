"""Candidate triggers (events/candidates.py) on hand-built parses: phrases
a verb completes with its object, and verdicts told with their adjective."""

from wirecoder.events.candidates import lexicon_candidates
from wirecoder.events.lexicon import load_lexicon


def _senses(doc) -> set[tuple[str, str, str]]:
    """(trigger words, event, mode) of every lexicon candidate of the doc."""
    out = set()
    for candidate in lexicon_candidates(doc[:], load_lexicon()):
        trigger = candidate.trigger
        words = candidate.token.text + (f" {trigger.particle}" if trigger.particle else "")
        out.add((words, trigger.event, trigger.mode or "-"))
    return out


def test_a_verb_object_completes_a_phrase(make_doc):
    # Gunmen opened fire on a convoy .
    doc = make_doc(words=["Gunmen", "opened", "fire", "on", "a", "convoy", "."],
                   heads=[1, 1, 1, 1, 5, 3, 1], deps=["nsubj", "ROOT", "dobj", "prep", "det", "pobj", "punct"],
                   pos=["NOUN", "VERB", "NOUN", "ADP", "DET", "NOUN", "PUNCT"],
                   lemmas=["gunman", "open", "fire", "on", "a", "convoy", "."])
    assert ("opened fire", "ASSAULT", "firearms") in _senses(doc)
    # Vendors opened a shop on the corner .   (no phrase without its object)
    doc = make_doc(words=["Vendors", "opened", "a", "shop", "on", "the", "corner", "."],
                   heads=[1, 1, 3, 1, 1, 6, 4, 1],
                   deps=["nsubj", "ROOT", "det", "dobj", "prep", "det", "pobj", "punct"],
                   pos=["NOUN", "VERB", "DET", "NOUN", "ADP", "DET", "NOUN", "PUNCT"],
                   lemmas=["vendor", "open", "a", "shop", "on", "the", "corner", "."])
    assert _senses(doc) == set()


def test_a_prepositional_object_completes_a_phrase(make_doc):
    # Deputies took Varga into custody .
    doc = make_doc(words=["Deputies", "took", "Varga", "into", "custody", "."],
                   heads=[1, 1, 1, 1, 3, 1], deps=["nsubj", "ROOT", "dobj", "prep", "pobj", "punct"],
                   pos=["NOUN", "VERB", "PROPN", "ADP", "NOUN", "PUNCT"],
                   lemmas=["deputy", "take", "varga", "into", "custody", "."])
    assert ("took into custody", "COERCE", "arrest") in _senses(doc)
    # Deputies took Varga into town .
    doc = make_doc(words=["Deputies", "took", "Varga", "into", "town", "."],
                   heads=[1, 1, 1, 1, 3, 1], deps=["nsubj", "ROOT", "dobj", "prep", "pobj", "punct"],
                   pos=["NOUN", "VERB", "PROPN", "ADP", "NOUN", "PUNCT"],
                   lemmas=["deputy", "take", "varga", "into", "town", "."])
    assert _senses(doc) == set()


def _verdict(make_doc, negated: bool):
    # The jury found Okafor ( not ) guilty .
    words = ["The", "jury", "found", "Okafor"] + (["not"] if negated else []) + ["guilty", "."]
    guilty = len(words) - 2
    heads = [1, 2, 2, 2] + ([guilty] if negated else []) + [2, 2]
    deps = ["det", "nsubj", "ROOT", "dobj"] + (["neg"] if negated else []) + ["oprd", "punct"]
    pos = ["DET", "NOUN", "VERB", "PROPN"] + (["PART"] if negated else []) + ["ADJ", "PUNCT"]
    lemmas = ["the", "jury", "find", "okafor"] + (["not"] if negated else []) + ["guilty", "."]
    return make_doc(words=words, heads=heads, deps=deps, pos=pos, lemmas=lemmas)


def test_a_verdict_of_guilty_convicts(make_doc):
    assert ("found", "SANCTION", "convict") in _senses(_verdict(make_doc, negated=False))
    assert not any(event == "SANCTION" for _, event, _ in _senses(_verdict(make_doc, negated=True)))


def test_a_guilty_plea_concedes(make_doc):
    # Okafor pleaded guilty to fraud .
    doc = make_doc(words=["Okafor", "pleaded", "guilty", "to", "fraud", "."],
                   heads=[1, 1, 1, 1, 3, 1], deps=["nsubj", "ROOT", "acomp", "prep", "pobj", "punct"],
                   pos=["PROPN", "VERB", "ADJ", "ADP", "NOUN", "PUNCT"],
                   lemmas=["okafor", "plead", "guilty", "to", "fraud", "."])
    assert _senses(doc) == {("pleaded", "CONCEDE", "-")}
    # Okafor pleaded for mercy .   (the lexicon's own sense: a request)
    doc = make_doc(words=["Okafor", "pleaded", "for", "mercy", "."],
                   heads=[1, 1, 1, 2, 1], deps=["nsubj", "ROOT", "prep", "pobj", "punct"],
                   pos=["PROPN", "VERB", "ADP", "NOUN", "PUNCT"],
                   lemmas=["okafor", "plead", "for", "mercy", "."])
    assert {event for _, event, _ in _senses(doc)} == {"REQUEST"}


def test_calling_a_party_something_is_an_accusation_unless_it_is_praise_or_no_party(make_doc):
    def called(obj: str, what: list[str]):
        # Hale called <obj> a <what ...> .
        n = len(what)
        return _senses(make_doc(
            words=["Hale", "called", obj, "a", *what, "."],
            heads=[1, 1, 1, 3 + n, *([3 + n] * (n - 1)), 1, 1],
            deps=["nsubj", "ROOT", "dobj", "det", *(["amod"] * (n - 1)), "oprd", "punct"],
            pos=["PROPN", "VERB", "PRON" if obj.islower() else "PROPN", "DET", *(["ADJ"] * (n - 1)), "NOUN",
                 "PUNCT"],
            lemmas=["hale", "call", obj.lower(), "a", *[w.lower() for w in what], "."]))

    assert ("called", "ACCUSE", "disapprove") in called("Reed", ["liar"])
    assert ("called", "ACCUSE", "disapprove") not in called("Reed", ["nice", "guy"])
    assert ("called", "ACCUSE", "disapprove") not in called("it", ["mistake"])
    # It is wrong to call Reed a liar .   (an infinitive: who calls him so is not told)
    doc = make_doc(words=["It", "is", "wrong", "to", "call", "Reed", "a", "liar", "."],
                   heads=[1, 1, 1, 4, 2, 4, 7, 4, 1],
                   deps=["nsubj", "ROOT", "acomp", "aux", "xcomp", "dobj", "det", "oprd", "punct"],
                   pos=["PRON", "AUX", "ADJ", "PART", "VERB", "PROPN", "DET", "NOUN", "PUNCT"],
                   lemmas=["it", "be", "wrong", "to", "call", "reed", "a", "liar", "."])
    assert ("call", "ACCUSE", "disapprove") not in _senses(doc)


def test_sheltering_is_aid_only_when_someone_is_sheltered(make_doc):
    # Families are sheltering in a stadium .   (they take shelter; no one gives it)
    intransitive = make_doc(words=["Families", "are", "sheltering", "in", "a", "stadium", "."],
                            heads=[2, 2, 2, 2, 5, 3, 2],
                            deps=["nsubj", "aux", "ROOT", "prep", "det", "pobj", "punct"],
                            pos=["NOUN", "AUX", "VERB", "ADP", "DET", "NOUN", "PUNCT"],
                            lemmas=["family", "be", "shelter", "in", "a", "stadium", "."])
    assert not [s for s in _senses(intransitive) if s[0] == "sheltering"]
    # The church sheltered migrants .
    transitive = make_doc(words=["The", "church", "sheltered", "migrants", "."],
                          heads=[1, 2, 2, 2, 2],
                          deps=["det", "nsubj", "ROOT", "dobj", "punct"],
                          pos=["DET", "NOUN", "VERB", "NOUN", "PUNCT"],
                          lemmas=["the", "church", "shelter", "migrant", "."])
    assert ("sheltered", "AID", "-") in {(w, e, m or "-") for w, e, m in _senses(transitive)}
