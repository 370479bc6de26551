from wirecoder.document import SCHEMA, Actor, Document, Event, Issue, Quote, Removed


def test_to_dict_has_contract_fields_and_schema():
    doc = Document(id="a1", text="Body.", title="T", date="2024-05-21", date_source="input")
    out = doc.to_dict()
    assert out["schema"] == SCHEMA == "wirecoder/1"
    for key in ("id", "title", "url", "lang", "date", "date_source", "text", "removed", "entities",
                "events", "quotes", "dates", "places", "warnings", "error"):
        assert key in out
    assert "spacy_doc" not in out and "mentions" not in out


def test_round_trip_keeps_nested_records():
    doc = Document(id="a2", text="X attacked Y.")
    doc.removed.append(Removed("caption", "A photo / Reuters"))
    doc.events.append(Event(id="a2-e1", event="ASSAULT", actor=[Actor("X", "X", "RUS", ["MIL"], 0, 1)],
                            recipient=[Actor("Y", "Y", "UKR", [], 11, 12)], quad_code=4))
    doc.quotes.append(Quote("hi", 0, 2, True, "said", Actor("he", "Someone", "FRA", ["GOV"], 3, 5)))
    doc.warnings.append(Issue("date-unverified", "m"))
    again = Document.from_dict(doc.to_dict())
    assert again.to_dict() == doc.to_dict()


def test_fail_empties_lists_and_sets_error():
    doc = Document(id="bad", text="something")
    doc.events.append(Event(id="x", event="AGREE"))
    doc.fail("binary", "the input looks like binary data")
    out = doc.to_dict()
    assert out["error"] == {"code": "binary", "message": "the input looks like binary data"}
    assert out["events"] == [] and out["text"] == ""


def test_a_state_code_is_three_letters_and_no_non_state_code():
    from wirecoder.document import is_state_code

    assert is_state_code("USA") and is_state_code("SSD")
    assert not any(is_state_code(code) for code in (None, "", "NGO", "UNO", "IMG", "US"))
