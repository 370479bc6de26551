"""The event detector's scores, its stand-in, calibration, and the row filters."""

import numpy as np
import pytest

from wirecoder.actors import resolve_actors
from wirecoder.events import extract_events
from wirecoder.events.detector import NONE, AgreeingDetector, SentenceScores, calibrated
from wirecoder.events.extract import BORROWED_TRIGGER_SHARE, QUOTE_VERB_SHARE
from wirecoder.settings import Settings

LABELS = (NONE, "ACCUSE", "ASSAULT")


def test_scores_at_a_word_take_its_pieces_best_type():
    # "Troops shelled Kyiv": pieces "troops", "shell", "##ed", "kyiv".
    offsets = np.array([[0, 6], [7, 12], [12, 14], [15, 19]])
    probs = np.array([[0.9, 0.05, 0.05], [0.3, 0.1, 0.6], [0.1, 0.1, 0.8], [0.95, 0.03, 0.02]])
    scores = SentenceScores(offsets, probs, LABELS)
    at = scores.at(7, 14)
    assert at["ASSAULT"] == pytest.approx(0.8) and at[NONE] == pytest.approx(0.2)
    assert scores.at(0, 6)["ASSAULT"] == pytest.approx(0.05)
    assert scores.flagged(0.5) == [(7, 12, "ASSAULT", pytest.approx(0.6)), (12, 14, "ASSAULT", pytest.approx(0.8))]
    assert scores.at(40, 45) == {NONE: 1.0}


def test_calibration_table_is_piecewise_linear():
    table = [[0.0, 0.1], [0.5, 0.3], [1.0, 0.9]]
    assert calibrated(0.25, table) == pytest.approx(0.2)
    assert calibrated(0.75, table) == pytest.approx(0.6)
    assert calibrated(0.75, None) == 0.75


def _judge_condemned_the_un(make_doc, document_for, detector, settings):
    # The judge condemned the UN .  (no country for the judge: the article has no setting)
    from wirecoder.events.detector import use_detector

    doc = make_doc(words=["The", "judge", "condemned", "the", "UN", "."], heads=[1, 2, 2, 4, 2, 2],
                   deps=["det", "nsubj", "ROOT", "det", "dobj", "punct"],
                   pos=["DET", "NOUN", "VERB", "DET", "PROPN", "PUNCT"],
                   lemmas=["the", "judge", "condemn", "the", "un", "."], ents=[(4, 5, "ORG")])
    document = document_for(doc)
    resolve_actors(document)
    use_detector(detector)
    try:
        extract_events(document, settings)
    finally:
        use_detector(None)
    return document.events


def _sentence(make_doc, document_for, settings=None):
    return _judge_condemned_the_un(make_doc, document_for, AgreeingDetector(0.9), settings)


def test_rows_without_a_coded_actor_are_left_out_unless_asked(make_doc, document_for):
    assert _sentence(make_doc, document_for) == []
    kept = _sentence(make_doc, document_for, Settings(require_actor=False))
    assert [(e.event, [a.code for a in e.actor], [r.code for r in e.recipient]) for e in kept] == [
        ("ACCUSE", [None], ["UNO"])]
    assert kept[0].actor[0].sector == ["JUD"]


def test_min_confidence_leaves_out_weaker_rows(make_doc, document_for):
    assert _sentence(make_doc, document_for, Settings(require_actor=False, min_confidence=0.95)) == []


@pytest.mark.model
def test_packaged_detector_reads_the_trigger_in_context():
    from wirecoder.events.detector import score_sentences

    arrest, metaphor = score_sentences(["Police arrested three men after the shooting on Monday.",
                                        "The team attacked the basket all night and beat Boston 101-99."])
    at = arrest.at(7, 15)
    assert max(at, key=at.get) == "COERCE" and at["COERCE"] > 0.5
    sports = metaphor.at(9, 17)
    assert sports["ASSAULT"] < 0.5


