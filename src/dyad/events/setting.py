"""When and where an event happened: the day from the sentence, the story's lead or
its publication, the location and mode of a meeting, and the contexts. A mixin of
``extract._ArticleExtractor``."""

from __future__ import annotations

import re
from dataclasses import replace
from datetime import date, timedelta

from ..annotate import alone_on_line
from ..models import (
    Token,
)
from .blocs import _count
from .common import (
    _ARRIVING,
    _DAYS_APART,
    _EVENT_NOUNS,
    _FEARED,
    _GENERIC_ACTS,
    _HISTORY_DAYS,
    _LEAD_SENTENCES,
    _LONG_APART,
    _MEETINGS,
    _NUMBERS,
    _PUNDITS,
    _REPORTED_ON,
    _SAME_DAY,
    _SPEECH,
    _THAT_CONTACT,
    _TIME_SPANS,
    _TIMETABLE,
    _UNCOUNTED_APART,
    _Found,
    _shifted,
    _within,
)
from .dates import WEEKDAYS, When, find_dates
from .lexicon import Trigger, gap_verb

# Meetings a deed can take place at ("agreed in Saturday's talks").
_OCCASIONS = _MEETINGS | {"visit", "session"}
# Prepositions whose gerund tells when the act was done ("after meeting X on Monday"), so
# its date is the act's time too (participants' _TIME_PREPS: whose gerund takes the main
# clause's subject).
_DATING_PREPS = frozenset("after before since while during upon on when until".split())
_EVENING = re.compile(r"\s*(evening|night)\b", re.IGNORECASE)  # "on Wednesday evening"
# "the next day Rabat said ...", "a day later": the day after the one written before
_FUTURE_AUX = frozenset({"will", "'ll", "shall"})  # not "would": a told plan, not a timetable
_TIME_MARKS = frozenset({"when", "once", "whenever", "while"})
_PRESENT = frozenset({"VBZ", "VBP"})  # "rejects", "urge": said as it is written
# moving on to a place, not meeting there: "will fly on to Lima, where she will meet ..."
_ONWARD = frozenset({"travel", "fly", "head", "go", "continue", "proceed", "move", "leave"})
_CLAUSE_BREAK = re.compile(r"[,;]|\band\b")
# Words that put a coming date as the day a measure starts: "from", "starting", "effective".
_STARTING = re.compile(
    r"\b(?:from|starting|effective|as of|beginning)\s+(?:midnight\s+)?(?:on\s+)?$", re.I
)
_NEXT_DAY = re.compile(r"\b(?:the (?:next|following) (?:day|morning|evening)|a day later)\b", re.I)
_WEEKDAY_NAMES = frozenset(WEEKDAYS)
_BY_DAY = re.compile(r"\bby\s+$", re.IGNORECASE)  # "by Sunday morning the lorries ran"
_LATE = re.compile(r"\blate\s+(on\s+)?$", re.IGNORECASE)  # "late on Wednesday"
# "X, speaking in Hanoi late on Thursday, said ...": the adjunct is the saying itself
_SPEAKING = frozenset({"speak", "talk", "address", "write"})


def _next_month(day: date) -> date:
    """The first of the month after ``day``'s."""
    return (day.replace(day=28) + timedelta(days=4)).replace(day=1)


def _speaking(tok: Token) -> bool:
    """ "X, speaking in Hanoi late on Thursday, said ...": an adjunct that is the saying
    itself, whose date is the statement's."""
    return tok.tag == "VBG" and tok.dep in ("advcl", "acl") and tok.lemma.lower() in _SPEAKING


# Spans an "ago" counts back that put a deed before the week the story tells.
_AGO_UNITS = frozenset({"week", "month", "year", "decade", "century"})
# A month's opening days ("at the beginning of May", "early May").
_MONTH_START = re.compile(r"(?:(?:at\s+)?the\s+(?:beginning|start)\s+of|early)\s", re.I)
_SEASONS = frozenset({"spring", "summer", "autumn", "fall", "winter"})
# The days before the story that count as its week (docs/gold.md: the preceding seven).
_WEEK_DAYS = 7


# A ticker's or live page's item opening with the time it was posted: "14:05 — ...".
_CLOCK_ITEM = re.compile(
    r"[ \t]*\d{1,2}[:.]\d{2}\s*(?:[ap]\.?m\.?)?\s*(?:[A-Z]{2,5}\s*)?[-\u2013\u2014]+\s"
)


