"""A quiz session: which questions, in what order, with which options, and how each answer scores.

No UI and no real clock: time comes from an injected ``clock`` and every random choice from a
``random.Random`` seeded by ``Settings.seed``, so a session replays identically in tests and
screenshots. The widget only reports which option was picked; the session grades it.
"""

from __future__ import annotations

import datetime as dt
import random
import re
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass
from enum import StrEnum

from quiz.bank.citations import answer_span, quote_span
from quiz.corpus.articles import Library
from quiz.game import scoring
from quiz.model import OPTIONS_PER_QUESTION, Question
from quiz.text import answer_key, canonical, find_answer, normalise

# Review mode: a question answered right this many times in a row has been learnt, and fades to
# the back of the queue (it only comes up when nothing else is due).
LEARNT_AFTER = 3
MAX_TIME_LIMIT = 3600.0  # seconds: as the bank's own time_limit


class Mode(StrEnum):
    PRACTICE = "practice"
    CHALLENGE = "challenge"
    REVIEW = "review"


class SessionError(RuntimeError):
    """The caller drove the session out of order (e.g. answered the same question twice)."""


@dataclass(frozen=True, slots=True)
class Settings:
    """Everything that decides a game: the filters, the mode's rules and the seed."""

    mode: Mode = Mode.PRACTICE
    count: int | None = 10  # None: every question that passes the filters
    seed: int = 0
    time_limit: float = 20.0  # seconds per question in challenge mode, unless the bank says
    speed_scoring: bool = True
    streak_bonus: bool = True
    articles: tuple[str, ...] = ()  # empty: any article
    tags: tuple[str, ...] = ()  # empty: any tags; otherwise a question needs one of them
    difficulty: str | None = None

    def __post_init__(self) -> None:
        # Accept what a command line hands over ("challenge", lists) and keep Settings hashable.
        object.__setattr__(self, "mode", Mode(self.mode))
        object.__setattr__(self, "articles", tuple(self.articles))
        object.__setattr__(self, "tags", tuple(self.tags))
        if self.count is not None and self.count < 1:
            raise ValueError(f"count must be at least 1, got {self.count}")
        if not 0 < self.time_limit < MAX_TIME_LIMIT:  # also refuses nan and inf
            raise ValueError(
                f"time limit must be above 0 and below {MAX_TIME_LIMIT:g} seconds, "
                f"got {self.time_limit}"
            )

    @property
    def timed(self) -> bool:
        return self.mode is Mode.CHALLENGE


def question_set_key(settings: Settings, planned: int | None = None) -> str:
    """A stable name for the set of questions and rules, so high scores compare like with like.

    ``planned`` is how many questions the game really had: when the filters left fewer than
    ``settings.count``, that is the count the key (and every label made from it) gives. The
    mode and the seed are left out: the mode is stored beside it and any seed is fair play.
    """
    count: int | str = settings.count if settings.count is not None else "all"
    if planned is not None and settings.count is not None and planned < settings.count:
        count = planned
    parts = [f"count={count}"]
    if settings.articles:
        parts.append("articles=" + ",".join(sorted(settings.articles)))
    if settings.tags:
        parts.append("tags=" + ",".join(sorted(settings.tags)))
    if settings.difficulty:
        parts.append(f"difficulty={settings.difficulty}")
    if settings.timed:
        parts.append(f"time={settings.time_limit:g}")
        if not settings.speed_scoring:
            parts.append("no-speed")
        if not settings.streak_bonus:
            parts.append("no-streak")
    return ";".join(parts)


