"""Score event coding on whole articles against our article-level gold.

Entry points: `run(gold_path, settings, limit, corpus=None)` (used by
`wirecoder eval articles GOLD`), `score_articles(gold, predictions, corpus)`
and `format_table(result)`. The gold format and the annotation guideline are
in docs/annotation.md; the definitions below are repeated in
docs/accuracy.md.

The gold holds offsets only: each record names an article of
`shared/corpus/news.jsonl` by id (with the sha1 of its text, so a changed
corpus is noticed), its sentences as offsets, and every PLOVER event of every
sentence (sentence number, trigger offsets, type, mode, aux_mode, actor and
recipient as code + sector). The article text is read from the corpus.

Definitions:

- Only **asserted** events count, on both sides: an event whose `aux_mode`
  holds `negation` or `hypothetical` is left out.
- **Event P/R/F1** over the set of (sentence, type) pairs: a predicted event
  lands in the gold sentence that holds its trigger (the coder's offsets
  are mapped back from the cleaned body to the raw text).
- **Dyad P/R/F1** over (sentence, type, actor code, recipient code), every
  actor × recipient pair of an event (an empty side is `-`, an uncoded
  party `?`). UN and EU count as IGO on both sides.
- **Rows per 1,000 words**: predicted rows (all, and asserted) against the
  gold's events (all, and asserted), over the articles' words.
- **No-event articles with rows**: among articles whose gold has no
  asserted event, the share where the coder wrote any asserted row (and
  any row at all).
- **Setting**: the country the coder says the article is set in (its
  dateline's, else the one most of its places lie in; unnamed officials
  take it) against the annotator's `setting`: right (the same, or neither
  gives one), wrong (another country), missed (the gold gives one, the
  coder none) and extra (the coder gives one where the gold has none). A
  wrong setting codes every unnamed party of the article wrongly.
"""

from __future__ import annotations

import difflib
import hashlib
import json
import re
from bisect import bisect_right
from functools import lru_cache
from pathlib import Path
from typing import Any, Iterable, Optional

from . import f1, ratio, read_gold

PLOVER_TYPES = ("AGREE", "CONSULT", "SUPPORT", "CONCEDE", "COOPERATE", "AID", "RETREAT", "REQUEST",
                "ACCUSE", "REJECT", "THREATEN", "PROTEST", "SANCTION", "MOBILIZE", "COERCE", "ASSAULT")
NON_STATE = ("IGO", "UNO", "EUR", "NGO", "ISM", "IMG", "MNC")
_IGO_ALIASES = {"UNO": "IGO", "EUR": "IGO"}
_NOT_ASSERTED = {"negation", "hypothetical"}
DEFAULT_CORPUS = Path(__file__).resolve().parents[3].parent / "shared" / "corpus" / "news.jsonl"


def _country_codes() -> frozenset[str]:
    import pycountry

    # Kosovo has a user-assigned code that ISO does not list.
    return frozenset({c.alpha_3 for c in pycountry.countries} | {"XKX"} | set(NON_STATE))


VALID_CODES = _country_codes()


# ------------------------------------------------------------------ corpus
def load_corpus(path: Path | str) -> dict[str, dict[str, Any]]:
    with open(path, encoding="utf-8") as handle:
        return {r["id"]: r for r in map(json.loads, handle) if r.get("id")}


def text_sha1(text: str) -> str:
    return hashlib.sha1(text.encode("utf-8")).hexdigest()


@lru_cache(maxsize=1)
def _sentencizer():
    from ..spacy_import import import_spacy

    spacy = import_spacy()

    nlp = spacy.blank("en")
    nlp.add_pipe("sentencizer")
    return nlp


