"""People by name: where a name begins and ends, whom a name refers to, and the drafts of
people.

A name is a run of capitalised tokens (with particles: "bin", "Al-", "van der") after an
honorific that is no part of it ("Sheikh", "Dr."). A person is known to the knowledge base
or not; either way a later short reference ("Wang", "Seitkali", "Sheikh Abdullah") is the
person of this article who bears that name, which is decided only after the whole
article is read (the full name may come later in the text than the NER model's first
label suggests). A bare surname that no one in the article bears is a knowledge-base
person only if that person held office around the article's date. A person with no
state who shares a family name with one who has a state ("first lady Jill Biden") is
taken to be of that state.
"""

from __future__ import annotations

from collections.abc import Sequence

from ...models import Token
from ..gazetteer import Match, norm
from ..kb import Person
from ..lexicon import Title
from .context import ArticleContext, Draft

_STATE_SECTORS = frozenset({"GOV", "LEG", "MIL", "JUD"})
_NAME_PARTICLES = frozenset("bin ibn al el de da di van von der le la du dos das ben abu".split())
# Particles of Arabic names: a bearer of one is also called by the first name alone
# ("Sheikh Abdullah" for Abdullah bin Zayed Al Nahyan).
_ARABIC_PARTICLES = frozenset("bin bint ibn al al- abu".split())
# Honorifics written before a name that are no part of it.
_HONORIFICS = frozenset(
    """sheikh sheikha shaikh sayyid sayed sayyida mullah dr dr. mr mr. mrs mrs. ms ms. sir dame
    madam prince princess h.e. hon hon. honourable honorable rt rt. prof prof. amb amb.""".split()
)
# The words of a form of address that official releases write before a name ("His Royal
# Highness", "Her Excellency"); the possessive before them is no part of a name either.
_ADDRESS_WORDS = frozenset("excellency highness majesty royal holiness eminence".split())
# Words that make a "PERSON" entity something else: "Typhoon Hinnamnor", "Dolmabahce Palace".
NOT_PERSON_WORDS = frozenset(
    """typhoon hurricane storm cyclone palace operation initiative vaccine plan doctrine accord
    people front house hall square street airport""".split()
)
# Words that qualify a title after it and are no name: "Ambassador Extraordinary and
# Plenipotentiary of X", "the President-designate".
_TITLE_QUALIFIERS = frozenset("extraordinary plenipotentiary designate emeritus".split())
# Entity labels that a one-word "name" never has: "in May" is no Theresa May.
_NOT_NAMES = frozenset({"DATE", "TIME", "CARDINAL", "ORDINAL", "MONEY", "PERCENT", "QUANTITY"})

# ---- where a name is ------------------------------------------------------------------


def starts_name(tokens: Sequence[Token], i: int) -> bool:
    """A PERSON entity, or whoever is "said" to speak ("said Tomas Vrba, a ...") whatever
    label the NER model gave."""
    tok = tokens[i]
    if tok.ent == "PERSON":
        return True
    before = tokens[i - 1] if i > 0 else None
    if before is not None and before.text.lower() in _ADDRESS_WORDS and tok.pos == "PROPN":
        return True  # "Her Excellency Ines Vrba": a name follows a form of address
    return (
        tok.ent == "ORG"
        and before is not None
        and before.lemma.lower() == "say"
        and tokens[min(i + 2, len(tokens) - 1)].text == ","
    )


def is_name_token(tokens: Sequence[Token], i: int, matches: dict[int, Match]) -> bool:
    tok = tokens[i]
    if tok.text.lower() in _NAME_PARTICLES and i + 2 < len(tokens):
        after = tokens[i + 1]
        if after.text == "-" and after.start == tok.end:  # "Al-Aiban"
            after = tokens[i + 2]
        return after.text[:1].isupper()
    if not tok.text[:1].isupper() or tok.pos not in ("PROPN", "NOUN", "ADJ", "X"):
        return False
    if tok.text.lower() in _TITLE_QUALIFIERS:
        return False
    m = matches.get(i)
    # A place inside a PERSON entity is a name: "Florence Parly", "Lima Khan".
    return (
        m is None
        or bool(m.of("person", "surname"))
        or (tok.ent == "PERSON" and not m.of("state", "demonym", "org", "title"))
    )