@pytest.mark.model
def test_a_sentence_scores_the_same_alone_and_among_others():
    # The int8 graph scales activations per call: read in a batch, a
    # sentence's probabilities moved with its neighbours (0.877 → 0.787).
    from wirecoder.events.detector import score_sentences

    sentence = "Russian troops shelled the city on Monday, officials said."
    others = ["The minister met his French counterpart in Paris.", "It rained.",
              "A long sentence about nothing in particular that goes on and on with many words to pad it out."]
    alone = score_sentences([sentence])[0].probs
    among = score_sentences(others[:2] + [sentence] + others[2:])[2].probs
    assert np.array_equal(alone, among)


class _Recording(AgreeingDetector):
    def __init__(self) -> None:
        super().__init__(0.9)
        self.read: list[str] = []

    def score(self, texts):
        self.read.extend(texts)
        return super().score(texts)


def _read_by(make_doc, document_for, verb: str, lemma: str, settings, detector=None) -> list[str]:
    """The sentences the detector reads in "The judge VERB the ruling ."."""
    from wirecoder.events.detector import use_detector

    doc = make_doc(words=["The", "judge", verb, "the", "ruling", "."], heads=[1, 2, 2, 4, 2, 2],
                   deps=["det", "nsubj", "ROOT", "det", "dobj", "punct"],
                   pos=["DET", "NOUN", "VERB", "DET", "NOUN", "PUNCT"],
                   lemmas=["the", "judge", lemma, "the", "ruling", "."])
    document = document_for(doc)
    resolve_actors(document)
    detector = detector or _Recording()
    use_detector(detector)
    try:
        extract_events(document, settings)
    finally:
        use_detector(None)
    return detector.read


def test_sentences_that_cannot_code_an_actor_are_not_read_when_one_is_required(make_doc, document_for):
    # Nothing in the sentence is coded: no row could keep an actor.
    assert _read_by(make_doc, document_for, "condemned", "condemn", Settings()) == []
    assert _read_by(make_doc, document_for, "condemned", "condemn", Settings(require_actor=False)) \
        == ["The judge condemned the ruling ."]


def test_a_sentence_detector_does_not_read_sentences_without_a_trigger_or_a_coded_quote(make_doc, document_for):
    # "wore": no lexicon trigger, and no quote, so no row could be anchored.
    settings = Settings(require_actor=False)
    assert _read_by(make_doc, document_for, "wore", "wear", settings) == []
    flagging = _Recording()
    flagging.flags_words = True  # a token classifier may name a trigger the lexicon lacks
    assert _read_by(make_doc, document_for, "wore", "wear", settings, flagging) == ["The judge wore the ruling ."]


class _SentenceTypes:
    """A sentence-level detector that reports fixed type probabilities."""

    def __init__(self, probs: dict) -> None:
        self.labels = (NONE,) + tuple(probs)
        self.row = np.array([[1.0 - sum(probs.values()), *probs.values()]], dtype=np.float32)
        self.meta = {"labels": list(self.labels), "family": "test", "detect_min": 0.1}

    def score(self, texts):
        return [SentenceScores(np.zeros((1, 2), dtype=np.int32), self.row, self.labels, kind="sentence")
                for _ in texts]


def _judge_events(make_doc, document_for, probs):
    events = _judge_condemned_the_un(make_doc, document_for, _SentenceTypes(probs),
                                     Settings(require_actor=False, min_confidence=0.0))
    return [(e.event, e.event_text, e.confidence) for e in events]


def test_a_sentence_type_takes_a_lexicon_trigger_and_weak_types_are_dropped(make_doc, document_for):
    # ACCUSE is "condemned"'s own type; REJECT (same quad) and SANCTION (none in
    # the sentence) fall back to the same word; under detect_min nothing is written.
    events = _judge_events(make_doc, document_for, {"ACCUSE": 0.7, "REJECT": 0.15, "SANCTION": 0.05})
    assert [(e, t) for e, t, _ in events] == [("ACCUSE", "condemned"), ("REJECT", "condemned")]
    assert events[0][2] > events[1][2]