# Titles and abbreviations that end in a full stop without ending the
# sentence ("Capt. Steve Juge said"); the sentencizer splits after them.
_ABBREVIATIONS = re.compile(
    r"(?:\b(?:Mr|Mrs|Ms|Dr|Sen|Rep|Gov|Capt|Lt|Sgt|Gen|Col|Cpl|Maj|Adm|Det|Insp|Supt|Cmdr|Prof|Rev|St|Jr|Sr|"
    r"Inc|Co|Corp|Ltd|No|Nos|Ave|Blvd|Mt|Ft|Jan|Feb|Aug|Sept|Oct|Nov|Dec|Gen|Pres|Atty|Dist|Ald|Assn|Dept|"
    r"[A-Z])\.|\b(?:U\.S|U\.N|U\.K|D\.C|a\.m|p\.m)\.)$")


def segment(text: str) -> list[tuple[int, int]]:
    """The sentences annotators label: spaCy's rule-based sentencizer inside
    each line (a line break always ends a sentence), joined again after a
    title or abbreviation, whitespace trimmed."""
    out: list[tuple[int, int]] = []
    offset = 0
    for line in text.split("\n"):
        if line.strip():
            pieces: list[tuple[int, int]] = []
            for sent in _sentencizer()(line).sents:
                chunk = sent.text
                start = offset + sent.start_char + (len(chunk) - len(chunk.lstrip()))
                end = offset + sent.end_char - (len(chunk) - len(chunk.rstrip()))
                if end <= start:
                    continue
                if pieces and _ABBREVIATIONS.search(text[pieces[-1][0]:pieces[-1][1]]):
                    pieces[-1] = (pieces[-1][0], end)
                else:
                    pieces.append((start, end))
            out.extend(pieces)
        offset += len(line) + 1
    return out


# ------------------------------------------------------------------ scoring
def _code(code: Optional[str]) -> str:
    if not code:
        return "?"
    return _IGO_ALIASES.get(code, code)


def _asserted(event: dict[str, Any]) -> bool:
    return not (set(event.get("aux_mode") or []) & _NOT_ASSERTED)


def _dyads(sentence: int, event: dict[str, Any]) -> set[tuple]:
    actors = [_code(a.get("code")) for a in event.get("actor") or []] or ["-"]
    recipients = [_code(r.get("code")) for r in event.get("recipient") or []] or ["-"]
    return {(sentence, event["event"], a, r) for a in actors for r in recipients}


def _sentence_of(starts: list[int], sentences: list[list[int]], offset: int) -> Optional[int]:
    index = bisect_right(starts, offset) - 1
    if index >= 0 and offset < sentences[index][1]:
        return index
    # Between sentences (whitespace): the next one.
    return index + 1 if index + 1 < len(sentences) else None


