"""Score quote attribution on PolNeAR-style gold (shared/gold/quotes).

Each record is coded with its `date`. A predicted quote matches a gold
attribution when their contents overlap by at least half of the shorter
(one-to-one, greedy in text order). Reported:

- direct: gold attributions marked `direct` against our direct quotes that
  are not `partial` (a fragment woven into the writer's sentence is not a
  direct attribution by the gold's own definition: content opened and closed
  by quote marks) and not inside one of our reported clauses;
- direct, typewriter marks counted: the same, with gold attributions whose
  content is opened and closed by the typewriter's two-character marks
  (``…'' or ''…'', as the New York Times archive prints quotes) counted as
  direct too: the gold's heuristic recognised only one-character double
  marks, so it labels those quotes reported;
- speaker accuracy on matched direct quotes: our speaker mention overlaps the
  gold source span, or our resolved name contains the gold source text;
- all: every gold attribution (direct + indirect) against all our quotes
  (a quote inside one of our reported clauses is folded into it);
- speaker accuracy on matched reported (indirect) quotes with a gold source,
  as for direct ones; and, for matched reported quotes whose gold has no
  source ("is said to", "was found to"), the share for which we name no
  speaker either.
"""

from __future__ import annotations

from typing import Any, Optional

from . import f1, ratio, read_gold

DEFAULT_GOLD = "../shared/gold/quotes/polnear.jsonl"


def run(gold_path: str, settings, limit: int | None = None) -> dict[str, Any]:
    from ..pipeline import code_many

    records = list(read_gold(gold_path or DEFAULT_GOLD, limit))
    items = [{"id": r["id"], "text": r["text"], "date": r.get("date"), "title": r.get("title")} for r in records]
    totals = {"direct": [0, 0, 0], "direct_typewriter": [0, 0, 0], "all": [0, 0, 0]}  # matched, predicted, gold
    speaker_right = speaker_scored = misaligned = partial = 0
    indirect_right = indirect_scored = no_source_right = no_source_scored = 0
    for record, document in zip(records, code_many(items, settings), strict=True):
        shift = _shift(record["text"], document.text)
        if shift is None:
            misaligned += 1
            quotes = _realign(record["text"], document.quotes)
            shift = 0
        else:
            quotes = [(q, q.start + shift, q.end + shift) for q in document.quotes]
        indirect = [(s, e) for q, s, e in quotes if not q.direct]
        folded = [(q, s, e) for q, s, e in quotes if q.direct and any(a <= s and e <= b for a, b in indirect)]
        standalone = [(q, s, e) for q, s, e in quotes if q.direct and not q.partial
                      and not any(a <= s and e <= b for a, b in indirect)]
        partial += len(folded)
        kept = [(q, s, e) for q, s, e in quotes if not q.direct or not any(a <= s and e <= b for a, b in indirect)]
        gold_all = record["attributions"]
        gold_direct = [g for g in gold_all if g.get("direct")]
        pairs = _match(standalone, gold_direct)
        _add(totals["direct"], len(pairs), len(standalone), len(gold_direct))
        gold_marked = [g for g in gold_all if g.get("direct") or _typewriter_quoted(record["text"], g)]
        _add(totals["direct_typewriter"], len(_match(standalone, gold_marked)), len(standalone), len(gold_marked))
        for (quote, _, _), gold in pairs:
            if gold.get("source") is None:
                continue
            speaker_scored += 1
            speaker_right += _speaker_ok(quote.speaker, gold, shift)
        all_pairs = _match(kept, gold_all)
        _add(totals["all"], len(all_pairs), len(kept), len(gold_all))
        for (quote, _, _), gold in all_pairs:
            if quote.direct:
                continue
            if gold.get("source") is None:
                # Reported with no source ("is said to", "was found to"): right when we name no one.
                no_source_scored += 1
                no_source_right += quote.speaker is None
            else:
                indirect_scored += 1
                indirect_right += _speaker_ok(quote.speaker, gold, shift)
    result: dict[str, Any] = {"task": "quotes", "documents": len(records), "misaligned": misaligned,
                              "partial_quotes_folded": partial}
    for name, (matched, predicted, gold) in totals.items():
        precision, recall = ratio(matched, predicted), ratio(matched, gold)
        result[name] = {"matched": matched, "predicted": predicted, "gold": gold,
                        "p": precision, "r": recall, "f1": f1(precision, recall)}
    result["speaker_accuracy"] = ratio(speaker_right, speaker_scored)
    result["speaker_scored"] = speaker_scored
    result["indirect_speaker_accuracy"] = ratio(indirect_right, indirect_scored)
    result["indirect_speaker_scored"] = indirect_scored
    result["no_source_accuracy"] = ratio(no_source_right, no_source_scored)
    result["no_source_scored"] = no_source_scored
    return result