def test_a_trigger_of_another_type_is_weaker_evidence_than_one_of_its_own(make_doc, document_for):
    # "condemned" is an ACCUSE word: read as REJECT it stands in for another
    # type, and its row keeps only a share of the detector's confidence.
    [(event, _, confidence)] = _judge_events(make_doc, document_for, {"REJECT": 0.9})
    assert event == "REJECT" and confidence == pytest.approx(0.9 * BORROWED_TRIGGER_SHARE)
    [(event, _, confidence)] = _judge_events(make_doc, document_for, {"ACCUSE": 0.9})
    assert event == "ACCUSE" and confidence == pytest.approx(0.9)


@pytest.mark.model
def test_a_sentence_of_thousands_of_pieces_is_read_in_a_bounded_number_of_windows():
    from wirecoder.events.detector import MAX_WINDOWS, load_detector

    detector = load_detector(0)
    seen = []
    run = detector._run
    detector._run = lambda chunk: (seen.extend(chunk), run(chunk))[1]
    try:
        [scores] = detector.score(["word " * 20_000])
    finally:
        detector._run = run
    assert len(seen) == MAX_WINDOWS and scores.probs.shape == (1, len(detector.labels))


def test_a_typed_sentence_without_an_act_word_gives_no_row(make_doc, document_for):
    from wirecoder.events.detector import use_detector

    # Officials said the team played .   /   Officials said troops attacked .
    played = make_doc(words=["Officials", "said", "the", "team", "played", "."], heads=[1, 1, 3, 4, 1, 1],
                      deps=["nsubj", "ROOT", "det", "nsubj", "ccomp", "punct"],
                      pos=["NOUN", "VERB", "DET", "NOUN", "VERB", "PUNCT"],
                      lemmas=["official", "say", "the", "team", "play", "."])
    attacked = make_doc(words=["Officials", "said", "troops", "attacked", "."], heads=[1, 1, 3, 1, 1],
                        deps=["nsubj", "ROOT", "nsubj", "ccomp", "punct"],
                        pos=["NOUN", "VERB", "NOUN", "VERB", "PUNCT"],
                        lemmas=["official", "say", "troop", "attack", "."])
    use_detector(_SentenceTypes({"ASSAULT": 0.9}))
    try:
        triggers = []
        for doc in (played, attacked):
            document = document_for(doc)
            resolve_actors(document)
            extract_events(document, Settings(require_actor=False, min_confidence=0.0))
            triggers.append([e.event_text for e in document.events])
    finally:
        use_detector(None)
    # The detector's type alone is no evidence: "played" does not say ASSAULT.
    assert triggers == [[], ["attacked"]]


def _minister_says(make_doc, document_for, quote: str, settings: Settings, **parse):
    """Events of "<quote> , the minister said ." when the quotes stage found
    the minister, a German, as the speaker and the detector reads an
    accusation (no ACCUSE word in the sentence)."""
    from wirecoder.document import Actor, Quote
    from wirecoder.events.detector import use_detector

    doc = make_doc(**parse)
    document = document_for(doc)
    resolve_actors(document)
    minister = next(t for t in doc if t.text == "minister")
    document.quotes = [Quote(text=quote, start=0, end=len(quote), direct=True, cue="said",
                             speaker=Actor("the minister", None, "DEU", ["GOV"], minister.idx,
                                           minister.idx + len(minister.text)))]
    use_detector(_SentenceTypes({"ACCUSE": 0.9}))
    try:
        extract_events(document, settings)
    finally:
        use_detector(None)
    return document.events


_PUTIN_IS_RECKLESS = dict(words=["Putin", "is", "reckless", ",", "the", "minister", "said", "."],
                          heads=[1, 6, 1, 6, 5, 6, 6, 6],
                          deps=["nsubj", "ccomp", "acomp", "punct", "det", "nsubj", "ROOT", "punct"],
                          pos=["PROPN", "AUX", "ADJ", "PUNCT", "DET", "NOUN", "VERB", "PUNCT"],
                          lemmas=["putin", "be", "reckless", ",", "the", "minister", "say", "."],
                          ents=[(0, 1, "PERSON")])


