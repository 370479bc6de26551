"""Score event coding against the event gold sets of shared/gold/events.

Entry points: `run(gold_path, settings, limit)` (used by `wirecoder eval
events`), `score(records, documents)` (used by the training script's
cross-validation) and `format_table(result)`.

Three gold formats are recognised per record, so one file may mix them:

- plover_gsr: `events` (event, mode, actor/recipient codes) and `no_event`;
- case2021: `acled` with the mapped PLOVER `event` and `mode` (null: unmapped);
- conflibert: `quad` 0..4, where 0 is CAMEO's neutral statements/appeals
  (roots 01–02) or no event at all.

Definitions (docs/accuracy.md `## Events` states them for readers):

- PLOVER type P/R/F1, quad, mode and actor/recipient accuracy score the
  coder's highest-confidence event (top-1) per record: the PLOVER gold
  records are single sentences that mostly carry one event, so a second
  predicted type is a false positive, not a free extra guess.
- PLOVER dyad P/R/F1 (`dyad`) compares the top-1 event's dyads (every
  actor×recipient pair) with the record's gold dyads, like the types.
  `dyad_set` compares the record's *set* of predicted dyads (every event)
  with the gold set: it can recall a second gold event, and every extra
  predicted dyad costs precision.
- CASE 2021 snippets are several sentences with one gold label: a record is
  recalled when *any* predicted event has the gold type; its mode is that of
  the most confident predicted event of the gold type. The top-1 variants
  are kept as `type_recall_top1` / `mode_accuracy_top1`, and the mean number
  of distinct predicted types per record is shown beside them, so a coder
  that sprays types cannot hide.

UN and EU codes count as IGO on both sides because the PLOVER gold codes
them so.
"""

from __future__ import annotations

from collections import Counter
from typing import Any, Iterable, Optional

from ..document import Document, Event
from . import f1, ratio, read_gold

PLOVER_TYPES = ("AGREE", "CONSULT", "SUPPORT", "CONCEDE", "COOPERATE", "AID", "RETREAT", "REQUEST",
                "ACCUSE", "REJECT", "THREATEN", "PROTEST", "SANCTION", "MOBILIZE", "COERCE", "ASSAULT")
# PLOVER type → quad class (1 verbal coop, 2 material coop, 3 verbal
# conflict, 4 material conflict), as in data/plover_types.tsv.
_IGO_ALIASES = {"UNO": "IGO", "EUR": "IGO", "UN": "IGO", "EU": "IGO", "NATO": "IGO"}


def run(gold_path: str, settings, limit: Optional[int] = None) -> dict[str, Any]:
    records = list(read_gold(gold_path, limit))
    documents = code_records(records, settings)
    result = score(records, documents)
    result["gold"] = gold_path
    return result


def code_records(records: list[dict[str, Any]], settings, keep_spacy_doc: bool = False) -> list[Document]:
    """Code every record's text (with its date), batched through the pipeline."""
    from ..ingest import raw_from_value
    from ..pipeline import code_raw

    raws = (raw_from_value({"id": r["id"], "text": r["text"], "date": r.get("date") or r.get("dct")}, i)
            for i, r in enumerate(records))
    return list(code_raw(raws, settings, keep_spacy_doc=keep_spacy_doc))


def top_event(document: Document) -> Optional[Event]:
    return max(document.events, key=lambda e: e.confidence, default=None)


# ------------------------------------------------------------------ scoring
def score(records: list[dict[str, Any]], documents: Iterable[Document]) -> dict[str, Any]:
    plover, case, quad = _PloverScore(), _CaseScore(), _QuadScore()
    for record, document in zip(records, documents, strict=False):
        predicted = top_event(document)
        if "quad" in record:
            quad.add(record, predicted)
        elif "acled" in record:
            case.add(record, predicted, document.events)
        elif "events" in record:
            plover.add(record, predicted, document.events)
    result: dict[str, Any] = {"records": len(records)}
    for name, part in (("plover", plover), ("case2021", case), ("conflibert", quad)):
        if part.n:
            result[name] = part.figures()
    return result


