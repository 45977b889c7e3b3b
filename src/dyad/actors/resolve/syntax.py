"""Reading the dependency parse: which token heads a phrase and what a token hangs from.

Plain functions over an article's tokens (a token's ``head`` is an article index), shared
by the rules that ask whether a name is a participant of its clause, a modifier of the
noun after it, or one of a row of conjuncts.
"""

from __future__ import annotations

from collections.abc import Sequence

from ...models import Token


def span_root(tokens: Sequence[Token], first: int, last: int) -> Token:
    """The token of [first, last) whose head lies outside the span: "Bank" in "the Bank
    of Japan"."""
    for k in range(first, last):
        head = tokens[k].head
        if head == k or not first <= head < last:
            return tokens[k]
    return tokens[last - 1]


def first_conjunct(tokens: Sequence[Token], tok: Token) -> Token:
    """The first of a row of conjuncts ("a, b and c" -> a)."""
    while tok.dep == "conj" and tok.head != tok.i:
        tok = tokens[tok.head]
    return tok


def descends(tokens: Sequence[Token], tok: Token, ancestor: int) -> bool:
    """Whether ``tok`` lies under token ``ancestor`` (within three steps)."""
    for _ in range(3):
        if tok.head == ancestor:
            return True
        if tok.head == tok.i:
            return False
        tok = tokens[tok.head]
    return False


def acts(tokens: Sequence[Token], tok: Token) -> bool:
    """Whether a phrase's head is a participant of its clause: subject, object, agent."""
    tok = first_conjunct(tokens, tok)
    if tok.dep in ("nsubj", "nsubjpass", "dobj", "dative"):
        return True
    if tok.dep == "pobj" and tok.head != tok.i:
        prep = tokens[tok.head]
        return prep.text.lower() in ("with", "by", "against", "between", "from")
    return False


def modifies_next(tokens: Sequence[Token], end: int, last: int) -> bool:
    """Whether the phrase ending before token ``end`` modifies the noun at ``end``."""
    if end >= last:
        return False
    before, after = tokens[end - 1], tokens[end]
    if after.text == "-" and after.start == before.end:
        return True  # "Mali's military-led government"
    return (
        after.pos == "NOUN"
        and after.text.islower()
        and before.head == after.i
        and before.dep in ("amod", "compound", "nmod")
    )