def test_spoken_words_with_no_trigger_of_their_type_are_the_speakers_act(make_doc, document_for):
    # Putin is reckless , the minister said .
    events = _minister_says(make_doc, document_for, "Putin is reckless", Settings(min_confidence=0.0),
                            **_PUTIN_IS_RECKLESS)
    assert [(e.event, [a.code for a in e.actor], [r.code for r in e.recipient]) for e in events] == [
        ("ACCUSE", ["DEU"], ["RUS"])]
    # A quote's verb is weaker evidence than a trigger: half the confidence
    # (extract.QUOTE_VERB_SHARE), below the default cut-off.
    assert events[0].confidence == pytest.approx(0.9 * QUOTE_VERB_SHARE)
    assert _minister_says(make_doc, document_for, "Putin is reckless", Settings(), **_PUTIN_IS_RECKLESS) == []


def test_spoken_words_that_name_no_one_accuse_no_one(make_doc, document_for):
    # There was wrongdoing , the minister said .
    events = _minister_says(make_doc, document_for, "There was wrongdoing",
                            Settings(min_confidence=0.0, require_actor=False),
                            words=["There", "was", "wrongdoing", ",", "the", "minister", "said", "."],
                            heads=[1, 6, 1, 6, 5, 6, 6, 6],
                            deps=["expl", "ccomp", "attr", "punct", "det", "nsubj", "ROOT", "punct"],
                            pos=["PRON", "VERB", "NOUN", "PUNCT", "DET", "NOUN", "VERB", "PUNCT"],
                            lemmas=["there", "be", "wrongdoing", ",", "the", "minister", "say", "."])
    assert events == []


@pytest.mark.model
def test_the_speaker_of_an_insult_acts_also_when_neither_party_is_named():
    # "he" and "she" are one country and unnamed: still two parties.
    from wirecoder.pipeline import code_many
    from wirecoder.settings import default_settings

    text = ('New Jersey Gov. Chris Christie spoke on Monday about Hillary Clinton. '
            '"She\'s a disgrace," he said.')
    [document] = code_many([text], default_settings().with_overrides(min_confidence=0.0))
    insult = [e for e in document.events if e.sentence.startswith('"She')]
    assert insult and insult[0].event == "ACCUSE"
    assert [a.entity_text for a in insult[0].actor] == ["he"]


def test_the_linear_second_opinion_scores_word_pairs_and_round_trips(tmp_path):
    from wirecoder.events.detector import LinearTypes, _blend_model

    labels = (NONE, "ASSAULT")
    vocab = ["troops", "shelled", "troops shelled"]
    weights = np.array([[0.0, 1.0], [0.0, 2.0], [0.0, 3.0]], dtype=np.float32)
    linear = LinearTypes(vocab, weights, np.array([1.0, 0.0], dtype=np.float32), labels)
    # Binary features, L2-normalised: the three known n-grams, each 1/sqrt(3).
    logits = np.array([1.0, 6.0 / np.sqrt(3)])
    expected = np.exp(logits) / np.exp(logits).sum()
    assert np.allclose(linear.probs("Troops shelled the town."), expected, atol=1e-6)
    assert np.allclose(linear.probs("Nothing here."), np.exp([1.0, 0.0]) / np.exp([1.0, 0.0]).sum())
    linear.save(tmp_path / "linear.npz")
    loaded, weight = _blend_model(tmp_path, {"model": "linear.npz", "weight": 0.4}, labels)
    assert weight == 0.4 and loaded.labels == labels
    assert np.allclose(loaded.probs("Troops shelled the town."), expected, atol=1e-3)  # stored in fp16
    assert _blend_model(tmp_path, None, labels) is None


