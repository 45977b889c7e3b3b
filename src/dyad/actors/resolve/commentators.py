"""Commentators: the analysts and academics a story quotes, who are never a party to it.

A person described with an analyst's title ("an independent political analyst") or as
working at an institute, university or think tank (", a specialist on ... at the Lantau
Institute in Hong Kong", ", who teaches at ... University") comments on events rather
than taking part in them: their role is ``commentator``, so event extraction leaves them
out. Their state is where they work (the description's first city, else state), not the
state their subject is: "a China analyst" names a subject, "a Chinese analyst" a
nationality. The officials of international organisations are never commentators, even
when their description names an institute. The words of the description are set aside
(``ArticleContext.affiliations``) so that the institute and its city are neither an actor
nor the place the sentence happens in.
"""

from __future__ import annotations

from collections.abc import Sequence

from ...models import Token
from ..gazetteer import Match
from ..lexicon import Lexicon, Title
from .titles import TitleGroup


def is_commentator(lex: Lexicon, description: Sequence[Token], title: Title | None) -> bool:
    """Whether a person with ``title`` (if any) and this description is a commentator."""
    words = [t.text.lower() for t in description]
    tail = " ".join(words)
    institution = any(word in tail for word in lex.institutions)
    commentator_word = any((t := lex.titles.get(w)) is not None and t.commentator for w in words)
    return (title is not None and title.commentator) or (
        (institution or commentator_word) and (title is None or title.sector != "IGO")
    )


def workplace(
    group: TitleGroup | None, start: int, end: int, matches: dict[int, Match]
) -> str | None:
    """The state a commentator works in, from the description in tokens [start, end) and
    the title group before it: "... at the Lantau Institute in Hong Kong"."""
    country = group.country if group is not None else None
    # "A China analyst" names a subject, not a nationality; "a Chinese analyst" is one.
    nationality = group is not None and any(
        matches[k].of("demonym") for k in range(group.first, group.last) if k in matches
    )
    found = [matches[k] for k in range(start, end) if k in matches]
    for kinds in (("capital", "city"), ("state",), ("demonym",)):
        place = next((e.ref for m in found if (e := m.of(*kinds))), None)
        if place is not None or (kinds == ("state",) and nationality):
            return place or country
    return country if nationality else None
