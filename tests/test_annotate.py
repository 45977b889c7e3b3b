"""Annotation: paragraphs parsed apart, offsets into the article text, batches in order."""

from __future__ import annotations

import pytest

from dyad.annotate import Annotator, is_heading, unshout
from dyad.errors import DyadError
from dyad.models import Annotation, Article, Entity, Sentence, Token

TEXT = (
    "Talks in Astana\n\n"
    "Kazakh President Kassym-Jomart Tokayev met Chinese President Xi Jinping on Tuesday. "
    "They agreed to expand rail freight through Khorgos.\n\n"
    "Photo caption without a full stop\n\n"
    "Trade between the two countries grew by a third last year, officials said."
)


@pytest.fixture(scope="module")
def annotator() -> Annotator:
    return Annotator()


@pytest.fixture(scope="module")
def annotated(annotator) -> tuple[Article, Annotation]:
    article = Article(id="a_test", text=TEXT)
    return article, annotator.annotate(article)


def paragraphs(text: str) -> list[tuple[int, int]]:
    spans, start = [], 0
    for part in text.split("\n\n"):
        spans.append((start, start + len(part)))
        start += len(part) + 2
    return spans


def check_offsets(article: Article, ann: Annotation) -> None:
    text = article.text
    assert ann.article_id == article.id
    for n, tok in enumerate(ann.tokens):
        assert isinstance(tok, Token)
        assert tok.i == n
        assert text[tok.start : tok.end] == tok.text
        assert 0 <= tok.head < len(ann.tokens)
        assert ann.tokens[tok.head].sentence == tok.sentence, "a head stays in its sentence"
    assert [s.index for s in ann.sentences] == list(range(len(ann.sentences)))
    previous_end = 0
    for sent in ann.sentences:
        assert isinstance(sent, Sentence)
        assert previous_end <= sent.start < sent.end <= len(text)
        previous_end = sent.end
        tokens = ann.sentence_tokens(sent)
        assert tokens, sent
        assert tokens[0].start == sent.start
        assert all(t.sentence == sent.index for t in tokens)
        assert all(sent.start <= t.start and t.end <= sent.end for t in tokens)
    covered = [i for s in ann.sentences for i in range(s.first, s.last)]
    assert covered == list(range(len(ann.tokens))), "sentences tile the tokens"
    for ent in ann.entities:
        assert isinstance(ent, Entity)
        assert text[ent.start : ent.end] == ent.text
        assert ann.tokens[ent.first].start == ent.start
        assert ann.tokens[ent.last - 1].end == ent.end
        assert all(ann.tokens[i].ent == ent.label for i in range(ent.first, ent.last))


def test_offsets_point_into_the_article_text(annotated):
    check_offsets(*annotated)


def test_sentences_never_cross_paragraph_breaks(annotated):
    article, ann = annotated
    paras = paragraphs(article.text)
    for sent in ann.sentences:
        inside = [p for p in paras if p[0] <= sent.start and sent.end <= p[1]]
        assert len(inside) == 1, article.text[sent.start : sent.end]
        assert "\n\n" not in article.text[sent.start : sent.end]
    # every paragraph starts a sentence, even after a line without a full stop
    starts = {s.start for s in ann.sentences}
    assert all(p[0] in starts for p in paras)


def test_sentences_split_inside_a_paragraph(annotated):
    article, ann = annotated
    texts = [article.text[s.start : s.end].strip() for s in ann.sentences]
    assert "They agreed to expand rail freight through Khorgos." in texts


def test_entities_of_a_later_paragraph_have_article_offsets(annotated):
    article, ann = annotated
    people = [e for e in ann.entities if e.label == "PERSON"]
    assert "Xi Jinping" in [e.text for e in people]
    xi = next(e for e in people if e.text == "Xi Jinping")
    assert xi.start == article.text.index("Xi Jinping")
    assert [t.text for t in ann.tokens[xi.first : xi.last]] == ["Xi", "Jinping"]


def test_parse_is_kept(annotated):
    _, ann = annotated
    met = next(t for t in ann.tokens if t.text == "met")
    assert (met.pos, met.lemma) == ("VERB", "meet")
    assert any(t.dep == "nsubj" and t.head == met.i for t in ann.tokens)
    assert all(t.ent == "" for t in ann.tokens if t.text in ("met", "agreed"))


def test_empty_text_gives_an_empty_annotation(annotator):
    ann = annotator.annotate(Article(id="a_empty", text=""))
    assert (ann.article_id, ann.tokens, ann.sentences, ann.entities) == ("a_empty", (), (), ())


def test_annotate_many_keeps_order_over_batch_boundaries(annotator, monkeypatch):
    articles = [
        Article(id=f"a_{n}", text=f"Story {n}: Kenya and Chile met.\n\nThey signed {n} deals.")
        for n in range(5)
    ]
    articles.insert(2, Article(id="a_blank", text=""))
    articles.insert(4, Article(id="a_long", text="\n\n".join([TEXT] * 3)))
    single = {a.id: annotator.annotate(a) for a in articles}
    monkeypatch.setattr(annotator, "batch_size", 2)
    pairs = list(annotator.annotate_many(iter(articles)))
    assert [a.id for a, _ in pairs] == [a.id for a in articles]
    for article, ann in pairs:
        assert ann == single[article.id]
        check_offsets(article, ann)