def select_questions(
    questions: Sequence[Question],
    settings: Settings,
    *,
    review_boxes: Mapping[str, int] | None = None,
    library: Library | None = None,
) -> list[Question]:
    """The session's questions in play order: filtered, without repeats, shuffled by the seed.

    A repeat is the same id, or the same fact asked twice: two questions citing overlapping
    passages of one article for the same answer (a hand-written question and a generated draft
    of it, say). The first in play order stays. An uncited question is never played.

    The bank's order does not matter (questions are sorted by id before shuffling), so the same
    seed gives the same game however the bank files were read. In review mode ``review_boxes``
    (question id -> correct answers in a row, 0 = missed last time) puts the missed questions
    first, then the shaky ones, then those never played, and the learnt ones last.
    """
    wanted_tags = set(settings.tags)
    seen: set[str] = set()
    chosen: list[Question] = []
    for question in sorted(questions, key=lambda q: q.id):
        if question.id in seen:
            continue
        if not question.source.article:
            continue  # uncited (an import waiting for its author): the game never plays it
        if settings.articles and question.source.article not in settings.articles:
            continue
        if wanted_tags and wanted_tags.isdisjoint(question.tags):
            continue
        if settings.difficulty and question.difficulty != settings.difficulty:
            continue
        seen.add(question.id)
        chosen.append(question)
    random.Random(settings.seed).shuffle(chosen)
    if settings.mode is Mode.REVIEW:
        boxes = review_boxes or {}
        chosen.sort(key=lambda q: review_rank(boxes.get(q.id)))  # stable: shuffle within a rank
    return _one_per_fact(chosen, library, settings.count)


def _one_per_fact(
    questions: list[Question], library: Library | None, count: int | None
) -> list[Question]:
    """The questions in order, without a fact asked twice and without a question whose answer an
    earlier one's "Why" card has already shown, up to ``count``.

    One fact: the same article, the same answer once qualifiers are set aside ("over 18 months"
    and "18 months"), and overlapping quotes. Shown: a card shows the whole sentence of its quote
    and the explanation (``reveal``). An answer of words or of three digits or more ("1983")
    is given away wherever a card printed it, whatever the article; any answer, a small number
    too, when a card printed it in the very sentence the later question is built on ("38, 28
    and 40 degrees" gives away the 28-degree breakover angle).
    """
    kept: list[Question] = []
    facts: dict[tuple[str, str], list[tuple[int, int] | str]] = {}
    shown: list[tuple[str, tuple[int, int] | str, str]] = []  # article, where, what it printed
    for question in questions:
        if count is not None and len(kept) >= count:
            break
        article = question.source.article
        answer = canonical(question.answer)
        core = answer_key(_QUALIFIER.sub("", answer))
        earlier = facts.setdefault((article, core), [])
        where = _passage(question, library)
        if any(_overlap(where, other) for other in earlier):
            continue  # the same fact under another id
        card = reveal(question, library)
        mine = card.where if card.where is not None else where
        if _given_away(answer, article, mine, shown):
            continue
        earlier.append(where)
        printed = canonical(" ".join((card.text, question.explanation or "")))
        shown.append((article, mine, printed))
        kept.append(question)
    return kept


_QUALIFIER = re.compile(
    r"^(?:over|more than|fewer than|less than|under|at least|at most|up to|about|around|"
    r"nearly|almost|roughly|approximately|some) "
)
_NUMBER = re.compile(r"\d+(?:\.\d+)?")


def _given_away(
    answer: str,
    article: str,
    where: tuple[int, int] | str,
    shown: list[tuple[str, tuple[int, int] | str, str]],
) -> bool:
    """Whether a card already shown printed ``answer`` (canonical), by the rules of
    ``_one_per_fact``."""
    distinctive = _distinctive(answer)
    numbers = _NUMBER.findall(answer)
    for their_article, their_where, printed in shown:
        if distinctive and find_answer(printed, answer) >= 0:
            return True
        if their_article == article and _overlap(where, their_where):
            if find_answer(printed, answer) >= 0:
                return True
            if numbers and all(find_answer(printed, number) >= 0 for number in numbers):
                return True
    return False


def _distinctive(answer: str) -> bool:
    """An answer whose mere appearance gives it away: words, or a number of three digits or
    more ("1983", "291 mm"). A small count ("10") turns up for other facts too."""
    return bool(re.search(r"[^\W\d_]", answer)) or sum(c.isdigit() for c in answer) >= 3


def _passage(question: Question, library: Library | None) -> tuple[int, int] | str:
    """Where the quote sits in its article (normalised offsets), or the quote itself."""
    quote = normalise(question.source.quote)
    if library is not None and question.source.article in library.articles:
        start = library.normalised_text(question.source.article).find(quote)
        if start >= 0 and quote:
            return (start, start + len(quote))
    return quote


