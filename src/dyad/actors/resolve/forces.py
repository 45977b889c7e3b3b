"""Forces, crowds and armed groups that the text names by what they are, not by a name.

A force or crowd with no qualifier ("police", "the army", "protesters") is a sector of the
state where its sentence happens, else of the dateline's state (rule 6, ``collective``):
a story about a crackdown rarely names the state again in each sentence. A force with a
qualifier ("NATO troops", "their border troops", "the army of Mali") is left to the rules
that read the qualifier, and plural armies are more than one state's. A state's demonym
with what its members are ("Russian private military contractors", "Syrian rebels") is a
non-state armed group of that state, not the state.
"""

from __future__ import annotations

from ..gazetteer import Match
from .context import ArticleContext, state_draft
from .places import sentence_place, where_clause_place
from .syntax import modifies_next


def collectives(ctx: ArticleContext, first: int, last: int, matches: dict[int, Match]) -> None:
    """Unqualified forces and crowds ("Police detained ...", "the army seized power",
    "protesters stormed ...") act for the state where the sentence happens ("in
    Almaty", "across Iran"), else for the state of the dateline."""
    tokens = ctx.tokens
    paired = {k for f, la in ctx.pairs for k in range(f, la)}  # "the two armies"
    for tok in tokens[first:last]:
        if tok.i in ctx.covered or tok.i in paired or tok.pos != "NOUN":
            continue
        if tok.dep in ("compound", "amod"):
            continue  # "a police mission": a modifier
        sector = ctx.lex.collectives.get(tok.lemma.lower())
        if sector is None:
            continue
        k = tok.i
        if tok.lemma.lower() == "force" and k > first and tokens[k - 1].lemma == "armed":
            k -= 1  # "the armed forces"
        if tok.lemma.lower() == "force" and k == tok.i:
            continue  # "forces" alone is too vague
        if tok.tag == "NNS" and tok.lemma.lower() in ("army", "military"):
            continue  # "the armies": more than one state's
        if any(
            c.head == tok.i
            and (
                c.dep in ("amod", "compound", "poss", "nmod")
                or (c.dep == "prep" and c.text.lower() == "of")
            )
            for c in tokens[first:last]
            if c.i not in (k, tok.i) and c.text.lower() not in ("security",)
        ):
            continue  # "NATO troops", "their border troops", "the army of Mali"
        country = (
            where_clause_place(ctx, tok, matches)
            or sentence_place(ctx, first, last, matches)
            or ctx.dateline_country
        )
        if country is None:
            continue
        start = k - 1 if k > first and tokens[k - 1].text.lower() == "the" else k
        ctx.mention(state_draft(ctx, country, sector), start, tok.i + 1, "collective")


def armed_group(ctx: ArticleContext, m: Match, last: int) -> int | None:
    """A non-state armed group named by a state's demonym and what its members are, with
    up to three lower-case words between: "Russian private military contractors",
    "Syrian rebels". Returns where the phrase ends, or None."""
    tokens = ctx.tokens
    for k in range(m.last, min(m.last + 4, last)):
        tok = tokens[k]
        if not (tok.text.islower() and tok.pos in ("ADJ", "NOUN", "VERB")):
            return None
        if tok.lemma.lower() in ctx.lex.armed_groups and not modifies_next(tokens, k + 1, last):
            country = m.entries[0].ref
            name = ctx.text[tokens[m.first].start : tok.end]
            key = f"group:{country}:{tok.lemma.lower()}"
            draft = ctx.drafts.get(key) or ctx.draft(
                key, name, "group", country=country, sector="REB"
            )
            ctx.mention(draft, m.first, k + 1, "group")
            return k + 1
    return None


def ship(ctx: ArticleContext, i: int, last: int) -> int | None:
    """A warship or coast guard ship named with its navy's prefix ("INS Kolkata", "HMS
    Albion", "USS Ronald Reagan") acts for its state's military; returns where its name
    ends, or None when ``i`` starts no such name."""
    tokens = ctx.tokens
    iso3 = ctx.lex.ship_prefixes.get(tokens[i].text)
    end = i + 1
    while end < last and tokens[end].text[:1].isupper() and tokens[end].text.isalpha():
        end += 1
    if iso3 is None or end == i + 1 or any(k in ctx.covered for k in range(i, end)):
        return None
    ctx.mention(state_draft(ctx, iso3, "MIL"), i, end, "ship")
    return end