def test_annotate_many_of_nothing_is_nothing(annotator):
    assert list(annotator.annotate_many([])) == []


def test_missing_pipeline_is_a_dyad_error():
    with pytest.raises(DyadError, match="no_such_pipeline_xyz"):
        Annotator("no_such_pipeline_xyz")


@pytest.mark.parametrize(
    ("text", "words"),
    [
        ("A U.S.-drafted resolution failed.", ["U.S.", "-", "drafted"]),
        ("The U.K.-based firm and the U.S. embassy.", ["U.K.", "-", "based"]),
        ("An Iran-backed militia.", ["Iran", "-", "backed"]),
    ],
    ids=["us-drafted", "uk-based", "iran-backed"],
)
def test_an_abbreviated_state_before_a_hyphen_is_a_token_of_its_own(annotator, text, words):
    tokens = [t.text for t in annotator.annotate(Article(id="a_h", text=text)).tokens]
    assert any(tokens[i : i + 3] == words for i in range(len(tokens))), tokens
    assert "U.S." in tokens or "U.S." not in text


@pytest.mark.parametrize(
    ("text", "form", "lemma"),
    [
        ("Moscow hopes for a deal.", "hopes", "hope"),
        ("The minister hoped the talks would resume.", "hoped", "hope"),
        ("Rebels staged an attack on the base.", "staged", "stage"),
        ("The junta waged a campaign against the rebels.", "waged", "wage"),
        ("The envoy lambasted the decision.", "lambasted", "lambaste"),
        ("Kenya received 50,000 doses on Monday.", "doses", "dose"),
        ("The two sides signed three memoranda.", "memoranda", "memorandum"),
    ],
)
def test_forms_the_model_lemmatises_wrongly_get_their_lemma(annotator, text, form, lemma):
    ann = annotator.annotate(Article(id="a_lemma", text=text))
    assert next(t.lemma for t in ann.tokens if t.text == form) == lemma


def test_a_true_lemma_of_the_same_letters_is_kept(annotator):
    ann = annotator.annotate(Article(id="a_hop", text="The birds hop across the lawn."))
    assert next(t.lemma for t in ann.tokens if t.text == "hop") == "hop"


def test_an_entity_ends_before_its_possessive_mark(annotator):
    """The tagger often takes "'s" into a place name ("South Africa's"); the entity is the
    name alone, so the gazetteer can read it."""
    article = Article(id="a_poss", text="Washington expelled South Africa's ambassador.")
    ann = annotator.annotate(article)
    names = [e.text for e in ann.entities]
    assert all(not name.endswith("'s") for name in names), names
    check_offsets(article, ann)


def test_a_short_line_without_a_closing_stop_is_a_heading():
    text = "In brief\nKENYA-UGANDA\nThe two presidents met.\nA line that ends with a colon:\n"
    heading, sentence, colon = (
        Sentence(1, 9, 21, 1, 2),
        Sentence(2, 22, 45, 2, 3),
        Sentence(3, 46, 76, 3, 4),
    )
    assert is_heading(text, heading)
    assert not is_heading(text, sentence)
    assert not is_heading(text, colon)


@pytest.mark.parametrize(
    "text",
    [
        "The Senegalese minister invited Hon. Ablakwa to Dakar for the next session.",
        "The minister met Amb. Yusuf Tuggar in Abuja on Monday.",
        "He thanked my brother PM Abiy Ahmed for the warm welcome.",
        "Prime Minister Hon. Hu'akavameiliku Siaosi Sovaleni thanked Australia for its help.",
    ],
)
def test_a_name_after_a_title_before_names_starts_no_sentence(annotator, text):
    ann = annotator.annotate(Article(id="a_t", text=text))
    assert len(ann.sentences) == 1, [text[s.start : s.end] for s in ann.sentences]
    # a near miss: a full stop after an ordinary word still ends its sentence
    two = annotator.annotate(Article(id="a_u", text="The talks ended. Ablakwa left for Dakar."))
    assert len(two.sentences) == 2


def test_a_shouted_paragraph_is_cased_as_prose_for_the_parser(annotator):
    text = "ALGERIA RECALLED ITS AMBASSADOR TO MALI ON THURSDAY, THE UN SAID."
    assert unshout(text) == "Algeria recalled its ambassador to Mali on Thursday, the UN said."
    ann = annotator.annotate(Article(id="a_s", text=text))
    # the text is quoted as written; the parse is that of the cased words
    assert [t.text for t in ann.tokens[:3]] == ["Algeria", "recalled", "its"]
    assert text[ann.tokens[0].start : ann.tokens[0].end] == "ALGERIA"
    algeria, recalled = ann.tokens[0], ann.tokens[1]
    assert (algeria.dep, algeria.head, recalled.pos) == ("nsubj", recalled.i, "VERB")
    assert [(e.label, e.text) for e in ann.entities][:1] == [("GPE", "Algeria")]


@pytest.mark.parametrize(
    "text",
    [
        "Algeria recalled its ambassador to Mali on Thursday, the UN said.",
        "UN AND EU",  # too few letters to be a shouted paragraph
        "The UN, NATO, the EU, ECOWAS and the AU met in Addis Ababa.",
    ],
)
def test_prose_and_short_capitals_are_left_as_written(text):
    assert unshout(text) == text
