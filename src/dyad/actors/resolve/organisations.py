"""Organisations (rule 5 and rule 8): by name or acronym, bodies a state owns, and the
organisations only the NER model found.

An organisation the knowledge base knows is an actor wherever it is named, except a
company named as a place or a product ("the Oxford/AstraZeneca vaccine"). A body a state
owns is named by the state and a kind of body ("Russia's central bank", "the Russian
state company Rosatom") and is an organisation of that state, not the state itself. A
known name inside a longer name the NER model found ("Han River Institute", "Bank of
Japan", "South China Sea") is not that actor: the longer name is an organisation or a
place of its own. After the whole article is read, the ORG entities no rule covered are
organisations with the state their name, the words around them or the dateline gives,
if they take part in their clause; a bare ministry ("The Treasury") is its state.
"""

from __future__ import annotations

from ...models import Entity
from ..gazetteer import Entry, Match, norm
from .context import ArticleContext, Draft, state_draft
from .names import NOT_PERSON_WORDS, is_name_token
from .places import place_like
from .syntax import acts, first_conjunct, modifies_next, span_root

_ORG_KINDS = {"igo": "organisation", "ngo": "organisation", "group": "group"}


def embedded(ctx: ArticleContext, m: Match, matches: dict[int, Match]) -> bool:
    """Whether a known name is only part of a longer name the NER model found: a
    surname in "Nazarbayev University", a state in "Bank of Japan" or "South China
    Sea", "Security Council" in "Supreme National Security Council". Such a longer
    name is an organisation or a place of its own (organisations are found later)."""
    ent = ctx.entity_at.get(m.first)
    if ent is None or ent.label == "PERSON" or (ent.first, ent.last) == (m.first, m.last):
        return False
    if m.of("person", "surname"):
        return _unknown_word(ctx, m.first - 1, ent, matches) or _unknown_word(
            ctx, m.last, ent, matches
        )
    if (e := m.of("org")) is not None:
        if m.last - m.first == 1 and not e.acronym and _unknown_word(ctx, m.last, ent, matches):
            return True  # "West" in "West African leaders"
        return _unknown_word(ctx, m.first - 1, ent, matches)
    if m.of("state", "demonym", "capital", "city"):
        if ent.label not in ("ORG", "FAC", "LOC", "GPE"):
            return False
        others = [
            t.text.lower()
            for k in range(ent.first, ent.last)
            if not m.first <= k < m.last and (t := ctx.tokens[k]).text[:1].isalpha()
        ]
        rest = " ".join(others)
        if any(noun in rest for noun in ctx.lex.state_bodies):
            return False  # "the Chinese Foreign Ministry", "the Armed Forces of Ukraine"
        return any(
            _unknown_word(ctx, k, ent, matches)
            for k in range(ent.first, ent.last)
            if not m.first <= k < m.last
        )
    return False


def _unknown_word(ctx: ArticleContext, k: int, ent: Entity, matches: dict[int, Match]) -> bool:
    """A capitalised word of entity ``ent`` at k that no known name covers."""
    if not ent.first <= k < ent.last:
        return False
    tok = ctx.tokens[k]
    if not tok.text[:1].isupper() or tok.text in ("The", "'s"):
        return False
    return not any(m.first <= k < m.last for m in matches.values())


def known_org(ctx: ArticleContext, m: Match, e: Entry) -> int:
    """An organisation the gazetteer knows, by name or acronym (rule 5)."""
    org = ctx.kb.organisation_by_id(e.ref)
    if org is not None and org.kind == "company" and place_like(ctx, m):
        return m.last  # "the Oxford/AstraZeneca vaccine": a product, not the company
    if e.ref == "unsc" and (owner := _national_council(ctx, m)) is not None:
        # "Russia's Security Council", "the Armenian Security Council": a state's own
        # council, which acts for that state, not the UN's
        ctx.mention(state_draft(ctx, owner), m.first, m.last, "body")
        return m.last
    draft = _org_draft(ctx, e.ref)
    if org is not None and org.shared_name and not e.acronym:
        ctx.shared_parties.append((draft.key, _state_before(ctx, m.first)))
    ctx.mention(draft, m.first, m.last, "org")
    return m.last