class _Setting:
    """Dates, places, modes and contexts: methods of ``_ArticleExtractor``."""

    # ---- dates ---------------------------------------------------------------------------

    def _story_date(self) -> When | None:
        """The date the story's lead gives its news ("said on Monday"), if any. The lead
        sentence starts after the dateline (annotate.py leaves it out), so the dateline's
        own date ("BEIJING, Dec. 15") is not taken for the news."""
        for lead in self.ann.sentences[:_LEAD_SENTENCES]:  # a title line may come first
            text = self.article.text[lead.start : lead.end]
            for when in self._sentence_dates(lead):
                if _BY_DAY.search(text[: when.start]) or self._start_of_measure(lead, when):
                    continue  # "By Monday there were four": a state reached, not the news
                owned = self._possessed(lead, when)
                if owned is not None and not (
                    owned.dep in ("nsubj", "nsubjpass") or self._occasion(owned)
                ):
                    continue  # "rejected the result of Sunday's vote": the vote's day
                if when.precision in ("day", "week"):
                    return when
        return None

    def _day_headings(self) -> dict[int, When]:
        """The lines that are a weekday and nothing else ("MONDAY", "Wednesday, 23
        September"), by sentence, in a story with two or more of them: a roundup or a
        diary whose items each day's heading dates. One such line alone may be the
        story's own date line."""
        found: dict[int, When] = {}
        for sentence in self.ann.sentences:
            if not alone_on_line(self.article.text, sentence):
                continue
            text = self.article.text[sentence.start : sentence.end]
            days = self._sentence_dates(sentence)
            if (
                len(days) == 1
                and days[0].precision == "day"
                and not days[0].future
                and _WEEKDAY_NAMES & set(re.findall(r"[a-z]+", days[0].text.lower()))
                and not re.search(r"[^\W\d_]", text[: days[0].start] + text[days[0].end :])
            ):
                found[sentence.index] = days[0]
        return found if len({w.day for w in found.values()}) >= 2 else {}

    def _heading_day(self, sentence) -> When | None:
        """The day of the nearest weekday heading above the sentence, if the story has
        such headings."""
        above = [i for i in self.day_headings if i < sentence.index]
        return self.day_headings[max(above)] if above else None

    def _occasion(self, noun: Token) -> bool:
        """Whether a noun is a meeting a deed took place at ("agreed in Saturday's talks",
        "signed during Monday's summit"), not what the deed answers ("after ...")."""
        words = {noun.lemma.lower(), noun.text.lower()}
        if noun.dep != "pobj" or noun.head == noun.i or not words & _OCCASIONS:
            return False
        prep = self.tokens[noun.head]
        if prep.text.lower() == "after":  # "After Friday's talks, X told reporters ...": that
            # day, right after (not "a week after Monday's talks": a span on from it)
            return self.tokens[prep.head].pos in ("VERB", "AUX") and all(
                self.tokens[c].dep == "pobj" for c in self.children[prep.i]
            )
        return prep.text.lower() in ("in", "at", "during")

    def _possessed(self, sentence, when: When) -> Token | None:
        """The noun a possessive date belongs to ("Sunday's election", "last week's
        summit"): that thing's day, not the day of the clause around it."""
        end = sentence.start + when.end
        if self.article.text[end : end + 2] not in ("'s", "\u2019s"):
            return None
        at = next((t for t in self.tokens if t.start <= end - 1 < t.end), None)
        if at is None or at.head == at.i:
            return None
        noun = self.tokens[at.head]
        return noun if noun.pos in ("NOUN", "PROPN") else None

    def _sentence_dates(self, sentence) -> list[When]:
        """The dates a sentence writes, offsets from the sentence's start; not the date of
        a dateline it opens with."""
        text = self.article.text[sentence.start : sentence.end]
        skip = self.dateline_end.get(sentence.index, sentence.start) - sentence.start
        reference = self._posted_on(sentence) or self.written
        return [w for w in find_dates(text, reference) if w.start >= skip]

    def _since_first(self, sentence, when: When, verb: Token) -> bool:
        """ "their first phone call since May", "the first visit since 2019": the date of
        the last such contact, which the "since" phrase on a "first" noun counts from; so
        is a date inside a "since" clause ("since it won independence in 1991") for an act
        not told in the perfect. Never the day of this one ("held since 2019", "has
        cooperated since 2016" still date what is background)."""
        end = self.token_ending.get(sentence.start + when.end)
        if end is None:
            return False
        since = self.tokens[end]
        while since.text.lower() != "since":
            if any(  # "their sixth round of talks since the process began in 2022": the
                self.tokens[c].dep == "mark" and self.tokens[c].text.lower() == "since"
                for c in self.children[since.i]
            ):  # start of the count, never the day of the act told (but "have held talks
                # since ties were restored in 1995" still dates a standing practice)
                return not self._in_perfect(verb)
            if since.head == since.i:
                break
            since = self.tokens[since.head]
        if since.text.lower() != "since" or since.head == since.i:
            return False
        noun = self.tokens[since.head]
        return noun.pos == "NOUN" and any(
            self.tokens[c].dep == "amod" and self.tokens[c].lemma.lower() == "first"
            for c in self.children[noun.i]
        )

    def _in_perfect(self, verb: Token) -> bool:
        """Whether a verb is told in the perfect ("have held", "had met")."""
        return any(
            self.tokens[c].dep == "aux" and self.tokens[c].lemma.lower() == "have"
            for c in self.children[verb.i]
        )

    def _date(self, tok: Token, sentence, planned: bool = False) -> tuple[When | None, str | None]:
        when, basis = self._written_date(tok, sentence, planned)
        if when is None or when.precision != "day":
            return when, basis
        # "broke off ties on Tuesday, and the next day Rabat said it rejected ...": a day on
        # from the day written before the words, for the clause they date
        text = self.article.text[sentence.start : sentence.end]
        for m in _NEXT_DAY.finditer(text):
            word = self.token_ending.get(sentence.start + m.end())
            if word is None or (basis == "sentence" and when.start > m.start()):
                continue
            if basis == "sentence" and self._dates_verb(
                sentence.start + when.start, self._clause_head(tok)
            ):
                continue  # "met on Monday, and the next day X said ...": the meeting's own day
            if tok.i in self._subtree(self._clause_head(self.tokens[word]).i):
                return replace(when, day=when.day + timedelta(days=1)), basis
        return when, basis

    def _start_of_measure(self, sentence, when: When) -> bool:
        """Whether ``when`` is a coming day a measure starts on ("from August 1", "starting
        next month", "effective June 3"): after the day the article was written."""
        if self.written is None:
            return False
        before = self.article.text[sentence.start : sentence.start + when.start]
        if _STARTING.search(before) is None:
            return False
        # "will lift the duties from Saturday": a bare weekday is read as the last one
        # passed, but a measure starting on it starts on the next
        return when.day > self.written or (
            when.precision == "day" and when.text.lower().split()[-1] in _WEEKDAY_NAMES
        )  # (the entity may hold the hour: "from midnight on Friday")

    def _joined_day(self, verb: Token, sentence, clause_start: int) -> When | None:
        """ "Ruto spoke by phone with Samia on Wednesday evening, and the two leaders agreed
        to ...": a verb joined by "and" to one of the same past tense that its sentence
        dates, with no day of its own, was done that day (the story's day would be wrong);
        not a clause shifted from it ("a day after the two leaders agreed")."""
        if verb.dep != "conj" or verb.tag != "VBD" or self._clause_shift(verb, clause_start):
            return None
        head = self.tokens[verb.head]
        if head.tag != "VBD" or head.pos != "VERB":
            return None
        days = [
            w
            for w in self._sentence_dates(sentence)
            if w.precision == "day"
            and not self._is_history(w)
            and self._dates_verb(sentence.start + w.start, head)
        ]
        return days[0] if len(days) == 1 else None

    def _written_date(
        self, tok: Token, sentence, planned: bool = False
    ) -> tuple[When | None, str | None]:
        text = self.article.text[sentence.start : sentence.end]
        gap = gap_verb(self.tokens, self.children, tok.i) if tok.pos == "NOUN" else None
        # "the accord its president reached on Dec. 11": the clause that tells the deed
        verb = self._clause_head(tok) if gap is None else self.tokens[gap]
        # "ordered them out after they rejected Sunday's vote": the vote's day, unless the
        # deed is that thing ("Monday's strikes") or what it does ("Monday's talks produced")
        found = [
            w
            for w in self._sentence_dates(sentence)
            if not self._since_first(sentence, w, verb)
            and (
                (owned := self._possessed(sentence, w)) is None
                or owned.i in (tok.i, verb.i)
                or (owned.dep in ("nsubj", "nsubjpass") and owned.head in (tok.i, verb.i))
                or self._occasion(owned)
            )
        ]
        # "announced a 50% tariff on X's goods from August 1", "sanctions effective as of
        # June 3": the day a measure starts, still to come, is not the day it was announced
        found = [w for w in found if not self._start_of_measure(sentence, w)]
        found = [w for w in found if not self._other_deed_date(sentence, w, (tok.i, verb.i))]
        clause_start = self.tokens[min(self._subtree(verb.i))].start
        if verb.lemma.lower() != "report" and verb.tag in ("VBD", "VBN"):
            # "KCNA reported on Thursday that Kim pledged ...": the day of the report, not
            # of the deed it tells
            found = [w for w in found if not self._report_day(sentence, w)]
        found = [w for w in found if not self._beyond_own_clause(sentence.start + w.start, verb)]
        if found:
            # "stormed and set fire to the office on Wednesday": a date on a conjoined verb
            # of the same tense dates both
            partners = [verb] + [
                self.tokens[c]
                for c in self.children[verb.i]
                if self.tokens[c].dep == "conj" and self.tokens[c].tag == verb.tag == "VBD"
            ]
            inside = [
                w
                for w in found
                if any(self._dates_verb(sentence.start + w.start, v) for v in partners)
            ]
            if inside:  # a planned act's own date, told after it, is the next such day
                first = inside[0]  # ("will visit in May"; not "said on Monday it will ...")
                ahead = planned and sentence.start + first.start > tok.start
                return (self._coming(first) if ahead else first), "sentence"
            host = self.tokens[verb.head]
            if verb.dep == "advcl" and verb.tag == "VBG" and host.lemma.lower() in _SPEECH:
                # "X will shut the port from Monday, the ministry said on Sunday, blaming
                # Y for ...": an "-ing" adjunct of the speech is said when it is
                hosted = [w for w in found if self._dates_verb(sentence.start + w.start, host)]
                if hosted:
                    return hosted[0], "sentence"
            # not the date of the act agreed to or asked for ("agreed to meet next year")
            clauses = self._clause_spans(verb)
            found = [w for w in found if not _within(sentence.start + w.start, clauses)]
            # "ordered five diplomats to leave, retaliating against Warsaw's decision on
            # Thursday": the date of what the participle clause answers, not of the act
            adjuncts = self._participle_spans(tok, sentence)
            found = [w for w in found if not _within(sentence.start + w.start, adjuncts)]
            embedded = self._embedded_spans(verb)
            if verb.dep == "conj":  # "urged X to act at next month's summit and called on
                partner = self.tokens[verb.head]  # Y to ...": not the other verb's plan
                embedded += [
                    s for s in self._embedded_spans(partner) if not s[0] <= tok.start < s[1]
                ]
            # (not a date in a verb joined by "and": "thanked X, and said it would do Y, as
            # it did in May" tells May's deed, not the thanking's)
            joined = [
                self._subtree_span(c)
                for c in self.children[verb.i]
                if self.tokens[c].dep == "conj" and self.tokens[c].pos == "VERB"
            ]
            past = [
                w
                for w in found
                if self._is_history(w) and not _within(sentence.start + w.start, joined)
            ]
            found = [w for w in found if not _within(sentence.start + w.start, embedded)]
            if not found and past:  # "agreed to seek X in their call last month": what
                return past[0], "sentence"  # is to come is not done last month, the agreeing is
        if found:
            shift = self._clause_shift(verb, clause_start) or self._reporting_shift(verb)
            return _shifted(found[0], shift), "sentence"
        joined_to = self._joined_day(verb, sentence, clause_start)
        if joined_to is not None:
            return joined_to, "sentence"
        same = _SAME_DAY.search(text)
        if same:  # "the same night": the day the sentences before write, or the sentence
            # itself before the words ("Kuwait followed on Saturday, and Qatar said the same
            # day ...": the date of the other clause, which the deed's own left out)
            here = [
                w
                for w in self._sentence_dates(sentence)
                if w.precision == "day" and w.end <= same.start()
            ]
            if here:
                return here[-1], "sentence"
            for before in reversed(self.ann.sentences[max(0, sentence.index - 3) : sentence.index]):
                days = [w for w in self._sentence_dates(before) if w.precision == "day"]
                if days:
                    return days[-1], "sentence"
        if _THAT_CONTACT.search(text):  # "during that call": the call told before
            earlier = [w for i, t, w in self.dated if i < sentence.index and t == "CONSULT"]
            if earlier:
                return earlier[-1], "sentence"
        # "came a day after the minister announced that X had deposited ...": the shift of
        # the clause that reports the act
        shift = self._clause_shift(verb, clause_start) or self._reporting_shift(verb)
        posted = self._posted_on(sentence)
        if posted is not None:  # a quoted post tells its news of the day it was posted
            return _shifted(When(posted, "day", "", 0, 0), shift), "article"
        before = self._paragraph_day(sentence) or self._also_day(verb, sentence)
        if before is not None:  # "On Saturday, X condemned the raid. Y said ..."
            return _shifted(before, shift), "article"
        heading = self._heading_day(sentence)
        if heading is not None:  # "WEDNESDAY" over a roundup's item: the item's day
            return _shifted(heading, shift), "article"
        if self.written is not None and sentence.index in self.turns and verb.tag in _PRESENT:
            # "LIN JIAN: We reject ...": a turn's stance is taken the day it is spoken
            return When(self.written, "day", "", 0, 0), "published"
        if self.written is not None and sentence.index in self.clock_items:
            # "14:05 — X summoned Y's ambassador": a ticker's item of the day it is posted
            return _shifted(When(self.written, "day", "", 0, 0), shift), "published"
        if self.story_date is not None:
            return _shifted(self.story_date, shift), "article"
        if self.written is not None:
            return When(self.written, "day", "", 0, 0), "published"
        return None, None

    def _clock_items(self) -> frozenset[int]:
        """The sentences of lines that open with a time of day and a dash (a ticker's or
        live page's items: "14:05 — ...", "9.30am GMT - ...")."""
        return frozenset(
            s.index
            for s in self.ann.sentences
            if _CLOCK_ITEM.match(self.article.text, self._line_start(s.start)) is not None
        )

    def _line_start(self, offset: int) -> int:
        """Where the line holding text offset ``offset`` begins."""
        return self.article.text.rfind("\n", 0, offset) + 1

    def _talks_day(self, when: When, sentence) -> When:
        """ "landed in Beijing on Wednesday evening for a state visit", in a story whose lead
        tells the talks on Thursday: a visit is dated by its talks (one line per meeting), and
        a leader arriving in the evening meets the host the day after, so the lead's day
        stands when it is the next one."""
        if when.precision != "day" or self.story_date is None:
            return when
        text = self.article.text[sentence.start : sentence.end]
        if not (_EVENING.match(text[when.end :]) or _LATE.search(text[: when.start])):
            return when
        arrivals = [
            t
            for t in self.tokens[sentence.first : sentence.last]
            if t.pos == "VERB" and t.lemma.lower() in _ARRIVING
        ]
        if not any(self._dates_verb(sentence.start + when.start, v) for v in arrivals):
            return when  # "met on Wednesday evening": the meeting's own day
        next_day = when.day + timedelta(days=1)
        return replace(when, day=next_day) if self.story_date.day == next_day else when

    def _paragraph_day(self, sentence) -> When | None:
        """The day the sentence before, in the same paragraph, gives its news."""
        if sentence.index == 0:
            return None
        previous = self.ann.sentences[sentence.index - 1]
        if "\n" in self.article.text[previous.end : sentence.start]:
            return None
        days = [
            w
            for w in self._sentence_dates(previous)
            if w.precision == "day"
            and not self._report_day(previous, w)
            and not self._start_of_measure(previous, w)
        ]
        if not days:
            return self._next_day_after(previous)
        if self._is_history(days[0]):
            return None
        # "landed late on Tuesday. At the palace she told Tsai ...": what follows an evening
        # arrival is done at the visit's talks, on the lead's next day
        return self._talks_day(days[0], previous)

    def _next_day_after(self, previous) -> When | None:
        """ "Lula landed on Thursday. A day later, Lula and Xi held talks. They also ...":
        a sentence before that writes no day but "a day later" tells the day after the one
        its own paragraph gives."""
        text = self.article.text[previous.start : previous.end]
        if not _NEXT_DAY.search(text):
            return None
        before = self._paragraph_day(previous)
        return None if before is None else replace(before, day=before.day + timedelta(days=1))

    def _also_day(self, verb: Token, sentence) -> When | None:
        """ "On Monday Macron said the envoy would stay. [...] Macron also said France backed
        the bloc": what the doer of the sentence just before "also" does or says, with no
        day of its own, is told of the same occasion, on the day that sentence gives it."""
        if sentence.index == 0:
            return None
        said = self._speech_verb(verb)
        told = next((v for v in (verb, said) if v is not None and self._also(v)), None)
        if told is None:
            return None
        doers = {a.key for a in self._subject_actors(self._subject(told))}
        previous = self.ann.sentences[sentence.index - 1]
        for when in self._sentence_dates(previous):
            if when.precision != "day" or self._report_day(previous, when):
                continue
            offset = previous.start + when.start
            for tok in self.tokens[previous.first : previous.last]:
                if tok.pos not in ("VERB", "AUX") or not self._dates_verb(offset, tok):
                    continue
                if doers & {a.key for a in self._subject_actors(self._subject(tok))}:
                    return None if self._is_history(when) else when
        return None

    def _also(self, verb: Token) -> bool:
        return any(
            self.tokens[c].text.lower() == "also" and self.tokens[c].dep == "advmod"
            for c in self.children[verb.i]
        )

    def _report_day(self, sentence, when: When) -> bool:
        """A day that dates a news report ("the agency reported on Thursday that ..."): the
        day it was told, which the deeds it tells need not share."""
        before = self.article.text[sentence.start : sentence.start + when.start]
        return _REPORTED_ON.search(before) is not None

    def _embedded_spans(self, verb: Token) -> list[tuple[int, int]]:
        """Character spans of the clauses a verb governs as its complement ("agreed [to
        meet next year]") or joins to itself ("appreciated X [and proposed ...]")."""
        spans = []
        for c in self.children[verb.i]:
            child = self.tokens[c]
            if (
                child.dep in ("xcomp", "ccomp")
                or self._infinitive(child)
                or (child.dep == "conj" and child.pos == "VERB")  # "... and agreed to
            ):  # meet again in 2023": the date of another clause
                inside = self._subtree(c)
                spans.append((self.tokens[min(inside)].start, self.tokens[max(inside)].end))
        return spans

    def _participle_spans(self, tok: Token, sentence) -> list[tuple[int, int]]:
        """Character spans of the sentence's "-ing" adjunct clauses and relative clauses
        that do not hold the trigger ("..., retaliating against X's decision on Thursday",
        "Mali and Niger, which formed a confederation last year, recalled ..."): their
        dates are of what they name."""
        spans = []
        for child in self.tokens[sentence.first : sentence.last]:
            if _speaking(child):
                continue  # its date is the statement's ("speaking on Thursday, X said")
            if (child.dep == "advcl" and child.tag == "VBG") or child.dep == "relcl":
                inside = self._subtree(child.i)
                if tok.i not in inside:
                    spans.append((self.tokens[min(inside)].start, self.tokens[max(inside)].end))
        return spans

    def _clause_spans(self, verb: Token) -> list[tuple[int, int]]:
        """Character spans of the relative and participle clauses inside a verb's clause:
        "met in the Astana format, [which the three countries launched in 2017]", and of
        the gerund a preposition other than one of time takes: "praised X's role [in
        leading the bloc last year]" ("after meeting Y on Monday" dates the act after)."""
        spans = []
        for i in self._subtree(verb.i):
            tok = self.tokens[i]
            if i == verb.i or _speaking(tok):
                continue
            if tok.dep in ("relcl", "acl") or (
                tok.dep == "pcomp"
                and tok.tag == "VBG"
                and self.tokens[tok.head].text.lower() not in _DATING_PREPS
            ):
                spans.append(self._subtree_span(i))
        return spans

    def _clause_head(self, tok: Token) -> Token:
        head = tok
        while head.pos not in ("VERB", "AUX") and head.head != head.i:
            head = self.tokens[head.head]
        return head

    def _other_deed_date(self, sentence, when: When, own: tuple[int, ...]) -> bool:
        """ "in response to the expulsion on Tuesday of three diplomats": the day hung on
        another deed's noun is that deed's (a meeting's day is not: "agreed at talks on
        Saturday" dates the agreeing)."""
        end = self.token_ending.get(sentence.start + when.end)
        at = self.tokens[end] if end is not None else None
        for _ in range(3):
            if at is None or at.head == at.i or at.head in own:
                return False
            parent = self.tokens[at.head]
            if parent.pos == "NOUN" and parent.dep == "pobj":
                # (not "Warsaw's decision on Thursday to expel ...": a word for any act
                # frames the deed itself)
                word = parent.lemma.lower()
                types = () if word in _GENERIC_ACTS else _EVENT_NOUNS.get(word, ())
                return bool(types) and "CONSULT" not in types
            if parent.dep != "prep" and parent.pos != "ADP":
                return False
            at = parent
        return False

    def _beyond_own_clause(self, offset: int, verb: Token) -> bool:
        """ "Xi spoke to Trump on Friday, and Ushakov said Putin and Xi had discussed it":
        the date of a clause the deed's clause is joined to by "and" with a subject of its
        own is that clause's, not the deed's (their link is "and", not "said"). A date put
        before both ("On Tuesday, X held talks, and the two sides agreed ...") dates both."""
        up, independent = verb, False
        for _ in range(8):
            if up.head == up.i:
                return False
            if up.dep == "conj" and any(
                self.tokens[c].dep in ("nsubj", "nsubjpass") for c in self.children[up.i]
            ):
                independent = True
            if independent and up.dep == "ccomp" and self.tokens[up.head].lemma.lower() in _SPEECH:
                return False  # "said on Monday that X was ... and that Y was ...": both told
            up = self.tokens[up.head]
            if independent and self._dates_verb(offset, up):
                return offset > self.tokens[min(self._subtree(up.i))].start
        return False

    def _dates_verb(self, offset: int, verb: Token) -> bool:
        """Whether the date written at ``offset`` modifies ``verb`` itself ("met on Monday"),
        not a noun inside its clause ("explosions at a depot in 2014")."""
        at = next((t for t in self.tokens if t.start <= offset < t.end), None)
        steps = 4
        while steps > 0:
            if at is None or at.head == at.i:
                return False
            parent = self.tokens[at.head]
            if parent.i == verb.i:
                return True
            if (
                parent.dep == "dobj"
                and parent.head == verb.i
                and at.dep == "prep"
                and at.text.lower() == "on"
            ):  # "told the envoy on Monday to leave": the parse hangs the day on the object
                at, steps = parent, steps - 1
                continue
            if parent.pos not in ("ADP", "NUM", "PROPN") and parent.dep not in ("prep", "pobj"):
                return False
            if parent.text.lower() in _OCCASIONS or parent.lemma.lower() in _OCCASIONS:
                steps = 5  # "agreed to a truce at talks in Doha on Saturday": the talks' day
            at, steps = parent, steps - 1
        return False

    def _day_shift(self, clause_start: int) -> int:
        """ "a day after X expelled ...": X's event is a day before the sentence's date;
        "two days after" two days."""
        begin = max(0, clause_start - 25)
        around = self.article.text[begin : clause_start + 20].lower()
        found = next(
            (  # not another clause's words ("seized it the day before, and sought ...")
                m
                for m in _DAYS_APART.finditer(around)
                if not _CLAUSE_BREAK.search(around[m.end() : clause_start - begin])
            ),
            None,
        )
        if found is None:
            return 0
        days = _NUMBERS.get(found[1]) or int(found[1])
        return -days if found[2] == "after" else days

    def _clause_shift(self, verb: Token, clause_start: int) -> int:
        """The day shift of the verb's clause, or of the adverbial clause it is conjoined
        in ("a day after Russian ships fired on and seized three vessels": the seizing
        too is a day before the sentence's date)."""
        shift = self._day_shift(clause_start)
        if shift or verb.dep != "conj" or verb.head == verb.i:
            return shift
        first = self.tokens[verb.head]
        if first.dep not in ("advcl", "relcl"):  # ("a day after X sent ...": often a
            return 0  # relative clause of "day" in the parse)
        return self._day_shift(self.tokens[min(self._subtree(first.i))].start)

    def _reporting_shift(self, verb: Token) -> int:
        """The day shift of the speech verb whose content ``verb`` is."""
        speech = self._speech_verb(verb)
        if speech is None:
            return 0
        return self._day_shift(self.tokens[min(self._subtree(speech.i))].start)

    def _uncounted_apart(self, tok: Token) -> bool:
        """The act's clause follows "days after" or "weeks before" with no count: it is
        told as the background of the news, some unknown time apart from it."""
        verb = self._clause_head(tok)
        clause_start = self.tokens[min(self._subtree(verb.i))].start
        around = self.article.text[max(0, clause_start - 25) : clause_start + 20].lower()
        found = _UNCOUNTED_APART.search(around)
        # (", days after ...": no count either)
        return found is not None and not (
            found[1] is not None and (found[1] in _NUMBERS or found[1].isdigit())
        )

    def _scheduled(self, tok: Token) -> bool:
        """An act a reporter says is on the agenda ("is due to attend a summit", "was
        scheduled to fly on to Tokyo"): a timetable, not a deed or a side's pledge."""
        current = tok if tok.pos in ("VERB", "AUX") else self._clause_head(tok)
        for _ in range(3):
            if current.head == current.i or not (
                current.dep == "xcomp"
                or self._infinitive(current)
                # "expect Beijing to offer loans": a "to" clause with a subject of its own
                or (current.dep == "ccomp" and self._to_clause(current))
            ):
                return False
            current = self.tokens[current.head]
            if current.lemma.lower() in _TIMETABLE:
                return True
        return False

    def _on_a_timetabled_trip(self, tok: Token, rule: Trigger) -> bool:
        """ "is due to travel to Guangzhou, where Xi will host him": a deed told in a
        future relative clause of a timetabled trip's place is on the timetable too;
        "the presidents plan to meet in Khujand": a meeting planned, not held."""
        verb = self._clause_head(tok)
        if rule.type == "CONSULT" and self._trip_as_time(verb):
            return True
        if rule.type == "CONSULT" and verb.dep == "xcomp" and verb.head != verb.i:
            planner = self.tokens[verb.head]
            # (a verb with a subject, even tagged as the noun: "the presidents plan to meet")
            if (
                planner.lemma.lower() == "plan"
                and planner.tag not in ("VBD", "VBN")
                and any(self.tokens[c].dep == "nsubj" for c in self.children[planner.i])
            ):
                return True
        if verb.dep != "relcl" or not any(
            self.tokens[c].text.lower() in _FUTURE_AUX for c in self.children[verb.i]
        ):
            return False
        current = verb
        for _ in range(6):
            if current.head == current.i:
                return False
            current = self.tokens[current.head]
            if current.pos == "VERB":
                # "will travel on to Astana, where he will meet X": the itinerary of a trip
                # told ahead, not an announced meeting ("will meet X in Astana on Monday")
                return self._scheduled(current) or (
                    current.lemma.lower() in _ONWARD
                    and any(
                        self.tokens[c].text.lower() in _FUTURE_AUX for c in self.children[current.i]
                    )
                )
        return False

    def _trip_as_time(self, verb: Token) -> bool:
        """ "will sign the pact when the emir travels to Rome", "would lay a wreath once
        she visits Seoul": a trip to come, told in the present as the time of a planned
        act, marks when, and is no meeting held ("when he visited Rome" stays)."""
        if verb.dep != "advcl" or verb.head == verb.i or verb.tag not in ("VBZ", "VBP"):
            return False
        if not any(
            self.tokens[c].text.lower() in _TIME_MARKS and self.tokens[c].i < verb.i
            for c in self.children[verb.i]
        ):
            return False
        main = self.tokens[verb.head]
        return any(
            self.tokens[c].dep == "aux" and self.tokens[c].text.lower() in (*_FUTURE_AUX, "would")
            for c in self.children[main.i]
        )

    def _span_relative(self, tok: Token) -> bool:
        """An act told in a relative clause of a span of time ("after four years in which
        his predecessor had refused to visit"): what filled that time, not news."""
        verb = self._clause_head(tok)
        if verb.dep != "relcl" or verb.head == verb.i:
            return False
        return self.tokens[verb.head].lemma.lower() in _TIME_SPANS

    def _long_apart(self, tok: Token) -> bool:
        """The act's clause follows "two weeks after" or "three months before": told as
        the background of the news, weeks or more away from it (days are dated apart)."""
        verb = self._clause_head(tok)
        for _ in range(6):
            if verb.dep == "advcl":
                start = self.tokens[min(self._subtree(verb.i))].start
                # up to the verb: "nearly three years after she was detained"
                end = max(start + 20, verb.start)
                around = self.article.text[max(0, start - 30) : end].lower()
                if _LONG_APART.search(around):
                    return True
            if verb.head == verb.i:
                return False
            verb = self.tokens[verb.head]
        return False

    def _speculated(self, tok: Token, found: _Found) -> bool:
        """What a speaker says another side could or might do ("Washington warned that
        Pyongyang could supply shells"): a speculation, not the other side's deed."""
        verb = self._clause_head(tok)
        kids = [self.tokens[c] for c in self.children[verb.i]]
        if any(k.dep == "neg" for k in kids) or not any(
            k.dep == "aux" and k.text.lower() in ("could", "might", "may") for k in kids
        ):
            return False  # "X could not be allowed to ...": a demand, coded as one
        current, speaker = tok, None
        for _ in range(8):
            if current.head == current.i:
                break
            parent = self.tokens[current.head]
            # any link, as "warned for months that X could" hangs the clause on "months"
            if parent.i < tok.i and parent.lemma.lower() in _SPEECH | _FEARED:
                if self._said_by_pundits(parent):
                    return True  # "analysts said a meeting of X and Y could help": their guess
                speaker = self._speech_speaker(parent)
                break
            current = parent
        if speaker is None or speaker.country is None:
            return False
        return all(a.country != speaker.country for a in found.actors)

    def _pundits_claim(self, tok: Token) -> bool:
        """ "Critics say he has conceded too much", "analysts said Moscow had moved troops":
        what commentators say a side did is their reading, not a reported deed."""
        current = self._clause_head(tok)
        while current.dep in ("ccomp", "conj") and current.head != current.i:
            parent = self.tokens[current.head]
            if parent.lemma.lower() in _SPEECH and parent.i < tok.i:
                return self._said_by_pundits(parent)
            current = parent
        return False

    def _said_by_pundits(self, verb: Token) -> bool:
        """Whether the subject of a verb of saying is a commentator ("analysts said")."""
        return any(
            self.tokens[c].dep == "nsubj" and self.tokens[c].lemma.lower() in _PUNDITS
            for c in self.children[verb.i]
        )

    def _told_as_then(self, tok: Token) -> bool:
        """ "called the accord illegal at the time and recalled its ambassador", "had
        protested back then": an act placed at an earlier time the story refers back to is
        background, not news ("at the same time" is now)."""
        verbs = [tok]
        if tok.dep == "conj" and tok.head != tok.i:
            verbs.append(self.tokens[tok.head])  # "... at the time and recalled ..."
        return any(self._then_marker(v) for v in verbs)

    def _then_marker(self, verb: Token) -> bool:
        for c in self.children[verb.i]:
            kid = self.tokens[c]
            back = any(self.tokens[g].text.lower() == "back" for g in self.children[c])
            if kid.dep == "advmod" and kid.text.lower() == "then" and back:
                return True  # "back then"
            if kid.dep != "prep" or kid.text.lower() != "at":
                continue
            for g in self.children[c]:
                noun = self.tokens[g]
                # not "at the same time" (now) nor "at the time of the summit" (a named time)
                words = {self.tokens[d].text.lower() for d in self.children[g]}
                then = bool(words & {"the", "that"}) and not words & {"same", "of"}
                if noun.lemma.lower() == "time" and then:
                    return True
        return False

    def _subtree(self, i: int) -> list[int]:
        out, stack = [], [i]
        while stack:
            j = stack.pop()
            out.append(j)
            stack.extend(self.children[j])
        return out

    def _subtree_span(self, i: int) -> tuple[int, int]:
        """The character span of a token's phrase or clause."""
        inside = self._subtree(i)
        return self.tokens[min(inside)].start, self.tokens[max(inside)].end

    def _coming(self, when: When) -> When:
        """A weekday, month or day written without its year, for a planned act, is the next
        one to come ("will visit in January" in a December story, "will meet on Monday" in
        a Tuesday one), not the last one passed."""
        written = self.written
        if written is None or when.precision not in ("month", "day") or when.day >= written:
            return when
        if re.search(r"\d{4}", when.text) or (
            when.precision == "month"
            and (when.day.year, when.day.month) == (written.year, written.month)
        ):
            return when  # the year is written, or it is this month
        if when.precision == "day" and not re.search(r"\d", when.text):
            return replace(when, day=when.day + timedelta(days=7), future=True)  # "on Monday"
        if when.text.lower().startswith("on the"):  # "will meet on the 30th": this month's
            ahead = _next_month(when.day) if when.day.month == written.month else written
            try:
                return replace(when, day=ahead.replace(day=when.day.day), future=True)
            except ValueError:
                return when
        try:
            return replace(when, day=when.day.replace(year=when.day.year + 1), future=True)
        except ValueError:  # 29 February
            return when

    def _told_ago(self, tok: Token) -> bool:
        """ "A century ago on Monday, delegates signed the treaty", "Seventy years ago on
        Thursday, negotiators put their names to the armistice": a deed weeks, months,
        years or more before the story (its anniversary's weekday notwithstanding) is
        history."""
        verb = self._clause_head(tok)
        for head in {tok.i: tok, verb.i: verb}.values():
            for c in self.children[head.i]:
                ago = self.tokens[c]
                if ago.text.lower() != "ago" or ago.dep != "advmod":
                    continue
                if any(self.tokens[g].lemma.lower() in _AGO_UNITS for g in self.children[c]):
                    return True
                if any(self._days_back(self.tokens[g]) for g in self.children[c]):
                    return True
            if any(self._last_season(self.tokens[c]) for c in self.children[head.i]):
                return True
        if verb.dep in ("advcl", "xcomp") and verb.tag == "VB":  # "met last summer to discuss"
            return any(self._last_season(self.tokens[c]) for c in self.children[verb.head])
        return False

    def _last_season(self, tok: Token) -> bool:
        """ "held drills near the border last autumn": a season gone by is history, as
        "last month" is."""
        return (
            tok.dep == "npadvmod"
            and tok.lemma.lower() in _SEASONS
            and any(self.tokens[c].text.lower() == "last" for c in self.children[tok.i])
        )

    def _days_back(self, unit: Token) -> bool:
        """ "nine days ago", "only 12 days ago": days counted back past the week the story
        tells are history as weeks are ("two days ago" is not)."""
        if unit.lemma.lower() != "day":
            return False
        for c in self.children[unit.i]:
            if self.tokens[c].dep == "nummod":
                n = _count(self.tokens[c].text)
                return n is not None and n > _WEEK_DAYS
        return False

    def _is_history(self, when: When) -> bool:
        reference = self.story_date.day if self.story_date else self.written
        if reference is None:
            return False
        if when.text.lower().startswith(("earlier this", "earlier in the")):
            return True  # "earlier this month", "earlier in the week": background (docs/gold.md)
        if when.precision == "week":  # "last week" (of the day the story was written)
            written = self.written or reference
            return when.day < written - timedelta(days=written.weekday())
        if when.precision == "year":
            return when.day.year < reference.year
        if when.precision == "month":
            if _MONTH_START.match(when.text) and when.day.replace(day=1) == reference.replace(
                day=1
            ):  # "at the start of May" in a story of 25 May: weeks before its news
                return reference.day > _WEEK_DAYS + _HISTORY_DAYS
            return (when.day.year, when.day.month) < (reference.year, reference.month)
        return when.day < reference - timedelta(days=_HISTORY_DAYS)
