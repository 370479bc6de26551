"""The quote scorer's reading of the gold: which attributions count as direct."""
from wirecoder.evaluate.quotes import _typewriter_quoted


def _gold(text: str, content: str) -> dict:
    start = text.index(content)
    return {"content": [start, start + len(content)]}


def test_typewriter_marks_around_the_content_make_a_direct_quote():
    text = "The mayor spoke. ''We will rebuild the bridge,'' she said. She said the town would rebuild."
    assert _typewriter_quoted(text, _gold(text, "''We will rebuild the bridge,''"))
    assert _typewriter_quoted(text, _gold(text, "We will rebuild the bridge,"))
    text = "He said: ``We hold the line.'' Then he left."
    assert _typewriter_quoted(text, _gold(text, "We hold the line."))


def test_reported_speech_and_single_apostrophes_are_not_typewriter_quotes():
    text = "The mayor spoke. ''We will rebuild the bridge,'' she said. She said the town would rebuild."
    assert not _typewriter_quoted(text, _gold(text, "the town would rebuild"))
    text = "The army's chief said the people's will prevails."
    assert not _typewriter_quoted(text, _gold(text, "the people's will prevails"))