def past_honorific(tokens: Sequence[Token], i: int, last: int) -> int:
    """Past an honorific ("Sheikh", "Mullah", "Dr.") that precedes a capitalised name, and
    past a form of address before it ("His Excellency Dr X", "His Royal Highness Prince Y")."""
    while (
        i + 1 < last
        and tokens[i].text.lower() in _HONORIFICS | _ADDRESS_WORDS
        and tokens[i + 1].text[:1].isupper()
    ):
        i += 1
    return i


def hyphenated(tokens: Sequence[Token], end: int, last: int) -> int:
    """Past the rest of a hyphenated name: "Ha-eun", "Al-Aiban", "Kassym-Jomart"."""
    while (
        end + 1 < last
        and tokens[end].text == "-"
        and tokens[end].start == tokens[end - 1].end
        and tokens[end + 1].start == tokens[end].end
        and tokens[end + 1].text[:1].isalpha()
    ):
        end += 2
    return end


def _name_limit(tokens: Sequence[Token], i: int) -> int:
    """How many tokens a name may have: four, or seven inside a PERSON entity
    ("Abdullatif bin Rashid Al Zayani")."""
    return 7 if tokens[i].ent == "PERSON" else 4


def comma_name(tokens: Sequence[Token], j: int, last: int) -> bool:
    """ ", Name Name," after a title: an appositive name the NER model marks a person."""
    if not (j + 1 < last and tokens[j].text == ","):
        return False
    k = past_honorific(tokens, j + 1, last)  # ", Sheikh Ahmad Nasser Al-Sabah,"
    return k < last and tokens[k].ent == "PERSON"


def name_after(
    ctx: ArticleContext, j: int, last: int, matches: dict[int, Match]
) -> tuple[int, Person | None]:
    """The end of a name starting at token j (j itself when none), and its KB person."""
    m = matches.get(j)
    if m is not None and (e := m.of("person")):
        return m.last, ctx.kb.person(e.ref)
    tokens = ctx.tokens
    end = j
    while end < last and end - j < _name_limit(tokens, end) and is_name_token(tokens, end, matches):
        end = hyphenated(tokens, end + 1, last)
    if end == j:
        return j, None
    people = ctx.kb.people_named(ctx.written(j, end))
    return end, people[0] if len(people) == 1 else None


# ---- the words of a name ----------------------------------------------------------------


def family_name(name: str) -> str:
    """The last word of a name, folded: "Jill Biden" -> "biden"."""
    words = norm(name).replace("-", " ").split()
    return words[-1] if words else ""


def name_words(name: str, country: str | None = None) -> set[str]:
    """The words of a name that later refer to its bearer alone: the surname, and for
    names written family-name first (Chinese, Korean, Vietnamese) the first word too."""
    words = [w for w in norm(name).replace("-", " ").split() if len(w) > 1 and w.isalpha()]
    while len(words) > 1 and words[0] in _NAME_PARTICLES:
        words = words[1:]  # "Al Zayani" is Zayani
    if not words:
        return set()
    found = {words[-1], norm(name).split()[-1]}
    if len(words) > 1 and (
        country in ("CHN", "TWN", "HKG", "KOR", "PRK", "VNM", "KHM")
        or country is None
        or _ARABIC_PARTICLES & set(norm(name).replace("-", "- ").split())
    ):
        found.add(words[0])
    return found


# ---- the drafts of people ---------------------------------------------------------------


