""" "The two sides" (rule 10): phrases that stand for both parties of a story.

"The two sides", "both countries", "the two leaders", "the two armies" name no one; they
stand for the two parties the story is about, which only the whole article tells. So the
phrases are noted while the sentences are read and resolved at the end: the two sides
are the first two parties (states, the people acting for them, groups, organisations) of
the first sentence of the lead that names two, else the article's two most-mentioned
states. "The two leaders" and "the two ministers" are a person of each side; "the two
armies" each side's forces; a phrase whose sides cannot both be read that way (the
armies of a state and a group) is left unresolved rather than guessed.
"""

from __future__ import annotations

import re
from collections import Counter
from itertools import pairwise

from ...annotate import is_heading
from ...models import Sentence
from ..gazetteer import Match
from .context import ArticleContext, Draft, state_draft
from .syntax import span_root


def note_pair(ctx: ArticleContext, m: Match) -> int:
    """A pair phrase the gazetteer found, kept until the article's sides are known."""
    before = ctx.tokens[m.first - 1] if m.first > 0 else None
    if before is None or before.pos != "NUM" or before.text.lower() == "two":
        ctx.pairs.append((m.first, m.last))  # not "all four parties"
    return m.last


def resolve_pairs(ctx: ArticleContext) -> None:
    """ "The two sides", "both countries" -> the article's two sides: the first two
    parties (states, the people acting for them, groups, organisations) of the first
    sentence of its lead that names two; "the two leaders", "the two ministers", "the two men"
    -> a person of each side; "the two armies" -> each side's forces. An article whose lead
    never names two sides falls back on its two most-mentioned states."""
    if not ctx.pairs:
        return
    # "Beijing urged both sides to show restraint": whoever addresses the pair is a third
    # party of the story, not one of its sides
    third = {s for first, last in ctx.pairs if (s := _addresser(ctx, first, last))}
    kinds = (False, True)  # any sides, states only
    article = {states_only: _sides(ctx, states_only, third) for states_only in kinds}
    # (a roundup's item or a briefing's question is a story of its own: its two sides,
    # when it names two, are that part's)
    sections = _sections(ctx)
    own = {
        (section, states_only): found
        for section in sections
        for states_only in kinds
        if len(found := _sides(ctx, states_only, third, section)) == 2
    }
    for first, last in ctx.pairs:
        within = next((s for s in sections if ctx.tokens[first].sentence in s), None)
        sides, state_sides = (own.get((within, s), article[s]) for s in kinds)
        words = [t.lemma.lower() for t in ctx.tokens[first:last]]
        # "the two countries" are two states, even where a group is named first
        states = any(w in ("country", "nation", "state") for w in words)
        named = _named_before(ctx, first, last) if states else []
        keys = _pair_keys(ctx, named or (state_sides if states else sides), words)
        if keys is None:
            continue
        ctx.add_mention(keys, first, last, "pair")
        for key in keys:
            if not ctx.drafts[key].raw:
                ctx.drafts[key].raw = ctx.written(first, last)


def _pair_keys(ctx: ArticleContext, sides: list[str], words: list[str]) -> tuple[str, ...] | None:
    """The actor keys a pair phrase (its lemmas ``words``) stands for."""
    if len(sides) != 2:
        return None
    roles = ("leader", "head", "president", "minister", "man", "woman")
    role = next((w for w in words if w in roles), None)
    if role is not None:
        people = [_person_of(ctx, side, role) for side in sides]
        if all(people):
            return tuple(people)  # type: ignore[arg-type]
        # "the two foreign ministers spoke by phone" in a story that names neither: they
        # act for their states (not "the two men", who may be anyone)
        return None if role in ("man", "woman") else _states_of_sides(ctx, sides)
    side_nouns = ctx.lex.side_nouns
    sector = next((side_nouns[w] for w in words if w in side_nouns and w != "side"), None)
    countries = any(w in ("country", "nation", "state", "government") for w in words)
    keys = []
    for side in sides:
        if side not in ctx.drafts and side.startswith("state:"):  # a person's state
            side = state_draft(ctx, side.removeprefix("state:"), sector).key
        draft = ctx.drafts.get(side)
        if draft is not None and draft.kind == "state" and (sector or countries):
            keys.append(state_draft(ctx, draft.country or "", sector).key)
        elif draft is not None and (sector is None or draft.sector == sector):
            keys.append(side)  # "the two sides" of a story between two armies: the armies
        else:
            return None  # "the two armies" of a state and a group: unclear
    return tuple(keys)


def _states_of_sides(ctx: ArticleContext, sides: list[str]) -> tuple[str, ...] | None:
    """Each side's state, when both sides are states or people of a state."""
    keys = []
    for side in sides:
        draft = ctx.drafts.get(side)
        country = draft.country if draft is not None else side.removeprefix("state:")
        if not country or (draft is not None and draft.kind not in ("state", "person")):
            return None
        keys.append(state_draft(ctx, country, "GOV").key)
    return tuple(keys) if len(set(keys)) == 2 else None