def _overlap(a: tuple[int, int] | str, b: tuple[int, int] | str) -> bool:
    if isinstance(a, tuple) and isinstance(b, tuple):
        return a[0] < b[1] and b[0] < a[1]
    return a == b


@dataclass(frozen=True, slots=True)
class Reveal:
    """What a "Why" card shows of the article: the whole sentence (or sentences) that holds the
    quote, so a quote cut mid-sentence ('so we chose the new Defender," said Morrison') reads
    whole, and where in it the quote and the answer sit, for highlighting."""

    text: str
    quote_span: tuple[int, int] | None  # offsets into ``text``
    answer_span: tuple[int, int] | None  # offsets into ``text``
    where: tuple[int, int] | None  # ``text`` as offsets into the article; None: no article


def _unbalanced(text: str) -> bool:
    """Whether ``text`` closes a quotation it does not open (straight or curly marks)."""
    return text.count('"') % 2 == 1 or text.count("\u201d") > text.count("\u201c")


def reveal(question: Question, library: Library | None) -> Reveal:
    """The card's passage: the quote's whole sentences when the article is at hand, else the
    quote as written."""
    quote = question.source.quote
    article = library.get(question.source.article) if library is not None else None
    span = quote_span(library, article.id, quote) if library and article else None
    if article is None or span is None:
        return Reveal(quote, (0, len(quote)), answer_span(quote, question.answer), None)
    start, end = span
    sentences = article.sentences
    held = [i for i, each in enumerate(sentences) if each.start < end and start < each.end]
    if held:
        first, last = held[0], held[-1]
        # A quotation that opens a sentence or two before: read from where it opens, so its
        # marks balance ('"Designing ... We needed ..., so we chose the Defender," said Morrison').
        while first > 0 and first > held[0] - 2 and _unbalanced(
            article.text[sentences[first].start : sentences[last].end]
        ):
            if "\n" in article.text[sentences[first - 1].end : sentences[first].start]:
                break  # a quotation never runs over a paragraph break
            first -= 1
        start = min(start, sentences[first].start)
        end = max(end, sentences[last].end)
    text = article.text[start:end]
    quoted = (span[0] - start, span[1] - start)
    inside = answer_span(text[quoted[0] : quoted[1]], question.answer)
    if inside is not None:
        found: tuple[int, int] | None = (quoted[0] + inside[0], quoted[0] + inside[1])
    else:
        found = answer_span(text, question.answer)
    return Reveal(text, quoted, found, (start, end))


def review_rank(box: int | None) -> tuple[int, int]:
    """Where a question with this Leitner box comes in review mode (lower comes first)."""
    if box is None:
        return (1, 0)  # never played: after everything the player got wrong or nearly wrong
    if box >= LEARNT_AFTER:
        return (2, box)  # learnt: fades to the back, the better learnt the further back
    return (0, box)  # missed (0), then right once, right twice


def next_box(box: int | None, correct: bool) -> int:
    """The Leitner step: a right answer moves a question up one box, a wrong one back to 0."""
    return (box or 0) + 1 if correct else 0


@dataclass(frozen=True, slots=True)
class CitationView:
    """What the reveal shows: the article, and the passage holding the quote, with where the
    quote and the answer sit in it."""

    article_id: str
    article_title: str
    article_date: dt.date | None
    quote: str  # as the question cites it
    passage: str  # the whole sentence(s) of the quote, as the article has it
    quote_span: tuple[int, int] | None  # offsets into ``passage``
    answer_span: tuple[int, int] | None  # offsets into ``passage``, for highlighting

    @property
    def label(self) -> str:
        if self.article_date is None:
            return f"{self.article_title} (undated)"
        return f"{self.article_title} ({self.article_date:%-d %B %Y})"


def citation_view(question: Question, library: Library | None) -> CitationView:
    """The Why card of ``question``: its article and the passage that holds its quote."""
    article_id = question.source.article
    article = library.get(article_id) if library is not None else None
    card = reveal(question, library)
    return CitationView(
        article_id=article_id,
        article_title=article.title if article is not None else article_id,
        article_date=article.date if article is not None else None,
        quote=question.source.quote,
        passage=card.text,
        quote_span=card.quote_span,
        answer_span=card.answer_span,
    )


