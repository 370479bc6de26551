"""The rows an article of one sentence or a few gives at any confidence, with
or without a coded actor: what the tests of parties, types and modes read."""


def rows(text, trigger=None, event=None):
    """Every row of `text` (dated 2026-03-03), at the trigger word and of the
    event type given, if given."""
    from wirecoder.pipeline import code_many
    from wirecoder.settings import default_settings

    [document] = code_many([{"id": "x", "date": "2026-03-03", "text": text}],
                           default_settings().with_overrides(min_confidence=0.0, require_actor=False))
    return [e for e in document.events if (trigger is None or e.event_text == trigger)
            and (event is None or e.event == event)]


def document(text, date="2026-03-03"):
    """The whole coded document of `text`, at the default settings."""
    from wirecoder.pipeline import code_many

    [coded] = code_many([{"id": "x", "date": date, "text": text}])
    return coded


def codes(parties):
    """The country codes of a row's actors or recipients."""
    return [p.code for p in parties]
