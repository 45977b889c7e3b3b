"""States named by name, demonym or capital (rule 4): the state itself, a side of it, or
no actor.

"Turkey" and "the Turkish side" are the state's government; "Chinese troops", "Russia's
military" and "the armies of India and Pakistan" are a sector of the state (the side
nouns are data: ``lexicon.side_nouns``); "Beijing said" is a metonym for China's
government. A name that only says where, about what or of which nationality is no actor
(``places.place_like``). A demonym alone ("Turkish goods") is no actor either: it is
an attribute, which the title rules read where it matters. Before taking a state, the
words after it may make it a body the state owns ("Russia's central bank") or, after a
demonym, a non-state armed group ("Syrian rebels"); "the Saudi-led coalition" is a body
of the state that leads it.
"""

from __future__ import annotations

from collections.abc import Sequence

from ...models import Token
from ..gazetteer import Entry, Match, norm
from .context import ArticleContext, state_draft
from .forces import armed_group
from .organisations import state_body
from .places import is_actor_place, place_like
from .references import region_before
from .syntax import first_conjunct, modifies_next, span_root

# "Iran-backed", "Kremlin-allied": a state written only as the sponsor of what follows
_SPONSORED = frozenset({"backed", "allied", "aligned", "sponsored", "funded", "supported"})


def sponsor_of_a_group(tokens: Sequence[Token], m: Match, last: int, matches: dict) -> bool:
    """ "Iran-backed Hezbollah", "the Rwanda-backed M23", "U.S.-backed Syrian Democratic
    Forces": the state only describes the group named right after it, which is the actor;
    the sponsor takes no part in what the group does. Before anything that is not a known
    organisation ("a U.S.-backed plot") the sponsor stays, since it may be the target."""
    j = m.last
    if m.of("state", "demonym", "capital") is None or j + 2 >= last:
        return False
    if tokens[j].text != "-" or tokens[j + 1].text.lower() not in _SPONSORED:
        return False
    after = matches.get(j + 2)
    return after is not None and after.of("org") is not None


# "the Saudi-led coalition": states fighting together under one, whose acts are the
# leader's; not a standing body ("the U.S.-led alliance" is NATO) nor a mission others
# mandate ("the Kenyan-led security mission" in Haiti), which are no one state's
_LED_BODIES = frozenset({"coalition"})


def led_body(ctx: ArticleContext, m: Match, last: int) -> int | None:
    """ "The Saudi-led coalition", "the U.S.-led military coalition": states fighting
    together whose acts are their leader's (the state the gold codes them to), named as one
    actor; "the coalition" after it refers back to it (``references``). Returns where
    reading goes on, or None when the state leads no such body here."""
    tokens = ctx.tokens
    e = m.of("state", "demonym")
    j = m.last
    if e is None or j + 2 >= last or tokens[j].text != "-" or tokens[j + 1].text.lower() != "led":
        return None
    k = j + 2  # (up to two words between: "the U.S.-led international coalition")
    while k < min(last, j + 4) and tokens[k].text.islower() and tokens[k].text not in _LED_BODIES:
        k += 1
    if k >= last or tokens[k].text.lower() not in _LED_BODIES:
        return None
    noun = tokens[k].lemma.lower()
    key = f"led:{e.ref}:{noun}"
    draft = ctx.drafts.get(key) or ctx.draft(
        key, f"{ctx.written(m.first, k)} {noun}", "group", country=e.ref, sector="IGO"
    )
    ctx.mention(draft, m.first, k + 1, "led")
    return k + 1


def led_body_before(ctx: ArticleContext, i: int) -> str | None:
    """The state of a body of states led by one (``led_body``) that the word before token
    ``i`` names again: "Coalition spokesman X" after "the Saudi-led coalition"."""
    if i == 0:
        return None
    word = ctx.tokens[i - 1].lemma.lower()
    if word not in _LED_BODIES:
        return None
    led = [d for d in ctx.drafts.values() if d.key.startswith("led:") and d.key.endswith(word)]
    return led[0].country if len({d.country for d in led}) == 1 else None