def test_the_packaged_detector_blends_a_linear_model_with_its_own_labels():
    import json
    from importlib import resources

    from wirecoder.events.detector import LinearTypes

    data = resources.files("wirecoder.data")
    meta = json.loads(data.joinpath("event_detector.json").read_text(encoding="utf-8"))
    assert 0.0 < meta["blend"]["weight"] < 1.0
    linear = LinearTypes.load(data.joinpath(meta["blend"]["model"]))
    assert linear.labels == tuple(meta["labels"])
    assert linear.probs("Rebels attacked an army base, killing ten soldiers.").argmax() == \
        linear.labels.index("ASSAULT")
    assert linear.probs("Police arrested three men on Monday.").argmax() == linear.labels.index("COERCE")


def test_a_verbal_attack_anchors_on_its_verb_as_an_accusation(make_doc, document_for):
    # Greece attacked Turkey and sought support .   (the detector reads an accusation)
    from wirecoder.events.candidates import lexicon_candidates
    from wirecoder.events.detector import use_detector
    from wirecoder.events.lexicon import load_lexicon

    doc = make_doc(words=["Greece", "attacked", "Turkey", "and", "sought", "support", "."],
                   heads=[1, 1, 1, 1, 1, 4, 1], deps=["nsubj", "ROOT", "dobj", "cc", "conj", "dobj", "punct"],
                   pos=["PROPN", "VERB", "PROPN", "CCONJ", "VERB", "NOUN", "PUNCT"],
                   lemmas=["greece", "attack", "turkey", "and", "seek", "support", "."],
                   ents=[(0, 1, "GPE"), (2, 3, "GPE")])
    senses = {(c.token.text, c.trigger.event) for c in lexicon_candidates(doc[:], load_lexicon())}
    assert {("attacked", "ASSAULT"), ("attacked", "ACCUSE")} <= senses
    document = document_for(doc)
    resolve_actors(document)
    use_detector(_SentenceTypes({"ACCUSE": 0.9}))
    try:
        extract_events(document, Settings(min_confidence=0.0))
    finally:
        use_detector(None)
    assert [(e.event, e.event_text, [a.code for a in e.actor], [r.code for r in e.recipient])
            for e in document.events] == [("ACCUSE", "attacked", ["GRC"], ["TUR"])]


@pytest.mark.model
def test_a_verb_with_its_own_subject_carries_the_act_before_a_noun_for_it():
    from wirecoder.pipeline import code_many
    from wirecoder.settings import default_settings

    [document] = code_many(["Those negotiations moved on Sunday to Chad, where Foreign Minister Amira Farouk of Niger "
                            "met for two hours with the Chadian foreign minister, Omar Saleh."],
                           default_settings().with_overrides(min_confidence=0.0, require_actor=False))
    rows = [e for e in document.events if e.event == "CONSULT"]
    assert rows and all(e.event_text.startswith("met") for e in rows)
    # a meeting is reciprocal: both sides act, no one receives (PLOVER)
    assert [[a.code for a in e.actor] for e in rows[:1]] == [["NER", "TCD"]] and not rows[0].recipient


@pytest.mark.model
def test_a_verb_used_with_out_that_its_entry_lacks_is_another_verb():
    from wirecoder.pipeline import code_many
    from wirecoder.settings import default_settings

    [document] = code_many(["As Governor Hale's bid in Ohio started coming apart over claims he hit his former "
                            "wife, he blasted out a fresh robocall praising his record."],
                           default_settings().with_overrides(min_confidence=0.0, require_actor=False))
    assert not [e for e in document.events if e.event_text == "blasted"]


def _every_row_of(text: str):
    from wirecoder.pipeline import code_many
    from wirecoder.settings import default_settings

    [document] = code_many([text], default_settings().with_overrides(min_confidence=0.0, require_actor=False))
    return document.events


