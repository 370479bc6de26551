"""The events scorer on hand-made records and coded Documents (no parsing)."""

from wirecoder.document import Actor, Document, Event
from wirecoder.evaluate.events import format_table, predicted_quad, score


def _doc(*events: Event) -> Document:
    return Document(id="d", text="x", events=list(events))


def _event(kind: str, actor: str, recipient: str | None, confidence: float = 0.8, cameo: str = "",
           mode: str | None = None) -> Event:
    return Event(id="e", event=kind, mode=mode, cameo=cameo, confidence=confidence,
                 actor=[Actor(actor, code=actor)], recipient=[Actor(recipient, code=recipient)] if recipient else [])


def _gold(kind: str, actor: str, recipient: str, mode: str | None = None) -> dict:
    return {"id": "g", "text": "x", "no_event": False,
            "events": [{"event": kind, "mode": mode, "actor": [{"code": actor}], "recipient": [{"code": recipient}]}]}


def test_plover_figures_use_the_top_event_and_igo_aliases():
    records = [_gold("AGREE", "FRA", "IGO"), _gold("ASSAULT", "SYR", "TUR", mode="aerial"),
               {"id": "n", "text": "x", "events": [], "no_event": True}]
    documents = [_doc(_event("AGREE", "FRA", "EUR", 0.9), _event("ASSAULT", "FRA", "DEU", 0.4)),
                 _doc(_event("ASSAULT", "SYR", "IRQ", mode="firearms")),
                 _doc()]
    result = score(records, documents)["plover"]
    assert result["type_micro"]["f1"] == 1.0
    assert result["actor_country_accuracy"]["accuracy"] == 1.0
    assert result["recipient_country_accuracy"]["accuracy"] == 0.5  # EUR scores as IGO; IRQ ≠ TUR
    assert result["dyad"]["precision"] == 0.5
    assert result["dyad_set"]["precision"] == 0.3333  # the set adds (ASSAULT, FRA, DEU): one more false dyad
    assert result["dyad_set"]["recall"] == 0.5
    assert result["mode_accuracy"] == {"accuracy": 0.0, "n": 1}
    assert result["false_event_rate"] == {"rate": 0.0, "n": 1}


def test_case_recall_and_unmapped_event_rate():
    records = [{"id": "a", "text": "x", "acled": "ARREST", "event": "COERCE", "mode": "arrest"},
               {"id": "b", "text": "x", "acled": "OTHER", "event": None, "mode": None}]
    documents = [_doc(_event("COERCE", "KEN", None, mode="arrest")), _doc(_event("PROTEST", "KEN", None))]
    result = score(records, documents)["case2021"]
    assert result["type_recall"]["recall"] == 1.0 and result["mode_accuracy"]["accuracy"] == 1.0
    assert result["event_rate_on_unmapped"]["rate"] == 1.0


def test_case_recall_counts_any_event_of_the_gold_type():
    # A multi-sentence snippet: the gold ASSAULT is the second-ranked event.
    records = [{"id": "a", "text": "x", "acled": "AIR_STRIKE", "event": "ASSAULT", "mode": "aerial"}]
    documents = [_doc(_event("THREATEN", "SYR", None, 0.9), _event("ASSAULT", "SYR", None, 0.5, mode="aerial"),
                      _event("ASSAULT", "SYR", None, 0.4, mode="firearms"))]
    result = score(records, documents)["case2021"]
    assert result["type_recall"]["recall"] == 1.0
    assert result["mode_accuracy"] == {"accuracy": 1.0, "n": 1}  # the most confident ASSAULT's mode
    assert result["type_recall_top1"]["recall"] == 0.0
    assert result["types_per_record"] == 2.0


def test_conflibert_quad_from_cameo_roots():
    assert predicted_quad(None) == 0
    assert predicted_quad(_event("REQUEST", "A", None, cameo="020")) == 0
    assert predicted_quad(_event("REQUEST", "A", None, cameo="100")) == 3
    assert predicted_quad(_event("AID", "A", None, cameo="073")) == 2
    records = [{"id": "q", "text": "x", "quad": 4}, {"id": "r", "text": "x", "quad": 0}]
    result = score(records, [_doc(_event("ASSAULT", "A", None, cameo="190")), _doc()])
    assert result["conflibert"]["quad_macro_f1"] == 1.0
    assert "quad macro F1" in format_table(result)