@dataclass(frozen=True, slots=True)
class AnswerResult:
    question: Question
    correct: bool
    chosen: int | None  # None when time ran out
    correct_index: int
    correct_text: str
    points: int  # including ``bonus``
    bonus: int  # the streak bonus part of ``points``
    streak: int  # the streak after this answer
    elapsed: float  # seconds from the question's start to the answer
    timed_out: bool
    citation: CitationView


@dataclass(frozen=True, slots=True)
class ArticleScore:
    article_id: str
    title: str
    correct: int
    total: int


@dataclass(frozen=True, slots=True)
class Summary:
    """A game at its end (or wherever it was stopped): what the results screen and store need."""

    mode: Mode
    score: int
    correct: int
    total: int  # questions answered
    planned: int  # questions the session was built with
    accuracy: float  # 0.0 to 1.0; 0.0 when nothing was answered
    elapsed: float  # seconds spent answering, summed over the questions
    best_streak: int
    per_article: list[ArticleScore]
    missed: list[AnswerResult]  # the reading list: wrong answers and timeouts, in play order
    results: tuple[AnswerResult, ...]  # every answer, in play order (what the store records)

    @property
    def complete(self) -> bool:
        return self.total == self.planned


OptionsFor = Callable[[Question, random.Random], Sequence[str]]
OrderOptions = Callable[[Sequence[str], Question, random.Random], list[str]]


def default_options_for(question: Question, rng: random.Random) -> Sequence[str]:
    """The bank's own distractors only (a session with no articles to draw others from)."""
    return question.distractors[: OPTIONS_PER_QUESTION - 1]


def shuffled_options(options: Sequence[str], question: Question, rng: random.Random) -> list[str]:
    """The options in a seeded random order (the engine's order also sorts numbers and dates)."""
    shuffled = list(options)
    rng.shuffle(shuffled)
    return shuffled


