"""What the words around a person's name say of them, and the people named with them.

An appositive after the name (", Russia's foreign minister", ", secretary of Iran's
Supreme National Security Council", ", a specialist on ... at the Lantau Institute") or a
noun phrase set before it ("the Taliban's political chief, Mullah Abdul Ghani Baradar")
gives a state and a title the knowledge base may not know. The state a description ties a
person to is the first state, demonym, known person or organisation with a state in its
noun phrase, which ends at a comma, a clause or a verb. A person is read this way whether
the gazetteer knows the name (rule 3, ``kb-name``) or only the NER model found it
(``ner``); a one-word name is left for the surname rule, which runs once every full name
of the article is known.
"""

from __future__ import annotations

from dataclasses import dataclass

from ..gazetteer import Entry, Match
from ..lexicon import Title
from .commentators import is_commentator, workplace
from .context import ArticleContext
from .names import (
    NOT_PERSON_WORDS,
    hyphenated,
    is_name_token,
    name_words,
    past_honorific,
    person_draft,
)
from .syntax import descends, span_root
from .titles import DETERMINERS, FORMER, RANKS, title_group


@dataclass(frozen=True, slots=True)
class Described:
    """What an appositive after a name says of the person."""

    country: str | None = None
    title: Title | None = None
    held: bool = True  # False for "the former president", "the vice finance minister"
    commentator: bool = False


def known_person(
    ctx: ArticleContext, m: Match, e: Entry, last: int, matches: dict[int, Match]
) -> int:
    """A name the gazetteer knows as a KB person (rule 3), with what follows it."""
    person = ctx.kb.person(e.ref)
    said = appositive(ctx, m.last, last, matches)
    draft = person_draft(ctx, m.first, m.last, person, said.country, said.title, held=said.held)
    if said.commentator:
        draft.role = "commentator"
    ctx.mention(draft, m.first, m.last, "kb-name")
    return m.last


def unknown_person(ctx: ArticleContext, i: int, last: int, matches: dict[int, Match]) -> int:
    """A PERSON entity the gazetteer does not know: maybe an appositive gives its role."""
    tokens = ctx.tokens
    first = i
    i = past_honorific(tokens, i, last)
    end = i
    label = tokens[i].ent or tokens[first].ent
    while end < last and tokens[end].ent == label and is_name_token(tokens, end, matches):
        end += 1
        end = hyphenated(tokens, end, last)
    written = ctx.written(i, end)
    nearby = {t.text.lower() for t in tokens[max(i - 1, 0) : end + 1]}
    if nearby & NOT_PERSON_WORDS:
        return end  # "Typhoon Hinnamnor", "Dolmabahce Palace": not people
    if end == i:
        return i + 1
    if len(name_words(written)) == 1:
        ctx.pending_surnames.append((i, end))  # decided once every full name is known
        return end
    people = ctx.kb.people_named(written)
    said = appositive(ctx, end, last, matches)
    person = people[0] if len(people) == 1 else None
    country = (
        said.country
        or _description_before(ctx, i, end, matches)
        or _nationality_before(ctx, first, matches)
    )
    draft = person_draft(ctx, i, end, person, country, said.title, held=said.held)
    if said.commentator:
        draft.role = "commentator"
    ctx.mention(draft, first, end, "ner" if not people else "kb-name")
    return end