def _named_before(ctx: ArticleContext, first: int, last: int) -> list[str]:
    """ "Baku credited the mediation of France and Germany and praised both countries":
    the two states its own sentence names before the phrase outside any subject, when
    exactly two (a subject's states are the ones acting: "Egypt and Qatar urged both
    countries ..." are other countries)."""
    tokens = ctx.tokens
    found: list[str] = []
    for mention in ctx.mentions:
        if mention.sentence != tokens[first].sentence or mention.first >= first:
            continue
        side = _side_of(ctx.drafts[mention.keys[0]]) if len(mention.keys) == 1 else None
        if side is None or not side[0].startswith("state:") or side[0] in found:
            continue
        if not _in_subject(ctx, mention.first):
            found.append(side[0])
    return found if len(found) == 2 else []


def _in_subject(ctx: ArticleContext, i: int) -> bool:
    """Whether token ``i`` is inside the subject of a clause."""
    tokens = ctx.tokens
    for _ in range(12):
        if tokens[i].dep in ("nsubj", "nsubjpass"):
            return True
        if tokens[i].head == i:
            return False
        i = tokens[i].head
    return False


def _addresser(ctx: ArticleContext, first: int, last: int) -> str | None:
    """The side (a ``state:`` key) of whoever a pair phrase is the object of: "China urged
    both sides to ...", "Washington called on the two countries to ...", "the UN chief
    appealed to the parties ..."; None for a pair phrase that acts or is spoken about."""
    tokens = ctx.tokens
    head = span_root(tokens, first, last)
    verb = tokens[head.head]
    if head.dep == "pobj" and verb.lemma.lower() in _ADDRESSING_PREPS:
        verb = tokens[verb.head]  # "called on both sides", "appealed to the parties"
    elif head.dep not in ("dobj", "dative"):
        return None
    for _ in range(4):  # "said it regretted the strikes and urged both sides": the sayer
        if verb.pos not in ("VERB", "AUX"):
            return None
        side = _subject_side(ctx, verb)
        if side is not None or verb.dep not in ("conj", "xcomp", "ccomp") or verb.head == verb.i:
            return side
        verb = tokens[verb.head]
    return None


#: Prepositions by which a verb addresses someone ("called on", "appealed to").
_ADDRESSING_PREPS = ("on", "to", "upon")


def _subject_side(ctx: ArticleContext, verb) -> str | None:
    """The side of the state a verb's subject names, if a mention covers it."""
    sentence = ctx.ann.sentences[verb.sentence]
    for tok in ctx.tokens[sentence.first : sentence.last]:
        if tok.head != verb.i or tok.dep != "nsubj":
            continue
        for mention in ctx.mentions:
            if mention.first <= tok.i < mention.last and len(mention.keys) == 1:
                side = _side_of(ctx.drafts[mention.keys[0]])
                return side[0] if side and side[0].startswith("state:") else None
    return None


def _sections(ctx: ArticleContext) -> list[range]:
    """The parts of an article of several stories, each a story of its own: the sentences
    under each heading line of a news roundup or a live blog, and each question with its
    answers in a press briefing's transcript ("Reuters: ...?"); none for an article of
    one story."""
    sentences = ctx.ann.sentences
    starts = sorted(
        {s.index + 1 for s in sentences if is_heading(ctx.text, s)}
        | {s.index for s in sentences if _asks(ctx.text, s)}
    )
    if len(starts) < 2:
        return []
    bounds = [0, *starts, len(sentences)]
    return [range(a, b) for a, b in pairwise(bounds) if b > a]


def _asks(text: str, sentence: Sentence) -> bool:
    """A transcript's question paragraph opens here ("Bloomberg: Will the premier ...?")."""
    line_start = text.rfind("\n", 0, sentence.start) + 1
    if text[line_start : sentence.start].strip():
        return False  # not the paragraph's first sentence
    line_end = text.find("\n", sentence.start)
    line = text[line_start : line_end if line_end >= 0 else None]
    return _LABEL.match(line) is not None and line.rstrip().endswith("?")


#: A transcript's speaker label: a few words and a colon opening the paragraph.
_LABEL = re.compile(r"[A-Z][\w.'-]*(?: [\w.'-]+){0,3}: ")


