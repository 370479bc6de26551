"""The data model: one `Document` flows through every stage.

Each stage reads what earlier stages set and adds its own fields. The JSON
form (`Document.to_dict()`) is the output contract `wirecoder/1` described in
docs/schema.md; field names follow the PLOVER data format.

Offsets are Python string offsets into `Document.text` (the cleaned body).
"""

from __future__ import annotations

from dataclasses import asdict, dataclass, field, fields
from typing import Any, ClassVar, Optional

SCHEMA = "wirecoder/1"


@dataclass
class Removed:
    """A piece of page chrome moved out of the body, with its kind."""

    kind: str  # navigation|caption|footer|related|share|byline|breadcrumb|header
    text: str


@dataclass
class Issue:
    """A warning or an error: a stable code and a message for people."""

    code: str
    message: str


@dataclass
class Entity:
    text: str
    label: str
    start: int
    end: int


# PLOVER's actor codes that are not countries (docs/schema.md).
NON_STATE_CODES = frozenset({"IGO", "UNO", "EUR", "NGO", "ISM", "IMG", "MNC"})


# PLOVER's sectors of a state's own bodies (docs/schema.md), and those of
# them that hold people: its forces, police, courts, spies and government.
STATE_SECTORS = frozenset({"GOV", "LEG", "JUD", "COP", "MIL", "SPY"})
HOLDING_SECTORS = STATE_SECTORS - {"LEG"}


def is_state_code(code) -> bool:
    """A country's ISO code: three letters, none of PLOVER's non-state codes."""
    return bool(code) and len(code) == 3 and code not in NON_STATE_CODES


@dataclass
class Actor:
    """An actor or recipient: the words in the text and what they were coded as."""

    entity_text: str
    name: Optional[str] = None
    code: Optional[str] = None  # ISO alpha-3 or IGO/UNO/EUR/NGO/ISM/IMG/MNC
    sector: list[str] = field(default_factory=list)
    start: int = 0
    end: int = 0


@dataclass
class Place:
    text: str
    start: int
    end: int
    name: Optional[str] = None
    country: Optional[str] = None
    lat: Optional[float] = None
    lon: Optional[float] = None
    geonameid: Optional[int] = None
    feature: Optional[str] = None
    admin1: Optional[str] = None
    # True when the mention is a demonym ("Russian", "Ohioans") resolved to
    # its country/state: not a toponym, never an event location.
    demonym: bool = False


@dataclass
class DateMention:
    text: str
    start: int
    end: int
    value: Optional[str] = None  # ISO 8601 / TIMEX3 style: 2024-05-20, 2024-W20, 2024-05
    precision: Optional[str] = None  # day|week|month|year|time|range|...
    # Where a relative duration lands, when the narrative fixes it: "three
    # days later" has value P3D and anchor 2024-05-24. Events are dated by it.
    anchor: Optional[str] = None
    # Left out of the JSON while null, so output without anchors is unchanged.
    OMIT_WHEN_NONE: ClassVar[tuple[str, ...]] = ("anchor",)


@dataclass
class Quote:
    text: str
    start: int
    end: int
    direct: bool = True
    cue: Optional[str] = None
    speaker: Optional[Actor] = None
    partial: bool = False  # a quoted fragment inside the writer's own sentence


@dataclass
class Event:
    id: str
    event: str
    mode: Optional[str] = None
    context: list[str] = field(default_factory=list)
    quad_code: Optional[int] = None
    cameo: Optional[str] = None
    actor: list[Actor] = field(default_factory=list)
    recipient: list[Actor] = field(default_factory=list)
    event_text: str = ""
    sentence: str = ""
    start: int = 0  # sentence offsets in Document.text
    end: int = 0
    date: Optional[str] = None
    date_precision: Optional[str] = None
    date_text: Optional[str] = None
    event_loc: Optional[dict[str, Any]] = None
    aux_mode: list[str] = field(default_factory=list)
    confidence: float = 0.0
    source_of_claim: Optional[Actor] = None
    # Offsets of the trigger words in Document.text (extension of wirecoder/1).
    trigger_start: int = 0
    trigger_end: int = 0