# After "Japan's Security Council", these make it the UN's: "Japan's Security Council seat"
_UN_COUNCIL_WORDS = frozenset(
    {"seat", "seats", "bid", "membership", "presidency", "resolution", "resolutions", "vote",
     "term", "reform", "candidacy", "member"}
)  # fmt: skip


def _national_council(ctx: ArticleContext, m: Match) -> str | None:
    """The state whose own security council "Security Council" is, when a state's name or
    demonym is written right before it; None for the UN's."""
    after = ctx.tokens[m.last].text.lower() if m.last < len(ctx.tokens) else ""
    if after in _UN_COUNCIL_WORDS:
        return None
    return _owner_state(ctx, m.first)


def _owner_state(ctx: ArticleContext, first: int) -> str | None:
    """The state whose name or demonym is written right before token ``first``, possibly
    with "'s": "Russia's", "South Korea's", "the Russian"."""
    tokens = ctx.tokens
    k = first - 1
    if k >= 0 and tokens[k].text in ("'s", "\u2019s"):
        k -= 1
    named = [(i, c) for i, c in ctx.named_states if k - 2 <= i <= k]
    if k < 0 or not named:
        return None
    i, country = max(named)
    return country if all(tokens[j].text[:1].isupper() for j in range(i, k + 1)) else None


def _state_before(ctx: ArticleContext, first: int) -> str | None:
    """The state named just before a name, but for a possessive and common words:
    "South Korea's main opposition Democratic Party", "the U.S. Democratic Party"."""
    before = [(i, c) for i, c in ctx.named_states if first - 5 <= i < first]
    if not before:
        return None
    i, country = max(before)
    tokens = ctx.tokens
    between = range(i + 1, first)
    if all(
        tokens[k].text in ("'s", "\u2019s", "'", ".")
        or tokens[k].text[:1].isupper()
        or (tokens[k].text.islower() and tokens[k].pos in ("ADJ", "NOUN"))
        for k in between
    ):
        return country
    return None


def shared_party_states(ctx: ArticleContext) -> None:
    """A party named by a name other states' parties share ("the opposition Democratic
    Party") is the party of the story's state: the state named just before it, else the
    dateline's state, else its own state when the story names it, else the state the
    story names most (first named on a tie). Its Wikidata id is then not its own."""
    named = [c for _, c in sorted(ctx.named_states)]
    keys = dict.fromkeys(key for key, _ in ctx.shared_parties)
    for key in keys:  # "South Korea's Democratic Party" once; "the party" after
        before = next((c for k, c in ctx.shared_parties if k == key and c), None)
        draft = ctx.drafts[key]
        home = ctx.kb.organisation_by_id(key.removeprefix("org:"))
        own = home.country if home is not None else draft.country
        if before is not None:
            state = before
        elif ctx.dateline_country is not None:
            state = ctx.dateline_country
        elif own in named or not named:
            state = own
        else:
            state = max(named, key=lambda c: (named.count(c), -named.index(c)))
        if state != draft.country:
            draft.country, draft.wikidata = state, None


def _org_draft(ctx: ArticleContext, org_id: str) -> Draft:
    org = ctx.kb.organisation_by_id(org_id)
    key = f"org:{org_id}"
    if key in ctx.drafts or org is None:
        return ctx.drafts.get(key) or ctx.draft(key, org_id, "organisation")
    return ctx.draft(
        key,
        org.name,
        _ORG_KINDS.get(org.kind, "organisation"),
        country=getattr(org, "country", None),
        sector=org.sector or None,
        wikidata=org.wikidata,
    )