def appositive(ctx: ArticleContext, j: int, last: int, matches: dict[int, Match]) -> Described:
    """What follows a name after a comma: ``, [the] [country's] title``, or a description
    (", a specialist on ... at the Lantau Institute", ", who teaches at ... University").

    A commentator's title or an academic institution in it makes the person a
    commentator, whose state is then the first place the description names.
    """
    tokens = ctx.tokens
    if not (j < last and tokens[j].text == ","):
        return Described()
    k = j + 1
    while (
        k < last
        and k - j <= 3
        and (tokens[k].text.lower() in DETERMINERS or tokens[k].pos == "ADJ")
        and tokens[k].text.lower() not in RANKS | FORMER
        and not (k in matches and matches[k].of("title", "demonym", "state"))
    ):
        k += 1  # ", an independent political analyst"
    group = title_group(ctx, k, last, matches)
    title = group.title if group is not None else None
    held = group is None or group.held
    start = group.last if group is not None else j + 1
    described = (
        group is not None
        or any(
            t.text.lower() in ("who", "a", "an", "the") or t.text.lower() in ctx.lex.titles
            for t in tokens[j + 1 : min(last, j + 4)]
        )
        or (k < last and tokens[k].pos == "NOUN" and tokens[k].text.islower())
    )  # ", secretary of Iran's Supreme National Security Council"
    if not described:
        return Described()
    end = min(last, start + 20)
    commentator = is_commentator(ctx.lex, tokens[start:end], title)
    country = group.country if group is not None else None
    if commentator:
        ctx.affiliations.update(range(start, end))
        country = workplace(group, start, end, matches)
    elif country is None:
        country = _described_country(ctx, k, last, matches)
    if commentator and (title is None or not title.commentator):
        title, held = ctx.lex.titles["analyst"], True  # "a specialist", "who teaches"
    return Described(country, title, held, commentator)


def _description_before(
    ctx: ArticleContext, first: int, last: int, matches: dict[int, Match]
) -> str | None:
    """The state a noun phrase set before a name ties the person to: "the Taliban's
    political chief, Mullah Abdul Ghani Baradar"."""
    tokens = ctx.tokens
    root = span_root(tokens, first, last)
    head = tokens[root.head]
    if root.dep != "appos" or head.i >= first or head.pos != "NOUN":
        return None
    start = head.i
    while start > 0 and descends(tokens, tokens[start - 1], head.i):
        start -= 1
    return _described_country(ctx, start, head.i + 1, matches)


# Private people a story names by nationality and occupation ("U.S. journalist X"): the
# state they are citizens of. Commanders, clerics and rebels keep no state (see the
# actor conventions: non-state actors stay unresolved).
_PRIVATE_PEOPLE = frozenset(
    """journalist reporter correspondent photographer photojournalist worker citizen national
    tourist traveller traveler student teacher academic researcher scholar businessman
    businesswoman executive pilot sailor seaman fisherman doctor nurse engineer contractor
    missionary climber hiker athlete writer lawyer filmmaker blogger woman man player
    professor scientist employee veteran""".split()
)


def _nationality_before(ctx: ArticleContext, first: int, matches: dict[int, Match]) -> str | None:
    """The state a demonym or state name gives a private person through the common noun set
    right before the name: "U.S. journalist Evan Doe", "Indian pilot Raj Rao", "French aid
    worker Anne Roy". The noun must be lower case (a title or rank is read elsewhere)."""
    tokens = ctx.tokens
    j = first - 1
    while j >= 0 and first - j <= 3 and tokens[j].pos == "NOUN" and tokens[j].text.islower():
        j -= 1
    if j == first - 1 or j < 0 or tokens[first - 1].lemma.lower() not in _PRIVATE_PEOPLE:
        return None  # ("Libyan commander X", "Iraqi cleric Y": no private person's state)
    if tokens[j].text in ("'s", "’s"):
        j -= 1  # "Canada's ex-diplomat ..."
    before = next((m for m in matches.values() if m.last == j + 1), None)
    e = before.of("state", "demonym") if before is not None else None
    return e.ref if e is not None else None


def _described_country(
    ctx: ArticleContext, k: int, last: int, matches: dict[int, Match]
) -> str | None:
    """The state a description's noun phrase ties a person to: "secretary of Iran's
    Supreme National Security Council", "adviser to Prime Minister Abiy Ahmed", "a
    senior TPLF official". The phrase ends at a comma, a clause or a verb."""
    while k < last:
        tok = ctx.tokens[k]
        if tok.text in (",", ";", "(", "--") or tok.pos in ("VERB", "AUX"):
            return None
        if tok.text.lower() in ("who", "which", "that", "whose"):
            return None
        m = matches.get(k)
        if m is not None:
            if (e := m.of("state", "demonym")) is not None:
                return e.ref
            if (e := m.of("person")) is not None and (person := ctx.kb.person(e.ref)):
                return person.country
            org = ctx.kb.organisation_by_id(e.ref) if (e := m.of("org")) else None
            if org is not None and org.country:
                return org.country
            k = m.last
            continue
        k += 1
    return None
