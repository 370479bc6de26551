"""`wirecoder eval geo GOLD`: toponym recall and resolution accuracy.

Gold format (shared/gold/README.md, "geo"): records with `text` and
`toponyms: [{start, end, name, lat, lon, ...}]`. The texts are parsed as
they are (no cleaning, so gold offsets stay valid) and run through the
entities and places stages only.

Figures:
- recall: share of gold toponyms that some output place overlaps;
- accuracy@161km: of those found, the share resolved within 161 km (100 mi,
  the customary geoparsing threshold);
- precision / F1 of correctly resolved toponyms: an output place counts as
  correct when it overlaps a gold toponym and lies within 161 km of it;
- the same figures without demonyms: gold demonyms ("Russian", "Ohioans")
  left out of the gold and places flagged `demonym` left out of the output
  (GeoVirus does not annotate demonyms; TR-News and LGL do);
- the setting: the country the places stage says the text is set in
  (`places.setting_country`, from its places alone) against the country
  most of the gold toponyms lie in (their `country` name): right, wrong,
  missed (no setting), over the records whose gold gives a country. In
  local news a wrong setting codes every unnamed official of the story
  with the wrong country.
"""

from __future__ import annotations

from typing import Any, Optional

from . import f1, ratio, read_gold

KM = 161.0  # 100 miles, the usual "accuracy@161km" of the geoparsing literature


def run(gold_path: str, settings=None, limit: Optional[int] = None) -> dict[str, Any]:
    from ..document import Document
    from ..nlp import parse_texts
    from ..pipeline import annotate_entities
    from ..places import find_places, is_demonym, setting_country
    from ..places.gazetteer import distance_km, load_gazetteer
    from ..settings import default_settings

    settings = settings or default_settings()
    # The gold sets count demonyms as toponyms: output them (flagged) so both
    # views can be scored; the demonym-free view is the default output.
    settings = settings.with_overrides(extra={**settings.extra, "geo_demonyms": True})
    records = list(read_gold(gold_path, limit))
    counts = dict(gold=0, found=0, correct=0, predicted=0, predicted_correct=0,
                  gold_nodem=0, found_nodem=0, correct_nodem=0, predicted_nodem=0, predicted_correct_nodem=0,
                  setting_right=0, setting_wrong=0, setting_missed=0)
    gazetteer = load_gazetteer()
    parsed = parse_texts((r["text"] for r in records), settings.model, settings.batch_size, settings.n_process)
    for record, spacy_doc in zip(records, parsed, strict=False):
        document = Document(id=str(record.get("id", "")), text=record["text"], date=record.get("date"),
                            spacy_doc=spacy_doc)
        annotate_entities(document, settings)
        find_places(document, settings)
        _count_setting(counts, setting_country(document), _gold_country(record, gazetteer))
        places = document.places
        counts["predicted"] += len(places)
        counts["predicted_nodem"] += sum(not p.demonym for p in places)
        gold_demonym = [is_demonym(g["name"]) for g in record["toponyms"]]
        for place in places:
            if place.lat is None:
                continue
            if any(_overlap(place, g) and distance_km(place.lat, place.lon, g["lat"], g["lon"]) <= KM
                   for g in record["toponyms"]):
                counts["predicted_correct"] += 1
            if not place.demonym and any(
                    _overlap(place, g) and distance_km(place.lat, place.lon, g["lat"], g["lon"]) <= KM
                    for g, dem in zip(record["toponyms"], gold_demonym, strict=True) if not dem):
                counts["predicted_correct_nodem"] += 1
        for gold, demonym in zip(record["toponyms"], gold_demonym, strict=True):
            counts["gold"] += 1
            hits = [p for p in places if _overlap(p, gold)]
            found, correct = _judge(hits, gold, distance_km)
            counts["found"] += found
            counts["correct"] += correct
            if not demonym:  # the demonym-free view: gold and output both without demonyms
                counts["gold_nodem"] += 1
                found, correct = _judge([p for p in hits if not p.demonym], gold, distance_km)
                counts["found_nodem"] += found
                counts["correct_nodem"] += correct
    return _figures(gold_path, len(records), counts)


def _gold_country(record: dict, gazetteer) -> Optional[str]:
    """The code of the country most of the record's gold toponyms lie in
    (ties: the first named), or None when the gold gives none."""
    codes: dict[str, int] = {}
    for toponym in record["toponyms"]:
        code = _country_code(toponym.get("country"), gazetteer)
        if code:
            codes[code] = codes.get(code, 0) + 1
    return max(codes, key=codes.get) if codes else None


def _country_code(name: Optional[str], gazetteer) -> Optional[str]:
    if not name:
        return None
    from ..places.gazetteer import COUNTRY

    return next((e.country for e in gazetteer.lookup(name) if e.feature == COUNTRY), None)


def _count_setting(counts: dict, ours: Optional[str], gold: Optional[str]) -> None:
    if gold is None:
        return
    key = "setting_missed" if ours is None else "setting_right" if ours == gold else "setting_wrong"
    counts[key] += 1


def _judge(hits: list, gold: dict, distance_km) -> tuple[bool, bool]:
    """(found, resolved within KM) for one gold toponym and the places overlapping it."""
    correct = any(p.lat is not None and distance_km(p.lat, p.lon, gold["lat"], gold["lon"]) <= KM for p in hits)
    return bool(hits), correct


def _overlap(place, gold: dict) -> bool:
    return place.start < gold["end"] and gold["start"] < place.end


def _figures(path: str, n: int, c: dict) -> dict[str, Any]:
    precision = ratio(c["predicted_correct"], c["predicted"])
    recall_resolved = ratio(c["correct"], c["gold"])
    # Older count dicts (tests) carry no demonym-free precision: fall back.
    precision_nodem = ratio(c.get("predicted_correct_nodem", c["predicted_correct"]),
                            c.get("predicted_nodem", c["predicted"]))
    recall_resolved_nodem = ratio(c["correct_nodem"], c["gold_nodem"])
    set_in = sum(c.get(k, 0) for k in ("setting_right", "setting_wrong", "setting_missed"))
    return {
        "gold_path": path, "documents": n, **c,
        "toponym_recall": ratio(c["found"], c["gold"]),
        "accuracy_161km": ratio(c["correct"], c["found"]),
        "precision_resolved": precision,
        "recall_resolved": recall_resolved,
        "f1_resolved": f1(precision, recall_resolved),
        "toponym_recall_no_demonyms": ratio(c["found_nodem"], c["gold_nodem"]),
        "accuracy_161km_no_demonyms": ratio(c["correct_nodem"], c["found_nodem"]),
        "precision_resolved_no_demonyms": precision_nodem,
        "f1_resolved_no_demonyms": f1(precision_nodem, recall_resolved_nodem),
        # (None where the gold names no countries: GeoVirus.)
        "setting_accuracy": ratio(c.get("setting_right", 0), set_in) if set_in else None,
    }


def format_table(result: dict[str, Any]) -> str:
    rows = [("documents", result["documents"]), ("gold toponyms", result["gold"]),
            ("output places", result["predicted"])]
    for key in ("toponym_recall", "accuracy_161km", "precision_resolved", "recall_resolved", "f1_resolved",
                "toponym_recall_no_demonyms", "accuracy_161km_no_demonyms", "precision_resolved_no_demonyms",
                "f1_resolved_no_demonyms", "setting_accuracy"):
        if result.get(key) is not None:
            rows.append((key, f"{result[key]:.3f}"))
    width = max(len(k) for k, _ in rows)
    return "\n".join([f"geo: {result['gold_path']}"] + [f"  {k:<{width}}  {v}" for k, v in rows])