def state_name(ctx: ArticleContext, m: Match, e: Entry, last: int) -> int:
    """A state's name: the state, a side of it, a body it owns, or a place."""
    owner = _side_before(ctx, m)  # "the armies of India and Pakistan"
    if owner is not None:
        ctx.mention(state_draft(ctx, e.ref, owner), m.first, m.last, "side")
        return m.last
    if place_like(ctx, m) and not _side(ctx, m.last, last)[2]:
        return m.last  # "a summit in Uzbekistan", "U.S. dollars": no actor
    end, sector, rule = _side(ctx, m.last, last)
    if rule is None and (body := state_body(ctx, m, last)) is not None:
        return body  # "Russia's central bank": the state's organisation
    ctx.mention(state_draft(ctx, e.ref, sector), m.first, end, rule or "state")
    return end


def demonym(ctx: ArticleContext, m: Match, e: Entry, last: int, matches: dict[int, Match]) -> int:
    """A demonym: a side of its state with a side noun after it ("Chinese troops"), a body
    the state owns, an armed group of the state, or no actor."""
    tokens = ctx.tokens
    if region_before(tokens, m.first):
        return m.last  # "Latin American governments", "West African leaders": no one state
    end, sector, rule = _side(ctx, m.last, last)
    row = _demonym_row(tokens, m, last, matches) if not rule else []
    if row:
        # "Indian and Pakistani troops", "Greek, Cypriot and Turkish officials": the side
        # noun is shared; so is a plural office ("the Malian and Nigerien foreign
        # ministers"): one holder of it per state
        partner = row[-1]
        end, sector, rule = _side(ctx, partner.last, last)
        if not rule:
            end, sector, rule = _plural_title(ctx, partner.last, last)
        if rule:
            ctx.mention(state_draft(ctx, e.ref, sector), m.first, m.last, "side")
            for other in row[:-1]:
                ref = other.of("demonym").ref  # type: ignore[union-attr]
                ctx.mention(state_draft(ctx, ref, sector), other.first, other.last, "side")
            ref = partner.of("demonym").ref  # type: ignore[union-attr]
            ctx.mention(state_draft(ctx, ref, sector), partner.first, end, "side")
            return end
        end, sector, rule = m.last, None, None
    if not rule and _and_adjective(tokens, m.last, last):
        # "American and allied troops": the side noun is the demonym's too
        end, sector, rule = _side(ctx, m.last + 2, last)
    start = m.first - 1 if m.first > 0 and tokens[m.first - 1].text.lower() == "the" else m.first
    if rule:
        ctx.mention(state_draft(ctx, e.ref, sector), start, end, "side")
    elif (body := state_body(ctx, m, last, start)) is not None:
        return body  # "the Russian state company Rosatom"
    elif (group := armed_group(ctx, m, last)) is not None:
        return group  # "Russian private military contractors", "Syrian rebels"
    return m.last if not rule else end


def _demonym_row(
    tokens: Sequence[Token], m: Match, last: int, matches: dict[int, Match]
) -> list[Match]:
    """The demonyms after ``m`` in one row joined by commas and a final "and" ("Greek,
    Cypriot and Turkish"), or [] when the row ends in no "and" or holds a non-demonym."""
    row: list[Match] = []
    k = m.last
    while k < last and tokens[k].text.lower() in (",", "and"):
        joined_by_and = tokens[k].text.lower() == "and"
        if not joined_by_and and k + 1 < last and tokens[k + 1].text.lower() == "and":
            k, joined_by_and = k + 1, True  # "Greek, Cypriot, and Turkish"
        partner = matches.get(k + 1)
        if partner is None or partner.of("demonym") is None:
            return []
        row.append(partner)
        k = partner.last
        if joined_by_and:
            return row
    return []