def person_draft(
    ctx: ArticleContext,
    first: int | None,
    last: int | None,
    person: Person | None,
    country: str | None,
    title: Title | None,
    *,
    held: bool = True,
    igo: bool = False,
) -> Draft:
    """The draft for a person named in tokens [first, last) and/or known to the KB.

    ``held`` is False when the title is a past or lesser one ("former President X"):
    it still tells the state, but it is not the person's title."""
    written = (
        ctx.written(first, last)
        if (first is not None and last is not None and last > first)
        else ""
    )
    earlier = None
    if person is None and written:
        person = _antecedent(ctx, written)
        earlier = _unknown_antecedent(ctx, written) if person is None else None
    if earlier is not None:  # "Foreign Minister Seitkali" after "Arman Seitkali"
        draft = earlier
    elif person is not None:
        draft = ctx.drafts.get(f"person:{person.id}")
        if draft is None:
            office = person.office_on(ctx.day) if ctx.day else None
            draft = ctx.draft(
                f"person:{person.id}",
                person.name,
                "person",
                # an international official (NATO's secretary-general) acts for no state,
                # also on a day the knowledge base has no office for when the text gives an
                # international title ("GCC Secretary-General X")
                country=None
                if (office and office.sector == "IGO") or (office is None and igo)
                else person.country,
                wikidata=person.wikidata,
                title=ctx.offices.normal(office.title) if office else None,
                sector=office.sector if office else (title.sector if title else None),
            )
            if office is None and title is not None and held:
                draft.title = title.title
            if office is None and igo:
                draft.sector = "IGO"
            draft.person = person
            for name in (person.name, *person.variants):
                draft.name_tokens.update(name_words(name, person.country))
    else:
        key = f"person:{norm(written)}"
        draft = ctx.drafts.get(key) or ctx.draft(key, written, "person")
        draft.name_tokens.update(name_words(written, country))
        if igo:  # an international official acts for no state
            country, draft.sector = None, "IGO"
        elif country is None and title is not None and title.sector in _STATE_SECTORS:
            # "In Stockholm, Foreign Minister X said": the place the sentence opens with,
            # else the dateline ("WASHINGTON -- Attorney General X said")
            country = (
                _envoy_named_before(ctx, first, title)
                or _fronted_place(ctx, first)
                or ctx.dateline_country
            )
        if country and not draft.country:
            draft.country = country
        if title is not None and not draft.title and held:
            draft.title = title.title
            draft.sector = draft.sector or title.sector
    if title is not None and title.commentator:
        draft.role = "commentator"
    if written and len(written) > len(draft.raw):
        draft.raw = written
    ctx.last_person = draft
    return draft


def _envoy_named_before(ctx: ArticleContext, first: int | None, title: Title) -> str | None:
    """ "Iraq expelled Sweden's ambassador ... asked Ambassador X to leave": an envoy
    named by title alone is the envoy of the state an earlier "<state>'s ambassador" or
    "the <demonym> ambassador" names; the dateline gives the host, not the envoy's state."""
    if first is None or title.title != "ambassador":
        return None
    tokens = ctx.tokens
    for k in range(first - 1, 0, -1):
        if tokens[k].lemma.lower() not in ("ambassador", "envoy"):
            continue
        owner = k - 1
        if tokens[owner].text in ("'s", "'") and owner > 0:
            owner -= 1
        for entry in ctx.gazetteer.lookup(tokens[owner].text):
            if entry.kind in ("state", "demonym"):
                return entry.ref
    return None


def _fronted_place(ctx: ArticleContext, first: int | None) -> str | None:
    """The state of the city or country a sentence opens with before a person it names
    ("In Stockholm, Foreign Minister X called ..."): where that official speaks from."""
    if first is None:
        return None
    tokens = ctx.tokens
    start = first
    while start > 0 and tokens[start - 1].sentence == tokens[first].sentence:
        start -= 1
    if tokens[start].text.lower() != "in":
        return None
    comma = next(
        (k for k in range(start + 2, min(start + 6, first)) if tokens[k].text == ","), None
    )
    if comma is None:
        return None
    entry = next(
        (
            e
            for e in ctx.gazetteer.lookup(ctx.written(start + 1, comma))
            if e.kind in ("capital", "city", "state")
        ),
        None,
    )
    return entry.ref if entry is not None else None