class Session:
    """One game: walk the questions with ``options``/``answer``/``next`` and read ``summary``."""

    def __init__(
        self,
        questions: Sequence[Question],
        settings: Settings,
        *,
        clock: Callable[[], float],
        library: Library | None = None,
        options_for: OptionsFor | None = None,
        order_options: OrderOptions | None = None,
        review_boxes: Mapping[str, int] | None = None,
    ) -> None:
        self.settings = settings
        self._clock = clock
        self._library = library
        self._options_for = options_for or default_options_for
        self._order_options = order_options or shuffled_options
        self.questions: tuple[Question, ...] = tuple(
            select_questions(questions, settings, review_boxes=review_boxes, library=library)
        )
        self.total = len(self.questions)
        self.index = 0
        self.score = 0
        self.streak = 0
        self.best_streak = 0
        self.results: list[AnswerResult] = []
        self._options: dict[int, list[str]] = {}
        self._started = clock()

    # --- where we are ----------------------------------------------------------------------

    @property
    def finished(self) -> bool:
        return self.index >= self.total

    @property
    def current(self) -> Question | None:
        return None if self.finished else self.questions[self.index]

    @property
    def result(self) -> AnswerResult | None:
        """The current question's result once it has been answered (or timed out)."""
        if self.finished or len(self.results) <= self.index:
            return None
        return self.results[self.index]

    def options(self) -> list[str]:
        """The current question's options, shuffled once: asking again gives the same list."""
        question = self._require_current()
        options = self._options.get(self.index)
        if options is None:
            options = self._build_options(question)
            self._options[self.index] = options
        return list(options)

    def _build_options(self, question: Question) -> list[str]:
        # One generator per question, so the options of question 3 do not depend on whether the
        # UI asked for the options of question 2 twice.
        rng = random.Random(f"{self.settings.seed}:{question.id}")
        options = [question.answer]
        keys = {answer_key(question.answer)}
        for wrong in self._options_for(question, rng):
            key = answer_key(wrong)
            if key not in keys:  # an option equal to the answer would be right and marked wrong
                keys.add(key)
                options.append(wrong)
        return self._order_options(options, question, rng)

    # --- time ------------------------------------------------------------------------------

    def time_limit(self) -> float | None:
        """Seconds for the current question: the bank's ``time_limit`` wins over the game's."""
        if not self.settings.timed:
            return None
        own = self._require_current().time_limit
        return own if own is not None and own > 0 else self.settings.time_limit

    def start_question(self) -> None:
        """Start the countdown now (call it when the question is actually on screen)."""
        self._require_current()
        self._started = self._clock()

    def elapsed(self) -> float:
        return max(0.0, self._clock() - self._started)

    def time_left(self) -> float | None:
        limit = self.time_limit()
        if limit is None:
            return None
        return max(0.0, limit - self.elapsed())

    # --- answering -------------------------------------------------------------------------

    def answer(self, index: int) -> AnswerResult:
        """Grade option ``index``; an answer after the countdown ran out is a timeout."""
        options = self._require_unanswered()
        if not 0 <= index < len(options):
            raise ValueError(f"option {index} does not exist (0 to {len(options) - 1})")
        elapsed = self.elapsed()
        limit = self.time_limit()
        if limit is not None and elapsed >= limit:
            return self._record(None, limit)
        return self._record(index, elapsed)

    def timeout(self) -> AnswerResult:
        """Time is up (or the player gave up): counts as wrong, with nothing chosen."""
        self._require_unanswered()
        elapsed = self.elapsed()
        limit = self.time_limit()
        return self._record(None, elapsed if limit is None else min(elapsed, limit))

    def check_timeout(self) -> AnswerResult | None:
        """For the UI's timer: record the timeout if the countdown has run out, else None."""
        if self.result is not None or self.finished:
            return None
        left = self.time_left()
        if left is None or left > 0:
            return None
        return self.timeout()

    def next(self) -> None:
        """Move on to the next question; the current one must have been answered."""
        if self.result is None:
            self._require_current()
            raise SessionError("answer the current question (or time it out) before moving on")
        self.index += 1
        if not self.finished:
            self._started = self._clock()

    def _record(self, chosen: int | None, elapsed: float) -> AnswerResult:
        question = self._require_current()
        options = self.options()
        correct_index = options.index(question.answer)
        correct = chosen == correct_index
        self.streak = self.streak + 1 if correct else 0
        self.best_streak = max(self.best_streak, self.streak)
        base, bonus = scoring.points_for(
            correct=correct,
            timed=self.settings.timed,
            elapsed=elapsed,
            time_limit=self.time_limit(),
            streak=self.streak,
            speed_scoring=self.settings.speed_scoring,
            streak_bonus_enabled=self.settings.streak_bonus,
        )
        self.score += base + bonus
        result = AnswerResult(
            question=question,
            correct=correct,
            chosen=chosen,
            correct_index=correct_index,
            correct_text=question.answer,
            points=base + bonus,
            bonus=bonus,
            streak=self.streak,
            elapsed=elapsed,
            timed_out=chosen is None,
            citation=citation_view(question, self._library),
        )
        self.results.append(result)
        return result

    def _require_current(self) -> Question:
        question = self.current
        if question is None:
            raise SessionError("the session is finished")
        return question

    def _require_unanswered(self) -> list[str]:
        self._require_current()
        if self.result is not None:
            raise SessionError("this question has already been answered; call next()")
        return self.options()

    # --- the end ---------------------------------------------------------------------------

    def summary(self) -> Summary:
        """The game so far; after the last ``next()`` it is the whole game."""
        per_article: dict[str, list[int]] = {}
        titles: dict[str, str] = {}
        for result in self.results:
            counts = per_article.setdefault(result.citation.article_id, [0, 0])
            counts[0] += result.correct
            counts[1] += 1
            titles[result.citation.article_id] = result.citation.article_title
        correct = sum(result.correct for result in self.results)
        answered = len(self.results)
        return Summary(
            mode=self.settings.mode,
            score=self.score,
            correct=correct,
            total=answered,
            planned=self.total,
            accuracy=correct / answered if answered else 0.0,
            elapsed=sum(result.elapsed for result in self.results),
            best_streak=self.best_streak,
            per_article=[
                ArticleScore(article_id, titles[article_id], right, total)
                for article_id, (right, total) in per_article.items()
            ],
            missed=[result for result in self.results if not result.correct],
            results=tuple(self.results),
        )

