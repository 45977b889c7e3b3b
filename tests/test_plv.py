"""The PLV benchmark's diagnostic of dropped triggers (benchmarks/plv.py): it must name
the step of the extractor that dropped a trigger, read from the extractor's own methods.
Sentences of our own; the PLV data itself is not needed."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "benchmarks"))
from plv import dropped_where

from dyad.actors.resolve import Resolver
from dyad.annotate import Annotator
from dyad.events.extract import Extractor, _ArticleExtractor
from dyad.models import Article


@pytest.fixture(scope="module")
def where():
    annotator, resolver, extractor = Annotator(), Resolver(), Extractor()

    def _where(text: str, lemma: str, event_type: str) -> str:
        article = Article(id="t", text=text)
        annotation = annotator.annotate(article)
        x = _ArticleExtractor(extractor, article, annotation, resolver(article, annotation))
        kept = x.run()
        [(tok, rule)] = [
            (t, rule)
            for t in x.tokens
            if t.lemma.lower() == lemma
            for rule in x.lex.matching(x.tokens, t.i, x.children)
            if rule.type == event_type
        ]
        return dropped_where(x, tok, rule, kept)

    return _where


@pytest.mark.parametrize(
    ("text", "lemma", "event_type", "expected"),
    [
        ("The Czech prime minister agreed on Monday to resign.", "agree", "AGREE",
         "participants: one party, no recipient"),
        ("The attack was condemned.", "condemn", "ACCUSE", "participants: none"),
        ("Turkey has repeatedly refused talks with Armenia.", "refuse", "REJECT",
         "event: habitual"),
        ("Turkey has repeatedly refused talks with Armenia.", "talk", "CONSULT",
         "told by its verb"),
        ("Peter Novak, an analyst at the Prague Institute, said Russia had agreed to withdraw "
         "its troops from Moldova.", "agree", "AGREE", "event: said by a commentator"),
    ],
)  # fmt: skip
def test_a_dropped_trigger_is_reported_with_the_step_that_dropped_it(
    where, text, lemma, event_type, expected
):
    assert where(text, lemma, event_type) == expected