def _code(code: Optional[str]) -> Optional[str]:
    return _IGO_ALIASES.get(code, code) if code else None


def _codes(actors: Iterable[Any]) -> set[str]:
    out = set()
    for actor in actors:
        code = actor.get("code") if isinstance(actor, dict) else actor.code
        if _code(code):
            out.add(_code(code))
    return out


def _dyads(event_type: str, actors: set[str], recipients: set[str]) -> set[tuple]:
    return {(event_type, a, r) for a in (actors or {None}) for r in (recipients or {None})}


def _quad_of_type(event_type: Optional[str]) -> int:
    from ..events.lexicon import load_lexicon

    types = load_lexicon().types
    return types[event_type].quad if event_type in types else 0


def _prf(tp: int, fp: int, fn: int) -> dict[str, float]:
    precision, recall = ratio(tp, tp + fp), ratio(tp, tp + fn)
    return {"precision": round(precision, 4), "recall": round(recall, 4), "f1": round(f1(precision, recall), 4),
            "support": tp + fn}


class _Confusion:
    """Per-label true/false positives for set-valued gold and predictions."""

    def __init__(self) -> None:
        self.tp: Counter = Counter()
        self.fp: Counter = Counter()
        self.fn: Counter = Counter()

    def add(self, gold: set, predicted: set) -> None:
        for label in predicted & gold:
            self.tp[label] += 1
        for label in predicted - gold:
            self.fp[label] += 1
        for label in gold - predicted:
            self.fn[label] += 1

    def per_label(self, labels: Iterable) -> dict:
        return {str(label): _prf(self.tp[label], self.fp[label], self.fn[label]) for label in labels
                if self.tp[label] + self.fp[label] + self.fn[label]}

    def micro(self) -> dict[str, float]:
        return _prf(sum(self.tp.values()), sum(self.fp.values()), sum(self.fn.values()))

    def macro_f1(self, labels: Iterable) -> float:
        # Labels absent from gold and predictions are skipped (0/0), the
        # rest count equally.
        scores = [v["f1"] for v in self.per_label(labels).values()]
        return round(sum(scores) / len(scores), 4) if scores else 0.0


class _PloverScore:
    def __init__(self) -> None:
        self.n = 0
        self.types, self.quads, self.dyads, self.dyads_set = _Confusion(), _Confusion(), _Confusion(), _Confusion()
        self.mode = [0, 0]
        self.actor = [0, 0]
        self.recipient = [0, 0]
        self.no_event = [0, 0]

    def add(self, record: dict[str, Any], predicted: Optional[Event], events: Iterable[Event] = ()) -> None:
        self.n += 1
        gold_events = [e for e in record.get("events") or [] if e.get("event") in PLOVER_TYPES]
        if record.get("no_event") or not gold_events:
            self.no_event[1] += 1
            self.no_event[0] += predicted is not None
        gold_types = {e["event"] for e in gold_events}
        predicted_types = {predicted.event} if predicted else set()
        self.types.add(gold_types, predicted_types)
        self.quads.add({_quad_of_type(t) for t in gold_types}, {_quad_of_type(t) for t in predicted_types})
        gold_dyads = set().union(*[_dyads(e["event"], _codes(e.get("actor", [])), _codes(e.get("recipient", [])))
                                   for e in gold_events]) if gold_events else set()
        top_dyads = (_dyads(predicted.event, _codes(predicted.actor), _codes(predicted.recipient))
                     if predicted else set())
        self.dyads.add(gold_dyads, top_dyads)
        all_dyads = set().union(*[_dyads(e.event, _codes(e.actor), _codes(e.recipient)) for e in events])
        self.dyads_set.add(gold_dyads, all_dyads | top_dyads)
        matched = [e for e in gold_events if predicted and e["event"] == predicted.event]
        if not matched:
            return
        gold = matched[0]
        if gold.get("mode"):
            self.mode[1] += 1
            self.mode[0] += predicted.mode == gold["mode"]
        for role, tally, mine in (("actor", self.actor, predicted.actor),
                                  ("recipient", self.recipient, predicted.recipient)):
            wanted = _codes(gold.get(role, []))
            if wanted:
                tally[1] += 1
                tally[0] += bool(wanted & _codes(mine))

    def figures(self) -> dict[str, Any]:
        return {
            "records": self.n,
            "type_micro": self.types.micro(),
            "type_macro_f1": self.types.macro_f1(PLOVER_TYPES),
            "quad_macro_f1": self.quads.macro_f1((1, 2, 3, 4)),
            "mode_accuracy": {"accuracy": round(ratio(*self.mode), 4), "n": self.mode[1]},
            "actor_country_accuracy": {"accuracy": round(ratio(*self.actor), 4), "n": self.actor[1]},
            "recipient_country_accuracy": {"accuracy": round(ratio(*self.recipient), 4), "n": self.recipient[1]},
            "dyad": self.dyads.micro(),
            "dyad_set": self.dyads_set.micro(),
            "false_event_rate": {"rate": round(ratio(*self.no_event), 4), "n": self.no_event[1]},
            "per_type": self.types.per_label(PLOVER_TYPES),
        }