@dataclass
class Document:
    """One article. `spacy_doc` is the parse, kept in memory only (not serialised)."""

    id: str
    text: str = ""
    title: Optional[str] = None
    url: Optional[str] = None
    lang: Optional[str] = None
    date: Optional[str] = None
    date_source: str = "none"
    removed: list[Removed] = field(default_factory=list)
    entities: list[Entity] = field(default_factory=list)
    events: list[Event] = field(default_factory=list)
    quotes: list[Quote] = field(default_factory=list)
    dates: list[DateMention] = field(default_factory=list)
    places: list[Place] = field(default_factory=list)
    warnings: list[Issue] = field(default_factory=list)
    error: Optional[Issue] = None
    # Input metadata that is not part of the coded output but travels with it.
    meta: dict[str, Any] = field(default_factory=dict)
    # In-memory only: the spaCy Doc and stage-private working state.
    spacy_doc: Any = field(default=None, repr=False, compare=False)
    mentions: list[Any] = field(default_factory=list, repr=False, compare=False)
    mention_index: dict[int, Any] = field(default_factory=dict, repr=False, compare=False)
    # The country the article is set in, as the actors stage judged it
    # (places and the named actors it knows); None when unknown.
    setting: Optional[str] = field(default=None, repr=False, compare=False)

    def warn(self, code: str, message: str) -> None:
        self.warnings.append(Issue(code, message))

    def fail(self, code: str, message: str) -> "Document":
        """Mark the document failed: keep id and metadata, empty every list."""
        self.error = Issue(code, message)
        for name in ("removed", "entities", "events", "quotes", "dates", "places"):
            setattr(self, name, [])
        self.text = ""
        self.spacy_doc = None
        return self

    def to_dict(self) -> dict[str, Any]:
        out: dict[str, Any] = {"id": self.id, "schema": SCHEMA}
        for f in fields(self):
            if f.name in _PRIVATE or f.name == "id":
                continue
            value = getattr(self, f.name)
            out[f.name] = _plain(value)
        if self.meta:
            out["meta"] = dict(self.meta)
        else:
            out.pop("meta", None)
        return out

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> "Document":
        doc = cls(id=str(data.get("id", "")))
        for name in ("text", "title", "url", "lang", "date", "date_source"):
            if name in data:
                setattr(doc, name, data[name])
        doc.removed = [Removed(**r) for r in data.get("removed", [])]
        doc.entities = [Entity(**e) for e in data.get("entities", [])]
        doc.events = [_event_from_dict(e) for e in data.get("events", [])]
        doc.quotes = [_quote_from_dict(q) for q in data.get("quotes", [])]
        doc.dates = [DateMention(**d) for d in data.get("dates", [])]
        doc.places = [Place(**p) for p in data.get("places", [])]
        doc.warnings = [Issue(**w) for w in data.get("warnings", [])]
        doc.error = Issue(**data["error"]) if data.get("error") else None
        doc.meta = dict(data.get("meta") or {})
        return doc


_PRIVATE = {"spacy_doc", "mentions", "mention_index", "setting", "meta"}


def _plain(value: Any) -> Any:
    if isinstance(value, list):
        return [_plain(v) for v in value]
    if hasattr(value, "__dataclass_fields__"):
        out = asdict(value)
        for name in getattr(value, "OMIT_WHEN_NONE", ()):
            if out.get(name) is None:
                out.pop(name, None)
        return out
    return value


def _actor(data: Optional[dict[str, Any]]) -> Optional[Actor]:
    return Actor(**data) if data else None


def _event_from_dict(data: dict[str, Any]) -> Event:
    data = dict(data)
    data["actor"] = [Actor(**a) for a in data.get("actor", [])]
    data["recipient"] = [Actor(**a) for a in data.get("recipient", [])]
    data["source_of_claim"] = _actor(data.get("source_of_claim"))
    known = {f.name for f in fields(Event)}
    return Event(**{k: v for k, v in data.items() if k in known})


def _quote_from_dict(data: dict[str, Any]) -> Quote:
    data = dict(data)
    data["speaker"] = _actor(data.get("speaker"))
    return Quote(**data)