@pytest.mark.model
def test_a_denied_act_is_not_coded_and_another_word_may_carry_the_type():
    # Our guideline: denials are no event, and the denied act is not coded.
    assert not [e for e in _every_row_of("Governor Hale denied that he had attacked Senator Ortiz.")
                if e.event_text == "attacked"]
    assert not [e for e in _every_row_of("The mayor's aide disputed the claim that the mayor had ever criticized "
                                         "the governor.") if e.event_text == "criticized"]
    rows = _every_row_of("Governor Hale denied that he had attacked Senator Ortiz, and the senator condemned him.")
    assert [e.event_text for e in rows if e.event == "ACCUSE"] == ["condemned"]
    # Not denied: the act a denial does not deny, and an accusation answered.
    assert [e.event_text for e in _every_row_of("Governor Hale did not deny that he had criticized the mayor.")
            if e.event == "ACCUSE"] == ["criticized"]


@pytest.mark.model
def test_an_inquiry_into_an_accident_is_no_event():
    assert not _every_row_of("Dayton police are investigating the crash.")
    assert not _every_row_of("Police opened an investigation into the collision on Route 9.")
    assert [e.event for e in _every_row_of("Dayton police are investigating the shooting.")] == ["ACCUSE"]
    # Unless it is looked into as a crime: then someone is suspected.
    crime = _every_row_of("Dayton police are investigating the fire as a crime.")
    assert [e.event for e in crime] == ["ACCUSE"]
    # ... by someone no one has named: no implied recipient, as for an inquiry into a shooting.
    assert not crime[0].recipient
    assert not _every_row_of("The blaze is being investigated by Dayton police as an arson.")[0].recipient
    assert not _every_row_of("Dayton police are investigating the fire as an accident.")



@pytest.mark.model
def test_what_someone_is_to_do_is_future_and_capturing_a_debate_is_no_violence():
    rows = [e for e in _every_row_of("President Farouk of Niger is to pay an official visit to Chad on Monday.")
            if e.event == "CONSULT"]
    assert rows and all("future" in e.aux_mode for e in rows)
    assert not [e for e in _every_row_of("The grainy video, shot by a worker at a factory in Dayton, Ohio, captured "
                                         "the heated national debate over trade.") if e.event == "ASSAULT"]


@pytest.mark.model
def test_what_an_aim_is_to_do_is_hypothetical():
    rows = [e for e in _every_row_of("Our goal is to attack the rebels in Homs.") if e.event == "ASSAULT"]
    assert rows and all("hypothetical" in e.aux_mode and "future" not in e.aux_mode for e in rows)


@pytest.mark.model
def test_the_trigger_nearest_the_root_anchors_the_type():
    """"… decision to restore ties with X received support from Y": both
    'ties' and 'support' are SUPPORT words; the one the main clause holds
    carries the sentence's act."""
    from wirecoder.pipeline import code_many
    from wirecoder.settings import default_settings

    [document] = code_many(["BERLIN — The chancellor's decision to restore dormant German ties with the island "
                            "nation received strong support from opposition lawmakers."],
                           default_settings().with_overrides(min_confidence=0.0, require_actor=False))
    rows = [e for e in document.events if e.event == "SUPPORT"]
    assert rows and all(e.event_text == "support" for e in rows)
    assert all("opposition lawmakers" in [a.entity_text for a in e.actor] for e in rows)


@pytest.mark.model
def test_equipment_and_forces_named_for_an_act_report_none():
    # The shipped detector reads this sentence as a protest, and "riot" (of
    # "riot police") had been its trigger, with the mode "riot".
    from wirecoder.pipeline import code_many
    from wirecoder.settings import default_settings

    settings = default_settings().with_overrides(min_confidence=0.0, require_actor=False)
    [document] = code_many(["In the main square, where thousands gathered for a demonstration, riot police guarding "
                            "the parliament fired tear gas at students who threw stones."], settings)
    assert not [e for e in document.events if e.event_text.lower() == "riot"]
    assert "ASSAULT" in [e.event for e in document.events if e.event_text == "fired"]
