"""EventMention <-> plain dicts (for JSON in the store and in exports), losslessly."""

from __future__ import annotations

from datetime import date
from typing import Any

from .models import Actor, EventMention, Evidence, Location, Span


def actor_to_dict(actor: Actor) -> dict[str, Any]:
    """The export form of an actor (DESIGN.md's schema), plus its key and kind."""
    return {
        "name": actor.name,
        "kind": actor.kind,
        "country": actor.country,
        "cow": actor.cow,
        "sector": actor.sector,
        "title": actor.title,
        "wikidata": actor.wikidata,
        "raw": actor.raw,
        "key": actor.key,
        "role": actor.role,
        "spans": [[s.start, s.end] for s in actor.mentions],
    }


def actor_from_dict(d: dict[str, Any]) -> Actor:
    return Actor(
        key=d["key"],
        name=d["name"],
        kind=d["kind"],
        country=d["country"],
        cow=d["cow"],
        sector=d["sector"],
        title=d["title"],
        wikidata=d["wikidata"],
        raw=d["raw"],
        role=d["role"],
        mentions=tuple(Span(a, b) for a, b in d["spans"]),
    )


def mention_to_dict(m: EventMention) -> dict[str, Any]:
    """Every field of an event mention, JSON-ready."""
    return {
        "id": m.id,
        "event_type": m.event_type,
        "mode": m.mode,
        "medium": m.medium,
        "contexts": list(m.contexts),
        "date": m.date.isoformat() if m.date else None,
        "date_precision": m.date_precision,
        "date_basis": m.date_basis,
        "actors": [actor_to_dict(a) for a in m.actors],
        "recipients": [actor_to_dict(a) for a in m.recipients],
        "countries": list(m.countries),
        "location": {"name": m.location.name, "country": m.location.country},
        "modality": m.modality,
        "negated": m.negated,
        "speaker": m.speaker,
        "cameo": m.cameo,
        "goldstein": m.goldstein,
        "quad_class": m.quad_class,
        "confidence": m.confidence,
        "coder_version": m.coder_version,
        "trigger": [m.trigger.start, m.trigger.end],
        "evidence": {
            "article_id": m.evidence.article_id,
            "sentence_index": m.evidence.sentence_index,
            "start": m.evidence.start,
            "end": m.evidence.end,
            "sentence": m.evidence.sentence,
        },
    }


def mention_from_dict(d: dict[str, Any]) -> EventMention:
    ev = d["evidence"]
    return EventMention(
        id=d["id"],
        event_type=d["event_type"],
        actors=tuple(actor_from_dict(a) for a in d["actors"]),
        recipients=tuple(actor_from_dict(a) for a in d["recipients"]),
        evidence=Evidence(
            ev["article_id"], ev["sentence_index"], ev["start"], ev["end"], ev["sentence"]
        ),
        trigger=Span(*d["trigger"]),
        mode=d["mode"],
        medium=d["medium"],
        contexts=tuple(d["contexts"]),
        date=date.fromisoformat(d["date"]) if d["date"] else None,
        date_precision=d["date_precision"],
        date_basis=d["date_basis"],
        location=Location(d["location"]["name"], d["location"]["country"]),
        modality=d["modality"],
        negated=d["negated"],
        speaker=d["speaker"],
        cameo=d["cameo"],
        goldstein=d["goldstein"],
        quad_class=d["quad_class"],
        confidence=d["confidence"],
        coder_version=d["coder_version"],
    )