def _unknown_antecedent(ctx: ArticleContext, written: str) -> Draft | None:
    """The one person of this article the KB does not know that a one-word name
    refers to: "Seitkali" after "Arman Seitkali"."""
    words = name_words(written)
    if len(words) != 1:
        return None
    found = [
        d
        for d in ctx.drafts.values()
        if d.kind == "person" and d.person is None and words & d.name_tokens
    ]
    return found[0] if len(found) == 1 else None


def _antecedent(ctx: ArticleContext, written: str) -> Person | None:
    """A KB person of this article that a one-word name refers to."""
    words = name_words(written)
    if len(words) != 1:
        return None
    found = {
        d.person.id: d.person
        for d in ctx.drafts.values()
        if d.person is not None and words & d.name_tokens
    }
    return next(iter(found.values())) if len(found) == 1 else None


# ---- after the whole article is read ----------------------------------------------------


def surnames(ctx: ArticleContext) -> None:
    """One-word names: the article's person with that name, else a unique KB person."""
    tokens = ctx.tokens
    spans = list(ctx.pending_surnames)
    pending = set(spans)
    for tok in tokens:  # short references the NER model and gazetteer both missed
        if tok.i in ctx.embedded:
            continue
        if tok.i not in ctx.covered and tok.text[:1].isupper() and tok.pos == "PROPN":
            spans.append((tok.i, tok.i + 1))
    spans = [(f, la) for f, la in spans if tokens[f].ent not in _NOT_NAMES]
    for first, last in sorted(set(spans)):
        if any(i in ctx.covered for i in range(first, last)):
            continue
        if _inside_state_name(ctx, first, last):
            continue  # "Costa Rica's envoy": Costa is no surname here
        written = ctx.written(first, last)
        words = name_words(written)
        owners = [d for d in ctx.drafts.values() if d.kind == "person" and words & d.name_tokens]
        given = _given_name_before(ctx, first) if owners else None
        if given is not None and not any(_bears(d, tokens[given].text) for d in owners):
            # "Petr Dvorak" after "Anna Dvorak": another first name, another person
            draft = person_draft(ctx, given, last, None, None, None)
            ctx.mention(draft, given, last, "ner")
            continue
        if len(owners) > 1:
            owners = _office_holders(owners)
        if len(owners) == 1:
            ctx.mention(owners[0], first, last, "surname")
            continue
        if owners:
            continue  # two people of this article share the name: leave it unresolved
        if (first, last) in pending or tokens[first].ent in ("PERSON", "ORG", ""):
            bearers = _given_name_bearers(ctx, written)
            if len(bearers) == 1:
                # "Anwar" after "Prime Minister Anwar Ibrahim": many cultures call a
                # person by a name other than the last one
                ctx.mention(bearers[0], first, last, "surname")
                continue
        people = ctx.kb.people_named(written)
        if len(people) == 1 and _plausible(ctx, people[0]):
            draft = person_draft(ctx, first, last, people[0], None, None)
            ctx.mention(draft, first, last, "kb-name")


def _office_holders(owners: list[Draft]) -> list[Draft]:
    """Of namesakes, the one known or titled: a bare "Biden" beside "first lady Jill
    Biden" is the President; two titled Kims stay two."""
    held = [d for d in owners if d.person is not None or d.title is not None]
    return held if len(held) == 1 else owners