def score_articles(gold: list[dict[str, Any]], predictions: dict[str, list[dict[str, Any]]],
                   corpus: dict[str, dict[str, Any]],
                   predicted_settings: Optional[dict[str, Optional[str]]] = None) -> dict[str, Any]:
    """Score predicted events (raw-text `trigger_start`) against gold records,
    and, when given, the coder's article settings against the gold's."""
    counts = {"event": [0, 0, 0], "dyad": [0, 0, 0]}  # tp, predicted, gold
    by_type: dict[str, list[int]] = {t: [0, 0, 0] for t in PLOVER_TYPES}
    words = rows_all = rows_asserted = gold_all = gold_asserted = 0
    no_event = no_event_with_rows = no_event_with_any = 0
    per_article = []
    for record in gold:
        text = corpus[record["id"]]["text"]
        words += len(text.split())
        sentences = record["sentences"]
        starts = [s for s, _ in sentences]
        gold_events = [e for e in record["events"] if _asserted(e)]
        gold_all += len(record["events"])
        gold_asserted += len(gold_events)
        predicted = predictions.get(record["id"], [])
        rows_all += len(predicted)
        asserted = [p for p in predicted if _asserted(p)]
        rows_asserted += len(asserted)
        gold_units = {(e["sentence"], e["event"]) for e in gold_events}
        gold_dyads = set().union(*[_dyads(e["sentence"], e) for e in gold_events]) if gold_events else set()
        pred_units, pred_dyads = set(), set()
        for p in asserted:
            sentence = _sentence_of(starts, sentences, p["trigger_start"])
            pred_units.add((sentence, p["event"]))
            pred_dyads |= _dyads(sentence, p)
        _add(counts["event"], pred_units, gold_units)
        _add(counts["dyad"], pred_dyads, gold_dyads)
        for t in PLOVER_TYPES:
            _add(by_type[t], {u for u in pred_units if u[1] == t}, {u for u in gold_units if u[1] == t})
        if not gold_events:
            no_event += 1
            no_event_with_rows += bool(asserted)
            no_event_with_any += bool(predicted)
        per_article.append({"id": record["id"], "gold": len(gold_units), "predicted": len(pred_units),
                            "correct": len(pred_units & gold_units)})
    result: dict[str, Any] = {"articles": len(gold), "words": words}
    for name, (tp, predicted_n, gold_n) in counts.items():
        precision, recall = ratio(tp, predicted_n), ratio(tp, gold_n)
        result[name] = {"precision": round(precision, 4), "recall": round(recall, 4),
                        "f1": round(f1(precision, recall), 4), "tp": tp, "predicted": predicted_n, "gold": gold_n}
    result["by_type"] = {t: {"tp": c[0], "predicted": c[1], "gold": c[2],
                             "f1": round(f1(ratio(c[0], c[1]), ratio(c[0], c[2])), 4)}
                         for t, c in by_type.items() if c[1] or c[2]}
    per_k = 1000 / words if words else 0.0
    result["rows_per_1000_words"] = {
        "predicted_all": round(rows_all * per_k, 2), "predicted_asserted": round(rows_asserted * per_k, 2),
        "gold_all": round(gold_all * per_k, 2), "gold_asserted": round(gold_asserted * per_k, 2),
        "ratio_asserted": round(ratio(rows_asserted, gold_asserted), 3),
        "ratio_all": round(ratio(rows_all, gold_all), 3)}
    result["no_event_articles"] = {"articles": no_event, "with_asserted_rows": no_event_with_rows,
                                   "with_any_rows": no_event_with_any,
                                   "share_with_asserted_rows": round(ratio(no_event_with_rows, no_event), 3),
                                   "share_with_any_rows": round(ratio(no_event_with_any, no_event), 3)}
    if predicted_settings is not None:
        result["setting"] = score_settings(gold, predicted_settings)
    result["per_article"] = per_article
    return result


def score_settings(gold: list[dict[str, Any]], predicted: dict[str, Optional[str]]) -> dict[str, Any]:
    """Right, wrong, missed and extra settings (see the module's definitions)."""
    counts = {"right": 0, "wrong": 0, "missed": 0, "extra": 0}
    for record in gold:
        ours, theirs = predicted.get(record["id"]), record.get("setting")
        kind = "right" if ours == theirs else "missed" if ours is None else "extra" if theirs is None else "wrong"
        counts[kind] += 1
    return {**counts, "accuracy": round(ratio(counts["right"], len(gold)), 3)}


def _add(counter: list[int], predicted: set, gold: set) -> None:
    counter[0] += len(predicted & gold)
    counter[1] += len(predicted)
    counter[2] += len(gold)


# ------------------------------------------------------------------ coding
def _offset_map(cleaned: str, raw: str):
    """A function from offsets in the cleaned body to offsets in the raw text."""
    start = raw.find(cleaned)
    if start >= 0:
        return lambda offset: start + offset
    blocks = difflib.SequenceMatcher(None, cleaned, raw, autojunk=False).get_matching_blocks()
    block_starts = [b.a for b in blocks]

    def mapped(offset: int) -> int:
        index = max(bisect_right(block_starts, offset) - 1, 0)
        block = blocks[index]
        return block.b + min(offset - block.a, max(block.size - 1, 0))

    return mapped


