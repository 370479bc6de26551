"""A small corpus written for the store tests: three original articles
(invented events, written by the wirecoder team) and syndicated copies of
them, each altered the way wire copies are: new headline, boilerplate added,
last paragraph cut, and one re-printed two months later."""

from __future__ import annotations

import json
from pathlib import Path

HARBOUR = [
    "Port officials in Valdora said on Tuesday that a cargo ship carrying fertiliser ran aground at the mouth of "
    "the northern harbour during a storm, blocking the main shipping channel for most of the day.",
    "The vessel, which had sailed from Rotterdam with a crew of nineteen, lost engine power shortly after midnight "
    "and drifted onto a sandbank while tugboats struggled against strong winds and heavy rain.",
    "Harbour master Elena Kostic told reporters that no one was injured and that divers had found no sign of a "
    "leak, but she warned that fishing boats and ferries would face long delays until the channel was cleared.",
    "Environmental groups urged the port authority to publish the results of water tests, saying that the bay "
    "had suffered two spills in the past decade and that local shellfish farms depended on clean water.",
    "Salvage crews plan to pump ballast water from the ship on Wednesday morning and try to refloat it at high "
    "tide, the authority said in a statement released late on Tuesday evening.",
]

SUMMIT = [
    "The leaders of Norland and Estria met in the border town of Kessin on Thursday and agreed to reopen three "
    "crossings that have been closed since a dispute over customs fees began last spring.",
    "Under the deal, trucks carrying food and medicine will be allowed through without inspection delays, and a "
    "joint commission will review the disputed fees within ninety days, officials from both sides said.",
    "Norland's prime minister described the talks as frank and constructive, while Estria's president said the "
    "agreement showed that neighbours could settle their quarrels without outside mediation.",
    "Business groups in both countries welcomed the announcement, noting that exporters had lost millions while "
    "lorries waited for days at the only crossing that remained open during the dispute.",
    "Opposition parties in Estria criticised the deal as rushed and demanded that parliament be given a vote "
    "before the commission begins its work later this year.",
]

ORCHESTRA = [
    "The city orchestra of Bramwell will perform a free concert in Riverside Park on Saturday to celebrate the "
    "reopening of the restored bandstand, which was badly damaged by floods two years ago.",
    "Conductor Amira Haddad said the programme would include popular film music, a march written by a local "
    "schoolteacher in 1912, and a new piece composed by students from the city's music academy.",
    "Volunteers spent months repainting the iron columns and replacing the wooden roof, using donations from "
    "hundreds of residents and a grant from the regional heritage fund.",
    "Organisers expect several thousand people to attend and have asked visitors to bring their own chairs and "
    "blankets, as seating near the bandstand will be limited.",
    "The concert begins at six in the evening, and the park will close to traffic from noon.",
]

BOILERPLATE = ("This story was provided by the Continental Wire Service. Subscribe to our morning newsletter "
               "for the day's top headlines, and follow us on social media for breaking news updates.")


def _text(paragraphs: list[str]) -> str:
    return "\n\n".join(paragraphs)


def records() -> list[dict]:
    """Originals first (dated), then the copies; `expect` maps copy → original."""
    return [
        {"id": "harbour", "date": "2024-03-05", "title": "Cargo ship runs aground in Valdora", "text": _text(HARBOUR)},
        {"id": "summit", "date": "2024-03-07", "title": "Norland and Estria reopen crossings", "text": _text(SUMMIT)},
        {"id": "orchestra", "date": "2024-03-08", "title": "Free concert for restored bandstand",
         "text": _text(ORCHESTRA)},
        # Copies of the harbour story.
        {"id": "harbour-headline", "date": "2024-03-05", "title": "Storm drives fertiliser ship onto sandbank",
         "text": _text(HARBOUR)},
        {"id": "harbour-boilerplate", "date": "2024-03-06", "title": "Ship aground blocks harbour",
         "text": _text(HARBOUR + [BOILERPLATE])},
        {"id": "harbour-trimmed", "date": "2024-03-05", "title": "Cargo ship runs aground in Valdora",
         "text": _text(HARBOUR[:-1])},
        {"id": "harbour-redated", "date": "2024-05-14", "title": "Cargo ship runs aground in Valdora",
         "text": _text(HARBOUR)},
        # Copies of the summit story.
        {"id": "summit-wire", "date": "2024-03-07", "title": "Border crossings to reopen after Kessin talks",
         "text": _text(SUMMIT[:-1] + [BOILERPLATE])},
    ]


EXPECTED_DUPLICATES = {"harbour-headline": "harbour", "harbour-boilerplate": "harbour", "harbour-trimmed": "harbour",
                       "harbour-redated": "harbour", "summit-wire": "summit"}


def write(directory: Path) -> Path:
    path = directory / "corpus.jsonl"
    with open(path, "w", encoding="utf-8") as handle:
        for record in records():
            handle.write(json.dumps(record) + "\n")
        handle.write("this line is not JSON\n")
    return path