def _given_name_before(ctx: ArticleContext, first: int) -> int | None:
    """The token of a first name written before a one-word name that no rule took (the
    NER model missed "Petr" of "Petr Dvorak"): a capitalised proper noun compounded to
    the name that is no title, place or other match."""
    if first == 0:
        return None
    tokens = ctx.tokens
    k = first - 1
    tok = tokens[k]
    return (
        k
        if (
            tok.sentence == tokens[first].sentence
            and tok.pos == "PROPN"
            and tok.dep == "compound"
            and tok.head == first
            and tok.text[:1].isupper()
            and tok.text.isalpha()
            and tok.ent in ("PERSON", "")
            and k not in ctx.covered
            and k not in ctx.embedded
            and not ctx.gazetteer.lookup(tok.text)
            and tok.text.lower() not in _HONORIFICS
        )
        else None
    )


def _given_name_bearers(ctx: ArticleContext, written: str) -> list[Draft]:
    """The people of this article (known to the KB or titled) whose full name has this
    one word before its last word: "Anwar" of Anwar Ibrahim, "Hun" of Hun Manet."""
    words = norm(written).split()
    if len(words) != 1 or len(words[0]) < 3 or not words[0].isalpha():
        return []
    word = words[0]
    if word in _NAME_PARTICLES or word in _HONORIFICS:
        return []
    found = []
    for d in ctx.drafts.values():
        if d.kind != "person" or d.role != "party" or (d.person is None and d.title is None):
            continue
        if d.key.startswith("role:"):
            continue  # an office no name was given for: "Prime" of "the Prime Minister"
        names = [d.name, d.raw] if d.person is None else [d.person.name, *d.person.variants]
        if d.person is None:
            names = [ctx.text[s.start : s.end] for s in d.spans[:1]] or names
        if any(word in _name_words(n)[:-1] for n in names if n):
            found.append(d)
    return found


def _bears(draft: Draft, word: str) -> bool:
    """Whether a person's name (or a KB variant of it) has this word."""
    names = [draft.name, draft.raw]
    if draft.person is not None:
        names += [draft.person.name, *draft.person.variants]
    return any(norm(word) in _name_words(n) for n in names)


def _name_words(name: str) -> list[str]:
    """A name's words as names are compared ("Hun Manet", "Al-Sudani" -> "al", "sudani")."""
    return norm(name).replace("-", " ").split()


def _inside_state_name(ctx: ArticleContext, first: int, last: int) -> bool:
    """Whether the words first..last are part of a state's or a place's name of two or
    three words ("Costa" of "Costa Rica", "Leone" of "Sierra Leone")."""
    tokens = ctx.tokens
    for size in range(last - first + 1, 4):  # runs longer than the words themselves
        for start in range(max(0, last - size), first + 1):
            run = tokens[start : start + size]
            if len(run) < size or any(
                t.sentence != tokens[first].sentence or not t.text[:1].isupper() for t in run
            ):
                continue
            text = " ".join(t.text for t in run)
            if ctx.kb.state_by_name(text) or ctx.kb.state_by_place(text):
                return True
    return False


def _plausible(ctx: ArticleContext, person: Person) -> bool:
    """A bare surname means a KB person only if they held office around the article's date."""
    if ctx.day is None:
        return True
    return any(
        (o.start is None or o.start.year <= ctx.day.year + 1)
        and (o.end is None or o.end.year >= ctx.day.year - 1)
        for o in person.offices
    )


def relatives(ctx: ArticleContext) -> None:
    """A person with no state who shares a family name with a person of the article
    who has one is taken to be of that state: "first lady Jill Biden", "his wife
    Rachel Ruto"."""
    known: dict[str, set[str]] = {}
    for draft in ctx.drafts.values():
        if draft.kind == "person" and draft.country and draft.role == "party":
            for name in {draft.name, draft.raw}:
                known.setdefault(family_name(name), set()).add(draft.country)
    for draft in ctx.drafts.values():
        if draft.kind != "person" or draft.country or draft.person is not None:
            continue
        if len(norm(draft.name).split()) < 2:
            continue
        countries = known.get(family_name(draft.name), set())
        if len(countries) == 1:
            draft.country = next(iter(countries))
