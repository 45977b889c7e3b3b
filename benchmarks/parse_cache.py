"""Parses kept on disk for the error-listing benchmarks.

The event extractor and the actor resolution are what those scripts measure; spaCy's
parse of a fixed set of articles does not change when they do, so ``parsed`` stores the
parses in benchmarks/out/ (git-ignored) and reuses them while the articles, dyad's
version and the annotator's code (its tokenizer rules) stay the same. Resolution is
re-run every time (it is about 5% of the parse), so a change to the resolver's code or
knowledge shows at once.
"""

from __future__ import annotations

import hashlib
import pickle
from pathlib import Path

from dyad import __version__, annotate, evaluate
from dyad.models import Annotation, Article, Resolution
from dyad.settings import Settings

OUT = Path(__file__).resolve().parent / "out"


def _fingerprint(articles: dict[str, Article]) -> str:
    digest = hashlib.sha256(__version__.encode())
    digest.update(Path(annotate.__file__).read_bytes())  # a tokenizer change parses anew
    for key in sorted(articles):
        # the dateline too: the annotator leaves it out of the text it parses
        digest.update(f"{key}\0{articles[key].id}\0{articles[key].dateline}\0".encode())
    return digest.hexdigest()


def gold_articles(path: Path, settings: Settings) -> tuple[list[dict], dict[str, Article]]:
    """A gold file's lines and every article of its corpus (``../corpus`` beside the gold
    folder), distractors included, by the sources gold files name them."""
    gold = evaluate.load_gold(path)
    corpus = path.parent.parent / "corpus"
    sources = {g["source"] for g in gold} | evaluate.all_sources(corpus, settings)
    return gold, evaluate.load_sources(sources, corpus, settings)


def parsed(
    articles: dict[str, Article], name: str, use_cache: bool = True
) -> dict[str, tuple[Annotation, Resolution]]:
    """Each article's parse, by key, from ``benchmarks/out/<name>.pickle`` when it was
    made from the same articles, and its resolution by the current resolver."""
    from dyad.actors.resolve import Resolver

    path = OUT / f"{name}.annotations.pickle"
    fingerprint = _fingerprint(articles)
    annotations: dict[str, Annotation] | None = None
    if use_cache and path.is_file():
        stored, cached = pickle.loads(path.read_bytes())
        if stored == fingerprint:
            annotations = cached
    if annotations is None:
        from dyad.annotate import Annotator

        order = sorted(articles)
        annotated = Annotator().annotate_many(articles[k] for k in order)
        annotations = {key: ann for key, (_, ann) in zip(order, annotated, strict=True)}
        if use_cache:
            OUT.mkdir(parents=True, exist_ok=True)
            path.write_bytes(pickle.dumps((fingerprint, annotations)))
    resolver = Resolver()
    return {key: (annotations[key], resolver(articles[key], annotations[key])) for key in articles}