def named_org(ctx: ArticleContext, name: str, country: str | None) -> Draft:
    """The organisation called ``name``; "the Serum Institute" after "the Serum
    Institute of India" is the same one."""
    key = f"org-name:{norm(name)}"  # never one of the knowledge base's org ids
    if key not in ctx.drafts:  # "the Serum Institute of India", "the U.S. Congress"
        short = norm(name)
        longer = [
            d
            for d in ctx.drafts.values()
            if d.kind == "organisation"
            and (norm(d.name).startswith(f"{short} of ") or norm(d.name).endswith(f" {short}"))
        ]
        if len(longer) == 1:
            return longer[0]
    return ctx.drafts.get(key) or ctx.draft(key, name, "organisation", country=country)


def state_body(ctx: ArticleContext, m: Match, last: int, start: int | None = None) -> int | None:
    """An organisation a state owns, named by the state and a kind of body: "Russia's
    central bank" (and the bodies coordinated with it: "..., finance ministry and
    national wealth fund"), "Russia's state nuclear corporation Rosatom", "the Russian
    state company Rosatom" (a demonym needs the body's own name after it). Returns
    where the phrase ends, or None."""
    tokens, lex = ctx.tokens, ctx.lex
    country = m.entries[0].ref
    possessive = m.last < last and tokens[m.last].text == "'s"
    k = m.last + 1 if possessive else m.last
    body = None
    while k < last and k - m.last <= 4:
        tok = tokens[k]
        if not (tok.text.islower() and tok.pos in ("ADJ", "NOUN", "VERB")):
            break
        if tok.lemma.lower() in lex.body_nouns and not modifies_next(tokens, k + 1, last):
            body = k
            break
        k += 1
    if body is None:
        return None
    end = body + 1
    while end < last and is_name_token(tokens, end, {}) and tokens[end].ent:
        end += 1  # the body's own name: "... corporation Rosatom"
    if end == body + 1 and not possessive:
        return None  # "the Russian company": one of many
    first = start if start is not None else m.first
    name = ctx.written(body + 1, end) if end > body + 1 else ""
    raw = ctx.written(first, end)
    ctx.mention(named_org(ctx, name or raw, country), first, end, "body")
    for tok in tokens[end:last]:  # "..., finance ministry and national wealth fund"
        if tok.dep != "conj" or first_conjunct(tokens, tok).i != body:
            continue
        left = tok.i
        while (
            left - 1 >= end
            and tokens[left - 1].text.islower()
            and tokens[left - 1].dep in ("amod", "compound")
        ):
            left -= 1
        lemma = tok.lemma.lower()
        if lemma in lex.body_nouns:
            phrase = ctx.text[tokens[left].start : tok.end]
            ctx.mention(named_org(ctx, phrase, country), left, tok.i + 1, "body")
        elif lemma in lex.side_nouns:
            sector = lex.side_nouns[lemma]
            ctx.mention(state_draft(ctx, country, sector), left, tok.i + 1, "side")
    return end


