"""Titles: "Turkish Foreign Minister Mevlut Cavusoglu" (rule 1) and "the Turkish foreign
minister" (rule 2).

A title group is [determiner] [country ['s]] [portfolio] title [and title], or
"counterpart". The title and the country written in the text hold even for people the
knowledge base does not know, so a group followed by a name makes that person's draft with
them; "of [the] STATE" after the name ("President Xi Jinping of the People's Republic")
gives the state too. "Former" and rank words ("Vice Finance Minister") keep the state but
not the title, since the person does not hold that office. The officials of
international organisations ("UN envoy X", "the AU's envoy, former President X") act
for no state.

A title with no name is the article's person with that role, else the knowledge base's
holder of the office on the article's date; a generic or plural one ("a Turkish
minister", "the two foreign ministers") is too vague to be one actor.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from ...models import Token
from ..gazetteer import Match
from ..kb import Organisation
from ..lexicon import Lexicon, Title
from .context import ArticleContext, Draft
from .names import comma_name, name_after, past_honorific, person_draft
from .states import led_body_before

DETERMINERS = frozenset("the a an his her its their our this that".split())
# Words that make the title that follows a past one ("former President X").
FORMER = frozenset({"former", "ex-", "late"})
# Rank words before a title that make it another post ("Vice Finance Minister").
RANKS = frozenset({"vice", "deputy", "assistant", "under", "junior", "acting"})
# Words of a military rank before "General": "Brigadier General", "Lieutenant General".
_MILITARY_RANKS = frozenset({"brigadier", "major", "lieutenant"})
# Roles too common to stand for one person when no name is given.
_GENERIC_TITLES = frozenset({"minister", "director", "lawmaker", "general", "spokesperson",
                             "ambassador", "governor", "leader", "analyst"})  # fmt: skip


@dataclass(frozen=True, slots=True)
class TitleGroup:
    """[determiner] [country ['s]] title [and title]... (tokens [first, last))."""

    first: int
    last: int
    country: str | None
    title: Title | None
    counterpart: bool
    plural: bool
    held: bool = True  # False for "former President X", "Vice Finance Minister Y"
    igo: bool = False  # the title of an international organisation: "UN envoy X"


def title_group(
    ctx: ArticleContext, i: int, last: int, matches: dict[int, Match]
) -> TitleGroup | None:
    tokens = ctx.tokens
    start, j, country, held = i, i, None, True
    if tokens[j].text.lower() in DETERMINERS and j + 1 < last:
        j += 1
    if tokens[j].text.lower() in FORMER and j + 1 < last:
        j, held = j + 1, False
    if tokens[j].text.lower() in RANKS and (m := matches.get(j + 1)) is not None and m.of("title"):
        j, held = j + 1, False  # "the vice finance minister": not the finance minister
    m = matches.get(j)
    if m is not None and (e := m.of("demonym", "state")) and not m.of("title"):
        country, j = e.ref, m.last
        if j < last and tokens[j].text in ("'s", "'"):
            j += 1
        if j < last and tokens[j].text.lower() in FORMER:
            j, held = j + 1, False
        j, modified = _portfolio(tokens, j, last, matches)
        held = held and not modified
    title: Title | None = None
    counterpart = plural = False
    while j < last:
        m = matches.get(j)
        if m is not None and (e := m.of("title")):
            title = ctx.lex.titles[e.ref]  # the last of a chain is the most specific
            plural = plural or _plural_title(tokens, m)
            j = m.last
        elif tokens[j].text.lower() in ("counterpart", "counterparts"):
            counterpart, plural = True, tokens[j].text.lower().endswith("s")
            j += 1
        else:
            break
        if (
            j + 1 < last
            and tokens[j].text.lower() in ("and", ",")
            and ((m2 := matches.get(j + 1)) is not None and m2.of("title"))
        ):
            j += 1
            continue
        break
    if title is None and not counterpart:
        return None
    if title is not None and not plural and j + 1 < last and tokens[j].text.lower() == "of":
        # "Minister of Foreign Affairs of Kazakhstan Arman Seitkali"
        k = j + 2 if tokens[j + 1].text.lower() == "the" else j + 1
        m = matches.get(k)
        if (
            m is not None
            and (e := m.of("state")) is not None
            and not (m.last < last and tokens[m.last].text in ("'s", "'"))
        ):
            country, j = country or e.ref, m.last
    if counterpart and title is None and ctx.last_person is not None:
        title = _title_named(ctx.lex, ctx.last_person.title)
    if title is None and counterpart:
        return TitleGroup(start, j, country, None, True, plural)
    org = _org_before(ctx, start, matches) if country is None else None
    igo = org is not None and org.sector == "IGO"
    if org is not None and not igo and title is not None and org.country:
        country = org.country  # "Taliban spokesman X", "Hamas spokesman X": the body's state
    elif country is None and title is not None:
        # "Coalition spokesman X": its leader's; "Trump's envoy X": the office holder's
        country = led_body_before(ctx, start) or _office_holder_before(ctx, start, matches)
    return TitleGroup(start, j, country, title, counterpart, plural, held, igo)


def _past_post_words(ctx: ArticleContext, i: int) -> int:
    """Back over up to two lower-case words of a post before token i ("military", "chief",
    "special", "diplomatic"), to where the post's owner ends."""
    for _ in range(2):
        if i > 0 and ctx.tokens[i - 1].text.islower() and ctx.tokens[i - 1].pos in ("ADJ", "NOUN"):
            i -= 1
    return i


def _org_before(ctx: ArticleContext, i: int, matches: dict[int, Match]) -> Organisation | None:
    """The organisation whose name ends right before token i (or before its "'s"): "UN
    envoy X", "the AU's envoy", "Taliban spokesman X", "the Houthis' military spokesman"."""
    i = _past_post_words(ctx, i)
    if i > 0 and ctx.tokens[i - 1].text in ("'s", "'"):
        i -= 1
    for m in matches.values():
        if m.last == i and (e := m.of("org")) is not None:
            return ctx.kb.organisation_by_id(e.ref)
    return None


def _office_holder_before(ctx: ArticleContext, i: int, matches: dict[int, Match]) -> str | None:
    """The state of an office holder whose "'s" ends right before token i: "Trump's envoy
    X", "Macron's diplomatic adviser Y" serve the leader's state (a person who holds no
    state office on the day, an opposition figure, gives none)."""
    i = _past_post_words(ctx, i)
    if i < 2 or ctx.tokens[i - 1].text not in ("'s", "'"):
        return None
    for m in matches.values():
        e = m.of("person", "surname")
        if m.last != i - 1 or e is None or (person := ctx.kb.person(e.ref)) is None:
            continue
        office = person.office_on(ctx.day) if ctx.day else None
        if office is not None and office.sector == "GOV" and office.org is None:
            return person.country
    return None


def _plural_title(tokens: Sequence[Token], m: Match) -> bool:
    """Whether a title is plural ("the two foreign ministers"); its head is the word
    before "of" ("ministers of finance", not "minister of foreign affairs")."""
    words = [t.text.lower() for t in tokens[m.first : m.last]]
    head = words[words.index("of") - 1] if "of" in words[1:] else words[-1]
    return head.endswith("s") and not head.endswith("ss")


def _portfolio(
    tokens: Sequence[Token], j: int, last: int, matches: dict[int, Match]
) -> tuple[int, bool]:
    """Capitalised words between a state and its title: "Ukrainian Infrastructure
    Minister", "Japanese Vice Finance Minister". Returns where the title starts and
    whether a rank word ("Vice", "Deputy") makes the matched title a different post."""
    k = j
    while (
        k < last
        and k - j < 3
        and k not in matches
        and tokens[k].text[:1].isupper()
        and tokens[k].pos in ("PROPN", "NOUN", "ADJ")
    ):
        k += 1
    if k == j or not ((m := matches.get(k)) is not None and m.of("title")):
        return j, False
    return k, any(t.text.lower() in RANKS for t in tokens[j:k])


def _title_named(lex: Lexicon, name: str | None) -> Title | None:
    if name is None:
        return None
    return lex.titles.get(name) or next((t for t in lex.titles.values() if t.title == name), None)


def titled(ctx: ArticleContext, group: TitleGroup, last: int, matches: dict[int, Match]) -> int:
    """A title group: with a name after it (rule 1) or alone (rule 2)."""
    tokens = ctx.tokens
    start = past_honorific(tokens, _past_rank(ctx, group.last, last, matches), last)
    name_end, person = name_after(ctx, start, last, matches)
    if person is None and name_end == start and comma_name(tokens, start, last):
        # "Bahrain's foreign minister, Abdullatif Al Zayani, signed ..."
        start = past_honorific(tokens, start + 1, last)
        name_end, person = name_after(ctx, start, last, matches)
    if person is not None or name_end > start:
        country, title, held, igo = group.country, group.title, group.held, group.igo
        end = name_end
        of_state = _of_state(tokens, end, last, matches)
        if of_state is not None:
            country, end = of_state
        if (role := _igo_appositive(ctx, group.first, matches)) is not None:
            title, held, igo = role, True, True  # "the AU's envoy, former President X"
        listed = _listed_states(ctx, group, matches)
        if len(listed) >= 2 and of_state is None:
            country = listed[0]  # "his Jordanian and Iraqi counterparts, A and B": A's
        draft = person_draft(ctx, start, name_end, person, country, title, held=held, igo=igo)
        ctx.mention(draft, group.first, end, "title")
        for other in listed[1:]:
            end = _next_listed(ctx, end, last, matches, other, title, held)
        return end
    owned = group.last < last and tokens[group.last].text.lower() == "of"  # "the X of Y"
    if group.title is not None and group.held and group.country is None and not group.igo:
        before = [t.text.lower() for t in tokens[max(group.first - 2, 0) : group.first + 1]]
        if not owned and (
            (group.plural and before[:2] == ["the", "two"])
            or (not group.plural and not group.counterpart and before[-1] == "the")
        ):
            # decided once the whole story is read: whom it has named with that title
            ctx.pending_titles.append((group.first, group.last, group.title, group.plural))
            return group.last
    body = group.first - 1  # "the Commission president": a body's post, no name
    if (
        body > 0
        and group.held
        and not group.plural
        and group.country is None
        and tokens[body - 1].text.lower() == "the"
        and tokens[body].text[:1].isupper()
        and tokens[body].pos == "PROPN"
        and tokens[body].sentence == tokens[group.first].sentence
        and not owned
    ):
        ctx.pending_posts.append((body - 1, group.last))
        return group.last
    if group.plural or group.title is None or not group.held:
        return group.last
    draft = _role(ctx, group)
    if draft is not None:
        ctx.mention(draft, group.first, group.last, "role")
    return group.last


def _past_rank(ctx: ArticleContext, j: int, last: int, matches: dict[int, Match]) -> int:
    """Past a military rank between a post and the name: "Coalition spokesman Brigadier
    General X", "army spokesman Gen. Y" (the rank is no name)."""
    k = j
    while k < last and ctx.tokens[k].text.lower() in _MILITARY_RANKS:
        k += 1
    m = matches.get(k)
    if m is None or m.of("title") is None or ctx.lex.titles[m.of("title").ref].sector != "MIL":
        return j
    return m.last if m.last < last and ctx.tokens[m.last].text[:1].isupper() else j


def _listed_states(ctx: ArticleContext, group: TitleGroup, matches: dict[int, Match]) -> list[str]:
    """The states of a plural title whose demonyms are listed ("his Russian, Iranian and
    Turkish counterparts"), in the order written; one state or none otherwise."""
    if not group.plural or group.country is None:
        return []
    tokens, found, j = ctx.tokens, [group.country], group.first
    while j >= 2 and tokens[j - 1].text.lower() in ("and", ","):
        before = next(
            (m for m in matches.values() if m.last == j - 1 and m.of("demonym", "state")), None
        )
        if before is None:
            break
        e = before.of("demonym", "state")
        found.insert(0, e.ref)  # type: ignore[union-attr]
        j = before.first
    return found


def _next_listed(
    ctx: ArticleContext,
    j: int,
    last: int,
    matches: dict[int, Match],
    country: str,
    title: Title | None,
    held: bool,
) -> int:
    """The next name of a list after a plural title (", B" or "and B"), given the next
    listed state; returns where reading goes on (``j`` when no name follows)."""
    tokens = ctx.tokens
    k = j
    while k < last and tokens[k].text.lower() in (",", "and"):
        k += 1
    if k == j:
        return j
    start = past_honorific(tokens, k, last)
    end, person = name_after(ctx, start, last, matches)
    if end == start:
        return j
    draft = person_draft(ctx, start, end, person, country, title, held=held)
    ctx.mention(draft, k, end, "title")
    return end


def _of_state(
    tokens: Sequence[Token], j: int, last: int, matches: dict[int, Match]
) -> tuple[str, int] | None:
    """``of [the] STATE`` after a name: "President Xi Jinping of the People's Republic"."""
    if j < last and tokens[j].text.lower() == "of":
        k = j + 1
        if k < last and tokens[k].text.lower() == "the":
            k += 1
        m = matches.get(k)
        if m is not None and (e := m.of("state")):
            return e.ref, m.last
    return None


def _igo_appositive(ctx: ArticleContext, first: int, matches: dict[int, Match]) -> Title | None:
    """The title of an international organisation's post set, with a comma, before a
    (titled) name starting at token ``first``: "the AU's envoy for the Horn of Africa,
    former Nigerian President Olusegun Obasanjo"."""
    comma = first - 1
    if comma < 1 or ctx.tokens[comma].text != ",":
        return None
    for m in matches.values():
        e = m.of("title")
        if (
            e is not None
            and comma - 8 <= m.first
            and m.last <= comma
            and "," not in {t.text for t in ctx.tokens[m.last : comma]}
            and (org := _org_before(ctx, m.first, matches)) is not None
            and org.sector == "IGO"
        ):
            return ctx.lex.titles[e.ref]
    return None


def _role(ctx: ArticleContext, group: TitleGroup) -> Draft | None:
    """A title without a name: the article's person with that role, else the office holder."""
    title = group.title
    assert title is not None
    country = group.country
    if country is None:
        return None
    for draft in reversed(list(ctx.drafts.values())):
        if (
            draft.kind == "person"
            and draft.country == country
            and (
                draft.title == title.title
                or (
                    title.leader
                    and (named := _title_named(ctx.lex, draft.title or "")) is not None
                    and named.leader
                )
            )
        ):
            return draft
    if title.title in _GENERIC_TITLES:
        # "the Kazakh minister": the article's one Kazakh minister of any portfolio
        word = title.title.split()[-1]
        holders = [
            d
            for d in ctx.drafts.values()
            if d.kind == "person"
            and d.country == country
            and d.role == "party"
            and (d.title or "").split()[-1:] == [word]
        ]
        if len(holders) == 1:
            return holders[0]
    person = ctx.offices.holder(country, title, ctx.day)
    if person is not None:
        return person_draft(ctx, None, None, person, country, title)
    if title.title in _GENERIC_TITLES or title.commentator:
        return None  # "a Turkish minister": too vague to be one actor
    state = ctx.kb.state(country)
    label = f"{state.name if state else country} {title.title}"
    return ctx.draft(
        f"role:{country}:{title.title}",
        label,
        "person",
        country=country,
        sector=title.sector,
        title=title.title,
    )


def bare_titles(ctx: ArticleContext) -> None:
    """A title with no name and no state ("the President affirmed ...") is the person of
    that title the story named before it: the one holder, else the one holder never
    qualified by a state (a release calls its own head of state "the President" and the
    guest "the Somali President"); "the two Prime Ministers" is the two holders named.
    Quiet when the story leaves it open."""
    for first, last, title, plural in ctx.pending_titles:
        if any(i in ctx.covered for i in range(first, last)):
            continue
        start = ctx.tokens[first].start
        holders = [d for d in _people_before(ctx, start) if d.title == title.title]
        if plural:
            # "the Prime Minister of PNG" no name was given for, then Marape: one person
            named = {d.country for d in holders if not d.key.startswith("role:")}
            holders = [d for d in holders if not (d.key.startswith("role:") and d.country in named)]
            if len(holders) == 2:
                ctx.add_mention((holders[0].key, holders[1].key), first, last, "role")
            continue
        if len(holders) > 1:
            holders = [d for d in holders if not _qualified(ctx, d, start)]
        if len(holders) == 1:
            ctx.mention(holders[0], first, last, "role")


def bare_posts(ctx: ArticleContext) -> None:
    """ "The Commission president" with no name: the one official named before whose post
    has every word of the phrase ("president of the European Commission")."""
    for first, last in ctx.pending_posts:
        if any(i in ctx.covered for i in range(first, last)):
            continue
        words = {t.text.lower() for t in ctx.tokens[first + 1 : last]} - {"'s", "'"}
        start = ctx.tokens[first].start
        holders = [
            d for d in _people_before(ctx, start) if words <= set((d.title or "").lower().split())
        ]
        if len(holders) == 1:
            ctx.mention(holders[0], first, last, "role")


def _people_before(ctx: ArticleContext, start: int) -> list[Draft]:
    """The people of the story (its parties, not its commentators) named before char
    offset ``start``."""
    return [
        d
        for d in ctx.drafts.values()
        if d.kind == "person"
        and d.role == "party"
        and d.spans
        and min(s.start for s in d.spans) < start
    ]


def _qualified(ctx: ArticleContext, draft: Draft, before: int) -> bool:
    """Whether a mention of this person before char offset ``before`` names a state
    ("the Somali President", "President X of Somalia")."""
    named = [i for i, _ in ctx.named_states]
    tokens = ctx.tokens
    for m in ctx.mentions:
        if draft.key not in m.keys or m.start >= before:
            continue
        end = m.last
        # the appositive that follows: "X, President of the Federal Republic of Somalia"
        if end < len(tokens) and tokens[end].text == ",":
            end += 1
            while end < len(tokens) and tokens[end].text not in (",", ".") and end - m.last < 12:
                end += 1
        if any(m.first <= i < end for i in named):
            return True
    return False