_TYPEWRITER_MARKS = ("''", "``")


def _typewriter_quoted(text: str, gold: dict[str, Any]) -> bool:
    """Whether a two-character mark begins the content (as its first two
    characters, or just ahead of it) and another ends it (as its last two,
    just after it, or before its final punctuation): how the gold tells a
    direct quote, with the typewriter's marks standing for its double quote."""
    start, end = gold["content"]
    opened = text[start:start + 2] in _TYPEWRITER_MARKS or text[max(0, start - 2):start] in _TYPEWRITER_MARKS
    tail = end
    while tail > start and text[tail - 1] in ".,;:!?":
        tail -= 1
    closed = "''" in (text[max(start, tail - 2):tail], text[tail:tail + 2], text[end:end + 2])
    return opened and closed


def _add(total: list[int], matched: int, predicted: int, gold: int) -> None:
    total[0] += matched
    total[1] += predicted
    total[2] += gold


def _match(predicted: list, gold: list[dict[str, Any]]) -> list:
    """Greedy one-to-one matching on content overlap ≥ half the shorter span."""
    pairs, used = [], set()
    for item in sorted(predicted, key=lambda x: x[1]):
        _, start, end = item
        best, best_overlap = None, 0
        for index, g in enumerate(gold):
            if index in used:
                continue
            gs, ge = g["content"]
            overlap = min(end, ge) - max(start, gs)
            if overlap > 0 and overlap >= 0.5 * min(end - start, ge - gs) and overlap > best_overlap:
                best, best_overlap = index, overlap
        if best is not None:
            used.add(best)
            pairs.append((item, gold[best]))
    return pairs


def _speaker_ok(speaker, gold: dict[str, Any], shift: int) -> bool:
    if speaker is None:
        return False
    gs, ge = gold["source"]
    if speaker.start + shift < ge and gs < speaker.end + shift:
        return True
    source = (gold.get("source_text") or "").strip().lower()
    return bool(source) and bool(speaker.name) and source in speaker.name.lower()


def _shift(gold_text: str, body: str) -> Optional[int]:
    """Offset of the cleaned body in the gold text; None when it was rewritten inside."""
    if body == gold_text:
        return 0
    index = gold_text.find(body)
    return index if index >= 0 else None


def _realign(gold_text: str, quotes: list) -> list:
    """Place each quote in the gold text by its first and last words (the
    cleaner rewrote the body, e.g. dropped chrome lines or whitespace); the
    speaker offsets move with the quote's start."""
    from dataclasses import replace

    out = []
    for quote in quotes:
        head, tail = quote.text[:40], quote.text[-40:]
        best, index = None, gold_text.find(head)
        while index >= 0:
            if best is None or abs(index - quote.start) < abs(best - quote.start):
                best = index
            index = gold_text.find(head, index + 1)
        if best is None:
            continue
        end = gold_text.find(tail, best)
        end = best + len(quote.text) if end < 0 else end + len(tail)
        delta = best - quote.start
        speaker = quote.speaker and replace(quote.speaker, start=quote.speaker.start + delta,
                                            end=quote.speaker.end + delta)
        out.append((replace(quote, speaker=speaker), best, end))
    return out


def format_table(result: dict[str, Any]) -> str:
    lines = [f"quotes: {result['documents']} documents ({result['misaligned']} realigned: body rewritten by cleaning)",
             f"{'':17} {'P':>6} {'R':>6} {'F1':>6} {'pred':>7} {'gold':>7}"]
    for name in ("direct", "direct_typewriter", "all"):
        row = result[name]
        lines.append(f"{name:17} {row['p']:6.3f} {row['r']:6.3f} {row['f1']:6.3f} {row['predicted']:7d} {row['gold']:7d}")
    lines.append(f"speaker accuracy on matched direct quotes: {result['speaker_accuracy']:.3f} "
                 f"(of {result['speaker_scored']} with a gold source)")
    lines.append(f"speaker accuracy on matched reported quotes: {result['indirect_speaker_accuracy']:.3f} "
                 f"(of {result['indirect_speaker_scored']}); no speaker where the gold has no source: "
                 f"{result['no_source_accuracy']:.3f} (of {result['no_source_scored']})")
    return "\n".join(lines)