def _plural_title(ctx: ArticleContext, j: int, last: int) -> tuple[int, str | None, str | None]:
    """A plural office after a row of demonyms ("foreign ministers", "leaders"), one or two
    words, ending the noun phrase; up to two lower-case modifiers may come first ("the
    Indian and Chinese corps commanders", "Greek and Turkish military commanders")."""
    tokens = ctx.tokens
    for skip in range(3):
        if skip and not all(
            t.text.islower() and t.pos in ("ADJ", "NOUN") and t.dep in ("amod", "compound")
            for t in tokens[j : j + skip]
        ):
            break
        for width in (2, 1):
            k = j + skip + width
            if k > last or tokens[k - 1].tag not in ("NNS", "NNPS"):
                continue
            if not all(t.text.islower() for t in tokens[j + skip : k]):
                continue
            phrase = " ".join(
                [*(t.text.lower() for t in tokens[j + skip : k - 1]), tokens[k - 1].lemma.lower()]
            )
            title = ctx.lex.titles.get(phrase)
            if title is not None and title.sector and not modifies_next(tokens, k, last):
                return k, title.sector, "side"
    return j, None, None


def capital(ctx: ArticleContext, m: Match, e: Entry) -> int:
    """A capital acting for its state's government ("Beijing said"), else a place."""
    if is_actor_place(ctx.tokens, m) and not place_like(ctx, m):
        state = _dateline_namesake(ctx, m) or e.ref
        ctx.mention(state_draft(ctx, state, "GOV"), m.first, m.last, "metonym")
    return m.last


def _dateline_namesake(ctx: ArticleContext, m: Match) -> str | None:
    """The dateline's state when its own body bears the metonym matched ("BERLIN -- The
    Foreign Office said": Germany's, not Britain's), else None."""
    home = ctx.kb.state(ctx.dateline_country) if ctx.dateline_country else None
    if home is None or not home.shared_metonyms:
        return None
    surface = norm(" ".join(t.text for t in ctx.tokens[m.first : m.last]))
    return home.iso3 if surface in {norm(x) for x in home.shared_metonyms} else None


def _side(ctx: ArticleContext, j: int, last: int) -> tuple[int, str | None, str | None]:
    """A side noun after a state or demonym: "the Turkish side", "Chinese troops",
    "Russia's military", with up to two lower-case modifiers between ("Russian ground
    forces"). A side noun that only modifies the noun after it ("Russian military
    intelligence", "Chinese government officials") is a modifier like the others."""
    tokens, side_nouns = ctx.tokens, ctx.lex.side_nouns
    if j < last and tokens[j].text == "'s":
        j += 1
    for skip in range(3):
        if (
            skip
            and not all(
                t.text.islower()
                and t.pos in ("ADJ", "NOUN", "VERB")
                # a participle modifying the noun ("armed forces"), not the clause's verb:
                # "Serbia deployed additional troops" is Serbia and its troops, not one phrase
                and (t.pos != "VERB" or t.dep in ("amod", "compound"))
                for t in tokens[j : j + skip]
            )
        ):
            break
        for width in (2, 1):
            k = j + skip
            if k + width <= last:
                phrase = " ".join(t.text.lower() for t in tokens[k : k + width])
                if phrase in side_nouns and not modifies_next(tokens, k + width, last):
                    return k + width, side_nouns[phrase], "side"
    return j, None, None


def _side_before(ctx: ArticleContext, m: Match) -> str | None:
    """The sector of a side noun that owns a state through "of": "the armies of India
    and Pakistan" (each conjunct), "the government of Mali", "the people of Ukraine"."""
    tokens, side_nouns = ctx.tokens, ctx.lex.side_nouns
    tok = first_conjunct(tokens, span_root(tokens, m.first, m.last))
    if tok.dep != "pobj" or tokens[tok.head].text.lower() != "of":
        return None
    noun = tokens[tokens[tok.head].head]
    if noun.pos != "NOUN" or not noun.text.islower():
        return None
    if noun.lemma.lower() not in side_nouns or noun.lemma.lower() == "side":
        return None
    return side_nouns[noun.lemma.lower()] or "GOV"


def _and_adjective(tokens: Sequence[Token], j: int, last: int) -> bool:
    """ "and" + a lower-case adjective at token j: "American and allied troops"."""
    return (
        j + 2 < last
        and tokens[j].text.lower() in ("and", "or")
        and tokens[j + 1].text.islower()
        and tokens[j + 1].pos in ("ADJ", "VERB")
    )