def unknown_organisations(ctx: ArticleContext) -> None:
    """ORG entities no rule covered ("Gazprom", "Bank of Japan", "Congress"):
    organisations, with the state their name, the words around them or the dateline
    gives. A ministry or department is its state ("The Ministry of External Affairs
    said"); an institute that only tells where a commentator works is no actor."""
    tokens, lex = ctx.tokens, ctx.lex
    for ent in ctx.ann.entities:
        if ent.label != "ORG" or any(i in ctx.covered for i in range(ent.first, ent.last)):
            continue
        name = ent.text[4:] if ent.text.lower().startswith("the ") else ent.text
        if not name[:1].isupper():
            continue
        if ent.last - ent.first == 1 and tokens[ent.first].pos != "PROPN":
            continue
        lowered = name.lower()
        if any(c.isdigit() for c in name) or lowered in NOT_PERSON_WORDS:
            continue  # "COVID-19" is no organisation
        if ent.first in ctx.affiliations or (
            ctx.article.outlet and lowered == ctx.article.outlet.lower()
        ):
            continue
        # ("South Korea's Joint Chiefs of Staff": a state of two words before the "'s")
        country = _named_state(ctx, ent) or _owner_state(ctx, ent.first) or _place_near(ctx, ent)
        if any(body in lowered for body in lex.state_bodies):
            # "Army warplanes struck ..." after "Sudan's army": that state's army, before
            # the dateline's state (where the story was filed, not whose army it is)
            country = country or _body_named_before(ctx, lowered, ent) or ctx.dateline_country
            if country is not None:  # "The Treasury", "the Foreign Ministry"
                ctx.mention(state_draft(ctx, country), ent.first, ent.last, "ministry")
            continue
        if lowered.split()[-1] in lex.not_organisations:
            continue  # "the Silk Road Economic Belt", "the Vienna Convention"
        if ent.last - ent.first == 1 and ctx.gazetteer.lookup(name):
            continue  # "Kazakh" (capital): a known name no rule took as an actor
        national = any(
            lowered == body or lowered.endswith(f" {body}") for body in lex.national_bodies
        )  # "Congress", "the U.S. Congress", "the opposition-controlled National Assembly"
        if not (national or acts(tokens, span_root(tokens, ent.first, ent.last))):
            continue  # named in passing ("the Indo-Pacific", "talks at Lakeshore University")
        if country is None and national:
            country = ctx.dateline_country  # "WASHINGTON -- Congress voted ..."
        ctx.mention(named_org(ctx, name, country), ent.first, ent.last, "ner-org")


def _body_named_before(ctx: ArticleContext, lowered: str, ent: Entity) -> str | None:
    """The one state whose force of this kind the article named before a bare "Army",
    "Navy" or "Military" ("Sudan's army ... Army warplanes"); None for other bodies or
    when several states' forces of that kind were named."""
    sector = ctx.lex.side_nouns.get(lowered)
    if sector not in ("MIL", "COP"):
        return None
    start = ctx.tokens[ent.first].start
    states = {
        d.country
        for d in ctx.drafts.values()
        if d.kind == "state" and d.sector == sector and d.spans and d.spans[0].start < start
    }
    return states.pop() if len(states) == 1 else None


def _named_state(ctx: ArticleContext, ent: Entity) -> str | None:
    """The state an organisation's name or a possessive before it names."""
    tokens = ctx.tokens
    owner = ent.first - 1  # "Russian Gazprom", "Brazil's Petrobras"; not "Brazil supports X"
    if owner > 0 and tokens[owner].text in ("'s", "'"):
        owner -= 1
    for k in range(max(owner, 0), ent.last):
        if tokens[k].sentence != tokens[ent.first].sentence:
            continue  # not the last word of the sentence before
        inside = k >= ent.first  # "University of Oxford": a city inside the name counts
        for entry in ctx.gazetteer.lookup(ctx.tokens[k].text):
            if entry.kind in ("state", "demonym") or (inside and entry.kind == "city"):
                return entry.ref
    return None


def _place_near(ctx: ArticleContext, ent: Entity) -> str | None:
    """ "the House of Commons in Ottawa": the state of a place right after a name; "the
    Government and people of Australia": of a state after a noun joined to it."""
    tokens, k = ctx.tokens, ent.last
    if k + 1 < len(tokens) and tokens[k].text.lower() in ("in", "of"):
        for entry in ctx.gazetteer.lookup(tokens[k + 1].text):
            if entry.kind in ("capital", "city", "state"):
                return entry.ref
    if (
        k + 3 < len(tokens)
        and tokens[k].text == "and"
        and tokens[k + 1].text.islower()
        and tokens[k + 2].text == "of"
    ):
        for entry in ctx.gazetteer.lookup(tokens[k + 3].text):
            if entry.kind == "state":
                return entry.ref
    return None
