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