class _CaseScore:
    def __init__(self) -> None:
        self.n = 0
        self.recall = [0, 0]
        self.mode = [0, 0]
        self.recall_top1 = [0, 0]
        self.mode_top1 = [0, 0]
        self.types_per_record = [0, 0]
        self.unmapped = [0, 0]
        self.per_type: dict[str, list[int]] = {}

    def add(self, record: dict[str, Any], predicted: Optional[Event], events: Iterable[Event] = ()) -> None:
        self.n += 1
        events = list(events) or ([predicted] if predicted else [])
        gold_type = record.get("event")
        if not gold_type:
            self.unmapped[1] += 1
            self.unmapped[0] += predicted is not None
            return
        self.types_per_record[0] += len({e.event for e in events})
        self.types_per_record[1] += 1
        # Recall: any predicted event of the gold type; its mode is the most
        # confident such event's.
        of_type = max((e for e in events if e.event == gold_type), key=lambda e: e.confidence, default=None)
        _tally_case(self.recall, self.mode, record, of_type)
        top = predicted if predicted is not None and predicted.event == gold_type else None
        _tally_case(self.recall_top1, self.mode_top1, record, top)
        tally = self.per_type.setdefault(gold_type, [0, 0])
        tally[0] += of_type is not None
        tally[1] += 1

    def figures(self) -> dict[str, Any]:
        return {
            "records": self.n,
            "type_recall": {"recall": round(ratio(*self.recall), 4), "n": self.recall[1]},
            "mode_accuracy": {"accuracy": round(ratio(*self.mode), 4), "n": self.mode[1]},
            "type_recall_top1": {"recall": round(ratio(*self.recall_top1), 4), "n": self.recall_top1[1]},
            "mode_accuracy_top1": {"accuracy": round(ratio(*self.mode_top1), 4), "n": self.mode_top1[1]},
            "types_per_record": round(ratio(*self.types_per_record), 3),
            "event_rate_on_unmapped": {"rate": round(ratio(*self.unmapped), 4), "n": self.unmapped[1]},
            "per_type_recall": {k: {"recall": round(ratio(*v), 4), "n": v[1]} for k, v in sorted(self.per_type.items())},
        }


def _tally_case(recall: list[int], mode: list[int], record: dict[str, Any], hit: Optional[Event]) -> None:
    recall[1] += 1
    recall[0] += hit is not None
    if hit is not None and record.get("mode"):
        mode[1] += 1
        mode[0] += hit.mode == record["mode"]


def predicted_quad(event: Optional[Event]) -> int:
    """CAMEO's quad of the event's code: roots 01–02 (statements, appeals) are
    the neutral class 0, as in the ConfliBERT labels; no event is 0 too."""
    if event is None:
        return 0
    root = (event.cameo or "")[:2]
    if root.isdigit():
        number = int(root)
        if number <= 2:
            return 0
        return 1 if number <= 5 else 2 if number <= 8 else 3 if number <= 13 else 4
    return event.quad_code or 0


