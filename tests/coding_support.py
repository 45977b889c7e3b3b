"""Helpers shared by the tests that code stories of our own end to end."""

from __future__ import annotations

from dyad.models import EventMention


def pairs(mentions: list[EventMention], kind: str) -> set[tuple[tuple, tuple]]:
    """(actor states, target states) of the unnegated mentions of one type, states only."""
    return {
        (
            tuple(sorted({a.country for a in m.actors if a.country})),
            tuple(sorted({a.country for a in m.recipients if a.country})),
        )
        for m in mentions
        if m.event_type == kind and not m.negated
    }
