"""Actors: who is who in a document, coded as country + sectors.

Entry point: `resolve_actors(document, settings)`; read with `actor_at`.
"""

from .knowledge import load_knowledge
from .resolve import (
    EMBLEMS,
    FORCES_WORDS,
    ILLNESSES,
    KIN_NOUNS,
    RECORDS_OF_PEOPLE,
    VESSELS,
    VICTIM_NOUNS,
    WEAPON_HEADS,
    WORKS,
    a_president_it_has_none_of,
    a_ships_crew,
    acted_for,
    actor_at,
    counted_group,
    gerund_owner,
    mention_at,
    names_a_day,
    names_a_state,
    news_outlet,
    of_no_one_country,
    one_name_for_many,
    only_a_backer,
    owned_place,
    owns_others,
    paired_people,
    partner_actors,
    phrase_tokens,
    resolve_actors,
    says_abroad,
    start_of_sentences_before,
)

__all__ = ["EMBLEMS", "FORCES_WORDS", "ILLNESSES", "KIN_NOUNS", "RECORDS_OF_PEOPLE", "VESSELS", "VICTIM_NOUNS", "WEAPON_HEADS", "WORKS", "resolve_actors", "a_president_it_has_none_of", "a_ships_crew", "acted_for", "says_abroad", "start_of_sentences_before", "actor_at", "counted_group", "gerund_owner", "mention_at", "names_a_day", "names_a_state", "news_outlet", "one_name_for_many", "only_a_backer", "owns_others", "of_no_one_country", "owned_place", "paired_people", "partner_actors", "phrase_tokens", "load_knowledge"]
