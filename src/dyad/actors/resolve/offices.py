"""Who held which office on a day: the knowledge base's offices, indexed by state and title.

A title written without a name ("the Turkish foreign minister") stands for whoever held
that office on the article's date. The knowledge base and the lexicon spell some titles
differently ("emir" and "king" are one title to the rules), so the index holds each
office under both spellings. Built once per ``Resolver``.
"""

from __future__ import annotations

from datetime import date

from ..kb import KnowledgeBase, Person
from ..lexicon import Lexicon, Title

# Any head of state or government answers to "the leader" or "the president" of a state.
_LEADER_TITLES = ("president", "prime minister", "chancellor", "king", "supreme leader")


class Offices:
    """The office holders of the knowledge base by (state, title)."""

    def __init__(self, kb: KnowledgeBase, lexicon: Lexicon) -> None:
        self.lexicon = lexicon
        # (state, normalised title) -> people who held it: "emir" and "king" are one title.
        self._holders: dict[tuple[str, str], list[Person]] = {}
        for person in kb.people:
            for office in person.offices:
                normal = lexicon.titles.get(office.title.lower())
                for name in {office.title, normal.title if normal else office.title}:
                    holders = self._holders.setdefault((person.country, name), [])
                    if person not in holders:
                        holders.append(person)

    def holder(self, country: str, title: Title, day: date | None) -> Person | None:
        """Who held ``title`` for ``country`` on ``day`` (leaders: any head of state/government)."""
        if day is None:
            return None
        titles = [title.title]
        if title.leader and title.title in ("leader", "president"):
            titles += _LEADER_TITLES
        for name in dict.fromkeys(titles):
            for person in self._holders.get((country, name), ()):
                office = person.office_on(day)
                # (a state's office, not the one its former president holds in a body of
                # states: "his Brazilian counterpart" in 2026 is Lula, not the NDB's Rousseff)
                if (
                    office is not None
                    and office.sector != "IGO"
                    and name in (office.title, self.normal(office.title))
                ):
                    return person
        return None

    def normal(self, title: str) -> str:
        """A knowledge-base office title in the lexicon's vocabulary ("emir" -> "king")."""
        found = self.lexicon.titles.get(title.lower())
        return found.title if found else title