def _sides(
    ctx: ArticleContext, states_only: bool, exclude: set[str], within: range | None = None
) -> list[str]:
    """The article's two sides (or those of the sentences ``within`` a section), as state
    keys or (unless ``states_only``) group and organisation keys; never a side in
    ``exclude`` (a third party addressing them)."""
    mentions = [m for m in ctx.mentions if within is None or m.sentence in within]
    by_sentence: dict[int, dict[str, str]] = {}
    spans: dict[int, list[tuple[range, str]]] = {}  # each sentence's sides, where named
    for mention in sorted(mentions, key=lambda m: m.start):
        for key in mention.keys:
            side = _side_of(ctx.drafts[key])
            if side is not None and side[0] in exclude:
                continue
            if side is not None and not (states_only and not side[0].startswith("state:")):
                by_sentence.setdefault(mention.sentence, {}).setdefault(*side)
                if len(mention.keys) == 1:
                    spans.setdefault(mention.sentence, []).append(
                        (range(mention.first, mention.last), side[0])
                    )
    # Only the lead's sentences say who the story is between: a pair named first far into
    # the story ("Beijing, a close ally of Islamabad, urged both sides ...") is a
    # bystander's, so past the lead the most-mentioned states decide.
    lead = sorted(by_sentence)[:_LEAD_SENTENCES]
    for n, sentence in enumerate(lead):
        if len(by_sentence[sentence]) >= 2:
            joined = _joined_sides(ctx, spans.get(sentence, []))
            if joined:  # "Wang praised an agreement between Saudi Arabia and Iran"
                return [by_sentence[sentence][side] for side in joined]
            # "the Russian side sat facing the Ukrainians, with Turkey's minister between
            # them. Russia and Ukraine agreed ...": a scene naming a host beside one side
            # gives way to the pair a later lead sentence joins, when it shares that side
            first = list(by_sentence[sentence])[:2]
            for later in lead[n + 1 :]:
                pair = _joined_sides(ctx, spans.get(later, []))
                if pair and set(pair) & set(first) and not set(pair) >= set(first):
                    return [by_sentence[later][side] for side in pair]
            return list(by_sentence[sentence].values())[:2]
    states: Counter[str] = Counter()
    for mention in mentions:
        for key in mention.keys:
            side = _side_of(ctx.drafts[key])
            if side is not None and side[0].startswith("state:") and side[0] not in exclude:
                states[side[0]] += 1
    return [side for side, _ in states.most_common(2)]


#: How many of the first sentences naming a party may name the story's two sides.
_LEAD_SENTENCES = 4


def _joined_sides(ctx: ArticleContext, spans: list[tuple[range, str]]) -> list[str]:
    """The one pair of sides a sentence joins by "and" ("between Saudi Arabia and Iran",
    "Armenia and Azerbaijan signed", "Pakistan and Afghanistan's Taliban government"),
    when there is exactly one such pair: the two sides of the story rather than a third
    party named first (a mediator, a host). A pair named as the agents of a mediation
    ("talks mediated by Qatar and Turkey") is the go-betweens, not the sides."""
    tokens = ctx.tokens
    side_at = {_phrase_head(ctx, span): side for span, side in spans}
    pairs = set()
    for k, side in side_at.items():
        head = tokens[k].head
        if (
            tokens[k].dep == "conj"
            and head in side_at
            and side_at[head] != side
            and not _mediators(ctx, head)
        ):
            pairs.add((side_at[head], side))
    return list(next(iter(pairs))) if len(pairs) == 1 else []


def _phrase_head(ctx: ArticleContext, span: range) -> int:
    """The head of the noun phrase a name stands in: "Afghanistan's" in "Afghanistan's
    Taliban government" is the government's."""
    tokens = ctx.tokens
    i = span_root(tokens, span.start, span.stop).i
    for _ in range(4):
        if tokens[i].dep not in ("poss", "compound", "amod", "nmod") or tokens[i].head == i:
            break
        i = tokens[i].head
    return i


def _mediators(ctx: ArticleContext, i: int) -> bool:
    """Whether the phrase at ``i`` is the "by" agent of a verb of mediating."""
    tokens = ctx.tokens
    by = tokens[tokens[i].head]
    verb = tokens[by.head]
    return by.dep == "agent" and verb.lemma.lower() in ("mediate", "broker", "host", "facilitate")


def _side_of(draft: Draft) -> tuple[str, str] | None:
    """Which side of a story an actor is on, and the actor that stands for that side:
    a state (its government for a person acting for it, else its own sector), or a
    group or organisation itself."""
    if draft.role != "party":
        return None
    if draft.kind == "person":
        return (f"state:{draft.country}",) * 2 if draft.country else None
    if draft.kind == "state":
        return f"state:{draft.country}", draft.key
    return draft.key, draft.key


#: Titles that make a person one of "the two leaders" (or heads, presidents).
_LEADER_TITLES = ("president", "prime minister", "premier", "chancellor", "king", "emir",
                  "sultan", "crown prince", "supreme leader", "head of state")  # fmt: skip


def _person_of(ctx: ArticleContext, side: str, role: str) -> str | None:
    """The person of a side (a state key) that "the two ROLEs" means: one whose title
    fits the role ("the two leaders" are not a spokeswoman and a president), then the
    most mentioned, then the first named."""
    draft = ctx.drafts.get(side)
    country = draft.country if draft is not None else side.removeprefix("state:")
    people = [
        d
        for d in ctx.drafts.values()
        if d.kind == "person" and d.country == country and d.role == "party"
    ]
    if not people:
        return None

    def fits(d: Draft) -> bool:
        title = (d.title or "").lower()
        if role == "minister":
            return "minister" in title
        if role == "president":
            return "president" in title
        if role in ("man", "woman"):  # "the two men": whoever of each side acts most
            return True
        return any(t in title for t in _LEADER_TITLES)

    return max(
        people, key=lambda d: (fits(d), len(d.spans), -d.spans[0].start if d.spans else 0)
    ).key