class _QuadScore:
    def __init__(self) -> None:
        self.n = 0
        self.quads = _Confusion()
        self.correct = 0

    def add(self, record: dict[str, Any], predicted: Optional[Event]) -> None:
        self.n += 1
        gold, mine = int(record["quad"]), predicted_quad(predicted)
        self.quads.add({gold}, {mine})
        self.correct += gold == mine

    def figures(self) -> dict[str, Any]:
        return {"records": self.n, "quad_macro_f1": self.quads.macro_f1(range(5)),
                "accuracy": round(ratio(self.correct, self.n), 4), "per_quad": self.quads.per_label(range(5))}


# ------------------------------------------------------------------ output
def format_table(result: dict[str, Any]) -> str:
    lines = [f"events: {result.get('gold', '')} ({result['records']} records)"]
    if "plover" in result:
        p = result["plover"]
        lines += [
            "PLOVER (types: top-1 event per record; dyads also as a set over all events)",
            f"  type micro P/R/F1     {p['type_micro']['precision']:.3f} / {p['type_micro']['recall']:.3f}"
            f" / {p['type_micro']['f1']:.3f}",
            f"  type macro F1         {p['type_macro_f1']:.3f}",
            f"  quad macro F1         {p['quad_macro_f1']:.3f}",
            f"  mode accuracy         {p['mode_accuracy']['accuracy']:.3f}  (n={p['mode_accuracy']['n']})",
            f"  actor country acc     {p['actor_country_accuracy']['accuracy']:.3f}"
            f"  (n={p['actor_country_accuracy']['n']})",
            f"  recipient country acc {p['recipient_country_accuracy']['accuracy']:.3f}"
            f"  (n={p['recipient_country_accuracy']['n']})",
            f"  dyad P/R/F1 (top-1)   {p['dyad']['precision']:.3f} / {p['dyad']['recall']:.3f}"
            f" / {p['dyad']['f1']:.3f}",
            f"  dyad P/R/F1 (set)     {p['dyad_set']['precision']:.3f} / {p['dyad_set']['recall']:.3f}"
            f" / {p['dyad_set']['f1']:.3f}",
            f"  false-event rate      {p['false_event_rate']['rate']:.3f}  (n={p['false_event_rate']['n']})",
        ]
        for name, v in p["per_type"].items():
            lines.append(f"    {name:<10} P {v['precision']:.2f}  R {v['recall']:.2f}  F1 {v['f1']:.2f}"
                         f"  n={v['support']}")
    if "case2021" in result:
        c = result["case2021"]
        lines += [
            "CASE 2021 (mapped ACLED types; any predicted event of the gold type)",
            f"  type recall           {c['type_recall']['recall']:.3f}  (n={c['type_recall']['n']})",
            f"  mode accuracy         {c['mode_accuracy']['accuracy']:.3f}  (n={c['mode_accuracy']['n']})",
            f"  type recall (top-1)   {c['type_recall_top1']['recall']:.3f}",
            f"  mode accuracy (top-1) {c['mode_accuracy_top1']['accuracy']:.3f}"
            f"  (n={c['mode_accuracy_top1']['n']})",
            f"  types per record      {c['types_per_record']:.2f}",
            f"  event rate, unmapped  {c['event_rate_on_unmapped']['rate']:.3f}"
            f"  (n={c['event_rate_on_unmapped']['n']})",
        ]
        for name, v in c["per_type_recall"].items():
            lines.append(f"    {name:<10} R {v['recall']:.2f}  n={v['n']}")
    if "conflibert" in result:
        q = result["conflibert"]
        lines += ["ConfliBERT quad (0 = neutral/no event)",
                  f"  quad macro F1 (0-4)   {q['quad_macro_f1']:.3f}",
                  f"  accuracy              {q['accuracy']:.3f}"]
        for name, v in q["per_quad"].items():
            lines.append(f"    quad {name}  P {v['precision']:.2f}  R {v['recall']:.2f}  F1 {v['f1']:.2f}"
                         f"  n={v['support']}")
    return "\n".join(lines)