def predict(records: Iterable[dict[str, Any]], corpus: dict[str, dict[str, Any]], settings,
            settings_found: Optional[dict[str, Optional[str]]] = None) -> dict[str, list[dict[str, Any]]]:
    """Code each gold article's raw text; events with raw-text trigger offsets.
    `settings_found`, when given, receives each article's setting country."""
    from ..pipeline import code_many

    records = list(records)
    items = [{"id": r["id"], "text": corpus[r["id"]]["text"], "date": corpus[r["id"]].get("date")} for r in records]
    out: dict[str, list[dict[str, Any]]] = {}
    for item, document in zip(items, code_many(items, settings), strict=True):
        if settings_found is not None:
            settings_found[item["id"]] = document.setting
        to_raw = _offset_map(document.text, item["text"])
        out[item["id"]] = [{"event": e.event, "trigger_start": to_raw(e.trigger_start), "aux_mode": e.aux_mode,
                            "confidence": e.confidence, "trigger": e.event_text,
                            "actor": [_party(a) for a in e.actor],
                            "recipient": [_party(r) for r in e.recipient]}
                           for e in document.events]
    return out


def _party(actor) -> dict[str, Any]:
    """A side's code, and its words for error analysis ("" when implied)."""
    return {"code": actor.code, "text": actor.entity_text}


def check_corpus(gold: list[dict[str, Any]], corpus: dict[str, dict[str, Any]]) -> None:
    from ..errors import UsageError

    missing = [g["id"] for g in gold if g["id"] not in corpus]
    changed = [g["id"] for g in gold if g["id"] in corpus and text_sha1(corpus[g["id"]]["text"]) != g["text_sha1"]]
    if missing or changed:
        raise UsageError(f"the corpus does not match the gold: {len(missing)} articles missing, "
                         f"{len(changed)} changed (first: {(missing + changed)[0]})")


def run(gold_path: str, settings, limit: Optional[int] = None, corpus: Optional[str] = None) -> dict[str, Any]:
    from ..errors import UsageError

    corpus_path = Path(corpus) if corpus else DEFAULT_CORPUS
    if not corpus_path.exists():
        raise UsageError(f"the article texts are read from {corpus_path}, which is absent; give --corpus PATH")
    gold = list(read_gold(gold_path, limit))
    texts = load_corpus(corpus_path)
    check_corpus(gold, texts)
    found: dict[str, Optional[str]] = {}
    result = score_articles(gold, predict(gold, texts, settings, found), texts, found)
    result["gold"] = gold_path
    return result


def format_table(result: dict[str, Any]) -> str:
    lines = [f"articles: {result['articles']}  words: {result['words']}"]
    for name in ("event", "dyad"):
        r = result[name]
        lines.append(f"{name:6} P {r['precision']:.3f}  R {r['recall']:.3f}  F1 {r['f1']:.3f}  "
                     f"(tp {r['tp']}, predicted {r['predicted']}, gold {r['gold']})")
    rate = result["rows_per_1000_words"]
    lines.append(f"rows per 1,000 words: predicted {rate['predicted_asserted']} asserted / {rate['predicted_all']} all; "
                 f"gold {rate['gold_asserted']} asserted / {rate['gold_all']} all")
    none = result["no_event_articles"]
    lines.append(f"no-event articles with rows: {none['with_asserted_rows']}/{none['articles']} "
                 f"({none['share_with_asserted_rows']:.0%}); with any row {none['with_any_rows']}")
    if "setting" in result:
        where = result["setting"]
        lines.append(f"setting: {where['accuracy']:.1%} right ({where['right']}); {where['wrong']} wrong, "
                     f"{where['missed']} missed, {where['extra']} extra")
    lines.append("by type: " + ", ".join(f"{t} {v['f1']:.2f} ({v['tp']}/{v['predicted']}/{v['gold']})"
                                         for t, v in result["by_type"].items()))
    return "\n".join(lines)
